"""Where the pollination model's products go on disk: our multi-band layers and InVEST's files.

Our layers group a product's guilds or seasons as bands of one file (one layer in QGIS);
InVEST's layout writes one file per product and key, under the names InVEST 3.20 uses, so an
analyst's existing scripts and comparisons keep working.
"""
import os

import numpy as np

from .convolution import fft_cells
from ..errors import InputError
from ..io.gdalio import BandWriter, RasterReader, write_single
from .model import Products, kernels_by_alpha
from ..io.tiling import budget_bytes

TOTAL_BAND = "total (all guilds)"

# Memory model of run_pollination on a grid of n cells whose FFT grid (convolution.fft_shape)
# has m cells: peak = BYTES_PER_CELL x n + BYTES_PER_SEASON_CELL x seasons x n
# + BYTES_PER_FFT_CELL x m. Measured with tracemalloc (numpy's own allocations) on the Dutch
# default tables (3 guilds, 4 seasons), fitted over 1000-3000 cells square and kernels of
# 101-1001 cells: 63.5 B/cell and 41.1 B/FFT cell, here rounded up. Per cell: land use, masks,
# the code index, the float64 renormalising sum W and the float32 layers of one guild plus the
# running totals (4 B per season); per FFT cell: the complex spectra of the mask, the kernel
# and the layer being convolved, plus one transient. At 5,000 x 5,000 cells and 10 m (FFT
# grid then 6,000 x 6,000, padded by the kernel's width) this gave 3,128 MiB against the
# 3,503 MiB peak resident (147 B/cell) measured by bench/bench_suitability.py, the rest being
# the interpreter, GDAL and its block cache (not part of the budget).
BYTES_PER_CELL = 52
BYTES_PER_SEASON_CELL = 4
BYTES_PER_FFT_CELL = 44

INVEST_FILES = {
    Products.SUPPLY: "pollinator_supply_{species}.tif",
    Products.GUILD_ABUNDANCE: "pollinator_abundance_{species}_{season}.tif",
    Products.TOTAL_ABUNDANCE: "total_pollinator_abundance_{season}.tif",
    Products.NESTING: os.path.join("intermediate_outputs", "habitat_nesting_index_{species}.tif"),
    Products.FLORAL: os.path.join("intermediate_outputs", "floral_resources_{species}.tif"),
}


# the product (gdalio.PRODUCT_KEY) of each layer and InVEST file
LAYER_PRODUCTS = {"NESTING": "nesting", "FLORAL": "floral", "SUPPLY": "supply",
                  "ABUNDANCE": "abundance", "FLORAL_COVER": "floral_cover"}
INVEST_PRODUCTS = {Products.SUPPLY: "supply", Products.GUILD_ABUNDANCE: "guild_abundance",
                   Products.TOTAL_ABUNDANCE: "abundance", Products.NESTING: "nesting",
                   Products.FLORAL: "floral"}


def invest_file(product, key):
    """InVEST's relative file name for a product and key, or None if InVEST has no such file."""
    pattern = INVEST_FILES.get(product)
    if pattern is None:
        return None
    if product == Products.GUILD_ABUNDANCE:
        species, season = key
        return pattern.format(species=species, season=season)
    return pattern.format(species=key, season=key)


class PollinationWriter:
    """A sink for ``run_pollination`` writing the layers asked for in ``paths`` as part of
    ``outputs`` (an outputs.Outputs: they are put in place when the run has succeeded).

    ``paths`` maps 'NESTING', 'FLORAL', 'SUPPLY', 'ABUNDANCE' and 'FLORAL_COVER' (each
    cell's own floral index, which the Bijenlandschap rules read) to output files (any may be
    left out); ``invest_folder`` (optional) receives InVEST's file layout as well. The layers
    are tagged as the products of LAYER_PRODUCTS, after ``product_prefix`` (a scenario's
    layers are 'scenario_supply' and so on).
    """

    def __init__(self, outputs, grid, tables, paths, invest_folder=None, description="",
                 product_prefix=""):
        self.outputs = outputs
        self.grid = grid
        self.invest_folder = invest_folder
        species = [g.species for g in tables.guilds]
        bands = {"NESTING": species, "FLORAL": species, "SUPPLY": [TOTAL_BAND] + species,
                 "ABUNDANCE": list(tables.seasons), "FLORAL_COVER": species}
        self.writers = {name: outputs.add(BandWriter(
            path, grid, bands[name], description,
            product=product_prefix + LAYER_PRODUCTS[name]))
            for name, path in paths.items() if path}
        self.invest_writers = {}     # path -> BandWriter, in tiled runs only

    @property
    def wants_guild_abundance(self):
        return bool(self.invest_folder)

    def __call__(self, product, key, array, window=None):
        """Write ``array`` as the whole band, or with ``window`` = (column, row) as the part of
        the band with its top left cell there (a tiled run; InVEST's files then stay open
        until ``close``)."""
        layer, band = {
            Products.NESTING: ("NESTING", key),
            Products.FLORAL: ("FLORAL", key),
            Products.FLORAL_COVER: ("FLORAL_COVER", key),
            Products.SUPPLY: ("SUPPLY", key),
            Products.TOTAL_SUPPLY: ("SUPPLY", TOTAL_BAND),
            Products.TOTAL_ABUNDANCE: ("ABUNDANCE", key),
        }.get(product, (None, None))
        if layer in self.writers:
            if window is None:
                self.writers[layer].write(band, array)
            else:
                self.writers[layer].write_window(band, array, *window)
        name = invest_file(product, key)
        if self.invest_folder and name:
            path = os.path.join(self.invest_folder, name)
            title = os.path.splitext(os.path.basename(name))[0]
            if window is None:
                write_single(path, self.grid, title, array, self.outputs,
                             product=INVEST_PRODUCTS[product])
            else:
                if path not in self.invest_writers:
                    self.invest_writers[path] = self.outputs.add(BandWriter(
                        path, self.grid, [title], product=INVEST_PRODUCTS[product]))
                self.invest_writers[path].write_window(title, array, *window)


