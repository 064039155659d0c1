"""Reading rasters into numpy and writing results through GDAL.

Outputs are tiled, compressed GeoTIFFs with nodata -1 (InVEST's value for its indices), so
they open quickly in QGIS and compare one-to-one with InVEST's files. Each is written beside
its target and put in place only when complete (see outputs.py), and tagged with what it is
(PRODUCT_KEY), so a map of priorities is not mistaken for land use.
"""
import os

import numpy as np
from osgeo import gdal, osr

from ..errors import InputError, Note
from .outputs import (Outputs, cannot_write, commit, discard, partial_path, prepare,
                      remove_folders)
from ..progress import tell

gdal.UseExceptions()

PRODUCT_KEY = "ZOEMZONE_PRODUCT"    # dataset metadata item: which output a raster is
LANDUSE_PRODUCT = "landuse"         # Build land use's output: the one product that is land use

OUTPUT_NODATA = -1.0
OVERVIEW_FROM = 8192     # rasters wider or taller than this (cells) get overviews, down to
# OVERVIEW_SMALLEST cells: municipality-sized runs QGIS draws quickly without them
OVERVIEW_SMALLEST = 256
OVERVIEW_ROWS = 1024     # rows of a window averaged at once (bounds the float64 sums)
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


def _valid_cells(array, nodata):
    """False at nodata and (in float rasters) NaN cells."""
    valid = np.ones(array.shape, bool)
    if nodata is not None:
        valid &= array != nodata
    if array.dtype.kind == "f":
        valid &= np.isfinite(array)
    return valid


def _landuse_codes(array, valid, path):
    """Integer codes of a land-use array; a float raster must hold whole numbers only."""
    if array.dtype.kind == "f":
        values = array[valid]
        if values.size and not np.all(values == np.round(values)):
            bad = values[values != np.round(values)][0]
            raise InputError(
                "The land-use raster '{path}' holds the value {value}, which is not a land-use "
                "code. Land-use codes are whole numbers: use an integer (LGN-coded) raster.",
                path=os.path.basename(path), value=bad)
        array = np.where(valid, array, 0).astype(np.int64)
    return array


class RasterReader:
    """One band of a raster, read whole or one window at a time.

    A province-sized raster does not fit in memory beside the layers computed from it, so a
    tiled run reads only the window each tile needs (GDAL decodes only the blocks it touches).
    Every window gets the same nodata mask and, with ``landuse=True``, the same integer-code
    check as a whole read, so a tiled run sees exactly what an untiled one sees.

    ``codes`` (land use only) are the codes the run's table describes. A nodata value among
    them is a code, not nodata: InVEST reclassifies such cells by the table (pygeoprocessing's
    reclassify_raster maps a nodata value the table lists), so they are land with that row's
    values, and the plugin must count them as InVEST does to give InVEST's numbers.
    """

    def __init__(self, path, band=1, landuse=False, codes=None):
        self.path = path
        self.landuse = landuse
        self.ds = open_raster(path)
        self.grid = Grid(self.ds.RasterXSize, self.ds.RasterYSize, self.ds.GetGeoTransform(),
                         self.ds.GetProjection())
        self.band = self.ds.GetRasterBand(band)
        self.nodata = self.band.GetNoDataValue()
        self.nodata_is_code = bool(landuse and codes is not None and self.nodata is not None
                                   and np.any(np.asarray(codes) == self.nodata))

    def read(self, xoff=0, yoff=0, xsize=None, ysize=None):
        """(array, valid) of the window at column ``xoff``, row ``yoff`` (default: to the
        raster's right and bottom edge)."""
        xsize = self.grid.cols - xoff if xsize is None else xsize
        ysize = self.grid.rows - yoff if ysize is None else ysize
        array = self.band.ReadAsArray(xoff, yoff, xsize, ysize)
        valid = _valid_cells(array, None if self.nodata_is_code else self.nodata)
        if self.landuse:
            array = _landuse_codes(array, valid, self.path)
        return array, valid

    def close(self):
        self.band = None
        self.ds = None


def raster_product(path):
    """The product a raster of this plugin is (its PRODUCT_KEY), None for other rasters."""
    ds = open_raster(path)
    product = ds.GetMetadataItem(PRODUCT_KEY)
    ds = None
    return product


