#!/usr/bin/env python3
"""Province scale: the whole kansenkaart chain on a synthetic LGN raster of Limburg's bounding box.

The land use is generated (deterministic, never committed) by ../shared/tools/make_landscape.py
over x 167,000-214,000, y 306,000-422,000 in EPSG:28992 (47 x 116 km; 4,700 x 11,600 cells at
10 m), in strips of rows when one piece would not fit in memory. Then the chain runs stage by
stage, each stage in a fresh process (peak memory is that stage's own, taken from the kernel's
accounting of the child, so it is known even when the stage dies), passing files on disk:

  suitability   habitat suitability with the Dutch default guilds and seasons: nesting, floral,
                supply and abundance layers written
  food gaps     seasonal food gaps (threshold 0.1), one band per guild written
  patches       habitat patches: supply band 1 (total) at or above its 90th percentile over
                the valid cells, at least 0.5 ha, 4-connected; patch polygons and labels
                written
  cost distance resistance surface (Dutch default table) and accumulated cost from the patches
                (sources = patch labels): resistance, distance and allocation written
  graph         connectivity graph of the patches: Euclidean distances between patch centres
                (polygon centroids), links up to 3 km, d0 1 km, p0 0.5, capacity = area (ha)
  kansenkaart   the default measure catalogue, w_supply 1: gain, best measure, priority written

Targets (issue 6): Limburg at 10 m, whole chain under 5 minutes and under 6 GB peak on 2 cores.

Every raster stage gets the memory budget of the provider's setting (--budget-mb, default
4,096 MiB: what a 16 GB workstation's default of 40 % leaves room for); above it the stage
runs in tiles.

With --dask local:1,local:2 (any schedulers, comma-separated; see engine/cluster.py) every
stage with a Dask back end (found by its engine function taking a ``cluster``: suitability,
food gaps, cost distance, the graph and the kansenkaart) runs again on each: its time (the
cluster's start not counted; a ``local:N`` cluster starts only when a stage hands it work, as
in a real run, and a stage that stays in this process says so), the speed-up over the first
scheduler and over the in-process run, the speed-up per added worker, the peak memory of
each worker, and the load average of the machine as the stage starts (other people's work
slows a shared machine: on a busy one, measure at --cell 20 or 40 and read the load;
--repeat keeps the fastest of several rounds, each running the stage once on every
scheduler). The chain is then projected to the 5 m province and to the Netherlands on 16
and 64 cores from the throughput per worker of the last scheduler given (see project()).

Usage: bench_province.py [--cell 10] [--seed 7] [--keep DIR] [--max-gb G] [--budget-mb MB]
                         [--dask local:1,local:2] [--repeat K]
       e.g. ZOEMZONE_SHARED_TOOLS=/work/shared/tools bench/bench_province.py --cell 40 \
            --dask local:1,local:2      (a git worktree does not sit beside ../shared)
       (--cell 40 for a quick smoke run; --max-gb caps each stage's address space, default 85 %
       of the machine's memory, so a stage that does not fit fails with a MemoryError instead
       of calling in the kernel's OOM killer)
"""
import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# ZOEMZONE_SHARED_TOOLS for a checkout that does not sit beside ../shared (a git worktree)
TOOLS = os.environ.get("ZOEMZONE_SHARED_TOOLS",
                       os.path.join(os.path.dirname(ROOT), "shared", "tools"))

sys.path.insert(0, ROOT)
from zoemzone_plugin.engine import defaults  # noqa: E402  (standard library only)

