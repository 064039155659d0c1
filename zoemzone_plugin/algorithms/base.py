"""The thin base every Zoem Zone algorithm stands on: naming, grouping, help, icon."""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..engine.errors import Cancelled, EngineError
from ..i18n import tr
from ..paths import ICON, resource


class ZoemZoneAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALGORITHM_ID, and return their texts from display_name, group_name and
    help_text through ``self.tr`` so the strings are found for translation."""

    ALGORITHM_ID = ""
    GROUP_ID = ""

    def __init__(self):
        super().__init__()
        self._parameter_help = []

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

    def run_engine(self, function, *args, **kwargs):
        """Call the engine, turning its errors into translated Processing errors."""
        try:
            return function(*args, **kwargs)
        except Cancelled:
            raise QgsProcessingException(self.tr("Cancelled by the user.")) from None
        except EngineError as error:
            raise QgsProcessingException(error.translated(self.tr)) from None
