"""Tiled seasonal food gaps and resistance surface against the untiled runs (issue 6).

A tiny memory budget forces many tiles. Food gaps need a halo of the widest kernel's radius,
here wider than a tile, so a tile's gaps depend on land use several tiles away; the gap
counts (Int16) and the summary must equal the untiled run exactly. The resistance surface is
a per-cell lookup: its tiles have no halo, and its float32 values must be equal to the bit.
"""
import os

import numpy as np
import pytest
from conftest import Recorder, peak_bytes, record_plans
from osgeo import gdal
from test_tiling import TINY_MB, random_landscape, random_tables

from zoemzone_plugin.engine.io import tiling
from zoemzone_plugin.engine.kansenkaart import foodgaps_runner
from zoemzone_plugin.engine.errors import Cancelled, TableError
from zoemzone_plugin.engine.kansenkaart.foodgaps import GAP_NODATA, seasonal_food_gaps, window_bytes
from zoemzone_plugin.engine.kansenkaart.foodgaps_runner import food_gaps_to_file
from zoemzone_plugin.engine.io.gdalio import read_band, read_landuse
from zoemzone_plugin.engine.pollination.outputs import kernel_radius
from zoemzone_plugin.engine.network.resistance import BYTES_PER_CELL, resistance_to_file

THRESHOLD = 0.35     # on these tables, every guild has nest cells with and without gaps
RESISTANCE = {1: 1.0, 2: 5.0, 5: 0.0, 11: 20.0, 20: -1.0, 61: 2.5}   # 5 and 20: barriers


@pytest.fixture
def plans(monkeypatch):
    return record_plans(monkeypatch, tiling)


def assert_same_raster(path, other):
    """Equal bands (to the bit), nodata, band names and statistics."""
    a, b = gdal.Open(path), gdal.Open(other)
    assert b.RasterCount == a.RasterCount
    for index in range(1, a.RasterCount + 1):
        want, got = a.GetRasterBand(index), b.GetRasterBand(index)
        assert got.GetDescription() == want.GetDescription()
        assert got.GetNoDataValue() == want.GetNoDataValue()
        assert got.DataType == want.DataType
        np.testing.assert_array_equal(got.ReadAsArray(), want.ReadAsArray())
        np.testing.assert_allclose(got.GetStatistics(False, False),
                                   want.GetStatistics(False, False), rtol=1e-9, atol=1e-9)


def gaps_run(landuse, tables, path, budget=None, feedback=None, seasons_path=None):
    return food_gaps_to_file(landuse, tables, THRESHOLD, path, feedback, "gaps",
                             memory_budget_mb=budget, seasons_path=seasons_path)