X0, X1, Y0, Y1 = 167000.0, 214000.0, 306000.0, 422000.0
# the models' defaults (resources/defaults); the patch percentile is this bench's own
FOOD_THRESHOLD = defaults.value("foodgaps", "threshold")
PATCH_PERCENTILE = 90.0
MIN_PATCH_M2 = defaults.value("patches", "min_area") * 10000.0
MAX_LINK_M = defaults.value("network", "max_distance")
D0, P0 = defaults.value("network", "distance"), defaults.value("network", "probability")
# make_landscape.landscape needs about 100 bytes per cell at its peak
LANDSCAPE_BYTES_PER_CELL = 100
BUDGET_MB = 4096.0     # each stage process sets it from --budget-mb
STAGES = ("suitability", "food gaps", "patches", "cost distance", "graph", "kansenkaart")
# Each stage's engine function: a stage has a Dask back end when it takes a ``cluster``.
ENGINE = {"suitability": ("pollination.runner", "run_to_files"),
          "food gaps": ("kansenkaart.foodgaps_runner", "food_gaps_to_file"),
          "patches": ("network.patches", "patches_to_files"),
          "cost distance": ("network.costdistance_runner", "cost_distance_to_files"),
          "graph": ("network.graph", "connectivity"),
          "kansenkaart": ("kansenkaart.runner", "kansenkaart_to_files")}
CLUSTER = None         # the stage process's engine.cluster.Cluster under --dask
# The projection's targets: Limburg's bounding box at 5 m (25,711 patches in its graph, as
# bench_graph measured it) and the Netherlands (41,500 km2, 1.66 billion cells at 5 m, its
# patches in proportion to its area).
PROVINCE_5M_CELLS = 9400 * 23200
PROVINCE_5M_PATCHES = 25711
NL_5M_CELLS = 1.66e9
# A graph's time grows as patches^2 x path length (README), and at finer cells the same area
# holds more patches with more links each: measured on Limburg, 2,645 patches (20 m) to 9,500
# (10 m) took 11.3 times the CPU (exponent 1.9), 9,500 to 25,711 (5 m; 128.6 links per patch
# against 48.5) 16.5 times (2.8: bench_graph.py --npz on the 5 m patches, cancelled at 8 %
# after 420 s, 9,170 CPU seconds for the whole by the progress bar). The larger counts.
GRAPH_EXPONENT = 2.8


def physical_bytes():
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def shape_for(cell):
    cols, rows = int(round((X1 - X0) / cell)), int(round((Y1 - Y0) / cell))
    return rows, cols


def path_of(folder, name):
    return os.path.join(folder, name)


def dask_stages():
    """The stages whose engine function takes a ``cluster`` (a Dask back end)."""
    import importlib
    import inspect
    sys.path.insert(0, ROOT)
    found = []
    for name in STAGES:
        module, function = ENGINE[name]
        engine = importlib.import_module("zoemzone_plugin.engine." + module)
        if "cluster" in inspect.signature(getattr(engine, function)).parameters:
            found.append(name)
    return found


# --- stages (each runs in its own process) ------------------------------------------------

