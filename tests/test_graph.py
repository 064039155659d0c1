"""Habitat-network indices (PC, ECA, IIC, dPC fractions, dIIC) and the Conefor text files.

Small graphs are worked out by hand in the comments; random graphs are checked against an
independent implementation: every patch removed in turn and all shortest paths recomputed
with a plain heapq Dijkstra (PC) or breadth-first search (IIC), which is what the
definitions say and what Conefor does.
"""
import heapq
import math
from collections import deque

import numpy as np
import pytest

from zoemzone_plugin.engine.network.conefor import read_links, read_nodes
from zoemzone_plugin.engine.network import graph_schedule
from zoemzone_plugin.engine.errors import Cancelled, InputError, TableError
from zoemzone_plugin.engine.network.graph import connectivity, probability

FRACTIONS = ("dPC", "dPCintra", "dPCflux", "dPCconnector", "dIIC")


# ---------------------------------------------------------------------------------------------
# (a) Three patches where the best path between two of them runs through the third.
#
#   A --1000 m-- B --1000 m-- C, and A --3000 m-- C directly; d0 = 1000 m, p0 = 0.5, so
#   p_AB = p_BC = 0.5, p_AC = 0.5^3 = 0.125, but p*_AC = p_AB p_BC = 0.25 (through B).
#   Capacities a = (1, 2, 3), A_L = 6.
#   PCnum = 1 + 4 + 9 + 2 (1*2*0.5 + 2*3*0.5 + 1*3*0.25) = 14 + 2 * 4.75 = 23.5
#   PC = 23.5 / 36, ECA = sqrt(23.5)
#   Without A: 4 + 9 + 2*2*3*0.5 = 19        -> dPC_A = 100 * 4.5 / 23.5
#   Without B: 1 + 9 + 2*1*3*0.125 = 10.75   -> dPC_B = 100 * 12.75 / 23.5
#   Without C: 1 + 4 + 2*1*2*0.5 = 7         -> dPC_C = 100 * 16.5 / 23.5
#   intra = 100 a_k^2 / 23.5 = (1, 4, 9) * 100 / 23.5
#   flux_A = 100 * 2 (1*2*0.5 + 1*3*0.25) / 23.5 = 100 * 3.5 / 23.5
#   flux_B = 100 * 2 (2*1*0.5 + 2*3*0.5) / 23.5 = 100 * 8 / 23.5
#   flux_C = 100 * 2 (3*1*0.25 + 3*2*0.5) / 23.5 = 100 * 7.5 / 23.5
#   connector = dPC - intra - flux = (0, 100 * 0.75 / 23.5, 0): only B, as A-C falls from
#   0.25 to 0.125 without it: 2 * 1 * 3 * (0.25 - 0.125) = 0.75.
#   IIC (every link, so nl = 1 for each pair): 14 + 2 (2/2 + 6/2 + 3/2) = 25 -> 25 / 36.
# ---------------------------------------------------------------------------------------------
THREE = dict(capacities=[1.0, 2.0, 3.0], links=([0, 1, 0], [1, 2, 2], [1000.0, 1000.0, 3000.0]))


def test_three_patches_best_path_through_the_middle():
    r = connectivity(THREE["capacities"], THREE["links"], d0=1000.0, p0=0.5, matrices=True)
    assert r.PCnum == pytest.approx(23.5, rel=1e-12)
    assert r.PC == pytest.approx(23.5 / 36, rel=1e-12)
    assert r.ECA == pytest.approx(math.sqrt(23.5), rel=1e-12)
    assert r.landscape_area == 6.0
    pstar = r.pstar()
    assert pstar == pytest.approx(np.array([[1, 0.5, 0.25], [0.5, 1, 0.5], [0.25, 0.5, 1]]),
                                  rel=1e-12)
    assert pstar[0, 2] != pytest.approx(probability(3000.0, 1000.0, 0.5))   # not the direct link
    k = 100 / 23.5
    assert r.dPC == pytest.approx(np.array([4.5, 12.75, 16.5]) * k, rel=1e-12)
    assert r.dPCintra == pytest.approx(np.array([1, 4, 9]) * k, rel=1e-12)
    assert r.dPCflux == pytest.approx(np.array([3.5, 8, 7.5]) * k, rel=1e-12)
    assert r.dPCconnector == pytest.approx(np.array([0, 0.75, 0]) * k, rel=1e-12, abs=1e-12)
    assert r.dPCintra + r.dPCflux + r.dPCconnector == pytest.approx(r.dPC, rel=1e-12)
    assert r.IIC == pytest.approx(25 / 36, rel=1e-12)
    assert list(r.components) == [0, 0, 0] and r.n_components == 1
    assert r["PC"] == r.PC and "dIIC" in r and set(FRACTIONS) <= set(r.keys())


