"""The kansenkaart chain's outputs for tests that read them (reports, websites).

The chain runs once per test session (fixture ``demo_chain`` in conftest) on a 2 x 2 km crop
of the demo land use: the whole 6 x 6 km demo takes minutes, the crop seconds, and it still
holds parcels, habitat patches and links.
"""
import os
import subprocess
import sys

from osgeo import gdal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO_LANDUSE = os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif")
DEMO_VECTORS = os.path.join(ROOT, "demo", "synthetic_bgt.gpkg")
# (min x, max y, max x, min y) of the crop, in EPSG:28992 (inside the demo's 186000-192000,
# 318000-324000)
CROP = (188000.0, 322000.0, 190000.0, 320000.0)
OUTPUTS = {"supply": ("suitability:supply", "supply.tif"),
           "abundance": ("suitability:abundance", "abundance.tif"),
           "food_gaps": ("foodgaps:food_gaps", "food_gaps.tif"),
           "gap_seasons": ("foodgaps:gap_seasons", "gap_seasons.tif"),
           "patches": ("patches:patches", "patches.gpkg"),
           "nodes": ("network:nodes", "network_nodes.gpkg"),
           "links": ("network:links", "network_links.gpkg"),
           "gain": ("kansenkaart:gain", "gain.tif"),
           "best_measure": ("kansenkaart:best_measure", "best_measure.tif"),
           "priority": ("kansenkaart:priority", "priority.tif"),
           "parcel_ranking": ("kansenkaart:parcel_ranking", "parcel_ranking.gpkg")}


def demo_vectors():
    """The demo's BGT-like layers, built as `make demo` builds them when absent."""
    if not os.path.exists(DEMO_VECTORS):
        subprocess.run([sys.executable if sys.executable.startswith("/usr/") else
                        "/usr/bin/python3", os.path.join(ROOT, "scripts", "make_demo_vectors.py"),
                        DEMO_LANDUSE, DEMO_VECTORS], check=True, cwd=ROOT)
    return DEMO_VECTORS


def run_chain(folder, landuse=None, crop=CROP, **inputs):
    """Run zoemzone:kansenkaartchain (with the demo's parcels and ``inputs``) on ``landuse``
    (default: the demo land use cropped to ``crop``) into ``folder``; {output name: path}."""
    import processing
    os.makedirs(folder, exist_ok=True)
    if landuse is None:
        landuse = os.path.join(folder, "landuse.tif")
        gdal.Translate(landuse, DEMO_LANDUSE, projWin=list(crop))
    parameters = dict(inputs, landuse=landuse,
                      parcels=demo_vectors() + "|layername=gewaspercelen")
    paths = {}
    for key, (name, file_name) in OUTPUTS.items():
        paths[key] = parameters[name] = os.path.join(folder, file_name)
    processing.run("zoemzone:kansenkaartchain", parameters)
    for path in paths.values():
        assert os.path.exists(path), path
    return paths
