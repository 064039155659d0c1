"""Habitat patches: connected areas of suitable cells, as labels and as polygons.

A cell is habitat when it is valid and its suitability is at least the threshold
(``suitability >= threshold``: a value exactly at the threshold is habitat). Habitat cells that
touch form one patch: with 4-connectivity only across a cell side, with 8-connectivity also
across a corner (diagonally). Patches with an area below the minimum area are dropped (a patch
of exactly the minimum area is kept), the rest are numbered 1..n in row-major order of their
first cell; 0 is "no patch".

The labelling is pure numpy: runs of habitat cells along each row are the nodes of a union-find
whose links are the runs that touch in the next row; roots are hooked to smaller roots and the
pointers compressed by pointer jumping, all as whole-array operations, until no link joins two
trees. The polygons come from GDAL's Polygonize with the same connectivity.

A raster larger than the memory budget is labelled tile by tile (:class:`TiledLabels`): the
same union-find joins the patches across tile borders, and the patches are numbered by their
first cell in the whole raster, so ids, areas and polygons are those of the untiled run.
"""
import os
import tempfile

import numpy as np
from osgeo import gdal, ogr

from ..errors import Cancelled
from ..io.gdalio import BandWriter, RasterReader, write_labels
from ..io.outputs import Outputs
from ..progress import NullFeedback
from ..io.tiling import (TileFeedback, budget_bytes, choose_tile_size, for_each_tile,
                         plan_tiles)
from ..io.vectorio import open_for_writing, vector_target

gdal.UseExceptions()
ogr.UseExceptions()

# Relative tolerance when comparing a patch's area with the minimum area, so that e.g. 50 cells
# of 10 m x 10 m count as 0.5 ha even when the cell size carries rounding noise.
AREA_TOLERANCE = 1e-9
# Peak memory of a run per cell, on the whole raster or one tile: the float32 suitability and
# masks, the labelling's runs, links and labels, the float64 weights of the quality sums, and
# the Int32 band Polygonize reads. Measured with tracemalloc (numpy's allocations, plus 4 B
# for GDAL's band) at 800 x 1000 cells: 31 B/cell for random and blocky suitability, 43 for
# stripes, 67 for a checkerboard with 8-connectivity (a link at every cell). The polygons
# themselves (the vector output, held until written) come on top.
BYTES_PER_CELL = 48
LABELS_BAND = "patch id"
LABELS_PRODUCT = "patches"      # gdalio.PRODUCT_KEY of the patch id raster


def _shift_right(a):
    """a moved one column right; the first column is False."""
    out = np.zeros_like(a)
    out[:, 1:] = a[:, :-1]
    return out


def _join(parent, a, b):
    """The union-find: join the trees of ``a[i]`` and ``b[i]`` in ``parent`` (where every
    id starts as its own root) and return it with every pointer at its root.

    Hook each root to a smaller root it links to, then compress every pointer to its root by
    pointer jumping; drop links inside one tree; repeat until none is left. A root is
    therefore always the smallest id of its tree.
    """
    while a.size:
        ra, rb = parent[a], parent[b]
        apart = ra != rb
        if not apart.any():
            break
        a, b, ra, rb = a[apart], b[apart], ra[apart], rb[apart]
        low, high = np.minimum(ra, rb), np.maximum(ra, rb)
        # Order so that the smallest candidate is written last and usually wins; any winner is
        # correct (every high is a root and is hooked to something smaller, so no cycles).
        order = np.argsort(-low, kind="stable")
        parent[high[order]] = low[order]
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
    return parent


