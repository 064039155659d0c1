"""The network term of the kansenkaart against reruns of engine.network.graph.connectivity with the
stepping stone added as a real patch: exact at sampled cells, the fast estimate within 5 %
and within its reported bound, and a stone in a gap between two large patches worth more than
one beside a patch."""
import math

import numpy as np
import pytest

from zoemzone_plugin.engine.errors import InputError
from zoemzone_plugin.engine.network.graph import connectivity
from zoemzone_plugin.engine.kansenkaart.gain import (REACH, effective_entries, estimate,
                                                     exact_gain, links_of, network_term,
                                                     patch_distances, patch_network,
                                                     sampled_errors, shortcut_free,
                                                     squared_field)

PIXEL = 10.0
STONE = 5000.0


def cells_of(labels):
    """Patch index (0..) -> (rows, cols) of its cells."""
    return {p - 1: np.nonzero(labels == p) for p in range(1, labels.max() + 1)}


def brute_distance(cells, r, c):
    rows, cols = cells
    return float(np.hypot(rows - r, cols - c).min()) * PIXEL


def eca_with_stone(labels, capacities, d0, r, c):
    """ECA of the patches, and with a stone at (r, c), by engine.network.graph on links found by
    brute force (nearest cell centres, up to REACH d0)."""
    reach = REACH * d0
    cells = cells_of(labels)
    n = len(capacities)
    links = []
    for i in range(n):
        for j in range(i + 1, n):
            d = min(brute_distance(cells[j], rr, cc) for rr, cc in zip(*cells[i]))
            if d <= reach:
                links.append((i, j, d))
    before = connectivity(capacities, np.array(links).reshape(-1, 3), d0, 0.5).ECA
    for i in range(n):
        d = brute_distance(cells[i], r, c)
        if d <= reach:
            links.append((i, n, d))
    after = connectivity(list(capacities) + [STONE], np.array(links).reshape(-1, 3), d0,
                         0.5).ECA
    return before, after


def two_patches():
    """Two patches of 40 x 30 cells, 132 cells (1320 m) apart: beyond the reach of 900 m at
    d0 = 300 m, so only a stone can join them."""
    labels = np.zeros((40, 191), np.int32)
    labels[:, :30] = 1
    labels[:, 161:] = 2
    return labels, np.array([1200.0 * 100, 1200.0 * 100])


def scattered(seed):
    """Rectangular patches of random sizes scattered over 60 x 80 cells."""
    rng = np.random.default_rng(seed)
    labels = np.zeros((60, 80), np.int32)
    n = 0
    for _ in range(8):
        h, w = rng.integers(2, 8, 2)
        r, c = rng.integers(0, 60 - h), rng.integers(0, 80 - w)
        if labels[max(0, r - 1):r + h + 1, max(0, c - 1):c + w + 1].any():
            continue
        n += 1
        labels[r:r + h, c:c + w] = n
    capacities = np.bincount(labels.ravel())[1:] * PIXEL * PIXEL
    return labels, capacities


def many_small():
    """32 small rectangular patches over 60 x 80 cells."""
    rng = np.random.default_rng(4)
    labels = np.zeros((60, 80), np.int32)
    n = 0
    for _ in range(40):
        h, w = rng.integers(1, 5, 2)
        r, c = rng.integers(0, 60 - h), rng.integers(0, 80 - w)
        if labels[max(0, r - 1):r + h + 1, max(0, c - 1):c + w + 1].any():
            continue
        n += 1
        labels[r:r + h, c:c + w] = n
    return labels, np.bincount(labels.ravel())[1:] * PIXEL * PIXEL


