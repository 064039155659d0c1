"""Where the pollination model's products go on disk: our multi-band layers and InVEST's files.

Our layers group a product's guilds or seasons as bands of one file (one layer in QGIS);
InVEST's layout writes one file per product and key, under the names InVEST 3.20 uses, so an
analyst's existing scripts and comparisons keep working.
"""
import os

import numpy as np

from .errors import InputError
from .gdalio import BandWriter, read_landuse, write_single
from .pollination import Products, run_pollination

TOTAL_BAND = "total (all guilds)"

INVEST_FILES = {
    Products.SUPPLY: "pollinator_supply_{species}.tif",
    Products.GUILD_ABUNDANCE: "pollinator_abundance_{species}_{season}.tif",
    Products.TOTAL_ABUNDANCE: "total_pollinator_abundance_{season}.tif",
    Products.NESTING: os.path.join("intermediate_outputs", "habitat_nesting_index_{species}.tif"),
    Products.FLORAL: os.path.join("intermediate_outputs", "floral_resources_{species}.tif"),
}


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
    """A sink for ``run_pollination`` writing the layers asked for in ``paths``.

    ``paths`` maps 'NESTING', 'FLORAL', 'SUPPLY' and 'ABUNDANCE' to output files (any may be
    left out); ``invest_folder`` (optional) receives InVEST's file layout as well.
    """

    def __init__(self, grid, tables, paths, invest_folder=None, description=""):
        self.grid = grid
        self.invest_folder = invest_folder
        species = [g.species for g in tables.guilds]
        bands = {"NESTING": species, "FLORAL": species, "SUPPLY": [TOTAL_BAND] + species,
                 "ABUNDANCE": list(tables.seasons)}
        self.writers = {name: BandWriter(path, grid, bands[name], description)
                        for name, path in paths.items() if path}

    @property
    def wants_guild_abundance(self):
        return bool(self.invest_folder)

    def __call__(self, product, key, array):
        layer, band = {
            Products.NESTING: ("NESTING", key),
            Products.FLORAL: ("FLORAL", key),
            Products.SUPPLY: ("SUPPLY", key),
            Products.TOTAL_SUPPLY: ("SUPPLY", TOTAL_BAND),
            Products.TOTAL_ABUNDANCE: ("ABUNDANCE", key),
        }.get(product, (None, None))
        if layer in self.writers:
            self.writers[layer].write(band, array)
        name = invest_file(product, key)
        if self.invest_folder and name:
            write_single(os.path.join(self.invest_folder, name), self.grid,
                         os.path.splitext(os.path.basename(name))[0], array)

    def close(self):
        for writer in self.writers.values():
            writer.close()


def run_to_files(landuse_path, tables, paths, invest_folder=None, feedback=None,
                 description=""):
    """Read a land-use raster, check it against the tables, run the model, write the outputs."""
    landuse, valid, grid = read_landuse(landuse_path)
    if grid.is_geographic():
        raise InputError(
            "The land-use raster '{path}' is in a geographic CRS (degrees). The foraging "
            "distances are in metres: reproject it to a projected CRS such as EPSG:28992 "
            "(RD New) first.", path=os.path.basename(landuse_path))
    if not valid.any():
        raise InputError("The land-use raster '{path}' holds only nodata.",
                         path=os.path.basename(landuse_path))
    tables.check_codes(np.unique(landuse[valid]))
    writer = PollinationWriter(grid, tables, paths, invest_folder, description)
    try:
        run_pollination(landuse, valid, grid.pixel_size, tables, writer,
                        writer.wants_guild_abundance, feedback)
    finally:
        writer.close()
    return grid
