"""The thin base every Zoem Zone algorithm stands on: naming, grouping, help, icon."""
from contextlib import contextmanager

from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsFeatureSink, QgsField, QgsFields,
                       QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingUtils)
from qgis.PyQt.QtGui import QIcon

from ..engine.cluster import open_cluster
from ..engine.errors import Cancelled, EngineError
from ..engine.progress import TimeLeft
from ..i18n import tr
from ..paths import ICON, resource


class _EngineFeedback(TimeLeft):
    """The feedback an algorithm gives the engine: its time left, and its notes
    (progress.tell) translated into the run's log."""

    def __init__(self, feedback, tell, translate):
        super().__init__(feedback, tell)
        self._translate = translate

    def note(self, note):
        self.pushInfo(note.translated(self._translate))


class ZoemZoneAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALGORITHM_ID and GROUP_ID and return their texts from displayName, group
    and help_text through ``self.tr`` so the strings are found for translation."""

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

    def tr(self, text):
        return tr(text)

    def icon(self):
        return QIcon(resource(ICON))

    def add(self, parameter, help_text):
        """Add a parameter with its help (tooltip in the dialog, list in the help panel)."""
        parameter.setHelp(help_text)
        self._parameter_help.append((parameter.description(), help_text))
        self.addParameter(parameter)

    def help_text(self):
        raise NotImplementedError

    def shortHelpString(self):  # noqa: N802
        items = "".join("<dt><b>%s</b></dt><dd>%s</dd>" % pair for pair in self._parameter_help)
        return "%s<h3>%s</h3><dl>%s</dl>" % (self.help_text(), self.tr("Parameters"), items)

    def raster_path(self, parameters, name, context, projected=True):
        """The file of a raster parameter, refused with a clear message if GDAL cannot read
        it or (with ``projected``) if its CRS is in degrees."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        description = self.parameterDefinition(name).description()
        if layer is None:
            raise QgsProcessingException(self.tr("No raster was given for '{name}'.").format(
                name=description))
        if projected and layer.crs().isGeographic():
            raise QgsProcessingException(self.tr(
                "'{name}' is in {crs}, a geographic CRS (degrees). Distances are in metres: "
                "reproject it to a projected CRS such as EPSG:28992 first.").format(
                    name=description, crs=layer.crs().authid()))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(self.tr(
                "'{name}' must be a file GDAL can read (it comes from the '{provider}' "
                "provider). Save it as a GeoTIFF first.").format(
                    name=description, provider=layer.providerType()))
        return layer.source()

    @staticmethod
    def features_with_ids(layer, feedback=None):
        """(id, feature) of the features with a geometry: the layer's integer 'id' field
        where it has one with values above 0, else the feature's 1-based position."""
        names = [f.name().lower() for f in layer.fields()]
        id_index = names.index("id") if "id" in names else -1
        out = []
        for position, feature in enumerate(layer.getFeatures(), start=1):
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

    def output_path(self, parameters, name, context):
        """The file of a required destination; a temporary file when none was set (as a model
        gives its children's outputs that the user did not ask for)."""
        path = self.parameterAsOutputLayer(parameters, name, context)
        if not path:
            extension = self.parameterDefinition(name).defaultFileExtension()
            path = QgsProcessingUtils.generateTempFilename("%s.%s" % (name.lower(), extension))
        return path

    def add_all_or_nothing(self, layer, features, feedback, what):
        """Add ``features`` to ``layer`` in one edit session: all of them or, on any error or
        cancel, none. ``what`` (already translated) names them in the errors."""
        if not features:
            return
        if not layer.startEditing():
            raise QgsProcessingException(self.tr(
                "The layer '{layer}' cannot be edited.").format(layer=layer.name()))
        try:
            if not layer.addFeatures(features):
                raise QgsProcessingException(self.tr(
                    "The layer '{layer}' refused {what}; nothing was imported.").format(
                        layer=layer.name(), what=what))
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user."))
            if not layer.commitChanges():
                raise QgsProcessingException(self.tr(
                    "The layer '{layer}' refused {what}; nothing was imported. The data source "
                    "said: {errors}").format(layer=layer.name(), what=what,
                                             errors="; ".join(layer.commitErrors())))
        except BaseException:
            layer.rollBack()
            raise
        layer.updateExtents()
        layer.triggerRepaint()

    @staticmethod
    def memory_budget_mb():
        """The provider's memory budget (MiB): larger rasters are computed in tiles."""
        from ..provider import memory_budget_mb
        return memory_budget_mb()

    @contextmanager
    def cluster(self, feedback):
        """The Dask cluster of the provider's scheduler setting for the heavy stages, or None
        (in this process); the log says which. Stopped (local:N) or left (an address) at the
        end of the block."""
        from ..provider import dask_scheduler
        cluster = self.run_engine(open_cluster, dask_scheduler(), self.memory_budget_mb(),
                                  feedback)
        try:
            yield cluster
        finally:
            if cluster is not None:
                cluster.close()

    def run_engine(self, function, *args, **kwargs):
        """Call the engine, turning its errors into translated Processing errors; the
        feedback it gets also reports the time left (see TimeLeft) and puts the engine's
        notes in the log, translated."""
        args = [self._time_left(value) for value in args]
        kwargs = {key: self._time_left(value) for key, value in kwargs.items()}
        try:
            return function(*args, **kwargs)
        except Cancelled:
            raise QgsProcessingException(self.tr("Cancelled by the user.")) from None
        except EngineError as error:
            raise QgsProcessingException(error.translated(self.tr)) from None

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
