"""Least-cost links and corridors between patches, by their definitions."""
import math

import numpy as np
import pytest

from zoemzone_plugin.engine.network.costdistance import accumulated_cost
from zoemzone_plugin.engine.network.links import (allocation_neighbours, corridors,
                                                  least_cost_links, nearest_cells)


def three_patches():
    cost = np.ones((9, 30))
    ids = np.zeros((9, 30), np.int32)
    ids[3:6, 1:4] = 1
    ids[3:6, 13:16] = 2
    ids[3:6, 26:29] = 3
    return cost, ids


def step_cost(cost, path, cell):
    total = 0.0
    for (r0, c0), (r1, c1) in zip(path, path[1:]):
        factor = math.sqrt(2) if (r0 != r1 and c0 != c1) else 1.0
        assert max(abs(r0 - r1), abs(c0 - c1)) == 1
        total += (cost[r0, c0] + cost[r1, c1]) / 2 * cell * factor
    return total


def test_links_in_a_row_are_neighbours_only():
    cost, ids = three_patches()
    _, allocation = accumulated_cost(cost, ids, 10.0)
    assert allocation_neighbours(allocation) == [(1, 2), (2, 3)]


def test_least_cost_links_edge_to_edge():
    cost, ids = three_patches()
    links = least_cost_links(cost, ids, 3, 10.0, paths=True)
    by_pair = {(a, b): (d, path) for a, b, d, path in links}
    # edge cells at columns 3 and 13: 10 steps of 10 m at cost 1
    assert by_pair[(1, 2)][0] == pytest.approx(100.0)
    assert by_pair[(1, 3)][0] == pytest.approx(230.0)
    d, path = by_pair[(1, 2)]
    assert ids[path[0]] == 1 and ids[path[-1]] == 2
    assert step_cost(cost, path, 10.0) == pytest.approx(d)
    capped = least_cost_links(cost, ids, 3, 10.0, max_cost=150.0)
    assert [(a, b) for a, b, _, _ in capped] == [(1, 2), (2, 3)]


def test_corridor_is_zero_on_the_path_and_cut_at_width():
    rng = np.random.default_rng(4)
    cost, ids = three_patches()
    cost = rng.uniform(1, 5, cost.shape)
    corridor, results = corridors(cost, ids, 3, 10.0, width=60.0)
    assert [(a, b) for a, b, _, _ in results] == [(1, 2), (2, 3)]
    for a, b, lcd, path in results:
        assert step_cost(cost, path, 10.0) == pytest.approx(lcd, rel=1e-5)
        for cell in path:
            assert corridor[cell] == pytest.approx(0.0, abs=1e-3)
    # the definition, from independent cost distances per patch
    cwd = {p: accumulated_cost(cost, (ids == p).astype(np.int32), 10.0)[0] for p in (1, 2, 3)}
    want = np.fmin(cwd[1] + cwd[2] - results[0][2], cwd[2] + cwd[3] - results[1][2])
    want[want > 60.0] = np.nan
    np.testing.assert_array_equal(np.isnan(corridor), np.isnan(want))
    np.testing.assert_allclose(corridor[~np.isnan(want)], want[~np.isnan(want)], atol=1e-3)


def test_nearest_cells_per_patch():
    distance = np.array([[0.0, 1.0, 5.0], [np.nan, 2.0, 3.0]])
    ids = np.array([[1, 2, 2], [2, 0, 3]])
    least, where = nearest_cells(distance, ids, 4)
    assert least[:3].tolist() == [0.0, 1.0, 3.0] and least[3] == np.inf
    assert where[:3].tolist() == [0, 1, 5] and where[3] == -1
