"""Tiled cost distance against the untiled run (issue 6: cost paths across tile borders).

No halo makes a tile's least costs exact, so the tiled run solves tiles again until no
border cell changes (see engine/network/costdistance_runner.py). These tests force many small tiles
on small rasters whose least-cost paths wind in and out of tiles many times (a spiral of
walls with gaps, walls of nodata and of cost 0, sources on tile borders and corners) and
compare the tiled distances in float64 with the untiled engine's (1e-9 relative) and the
written rasters with the untiled run's. The plan and the number of tile solves are spied
on, to show that the run was tiled and that tiles were solved again and again.
"""
import math
import os
import tempfile

import numpy as np
import pytest
from conftest import Recorder, peak_bytes
from osgeo import gdal, ogr, osr

from test_costdistance import blocky_case, unexplained_allocations
from zoemzone_plugin.engine.io import tiling
from zoemzone_plugin.engine.network import costdistance_runner as costdistance_tiled
from zoemzone_plugin.engine.network.costdistance import CostSurface, accumulated_cost
from zoemzone_plugin.engine.network.costdistance_runner import cost_distance_to_files, window_bytes
from zoemzone_plugin.engine.errors import Cancelled, InputError
from zoemzone_plugin.engine.io.gdalio import read_band

REL = 1e-9
TINY_MB = 1e-6          # below any window's need: tiles of tiling.MIN_TILE
ORIGIN = (155000.0, 463000.0)
CELL = 10.0


@pytest.fixture
def small_tiles(monkeypatch):
    """Tiles of 16 cells, so that a 90 x 110 raster has 42 of them."""
    monkeypatch.setattr(tiling, "MIN_TILE", 16)
    return 16


@pytest.fixture
def spy(monkeypatch):
    """The plan, the tile solves and the float64 distances and allocations of tiled runs."""
    seen = {"plans": [], "solves": [], "dist": None, "alloc": None}
    plan_tiles, solve_tile = costdistance_tiled.plan_tiles, costdistance_tiled.solve_tile
    write_tiles = costdistance_tiled._write_tiles

    def plan(*args):
        seen["plans"].append(plan_tiles(*args))
        return seen["plans"][-1]

    def solve(reader, tile, *args):
        seen["solves"].append((tile.row, tile.col))
        return solve_tile(reader, tile, *args)

    def write(dist, alloc, *args):
        seen["dist"] = dist[:, :]
        seen["alloc"] = None if alloc is None else alloc[:, :]
        return write_tiles(dist, alloc, *args)
    monkeypatch.setattr(costdistance_tiled, "plan_tiles", plan)
    monkeypatch.setattr(costdistance_tiled, "solve_tile", solve)
    monkeypatch.setattr(costdistance_tiled, "_write_tiles", write)
    return seen


def rd_new():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    return srs.ExportToWkt()


def write_raster(path, array, nodata=None):
    kind = gdal.GDT_Int32 if array.dtype.kind in "iu" else gdal.GDT_Float32
    ds = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1,
                                              kind)
    ds.SetGeoTransform((ORIGIN[0], CELL, 0.0, ORIGIN[1], 0.0, -CELL))
    ds.SetProjection(rd_new())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None
    return str(path)


def write_cost(path, cost):
    """Float32 cost with nodata -9999 at NaN; returns the path and the cost as the engine
    reads it (float64 of the float32 values, NaN at nodata)."""
    stored = np.where(np.isnan(cost), -9999.0, cost).astype(np.float32)
    write_raster(path, stored, nodata=-9999.0)
    return str(path), np.where(stored == -9999.0, np.nan, stored).astype(np.float64)


def spiral(rows, cols, step=4):
    """Rings of walls round the centre, each with one gap on the side after the last one's,
    so the only way out winds round every ring (and in and out of every tile it crosses)."""
    cost = np.ones((rows, cols))
    cy, cx = rows // 2, cols // 2
    for k, ring in enumerate(range(2, max(rows, cols), step)):
        top, bottom, left, right = cy - ring, cy + ring, cx - ring, cx + ring
        for r in (top, bottom):
            if 0 <= r < rows:
                cost[r, max(left, 0):min(right, cols - 1) + 1] = np.nan
        for c in (left, right):
            if 0 <= c < cols:
                cost[max(top, 0):min(bottom, rows - 1) + 1, c] = np.nan
        gap = [(top, cx), (cy, right), (bottom, cx), (cy, left)][k % 4]
        if 0 <= gap[0] < rows and 0 <= gap[1] < cols:
            cost[gap] = 1.0
    return cost


