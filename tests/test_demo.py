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
                 "invest/total_pollinator_abundance_summer.tif", "zoemzone_demo.qgz"):
        assert os.path.exists(os.path.join(out, name)), name
    from qgis.core import QgsProject, QgsSingleBandPseudoColorRenderer
    project = QgsProject()
    assert project.read(os.path.join(out, "zoemzone_demo.qgz"))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert "Land use (SYNTHETIC demo municipality)" in layers
    supply = layers["Pollinator supply (all guilds)"]
    assert isinstance(supply.renderer(), QgsSingleBandPseudoColorRenderer)
    assert len(supply.renderer().shader().rasterShaderFunction().colorRampItemList()) == 5
