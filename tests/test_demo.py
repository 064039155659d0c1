"""`make demo` as a newcomer runs it: outputs, InVEST layout and a project with styled layers."""
import os
import subprocess

from conftest import ROOT


def test_make_demo_writes_outputs_and_styled_project(qgis_app):
    proc = subprocess.run(["make", "-s", "demo"], cwd=ROOT, capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = os.path.join(ROOT, "demo_output")
    for name in ("nesting.tif", "floral.tif", "supply.tif", "abundance.tif",
                 "invest/total_pollinator_abundance_summer.tif", "zoemzone_demo.qgz",
                 "datarich/landuse_5m.tif", "datapoor/best_measure.tif",
                 "datarich/best_measure.tif", "datapoor/parcel_ranking.gpkg"):
        assert os.path.exists(os.path.join(out, name)), name
    from qgis.core import QgsProject, QgsSingleBandPseudoColorRenderer
    project = QgsProject()
    assert project.read(os.path.join(out, "zoemzone_demo.qgz"))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert "Land use (SYNTHETIC demo municipality)" in layers
    supply = layers["Pollinator supply (all guilds)"]
    assert isinstance(supply.renderer(), QgsSingleBandPseudoColorRenderer)
    assert len(supply.renderer().shader().rasterShaderFunction().colorRampItemList()) == 5
    best = [layer for layer in project.mapLayers().values() if layer.name() == "Best measure"]
    assert len(best) == 2 and len(best[0].renderer().classes()) == 8
    from zoemzone_plugin.engine.io.gdalio import read_band
    rich, _, grid = read_band(os.path.join(out, "datarich", "landuse_5m.tif"))
    assert grid.pixel_size == 5.0 and (rich == 47).sum() > 0      # verges burnt in
