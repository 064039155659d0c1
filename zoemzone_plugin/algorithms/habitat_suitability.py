"""zoemzone:habitatsuitability: nesting, food, supply and abundance maps (InVEST pollination)."""
from functools import partial

from qgis.core import (QgsProcessingParameterFile, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer)

from ..engine.pollination_outputs import run_to_files
from ..engine.pollination_tables import read_pollination_tables
from ..paths import default_table
from ..styling import LayerStyler, apply_ramp
from .base import ZoemZoneAlgorithm

DEFAULT_BIOPHYSICAL = "biophysical_nl.csv"
DEFAULT_GUILDS = "guilds_nl.csv"


class HabitatSuitabilityAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "habitatsuitability"
    GROUP_ID = "habitat"

    LANDUSE = "LANDUSE"
    BIOPHYSICAL_TABLE = "BIOPHYSICAL_TABLE"
    GUILD_TABLE = "GUILD_TABLE"
    NESTING = "NESTING"
    FLORAL = "FLORAL"
    SUPPLY = "SUPPLY"
    ABUNDANCE = "ABUNDANCE"
    INVEST_FOLDER = "INVEST_FOLDER"

    def displayName(self):  # noqa: N802
        return self.tr("Habitat suitability (pollinators)")

    def group(self):
        return self.tr("Habitat")

    def help_text(self):
        return self.tr(
            "<p>Maps where wild bees can nest, how much food they reach, how many bees the "
            "landscape supplies and how many visit each place per season. This is the InVEST "
            "3.20 pollination model (Lonsdorf et al. 2009) and gives InVEST's numbers.</p>"
            "<p>Without tables of your own it uses the Dutch defaults: LGN land-use codes, "
            "ground-nesting and cavity-nesting solitary bees and bumblebees, and four seasons "
            "(early spring, late spring, summer, late summer). InVEST tables work unchanged; "
            "headers may be in any case, separated by ',' or ';', with decimal commas.</p>"
            "<p>Each output holds one band per guild or per season, named after it. Values are "
            "indices from 0 to 1; nodata where the land use is nodata.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(
            self.LANDUSE, self.tr("Land-use raster (e.g. LGN)")),
            self.tr("Integer land-use codes in a projected CRS (metres), such as LGN in "
                    "EPSG:28992. Every code in the raster must be in the biophysical table."))
        self.add(QgsProcessingParameterFile(
            self.BIOPHYSICAL_TABLE, self.tr("Biophysical table (CSV)"),
            extension="csv", optional=True),
            self.tr("One row per land-use code: lucode, nesting_<substrate>_availability_index "
                    "and floral_resources_<season>_index (0–1). Empty: the Dutch LGN table."))
        self.add(QgsProcessingParameterFile(
            self.GUILD_TABLE, self.tr("Guild table (CSV)"), extension="csv", optional=True),
            self.tr("One row per bee guild: species, nesting_suitability_<substrate>_index, "
                    "foraging_activity_<season>_index (0–1), alpha (typical foraging distance "
                    "in metres) and relative_abundance. Empty: the Dutch default guilds."))
        self.add(QgsProcessingParameterRasterDestination(
            self.NESTING, self.tr("Nesting habitat")),
            self.tr("Nesting suitability per guild (HN), one band per guild."))
        self.add(QgsProcessingParameterRasterDestination(
            self.FLORAL, self.tr("Accessible food")),
            self.tr("Floral resources within foraging range per guild (FR), one band per guild."))
        self.add(QgsProcessingParameterRasterDestination(
            self.SUPPLY, self.tr("Pollinator supply")),
            self.tr("Band 1: total pollinator supply over all guilds; then one band per guild."))
        self.add(QgsProcessingParameterRasterDestination(
            self.ABUNDANCE, self.tr("Pollinator abundance per season")),
            self.tr("Total pollinator abundance (all guilds), one band per season."))
        self.add(QgsProcessingParameterFolderDestination(
            self.INVEST_FOLDER, self.tr("InVEST file layout (folder)"), optional=True,
            createByDefault=False),
            self.tr("Optional: also write InVEST 3.20's own files (pollinator_supply_<species>"
                    ".tif, pollinator_abundance_<species>_<season>.tif, total_pollinator_"
                    "abundance_<season>.tif and intermediate_outputs/) into this folder."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        landuse = self.raster_path(parameters, self.LANDUSE, context)
        bio = (self.parameterAsFile(parameters, self.BIOPHYSICAL_TABLE, context)
               or default_table(DEFAULT_BIOPHYSICAL))
        guilds = (self.parameterAsFile(parameters, self.GUILD_TABLE, context)
                  or default_table(DEFAULT_GUILDS))
        feedback.pushInfo(self.tr("Biophysical table: {path}").format(path=bio))
        feedback.pushInfo(self.tr("Guild table: {path}").format(path=guilds))
        tables = self.run_engine(read_pollination_tables, bio, guilds)
        outputs = {name: self.parameterAsOutputLayer(parameters, name, context)
                   for name in (self.NESTING, self.FLORAL, self.SUPPLY, self.ABUNDANCE)}
        invest_folder = self.parameterAsString(parameters, self.INVEST_FOLDER, context) or None
        self.run_engine(run_to_files, landuse, tables, outputs, invest_folder, feedback,
                        "Zoem Zone habitat suitability")
        ramps = {self.NESTING: "YlOrBr", self.FLORAL: "RdPu", self.SUPPLY: "YlGn",
                 self.ABUNDANCE: "Viridis"}
        for name, path in outputs.items():
            LayerStyler.attach(context, path, partial(apply_ramp, ramp_name=ramps[name]),
                               self.parameterDefinition(name).description())
        results = dict(outputs)
        if invest_folder:
            results[self.INVEST_FOLDER] = invest_folder
        return results
