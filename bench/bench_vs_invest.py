#!/usr/bin/env python3
"""Habitat suitability side by side with natcap.invest 3.20.2's pollination model.

One land-use raster (../shared/tools/make_landscape.py, 10 m, seed 7) and one pair of tables
(by default the InVEST reference case's biophysical.csv and guild.csv, which cover every code
make_landscape writes) go through natcap.invest.pollination.execute in the InVEST venv's python
and through our run_to_files (with InVEST's file layout) in /usr/bin/python3, each in a fresh
process. Printed: the wall time of the model call itself and of the whole process (start-up
and imports included), the ratio, each side's peak memory, and for every file both workspaces
hold under the same name (pollinator_supply_*, pollinator_abundance_*,
total_pollinator_abundance_*, intermediate_outputs/habitat_nesting_index_* and
floral_resources_*) the largest absolute difference relative to the file's largest value.

The InVEST venv is ${INVEST_VENV:-~/.cache/invest-venv}, built by ../shared/tools/setup_invest.sh
(needs Debian's libgdal-dev); without it the benchmark says so and exits 0.
Target (issue 6): 4,000 x 4,000 cells at least 10 times faster, outputs equal to 1e-5 relative.

With --truth the model is also computed in float64 throughout (per-cell values, FFT
convolutions, quotients and sums; the same formulas), and each file of both workspaces is
compared with it: this tells whose round-off a difference between the two is.

Usage: bench_vs_invest.py [--size 4000] [--biophysical CSV] [--guild CSV] [--keep DIR] [--truth]
"""
import argparse
import glob
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
TOOLS = os.path.join(SHARED, "tools")
CASE = os.path.join(SHARED, "reference", "pollination", "case1")
OURS_PYTHON = "/usr/bin/python3"
PATTERNS = ("pollinator_supply_*.tif", "pollinator_abundance_*.tif",
            "total_pollinator_abundance_*.tif",
            os.path.join("intermediate_outputs", "habitat_nesting_index_*.tif"),
            os.path.join("intermediate_outputs", "floral_resources_*.tif"))
TOLERANCE = 1e-5


def invest_python():
    venv = os.environ.get("INVEST_VENV") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "invest-venv")
    return os.path.join(venv, "bin", "python")


# --- the two runs (each in its own process) -----------------------------------------------

def run_invest(landuse, biophysical, guild, workspace):
    from natcap.invest import pollination
    args = {"workspace_dir": workspace, "landcover_raster_path": landuse,
            "landcover_biophysical_table_path": biophysical, "guild_table_path": guild,
            "n_workers": -1, "results_suffix": ""}
    start = time.perf_counter()
    pollination.execute(args)
    return time.perf_counter() - start


def run_ours(landuse, biophysical, guild, workspace):
    sys.path.insert(0, ROOT)
    from zoemzone_plugin.engine.pollination.runner import run_to_files
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    start = time.perf_counter()
    tables = read_pollination_tables(biophysical, guild)
    run_to_files(landuse, tables, {}, invest_folder=workspace)
    return time.perf_counter() - start


def one_run(which, landuse, biophysical, guild, workspace):
    seconds = {"invest": run_invest, "ours": run_ours}[which](landuse, biophysical, guild,
                                                              workspace)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


# --- the driver ---------------------------------------------------------------------------

