"""The numbers behind the published website's map: web-map tile arithmetic and the cell values
the page looks up where the user clicks.

The page knows longitude and latitude only, so the values are warped (nearest cell) to a grid
in EPSG:4326 whose cells are about the rasters' own size, then cut into square blocks, each a
small binary file: the page fetches the one block under a click. Blocks without any value are
not written and the page is told which exist, so it requests no missing file.
"""
import math
import os

import numpy as np
from osgeo import gdal, osr

from .gdalio import Grid

gdal.UseExceptions()

WEB_MERCATOR_HALF = 20037508.342789244     # half the width of the EPSG:3857 world, metres
TILE_PIXELS = 256
METRES_PER_DEGREE = 111320.0               # of latitude, and of longitude at the equator
BLOCK = 128                                # cells per side of a value block
MAX_CELLS = 4000000                        # value grid cells at most (about 36 MB at most)


def lonlat_to_tile(lon, lat, zoom):
    """The (x, y) of the XYZ tile holding a point, as fractions (floor them for the tile)."""
    n = 2 ** zoom
    lat = max(min(lat, 85.05112878), -85.05112878)
    x = (lon + 180.0) / 360.0 * n
    y = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n
    return x, y


def tile_bounds_3857(zoom, x, y):
    """(xmin, ymin, xmax, ymax) of an XYZ tile in EPSG:3857 metres."""
    size = 2 * WEB_MERCATOR_HALF / 2 ** zoom
    xmin = -WEB_MERCATOR_HALF + x * size
    ymax = WEB_MERCATOR_HALF - y * size
    return xmin, ymax - size, xmin + size, ymax


def tiles_covering(bounds, zoom):
    """Every (x, y) of the tiles at ``zoom`` that touch ``bounds`` (west, south, east, north
    in degrees), edges included: the map library asks for the tiles that overlap the bounds,
    so writing those that only touch them too leaves it no tile to miss."""
    west, south, east, north = bounds
    x0, y0 = lonlat_to_tile(west, north, zoom)
    x1, y1 = lonlat_to_tile(east, south, zoom)
    last = 2 ** zoom - 1
    return [(x, y) for x in range(max(int(math.floor(x0)), 0), min(int(math.floor(x1)), last) + 1)
            for y in range(max(int(math.floor(y0)), 0), min(int(math.floor(y1)), last) + 1)]


def zoom_for_cell(cell_m, lat):
    """The zoom at which a tile pixel is closest to ``cell_m`` metres on the ground."""
    ground = 2 * WEB_MERCATOR_HALF / TILE_PIXELS * math.cos(math.radians(lat))
    return max(0, min(22, int(round(math.log2(ground / cell_m)))))


def zoom_to_fit(bounds):
    """The largest zoom at which ``bounds`` fit in one tile's width and height."""
    west, south, east, north = bounds
    for zoom in range(22, -1, -1):
        x0, y0 = lonlat_to_tile(west, north, zoom)
        x1, y1 = lonlat_to_tile(east, south, zoom)
        if x1 - x0 <= 1 and y1 - y0 <= 1:
            return zoom
    return 0


def wgs84_bounds(path):
    """(west, south, east, north) in degrees of a raster's extent."""
    dataset = gdal.Open(path)
    cols, rows = dataset.RasterXSize, dataset.RasterYSize
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    source = osr.SpatialReference()
    source.ImportFromWkt(dataset.GetProjection())
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    # the edges sampled densely: a straight edge in RD New is curved in degrees
    steps = np.linspace(0.0, 1.0, 21)
    points = ([(x0 + f * cols * dx, y0) for f in steps] +
              [(x0 + f * cols * dx, y0 + rows * dy) for f in steps] +
              [(x0, y0 + f * rows * dy) for f in steps] +
              [(x0 + cols * dx, y0 + f * rows * dy) for f in steps])
    lonlat = np.array([transform.TransformPoint(x, y)[:2] for x, y in points])
    return (float(lonlat[:, 0].min()), float(lonlat[:, 1].min()),
            float(lonlat[:, 0].max()), float(lonlat[:, 1].max()))