def test_probability_and_given_landscape_area():
    assert probability(1000.0, 1000.0, 0.5) == pytest.approx(0.5)
    assert probability([0.0, 2000.0], 1000.0, 0.5) == pytest.approx([1.0, 0.25])
    r = connectivity(THREE["capacities"], THREE["links"], d0=1000.0, p0=0.5,
                     landscape_area=100.0)
    assert r.PC == pytest.approx(23.5 / 100.0 ** 2)
    # dPC does not depend on A_L: removing a patch keeps A_L.
    assert r.dPC == pytest.approx(np.array([4.5, 12.75, 16.5]) * 100 / 23.5)


def test_the_same_pair_twice_keeps_the_shortest_and_self_links_are_ignored():
    i, j, d = THREE["links"]
    links = (i + [2, 1], j + [0, 1], d + [5000.0, 10.0])      # C-A again (longer), B-B
    r = connectivity(THREE["capacities"], links, d0=1000.0, p0=0.5)
    assert r.PCnum == pytest.approx(23.5)
    r = connectivity(THREE["capacities"], (i + [2], j + [0], d + [500.0]), d0=1000.0, p0=0.5,
                     matrices=True)
    assert r.pstar()[0, 2] == pytest.approx(0.5 ** 0.5)      # the shorter duplicate wins


# ---------------------------------------------------------------------------------------------
# (b) Two components and a lone patch, all capacities 1 (A_L = 6):
#   0 --500-- 1 --500-- 2      3 --2000-- 4      5
#   components (all links): [0, 0, 0, 1, 1, 2].
#   IIC with threshold 1000 m: the 3-4 link is dropped. nl_01 = nl_12 = 1, nl_02 = 2, every
#   other pair has no path and counts 0; each patch with itself counts 1 (nl = 0).
#   IICnum = 6 + 2 (1/2 + 1/2 + 1/3) = 26/3, IIC = 26/3 / 36.
#   Without 1: 5 singles, 0 and 2 cut apart: IICnum' = 5     -> dIIC_1 = 100 (26/3 - 5)/(26/3)
#   Without 0: 5 + 2 * 1/2 = 6                                -> dIIC_0 = 100 (8/3)/(26/3)
#   Without 3: only its own 1 goes                            -> dIIC_3 = 100 (1)/(26/3)
#   PC: p*_34 = 0.5^2 = 0.25 across the 2000 m link; p* = 0 between components.
# ---------------------------------------------------------------------------------------------
def test_components_and_iic_with_unreachable_pairs():
    links = ([0, 1, 3], [1, 2, 4], [500.0, 500.0, 2000.0])
    r = connectivity(np.ones(6), links, d0=1000.0, p0=0.5, threshold=1000.0, matrices=True)
    assert list(r.components) == [0, 0, 0, 1, 1, 2]
    assert r.n_components == 3
    assert list(r.iic_components) == [0, 0, 0, 1, 2, 3]
    nl = r.nl()
    assert nl[0, 1] == 1 and nl[1, 2] == 1 and nl[0, 2] == 2 and nl[0, 0] == 0
    assert nl[3, 4] == -1 and nl[0, 5] == -1 and nl[2, 3] == -1
    iicnum = 26 / 3
    assert r.IICnum == pytest.approx(iicnum, rel=1e-12)
    assert r.IIC == pytest.approx(iicnum / 36, rel=1e-12)
    assert r.dIIC[1] == pytest.approx(100 * (iicnum - 5) / iicnum, rel=1e-12)
    assert r.dIIC[0] == pytest.approx(100 * (8 / 3) / iicnum, rel=1e-12)
    assert r.dIIC[2] == pytest.approx(r.dIIC[0], rel=1e-12)
    assert r.dIIC[3] == pytest.approx(100 / iicnum, rel=1e-12)
    pstar = r.pstar()
    assert pstar[3, 4] == pytest.approx(0.25) and pstar[0, 3] == 0.0 and pstar[5, 5] == 1.0
    # PC: 0-1-2 with p = 0.5^0.5 per link, 3-4 with 0.25, 5 alone.
    p = 0.5 ** 0.5
    pcnum = 6 + 2 * (p + p + p * p) + 2 * 0.25
    assert r.PCnum == pytest.approx(pcnum, rel=1e-12)
    # Removing the middle of the chain cuts 0 from 2: its connector part is 2 * p^2.
    assert r.dPCconnector[1] == pytest.approx(100 * 2 * p * p / pcnum, rel=1e-12)
    assert r.dPCconnector[[0, 2, 3, 4, 5]] == pytest.approx(0.0, abs=1e-12)
    assert r.dPC[5] == pytest.approx(100 / pcnum, rel=1e-12)


