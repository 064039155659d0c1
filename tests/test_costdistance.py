"""Accumulated cost distance against a plain Dijkstra and against GRASS r.cost.

The sweeps are an unusual way to compute a shortest path, so the reference here is the usual
one: a heapq Dijkstra over the same eight-neighbour graph, written independently below, on
random grids with both kinds of barrier (cost <= 0 and NaN), and on a spiral whose path winds
round and round (many sweeps). GRASS r.cost's output for the reference case is the outside
anchor. No QGIS is needed.
"""
import csv
import heapq
import math

import numpy as np
import pytest
from osgeo import gdal

from conftest import Recorder, reference
from zoemzone_plugin.engine.network import costdistance
from zoemzone_plugin.engine.network.costdistance import (CostSurface, accumulated_cost,
                                                         least_cost_path, sources_from_raster)
from zoemzone_plugin.engine.errors import Cancelled, InputError

gdal.UseExceptions()

REL = 1e-9


def dijkstra(cost, sources, cell):
    """Textbook Dijkstra: (distance with inf where unreached, source id of the nearest)."""
    rows, cols = cost.shape
    passable = np.isfinite(cost) & (cost > 0)
    dist = np.full((rows, cols), np.inf)
    owner = np.zeros((rows, cols), int)
    heap = []
    for r, c in zip(*np.nonzero(sources > 0)):
        if passable[r, c]:
            dist[r, c] = 0.0
            owner[r, c] = sources[r, c]
            heap.append((0.0, int(r), int(c)))
    heapq.heapify(heap)
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > dist[r, c]:
            continue
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                if (dr or dc) and 0 <= rr < rows and 0 <= cc < cols and passable[rr, cc]:
                    length = math.sqrt(2.0) if dr and dc else 1.0
                    nd = d + (cost[r, c] + cost[rr, cc]) / 2.0 * cell * length
                    if nd < dist[rr, cc]:
                        dist[rr, cc] = nd
                        owner[rr, cc] = owner[r, c]
                        heapq.heappush(heap, (nd, rr, cc))
    return dist, owner