def stage_landuse(folder, cell, seed):
    """The synthetic LGN raster; strips of rows (seeds seed, seed+1, ...) when one is too big."""
    sys.path.insert(0, TOOLS)
    import numpy as np
    from make_landscape import landscape
    from osgeo import gdal, osr
    rows, cols = shape_for(cell)
    budget = 0.4 * physical_bytes()
    strips = max(1, int(np.ceil(rows * cols * LANDSCAPE_BYTES_PER_CELL / budget)))
    height = int(np.ceil(rows / strips))
    ds = gdal.GetDriverByName("GTiff").Create(
        path_of(folder, "landuse.tif"), cols, rows, 1, gdal.GDT_Int16,
        ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER"])
    # as make_landscape.write(path, lu, cell, x0, y0): y0 is the southern edge
    ds.SetGeoTransform((X0, cell, 0, Y0 + rows * cell, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-1)
    for k, top in enumerate(range(0, rows, height)):
        n = min(height, rows - top)
        band.WriteArray(landscape(n, cols, seed + k), 0, top)
    ds = None
    return {"rows": rows, "cols": cols, "strips": strips}


def _tables():
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    return read_pollination_tables(default_table("biophysical_nl.csv"),
                                   default_table("guilds_nl.csv"))


def stage_suitability(folder):
    from zoemzone_plugin.engine.pollination.runner import run_to_files
    tables = _tables()
    run_to_files(path_of(folder, "landuse.tif"), tables,
                 {name: path_of(folder, name.lower() + ".tif")
                  for name in ("NESTING", "FLORAL", "SUPPLY", "ABUNDANCE")},
                 memory_budget_mb=BUDGET_MB, cluster=CLUSTER)
    return {"guilds": len(tables.guilds), "seasons": len(tables.seasons)}


def stage_food_gaps(folder):
    from zoemzone_plugin.engine.kansenkaart.foodgaps_runner import food_gaps_to_file
    _, nest_cells, summary = food_gaps_to_file(path_of(folder, "landuse.tif"), _tables(),
                                               FOOD_THRESHOLD, path_of(folder, "foodgaps.tif"),
                                               memory_budget_mb=BUDGET_MB,
                                               cluster=CLUSTER)
    return {"gap_cells": int(sum(summary.values())),
            "nest_cells": int(sum(nest_cells.values()))}


def stage_patches(folder):
    import numpy as np
    from osgeo import ogr
    from zoemzone_plugin.engine.io.gdalio import read_band
    from zoemzone_plugin.engine.network.patches import patches_to_files
    supply, valid, _ = read_band(path_of(folder, "supply.tif"), 1)
    threshold = float(np.percentile(supply[valid], PATCH_PERCENTILE))
    del supply, valid
    polygons = path_of(folder, "patches.gpkg")
    n = patches_to_files(path_of(folder, "supply.tif"), 1, threshold, MIN_PATCH_M2, polygons,
                         path_of(folder, "patches.tif"), memory_budget_mb=BUDGET_MB)
    # per patch: area and the centroid of its polygon, for the graph stage
    area, x, y = np.zeros(n), np.zeros(n), np.zeros(n)
    source = ogr.Open(polygons)
    for feature in source.GetLayer():
        k = feature.GetField("id") - 1
        centre = feature.GetGeometryRef().Centroid()
        area[k], x[k], y[k] = feature.GetField("area_m2"), centre.GetX(), centre.GetY()
    source = None
    np.savez(path_of(folder, "patches.npz"), area_m2=area, x=x, y=y)
    return {"threshold": threshold, "patches": n, "patch_ha": float(area.sum() / 1e4)}


def stage_cost_distance(folder):
    from zoemzone_plugin.engine.network.costdistance_runner import cost_distance_to_files
    from zoemzone_plugin.engine.network.resistance import resistance_to_file
    from zoemzone_plugin.paths import default_table
    barriers = resistance_to_file(path_of(folder, "landuse.tif"),
                                  default_table("resistance_bees_nl.csv"),
                                  path_of(folder, "resistance.tif"), memory_budget_mb=BUDGET_MB)
    cost_distance_to_files(path_of(folder, "resistance.tif"), path_of(folder, "costdistance.tif"),
                           path_of(folder, "allocation.tif"),
                           source_raster=path_of(folder, "patches.tif"),
                           memory_budget_mb=BUDGET_MB, cluster=CLUSTER)
    return {"barrier_cells": barriers,
            "reached_cells": _valid_cells(path_of(folder, "costdistance.tif"))}


def _valid_cells(path):
    """The valid cells of a raster, from the statistics its writer stored."""
    from osgeo import gdal
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    share = float(band.GetMetadataItem("STATISTICS_VALID_PERCENT") or 0.0)
    return int(round(share / 100.0 * ds.RasterXSize * ds.RasterYSize))


def stage_graph(folder):
    import numpy as np
    from zoemzone_plugin.engine.network.graph import connectivity
    data = np.load(path_of(folder, "patches.npz"))
    x, y, area = data["x"], data["y"], data["area_m2"]
    n = len(x)
    start = time.perf_counter()
    # all pairs within MAX_LINK_M, in blocks of rows so the n x n matrix never exists whole
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    found_i, found_j, found_d = [], [], []
    block = 1024
    for lo in range(0, n, block):
        hi = min(n, lo + block)
        reach = np.searchsorted(xs, xs[hi - 1] + MAX_LINK_M, side="right")
        dx = xs[lo:hi, None] - xs[None, lo:reach]
        dy = ys[lo:hi, None] - ys[None, lo:reach]
        d = np.sqrt(dx * dx + dy * dy)
        a, b = np.nonzero(d <= MAX_LINK_M)
        b = b + lo
        upper = b > a + lo
        found_i.append(order[a[upper] + lo])
        found_j.append(order[b[upper]])
        found_d.append(d[a[upper], b[upper] - lo])
    i = np.concatenate(found_i) if found_i else np.zeros(0, np.int64)
    j = np.concatenate(found_j) if found_j else np.zeros(0, np.int64)
    d = np.concatenate(found_d) if found_d else np.zeros(0)
    links_seconds = time.perf_counter() - start
    result = connectivity(area / 1e4, (i, j, d), D0, P0, MAX_LINK_M, cluster=CLUSTER)
    return {"patches": n, "links": int(len(d)), "links_seconds": links_seconds,
            "components": int(result["n_components"]), "PC": float(result["PC"]),
            "ECA_ha": float(result["ECA"])}


def stage_kansenkaart(folder):
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.kansenkaart.runner import (BEST_MEASURE, GAIN, PRIORITY,
                                                           kansenkaart_to_files)
    from zoemzone_plugin.paths import default_table
    tables = _tables()
    catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
    result = kansenkaart_to_files(
        path_of(folder, "landuse.tif"), tables, catalogue,
        {GAIN: path_of(folder, "gain.tif"), BEST_MEASURE: path_of(folder, "best_measure.tif"),
         PRIORITY: path_of(folder, "priority.tif")}, w_supply=1.0, memory_budget_mb=BUDGET_MB,
        cluster=CLUSTER)
    return {"measures": len(catalogue), "total_supply": float(result.total_supply),
            "tiled": result.tiled}


def _peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _usage():
    """(peak MB, CPU seconds) of this process: run on each worker. The peak is Linux's VmHWM,
    the process's own: ru_maxrss keeps, across exec, the peak of the process that spawned
    it, so every local worker started by a stage holding 3.4 GB reported 3.4 GB."""
    use = resource.getrusage(resource.RUSAGE_SELF)
    peak = use.ru_maxrss / 1024.0
    try:
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) / 1024.0 for line in status
                        if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        pass
    return peak, use.ru_utime + use.ru_stime


def _timed_cluster(scheduler, budget_mb):
    """The engine's Cluster, started (``local:N``) when a stage first asks for its client, as
    in a real run, so that a stage which stays in this process (tile_tasks.spreads) has no
    idle scheduler and workers beside it on the cores it uses. The start is timed apart
    (``start_seconds``, ``start_cpu``: wall and this process's CPU) so that the stage's own
    time does not count it, and the workers' CPU after their start is in ``started``."""
    from zoemzone_plugin.engine.cluster import Cluster

    class TimedCluster(Cluster):
        start_seconds = start_cpu = 0.0
        started = None

        @property
        def client(self):
            if self.started is None:
                wall, cpu = time.perf_counter(), _usage()[1]
                self.started = dict(Cluster.client.fget(self).run(_usage))
                self.start_seconds = time.perf_counter() - wall
                self.start_cpu = _usage()[1] - cpu
            return Cluster.client.fget(self)

    return TimedCluster(scheduler, budget_mb)


def one_stage(name, folder, cell, seed, budget_mb, scheduler=""):
    global BUDGET_MB, CLUSTER
    BUDGET_MB = budget_mb
    sys.path.insert(0, ROOT)
    load = os.getloadavg()[0]
    if scheduler:
        CLUSTER = _timed_cluster(scheduler, budget_mb)
        if CLUSTER.kind != "local":
            CLUSTER.client      # connected already: its workers' CPU counts from here
    cpu_start = _usage()[1]
    start = time.perf_counter()
    if name == "landuse":
        info = stage_landuse(folder, cell, seed)
    else:
        info = {"suitability": stage_suitability, "food gaps": stage_food_gaps,
                "patches": stage_patches, "cost distance": stage_cost_distance,
                "graph": stage_graph, "kansenkaart": stage_kansenkaart}[name](folder)
    info["seconds"] = time.perf_counter() - start
    info["peak_mb"] = _peak_mb()
    info["load"] = load
    info["cpu_seconds"] = _usage()[1] - cpu_start
    if CLUSTER is not None:
        info["workers"] = CLUSTER.workers
        info["on_workers"] = CLUSTER.started is not None
        info["worker_peak_mb"] = []
        if info["on_workers"]:
            info["seconds"] -= CLUSTER.start_seconds
            info["cpu_seconds"] -= CLUSTER.start_cpu
            usage = CLUSTER.client.run(_usage)
            info["worker_peak_mb"] = sorted(m for m, _ in usage.values())
            # the workers' CPU besides this process's (reading, writing, the graph's sums)
            info["cpu_seconds"] += sum(c - CLUSTER.started.get(w, (0, 0))[1]
                                       for w, (_, c) in usage.items())
        CLUSTER.close()
    print(json.dumps(info))


# --- the driver ---------------------------------------------------------------------------

def run_stage(name, folder, cell, seed, max_bytes, budget_mb, scheduler=""):
    """Run one stage in a fresh process: (info dict or None, wall s, peak MB, error text)."""
    out = tempfile.TemporaryFile(mode="w+")
    err = tempfile.TemporaryFile(mode="w+")

    def limit():
        if max_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))

    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--stage", name,
                             folder, str(cell), str(seed), str(budget_mb), scheduler],
                            stdout=out, stderr=err, preexec_fn=limit)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    peak_mb = usage.ru_maxrss / 1024.0      # the kernel's figure for this child alone
    out.seek(0)
    err.seek(0)
    lines = out.read().strip().splitlines()
    if proc.returncode or not lines:
        tail = err.read().strip().splitlines()[-6:]
        why = ("killed by signal %d" % -proc.returncode if proc.returncode < 0
               else "exit code %d" % proc.returncode)
        return None, wall, peak_mb, why + ("\n      " + "\n      ".join(tail) if tail else "")
    return json.loads(lines[-1]), wall, peak_mb, None