def untiled(cost, sources, max_cost=None):
    """The untiled engine in float64, on the cost as the files hold it."""
    return accumulated_cost(cost, sources, CELL, max_cost)


def assert_same_distances(seen, distance, allocation, max_cost=None):
    """The tiled run's float64 result (inf where unreached) against the untiled one's."""
    got = seen["dist"].copy()
    unreached = ~np.isfinite(got)
    if max_cost is not None:
        unreached |= got > max_cost
    got[unreached] = np.nan
    reached = np.isfinite(distance)
    np.testing.assert_array_equal(np.isnan(got), ~reached)
    np.testing.assert_allclose(got[reached], distance[reached], rtol=REL, atol=0)
    if allocation is not None:
        np.testing.assert_array_equal(np.where(reached, seen["alloc"], 0), allocation)


def assert_same_files(first, second, labels=False):
    a, a_valid, _ = read_band(first)
    b, b_valid, _ = read_band(second)
    np.testing.assert_array_equal(a_valid, b_valid)
    if labels:
        np.testing.assert_array_equal(a, b)
    else:       # float32 of float64s equal to 1e-13: at most one float32 step apart
        np.testing.assert_allclose(b[b_valid], a[a_valid], rtol=2.0 ** -23, atol=0)


def run_both(tmp_path, cost_path, max_cost=None, **sources):
    """Untiled and tiled runs to files: {label: (distance path, allocation path)}."""
    out = {}
    for label, budget in (("untiled", None), ("tiled", TINY_MB)):
        paths = (str(tmp_path / (label + "_d.tif")), str(tmp_path / (label + "_a.tif")))
        cost_distance_to_files(cost_path, *paths, max_cost=max_cost, memory_budget_mb=budget,
                               **sources)
        out[label] = paths
    assert_same_files(out["untiled"][0], out["tiled"][0])
    assert_same_files(out["untiled"][1], out["tiled"][1], labels=True)
    return out


def test_spiral_maze_with_several_sources(tmp_path, small_tiles, spy):
    rng = np.random.default_rng(1)
    walls = spiral(90, 110)
    cost = np.where(np.isnan(walls), np.nan, rng.uniform(1.0, 3.0, walls.shape))
    cost[np.isnan(walls) & (rng.random(walls.shape) < 0.5)] = 0.0   # walls of cost 0 too
    sources = np.zeros(cost.shape, np.int32)
    sources[45, 55] = 1           # the centre
    sources[3, 3] = 2             # outside the rings' reach in one corner
    sources[80, 100] = 3
    sources[32, 47] = 4           # on a tile's corner (tiles of 16: rows 32, cols 32/48)
    cost[32, 47] = 2.0
    cost_path, cost = write_cost(tmp_path / "cost.tif", cost)
    source_path = write_raster(tmp_path / "sources.tif", sources, nodata=0)
    run_both(tmp_path, cost_path, source_raster=source_path)
    plan = spy["plans"][0]
    assert len(plan) == 6 * 7 and plan[0].rows == small_tiles
    # paths wind in and out of the tiles: most tiles are solved again, some many times
    solves = {cell: spy["solves"].count(cell) for cell in set(spy["solves"])}
    assert len(solves) == len(plan) and len(spy["solves"]) > 4 * len(plan)
    assert max(solves.values()) >= 8
    distance, allocation = untiled(cost, sources)
    assert_same_distances(spy, distance, allocation)
    # paths wind round the rings: longer than the costliest straight line across the raster
    assert np.nanmax(distance) > 3.0 * CELL * math.hypot(90, 110)


def test_walls_with_gaps_and_max_cost(tmp_path, small_tiles, spy):
    rng = np.random.default_rng(4)
    cost = rng.uniform(0.2, 20.0, (90, 110))
    cost[rng.random(cost.shape) < 0.12] = 0.0
    cost[rng.random(cost.shape) < 0.05] = np.nan
    for k, c in enumerate(range(7, 110, 13)):       # walls across, one gap each, alternating
        cost[:, c] = np.nan if k % 2 else -1.0
        cost[5 if k % 2 else 84, c] = 1.0
    sources = np.zeros(cost.shape, np.int32)
    for sid, (r, c) in enumerate([(10, 3), (80, 60), (47, 100), (16, 16), (63, 31)], start=1):
        sources[r, c] = sid
        cost[r, c] = 1.0
    cost_path, cost = write_cost(tmp_path / "cost.tif", cost)
    full, _ = untiled(cost, sources)
    values = np.unique(full[np.isfinite(full)])
    middle = int(len(values) * 0.6)
    limit = float(values[middle] + values[middle + 1]) / 2.0  # no cell within rounding of it
    distance, allocation = untiled(cost, sources, limit)
    assert np.isnan(distance).sum() > np.isnan(full).sum() + 1000
    source_path = write_raster(tmp_path / "sources.tif", sources, nodata=0)
    run_both(tmp_path, cost_path, limit, source_raster=source_path)
    assert len(spy["plans"][0]) == 42 and len(spy["solves"]) > 42
    assert_same_distances(spy, distance, allocation, limit)


