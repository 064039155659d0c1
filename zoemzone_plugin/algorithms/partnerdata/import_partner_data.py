"""zoemzone:importpartnerdata: a partner's file (any vector format, CSV with coordinates) into a
layer of the data package, every bad row reported and the rest added all at once or not at all."""
from qgis.core import (QgsCoordinateTransform, QgsCsException, QgsDataSourceUri, QgsFeature,
                       QgsFeatureSink, QgsField, QgsFields, QgsProcessing,
                       QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer, QgsProcessingUtils, QgsSpatialIndex,
                       QgsVectorDataProvider, QgsVectorLayer, QgsVectorLayerUtils, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...datapackage import schema
from ...datapackage.migrate import upgrade_layer_package
from ...engine.kansenkaart.catalogue import read_catalogue
from ...engine.errors import InputError
from ...engine.monitoring.observations import parse_number
from ...paths import default_table
from ..base import ZoemZoneAlgorithm

# the package's own rule, so the import rejects what its database would refuse
DUPLICATE_TOLERANCE = schema.DUPLICATE_TOLERANCE
MEASURE_TYPE_FIELD = "measure_type"
PARTNER_FIELDS = ("partner_id", "partner")
NUMERIC = (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong, QVariant.Double)
INTEGER = (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong)
KINDS = {QgsWkbTypes.PointGeometry: "point", QgsWkbTypes.LineGeometry: "line",
         QgsWkbTypes.PolygonGeometry: "polygon"}
# columns the database fills in itself: never copied from the input by name
COMPUTED = {c.name for t in schema.TABLES for c in t.columns if c.computed}


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


class ImportPartnerDataAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "importpartnerdata"
    GROUP_ID = "data"

    INPUT = "INPUT"
    TARGET = "TARGET"
    FIELD_MAP = "FIELD_MAP"
    PARTNER = "PARTNER"
    REJECTED = "REJECTED"
    IMPORTED = "IMPORTED"
    REJECTED_COUNT = "REJECTED_COUNT"

    def displayName(self):  # noqa: N802
        return self.tr("Import partner data")

    def flags(self):
        # edits a layer that may be open in the project: not from a background thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def help_text(self):
        return self.tr(
            "<p>Adds the features of a partner's file (any vector format QGIS reads, or a CSV "
            "with coordinates opened as a delimited text layer) to a layer of the data "
            "package, e.g. measures_area, reprojected to the layer's CRS (EPSG:28992).</p>"
            "<p>A row is <b>rejected</b>, with its reason in the Rejected output and the log, "
            "when it has no geometry or an empty one; when its geometry is invalid and cannot "
            "be repaired into a valid geometry of the same type; when its geometry type does "
            "not fit the layer; when a number cannot be read; when its measure type is not in "
            "the package's list of measure types (or does not allow the geometry); when it "
            "lies outside every study area (only if the package has study areas); or when it "
            "duplicates a feature of the same measure type with the same geometry (within "
            "1 cm) in the layer or earlier in the file; or when the package's database "
            "refuses it (its own rules, e.g. a negative amount). Decimal commas in numbers are "
            "read.</p><p>The other rows are added in one edit session: all of them or, if the "
            "data source refuses any without saying which, none.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Partner data"), [QgsProcessing.TypeVectorAnyGeometry]),
            self.tr("The partner's file: a shapefile, GeoPackage, GeoJSON ..., or a CSV with "
                    "coordinates (Layer > Add Layer > Add Delimited Text Layer). Any CRS."))
        self.add(QgsProcessingParameterVectorLayer(
            self.TARGET, self.tr("Package layer"), [QgsProcessing.TypeVectorAnyGeometry]),
            self.tr("The layer of the data package the features are added to, e.g. "
                    "measures_area."))
        self.add(QgsProcessingParameterString(
            self.FIELD_MAP, self.tr("Field map"), "", optional=True),
            self.tr("Which input field fills which field of the package layer, as "
                    "target_field=input_field pairs separated by ';', e.g. "
                    "'measure_type=maatregel;notes=opmerking'. Empty: every field of the "
                    "layer is filled from the input field of the same name (case does not "
                    "matter); the layer's key and sizes computed by the database are left "
                    "out."))
        self.add(QgsProcessingParameterString(
            self.PARTNER, self.tr("Partner"), "", optional=True),
            self.tr("Optional: the name or id of the partner (from the package's partners) "
                    "set on every imported feature."))
        self.add(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), QgsProcessing.TypeVectorAnyGeometry,
            optional=True, createByDefault=True),
            self.tr("Every rejected row with its original attributes, its feature id in the "
                    "input (input_fid) and the reason."))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED_COUNT, self.tr("Rejected")))

    # -- the package around the target ---------------------------------------------------

    @staticmethod
    def sibling(layer, table_name):
        """Another table of the package ``layer`` belongs to, or None."""
        provider = layer.providerType()
        if provider == "ogr":
            path = layer.source().split("|")[0]
            if not path.lower().endswith(".gpkg"):
                return None
            other = QgsVectorLayer("%s|layername=%s" % (path, table_name), table_name, "ogr")
        elif provider == "postgres":
            uri = QgsDataSourceUri(layer.source())
            geometry = schema.GEOMETRY_COLUMN if schema.table(table_name).geometry else ""
            uri.setDataSource(uri.schema(), table_name, geometry)
            uri.setKeyColumn(schema.table(table_name).key)
            other = QgsVectorLayer(uri.uri(False), table_name, "postgres")
        else:
            return None
        return other if other.isValid() else None

    def measure_types(self, layer):
        """{code lowercased: (code, {allowed geometry kinds})} from the package's lookup,
        else from the catalogue."""
        lookup = self.sibling(layer, "measure_types")
        out = {}
        if lookup is not None and lookup.fields().indexOf("code") >= 0:
            names = lookup.fields().names()
            for feature in lookup.getFeatures():
                code = feature["code"]
                if is_null(code):
                    continue
                kinds = {kind for kind in ("point", "line", "polygon")
                         if "allows_" + kind in names and feature["allows_" + kind]
                         not in (None, False, 0, "0") and not is_null(feature["allows_" + kind])}
                if not any("allows_" + kind in names for kind in ("point", "line", "polygon")):
                    kinds = {"point", "line", "polygon"}
                out[str(code).lower()] = (str(code), kinds)
            if out:
                return out
        for measure in read_catalogue(default_table(schema.CATALOGUE), None):
            out[measure.code.lower()] = (measure.code, set(measure.geometries))
        return out

    def study_areas(self, layer, context):
        """A spatial index and {id: geometry} of the package's study areas, in the target's
        CRS; None when the package has none."""
        areas = self.sibling(layer, "study_areas")
        if areas is None:
            return None
        transform = QgsCoordinateTransform(areas.crs(), layer.crs(), context.transformContext())
        geometries = {}
        index = QgsSpatialIndex()
        for feature in areas.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(transform)
            geometries[feature.id()] = geometry
            index.addFeature(feature.id(), geometry.boundingBox())
        return (index, geometries) if geometries else None

    def partner_value(self, text, layer):
        """(field index, value) for PARTNER; None when it was not given."""
        text = text.strip()
        if not text:
            return None
        names = [f.name().lower() for f in layer.fields()]
        index = next((names.index(n) for n in PARTNER_FIELDS if n in names), -1)
        if index < 0:
            raise QgsProcessingException(self.tr(
                "The layer '{layer}' has no partner field ({names}) for the partner "
                "'{partner}'.").format(layer=layer.name(), names=", ".join(PARTNER_FIELDS),
                                       partner=text))
        if layer.fields().at(index).type() not in INTEGER:
            return index, text
        partners = self.sibling(layer, "partners")
        if partners is not None:
            for feature in partners.getFeatures():
                if str(feature["id"]) == text or str(feature["name"]).strip().lower() == \
                        text.lower():
                    return index, int(feature["id"])
            raise QgsProcessingException(self.tr(
                "The partner '{partner}' is not in the package's partners. Add the partner "
                "first, or give the name or id of one that is.").format(partner=text))
        if text.isdigit():
            return index, int(text)
        raise QgsProcessingException(self.tr(
            "The partner field of '{layer}' takes a partner id (a number), not "
            "'{partner}'.").format(layer=layer.name(), partner=text))

    def field_map(self, text, source, layer):
        """{target index: input index}."""
        target_fields, input_fields = layer.fields(), source.fields()
        mapping = {}
        if text.strip():
            for pair in text.split(";"):
                if not pair.strip():
                    continue
                if "=" not in pair:
                    raise QgsProcessingException(self.tr(
                        "The field map entry '{entry}' is not target_field=input_field."
                    ).format(entry=pair.strip()))
                target_name, input_name = (part.strip() for part in pair.split("=", 1))
                target_index = target_fields.lookupField(target_name)
                input_index = input_fields.lookupField(input_name)
                if target_index < 0:
                    raise QgsProcessingException(self.tr(
                        "The layer '{layer}' has no field '{field}' (it has: {fields})."
                    ).format(layer=layer.name(), field=target_name,
                             fields=", ".join(target_fields.names())))
                if input_index < 0:
                    raise QgsProcessingException(self.tr(
                        "The input has no field '{field}' (it has: {fields}).").format(
                            field=input_name, fields=", ".join(input_fields.names())))
                mapping[target_index] = input_index
            return mapping
        skip = set(layer.primaryKeyAttributes())
        for target_index, field in enumerate(target_fields):
            if target_index in skip or field.name().lower() in COMPUTED:
                continue
            input_index = input_fields.lookupField(field.name())
            if input_index >= 0:
                mapping[target_index] = input_index
        return mapping

    # -- the rows -------------------------------------------------------------------------

    def geometry(self, feature, transform, layer):
        """(geometry in the target's CRS, None) or (None, reason)."""
        geometry = feature.geometry()
        if geometry.isNull():
            return None, self.tr("no geometry")
        if geometry.isEmpty():
            return None, self.tr("empty geometry")
        target_type = layer.geometryType()
        # repaired where it was drawn (a reprojection may bend a collapsed ring into a
        # sliver), and checked again after the reprojection
        for step in ("source", "target"):
            if step == "target":
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    return None, self.tr("cannot be reprojected")
            if not geometry.isGeosValid():
                fixed = geometry.makeValid()
                if fixed.isNull() or fixed.isEmpty() or fixed.type() != geometry.type() or \
                        not fixed.isGeosValid():
                    return None, self.tr("invalid geometry")
                geometry = fixed
        if geometry.type() != target_type:
            return None, self.tr("wrong geometry type")
        if QgsWkbTypes.isMultiType(layer.wkbType()):
            geometry.convertToMultiType()
        elif geometry.isMultipart() and not geometry.convertToSingleType():
            return None, self.tr("wrong geometry type")
        return geometry, None

    @staticmethod
    def value(field, value):
        """``value`` for ``field``; text read as a number (decimal comma too) for numeric
        fields. ValueError when it is not a number."""
        if is_null(value):
            return None
        if field.type() in NUMERIC and isinstance(value, str):
            number = parse_number(value)
            if number is None:
                return None
            if field.type() in INTEGER:
                if number != int(number):
                    raise ValueError(value)
                return int(number)
            return number
        return value

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layer = self.parameterAsVectorLayer(parameters, self.TARGET, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TARGET))
        if not layer.isSpatial():
            raise QgsProcessingException(self.tr(
                "'{name}': the layer '{layer}' has no geometry; choose a layer of the package "
                "with geometries, e.g. measures_area.").format(
                    name=self.parameterDefinition(self.TARGET).description(),
                    layer=layer.name()))
        if not layer.dataProvider().capabilities() & QgsVectorDataProvider.AddFeatures:
            raise QgsProcessingException(self.tr(
                "Features cannot be added to the layer '{layer}' (it is read-only).").format(
                    layer=layer.name()))
        if layer.isEditable():
            raise QgsProcessingException(self.tr(
                "The layer '{layer}' is being edited. Save or discard its edits first, so the "
                "import can be added (or undone) as a whole.").format(layer=layer.name()))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(self.tr(
                "'{name}' has no CRS. Set its CRS first (Layer Properties › Source).").format(
                    name=self.parameterDefinition(self.INPUT).description()))

        mapping = self.field_map(self.parameterAsString(parameters, self.FIELD_MAP, context),
                                 source, layer)
        partner = self.partner_value(
            self.parameterAsString(parameters, self.PARTNER, context), layer)
        type_index = layer.fields().lookupField(MEASURE_TYPE_FIELD)
        known_types = self.measure_types(layer) if type_index >= 0 else None
        kind = KINDS.get(layer.geometryType())
        areas = self.study_areas(layer, context)
        # a package of an older version gets the database rule against duplicates first: it is
        # what keeps two imports of the same file at once from adding every feature twice
        try:
            upgrade_layer_package(layer)
        except InputError as error:
            feedback.pushWarning(error.translated(self.tr))
        duplicates, duplicate_index = {}, QgsSpatialIndex()

        def is_duplicate(measure_type, geometry):
            for candidate in duplicate_index.intersects(geometry.boundingBox()):
                other_type, other = duplicates[candidate]
                if other_type == measure_type and \
                        geometry.hausdorffDistance(other) <= DUPLICATE_TOLERANCE:
                    return True
            return False

        def remember(measure_type, geometry):
            key = len(duplicates) + 1
            duplicates[key] = (measure_type, geometry)
            duplicate_index.addFeature(key, geometry.boundingBox())

        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if not geometry.isNull() and not geometry.isEmpty():
                remember(feature.attribute(type_index) if type_index >= 0 else None, geometry)
        feedback.setProgress(10)

        transform = QgsCoordinateTransform(source.sourceCrs(), layer.crs(),
                                           context.transformContext())
        target_fields = layer.fields()
        expression_context = layer.createExpressionContext()
        total = source.featureCount() or 1
        features, inputs, rejected = [], [], []
        for position, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))
            feedback.setProgress(10 + 60 * position / total)
            reason, detail = None, ""
            geometry, reason = self.geometry(feature, transform, layer)
            values = {}
            if reason is None:
                for target_index, input_index in mapping.items():
                    field = target_fields.at(target_index)
                    try:
                        values[target_index] = self.value(field, feature.attribute(input_index))
                    except ValueError:
                        reason = self.tr("not a number")
                        detail = "%s: %s" % (field.name(), feature.attribute(input_index))
                        break
            measure_type = None
            if reason is None and type_index >= 0:
                given = values.get(type_index)
                known = known_types.get(str(given).strip().lower()) if not is_null(given) \
                    else None
                if known is None:
                    reason, detail = self.tr("unknown measure type"), str(given)
                elif kind not in known[1]:
                    reason = self.tr("measure type not allowed for this geometry")
                    detail = "%s (%s)" % (known[0], kind)
                else:
                    measure_type = values[type_index] = known[0]
            if reason is None and areas is not None:
                index, area_geometries = areas
                if not any(area_geometries[i].intersects(geometry)
                           for i in index.intersects(geometry.boundingBox())):
                    reason = self.tr("outside the study area")
            if reason is None and is_duplicate(measure_type, geometry):
                reason = self.tr("duplicate of an existing feature")
            if reason is not None:
                rejected.append((feature, reason))
                feedback.pushWarning(self.tr("Input feature {fid}: rejected, {reason}{detail}."
                                             ).format(fid=feature.id(), reason=reason,
                                                      detail=": " + detail if detail else ""))
                continue
            remember(measure_type, geometry)
            if partner is not None:
                values[partner[0]] = partner[1]
            # createFeature fills the other fields with the layer's defaults (status idee,
            # created_at ...) rather than with NULL
            features.append(QgsVectorLayerUtils.createFeature(
                layer, geometry, {i: v for i, v in values.items() if v is not None},
                expression_context))
            inputs.append(feature)

        feedback.setProgress(75)
        refused = []
        added = self.add_all_or_nothing(layer, features, feedback, self.tr("the partner data"),
                                        refused)
        for position, said in refused:
            # the database's own words: they name the rule the row breaks
            reason = "%s: %s" % (self.tr("refused by the package's database"), said)
            rejected.append((inputs[position], reason))
            feedback.pushWarning(self.tr("Input feature {fid}: rejected, {reason}{detail}."
                                         ).format(fid=inputs[position].id(), reason=reason,
                                                  detail=""))
        dest_id = self.write_rejected(parameters, context, source, rejected)
        feedback.setProgress(100)
        self.log_counts(layer, added, rejected, feedback)
        return {self.REJECTED: dest_id, self.IMPORTED: len(added),
                self.REJECTED_COUNT: len(rejected)}

    def write_rejected(self, parameters, context, source, rejected):
        extra = QgsFields()
        extra.append(QgsField("input_fid", QVariant.LongLong))
        extra.append(QgsField("reason", QVariant.String))
        fields = QgsProcessingUtils.combineFields(source.fields(), extra)
        sink, dest_id = self.parameterAsSink(parameters, self.REJECTED, context, fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            return None
        for feature, reason in rejected:
            out = QgsFeature(fields)
            if feature.hasGeometry():
                out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [feature.id(), reason])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest_id

    def log_counts(self, layer, features, rejected, feedback):
        reasons = {}
        for _, reason in rejected:
            reasons[reason] = reasons.get(reason, 0) + 1
        feedback.pushInfo(self.tr(
            "Imported into '{layer}': {imported}; rejected: {rejected}.").format(
                layer=layer.name(), imported=len(features), rejected=len(rejected)))
        for reason, count in sorted(reasons.items()):
            feedback.pushInfo(self.tr("Rejected, {reason}: {count}").format(
                reason=reason, count=count))
