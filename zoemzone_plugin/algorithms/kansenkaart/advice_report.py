"""zoemzone:advicereport: a PDF advice report per study area (or per partner's land in it)."""
import os

from qgis.core import (QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterString,
                       QgsWkbTypes)

from ...engine.errors import EngineError
from ...paths import resource
from ...publish.report import (LANGUAGES, TEMPLATE, AdviceReport, Landuse, ReportInputs,
                               file_stem)
from ...ui.package import package_layer
from ..base import ZoemZoneAlgorithm
from ..chain_inputs import ChainInputs
from ..pollination_inputs import (LANDUSE, add_catalogue_input, add_pollination_inputs,
                                  read_catalogue_input, read_checked_landuse, read_inputs)


class AdviceReportAlgorithm(ChainInputs, ZoemZoneAlgorithm):
    ALGORITHM_ID = "advicereport"
    GROUP_ID = "kansenkaart"

    AREA_FIELD = "AREA_FIELD"
    PARTNER = "PARTNER"
    TOP_N = "TOP_N"
    TEMPLATE = "TEMPLATE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    REPORTS = "REPORTS"

    def displayName(self):  # noqa: N802
        return self.tr("Advice report (PDF per area)")

    def help_text(self):
        return self.tr(
            "<p>A PDF advice report per study area for partners and councils, from the "
            "outputs of the kansenkaart chain: a cover with the area's name, date and data "
            "version; the priority map with the area's outline and a legend; the best places "
            "(or, with a parcel ranking, parcels) with the recommended measure, area, expected "
            "gain, priority and location; a chart of the seasonal food gaps per guild; the "
            "habitat network (ECA, the most important patches by dPC and dPCconnector, the "
            "weakest links); the partners' measures by status, with the land use given also "
            "their modelled effect (as Measure scenario computes it); and the method and its "
            "caveats.</p><p>With a partner named, each report covers that partner's land in "
            "the area (their habitats and measure areas in the data package) and their "
            "measures only.</p><p>The look comes from a print layout template: open "
            "resources/layouts/advice_report.qpt in the layout designer, change logo, "
            "colours and fonts, save it as a template and give it here. An area outside the "
            "rasters or without data is reported by name and skipped; the other areas' "
            "reports are still made.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_chain_inputs({
            self.PRIORITY: self.tr("Priority classes 1–5 from the kansenkaart."),
            self.BEST_MEASURE: self.tr("The best measure's catalogue id, from the kansenkaart."),
            self.GAIN: self.tr("Optional: the kansenkaart's gain, for the expected gain of the "
                               "best places."),
            self.SUPPLY: self.tr("Optional: for the area's mean pollinator supply."),
            self.FOOD_GAPS: self.tr("Optional: from Seasonal food gaps, for the chart per "
                                    "guild."),
            self.PATCHES: self.tr("Optional: drawn on the map."),
            self.NETWORK_NODES: self.tr("Optional: from Connectivity graph (id, capacity, dPC, "
                                        "dPCconnector), for the habitat network."),
            self.NETWORK_LINKS: self.tr("Optional: from Connectivity graph (from_id, to_id, "
                                        "distance, probability), for the ECA and the weakest "
                                        "links."),
            self.PARCEL_RANKING: self.tr("Optional: from the kansenkaart; the report then "
                                         "lists the best parcels instead of the best places.")})
        self.add(QgsProcessingParameterString(
            self.PACKAGE, self.tr("Partner data package"), optional=True),
            self.tr("Optional: the partners' data package, for their measures by status: a "
                    "GeoPackage file or the name of a saved PostgreSQL connection, followed by "
                    "/schema when the package is not in the schema 'zoemzone' (e.g. "
                    "limburg/zoemzone_2026)."))
        self.add(QgsProcessingParameterFeatureSource(
            self.STUDY_AREAS, self.tr("Study areas"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("One report per polygon (e.g. municipalities or neighbourhoods)."))
        self.add(QgsProcessingParameterField(
            self.AREA_FIELD, self.tr("Area name field"), parentLayerParameterName=self.STUDY_AREAS,
            optional=True),
            self.tr("The field with the area's name, shown on the report and in its file "
                    "name. Empty: the feature's number."))
        self.add(QgsProcessingParameterString(
            self.PARTNER, self.tr("Partner"), optional=True),
            self.tr("Optional: a partner's name or id in the data package; each report then "
                    "covers that partner's land in the area."))
        self.add_number(
            self.TOP_N, self.tr("Number of best places"), "report", "top_n",
            self.tr("How many places or parcels the top list holds."), integer=True)
        self.add(QgsProcessingParameterFile(
            self.TEMPLATE, self.tr("Layout template (.qpt)"), extension="qpt", optional=True),
            self.tr("Optional: a restyled copy of the advice report's layout template. "
                    "Empty: the plugin's own."))
        self.add(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language"), [self.tr("Dutch"), self.tr("English")],
            defaultValue=0),
            self.tr("The language of the report's texts."))
        add_pollination_inputs(self, self.tr(
            "Optional: the land use the chain ran on, for the modelled effect of the "
            "partners' measures (as in Measure scenario), with the tables below as in the "
            "chain."))
        add_catalogue_input(self)
        self.add(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")),
            self.tr("One PDF per area, named after the area (and the partner)."))
        self.addOutput(QgsProcessingOutputNumber(self.REPORTS, self.tr("Reports written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        priority_layer = self.parameterAsRasterLayer(parameters, self.PRIORITY, context)
        landuse = None
        if self.parameterAsRasterLayer(parameters, LANDUSE, context) is not None:
            path, tables = read_inputs(self, parameters, context, feedback)
            landuse = Landuse(*read_checked_landuse(self, path, tables, feedback),
                              self.parameterAsRasterLayer(parameters, LANDUSE, context).crs(),
                              tables)
        inputs = ReportInputs(
            self.raster_path(parameters, self.PRIORITY, context),
            self.raster_path(parameters, self.BEST_MEASURE, context),
            read_catalogue_input(self, parameters, context, landuse and landuse.tables),
            **{key: self.raster_path(parameters, name, context)
               for key, name in (("gain", self.GAIN), ("supply", self.SUPPLY),
                                 ("food_gaps", self.FOOD_GAPS))
               if self.parameterAsRasterLayer(parameters, name, context) is not None},
            **{key: self.parameterAsSource(parameters, name, context)
               for key, name in (("patches", self.PATCHES), ("nodes", self.NETWORK_NODES),
                                 ("links", self.NETWORK_LINKS),
                                 ("parcel_ranking", self.PARCEL_RANKING))},
            package=self.package_source(parameters, self.PACKAGE, context),
            landuse=landuse)
        partner = self.partner(parameters, context, inputs.package)
        crs = priority_layer.crs()
        areas = self.areas(parameters, context, crs, partner, feedback)
        folder = self.output_path(parameters, self.OUTPUT_FOLDER, context)
        os.makedirs(folder, exist_ok=True)      # there even when no area gets a report
        template = (self.parameterAsFile(parameters, self.TEMPLATE, context)
                    or resource(TEMPLATE))
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        report = AdviceReport(inputs, [(name, geometry) for name, geometry, _ in areas], crs,
                              template, language,
                              self.parameterAsInt(parameters, self.TOP_N, context), context,
                              partner and partner[:2])
        written = []
        try:
            for index, (name, _, stem) in enumerate(areas):
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * index / max(len(areas), 1))
                try:
                    path = report.export(index, report.content(index),
                                         os.path.join(folder, stem + ".pdf"))
                except EngineError as error:
                    self.skip(feedback, name, error.translated(self.tr))
                    continue
                feedback.pushInfo(self.tr("Study area '{area}': {path}").format(
                    area=name, path=path))
                written.append(path)
        finally:
            report.close()
        return {self.OUTPUT_FOLDER: folder, self.REPORTS: len(written)}

    def skip(self, feedback, name, problem):
        feedback.reportError(self.tr(
            "Study area '{area}': {problem} No report was made for it; the other areas' "
            "reports are made.").format(area=name, problem=problem))

    def areas(self, parameters, context, crs, partner, feedback):
        """(name, geometry in ``crs``, file stem) of the study areas that have a geometry
        (cut to the partner's land); the others are reported by name and skipped."""
        source = self.source_of(parameters, self.STUDY_AREAS, context,
                                QgsWkbTypes.PolygonGeometry, projected=False)
        field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        land = None
        if partner is not None:
            land = QgsGeometry(partner[2])
            land.transform(QgsCoordinateTransform(partner[3], crs, context.transformContext()))
        out, stems = [], set()
        for number, feature in enumerate(source.getFeatures(QgsFeatureRequest()), start=1):
            value = feature[field] if field else None
            name = str(number) if value in (None, "") or value != value else str(value)
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                self.skip(feedback, name, self.tr("It has no geometry."))
                continue
            geometry.transform(transform)
            if land is not None:
                geometry = geometry.intersection(land)
                if geometry.isEmpty():
                    self.skip(feedback, name, self.tr(
                        "The partner '{partner}' has no land in it.").format(partner=partner[0]))
                    continue
            stem = file_stem(name) + ("_" + file_stem(partner[0]) if partner else "")
            if stem in stems:
                stem += "_%d" % number
            stems.add(stem)
            out.append((name, geometry, stem))
        return out

    def partner(self, parameters, context, package):
        """(name, id, land, its CRS) of the PARTNER in the package, or None: the land is the
        union of the partner's habitats and measure areas."""
        wanted = self.parameterAsString(parameters, self.PARTNER, context).strip()
        if not wanted:
            return None
        if not package:
            raise QgsProcessingException(self.tr(
                "PARTNER is '{partner}' but no data package was given: give the partners' "
                "data package as PACKAGE, or leave PARTNER empty.").format(partner=wanted))
        # plain values only: a layer kept alive by the error's traceback outlives QGIS
        partners = [(int(f["id"]), str(f["name"]))
                    for f in package_layer(package, "partners").getFeatures()]
        found = [(partner_id, name) for partner_id, name in partners
                 if str(partner_id) == wanted or name.lower() == wanted.lower()]
        if not found:
            names = ", ".join(sorted(name for _, name in partners))
            raise QgsProcessingException(self.tr(
                "PARTNER '{partner}' is not in the data package's partners ({names}): give "
                "one of their names or ids.").format(partner=wanted, names=names or "–"))
        partner_id, name = found[0]
        shapes, crs = [], None
        for table_name in ("habitats", "measures_area"):
            layer = package_layer(package, table_name)
            crs = layer.crs()
            request = QgsFeatureRequest().setFilterExpression('"partner_id" = %d' % partner_id)
            shapes.extend(f.geometry() for f in layer.getFeatures(request)
                          if not f.geometry().isEmpty())
        return name, partner_id, QgsGeometry.unaryUnion(shapes), crs