def test_sources_on_tile_borders_walled_off_from_their_own_tile(tmp_path, monkeypatch, spy):
    """A source on its tile's last row and column, walled off from the rest of its tile, and
    another on a first row: only the neighbouring tiles can take their paths further."""
    monkeypatch.setattr(tiling, "MIN_TILE", 5)
    cost = np.ones((23, 27))
    cost[3, 0:5] = np.nan
    cost[0:4, 3] = np.nan         # source (4, 4) reaches only tiles to its right and below
    cost[4, 2] = cost[2, 4] = 0.0
    sources = np.zeros(cost.shape, np.int32)
    sources[4, 4] = 7
    sources[15, 12] = 9
    cost[14, 10:15] = np.nan      # a wall just above (15, 12), in the tile above it
    cost_path, cost = write_cost(tmp_path / "cost.tif", cost)
    source_path = write_raster(tmp_path / "sources.tif", sources, nodata=0)
    run_both(tmp_path, cost_path, source_raster=source_path)
    assert len(spy["plans"][0]) == 5 * 6
    distance, allocation = untiled(cost, sources)
    assert_same_distances(spy, distance, allocation)


def test_lower_from_a_ring_of_known_distances_gives_the_exact_inside():
    """The tile solve: with the exact distances on a window's ring (seeded along its rows at
    the top and bottom and along its columns at the sides) and nothing inside, the inside
    becomes exact, with no source inside."""
    rng = np.random.default_rng(7)
    cost = rng.uniform(0.5, 5.0, (60, 70))
    cost[rng.random(cost.shape) < 0.1] = np.nan
    cost[30, 5:] = np.nan                       # paths into the window from its sides only
    sources = np.zeros(cost.shape, np.int32)
    sources[2, 2], sources[58, 66], cost[2, 2], cost[58, 66] = 1, 2, 1.0, 1.0
    exact, owner = accumulated_cost(cost, sources, CELL)
    window = (slice(20, 45), slice(15, 51))
    d = np.where(np.isfinite(exact), exact, np.inf)[window].copy()
    a = owner[window].copy()
    d[1:-1, 1:-1], a[1:-1, 1:-1] = np.inf, 0
    finite = np.isfinite(d)
    rows_from = np.zeros_like(finite)
    rows_from[[0, -1], 1:-1] = finite[[0, -1], 1:-1]
    columns_from = np.zeros_like(finite)
    columns_from[:, [0, -1]] = finite[:, [0, -1]]
    for rows, columns in ((rows_from, columns_from), (rows_from | columns_from, None),
                          (np.zeros_like(finite), finite)):
        got, got_alloc = d.copy(), a.copy()
        CostSurface(cost[window], CELL).lower(got, got_alloc, rows, columns)
        inside = np.isfinite(exact[window][1:-1, 1:-1])
        np.testing.assert_array_equal(np.isfinite(got[1:-1, 1:-1]), inside)
        np.testing.assert_allclose(got[1:-1, 1:-1][inside], exact[window][1:-1, 1:-1][inside],
                                   rtol=REL, atol=0)
        np.testing.assert_array_equal(got_alloc[1:-1, 1:-1], owner[window][1:-1, 1:-1])


