"""The demo project: styled layers named in the user's language, opening on their extent in
EPSG:28992, and written without GDAL errors."""
import os
import subprocess

import numpy as np
import pytest
from conftest import QM, ROOT

from zoemzone_plugin.engine.io.gdalio import Grid, write_labels, write_single

DEMO_LANDUSE = os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif")


def fake_demo_outputs(folder):
    """The files make_demo_project reads, small; one guild short of food everywhere (a
    constant band, as in the demo's data-poor route)."""
    from osgeo import gdal, ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    grid = Grid(20, 10, (190000, 10, 0, 320100, 0, -10), srs.ExportToWkt())
    ramp = np.linspace(0, 1, 200, dtype=np.float32).reshape(10, 20)
    for name in ("supply", "floral", "nesting"):
        write_single(os.path.join(folder, name + ".tif"), grid, name, ramp)
    from zoemzone_plugin.engine.io.gdalio import BandWriter
    seasons = ["earlyspring", "latespring", "summer", "latesummer"]
    writer = BandWriter(os.path.join(folder, "abundance.tif"), grid, seasons)
    for season in seasons:
        writer.write(season, ramp)
    writer.close()
    for route in ("datapoor", "datarich"):
        out = os.path.join(folder, route)
        os.makedirs(out)
        write_single(os.path.join(out, "priority.tif"), grid, "priority",
                     (np.arange(200).reshape(10, 20) % 5 + 1).astype(np.int16),
                     data_type=gdal.GDT_Int16, nodata=0)
        write_labels(os.path.join(out, "best_measure.tif"), grid,
                     np.arange(200).reshape(10, 20) % 4 + 1)
        write_single(os.path.join(out, "gain.tif"), grid, "gain", ramp)
        gaps = BandWriter(os.path.join(out, "food_gaps.tif"), grid,
                          ["ground_solitary", "cavity_solitary", "bumblebee"],
                          data_type=gdal.GDT_Int16)
        gaps.write("ground_solitary", (np.arange(200).reshape(10, 20) % 4).astype(np.int16))
        gaps.write("cavity_solitary", (np.arange(200).reshape(10, 20) % 3).astype(np.int16))
        gaps.write("bumblebee", np.full((10, 20), 4, np.int16))
        gaps.close()
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(os.path.join(out, "patches.gpkg"))
        layer = ds.CreateLayer("patches", srs, ogr.wkbPolygon)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON((190000 320000,190050 320000,190050 320050,190000 320000))"))
        layer.CreateFeature(f)
        ds = None


@pytest.mark.parametrize("language, priority, best", [("en", "Priority", "Best measure"),
                                                      ("nl", "Prioriteit", "Beste maatregel")])
def test_demo_project_opens_on_its_layers_in_rd_new_named_in_the_language(
        qgis_app, tmp_path, language, priority, best):
    assert os.path.exists(QM), "compile the translations first (make translations)"
    folder = str(tmp_path)
    fake_demo_outputs(folder)
    proc = subprocess.run(
        ["/usr/bin/python3", os.path.join(ROOT, "scripts", "make_demo_project.py"), folder,
         language], capture_output=True, text=True, timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "dfMax" not in proc.stderr and "ERROR" not in proc.stderr, proc.stderr[-3000:]
    from qgis.core import QgsProject, QgsRasterLayer
    project = QgsProject()
    assert project.read(os.path.join(folder, "zoemzone_demo.qgz"))
    assert project.crs().authid() == "EPSG:28992"
    view = project.viewSettings().defaultViewExtent()
    assert view.crs().authid() == "EPSG:28992"
    landuse = QgsRasterLayer(DEMO_LANDUSE, "lu").extent()
    expected = landuse.buffered(0)
    expected.combineExtentWith(190000, 320000)     # the outputs' grid
    expected.combineExtentWith(190200, 320100)
    assert (view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum()) == \
        pytest.approx((expected.xMinimum(), expected.yMinimum(), expected.xMaximum(),
                       expected.yMaximum()))
    names = [layer.name() for layer in project.mapLayers().values()]
    assert names.count(priority) == 2 and names.count(best) == 2
    root = project.layerTreeRoot()
    for node in root.findLayers():
        if isinstance(node.layer(), QgsRasterLayer):       # no "Band 1: ... (Gray)"
            assert node.customProperty("legend/node-order"), node.name()
