"""The measure catalogue: what each measure (maatregel) does to the cells it covers.

A measure is data, not code, so partners can add their own or retune ours without touching
the plugin. A measure *sets* nesting and floral values where it lies; values it leaves empty
stay those of the land use underneath. Its columns use the biophysical table's names, so a
catalogue is read against the tables it will be combined with and a substrate or season that
the tables lack is refused up front rather than silently ignored.
"""
import re
from dataclasses import dataclass, replace

import numpy as np

from ..io.csvtable import read_csv
from ..errors import Phrase, TableError
from ..pollination.tables import Biophysical

GEOMETRY_KINDS = ("point", "line", "polygon")
# Dutch users type the Dutch words; both are accepted
_GEOMETRY_ALIASES = {"point": "point", "punt": "point", "line": "line", "lijn": "line",
                     "polygon": "polygon", "vlak": "polygon"}
_NESTING = re.compile(r"^nesting_(.+)_availability_index$")
_FLORAL = re.compile(r"^floral_resources_(.+)_index$")
# a code names the measure's file in MEASURE_GAINS, so it must be safe as a file name; it may
# not be a number, or a value in a measure-type field could mean a code and an id at once
_CODE = re.compile(r"^[A-Za-z0-9_-]+$")
_REQUIRED = ("id", "code", "name_nl", "geometry", "lucodes")
_COLUMNS_FIX = ("The measure catalogue needs the columns id, code, name_nl, name_en, geometry, "
                "width_m, lucodes (linear is optional) and one or more "
                "nesting_<substrate>_availability_index or floral_resources_<season>_index "
                "columns.")


@dataclass
class Measure:
    id: int
    code: str
    name_nl: str
    name_en: str
    geometries: frozenset       # among GEOMETRY_KINDS
    width_m: object             # float or None: the buffer width of a line
    lucodes: object             # frozenset of land-use codes, or None for any land use
    nesting: dict               # substrate -> value set (only those the measure sets)
    floral: dict                # season -> value set (only those the measure sets)
    # a strip along edges (margin, verge, hedge): the kansenkaart puts it only on edge cells,
    # on the share of the cell its width covers (measure_cover)
    linear: bool = False

    def allowed_on(self, code):
        return self.lucodes is None or int(code) in self.lucodes


class Catalogue:
    """The measures of one catalogue file, found by code or by id."""

    def __init__(self, measures, file):
        self.measures = list(measures)
        self.by_code = {m.code: m for m in self.measures}
        self.by_id = {m.id: m for m in self.measures}
        self.file = file
        self._by_lower_code = {m.code.lower(): m for m in self.measures}

    def lookup(self, value):
        """The measure a field value names (a code, an id or an id as text); None if none.

        Attribute tables hold ids as integers, reals (from shapefiles) or text, and codes in
        whatever case the partner typed, so all of these are accepted."""
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, (int, np.integer)):
            return self.by_id.get(int(value))
        if isinstance(value, (float, np.floating)):
            return self.by_id.get(int(value)) if float(value).is_integer() else None
        text = str(value).strip()
        if not text:
            return None
        measure = self.by_code.get(text) or self._by_lower_code.get(text.lower())
        if measure is not None:
            return measure
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return None
        return self.by_id.get(int(number)) if number.is_integer() else None

    def __iter__(self):
        return iter(self.measures)

    def __len__(self):
        return len(self.measures)


def _effect_columns(table, tables):
    """(column, 'nesting'|'floral', name) of every effect column, checked against the tables."""
    effects = []
    for column in table.columns:
        for kind, pattern, known, what in (
                ("nesting", _NESTING, tables and tables.substrates, Phrase("substrate")),
                ("floral", _FLORAL, tables and tables.seasons, Phrase("season"))):
            match = pattern.match(column)
            if not match:
                continue
            name = match.group(1)
            if tables is not None and name not in known:
                raise TableError(
                    "{file}: column '{column}' is for the {kind} '{name}', which "
                    "{bio_file} does not have (it has: {names}). Rename the column to one "
                    "of those or remove it.",
                    file=table.name, column=column, kind=what, name=name,
                    bio_file=tables.biophysical_file, names=", ".join(known))
            effects.append((column, kind, name))
    if not effects:
        raise TableError(
            "{file}: no effect columns found. Add columns named like "
            "'nesting_ground_availability_index' or 'floral_resources_summer_index'.",
            file=table.name)
    return effects