def test_feature_sources_burn_the_same_cells_in_tiles(tmp_path, small_tiles, spy):
    """Points (one on a tile's corner), a line and a polygon across tile borders: each
    window burns the cells of the whole raster's burn. (Not where a line or a polygon's
    edge runs exactly through cell corners: which of the cells there GDAL's all-touched
    rule takes depends on how GDAL splits the raster, even untiled, with its cache size.)"""
    rng = np.random.default_rng(9)
    walls = spiral(90, 110, 6)
    cost = np.where(np.isnan(walls), np.nan, rng.uniform(1.0, 4.0, walls.shape))
    cost_path, cost = write_cost(tmp_path / "cost.tif", cost)
    x0, y0 = ORIGIN

    def at(col, row):
        return x0 + col * CELL, y0 - row * CELL
    wkts = [(3, "POINT (%r %r)" % at(48, 32)),                       # a tile's corner
            (5, "POINT (%r %r)" % at(10.5, 80.5)),
            (8, "POINT (%r %r)" % at(100, 7)),
            (4, "LINESTRING (%r %r, %r %r)" % (at(60.2, 2.5) + at(95.7, 29.3))),
            (6, "POLYGON ((%r %r, %r %r, %r %r, %r %r))" % (at(14.3, 40.6) + at(20.2, 40.1)
                                                           + at(19.6, 49.7) + at(14.3, 40.6)))]
    features = [(i, ogr.CreateGeometryFromWkt(w).ExportToWkb()) for i, w in wkts]
    run_both(tmp_path, cost_path, source_features=features)
    assert len(spy["plans"][0]) == 42
    from zoemzone_plugin.engine.io.gdalio import RasterReader
    from zoemzone_plugin.engine.io.rasterize import burn_ids
    reader = RasterReader(cost_path)
    sources = burn_ids(reader.grid, features, all_touched=True)
    reader.close()
    assert set(np.unique(sources)) == {0, 3, 4, 5, 6, 8}
    distance, allocation = untiled(cost, sources)
    assert_same_distances(spy, distance, allocation)


def test_quality_raster_sources_are_judged_on_the_whole_raster(tmp_path, small_tiles, spy):
    """One fraction anywhere makes every nonzero cell source 1, in every tile, as untiled."""
    rng = np.random.default_rng(2)
    cost_path, cost = write_cost(tmp_path / "cost.tif", rng.uniform(1, 2, (90, 110)))
    quality = np.zeros((90, 110), np.float32)
    quality[5, 5], quality[40, 70], quality[85, 100] = 3.0, 2.0, 0.25   # 0.25: the last tile
    source_path = write_raster(tmp_path / "quality.tif", quality, nodata=-1.0)
    out = run_both(tmp_path, cost_path, source_raster=source_path)
    allocation, valid, _ = read_band(out["tiled"][1])
    assert valid.all() and set(np.unique(allocation)) == {1}
    assert_same_distances(spy, untiled(cost, (quality != 0).astype(np.int32))[0], None)


def test_allocations_differ_only_where_sources_tie(tmp_path, small_tiles, spy):
    """On a uniform cost many cells lie at exactly the same cost from two sources; there the
    tiled run may keep the other one, and only there."""
    cost = np.ones((90, 110))
    sources = np.zeros(cost.shape, np.int32)
    sources[20, 20], sources[20, 80], sources[70, 20], sources[70, 80] = 1, 2, 3, 4
    cost_path, cost = write_cost(tmp_path / "cost.tif", cost)
    source_path = write_raster(tmp_path / "sources.tif", sources, nodata=0)
    cost_distance_to_files(cost_path, str(tmp_path / "d.tif"), str(tmp_path / "a.tif"),
                           source_raster=source_path, memory_budget_mb=TINY_MB)
    distance, allocation = untiled(cost, sources)
    reached = np.isfinite(distance)
    np.testing.assert_allclose(spy["dist"][reached], distance[reached], rtol=REL, atol=0)
    # per source alone: its least cost to each cell (all cells are reached)
    alone = np.stack([untiled(cost, np.where(sources == sid, sid, 0))[0] for sid in range(1, 5)])
    assert reached.all()
    got = spy["alloc"]
    # the kept source reaches the cell at its least cost, whichever source that is
    kept = np.take_along_axis(alone, got[None] - 1, axis=0)[0]
    np.testing.assert_allclose(kept, distance, rtol=REL, atol=0)
    # so where tiled and untiled keep different sources, both reach it at the least cost
    ties = (np.abs(alone - distance) <= REL * distance).sum(axis=0) > 1
    assert ties.sum() > 20                          # the case has ties to get wrong
    assert np.all(ties[got != allocation])
    labels, _, _ = read_band(str(tmp_path / "a.tif"))
    np.testing.assert_array_equal(labels, np.where(reached, got, 0))


