"""The "Zoem Zone" Processing provider."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .engine.cluster import ENVIRONMENT as DASK_ENVIRONMENT
from .engine.tiling import default_memory_budget_mb
from .i18n import tr
from .paths import ICON, resource

MEMORY_SETTING = "ZOEMZONE_MEMORY_BUDGET_MB"
DASK_SETTING = "ZOEMZONE_DASK_SCHEDULER"


def _processing_config():
    """Processing's settings store (the Python 'processing' plugin), or None where it is not
    loaded: the provider then runs with the machine's default budget."""
    try:
        from processing.core.ProcessingConfig import ProcessingConfig, Setting
    except ImportError:
        return None, None
    return ProcessingConfig, Setting


def memory_budget_mb():
    """The memory budget for raster algorithms, in MiB: the user's setting under Settings >
    Options > Processing > Providers > Zoem Zone, or 40 % of physical memory."""
    config, _ = _processing_config()
    value = config.getSetting(MEMORY_SETTING) if config is not None else None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return default_memory_budget_mb()
    return value if value > 0 else default_memory_budget_mb()


def dask_scheduler():
    """Where the heavy stages run (see engine/cluster.py): the environment variable
    ZOEMZONE_DASK_SCHEDULER where set (qgis_process and scripts), else the user's setting
    under Settings > Options > Processing > Providers > Zoem Zone; empty: in this process."""
    value = os.environ.get(DASK_ENVIRONMENT, "").strip()
    if value:
        return value
    config, _ = _processing_config()
    value = config.getSetting(DASK_SETTING) if config is not None else None
    return (value or "").strip() if isinstance(value, str) else ""


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
        """Declare the memory budget and the Dask scheduler in Processing's options, then
        load the algorithms."""
        config, setting = _processing_config()
        if config is not None:
            config.settingIcons[self.name()] = self.icon()
            config.addSetting(setting(
                self.name(), MEMORY_SETTING,
                tr("Memory budget for raster algorithms (MiB; rasters needing more are "
                   "computed in tiles)"),
                int(default_memory_budget_mb()), valuetype=setting.INT))
            config.addSetting(setting(
                self.name(), DASK_SETTING,
                tr("Dask scheduler (empty: compute in QGIS; local:N: N worker processes on "
                   "this machine; tcp://host:8786: a running Dask cluster)"), ""))
            config.readSettings()
        self.refreshAlgorithms()
        return True

    def unload(self):
        config, _ = _processing_config()
        for name in (MEMORY_SETTING, DASK_SETTING):
            if config is not None and name in config.settings:
                config.removeSetting(name)

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802
        return ["tif"]

    def loadAlgorithms(self):  # noqa: N802
        from .algorithms import all_algorithms
        for algorithm in all_algorithms():
            self.addAlgorithm(algorithm)