def test_no_links_at_all():
    r = connectivity([2.0, 3.0], ([], [], []), d0=100.0, p0=0.5)
    assert r.PCnum == pytest.approx(13.0) and r.IICnum == pytest.approx(13.0)
    assert r.dPC == pytest.approx([400 / 13, 900 / 13])
    assert list(r.components) == [0, 1]


# ---------------------------------------------------------------------------------------------
# (c) Random graphs against the definitions, computed the slow way.
# ---------------------------------------------------------------------------------------------
def _adjacency(n, links, weight):
    best = {}
    for i, j, d in zip(*links):
        if i != j:
            key = (min(i, j), max(i, j))
            best[key] = min(best.get(key, math.inf), d)
    adj = [[] for _ in range(n)]
    for (i, j), d in best.items():
        w = weight(d)
        if w is not None:
            adj[i].append((j, w))
            adj[j].append((i, w))
    return adj


def _dijkstra(adj, source, removed):
    dist = {source: 0.0}
    heap = [(0.0, source)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in adj[u]:
            if v != removed and d + w < dist.get(v, math.inf):
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist


def _bfs(adj, source, removed):
    hops = {source: 0}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v, _ in adj[u]:
            if v != removed and v not in hops:
                hops[v] = hops[u] + 1
                queue.append(v)
    return hops


def _index(a, adj, search, value, removed=None):
    """sum over i, j (both != removed) of a_i a_j value(path length)."""
    total = 0.0
    for i in range(len(a)):
        if i == removed:
            continue
        for j, length in search(adj, i, removed).items():
            total += a[i] * a[j] * value(length)
    return total


def brute_force(a, links, d0, p0, threshold):
    k = -math.log(p0) / d0
    pc_adj = _adjacency(len(a), links, lambda d: k * d)
    iic_adj = _adjacency(len(a), links,
                         lambda d: 1 if threshold is None or d <= threshold else None)
    pc = lambda d: math.exp(-d)                        # noqa: E731
    iic = lambda nl: 1.0 / (1.0 + nl)                  # noqa: E731
    pcnum = _index(a, pc_adj, _dijkstra, pc)
    iicnum = _index(a, iic_adj, _bfs, iic)
    out = {"PCnum": pcnum, "IICnum": iicnum,
           "dPC": np.array([100 * (pcnum - _index(a, pc_adj, _dijkstra, pc, r)) / pcnum
                            for r in range(len(a))]),
           "dIIC": np.array([100 * (iicnum - _index(a, iic_adj, _bfs, iic, r)) / iicnum
                             for r in range(len(a))]),
           "dPCintra": 100 * np.asarray(a) ** 2 / pcnum}
    flux = []
    for r in range(len(a)):
        dist = _dijkstra(pc_adj, r, None)
        flux.append(100 * 2 * sum(a[i] * a[r] * pc(d) for i, d in dist.items() if i != r)
                    / pcnum)
    out["dPCflux"] = np.array(flux)
    out["dPCconnector"] = out["dPC"] - out["dPCintra"] - out["dPCflux"]
    return out


def random_graph(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(8, 31))            # up to 12 nodes a component is done directly
    kind = seed % 4
    if kind == 3:                          # patches in a plane, links up to a distance
        xy = rng.uniform(0, 4000, (n, 2))
        d = np.hypot(*(xy[:, None] - xy[None]).transpose(2, 0, 1))
        i, j = np.nonzero(np.triu(d <= 1500, 1))
        links = (i.tolist(), j.tolist(), d[i, j].tolist())
    else:
        m = int(rng.integers(n, 3 * n))
        i, j = rng.integers(0, n, m), rng.integers(0, n, m)
        if kind == 0:                      # few distinct lengths: many equally good paths
            d = rng.integers(0, 4, m) * 500.0
        elif kind == 1:                    # all links equally long
            d = np.full(m, 700.0)
        else:
            d = rng.uniform(0, 3000, m)
        links = (i.tolist(), j.tolist(), d.tolist())
    a = rng.uniform(0, 10, n)
    if seed % 5 == 0:
        a[0] = 0.0
    threshold = (None, 1000.0, 1500.0)[seed % 3]
    return a, links, threshold


@pytest.mark.parametrize("seed", range(40))
def test_random_graphs_equal_the_definitions(seed):
    a, links, threshold = random_graph(seed)
    r = connectivity(a, links, d0=1000.0, p0=0.5, threshold=threshold)
    ref = brute_force(a, links, 1000.0, 0.5, threshold)
    assert r.PCnum == pytest.approx(ref["PCnum"], rel=1e-9)
    assert r.IICnum == pytest.approx(ref["IICnum"], rel=1e-9)
    for key in FRACTIONS:
        assert np.abs(r[key] - ref[key]).max() < 1e-9, key
    assert (r.dPCconnector >= 0).all()


def test_random_patch_layout_of_60_patches():
    """Larger than the cases above: batches of sources and several sweeps are exercised."""
    rng = np.random.default_rng(5)
    xy = rng.uniform(0, 6000, (60, 2))
    d = np.hypot(*(xy[:, None] - xy[None]).transpose(2, 0, 1))
    i, j = np.nonzero(np.triu(d <= 1300, 1))
    links = (i.tolist(), j.tolist(), d[i, j].tolist())
    a = rng.lognormal(0, 1, 60)
    r = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0)
    ref = brute_force(a, links, 800.0, 0.4, 1000.0)
    for key in FRACTIONS:
        assert np.abs(r[key] - ref[key]).max() < 1e-9, key