@pytest.mark.parametrize("seed", range(2))
def test_tiled_allocation_follows_the_paths(tmp_path, spy, seed):
    """As untiled (test_costdistance.test_allocation_follows_the_paths), in tiles of 64
    cells, whose rows are long enough for walk costs a thousand times a distance."""
    cost, sources = blocky_case(seed)
    cost_path, cost = write_cost(tmp_path / "cost.tif", cost)
    source_path = write_raster(tmp_path / "sources.tif", sources, nodata=0)
    cost_distance_to_files(cost_path, str(tmp_path / "d.tif"), str(tmp_path / "a.tif"),
                           source_raster=source_path, memory_budget_mb=TINY_MB)
    assert len(spy["plans"][-1]) > 1
    assert not unexplained_allocations(spy["dist"], spy["alloc"], cost, sources, CELL).any()
    labels, _, _ = read_band(str(tmp_path / "a.tif"))
    np.testing.assert_array_equal(labels, spy["alloc"])


def maze(tmp_path):
    walls = spiral(90, 110)
    cost_path, _ = write_cost(tmp_path / "cost.tif", np.where(np.isnan(walls), np.nan, 1.5))
    sources = np.zeros(walls.shape, np.int32)
    sources[45, 55] = 1
    return cost_path, write_raster(tmp_path / "sources.tif", sources, nodata=0)


