"""The numeric defaults of every model, read from one CSV file per model in resources/defaults.

A default (the food threshold, the weights of the kansenkaart, the Bijenlandschap rules, the
graph's d0, ...) is declared once, as data, with its unit, range, meaning and source: the
engine's keyword defaults and constants, the algorithms' parameters (default, minimum,
maximum) and the table in docs/defaults.md all read it here, so they cannot drift apart.

The files are found beside the package (the installed plugin, a Dask worker's uploaded
engine) or beside its folder (the repository). Reading goes through the package's loader so
a zipped engine reads them too. Standard library only: workers import this without QGIS.
"""
import csv
import io
import math
import os
import pkgutil
import sys
from functools import lru_cache
from typing import NamedTuple, Optional

FOLDER = "resources/defaults"
COLUMNS = ("name", "default", "unit", "minimum", "maximum", "help", "source")
_PACKAGE = __name__.split(".")[0]      # zoemzone_plugin, wherever in it this module lies


def _folders():
    """Where the files may lie as plain files: beside the package, then beside its folder."""
    package = os.path.dirname(os.path.abspath(sys.modules[_PACKAGE].__file__))
    return [os.path.join(base, *FOLDER.split("/"))
            for base in (package, os.path.dirname(package))]


class Default(NamedTuple):
    """One row of a defaults file; minimum and maximum are None where the range is open."""
    model: str
    name: str
    default: float
    unit: str
    minimum: Optional[float]
    maximum: Optional[float]
    help: str
    source: str


class DefaultsError(ValueError):
    """A defaults file that cannot be right: the plugin's own data, so a fault is a bug."""


def _text(model):
    relative = "%s/%s.csv" % (FOLDER, model)
    try:
        data = pkgutil.get_data(_PACKAGE, relative)
    except OSError:
        data = None
    for folder in ([] if data is not None else _folders()):
        path = os.path.join(folder, model + ".csv")
        if os.path.exists(path):
            with open(path, "rb") as f:
                data = f.read()
            break
    if data is None:
        raise DefaultsError("No defaults for model '%s': %s is missing." % (model, relative))
    return data.decode("utf-8")


def _number(text, model, name, column, optional):
    if text == "" and optional:
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise DefaultsError("%s.csv, %s: column '%s' holds '%s', not a number."
                            % (model, name, column, text))
    return value


@lru_cache(maxsize=None)
def table(model):
    """The defaults of ``model`` (e.g. 'foodgaps') by name, in the file's order."""
    reader = csv.DictReader(io.StringIO(_text(model)))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise DefaultsError("%s.csv has the columns %s; it needs %s."
                            % (model, reader.fieldnames, ", ".join(COLUMNS)))
    rows = {}
    for row in reader:
        name = row["name"]
        entry = Default(model, name, _number(row["default"], model, name, "default", False),
                        row["unit"], _number(row["minimum"], model, name, "minimum", True),
                        _number(row["maximum"], model, name, "maximum", True), row["help"],
                        row["source"])
        if name in rows:
            raise DefaultsError("%s.csv names '%s' twice." % (model, name))
        if (entry.minimum is not None and entry.default < entry.minimum) or \
                (entry.maximum is not None and entry.default > entry.maximum):
            raise DefaultsError("%s.csv, %s: the default %s is outside its range."
                                % (model, name, entry.default))
        rows[name] = entry
    return rows


def entry(model, name):
    """The row of default ``name`` of ``model``."""
    rows = table(model)
    if name not in rows:
        raise DefaultsError("%s.csv has no default '%s' (it has: %s)."
                            % (model, name, ", ".join(rows)))
    return rows[name]


def value(model, name):
    """The default value of ``name`` in ``model``, e.g. value('foodgaps', 'threshold')."""
    return entry(model, name).default


def packed():
    """(path inside the package, bytes) of every defaults file: what a zipped engine needs
    beside its modules (cluster.engine_zip)."""
    return [("%s/%s.csv" % (FOLDER, model), _text(model).encode("utf-8")) for model in models()]


def models():
    """The models that have a defaults file, sorted."""
    names = set()
    for folder in _folders():
        if os.path.isdir(folder):
            names.update(n[:-4] for n in os.listdir(folder) if n.endswith(".csv"))
    return sorted(names)
