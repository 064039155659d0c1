"""What the raster models' Dask tasks share (see cluster.py): tiles sized for a worker, a
scratch folder the workers write to, and the client's side that takes their layers in.

A raster task reads its tile's window (tile + halo) itself, computes, and saves the tile's
layers as .npy files in a scratch folder beside the run's outputs (a folder every worker
sees when the outputs are on a shared or network file system); it returns their paths and
the small figures the run gathers. The client writes the layers into its output files as
the tasks come back, so only it writes those files, and deletes the .npy files as it reads
them. A task that is run again (its worker died) writes the same files again.
"""
import contextlib
import os
import shutil
import tempfile

import numpy as np

from .pollination.convolution import THREADS, fft_cells
from .errors import Note
from .io.gdalio import landuse_reader
from .progress import tell
from .io.tiling import MIN_TILE, TILE_ALIGN, choose_tile_size, plan_tiles

# Tile sides are weighed only up to this many tiles per worker: more would not balance the
# work better, only add halos (and weighing them would cost time of its own)
MAX_TILES_PER_WORKER = 16
# What a task may fill of its worker's memory limit: Dask pauses a worker at 80 % of it and
# restarts one at 95 %, and a worker holds about WORKER_BASE_MB before any task (Python,
# numpy, GDAL, distributed); a tile sized to the whole limit had both workers of a 200 MiB
# limit restarted until their tasks failed.
TASK_SHARE = 0.75
WORKER_BASE_MB = 150


# local_tiles_pay: the least ratio of this process's transformed cells to the busiest local
# worker's at which the workers pay. Limburg's habitat suitability on local:2 (4,096 MiB):
# at 10 m a ratio of 0.95 ran 1.45 times as fast as here (73.6 s against 106.4 s: this
# process's two tiles of 6,400 rows transform slower per cell than the workers' 2,304-cell
# tiles), at 5 m 0.43 (tiles of 1,024 with a 1,000-cell halo) ran 1.75 times as slow
# (874 s against 501 s; 2.3 times the CPU seconds, as the transformed cells predict). The
# food gaps: 10 m went to the workers (29 s against 32 s here), 5 m at 185 % stays (269 s on
# the workers against 234 s here).
LOCAL_TRANSFORM_SHARE = 0.75


def task_budget_bytes(worker_budget_mb):
    """What one task may use on a worker whose memory limit is ``worker_budget_mb``."""
    return max(0.0, TASK_SHARE * worker_budget_mb - WORKER_BASE_MB) * 2.0 ** 20


