"""Habitat patches: labelling, minimum area, threshold, nodata, and the polygons.

Small rasters are drawn by hand and their patches counted by hand; random masks are checked
against an independent breadth-first flood fill.
"""
from collections import deque

import numpy as np
import pytest
from osgeo import ogr, osr

from zoemzone_plugin.engine.errors import Cancelled, InputError
from zoemzone_plugin.engine.io.gdalio import Grid
from zoemzone_plugin.engine.network.patches import habitat_patches, label, patches_to_polygons

ogr.UseExceptions()

# Two cells touching only at a corner, a 2-cell bar, and a lone cell diagonally off the bar.
DIAGONAL = np.array([
    [1, 0, 0, 0, 0],
    [0, 1, 0, 0, 0],
    [0, 0, 0, 1, 1],
    [0, 0, 0, 0, 0],
    [1, 0, 1, 0, 0],
], bool)

CELL = 10.0          # metres
CELL_AREA = CELL * CELL


def grid_for(array, cell=CELL, epsg=28992):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    rows, cols = array.shape
    return Grid(cols, rows, (155000.0, cell, 0.0, 463000.0, 0.0, -cell), srs.ExportToWkt())


def flood_fill(mask, eight):
    """Reference labelling: breadth-first search from each unlabelled cell, cell by cell."""
    rows, cols = mask.shape
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if eight:
        steps += [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    labels = np.zeros(mask.shape, int)
    count = 0
    for r in range(rows):
        for c in range(cols):
            if mask[r, c] and not labels[r, c]:
                count += 1
                labels[r, c] = count
                queue = deque([(r, c)])
                while queue:
                    y, x = queue.popleft()
                    for dy, dx in steps:
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < cols and mask[ny, nx] \
                                and not labels[ny, nx]:
                            labels[ny, nx] = count
                            queue.append((ny, nx))
    return labels, count


def same_partition(a, b):
    """True when two labellings have the same background and group the same cells."""
    if not np.array_equal(a == 0, b == 0):
        return False
    pairs = np.unique(np.stack([a[a > 0], b[b > 0]]), axis=1)
    return (len(np.unique(pairs[0])) == pairs.shape[1]
            and len(np.unique(pairs[1])) == pairs.shape[1])


def read_features(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    features = [(f.GetField("id"), f.GetField("area_m2"), f.GetField("quality"),
                 f.GetGeometryRef().GetArea(), f.GetGeometryRef().GetGeometryName())
                for f in layer]
    srs = layer.GetSpatialRef()
    return features, srs


# --- label ---------------------------------------------------------------------------------

def test_diagonal_contact_separates_with_4_and_joins_with_8():
    labels4, n4 = label(DIAGONAL, eight_connected=False)
    labels8, n8 = label(DIAGONAL, eight_connected=True)
    assert n4 == 5
    assert n8 == 4
    assert labels4.dtype == np.int32 and labels8.dtype == np.int32
    np.testing.assert_array_equal(labels4, [
        [1, 0, 0, 0, 0],
        [0, 2, 0, 0, 0],
        [0, 0, 0, 3, 3],
        [0, 0, 0, 0, 0],
        [4, 0, 5, 0, 0],
    ])
    np.testing.assert_array_equal(labels8, [
        [1, 0, 0, 0, 0],
        [0, 1, 0, 0, 0],
        [0, 0, 0, 2, 2],
        [0, 0, 0, 0, 0],
        [3, 0, 4, 0, 0],
    ])


def test_both_diagonal_directions_and_u_shapes_join():
    # An anti-diagonal, and a U whose arms meet only through the bottom row: the arms are
    # numbered apart at first and must end as one patch numbered by its first cell.
    mask = np.array([
        [0, 0, 1, 0, 1, 0, 1],
        [0, 1, 0, 0, 1, 0, 1],
        [1, 0, 0, 0, 1, 1, 1],
    ], bool)
    labels8, n8 = label(mask, True)
    assert n8 == 2
    np.testing.assert_array_equal(labels8, [
        [0, 0, 1, 0, 2, 0, 2],
        [0, 1, 0, 0, 2, 0, 2],
        [1, 0, 0, 0, 2, 2, 2],
    ])
    labels4, n4 = label(mask, False)
    assert n4 == 4
    np.testing.assert_array_equal(labels4, [
        [0, 0, 1, 0, 2, 0, 2],
        [0, 3, 0, 0, 2, 0, 2],
        [4, 0, 0, 0, 2, 2, 2],
    ])


def test_empty_full_and_thin_masks():
    labels, n = label(np.zeros((3, 4), bool), True)
    assert n == 0 and not labels.any()
    labels, n = label(np.ones((3, 4), bool), False)
    assert n == 1 and (labels == 1).all()
    labels, n = label(np.array([[1, 1, 0, 1, 0, 0, 1]], bool), True)
    assert n == 3
    np.testing.assert_array_equal(labels, [[1, 1, 0, 2, 0, 0, 3]])
    labels, n = label(np.array([[1], [0], [1], [1]], bool), True)
    assert n == 2
    np.testing.assert_array_equal(labels.ravel(), [1, 0, 2, 2])


@pytest.mark.parametrize("eight", [False, True])
@pytest.mark.parametrize("density", [0.3, 0.45, 0.6, 0.75])
def test_random_masks_match_flood_fill(eight, density):
    rng = np.random.default_rng(int(density * 100) + eight)
    for shape in [(1, 50), (50, 1), (37, 61), (80, 80)]:
        mask = rng.random(shape) < density
        labels, n = label(mask, eight)
        expected, m = flood_fill(mask, eight)
        assert n == m
        assert same_partition(labels, expected)
        # Numbered 1..n in row-major order of each patch's first cell.
        flat = labels.ravel()
        first = flat[flat > 0]
        _, where = np.unique(first, return_index=True)
        np.testing.assert_array_equal(first[np.sort(where)], np.arange(1, n + 1))


@pytest.mark.parametrize("eight", [False, True])
def test_long_winding_patch_is_one(eight):
    # A serpentine: rows joined at alternating ends, plus a spiral-like comb of teeth joined
    # at the bottom, the shapes that need the most rounds of joining.
    snake = np.zeros((41, 30), bool)
    snake[::2] = True
    snake[1::4, -1] = True
    snake[3::4, 0] = True
    labels, n = label(snake, eight)
    assert n == 1
    comb = np.zeros((30, 41), bool)
    comb[:, ::2] = True
    comb[-1] = True
    labels, n = label(comb, eight)
    assert n == 1
    assert same_partition(labels, flood_fill(comb, eight)[0])


# --- habitat_patches ---------------------------------------------------------------------------

def test_threshold_is_inclusive_and_nodata_is_never_habitat():
    suitability = np.array([
        [0.5, 0.49, 0.9],
        [0.7, 0.0, 1.0],
        [np.nan, 0.8, 0.6],
    ])
    valid = np.array([
        [True, True, True],
        [True, True, False],     # 1.0 at nodata: not habitat
        [True, True, True],      # NaN: not habitat
    ])
    patches = habitat_patches(suitability, valid, threshold=0.5, min_area_m2=0,
                              cell_area_m2=CELL_AREA, eight_connected=False)
    np.testing.assert_array_equal(patches.labels, [
        [1, 0, 2],
        [1, 0, 0],
        [0, 3, 3],
    ])
    assert patches.count == 3
    np.testing.assert_array_equal(patches.cells, [2, 1, 2])
    np.testing.assert_allclose(patches.area_m2, [200.0, 100.0, 200.0])
    np.testing.assert_allclose(patches.quality, [(0.5 + 0.7) / 2, 0.9, (0.8 + 0.6) / 2])


def test_min_area_removes_small_patches_and_renumbers():
    suitability = np.array([
        [0.9, 0.0, 0.6, 0.6, 0.0],
        [0.0, 0.0, 0.8, 0.0, 0.0],
        [0.7, 0.0, 0.0, 0.0, 0.3],
        [0.7, 0.7, 0.0, 0.9, 0.0],
        [0.0, 0.0, 0.0, 1.0, 0.4],
    ])
    valid = np.ones(suitability.shape, bool)
    everything = habitat_patches(suitability, valid, 0.3, 0, 25.0, False)
    np.testing.assert_array_equal(everything.labels, [
        [1, 0, 2, 2, 0],
        [0, 0, 2, 0, 0],
        [3, 0, 0, 0, 4],
        [3, 3, 0, 5, 0],
        [0, 0, 0, 5, 5],
    ])
    np.testing.assert_array_equal(everything.cells, [1, 3, 3, 1, 3])
    # 5 m cells: 25 m² each; a minimum of 75 m² keeps the 3-cell patches (exactly 75 m²).
    kept = habitat_patches(suitability, valid, 0.3, 75.0, 25.0, False)
    np.testing.assert_array_equal(kept.labels, [
        [0, 0, 1, 1, 0],
        [0, 0, 1, 0, 0],
        [2, 0, 0, 0, 0],
        [2, 2, 0, 3, 0],
        [0, 0, 0, 3, 3],
    ])
    np.testing.assert_allclose(kept.area_m2, [75.0, 75.0, 75.0])
    np.testing.assert_allclose(kept.quality, [(0.6 + 0.6 + 0.8) / 3, 0.7, (0.9 + 1.0 + 0.4) / 3])
    np.testing.assert_array_equal(kept.cells, [3, 3, 3])
    # With 8-connectivity the lone 0.3 cell joins the bottom-right patch (4 cells, 100 m²).
    kept8 = habitat_patches(suitability, valid, 0.3, 100.0, 25.0, True)
    assert kept8.count == 1
    np.testing.assert_array_equal(np.argwhere(kept8.labels == 1), [[2, 4], [3, 3], [4, 3],
                                                                   [4, 4]])
    np.testing.assert_allclose(kept8.quality, [(0.3 + 0.9 + 1.0 + 0.4) / 4])
    # Above every patch's area nothing is left.
    none = habitat_patches(suitability, valid, 0.3, 101.0, 25.0, True)
    assert none.count == 0 and not none.labels.any() and none.area_m2.size == 0


def test_min_area_of_half_a_hectare_with_rounded_cell_size():
    # 50 cells of 10 m: exactly 0.5 ha even when the cell area carries rounding noise.
    suitability = np.zeros((10, 10))
    suitability[:5, :] = 1.0
    patches = habitat_patches(suitability, np.ones((10, 10), bool), 1.0, 5000.0,
                              (0.1 * 100) ** 2 - 1e-12, False)
    assert patches.count == 1 and patches.cells[0] == 50


def test_cancel_stops_habitat_patches():
    class Cancel:
        def setProgress(self, percent):  # noqa: N802
            pass

        def isCanceled(self):  # noqa: N802
            return True
    with pytest.raises(Cancelled):
        habitat_patches(np.ones((3, 3)), np.ones((3, 3), bool), 0.5, 0, 1.0, feedback=Cancel())


# --- polygons ----------------------------------------------------------------------------------

def test_polygons_4_connected_one_feature_per_patch(tmp_path):
    suitability = DIAGONAL * 0.8 + 0.1
    suitability[4, 0] = 0.95
    patches = habitat_patches(suitability, np.ones(DIAGONAL.shape, bool), 0.5, 0, CELL_AREA,
                              False)
    path = tmp_path / "patches4.gpkg"
    written = patches_to_polygons(patches.labels, grid_for(DIAGONAL), str(path),
                                  patches.attributes(), eight_connected=False)
    assert written == 5
    features, srs = read_features(path)
    assert [f[0] for f in features] == [1, 2, 3, 4, 5]
    assert [f[1] for f in features] == [100.0, 100.0, 200.0, 100.0, 100.0]
    assert [f[3] for f in features] == pytest.approx([100.0, 100.0, 200.0, 100.0, 100.0])
    assert [f[2] for f in features] == pytest.approx([0.9, 0.9, 0.9, 0.95, 0.9])
    assert all(f[4] == "MULTIPOLYGON" for f in features)
    assert srs.GetAuthorityCode(None) == "28992"


def test_polygons_8_connected_diagonal_is_one_feature(tmp_path):
    patches = habitat_patches(DIAGONAL.astype(float), np.ones(DIAGONAL.shape, bool), 1.0, 0,
                              CELL_AREA, True)
    path = tmp_path / "patches8.gpkg"
    written = patches_to_polygons(patches.labels, grid_for(DIAGONAL), str(path),
                                  patches.attributes(), eight_connected=True)
    assert written == 4
    features, _ = read_features(path)
    assert [f[0] for f in features] == [1, 2, 3, 4]
    for id_, area, _, geometry_area, _ in features:
        cells = int((patches.labels == id_).sum())
        assert area == cells * CELL_AREA
        assert geometry_area == pytest.approx(cells * CELL_AREA)
    assert features[0][3] == pytest.approx(200.0)    # the two corner-touching cells


def test_polygons_min_area_holes_and_random_areas(tmp_path):
    # A ring with a hole (hole not counted in the area) and random blobs: every feature's
    # geometry area equals its cell count x cell area, for both connectivities.
    rng = np.random.default_rng(7)
    mask = rng.random((40, 50)) < 0.55
    mask[10:15, 10:15] = True
    mask[12, 12] = False
    for eight in (False, True):
        patches = habitat_patches(mask.astype(float), np.ones(mask.shape, bool), 1.0,
                                  3 * 25.0, 25.0, eight)
        path = tmp_path / ("random%d.gpkg" % eight)
        written = patches_to_polygons(patches.labels, grid_for(mask, cell=5.0), str(path),
                                      patches.attributes(), eight)
        assert written == patches.count > 0
        features, _ = read_features(path)
        assert [f[0] for f in features] == list(range(1, patches.count + 1))
        np.testing.assert_allclose([f[3] for f in features], patches.cells * 25.0)
        np.testing.assert_allclose([f[1] for f in features], patches.area_m2)


def test_polygons_other_formats_and_open_datasource(tmp_path):
    labels, _ = label(DIAGONAL, True)
    attributes = {"area_m2": np.array([200.0, 200.0, 100.0, 100.0]),
                  "quality": np.array([1.0, 1.0, 1.0, 1.0])}
    grid = grid_for(DIAGONAL)
    shp = tmp_path / "patches.shp"
    assert patches_to_polygons(labels, grid, str(shp), attributes, True) == 4
    assert patches_to_polygons(labels, grid, str(shp), attributes, True) == 4   # overwrite
    assert [f[0] for f in read_features(shp)[0]] == [1, 2, 3, 4]
    datasource = ogr.GetDriverByName("Memory").CreateDataSource("x")
    assert patches_to_polygons(labels, grid, datasource, attributes, True,
                               layer_name="p") == 4
    assert datasource.GetLayerByName("p").GetFeatureCount() == 4
    with pytest.raises(InputError):
        patches_to_polygons(labels, grid, str(tmp_path / "patches.nope"), attributes, True)


def test_no_patches_gives_an_empty_layer(tmp_path):
    path = tmp_path / "empty.gpkg"
    labels = np.zeros((4, 4), np.int32)
    assert patches_to_polygons(labels, grid_for(labels), str(path),
                               {"area_m2": np.zeros(0), "quality": np.zeros(0)}) == 0
    features, _ = read_features(path)
    assert features == []
