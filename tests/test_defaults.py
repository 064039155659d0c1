"""Every numeric default is declared once, as data, in resources/defaults (issue 14 §4): the
algorithms' number parameters and the engine's keyword defaults and constants read it, the
chain model and docs/defaults.md are written from it, and a changed file changes them all."""
import csv
import json
import math
import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

import defaults_probe
from zoemzone_plugin.engine import defaults

FOLDER = os.path.join(ROOT, "resources", "defaults")
# QgsProcessingParameterNumber's range when none is set: the lowest and highest double
OPEN = 1e300


def expected_range(row):
    return (-math.inf if row.minimum is None else row.minimum,
            math.inf if row.maximum is None else row.maximum)


def check_parameters(found, table):
    """The parameters of ``found`` (defaults_probe.parameter_values) whose default, minimum or
    maximum is not their row's in ``table`` ((model, row) -> engine.defaults.Default)."""
    wrong = []
    for name, (source, default, low, high) in found.items():
        if default is None:     # optional, empty by default: nothing to take from a table
            continue
        if source is None:
            wrong.append((name, default, "no row of resources/defaults"))
            continue
        row = table[tuple(source.split("/"))]
        low = -math.inf if low <= -OPEN else low
        high = math.inf if high >= OPEN else high
        if (default, low, high) != (row.default, *expected_range(row)):
            wrong.append((name, (default, low, high), row))
    return wrong


def current_table():
    return {(m, r.name): r for m in defaults.models() for r in defaults.table(m).values()}


def test_every_number_parameter_takes_default_and_range_from_the_tables(plugin):
    found = defaults_probe.parameter_values()
    # the chain's inputs (from its model file) are walked too, and parameters of every kind
    assert found["kansenkaartchain:patch_threshold"][0] == "chain/patch_threshold"
    assert found["bijenlandschap:WINDOW"][:2] == ("bijenlandschap/window", 1000.0)
    assert found["monitoringreport:RESAMPLES"][1:] == (999, 99.0, 100000.0)
    assert found["kansenkaart:FOOD_THRESHOLD"][:2] == ("foodgaps/threshold", 0.1)
    assert check_parameters(found, current_table()) == []


def test_engine_defaults_equal_the_tables():
    found = defaults_probe.engine_values()
    assert found.pop("network_gain.REACH")[2] == 3.0 == \
        defaults.value("network", "max_distance") / defaults.value("network", "distance")
    assert len(found) == len(defaults_probe.ENGINE)
    for name, (model, row, value) in found.items():
        assert value == defaults.value(model, row), name
    assert defaults.value("foodgaps", "threshold") == 0.1
    assert defaults.value("kansenkaart", "stone_area") == 0.5


def test_chain_fixed_values_are_the_tables(plugin):
    """The chain model's fixed inputs of its steps (not inputs of the model itself)."""
    from qgis.core import QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(os.path.join(ROOT, "resources", "models", "kansenkaartchain.model3"))

    def fixed(child, parameter):
        return model.childAlgorithm(child).parameterSources()[parameter][0].staticValue()
    assert fixed("patches", "MIN_AREA") == defaults.value("patches", "min_area") == 0.5
    assert fixed("network", "PROBABILITY") == defaults.value("network", "probability") == 0.5
    assert fixed("network", "MAX_DISTANCE") == defaults.value("network", "max_distance") == 3000


def changed(row):
    """A new default for ``row``, inside its range and whole where the old one is."""
    new = (row.default + row.maximum) / 2.0 if row.maximum is not None else row.default * 2 + 1
    return float(math.floor(new)) if row.default == int(row.default) else new