def best_runs(repeat, specs, *args):
    """run_stage on each scheduler of ``specs`` ("" in-process), ``repeat`` rounds of one run
    each, so that a spell of background work on a 2-core machine (identical runs here vary
    by 10-20 %) falls on all of them alike rather than on one scheduler's runs: per scheduler
    the run with the least stage time, with the highest peak of its runs. A scheduler stops
    at its first failure."""
    best, top = {}, {}
    for _ in range(max(1, repeat)):
        for spec in specs:
            if spec in best and best[spec][3]:
                continue
            run = run_stage(*args, spec)
            top[spec] = max(top.get(spec, 0.0), run[2])
            if run[3] or spec not in best or run[0]["seconds"] < best[spec][0]["seconds"]:
                best[spec] = run
    return {spec: (info, wall, top[spec], error) for spec, (info, wall, _, error)
            in best.items()}


def describe(name, info):
    if name == "landuse":
        return "%d x %d cells, %d strip(s)" % (info["cols"], info["rows"], info["strips"])
    if name == "suitability":
        return "%d guilds, %d seasons" % (info["guilds"], info["seasons"])
    if name == "food gaps":
        return "%d gap cells (summed over guilds and seasons)" % info["gap_cells"]
    if name == "patches":
        return "%d patches, %.0f ha (supply >= %.4g)" % (info["patches"], info["patch_ha"],
                                                         info["threshold"])
    if name == "cost distance":
        return "%d cells reached, %d barrier cells" % (info["reached_cells"],
                                                       info["barrier_cells"])
    if name == "graph":
        return "%d patches, %d links (%.1f s), %d components, ECA %.0f ha" % (
            info["patches"], info["links"], info["links_seconds"], info["components"],
            info["ECA_ha"])
    if name == "kansenkaart":
        return "%d measures" % info["measures"]
    return ""


