#!/usr/bin/env python3
"""Time, tiles and size of zoemzone:publishwebsite.

  demo      the whole demo municipality (6 x 6 km at 10 m, demo/synthetic_demo_landuse.tif):
            the kansenkaart chain first (not timed), then the website with every optional
            layer. Target (issue 13): under 60 s and under 50 MB.
  province  the 10 m province of bench_province.py, from the rasters it keeps with
            --keep DIR (priority, best measure, gain, supply, food gaps, patches); skipped with
            a message when they are absent.

Usage: bench_publish.py [--province DIR] [--keep OUT]
"""
import argparse
import json
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests")]
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_SECONDS, TARGET_MB = 60.0, 50.0


def start_qgis():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import zoemzone_plugin
    plugin = zoemzone_plugin.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def publish(parameters, output):
    """Seconds, tiles, files and MB of one publication."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        tiles = 0

        def pushInfo(self, text):  # noqa: N802
            if "map tiles written" in text:
                self.tiles = int(text.split()[0])

    log = Log()
    start = time.perf_counter()
    processing.run("zoemzone:publishwebsite", dict(parameters, OUTPUT=output), feedback=log)
    seconds = time.perf_counter() - start
    from zoemzone_plugin.publish.site import folder_size
    files, size = folder_size(output)
    return {"seconds": round(seconds, 1), "tiles": log.tiles, "files": files,
            "mb": round(size / 1e6, 1)}


def bench_demo(work):
    from chain_run import DEMO_LANDUSE, run_chain
    chain = run_chain(os.path.join(work, "chain"), landuse=DEMO_LANDUSE)
    result = publish({"PRIORITY": chain["priority"], "BEST_MEASURE": chain["best_measure"],
                      "GAIN": chain["gain"], "SUPPLY": chain["supply"],
                      "FOOD_GAPS": chain["food_gaps"], "PATCHES": chain["patches"],
                      "NETWORK_NODES": chain["nodes"], "NETWORK_LINKS": chain["links"],
                      "PARCEL_RANKING": chain["parcel_ranking"]},
                     os.path.join(work, "demo_site"))
    result["within_target"] = result["seconds"] < TARGET_SECONDS and result["mb"] < TARGET_MB
    return result


def bench_province(folder, work):
    names = {"PRIORITY": "priority.tif", "BEST_MEASURE": "best_measure.tif",
             "GAIN": "gain.tif", "SUPPLY": "supply.tif", "FOOD_GAPS": "foodgaps.tif",
             "PATCHES": "patches.gpkg"}
    paths = {key: os.path.join(folder or "", name) for key, name in names.items()}
    if not folder or not all(os.path.exists(p) for k, p in paths.items()
                             if k in ("PRIORITY", "BEST_MEASURE")):
        return {"skipped": "no bench_province outputs: run bench/bench_province.py --keep DIR "
                           "and pass --province DIR"}
    return publish({k: p for k, p in paths.items() if os.path.exists(p)},
                   os.path.join(work, "province_site"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--province", help="the folder bench_province.py --keep wrote")
    ap.add_argument("--keep", help="write the sites here and keep them")
    args = ap.parse_args()
    app, _ = start_qgis()
    work = args.keep or tempfile.mkdtemp(prefix="bench_publish_")
    os.makedirs(work, exist_ok=True)
    results = {"demo": bench_demo(work), "province": bench_province(args.province, work)}
    print(json.dumps(results, indent=1))
    if not args.keep:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    app.exitQgis()
    return 0 if results["demo"]["within_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
