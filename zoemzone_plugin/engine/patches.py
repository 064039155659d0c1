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
"""
import os

import numpy as np
from osgeo import gdal, ogr

from .errors import Cancelled, Phrase
from .vectorio import open_for_writing
from .progress import NullFeedback

gdal.UseExceptions()
ogr.UseExceptions()

# Relative tolerance when comparing a patch's area with the minimum area, so that e.g. 50 cells
# of 10 m x 10 m count as 0.5 ha even when the cell size carries rounding noise.
AREA_TOLERANCE = 1e-9


def _shift_right(a):
    """a moved one column right; the first column is False."""
    out = np.zeros_like(a)
    out[:, 1:] = a[:, :-1]
    return out


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

    # Union-find over the runs: hook each root to a smaller root it links to, then compress
    # every pointer to its root; drop links inside one tree; repeat until none is left.
    # A root is therefore always the smallest run of its tree.
    parent = np.arange(n_runs + 1, dtype=run.dtype)
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

    roots = parent == np.arange(n_runs + 1)
    roots[0] = False
    count = int(roots.sum())
    number = np.zeros(n_runs + 1, np.int32)
    number[roots] = np.arange(1, count + 1, dtype=np.int32)
    labels = number[parent][run]
    labels[~mask] = 0
    return labels, count


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
    with np.errstate(invalid="ignore"):
        habitat = valid & np.isfinite(suitability) & (suitability >= threshold)
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
    keep = area >= float(min_area_m2) * (1.0 - AREA_TOLERANCE)
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


def _polygon_parts(labels, grid, eight_connected, feedback):
    """{id: [polygon, ...]} from gdal.Polygonize over the labels."""
    rows, cols = labels.shape
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 2, gdal.GDT_Int32)
    mem.SetGeoTransform(grid.geotransform)
    band = mem.GetRasterBand(1)
    band.WriteArray(labels.astype(np.int32, copy=False))
    mask_band = mem.GetRasterBand(2)
    mask_band.WriteArray((labels > 0).astype(np.int32))
    vector = ogr.GetDriverByName("Memory").CreateDataSource("patches")
    layer = vector.CreateLayer("parts", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))

    def progress(complete, message, data):
        feedback.setProgress(80.0 * complete)
        return 0 if feedback.isCanceled() else 1

    options = ["8CONNECTED=8"] if eight_connected else []
    try:
        gdal.Polygonize(band, mask_band, layer, 0, options, callback=progress)
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
    count = int(labels.max()) if labels.size else 0
    fields = {name: np.asarray(values) for name, values in dict(attributes).items()}
    for name, values in fields.items():
        if values.shape[0] < count:
            raise ValueError("attribute %r has %d values for %d patches"
                             % (name, values.shape[0], count))

    parts = _polygon_parts(labels, grid, eight_connected, feedback) if count else {}

    datasource, srs = open_for_writing(path_or_datasource, layer_name, grid.wkt,
                                       Phrase("the patches"))

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
                layer.RollbackTransaction()
                raise Cancelled()
            feedback.setProgress(80.0 + 20.0 * n / max(len(parts), 1))
    layer.CommitTransaction()
    written = layer.GetFeatureCount()
    layer = None
    if isinstance(path_or_datasource, (str, os.PathLike)):
        datasource.FlushCache()
        datasource = None
    feedback.setProgress(100)
    return written
