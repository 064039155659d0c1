"""The plugin as QGIS sees it: metadata, provider, algorithm interface, errors, qgis_process."""
import configparser
import json
import os
import re
import subprocess

import numpy as np
import pytest
from conftest import ROOT, reference
from osgeo import gdal, osr

ALG = "zoemzone:habitatsuitability"
# what QGIS needs to load the plugin, and ours; the plugin repository's upload also needs email
# and repository, left out until the project has real ones
REQUIRED_METADATA = ["name", "qgisminimumversion", "description", "about", "version", "author",
                     "hasprocessingprovider", "tags", "category", "icon", "experimental"]


def metadata():
    parser = configparser.ConfigParser()
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return parser["general"]


def test_metadata_has_every_required_field():
    meta = metadata()
    for field in REQUIRED_METADATA:
        assert meta.get(field, "").strip(), "metadata.txt lacks %s" % field
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    assert os.path.exists(os.path.join(ROOT, meta["icon"]))
    assert not [k for k, v in meta.items() if "example." in v], "placeholder addresses"


def test_metadata_describes_every_group_of_algorithms():
    meta = metadata()
    for text in (meta["about"], meta["changelog"]):
        for topic in ("habitat suitability", "food", "connectivity", "kansenkaart", "scenario",
                      "data package", "partner data", "observations", "advice report",
                      "survey design", "monitoring report"):
            assert topic in text.lower(), topic


def test_readme_table_lists_every_algorithm_by_id_and_name(provider):
    """The README's table of algorithms has a row for each algorithm of the provider, with
    its id and its (English) name, and no row for one it does not have."""
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        rows = re.findall(r"^\| `(zoemzone:\w+)` — (.+?) \|", f.read(), re.MULTILINE)
    assert len(rows) == len(dict(rows))
    assert dict(rows) == {"zoemzone:" + alg.name(): alg.displayName()
                          for alg in provider.algorithms()}


def test_provider_registered_with_id_and_name(provider):
    from qgis.core import QgsApplication
    assert QgsApplication.processingRegistry().providerById("zoemzone") is provider
    assert provider.name() == "Zoem Zone"
    assert not provider.icon().isNull()


def test_class_factory_without_iface_and_unload_removes_provider(plugin):
    from qgis.core import QgsApplication

    import zoemzone_plugin
    registry = QgsApplication.processingRegistry()
    plugin.unload()
    assert registry.providerById("zoemzone") is None
    fresh = zoemzone_plugin.classFactory(None)
    fresh.initGui()
    assert registry.providerById("zoemzone") is fresh.provider
    assert registry.algorithmById("zoemzone:habitatsuitability") is not None
    fresh.unload()
    assert registry.providerById("zoemzone") is None
    assert fresh.translator is None
    plugin.initProcessing()     # the session's plugin, for the other tests
    assert registry.providerById("zoemzone") is plugin.provider


def test_algorithm_interface_is_stable(provider):
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None and alg.displayName() == "Habitat suitability (pollinators)"
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names == ["LANDUSE", "BIOPHYSICAL_TABLE", "GUILD_TABLE", "NESTING", "FLORAL",
                     "SUPPLY", "ABUNDANCE", "INVEST_FOLDER", "FLORAL_COVER"]
    for p in alg.parameterDefinitions():
        assert p.help(), "parameter %s has no help" % p.name()
        assert p.description() in alg.shortHelpString()
    assert "InVEST" in alg.shortHelpString()


