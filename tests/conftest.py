"""Test set-up: the plugin's provider registered in the pytest-qgis application.

pytest-qgis starts QGIS but registers no plugin provider; this loads the real plugin the way
QGIS does (classFactory, then initProcessing) from the source tree.
"""
import contextlib
import os
import sys
import tracemalloc

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# other tools' outputs, in the repository (tests/data/README.md says where each comes from)
REFERENCE = os.path.join(ROOT, "tests", "data")
sys.path.insert(0, ROOT)
# no .aux.xml files beside the reference rasters when QGIS reads them
os.environ["GDAL_PAM_ENABLED"] = "NO"
sys.path.append("/usr/share/qgis/python/plugins")


def reference(*parts):
    path = os.path.join(REFERENCE, *parts)
    if not os.path.exists(path):
        pytest.fail("reference data missing: %s (see tests/data/README.md)" % path)
    return path


def peak_bytes(run):
    """The peak of Python-traced memory (numpy's arrays included) while ``run()`` runs: what
    the memory models of the tiled engines are held to."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def record_plans(monkeypatch, *modules):
    """The plan of each pass over the tiles that ``modules`` make through for_each_tile
    (proof that a run was tiled: an untiled run adds none)."""
    seen = []
    for module in modules:
        real = module.for_each_tile

        def spy(reader, plan, compute, feedback=None, real=real):
            seen.append(plan)
            return real(reader, plan, compute, feedback)
        monkeypatch.setattr(module, "for_each_tile", spy)
    return seen


class Recorder:
    """A feedback that records the progress it gets (``seen``) and the cancel checks
    (``calls``), and cancels once ``cancel_when(self)`` is true."""

    def __init__(self, cancel_when=None):
        self.seen, self.calls, self.cancel_when = [], 0, cancel_when

    def setProgress(self, percent):  # noqa: N802
        self.seen.append(percent)

    def isCanceled(self):  # noqa: N802
        self.calls += 1
        return self.cancel_when is not None and bool(self.cancel_when(self))


@pytest.fixture(scope="session")
def plugin(qgis_app):
    from processing.core.Processing import Processing
    Processing.initialize()
    import zoemzone_plugin
    instance = zoemzone_plugin.classFactory(None)
    instance.initProcessing()
    yield instance
    instance.unload()


@pytest.fixture
def provider(plugin):
    return plugin.provider


QM = os.path.join(ROOT, "zoemzone_plugin", "translations", "zoemzone_nl.qm")


@contextlib.contextmanager
def dutch(plugin):
    """QGIS set to Dutch, as a Dutch user runs it: the locale and the plugin's translator."""
    from qgis.core import QgsSettings

    from zoemzone_plugin.i18n import install_translator, remove_translator
    assert os.path.exists(QM), "compile the translations first (make translations)"
    settings = QgsSettings()
    remove_translator(plugin.translator)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL")
    plugin.translator = install_translator("nl")
    try:
        yield
    finally:
        remove_translator(plugin.translator)
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")
        plugin.translator = install_translator()


@pytest.fixture(scope="session")
def demo_chain(plugin, tmp_path_factory):
    """The chain's outputs on a crop of the demo land use, computed once per session."""
    from chain_run import run_chain
    return run_chain(str(tmp_path_factory.mktemp("chain")))


def add_rows(layer, rows):
    """Add (wkt or None, {field: value}) rows to a package table's layer through QGIS."""
    from qgis.core import QgsFeature, QgsGeometry
    features = []
    for shape, values in rows:
        feature = QgsFeature(layer.fields())
        if shape:
            feature.setGeometry(QgsGeometry.fromWkt(shape))
        for name, value in values.items():
            feature[name] = value
        features.append(feature)
    assert layer.startEditing()
    assert layer.addFeatures(features)
    assert layer.commitChanges(), layer.commitErrors()
