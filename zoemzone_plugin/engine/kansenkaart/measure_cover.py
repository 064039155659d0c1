"""Where a measure may go and how much of a cell it covers.

A field margin is 3 to 6 m wide; an LGN cell is 5 or 25 m. Putting a margin on whole cells
overstates it many times over on 25 m cells and puts it in the middle of fields; taking cells
whose centre a drawn 6 m strip covers finds none, or all of a 25 m strip. So a measure's
effect on a cell is weighted by the share of the cell it covers, and the cell's nesting and
floral values become the area-weighted mix of its land use and the measure (the mix is what
the cell holds on average, which is what the model's per-cell values mean).

Two places need the share:

* the kansenkaart (``edge_shares``): a *linear* measure (catalogue column ``linear``) is a
  strip along edges, so it may go only on cells with an edge: a side whose neighbour across it
  has another land-use code (a class boundary, or a linear class such as a road or a ditch
  that the land use holds) or, given parcels (BRP, BGT), another parcel. It lies along each
  such side, ``width`` wide, inside the cell; the share is the area of the union of those
  strips over the cell area. Where the width exceeds the cell, the strip fills the edge cell
  and the rest of its width is not counted (the next cell in is interior).
* the measure scenario (``area_shares``): a drawn polygon covers its area share of each cell
  (exactly, polygon ∩ cell), a line the share of its buffer by half the width on each side.
"""
import math

import numpy as np
from osgeo import gdal, ogr

gdal.UseExceptions()
ogr.UseExceptions()

# shares are rounded to this in the scenario, so one (land use, measure) pair gets a bounded
# number of mixed table rows (at most 1/SHARE_STEP); on a 25 m cell it is 0.06 m²
SHARE_STEP = 1e-4


def edge_sides(landuse, valid, parcels=None):
    """(north, south, west, east) bool arrays: the sides of each valid cell on an edge.

    A side is an edge where the valid neighbour across it differs in land-use code or, with
    ``parcels`` (integer ids, 0 = none), in parcel id. The raster's border and nodata are not
    edges: what lies beyond them is unknown."""
    landuse, valid = np.asarray(landuse), np.asarray(valid, bool)
    layers = [landuse] + ([np.asarray(parcels)] if parcels is not None else [])
    sides = []
    for axis, step in ((0, -1), (0, 1), (1, -1), (1, 1)):
        side = np.zeros(landuse.shape, bool)
        here = [slice(None), slice(None)]
        there = [slice(None), slice(None)]
        if step < 0:
            here[axis], there[axis] = slice(1, None), slice(None, -1)
        else:
            here[axis], there[axis] = slice(None, -1), slice(1, None)
        here, there = tuple(here), tuple(there)
        differs = np.zeros(side[here].shape, bool)
        for layer in layers:
            differs |= layer[here] != layer[there]
        side[here] = differs & valid[here] & valid[there]
        sides.append(side)
    return tuple(sides)


def strip_share(sides, width, pixel_size):
    """The share of a square cell of side ``pixel_size`` that strips of ``width`` along the
    given sides cover (float32): 1 minus the uncovered rectangle between them, so corners
    where two strips meet count once."""
    north, south, west, east = (np.asarray(s, np.float32) for s in sides)
    w = np.float32(min(width, pixel_size) / pixel_size)
    open_rows = np.maximum(np.float32(1) - w * (north + south), np.float32(0))
    open_cols = np.maximum(np.float32(1) - w * (west + east), np.float32(0))
    return np.float32(1) - open_rows * open_cols


def edge_shares(landuse, valid, allowed, width, pixel_size, parcels=None):
    """Share of each cell that a linear measure of ``width`` covers: strips along the cell's
    edge sides (``edge_sides``) where ``allowed``, 0 elsewhere (float32)."""
    share = strip_share(edge_sides(landuse, valid, parcels), width, pixel_size)
    share[~np.asarray(allowed, bool)] = 0.0
    return share


