"""The connectivity graph's blocks of source patches as Dask tasks (see cluster.py).

A block of targets is a unit that needs nothing from the others (graph.py: the distances
towards one target do not depend on those towards another, and the block's targets are the
sources of its removals), so a task computes a block's shortest paths and all of its removal
batches, and returns its part of the total, its flux and its connector losses. The client
adds the parts up in block order, whatever order the workers finish in, so a run gives the
same sums however its tasks fall on the workers.

Blocks are made from the worker's share of the memory budget, and no wider than a share of
the component per worker, so that every worker gets one of each index (PC and IIC) at least.
Not narrower: every block sweeps all rows of the component again, so on a graph that fits one
block, 16 blocks took three times as long on one worker as one block (2,000 patches). The
graph itself (the links and the sweep orders, found once here) goes to every worker once.
"""
import math

import numpy as np

from .graph_paths import _Component
from .graph_schedule import _PATH_BYTES, _source_batches, _target_sums

# The share of a worker's memory its paths may take; the removal tables need the rest.
PATH_SHARE = 0.5


def block_width(c, worker_budget_mb, workers):
    """Targets per block of a component of c patches on ``workers`` workers of this budget
    (MiB)."""
    by_memory = int(PATH_SHARE * worker_budget_mb * 2 ** 20 // (_PATH_BYTES * c))
    return max(1, min(c, by_memory, int(math.ceil(c / float(workers)))))


def _links(comp):
    """A component's links (i < j) back from its adjacency lists, for the workers."""
    owner = np.repeat(np.arange(comp.c), comp.degree)
    once = owner < comp.indices
    return owner[once], comp.indices[once], comp.weights[once]


def _block_task(*args):
    """One block on a worker: (total, flux of the targets, connector losses, distances
    towards the targets or None)."""
    payloads, (which, lo, hi), stop = args[:-2], args[-2], args[-1]
    c, i, j, w, orders, ac, f, quantum, keep = payloads[which]
    comp = _Component(c, i, j, w)
    comp._orders = orders
    paths = comp.all_pairs(lo, hi, stop)
    total, flux = _target_sums(paths, ac, f)
    loss = np.zeros(c)
    for sources in _source_batches(paths, c):
        loss += comp._batch_losses(paths, sources, ac, f, quantum, stop)
    return total, flux, loss, paths.dist_to if keep else None


def run_on_cluster(analyses, feedback, cluster):
    """graph._run's work (all jobs of all analyses) as one task per block on ``cluster``."""
    payloads, items, weights, owners = [], [], [], []
    for an in analyses:
        for job in an.jobs:
            comp = job.comp
            c = comp.c
            payloads.append((c,) + _links(comp) + (comp.orders(), an.a[job.nodes], an.f,
                                                    an.quantum, an.blocks is not None))
            width = block_width(c, cluster.worker_budget_mb, cluster.workers)
            for lo in range(0, c, width):
                hi = min(c, lo + width)
                items.append((len(payloads) - 1, lo, hi))
                weights.append(5.0 * c * (hi - lo))
                owners.append(job)
    if not items:
        return
    # Cluster.map hands the largest blocks out first: the small ones then fill the workers'
    # gaps at the end instead of a large one running alone
    results = cluster.map(_block_task, items, feedback, weights, shared=payloads)
    for (_, lo, hi), job, (total, flux, loss, dist_to) in zip(items, owners, results):
        an, nodes = job.analysis, job.nodes
        an.total += total
        an.flux[nodes[lo:hi]] = flux
        an.loss[nodes] += loss
        an.keep(nodes, lo, hi, dist_to)
    for an in analyses:
        for job in an.jobs:
            job.comp = None