def test_food_gaps_tiled_equal_untiled(tmp_path, plans):
    # widest kernel radius 60 cells against tiles of 64: each tile's window reaches across
    # its neighbours, and inner windows end inside the raster (the halo, not the edge, counts)
    tables = random_tables([30.0, 120.0, 60.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 400, 360)
    untiled = gaps_run(landuse, tables, str(tmp_path / "untiled.tif"),
                       seasons_path=str(tmp_path / "untiled_seasons.tif"))
    assert not plans
    tiled = gaps_run(landuse, tables, str(tmp_path / "tiled.tif"), TINY_MB,
                     seasons_path=str(tmp_path / "tiled_seasons.tif"))
    plan = plans[0]
    assert len(plan) == 7 * 6 and plan[0].rows == tiling.MIN_TILE
    assert kernel_radius(tables, 10.0) == 60
    assert all(t.win_rows == min(400, t.row + t.rows + 60) - max(0, t.row - 60) for t in plan)
    assert any(t.win_row > 0 and t.win_col > 0 and t.win_row + t.win_rows < 400
               and t.win_col + t.win_cols < 360 for t in plan)
    assert_same_raster(str(tmp_path / "untiled.tif"), str(tmp_path / "tiled.tif"))
    assert_same_raster(str(tmp_path / "untiled_seasons.tif"),
                       str(tmp_path / "tiled_seasons.tif"))
    assert tiled[1] == untiled[1] and tiled[2] == untiled[2]
    assert list(tiled[2]) == list(untiled[2])        # the summary's order too
    # the untiled file is the in-memory model's result, and its gaps are not trivial
    lu, valid, grid = read_landuse(landuse)
    gaps, summary = seasonal_food_gaps(lu, valid, grid.pixel_size, tables, THRESHOLD)
    assert summary == untiled[2]
    for band, (species, gap) in enumerate(gaps.items(), start=1):
        np.testing.assert_array_equal(read_band(str(tmp_path / "tiled.tif"), band)[0], gap)
        assert untiled[1][species] == int(np.count_nonzero(gap != GAP_NODATA))
        assert (gap == GAP_NODATA).any() and (gap == 0).any() and (gap > 0).any()
        # the seasons raster: each bit set where its season is a gap, as many as counted
        masks = read_band(str(tmp_path / "tiled_seasons.tif"), band)[0]
        np.testing.assert_array_equal(masks == GAP_NODATA, gap == GAP_NODATA)
        bits = [(masks >> i) & 1 for i in range(len(tables.seasons))]
        np.testing.assert_array_equal(np.where(gap == GAP_NODATA, GAP_NODATA, sum(bits)), gap)
        for i, season in enumerate(tables.seasons):
            if (species, season) in summary:
                assert summary[(species, season)] == int(bits[i][gap != GAP_NODATA].sum())
            else:
                assert not bits[i][gap != GAP_NODATA].any()     # the guild does not fly
    assert sum(0 < cells < untiled[1][species] for (species, _), cells in summary.items()) == 8


def test_food_gaps_progress_and_cancel_between_and_within_tiles(tmp_path, plans, monkeypatch):
    tables = random_tables([30.0, 60.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 200, 200)
    runs = []
    real = foodgaps_runner.season_gaps
    monkeypatch.setattr(foodgaps_runner, "season_gaps",
                        lambda *a, **k: (runs.append(1), real(*a, **k))[1])

    done = Recorder()
    gaps_run(landuse, tables, str(tmp_path / "all.tif"), TINY_MB, done)
    assert len(runs) == len(plans[0]) == 16
    assert done.seen == sorted(done.seen) and done.seen[-1] == pytest.approx(100.0)
    assert len(set(done.seen)) > 16           # within tiles too, per season and kernel
    runs.clear()
    with pytest.raises(Cancelled):
        gaps_run(landuse, tables, str(tmp_path / "cancelled.tif"), TINY_MB,
                 Recorder(lambda _: len(runs) >= 2))
    assert len(runs) == 2                     # stopped inside the second tile


def test_food_gaps_codes_are_checked_before_any_output(tmp_path, plans):
    tables = random_tables([30.0])
    tables.biophysical.codes[tables.biophysical.codes == 61] = 62
    landuse = random_landscape(str(tmp_path / "lu.tif"), 200, 200)
    for budget in (None, TINY_MB):
        out = str(tmp_path / ("gaps_%s.tif" % budget))
        with pytest.raises(TableError, match=r"1 code\(s\) that bio.csv does not describe: 61"):
            gaps_run(landuse, tables, out, budget)
        assert not os.path.exists(out)


def test_food_gaps_memory_model_bounds_the_run_and_the_tiled_run_stays_within_budget(
        tmp_path, plans):
    tables = random_tables([30.0, 150.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 500, 400, seed=2)
    peak = peak_bytes(lambda: gaps_run(landuse, tables, str(tmp_path / "untiled.tif")))
    estimate = window_bytes(500, 400, kernel_radius(tables, 10.0), 2)
    assert 0.7 * estimate <= peak <= estimate
    # 2000 x 2000 cells and small kernels: the land use alone (Int16) exceeds the budget
    tables = random_tables([10.0, 20.0])
    landuse = random_landscape(str(tmp_path / "big.tif"), 2000, 2000, holes=False)
    radius = kernel_radius(tables, 10.0)
    budget_mb = window_bytes(256 + 2 * radius, 256 + 2 * radius, radius, 2) / 2 ** 20
    assert budget_mb < 2000 * 2000 * 2 / 2 ** 20
    peak = peak_bytes(lambda: gaps_run(landuse, tables, str(tmp_path / "tiled.tif"),
                                       budget_mb))
    assert len(plans[0]) == 8 * 8 and plans[0][0].rows == 256
    assert peak <= budget_mb * 2 ** 20, "peak %.1f MB > budget %.1f MB" % (
        peak / 2 ** 20, budget_mb)


def resistance_table(tmp_path):
    path = str(tmp_path / "resistance.csv")
    with open(path, "w") as f:
        f.write("lucode;resistance\n")
        f.writelines("%d;%s\n" % (code, str(value).replace(".", ","))
                     for code, value in RESISTANCE.items())
    return path


def test_resistance_tiled_equals_untiled(tmp_path, plans):
    landuse = random_landscape(str(tmp_path / "lu.tif"), 300, 270)
    table = resistance_table(tmp_path)
    untiled = resistance_to_file(landuse, table, str(tmp_path / "untiled.tif"))
    assert not plans
    tiled = resistance_to_file(landuse, table, str(tmp_path / "tiled.tif"),
                               memory_budget_mb=TINY_MB)
    assert len(plans[0]) == 5 * 5
    assert all(t.win_rows == t.rows and t.win_cols == t.cols for t in plans[0])
    assert_same_raster(str(tmp_path / "untiled.tif"), str(tmp_path / "tiled.tif"))
    lu, valid, _ = read_landuse(landuse)
    got, got_valid, _ = read_band(str(tmp_path / "tiled.tif"))
    barrier = valid & np.isin(lu, [5, 20])
    assert tiled == untiled == int(barrier.sum()) > 0
    np.testing.assert_array_equal(got_valid, valid & ~barrier)
    for code, value in RESISTANCE.items():
        if value > 0:
            assert (got[valid & (lu == code)] == np.float32(value)).all()


def test_resistance_memory_model_and_bounded_tiled_run(tmp_path, plans):
    table = resistance_table(tmp_path)
    landuse = random_landscape(str(tmp_path / "lu.tif"), 500, 400, holes=False)
    peak = peak_bytes(lambda: resistance_to_file(landuse, table,
                                                 str(tmp_path / "untiled.tif")))
    assert 0.6 * BYTES_PER_CELL * 500 * 400 <= peak <= BYTES_PER_CELL * 500 * 400
    # 1500 x 1500 cells in a budget of about two 256 x 256 windows: the whole float32 layer
    # alone (9 MB) would not fit
    landuse = random_landscape(str(tmp_path / "big.tif"), 1500, 1500, holes=False)
    budget_mb = 2 * BYTES_PER_CELL * 256 * 256 / 2 ** 20
    peak = peak_bytes(lambda: resistance_to_file(landuse, table, str(tmp_path / "tiled.tif"),
                                                 memory_budget_mb=budget_mb))
    assert plans[0][0].rows == 256 and len(plans[0]) == 6 * 6
    assert peak <= budget_mb * 2 ** 20, "peak %.1f MB > budget %.1f MB" % (
        peak / 2 ** 20, budget_mb)
    resistance_to_file(landuse, table, str(tmp_path / "whole.tif"))
    assert_same_raster(str(tmp_path / "whole.tif"), str(tmp_path / "tiled.tif"))


def test_algorithms_follow_the_processing_budget(provider, tmp_path, plans):
    """Both algorithms keep their parameters and outputs; with a tiny budget setting their
    outputs (and the food gap summary) are those of the untiled run."""
    import processing
    from processing.core.ProcessingConfig import ProcessingConfig

    from zoemzone_plugin.settings import MEMORY_SETTING
    landuse = random_landscape(str(tmp_path / "lu.tif"), 200, 180)
    bio = str(tmp_path / "bio.csv")
    with open(bio, "w") as f:
        f.write("lucode,nesting_ground_availability_index,floral_resources_spring_index,"
                "floral_resources_summer_index\n")
        f.writelines("%d,%.2f,%.2f,%.2f\n" % (code, (code % 5) / 4.0, (code % 3) / 2.0,
                                               (code % 4) / 3.0)
                     for code in (1, 2, 5, 11, 20, 61))
    guild = str(tmp_path / "guild.csv")
    with open(guild, "w") as f:
        f.write("species,nesting_suitability_ground_index,foraging_activity_spring_index,"
                "foraging_activity_summer_index,alpha,relative_abundance\n"
                "early,1,1,0,150,1\nlate,1,0.5,1,60,1\n")
    table = resistance_table(tmp_path)
    results = {}
    for label, budget in (("untiled", None), ("tiled", 1)):
        folder = tmp_path / label
        folder.mkdir()
        if budget is not None:
            ProcessingConfig.setSettingValue(MEMORY_SETTING, budget)
        try:
            gaps = processing.run("zoemzone:seasonalfoodgaps", {
                "LANDUSE": landuse, "BIOPHYSICAL_TABLE": bio, "GUILD_TABLE": guild,
                "FOOD_THRESHOLD": 0.35, "OUTPUT": str(folder / "gaps.tif"),
                "SUMMARY": "memory:"})
            resistance = processing.run("zoemzone:resistancesurface", {
                "LANDUSE": landuse, "TABLE": table, "OUTPUT": str(folder / "r.tif")})
        finally:
            ProcessingConfig.setSettingValue(MEMORY_SETTING,
                                             int(tiling.default_memory_budget_mb()))
        summary = [f.attributes() for f in gaps["SUMMARY"].getFeatures()]
        results[label] = (gaps["OUTPUT"], resistance["OUTPUT"], summary)
    assert len(plans) == 2 and len(plans[0]) > 4 and len(plans[1]) >= 4
    untiled, tiled = results["untiled"], results["tiled"]
    assert_same_raster(untiled[0], tiled[0])
    assert_same_raster(untiled[1], tiled[1])
    assert tiled[2] == untiled[2] and len(untiled[2]) == 3
    assert any(row[3] > 0 for row in untiled[2]) and any(row[3] < row[2] for row in untiled[2])
