#!/usr/bin/env python3
"""Wall time of zoemzone:assessapplications with 200 applications on the demo landscape.

demo/synthetic_demo_landuse.tif (600 x 600 cells of 10 m), the Dutch default tables; nine
study areas of 2 x 2 km; 200 applications at random places (seed 0): each a measure of the
catalogue that may lie on the land use there, drawn as a point with a size of 100 to 2,000 m²
(so a circle), asking EUR 500 to 10,000; about one in six breaks a rule (a partner alone, no
amount, an unknown measure, afgewezen). The whole algorithm runs through Processing: reading,
eligibility, effects with all pair terms, the portfolio (BUDGET, MIN_AREAS 9, MAX_PER_AREA
below), the check run of the portfolio with its food gaps, the table and the report.

Target (issue 15): under 2 minutes on 2 cores.

With PATCHES above 0, that many habitat patches (squares of 100 m at random places, seed 1)
and DISTANCE 500 m are given too, so each application's change in network ECA is computed.

Usage: bench_fund.py [N] [BUDGET] [MAX_PER_AREA] [PATCHES]   (defaults 200, 150000, 6, 0)
"""
import os
import resource
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif")
sys.path.insert(0, ROOT)
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def write_inputs(folder, n, seed=0):
    from osgeo import ogr, osr
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.io.gdalio import read_landuse
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
    landuse, _, grid = read_landuse(DEMO)
    x0, y0 = grid.geotransform[0], grid.geotransform[3]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    areas = os.path.join(folder, "areas.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(areas)
    layer = ds.CreateLayer("study_areas", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for i in range(3):
        for j in range(3):
            a, b = x0 + 2000 * i, y0 - 2000 * j
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetField("name", "gemeente %d%d" % (i, j))
            f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
                a, b, a + 2000, b, a + 2000, b - 2000, a, b - 2000, a, b)))
            layer.CreateFeature(f)
    ds = None
    rng = np.random.default_rng(seed)
    path = os.path.join(folder, "applications.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("applications", srs, ogr.wkbPoint)
    for name, kind in (("applicant_kind", ogr.OFTString), ("measure_type", ogr.OFTString),
                       ("measure_size_m2", ogr.OFTReal), ("amount_requested_eur", ogr.OFTReal),
                       ("status", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    kinds = ["stichting", "school", "heemkundekring", "agrarische natuurvereniging",
             "inwonersgroep"]
    for _ in range(n):
        x, y = x0 + rng.uniform(100, 5900), y0 - rng.uniform(100, 5900)
        code = int(landuse[int((y0 - y) // 10), int((x - x0) // 10)])
        fits = [m for m in catalogue.measures if m.allowed_on(code)
                and "polygon" in m.geometries] or catalogue.measures
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("applicant_kind", kinds[rng.integers(len(kinds))])
        f.SetField("measure_type", fits[rng.integers(len(fits))].code)
        f.SetField("measure_size_m2", float(rng.uniform(100, 2000)))
        f.SetField("amount_requested_eur", float(rng.integers(500, 10000)))
        f.SetField("status", "ingediend")
        rule = rng.integers(24)
        if rule == 0:
            f.SetField("applicant_kind", "partner")
        elif rule == 1:
            f.SetFieldNull("amount_requested_eur")
        elif rule == 2:
            f.SetField("measure_type", "onbekend")
        elif rule == 3:
            f.SetField("status", "afgewezen")
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT(%f %f)" % (x, y)))
        layer.CreateFeature(f)
    ds = None
    return areas, path


def write_patches(folder, count, seed=1):
    from osgeo import ogr, osr
    from zoemzone_plugin.engine.io.gdalio import read_band
    _, _, grid = read_band(DEMO)
    x0, y0 = grid.geotransform[0], grid.geotransform[3]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    path = os.path.join(folder, "patches.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("patches", srs, ogr.wkbPolygon)
    rng = np.random.default_rng(seed)
    for _ in range(count):
        a, b = x0 + rng.uniform(0, 5900), y0 - rng.uniform(0, 5900)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
            a, b, a + 100, b, a + 100, b - 100, a, b - 100, a, b)))
        layer.CreateFeature(f)
    ds = None
    return path


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    budget = float(sys.argv[2]) if len(sys.argv) > 2 else 150000.0
    max_per_area = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    patches = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    from qgis.core import QgsApplication, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from zoemzone_plugin.provider import ZoemZoneProvider
    provider = ZoemZoneProvider()       # kept: the registry does not own it from Python
    QgsApplication.processingRegistry().addProvider(provider)
    import processing
    with tempfile.TemporaryDirectory() as folder:
        areas, applications = write_inputs(folder, n)
        network = {"PATCHES": write_patches(folder, patches), "DISTANCE": 500.0} \
            if patches else {}
        start = time.perf_counter()
        result = processing.run("zoemzone:assessapplications", dict({
            "APPLICATIONS": applications, "LANDUSE": DEMO, "STUDY_AREAS": areas,
            "BUDGET": budget, "MIN_AREAS": 9, "MAX_PER_AREA": max_per_area,
            "OUTPUT": os.path.join(folder, "out.gpkg"),
            "REPORT": os.path.join(folder, "report.html")}, **network))
        seconds = time.perf_counter() - start
        rows = list(QgsVectorLayer(result["OUTPUT"], "out", "ogr").getFeatures())
        with open(result["REPORT"], encoding="utf-8") as f:
            report = f.read()
    chosen = [r for r in rows if r["selected"]]
    optimality = report.split("<td>Optimality</td><td>")[1].split("</td>")[0]
    print("applications: %d, eligible: %d, funded: %d, spent EUR %.0f of %.0f" % (
        len(rows), sum(bool(r["eligible"]) for r in rows), len(chosen),
        sum(r["amount_eur"] for r in chosen), budget))
    print("study areas funded: %d; MAX_PER_AREA %d" % (
        len({r["study_area"] for r in chosen}), max_per_area))
    print("portfolio: %s" % optimality)
    if patches:
        print("patches: %d; %s" % (patches, report.split("(ECA): today → with the portfolio "
                                                         "(change)</td><td>")[1].split("<")[0]))
    print("wall time %.1f s, peak memory %.0f MB (target: under 120 s)" % (
        seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))
    app.exitQgis()


if __name__ == "__main__":
    main()