def value_grid(bounds, cell_m, max_cells=MAX_CELLS):
    """A Grid in EPSG:4326 over ``bounds`` with cells of about ``cell_m`` metres, coarser
    where that would exceed ``max_cells`` (a province at 10 m: about 40 m)."""
    west, south, east, north = bounds
    lat = (south + north) / 2.0
    dlat = cell_m / METRES_PER_DEGREE
    dlon = cell_m / (METRES_PER_DEGREE * math.cos(math.radians(lat)))
    cols, rows = math.ceil((east - west) / dlon), math.ceil((north - south) / dlat)
    factor = max(1.0, math.sqrt(cols * rows / float(max_cells)))
    dlat, dlon = dlat * factor, dlon * factor
    cols, rows = math.ceil((east - west) / dlon), math.ceil((north - south) / dlat)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    return Grid(cols, rows, (west, dlon, 0.0, north, 0.0, -dlat), srs.ExportToWkt())


def warp(path, grid):
    """Every band of the raster at ``path`` on ``grid`` (nearest cell), as float64 with NaN
    where it has no value."""
    source = gdal.Open(path)
    nodata = [source.GetRasterBand(b + 1).GetNoDataValue() for b in range(source.RasterCount)]
    west, dlon, _, north, _, dlat = grid.geotransform
    warped = gdal.Warp("", source, format="MEM", dstSRS="EPSG:4326",
                       outputBounds=(west, north + grid.rows * dlat, west + grid.cols * dlon,
                                     north),
                       width=grid.cols, height=grid.rows, resampleAlg="near",
                       outputType=gdal.GDT_Float64, dstNodata=float("nan"))
    bands = []
    for b in range(warped.RasterCount):
        array = warped.GetRasterBand(b + 1).ReadAsArray()
        if nodata[b] is not None:
            array[array == nodata[b]] = np.nan
        bands.append(array)
    return bands


def write_blocks(folder, fields, block=BLOCK):
    """Write the value blocks of ``fields`` [(name, numpy dtype, nodata, 2-D float array with
    NaN for none)] into ``folder`` as ``<row>_<col>.bin``: per field, block x block values of
    its type, row by row, little-endian, the fields one after the other. Returns the names of
    the blocks written (those with any value) and the bytes written."""
    rows, cols = fields[0][3].shape
    names, size = [], 0
    os.makedirs(folder, exist_ok=True)
    block_rows, block_cols = math.ceil(rows / block), math.ceil(cols / block)
    for br in range(block_rows):
        for bc in range(block_cols):
            window = (slice(br * block, (br + 1) * block), slice(bc * block, (bc + 1) * block))
            parts = [values[window] for _, _, _, values in fields]
            if not any(np.isfinite(part).any() for part in parts):
                continue
            data = b""
            for (_, dtype, nodata, _), part in zip(fields, parts):
                full = np.full((block, block), nodata, dtype=dtype)
                filled = np.where(np.isfinite(part), part, nodata)
                full[:part.shape[0], :part.shape[1]] = filled.astype(dtype)
                data += full.astype(np.dtype(dtype).newbyteorder("<")).tobytes()
            name = "%d_%d" % (br, bc)
            with open(os.path.join(folder, name + ".bin"), "wb") as handle:
                handle.write(data)
            names.append(name)
            size += len(data)
    return names, size


def top_cells(grid, areas, gain, best, count=5, spacing_cells=10):
    """Per area id of ``areas`` (int array on ``grid``, 0 outside every area): up to ``count``
    places of highest gain that have a best measure, each at least ``spacing_cells`` cells
    from those chosen before it, as dicts of lon, lat, gain and best measure id."""
    out = {}
    west, dlon, _, north, _, dlat = grid.geotransform
    valid = np.isfinite(gain) & np.isfinite(best)
    for area in np.unique(areas[areas > 0]):
        rows, cols = np.nonzero((areas == area) & valid)
        order = np.argsort(-gain[rows, cols], kind="stable")
        chosen = []
        for i in order:
            r, c = int(rows[i]), int(cols[i])
            if all(max(abs(r - r2), abs(c - c2)) >= spacing_cells for r2, c2 in chosen):
                chosen.append((r, c))
                if len(chosen) == count:
                    break
        out[int(area)] = [{"lon": west + (c + 0.5) * dlon, "lat": north + (r + 0.5) * dlat,
                           "gain": float(gain[r, c]), "best_measure": int(best[r, c])}
                          for r, c in chosen]
    return out