def label(mask, eight_connected=False):
    """(labels, count): the connected components of a boolean raster.

    labels is int32 with 0 outside ``mask`` and 1..count inside, numbered in row-major order of
    each component's first cell (deterministic). With ``eight_connected`` cells that touch at a
    corner are connected, otherwise only cells that share a side.
    """
    mask = np.asarray(mask, dtype=bool)
    if mask.ndim != 2:
        raise ValueError("label() needs a 2-D mask, got %d dimensions" % mask.ndim)
    rows, cols = mask.shape
    if mask.size == 0 or not mask.any():
        return np.zeros(mask.shape, np.int32), 0

    # Runs: maximal stretches of True along a row, numbered 1..n_runs in row-major order.
    starts = mask & ~_shift_right(mask)
    run = np.cumsum(starts.ravel(), dtype=np.int64 if mask.size >= 2 ** 31 else np.int32)
    run = run.reshape(mask.shape)
    n_runs = int(run[-1, -1])
    del starts

    # Links between runs of neighbouring rows: a (upper run) < b (lower run). Where two rows
    # overlap over several columns only the first column of the overlap is kept.
    upper, lower = mask[:-1], mask[1:]
    both = upper & lower
    keep = both & ~_shift_right(both)
    a_parts, b_parts = [run[:-1][keep]], [run[1:][keep]]
    del both, keep
    if eight_connected:
        # Diagonal contacts not already joined through a shared side.
        down_right = np.zeros_like(upper)
        down_right[:, :-1] = upper[:, :-1] & lower[:, 1:] & ~lower[:, :-1] & ~upper[:, 1:]
        a_parts.append(run[:-1][down_right])
        b_parts.append(run[1:][:, 1:][down_right[:, :-1]])
        del down_right
        down_left = np.zeros_like(upper)
        down_left[:, 1:] = upper[:, 1:] & lower[:, :-1] & ~lower[:, 1:] & ~upper[:, :-1]
        a_parts.append(run[:-1][down_left])
        b_parts.append(run[1:][:, :-1][down_left[:, 1:]])
        del down_left
    a = np.concatenate(a_parts)
    b = np.concatenate(b_parts)
    del a_parts, b_parts

    parent = _join(np.arange(n_runs + 1, dtype=run.dtype), a, b)
    roots = parent == np.arange(n_runs + 1)
    roots[0] = False
    count = int(roots.sum())
    number = np.zeros(n_runs + 1, np.int32)
    number[roots] = np.arange(1, count + 1, dtype=np.int32)
    labels = number[parent][run]
    labels[~mask] = 0
    return labels, count


