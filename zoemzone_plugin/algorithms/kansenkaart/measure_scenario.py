"""zoemzone:measurescenario: what the measures partners have drawn would add."""
from qgis.core import (QgsCoordinateTransform, QgsProcessing, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterDestination)

from ...engine.io.outputs import Outputs, TextFile
from ...engine.pollination.outputs import PollinationWriter
from ...engine.kansenkaart.scenario import REFUSE, SKIP, rasterize_measures, run_scenario
from ...styling import LayerStyler, style_abundance, style_change, style_supply
from ..base import ZoemZoneAlgorithm
from ..patch_inputs import DISTANCE, PATCHES, add_patch_inputs, read_patch_network
from ..pollination_inputs import (read_checked_landuse, add_catalogue_input, add_pollination_inputs,
                                  read_catalogue_input, read_inputs)
from ..scenario_report import scenario_report


class MeasureScenarioAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "measurescenario"
    GROUP_ID = "kansenkaart"

    MEASURES = "MEASURES"
    MEASURE_FIELD = "MEASURE_FIELD"
    ON_PROBLEM = "ON_PROBLEM"
    FOOD_THRESHOLD = "FOOD_THRESHOLD"
    PATCHES = PATCHES
    DISTANCE = DISTANCE
    SUPPLY = "SUPPLY"
    ABUNDANCE = "ABUNDANCE"
    DELTA_SUPPLY = "DELTA_SUPPLY"
    DELTA_ABUNDANCE = "DELTA_ABUNDANCE"
    REPORT = "REPORT"

    def displayName(self):  # noqa: N802
        return self.tr("Measure scenario")

    def help_text(self):
        return self.tr(
            "<p>What drawn measures (flower strips, verge management, hedges, nest sites …) "
            "would add before anyone spends money: the pollination model is run for today and "
            "with the measures, and the difference is exact. A measure changes each cell by "
            "the share of the cell it covers (a polygon by its area in the cell, a line by its "
            "buffer of half the measure's width on each side), so a 6 m margin on 25 m cells "
            "counts as 6 m: the cell's nesting and floral values become the area-weighted mix "
            "of its land use and the measure. A point takes the whole cell it falls in.</p>"
            "<p>Features with an unknown measure "
            "type, an empty geometry, or drawn on land use the measure may not be applied on "
            "are listed by feature id in the log and the report, and skipped (or the run is "
            "refused, as you choose); nothing is dropped silently.</p><p>The report gives per "
            "feature and in total the gain in pollinator supply, the change in area with "
            "seasonal food gaps and, with patches and a dispersal distance, the change in "
            "equivalent connected area (ECA, patch capacity = pollinator supply summed over "
            "the patch).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_pollination_inputs(self)
        add_catalogue_input(self)
        self.add(QgsProcessingParameterFeatureSource(
            self.MEASURES, self.tr("Measures"), [QgsProcessing.TypeVectorAnyGeometry]),
            self.tr("Drawn measures: points, lines (buffered by the measure's width) or "
                    "polygons."))
        self.add(QgsProcessingParameterField(
            self.MEASURE_FIELD, self.tr("Measure type field"), parentLayerParameterName=self.MEASURES),
            self.tr("The field holding the catalogue's code (e.g. akkerrand) or id."))
        self.add(QgsProcessingParameterEnum(
            self.ON_PROBLEM, self.tr("Faulty features"),
            [self.tr("Skip them and report"), self.tr("Refuse the run")], defaultValue=0),
            self.tr("What to do with features that cannot be used as drawn."))
        self.add_number(
            self.FOOD_THRESHOLD, self.tr("Food threshold"), "foodgaps", "threshold",
            self.tr("For the change in area with seasonal food gaps (as in Seasonal food "
                    "gaps)."))
        add_patch_inputs(self)
        for name, label, text in (
                (self.SUPPLY, self.tr("Scenario pollinator supply"),
                 self.tr("As Pollinator supply of Habitat suitability, with the measures.")),
                (self.ABUNDANCE, self.tr("Scenario pollinator abundance"),
                 self.tr("Total abundance per season, with the measures.")),
                (self.DELTA_SUPPLY, self.tr("Change in pollinator supply"),
                 self.tr("Scenario minus today: band 1 all guilds, then one band per guild.")),
                (self.DELTA_ABUNDANCE, self.tr("Change in pollinator abundance"),
                 self.tr("Scenario minus today, one band per season."))):
            self.add(QgsProcessingParameterRasterDestination(name, label), text)
        self.add(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)")),
            self.tr("Per feature and in total: gain in supply, change in food-gap area and "
                    "ECA, and every feature that was skipped and why."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        landuse_path, tables = read_inputs(self, parameters, context, feedback)
        catalogue = read_catalogue_input(self, parameters, context, tables)
        landuse, valid, grid = read_checked_landuse(self, landuse_path, tables, feedback)
        crs = self.parameterAsRasterLayer(parameters, "LANDUSE", context).crs()
        source = self.source_of(parameters, self.MEASURES, context, projected=False)
        field = self.parameterAsString(parameters, self.MEASURE_FIELD, context)
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        features = []
        for feature in self.all_features(source):
            geometry = feature.geometry()
            if not geometry.isNull():
                geometry.transform(transform)
            features.append((feature.id(), None if geometry.isNull() else
                             bytes(geometry.asWkb()), feature[field]))
        mode = REFUSE if self.parameterAsEnum(parameters, self.ON_PROBLEM, context) else SKIP
        burnt = self.run_engine(rasterize_measures, grid, features, catalogue, landuse, valid,
                                mode)
        for problem in burnt.problems:
            feedback.reportError(self.tr("Feature {fid}: {problem}").format(
                fid=problem.feature_id, problem=problem.translated(self.tr)))
        paths = {name: self.output_path(parameters, name, context)
                 for name in (self.SUPPLY, self.ABUNDANCE, self.DELTA_SUPPLY,
                              self.DELTA_ABUNDANCE)}
        network = read_patch_network(self, parameters, context, grid, crs, feedback)
        with Outputs() as outputs:
            scenario = self.run_engine(
                PollinationWriter, outputs, grid, tables,
                {"SUPPLY": paths[self.SUPPLY], "ABUNDANCE": paths[self.ABUNDANCE]},
                product_prefix="scenario_")
            delta = self.run_engine(
                PollinationWriter, outputs, grid, tables,
                {"SUPPLY": paths[self.DELTA_SUPPLY], "ABUNDANCE": paths[self.DELTA_ABUNDANCE]},
                product_prefix="delta_")
            if network is not None:
                scenario, delta = network.recorder(scenario), network.recorder(delta)
            result = self.run_engine(
                run_scenario, landuse, valid, grid.pixel_size, tables, catalogue,
                burnt.measures, scenario, delta, burnt.cells,
                self.parameterAsDouble(parameters, self.FOOD_THRESHOLD, context),
                shares=burnt.shares, feedback=feedback)
            eca = None
            if network is not None:
                eca = [self.run_engine(network.eca, capacities) for capacities in
                       (scenario.capacities - delta.capacities, scenario.capacities)]
            report = self.parameterAsFileOutput(parameters, self.REPORT, context)
            outputs.add(self.run_engine(TextFile, report, scenario_report(
                result, burnt, features, eca, grid, catalogue)))
        feedback.pushInfo(self.tr("Gain in total pollinator supply: {gain:.4g}").format(
            gain=result.gain))
        for name, style in ((self.SUPPLY, style_supply), (self.ABUNDANCE, style_abundance),
                            (self.DELTA_SUPPLY, style_change),
                            (self.DELTA_ABUNDANCE, style_change)):
            LayerStyler.attach(context, paths[name], style,
                               self.parameterDefinition(name).description())
        return dict(paths, **{self.REPORT: report})
