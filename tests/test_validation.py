"""Validation of a suitability map with observations: AUC, the continuous Boyce index, the
sampling and the zoemzone:validatesuitability algorithm on constructed cases."""
import itertools
import math
import re

import numpy as np
import pytest

from zoemzone_plugin.engine.errors import InputError
from zoemzone_plugin.engine.io.gdalio import Grid
from zoemzone_plugin.engine.monitoring.validation import (auc, average_ranks, boyce_index,
                                                          boyce_plot_svg, random_background,
                                                          sample_raster, spearman)


def brute_force_auc(presences, background):
    pairs = [(1.0 if p > b else 0.5 if p == b else 0.0)
             for p, b in itertools.product(presences, background)]
    return sum(pairs) / len(pairs)


# --- AUC ------------------------------------------------------------------------------------

def test_auc_perfect_separation_is_1_and_reversed_is_0():
    assert auc([5, 6, 7], [1, 2, 3, 4]) == 1.0
    assert auc([1, 2, 3, 4], [5, 6, 7]) == 0.0


def test_auc_identical_distributions_is_one_half():
    values = [0.1, 0.4, 0.4, 0.9, 0.2]
    assert auc(values, values) == 0.5
    rng = np.random.default_rng(3)
    assert auc(rng.random(4000), rng.random(4000)) == pytest.approx(0.5, abs=0.02)


def test_auc_ties_count_one_half():
    assert auc([2, 2, 2], [2, 2]) == 0.5
    assert auc([1], [1, 0]) == 0.75


def test_auc_hand_computed_small_case():
    # presence 3 beats 1 and 2 (2 of 4); each 5 beats 1 and 2 and ties 5 (2.5 of 4): 7 / 12
    assert auc([3, 5, 5], [1, 5, 7, 2]) == pytest.approx(7.0 / 12.0, abs=1e-15)


def test_auc_equals_pair_counting_on_many_ties():
    rng = np.random.default_rng(7)
    presences = rng.integers(0, 6, 40)
    background = rng.integers(0, 8, 55)
    assert auc(presences, background) == pytest.approx(
        brute_force_auc(presences, background), abs=1e-12)


def test_auc_refuses_empty_input():
    with pytest.raises(InputError):
        auc([], [1, 2])


# --- ranks and Spearman -------------------------------------------------------------------

def test_average_ranks_share_ties():
    assert average_ranks([10, 20, 20, 5]).tolist() == [2.0, 3.5, 3.5, 1.0]


def test_spearman_hand_computed_with_ties():
    # ranks x: 1, 2.5, 2.5, 4; y: 1, 3, 2, 4 -> 4.5 / sqrt(4.5 * 5)
    assert spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(4.5 / math.sqrt(22.5))
    assert spearman([1, 2, 3], [30, 20, 10]) == pytest.approx(-1.0)
    assert math.isnan(spearman([1, 2, 3], [5, 5, 5]))


# --- Boyce --------------------------------------------------------------------------------

def test_boyce_is_1_for_a_rising_and_minus_1_for_a_falling_p_over_e():
    background = np.linspace(0.0, 1.0, 10001)
    # presences with density 2v: the share in a window [s, s + 0.1] is 0.2 s + 0.01
    rising = np.sqrt(np.linspace(0.0, 1.0, 2001))
    result = boyce_index(rising, background)
    assert result.index == pytest.approx(1.0, abs=1e-12)
    assert len(result.curve.centres) == 101
    assert result.curve.window == pytest.approx(0.1)
    assert np.all(np.diff(result.curve.ratios) > 0)
    assert result.curve.ratios[0] == pytest.approx(0.1, abs=0.01)    # 2 × 0.05
    assert result.curve.ratios[-1] == pytest.approx(1.9, abs=0.01)   # 2 × 0.95
    assert boyce_index(1.0 - rising, background).index == pytest.approx(-1.0, abs=1e-12)


