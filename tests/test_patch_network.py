"""The patch network's ECA and its changes: from p* kept once, the same as a connectivity run
each, and both as the definition ECA = sqrt(sum_ij a_i a_j p*_ij) by hand."""
import math

import numpy as np
import pytest

from zoemzone_plugin.engine.network.patch_network import PatchNetwork


def test_eca_changes_with_and_without_the_kept_matrix_and_by_hand():
    # a chain 0 - 1 - 2 (100 m and 200 m) and patch 3 alone; d0 100 m, p0 0.5:
    # p01 = 0.5, p12 = 0.25, p*02 = 0.125 (through 1), p*_3j = 0 for j != 3
    links = ([0, 1], [1, 2], [100.0, 200.0])
    kept, each = (PatchNetwork(np.zeros((1, 1), np.int32), 4, links, 100.0, cell_area=2.0,
                               matrix_limit=limit) for limit in (4, 0))
    today = np.array([1.0, 2.0, 3.0, 4.0])
    changes = np.array([[0.0, 0.0, 0.0, 0.0], [0.5, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 2.0]])
    pstar = np.array([[1, 0.5, 0.125, 0], [0.5, 1, 0.25, 0], [0.125, 0.25, 1, 0],
                      [0, 0, 0, 1]])

    def eca(capacities):
        a = 2.0 * capacities
        return math.sqrt(sum(a[i] * a[j] * pstar[i, j] for i in range(4) for j in range(4)))

    expected = [0.0] + [eca(today + row) - eca(today) for row in changes[1:]]
    for network in (kept, each):
        assert network.eca(today) == pytest.approx(eca(today), rel=1e-12)
        assert network.eca_changes(today, changes) == pytest.approx(expected, rel=1e-12)
        assert network.eca_changes(today, changes[:1]) == [0.0]
    assert kept.eca(np.zeros(4)) == 0.0     # no supply on any patch today: ECA 0