def speed_ups(runs, spec, schedulers):
    """'N workers; xS of in-process; xF of <first scheduler> (xP per doubling of the
    workers)' for the run on ``spec``. P is the speed-up over the first scheduler per
    doubling of the workers (from 1 to 2 workers: per added core), so that runs on different
    numbers of workers compare: 1.0 gains nothing, 2.0 is perfect."""
    info, here = runs[spec], runs[""]
    text = "%d workers; x%.2f of in-process" % (info["workers"],
                                                here["seconds"] / info["seconds"])
    first = runs.get(schedulers[0])
    if first is not None and first is not info:
        gain = first["seconds"] / info["seconds"]
        text += "; x%.2f of %s" % (gain, schedulers[0])
        if info["workers"] > first["workers"]:
            text += " (x%.2f per doubling of the workers)" % (
                gain ** (1.0 / math.log2(info["workers"] / float(first["workers"]))))
    return text


def project(times, spec, cells, patches):
    """The chain's time on 16 and 64 cores, from each stage's measured throughput per core.

    Throughput is per core-second: the CPU seconds the stage took (on ``spec``, its
    workers' sum; else the stage process's own), which the load of a shared machine does not
    inflate as it does wall time. A stage with a Dask back end counts its run on ``spec``
    (cells, or patches^GRAPH_EXPONENT, per core-second), assuming the workers of a larger
    cluster go as fast as these; the others ran in-process and are divided by the cores as if
    they had the back end too (marked '*'). The Netherlands' graph is the province's times
    its area: its networks are bounded by the bees' dispersal, not by the map, so they grow
    in number with the area, not in size.
    """
    print("projection from the CPU seconds per core (%s; * = no Dask back end yet, assumed "
          "to spread as well): raster stages x cells; graph x (patches ratio)^%.1f (work grows "
          "as patches^2 x path length) x the area's ratio, as independent networks; divided "
          "by the cores (perfect spread)" % (spec, GRAPH_EXPONENT))
    for label, target_cells in (("Limburg 5 m", PROVINCE_5M_CELLS),
                                ("Netherlands 5 m", NL_5M_CELLS)):
        for cores in (16, 64):
            total, parts = 0.0, []
            for name, runs in times.items():
                info = runs.get(spec)
                seconds = (info or runs[""])["cpu_seconds"]
                if name == "graph":
                    scale = ((PROVINCE_5M_PATCHES / float(max(patches, 1))) ** GRAPH_EXPONENT
                             * target_cells / PROVINCE_5M_CELLS)
                else:
                    scale = target_cells / float(cells)
                stage = seconds * scale / cores
                total += stage
                parts.append("%s %.1f%s" % (name, stage / 60.0, "" if info else "*"))
            print("  %-16s %2d cores: %7.1f min   (%s min)" % (label, cores, total / 60.0,
                                                               ", ".join(parts)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cell", type=float, default=10.0, help="cell size in m (default 10)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="work in this folder and keep the rasters")
    ap.add_argument("--max-gb", type=float, default=0.85 * physical_bytes() / 2 ** 30,
                    help="address-space cap per stage in GiB (0: none)")
    ap.add_argument("--budget-mb", type=float, default=BUDGET_MB,
                    help="memory budget of the raster stages in MiB (default 4096)")
    ap.add_argument("--dask", default="",
                    help="Dask schedulers to run the suitability and graph stages on as well, "
                         "comma-separated (e.g. local:1,local:2)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds of every stage (once in-process and on each scheduler per "
                         "round); the fastest run counts (default 1)")
    a = ap.parse_args()
    repeat = a.repeat
    schedulers = [spec.strip() for spec in a.dask.split(",") if spec.strip()]
    rows, cols = shape_for(a.cell)
    print("cores: %d, memory: %.1f GB" % (os.cpu_count(), physical_bytes() / 1e9))
    print("Limburg bounding box at %g m: %d x %d cells (%.1f M), seed %d; cap per stage %s; "
          "budget %.0f MiB" % (a.cell, cols, rows, rows * cols / 1e6, a.seed,
                               "%.1f GiB" % a.max_gb if a.max_gb else "none", a.budget_mb))
    on_dask = dask_stages() if schedulers else []
    if schedulers:
        print("stages with a Dask back end: %s; each also on %s" % (", ".join(on_dask),
                                                                   ", ".join(schedulers)))
    folder = a.keep or tempfile.mkdtemp(prefix="zz_province_")
    os.makedirs(folder, exist_ok=True)
    max_bytes = int(a.max_gb * 2 ** 30) if a.max_gb else 0
    try:
        info, wall, peak, error = run_stage("landuse", folder, a.cell, a.seed, max_bytes,
                                             a.budget_mb)
        if error:
            print("generating the land use failed (%.1f s, peak %.0f MB): %s"
                  % (wall, peak, error))
            sys.exit(1)
        print("  %-14s %7.1f s  peak %6.0f MB   %s   (not counted below)"
              % ("land use", info["seconds"], peak, describe("landuse", info)))
        total_s, total_wall, top = 0.0, 0.0, 0.0
        times, patches = {}, 0
        for name in STAGES:
            specs = [""] + (schedulers if name in on_dask else [])
            runs = best_runs(repeat, specs, name, folder, a.cell, a.seed, max_bytes,
                             a.budget_mb)
            info, wall, peak, error = runs[""]
            top = max(top, peak)
            total_wall += wall
            if error:
                print("  %-14s FAILED after %.1f s, peak %.0f MB: %s" % (name, wall, peak,
                                                                         error))
                print("chain stopped at '%s' (%.1f s so far, peak %.0f MB)"
                      % (name, total_wall, top))
                sys.exit(1)
            total_s += info["seconds"]
            print("  %-14s %7.1f s  peak %6.0f MB   %s   (CPU %.1f s; load %.1f)"
                  % (name, info["seconds"], peak, describe(name, info), info["cpu_seconds"],
                     info["load"]))
            times[name] = {"": info}
            if name == "graph":
                patches = info["patches"]
            for spec in specs[1:]:
                info, wall, peak, error = runs[spec]
                if error:
                    print("    on %-10s FAILED after %.1f s: %s" % (spec, wall, error))
                    continue
                times[name][spec] = info
                where = ("peak per worker %s MB" % "/".join("%.0f" % m
                                                            for m in info["worker_peak_mb"])
                         if info["on_workers"] else "stayed in this process")
                print("    on %-10s %7.1f s  %s; %s; CPU %.1f s; load %.1f"
                      % (spec, info["seconds"], speed_ups(times[name], spec, schedulers),
                         where, info["cpu_seconds"], info["load"]))
        print("  %-14s %7.1f s  peak %6.0f MB   (stages' own time; %.1f s with process "
              "start-up and imports)" % ("whole chain", total_s, top, total_wall))
        if schedulers:
            project(times, schedulers[-1], rows * cols, patches)
    finally:
        if not a.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--stage"]:
        one_stage(sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]),
                  float(sys.argv[6]), sys.argv[7] if len(sys.argv) > 7 else "")
    else:
        main()