def test_boyce_hand_computed_small_case():
    # background 0..10, window 1, windows [k, k + 1] (ends included): E = 2/11 each;
    # presences 1, 3, 3, 6, 6, 6: P/E = 11/2 × share of presences in the window
    background = np.arange(11.0)
    presences = [1, 3, 3, 6, 6, 6]
    result = boyce_index(presences, background, window=1.0, n_bins=10)
    assert result.curve.centres.tolist() == pytest.approx(np.arange(10) + 0.5)
    expected = np.array([1, 1, 2, 2, 0, 3, 3, 0, 0, 0]) / 6.0 * 11.0 / 2.0
    assert result.curve.ratios == pytest.approx(expected)
    # successive repeats count once: (1.5, 11/12) (3.5, 11/6) (4.5, 0) (6.5, 11/4) (9.5, 0);
    # ranks of P/E 3, 4, 1.5, 5, 1.5 against 1..5: rho = -2 / sqrt(10 × 9.5)
    assert result.index == pytest.approx(-2.0 / math.sqrt(95.0))
    every_window = boyce_index(presences, background, window=1.0, n_bins=10,
                               drop_repeats=False)
    assert every_window.index == pytest.approx(spearman(np.arange(10), expected))


def test_boyce_of_a_map_with_no_information_is_undefined():
    values = np.linspace(0, 1, 1001)
    assert math.isnan(boyce_index(values, values).index)       # P/E = 1 everywhere
    assert math.isnan(boyce_index([1.0, 1.0], [1.0, 1.0, 1.0]).index)   # constant map


# --- sampling ------------------------------------------------------------------------------

def small_grid():
    return Grid(4, 3, (1000.0, 10.0, 0.0, 2000.0, 0.0, -10.0), "")


def test_sample_raster_counts_points_outside_and_on_nodata():
    array = np.arange(12, dtype=np.float32).reshape(3, 4)
    valid = np.ones((3, 4), bool)
    valid[1, 2] = False
    xy = [(1005, 1995),        # row 0, col 0 -> 0
          (1039.9, 1970.1),    # row 2, col 3 -> 11
          (1025, 1985),        # row 1, col 2: nodata
          (999, 1995),         # left of the raster
          (1040, 1995),        # on the right edge: outside
          (1015, 2001)]        # above
    sample = sample_raster(array, valid, small_grid(), xy)
    assert sample.values.tolist() == [0.0, 11.0]
    assert sample.used.tolist() == [True, True, False, False, False, False]
    assert (sample.outside, sample.nodata) == (3, 1)
    assert sample.rows.tolist() == [0, 2] and sample.cols.tolist() == [0, 3]


def test_random_background_is_repeatable_distinct_and_valid():
    rng = np.random.default_rng(0)
    valid = rng.random((200, 300)) > 0.3
    rows, cols = random_background(valid, 5000, seed=42)
    again = random_background(valid, 5000, seed=42)
    other = random_background(valid, 5000, seed=43)
    assert rows.size == 5000 and valid[rows, cols].all()
    assert len(set(zip(rows.tolist(), cols.tolist()))) == 5000
    assert np.array_equal(rows, again[0]) and np.array_equal(cols, again[1])
    assert not (np.array_equal(rows, other[0]) and np.array_equal(cols, other[1]))
    sparse = np.zeros((100, 100), bool)
    sparse[5, :50] = True
    rows, cols = random_background(sparse, 20, seed=1)
    assert sparse[rows, cols].all() and len(set(cols.tolist())) == 20
    rows, cols = random_background(sparse, 10000, seed=1)    # fewer valid cells: all of them
    assert rows.size == 50
    with pytest.raises(InputError):
        random_background(np.zeros((3, 3), bool), 10, seed=1)


def test_boyce_plot_is_an_svg_line_chart():
    result = boyce_index(np.sqrt(np.linspace(0, 1, 500)), np.linspace(0, 1, 2000))
    svg = boyce_plot_svg(result.curve, "value <x>", "P/E", "random")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    points = re.search(r'<polyline[^>]*points="([^"]+)"', svg).group(1).split()
    assert len(points) == len(result.curve.centres)
    assert "value &lt;x&gt;" in svg and "stroke-dasharray" in svg


# --- the algorithm -------------------------------------------------------------------------

def run(**params):
    import processing
    from qgis.core import QgsApplication

    from zoemzone_plugin.algorithms.partnerdata.validate_suitability import ValidateSuitabilityAlgorithm
    registered = QgsApplication.processingRegistry().algorithmById(
        "zoemzone:validatesuitability")
    algorithm = registered.id() if registered else ValidateSuitabilityAlgorithm().create()
    return processing.run(algorithm, params)