class TiledLabels:
    """Connected components of a raster too large to label at once, given tile by tile.

    Each tile is labelled on its own (:func:`label`) and its labels are made unique by an
    offset (*provisional* labels, 1..``count``). Components that cross a tile border are
    joined by the same union-find as within a tile, over the provisional labels of the
    cells that touch across the border (at a side, or also at a corner with
    ``eight_connected``): each tile is linked to the whole row of cells above it (a
    full-width copy of the last row of the previous row of tiles, which also holds the
    corner neighbours in the tiles diagonally above) and to the right column of the tile on
    its left. That sees every pair of touching cells in different tiles, so the components
    are those of the whole raster. Tiles must arrive in plan order (:func:`.tiling.plan_tiles`
    or strips of whole rows: rows of tiles top to bottom, each left to right).

    Per provisional label ``cells`` holds its number of cells, with ``first_cells`` also
    ``first`` (the raster's row-major index of its first cell), and with ``weights`` given to
    :meth:`add` ``sums`` (their sum over its cells, float64).
    """

    def __init__(self, cols, eight_connected=False, first_cells=False):
        self.cols = cols
        self.eight_connected = eight_connected
        self.count = 0
        self._offsets = {}
        self._cells, self._sums = [], []
        self._firsts = [] if first_cells else None
        self._a, self._b = [], []
        self._row = self._row_end = None
        self._above = self._bottom = None   # full-width last rows of the tile rows
        self._right = self._right_end = None  # right column of the previous tile in the row

    def add(self, tile, mask, weights=None):
        """Label ``mask`` (the tile's cells) and link it to the tiles before it. Returns the
        tile's own labels (int32, 0 outside the mask) and its offset: provisional label =
        offset + own label."""
        labels, count = label(mask, self.eight_connected)
        offset = self.count
        self.count += count
        self._offsets[tile.row, tile.col] = offset
        flat = labels.ravel()
        self._cells.append(np.bincount(flat, minlength=count + 1)[1:])
        if weights is not None:
            values = np.where(labels > 0, weights, 0).astype(np.float64).ravel()
            self._sums.append(np.bincount(flat, weights=values, minlength=count + 1)[1:])
        if self._firsts is not None:
            # labels are numbered in the order of their first cells, so each label's first
            # cell is where the running maximum first reaches it
            at = np.flatnonzero(flat)
            seen = flat[at]
            new = np.ones(seen.size, bool)
            new[1:] = seen[1:] > np.maximum.accumulate(seen)[:-1]
            at = at[new]
            self._firsts.append((tile.row + at // tile.cols) * self.cols + tile.col
                                + at % tile.cols)

        def provisional(line):
            return np.where(line > 0, line.astype(np.int64) + offset, 0)

        if tile.row != self._row:            # the first tile of a row of tiles
            self._above = self._bottom if tile.row == self._row_end else None
            self._bottom = np.zeros(self.cols, np.int64)
            self._row, self._row_end = tile.row, tile.row + tile.rows
            self._right = None
        if self._above is not None:
            self._link(self._above, provisional(labels[0]), tile.col)
        if self._right is not None and self._right_end == tile.col:
            self._link(self._right, provisional(labels[:, 0]), 0)
        self._right, self._right_end = provisional(labels[:, -1]), tile.col + tile.cols
        self._bottom[tile.col:tile.col + tile.cols] = provisional(labels[-1])
        return labels, offset

    def _link(self, before, after, start):
        """Record the links between the line of cells ``after`` and the line ``before`` it
        (a row above, or a column on the left), ``after[i]`` touching ``before[start + i]``
        at a side and, with eight_connected, ``before[start + i -+ 1]`` at a corner."""
        at = np.arange(start, start + after.size)
        for step in (-1, 0, 1) if self.eight_connected else (0,):
            other = at + step
            inside = (other >= 0) & (other < before.size)
            a, b = before[other[inside]], after[inside]
            both = (a > 0) & (b > 0)
            self._a.append(a[both])
            self._b.append(b[both])

    def offset(self, tile):
        return self._offsets[tile.row, tile.col]

    @property
    def cells(self):
        return np.concatenate(self._cells) if self._cells else np.zeros(0, np.int64)

    @property
    def sums(self):
        return np.concatenate(self._sums) if self._sums else np.zeros(0)

    @property
    def first(self):
        return np.concatenate(self._firsts) if self._firsts else np.zeros(0, np.int64)

    def roots(self):
        """Per provisional label 0..count, the root of its component (its smallest
        provisional label; 0 for 0)."""
        empty = np.zeros(0, np.int64)
        a = np.concatenate(self._a) if self._a else empty
        b = np.concatenate(self._b) if self._b else empty
        return _join(np.arange(self.count + 1, dtype=np.int64), a, b)


class Patches:
    """Habitat patches: ``labels`` (0 = no patch, else 1..count) and per-patch arrays.

    ``area_m2``, ``quality`` (mean suitability over the patch's cells) and ``cells`` are indexed
    by patch id - 1.
    """

    def __init__(self, labels, area_m2, quality, cells):
        self.labels = labels
        self.area_m2 = area_m2
        self.quality = quality
        self.cells = cells

    @property
    def count(self):
        return int(self.cells.size)

    @property
    def ids(self):
        return np.arange(1, self.count + 1)

    def attributes(self):
        """The fields for :func:`patches_to_polygons`: area_m2 and quality."""
        return {"area_m2": self.area_m2, "quality": self.quality}


def habitat_mask(suitability, valid, threshold):
    """Habitat cells: valid, with a finite suitability at or above the threshold."""
    with np.errstate(invalid="ignore"):
        return valid & np.isfinite(suitability) & (suitability >= threshold)


def large_enough(cells, cell_area_m2, min_area_m2):
    """Which patches of ``cells`` cells each have at least the minimum area."""
    return np.asarray(cells) * float(cell_area_m2) >= float(min_area_m2) * (1.0 - AREA_TOLERANCE)


def habitat_patches(suitability, valid, threshold, min_area_m2, cell_area_m2,
                    eight_connected=False, feedback=None):
    """The habitat patches of a suitability raster.

    Habitat: ``valid`` cells with a finite suitability ``>= threshold``. Patches whose area
    (cells x ``cell_area_m2``) is below ``min_area_m2`` are removed and the others renumbered
    1..n in row-major order of their first cell. Returns a :class:`Patches`.
    """
    feedback = feedback or NullFeedback()
    suitability = np.asarray(suitability)
    valid = np.asarray(valid, dtype=bool)
    if suitability.shape != valid.shape:
        raise ValueError("suitability and valid differ in shape: %s and %s"
                         % (suitability.shape, valid.shape))
    if not np.isfinite(threshold):
        raise ValueError("threshold must be a finite number, got %r" % (threshold,))
    if not cell_area_m2 > 0:
        raise ValueError("cell_area_m2 must be above 0, got %r" % (cell_area_m2,))
    habitat = habitat_mask(suitability, valid, threshold)
    if feedback.isCanceled():
        raise Cancelled()
    labels, n = label(habitat, eight_connected)
    feedback.setProgress(70)
    if feedback.isCanceled():
        raise Cancelled()

    flat = labels.ravel()
    cells = np.bincount(flat, minlength=n + 1)[1:]
    sums = np.bincount(flat, weights=np.where(habitat, suitability, 0).astype(np.float64).ravel(),
                       minlength=n + 1)[1:]
    area = cells * float(cell_area_m2)
    keep = large_enough(cells, cell_area_m2, min_area_m2)
    if not keep.all():
        number = np.zeros(n + 1, np.int32)
        number[1:][keep] = np.arange(1, int(keep.sum()) + 1, dtype=np.int32)
        labels = number[labels]
        cells, sums, area = cells[keep], sums[keep], area[keep]
    quality = sums / np.maximum(cells, 1)
    feedback.setProgress(100)
    return Patches(labels, area, quality, cells.astype(np.int64))


def _ogr_type(values):
    kind = np.asarray(values).dtype.kind
    if kind in "iub":
        return ogr.OFTInteger64
    if kind == "f":
        return ogr.OFTReal
    return ogr.OFTString


def _polygon_parts(band, eight_connected, feedback):
    """{id: [polygon, ...]} from gdal.Polygonize over a band of patch ids (nodata 0), which
    it reads line by line: a whole raster in memory or a tiled run's file alike."""
    vector = ogr.GetDriverByName("Memory").CreateDataSource("patches")
    layer = vector.CreateLayer("parts", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))

    def progress(complete, message, data):
        feedback.setProgress(80.0 * complete)
        return 0 if feedback.isCanceled() else 1

    options = ["8CONNECTED=8"] if eight_connected else []
    try:
        gdal.Polygonize(band, band.GetMaskBand(), layer, 0, options, callback=progress)
    except RuntimeError:
        if feedback.isCanceled():
            raise Cancelled() from None
        raise
    if feedback.isCanceled():
        raise Cancelled()
    parts = {}
    for feature in layer:
        parts.setdefault(feature.GetField(0), []).append(feature.GetGeometryRef().Clone())
    return parts


