"""Reading rasters into numpy and writing results through GDAL.

Outputs are tiled, compressed GeoTIFFs with nodata -1 (InVEST's value for its indices), so
they open quickly in QGIS and compare one-to-one with InVEST's files.
"""
import os

import numpy as np
from osgeo import gdal, osr

from .errors import InputError

gdal.UseExceptions()

OUTPUT_NODATA = -1.0
OVERVIEW_FROM = 8192     # rasters wider or taller than this (cells) get overviews: they
# cost about 1 s per band of 25 M cells, too much for municipality-sized runs, which QGIS
# draws quickly without them
# DEFLATE at level 1 on all cores: as readable everywhere as level 6, and 15x faster to write
GTIFF_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3", "ZLEVEL=1",
                 "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER"]


class Grid:
    """Where a raster lies: size, geotransform and CRS (WKT)."""

    def __init__(self, cols, rows, geotransform, wkt):
        self.cols, self.rows = cols, rows
        self.geotransform = tuple(geotransform)
        self.wkt = wkt

    @property
    def pixel_size(self):
        """The mean of the absolute cell width and height, as InVEST takes it."""
        return (abs(self.geotransform[1]) + abs(self.geotransform[5])) / 2.0

    def cell_centres(self, cells):
        """Map coordinates (x, y) of the centres of (row, col) cells."""
        x0, dx, _, y0, _, dy = self.geotransform
        return [(x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy) for r, c in cells]

    def same_as(self, other, tolerance=1e-6):
        """True when both grids have the same size, cells and CRS (so arrays align)."""
        same_crs = True
        if self.wkt and other.wkt:
            a, b = osr.SpatialReference(), osr.SpatialReference()
            a.ImportFromWkt(self.wkt)
            b.ImportFromWkt(other.wkt)
            same_crs = bool(a.IsSame(b))
        return (same_crs and (self.cols, self.rows) == (other.cols, other.rows)
                and all(abs(x - y) <= tolerance * max(1.0, abs(x))
                        for x, y in zip(self.geotransform, other.geotransform)))

    def is_geographic(self):
        srs = osr.SpatialReference()
        if self.wkt:
            srs.ImportFromWkt(self.wkt)
        return bool(self.wkt) and bool(srs.IsGeographic())


def open_raster(path):
    try:
        return gdal.Open(path)
    except RuntimeError:
        raise InputError("Cannot open raster '{path}': GDAL cannot read it.", path=path) from None


def read_band(path, band=1):
    """(array, valid mask, grid) of one band; valid is False at nodata and NaN cells."""
    ds = open_raster(path)
    grid = Grid(ds.RasterXSize, ds.RasterYSize, ds.GetGeoTransform(), ds.GetProjection())
    b = ds.GetRasterBand(band)
    array = b.ReadAsArray()
    nodata = b.GetNoDataValue()
    valid = np.ones(array.shape, bool)
    if nodata is not None:
        valid &= array != nodata
    if array.dtype.kind == "f":
        valid &= np.isfinite(array)
    return array, valid, grid


def read_landuse(path):
    """Land-use codes (an integer array) with their valid mask; refuses non-integer codes."""
    array, valid, grid = read_band(path)
    if array.dtype.kind == "f":
        values = array[valid]
        if values.size and not np.all(values == np.round(values)):
            bad = values[values != np.round(values)][0]
            raise InputError(
                "The land-use raster '{path}' holds the value {value}, which is not a land-use "
                "code. Land-use codes are whole numbers: use an integer (LGN-coded) raster.",
                path=os.path.basename(path), value=bad)
        array = np.where(valid, array, 0).astype(np.int64)
    return array, valid, grid


class BandWriter:
    """A GeoTIFF (float32 by default) written band by band as results arrive."""

    def __init__(self, path, grid, band_names, description="", data_type=gdal.GDT_Float32,
                 nodata=OUTPUT_NODATA):
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        driver = gdal.GetDriverByName("GTiff")
        self.path = path
        self.names = list(band_names)
        options = GTIFF_OPTIONS if data_type == gdal.GDT_Float32 else [
            o.replace("PREDICTOR=3", "PREDICTOR=2") for o in GTIFF_OPTIONS]
        self.nodata = nodata
        self.ds = driver.Create(path, grid.cols, grid.rows, len(self.names), data_type, options)
        self.ds.SetGeoTransform(grid.geotransform)
        if grid.wkt:
            self.ds.SetProjection(grid.wkt)
        if description:
            self.ds.SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION", description)
        for i, name in enumerate(self.names, start=1):
            band = self.ds.GetRasterBand(i)
            band.SetDescription(name)
            band.SetNoDataValue(nodata)

    def write(self, name, array):
        band = self.ds.GetRasterBand(self.names.index(name) + 1)
        if array.dtype.kind == "f":
            array = np.where(np.isnan(array), np.float32(self.nodata), array)
        band.WriteArray(array)
        band.ComputeStatistics(False)

    def close(self):
        """Flush, and add overviews to large rasters so QGIS draws them whole at once."""
        size = max(self.ds.RasterXSize, self.ds.RasterYSize)
        if size > OVERVIEW_FROM:
            levels = []
            while size // (2 ** (len(levels) + 1)) >= 256:
                levels.append(2 ** (len(levels) + 1))
            kind = self.ds.GetRasterBand(1).DataType
            self.ds.BuildOverviews("AVERAGE" if kind == gdal.GDT_Float32 else "NEAREST", levels)
        self.ds.FlushCache()
        self.ds = None


def write_single(path, grid, name, array, **options):
    writer = BandWriter(path, grid, [name], **options)
    writer.write(name, array)
    writer.close()


def check_aligned(grid, other, name, other_name):
    """Refuse a raster whose grid differs from the first one, saying how to fix it."""
    if not grid.same_as(other):
        raise InputError(
            "The rasters '{first}' and '{second}' do not share one grid (CRS, extent, cell size "
            "or size differ). Align them first, e.g. with Raster › Align Rasters or GDAL's "
            "Warp (reproject) using the grid of '{first}'.", first=name, second=other_name)


def write_labels(path, grid, labels, name="id"):
    """An Int32 raster of ids (patch or source ids), 0 = none."""
    write_single(path, grid, name, labels.astype(np.int32, copy=False),
                 data_type=gdal.GDT_Int32, nodata=0)