def test_progress_rises_to_100_and_cancel_leaves_nothing(tmp_path, small_tiles, spy,
                                                        monkeypatch):
    cost_path, source_path = maze(tmp_path)
    folders = []
    mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp",
                        lambda **kw: folders.append(mkdtemp(dir=str(tmp_path), **kw))
                        or folders[-1])
    done = Recorder()
    cost_distance_to_files(cost_path, str(tmp_path / "d.tif"), str(tmp_path / "a.tif"),
                           source_raster=source_path, feedback=done, memory_budget_mb=TINY_MB)
    assert done.seen == sorted(done.seen) and done.seen[-1] == pytest.approx(100.0)
    # the passes' share moves by tile solves, not in one jump
    assert len({round(p) for p in done.seen if 5 < p < 95}) > 30
    assert not os.path.exists(folders[-1])
    solves = len(spy["solves"])
    for cancel_after in (3, done.calls // 2):       # while seeding, while solving
        spy["solves"].clear()
        output = tmp_path / ("cancelled%d.tif" % cancel_after)
        with pytest.raises(Cancelled):
            cost_distance_to_files(cost_path, str(output), None, source_raster=source_path,
                                   feedback=Recorder(lambda r, after=cancel_after: r.calls > after),
                                   memory_budget_mb=TINY_MB)
        assert not output.exists() and not os.path.exists(folders[-1])
        assert len(spy["solves"]) < solves


def test_refusals_in_tiled_runs(tmp_path, small_tiles):
    cost = np.ones((40, 50))
    cost[10, 10] = 0.0
    cost_path, _ = write_cost(tmp_path / "cost.tif", cost)
    sources = np.zeros(cost.shape, np.int32)
    sources[10, 10] = 1                       # on a barrier: no source
    source_path = write_raster(tmp_path / "sources.tif", sources, nodata=0)
    with pytest.raises(InputError, match="No source lies on a passable cell"):
        cost_distance_to_files(cost_path, str(tmp_path / "d.tif"), source_raster=source_path,
                               memory_budget_mb=TINY_MB)
    with pytest.raises(InputError, match="maximum cost must be positive"):
        cost_distance_to_files(cost_path, str(tmp_path / "d.tif"), source_raster=source_path,
                               max_cost=0.0, memory_budget_mb=TINY_MB)
    other = tmp_path / "other.tif"
    write_raster(other, np.zeros((40, 51), np.int32))
    with pytest.raises(InputError, match="do not share one grid"):
        cost_distance_to_files(cost_path, str(tmp_path / "d.tif"), source_raster=str(other),
                               memory_budget_mb=TINY_MB)
    assert not (tmp_path / "d.tif").exists()


def test_memory_model_bounds_the_untiled_run_and_the_tiles(tmp_path, monkeypatch):
    """The budget decisions rest on window_bytes: it must bound the untiled run (without
    overestimating much) and each tile's window, on a raster where the budget is less than
    one whole float64 layer. (A uniform cost: few sweeps, as tracemalloc slows them.)"""
    cost_path, _ = write_cost(tmp_path / "cost.tif", np.full((400, 360), 2.0))
    sources = np.zeros((400, 360), np.int32)
    sources[0, 0], sources[-1, -1] = 1, 2
    source_path = write_raster(tmp_path / "sources.tif", sources, nodata=0)
    budget_mb = window_bytes(114, 114) / 2 ** 20
    assert budget_mb < 400 * 360 * 8 / 2 ** 20
    plans = []         # (not the spy fixture: its copies of the whole raster would count)
    plan_tiles = costdistance_tiled.plan_tiles
    monkeypatch.setattr(costdistance_tiled, "plan_tiles",
                        lambda *args: plans.append(plan_tiles(*args)) or plans[-1])
    peaks = []
    for label, budget in (("untiled", None), ("tiled", budget_mb)):
        peaks.append(peak_bytes(lambda: cost_distance_to_files(
            cost_path, str(tmp_path / (label + ".tif")), str(tmp_path / (label + "_a.tif")),
            source_raster=source_path, memory_budget_mb=budget)))
    estimate = window_bytes(400, 360)
    assert 0.7 * estimate <= peaks[0] <= estimate
    assert len(plans) == 1 and len(plans[0]) == 4 * 4 and plans[0][0].rows == 112
    assert peaks[1] <= budget_mb * 2 ** 20, "peak %.2f MB > budget %.2f MB" % (
        peaks[1] / 2 ** 20, budget_mb)
    assert_same_files(str(tmp_path / "untiled.tif"), str(tmp_path / "tiled.tif"))
    assert_same_files(str(tmp_path / "untiled_a.tif"), str(tmp_path / "tiled_a.tif"),
                      labels=True)


def write_source_layer(path):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = ds.CreateLayer("sources", srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    x0, y0 = ORIGIN
    for fid, wkt in ((2, "POINT (%r %r)" % (x0 + 480.0, y0 - 320.0)),
                     (5, "POINT (%r %r)" % (x0 + 551.0, y0 - 451.0)),
                     (7, "LINESTRING (%r %r, %r %r)" % (x0 + 23.7, y0 - 851.3,
                                                         x0 + 296.1, y0 - 883.9))):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", fid)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def test_processing_algorithm_tiled_under_a_low_budget(plugin, tmp_path, small_tiles, spy,
                                                       monkeypatch):
    """The algorithm passes the provider's budget: forced low, its run is tiled and its
    layers are those of the untiled run, from vector and from raster sources."""
    import processing

    from zoemzone_plugin.algorithms.base import ZoemZoneAlgorithm
    rng = np.random.default_rng(5)
    walls = spiral(90, 110, 5)
    cost_path, _ = write_cost(tmp_path / "cost.tif",
                              np.where(np.isnan(walls), np.nan, rng.uniform(1, 3, walls.shape)))
    source_layer = write_source_layer(tmp_path / "sources.gpkg")
    raster = np.zeros(walls.shape, np.int32)
    raster[45, 55], raster[10, 100] = 4, 9
    source_raster = write_raster(tmp_path / "sources.tif", raster, nodata=0)
    outputs = {}
    for label, budget in (("untiled", None), ("tiled", TINY_MB)):
        if budget is not None:
            monkeypatch.setattr(ZoemZoneAlgorithm, "memory_budget_mb",
                                staticmethod(lambda: TINY_MB))
        for name, sources, max_cost in (("vector", source_layer, None),
                                        ("raster", source_raster, 3000.0)):
            params = {"COST": cost_path, "SOURCES": sources,
                      "OUTPUT": str(tmp_path / ("%s_%s.tif" % (label, name))),
                      "ALLOCATION": str(tmp_path / ("%s_%s_a.tif" % (label, name)))}
            if max_cost:
                params["MAX_COST"] = max_cost
            outputs[label, name] = processing.run("zoemzone:costdistance", params)
        assert len(spy["plans"]) == (2 if budget else 0)
    assert len(spy["plans"][0]) == 42 and len(spy["solves"]) > 2 * 42
    for name in ("vector", "raster"):
        assert_same_files(outputs["untiled", name]["OUTPUT"], outputs["tiled", name]["OUTPUT"])
        assert_same_files(outputs["untiled", name]["ALLOCATION"],
                          outputs["tiled", name]["ALLOCATION"], labels=True)
    labels, _, _ = read_band(outputs["tiled", "vector"]["ALLOCATION"])
    assert set(np.unique(labels)) >= {2, 5, 7}
    capped, valid, _ = read_band(outputs["tiled", "raster"]["OUTPUT"])
    assert valid.any() and np.all(capped[valid] <= 3000.0) and not valid.all()
