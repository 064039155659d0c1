#!/usr/bin/env python3
"""Wall time and peak memory of habitat suitability with the Dutch default guilds.

Each size runs in a fresh process (so peak memory is that run's own), on land use generated
beforehand by ../shared/tools/make_landscape.py at 10 m: read, model, all four outputs written.
Target (issue 2): 5,000 x 5,000 cells under 60 s and under 4 GB peak on 2 cores.

Usage: bench_suitability.py [SIZE ...]   (default: 2000 5000)
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = os.path.join(os.path.dirname(ROOT), "shared", "tools")


def one_run(size, folder):
    sys.path.insert(0, ROOT)
    from zoemzone_plugin.engine.pollination.runner import run_to_files
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    landuse = os.path.join(folder, "lu.tif")
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    start = time.perf_counter()
    run_to_files(landuse, tables, {name: os.path.join(folder, name + ".tif")
                                   for name in ("NESTING", "FLORAL", "SUPPLY", "ABUNDANCE")})
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"size": size, "seconds": seconds, "peak_mb": peak_mb,
                      "guilds": len(tables.guilds), "seasons": len(tables.seasons)}))


def main(sizes):
    print("cores: %d, memory: %.1f GB" % (os.cpu_count(),
          os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9))
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run([sys.executable, os.path.join(TOOLS, "make_landscape.py"),
                            os.path.join(folder, "lu.tif"), "--rows", str(size), "--cols",
                            str(size), "--cell", "10", "--seed", "7"], check=True)
            proc = subprocess.run([sys.executable, __file__, "--one", str(size), folder],
                                  capture_output=True, text=True)
            if proc.returncode:
                print(proc.stderr)
                sys.exit(1)
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print("%5d x %-5d cells (%5.1f M) at 10 m, %d guilds, %d seasons: "
                  "%6.1f s, peak %6.0f MB" % (size, size, size * size / 1e6, r["guilds"],
                                              r["seasons"], r["seconds"], r["peak_mb"]))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one_run(int(sys.argv[2]), sys.argv[3])
    else:
        main([int(a) for a in sys.argv[1:]] or [2000, 5000])
