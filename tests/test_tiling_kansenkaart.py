"""Tiled kansenkaart against the untiled run (issue 6).

A tiny memory budget forces tiles of 64 cells. The widest guild's kernel (alpha 70 m at 10 m:
radius 35 cells, 71 cells wide) is wider than a tile, and the gain's correlations C_s and E_j
are kernel sums of kernel means, so a tile's gains depend on land use two kernel radii away,
in tiles beyond its neighbours. Nest sites are a few small patches, so today's habitat is
sparse; the network term is computed on the whole raster in both runs. Every output must
equal the untiled run: floats to float32 round-off (1e-5 x the raster's largest value) with the same nodata cells, best measures and
priority classes exactly, the parcel ranking in the same order with the same ranks, best
measures and cell counts; the global figures (total supply, the scales) likewise. A kernel
halo three cells short must break the equality.
"""
import os
import tempfile
from dataclasses import replace

import numpy as np
import pytest
from conftest import Recorder
from osgeo import gdal
from test_kansenkaart import measure
from test_tiling import random_landscape, random_tables

from zoemzone_plugin.engine.kansenkaart import runner as kansenkaart_files
from zoemzone_plugin.engine.errors import Cancelled, TableError
from zoemzone_plugin.engine.io.gdalio import read_band, read_landuse, write_labels
from zoemzone_plugin.engine.kansenkaart.model import quantile_breaks
from zoemzone_plugin.engine.kansenkaart.runner import kansenkaart_to_files
from zoemzone_plugin.engine.kansenkaart.passes import _OrderStatistics

TINY_MB = 0.01           # below any window's need: tiles of tiling.MIN_TILE
ROWS, COLS = 120, 150    # 2 x 3 tiles
RADIUS = 35              # floor(5 x 70 m / 10 m)
OUTPUTS = ("GAIN", "BEST_MEASURE", "PRIORITY")
ALL_TERMS = dict(w_supply=1.0, w_yearround=0.5, w_connectivity=0.5, food_threshold=0.3)


MEASURES = [
    measure(1, "strip", {1, 2}, {"ground": 0.3}, {"summer": 0.6, "autumn": 0.4}),
    measure(2, "nest", None, {"ground": 0.9}),
    # linear: on edge cells only, which a tile finds from its neighbours across tile borders
    replace(measure(3, "hedge", {1, 5, 11}, {"cavity": 0.5}, {"spring": 0.5}), linear=True,
            width_m=4.0),
    measure(4, "mowing", {2, 20}, None, {"summer": 0.1, "autumn": 0.35}),   # less summer food
    measure(5, "roof", {61}, None, {"spring": 0.2, "summer": 0.3}),
]


@pytest.fixture
def plans(monkeypatch):
    """The plan of each pass over the tiles (proof of a tiled run: an untiled run has none),
    and the number of tiles computed."""
    seen, computed = [], []
    real = kansenkaart_files.for_each_tile

    def spy(reader, plan, compute, feedback=None):
        seen.append(plan)

        def counted(*args):
            computed.append(1)
            return compute(*args)
        return real(reader, plan, counted, feedback)
    monkeypatch.setattr(kansenkaart_files, "for_each_tile", spy)
    return seen, computed


