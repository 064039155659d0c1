"""Priority classes that mean the same in every run (issue 14 §3): fixed breaks, a reference
run's scale and breaks, the breaks file each run writes, and bad breaks refused.

The municipality test cuts a municipality from a province raster and runs it with the
province's breaks file. A cell's gain depends on the land use within two kernel radii
(C_s sums HN/W over one radius, and W over another), so the cells farther than 2R from the
municipality's edge must get the province's classes exactly; with the municipality's own
quintiles some of them do not, which shows the comparison is not trivial.
"""
import json
import os

import numpy as np
import pytest
from osgeo import gdal
from test_kansenkaart import measure
from test_tiling import random_landscape, random_tables

from zoemzone_plugin.engine.errors import InputError
from zoemzone_plugin.engine.io.gdalio import read_band, read_landuse
from zoemzone_plugin.engine.kansenkaart.model import classes_of, kansenkaart
from zoemzone_plugin.engine.kansenkaart.runner import kansenkaart_to_files
from zoemzone_plugin.engine.kansenkaart.ranking import (FIXED, FORMAT, REFERENCE, breaks_path,
                                                        parse_breaks, read_breaks_file)

TINY_MB = 0.01                          # tiles of tiling.MIN_TILE cells
ROWS, COLS = 150, 170
RADIUS = 20                             # floor(5 x 40 m / 10 m), the widest kernel
CUT = (25, 20, 120, 140)                # the municipality: first row, first column, rows, cols
SETTINGS = dict(w_supply=1.0, w_yearround=0.5, food_threshold=0.3)
MEASURES = [
    measure(1, "strip", {1, 2}, {"ground": 0.3}, {"summer": 0.6, "autumn": 0.4}),
    measure(2, "nest", None, {"ground": 0.9}),
    measure(3, "hedge", {1, 5, 11}, {"cavity": 0.5}, {"spring": 0.5}),
    measure(5, "roof", {61}, None, {"spring": 0.2, "summer": 0.3}),
]


def tables():
    return random_tables([20.0, 40.0])


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """The province's land use, its run (own quintiles) and the municipality's land use."""
    folder = tmp_path_factory.mktemp("province")
    landuse = random_landscape(str(folder / "province.tif"), ROWS, COLS, holes=False)
    run = run_files(landuse, str(folder / "run"))
    row, col, rows, cols = CUT
    municipality = str(folder / "municipality.tif")
    gdal.Translate(municipality, landuse, srcWin=[col, row, cols, rows])
    return landuse, run, municipality


def run_files(landuse, folder, budget=None, priority=None, **settings):
    os.makedirs(folder, exist_ok=True)
    paths = {name: os.path.join(folder, name.lower() + ".tif")
             for name in ("GAIN", "BEST_MEASURE", "PRIORITY")}
    result = kansenkaart_to_files(landuse, tables(), MEASURES, paths, memory_budget_mb=budget,
                                  priority=priority, run_info={"plugin_version": "test"},
                                  **dict(SETTINGS, **settings))
    return result, read_band(paths["PRIORITY"])[0], paths["PRIORITY"]


def interior(array):
    """The municipality's cells farther than 2R from its edge, from an array on the
    municipality's grid."""
    margin = 2 * RADIUS + 1
    return array[margin:-margin, margin:-margin]


def of_municipality(array):
    row, col, rows, cols = CUT
    return array[row:row + rows, col:col + cols]


def test_each_run_writes_its_scale_and_breaks_beside_the_priority(province):
    _, (result, _, priority_path), _ = province
    assert result.breaks_file == priority_path + ".breaks.json" == breaks_path(priority_path)
    with open(result.breaks_file, encoding="utf-8") as f:
        document = json.load(f)
    assert document["format"] == FORMAT and document["breaks_from"] == "quantiles"
    assert document["plugin_version"] == "test" and document["classes"] == 5
    assert document["breaks"] == result.breaks.tolist() and len(result.breaks) == 4
    assert document["scale"] == {"supply": result.gain_scale,
                                 "yearround": result.yearround_scale}
    assert document["weights"] == {"W_SUPPLY": 1.0, "W_YEARROUND": 0.5, "W_CONNECTIVITY": 0.0}
    # no partial file is left beside the outputs
    assert sorted(os.listdir(os.path.dirname(priority_path))) == [
        "best_measure.tif", "gain.tif", "priority.tif", "priority.tif.breaks.json"]


