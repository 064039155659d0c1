#!/usr/bin/env python3
"""Write demo_output/zoemzone_demo.qgz: the demo's outputs as styled layers in one project.

Usage: make_demo_project.py OUTPUT_FOLDER  (after `make demo` ran the algorithm into it)
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsProject, QgsRasterLayer, QgsVectorLayer)


def kansenkaart_group(project, parent, folder, title, measures):
    """The chain's main results of one pilot route, styled as the algorithms style them."""
    from zoemzone_plugin.styling import apply_categories, apply_fill, apply_ramp
    group = parent.addGroup(title)
    layers = [("priority.tif", "Priority (1 = highest)", apply_categories,
               {"classes": [(k, str(k)) for k in range(1, 6)], "ramp_name": "RdYlGn"}),
              ("best_measure.tif", "Best measure", apply_categories,
               {"classes": measures, "ramp_name": "Turbo"}),
              ("gain.tif", "Gain in pollinator supply", apply_ramp, {"ramp_name": "YlGn"}),
              ("food_gaps.tif", "Seasons with a food gap", apply_ramp, {"ramp_name": "OrRd"})]
    for name, label, style, options in layers:
        layer = QgsRasterLayer(os.path.join(folder, name), label)
        style(layer, **options)
        project.addMapLayer(layer, False)
        group.addLayer(layer).setItemVisibilityChecked(name == "priority.tif")
    patches = QgsVectorLayer(os.path.join(folder, "patches.gpkg"), "Habitat patches", "ogr")
    apply_fill(patches, color="76,175,80,140", outline="27,94,32")
    project.addMapLayer(patches, False)
    group.insertLayer(0, patches)
    return group


def main(folder):
    from zoemzone_plugin.engine.catalogue import read_catalogue
    from zoemzone_plugin.engine.pollination_tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    from zoemzone_plugin.styling import apply_landuse_palette, apply_ramp
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    project.setTitle("Zoem Zone demo (SYNTHETIC data)")
    root = project.layerTreeRoot()
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    measures = [(m.id, m.name_en) for m in
                read_catalogue(default_table("measures_nl.csv"), tables).measures]
    kansenkaart_group(project, root, os.path.join(folder, "datapoor"),
                      "Kansenkaart, data-poor route (LGN)", measures)
    rich = kansenkaart_group(project, root, os.path.join(folder, "datarich"),
                             "Kansenkaart, data-rich route (5 m)", measures)
    rich.setItemVisibilityChecked(False)
    suitability = root.addGroup("Habitat suitability")

    def add(path, name, style, *args):
        layer = QgsRasterLayer(path, name)
        if not layer.isValid():
            raise SystemExit("cannot open %s" % path)
        style(layer, *args)
        project.addMapLayer(layer, False)
        suitability.addLayer(layer)
        return layer

    seasons = ["early spring", "late spring", "summer", "late summer"]
    abundance = os.path.join(folder, "abundance.tif")
    for band, season in reversed(list(enumerate(seasons, start=1))):
        layer = add(abundance, "Pollinator abundance, %s" % season, apply_ramp, "Viridis", band)
        root.findLayer(layer.id()).setItemVisibilityChecked(band == 3)
    add(os.path.join(folder, "supply.tif"), "Pollinator supply (all guilds)", apply_ramp, "YlGn")
    add(os.path.join(folder, "floral.tif"), "Accessible food (guild 1)", apply_ramp, "RdPu")
    add(os.path.join(folder, "nesting.tif"), "Nesting habitat (guild 1)", apply_ramp, "YlOrBr")
    suitability.setItemVisibilityChecked(False)
    landuse = QgsRasterLayer(os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif"),
                             "Land use (SYNTHETIC demo municipality)")
    apply_landuse_palette(landuse)
    project.addMapLayer(landuse, False)
    root.addLayer(landuse)
    path = os.path.join(folder, "zoemzone_demo.qgz")
    if not project.write(path):
        raise SystemExit("could not write " + path)
    print(path)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main(sys.argv[1])
    app.exitQgis()
