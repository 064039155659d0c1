"""zoemzone:monitoringreport: observations before and after each realised measure, BACI."""
import html

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...engine.monitoring.baci import (EFFECT, GROUPS, INSUFFICIENT, NO_CONTROL, Observations,
                                       forest_plot_svg, monitor_site, site_plot_svg, summarise)
from ...engine.io.outputs import Outputs, TextFile
from ..base import ZoemZoneAlgorithm
from ..point_geometries import points_in
from ..field_values import as_date


class MonitoringReportAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "monitoringreport"
    GROUP_ID = "monitoring"

    SITES = "SITES"
    DATE_FIELD = "DATE_FIELD"
    CONTROLS = "CONTROLS"
    CONTROL_SITE_FIELD = "CONTROL_SITE_FIELD"
    OBSERVATIONS = "OBSERVATIONS"
    SPECIES_FIELD = "SPECIES_FIELD"
    OBSERVATION_DATE_FIELD = "OBSERVATION_DATE_FIELD"
    COUNT_FIELD = "COUNT_FIELD"
    RADIUS = "RADIUS"
    YEARS = "YEARS"
    MIN_RECORDS = "MIN_RECORDS"
    RESAMPLES = "RESAMPLES"
    CONFIDENCE = "CONFIDENCE"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    OUTPUT_HTML = "OUTPUT_HTML"
    WITH_EFFECT = "WITH_EFFECT"
    INSUFFICIENT_DATA = "INSUFFICIENT_DATA"
    NOT_REALISED = "NOT_REALISED"

    def displayName(self):  # noqa: N802
        return self.tr("Monitoring report")

    def help_text(self):
        return self.tr(
            "<p>For each realised measure or application (a site with a realisation date), "
            "the observations within the radius of the site and of its control sites, in the "
            "years before and after the realisation date: records, individuals and species "
            "richness, and a before-after-control-impact (BACI) estimate of the effect:</p>"
            "<p><b>BACI = (after / before at the site) / (after / before at the controls)"
            "</b>, in individuals; 1 is no effect, 2 means the site gained twice as much as "
            "its controls. Changes in recording effort that the site and its controls share "
            "cancel out.</p><p>The interval is a seeded bootstrap: the site's records are "
            "drawn again with replacement and the ratio recomputed. Sites with fewer than the "
            "minimum number of records before or after, at the site or at the controls, are "
            "listed as 'insufficient data' and get no effect; sites without controls as 'no "
            "control site'. Sites without a realisation date are left out and counted.</p>"
            "<p>The report has a plot per site and a summary over all sites: the geometric "
            "mean of the site effects with a bootstrap interval over the sites.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        kinds = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
        self.add(QgsProcessingParameterFeatureSource(self.SITES, self.tr("Sites"), kinds),
                 self.tr("Points or polygons of the measures or applications, in a projected "
                         "CRS such as EPSG:28992. Their 'id' field (else their order) "
                         "identifies them."))
        self.add(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Realisation date field"), "realised_on", self.SITES),
            self.tr("The field with the date the measure was realised; sites where it is "
                    "empty are not realised and left out."))
        self.add(QgsProcessingParameterFeatureSource(
            self.CONTROLS, self.tr("Control sites"), kinds, optional=True),
            self.tr("Points or polygons of the control sites, e.g. the controls of Survey "
                    "design. Without them no effect can be estimated."))
        self.add(QgsProcessingParameterField(
            self.CONTROL_SITE_FIELD, self.tr("Site of a control"), "site_id", self.CONTROLS,
            optional=True),
            self.tr("The field of a control site with the id of the site it is the control "
                    "of (site_id in the output of Survey design)."))
        self.add(QgsProcessingParameterFeatureSource(
            self.OBSERVATIONS, self.tr("Observations"), [QgsProcessing.TypeVectorPoint]),
            self.tr("The observations, e.g. the observations layer of the data package."))
        self.add(QgsProcessingParameterField(
            self.SPECIES_FIELD, self.tr("Species field"), "species", self.OBSERVATIONS),
            self.tr("The field with the species name."))
        self.add(QgsProcessingParameterField(
            self.OBSERVATION_DATE_FIELD, self.tr("Observation date field"), "observation_date",
            self.OBSERVATIONS), self.tr("The field with the date of the observation."))
        self.add(QgsProcessingParameterField(
            self.COUNT_FIELD, self.tr("Count field"), "individual_count", self.OBSERVATIONS,
            optional=True),
            self.tr("The field with the number of individuals; where it is empty (or no "
                    "field is chosen) a record counts as one individual."))
        self.add_number(
            self.RADIUS, self.tr("Radius (m)"), "monitoring", "radius",
            self.tr("Observations within this distance of a site or control count for it."))
        self.add_number(
            self.YEARS, self.tr("Years before and after"), "monitoring", "years",
            self.tr("The length of the periods before and after the realisation date; 0: "
                    "all observations."), integer=True)
        self.add_number(
            self.MIN_RECORDS, self.tr("Minimum records per group"), "monitoring", "min_records",
            self.tr("A site gets an effect only with at least this many records before and "
                    "after, at the site and at its controls."), integer=True)
        self.add_number(
            self.RESAMPLES, self.tr("Bootstrap resamples"), "monitoring", "resamples",
            self.tr("More resamples give a steadier interval and take longer."), integer=True)
        self.add_number(
            self.CONFIDENCE, self.tr("Confidence level (%)"), "monitoring", "confidence",
            self.tr("The share of the bootstrap ratios the interval holds."))
        self.add_number(
            self.SEED, self.tr("Random seed"), "monitoring", "seed",
            self.tr("The same seed gives the same intervals."), integer=True)
        self.add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Monitoring per site"), QgsProcessing.TypeVectorAnyGeometry),
            self.tr("The sites with their counts, richness, status and effect."))
        self.add(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Monitoring report"), self.tr("HTML files (*.html)")),
            self.tr("The summary, a table and a plot per site."))
        for name, description in (
                (self.WITH_EFFECT, self.tr("Sites with an effect")),
                (self.INSUFFICIENT_DATA, self.tr("Sites with insufficient data")),
                (self.NOT_REALISED, self.tr("Sites without a realisation date"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def sites_like(self, parameters, name, context, projected):
        """The source of a parameter of points or polygons (sites, controls), checked by
        source_of; None for the optional controls left empty."""
        return self.source_of(parameters, name, context,
                              (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry),
                              projected=projected)

    def field_index(self, parameters, name, source, context, required=True):
        """The index of a field parameter in ``source`` (-1 for an optional empty one)."""
        field = self.parameterAsString(parameters, name, context)
        index = source.fields().lookupField(field) if field else -1
        if index < 0 and (required or field):
            raise QgsProcessingException(self.tr(
                "'{name}': the layer has no field '{field}' (its fields: {fields}). Choose "
                "one of its fields.").format(
                    name=self.parameterDefinition(name).description(), field=field,
                    fields=", ".join(source.fields().names())))
        return index

    def date_field_index(self, parameters, name, source, context):
        """The index of a date field parameter, refused when the field holds neither dates
        nor text: as_date finds no date in a number, so every site would quietly count as
        not realised, every observation be left out."""
        index = self.field_index(parameters, name, source, context)
        field = source.fields().at(index)
        if field.type() not in (QVariant.Date, QVariant.DateTime, QVariant.String):
            raise QgsProcessingException(self.tr(
                "'{name}': the field '{field}' is a {type} field, not a date. Choose the "
                "field that holds the dates (a date field, or text such as "
                "2024-05-31).").format(name=self.parameterDefinition(name).description(),
                                       field=field.name(), type=field.typeName()))
        return index

    def read_observations(self, parameters, context, crs, feedback):
        source = self.source_of(parameters, self.OBSERVATIONS, context,
                                QgsWkbTypes.PointGeometry, projected=False)
        species = self.field_index(parameters, self.SPECIES_FIELD, source, context)
        date = self.date_field_index(parameters, self.OBSERVATION_DATE_FIELD, source, context)
        count = self.field_index(parameters, self.COUNT_FIELD, source, context, False)
        numbered = self.features_with_ids(source, feedback)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled by the user."))
        counts = [1.0] * len(numbered) if count < 0 else self.field_numbers(
            numbered, source.fields().at(count).name(), self.COUNT_FIELD, missing=1.0)
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        rows, unusable = [], source.featureCount() - len(numbered)
        for (_, feature), individuals in zip(numbered, counts):
            day = as_date(feature.attribute(date))
            points = points_in(feature.geometry(), transform) if day is not None else []
            if not points:
                unusable += 1
                continue
            name = feature.attribute(species)
            rows.extend((x, y, np.datetime64(day, "D"), str(name or ""), int(individuals))
                        for x, y in points)
        if not rows:
            raise QgsProcessingException(self.tr(
                "'{name}': none of its {count} observations has a point and a date in the "
                "field '{field}', so there is nothing to compare. Choose the field that "
                "holds the observation dates.").format(
                    name=self.parameterDefinition(self.OBSERVATIONS).description(),
                    count=unusable, field=source.fields().at(date).name()))
        if unusable:
            feedback.pushWarning(self.tr(
                "{count} observations without a point or a date were left out.").format(
                    count=unusable))
        return Observations(*zip(*rows))

    def controls_by_site(self, parameters, context, crs, feedback):
        """site id -> [WKB] of its control sites."""
        source = self.sites_like(parameters, self.CONTROLS, context, projected=False)
        if source is None:
            return {}
        link = self.field_index(parameters, self.CONTROL_SITE_FIELD, source, context)
        numbered = self.features_with_ids(source, feedback)
        sites = self.field_numbers(numbered, source.fields().at(link).name(),
                                   self.CONTROL_SITE_FIELD)
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        controls = {}
        for (_, feature), site in zip(numbered, sites):
            if not site.is_integer():
                continue
            geometry = feature.geometry()
            geometry.transform(transform)
            controls.setdefault(int(site), []).append(bytes(geometry.asWkb()))
        return controls

    def realisation_date(self, feature, index, site_id):
        """The date a site was realised, None where it is empty (not realised yet), refused
        where it is text that is not a date: that site would silently count as not
        realised."""
        value = feature.attribute(index)
        realised_on = as_date(value)
        empty = value is None or (isinstance(value, QVariant) and value.isNull()) or (
            isinstance(value, str) and not value.strip())
        if realised_on is None and not empty:
            raise QgsProcessingException(self.tr(
                "'{name}': feature {id} has '{value}' in the field '{field}', which is not a "
                "date. Write it as 2024-05-31, or leave it empty for a measure not yet "
                "realised.").format(
                    name=self.parameterDefinition(self.DATE_FIELD).description(), id=site_id,
                    value=value, field=feature.fields().at(index).name()))
        return realised_on

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        report = self.output_path(parameters, self.OUTPUT_HTML, context)
        sites = self.sites_like(parameters, self.SITES, context, projected=True)
        crs = sites.sourceCrs()
        date_index = self.date_field_index(parameters, self.DATE_FIELD, sites, context)
        observations = self.read_observations(parameters, context, crs, feedback)
        controls = self.controls_by_site(parameters, context, crs, feedback)
        settings = dict(
            radius=self.parameterAsDouble(parameters, self.RADIUS, context),
            years=self.parameterAsInt(parameters, self.YEARS, context),
            min_records=self.parameterAsInt(parameters, self.MIN_RECORDS, context),
            n_resamples=self.parameterAsInt(parameters, self.RESAMPLES, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            confidence=self.parameterAsDouble(parameters, self.CONFIDENCE, context) / 100.0)
        features = self.features_with_ids(sites, feedback)
        results, rows, not_realised = [], [], 0
        for i, (site_id, feature) in enumerate(features):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))
            realised_on = self.realisation_date(feature, date_index, site_id)
            if realised_on is None:
                not_realised += 1
                continue
            result = self.run_engine(monitor_site, observations, site_id,
                                     bytes(feature.geometry().asWkb()),
                                     controls.get(site_id, []), realised_on, **settings)
            results.append(result)
            rows.append((feature.geometry(), self.row(result)))
            feedback.setProgress(90.0 * (i + 1) / len(features))
        if not_realised:
            feedback.pushInfo(self.tr(
                "{count} sites have no realisation date and were left out.").format(
                    count=not_realised))
        summary = summarise(results, settings["n_resamples"], settings["seed"],
                            settings["confidence"])
        # the report's partial file first: one that cannot be written stops the run before
        # the sink is filled
        with Outputs() as outputs:
            outputs.add(self.run_engine(TextFile, report,
                                        self.report_html(results, summary, settings)))
            dest = self.write_sink(parameters, self.OUTPUT, context, self.fields(),
                                   sites.wkbType(), crs, rows)
        return {self.OUTPUT: dest, self.OUTPUT_HTML: report,
                self.WITH_EFFECT: summary.with_effect,
                self.INSUFFICIENT_DATA: summary.insufficient, self.NOT_REALISED: not_realised}

    def status_text(self, status):
        return {EFFECT: self.tr("effect"), INSUFFICIENT: self.tr("insufficient data"),
                NO_CONTROL: self.tr("no control site")}[status]

    @staticmethod
    def fields():
        fields = [("site_id", QVariant.Int), ("realised_on", QVariant.String),
                  ("status", QVariant.String)]
        for name in GROUPS:
            fields += [(name + "_records", QVariant.Int), (name + "_individuals", QVariant.Int),
                       (name + "_species", QVariant.Int)]
        return fields + [("baci", QVariant.Double), ("baci_low", QVariant.Double),
                         ("baci_high", QVariant.Double)]

    def row(self, result):
        values = [result.site_id, str(result.realised_on), self.status_text(result.status)]
        for name in GROUPS:
            group = result.groups[name]
            values += [group.records, group.individuals, group.richness]
        effect = result.status == EFFECT
        return values + [float(v) if effect else None
                         for v in (result.estimate, result.low, result.high)]

    def report_html(self, results, summary, settings):
        e = html.escape
        title = self.tr("Monitoring report: before-after-control-impact")

        def number(value):
            return "%.3g" % value if np.isfinite(value) else "–"

        percent = int(round(settings["confidence"] * 100))
        parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title></head>"
                 "<body>" % e(title), "<h1>%s</h1>" % e(title),
                 "<p>%s</p>" % e(self.tr(
                     "Observations within {radius} m, {years} years before and after the "
                     "realisation date (0: all), at least {min} records per group, {n} "
                     "bootstrap resamples (seed {seed}), {percent} % intervals.").format(
                         radius="%g" % settings["radius"], years=settings["years"],
                         min=settings["min_records"], n=settings["n_resamples"],
                         seed=settings["seed"], percent=percent)),
                 "<h2>%s</h2>" % e(self.tr("Summary over all sites")),
                 "<table border='1' cellpadding='3'>"]
        summary_rows = [
            (self.tr("Realised sites"), str(summary.sites)),
            (self.tr("Sites with an effect"), str(summary.with_effect)),
            (self.tr("Sites with insufficient data"), str(summary.insufficient)),
            (self.tr("Sites without a control site"), str(summary.no_control)),
            (self.tr("Effect above 1 (interval wholly above 1)"), str(summary.higher)),
            (self.tr("Effect below 1 (interval wholly below 1)"), str(summary.lower)),
            (self.tr("Geometric mean of the site effects ({percent} % interval over the "
                     "sites)").format(percent=percent),
             "%s (%s – %s)" % (number(summary.geometric_mean), number(summary.low),
                               number(summary.high)))]
        parts += ["<tr><td>%s</td><td>%s</td></tr>" % (e(k), e(v)) for k, v in summary_rows]
        parts.append("</table>")
        if summary.with_effect:
            parts.append(forest_plot_svg(results, {
                "title": self.tr("BACI effect per site ({percent} % interval)").format(
                    percent=percent),
                "x": self.tr("BACI ratio (log scale; 1 = no effect)"),
                "site": self.tr("Site {id}")}))
        parts.append("<h2>%s</h2>" % e(self.tr("Per site")))
        headers = [self.tr("Site"), self.tr("Realised on"), self.tr("Status"),
                   self.tr("Site before"), self.tr("Site after"), self.tr("Control before"),
                   self.tr("Control after"), self.tr("BACI"), self.tr("Interval")]
        parts.append("<table border='1' cellpadding='3'><tr>%s</tr>" % "".join(
            "<th>%s</th>" % e(h) for h in headers))
        for r in results:
            cells = [str(r.site_id), str(r.realised_on), self.status_text(r.status)]
            cells += [self.tr("{records} records, {individuals} individuals, {species} "
                              "species").format(records=r.groups[g].records,
                                                individuals=r.groups[g].individuals,
                                                species=r.groups[g].richness)
                      for g in GROUPS]
            effect = r.status == EFFECT
            cells += [number(r.estimate) if effect else "–",
                      "%s – %s" % (number(r.low), number(r.high)) if effect else "–"]
            parts.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in cells))
        parts.append("</table>")
        labels = {"site": self.tr("site"), "control": self.tr("controls"),
                  "before": self.tr("before"), "after": self.tr("after"),
                  "y": self.tr("Individuals")}
        for r in results:
            labels["title"] = self.tr("Site {id}: {status}").format(
                id=r.site_id, status=self.status_text(r.status))
            parts.append("<figure>%s</figure>" % site_plot_svg(r, labels))
        parts.append("</body></html>")
        return "\n".join(parts)
