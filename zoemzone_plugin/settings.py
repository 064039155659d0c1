"""The provider's settings (memory budget, Dask scheduler) under Settings > Options >
Processing > Providers > Zoem Zone.

Both the provider, which declares them, and every algorithm, which reads them at run time,
import this module; with the settings in provider.py the algorithms' base had to import the
provider that imports the algorithms (an import cycle).
"""
import os

from .engine.cluster import ENVIRONMENT as DASK_ENVIRONMENT
from .engine.io.tiling import default_memory_budget_mb
from .i18n import tr

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


def declare_settings(group, icon):
    """Declare the memory budget and the Dask scheduler in Processing's options, under the
    provider's name ``group``."""
    config, setting = _processing_config()
    if config is None:
        return
    config.settingIcons[group] = icon
    config.addSetting(setting(
        group, MEMORY_SETTING,
        tr("Memory budget for raster algorithms (MiB; rasters needing more are "
           "computed in tiles)"),
        int(default_memory_budget_mb()), valuetype=setting.INT))
    config.addSetting(setting(
        group, DASK_SETTING,
        tr("Dask scheduler (empty: compute in QGIS; local:N: N worker processes on "
           "this machine; tcp://host:8786: a running Dask cluster)"), ""))
    config.readSettings()


def remove_settings():
    config, _ = _processing_config()
    for name in (MEMORY_SETTING, DASK_SETTING):
        if config is not None and name in config.settings:
            config.removeSetting(name)
