"""The figures of one study area from the chain's rasters, for the advice report.

A report covers one area of a province-sized map, so only the window of cells around the
area is read, and every figure counts the cells whose centre lies inside the area (GDAL's
rasterisation rule, as for parcels and measures elsewhere).
"""
from typing import NamedTuple

import numpy as np

from ..errors import InputError
from ..io.gdalio import Grid, RasterReader, check_aligned
from ..network.patches import label
from ..io.rasterize import burn_ids


class Window(NamedTuple):
    grid: Grid            # the window's own grid (its geotransform starts at the window)
    xoff: int
    yoff: int
    mask: np.ndarray      # bool: cells of the window whose centre lies in the area


class Place(NamedTuple):
    measure: int          # the best measure's catalogue id
    priority: int         # priority class (1 = highest)
    cells: int
    gain: float           # summed gain in supply (nan without a gain raster)
    x: float              # centre of the place's cells, map units
    y: float


class Zone(NamedTuple):
    cells: int
    gain: float           # summed gain in supply over the zone's cells (nan without gain)
    priority: int         # the zone's most frequent priority class (0: none)


def area_window(grid, geometry):
    """The window of ``grid`` around an area's ``geometry`` (WKB or ogr.Geometry in the
    grid's CRS) with the area's cells. The messages leave naming the area to the caller."""
    from osgeo import ogr
    if not isinstance(geometry, ogr.Geometry):
        geometry = ogr.CreateGeometryFromWkb(bytes(geometry))
    if geometry is None or geometry.IsEmpty():
        raise InputError("The area has no geometry: draw its outline or remove it from the "
                         "study areas.")
    x0, dx, _, y0, _, dy = grid.geotransform
    min_x, max_x, min_y, max_y = geometry.GetEnvelope()
    cols = sorted(((min_x - x0) / dx, (max_x - x0) / dx))
    rows = sorted(((min_y - y0) / dy, (max_y - y0) / dy))
    c0, c1 = max(int(np.floor(cols[0])), 0), min(int(np.ceil(cols[1])), grid.cols)
    r0, r1 = max(int(np.floor(rows[0])), 0), min(int(np.ceil(rows[1])), grid.rows)
    if c1 <= c0 or r1 <= r0:
        raise InputError("The area lies outside the rasters: choose study areas within the "
                         "extent of the chain's outputs, or run the chain on land use that "
                         "covers this area.")
    window = Grid(c1 - c0, r1 - r0, (x0 + c0 * dx, dx, 0.0, y0 + r0 * dy, 0.0, dy), grid.wkt)
    mask = burn_ids(window, [(1, geometry)]) == 1
    if not mask.any():
        raise InputError("The area holds no cell centre of the rasters: it is smaller than "
                         "a cell or lies outside them.")
    return Window(window, c0, r0, mask)


def read_window(path, window, reference=None, name="", band=1):
    """(array, valid) of ``band`` of the raster ``path`` over ``window``; ``reference`` is
    the grid the window was cut from, which the raster must share."""
    reader = RasterReader(path, band)
    try:
        if reference is not None:
            check_aligned(reference, reader.grid, name or path, path)
        return reader.read(window.xoff, window.yoff, window.grid.cols, window.grid.rows)
    finally:
        reader.close()


def top_places(priority, best, gain, window, top_n):
    """The ``top_n`` places of an area: groups of touching cells (8 neighbours) that share
    a priority class and best measure, the highest class first and, within a class, the
    largest summed gain (without a gain raster: the largest place) first.

    ``priority`` and ``best`` are (array, valid) over the window; ``gain`` too, or None."""
    usable = window.mask & priority[1] & best[1]
    classes = priority[0].astype(np.int64)
    measures = best[0].astype(np.int64)
    gains = None if gain is None else np.where(gain[1], gain[0], 0.0).astype(np.float64)
    places = []
    for klass in np.unique(classes[usable]):
        found = []
        in_class = usable & (classes == klass)
        for measure in np.unique(measures[in_class]):
            labels, count = label(in_class & (measures == measure), eight_connected=True)
            if not count:
                continue
            flat = labels.ravel()
            cells = np.bincount(flat, minlength=count + 1)[1:]
            rows, cols = np.indices(labels.shape)
            mean_row = np.bincount(flat, weights=rows.ravel(), minlength=count + 1)[1:] / cells
            mean_col = np.bincount(flat, weights=cols.ravel(), minlength=count + 1)[1:] / cells
            summed = (np.full(count, np.nan) if gains is None else
                      np.bincount(flat, weights=gains.ravel(), minlength=count + 1)[1:])
            x0, dx, _, y0, _, dy = window.grid.geotransform
            for n in range(count):
                found.append(Place(int(measure), int(klass), int(cells[n]), float(summed[n]),
                                   x0 + (mean_col[n] + 0.5) * dx, y0 + (mean_row[n] + 0.5) * dy))
        found.sort(key=lambda p: (-(p.cells if gain is None else p.gain), p.measure, p.y, p.x))
        places.extend(found)
        if len(places) >= top_n:
            break
    return places[:top_n]


def zone_figures(zones, count, priority, gain, window):
    """Per zone id 1..``count`` of the id raster ``zones`` (over the window, 0 = none): its
    cells inside the area, summed gain and most frequent priority class."""
    inside = np.where(window.mask, zones, 0).ravel()
    cells = np.bincount(inside, minlength=count + 1)
    if gain is None:
        summed = np.full(count + 1, np.nan)
    else:
        summed = np.bincount(inside, weights=np.where(gain[1], gain[0], 0.0).ravel(),
                             minlength=count + 1)
    classes = np.where(priority[1], priority[0], 0).astype(np.int64).ravel()
    top = int(classes.max(initial=0))
    per_class = np.zeros((top + 1, count + 1), np.int64)
    for klass in range(1, top + 1):
        per_class[klass] = np.bincount(inside[classes == klass], minlength=count + 1)
    mode = np.where(per_class[1:].sum(axis=0) > 0, per_class[1:].argmax(axis=0) + 1, 0)
    return {z: Zone(int(cells[z]), float(summed[z]), int(mode[z])) for z in range(1, count + 1)}


def gap_counts(gaps, window):
    """Nest cells of an area by their number of flight seasons with a food gap: an int
    array, index = number of seasons (cells where the guild cannot nest are left out)."""
    values, valid = gaps
    counted = window.mask & valid & (values >= 0)
    return np.bincount(values[counted].astype(np.int64).ravel())
