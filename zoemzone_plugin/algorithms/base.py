"""The thin base every Zoem Zone algorithm stands on: naming, grouping, help, icon, and the
input checks they share (one message for one fault, naming the input, in every algorithm)."""
from contextlib import contextmanager
import math
import os
import re

from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsFeatureSink,
                       QgsField, QgsFields, QgsGeometry, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingFeatureSource,
                       QgsProcessingFeedback, QgsProcessingParameterDefinition,
                       QgsProcessingParameterDistance, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber,
                       QgsProcessingUtils, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QIcon

from ..engine import defaults
from ..engine.cluster import open_cluster
from ..engine.errors import Cancelled, EngineError
from ..engine.io.gdalio import LANDUSE_PRODUCT, PRODUCT_KEY, has_valid_cells, raster_product
from ..engine.io.outputs import OutputError, check_writable
from ..engine.progress import TimeLeft
from ..i18n import tr
from ..paths import ICON, resource
from ..settings import dask_scheduler, memory_budget_mb

# how an OGR data source names a new feature it refused ("OGR error creating feature -3:
# failed to execute insert : CHECK constraint failed: ..."): its temporary id and the reason
REFUSED_FEATURE = re.compile(r"feature (-\d+): (.*)")
# metadata of a number parameter: "model/name", the row of resources/defaults its default,
# minimum and maximum come from (tests check every parameter against the tables by it)
DEFAULT_FROM = "zoemzone_default"


def number_parameter(name, label, model, key, integer=False, parent=None, optional=False):
    """A number parameter whose default, minimum and maximum are row ``key`` of
    resources/defaults/<model>.csv, so the dialog, the engine and docs/defaults.md show one
    value. With ``parent`` (a layer parameter's name) it is a distance in that layer's
    units. Also used by scripts/make_chain_model.py for the chain's inputs."""
    row = defaults.entry(model, key)
    cast = int if integer else float
    limits = {option: cast(limit) for option, limit in
              (("minValue", row.minimum), ("maxValue", row.maximum)) if limit is not None}
    if parent is None:
        kind = QgsProcessingParameterNumber.Integer if integer else \
            QgsProcessingParameterNumber.Double
        parameter = QgsProcessingParameterNumber(name, label, kind, cast(row.default),
                                                 optional, **limits)
    else:
        parameter = QgsProcessingParameterDistance(name, label, cast(row.default), parent,
                                                   optional, **limits)
    parameter.setMetadata({DEFAULT_FROM: "%s/%s" % (model, key)})
    return parameter


def checked_raster(alg, parameters, name, context, projected=True, square=True,
                   band_parameter=None):
    """The file of raster parameter ``name`` of ``alg`` (any Processing algorithm: the
    chain model checks its land use with it too), refused with a message naming the
    parameter when no run on it could be right: GDAL cannot read it, it has no CRS, its CRS
    is in degrees (with ``projected``: distances are in metres), its cells are not square
    (with ``square``: distances count cells, so every algorithm that measures them refuses
    such cells with this one message), the band chosen in ``band_parameter`` (default band
    1) is not one of its bands, or that band holds only nodata (every output would be
    nodata too)."""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    description = alg.parameterDefinition(name).description()
    if layer is None:
        given = parameters.get(name)
        if given in (None, ""):
            raise QgsProcessingException(tr("No raster was given for '{name}'.")
                                         .format(name=description))
        raise QgsProcessingException(tr(
            "'{name}': '{value}' is not a raster QGIS can open. Check the path and the "
            "file.").format(name=description, value=given))
    if not layer.crs().isValid():
        raise QgsProcessingException(tr(
            "'{name}' has no CRS, so where it lies and how large its cells are is "
            "unknown. Assign its CRS first (Raster › Projections › Assign Projection, "
            "EPSG:28992 for RD New).").format(name=description))
    if projected and layer.crs().isGeographic():
        raise QgsProcessingException(tr(
            "'{name}' is in {crs}, a geographic CRS (degrees). Distances are in metres: "
            "reproject it to a projected CRS such as EPSG:28992 first.").format(
                name=description, crs=layer.crs().authid()))
    if layer.providerType() != "gdal":
        raise QgsProcessingException(tr(
            "'{name}' must be a file GDAL can read (it comes from the '{provider}' "
            "provider). Save it as a GeoTIFF first.").format(
                name=description, provider=layer.providerType()))
    width, height = layer.rasterUnitsPerPixelX(), layer.rasterUnitsPerPixelY()
    if square and abs(width - height) > 1e-6 * max(width, height):
        raise QgsProcessingException(tr(
            "'{name}' has cells of {width} × {height}: distances are measured in cells, "
            "which needs square cells. Resample it first (Raster › Projections › "
            "Warp).").format(name=description, width=width, height=height))
    band = 1
    if band_parameter is not None:
        band = alg.parameterAsInt(parameters, band_parameter, context) or 1
        if not 1 <= band <= layer.bandCount():
            raise QgsProcessingException(tr(
                "'{band_name}' is {band}, but '{name}' has {count} band(s). Choose a band "
                "from 1 to {count}.").format(
                    band_name=alg.parameterDefinition(band_parameter).description(),
                    band=band, name=description, count=layer.bandCount()))
    path = layer.source()
    try:
        has_data = has_valid_cells(path, band)
    except EngineError as error:
        raise QgsProcessingException("'%s': %s" % (description, error.translated(tr))) \
            from None
    if not has_data:
        raise QgsProcessingException(tr(
            "'{name}' holds only nodata (band {band}), so every result would be nodata. "
            "Check the file, its nodata value and its extent.").format(
                name=description, band=band))
    return path