def test_a_changed_copy_of_the_tables_changes_every_default(tmp_path):
    """Every default changed in a copy of the plugin: the engine and every algorithm (the
    chain after its script ran) take the new values, so none holds a copy of the old."""
    copy = str(tmp_path)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.ts")
    for part in ("zoemzone_plugin", "resources", "scripts"):
        shutil.copytree(os.path.join(ROOT, part), os.path.join(copy, part), ignore=ignore)
    shutil.copy(os.path.join(ROOT, "metadata.txt"), copy)
    new = {}
    for model in defaults.models():
        path = os.path.join(copy, "resources", "defaults", model + ".csv")
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        for row in rows:
            old = defaults.entry(model, row["name"])
            value = changed(old)
            assert value != old.default and (old.maximum is None or value <= old.maximum)
            row["default"] = "%r" % value
            new[(model, row["name"])] = old._replace(default=value)
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, defaults.COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, os.path.join(copy, "scripts", "make_chain_model.py")],
                   check=True, capture_output=True, env=environment)
    probe = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "defaults_probe.py"),
                            copy], check=True, capture_output=True, text=True, env=environment)
    found = json.loads(probe.stdout.strip().splitlines()[-1])

    parameters = {name: tuple(v) for name, v in found["parameters"].items()}
    assert parameters["kansenkaartchain:dispersal"][1] == new[("chain", "dispersal")].default
    assert check_parameters(parameters, new) == []
    sources = {v[0] for v in parameters.values() if v[0]}
    engine = found["engine"]
    reach = engine.pop("network_gain.REACH")[2]
    assert reach == new[("network", "max_distance")].default / new[("network", "distance")].default
    for name, (model, row, value) in engine.items():
        assert value == pytest.approx(new[(model, row)].default, rel=1e-12), name
        sources.add("%s/%s" % (model, row))
    # every row is used by an algorithm's parameter or by the engine
    assert sorted("%s/%s" % key for key in new if "%s/%s" % key not in sources) == []
    check_help_of_changed_copy(found["help"])


def check_help_of_changed_copy(help_texts):
    """The help texts of the copy write its numbers (by ``changed``: probability 0.74995,
    distance 2001, max_distance 6001 so links reach 6001/2001 = 2.9990005 d0, min_area and
    the stone areas 2 ha, habitat_quantile 0.75 so the richest 25 %, the window 2001 m so
    4.004001 km², min_flower_share 0.55, nest to food 1001 m, spacing 2.001 km, strips 7 m,
    gaps 201 m, the food threshold 0.55), and none of the old numbers."""
    kansenkaart = help_texts["kansenkaart"]
    for text in ("with p = 0.74995 at the dispersal distance and up to 2.9990005 times",
                 "today's habitat (the richest 25 % of the nest sites, in patches of at least "
                 "2 ha)", "(its habitat is the richest 25 % of this run's nest sites)",
                 "crossed with p = 0.74995 (with p = 0.5 the median", "empty: 5 × the largest",
                 "(m²: 2 ha; the Bijenlandschap's least stepping stone is 2 ha)"):
        assert text in kansenkaart
    for old in ("p = 0.5 at", "three times", "richer half", "0.5 ha", "twice"):
        assert old not in kansenkaart
    bijenlandschap = help_texts["bijenlandschap"]
    assert "within a window of about 4.004001 km², at least 55 % flowering bee plants and " \
        "nest sites no farther than 1001 m from food; stepping stones of at least 2 ha lie " \
        "at least every 2.001 km" in bijenlandschap
    assert "strips at least 7 m wide connect the landscape with gaps of at most 201 m" \
        in bijenlandschap
    assert "(0.55 = 55 %)" in bijenlandschap and "(2001 m: about 4.004001 km²)" in bijenlandschap
    for old in ("1 km²", "10 %", "500 m", "0.5 ha", "1 km", "3 m", "100 m", "1000 m"):
        assert re.search(r"(?<![\d.])" + old, bijenlandschap) is None, old
    chain = help_texts["kansenkaartchain"]
    assert chain.count("at least 2 ha") == 2 and "crossed with probability 0.74995" in chain
    assert "linked up to 6001 cost units" in chain and "3000" not in chain
    assert "the default is 2 ha, and the Bijenlandschap stepping stone is at least 2 ha" in \
        help_texts["habitatpatches"]
    for name in ("measurescenario", "assessapplications"):
        assert "p0 = 0.74995 (with p0 = 0.5 the median dispersal distance) for the ECA; " \
            "links up to 2.9990005 × d0." in help_texts[name]
    assert "threshold 0.55 as in Seasonal food gaps" in help_texts["assessapplications"]


