"""The land-use and table inputs every pollination-based algorithm shares, declared once so
their names, defaults and help stay the same across algorithms (models rely on that)."""
from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterRasterLayer

import numpy as np

from ..engine.kansenkaart.catalogue import read_catalogue
from ..engine.io.gdalio import read_landuse
from ..engine.pollination.outputs import check_kernel_memory
from ..engine.pollination.tables import combine_tables, read_biophysical, read_guilds
from ..paths import default_table

LANDUSE = "LANDUSE"
BIOPHYSICAL_TABLE = "BIOPHYSICAL_TABLE"
GUILD_TABLE = "GUILD_TABLE"
DEFAULT_BIOPHYSICAL = "biophysical_nl.csv"
DEFAULT_GUILDS = "guilds_nl.csv"
MEASURES_CATALOGUE = "MEASURES_CATALOGUE"
DEFAULT_CATALOGUE = "measures_nl.csv"


def add_pollination_inputs(alg, optional_landuse_help=None):
    """The land use and tables; with ``optional_landuse_help`` (an algorithm that needs the
    model for one part only) the land use is optional and that help says what for."""
    alg.add(QgsProcessingParameterRasterLayer(LANDUSE, alg.tr("Land-use raster (e.g. LGN)"),
                                              optional=optional_landuse_help is not None),
            optional_landuse_help or
            alg.tr("Integer land-use codes in a projected CRS (metres), such as LGN in "
                   "EPSG:28992. Every code in the raster must be in the biophysical table."))
    alg.add(QgsProcessingParameterFile(BIOPHYSICAL_TABLE, alg.tr("Biophysical table (CSV)"),
                                       extension="csv", optional=True),
            alg.tr("One row per land-use code: lucode, nesting_<substrate>_availability_index "
                   "and floral_resources_<season>_index (0–1). Empty: the Dutch LGN table."))
    alg.add(QgsProcessingParameterFile(GUILD_TABLE, alg.tr("Guild table (CSV)"),
                                       extension="csv", optional=True),
            alg.tr("One row per bee guild: species, nesting_suitability_<substrate>_index, "
                   "foraging_activity_<season>_index (0–1), alpha (typical foraging distance "
                   "in metres) and relative_abundance. Empty: the Dutch default guilds."))


def read_inputs(alg, parameters, context, feedback, kernels=True):
    """(land-use file, PollinationTables) from the shared inputs, defaults filled in; with
    ``kernels`` (the algorithm convolves with the guilds' foraging kernels) a guild whose
    kernel cannot fit in memory is refused here, naming the guild table."""
    landuse = alg.landuse_path(parameters, LANDUSE, context)
    bio = (alg.parameterAsFile(parameters, BIOPHYSICAL_TABLE, context)
           or default_table(DEFAULT_BIOPHYSICAL))
    guilds = alg.parameterAsFile(parameters, GUILD_TABLE, context) or default_table(DEFAULT_GUILDS)
    feedback.pushInfo(alg.tr("Biophysical table: {path}").format(path=bio))
    feedback.pushInfo(alg.tr("Guild table: {path}").format(path=guilds))
    tables = alg.run_engine(combine_tables,
                            alg.run_engine(read_guilds, guilds, parameter=GUILD_TABLE),
                            alg.run_engine(read_biophysical, bio, parameter=BIOPHYSICAL_TABLE))
    if kernels:
        alg.run_engine(check_kernel_memory, tables, landuse, alg.memory_budget_mb(),
                       parameter=GUILD_TABLE)
    return landuse, tables


def read_checked_landuse(alg, path, tables, feedback):
    """(codes, valid, grid) of a land-use raster whose every code the tables describe; a
    nodata value the biophysical table lists is such a code (see gdalio.RasterReader)."""
    landuse, valid, grid = alg.run_engine(read_landuse, path, tables.biophysical.codes,
                                          feedback)
    alg.run_engine(tables.check_codes, np.unique(landuse[valid]))
    return landuse, valid, grid


def add_catalogue_input(alg):
    alg.add(QgsProcessingParameterFile(
        MEASURES_CATALOGUE, alg.tr("Measure catalogue (CSV)"), extension="csv", optional=True),
        alg.tr("Measures with their id, code, allowed land uses and the nesting and floral "
               "values they set. Empty: the Dutch catalogue."))


def read_catalogue_input(alg, parameters, context, tables):
    path = (alg.parameterAsFile(parameters, MEASURES_CATALOGUE, context)
            or default_table(DEFAULT_CATALOGUE))
    return alg.run_engine(read_catalogue, path, tables, parameter=MEASURES_CATALOGUE)
