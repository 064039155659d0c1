"""Tiled Bijenlandschap rules and habitat patches against the untiled run (issue 6).

A tiny memory budget forces the smallest tiles (patches) or strips (Bijenlandschap). What
crosses their borders is drawn on purpose: a snake-shaped patch through every tile, stepping
diagonally over the strip borders; a U whose arms meet only several tiles below their tops;
patches touching only at a tile's corner; flowers and nest sites on both sides of a border;
stepping stones strips away from the cells whose gap they decide. Labels, gaps, polygons and
the summary's figures must equal the untiled run's exactly (patch quality to float64
round-off). The building blocks (labelling across tiles, the distance transform in strips)
are checked against their whole-raster versions on random masks.
"""
import os

import numpy as np
import pytest
from conftest import Recorder, peak_bytes, record_plans
from osgeo import gdal, ogr, osr
from test_tiling import random_landscape, random_tables

from zoemzone_plugin.engine.bijenlandschap import runner as bijenlandschap_runner
from zoemzone_plugin.engine.io import tiling
from zoemzone_plugin.engine.network import patches
from zoemzone_plugin.engine.bijenlandschap.model import ALL_GUILDS, summary_html
from zoemzone_plugin.engine.bijenlandschap.runner import (IndexRasters, LanduseIndices,
                                                          bijenlandschap_to_files)
from zoemzone_plugin.engine.network.distance import StripDistances, edt
from zoemzone_plugin.engine.errors import Cancelled, EngineError
from zoemzone_plugin.engine.io.gdalio import BandWriter, Grid, read_band
from zoemzone_plugin.engine.network.patches import TiledLabels, label, patches_to_files

ogr.UseExceptions()
TINY_MB = 0.01      # below any window's need: the smallest tiles and strips
CELL = 10.0


def rd_new():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    return srs.ExportToWkt()


def grid_for(rows, cols, height=CELL, width=CELL):
    return Grid(cols, rows, (180000.0, width, 0.0, 320000.0, 0.0, -height), rd_new())


def write_bands(path, grid, bands):
    """A float32 GeoTIFF of {name: array} (NaN becomes nodata), in 128-cell blocks."""
    writer = BandWriter(path, grid, list(bands))
    for name, array in bands.items():
        writer.write(name, np.asarray(array, np.float32))
    writer.close()
    return path


def features(path):
    """(fields..., WKT) of every feature, in the layer's order."""
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName()
             for i in range(layer.GetLayerDefn().GetFieldCount())]
    out = [tuple(f.GetField(n) for n in names) + (f.GetGeometryRef().ExportToWkt(),)
           for f in layer]
    layer = ds = None
    return out


@pytest.fixture
def plans(monkeypatch):
    return record_plans(monkeypatch, bijenlandschap_runner, patches)


def reached(percent):
    """Cancel once the progress reaches ``percent``."""
    return lambda recorder: bool(recorder.seen) and recorder.seen[-1] >= percent


# --- the building blocks ------------------------------------------------------------------

@pytest.mark.parametrize("eight", [False, True])
def test_tiled_labels_join_the_components_of_the_whole_raster(eight):
    rng = np.random.default_rng(8)
    for _ in range(40):
        rows, cols = (int(n) for n in rng.integers(1, 70, 2))
        mask = rng.random((rows, cols)) < rng.choice([0.2, 0.45, 0.6, 0.9])
        whole, count = label(mask, eight)
        size = int(rng.integers(1, 20))
        tiles = TiledLabels(cols, eight, first_cells=True)
        provisional = np.zeros((rows, cols), np.int64)
        for tile in tiling.plan_tiles(rows, cols, size, 0):
            own, offset = tiles.add(tile, mask[tile.row:tile.row + tile.rows,
                                               tile.col:tile.col + tile.cols])
            provisional[tile.row:tile.row + tile.rows, tile.col:tile.col + tile.cols] = \
                np.where(own > 0, own + offset, 0)
        joined = tiles.roots()[provisional]
        # the same partition: one root per component and one component per root
        if count:
            pairs = np.unique(np.stack([whole[mask], joined[mask]]), axis=1)
            assert pairs.shape[1] == count == np.unique(joined[mask]).size
        # cells and first cells per provisional label are those of its own cells
        flat = provisional.ravel()
        assert np.array_equal(np.bincount(flat, minlength=tiles.count + 1)[1:], tiles.cells)
        firsts = [np.flatnonzero(flat == k)[0] for k in range(1, tiles.count + 1)]
        assert np.array_equal(firsts, tiles.first)