def test_municipality_with_the_province_breaks_gets_its_classes(province, tmp_path):
    _, (province_run, province_classes, priority_path), municipality = province
    reference = read_breaks_file(breaks_path(priority_path))
    assert reference.mode == REFERENCE and reference.breaks == tuple(province_run.breaks)
    want = interior(of_municipality(province_classes))
    assert interior(np.ones(CUT[2:])).size == 38 * 58 and set(np.unique(want)) >= {1, 2, 3,
                                                                                      4, 5}
    result, classes, path = run_files(municipality, str(tmp_path / "whole"),
                                      priority=reference)
    np.testing.assert_array_equal(interior(classes), want)
    # the municipality's own file hands the province's figures on
    again = read_breaks_file(breaks_path(path))
    assert (again.breaks, again.scales) == (reference.breaks, reference.scales)
    assert result.gain_scale == province_run.gain_scale
    # tiled, the same
    tiled, tiled_classes, _ = run_files(municipality, str(tmp_path / "tiled"), TINY_MB,
                                        priority=reference)
    assert tiled.tiled and not result.tiled
    np.testing.assert_array_equal(tiled_classes, classes)
    # the municipality's own quintiles class its interior otherwise
    _, own, _ = run_files(municipality, str(tmp_path / "own"))
    assert np.mean(interior(own) != want) > 0.02


def test_fixed_breaks_by_hand():
    breaks = parse_breaks("0.2, 0.4, 0.6, 0.8")
    assert breaks.mode == FIXED and breaks.breaks == (0.2, 0.4, 0.6, 0.8)
    assert parse_breaks("0,2; 0,4;0,6 ; 0,8").breaks == breaks.breaks
    score = np.array([0.1, 0.2, 0.39, 0.4, 0.5, 0.6, 0.79, 0.8, 1.0, np.nan], np.float32)
    has = np.isfinite(score)
    np.testing.assert_array_equal(classes_of(score, has, np.array(breaks.breaks)),
                                  [5, 4, 4, 3, 3, 2, 2, 1, 1, 0])


def test_fixed_breaks_cut_the_run_scores(province):
    """A whole run with fixed breaks: each cell's class follows from its score by hand, and
    the classes are not quintiles (they need not hold a fifth of the cells each)."""
    landuse, _, _ = province
    codes, valid, grid = read_landuse(landuse)[:3]
    breaks = parse_breaks("0.35, 0.4, 0.45, 0.9")
    result = kansenkaart(codes, valid, grid.pixel_size, tables(), MEASURES, priority=breaks,
                         **SETTINGS)
    score, has = result.score, result.best_measure > 0
    want = np.where(score >= 0.9, 1, np.where(score >= 0.45, 2, np.where(
        score >= 0.4, 3, np.where(score >= 0.35, 4, 5))))
    np.testing.assert_array_equal(result.priority[has], want[has])
    assert np.all(result.priority[~has] == 0)
    counts = np.bincount(result.priority[has], minlength=6)[1:]
    assert counts.min() > 0.02 * has.sum() and counts[1] > 0.5 * has.sum()
    np.testing.assert_array_equal(result.breaks, [0.35, 0.4, 0.45, 0.9])


@pytest.mark.parametrize("text, words", [
    ("0.8, 0.6, 0.4, 0.2", "must increase"),
    ("0.2, 0.4, 0.4, 0.8", "must increase"),
    ("0.2, 0.4, 0.6", "4 breaks are needed for 5 priority classes, not 3"),
    ("0.2, 0.4, 0.6, 0.8, 1", "not 5"),
    ("0.2, 0.4, x, 0.8", "separated by commas"),
    ("0.2, 0.4, nan, 0.8", "finite"),
    ("", "not 0")])