def test_blocks_of_targets_give_the_same_indices_and_matrices(monkeypatch):
    """The shortest paths found a few targets at a time (blocks of 4 of 60 patches, some
    alive together) give what one block of all targets gives, to the last bits but the
    order of the sums."""
    rng = np.random.default_rng(8)
    xy = rng.uniform(0, 6000, (60, 2))
    d = np.hypot(*(xy[:, None] - xy[None]).transpose(2, 0, 1))
    i, j = np.nonzero(np.triu(d <= 1300, 1))
    links = (i, j, d[i, j])
    a = rng.lognormal(0, 1, 60)
    whole = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0, matrices=True)
    blocks = []
    real_init = graph_schedule._Job.__init__

    def spy(self, *args):
        real_init(self, *args)
        blocks.append(len(self.blocks))
    monkeypatch.setattr(graph_schedule._Job, "__init__", spy)
    monkeypatch.setattr(graph_schedule, "_BLOCK_BYTES", graph_schedule._PATH_BYTES * 240)  # 4 of 60
    blocked = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0, matrices=True)
    assert 15 in blocks and min(blocks) > 1
    for key in FRACTIONS:
        assert blocked[key] == pytest.approx(whole[key], rel=1e-12, abs=1e-13), key
    assert blocked.PCnum == pytest.approx(whole.PCnum, rel=1e-13)
    assert blocked.IICnum == pytest.approx(whole.IICnum, rel=1e-13)
    assert np.array_equal(blocked.nl(), whole.nl())
    assert blocked.pstar() == pytest.approx(whole.pstar(), rel=1e-13, abs=0)
    with pytest.raises(RuntimeError, match="matrices=True"):
        connectivity(a, links, d0=800.0, p0=0.4).pstar()


def test_long_ladder_with_equal_links():
    """Two rails of 30 patches joined by rungs, every link 500 m: shortest paths up to 30
    links long, most of them tied many times over (deep dominator trees on both indices)."""
    rungs = 30
    i, j = [], []
    for r in range(rungs):
        i.append(r)                      # rung
        j.append(r + rungs)
        if r + 1 < rungs:
            i += [r, r + rungs]          # rails
            j += [r + 1, r + 1 + rungs]
    links = (i, j, [500.0] * len(i))
    a = np.random.default_rng(11).uniform(1, 5, 2 * rungs)
    r = connectivity(a, links, d0=1000.0, p0=0.5)
    ref = brute_force(a, links, 1000.0, 0.5, None)
    for key in FRACTIONS:
        assert np.abs(r[key] - ref[key]).max() < 1e-9, key