def write_raster(path, array, epsg, cell, nodata=None):
    ds = gdal.GetDriverByName("GTiff").Create(path, array.shape[1], array.shape[0], 1,
                                              gdal.GDT_Int16)
    ds.SetGeoTransform((5.7 if epsg == 4326 else 185000, cell, 0,
                        50.9 if epsg == 4326 else 320000, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(array)
    ds = None
    return path


def run_alg(tmp_path, landuse, **extra):
    import processing
    params = {"LANDUSE": landuse, "NESTING": str(tmp_path / "n.tif"),
              "FLORAL": str(tmp_path / "f.tif"), "SUPPLY": str(tmp_path / "s.tif"),
              "ABUNDANCE": str(tmp_path / "a.tif")}
    params.update(extra)
    return processing.run(ALG, params)


def test_geographic_crs_is_refused_with_clear_message(provider, tmp_path):
    from qgis.core import QgsProcessingException
    path = write_raster(str(tmp_path / "wgs84.tif"), np.ones((10, 10), np.int16), 4326, 0.001)
    with pytest.raises(QgsProcessingException, match="geographic CRS.*EPSG:28992"):
        run_alg(tmp_path, path)


def test_unknown_codes_named_through_processing(provider, tmp_path):
    from qgis.core import QgsProcessingException
    lu = np.ones((20, 20), np.int16)
    lu[3, 3] = 777
    path = write_raster(str(tmp_path / "lu.tif"), lu, 28992, 10.0)
    with pytest.raises(QgsProcessingException, match="777"):
        run_alg(tmp_path, path,
                BIOPHYSICAL_TABLE=reference("pollination", "case1", "biophysical.csv"),
                GUILD_TABLE=reference("pollination", "case1", "guild.csv"))


def test_default_dutch_tables_run_on_every_lgn_code(provider, tmp_path):
    """Without tables of their own users get the Dutch defaults: four seasons, three guilds."""
    from zoemzone_plugin.engine.io.gdalio import read_band
    from zoemzone_plugin.engine.pollination.tables import read_biophysical
    from zoemzone_plugin.paths import default_table
    bio = read_biophysical(default_table("biophysical_nl.csv"))[0]
    codes = np.resize(bio.codes, (30, 40)).astype(np.int16)
    result = run_alg(tmp_path, write_raster(str(tmp_path / "lgn.tif"), codes, 28992, 10.0))
    ds = gdal.Open(result["ABUNDANCE"])
    assert ds.RasterCount == 4
    assert gdal.Open(result["SUPPLY"]).RasterCount == 1 + gdal.Open(result["NESTING"]).RasterCount
    supply, valid, _ = read_band(result["SUPPLY"], 1)
    assert valid.all() and supply.max() > 0


def test_qgis_process_runs_the_algorithm(tmp_path):
    """The plugin as qgis_process loads it: from build/, enabled in a temporary profile."""
    build = os.path.join(ROOT, "build", "zoemzone_plugin")
    if not os.path.isdir(build):
        pytest.fail("run `make build` first (make test does)")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    out = tmp_path / "out"
    cmd = [os.path.join(ROOT, "scripts", "qgis_process.sh"), "--json", "run", ALG, "--",
           "LANDUSE=" + reference("pollination", "case1", "lulc.tif"),
           "BIOPHYSICAL_TABLE=" + reference("pollination", "case1", "biophysical.csv"),
           "GUILD_TABLE=" + reference("pollination", "case1", "guild.csv"),
           "NESTING=%s/n.tif" % out, "FLORAL=%s/f.tif" % out, "SUPPLY=%s/s.tif" % out,
           "ABUNDANCE=%s/a.tif" % out]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    result = json.loads(proc.stdout[proc.stdout.index("{"):])
    from zoemzone_plugin.engine.io.gdalio import read_band
    ref, _, _ = read_band(reference("pollination", "case1", "invest",
                                    "total_pollinator_abundance_summer.tif"))
    got, _, _ = read_band(result["results"]["ABUNDANCE"], 2)
    assert np.abs(got - ref).max() <= 1e-5 * ref.max()


class RecordingFeedback:
    """Feedback that records progress and cancels after ``cancel_at`` percent."""

    def __new__(cls, cancel_at=None):
        from qgis.core import QgsProcessingFeedback

        class Recording(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.seen = []
                self.progressChanged.connect(self.on_progress)

            def on_progress(self, value):
                self.seen.append(value)
                if cancel_at is not None and value >= cancel_at:
                    self.cancel()
        return Recording()


def case1_params(tmp_path):
    return {"LANDUSE": reference("pollination", "case1", "lulc.tif"),
            "BIOPHYSICAL_TABLE": reference("pollination", "case1", "biophysical.csv"),
            "GUILD_TABLE": reference("pollination", "case1", "guild.csv"),
            "NESTING": str(tmp_path / "n.tif"), "FLORAL": str(tmp_path / "f.tif"),
            "SUPPLY": str(tmp_path / "s.tif"), "ABUNDANCE": str(tmp_path / "a.tif")}


def test_progress_is_reported_and_cancel_stops_the_run(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    feedback = RecordingFeedback()
    processing.run(ALG, case1_params(tmp_path), feedback=feedback)
    assert feedback.seen[-1] == 100 and len(set(feedback.seen)) >= 3
    cancelling = RecordingFeedback(cancel_at=30)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(ALG, case1_params(tmp_path / "c"), feedback=cancelling)


def test_outputs_loaded_in_a_project_are_styled(provider, tmp_path):
    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback,
                           QgsProject, QgsRasterLayer, QgsSingleBandPseudoColorRenderer)
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    params = case1_params(tmp_path)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.addLayerToLoadOnCompletion(params["SUPPLY"], QgsProcessingContext.LayerDetails(
        "supply", QgsProject.instance(), "SUPPLY"))
    result, ok = alg.run(params, context, QgsProcessingFeedback())
    assert ok
    styler = context.layerToLoadOnCompletionDetails(params["SUPPLY"]).postProcessor()
    assert styler is not None
    layer = QgsRasterLayer(result["SUPPLY"], "x")
    styler.postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert len(items) == 5 and layer.name() == "Pollinator supply"
    stats = layer.dataProvider().bandStatistics(1)
    assert items[0].value == pytest.approx(stats.minimumValue)
    assert items[-1].value == pytest.approx(stats.maximumValue)


def test_runs_inside_a_model(provider, tmp_path):
    """Model Builder: the algorithm as a child of a model, its output a model output."""
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback,
                           QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource, QgsProcessingModelOutput,
                           QgsProcessingModelParameter, QgsProcessingParameterRasterLayer)
    model = QgsProcessingModelAlgorithm("suitability model", "tests")
    model.addModelParameter(QgsProcessingParameterRasterLayer("lu", "land use"),
                            QgsProcessingModelParameter("lu"))
    child = QgsProcessingModelChildAlgorithm(ALG)
    child.setChildId("suit")
    child.addParameterSources("LANDUSE", [
        QgsProcessingModelChildParameterSource.fromModelParameter("lu")])
    for name, table in (("BIOPHYSICAL_TABLE", "biophysical.csv"), ("GUILD_TABLE", "guild.csv")):
        child.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(
            reference("pollination", "case1", table))])
    out = QgsProcessingModelOutput("supply_out")
    out.setChildOutputName("SUPPLY")
    child.setModelOutputs({"supply_out": out})
    model.addChildAlgorithm(child)
    params = {"lu": reference("pollination", "case1", "lulc.tif"),
              "suit:supply_out": str(tmp_path / "model_supply.tif")}
    result, ok = model.run(params, QgsProcessingContext(), QgsProcessingFeedback())
    assert ok
    from zoemzone_plugin.engine.io.gdalio import read_band
    supply, valid, _ = read_band(result["suit:supply_out"], 2)
    ref, _, _ = read_band(reference("pollination", "case1", "invest",
                                    "pollinator_supply_ground_small.tif"))
    assert np.abs(supply - ref).max() <= 1e-5 * ref.max()