def tables():
    """Three guilds (alpha 20, 70 and 40 m) that nest in land use 20 only."""
    t = random_tables([20.0, 70.0, 40.0])
    for availability in t.biophysical.nesting.values():
        availability[t.biophysical.codes != 20] = 0.0
    return t


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Land use (random blocks, nodata holes, 14 small nest patches), available land (all but
    a corner) and parcels (9 x 11 cell blocks across the tile borders, none in the west)."""
    folder = tmp_path_factory.mktemp("inputs")
    landuse = random_landscape(str(folder / "lu.tif"), ROWS, COLS)
    ds = gdal.Open(landuse, gdal.GA_Update)
    codes = ds.GetRasterBand(1).ReadAsArray()
    codes[codes == 20] = 1
    rng = np.random.default_rng(5)
    for _ in range(14):
        row, col = rng.integers(0, ROWS - 3), rng.integers(0, COLS - 3)
        codes[row:row + 3, col:col + 3] = 20
    ds.GetRasterBand(1).WriteArray(codes)
    ds = None
    grid = read_landuse(landuse)[2]
    available = np.ones((ROWS, COLS), np.int32)
    available[80:, 100:] = 0
    parcels = ((np.arange(ROWS)[:, None] // 9) * 20 + np.arange(COLS)[None, :] // 11
               + 1).astype(np.int32)
    parcels[:, :20] = 0
    patches = np.zeros((ROWS, COLS), np.int32)
    patches[10:30, 5:25], patches[70:90, 60:75], patches[20:40, 120:145] = 1, 2, 3
    paths = {"landuse": landuse, "available": str(folder / "available.tif"),
             "parcels": str(folder / "parcels.tif"), "patches": str(folder / "patches.tif")}
    write_labels(paths["available"], grid, available)
    write_labels(paths["parcels"], grid, parcels)
    write_labels(paths["patches"], grid, patches)
    return paths


def run(inputs, folder, budget=None, feedback=None, patches=False, **settings):
    os.makedirs(folder, exist_ok=True)
    if patches:
        settings.update(patches_path=inputs["patches"], capacities=[40000.0, 30000.0, 50000.0])
    paths = {name: os.path.join(folder, name.lower() + ".tif") for name in OUTPUTS}
    gains = os.path.join(folder, "gains")
    result = kansenkaart_to_files(inputs["landuse"], tables(), MEASURES, paths,
                                  inputs["available"], inputs["parcels"], gains,
                                  feedback=feedback, memory_budget_mb=budget, **settings)
    files = dict(paths, **{m.code: os.path.join(gains, m.code + ".tif") for m in MEASURES})
    return result, files


def assert_same_raster(path, other):
    a, b = gdal.Open(path), gdal.Open(other)
    want_band, got_band = a.GetRasterBand(1), b.GetRasterBand(1)
    assert (got_band.DataType, got_band.GetNoDataValue(), got_band.GetDescription()) == (
        want_band.DataType, want_band.GetNoDataValue(), want_band.GetDescription())
    want, got = want_band.ReadAsArray(), got_band.ReadAsArray()
    if want.dtype.kind != "f":
        np.testing.assert_array_equal(got, want, err_msg=other)
        return
    nodata = want_band.GetNoDataValue()
    np.testing.assert_array_equal(got == nodata, want == nodata, err_msg=other)
    scale = float(np.abs(want[want != nodata]).max())
    diff = float(np.abs(got.astype(np.float64) - want)[want != nodata].max())
    assert diff <= 1e-5 * scale, "%s: %g > 1e-5 x %g" % (other, diff, scale)


def assert_same_ranking(ranking, other):
    assert list(other) == list(ranking)
    for parcel, rank in ranking.items():
        got = other[parcel]
        assert (got.rank, got.best_measure, got.cells, got.scored_cells) == (
            rank.rank, rank.best_measure, rank.cells, rank.scored_cells)
        assert got.score_sum == pytest.approx(rank.score_sum, rel=1e-5, abs=1e-6)


def assert_same_runs(untiled, tiled):
    (result, files), (tiled_result, tiled_files) = untiled, tiled
    assert not result.tiled and tiled_result.tiled
    for name, path in files.items():
        assert_same_raster(path, tiled_files[name])
    for figure in ("total_supply", "gain_scale", "yearround_scale"):
        assert getattr(tiled_result, figure) == pytest.approx(getattr(result, figure),
                                                              rel=1e-6)
    assert_same_ranking(result.ranking, tiled_result.ranking)


@pytest.mark.parametrize("settings", [{}, ALL_TERMS, dict(ALL_TERMS, patches=True)],
                         ids=["default weights", "all terms", "given network patches"])
def test_tiled_equals_untiled(settings, inputs, tmp_path, plans):
    seen, _ = plans
    untiled = run(inputs, str(tmp_path / "untiled"), **settings)
    assert not seen
    tiled = run(inputs, str(tmp_path / "tiled"), TINY_MB, **settings)
    kernel_plan = seen[0]
    assert len(kernel_plan) == 6 and kernel_plan[0].rows == 64
    assert 2 * RADIUS + 1 > kernel_plan[0].rows                 # kernels wider than a tile
    assert kernel_plan[0].win_rows == 64 + RADIUS               # the halo is R
    assert seen[1] == kernel_plan                               # supply, then gains
    assert_same_runs(untiled, tiled)
    # what is compared is not trivial: every class and more than one best measure occur
    priority = read_band(untiled[1]["PRIORITY"])[0]
    assert set(np.unique(priority)) == {0, 1, 2, 3, 4, 5}
    assert len(np.unique(read_band(untiled[1]["BEST_MEASURE"])[0])) >= 3
    assert len(untiled[0].ranking) == 14 * 13


def test_a_halo_three_cells_short_differs(inputs, tmp_path, monkeypatch):
    real = kansenkaart_files.plan_tiles

    def short_plan(rows, cols, tile, halo):
        return real(rows, cols, tile, halo - 3 if halo == RADIUS else halo)
    untiled = run(inputs, str(tmp_path / "untiled"), **ALL_TERMS)
    monkeypatch.setattr(kansenkaart_files, "plan_tiles", short_plan)
    tiled = run(inputs, str(tmp_path / "tiled"), TINY_MB, **ALL_TERMS)
    with pytest.raises(AssertionError):
        assert_same_runs(untiled, tiled)


@pytest.mark.parametrize("after", [3, 8], ids=["in the supply pass", "in the gain pass"])
def test_cancel_stops_between_tiles_and_leaves_no_temporary_files(after, inputs, tmp_path,
                                                                  plans, monkeypatch):
    _, computed = plans
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    os.makedirs(tempfile.tempdir)
    with pytest.raises(Cancelled):
        run(inputs, str(tmp_path / "cancelled"), TINY_MB,
            feedback=Recorder(lambda _: len(computed) >= after), **ALL_TERMS)
    assert len(computed) == after
    assert os.listdir(tempfile.tempdir) == []


def test_unknown_code_is_refused_before_any_output(inputs, tmp_path, plans):
    landuse = str(tmp_path / "lu.tif")
    gdal.Translate(landuse, inputs["landuse"])
    ds = gdal.Open(landuse, gdal.GA_Update)
    ds.GetRasterBand(1).WriteArray(np.array([[99]], np.int16), COLS - 1, ROWS - 1)
    ds = None
    with pytest.raises(TableError, match="99"):
        run(dict(inputs, landuse=landuse), str(tmp_path / "out"), TINY_MB)
    assert not plans[0] and os.listdir(str(tmp_path / "out")) == []


def test_progress_rises_to_100(inputs, tmp_path, plans):
    _, computed = plans
    done = Recorder()
    run(inputs, str(tmp_path / "all"), TINY_MB, feedback=done, **ALL_TERMS)
    assert done.seen == sorted(done.seen) and done.seen[-1] == pytest.approx(100.0)
    assert len(computed) > 5 * 6


def test_order_statistics_are_exact():
    rng = np.random.default_rng(8)
    values = np.concatenate([rng.normal(0, 1, 5000), -rng.lognormal(0, 8, 2000),
                             np.zeros(300), -np.zeros(300), np.full(400, 0.25),
                             rng.uniform(1e-39, 1e-38, 50), [3.4e38, -3.4e38]]
                            ).astype(np.float32)
    rng.shuffle(values)
    blocks = np.array_split(values, 7)
    statistics = _OrderStatistics()
    for block in blocks:
        statistics.add(block)
    ranks = [0, 1, 2999, 3000, 5000, 5001, values.size // 2, values.size - 1]

    def second_read(add):
        for block in blocks[::-1]:
            add(block)
    np.testing.assert_array_equal(statistics.select(ranks, second_read),
                                  np.sort(values)[ranks])
    # the quintile breaks: numpy's linear quantiles, from the selected order statistics
    breaks = quantile_breaks(values.size, lambda r: statistics.select(r, second_read))
    np.testing.assert_allclose(breaks, np.quantile(values.astype(np.float64),
                                                   [0.2, 0.4, 0.6, 0.8]), rtol=1e-12)


def write_csv_inputs(folder, t):
    """The tables and the catalogue as the algorithm reads them."""
    bio, seasons = t.biophysical, t.seasons
    files = {name: os.path.join(folder, name + ".csv") for name in ("bio", "guild", "measures")}
    with open(files["bio"], "w") as f:
        f.write(",".join(["lucode"] + ["nesting_%s_availability_index" % n for n in t.substrates]
                         + ["floral_resources_%s_index" % j for j in seasons]) + "\n")
        for i, code in enumerate(bio.codes):
            f.write(",".join([str(code)] + ["%.17g" % bio.nesting[n][i] for n in t.substrates]
                             + ["%.17g" % bio.floral[j][i] for j in seasons]) + "\n")
    with open(files["guild"], "w") as f:
        f.write(",".join(["species"] + ["nesting_suitability_%s_index" % n for n in t.substrates]
                         + ["foraging_activity_%s_index" % j for j in seasons]
                         + ["alpha", "relative_abundance"]) + "\n")
        for g in t.guilds:
            f.write(",".join([g.species] + ["%.17g" % g.nesting[n] for n in t.substrates]
                             + ["%.17g" % g.foraging[j] for j in seasons]
                             + ["%.17g" % g.alpha, "%.17g" % g.relative_abundance]) + "\n")
    with open(files["measures"], "w") as f:
        f.write(",".join(["id", "code", "name_nl", "name_en", "geometry", "width_m", "linear",
                          "lucodes"]
                         + ["nesting_%s_availability_index" % n for n in t.substrates]
                         + ["floral_resources_%s_index" % j for j in seasons]) + "\n")
        for m in MEASURES:
            f.write(",".join([str(m.id), m.code, m.code, m.code, "polygon",
                              "" if m.width_m is None else str(m.width_m), str(int(m.linear)),
                              "*" if m.lucodes is None else " ".join(map(str, sorted(m.lucodes)))]
                             + [str(m.nesting.get(n, "")) for n in t.substrates]
                             + [str(m.floral.get(j, "")) for j in seasons]) + "\n")
    return files


def test_processing_setting_tiles_the_algorithm(provider, inputs, tmp_path, plans):
    """The algorithm passes the provider's budget: at 1 MiB its run is tiled, and its rasters,
    gain files and parcel ranking are those of the untiled run."""
    import processing
    from osgeo import ogr, osr
    from processing.core.ProcessingConfig import ProcessingConfig

    from zoemzone_plugin.engine.io import tiling
    from zoemzone_plugin.settings import MEMORY_SETTING
    seen, _ = plans
    files = write_csv_inputs(str(tmp_path), tables())
    grid = read_landuse(inputs["landuse"])[2]
    x0, y0 = grid.geotransform[0], grid.geotransform[3]
    parcels = str(tmp_path / "parcels.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(parcels)
    srs = osr.SpatialReference(wkt=grid.wkt)
    layer = ds.CreateLayer("parcels", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    corners = [(row, col) for row in range(0, ROWS, 30) for col in range(0, COLS, 37)]
    for k, (row, col) in enumerate(corners):
        left, top = x0 + 10 * col, y0 - 10 * row        # edges on cell edges
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", 10 + k)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
                left, top, left + 370, top, left + 370, top - 300, left, top - 300, left, top)))
        layer.CreateFeature(feature)
    ds = None
    outputs = {}
    for label, budget in (("untiled", None), ("tiled", 1)):
        if budget is not None:
            ProcessingConfig.setSettingValue(MEMORY_SETTING, budget)
        try:
            folder = tmp_path / label
            folder.mkdir()
            outputs[label] = processing.run("zoemzone:kansenkaart", {
                "LANDUSE": inputs["landuse"], "BIOPHYSICAL_TABLE": files["bio"],
                "GUILD_TABLE": files["guild"], "MEASURES_CATALOGUE": files["measures"],
                "PARCELS": parcels, "FOOD_THRESHOLD": 0.3,
                "MEASURE_GAINS": str(folder / "gains"), "PARCEL_RANKING": "memory:",
                **{name: str(folder / (name.lower() + ".tif")) for name in OUTPUTS}})
        finally:
            ProcessingConfig.setSettingValue(MEMORY_SETTING,
                                             int(tiling.default_memory_budget_mb()))
    assert seen and len(seen[0]) > 4
    untiled, tiled = outputs["untiled"], outputs["tiled"]
    for name in OUTPUTS:
        assert_same_raster(untiled[name], tiled[name])
    for m in MEASURES:
        assert_same_raster(os.path.join(untiled["MEASURE_GAINS"], m.code + ".tif"),
                           os.path.join(tiled["MEASURE_GAINS"], m.code + ".tif"))
    fields = ("id", "rank", "best_measure", "cells")
    rows = {label: sorted(([f[k] for k in fields], f["score_sum"])
                          for f in outputs[label]["PARCEL_RANKING"].getFeatures())
            for label in outputs}
    assert len(rows["untiled"]) == 4 * 5
    assert [r for r, _ in rows["tiled"]] == [r for r, _ in rows["untiled"]]
    np.testing.assert_allclose([s for _, s in rows["tiled"]],
                               [s for _, s in rows["untiled"]], rtol=1e-5)
