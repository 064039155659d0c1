"""Zoem Zone: the pollinator kansenkaart of Zoem Zone Limburg as a QGIS plugin."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """QGIS entry point; imports lazily so QGIS starts fast, and accepts iface=None
    (qgis_process loads plugins without a GUI)."""
    from .plugin import ZoemZonePlugin
    return ZoemZonePlugin(iface)
