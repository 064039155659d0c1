"""Cost distance's tiles as Dask tasks, re-solved in rounds to the fixed point (see
network/costdistance_runner.py and cluster.py).

The in-process tiled run solves one marked tile at a time, the one whose ring was lowered
to the lowest distance. Here a round solves many at once: the marked tiles in that order,
leaving out every tile next to one already taken, so that no tile of a round reads (in its
ring) the cells another one writes. A worker reads its window of the cost and of the
distances and allocations so far from the files (in a folder beside the output, which every
worker sees), solves it with costdistance_tile.solve_tile, and gives back its tile's cells
and per side the lowest distance it lowered there; this process writes them into the
files and marks the neighbours, between the rounds, as the in-process run does between
solves. So the fixed point and its proof are the in-process run's: the distances are the
exact least costs, and the allocations differ only where two sources tie (to
costdistance._TIE), as any order of solves may. The choice of a round depends only on what
earlier rounds gave, not on which worker finished first, so a rerun (also after a worker
died and its tiles ran elsewhere) gives the same result.

Tiles are sized to a worker's share of the memory budget, and small enough that a round
can give every worker several tiles (a tile's eight neighbours wait while it is solved).
Not smaller: every solve reads and prepares its whole window again.
"""
import math

import numpy as np

from ..cluster import TaskFeedback
from .costdistance_tile import RING, _cells, _SolveFeedback, mark, solve_tile, window_bytes
from ..io.gdalio import RasterReader
from ..io.tiling import MIN_TILE, TILE_ALIGN, DiskArray, choose_tile_size
from ..tile_tasks import task_budget_bytes

# Tiles per worker: a quarter of them at most can be solved in one round, none next to
# another. More tiles are solved more often: on the 40 m province on 2 workers 8 per worker
# (60 tiles) took 195 solves and 30 CPU seconds, 3 per worker (18 tiles) 56 and 17.
TILES_PER_WORKER = 3


def tile_size(rows, cols, workers, worker_budget_mb):
    """The side of the tiles: the largest whose window fits a task's share of a worker's
    budget (tile_tasks.task_budget_bytes: sized to the whole budget, a 5 m province's tiles
    of 4,864 cells held 1.78 GB of a 2 GiB worker, past the 80 % at which Dask pauses it),
    and no larger than gives TILES_PER_WORKER tiles to each worker."""
    fitting = choose_tile_size(rows, cols, RING, task_budget_bytes(worker_budget_mb),
                               window_bytes)
    spread = int(math.ceil(math.sqrt(rows * cols / float(TILES_PER_WORKER * workers))))
    if spread >= TILE_ALIGN:
        spread -= spread % TILE_ALIGN
    return max(MIN_TILE, min(fitting, spread))


class _Kept:
    """A worker's view of one of the run's arrays: read from the file the run writes,
    the tile's new cells kept to send back (only the run writes its files)."""

    def __init__(self, path, shape, dtype):
        self.array = DiskArray(path, shape, dtype, create=False)
        self.values = None

    def __getitem__(self, window):
        return self.array[window]

    def __setitem__(self, window, values):
        self.values = np.ascontiguousarray(values)

    def close(self):
        self.array.close()


def _solve_task(item, stop):
    """One tile's solve on a worker: (lowest lowered distance per side, the tile's
    distances, its allocations or None)."""
    (cost_path, dist_path, alloc_path, shape, limit), tile, first = item
    reader = RasterReader(cost_path)
    dist = _Kept(dist_path, shape, np.float64)
    alloc = None if alloc_path is None else _Kept(alloc_path, shape, np.int32)
    try:
        lowest = solve_tile(reader, tile, dist, alloc, first, limit, TaskFeedback(stop))
    finally:
        reader.close()
        for array in (dist, alloc):
            if array is not None:
                array.close()
    return lowest, dist.values, None if alloc is None else alloc.values


def next_round(due, neighbours):
    """The marked tiles of the next round: in order of their key (then index), each not next
    to one taken before it."""
    taken, blocked = [], set()
    for k in sorted(due, key=lambda k: (due[k], k)):
        if k not in blocked:
            taken.append(k)
            blocked.add(k)
            blocked.update(neighbours[k].values())
    return taken


def settle_in_rounds(cluster, reader, plan, neighbours, due, limit, dist, alloc, feedback):
    """network.costdistance_runner._settle_tiles's solves, from the seeded ``dist`` and ``alloc``
    and the marked tiles ``due``, in rounds of tasks on ``cluster``."""
    job = (reader.path, dist.path, None if alloc is None else alloc.path, dist.shape, limit)
    solved = np.zeros(len(plan), bool)
    solves = 0
    while due:
        taken = next_round(due, neighbours)
        for k in taken:
            del due[k]
        for array in (dist, alloc):
            if array is not None:
                array.flush()

        def take(n, result):
            k = taken[n]
            lowest, d, a = result
            dist[_cells(plan[k])] = d
            if alloc is not None:
                alloc[_cells(plan[k])] = a
            mark(due, neighbours[k], lowest)

        # the job (a few names and numbers) goes with each task, not scattered to the
        # workers as ``shared``: data scattered after a worker died may be lost with it,
        # and then the scheduler cancels the tasks that need it
        cluster.map(_solve_task, [(job, plan[k], not solved[k]) for k in taken],
                    _SolveFeedback(feedback, solves, len(plan), len(taken)),
                    weights=[plan[k].win_rows * plan[k].win_cols for k in taken],
                    take=take)
        solved[taken] = True
        solves += len(taken)