def _geometries(table, i):
    text = table.rows[i]["geometry"]
    kinds = set()
    for part in text.split("|"):
        kind = _GEOMETRY_ALIASES.get(part.strip().lower())
        if kind is None:
            raise TableError(
                "{file}, line {line}: column 'geometry' holds '{value}'. Use one or more of "
                "point, line and polygon, separated by '|' (e.g. 'line|polygon').",
                file=table.name, line=table.lines[i], value=text)
        kinds.add(kind)
    return frozenset(kinds)


def _lucodes(table, i):
    text = table.rows[i]["lucodes"]
    if text.strip() == "*":
        return None
    parts = [p for p in re.split(r"[\s,;]+", text.strip()) if p]
    codes = set()
    for part in parts:
        if not re.fullmatch(r"[+-]?\d+", part):
            raise TableError(
                "{file}, line {line}: column 'lucodes' holds '{value}', which is not a "
                "land-use code. List whole-number codes separated by spaces (e.g. "
                "'2 3 4 5'), or write * for any land use.",
                file=table.name, line=table.lines[i], value=part)
        codes.add(int(part))
    if not codes:
        raise TableError(
            "{file}, line {line}: column 'lucodes' is empty. List the land-use codes the "
            "measure may be applied on, separated by spaces, or write * for any land use.",
            file=table.name, line=table.lines[i])
    return frozenset(codes)


_YES = {"1", "yes", "ja", "true", "waar", "j", "y"}
_NO = {"", "0", "no", "nee", "false", "onwaar", "n"}


def _linear(table, i):
    """Whether the measure is a strip along edges; an empty or missing column means no, so
    catalogues written before the column existed keep working."""
    text = table.rows[i].get("linear", "").strip().lower()
    if text in _YES or text in _NO:
        return text in _YES
    raise TableError(
        "{file}, line {line}: column 'linear' holds '{value}'. Write 1 (or yes/ja) for a "
        "measure laid as a strip along edges, 0 (or no/nee, or nothing) otherwise.",
        file=table.name, line=table.lines[i], value=table.rows[i]["linear"])


def _measure(table, i, effects):
    row, line = table.rows[i], table.lines[i]
    measure_id = table.integer(i, "id")
    if measure_id <= 0:
        raise TableError(
            "{file}, line {line}: column 'id' is {value}; ids must be whole numbers above 0 "
            "(0 means 'no measure' in the rasters).",
            file=table.name, line=line, value=row["id"])
    code = row["code"]
    if not _CODE.match(code) or re.fullmatch(r"\d+", code):
        raise TableError(
            "{file}, line {line}: the code '{value}' cannot be used. A code is a short name of "
            "letters, digits, '_' or '-', not only digits (it names output files and is told "
            "apart from ids).",
            file=table.name, line=line, value=code)
    if not row["name_nl"]:
        raise TableError("{file}, line {line}: column 'name_nl' is empty. Give the measure "
                         "a name.", file=table.name, line=line)
    geometries = _geometries(table, i)
    width = None
    if row.get("width_m", ""):
        width = table.number(i, "width_m")
        if width <= 0:
            raise TableError(
                "{file}, line {line}: column 'width_m' is {value}; a width must be above 0 "
                "metres (leave it empty for measures that are not lines).",
                file=table.name, line=line, value=row["width_m"])
    if "line" in geometries and width is None:
        raise TableError(
            "{file}, line {line}: '{code}' may be drawn as a line but has no width_m. Fill in "
            "the width in metres by which a line is buffered.",
            file=table.name, line=line, code=code)
    linear = _linear(table, i)
    if linear and width is None:
        raise TableError(
            "{file}, line {line}: '{code}' is linear but has no width_m. Fill in the width in "
            "metres of the strip it makes along an edge.",
            file=table.name, line=line, code=code)
    nesting, floral = {}, {}
    for column, kind, name in effects:
        if row[column] != "":
            (nesting if kind == "nesting" else floral)[name] = table.number(i, column, 0, 1)
    if not nesting and not floral:
        raise TableError(
            "{file}, line {line}: '{code}' changes nothing: all its nesting and floral columns "
            "are empty. Fill in at least one value it sets (0 to 1).",
            file=table.name, line=line, code=code)
    return Measure(measure_id, code, row["name_nl"], row.get("name_en", "") or row["name_nl"],
                   geometries, width, _lucodes(table, i), nesting, floral, linear)