def timed_process(python, which, landuse, biophysical, guild, workspace):
    start = time.perf_counter()
    proc = subprocess.run([python, os.path.abspath(__file__), "--one", which, landuse,
                           biophysical, guild, workspace], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode:
        print("the %s run failed (exit code %d):\n%s" % (which, proc.returncode,
                                                         proc.stderr[-3000:]))
        sys.exit(1)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_seconds"] = wall
    return result


def read_valid(path):
    """A file's first band as float64 and its valid cells (finite, not nodata)."""
    import numpy as np
    from osgeo import gdal
    gdal.UseExceptions()
    ds = gdal.Open(path)     # kept while the band is used (GDAL frees it otherwise)
    band = ds.GetRasterBand(1)
    a = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    band = ds = None
    valid = np.isfinite(a)
    if nodata is not None:
        valid &= a != nodata
    return a, valid


def relative_difference(path_a, path_b):
    """max |a - b| / max |a| over the cells valid in both, and whether the nodata agree."""
    return compare(*read_valid(path_a), *read_valid(path_b))


def compare(a, va, b, vb):
    import numpy as np
    if a.shape != b.shape:
        return float("inf"), False
    both = va & vb
    top = float(np.abs(a[both]).max()) if both.any() else 0.0
    diff = float(np.abs(a[both] - b[both]).max()) if both.any() else 0.0
    return (diff / top if top > 0 else diff), bool((va == vb).all())


def float64_truth(landuse, biophysical, guild):
    """InVEST file name -> the model's value in float64 (NaN at nodata), for every file both
    sides write. The convolver's correlations and weights are already float64; here the
    per-cell values, quotients and sums are too, where run_pollination keeps float32."""
    import numpy as np
    sys.path.insert(0, ROOT)
    from zoemzone_plugin.engine.pollination.convolution import MaskedConvolver, exponential_kernel
    from zoemzone_plugin.engine.io.gdalio import read_landuse
    from zoemzone_plugin.engine.pollination.model import (CodeIndex, flowers_per_code,
                                                          kernels_by_alpha, nesting_per_code)
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    tables = read_pollination_tables(biophysical, guild)
    lu, valid, grid = read_landuse(landuse)
    index = CodeIndex(lu, valid, tables.biophysical.codes)
    del lu

    def values(per_code):
        return np.append(np.asarray(per_code, np.float64)[index.order], 0.0)[index.rows]
    groups = kernels_by_alpha(tables, grid.pixel_size)
    conv = MaskedConvolver(valid, max(2 * int(np.floor(5.0 * a)) + 1 for a in groups))
    truth, totals = {}, {}
    for alpha_px, guilds in groups.items():
        conv.use_kernel(exponential_kernel(alpha_px))
        weight = np.where(valid, conv.weight, np.nan)
        for g in guilds:
            fe = values(sum(flowers_per_code(tables, g, j) for j in tables.seasons))
            fr = conv.correlate(fe) / weight
            hn = values(nesting_per_code(tables, g))
            ps = tables.abundance_share(g) * hn * fr
            visits = conv.correlate(np.where(valid, ps, 0.0)) / weight
            visits = np.where(fr > 0, visits / np.where(fr > 0, fr, 1.0), 0.0)
            truth["pollinator_supply_%s.tif" % g.species] = ps
            truth[os.path.join("intermediate_outputs",
                               "habitat_nesting_index_%s.tif" % g.species)] = hn
            truth[os.path.join("intermediate_outputs",
                               "floral_resources_%s.tif" % g.species)] = fr
            for j in tables.seasons:
                pa = values(flowers_per_code(tables, g, j)) * visits
                truth["pollinator_abundance_%s_%s.tif" % (g.species, j)] = pa
                totals[j] = totals.get(j, 0.0) + pa
    for j, total in totals.items():
        truth["total_pollinator_abundance_%s.tif" % j] = total
    return {name: np.where(valid, a, np.nan) for name, a in truth.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=4000, help="rows and columns (default 4000)")
    ap.add_argument("--biophysical", default=os.path.join(CASE, "biophysical.csv"))
    ap.add_argument("--guild", default=os.path.join(CASE, "guild.csv"))
    ap.add_argument("--keep", help="work in this folder and keep both workspaces")
    ap.add_argument("--truth", action="store_true",
                    help="also compare both sides with the model computed in float64")
    a = ap.parse_args()
    print("cores: %d, memory: %.1f GB" % (os.cpu_count(),
          os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9))
    python = invest_python()
    check = subprocess.run([python, "-c", "import natcap.invest; print(natcap.invest.__version__)"],
                           capture_output=True, text=True) if os.path.exists(python) else None
    if check is None or check.returncode:
        print("SKIPPED: no natcap.invest venv at %s. Build it with "
              "`apt-get install -y libgdal-dev && bash %s`, then rerun."
              % (os.path.dirname(os.path.dirname(python)),
                 os.path.join(TOOLS, "setup_invest.sh")))
        return
    version = check.stdout.strip()
    folder = a.keep or tempfile.mkdtemp(prefix="zz_vs_invest_")
    os.makedirs(folder, exist_ok=True)
    try:
        landuse = os.path.join(folder, "landuse.tif")
        subprocess.run([OURS_PYTHON, os.path.join(TOOLS, "make_landscape.py"), landuse,
                        "--rows", str(a.size), "--cols", str(a.size), "--cell", "10",
                        "--seed", "7"], check=True)
        print("%d x %d cells (%.1f M) at 10 m; tables %s, %s; natcap.invest %s"
              % (a.size, a.size, a.size * a.size / 1e6, os.path.relpath(a.biophysical),
                 os.path.relpath(a.guild), version))
        runs = {}
        for which, exe in (("ours", OURS_PYTHON), ("invest", python)):
            workspace = os.path.join(folder, which)
            shutil.rmtree(workspace, ignore_errors=True)
            runs[which] = timed_process(exe, which, landuse, os.path.abspath(a.biophysical),
                                        os.path.abspath(a.guild), workspace)
            r = runs[which]
            print("  %-9s model %8.1f s, process %8.1f s, peak %6.0f MB"
                  % ("InVEST" if which == "invest" else "Zoem Zone", r["seconds"],
                     r["process_seconds"], r["peak_mb"]))
        print("  ratio     model %8.1f x, process %7.1f x (InVEST / Zoem Zone)"
              % (runs["invest"]["seconds"] / runs["ours"]["seconds"],
                 runs["invest"]["process_seconds"] / runs["ours"]["process_seconds"]))
        names = set()
        for pattern in PATTERNS:
            found = [set(os.path.relpath(p, os.path.join(folder, w))
                         for p in glob.glob(os.path.join(folder, w, pattern)))
                     for w in ("ours", "invest")]
            names |= found[0] & found[1]
            for w, only in (("Zoem Zone", found[0] - found[1]),
                            ("InVEST", found[1] - found[0])):
                for name in sorted(only):
                    print("  only %s wrote %s" % (w, name))
        worst, worst_name = 0.0, None
        print("  largest |difference| / largest value, per file (%d files):" % len(names))
        for name in sorted(names):
            rel, same_nodata = relative_difference(os.path.join(folder, "ours", name),
                                                   os.path.join(folder, "invest", name))
            print("    %-62s %.2e%s" % (name, rel, "" if same_nodata else "  (nodata differ)"))
            if rel >= worst:
                worst, worst_name = rel, name
        print("  worst: %.2e in %s (%s %g)" % (worst, worst_name,
                                               "within" if worst <= TOLERANCE else "ABOVE",
                                               TOLERANCE))
        if a.truth:
            import numpy as np
            truth = float64_truth(landuse, a.biophysical, a.guild)
            print("  largest |difference| / largest value against the float64 model:")
            print("    %-62s %9s %9s" % ("file", "Zoem Zone", "InVEST"))
            for name in sorted(names & set(truth)):
                exact = truth[name]
                rels = [compare(exact, np.isfinite(exact),
                                *read_valid(os.path.join(folder, w, name)))[0]
                        for w in ("ours", "invest")]
                print("    %-62s %9.2e %9.2e" % (name, rels[0], rels[1]))
    finally:
        if not a.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one_run(*sys.argv[2:7])
    else:
        main()