def test_bad_fixed_breaks_are_refused(text, words):
    with pytest.raises(InputError, match="BREAKS is") as error:
        parse_breaks(text)
    assert words in str(error.value)


def write_json(path, document):
    with open(path, "w", encoding="utf-8") as f:
        f.write(document if isinstance(document, str) else json.dumps(document))
    return str(path)


GOOD = {"format": FORMAT, "format_version": 1, "breaks": [0.1, 0.2, 0.3, 0.4],
        "scale": {"supply": 2.0, "yearround": 1.0},
        "weights": {"W_SUPPLY": 1.0, "W_YEARROUND": 0.5, "W_CONNECTIVITY": 0.0}}


@pytest.mark.parametrize("document, words", [
    ("{not json", "not a kansenkaart breaks file (it is not JSON)"),
    ({"type": "FeatureCollection", "features": []}, "(it does not say it is one)"),
    (dict(GOOD, format_version=2), "(a newer plugin wrote it)"),
    (dict(GOOD, breaks=[0.1, 0.2, 0.3]), "4 breaks are needed for 5 priority classes, not 3"),
    (dict(GOOD, breaks=[0.4, 0.3, 0.2, 0.1]), "the breaks must increase"),
    (dict(GOOD, breaks=[0.1, "x", 0.3, 0.4]), "missing or not numbers"),
    (dict(GOOD, scale={"supply": 2.0}), "missing or not numbers"),
    (dict(GOOD, scale={"supply": -2.0, "yearround": 1.0}), "negative")])
def test_a_file_that_is_not_a_breaks_file_is_refused(document, words, tmp_path):
    path = write_json(tmp_path / "x.json", document)
    with pytest.raises(InputError, match="BREAKS_FILE") as error:
        read_breaks_file(path)
    assert words in str(error.value)


def test_a_reference_run_s_tied_quintiles_are_read(tmp_path):
    """Many equal scores give equal quintiles; a file holding them is a breaks file."""
    tied = read_breaks_file(write_json(tmp_path / "tied.json",
                                       dict(GOOD, breaks=[0.5, 0.5, 0.5, 0.9])))
    assert tied.breaks == (0.5, 0.5, 0.5, 0.9) and tied.scales == GOOD["scale"]


def test_a_reference_with_other_weights_is_refused(province, tmp_path):
    reference = read_breaks_file(write_json(tmp_path / "ref.json", GOOD))
    assert reference.breaks == (0.1, 0.2, 0.3, 0.4)
    with pytest.raises(InputError, match="W_YEARROUND=0.5.*W_YEARROUND=0.2"):
        run_files(province[0], str(tmp_path / "run"), priority=reference, w_yearround=0.2)
    assert not os.path.exists(tmp_path / "run" / "priority.tif")


# --- the algorithm ---------------------------------------------------------------------------

def run_algorithm(landuse, folder, **params):
    import processing
    return processing.run("zoemzone:kansenkaart", dict(
        LANDUSE=landuse, W_CONNECTIVITY=0.0, GAIN=str(folder / "gain.tif"),
        BEST_MEASURE=str(folder / "best.tif"), PRIORITY=str(folder / "priority.tif"),
        **params))


@pytest.fixture(scope="module")
def lgn(tmp_path_factory):
    """A small LGN-coded land use (grass, maize, heath) for the Dutch default tables."""
    path = str(tmp_path_factory.mktemp("lgn") / "lgn.tif")
    codes = np.array([1, 2, 45, 6, 20, 11], np.int16)
    rng = np.random.default_rng(7)
    lu = codes[rng.integers(0, codes.size, (6, 7))].repeat(6, 0).repeat(6, 1)
    random_landscape(path, lu.shape[0], lu.shape[1], holes=False, cell=25.0)
    ds = gdal.Open(path, gdal.GA_Update)
    ds.GetRasterBand(1).WriteArray(lu)
    ds = None
    return path


