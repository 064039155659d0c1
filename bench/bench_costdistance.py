#!/usr/bin/env python3
"""Wall time and peak memory of accumulated_cost against GRASS r.cost on the same raster.

A deterministic cost raster (smooth-ish costs 1-100 from three octaves of interpolated noise
plus fine noise, 2 % barrier cells at nodata -9999, 10 m cells, EPSG:28992) with 50 sources.
Ours runs in a fresh process (so its peak memory is its own) on the arrays; r.cost, when GRASS
is installed, runs on the same GeoTIFFs imported into a temporary location, and only the
r.cost call is timed (8 neighbours, no -k, with the nearest-source map since ours also
allocates; memory= large enough to run in RAM rather than on its segment files). Both
results are then compared cell by cell.

Usage: bench_costdistance.py [SIZE] [--walls N]   (default: 4000, no walls)

--walls N adds N long straight barrier walls with a 4-cell gap every 150 cells, so that
least-cost paths must wind through the gaps (a harder case for the sweeps: more of them).
"""
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELL = 10.0
NODATA = -9999.0
SOURCES = 50


def make_inputs(size, seed=42, walls=0):
    """(cost float32 with NODATA barriers, sources int32 ids) — the same for every run."""
    rng = np.random.default_rng(seed)
    field = np.zeros((size, size))
    for scale, weight in ((400, 0.5), (80, 0.3), (16, 0.2)):
        knots = size // scale + 2
        coarse = rng.random((knots, knots))
        x = np.linspace(0.0, knots - 1.0001, size)
        i = x.astype(int)
        f = x - i
        rows = coarse[i] * (1 - f)[:, None] + coarse[i + 1] * f[:, None]
        field += weight * (rows[:, i] * (1 - f) + rows[:, i + 1] * f)
    field += 0.15 * rng.random((size, size))
    cost = (1.0 + 99.0 * (field - field.min()) / (field.max() - field.min())).astype(np.float32)
    cost[rng.random((size, size)) < 0.02] = NODATA
    for k in range(walls):
        r, c = rng.integers(0, size, 2)
        along = np.arange(rng.integers(size // 20, size // 3))
        along = np.minimum(along[along % 150 > 3] + (c if k % 2 else r), size - 1)
        if k % 2:
            cost[r, along] = NODATA
        else:
            cost[along, c] = NODATA
    sources = np.zeros((size, size), np.int32)
    placed = 0
    while placed < SOURCES:
        r, c = rng.integers(0, size, 2)
        if cost[r, c] > 0 and sources[r, c] == 0:
            placed += 1
            sources[r, c] = placed
    return cost, sources


def write_tif(path, array, nodata):
    from osgeo import gdal, osr
    gdal.UseExceptions()
    rows, cols = array.shape
    kind = gdal.GDT_Float32 if array.dtype == np.float32 else gdal.GDT_Int32
    ds = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, kind,
                                              ["TILED=YES", "COMPRESS=DEFLATE"])
    ds.SetGeoTransform((180000.0, CELL, 0.0, 340000.0, 0.0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None


def ours(folder):
    """Child process: time accumulated_cost on the saved arrays, save its result."""
    sys.path.insert(0, ROOT)
    from zoemzone_plugin.engine.network.costdistance import accumulated_cost
    cost = np.load(os.path.join(folder, "cost.npy"))
    sources = np.load(os.path.join(folder, "sources.npy"))
    start = time.perf_counter()
    distance, allocation = accumulated_cost(cost, sources, CELL)
    seconds = time.perf_counter() - start
    np.save(os.path.join(folder, "ours.npy"), distance)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


GRASS_SCRIPT = """set -e
r.in.gdal -o input=cost.tif output=cost --quiet
r.in.gdal -o input=sources.tif output=sources --quiet
g.region raster=cost
start=$(date +%s.%N)
r.cost input=cost start_raster=sources output=acc nearest=near memory={memory} --quiet
end=$(date +%s.%N)
echo "RCOST_SECONDS $start $end"
r.out.gdal input=acc output=rcost.tif type=Float64 --quiet
"""


def grass(folder, size):
    """Seconds of the r.cost call alone, and its result in map units (or None)."""
    memory = max(300, int(size * size * 60 / 1e6))  # MB: r.cost's in-RAM segments
    script = os.path.join(folder, "rcost.sh")
    with open(script, "w") as f:
        f.write(GRASS_SCRIPT.format(memory=memory))
    proc = subprocess.run(["grass", "--tmp-location", "EPSG:28992", "--exec", "sh", script],
                          cwd=folder, capture_output=True, text=True)
    line = [x for x in proc.stdout.splitlines() if x.startswith("RCOST_SECONDS")]
    if proc.returncode or not line:
        print(proc.stdout[-2000:], proc.stderr[-2000:])
        raise SystemExit("r.cost failed")
    start, end = map(float, line[0].split()[1:])
    from osgeo import gdal
    gdal.UseExceptions()
    result = gdal.Open(os.path.join(folder, "rcost.tif")).ReadAsArray().astype(np.float64)
    return end - start, result * CELL, memory


def main(size, walls):
    print("cores: %d, memory: %.1f GB" % (os.cpu_count(),
          os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9))
    cost, sources = make_inputs(size, walls=walls)
    print("%d x %d cells of %g m, %d sources, %.1f %% barrier cells%s"
          % (size, size, CELL, SOURCES, 100.0 * np.mean(cost == NODATA),
             ", %d walls with gaps" % walls if walls else ""))
    with tempfile.TemporaryDirectory() as folder:
        np.save(os.path.join(folder, "cost.npy"), cost)
        np.save(os.path.join(folder, "sources.npy"), sources)
        proc = subprocess.run([sys.executable, __file__, "--ours", folder],
                              capture_output=True, text=True)
        if proc.returncode:
            print(proc.stderr)
            sys.exit(1)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        print("zoemzone accumulated_cost: %7.1f s, peak %6.0f MB" % (r["seconds"], r["peak_mb"]))
        if shutil.which("grass") is None:
            print("skipping r.cost: grass not installed (apt-get install grass-core)")
            return
        write_tif(os.path.join(folder, "cost.tif"), cost, NODATA)
        write_tif(os.path.join(folder, "sources.tif"), sources, 0)
        seconds, theirs, memory = grass(folder, size)
        print("GRASS r.cost (memory=%d):  %7.1f s (the r.cost call only)" % (memory, seconds))
        mine = np.load(os.path.join(folder, "ours.npy"))
        same_nan = np.array_equal(np.isnan(mine), np.isnan(theirs))
        both = ~np.isnan(mine) & ~np.isnan(theirs) & (theirs > 0)
        worst = float(np.max(np.abs(mine[both] - theirs[both]) / theirs[both], initial=0.0))
        print("same unreachable cells: %s; largest relative difference: %.2g"
              % (same_nan, worst))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--ours"]:
        ours(sys.argv[2])
    else:
        args = sys.argv[1:]
        walls = 0
        if "--walls" in args:
            at = args.index("--walls")
            walls = int(args[at + 1])
            del args[at:at + 2]
        main(int(args[0]) if args else 4000, walls)