def test_tree_with_shortcuts_cut_patches_and_zero_lengths():
    """A random tree of 70 patches with a few shortcuts: many patches cut the graph (their
    removal leaves pairs without any path: unbounded detours), some links have length 0
    (ties the dominator trees must not loop on), and the IIC threshold drops links."""
    rng = np.random.default_rng(23)
    n = 70
    parent = [int(rng.integers(0, v)) for v in range(1, n)]
    i = list(range(1, n)) + rng.integers(0, n, 15).tolist()
    j = parent + rng.integers(0, n, 15).tolist()
    d = rng.uniform(100, 1500, len(i))
    d[rng.integers(0, len(i), 8)] = 0.0
    links = (i, j, d.tolist())
    a = rng.lognormal(0, 1, n)
    r = connectivity(a, links, d0=1000.0, p0=0.5, threshold=1200.0)
    ref = brute_force(a, links, 1000.0, 0.5, 1200.0)
    for key in FRACTIONS:
        assert np.abs(r[key] - ref[key]).max() < 1e-9, key


def test_many_small_components():
    """200 chains of three patches: each component on its own, as if alone."""
    rng = np.random.default_rng(2)
    first = np.arange(0, 600, 3)
    links = (np.r_[first, first + 1], np.r_[first + 1, first + 2], rng.uniform(0, 900, 400))
    a = rng.uniform(0, 3, 600)
    r = connectivity(a, links, d0=300.0, p0=0.5, threshold=450.0)
    assert r.n_components == 200
    assert list(r.components[:6]) == [0, 0, 0, 1, 1, 1]
    alone = links[0] < 3
    one = connectivity(a[:3], tuple(x[alone] for x in links), d0=300.0, p0=0.5,
                       threshold=450.0)
    ref = brute_force(a[:3], tuple(x[alone] for x in links), 300.0, 0.5, 450.0)
    assert one.dPCconnector == pytest.approx(ref["dPCconnector"], abs=1e-9)
    # The same losses, as shares of a larger total.
    assert r.dPCconnector[:3] * r.PCnum == pytest.approx(one.dPCconnector * one.PCnum,
                                                         rel=1e-9, abs=1e-12)
    assert r.dIIC[:3] * r.IICnum == pytest.approx(one.dIIC * one.IICnum, rel=1e-9)


# ---------------------------------------------------------------------------------------------
# Input errors and cancelling.
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs, words", [
    (dict(d0=0.0), "d0 is 0.0"),
    (dict(p0=1.0), "p0 is 1.0"),
    (dict(p0=0.0), "p0 is 0.0"),
    (dict(capacities=[1.0, -2.0, 3.0]), "Node 1 has capacity -2.0"),
    (dict(links=([0, 1], [1, 7], [10.0, 10.0])), "node 7, but the nodes are numbered 0 to 2"),
    (dict(links=([0], [1], [-5.0])), "distance -5.0"),
    (dict(threshold=-1.0), "threshold is -1.0"),
    (dict(landscape_area=0.0), "landscape area A_L is 0.0"),
])
def test_bad_input_is_refused_with_the_value_and_a_fix(kwargs, words):
    args = dict(capacities=THREE["capacities"], links=THREE["links"], d0=1000.0, p0=0.5)
    args.update(kwargs)
    with pytest.raises(InputError) as info:
        connectivity(**args)
    assert words in str(info.value)


def test_cancel_stops_the_computation():
    class Cancelling:
        def setProgress(self, percent):  # noqa: N802
            pass

        def isCanceled(self):  # noqa: N802
            return True

    for seed in (3, 7):
        a, links, _ = random_graph(seed)
        with pytest.raises(Cancelled):
            connectivity(a, links, d0=1000.0, p0=0.5, feedback=Cancelling())


