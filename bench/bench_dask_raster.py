#!/usr/bin/env python3
"""Seasonal food gaps and the kansenkaart in-process against Dask ``local:N`` (issue 16).

SIZE x SIZE cells of land use at 10 m from ../shared/tools/make_landscape.py (generated
first), the default Dutch tables and catalogue; the kansenkaart with all three terms
(W_SUPPLY 1, W_YEARROUND 0.5, W_CONNECTIVITY 0.25), the food gaps at the default threshold
0.1. Each run is a fresh process, file to file as the algorithms run them (reading, writing
and, for local:N, starting the workers are included), with the CPU seconds of the run's
processes (this one and, for local:N, its workers; after they stopped): on a shared machine
the wall time says little, while CPU seconds on N workers, over N, bound the wall time on N
idle cores. The issue's target: no stage slower with local:2 than in-process on this 2-core
machine. The load average is printed beside the timings.

Usage: bench_dask_raster.py [SIZE|LANDUSE.tif [SCHEDULER ...]]   (default 2000, "" local:2)
       bench_dask_raster.py --one STAGE SCHEDULER LANDUSE FOLDER [BUDGET_MB]
(BUDGET_MB: the memory budget of the run, shared by local:N's workers; default 40 % of
physical memory. A small one makes a mid-size raster stand in for one too large to fit.)
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
STAGES = ("foodgaps", "kansenkaart")


def one_run(stage, scheduler, landuse, folder, budget=None):
    sys.path.insert(0, ROOT)
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.cluster import open_cluster
    from zoemzone_plugin.engine.kansenkaart.foodgaps_runner import food_gaps_to_file
    from zoemzone_plugin.engine.kansenkaart.runner import kansenkaart_to_files
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    budget = None if budget is None else float(budget)
    start = time.perf_counter()
    cluster = open_cluster(scheduler, budget)
    started = time.perf_counter() - start
    try:
        if stage == "foodgaps":
            food_gaps_to_file(landuse, tables, 0.1, os.path.join(folder, "gaps.tif"),
                              seasons_path=os.path.join(folder, "seasons.tif"),
                              memory_budget_mb=budget, cluster=cluster)
        else:
            catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
            paths = {name: os.path.join(folder, name.lower() + ".tif")
                     for name in ("GAIN", "BEST_MEASURE", "PRIORITY")}
            kansenkaart_to_files(landuse, tables, catalogue, paths, w_supply=1.0,
                                 w_yearround=0.5, w_connectivity=0.25,
                                 memory_budget_mb=budget, cluster=cluster)
        seconds = time.perf_counter() - start
    finally:
        if cluster is not None:
            cluster.close()
    cpu = sum(getattr(resource.getrusage(who), field) for who in (resource.RUSAGE_SELF,
                                                                   resource.RUSAGE_CHILDREN)
              for field in ("ru_utime", "ru_stime"))
    print(json.dumps({"stage": stage, "scheduler": scheduler or "in-process", "budget_mb": budget,
                      "seconds": round(seconds, 1), "start_seconds": round(started, 1),
                      "cpu_seconds": round(cpu, 1),
                      "load": [round(x, 2) for x in os.getloadavg()]}))


def main(size, schedulers):
    """``size``: the side of the landscape to make, or a land-use file to use as it is."""
    folder = tempfile.mkdtemp(prefix="bench_dask_raster_")
    landuse = size if size.endswith(".tif") else os.path.join(folder, "lu.tif")
    if landuse != size:
        subprocess.run([sys.executable, os.path.join(TOOLS, "make_landscape.py"), landuse,
                        "--rows", size, "--cols", size, "--cell", "10", "--seed", "7"],
                       check=True)
    for stage in STAGES:
        for scheduler in schedulers:
            out = tempfile.mkdtemp(dir=folder)
            subprocess.run([sys.executable, os.path.abspath(__file__), "--one", stage,
                            scheduler, landuse, out], check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one_run(*sys.argv[2:7])
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "2000", sys.argv[2:] or ["", "local:2"])
