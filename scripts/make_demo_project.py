#!/usr/bin/env python3
"""Write OUTPUT_FOLDER/zoemzone_demo.qgz: the demo's outputs as styled layers in one project.

Usage: make_demo_project.py OUTPUT_FOLDER [LANGUAGE]  (after `make demo` ran the algorithms
into it; LANGUAGE, e.g. nl, names the layers; default: the system's)

QGIS runs here with a settings folder of its own (removed at the end), so the user's QGIS
settings are neither read nor changed. In it, a new raster's first rendering is stretched
over each band's minimum and maximum instead of a histogram cut: the histogram of a
constant band (e.g. a guild short of food in every season everywhere) makes GDAL fail with
"dfMax should be strictly greater than dfMin", and every layer is restyled right after.
"""
import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from qgis.core import QgsApplication, QgsProject, QgsSettings  # noqa: E402

DEMO_LANDUSE = os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif")


def main(folder, language=None):
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.i18n import install_translator
    from zoemzone_plugin.paths import default_table
    from zoemzone_plugin.project import (add_kansenkaart_group, add_landuse,
                                         add_suitability_group, open_on_full_extent,
                                         route_title, synthetic_titles)
    translator = install_translator(language)
    title, landuse_name = synthetic_titles()
    project = QgsProject.instance()
    project.setTitle(title)
    root = project.layerTreeRoot()
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
    for route in ("datapoor", "datarich"):
        group = add_kansenkaart_group(project, root, os.path.join(folder, route),
                                      route_title(route), catalogue)
        group.setItemVisibilityChecked(route == "datapoor")
    add_suitability_group(project, root, folder, tables.seasons).setItemVisibilityChecked(
        False)
    add_landuse(project, root, DEMO_LANDUSE, landuse_name)
    open_on_full_extent(project)
    path = os.path.join(folder, "zoemzone_demo.qgz")
    if not project.write(path):
        raise SystemExit("could not write " + path)
    print(path)
    return translator


if __name__ == "__main__":
    settings_folder = tempfile.mkdtemp(prefix="zoemzone-demo-settings-")
    try:
        app = QgsApplication([], False, settings_folder)
        app.initQgis()
        QgsSettings().setValue("Raster/defaultContrastEnhancementLimits/multiBandMultiByte",
                               "MinMax")
        main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
        app.exitQgis()
    finally:
        shutil.rmtree(settings_folder, ignore_errors=True)