def test_cancel_during_the_work():
    class CancelLater:
        calls = 0

        def setProgress(self, percent):  # noqa: N802
            pass

        def isCanceled(self):  # noqa: N802
            self.calls += 1
            return self.calls > 2

    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 20000, (1500, 2))
    d = np.hypot(*(xy[:, None] - xy[None]).transpose(2, 0, 1))
    i, j = np.nonzero(np.triu(d <= 1000, 1))
    with pytest.raises(Cancelled):
        connectivity(np.ones(1500), (i, j, d[i, j]), d0=1000.0, p0=0.5,
                     feedback=CancelLater())


# ---------------------------------------------------------------------------------------------
# (d) Conefor node and connection files.
# ---------------------------------------------------------------------------------------------
def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_conefor_files_in_every_dialect_give_the_same_graph(tmp_path):
    nodes = write(tmp_path, "nodes.txt", "# patches\n\n1 1\n2\t2\n3 3.0\n")
    plain = write(tmp_path, "links.txt", "1 2 1000\n2 3 1000\n1 3 3000\n")
    semicolon = write(tmp_path, "links_sc.txt",
                      "from;to;distance\n1;2;1000,0\n\n# the direct link\n2;3;1000\n1;3;3000\n")
    comma = write(tmp_path, "links_c.csv", "1,2,1000\n2, 3, 1000\n1,3,3e3\n")
    ids, capacities = read_nodes(nodes)
    assert ids == [1, 2, 3] and capacities.tolist() == [1.0, 2.0, 3.0]
    for path in (plain, semicolon, comma):
        i, j, d = read_links(path, ids)
        assert i.tolist() == [0, 1, 0] and j.tolist() == [1, 2, 2]
        assert d.tolist() == [1000.0, 1000.0, 3000.0]
        r = connectivity(capacities, (i, j, d), 1000.0, 0.5)
        assert r.PCnum == pytest.approx(23.5)


def test_conefor_header_decimal_commas_and_text_ids(tmp_path):
    nodes = write(tmp_path, "nodes.txt", "id\tarea\nheide\t2,5\nbos 7\t0,25\n7.0\t1\n")
    ids, capacities = read_nodes(nodes)
    assert ids == ["heide", "bos 7", 7]
    assert capacities.tolist() == [2.5, 0.25, 1.0]
    links = write(tmp_path, "links.txt", "heide\tbos 7\t12,5\nbos 7\t7\t3\n")
    i, j, d = read_links(links, ids)
    assert i.tolist() == [0, 1] and j.tolist() == [1, 2] and d.tolist() == [12.5, 3.0]


@pytest.mark.parametrize("nodes, links, words", [
    ("1 1\n2 2\n", "1 2 10\n2 9 10\n",
     ["links.txt, line 2", "node 9 is not in the node file", "Add the node"]),
    ("1 1\n2 2\n1 3\n", None, ["nodes.txt, line 3", "node 1 occurs twice (lines 1 and 3)"]),
    ("1 1\n2 -2\n", None, ["nodes.txt, line 2", "capacity -2", "cannot be negative"]),
    ("1 1\n2 twee\n", None, ["nodes.txt, line 2", "'twee' is not a number"]),
    ("1 een\n2 2\n", None, ["nodes.txt, line 1", "'een' is not a number"]),
    ("1 1\n2 2\n", "1 2 -10\n", ["links.txt, line 1", "is -10", "cannot be negative"]),
    ("1 1\n2 2\n", "# nothing\n1 2 10\n1 2 veel\n", ["links.txt, line 3", "'veel'"]),
    ("1 1\n2 2\n", "1 2\n", ["links.txt, line 1", "'1 2' does not hold 3 values"]),
    ("# only a comment\n\n", None, ["nodes.txt holds no nodes"]),
    ("id capacity\n", None, ["nodes.txt holds no nodes"]),
    ("1 1\n2 2\n", "\n", ["links.txt holds no connections"]),
])
def test_conefor_errors_name_file_line_value_and_fix(tmp_path, nodes, links, words):
    nodes_path = write(tmp_path, "nodes.txt", nodes)
    with pytest.raises(TableError) as info:
        ids, _ = read_nodes(nodes_path)
        read_links(write(tmp_path, "links.txt", links), ids)
    for word in words:
        assert word in str(info.value)


def test_conefor_missing_file(tmp_path):
    with pytest.raises(TableError) as info:
        read_nodes(str(tmp_path / "nowhere.txt"))
    assert "does not exist" in str(info.value)