def random_case(seed, rows=40, cols=55, n_sources=4):
    rng = np.random.default_rng(seed)
    cost = rng.uniform(0.2, 20.0, (rows, cols))
    cost[rng.random((rows, cols)) < 0.12] = 0.0
    cost[rng.random((rows, cols)) < 0.05] = -1.0
    cost[rng.random((rows, cols)) < 0.05] = np.nan
    # a wall with one gap, so some paths must go round
    cost[rows // 2, : cols - 6] = np.nan
    sources = np.zeros((rows, cols), np.int32)
    open_cells = np.flatnonzero(cost > 0)
    for sid, cell in enumerate(rng.choice(open_cells, n_sources, replace=False), start=1):
        sources.flat[cell] = sid
    return cost, sources


def assert_matches_dijkstra(cost, sources, cell, distance, allocation):
    expected, owner = dijkstra(cost, sources, cell)
    reached = np.isfinite(expected)
    assert np.array_equal(np.isnan(distance), ~reached)
    np.testing.assert_allclose(distance[reached], expected[reached], rtol=REL, atol=0)
    assert np.all(allocation[~reached] == 0)
    assert np.all(allocation[reached] > 0)
    # Each cell's source must be one that reaches it at that distance (ties may differ).
    for sid in np.unique(sources[sources > 0]):
        alone, _ = dijkstra(cost, np.where(sources == sid, sid, 0), cell)
        mine = reached & (allocation == sid)
        np.testing.assert_allclose(alone[mine], expected[mine], rtol=REL, atol=0)
    # Where the nearest source is clearly nearer than any other, both pick it.
    second = np.full(cost.shape, np.inf)
    for sid in np.unique(sources[sources > 0]):
        alone, _ = dijkstra(cost, np.where(sources == sid, sid, 0), cell)
        second = np.where(owner == sid, second, np.minimum(second, alone))
    clear = reached & (second > expected * (1 + 1e-6) + 1e-9)
    assert np.array_equal(allocation[clear], owner[clear])
    return expected


@pytest.mark.parametrize("seed", range(6))
def test_random_grids_equal_dijkstra(seed):
    cost, sources = random_case(seed, n_sources=1 + seed % 5)
    distance, allocation = accumulated_cost(cost, sources, 10.0)
    assert distance.dtype == np.float64 and allocation.dtype == np.int32
    assert_matches_dijkstra(cost, sources, 10.0, distance, allocation)


@pytest.mark.parametrize("shape", [(1, 30), (30, 1), (1, 1), (2, 2), (3, 70), (70, 3)])
def test_thin_grids(shape):
    rng = np.random.default_rng(sum(shape))
    cost = rng.uniform(1.0, 5.0, shape)
    if cost.size > 4:
        cost.flat[rng.integers(0, cost.size, 3)] = 0.0
    sources = np.zeros(shape, np.int32)
    sources.flat[0] = 7
    if cost.flat[0] <= 0:
        cost.flat[0] = 1.0
    distance, allocation = accumulated_cost(cost, sources, 2.5)
    assert_matches_dijkstra(cost, sources, 2.5, distance, allocation)


@pytest.mark.parametrize("reach", [1, 3])
def test_partial_row_solves(monkeypatch, reach):
    """Later sweeps solve only the lowered stretch of a row and extend it while it lowers
    cells; with tiny extensions every extension step is exercised."""
    monkeypatch.setattr(costdistance, "_REACH", reach)
    cost, sources = random_case(20 + reach, rows=60, cols=140, n_sources=3)
    cost[:, 70] = np.nan                     # a wall across the rows, with gaps
    cost[[5, 44], 70] = 1.0
    distance, allocation = accumulated_cost(cost, sources, 10.0)
    assert_matches_dijkstra(cost, sources, 10.0, distance, allocation)


def test_patch_sources_and_source_on_barrier():
    cost, sources = random_case(11)
    sources[:] = 0
    sources[3:6, 4:9] = 2            # a patch: every cell of it is source 2
    sources[30, 40] = 5
    sources[10, 10] = 9
    cost[10, 10] = 0.0               # a source on a barrier is no source
    distance, allocation = accumulated_cost(cost, sources, 1.0)
    assert np.isnan(distance[10, 10]) and allocation[10, 10] == 0
    assert set(np.unique(allocation)) <= {0, 2, 5}
    assert np.all(distance[3:6, 4:9][np.isfinite(cost[3:6, 4:9]) & (cost[3:6, 4:9] > 0)] == 0)
    assert_matches_dijkstra(cost, np.where(cost > 0, sources, 0), 1.0, distance, allocation)


def blocky_case(seed, rows=64, cols=500, n_sources=600):
    """Blocks of four costs from 1 to 1000 and sources everywhere: many cells that two
    sources reach at the same cost, and walks along a row a thousand times a distance."""
    rng = np.random.default_rng(seed)
    coarse = rng.choice([1.0, 3.0, 8.0, 1000.0], (rows // 3 + 1, cols // 3 + 1),
                        p=[0.3, 0.3, 0.2, 0.2])
    cost = np.kron(coarse, np.ones((3, 3)))[:rows, :cols]
    sources = np.zeros(cost.shape, np.int32)
    sources.flat[rng.choice(cost.size, n_sources, replace=False)] = np.arange(1, n_sources + 1)
    return cost, sources


def unexplained_allocations(distance, allocation, cost, sources, cell):
    """Reached cells, not sources, that no neighbour with the same source reaches at their
    distance (to REL): their allocation is not where their path comes from."""
    rows, cols = distance.shape
    padded = [np.pad(np.asarray(a, float), 1, constant_values=np.nan)
              for a in (distance, cost, allocation)]
    explained = sources > 0
    for dr, dc in [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]:
        d, c, a = [p[1 + dr:1 + dr + rows, 1 + dc:1 + dc + cols] for p in padded]
        step = (cost + c) / 2.0 * cell * (math.sqrt(2.0) if dr and dc else 1.0)
        with np.errstate(invalid="ignore"):
            explained |= (np.abs(d + step - distance) <= REL * distance) & (a == allocation)
    return np.isfinite(distance) & ~explained


@pytest.mark.parametrize("seed", range(3))
def test_allocation_follows_the_paths(seed):
    """Each cell's source is one whose path gives its distance: some neighbour with that
    source reaches it at d(neighbour) + step. (Broken once by records of the running
    minimum along a row that rounding made look lowered, and by a neighbour moving to a
    source nearer by less than rounding for the cell beyond it.)"""
    cost, sources = blocky_case(seed)
    distance, allocation = accumulated_cost(cost, sources, 40.0)
    assert np.isfinite(distance).all()
    assert not unexplained_allocations(distance, allocation, cost, sources, 40.0).any()


def spiral(size=41):
    """A square spiral of walls: from the centre the only way out winds round every ring."""
    cost = np.ones((size, size))
    centre = size // 2
    for ring in range(2, centre + 1, 2):
        lo, hi = centre - ring, centre + ring
        cost[lo, lo:hi + 1] = np.nan
        cost[hi, lo:hi + 1] = np.nan
        cost[lo:hi + 1, lo] = np.nan
        cost[lo:hi + 1, hi] = np.nan
        # one gap per ring, on alternating sides, so each ring must be walked round
        side = (ring // 2) % 4
        gap = {0: (lo, centre), 1: (centre, hi), 2: (hi, centre), 3: (centre, lo)}[side]
        cost[gap] = 1.0
    return cost


def test_spiral_path_winds():
    cost = spiral(41)
    rng = np.random.default_rng(3)
    cost = np.where(np.isnan(cost), np.nan, rng.uniform(1.0, 3.0, cost.shape))
    sources = np.zeros(cost.shape, np.int32)
    sources[20, 20] = 1
    distance, allocation = accumulated_cost(cost, sources, 1.0)
    expected = assert_matches_dijkstra(cost, sources, 1.0, distance, allocation)
    # the corner is far more than a straight line away: the path really winds
    assert expected[0, 0] > 10 * 20 * math.sqrt(2)


def test_cost_surface_runs_again_and_again():
    cost, sources = random_case(8, n_sources=5)
    surface = CostSurface(cost, 10.0)
    for sid in (1, 2, 3):
        alone = np.where(sources == sid, sid, 0)
        distance, allocation = surface.accumulate(alone)
        expected, _ = dijkstra(cost, alone, 10.0)
        reached = np.isfinite(expected)
        assert np.array_equal(np.isnan(distance), ~reached)
        np.testing.assert_allclose(distance[reached], expected[reached], rtol=REL, atol=0)
        assert set(np.unique(allocation)) == {0, sid} or np.all(reached)
    distance, allocation = surface.accumulate(sources, max_cost=1e3)
    again, _ = accumulated_cost(cost, sources, 10.0, max_cost=1e3)
    assert np.array_equal(np.isnan(distance), np.isnan(again))


def test_max_cost_cuts_off():
    cost, sources = random_case(4, n_sources=2)
    full, _ = accumulated_cost(cost, sources, 10.0)
    # halfway between two cell values, so that no cell lies within rounding of the limit
    values = np.unique(full[np.isfinite(full)])
    middle = len(values) // 2
    limit = float(values[middle] + values[middle + 1]) / 2.0
    cut, allocation = accumulated_cost(cost, sources, 10.0, max_cost=limit)
    inside = full <= limit
    np.testing.assert_allclose(cut[inside], full[inside], rtol=REL, atol=0)
    assert np.all(np.isnan(cut[~inside]))
    assert np.all(allocation[~inside] == 0) and np.all(allocation[inside] > 0)


def test_grass_reference_case():
    folder = ("costdistance", "case1")
    ds = gdal.Open(reference(*folder, "cost.tif"))
    band = ds.GetRasterBand(1)
    cost = band.ReadAsArray().astype(np.float64)
    cost[cost == band.GetNoDataValue()] = np.nan
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    sources = np.zeros(cost.shape, np.int32)
    with open(reference(*folder, "sources.csv"), newline="") as f:
        for rec in csv.DictReader(f):
            row = int(math.floor((float(rec["y"]) - y0) / dy))
            col = int(math.floor((float(rec["x"]) - x0) / dx))
            sources[row, col] = int(rec["id"])
    assert np.count_nonzero(sources) == 5
    rcost = gdal.Open(reference(*folder, "rcost.tif")).ReadAsArray().astype(np.float64)
    distance, allocation = accumulated_cost(cost, sources, dx)
    assert np.array_equal(np.isnan(distance), np.isnan(rcost))
    ok = ~np.isnan(rcost)
    np.testing.assert_allclose(distance[ok] / dx, rcost[ok], rtol=1e-6, atol=1e-9)
    assert set(np.unique(allocation[ok])) == {1, 2, 3, 4, 5}


def path_cost(path, cost, cell):
    total = 0.0
    for (r0, c0), (r1, c1) in zip(path, path[1:]):
        assert max(abs(r1 - r0), abs(c1 - c0)) == 1, "path cells must be neighbours"
        length = math.sqrt(2.0) if r1 != r0 and c1 != c0 else 1.0
        total += (cost[r0, c0] + cost[r1, c1]) / 2.0 * cell * length
    return total


def test_least_cost_path_realises_distance():
    cost, sources = random_case(5, n_sources=3)
    distance, allocation = accumulated_cost(cost, sources, 10.0)
    rng = np.random.default_rng(0)
    starts = list(zip(*np.nonzero(np.isfinite(distance))))
    for k in rng.choice(len(starts), 25, replace=False):
        start = tuple(int(v) for v in starts[k])
        path = least_cost_path(distance, cost, 10.0, start)
        assert path[0] == start
        end = path[-1]
        assert distance[end] == 0 and sources[end] == allocation[start]
        assert path_cost(path, cost, 10.0) == pytest.approx(distance[start], rel=REL)


def test_least_cost_path_round_the_spiral():
    cost = spiral(31)
    sources = np.zeros(cost.shape, np.int32)
    sources[15, 15] = 1
    distance, _ = accumulated_cost(cost, sources, 1.0)
    path = least_cost_path(distance, cost, 1.0, (0, 0))
    assert path[-1] == (15, 15)
    assert path_cost(path, cost, 1.0) == pytest.approx(distance[0, 0], rel=REL)
    assert not any(np.isnan(cost[r, c]) for r, c in path)


def test_least_cost_path_unreachable_start():
    cost = np.ones((5, 5))
    cost[:, 2] = 0.0
    sources = np.zeros((5, 5), np.int32)
    sources[2, 0] = 1
    distance, _ = accumulated_cost(cost, sources, 1.0)
    with pytest.raises(InputError):
        least_cost_path(distance, cost, 1.0, (2, 4))


def test_sources_from_raster():
    valid = np.ones((2, 4), bool)
    valid[1, 3] = False
    ids = np.array([[0, 3, 5, 0], [5, 0, 1, 7]], float)
    out = sources_from_raster(ids, valid)
    assert out.dtype == np.int32
    assert out.tolist() == [[0, 3, 5, 0], [5, 0, 1, 0]]
    quality = np.array([[0.0, 0.4, np.nan, 2.0], [1.0, 0.0, -1.0, 3.0]])
    assert sources_from_raster(quality, valid).tolist() == [[0, 1, 0, 1], [1, 0, 1, 0]]


def test_progress_and_cancel():
    cost, sources = random_case(2)
    feedback = Recorder()
    accumulated_cost(cost, sources, 10.0, feedback=feedback)
    assert feedback.seen[-1] == 100.0
    assert all(b >= a for a, b in zip(feedback.seen, feedback.seen[1:]))
    with pytest.raises(Cancelled):
        accumulated_cost(cost, sources, 10.0, feedback=Recorder(lambda r: r.calls > 1))


def test_input_errors():
    cost = np.ones((4, 4))
    with pytest.raises(InputError):
        accumulated_cost(cost, np.zeros((4, 4), np.int32), 1.0)       # no source
    with pytest.raises(InputError):
        accumulated_cost(cost, np.ones((3, 4), np.int32), 1.0)        # shapes differ
    with pytest.raises(InputError):
        accumulated_cost(cost, np.ones((4, 4), np.int32), 0.0)        # cell size
    with pytest.raises(InputError):
        accumulated_cost(cost, np.ones((4, 4), np.int32), 1.0, max_cost=-1)