def read_catalogue(path, tables):
    """Read and check a catalogue against the pollination tables it will be combined with."""
    table = read_csv(path)
    for column in _REQUIRED:
        table.require(column, _COLUMNS_FIX)
    effects = _effect_columns(table, tables)
    measures = [_measure(table, i, effects) for i in range(len(table.rows))]
    table.unique("id", lambda i: measures[i].id)
    table.unique("code", lambda i: measures[i].code.lower())
    return Catalogue(measures, table.name)


def _measure_of(item, catalogue):
    """(land-use code, Measure, share) from a pair or triple given either way round, by
    Measure or by id; a pair covers the whole cell (share 1)."""
    pair, share = (item[:2], float(item[2])) if len(item) == 3 else (item, 1.0)
    a, b = pair
    if isinstance(a, Measure):
        return int(b), a, share
    if isinstance(b, Measure):
        return int(a), b, share
    if catalogue is None:
        raise TypeError("pairs of (land-use code, measure id) need the catalogue")
    measure = catalogue.by_id.get(int(b))
    if measure is None:
        raise TableError("The measure id {id} is not in {file}.", id=int(b),
                         file=catalogue.file)
    return int(a), measure, share


def _mixed(old, value, share):
    """A cell's value where a measure covers ``share`` of it: the area-weighted mix."""
    return value if share == 1.0 else (1.0 - share) * old + share * value


def biophysical_with_measures(tables, measure_at_code_pairs, catalogue=None):
    """A biophysical table with one new code per (land use, measure, share) combination.

    A scenario is then an ordinary land-use raster: cells with a measure get the new code,
    whose row is the land use's row with the measure's values put in or, where the measure
    covers only ``share`` of the cell, mixed in by area ((1 - share) old + share measure; see
    measure_cover). Items are (land-use code, measure id or Measure) for whole cells, or
    (land-use code, measure, share); with ids, pass the ``catalogue``. Returns the new
    Biophysical and {(land-use code, measure id): new code} for whole cells and
    {(land-use code, measure id, share): new code} for parts; new codes count up from above
    the table's highest code, in sorted order of the items.
    """
    bio = tables.biophysical
    items = sorted({(code, m.id, share): m for code, m, share in
                    (_measure_of(p, catalogue) for p in measure_at_code_pairs)}.items())
    rows = {int(c): i for i, c in enumerate(bio.codes)}
    next_code = int(bio.codes.max()) + 1 if len(bio.codes) else 1
    codes = [bio.codes]
    nesting = {n: [np.asarray(v, float)] for n, v in bio.nesting.items()}
    floral = {j: [np.asarray(v, float)] for j, v in bio.floral.items()}
    mapping = {}
    for (code, measure_id, share), measure in items:
        if code not in rows:
            raise TableError(
                "The land-use code {code} is not in {file}, so the measure '{measure}' cannot "
                "be applied on it. Add a row for it to the table.",
                code=code, file=tables.biophysical_file, measure=measure.code)
        for kind, values, table_values in (("nesting", measure.nesting, nesting),
                                           ("floral", measure.floral, floral)):
            for name in values:
                if name not in table_values:
                    raise TableError(
                        "The measure '{measure}' sets '{name}', which {file} does not have.",
                        measure=measure.code, name=name, file=tables.biophysical_file)
        row = rows[code]
        for n, column in nesting.items():
            old = column[0][row]
            column.append([_mixed(old, measure.nesting[n], share) if n in measure.nesting
                           else old])
        for j, column in floral.items():
            old = column[0][row]
            column.append([_mixed(old, measure.floral[j], share) if j in measure.floral
                           else old])
        codes.append([next_code])
        mapping[(code, measure_id) if share == 1.0 else (code, measure_id, share)] = next_code
        next_code += 1
    new = Biophysical(np.concatenate(codes).astype(np.int64),
                      {n: np.concatenate(v) for n, v in nesting.items()},
                      {j: np.concatenate(v) for j, v in floral.items()})
    return new, mapping


def tables_with_measures(tables, measure_at_code_pairs, catalogue=None):
    """The pollination tables with ``biophysical_with_measures`` in place, and the mapping."""
    bio, mapping = biophysical_with_measures(tables, measure_at_code_pairs, catalogue)
    return replace(tables, biophysical=bio), mapping