def test_the_algorithm_reuses_a_reference_run(plugin, lgn, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = run_algorithm(lgn, tmp_path / "a")
    assert first["BREAKS_JSON"] == str(tmp_path / "a" / "priority.tif.breaks.json")
    with open(first["BREAKS_JSON"], encoding="utf-8") as f:
        document = json.load(f)
    assert document["inputs"]["PRIORITY_BREAKS"] == "0"
    assert document["inputs"]["LANDUSE"] == lgn and document["plugin_version"]
    second = run_algorithm(lgn, tmp_path / "b", PRIORITY_BREAKS=2,
                           BREAKS_FILE=first["BREAKS_JSON"])
    np.testing.assert_array_equal(read_band(second["PRIORITY"])[0],
                                  read_band(first["PRIORITY"])[0])
    with open(second["BREAKS_JSON"], encoding="utf-8") as f:
        again = json.load(f)
    assert (again["breaks"], again["scale"], again["breaks_from"], again["reference"]) == (
        document["breaks"], document["scale"], "reference", first["BREAKS_JSON"])


def test_the_algorithm_cuts_at_fixed_breaks(plugin, lgn, tmp_path):
    result = run_algorithm(lgn, tmp_path, PRIORITY_BREAKS=1, BREAKS="2, 3, 4, 5")
    # scores are at most W_SUPPLY + W_YEARROUND = 1.5, all below the first break
    classes = read_band(result["PRIORITY"])[0]
    assert set(np.unique(classes[classes > 0])) == {5}


@pytest.mark.parametrize("params, words", [
    (dict(PRIORITY_BREAKS=1, BREAKS="0.8, 0.6, 0.4, 0.2"), "'Fixed breaks': BREAKS is "
     "'0.8, 0.6, 0.4, 0.2': the breaks must increase"),
    (dict(PRIORITY_BREAKS=1, BREAKS="0.2, 0.4, 0.6"), "BREAKS is '0.2, 0.4, 0.6': 4 breaks"),
    (dict(PRIORITY_BREAKS=1), "BREAKS is '': 4 breaks"),
    (dict(BREAKS="0.2, 0.4, 0.6, 0.8"), "BREAKS is '0.2, 0.4, 0.6, 0.8', but PRIORITY_BREAKS "
     "is 'Quintiles of this run'"),
    (dict(PRIORITY_BREAKS=2), "BREAKS_FILE is empty"),
    (dict(PRIORITY_BREAKS=2, BREAKS_FILE="{json}"), "'Reference run's breaks file': "
     "BREAKS_FILE '{json}' is not a kansenkaart breaks file (it does not say it is one)"),
])
def test_the_algorithm_refuses_bad_breaks_naming_the_parameter(plugin, lgn, tmp_path, params,
                                                               words):
    from qgis.core import QgsProcessingException
    not_breaks = write_json(tmp_path / "layer.json", {"type": "FeatureCollection"})
    params = {k: v.replace("{json}", not_breaks) if isinstance(v, str) else v
              for k, v in params.items()}
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(lgn, tmp_path, **params)
    assert words.replace("{json}", not_breaks) in str(error.value)
    assert not os.path.exists(tmp_path / "priority.tif")


def test_the_chain_passes_a_reference_run_on(demo_chain, tmp_path):
    """A municipality inside the chain's crop, run through the chain with the crop's breaks
    file, cuts its classes at the crop's breaks and scale (and says so in its own file)."""
    from chain_run import run_chain
    reference = demo_chain["priority"] + ".breaks.json"
    with open(reference, encoding="utf-8") as f:
        province = json.load(f)
    assert province["breaks_from"] == "quantiles"
    municipality = run_chain(str(tmp_path), crop=(188500.0, 321500.0, 189500.0, 320500.0),
                             breaks_file=reference)
    with open(municipality["priority"] + ".breaks.json", encoding="utf-8") as f:
        document = json.load(f)
    assert (document["breaks_from"], document["reference"]) == ("reference", reference)
    assert (document["breaks"], document["scale"]) == (province["breaks"], province["scale"])