def read_band(path, band=1):
    """(array, valid mask, grid) of one band; valid is False at nodata and NaN cells."""
    reader = RasterReader(path, band)
    array, valid = reader.read()
    reader.close()
    return array, valid, reader.grid


def has_valid_cells(path, band=1, cells_per_read=1 << 22):
    """True when the band holds a valid cell. Read in strips of whole rows and stopped at
    the first valid one: a usable raster costs a strip or two, only an all-nodata one (the
    error this catches) is read whole, never all at once."""
    reader = RasterReader(path, band)
    try:
        rows = max(1, cells_per_read // max(1, reader.grid.cols))
        for row in range(0, reader.grid.rows, rows):
            _, valid = reader.read(0, row, None, min(rows, reader.grid.rows - row))
            if valid.any():
                return True
        return False
    finally:
        reader.close()


def landuse_reader(path, codes=None, feedback=None):
    """A RasterReader of land use for a run whose table describes ``codes``; the run's log
    (``feedback``) says so when the raster's nodata value is one of them and so counts as
    land, since the user took those cells for outside the map."""
    reader = RasterReader(path, landuse=True, codes=codes)
    if reader.nodata_is_code:
        tell(feedback, Note(
            "The nodata value {nodata} of the land-use raster '{path}' is a code of the table: "
            "as in InVEST, those cells are land with the table's values for that code, not "
            "nodata. Give the raster a nodata value that is not in the table to leave them "
            "out.", nodata=_number(reader.nodata), path=os.path.basename(path)))
    return reader


def _number(value):
    """A nodata value as users see it (0, not 0.0)."""
    return int(value) if float(value).is_integer() else value


def read_landuse(path, codes=None, feedback=None):
    """Land-use codes (an integer array) with their valid mask; refuses non-integer codes.
    ``codes`` and ``feedback`` as for landuse_reader."""
    reader = landuse_reader(path, codes, feedback)
    array, valid = reader.read()
    reader.close()
    return array, valid, reader.grid


class _RunningStatistics:
    """Min, max, mean and standard deviation of a band written window by window.

    GDAL's ComputeStatistics would read the whole band back after the last window; these
    merge each window's moments as it is written (Chan et al.'s pairwise update, which keeps
    the variance accurate where sum-of-squares would cancel)."""

    def __init__(self):
        self.count, self.mean, self.m2 = 0, 0.0, 0.0
        self.low, self.high = np.inf, -np.inf
        self.cells = 0

    CHUNK = 1 << 22     # values merged at once: float64 temporaries of 32 MiB at most

    def add(self, values, cells):
        self.cells += cells
        for start in range(0, values.size, self.CHUNK):
            self._merge(values[start:start + self.CHUNK].astype(np.float64))

    def _merge(self, values):
        n, mean = values.size, float(values.mean())
        m2 = float(((values - mean) ** 2).sum())
        total = self.count + n
        delta = mean - self.mean
        self.mean += delta * n / total
        self.m2 += m2 + delta * delta * self.count * n / total
        self.count = total
        self.low, self.high = min(self.low, float(values.min())), max(self.high,
                                                                      float(values.max()))

    def store(self, band):
        if not self.count:
            return
        band.SetStatistics(self.low, self.high, self.mean, float(np.sqrt(self.m2 / self.count)))
        band.SetMetadataItem("STATISTICS_VALID_PERCENT", "%.6g" % (100.0 * self.count / self.cells))


class BandWriter:
    """A GeoTIFF (float32 by default) written band by band as results arrive, tagged as
    ``product`` (PRODUCT_KEY; None for files that are no output, such as a tiled run's
    intermediate layers).

    It is written to a partial file beside ``path`` (``partial``) and put in place by
    ``close`` or, when it is one of a run's ``outputs.Outputs``, with the run's other
    outputs once the run has succeeded; ``discard`` removes it instead.

    ``drawn=False`` for intermediate files nobody draws: no overviews and no statistics (on the
    province at 10 m these took 70 s of a 204 s habitat suitability run). ``metadata``: more
    dataset metadata items ({key: text}) a reader of the product needs."""

    def __init__(self, path, grid, band_names, description="", data_type=gdal.GDT_Float32,
                 nodata=OUTPUT_NODATA, drawn=True, product=None, metadata=None):
        driver = gdal.GetDriverByName("GTiff")
        self.path = path
        self.partial = partial_path(path)
        self.names = list(band_names)
        options = GTIFF_OPTIONS if data_type == gdal.GDT_Float32 else [
            o.replace("PREDICTOR=3", "PREDICTOR=2") for o in GTIFF_OPTIONS]
        self.nodata = nodata
        self.drawn = drawn
        self.created = prepare(path)
        try:
            self.ds = driver.Create(self.partial, grid.cols, grid.rows, len(self.names),
                                    data_type, options)
        except RuntimeError as error:
            self.ds = None
            self.discard()
            remove_folders(self.created)
            raise cannot_write(path, error) from None
        self.ds.SetGeoTransform(grid.geotransform)
        if grid.wkt:
            self.ds.SetProjection(grid.wkt)
        if description:
            self.ds.SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION", description)
        if product:
            self.ds.SetMetadataItem(PRODUCT_KEY, product)
        for key, text in (metadata or {}).items():
            self.ds.SetMetadataItem(key, text)
        for i, name in enumerate(self.names, start=1):
            band = self.ds.GetRasterBand(i)
            band.SetDescription(name)
            band.SetNoDataValue(nodata)
        self._statistics = {}    # band index -> _RunningStatistics of windowed writes
        self.levels = overview_levels(grid) if drawn else []
        self._overviews_left = False     # a window the overviews could not follow
        if self.levels:
            self.ds.BuildOverviews("NONE", self.levels)      # filled as windows arrive
        self._finished = False

    def write(self, name, array):
        """Write the whole band ``name``: one window covering it."""
        self.write_window(name, array, 0, 0)

    def write_window(self, name, array, xoff, yoff):
        """Write ``array`` into band ``name`` with its top left cell at column ``xoff``, row
        ``yoff``: tiled runs write each tile where it belongs and never hold a whole band.
        The band's statistics are gathered window by window and stored at ``close``."""
        index = self.names.index(name)
        if array.dtype.kind == "f":
            array = np.where(np.isnan(array), np.float32(self.nodata), array)
        band = self.ds.GetRasterBand(index + 1)
        try:
            band.WriteArray(np.ascontiguousarray(array), xoff, yoff)
            self._write_overviews(band, array, xoff, yoff)
        except RuntimeError as error:      # the disk full, most likely
            raise cannot_write(self.path, error) from None
        if self.drawn:
            self._statistics.setdefault(index, _RunningStatistics()).add(
                array[array != self.nodata], array.size)

    def _write_overviews(self, band, array, xoff, yoff):
        """The overviews of a window, from the window as written, so they never have to be
        read back and decompressed (GDAL's build took 58 s of a 204 s habitat suitability
        run on the province at 10 m): averages of the valid cells of each L x L block for
        values, the block's middle cell for labels, as GDAL's AVERAGE and NEAREST. (Where
        the raster's size is not a multiple of L, GDAL spreads the last partial block over
        the whole row with fractional weights; here it stays at the end: the same picture,
        less than a cell apart.) A window that does not start on a block of the coarsest
        level, or ends inside one short of the raster's edge, leaves the overviews to GDAL
        at ``close``."""
        if not self.levels or self._overviews_left:
            return
        rows, cols = array.shape
        top = self.levels[-1]
        if (xoff % top or yoff % top or (cols % top and xoff + cols < self.ds.RasterXSize)
                or (rows % top and yoff + rows < self.ds.RasterYSize)):
            self._overviews_left = True
            return
        step = max(top, OVERVIEW_ROWS - OVERVIEW_ROWS % top)
        for r in range(0, rows, step):
            part = array[r:r + step]
            if array.dtype.kind == "f":
                levels = _block_means(part, self.nodata, self.levels)
            else:
                levels = _block_middles(part, self.levels)
            for k, (level, values) in enumerate(zip(self.levels, levels)):
                band.GetOverview(k).WriteArray(values, xoff // level, (yoff + r) // level)

    def finish(self):
        """Complete the partial file (statistics, overviews) and close it; it stays where it
        is, to be read (a tiled run's intermediate layers) or put in place by ``commit``.

        Overviews that could not follow the windows are built now, on the file reopened
        without NUM_THREADS: GDAL 3.6 can deadlock reading back a multi-threaded GTiff while
        building them (seen at 4,700 x 11,600 cells: every thread waiting in CPLJobQueue)."""
        if self._finished:
            return
        for index, statistics in self._statistics.items():
            statistics.store(self.ds.GetRasterBand(index + 1))
        kind = self.ds.GetRasterBand(1).DataType
        self.ds.FlushCache()
        self.ds = None
        if self._overviews_left:
            ds = gdal.OpenEx(self.partial, gdal.OF_RASTER | gdal.OF_UPDATE)
            ds.BuildOverviews("AVERAGE" if kind == gdal.GDT_Float32 else "NEAREST",
                              self.levels)
            ds = None
        self._finished = True

    def commit(self):
        """Put the finished file in place of ``path``."""
        commit(self.path)

    def discard(self):
        """Drop the file: ``path`` keeps whatever it held before."""
        self.ds = None
        discard(self.path)

    def close(self):
        """Finish the file and put it in place at once (a file written on its own)."""
        self.finish()
        self.commit()


def overview_levels(grid):
    """2, 4, 8, ... down to OVERVIEW_SMALLEST cells, for rasters above OVERVIEW_FROM."""
    size = max(grid.cols, grid.rows)
    levels = []
    if size > OVERVIEW_FROM:
        while size // (2 ** (len(levels) + 1)) >= OVERVIEW_SMALLEST:
            levels.append(2 ** (len(levels) + 1))
    return levels


def _pair_sums(a):
    """Sums of 2 x 2 blocks (a missing row or column at the end counts 0)."""
    rows, cols = a.shape
    if rows % 2 or cols % 2:
        a = np.pad(a, ((0, rows % 2), (0, cols % 2)))
    return a[0::2, 0::2] + a[1::2, 0::2] + a[0::2, 1::2] + a[1::2, 1::2]


def _block_means(array, nodata, levels):
    """Per level (2, 4, ... in order) the mean of the valid cells of each block, float32,
    ``nodata`` where a block has none: sums and counts are halved level by level, exactly."""
    valid = array != nodata
    sums = np.where(valid, array, 0).astype(np.float64)
    counts = valid.astype(np.int32)
    out = []
    for _ in levels:
        sums, counts = _pair_sums(sums), _pair_sums(counts)
        values = np.full(sums.shape, nodata, np.float32)
        np.divide(sums, counts, out=values, where=counts > 0, casting="unsafe")
        out.append(values)
    return out


def _block_middles(array, levels):
    """Per level the middle cell of each block (at the raster's edge: its last cell)."""
    rows, cols = array.shape
    out = []
    for level in levels:
        r = np.minimum(np.arange(0, rows, level) + level // 2, rows - 1)
        c = np.minimum(np.arange(0, cols, level) + level // 2, cols - 1)
        out.append(np.ascontiguousarray(array[np.ix_(r, c)]))
    return out


def write_single(path, grid, name, array, outputs=None, **options):
    """One band written whole: put in place at once or, with ``outputs`` (an
    outputs.Outputs), with the run's other outputs."""
    if outputs is None:
        with Outputs() as outputs:
            return write_single(path, grid, name, array, outputs, **options)
    outputs.add(BandWriter(path, grid, [name], **options)).write(name, array)


def check_aligned(grid, other, name, other_name):
    """Refuse a raster whose grid differs from the first one, saying how to fix it."""
    if not grid.same_as(other):
        raise InputError(
            "The rasters '{first}' and '{second}' do not share one grid (CRS, extent, cell size "
            "or size differ). Align them first, e.g. with Raster › Align Rasters or GDAL's "
            "Warp (reproject) using the grid of '{first}'.", first=name, second=other_name)


def write_labels(path, grid, labels, name="id", outputs=None, product=None):
    """An Int32 raster of ids (patch or source ids), 0 = none."""
    write_single(path, grid, name, labels.astype(np.int32, copy=False), outputs,
                 data_type=gdal.GDT_Int32, nodata=0, product=product)
