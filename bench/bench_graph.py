#!/usr/bin/env python3
"""Wall time and peak memory of the habitat-network indices on a synthetic patch graph.

A deterministic layout: PATCHES random patch centres in a SIDE x SIDE metre square (seed 7),
capacities lognormal (median 1 ha), links between all patches whose centres lie within
RADIUS metres (distance = centre distance), d0 = 1000 m, p0 = 0.5, the IIC threshold equal to
RADIUS (every link). Timed: the whole ``connectivity`` call, i.e. PC, ECA and all dPC
fractions plus IIC and dIIC. Target (issue): 2,000 patches with 10-20 links per patch under
30 s on 2 cores.

With --npz FILE the patches are those of a bench_province.py run (its patches.npz: centres
x, y and area_m2; capacities in ha), linked as its graph stage does: --radius 3000 there
gives the province graph (about 9,500 patches and 230,000 links); --within M keeps only the
patches whose y lies within M metres of the lowest, for a quicker run of the same density.

With --seconds S the run is cancelled after S seconds (through the feedback, as a user would)
and the share done, the time it projects for the whole and the peak memory so far are printed:
for graphs that take hours, like the 5 m province's.

With --dask local:N (or a scheduler's address) the blocks of source patches run on Dask
workers (engine/cluster.py); the cluster's start is not timed, and each worker's peak memory
is printed.

Usage: bench_graph.py [--patches N] [--side M] [--radius M]   (default 2000, 20000, 1000)
       bench_graph.py --npz FILE [--radius M] [--within M] [--seconds S]
       either with [--dask local:N]
"""
import argparse
import os
import resource
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from zoemzone_plugin.engine.cluster import Cluster  # noqa: E402
from zoemzone_plugin.engine.errors import Cancelled  # noqa: E402
from zoemzone_plugin.engine.network.graph import connectivity  # noqa: E402


def layout(patches, side, radius, seed=7):
    """(capacities in ha, (i, j, distance)) of the synthetic landscape."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0.0, side, (patches, 2))
    capacities = rng.lognormal(0.0, 1.0, patches)
    parts_i, parts_j, parts_d = [], [], []
    for start in range(0, patches, 512):                 # rows in chunks: little memory
        block = xy[start:start + 512]
        d = np.hypot(block[:, None, 0] - xy[None, :, 0], block[:, None, 1] - xy[None, :, 1])
        i, j = np.nonzero(d <= radius)
        i += start
        upper = i < j
        parts_i.append(i[upper])
        parts_j.append(j[upper])
        parts_d.append(d[i[upper] - start, j[upper]])
    return capacities, (np.concatenate(parts_i), np.concatenate(parts_j),
                        np.concatenate(parts_d))


def from_npz(path, radius, within):
    """(capacities in ha, (i, j, distance)) of the patches of a province run."""
    data = np.load(path)
    x, y, area = data["x"], data["y"], data["area_m2"]
    if within is not None:
        keep = y <= y.min() + within
        x, y, area = x[keep], y[keep], area[keep]
    xy = np.column_stack([x, y])
    order = np.argsort(x)                       # a band of columns per block of rows
    parts_i, parts_j, parts_d = [], [], []
    for start in range(0, len(x), 512):
        rows = order[start:start + 512]
        upto = np.searchsorted(x[order], x[rows[-1]] + radius, side="right")
        cols = order[start:upto]
        d = np.hypot(xy[rows, None, 0] - xy[None, cols, 0], xy[rows, None, 1] - xy[None, cols, 1])
        a, b = np.nonzero(d <= radius)
        later = b > a
        parts_i.append(rows[a[later]])
        parts_j.append(cols[b[later]])
        parts_d.append(d[a[later], b[later]])
    return area / 1e4, (np.concatenate(parts_i), np.concatenate(parts_j),
                        np.concatenate(parts_d))


class Deadline:
    """Feedback that cancels after ``seconds``, remembering the progress reached."""

    def __init__(self, seconds):
        self.seconds, self.percent = seconds, 0.0
        self.start = time.perf_counter()

    def setProgress(self, percent):  # noqa: N802
        self.percent = percent

    def isCanceled(self):  # noqa: N802
        return self.seconds is not None and time.perf_counter() - self.start > self.seconds


def _peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _usage():
    """(peak MB, CPU seconds) of this process: run on each worker."""
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_maxrss / 1024.0, use.ru_utime + use.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patches", type=int, default=2000)
    parser.add_argument("--side", type=float, default=20000.0)
    parser.add_argument("--radius", type=float, default=None)
    parser.add_argument("--npz", help="patches.npz of a bench_province.py run")
    parser.add_argument("--within", type=float, help="with --npz: a band of M metres in y")
    parser.add_argument("--seconds", type=float, help="cancel after S seconds")
    parser.add_argument("--dask", default="", help="Dask scheduler: local:N or tcp://host:port")
    args = parser.parse_args()

    if args.npz:
        args.radius = args.radius or 3000.0
        capacities, links = from_npz(args.npz, args.radius, args.within)
        print("%s: patches with centres within %.0f m linked" % (args.npz, args.radius))
    else:
        args.radius = args.radius or 1000.0
        capacities, links = layout(args.patches, args.side, args.radius)
        print("%d patches in %.0f x %.0f m, links up to %.0f m" % (
            args.patches, args.side, args.side, args.radius))
    patches, n_links = len(capacities), len(links[0])
    print("cores: %d, memory: %.1f GB, load average: %.2f" % (
        os.cpu_count(), os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9,
        os.getloadavg()[0]))
    print("%d patches, %d links (%.1f per patch)" % (patches, n_links, 2.0 * n_links / patches))

    cluster = Cluster(args.dask) if args.dask else None
    wall, cpu = time.perf_counter(), time.process_time()
    deadline = Deadline(args.seconds)
    try:
        result = connectivity(capacities, links, d0=1000.0, p0=0.5, threshold=args.radius,
                              feedback=deadline, cluster=cluster)
    except Cancelled:
        result = None
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak_mb = _peak_mb()
    if cluster is not None:
        usage = sorted(cluster.client.run(_usage).values())
        print("on %s: %d workers, peak per worker %s MB, CPU per worker %s s (their sum is "
              "the core-seconds, which the load of a shared machine does not inflate)" % (
                  args.dask, cluster.workers, "/".join("%.0f" % m for m, _ in usage),
                  "/".join("%.1f" % c for _, c in usage)))
        cluster.close()
    if result is None:
        print("cancelled after %.1f s wall (%.1f s CPU) at %.2f %% done: about %.0f s for the "
              "whole by the progress bar; peak %.0f MB" % (
                  wall, cpu, deadline.percent, wall * 100.0 / max(deadline.percent, 1e-9),
                  peak_mb))
        return

    print("components: %d, PC = %.6g, ECA = %.6g ha, IIC = %.6g" % (
        result.n_components, result.PC, result.ECA, result.IIC))
    print("patches with dPCconnector > 0: %d, largest dPC %.4f %%, largest dPCconnector %.4f %%"
          % ((result.dPCconnector > 0).sum(), result.dPC.max(), result.dPCconnector.max()))
    print("PC + dPC fractions + IIC + dIIC: %.1f s wall, %.1f s CPU, peak %.0f MB" % (
        wall, cpu, peak_mb))


if __name__ == "__main__":
    main()