def _multipolygon(polygons):
    """The parts of one patch as one MultiPolygon, made OGC-valid.

    With 8-connectivity Polygonize traces cells that touch at a corner as one ring that
    touches itself, which OGC calls invalid; MakeValid splits it into parts meeting at the
    point, keeping the area.
    """
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for polygon in polygons:
        multi.AddGeometry(polygon)
    gdal.PushErrorHandler("CPLQuietErrorHandler")    # IsValid warns about each bad ring
    try:
        valid = multi.IsValid()
    finally:
        gdal.PopErrorHandler()
    if not valid:
        fixed = multi.MakeValid()
        if fixed is not None:
            multi = ogr.ForceToMultiPolygon(fixed)
    return multi


def patches_to_polygons(labels, grid, path_or_datasource, attributes, eight_connected=False,
                        layer_name="patches", feedback=None):
    """Write one (multi)polygon feature per patch, with fields id, then ``attributes``.

    ``attributes`` maps field names to per-patch arrays indexed by id - 1 (e.g.
    ``Patches.attributes()``: area_m2 and quality); integer arrays become integer fields,
    float arrays real fields. ``path_or_datasource`` is a file path, whose extension picks the
    OGR format (an existing file is replaced), or an open ogr.DataSource, in which a layer
    ``layer_name`` is (re)created. The CRS is the grid's. Returns the number of features.
    Use the ``eight_connected`` of the labelling so each patch is one feature.
    """
    feedback = feedback or NullFeedback()
    labels = np.asarray(labels)
    if labels.shape != (grid.rows, grid.cols):
        raise ValueError("labels of shape %s do not fit a grid of %d rows x %d columns"
                         % (labels.shape, grid.rows, grid.cols))
    mem = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Int32)
    mem.SetGeoTransform(grid.geotransform)
    band = mem.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.WriteArray(labels.astype(np.int32, copy=False))
    count = int(labels.max()) if labels.size else 0
    return _write_polygons(band, count, grid, path_or_datasource, attributes, eight_connected,
                           layer_name, feedback)


