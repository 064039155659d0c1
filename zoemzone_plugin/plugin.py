"""The plugin object QGIS holds: registers the Processing provider (and, with a GUI, more)."""
from qgis.core import QgsApplication

from .i18n import install_translator, remove_translator


class ZoemZonePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        """Called by qgis_process directly and by initGui in the desktop."""
        from .provider import ZoemZoneProvider
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is None:
            self.provider = ZoemZoneProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
