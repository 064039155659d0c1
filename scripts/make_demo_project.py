#!/usr/bin/env python3
"""Write demo_output/zoemzone_demo.qgz: the demo's outputs as styled layers in one project.

Usage: make_demo_project.py OUTPUT_FOLDER  (after `make demo` ran the algorithm into it)
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsProject, QgsRasterLayer)


def main(folder):
    from zoemzone_plugin.styling import apply_landuse_palette, apply_ramp
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    project.setTitle("Zoem Zone demo (SYNTHETIC data)")
    root = project.layerTreeRoot()

    def add(path, name, style, *args):
        layer = QgsRasterLayer(path, name)
        if not layer.isValid():
            raise SystemExit("cannot open %s" % path)
        style(layer, *args)
        project.addMapLayer(layer, False)
        root.addLayer(layer)
        return layer

    seasons = ["early spring", "late spring", "summer", "late summer"]
    abundance = os.path.join(folder, "abundance.tif")
    for band, season in reversed(list(enumerate(seasons, start=1))):
        layer = add(abundance, "Pollinator abundance, %s" % season, apply_ramp, "Viridis", band)
        root.findLayer(layer.id()).setItemVisibilityChecked(band == 3)
    add(os.path.join(folder, "supply.tif"), "Pollinator supply (all guilds)", apply_ramp, "YlGn")
    add(os.path.join(folder, "floral.tif"), "Accessible food (guild 1)", apply_ramp, "RdPu")
    add(os.path.join(folder, "nesting.tif"), "Nesting habitat (guild 1)", apply_ramp, "YlOrBr")
    add(os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif"),
        "Land use (SYNTHETIC demo municipality)", apply_landuse_palette)
    for node in root.findLayers()[5:-1]:
        node.setItemVisibilityChecked(False)
    path = os.path.join(folder, "zoemzone_demo.qgz")
    if not project.write(path):
        raise SystemExit("could not write " + path)
    print(path)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main(sys.argv[1])
    app.exitQgis()