def tile_size(rows, cols, radius, workers, worker_budget_mb, window_bytes):
    """The side of the tiles: of the sides whose window (``window_bytes(rows, cols)``, the
    model's peak memory on it) fits a task's share of a worker's budget (the largest,
    multiples of TILE_ALIGN, below it of MIN_TILE), the one with the least work for the
    busiest worker (see busiest_cells); the larger of equals. Every tile computes its window,
    halo included, so smaller tiles spread the work more evenly but add halos."""
    fitting = choose_tile_size(rows, cols, radius, task_budget_bytes(worker_budget_mb),
                               window_bytes)
    sides = {fitting} | {side for side in set(range(TILE_ALIGN, fitting + 1, TILE_ALIGN)) | set(
        range(MIN_TILE, min(fitting + 1, TILE_ALIGN), MIN_TILE))
        if -(-rows // side) * -(-cols // side) <= MAX_TILES_PER_WORKER * workers}
    return min(sides, key=lambda side: (busiest_cells(plan_tiles(rows, cols, side, radius),
                                                      workers), -side))


def busiest_cells(plan, workers):
    """The window cells the busiest of ``workers`` computes (see busiest_load)."""
    return busiest_load((tile.win_rows * tile.win_cols for tile in plan), workers)


def busiest_load(costs, workers):
    """The load of the busiest of ``workers`` when tasks of these ``costs`` are dealt largest
    first to the worker that is free first (as Cluster.map hands them out)."""
    loads = [0] * workers
    for cost in sorted(costs, reverse=True):
        loads[loads.index(min(loads))] += cost
    return max(loads)


def window_fft_cells(plan, halo):
    """The FFT cells of each window of ``plan`` with a kernel of ``halo`` radius: what a
    model's transforms cost on it, for weighing plans against each other."""
    kernel = 2 * halo + 1
    return [fft_cells(tile.win_rows, tile.win_cols, kernel) for tile in plan]


def shares_cores(cluster):
    """Whether ``cluster``'s workers would compute on the cores this process's transforms
    use already: ``local:N`` with no more workers than its FFT threads."""
    return cluster.kind == "local" and cluster.workers <= THREADS


def spreads(cluster, fits, feedback=None):
    """Whether a stage goes to ``cluster`` at all: a raster that ``fits`` this process's
    memory budget stays here when the cluster is ``local:N`` with no more workers than
    this process's transforms use threads. Those already use the cores the workers would;
    the workers would add their start (seconds), and each task its own mask transforms,
    code index and halo: seasonal food gaps of 2,000 x 2,000 cells took the two workers 1.4
    to 1.6 times the CPU seconds of the in-process run. The log says so where it stays."""
    if fits and shares_cores(cluster):
        tell(feedback, Note("This raster fits this process's memory, whose transforms use "
                            "the {workers} cores the local Dask workers would: computed in "
                            "this process.", workers=cluster.workers))
        return False
    return True


def local_tiles_pay(cluster, rows, cols, halo, budget, window_bytes, feedback=None):
    """Whether a raster that does not fit one window of this process's ``budget`` (bytes;
    ``window_bytes(rows, cols)`` a window's need) goes to ``cluster``: always, unless the
    cluster's workers would compute on this process's cores (shares_cores). Those workers
    each have a share of the budget, so their tiles are smaller and their halos a larger
    part of them; they pay while the busiest transforms at most 1 / LOCAL_TRANSFORM_SHARE
    times the FFT cells of this process's own tiles (see LOCAL_TRANSFORM_SHARE). The log
    says so where it stays."""
    if not shares_cores(cluster):
        return True
    here = plan_tiles(rows, cols, choose_tile_size(rows, cols, halo, budget, window_bytes),
                      halo)
    there = plan_tiles(rows, cols, tile_size(rows, cols, halo, cluster.workers,
                                             cluster.worker_budget_mb, window_bytes), halo)
    here_cells = sum(window_fft_cells(here, halo))
    busiest = busiest_load(window_fft_cells(there, halo), cluster.workers)
    if LOCAL_TRANSFORM_SHARE * busiest <= here_cells:
        return True
    tell(feedback, Note("This raster does not fit this process's memory at once. The {workers} "
                        "local Dask workers, each with its share of the memory budget, would "
                        "compute it in smaller tiles, the busiest transforming {percent} % of "
                        "the cells this process's tiles do on the same cores: computed in "
                        "this process, in tiles.", workers=cluster.workers,
                        percent=int(round(100.0 * busiest / here_cells))))
    return False


def cluster_for(cluster, rows, cols, halo, budget, window_bytes, feedback=None):
    """``cluster`` where a raster stage's tiles (halo ``halo``; ``window_bytes(rows, cols)``
    a window's need against this process's ``budget`` in bytes) go to it, None where they
    are computed here (see spreads and local_tiles_pay)."""
    if cluster is None:
        return None
    fits = window_bytes(rows, cols) <= budget
    if not spreads(cluster, fits, feedback):
        return None
    if not fits and not local_tiles_pay(cluster, rows, cols, halo, budget, window_bytes,
                                        feedback):
        return None
    return cluster


def tiles_pay(plan, rows, cols, halo, workers):
    """Whether the busiest of ``workers`` workers, handed the windows of ``plan`` as
    Cluster.map does (see busiest_load), transforms fewer FFT cells than the whole rows x cols
    raster in one process: the transforms a model makes are the same on each window as on
    the whole (a tiled kansenkaart splits them over its two passes), so their cells measure
    the work. A halo is work done again: on a raster only a few kernel radii wide (the Dutch
    bumblebee's 500 cells at 10 m on 2,000 cells) every window is nearly the whole raster,
    and the tiles cost several times the untiled run; one tile is the untiled run."""
    whole = fft_cells(rows, cols, 2 * halo + 1)
    return busiest_load(window_fft_cells(plan, halo), workers) < whole


@contextlib.contextmanager
def scratch_folder(beside):
    """A scratch folder beside the file ``beside`` (an output: where the workers can write
    too), removed with whatever is left in it."""
    folder = tempfile.mkdtemp(prefix=".zoemzone_tiles_",
                              dir=os.path.dirname(os.path.abspath(beside)))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def read_window(landuse_path, codes, tile):
    """(land use, valid) of a tile's window, read on the worker."""
    reader = landuse_reader(landuse_path, codes)
    try:
        return reader.read(tile.win_col, tile.win_row, tile.win_cols, tile.win_rows)
    finally:
        reader.close()


def save_layers(folder, name, tile, layers):
    """A tile's ``layers`` ((key, array) pairs) as one .npy file each; their (key, file)
    list, for ``taker``."""
    out = []
    for n, (key, array) in enumerate(layers):
        path = os.path.join(folder, "%s_%d_%d_%d.npy" % (name, tile.row, tile.col, n))
        np.save(path, array)
        out.append((key, path))
    return out


def load_layers(saved):
    """The (key, array) pairs of save_layers' files, each deleted as it is read."""
    for key, path in saved:
        array = np.load(path)
        os.remove(path)
        yield key, array


def taker(plan, write):
    """``take`` for Cluster.map of tasks returning save_layers' list: each layer handed to
    ``write(key, array, tile)``."""
    def take(n, saved):
        for key, array in load_layers(saved):
            write(key, array, plan[n])
    return take