def kernel_radius(tables, pixel_size):
    """R of the largest foraging kernel in cells (floor(5 alpha_px), as the kernel is built)."""
    return max(int(np.floor(5.0 * a)) for a in kernels_by_alpha(tables, pixel_size))


def check_kernel_memory(tables, landuse_path, memory_budget_mb=None):
    """Refuse a guild whose foraging kernel alone is more than a run may use.

    Tiling bounds the land-use window, not the kernel: even the smallest window is
    transformed on an FFT grid at least the kernel's width square, so an alpha of 100 km on
    10 m cells would ask for tens of GiB however small the tiles. Below the machine's
    default share of memory the kernel may exceed a lower budget setting (tiling then uses
    its smallest tiles, as choose_tile_size says); above both it is refused before anything
    is read."""
    reader = RasterReader(landuse_path)
    grid = reader.grid
    reader.close()
    limit = max(budget_bytes(memory_budget_mb), budget_bytes(None))
    for alpha_px, guilds in sorted(kernels_by_alpha(tables, grid.pixel_size).items()):
        radius = int(np.floor(5.0 * alpha_px))
        need = window_bytes(1, 1, radius, len(tables.seasons))
        if need > limit:
            raise InputError(
                "Guild '{guild}' has an alpha of {alpha} m: on cells of {cell} m its foraging "
                "kernel is {size} × {size} cells and needs about {need} MiB, more than the "
                "{limit} MiB this run may use. Check that alpha is in metres (the Dutch "
                "guilds have 200 to 1000 m), or use a land-use raster with larger cells.",
                guild=guilds[0].species, alpha="%g" % guilds[0].alpha,
                cell="%g" % grid.pixel_size, size=2 * radius + 1,
                need=int(round(need / 2.0 ** 20)), limit=int(limit / 2.0 ** 20))


def window_bytes(rows, cols, radius, seasons):
    """Peak memory of run_pollination on a rows x cols grid (see BYTES_PER_CELL)."""
    return ((BYTES_PER_CELL + BYTES_PER_SEASON_CELL * seasons) * rows * cols
            + BYTES_PER_FFT_CELL * fft_cells(rows, cols, 2 * radius + 1))


def _refuse_empty(landuse_path):
    raise InputError("The land-use raster '{path}' holds only nodata.",
                     path=os.path.basename(landuse_path))


def kept_bands(tables):
    """The bands of the file the first tiled pass keeps: each guild's supply (PS) and floral
    resources (FR)."""
    species = [g.species for g in tables.guilds]
    return ["PS " + s for s in species] + ["FR " + s for s in species]


def kept_supply(kept_ds, tile, valid):
    """``supply_of`` for run_abundance on a tile's window: (PS, FR) of a guild read from the
    kept file (bands as kept_bands), 0 at invalid cells."""
    names = [kept_ds.GetRasterBand(b + 1).GetDescription() for b in range(kept_ds.RasterCount)]

    def window(name):
        band = kept_ds.GetRasterBand(names.index(name) + 1)
        values = band.ReadAsArray(tile.win_col, tile.win_row, tile.win_cols, tile.win_rows)
        return np.where(valid, values, np.float32(0))
    return lambda guild: (window("PS " + guild.species), window("FR " + guild.species))
