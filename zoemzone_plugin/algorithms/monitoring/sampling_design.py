"""zoemzone:samplingdesign: survey points in measure sites and at matched control sites."""
import os

from qgis.core import (QgsCategorizedSymbolRenderer, QgsDefaultValue, QgsEditorWidgetSetup,
                       QgsMarkerSymbol, QgsProcessing, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterBand,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterLayer, QgsRendererCategory, QgsVectorLayer,
                       QgsWkbTypes)

from ...engine.io.gdalio import check_aligned, read_band
from ...engine.io.outputs import Outputs
from ...engine.io.rasterize import burn_ids
from ...engine.monitoring.sampling import (CONTROL, LAYER, MEASURE, PLANNED, DESIGN_FIELDS,
                                           stratum_code, suitability_classes, survey_design,
                                           write_survey_points)
from ...engine.io.vectorio import VectorFile
from ..base import ZoemZoneAlgorithm

STYLE_NAME = "zoemzone"
VISITED, NOT_ACCESSIBLE = "bezocht", "niet toegankelijk"


class SamplingDesignAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "samplingdesign"
    GROUP_ID = "monitoring"

    SITES = "SITES"
    SUITABILITY = "SUITABILITY"
    BAND = "BAND"
    CLASSES = "CLASSES"
    LANDUSE = "LANDUSE"
    PRIORITY = "PRIORITY"
    PER_STRATUM = "PER_STRATUM"
    MIN_DISTANCE = "MIN_DISTANCE"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    POINTS = "POINTS"

    def displayName(self):  # noqa: N802
        return self.tr("Survey design")

    def help_text(self):
        return self.tr(
            "<p>Survey points for the inventory and monitoring of wild bees: points in the "
            "measure sites and, for each, a control point elsewhere that the kansenkaart "
            "cannot tell apart from it. The strata are the suitability classes (1 = the "
            "highest values, classes of equal numbers of cells) crossed with measure site "
            "versus control; each stratum gets the chosen number of points.</p><p>A control "
            "point lies in the same suitability class, on the same land use and in the same "
            "priority class as its measure point, at least the minimum distance from every "
            "measure site (measured from the site's outline; the point is a cell centre of "
            "the suitability raster). Measure points with no such control left are passed "
            "over; a stratum that cannot be filled is reported in the log.</p><p>The same "
            "seed gives the same points. The result is a GeoPackage that opens in QGIS and "
            "QField with a form: the design fields are read-only, the visit status is a "
            "drop-down list, and visit date, observer and notes are for the field work.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            self.SITES, self.tr("Measure sites"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]),
            self.tr("Points or polygons of the measures or applications to survey, e.g. the "
                    "realised measures of the data package. Their 'id' field (else their "
                    "order) is written as site_id."))
        self.add(QgsProcessingParameterRasterLayer(
            self.SUITABILITY, self.tr("Predicted suitability")),
            self.tr("A map whose higher values mean better habitat, e.g. Pollinator supply "
                    "of Habitat suitability, in a projected CRS such as EPSG:28992."))
        self.add(QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.SUITABILITY),
                 self.tr("The band of the suitability raster (e.g. the guild)."))
        self.add_number(
            self.CLASSES, self.tr("Suitability classes"), "sampling", "classes",
            self.tr("Number of strata by suitability, each with an equal share of the cells."),
            integer=True)
        self.add(QgsProcessingParameterRasterLayer(self.LANDUSE, self.tr("Land use")),
                 self.tr("The land use (LGN codes) on the grid of the suitability raster: a "
                         "control lies on the land use of its measure point."))
        self.add(QgsProcessingParameterRasterLayer(self.PRIORITY, self.tr("Priority classes")),
                 self.tr("The Priority output of the kansenkaart (classes 1–5) on the same "
                         "grid: a control lies in the priority class of its measure point."))
        self.add_number(
            self.PER_STRATUM, self.tr("Points per stratum"), "sampling", "per_stratum",
            self.tr("Measure points per suitability class; each gets one control point, so "
                    "the control strata get as many."), integer=True)
        self.add_number(
            self.MIN_DISTANCE, self.tr("Minimum distance of controls to measure sites (m)"),
            "sampling", "min_distance",
            self.tr("Controls lie at least this far from every measure site, beyond the "
                    "foraging range of the bees the measure serves (e.g. 500 m for solitary "
                    "bees)."))
        self.add_number(
            self.SEED, self.tr("Random seed"), "sampling", "seed",
            self.tr("The same seed gives the same points, so a design can be repeated."),
            integer=True)
        self.add(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Survey points"), self.tr("GeoPackage (*.gpkg)")),
            self.tr("A GeoPackage with the layer survey_points and its style and form, for "
                    "QGIS and QField."))
        self.addOutput(QgsProcessingOutputNumber(self.POINTS, self.tr("Survey points")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.output_path(parameters, self.OUTPUT, context)
        if os.path.splitext(path)[1].lower() != ".gpkg":
            raise QgsProcessingException(self.tr(
                "'{name}' must be a GeoPackage (.gpkg), not '{path}': the form is stored in "
                "the GeoPackage.").format(
                    name=self.parameterDefinition(self.OUTPUT).description(), path=path))
        # distances are measured in map units on the cells' own sides (distance.edt), so
        # cells need not be square
        paths = {self.SUITABILITY: self.raster_path(parameters, self.SUITABILITY, context,
                                                    square=False, band_parameter=self.BAND),
                 self.LANDUSE: self.landuse_path(parameters, self.LANDUSE, context,
                                                 square=False),
                 self.PRIORITY: self.raster_path(parameters, self.PRIORITY, context,
                                                 square=False)}
        rasters = {}
        for name, band in ((self.SUITABILITY, self.parameterAsInt(parameters, self.BAND,
                                                                  context) or 1),
                           (self.LANDUSE, 1), (self.PRIORITY, 1)):
            rasters[name] = self.run_engine(read_band, paths[name], band, parameter=name)
            self.run_engine(check_aligned, rasters[self.SUITABILITY][2], rasters[name][2],
                            self.parameterDefinition(self.SUITABILITY).description(),
                            self.parameterDefinition(name).description())
        values, valid, grid = rasters[self.SUITABILITY]
        landuse, priority = rasters[self.LANDUSE][0], rasters[self.PRIORITY][0]
        valid = valid & rasters[self.LANDUSE][1] & rasters[self.PRIORITY][1]
        source = self.source_of(parameters, self.SITES, context,
                                (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry),
                                projected=False)
        crs = self.parameterAsRasterLayer(parameters, self.SUITABILITY, context).crs()
        sites = self.layer_features(source, crs, context, feedback)
        points_only = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry
        site_cells = self.run_engine(burn_ids, grid, sites, all_touched=points_only)
        touched = self.run_engine(burn_ids, grid, sites, all_touched=True) > 0
        feedback.setProgress(30)
        classes, breaks = self.run_engine(
            suitability_classes, values, valid,
            self.parameterAsInt(parameters, self.CLASSES, context))
        feedback.pushInfo(self.tr("Suitability class limits, highest first: {breaks}.").format(
            breaks=", ".join("%.6g" % b for b in breaks) or "–"))
        points, notes = self.run_engine(
            survey_design, classes, values, landuse.astype("int64"),
            priority.astype("int64"), valid, site_cells, touched, grid,
            self.parameterAsInt(parameters, self.PER_STRATUM, context),
            self.parameterAsDouble(parameters, self.MIN_DISTANCE, context),
            self.parameterAsInt(parameters, self.SEED, context), parameter=self.SITES)
        for note in notes:
            feedback.pushWarning(note.translated(self.tr))
        feedback.setProgress(70)
        with Outputs() as outputs:
            survey = outputs.add(self.run_engine(VectorFile, path))
            self.run_engine(write_survey_points, survey.datasource, grid.wkt, points)
            survey.finish()         # closed: QGIS stores the form in it before it is in place
            self.save_form(survey.partial, path, int(classes.max()))
        uri = "%s|layername=%s" % (path, LAYER)
        context.addLayerToLoadOnCompletion(uri, QgsProcessingContext.LayerDetails(
            self.tr("Survey points"), context.project(), self.OUTPUT))
        feedback.pushInfo(self.tr("{count} survey points written to {path}.").format(
            count=len(points), path=path))
        return {self.OUTPUT: path, self.POINTS: len(points)}

    def value_maps(self, n_classes):
        """field -> [(label, value)] of the drop-down lists of the form."""
        roles = ((MEASURE, self.tr("measure site")), (CONTROL, self.tr("control site")))
        return {
            "role": [(label, code) for code, label in roles],
            "stratum": [(self.tr("class {k}, {role}").format(k=k, role=label),
                         stratum_code(k, code))
                        for k in range(1, n_classes + 1) for code, label in roles],
            "visit_status": [(self.tr("planned"), PLANNED), (self.tr("visited"), VISITED),
                             (self.tr("not accessible"), NOT_ACCESSIBLE)],
        }

    def save_form(self, written, path, n_classes):
        """Store the layer's style (colour by role) and form (value maps, date widget,
        read-only design fields) as its default in the layer_styles of the GeoPackage
        ``written``, the partial file of the output ``path``."""
        layer = QgsVectorLayer("%s|layername=%s" % (written, LAYER), LAYER, "ogr")
        if not layer.isValid():
            raise QgsProcessingException(self.tr(
                "QGIS cannot open the survey points it wrote to '{path}'.").format(path=path))
        aliases = {"point_id": self.tr("Point"), "stratum": self.tr("Stratum"),
                   "role": self.tr("Measure or control"),
                   "suitability_class": self.tr("Suitability class"),
                   "pair": self.tr("Pair"), "site_id": self.tr("Measure site"),
                   "landuse": self.tr("Land use"), "priority_class": self.tr("Priority class"),
                   "suitability": self.tr("Suitability"),
                   "visit_status": self.tr("Visit status"), "visit_date": self.tr("Visit date"),
                   "observer": self.tr("Observer"), "notes": self.tr("Notes")}
        form = layer.editFormConfig()
        for name, alias in aliases.items():
            index = layer.fields().indexOf(name)
            layer.setFieldAlias(index, alias)
            form.setReadOnly(index, name in DESIGN_FIELDS)
        layer.setEditFormConfig(form)
        for name, pairs in self.value_maps(n_classes).items():
            layer.setEditorWidgetSetup(layer.fields().indexOf(name), QgsEditorWidgetSetup(
                "ValueMap", {"map": [{label: value} for label, value in pairs]}))
        index = layer.fields().indexOf("visit_status")
        layer.setDefaultValueDefinition(index, QgsDefaultValue("'%s'" % PLANNED))
        layer.setEditorWidgetSetup(layer.fields().indexOf("visit_date"), QgsEditorWidgetSetup(
            "DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                         "calendar_popup": True, "allow_null": True}))
        layer.setEditorWidgetSetup(layer.fields().indexOf("notes"), QgsEditorWidgetSetup(
            "TextEdit", {"IsMultiline": True}))
        categories = []
        for code, label, colour in ((MEASURE, self.tr("measure site"), "#1f6f3f"),
                                    (CONTROL, self.tr("control site"), "#c0392b")):
            symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour,
                                                   "size": "3", "outline_color": "white"})
            categories.append(QgsRendererCategory(code, symbol, label))
        layer.setRenderer(QgsCategorizedSymbolRenderer("role", categories))
        error = layer.saveStyleToDatabase(STYLE_NAME, self.tr(
            "Zoem Zone survey form: drop-down lists of the strata and the visit status."),
            True, "")
        if error:
            raise QgsProcessingException(self.tr(
                "The form of the survey points could not be saved in '{path}': {error}"
            ).format(path=path, error=error))