def test_gap_between_large_patches_beats_beside_one():
    labels, capacities = two_patches()
    result = network_term(labels, capacities, PIXEL, 300.0, STONE)
    assert result.factor == 1
    midway, beside = result.term[20, 95], result.term[20, 30]
    assert midway > 1.5 * beside
    # by hand: no link between the patches (p* = 0), the stone at 66 cells from each (q =
    # 0.5^(650/300)), beside one at 10 m (q = 0.5^(10/300)), the other beyond reach
    a = capacities[0]
    pcnum = 2 * a * a
    q = 0.5 ** (660 / 300)
    expect_mid = math.sqrt(pcnum + STONE ** 2 + 2 * STONE * 2 * a * q + 2 * a * a * q * q)
    q1 = 0.5 ** (10 / 300)
    expect_beside = math.sqrt(pcnum + STONE ** 2 + 2 * STONE * a * q1)
    assert midway == pytest.approx(expect_mid - math.sqrt(pcnum), rel=1e-5)
    assert beside == pytest.approx(expect_beside - math.sqrt(pcnum), rel=1e-5)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sampled_cells_equal_a_rerun_with_the_stone(seed):
    labels, capacities = scattered(seed)
    d0 = 150.0
    result = network_term(labels, capacities, PIXEL, d0, STONE)
    assert result.factor == 1 and result.truncated == 0
    (nearest, distance, within), _, _ = patch_distances(labels, len(capacities), PIXEL, 1,
                                                        REACH * d0)
    assert within.max() <= nearest.shape[1]        # so the entries are all the links
    rng = np.random.default_rng(seed)
    worst = 0.0
    for flat in rng.choice(labels.size, 25, replace=False):
        r, c = divmod(int(flat), labels.shape[1])
        before, after = eca_with_stone(labels, capacities, d0, r, c)
        assert result.network.pcnum == pytest.approx(before ** 2, rel=1e-9)
        at = nearest[flat] >= 0
        exact = exact_gain(result.network, nearest[flat][at], distance[flat][at], STONE)
        assert exact == pytest.approx(after - before, rel=1e-9, abs=1e-6)
        assert result.term[r, c] == pytest.approx(after - before, rel=0.05)
        # the estimate never understates, and is within its reported bound
        assert result.term[r, c] >= exact * (1 - 1e-6)
        worst = max(worst, (result.term[r, c] - exact) / result.term[r, c])
    assert worst <= result.bound + 1e-6


def test_coarse_grid_stays_close():
    """At 2 m cells and d0 = 300 m the distances come from 12 m cells (factor 6): within the
    documented 4 % of q, the term within 5 % of the fine one."""
    labels, capacities = two_patches()
    fine = np.repeat(np.repeat(labels, 5, axis=0), 5, axis=1)
    coarse = network_term(fine, capacities, 2.0, 300.0, STONE)
    exact = network_term(labels, capacities, PIXEL, 300.0, STONE)
    assert coarse.factor == 6
    for r, c in ((20, 95), (20, 30), (5, 60)):
        assert coarse.term[r * 5 + 2, c * 5 + 2] == pytest.approx(exact.term[r, c], rel=0.05)


def test_no_patches_gives_the_stone_alone():
    result = network_term(np.zeros((5, 6), np.int32), np.zeros(0), PIXEL, 300.0, STONE)
    assert np.allclose(result.term, STONE)


def test_bad_ids_and_capacities_are_refused():
    labels, capacities = two_patches()
    with pytest.raises(InputError, match="3"):
        network_term(np.where(labels == 2, 3, labels), capacities, PIXEL, 300.0)
    with pytest.raises(InputError, match="-5"):
        network_term(labels, [1.0, -5.0], PIXEL, 300.0)


def test_bad_distance_and_area_are_refused():
    labels, capacities = two_patches()
    with pytest.raises(InputError, match="dispersal distance is 0"):
        network_term(labels, capacities, PIXEL, 0.0)
    with pytest.raises(InputError, match="stepping-stone area is -1"):
        network_term(labels, capacities, PIXEL, 300.0, -1.0)


def test_truncated_entries_checked_against_exact_at_sampled_cells():
    """32 small patches, most cells with more than 8 within reach: the links found by brute
    force are those of a hand-computed distance, and the estimate (which drops the links
    beyond the 8 nearest) stays within 5 % of exact_gain with all links at 40 cells."""
    labels, capacities = many_small()
    n = capacities.size
    result = network_term(labels, capacities, PIXEL, 150.0, STONE)
    assert result.truncated > 0.5 * labels.size
    patches, distances = links_of(labels, n, PIXEL, 1, 450.0, 5 * 80 + 7)
    assert len(patches) > 8
    cells = cells_of(labels)
    for p, d in zip(patches, distances):
        assert d == pytest.approx(brute_distance(cells[p], 5, 7))
    errors = sampled_errors(labels, result, PIXEL, STONE, samples=40)
    assert np.abs(errors).max() < 0.05


def test_shortcut_free_drops_only_matched_links():
    """On a line 0 - 1 - 2 the direct 0 - 2 of 250 m is matched by 100 + 100 m and dropped,
    one of 150 m is not; legs of length 0 (patches sharing a coarse cell) never drop the
    link they match, so of 0 - 1 (0 m), 1 - 2 and 0 - 2 (5 m each) all stay."""
    i, j = np.array([0, 1, 0]), np.array([1, 2, 2])
    assert shortcut_free(3, i, j, np.array([100.0, 100.0, 250.0]))[2].tolist() == [100, 100]
    assert shortcut_free(3, i, j, np.array([100.0, 100.0, 150.0]))[2].size == 3
    assert shortcut_free(3, i, j, np.array([0.0, 5.0, 5.0]))[2].size == 3


