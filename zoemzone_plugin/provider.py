"""The "Zoem Zone" Processing provider."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr
from .paths import ICON, resource
from .settings import declare_settings, remove_settings


class ZoemZoneProvider(QgsProcessingProvider):
    def id(self):
        return "zoemzone"

    def name(self):
        return tr("Zoem Zone")

    def longName(self):  # noqa: N802
        return tr("Zoem Zone: pollinator opportunity map (kansenkaart)")

    def icon(self):
        return QIcon(resource(ICON))

    def load(self):
        """Declare the provider's settings in Processing's options, then load the
        algorithms."""
        declare_settings(self.name(), self.icon())
        self.refreshAlgorithms()
        return True

    def unload(self):
        remove_settings()

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802
        return ["tif"]

    def loadAlgorithms(self):  # noqa: N802
        from .algorithms import all_algorithms
        for algorithm in all_algorithms():
            self.addAlgorithm(algorithm)