def write_raster(path, array, nodata=None):
    from osgeo import osr

    from zoemzone_plugin.engine.io.gdalio import write_single
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    rows, cols = array.shape
    grid = Grid(cols, rows, (180000.0, 10.0, 0.0, 320000.0 + 10.0 * rows, 0.0, -10.0),
                srs.ExportToWkt())
    options = {} if nodata is None else {"nodata": nodata}
    write_single(str(path), grid, "suitability", array.astype(np.float32), **options)
    return grid


def point_layer(xys, crs="EPSG:28992"):
    """A memory point layer with the points (x, y in EPSG:28992), stored in ``crs``."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                           QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer)
    layer = QgsVectorLayer("Point?crs=%s" % crs, "observations", "memory")
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                       QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    features = []
    for x, y in xys:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(transform.transform(QgsPointXY(x, y))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def centre(grid, row, col):
    x0, dx, _, y0, _, dy = grid.geotransform
    return x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy


def test_algorithm_gives_the_known_auc_and_a_report_with_the_curve(plugin, tmp_path):
    # values 0..99 row by row; the cell of value 0 is nodata, so the background is the other
    # 99 cells (fewer than asked for: all of them) and a presence of value v beats v - 1 of
    # them and ties one: AUC = mean((v - 0.5) / 99)
    values = np.arange(100, dtype=np.float32).reshape(10, 10)
    values[0, 0] = -1
    grid = write_raster(tmp_path / "suitability.tif", values, nodata=-1)
    observed = [(9, 9), (9, 8), (4, 9)]                   # values 99, 98, 49
    xys = [centre(grid, r, c) for r, c in observed]
    xys += [centre(grid, 0, 0), (170000.0, 300000.0)]     # nodata cell, outside
    report = tmp_path / "report.html"
    result = run(INPUT=str(tmp_path / "suitability.tif"), BAND=1,
                 OBSERVATIONS=point_layer(xys, "EPSG:4326"), BACKGROUND_POINTS=10000, SEED=1,
                 OUTPUT_HTML=str(report))
    expected = np.mean([(v - 0.5) / 99.0 for v in (99, 98, 49)])
    assert result["AUC"] == pytest.approx(expected, abs=1e-12)
    assert (result["USED"], result["OUTSIDE"], result["NODATA"], result["BACKGROUND"]) == (
        3, 1, 1, 99)
    assert -1.0 <= result["BOYCE"] <= 1.0
    text = report.read_text(encoding="utf-8")
    assert "<svg" in text and "<polyline" in text
    assert "%.4f" % expected in text and "%.4f" % result["BOYCE"] in text


def test_algorithm_boyce_is_high_when_bees_favour_high_values(plugin, tmp_path):
    # a gradient from west (0) to east (1); observations in column c in proportion to c
    cols = 60
    values = np.tile(np.linspace(0.0, 1.0, cols), (40, 1))
    grid = write_raster(tmp_path / "gradient.tif", values)
    rng = np.random.default_rng(5)
    xys = []
    for c in range(cols):
        for r in rng.choice(40, size=c // 3, replace=False):
            xys.append(centre(grid, r, c))
    params = dict(INPUT=str(tmp_path / "gradient.tif"), BAND=1,
                  OBSERVATIONS=point_layer(xys), BACKGROUND_POINTS=1000, SEED=3,
                  OUTPUT_HTML=str(tmp_path / "gradient.html"))
    first = run(**params)
    # density 2v against uniform background: AUC = integral of 2v · v dv = 2/3
    assert first["BOYCE"] > 0.9 and first["AUC"] == pytest.approx(2.0 / 3.0, abs=0.03)
    assert first["BACKGROUND"] == 1000 and first["USED"] == len(xys)
    assert run(**params)["AUC"] == first["AUC"]          # the same seed, the same background


def test_algorithm_refuses_observations_off_the_raster(plugin, tmp_path):
    from qgis.core import QgsProcessingException
    write_raster(tmp_path / "s.tif", np.ones((5, 5)))
    with pytest.raises(QgsProcessingException):
        run(INPUT=str(tmp_path / "s.tif"), BAND=1,
            OBSERVATIONS=point_layer([(100000.0, 400000.0)]), BACKGROUND_POINTS=100, SEED=1,
            OUTPUT_HTML=str(tmp_path / "r.html"))
