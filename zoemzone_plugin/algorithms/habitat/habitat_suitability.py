"""zoemzone:habitatsuitability: nesting, food, supply and abundance maps (InVEST pollination)."""
from qgis.core import (QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterRasterDestination)

from ...engine.pollination.runner import run_to_files
from ...styling import (LayerStyler, style_abundance, style_floral, style_floral_cover,
                        style_nesting, style_supply)
from ..base import ZoemZoneAlgorithm
from ..pollination_inputs import add_pollination_inputs, read_inputs


class HabitatSuitabilityAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "habitatsuitability"
    GROUP_ID = "habitat"

    NESTING = "NESTING"
    FLORAL = "FLORAL"
    SUPPLY = "SUPPLY"
    ABUNDANCE = "ABUNDANCE"
    FLORAL_COVER = "FLORAL_COVER"
    INVEST_FOLDER = "INVEST_FOLDER"

    def displayName(self):  # noqa: N802
        return self.tr("Habitat suitability (pollinators)")

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
        add_pollination_inputs(self)
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
        self.add(QgsProcessingParameterRasterDestination(
            self.FLORAL_COVER, self.tr("Floral cover"), optional=True, createByDefault=False),
            self.tr("Optional: each cell's own floral index per guild (its flowers weighted "
                    "by the guild's seasons), not averaged over the foraging range. This is "
                    "the flowering that Bijenlandschap rules expects."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        landuse, tables = read_inputs(self, parameters, context, feedback)
        outputs = {name: self.output_path(parameters, name, context)
                   for name in (self.NESTING, self.FLORAL, self.SUPPLY, self.ABUNDANCE)}
        cover = self.output_path(parameters, self.FLORAL_COVER, context, optional=True)
        if cover:
            outputs[self.FLORAL_COVER] = cover
        invest_folder = self.parameterAsString(parameters, self.INVEST_FOLDER, context) or None
        with self.cluster(feedback) as cluster:
            self.run_engine(run_to_files, landuse, tables, outputs, invest_folder, feedback,
                            "Zoem Zone habitat suitability",
                            memory_budget_mb=self.memory_budget_mb(), cluster=cluster)
        styles = {self.NESTING: style_nesting, self.FLORAL: style_floral,
                  self.SUPPLY: style_supply, self.ABUNDANCE: style_abundance,
                  self.FLORAL_COVER: style_floral_cover}
        for name, path in outputs.items():
            LayerStyler.attach(context, path, styles[name],
                               self.parameterDefinition(name).description())
        results = dict(outputs)
        if invest_folder:
            results[self.INVEST_FOLDER] = invest_folder
        return results
