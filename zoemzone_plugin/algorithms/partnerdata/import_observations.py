"""zoemzone:importobservations: GBIF downloads and other observation CSVs into the package."""
import datetime
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException,
                       QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessing,
                       QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterCrs,
                       QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer,
                       QgsVectorDataProvider, QgsVectorLayerUtils, QgsWkbTypes)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ...engine.errors import InputError
from ...engine.monitoring.observations import DuplicateFinder, read_observations, read_species_list
from ..base import ZoemZoneAlgorithm
from ..field_values import as_date

GBIF, OTHER = 0, 1
# the names the target's fields are recognised by (case does not matter), first match wins
TARGET_FIELDS = {
    "species": ("species", "soort", "scientific_name", "scientificname"),
    "date": ("date", "obs_date", "observation_date", "eventdate", "datum"),
    "count": ("count", "individual_count", "individualcount", "number", "aantal"),
    "source": ("source", "bron"),
    "uncertainty": ("uncertainty", "coordinate_uncertainty", "uncertainty_m",
                    "coordinate_uncertainty_m", "coordinateuncertaintyinmeters",
                    "nauwkeurigheid"),
}
DUPLICATE_DISTANCE = 1.0


class ImportObservationsAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "importobservations"
    GROUP_ID = "data"

    INPUT = "INPUT"
    FORMAT = "FORMAT"
    SPECIES_FIELD = "SPECIES_FIELD"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    DATE_FIELD = "DATE_FIELD"
    COUNT_FIELD = "COUNT_FIELD"
    UNCERTAINTY_FIELD = "UNCERTAINTY_FIELD"
    CRS = "CRS"
    MAX_UNCERTAINTY = "MAX_UNCERTAINTY"
    SKIP_UNKNOWN_UNCERTAINTY = "SKIP_UNKNOWN_UNCERTAINTY"
    SPECIES_LIST = "SPECIES_LIST"
    SOURCE = "SOURCE"
    TARGET = "TARGET"
    IMPORTED = "IMPORTED"
    SKIPPED_UNCERTAINTY = "SKIPPED_UNCERTAINTY"
    SKIPPED_SPECIES = "SKIPPED_SPECIES"
    SKIPPED_DUPLICATES = "SKIPPED_DUPLICATES"
    REJECTED = "REJECTED"

    def displayName(self):  # noqa: N802
        return self.tr("Import observations (GBIF or CSV)")

    def flags(self):
        # edits a layer that may be open in the project: not from a background thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def help_text(self):
        return self.tr(
            "<p>Adds observations from a GBIF simple CSV download (TAB-separated, WGS84; "
            "columns species, decimalLatitude, decimalLongitude, coordinateUncertaintyInMeters, "
            "eventDate, individualCount) or another CSV with chosen columns (';', TAB or ',' "
            "separated, decimal commas allowed, dates as year-month-day or day-month-year) to "
            "an observations layer, reprojected to the layer's CRS.</p><p>Each row is counted "
            "once, checked in this order: <b>skipped for its species</b> when it is not on the "
            "species list; <b>rejected</b>, with its line and reason in the log, without "
            "species, coordinates or a date to the day, or with an unreadable count or "
            "uncertainty, or as an absence record; <b>skipped for its uncertainty</b> above "
            "the maximum; <b>skipped as a duplicate</b> of an observation of the same species "
            "on the same day within 1 m, in the layer already or earlier in the file. The "
            "rest is added in one edit session: all of it or, on an error, nothing.</p><p>The "
            "target layer's fields are found by name: species, date, count, source and "
            "uncertainty (or coordinate_uncertainty).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFile(
            self.INPUT, self.tr("Observation file"),
            fileFilter=self.tr("CSV files (*.csv *.txt *.tsv);;All files (*.*)")),
            self.tr("A GBIF simple CSV download (unzipped) or another CSV file."))
        self.add(QgsProcessingParameterEnum(
            self.FORMAT, self.tr("Format"),
            [self.tr("GBIF simple CSV"), self.tr("Other CSV (choose the columns)")],
            defaultValue=GBIF),
            self.tr("GBIF uses its own column names and WGS84; for other CSVs name the "
                    "columns and the CRS below."))
        for name, label, default, text in (
                (self.SPECIES_FIELD, self.tr("Species column"), "species",
                 self.tr("Other CSV: the column with the species name.")),
                (self.X_FIELD, self.tr("X (longitude) column"), "x",
                 self.tr("Other CSV: the column with x or longitude.")),
                (self.Y_FIELD, self.tr("Y (latitude) column"), "y",
                 self.tr("Other CSV: the column with y or latitude.")),
                (self.DATE_FIELD, self.tr("Date column"), "date",
                 self.tr("Other CSV: the column with the date of the observation.")),
                (self.COUNT_FIELD, self.tr("Count column"), "",
                 self.tr("Other CSV, optional: the column with the number of individuals.")),
                (self.UNCERTAINTY_FIELD, self.tr("Coordinate uncertainty column"), "",
                 self.tr("Other CSV, optional: the column with the coordinate uncertainty in "
                         "metres."))):
            self.add(QgsProcessingParameterString(name, label, default, optional=True), text)
        self.add(QgsProcessingParameterCrs(self.CRS, self.tr("CRS of the coordinates"),
                                           "EPSG:4326", optional=True),
                 self.tr("Other CSV: the CRS of its x and y; empty: WGS84 (EPSG:4326). GBIF "
                         "is always WGS84."))
        self.add_number(
            self.MAX_UNCERTAINTY, self.tr("Maximum coordinate uncertainty (m)"), "observations",
            "max_uncertainty",
            self.tr("Rows with a larger coordinate uncertainty are skipped."))
        self.add(QgsProcessingParameterBoolean(
            self.SKIP_UNKNOWN_UNCERTAINTY, self.tr("Skip rows without an uncertainty"), False),
            self.tr("Rows that give no coordinate uncertainty are imported (with an empty "
                    "uncertainty) unless this is checked."))
        self.add(QgsProcessingParameterFile(
            self.SPECIES_LIST, self.tr("Species list"), optional=True,
            fileFilter=self.tr("Text files (*.txt *.csv);;All files (*.*)")),
            self.tr("Optional: a text file with one species name per line (blank lines and "
                    "lines starting with # are left out); only these species are imported. "
                    "Case and extra spaces do not matter. Empty: all species."))
        self.add(QgsProcessingParameterString(self.SOURCE, self.tr("Source"), "",
                                              optional=True),
                 self.tr("Written in the source field, e.g. waarneming.nl. Empty: 'GBIF' for "
                         "GBIF files, else the file's name."))
        self.add(QgsProcessingParameterVectorLayer(
            self.TARGET, self.tr("Observations layer"), [QgsProcessing.TypeVectorPoint]),
            self.tr("The point layer the observations are added to, e.g. the observations "
                    "layer of the data package."))
        for name, description in (
                (self.IMPORTED, self.tr("Imported")),
                (self.SKIPPED_UNCERTAINTY, self.tr("Skipped: uncertainty too large")),
                (self.SKIPPED_SPECIES, self.tr("Skipped: species not on the list")),
                (self.SKIPPED_DUPLICATES, self.tr("Skipped: duplicates")),
                (self.REJECTED, self.tr("Rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def target_fields(self, layer):
        """role -> field index in the target; species and date are required."""
        names = [field.name().lower() for field in layer.fields()]
        found = {}
        for role, candidates in TARGET_FIELDS.items():
            for candidate in candidates:
                if candidate in names:
                    found[role] = names.index(candidate)
                    break
        for role, role_name in (("species", self.tr("species")), ("date", self.tr("date"))):
            if role not in found:
                raise QgsProcessingException(self.tr(
                    "The layer '{layer}' has no field for the {role} (looked for: {names}; "
                    "found: {fields}). Choose the observations layer of the data package or "
                    "add the field.").format(layer=layer.name(), role=role_name,
                                            names=", ".join(TARGET_FIELDS[role]),
                                            fields=", ".join(layer.fields().names())))
        return found

    def existing_observations(self, layer, fields, feedback):
        """A DuplicateFinder holding the layer's observations."""
        finder = DuplicateFinder(DUPLICATE_DISTANCE)
        request = QgsFeatureRequest().setSubsetOfAttributes(
            [fields["species"], fields["date"]])
        for feature in layer.getFeatures(request):
            if feedback.isCanceled():
                break
            geometry = feature.geometry()
            day = as_date(feature.attribute(fields["date"]))
            species = feature.attribute(fields["species"])
            if geometry.isNull() or geometry.isEmpty() or day is None or not species:
                continue
            points = (geometry.asMultiPoint() if QgsWkbTypes.isMultiType(geometry.wkbType())
                      else [geometry.asPoint()])
            for point in points:
                finder.add(str(species), day, point.x(), point.y())
        return finder

    @staticmethod
    def field_value(field, value):
        """``value`` (str, date, int, float or None) in the form the field takes."""
        if value is None:
            return None
        kind = field.type()
        if isinstance(value, datetime.date):
            qdate = QDate(value.year, value.month, value.day)
            if kind == QVariant.Date:
                return qdate
            if kind == QVariant.DateTime:
                return QDateTime(qdate, QTime(0, 0))
            return value.isoformat()
        if kind in (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong):
            return int(round(value))
        if kind == QVariant.Double:
            return float(value)
        if kind == QVariant.String:
            return str(value)
        return value

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        gbif = self.parameterAsEnum(parameters, self.FORMAT, context) == GBIF
        layer = self.parameterAsVectorLayer(parameters, self.TARGET, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TARGET))
        if layer.geometryType() != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(self.tr(
                "'{name}': the layer '{layer}' is not a point layer; observations are points."
            ).format(name=self.parameterDefinition(self.TARGET).description(),
                     layer=layer.name()))
        if not layer.dataProvider().capabilities() & QgsVectorDataProvider.AddFeatures:
            raise QgsProcessingException(self.tr(
                "Features cannot be added to the layer '{layer}' (it is read-only).").format(
                    layer=layer.name()))
        if layer.isEditable():
            raise QgsProcessingException(self.tr(
                "The layer '{layer}' is being edited. Save or discard its edits first, so the "
                "import can be added (or undone) as a whole.").format(layer=layer.name()))
        fields = self.target_fields(layer)
        if gbif:
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
            columns = None
        else:
            crs = self.parameterAsCrs(parameters, self.CRS, context)
            if not crs.isValid():
                crs = QgsCoordinateReferenceSystem("EPSG:4326")
            columns = {role: self.parameterAsString(parameters, name, context)
                       for role, name in (("species", self.SPECIES_FIELD),
                                          ("x", self.X_FIELD), ("y", self.Y_FIELD),
                                          ("date", self.DATE_FIELD),
                                          ("count", self.COUNT_FIELD),
                                          ("uncertainty", self.UNCERTAINTY_FIELD))}
        species_path = self.parameterAsFile(parameters, self.SPECIES_LIST, context)
        species = (self.run_engine(read_species_list, species_path,
                                   parameter=self.SPECIES_LIST) if species_path else None)
        source_name = self.parameterAsString(parameters, self.SOURCE, context).strip() or (
            "GBIF" if gbif else os.path.basename(path))
        read = self.run_engine(
            read_observations, path, gbif=gbif, columns=columns,
            max_uncertainty=self.parameterAsDouble(parameters, self.MAX_UNCERTAINTY, context),
            species=species,
            skip_unknown_uncertainty=self.parameterAsBoolean(
                parameters, self.SKIP_UNKNOWN_UNCERTAINTY, context),
            geographic=crs.isGeographic(), parameter=self.INPUT)
        feedback.setProgress(30)
        rejected = list(read.rejected)
        finder = self.existing_observations(layer, fields, feedback)
        transform = QgsCoordinateTransform(crs, layer.crs(), context.transformContext())
        multi = QgsWkbTypes.isMultiType(layer.wkbType())
        layer_fields = layer.fields()
        expression_context = layer.createExpressionContext()
        features, duplicates = [], 0
        for observation in read.observations:
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))
            try:
                point = transform.transform(QgsPointXY(observation.x, observation.y))
            except QgsCsException:
                rejected.append((observation.line, InputError(
                    "Line {line}: the point cannot be transformed to the layer's CRS.",
                    line=observation.line)))
                continue
            if finder.check_and_add(observation.species, observation.date, point.x(),
                                    point.y()):
                duplicates += 1
                continue
            geometry = QgsGeometry.fromPointXY(point)
            if multi:
                geometry.convertToMultiType()
            values = {"species": observation.species, "date": observation.date,
                      "count": observation.count, "source": source_name,
                      "uncertainty": observation.uncertainty}
            # createFeature fills the layer's other fields with their defaults (the package's
            # created_by, created_at ...) rather than with NULL
            features.append(QgsVectorLayerUtils.createFeature(
                layer, geometry, {index: self.field_value(layer_fields.at(index), values[role])
                                  for role, index in fields.items()}, expression_context))
        feedback.setProgress(60)
        rejected.sort(key=lambda pair: pair[0])
        for _, reason in rejected:
            feedback.pushWarning(reason.translated(self.tr))
        self.add_all_or_nothing(layer, features, feedback, self.tr("the new observations"))
        counts = {self.IMPORTED: len(features),
                  self.SKIPPED_UNCERTAINTY: len(read.skipped_uncertainty),
                  self.SKIPPED_SPECIES: read.skipped_species_count,
                  self.SKIPPED_DUPLICATES: duplicates, self.REJECTED: len(rejected)}
        self.log_counts(read, counts, layer, feedback)
        return counts

    def log_counts(self, read, counts, layer, feedback):
        feedback.pushInfo(self.tr(
            "{file}: {rows} rows. Imported into '{layer}': {imported}; skipped for their "
            "species: {species}; skipped for their coordinate uncertainty: {uncertainty}; "
            "skipped as duplicates: {duplicates}; rejected: {rejected}.").format(
                file=read.name, rows=read.rows, layer=layer.name(),
                imported=counts[self.IMPORTED], species=counts[self.SKIPPED_SPECIES],
                uncertainty=counts[self.SKIPPED_UNCERTAINTY],
                duplicates=counts[self.SKIPPED_DUPLICATES], rejected=counts[self.REJECTED]))
        if read.skipped_species:
            shown = ", ".join("%s (%d)" % (name or "—", n)
                              for name, n in read.skipped_species.most_common(10))
            feedback.pushInfo(self.tr("Species not on the list, most frequent first: {names}"
                                      ).format(names=shown))
        if read.unknown_uncertainty:
            feedback.pushInfo(self.tr(
                "Rows without a coordinate uncertainty, kept with an empty uncertainty: "
                "{count}.").format(count=read.unknown_uncertainty))
