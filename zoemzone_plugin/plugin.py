"""The plugin object QGIS holds: registers the Processing provider (and, with a GUI, more)."""
from qgis.core import QgsApplication

from .i18n import install_translator, remove_translator


class ZoemZonePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.dock = None

    def initProcessing(self):  # noqa: N802 (QGIS's name)
        """Called by qgis_process directly and by initGui in the desktop."""
        from .provider import ZoemZoneProvider
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is None:
            self.provider = ZoemZoneProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        """The desktop: Processing, then the dock (never called by qgis_process)."""
        self.initProcessing()
        if self.iface is not None and self.dock is None:
            from qgis.PyQt.QtCore import Qt

            from .ui.dock import ZoemZoneDock
            self.dock = ZoemZoneDock(self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)

    def unload(self):
        if self.dock is not None:
            self.dock.cleanup()
            # QGIS's iface has removeDockWidget; a test stand-in may not
            remove = getattr(self.iface, "removeDockWidget", None)
            if remove is not None:
                remove(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
