"""The plugin as QGIS sees it: metadata, provider, algorithm interface, errors, qgis_process."""
import configparser
import json
import os
import subprocess

import numpy as np
import pytest
from conftest import ROOT, reference
from osgeo import gdal, osr

ALG = "zoemzone:habitatsuitability"
REQUIRED_METADATA = ["name", "qgisminimumversion", "description", "about", "version", "author",
                     "email", "repository", "tracker", "hasprocessingprovider", "tags",
                     "category", "icon", "experimental"]


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
                     "SUPPLY", "ABUNDANCE", "INVEST_FOLDER"]
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
    from zoemzone_plugin.engine.gdalio import read_band
    from zoemzone_plugin.engine.pollination_tables import read_biophysical
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
    from zoemzone_plugin.engine.gdalio import read_band
    ref, _, _ = read_band(reference("pollination", "case1", "invest",
                                    "total_pollinator_abundance_summer.tif"))
    got, _, _ = read_band(result["results"]["ABUNDANCE"], 2)
    assert np.abs(got - ref).max() <= 1e-5 * ref.max()