def _write_polygons(band, count, grid, path_or_datasource, attributes, eight_connected,
                    layer_name, feedback):
    """patches_to_polygons from a band of patch ids 0..count."""
    fields = {name: np.asarray(values) for name, values in dict(attributes).items()}
    for name, values in fields.items():
        if values.shape[0] < count:
            raise ValueError("attribute %r has %d values for %d patches"
                             % (name, values.shape[0], count))

    parts = _polygon_parts(band, eight_connected, feedback) if count else {}

    with Outputs() as outputs:
        datasource = vector_target(outputs, path_or_datasource)
        srs = open_for_writing(datasource, layer_name, grid.wkt)
        layer = datasource.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon)
        layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
        for name, values in fields.items():
            layer.CreateField(ogr.FieldDefn(name, _ogr_type(values)))
        definition = layer.GetLayerDefn()

        layer.StartTransaction()
        for n, patch in enumerate(sorted(parts)):
            feature = ogr.Feature(definition)
            feature.SetField("id", int(patch))
            for name, values in fields.items():
                value = values[patch - 1]
                feature.SetField(name, value.item() if hasattr(value, "item") else value)
            feature.SetGeometry(_multipolygon(parts[patch]))
            layer.CreateFeature(feature)
            if n % 1000 == 0:
                if feedback.isCanceled():
                    if layer.TestCapability(ogr.OLCTransactions):   # not in a shapefile
                        layer.RollbackTransaction()
                    raise Cancelled()
                feedback.setProgress(80.0 + 20.0 * n / max(len(parts), 1))
        layer.CommitTransaction()
        written = layer.GetFeatureCount()
    feedback.setProgress(100)
    return written


def window_bytes(rows, cols):
    """Peak memory of the patches of a rows x cols raster, or of one tile of it."""
    return BYTES_PER_CELL * rows * cols


def patches_to_files(suitability_path, band, threshold, min_area_m2, polygons,
                     labels_path=None, eight_connected=False, feedback=None,
                     memory_budget_mb=None):
    """The habitat patches of band ``band`` of a suitability raster, written as polygons
    (:func:`patches_to_polygons` into ``polygons``, a path or an open datasource) and, with
    ``labels_path``, as a raster of patch ids. Returns the number of patches.

    A raster whose untiled run would need more than ``memory_budget_mb`` (MiB; default 40 %
    of physical memory) is labelled in tiles (no halo: :class:`TiledLabels` joins the
    patches across the borders), the ids written tile by tile and the polygons traced from
    that raster, so both equal the untiled run's.
    """
    feedback = feedback or NullFeedback()
    reader = RasterReader(suitability_path, band)
    grid = reader.grid
    cell_area = abs(grid.geotransform[1] * grid.geotransform[5])
    budget = budget_bytes(memory_budget_mb)
    try:
        with Outputs() as outputs:
            if window_bytes(grid.rows, grid.cols) <= budget:
                values, valid = reader.read()
                reader.close()
                patches = habitat_patches(values, valid, threshold, min_area_m2, cell_area,
                                          eight_connected, TileFeedback(feedback, 0, 40, 100))
                del values, valid
                patches_to_polygons(patches.labels, grid, vector_target(outputs, polygons),
                                    patches.attributes(), eight_connected,
                                    feedback=TileFeedback(feedback, 40, 60, 100))
                if labels_path:
                    write_labels(labels_path, grid, patches.labels, LABELS_BAND, outputs,
                                 LABELS_PRODUCT)
                return patches.count
            tile = choose_tile_size(grid.rows, grid.cols, 0, budget, window_bytes)
            return _patches_tiled(reader, plan_tiles(grid.rows, grid.cols, tile, 0),
                                  threshold, min_area_m2, cell_area,
                                  vector_target(outputs, polygons), labels_path,
                                  eight_connected, outputs, feedback)
    finally:
        reader.close()


