"""zoemzone:assessapplications: the fund's applications assessed, and the portfolio to fund."""
import html
import math

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterRasterLayer,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ... import help_numbers
from ...engine import defaults
from ...engine.kansenkaart.fund import (Application, application_cells, application_effects,
                                        check_eligibility, mean_under, problem_texts, svg_map)
from ...engine.kansenkaart.measure_cover import SHARE_STEP
from ...engine.io.outputs import check_writable, write_text
from ...engine.kansenkaart.portfolio import choose_portfolio
from ...engine.kansenkaart.scenario import run_scenario
from ..base import ZoemZoneAlgorithm
from ..patch_inputs import DISTANCE, PATCHES, add_patch_inputs, read_patch_network
from ..pollination_inputs import (add_catalogue_input, add_pollination_inputs,
                                  read_catalogue_input, read_checked_landuse, read_inputs)

REQUIRED_FIELDS = ("applicant_kind", "measure_type", "amount_requested_eur", "status")
NUMERIC_FIELDS = ("amount_requested_eur", "measure_size_m2")
TEXT_FIELDS = ("applicant_name", "title")
FOOD_THRESHOLD = defaults.value("foodgaps", "threshold")    # as Seasonal food gaps'
SEARCH_SECONDS = 60.0       # the portfolio search stops here and states its gap


class AssessApplicationsAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "assessapplications"
    GROUP_ID = "kansenkaart"

    APPLICATIONS = "APPLICATIONS"
    PRIORITY = "PRIORITY"
    STUDY_AREAS = "STUDY_AREAS"
    BUDGET = "BUDGET"
    MIN_AREAS = "MIN_AREAS"
    MAX_PER_AREA = "MAX_PER_AREA"
    PATCHES = PATCHES
    DISTANCE = DISTANCE
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def displayName(self):  # noqa: N802
        return self.tr("Assess fund applications")

    def help_text(self):
        return self.tr(
            "<p>Assesses the applications to the stimuleringsfonds and chooses the portfolio "
            "to fund. Each application is a measure of the catalogue on its own ground (a "
            "point with measure_size_m2 becomes a circle of that area); its effect is the gain "
            "in total pollinator supply with it alone, as Measure scenario computes it, and "
            "effect per euro divides that by amount_requested_eur. Its change in seasonal food "
            "gaps alone (nest cells times flight seasons with too little food, threshold "
            "{threshold} "
            "as in Seasonal food gaps) is given beside it, and with habitat patches and a "
            "dispersal distance its change in equivalent connected area (ECA), as Measure "
            "scenario computes it.</p>"
            "<p>Eligibility problems are listed by name: a direct partner applying alone, an "
            "amount missing or not above 0, an unknown measure type, an application outside "
            "every study area, status afgewezen, and every drawing problem of Measure "
            "scenario (e.g. land use the measure may not be applied on).</p>"
            "<p>Applications near each other are not simply added: where one's flowers feed "
            "the nests another adds (or would have fed the nests another takes away) their "
            "joint effect differs from the sum. The portfolio counts every pair's interaction "
            "term, which for the pollination model is exact: the joint effect of any set is "
            "the sum of the separate effects plus the pairs' terms. Applications on the same "
            "cells exclude each other.</p>"
            "<p>The portfolio is the set of eligible applications within the budget with the "
            "greatest joint effect that gives projects to at least MIN_AREAS study areas and "
            "at most MAX_PER_AREA to any one, found by branch and bound. It is exact; if the "
            "search needs more than a minute it stops with the best portfolio found and states "
            "how far from the optimum it can at most be (the gap). The chosen portfolio is "
            "then run through the model once more, which checks its joint effect and gives "
            "its change in cells with a seasonal food gap and in ECA. The ECA is reported, "
            "not optimised: the portfolio maximises the gain in supply alone.</p>").format(
                threshold=help_numbers.written(FOOD_THRESHOLD))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            self.APPLICATIONS, self.tr("Applications"), [QgsProcessing.TypeVectorAnyGeometry]),
            self.tr("Points, lines or polygons with applicant_kind, measure_type, "
                    "amount_requested_eur and status; measure_size_m2, applicant_name and "
                    "title are used where present (the data package's applications table). "
                    "A line is buffered by its measure's width, as in Measure scenario."))
        add_pollination_inputs(self)
        add_catalogue_input(self)
        self.add(QgsProcessingParameterRasterLayer(
            self.PRIORITY, self.tr("Priority (kansenkaart)"), optional=True),
            self.tr("Optional: the kansenkaart's priority; its mean under each application "
                    "is reported."))
        add_patch_inputs(self)
        self.add(QgsProcessingParameterFeatureSource(
            self.STUDY_AREAS, self.tr("Study areas"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("Municipalities or other areas (named by a 'name' field where present); "
                    "an application belongs to the area holding a point on its surface."))
        self.add_number(
            self.BUDGET, self.tr("Budget (EUR)"), "fund", "budget",
            self.tr("The money to share out."))
        self.add_number(
            self.MIN_AREAS, self.tr("Least number of study areas with a project"), "fund",
            "min_areas",
            self.tr("Spread over the province: at least this many study areas get a project."),
            integer=True)
        self.add_number(
            self.MAX_PER_AREA, self.tr("Most projects per study area"), "fund", "max_per_area",
            self.tr("At most this many funded projects in one study area; 0: no limit."),
            integer=True)
        self.add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Assessed applications"), QgsProcessing.TypeVectorAnyGeometry),
            self.tr("One row per application: effect, effect per euro, change in food gaps, "
                    "change in ECA (with patches), mean priority, eligible, problems, "
                    "selected."))
        self.add(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)")),
            self.tr("The ranked list, the portfolio on a map and the budget per study area."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        budget = self.parameterAsDouble(parameters, self.BUDGET, context)
        if not budget > 0:
            raise QgsProcessingException(self.tr(
                "'{name}' is {value}: there is no money to share out. Give the fund's budget "
                "in euros, above 0.").format(
                    name=self.parameterDefinition(self.BUDGET).description(), value=budget))
        landuse_path, tables = read_inputs(self, parameters, context, feedback)
        catalogue = read_catalogue_input(self, parameters, context, tables)
        landuse, valid, grid = read_checked_landuse(self, landuse_path, tables, feedback)
        crs = self.parameterAsRasterLayer(parameters, "LANDUSE", context).crs()
        network = read_patch_network(self, parameters, context, grid, crs, feedback)
        priority_path = (self.raster_path(parameters, self.PRIORITY, context)
                         if parameters.get(self.PRIORITY) else None)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        self.run_engine(check_writable, report, parameter=self.REPORT)
        areas = self.study_areas(parameters, context, crs)
        source = self.source_of(parameters, self.APPLICATIONS, context, projected=False)
        applications, texts, geometries = self.read_applications(source, context, crs, areas)
        for application in applications:
            check_eligibility(application, catalogue)
        cells = self.run_engine(application_cells, grid, applications, catalogue, landuse,
                                valid)
        measures = {a.id: catalogue.lookup(a.measure_type) for a in applications
                    if a.id in cells}
        feedback.pushInfo(self.tr("{eligible} of {count} applications are eligible.").format(
            eligible=len(cells), count=len(applications)))
        effects = self.run_engine(application_effects, landuse, valid, grid.pixel_size, tables,
                                  catalogue, measures, cells, FOOD_THRESHOLD, network,
                                  feedback)
        by_id = {a.id: a for a in applications}
        costs = [by_id[i].cost for i in effects.ids]
        labels = [by_id[i].area for i in effects.ids]
        min_areas = self.parameterAsInt(parameters, self.MIN_AREAS, context)
        max_per_area = self.parameterAsInt(parameters, self.MAX_PER_AREA, context)
        portfolio = self.run_engine(
            choose_portfolio, effects.effects, effects.interactions, costs, labels, budget,
            min_areas, max_per_area, effects.conflicts, time_limit=SEARCH_SECONDS,
            feedback=feedback)
        chosen = [effects.ids[i] for i in portfolio.selected]
        check, eca = self.check_portfolio(landuse, valid, grid, tables, catalogue, measures,
                                          cells, chosen, network, feedback)
        priority = {}
        if priority_path is not None:
            priority = self.run_engine(mean_under, priority_path, grid, cells)
        effect_of = dict(zip(effects.ids, effects.effects.tolist()))
        gaps_of = dict(zip(effects.ids, effects.food_gaps.tolist()))
        eca_of = {}
        if network is not None:
            eca_of = dict(zip(effects.ids, self.run_engine(
                network.eca_changes, eca[0], effects.patch_supply, parameter=self.PATCHES)))
        rows = self.table_rows(applications, texts, effect_of, gaps_of, eca_of, priority,
                               set(chosen))
        kinds = {g.wkbType() for g in geometries.values() if g is not None}
        dest = self.write_sink(parameters, self.OUTPUT, context, OUTPUT_FIELDS,
                               kinds.pop() if len(kinds) == 1 else QgsWkbTypes.Unknown, crs,
                               [(geometries[a.id], values) for a, values in rows])
        self.run_engine(write_text, report, self.report_html(
            rows, portfolio, check, eca, effect_of, budget, areas, geometries, set(chosen)))
        if not portfolio.optimal:
            feedback.pushWarning(self.tr(
                "The portfolio search stopped after {seconds:.0f} s: the portfolio found is at "
                "most {gap:.2f} % below the best.").format(seconds=SEARCH_SECONDS,
                                                          gap=100.0 * portfolio.gap))
        return {self.OUTPUT: dest, self.REPORT: report}

    def study_areas(self, parameters, context, crs):
        """[(label, QgsGeometry in ``crs``)]: the 'name' field where there is one, else the
        feature id. Areas in another CRS (degrees too) are reprojected to ``crs``."""
        source = self.source_of(parameters, self.STUDY_AREAS, context,
                                QgsWkbTypes.PolygonGeometry, projected=False)
        self.check_valid_polygons(self.features_with_ids(source), self.STUDY_AREAS)
        names = [f.name().lower() for f in source.fields()]
        name_index = names.index("name") if "name" in names else -1
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        out = []
        for feature in self.all_features(source):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(transform)
            label = feature.attribute(name_index) if name_index >= 0 else None
            out.append((str(label) if label not in (None, "") and not _is_null(label)
                        else str(feature.id()), geometry))
        return out

    def read_applications(self, source, context, crs, areas):
        """(Applications, {id: (applicant_name, title)}, {id: QgsGeometry}) with the fields
        the fund needs; a layer without one of them is refused naming it."""
        names = {f.name().lower(): f.name() for f in source.fields()}
        missing = [name for name in REQUIRED_FIELDS if name not in names]
        if missing:
            raise QgsProcessingException(self.tr(
                "The layer 'Applications' lacks the field(s) {fields}. Use the data package's "
                "applications table, or add and fill them.").format(fields=", ".join(missing)))
        for name in NUMERIC_FIELDS:
            if name in names:
                self.check_numeric_field(source.fields(), names[name], self.APPLICATIONS)
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())

        def value(feature, name):
            field = names.get(name)
            found = feature[field] if field is not None else None
            return None if _is_null(found) else found

        applications, texts, geometries = [], {}, {}
        for feature in self.all_features(source):
            geometry = feature.geometry()
            area = None
            if not geometry.isNull() and not geometry.isEmpty():
                geometry.transform(transform)
                inside = geometry.pointOnSurface()
                area = next((label for label, shape in areas if shape.contains(inside)), None)
            fid = feature.id()
            geometries[fid] = None if geometry.isNull() else geometry
            texts[fid] = tuple(value(feature, name) for name in TEXT_FIELDS)
            applications.append(Application(
                fid, None if geometry.isNull() else bytes(geometry.asWkb()),
                value(feature, "applicant_kind"), value(feature, "measure_type"),
                value(feature, "measure_size_m2"), value(feature, "amount_requested_eur"),
                value(feature, "status"), area))
        return applications, texts, geometries

    def check_portfolio(self, landuse, valid, grid, tables, catalogue, measures, cells, chosen,
                        network, feedback):
        """The portfolio run through the model at once: (a ScenarioResult: its exact joint
        gain and the change in nest cells with a seasonal food gap; with ``network``, the
        patches' capacities today, the ECA today and with the portfolio, else None), the
        capacities taken from the run as Measure scenario takes them."""
        measure_ids = np.zeros(landuse.shape, np.int32)
        shares = np.zeros(landuse.shape, np.float32)
        for fid in chosen:
            rows, cols, steps = cells[fid]
            measure_ids[rows, cols] = measures[fid].id
            shares[rows, cols] = steps * SHARE_STEP
        scenario = delta = None
        if network is not None:
            scenario, delta = network.recorder(), network.recorder()
        result = self.run_engine(run_scenario, landuse, valid, grid.pixel_size, tables,
                                 catalogue, measure_ids, scenario, delta,
                                 food_threshold=FOOD_THRESHOLD, shares=shares,
                                 feedback=feedback)
        if network is None:
            return result, None
        today = scenario.capacities - delta.capacities
        return result, (today, self.run_engine(network.eca, today, parameter=self.PATCHES),
                        self.run_engine(network.eca, scenario.capacities,
                                        parameter=self.PATCHES))

    def table_rows(self, applications, texts, effect_of, gaps_of, eca_of, priority, chosen):
        """(application, values in OUTPUT_FIELDS order), ranked: eligible ones by effect per
        euro, then the others."""
        def per_euro(application):
            effect = effect_of.get(application.id)
            return None if effect is None else effect / application.cost

        ranked = sorted(applications, key=lambda a: (
            not a.eligible, -(per_euro(a) if per_euro(a) is not None else 0.0), str(a.id)))
        rows = []
        for rank, application in enumerate(ranked, start=1):
            name, title = texts[application.id]
            effect = effect_of.get(application.id)
            mean = priority.get(application.id)
            rows.append((application, [
                application.id, rank if application.eligible else None,
                None if name is None else str(name), None if title is None else str(title),
                application.area, None if application.measure_type is None
                else str(application.measure_type), application.cost, effect,
                per_euro(application), gaps_of.get(application.id), eca_of.get(application.id),
                None if mean is None or math.isnan(mean) else mean, application.eligible,
                "; ".join(problem_texts(application, self.tr)),
                application.id in chosen]))
        return rows

    def report_html(self, rows, portfolio, check, eca, effect_of, budget, areas, geometries,
                    chosen):
        """The ranked list, the portfolio on a map, and the budget per study area."""
        e, tr = html.escape, self.tr   # tr by name: the translation tooling looks for it
        separate = sum(effect_of[i] for i in chosen)
        parts = ["<html><head><meta charset='utf-8'><title>%s</title></head><body>"
                 % e(tr("Assess fund applications")),
                 "<h1>%s</h1>" % e(tr("Assess fund applications")),
                 "<h2>%s</h2><table border='1' cellpadding='3'>" % e(tr("Portfolio"))]
        figures = [
            (tr("Applications funded"), "%d" % len(chosen)),
            (tr("Budget (EUR)"), "%.2f" % budget),
            (tr("Spent (EUR)"), "%.2f" % portfolio.spent),
            (tr("Study areas with a project"), "%d" % len(portfolio.areas)),
            (tr("Joint effect (gain in total pollinator supply)"), "%.6g" % portfolio.value),
            (tr("Sum of the separate effects"), "%.6g" % separate),
            (tr("Joint effect by one model run of the portfolio"), "%.6g" % check.gain),
            (tr("Change in nest cells with a seasonal food gap (all guilds and seasons)"),
             "%+d" % sum((check.gap_cells_change or {}).values()))]
        if eca is not None:
            figures.append((tr("Equivalent connected area (ECA): today → with the portfolio "
                               "(change)"),
                            "%.6g → %.6g (%+.6g)" % (eca[1], eca[2], eca[2] - eca[1])))
        figures.append((tr("Optimality"), tr("proven optimal") if portfolio.optimal else
                        tr("stopped after {nodes} steps: at most {gap:.2f} % below the best "
                           "(upper bound {bound:.6g})").format(nodes=portfolio.nodes,
                                                               gap=100.0 * portfolio.gap,
                                                               bound=portfolio.upper_bound)))
        for label, text in figures:
            parts.append("<tr><td>%s</td><td>%s</td></tr>" % (e(label), e(text)))
        parts.append("</table>")
        points = []
        for application, values in rows:
            geometry = geometries.get(application.id)
            if geometry is None or geometry.isEmpty():
                continue
            point = geometry.pointOnSurface().asPoint()
            kind = ("selected" if application.id in chosen else
                    "eligible" if application.eligible else "ineligible")
            points.append((point.x(), point.y(), kind))
        parts.append("<h2>%s</h2><p>%s</p>" % (
            e(tr("The portfolio on the map")),
            e(tr("Large orange dots: funded; green: eligible, not funded; grey: not "
                 "eligible."))))
        parts.append(svg_map([(label, bytes(shape.asWkb())) for label, shape in areas], points))
        parts.append("<h2>%s</h2><table border='1' cellpadding='3'><tr><th>%s</th><th>%s</th>"
                     "<th>%s</th><th>%s</th><th>%s</th></tr>" % (
                         e(tr("Money per study area")), e(tr("Study area")),
                         e(tr("Applications")), e(tr("Funded")), e(tr("Spent (EUR)")),
                         e(tr("Share of the money spent (%)"))))
        labels = [label for label, _ in areas] + [None]
        for label in labels:
            mine = [(a, v) for a, v in rows if a.area == label]
            if label is None and not mine:
                continue
            money = sum(a.cost for a, _ in mine if a.id in chosen)
            parts.append("<tr><td>%s</td><td>%d</td><td>%d</td><td>%.2f</td><td>%.1f</td>"
                         "</tr>" % (e(label if label is not None else tr("(none)")), len(mine),
                                    sum(a.id in chosen for a, _ in mine), money,
                                    100.0 * money / portfolio.spent if portfolio.spent else 0))
        parts.append("</table>")
        columns = [(tr("Rank"), "rank"), (tr("Id"), "application_id"),
                   (tr("Applicant"), "applicant_name"), (tr("Title"), "title"),
                   (tr("Study area"), "study_area"), (tr("Measure"), "measure_type"),
                   (tr("Amount (EUR)"), "amount_eur"), (tr("Effect"), "effect"),
                   (tr("Effect per euro"), "effect_per_eur"),
                   (tr("Change in food gaps"), "food_gap_change")]
        if eca is not None:
            columns.append((tr("Change in ECA"), "eca_change"))
        columns += [(tr("Mean priority"), "mean_priority"), (tr("Funded"), "selected"),
                    (tr("Problems"), "problems")]
        parts.append("<h2>%s</h2><table border='1' cellpadding='3'><tr>%s</tr>" % (
            e(tr("All applications, ranked by effect per euro")),
            "".join("<th>%s</th>" % e(h) for h, _ in columns)))
        names = [name for name, _ in OUTPUT_FIELDS]
        for _, v in rows:
            named = dict(zip(names, v))
            named["selected"] = tr("yes") if named["selected"] else ""
            cells = [named[name] for _, name in columns]
            parts.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(_shown(c)) for c in cells))
        parts.append("</table></body></html>")
        return "\n".join(parts)


OUTPUT_FIELDS = [("application_id", QVariant.LongLong), ("rank", QVariant.Int),
                 ("applicant_name", QVariant.String), ("title", QVariant.String),
                 ("study_area", QVariant.String), ("measure_type", QVariant.String),
                 ("amount_eur", QVariant.Double), ("effect", QVariant.Double),
                 ("effect_per_eur", QVariant.Double), ("food_gap_change", QVariant.Int),
                 ("eca_change", QVariant.Double), ("mean_priority", QVariant.Double),
                 ("eligible", QVariant.Bool), ("problems", QVariant.String),
                 ("selected", QVariant.Bool)]


def _is_null(value):
    """QGIS hands NULL attributes over as a QVariant that is null (or None)."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _shown(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return "%.6g" % value
    return str(value)
