"""zoemzone:seasonalfoodgaps: where bees go hungry in a season they fly (the jaarrond goal)."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessing,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterRasterDestination,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...engine.kansenkaart.foodgaps_runner import food_gaps_to_file
from ...styling import LayerStyler, style_food_gaps
from ..base import ZoemZoneAlgorithm
from ..pollination_inputs import add_pollination_inputs, read_inputs


class SeasonalFoodGapsAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "seasonalfoodgaps"
    GROUP_ID = "habitat"

    FOOD_THRESHOLD = "FOOD_THRESHOLD"
    OUTPUT = "OUTPUT"
    GAP_SEASONS = "GAP_SEASONS"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("Seasonal food gaps (year-round food)")

    def help_text(self):
        return self.tr(
            "<p>Zoem Zone's year-round (jaarrond) goal made visible: at every place where a "
            "guild can nest, the number of the seasons in which it flies (foraging activity "
            "above 0) with too little food within its foraging range. Food in a season is the "
            "kernel-weighted mean of the floral resources of that season around the nest, with "
            "the guild's own foraging kernel (as in Habitat suitability); a season is a gap "
            "where it falls below the threshold.</p><p>0 = fed all year. The summary gives the "
            "area with a gap per guild and season.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_pollination_inputs(self)
        self.add_number(
            self.FOOD_THRESHOLD, self.tr("Food threshold"), "foodgaps", "threshold",
            self.tr("Floral resources within reach (0–1, the floral index of the biophysical "
                    "table) below which a season counts as a gap."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT,
                                                         self.tr("Seasons with a food gap")),
                 self.tr("One band per guild: the number of its flight seasons with a food "
                         "gap; nodata where the guild cannot nest."))
        self.add(QgsProcessingParameterRasterDestination(
            self.GAP_SEASONS, self.tr("Which seasons have a food gap"), optional=True,
            createByDefault=False),
            self.tr("Optional: one band per guild, the seasons with a food gap as a sum of "
                    "bits: 1 for the first season of the guild table, 2 for the second, 4 for "
                    "the third, …; the season names are in the raster's metadata. The website "
                    "names them on a click."))
        self.add(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Food gap summary"), QgsProcessing.TypeVector),
            self.tr("Per guild and season: nest area, area with a food gap (ha) and its "
                    "share (%)."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        landuse_path, tables = read_inputs(self, parameters, context, feedback)
        threshold = self.parameterAsDouble(parameters, self.FOOD_THRESHOLD, context)
        output = self.output_path(parameters, self.OUTPUT, context)
        seasons = self.output_path(parameters, self.GAP_SEASONS, context, optional=True)
        with self.cluster(feedback) as cluster:
            grid, nest_cells, summary = self.run_engine(
                food_gaps_to_file, landuse_path, tables, threshold, output, feedback,
                "Zoem Zone seasonal food gaps", memory_budget_mb=self.memory_budget_mb(),
                seasons_path=seasons, cluster=cluster)
        hectares = abs(grid.geotransform[1] * grid.geotransform[5]) / 10000.0
        rows = [(None, [species, season, nest_cells[species] * hectares, cells * hectares,
                        100.0 * cells / nest_cells[species] if nest_cells[species] else 0.0])
                for (species, season), cells in summary.items()]
        summary_id = self.write_sink(
            parameters, self.SUMMARY, context,
            [("guild", QVariant.String), ("season", QVariant.String),
             ("nest_area_ha", QVariant.Double), ("gap_area_ha", QVariant.Double),
             ("gap_share_pct", QVariant.Double)],
            QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem(), rows)
        LayerStyler.attach(context, output, style_food_gaps,
                           self.parameterDefinition(self.OUTPUT).description())
        results = {self.OUTPUT: output, self.SUMMARY: summary_id}
        if seasons:
            LayerStyler.attach(context, seasons, style_food_gaps,
                               self.parameterDefinition(self.GAP_SEASONS).description())
            results[self.GAP_SEASONS] = seasons
        return results