def _patches_tiled(reader, plan, threshold, min_area_m2, cell_area, polygons, labels_path,
                   eight_connected, outputs, feedback):
    """The tiled run: label and measure (pass 1), number the patches of the whole raster,
    write the ids (pass 2, labelling each tile again), trace the polygons from them.
    ``polygons`` is an open datasource, ``labels_path`` one of ``outputs`` if given."""
    grid = reader.grid
    tiles = TiledLabels(grid.cols, eight_connected, first_cells=True)

    def measure(tile, values, valid, tile_feedback):
        tiles.add(tile, habitat_mask(values, valid, threshold), values)
    for_each_tile(reader, plan, measure, TileFeedback(feedback, 0, 30, 100))

    # a patch is numbered as in the untiled run: by the first cell of the whole patch
    roots = tiles.roots()
    provisional = roots[1:]
    cells = np.bincount(provisional, weights=tiles.cells, minlength=tiles.count + 1)
    sums = np.bincount(provisional, weights=tiles.sums, minlength=tiles.count + 1)
    order = np.lexsort((tiles.first, provisional))
    leads = np.ones(order.size, bool)
    leads[1:] = provisional[order][1:] != provisional[order][:-1]
    first = np.zeros(tiles.count + 1, np.int64)
    first[provisional[order][leads]] = tiles.first[order][leads]
    whole = roots == np.arange(tiles.count + 1)          # a root stands for its patch
    whole[0] = False
    kept = np.flatnonzero(whole & large_enough(cells, cell_area, min_area_m2))
    kept = kept[np.argsort(first[kept], kind="stable")]
    number = np.zeros(tiles.count + 1, np.int32)
    number[kept] = np.arange(1, kept.size + 1, dtype=np.int32)
    number = number[roots]
    cells = cells[kept].astype(np.int64)
    attributes = {"area_m2": cells * float(cell_area), "quality": sums[kept] / cells}
    del roots, provisional, sums, order, leads, first, whole

    with tempfile.TemporaryDirectory(prefix="zoemzone_patches_") as scratch:
        writer = BandWriter(labels_path or os.path.join(scratch, "patches.tif"), grid,
                            [LABELS_BAND], data_type=gdal.GDT_Int32, nodata=0,
                            product=LABELS_PRODUCT if labels_path else None)
        if labels_path:
            outputs.add(writer)

        def write(tile, values, valid, tile_feedback):
            own, count = label(habitat_mask(values, valid, threshold), eight_connected)
            offset = tiles.offset(tile)
            ids = number[offset:offset + count + 1].copy()
            ids[0] = 0
            writer.write_window(LABELS_BAND, ids[own], tile.col, tile.row)
        try:
            for_each_tile(reader, plan, write, TileFeedback(feedback, 30, 30, 100))
            writer.finish()
        except BaseException:
            writer.discard()
            raise
        ds = gdal.Open(writer.partial)
        try:
            _write_polygons(ds.GetRasterBand(1), kept.size, grid, polygons, attributes,
                            eight_connected, "patches", TileFeedback(feedback, 60, 40, 100))
        finally:
            ds = None
    return int(kept.size)
