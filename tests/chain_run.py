"""The kansenkaart chain on a small crop of the demo municipality: the inputs of the tests of
what comes after the chain (the website, the advice reports).

A 2 x 2 km crop keeps the chain at a few seconds while it still holds arable land, verges,
parcels and habitat patches; ``demo_chain`` runs it once per test session.
"""
import os
import subprocess

try:
    import pytest
except ImportError:         # bench/bench_publish.py runs the chain with Debian's python alone
    pytest = None

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO_LANDUSE = os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif")
DEMO_VECTORS = os.path.join(ROOT, "demo", "synthetic_bgt.gpkg")
# the crop's upper-left corner in cells from the demo's upper-left corner, and its size
CROP = (200, 200, 200, 200)
OUTPUTS = {"supply": "suitability:supply", "abundance": "suitability:abundance",
           "food_gaps": "foodgaps:food_gaps", "patches": "patches:patches",
           "nodes": "network:nodes", "links": "network:links", "gain": "kansenkaart:gain",
           "best_measure": "kansenkaart:best_measure", "priority": "kansenkaart:priority",
           "parcel_ranking": "kansenkaart:parcel_ranking"}
EXTENSIONS = {"patches": "gpkg", "nodes": "gpkg", "links": "gpkg", "parcel_ranking": "gpkg"}


def demo_vectors():
    """The demo's BGT-like layers, made by scripts/make_demo_vectors.py when absent."""
    if not os.path.exists(DEMO_VECTORS):
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "make_demo_vectors.py"),
                        DEMO_LANDUSE, DEMO_VECTORS], check=True)
    return DEMO_VECTORS


def crop(landuse, path, window=CROP):
    from osgeo import gdal
    gdal.Translate(path, landuse, srcWin=list(window), creationOptions=["COMPRESS=DEFLATE"])
    return path


def run_chain(folder, landuse=None):
    """Run zoemzone:kansenkaartchain into ``folder`` on ``landuse`` (default: the demo land use
    cropped to CROP); {output name: path}."""
    import processing
    os.makedirs(folder, exist_ok=True)
    if landuse is None:
        landuse = crop(DEMO_LANDUSE, os.path.join(folder, "landuse.tif"))
    paths = {name: os.path.join(folder, "%s.%s" % (name, EXTENSIONS.get(name, "tif")))
             for name in OUTPUTS}
    parameters = {"landuse": landuse,
                  "parcels": demo_vectors() + "|layername=gewaspercelen"}
    parameters.update({OUTPUTS[name]: path for name, path in paths.items()})
    processing.run("zoemzone:kansenkaartchain", parameters)
    missing = [path for path in paths.values() if not os.path.exists(path)]
    if missing:
        raise RuntimeError("the chain did not write %s" % ", ".join(missing))
    return paths


if pytest is not None:
    @pytest.fixture(scope="session")
    def demo_chain(plugin, tmp_path_factory):
        return run_chain(str(tmp_path_factory.mktemp("chain")))
