"""Scheduling of a patch graph's components (graph.py): blocks of targets and their removal
batches on a pool of threads, within a memory budget.

Step 1 of graph.py's method runs for one block of targets at a time, and step 2 for batches
of that block's targets as sources; a block is dropped once its batches are summed, so only
a few blocks are alive at once.
"""
import os
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

import numpy as np

from ..errors import Cancelled
from .graph_paths import _Component

# Sources solved together in one batch of the removal tables (fewer, larger numpy calls),
# fewer on large or deep components: a batch's table holds at most _BATCH_CELLS cells.
_BATCH = 24
_BATCH_CELLS = 4000000

# A block of targets holds at most this many bytes of paths (distance, next hop and depth per
# (node, target), during the sweeps and as their transposes: _PATH_BYTES); blocks are alive
# together up to (threads + 1) times this.
_BLOCK_BYTES = 192 << 20
_PATH_BYTES = 32


class _Job:
    """One component of one metric: its shortest paths block by block of targets."""

    def __init__(self, analysis, nodes, i, j, w):
        self.analysis, self.nodes = analysis, nodes
        self.comp = _Component(len(nodes), i, j, w)
        c = len(nodes)
        width = max(1, min(c, _BLOCK_BYTES // (_PATH_BYTES * c)))
        self.blocks = [(lo, min(c, lo + width)) for lo in range(0, c, width)]
        self.left = len(self.blocks)

    def paths(self, block, stop):
        return _Block(self, self.comp.all_pairs(*block, stop))

    def block_done(self):
        self.left -= 1
        if not self.left:
            self.comp = None


class _Block:
    """The shortest paths towards the nodes lo..hi-1 of a component, kept until the removals
    seen from those nodes as sources are summed."""

    def __init__(self, job, paths):
        self.job, self.paths = job, paths
        self.cells = job.comp.c * (paths.hi - paths.lo)
        self.batches = []
        self.left = 0

    def finish_paths(self):
        """Total and flux of these targets; the removal batches to do (in the caller)."""
        job, paths = self.job, self.paths
        an, nodes = job.analysis, job.nodes
        total, flux = _target_sums(paths, an.a[nodes], an.f)
        an.total += total
        an.flux[nodes[paths.lo:paths.hi]] = flux
        an.keep(nodes, paths.lo, paths.hi, paths.dist_to)
        self.batches = _source_batches(paths, len(nodes))
        self.left = len(self.batches)
        return self.batches

    def losses(self, sources, stop):
        an = self.job.analysis
        return self, self.job.comp._batch_losses(self.paths, sources, an.a[self.job.nodes],
                                                 an.f, an.quantum, stop)

    def add_losses(self, part):
        self.job.analysis.loss[self.job.nodes] += part
        self.left -= 1
        if not self.left:
            self.paths = None             # its matrices are no longer needed
            self.job.block_done()


def _target_sums(paths, ac, f):
    """The targets' part of the total, sum_x a_x sum_j a_j f(D_jx), and their flux."""
    lo, hi = paths.lo, paths.hi
    weighted = np.concatenate([f(paths.dist_to[r:r + 1024]) @ ac
                               for r in range(0, hi - lo, 1024)])
    at = ac[lo:hi]
    return float(at @ weighted), at * (weighted - at * f(0.0))


def _source_batches(paths, c):
    """The targets as sources, in batches of at most _BATCH, and of at most _BATCH_CELLS
    (source, node, depth) cells of the removal table (the depth estimated from the trees)."""
    lo, hi = paths.lo, paths.hi
    cells = (paths.tree_depth.max(axis=1).astype(np.float64) + 2.0) * c
    batches, start = [], 0
    while start < hi - lo:
        room = np.cumsum(cells[start:start + _BATCH]) <= _BATCH_CELLS
        stop_at = start + max(1, int(room.sum()))
        batches.append(np.arange(lo + start, lo + stop_at))
        start = stop_at
    return batches


def _run(analyses, feedback):
    """All components of all metrics on a pool of threads (numpy releases the interpreter
    lock in its loops): the shortest paths of a block of targets, then that block's removal
    batches; a new block starts while the live ones hold less than (threads + 1) blocks'
    bytes. Only this thread talks to ``feedback``; workers look at ``stop``. On a Dask
    cluster (engine/cluster.py) the blocks are its tasks instead (graph_cluster.py)."""
    todo = [(job, block) for an in analyses for job in an.jobs for block in job.blocks]
    todo.reverse()                                 # popped from the end: in order
    # Work units: about c per (node, target) for the paths, 4 c for the removals.
    total = sum(5.0 * len(job.nodes) ** 2 for an in analyses for job in an.jobs) or 1.0
    done = 0.0
    stop = threading.Event()
    workers = max(1, os.cpu_count() or 1)
    room = (workers + 1) * _BLOCK_BYTES
    live = 0                                       # bytes of the blocks alive
    pending = set()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            while True:
                while todo:
                    job, (lo, hi) = todo[-1]
                    need = _PATH_BYTES * len(job.nodes) * (hi - lo)
                    if live and live + need > room:
                        break
                    todo.pop()
                    live += need
                    pending.add(pool.submit(job.paths, (lo, hi), stop))
                if not pending:
                    break
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    result = future.result()
                    if isinstance(result, _Block):
                        done += result.cells
                        for sources in result.finish_paths():
                            pending.add(pool.submit(result.losses, sources, stop))
                    else:
                        block, part = result
                        done += 4.0 * block.cells / len(block.batches)
                        block.add_losses(part)
                        if block.paths is None:
                            live -= _PATH_BYTES * block.cells
                if feedback.isCanceled():
                    raise Cancelled()
                feedback.setProgress(100.0 * done / total)
        except BaseException:
            stop.set()
            for future in pending:
                future.cancel()
            raise

