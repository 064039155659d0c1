"""Least-cost links between habitat patches over a resistance raster.

Connectivity graphs and corridors both need, for each patch, the accumulated cost from it
(its cost-weighted distance, CWD) and, for each pair, the least cost between them with the
path that realises it. The least cost between A and B is min over cells of CWD_A + CWD_B,
and the cell attaining it lies on the least-cost path (Linkage Mapper's normalised corridor
CWD_A + CWD_B − LCD_AB is 0 exactly along that path).
"""
import numpy as np

from .costdistance import CostSurface, accumulated_cost, least_cost_path
from ..errors import Cancelled
from ..progress import NullFeedback


def patch_distances(surface, patch_ids, patch_id, max_cost=None):
    """CWD from one patch over a prepared CostSurface (float64, NaN where unreachable or
    beyond ``max_cost``)."""
    sources = (patch_ids == patch_id).astype(np.int32)
    distance, _ = surface.accumulate(sources, max_cost, allocate=False)
    return distance


def nearest_cells(distance, patch_ids, count):
    """Per patch id 1..count: the least CWD over its cells, and the cell (flat index) there."""
    flat = np.where(np.isnan(distance), np.inf, distance).ravel()
    ids = patch_ids.ravel()
    inside = ids > 0
    order = np.lexsort((flat[inside], ids[inside]))     # by id, then by distance
    cells = np.flatnonzero(inside)[order]
    sorted_ids = ids[cells]
    first = np.searchsorted(sorted_ids, np.arange(1, count + 1))
    present = (first < sorted_ids.size)
    present[present] &= sorted_ids[first[present]] == np.arange(1, count + 1)[present]
    least = np.full(count, np.inf)
    where = np.full(count, -1)
    least[present] = flat[cells[first[present]]]
    where[present] = cells[first[present]]
    return least, where


def least_cost_links(cost, patch_ids, count, cell_size, max_cost=None, paths=False,
                     feedback=None):
    """Links (i, j, cost) between patches 1..count reachable within ``max_cost``; with
    ``paths`` also each link's least-cost path as a list of (row, col) from i to j."""
    feedback = feedback or NullFeedback()
    surface = CostSurface(cost, cell_size)
    links = []
    for i in range(1, count + 1):
        if feedback.isCanceled():
            raise Cancelled()
        distance = patch_distances(surface, patch_ids, i, max_cost)
        least, where = nearest_cells(distance, patch_ids, count)
        for j in range(i + 1, count + 1):
            if np.isfinite(least[j - 1]):
                path = None
                if paths:
                    start = divmod(int(where[j - 1]), patch_ids.shape[1])
                    path = least_cost_path(distance, cost, cell_size, start)[::-1]
                links.append((i, j, float(least[j - 1]), path))
        feedback.setProgress(100.0 * i / count)
    return links


def allocation_neighbours(allocation):
    """Pairs of source ids whose allocation zones touch (8 neighbours): Linkage Mapper's
    choice of which core areas to link when no links are given."""
    pairs = set()
    a = allocation
    for da, db in ((a[:, :-1], a[:, 1:]), (a[:-1, :], a[1:, :]),
                   (a[:-1, :-1], a[1:, 1:]), (a[:-1, 1:], a[1:, :-1])):
        touching = (da != db) & (da > 0) & (db > 0)
        lo = np.minimum(da[touching], db[touching])
        hi = np.maximum(da[touching], db[touching])
        pairs.update(zip(lo.tolist(), hi.tolist()))
    return sorted(pairs)


def corridors(cost, patch_ids, count, cell_size, width, links=None, feedback=None):
    """Normalised least-cost corridors: min over links of CWD_A + CWD_B − LCD_AB, NaN above
    ``width``; and per link (a, b, LCD, path cells from a to b).

    Without ``links``, patches whose cost-allocation zones touch are linked."""
    feedback = feedback or NullFeedback()
    if links is None:
        _, allocation = accumulated_cost(cost, patch_ids, cell_size)
        links = allocation_neighbours(allocation)
    needed = sorted({p for link in links for p in link})
    surface = CostSurface(cost, cell_size)
    cwd = {}
    for n, patch in enumerate(needed, start=1):
        if feedback.isCanceled():
            raise Cancelled()
        cwd[patch] = patch_distances(surface, patch_ids, patch).astype(np.float32)
        feedback.setProgress(80.0 * n / max(len(needed), 1))
    corridor = np.full(cost.shape, np.inf, np.float32)
    results = []
    for a, b in links:
        total = cwd[a] + cwd[b]
        if not np.isfinite(total).any():
            continue
        cell = int(np.nanargmin(total))
        lcd = float(total.flat[cell])
        start = divmod(cell, cost.shape[1])
        to_a = least_cost_path(cwd[a], cost, cell_size, start)
        to_b = least_cost_path(cwd[b], cost, cell_size, start)
        results.append((a, b, lcd, to_a[::-1] + to_b[1:]))
        np.fmin(corridor, total - lcd, out=corridor)
    corridor[~(corridor <= width)] = np.nan
    feedback.setProgress(100.0)
    return corridor, results