class _EngineFeedback(TimeLeft):
    """The feedback an algorithm gives the engine: its time left, and its notes
    (progress.tell) translated into the run's log."""

    def __init__(self, feedback, tell, translate):
        super().__init__(feedback, tell)
        self._translate = translate

    def note(self, note):
        self.pushInfo(note.translated(self._translate))


def group_name(group_id):
    """The toolbox group's name for a GROUP_ID, translated (the chain model, which is no
    ZoemZoneAlgorithm, names its group here too)."""
    return {"habitat": tr("Habitat"), "connectivity": tr("Connectivity"),
            "kansenkaart": tr("Kansenkaart"), "monitoring": tr("Monitoring"),
            "data": tr("Partner data")}[group_id]


class ZoemZoneAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALGORITHM_ID and GROUP_ID and return their texts from displayName and
    help_text through ``self.tr`` so the strings are found for translation."""

    ALGORITHM_ID = ""
    GROUP_ID = ""

    def __init__(self):
        super().__init__()
        self._parameter_help = []
        self._timer = None       # (feedback, its TimeLeft) of the run

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.ALGORITHM_ID

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def group(self):
        return group_name(self.GROUP_ID)

    def tr(self, text):
        return tr(text)

    def icon(self):
        return QIcon(resource(ICON))

    def add(self, parameter, help_text):
        """Add a parameter with its help (tooltip in the dialog, list in the help panel)."""
        parameter.setHelp(help_text)
        self._parameter_help.append((parameter.description(), help_text))
        self.addParameter(parameter)

    def add_number(self, name, label, model, key, help_text, **options):
        """Add a number parameter with its default from the tables (see number_parameter)."""
        self.add(number_parameter(name, label, model, key, **options), help_text)

    def help_text(self):
        raise NotImplementedError

    def shortHelpString(self):  # noqa: N802
        items = "".join("<dt><b>%s</b></dt><dd>%s</dd>" % pair for pair in self._parameter_help)
        return "%s<h3>%s</h3><dl>%s</dl>" % (self.help_text(), self.tr("Parameters"), items)

    def raster_path(self, parameters, name, context, projected=True, square=True,
                    band_parameter=None):
        """The file of a raster parameter, checked by ``checked_raster``."""
        return checked_raster(self, parameters, name, context, projected, square,
                              band_parameter)

    def source_of(self, parameters, name, context, geometry=None, projected=True):
        """The feature source of a vector parameter, refused with a message naming the
        parameter when it cannot be meant: it has no features with a geometry, no CRS, a CRS
        in degrees (with ``projected``), or another geometry type than ``geometry`` (a
        QgsWkbTypes geometry type, or a tuple of those the parameter takes; Processing does
        not check a layer passed as an object). None for an optional parameter left empty."""
        source = self.parameterAsSource(parameters, name, context)
        definition = self.parameterDefinition(name)
        description = definition.description()
        if source is None:
            if parameters.get(name) in (None, "") and \
                    definition.flags() & QgsProcessingParameterDefinition.FlagOptional:
                return None
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        wanted = geometry if isinstance(geometry, tuple) else (geometry,)
        if geometry is not None and QgsWkbTypes.geometryType(source.wkbType()) not in wanted:
            names = {QgsWkbTypes.PointGeometry: self.tr("points"),
                     QgsWkbTypes.LineGeometry: self.tr("lines"),
                     QgsWkbTypes.PolygonGeometry: self.tr("polygons")}
            found = QgsWkbTypes.geometryType(source.wkbType())
            needed = names[wanted[0]]
            for other in wanted[1:]:
                needed = self.tr("{first} or {second}").format(first=needed,
                                                                second=names[other])
            raise QgsProcessingException(self.tr(
                "'{name}' holds {found}; it needs {needed}. Choose a layer of {needed}."
            ).format(name=description, found=names.get(found, self.tr("no geometries")),
                     needed=needed))
        if not any(feature.hasGeometry() for feature in self.all_features(source)):
            raise QgsProcessingException(self.tr(
                "'{name}' has no features with a geometry. Choose a layer with features (or "
                "check its filter).").format(name=description))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(self.tr(
                "'{name}' has no CRS. Set its CRS first (Layer Properties › Source).").format(
                    name=description))
        if projected and source.sourceCrs().isGeographic():
            raise QgsProcessingException(self.tr(
                "'{name}' is in {crs}, a geographic CRS (degrees). Distances and areas are in "
                "metres: reproject it to a projected CRS such as EPSG:28992 first.").format(
                    name=description, crs=source.sourceCrs().authid()))
        return source

    def check_valid_polygons(self, numbered, name):
        """Refuse invalid polygons of ``numbered`` ((id, feature) pairs of parameter
        ``name``): a self-intersecting ring has a wrong (often 0) area and burns unpredictably,
        so its patch would silently count for nothing."""
        for feature_id, feature in numbered:
            errors = feature.geometry().validateGeometry(QgsGeometry.ValidatorGeos)
            if errors:
                raise QgsProcessingException(self.tr(
                    "'{name}': feature {id} has an invalid geometry ({error}), so its area "
                    "and cells would be wrong. Repair it first (Vector geometry › Fix "
                    "geometries).").format(name=self.parameterDefinition(name).description(),
                                           id=feature_id, error=errors[0].what()))

    def check_numeric_field(self, fields, field, name):
        """Refuse ``field`` of ``fields`` (read for parameter ``name``) when it is not
        numeric: Processing lets a text field through, and text such as '1.500,00' or
        'veel' has no one reading as a number."""
        if not fields.field(field).isNumeric():
            raise QgsProcessingException(self.tr(
                "'{name}': the field '{field}' is a {type} field; choose a numeric field, or "
                "make one from it with the Field calculator (e.g. to_real(replace(\"{field}\", "
                "',', '.')) for decimal commas).").format(
                    name=self.parameterDefinition(name).description(), field=field,
                    type=fields.field(field).typeName()))

    def field_numbers(self, numbered, field, name, missing=None):
        """The values of ``field`` (chosen in parameter ``name``) of ``numbered`` ((id,
        feature) pairs) as floats, refused when the field is not numeric, with the feature's
        id where a value is missing, not finite or negative, and when all are 0: none of
        these has a meaning as a capacity or weight, and each ended in a traceback or a
        quiet 0. With ``missing`` an empty value counts as that number instead (a count left
        empty is one individual)."""
        description = self.parameterDefinition(name).description()
        if numbered:
            self.check_numeric_field(numbered[0][1].fields(), field, name)
        values = []
        for feature_id, feature in numbered:
            value = feature[field]
            if value is None or (isinstance(value, QVariant) and value.isNull()):
                if missing is not None:
                    values.append(float(missing))
                    continue
                raise QgsProcessingException(self.tr(
                    "'{name}': feature {id} has no value in the field '{field}'. Fill in a "
                    "number for every feature.").format(name=description, id=feature_id,
                                                        field=field))
            if not math.isfinite(value) or value < 0:
                raise QgsProcessingException(self.tr(
                    "'{name}': feature {id} has {value} in the field '{field}'; it must be a "
                    "number of 0 or more.").format(name=description, id=feature_id,
                                                  value=value, field=field))
            values.append(float(value))
        if values and not any(values):
            raise QgsProcessingException(self.tr(
                "'{name}': the field '{field}' is 0 for all {count} features, so there is "
                "nothing to weigh. Choose the field that holds the values.").format(
                    name=description, field=field, count=len(values)))
        return values

    def landuse_path(self, parameters, name, context, **checks):
        """raster_path (with its ``checks``) of a land-use parameter, refusing a raster this
        plugin wrote as another product: its values (priority classes, indices) would be
        taken for land-use codes without a word."""
        return self.product_path(parameters, name, context, (LANDUSE_PRODUCT,), self.tr(
            "'{name}' is not land use: it is the Zoem Zone output '{product}' (its "
            "metadata say {key}={product}). Choose a land-use raster instead, such as LGN "
            "or the output of Build land use."), **checks)

    def product_path(self, parameters, name, context, products, message, **checks):
        """raster_path (with its ``checks``) of a parameter that takes this plugin's outputs
        ``products`` (or a raster of another program), refusing one it wrote as another
        product with ``message`` (translated; {name}, {product}, {key} and {expected}, the
        products taken, filled in): a
        gain read as priority classes, or codes as a gain, would be drawn and told without
        a word."""
        path = self.raster_path(parameters, name, context, **checks)
        product = self.run_engine(raster_product, path)
        if product is not None and product not in products:
            raise QgsProcessingException(message.format(
                name=self.parameterDefinition(name).description(), product=product,
                key=PRODUCT_KEY, expected="/".join(products)))
        return path

    @staticmethod
    def all_features(layer):
        """The features of a layer or Processing source, invalid geometries included: the
        algorithms check those themselves and name the input and the feature, where
        Processing's own check (by the context's setting) throws from inside the loop over
        the features, which crashes some hosts and names neither."""
        if isinstance(layer, QgsProcessingFeatureSource):
            return layer.getFeatures(QgsFeatureRequest(),
                                     QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        return layer.getFeatures()

    @classmethod
    def features_with_ids(cls, layer, feedback=None):
        """(id, feature) of the features with a geometry: the layer's integer 'id' field
        where it has one with values above 0, else the feature's 1-based position."""
        names = [f.name().lower() for f in layer.fields()]
        id_index = names.index("id") if "id" in names else -1
        out = []
        for position, feature in enumerate(cls.all_features(layer), start=1):
            if feedback is not None and feedback.isCanceled():
                break
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            value = feature.attribute(id_index) if id_index >= 0 else None
            out.append((int(value) if isinstance(value, int) and value > 0 else position,
                        feature))
        return out

    def layer_features(self, layer, crs, context, feedback=None):
        """(id, WKB in ``crs``) of a layer's features with a geometry (ids as above)."""
        transform = QgsCoordinateTransform(layer.sourceCrs(), crs, context.transformContext())
        out = []
        for feature_id, feature in self.features_with_ids(layer, feedback):
            geometry = feature.geometry()
            geometry.transform(transform)
            out.append((feature_id, bytes(geometry.asWkb())))
        return out

    def write_sink(self, parameters, name, context, fields, geometry_type, crs, rows):
        """Write ``rows`` of (QgsGeometry or None, [values]) to a feature sink output;
        ``fields`` is a list of (name, QVariant type). Returns the output's id."""
        qfields = QgsFields()
        for field_name, field_type in fields:
            qfields.append(QgsField(field_name, field_type))
        sink, dest_id = self.parameterAsSink(parameters, name, context, qfields, geometry_type,
                                             crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        for geometry, values in rows:
            feature = QgsFeature(qfields)
            if geometry is not None:
                feature.setGeometry(geometry)
            feature.setAttributes(list(values))
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest_id

    def output_path(self, parameters, name, context, optional=False):
        """The file (or the folder, of a folder destination) of a destination, refused now
        if it cannot be written rather than after the run; when none was set a temporary
        file (as a model gives its children's outputs that the user did not ask for), or
        None for an ``optional`` one."""
        path = self.parameterAsOutputLayer(parameters, name, context)
        definition = self.parameterDefinition(name)
        if not path:
            if optional:
                return None
            extension = definition.defaultFileExtension()
            path = QgsProcessingUtils.generateTempFilename("%s.%s" % (name.lower(), extension))
        folder = isinstance(definition, QgsProcessingParameterFolderDestination)
        try:
            check_writable(os.path.join(path, name.lower()) if folder else path)
        except OutputError as error:
            raise QgsProcessingException(self.tr(
                "The output '{name}' cannot be written to '{path}' ({reason}). Choose a folder "
                "that exists or can be created, and that you may write to.").format(
                    name=self.parameterDefinition(name).description(), path=path,
                    reason=error.params["reason"])) from None
        return path

    def add_all_or_nothing(self, layer, features, feedback, what, refused=None):
        """Add ``features`` to ``layer`` in one edit session: all of them or, on any error or
        cancel, none. ``what`` (already translated) names them in the errors.

        With ``refused`` (a list), features the data source refuses one by one are set apart
        instead of failing the whole: OGR sources (a GeoPackage) name each refused feature
        by the temporary id the edit session gave it, which is known here and nowhere else.
        Their positions in ``features`` and the source's reasons are appended to ``refused``
        and the others are added again in a new session, all or nothing. Returns the
        features added."""
        remaining = list(range(len(features)))
        while remaining:
            errors, temporary = self._commit_once(layer, [features[i] for i in remaining],
                                                  feedback, what)
            if errors is None:
                break
            blamed = {}
            for line in errors:
                match = REFUSED_FEATURE.search(line)
                if match and int(match.group(1)) in temporary:
                    blamed[temporary[int(match.group(1))]] = match.group(2).strip()
            if refused is None or not blamed:
                raise QgsProcessingException(self.tr(
                    "The layer '{layer}' refused {what}; nothing was imported. The data source "
                    "said: {errors}").format(layer=layer.name(), what=what,
                                             errors="; ".join(errors)))
            refused.extend((remaining[k], reason) for k, reason in sorted(blamed.items()))
            remaining = [i for k, i in enumerate(remaining) if k not in blamed]
        if remaining:
            layer.updateExtents()
            layer.triggerRepaint()
        return [features[i] for i in remaining]

    def _commit_once(self, layer, features, feedback, what):
        """(None, ids) when ``features`` were added and committed, else (the data source's
        errors, ids) with the edits rolled back; ids maps each feature's temporary id in the
        edit session to its position."""
        if not layer.startEditing():
            raise QgsProcessingException(self.tr(
                "The layer '{layer}' cannot be edited.").format(layer=layer.name()))
        temporary = {}
        try:
            for position, feature in enumerate(features):
                if not layer.addFeature(feature):
                    raise QgsProcessingException(self.tr(
                        "The layer '{layer}' refused {what}; nothing was imported.").format(
                            layer=layer.name(), what=what))
                temporary[feature.id()] = position
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))
            if layer.commitChanges():
                return None, temporary
            errors = layer.commitErrors()
        except BaseException:
            layer.rollBack()
            raise
        layer.rollBack()
        return errors, temporary

    @staticmethod
    def memory_budget_mb():
        """The provider's memory budget (MiB): larger rasters are computed in tiles."""
        return memory_budget_mb()

    @contextmanager
    def cluster(self, feedback):
        """The Dask cluster of the provider's scheduler setting for the heavy stages, or None
        (in this process); the log says which. Stopped (local:N) or left (an address) at the
        end of the block."""
        cluster = self.run_engine(open_cluster, dask_scheduler(), self.memory_budget_mb(),
                                  feedback)
        try:
            yield cluster
        finally:
            if cluster is not None:
                cluster.close()

    def package_source(self, parameters, name, context):
        """The data package the parameter ``name`` names (``ui.package.parameter_source``),
        or None; one that is not there is refused naming the parameter."""
        from ..ui.package import PackageProblem, parameter_source
        try:
            return parameter_source(self.parameterAsString(parameters, name, context))
        except PackageProblem as problem:     # its message is translated already
            raise QgsProcessingException(self.tr(
                "{problem} Give as {parameter} a GeoPackage file, or the name of a saved "
                "PostgreSQL connection followed by /schema when the package is not in the "
                "schema 'zoemzone'.").format(problem=problem.message, parameter=name)) from None

    def run_engine(self, function, *args, parameter=None, **kwargs):
        """Call the engine, turning its errors into translated Processing errors; the
        feedback it gets also reports the time left (see TimeLeft) and puts the engine's
        notes in the log, translated. With ``parameter`` (the name of the input the call
        reads) its errors start with that input's description, so a message about a file's
        line also says which input the file was given for."""
        args = [self._time_left(value) for value in args]
        kwargs = {key: self._time_left(value) for key, value in kwargs.items()}
        try:
            return function(*args, **kwargs)
        except Cancelled:
            raise QgsProcessingException(self.tr("Cancelled by the user.")) from None
        except EngineError as error:
            message = error.translated(self.tr)
            if parameter is not None:
                message = "'%s': %s" % (self.parameterDefinition(parameter).description(),
                                        message)
            raise QgsProcessingException(message) from None

    def _time_left(self, value):
        """The run's feedback wrapped once (an instance serves one run), so an algorithm that
        calls the engine several times gets one estimate over all of them."""
        if not isinstance(value, QgsProcessingFeedback):
            return value
        if self._timer is not None and self._timer[0] is value:
            return self._timer[1]

        def tell(seconds, percent):
            if seconds >= 90:
                text = self.tr("About {minutes} min left ({percent} % done).").format(
                    minutes=int(round(seconds / 60.0)), percent=int(percent))
            else:
                text = self.tr("About {seconds} s left ({percent} % done).").format(
                    seconds=int(round(seconds)), percent=int(percent))
            value.pushInfo(text)
        self._timer = (value, _EngineFeedback(value, tell, self.tr))
        return self._timer[1]
