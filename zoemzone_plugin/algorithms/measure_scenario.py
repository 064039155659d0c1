"""zoemzone:measurescenario: what the measures partners have drawn would add."""
import html

from qgis.core import (QgsCoordinateTransform, QgsProcessing, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterDestination)

from ..engine.outputs import Outputs, TextFile
from ..engine.pollination_outputs import PollinationWriter
from ..engine.scenario import REFUSE, SKIP, rasterize_measures, run_scenario
from ..names import measure_names, names
from ..styling import LayerStyler, style_abundance, style_change, style_supply
from .base import ZoemZoneAlgorithm
from .patch_inputs import DISTANCE, PATCHES, add_patch_inputs, read_patch_network
from .pollination_inputs import (read_checked_landuse, add_catalogue_input, add_pollination_inputs,
                                 read_catalogue_input, read_inputs)

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

    def group(self):
        return self.tr("Kansenkaart")

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
            outputs.add(self.run_engine(TextFile, report, self.report_html(
                result, burnt, features, eca, grid, catalogue)))
        feedback.pushInfo(self.tr("Gain in total pollinator supply: {gain:.4g}").format(
            gain=result.gain))
        for name, style in ((self.SUPPLY, style_supply), (self.ABUNDANCE, style_abundance),
                            (self.DELTA_SUPPLY, style_change),
                            (self.DELTA_ABUNDANCE, style_change)):
            LayerStyler.attach(context, paths[name], style,
                               self.parameterDefinition(name).description())
        return dict(paths, **{self.REPORT: report})

    def report_html(self, result, burnt, features, eca, grid, catalogue):
        """The scenario's report: totals, food gaps, ECA, per feature, and the problems.
        Measures, guilds and seasons appear by name in the user's language (a code the
        tables do not name, as it is)."""
        e = html.escape
        hectares = abs(grid.geotransform[1] * grid.geotransform[5]) / 10000.0
        named = measure_names(catalogue)
        measure_of = {}
        for fid, _, value in features:
            measure = catalogue.lookup(value)
            measure_of[fid] = named[measure.id] if measure else value
        guilds, seasons = names("guild"), names("season")
        share = 100.0 * result.gain / result.supply_today if result.supply_today else 0.0
        parts = ["<html><head><meta charset='utf-8'><title>%s</title></head><body>"
                 % e(self.tr("Measure scenario")),
                 "<h1>%s</h1>" % e(self.tr("Measure scenario")),
                 "<table border='1' cellpadding='3'>",
                 "<tr><td>%s</td><td>%.6g</td></tr>" % (e(self.tr("Total pollinator supply "
                                                                 "today")), result.supply_today),
                 "<tr><td>%s</td><td>%.6g</td></tr>" % (e(self.tr("With the measures")),
                                                       result.supply_scenario),
                 "<tr><td>%s</td><td>%.6g (%+.2f %%)</td></tr>" % (
                     e(self.tr("Gain")), result.gain, share)]
        if eca is not None:
            parts.append("<tr><td>%s</td><td>%.6g → %.6g (%+.6g)</td></tr>" % (
                e(self.tr("Equivalent connected area (ECA)")), eca[0], eca[1], eca[1] - eca[0]))
        parts.append("</table>")
        if result.gap_cells_change:
            parts.append("<h2>%s</h2><table border='1' cellpadding='3'><tr><th>%s</th><th>%s"
                         "</th><th>%s</th><th>%s</th></tr>" % (
                             e(self.tr("Area with a seasonal food gap (ha)")),
                             e(self.tr("Guild")), e(self.tr("Season")), e(self.tr("Today")),
                             e(self.tr("Change"))))
            for (species, season), change in result.gap_cells_change.items():
                parts.append("<tr><td>%s</td><td>%s</td><td>%.2f</td><td>%+.2f</td></tr>" % (
                    e(guilds.get(species, species)), e(seasons.get(season, season)),
                    result.gap_cells_today[(species, season)] * hectares,
                    change * hectares))
            parts.append("</table>")
        parts.append("<h2>%s</h2><p>%s</p><table border='1' cellpadding='3'><tr><th>%s</th>"
                     "<th>%s</th><th>%s</th><th>%s</th></tr>" % (
                         e(self.tr("Per feature")),
                         e(self.tr("Each feature applied alone (exact)") if
                           result.feature_method == "exact" else
                           self.tr("Each feature's share of the total gain (one pass)")),
                         e(self.tr("Feature id")), e(self.tr("Measure")), e(self.tr("Cells")),
                         e(self.tr("Gain in supply"))))
        for fid, gain in result.feature_gains.items():
            parts.append("<tr><td>%s</td><td>%s</td><td>%d</td><td>%.6g</td></tr>" % (
                e(str(fid)), e(str(measure_of.get(fid, ""))), result.feature_cells.get(fid, 0),
                gain))
        parts.append("</table>")
        if burnt.problems:
            parts.append("<h2>%s</h2><table border='1' cellpadding='3'><tr><th>%s</th><th>%s"
                         "</th></tr>" % (e(self.tr("Features not used as drawn")),
                                         e(self.tr("Feature id")), e(self.tr("Problem"))))
            for problem in burnt.problems:
                parts.append("<tr><td>%s</td><td>%s</td></tr>" % (
                    e(str(problem.feature_id)), e(problem.translated(self.tr))))
            parts.append("</table>")
        parts.append("</body></html>")
        return "\n".join(parts)