def test_network_pstar_equals_the_graph_with_all_links():
    """80 round patches (radius 50-200 m) over 10 x 10 km, every pair within 3 km linked
    edge to edge: the p* of patch_network (over the links shortcut_free keeps, a third of
    them) equals engine.network.graph's over all links."""
    rng = np.random.default_rng(5)
    xy, radius = rng.uniform(0, 10000, (80, 2)), rng.uniform(50, 200, 80)
    i, j = np.triu_indices(80, 1)
    d = np.maximum(np.hypot(*(xy[i] - xy[j]).T) - radius[i] - radius[j], 0.0)
    near = d <= 3000
    links = (i[near], j[near], d[near])
    assert shortcut_free(80, *links)[0].size < 0.4 * near.sum()
    capacities = rng.uniform(1e4, 1e5, 80)
    network = patch_network(capacities, links, 1000.0, 3000.0)
    graph = connectivity(capacities, np.array(links), 1000.0, 0.5, matrices=True)
    assert np.allclose(network.pstar, graph.pstar(), rtol=1e-12, atol=0)
    assert network.pcnum == pytest.approx(graph.PCnum, rel=1e-12)


def test_entry_reached_better_through_another_is_passed():
    """A stone beside patch 0 (q 0.9) with patch 1 behind it (p*_01 0.8, q 0.5 <= 0.72)
    and patch 2 on its other side (p*_02 0.3, q 0.6 > 0.27): patch 1 gives no P_i, patch 2
    does; of two entries that reach each other fully (p* 1, q equal) the first counts."""
    link = np.array([[[1.0, 0.8, 0.3], [0.8, 1.0, 0.24], [0.3, 0.24, 1.0]],
                     [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]])
    q = np.array([[0.9, 0.5, 0.6], [0.4, 0.4, 0.0]])
    assert effective_entries(q, link).tolist() == [[True, False, True], [True, False, False]]


def test_estimate_equals_its_formula_over_all_entries():
    """The estimate (effective entries only, one-entry cells without the n-patch
    comparison) against the module's formula over all 8 entries, written out per cell:
    P_i = max_l p*_il q_l, lambda(i) its first best entry, A and B_hat; at every third
    cell, with one and with several effective entries."""
    labels, capacities = many_small()
    d0 = 150.0
    (nearest, distance, within), links, _ = patch_distances(labels, capacities.size, PIXEL,
                                                           1, REACH * d0)
    network = patch_network(capacities, links, d0, REACH * d0)
    cells = np.flatnonzero(within)[::3]
    term, _ = estimate(network, nearest[cells], distance[cells], STONE)
    pstar, a = network.pstar, network.capacities
    counts = []
    for at, cell in enumerate(cells):
        entries = nearest[cell][nearest[cell] >= 0]
        q = np.exp(-network.theta * distance[cell][nearest[cell] >= 0])
        through = pstar[entries] * q[:, None]
        best, first = through.max(axis=0), through.argmax(axis=0)
        group = np.array([a[first == e] @ pstar[entries[e], first == e]
                          for e in range(entries.size)])
        gap = np.maximum(np.outer(q, q) - pstar[np.ix_(entries, entries)], 0.0)
        np.fill_diagonal(gap, 0.0)
        added = STONE ** 2 + 2 * STONE * (a @ best) + group @ gap @ group
        expect = math.sqrt(network.pcnum + added) - math.sqrt(network.pcnum)
        assert term[at] == pytest.approx(expect, rel=1e-5)
        link = pstar[np.ix_(entries, entries)]
        counts.append(int(effective_entries(q[None], link[None]).sum()))
    assert min(counts) == 1 and max(counts) >= 3


@pytest.mark.parametrize("tall", [False, True])
def test_squared_field_equals_brute_force(tall):
    """Squared distances to an irregular set of cells (with holes; wider than tall, or
    taller, so it is done along rows or along columns) equal the least over all its cells."""
    rng = np.random.default_rng(6)
    mask = np.zeros((30, 40), bool)
    mask[8:12, 5:30] = rng.random((4, 25)) < 0.6
    if tall:
        mask = mask.T.copy()
    rows, cols = np.nonzero(mask)
    field = squared_field(rows, cols, mask.shape)
    r, c = np.indices(mask.shape)
    brute = ((r[..., None] - rows) ** 2 + (c[..., None] - cols) ** 2).min(axis=-1)
    assert np.array_equal(field, brute)
