#!/usr/bin/env python3
"""Wall time and peak memory of the kansenkaart engine with the Dutch defaults.

5,000 x 5,000 cells of land use at 10 m from ../shared/tools/make_landscape.py (generated first,
in a subprocess), the default biophysical, guild and measure tables (3 guilds, 4 seasons, 8
measures). Each configuration runs in a fresh process, so its peak memory is its own: the
engine (gain per measure, best measure, score, priority) and the parcel ranking of 10,000
parcels of 50 x 50 cells; reading the land use is timed apart, writing outputs is not included.

  supply      W_SUPPLY only (the default weights)
  all-terms   W_SUPPLY 1, W_YEARROUND 0.5, W_CONNECTIVITY 0.25 (the network term of today's
              habitat: patches, p* by engine.network.graph, the ECA gain of a stepping stone per cell)

Target (issues 4 and 14): under 3 minutes and 6 GB peak on a 2-core machine. The load
average and the run's CPU time (user + sys, all its threads, setup included) are printed
beside the timings: the machine may be shared, and then the wall time says little.

Usage: bench_kansenkaart.py [SIZE [CONFIG ...]]   (default 5000, all configurations)
       bench_kansenkaart.py --one CONFIG LANDUSE     (one configuration on a given land use)
       bench_kansenkaart.py --check-network LANDUSE  (the network term's estimate vs exact)
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# ZOEMZONE_SHARED_TOOLS for a checkout that does not sit beside ../shared (a git worktree)
TOOLS = os.environ.get("ZOEMZONE_SHARED_TOOLS",
                       os.path.join(os.path.dirname(ROOT), "shared", "tools"))
CONFIGS = {"supply": dict(w_supply=1.0),
           "all-terms": dict(w_supply=1.0, w_yearround=0.5, w_connectivity=0.25)}


def one_run(config, landuse_path):
    sys.path.insert(0, ROOT)
    import numpy as np
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.io.gdalio import read_landuse
    from zoemzone_plugin.engine.kansenkaart.model import kansenkaart, parcel_ranking
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                      default_table("guilds_nl.csv"))
    catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
    start = time.perf_counter()
    landuse, valid, grid = read_landuse(landuse_path)
    read_seconds = time.perf_counter() - start
    rows, cols = landuse.shape
    parcels = ((np.arange(rows)[:, None] // 50) * ((cols + 49) // 50)
               + np.arange(cols)[None, :] // 50 + 1).astype(np.int32)
    start = time.perf_counter()
    result = kansenkaart(landuse, valid, grid.pixel_size, tables, catalogue, **CONFIGS[config])
    engine_seconds = time.perf_counter() - start
    network = result.network
    ranking = parcel_ranking(result.score, result.best_measure, parcels)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024.0
    has = result.best_measure > 0
    print(json.dumps({
        "config": config, "read_seconds": read_seconds, "engine_seconds": engine_seconds,
        "seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_mb": peak_mb, "guilds": len(tables.guilds),
        "seasons": len(tables.seasons), "measures": len(catalogue.measures),
        "cells_with_measure": int(has.sum()), "parcels": len(ranking),
        "patches": None if network is None else int(network.network.capacities.size),
        "network_bound": None if network is None else network.bound,
        "load": os.getloadavg()[0],
        "best_measure_counts": {m.code: int((result.best_measure == m.id).sum())
                                for m in catalogue.measures}}))


def check_network(landuse_path):
    """The network term's estimate against exact_gain at 20 sampled cells, on a network of
    the map's nature (LGN 11 loofbos, 36-38 heide, 45 natuurgrasland; >= 0.5 ha) at
    d0 = 2000 m (twice the bumblebee's alpha, the kansenkaart's default)."""
    sys.path.insert(0, ROOT)
    import numpy as np
    from zoemzone_plugin.engine.io.gdalio import read_landuse
    from zoemzone_plugin.engine.kansenkaart.model import habitat_network
    from zoemzone_plugin.engine.kansenkaart.gain import network_term, sampled_errors
    landuse, valid, grid = read_landuse(landuse_path)
    labels, capacities = habitat_network(np.isin(landuse, [11, 36, 37, 38, 45]) & valid,
                                         grid.pixel_size)
    start = time.perf_counter()
    found = network_term(labels, capacities, grid.pixel_size, 2000.0)
    seconds = time.perf_counter() - start
    errors = sampled_errors(labels, found, grid.pixel_size)
    print("network of %d nature patches: network term %.1f s, estimate vs exact at %d cells: "
          "%+.2f %% to %+.2f %% (reported bound %.2f %%, %d of %d coarse cells with more than "
          "8 patches in reach)" % (capacities.size, seconds, errors.size, 100 * errors.min(),
                                   100 * errors.max(), 100 * found.bound, found.truncated,
                                   found.term[::found.factor, ::found.factor].size))


def main(size, configs):
    print("cores: %d, memory: %.1f GB" % (os.cpu_count(),
          os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9))
    with tempfile.TemporaryDirectory() as folder:
        landuse = os.path.join(folder, "lu.tif")
        subprocess.run([sys.executable, os.path.join(TOOLS, "make_landscape.py"), landuse,
                        "--rows", str(size), "--cols", str(size), "--cell", "10", "--seed", "7"],
                       check=True)
        for config in configs:
            proc = subprocess.run([sys.executable, __file__, "--one", config, landuse],
                                  capture_output=True, text=True)
            if proc.returncode:
                print(proc.stderr)
                sys.exit(1)
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print("%5d x %-5d cells at 10 m, %d guilds, %d seasons, %d measures, %-9s: "
                  "kansenkaart %6.1f s (+ parcel ranking of %d parcels: %5.1f s total; "
                  "reading %4.1f s; CPU user+sys of the run %6.1f s), peak %6.0f MB, "
                  "load average %.1f%s"
                  % (size, size, r["guilds"], r["seasons"], r["measures"], r["config"],
                     r["engine_seconds"], r["parcels"], r["seconds"], r["read_seconds"],
                     r["cpu_seconds"], r["peak_mb"], r["load"],
                     "" if r["patches"] is None else ", %d patches, network bound %.1f %%"
                     % (r["patches"], 100 * r["network_bound"])))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one_run(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["--check-network"]:
        check_network(sys.argv[2])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, sys.argv[2:] or list(CONFIGS))