def _window(grid, geometry):
    """(r0, r1, c0, c1): the cells around ``geometry``'s envelope, one more on each side."""
    x0, dx, _, y0, _, dy = grid.geotransform
    min_x, max_x, min_y, max_y = geometry.GetEnvelope()
    c = sorted(((min_x - x0) / dx, (max_x - x0) / dx))
    r = sorted(((min_y - y0) / dy, (max_y - y0) / dy))
    return (max(math.floor(r[0]) - 1, 0), min(math.ceil(r[1]) + 1, grid.rows),
            max(math.floor(c[0]) - 1, 0), min(math.ceil(c[1]) + 1, grid.cols))


def _burn(grid, geometry, layer, window, all_touched):
    """(rows, cols) of the cells of ``window`` that GDAL burns ``geometry`` into."""
    x0, dx, _, y0, _, dy = grid.geotransform
    r0, r1, c0, c1 = window
    target = gdal.GetDriverByName("MEM").Create("", c1 - c0, r1 - r0, 1, gdal.GDT_Byte)
    target.SetGeoTransform((x0 + c0 * dx, dx, 0.0, y0 + r0 * dy, 0.0, dy))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    # the layer and the window share the grid's CRS by construction; GDAL would warn that
    # neither names one
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.RasterizeLayer(target, [1], layer, burn_values=[1],
                            options=["ALL_TOUCHED=TRUE"] if all_touched else [])
    finally:
        gdal.PopErrorHandler()
        layer.DeleteFeature(feature.GetFID())
    rows, cols = np.nonzero(target.GetRasterBand(1).ReadAsArray())
    return rows + r0, cols + c0


def area_shares(grid, geometry, layer):
    """(rows, cols, shares): every cell of ``grid`` that the polygon ``geometry`` overlaps and
    the share of the cell's area it covers, rounded to SHARE_STEP (cells rounding to 0 are
    left out). ``layer`` is a scratch OGR layer for GDAL's rasteriser.

    Candidates are the cells GDAL burns with ALL_TOUCHED; those whose centre lies inside the
    polygon shrunk by half a cell diagonal are wholly inside (share 1) and the rest are
    intersected with the polygon one by one, so a large polygon costs intersections along its
    boundary only. Raises RuntimeError for a geometry GEOS cannot intersect."""
    empty = (np.zeros(0, np.intp), np.zeros(0, np.intp), np.zeros(0, np.float32))
    window = _window(grid, geometry)
    if window[1] <= window[0] or window[3] <= window[2]:
        return empty
    rows, cols = _burn(grid, geometry, layer, window, True)
    if rows.size == 0:
        return empty
    x0, dx, _, y0, _, dy = grid.geotransform
    shares = np.zeros(rows.size, np.float64)
    inner = geometry.Buffer(-0.5 * math.hypot(dx, dy))
    if not inner.IsEmpty():
        whole = set(zip(*(a.tolist() for a in _burn(grid, inner, layer, window, False))))
        for i, cell in enumerate(zip(rows.tolist(), cols.tolist())):
            if cell in whole:
                shares[i] = 1.0
    cell_area = abs(dx * dy)
    for i in np.flatnonzero(shares == 0.0):
        left, top = x0 + cols[i] * dx, y0 + rows[i] * dy
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ((left, top), (left + dx, top), (left + dx, top + dy), (left, top + dy),
                     (left, top)):
            ring.AddPoint_2D(x, y)
        square = ogr.Geometry(ogr.wkbPolygon)
        square.AddGeometry(ring)
        piece = square.Intersection(geometry)
        # a polygon that only touches the cell meets it in a line or a point, of no area
        if piece.GetDimension() == 2:
            shares[i] = min(piece.GetArea() / cell_area, 1.0)
    shares = np.round(shares / SHARE_STEP) * SHARE_STEP
    keep = shares > 0
    return rows[keep], cols[keep], shares[keep].astype(np.float32)