def test_strip_distances_equal_the_whole_transform():
    rng = np.random.default_rng(9)
    for trial in range(60):
        rows, cols = (int(n) for n in rng.integers(1, 60, 2))
        mask = rng.random((rows, cols)) < rng.choice([0.0, 0.002, 0.02, 0.2])
        cell = (CELL, CELL) if trial % 3 else (12.5, CELL)
        whole = edt(mask, cell)
        height = int(rng.integers(1, 15))
        strips = StripDistances(cols, cell)
        for row in range(0, rows, height):
            strips.scan(row, mask[row:row + height])
        got = np.vstack([strips.distances(row, mask[row:row + height])
                         for row in range(0, rows, height)])
        if cell[0] == cell[1]:
            assert np.array_equal(got, whole)      # the same integers, the same arithmetic
        else:
            assert np.array_equal(np.isinf(got), np.isinf(whole))
            np.testing.assert_allclose(got, whole, rtol=1e-14)


# --- habitat patches ----------------------------------------------------------------------

def patch_landscape(seed=1):
    """Suitability (float32, NaN nodata): a snake through every tile row and column, a U
    whose arms meet in the last tile row, two blocks touching only at a tile corner, and
    random blobs of random quality with nodata holes. Returns it with the cells of each."""
    rows, cols = 300, 280
    rng = np.random.default_rng(seed)
    blocks = rng.random((rows // 4 + 1, cols // 4 + 1)) < 0.3
    suit = np.where(np.kron(blocks, np.ones((4, 4)))[:rows, :cols] > 0,
                    rng.uniform(0.5, 1.0, (rows, cols)), rng.uniform(0.0, 0.4, (rows, cols)))
    suit[:, :150] = rng.uniform(0.0, 0.4, (rows, 150))     # room for the snake and the U
    suit[:, 185:250] = rng.uniform(0.0, 0.4, (rows, 65))
    snake = np.zeros((rows, cols), bool)
    for i, row in enumerate(range(5, 290, 20)):            # boustrophedon: lines joined at
        snake[row, 5:136] = True                             # alternate ends
        if row + 20 < 290:
            snake[row:row + 21, 135 if i % 2 == 0 else 5] = True
    u = np.zeros((rows, cols), bool)
    u[5:281, 200] = u[5:281, 240] = u[280, 200:241] = True
    corner = np.zeros((rows, cols), bool)
    corner[120:128, 184:192] = corner[128:136, 192:200] = True   # meet at (128, 192)
    habitat = snake | u | corner
    suit[habitat] = rng.uniform(0.5, 1.0, int(habitat.sum()))
    yy, xx = np.mgrid[0:rows, 0:cols]
    for cy, cx, r in ((60, 260, 9), (200, 270, 14), (290, 160, 6)):
        suit[(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = np.nan
    return suit.astype(np.float32), snake, u, corner


@pytest.mark.parametrize("eight", [False, True])
def test_patches_tiled_equal_untiled(tmp_path, plans, eight):
    suit, snake, u, corner = patch_landscape()
    path = write_bands(str(tmp_path / "suit.tif"), grid_for(*suit.shape), {"s": suit})
    runs = {}
    for name, budget in (("untiled", None), ("tiled", TINY_MB)):
        polygons, labels = str(tmp_path / (name + ".gpkg")), str(tmp_path / (name + ".tif"))
        count = patches_to_files(path, 1, 0.5, 3000.0, polygons, labels, eight,
                                 memory_budget_mb=budget)
        runs[name] = count, read_band(labels)[0], features(polygons)
    assert len(plans) == 2 and plans[0] == plans[1] and len(plans[0]) == 5 * 5
    (count, ids, polygons), (tiled_count, tiled_ids, tiled_polygons) = runs.values()
    assert tiled_count == count == len(polygons) > 5
    assert np.array_equal(tiled_ids, ids)
    # ids, areas, quality and outlines equal (the quality's sums of float32 values in
    # [0.5, 1) are exact in float64 whatever their order)
    assert tiled_polygons == polygons
    # the snake and the U (its arms joined in the last row of tiles) are one patch each
    assert np.unique(ids[snake]).size == 1 and ids[5, 5] > 0
    assert np.unique(ids[u]).size == 1 and ids[5, 200] > 0
    snake_patch = [p for p in polygons if p[0] == ids[5, 5]][0]
    assert snake_patch[1] == snake.sum() * CELL * CELL
    corner_ids = np.unique(ids[corner])
    assert corner_ids.size == (1 if eight else 2) and (corner_ids > 0).all()


def test_patch_ids_follow_the_first_cell_across_tiles(tmp_path, plans):
    # a U whose first cell (top of its right arm) is in the third tile, its left arm
    # starting in the second row of tiles, and a block whose first cell is a few rows below
    # in the second tile: the U is patch 1 as in the untiled run, although the block is
    # labelled first
    suit = np.zeros((200, 200), np.float32)
    suit[70:190, 30] = suit[9:190, 150] = suit[189, 30:151] = 1.0   # the U
    suit[20:30, 80:90] = 1.0                                          # a block inside it
    path = write_bands(str(tmp_path / "suit.tif"), grid_for(200, 200), {"s": suit})
    for name, budget in (("untiled", None), ("tiled", TINY_MB)):
        labels = str(tmp_path / (name + ".tif"))
        assert patches_to_files(path, 1, 0.5, 0.0, str(tmp_path / (name + ".gpkg")), labels,
                                memory_budget_mb=budget) == 2
        ids = read_band(labels)[0]
        assert ids[9, 150] == ids[70, 30] == 1 and ids[25, 85] == 2
    assert len(plans) == 2 and len(plans[0]) == 4 * 4


def test_patches_progress_and_cancel(tmp_path, plans):
    suit = patch_landscape(seed=3)[0]
    path = write_bands(str(tmp_path / "suit.tif"), grid_for(*suit.shape), {"s": suit})
    done = Recorder()
    patches_to_files(path, 1, 0.5, 0.0, str(tmp_path / "all.gpkg"), None, True, done,
                     memory_budget_mb=TINY_MB)
    assert len(plans[0]) == 25
    assert done.seen == sorted(done.seen) and done.seen[-1] == pytest.approx(100.0)
    polygons, labels = str(tmp_path / "cancelled.gpkg"), str(tmp_path / "cancelled.tif")
    with pytest.raises(Cancelled):
        patches_to_files(path, 1, 0.5, 0.0, polygons, labels, True, Recorder(reached(15)),
                         memory_budget_mb=TINY_MB)
    # cancelled while labelling: no raster and no polygons begun
    assert not os.path.exists(labels) and not os.path.exists(polygons)


# --- Bijenlandschap -----------------------------------------------------------------------

RULES = dict(flower_threshold=0.5, nest_threshold=0.5, window_m=310.0, min_flower_share=0.1,
             max_nest_food_m=150.0, stone_area_m2=50000.0, stone_spacing_m=600.0)
HALO = 15 + 15      # half the 31-cell window + the 15-cell nest-food distance


def bee_landscape(seed=2):
    """Floral and nesting indices of guilds 'a' and 'b' (NaN nodata), strips of 64 rows.

    Guild a: random flowers and nest sites in columns 0-79 (no stone: too small) with
    flowering blocks and nest sites on both sides of the strip borders; a U (arms in columns
    100 and 110 from row 55, 246 cells each, too small alone) joined by a bar at row 300, four
    strips below the arms' tops; a snake down column 150/151, stepping diagonally over every
    strip border, along row 325 and up column 175: the only two stepping stones (5 ha).
    Guild b: sparse flowers and nests only, so no stone at all. A nodata band crosses the
    border at row 128 beside the flowers."""
    rows, cols = 330, 200
    rng = np.random.default_rng(seed)
    floral = {g: np.zeros((rows, cols)) for g in "ab"}
    nesting = {g: np.zeros((rows, cols)) for g in "ab"}
    left = np.s_[:, :80]
    floral["a"][left] = rng.random((rows, 80)) < np.where(np.arange(rows) % 128 < 64, 0.08,
                                                          0.14)[:, None]
    nesting["a"][left] = rng.random((rows, 80)) < 0.02
    for top in (58, 122, 186, 250):                # blocks across the borders 64, 128, ...
        floral["a"][top:top + 12, 20:32] = 0.9
        nesting["a"][top + 14:top + 16, 40:42] = 0.8     # 90-230 m from the block
    stones = np.zeros((rows, cols), bool)
    stones[55:301, 100] = stones[55:301, 110] = stones[300, 100:111] = True       # the U
    for row in range(5, 326):
        stones[row, 150 + (row // 64) % 2] = True                                 # the snake
    stones[325, 150:176] = stones[5:326, 175] = True
    nesting["a"][stones] = 1.0
    floral["b"] = (rng.random((rows, cols)) < 0.03) * 0.7
    nesting["b"] = (rng.random((rows, cols)) < 0.01) * 0.9
    for layers in (floral, nesting):
        layers["a"][120:135, 60:96] = np.nan
    return floral, nesting, stones


def run_bee(tmp_path, name, source, names, budget, grid=None, feedback=None, **rules):
    gaps, areas = str(tmp_path / (name + "_gaps.tif")), str(tmp_path / (name + "_bnb.gpkg"))
    result = bijenlandschap_to_files(source, names, gaps, areas, feedback=feedback,
                                     memory_budget_mb=budget,
                                     elements_path=str(tmp_path / (name + "_elements.tif")),
                                     **dict(RULES, **rules))
    source.close()
    return result, gaps, areas


def bee_rasters(tmp_path, grid, floral, nesting):
    return (write_bands(str(tmp_path / "floral.tif"), grid, floral),
            write_bands(str(tmp_path / "nesting.tif"), grid, nesting))


def assert_same_bee_outputs(untiled, tiled, exact=True):
    (result, gaps, areas), (tiled_result, tiled_gaps, tiled_areas) = untiled, tiled
    assert list(tiled_result) == list(result)
    for band, name in enumerate(result, start=1):
        want, want_valid, _ = read_band(gaps, band)
        got, valid, _ = read_band(tiled_gaps, band)
        assert np.array_equal(valid, want_valid)
        assert np.array_equal(read_band(tiled_gaps.replace("_gaps", "_elements"), band)[0],
                              read_band(gaps.replace("_gaps", "_elements"), band)[0]), name
        if exact:
            assert np.array_equal(got, want), name
        else:
            np.testing.assert_allclose(got, want, rtol=1e-6)
        figures, tiled_figures = result[name].figures, tiled_result[name].figures
        if exact:
            assert tiled_figures == figures, name
        else:
            assert tiled_figures == pytest.approx(figures, rel=1e-6), name
    assert features(tiled_areas) == features(areas)
    if exact:
        assert summary_html(tiled_result, "t") == summary_html(result, "t")


def test_bijenlandschap_tiled_equals_untiled(tmp_path, plans):
    floral, nesting, stones = bee_landscape()
    grid = grid_for(330, 200)
    paths = bee_rasters(tmp_path, grid, floral, nesting)
    untiled = run_bee(tmp_path, "untiled", IndexRasters(*paths), ["a", "b"], None)
    assert not plans
    tiled = run_bee(tmp_path, "tiled", IndexRasters(*paths), ["a", "b"], TINY_MB)
    # three passes over six strips of 64 rows; the last one's windows have the halo
    assert len(plans) == 3 and all(len(p) == 6 for p in plans)
    assert all(t.win_row == max(0, t.row - HALO) and t.win_cols == 200 for t in plans[2])
    assert all(t.win_rows == t.rows for t in plans[0])
    assert_same_bee_outputs(untiled, tiled)
    result = tiled[0]
    assert result["a"].figures["stone_count"] == 2
    assert result["a"].figures["stone_ha"] == pytest.approx(stones.sum() * 0.01)
    assert result["b"].figures["stone_count"] == 0
    assert result["b"].figures["largest_gap_m"] == np.inf
    assert result[ALL_GUILDS].figures["stone_count"] == 2
    assert 0 < result["a"].figures["bnb_share"] < 1
    assert 0 < result["a"].figures["nest_near_food_share"] < 1
    gap_a = read_band(tiled[1], 1)[0]
    # the nearest stone of the last strip's corner is the U's bar four strips up
    assert gap_a[329, 0] == pytest.approx(CELL * np.hypot(29, 100), rel=1e-7)
    assert gap_a[310, 105] == 0.0                 # 100 m from the bar: no gap
    gap_b, valid, _ = read_band(tiled[1], 2)
    assert not valid[125, 70] and valid.sum() == 330 * 200 - 15 * 36
    assert np.all(gap_b[valid] == np.float32(np.hypot(330, 200) * CELL))


def test_bijenlandschap_tiled_with_wide_strips_and_long_gaps(tmp_path, plans):
    # strips of 25 m (an opening with 3 x 3 cells) and gaps of 700 m: the halo is the
    # bridges' 35 rows and the opening's 2, more than the B&B rule's 30
    floral, nesting, _ = bee_landscape()
    paths = bee_rasters(tmp_path, grid_for(330, 200), floral, nesting)
    rules = dict(min_strip_width_m=25.0, max_strip_gap_m=700.0)
    untiled = run_bee(tmp_path, "untiled", IndexRasters(*paths), ["a", "b"], None, **rules)
    tiled = run_bee(tmp_path, "tiled", IndexRasters(*paths), ["a", "b"], TINY_MB, **rules)
    assert all(t.win_row == max(0, t.row - 37) for t in plans[2])
    assert_same_bee_outputs(untiled, tiled)
    figures = tiled[0]["a"].figures
    assert 0 < figures["strip_ha"] < figures["connecting_ha"]
    assert figures["tankstation_count"] > 0


def test_bijenlandschap_tiled_with_a_strip_layer(tmp_path, plans):
    """The strip layer's cells and reach are taken per strip of rows: a 4 m polygon and a
    6 m line slanting over the borders at rows 64 and 128 and 110 m apart (two networks),
    and a 2 m line (too narrow) give the untiled outputs."""
    floral, nesting, _ = bee_landscape()
    paths = bee_rasters(tmp_path, grid_for(330, 200), floral, nesting)
    wkts = ["POLYGON((180903 319500, 180907 319500, 181007 318500, 181003 318500, "
            "180903 319500))", "LINESTRING(181117 319500, 181217 318500)",
            "LINESTRING(180500 319000, 180600 319000)"]
    strips = [(n, ogr.CreateGeometryFromWkt(wkt), width)
              for n, (wkt, width) in enumerate(zip(wkts, (None, 6.0, 2.0)), start=1)]
    untiled = run_bee(tmp_path, "untiled", IndexRasters(*paths), ["a", "b"], None,
                      strip_features=strips)
    tiled = run_bee(tmp_path, "tiled", IndexRasters(*paths), ["a", "b"], TINY_MB,
                    strip_features=strips)
    assert len(plans) == 3 and len(plans[2]) == 6
    assert_same_bee_outputs(untiled, tiled)
    assert tiled[0].strip_layer == untiled[0].strip_layer
    assert (tiled[0].strip_layer["strips"], tiled[0].strip_layer["networks"]) == (2, 2)
    elements = read_band(str(tmp_path / "tiled_elements.tif"), 2)[0]
    assert elements[60, 93] == elements[130, 100] == 3     # the polygon's cells, guild b


def test_bijenlandschap_tiled_with_rectangular_cells(tmp_path, plans):
    # cells 12.5 m high and 10 m wide: the halo counts rows of the cell height (the window
    # is 25 rows, the nest-food reach 12 rows); distances agree to float64 round-off
    floral, nesting, _ = bee_landscape(4)
    grid = grid_for(330, 200, height=12.5)
    paths = bee_rasters(tmp_path, grid, floral, nesting)
    untiled = run_bee(tmp_path, "untiled", IndexRasters(*paths), ["a", "b"], None)
    tiled = run_bee(tmp_path, "tiled", IndexRasters(*paths), ["a", "b"], TINY_MB)
    assert all(t.win_row == max(0, t.row - 12 - 12) for t in plans[2])
    assert_same_bee_outputs(untiled, tiled, exact=False)
    assert tiled[0]["a"].figures["bnb_ha"] == untiled[0]["a"].figures["bnb_ha"] > 0


def test_bijenlandschap_from_land_use_tiled_equals_untiled(tmp_path, plans):
    tables = random_tables([100.0, 300.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 260, 190, seed=6)
    names = [g.species for g in tables.guilds]
    rules = dict(flower_threshold=0.45, nest_threshold=0.6, stone_area_m2=20000.0,
                 min_flower_share=0.4)
    untiled = run_bee(tmp_path, "untiled", LanduseIndices(landuse, tables), names, None,
                      **rules)
    tiled = run_bee(tmp_path, "tiled", LanduseIndices(landuse, tables), names, TINY_MB,
                    **rules)
    assert len(plans) == 3 and len(plans[0]) == 5
    assert_same_bee_outputs(untiled, tiled)
    assert all(rule.figures["stone_count"] > 1 for rule in untiled[0].values())
    assert 0 < untiled[0][ALL_GUILDS].figures["bnb_share"] < 1


def test_bijenlandschap_tiled_refuses_unknown_codes_before_writing(tmp_path, plans):
    tables = random_tables([100.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 260, 190, holes=False, seed=6)
    ds = gdal.Open(landuse, gdal.GA_Update)
    ds.GetRasterBand(1).WriteArray(np.array([[7, 99]], np.int16), 150, 257)  # last strip
    ds = None
    gaps = tmp_path / "tiled_gaps.tif"
    with pytest.raises(EngineError) as refused:
        run_bee(tmp_path, "tiled", LanduseIndices(landuse, tables), ["g0"], TINY_MB)
    assert "7, 99" in str(refused.value) and not gaps.exists()
    with pytest.raises(EngineError) as whole:
        run_bee(tmp_path, "untiled", LanduseIndices(landuse, tables), ["g0"], None)
    assert str(whole.value) == str(refused.value)


def test_bijenlandschap_progress_and_cancel(tmp_path, plans):
    floral, nesting, _ = bee_landscape()
    paths = bee_rasters(tmp_path, grid_for(330, 200), floral, nesting)
    done = Recorder()
    run_bee(tmp_path, "all", IndexRasters(*paths), ["a", "b"], TINY_MB, feedback=done)
    assert done.seen == sorted(done.seen) and done.seen[-1] == pytest.approx(100.0)
    for cancel_at in (10, 50):      # in the first passes, and while the gaps are written
        with pytest.raises(Cancelled):
            run_bee(tmp_path, "c%d" % cancel_at, IndexRasters(*paths), ["a", "b"], TINY_MB,
                    feedback=Recorder(reached(cancel_at)))
        # nothing is put in place, and the partial files are gone
        assert not (tmp_path / ("c%d_gaps.tif" % cancel_at)).exists()
        assert not (tmp_path / ("c%d_bnb.gpkg" % cancel_at)).exists()
        assert not [name for name in os.listdir(tmp_path) if ".partial-" in name]


def test_processing_budget_tiles_both_algorithms(provider, tmp_path, plans):
    """A low budget setting tiles both algorithms; their outputs stay the untiled ones."""
    import processing
    from processing.core.ProcessingConfig import ProcessingConfig

    from zoemzone_plugin.settings import MEMORY_SETTING
    floral, nesting, _ = bee_landscape()
    grid = grid_for(330, 200)
    floral_path, nesting_path = bee_rasters(tmp_path, grid, floral, nesting)
    outputs = {}
    for label_, budget in (("untiled", None), ("tiled", 1)):
        if budget is not None:
            ProcessingConfig.setSettingValue(MEMORY_SETTING, budget)
        folder = tmp_path / label_
        folder.mkdir()
        try:
            outputs[label_] = (
                processing.run("zoemzone:habitatpatches", {
                    "SUITABILITY": nesting_path, "BAND": 1, "THRESHOLD": 0.5, "MIN_AREA": 0.1,
                    "EIGHT_CONNECTED": True, "OUTPUT": str(folder / "patches.gpkg"),
                    "PATCH_RASTER": str(folder / "ids.tif")}),
                processing.run("zoemzone:bijenlandschap", {
                    "FLORAL": floral_path, "NESTING": nesting_path, "WINDOW": 310.0,
                    "MAX_NEST_FOOD_DISTANCE": 150.0, "STEPPING_STONE_AREA": 5.0,
                    "STEPPING_STONE_SPACING": 600.0, "BNB_AREAS": str(folder / "bnb.gpkg"),
                    "STEPPING_STONE_GAPS": str(folder / "gaps.tif"),
                    "SUMMARY": str(folder / "summary.html")}))
        finally:
            ProcessingConfig.setSettingValue(MEMORY_SETTING,
                                             int(tiling.default_memory_budget_mb()))
    assert len(plans) == 2 + 3 and len(plans[0]) > 4 and len(plans[2]) > 2
    (patches_out, bee_out), (tiled_patches, tiled_bee) = outputs.values()
    assert np.array_equal(read_band(tiled_patches["PATCH_RASTER"])[0],
                          read_band(patches_out["PATCH_RASTER"])[0])
    assert features(tiled_patches["OUTPUT"]) == features(patches_out["OUTPUT"])
    for band in (1, 2, 3):
        assert np.array_equal(read_band(tiled_bee["STEPPING_STONE_GAPS"], band)[0],
                              read_band(bee_out["STEPPING_STONE_GAPS"], band)[0])
    assert features(tiled_bee["BNB_AREAS"]) == features(bee_out["BNB_AREAS"])
    with open(bee_out["SUMMARY"], encoding="utf-8") as a, \
            open(tiled_bee["SUMMARY"], encoding="utf-8") as b:
        assert a.read() == b.read()


def test_tiled_runs_stay_within_the_budget(tmp_path, plans):
    # 4000 x 100 cells: the budget is below one whole-raster float32 layer, so any array of
    # the whole raster would break it (tracemalloc sees numpy's allocations)
    rows, cols = 4000, 100
    rng = np.random.default_rng(5)
    blocks = rng.random((rows // 5, cols // 5))
    floral = np.kron(blocks < 0.2, np.ones((5, 5))) * 0.9
    nesting = np.kron(blocks > 0.9, np.ones((5, 5))) * 0.9
    paths = bee_rasters(tmp_path, grid_for(rows, cols), {"a": floral}, {"a": nesting})
    budget_mb = 0.9 * rows * cols * 4 / 2 ** 20
    for run in (
            lambda: run_bee(tmp_path, "bee", IndexRasters(*paths), ["a"], budget_mb,
                            window_m=110.0, max_nest_food_m=50.0, stone_area_m2=2000.0),
            lambda: patches_to_files(paths[1], 1, 0.5, 0.0, str(tmp_path / "p.gpkg"),
                                     str(tmp_path / "p.tif"), True,
                                     memory_budget_mb=budget_mb)):
        peak = peak_bytes(run)
        assert peak <= budget_mb * 2 ** 20, "peak %.2f MB > budget %.2f MB" % (
            peak / 2 ** 20, budget_mb)
    assert len(plans) == 3 + 2 and len(plans[0]) > 20 and len(plans[3]) > 10


def test_memory_models_bound_the_untiled_runs(tmp_path, plans):
    # the budget decisions rest on these constants: they must not underestimate
    floral, nesting, _ = bee_landscape()
    paths = bee_rasters(tmp_path, grid_for(330, 200), floral, nesting)
    for run, estimate in (
            (lambda: run_bee(tmp_path, "bee", IndexRasters(*paths), ["a", "b"], None),
             bijenlandschap_runner.window_bytes(330, 200, 2)),
            (lambda: patches_to_files(paths[1], 1, 0.5, 0.0, str(tmp_path / "p.gpkg"),
                                      str(tmp_path / "p.tif"), True),
             patches.window_bytes(330, 200))):
        peak = peak_bytes(run)
        assert 0.4 * estimate <= peak <= estimate
    assert not plans