# numbers of defaults (as the tables had them when the help texts were made templates) that
# help texts must not write literally: a changed table would make them lie
LITERAL_DEFAULTS = ("p = 0.5 at", "three times that distance", "richer half", "0.5 ha",
                    "twice the largest", "3 × d0", "(p0 = 0.5)", "3000 cost units",
                    "about 1 km²", "10 % flowering", "than 500 m", "every 1 km", "3 m wide",
                    "most 100 m", "(0.10 = 10 %)", "(1000 m", "the rule says 3 m",
                    "threshold 0.1 ")


def test_no_help_text_writes_a_default_literally():
    """The translatable sources of the algorithms write those numbers as placeholders."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from update_translations import extract
    found = [(literal, source[:60]) for source, location in extract().items()
             if location.startswith(os.path.join("zoemzone_plugin", "algorithms"))
             for literal in LITERAL_DEFAULTS if literal in source]
    assert found == []


def test_help_numbers_are_written_without_noise_or_trailing_zeros(plugin):
    from zoemzone_plugin import help_numbers
    assert [help_numbers.written(x) for x in (0.5, 1000.0, 3000, 2.0 / 3.0, 1e-4)] == \
        ["0.5", "1000", "3000", "0.6666666667", "0.0001"]
    assert help_numbers.percent(0.1) == "10" and help_numbers.percent(0.55) == "55"
    assert help_numbers.default("bijenlandschap", "stepping_stone_spacing", 0.001) == "1"
    assert help_numbers.reach() == "3"
    # the decimal mark is the translation's: English through str, Dutch as its .ts says
    assert help_numbers.written(0.25, tr=str) == "0.25"
    assert help_numbers.written(0.25, tr=lambda t: t.replace(".", ",")) == "0,25"


def test_doc_table_is_what_the_script_writes(tmp_path):
    written = str(tmp_path / "defaults.md")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make_defaults_doc.py"),
                    written], check=True, capture_output=True)
    with open(written, encoding="utf-8") as f, \
            open(os.path.join(ROOT, "docs", "defaults.md"), encoding="utf-8") as g:
        assert f.read() == g.read(), "docs/defaults.md is stale: run scripts/make_defaults_doc.py"
    with open(written, encoding="utf-8") as f:
        text = f.read()
    assert "| `threshold` | 0.1 | floral index (0-1) | 0 | 1 |" in text
    assert "### chain (`resources/defaults/chain.csv`)" in text


def test_a_row_that_is_not_there_is_named():
    with pytest.raises(defaults.DefaultsError, match="foodgaps.csv has no default 'treshold' "
                       r"\(it has: threshold\)"):
        defaults.value("foodgaps", "treshold")


def test_habitat_quantile_is_numpys_and_its_median_the_mean_of_the_middle_two():
    """Today's habitat is above the habitat_quantile of the nest cells' supply: numpy's
    (linear) quantile for any share, and at 0.5 exactly the old median, (low + high) / 2."""
    import numpy as np

    from zoemzone_plugin.engine.kansenkaart.model import _quantile, _ranked
    rng = np.random.default_rng(14)
    for count in (1, 2, 7, 10, 1001):
        values = rng.random(count).astype(np.float32)
        for share in (0.0, 0.25, 0.5, 0.9, 1.0):
            assert _quantile(count, _ranked(values.copy()), share) == pytest.approx(
                np.quantile(values.astype(np.float64), share), rel=1e-12, abs=0)
        ordered = np.sort(values).astype(np.float64)
        assert _quantile(count, _ranked(values.copy())) == \
            (ordered[(count - 1) // 2] + ordered[count // 2]) / 2.0
