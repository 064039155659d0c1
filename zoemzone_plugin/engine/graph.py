"""Habitat-network indices of a patch graph: PC, ECA, IIC and the node importances dPC, dIIC.

The definitions are Saura & Pascual-Hortal (2007), as Conefor computes them:

- a link of length d has the probability p = exp(-k d), k = -ln(p0) / d0;
- p*_ij is the largest product of probabilities over all paths from i to j (p*_ii = 1): the
  shortest path with lengths -ln p = k d;
- PCnum = sum_i sum_j a_i a_j p*_ij, PC = PCnum / A_L^2, ECA = sqrt(PCnum);
- IIC = sum_i sum_j a_i a_j / (1 + nl_ij) / A_L^2 in the binary graph of the links no longer
  than a threshold, nl_ij the number of links on the topologically shortest path (nl_ii = 0,
  pairs without a path count 0);
- dPC_k = 100 (PC - PC'_k) / PC with patch k removed (its capacity gone, A_L unchanged), split
  into dPCintra_k = 100 a_k^2 / PCnum, dPCflux_k = 100 * 2 sum_{i!=k} a_i a_k p*_ik / PCnum and
  dPCconnector_k, the rest: what the pairs i, j != k lose when their best path loses k. dIIC
  likewise.

The work is in the connector parts: removing k lengthens the best path of every pair whose
best path runs through k, and on a sparse patch graph nearly every patch is on the best path
of some pair. Recomputing all shortest paths for each removed patch costs n times an
all-pairs problem; instead, for each source i, all removals are solved at once:

1. All-pairs shortest paths by Gauss-Seidel sweeps of Bellman-Ford over whole rows (row j
   takes, for every target at once, the best of its links plus the neighbour's row), in
   breadth-first order alternately forwards and backwards, only over rows whose neighbours
   changed, to the fixed point; the first hop of each improvement is kept, which gives for
   every source i a shortest-path tree T_i (the parent of j towards i).
2. Removing k changes the distances from i only for the descendants of k in T_i, the set
   S_i(k). For j in S_i(k) the new distance h satisfies the Bellman equation in the graph
   without k: h(j) = min over the links (m, j), m != k, of h(m) + w_mj, where h(m) = D_im
   (exact, its tree path avoids k) when m is not in S_i(k). Whether m is in S_i(k) is
   whether m and j share the ancestor k at k's depth, so every (j, depth of k) entry of a
   source is a table cell and the whole table is relaxed level by level of depth
   (Gauss-Seidel from the root outwards), batched over sources, then swept again until no
   cell improves. The fixed point is exact: every value is the length of a real path in the
   graph without k, and at the fixed point no link can shorten any of them.
3. The loss of k is sum a_i a_j (f(D_ij) - f(D'_ij)) over those entries, f(d) = exp(-d) for
   PC and 1 / (1 + d) for IIC (with unit link lengths), so dPCconnector comes out directly,
   never from a difference of large numbers, and is never negative.

Everything is per connected component: a removal changes nothing outside its component. The
work per source is about (number of patches) x (mean depth of the tree) x (links per patch);
batches of sources run on all cores (numpy releases the interpreter lock inside its loops).
"""
import heapq
import math
import os
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

import numpy as np

from .errors import Cancelled, InputError
from .progress import NullFeedback

# Sources solved together in one batch of the removal tables (fewer, larger numpy calls).
_BATCH = 24
# Rows of the all-pairs sweeps between two looks at the cancel button.
_CANCEL_EVERY = 256


def probability(d, d0, p0):
    """p = exp(-k d) with k = -ln(p0) / d0: p0 at distance d0, 1 at distance 0."""
    _check_decay(d0, p0)
    k = -math.log(p0) / d0
    return np.exp(-k * np.asarray(d, dtype=np.float64))


def _check_decay(d0, p0):
    if not (isinstance(d0, (int, float, np.number)) and math.isfinite(d0) and d0 > 0):
        raise InputError("The dispersal distance d0 is {value}; it must be a positive number "
                         "of map units. Give the distance at which the probability is p0.",
                         value=d0)
    if not (isinstance(p0, (int, float, np.number)) and 0 < p0 < 1):
        raise InputError("The probability p0 is {value}; it must lie between 0 and 1 "
                         "(exclusive). Use 0.5 for a median dispersal distance.", value=p0)


class ConnectivityResult:
    """The indices of one patch graph; also readable as a dict (``result["PC"]``).

    Per node (arrays in node order): components, dPC, dPCintra, dPCflux, dPCconnector, dIIC,
    iic_components. Totals: PCnum, PC, ECA, IICnum, IIC, landscape_area, n_components.
    ``pstar()`` and ``nl()`` give the n x n matrices of p*_ij and of nl_ij (-1: no path).
    """

    def __init__(self, **values):
        self._keys = []
        for key, value in values.items():
            if not key.startswith("_"):
                self._keys.append(key)
            setattr(self, key, value)

    def keys(self):
        return list(self._keys)

    def __getitem__(self, key):
        if key not in self._keys:
            raise KeyError(key)
        return getattr(self, key)

    def __contains__(self, key):
        return key in self._keys

    def pstar(self):
        """n x n p*_ij: largest product probability over all paths, 0 without a path."""
        return _assemble(self._pc_blocks, len(self.components), lambda d: np.exp(-d), 0.0)

    def nl(self):
        """n x n nl_ij: links on the topologically shortest path, -1 without a path."""
        hops = _assemble(self._iic_blocks, len(self.components), lambda d: d, np.inf)
        out = np.full(hops.shape, -1, np.int64)
        finite = np.isfinite(hops)
        out[finite] = np.rint(hops[finite]).astype(np.int64)
        return out


def _assemble(blocks, n, transform, fill):
    out = np.full((n, n), fill, np.float64)
    for nodes, dist in blocks:
        out[np.ix_(nodes, nodes)] = transform(dist)
    return out


def connectivity(capacities, links, d0, p0, threshold=None, landscape_area=None,
                 feedback=None):
    """PC, ECA, IIC and the per-node dPC fractions and dIIC of a patch graph.

    capacities: n values a_i >= 0 (areas, or quality-weighted areas).
    links: (i, j, distance): three equal-length sequences, or a sequence of triples; node
    indices 0..n-1, undirected; of a pair given more than once the shortest distance counts;
    links of a node to itself are ignored.
    d0, p0: the decay, p = p0 at distance d0.
    threshold: the IIC graph keeps the links with distance <= threshold (None: all links).
    landscape_area: A_L (default: the sum of the capacities).
    """
    feedback = feedback or NullFeedback()
    _check_decay(d0, p0)
    a = _check_capacities(capacities)
    n = len(a)
    i, j, dist = _check_links(links, n)
    if threshold is not None and not (math.isfinite(threshold) and threshold >= 0):
        raise InputError("The IIC distance threshold is {value}; it must be a number >= 0. "
                         "Give the largest distance a species still crosses.",
                         value=threshold)
    area = float(a.sum()) if landscape_area is None else landscape_area
    if not (isinstance(area, (int, float, np.number)) and math.isfinite(area) and area > 0):
        raise InputError("The landscape area A_L is {value}; it must be a positive number. "
                         "Leave it empty to use the sum of the capacities.", value=area)
    area = float(area)

    k = -math.log(p0) / d0
    keep = np.ones(len(i), bool) if threshold is None else dist <= threshold
    pc = _Analysis(n, i, j, dist * k, a, _exp_neg, 0.0, feedback, 0, 60)
    iic = _Analysis(n, i[keep], j[keep], np.ones(int(keep.sum())), a, _reciprocal, 1.0,
                    feedback, 60, 100)
    feedback.setProgress(100)

    pcnum, iicnum = pc.total, iic.total
    intra = _percent(a * a, pcnum)
    flux = _percent(2.0 * pc.flux, pcnum)
    connector = _percent(pc.loss, pcnum)
    return ConnectivityResult(
        PCnum=pcnum, PC=pcnum / area ** 2, ECA=math.sqrt(pcnum),
        IICnum=iicnum, IIC=iicnum / area ** 2, landscape_area=area,
        components=pc.labels, n_components=pc.n_components,
        iic_components=iic.labels,
        dPC=intra + flux + connector, dPCintra=intra, dPCflux=flux, dPCconnector=connector,
        dIIC=_percent(a * a + 2.0 * iic.flux + iic.loss, iicnum),
        _pc_blocks=pc.blocks, _iic_blocks=iic.blocks)


def _exp_neg(d):
    return np.exp(-d)


def _reciprocal(d):
    return 1.0 / (1.0 + d)


def _percent(part, total):
    if total <= 0:
        return np.zeros(len(part))
    return 100.0 * np.maximum(part, 0.0) / total


def _check_capacities(capacities):
    a = np.asarray(capacities, dtype=np.float64).ravel()
    bad = np.flatnonzero(~np.isfinite(a) | (a < 0))
    if len(bad):
        raise InputError("Node {index} has capacity {value}; capacities must be numbers >= 0. "
                         "Correct the node's area or quality.",
                         index=int(bad[0]), value=a[bad[0]])
    return a


def _check_links(links, n):
    if isinstance(links, np.ndarray) and links.ndim == 2 and links.shape[1] == 3:
        links = (links[:, 0], links[:, 1], links[:, 2])
    elif isinstance(links, np.ndarray) and links.size == 0 or (
            not isinstance(links, np.ndarray) and len(links) == 0):
        links = ((), (), ())
    if isinstance(links, np.ndarray) or len(links) != 3:
        raise InputError("The links must be given as (i, j, distance): three equal-length "
                         "sequences or an array of three columns; got {count} sequences.",
                         count=len(links))
    i = np.asarray(links[0], dtype=np.float64).ravel()
    j = np.asarray(links[1], dtype=np.float64).ravel()
    dist = np.asarray(links[2], dtype=np.float64).ravel()
    if not len(i) == len(j) == len(dist):
        raise InputError("The links have {ni} first nodes, {nj} second nodes and {nd} "
                         "distances. Pass three equal-length arrays.",
                         ni=len(i), nj=len(j), nd=len(dist))
    for ends in (i, j):
        bad = np.flatnonzero((ends != np.floor(ends)) | (ends < 0) | (ends >= n))
        if len(bad):
            raise InputError("Link {index} refers to node {value}, but the nodes are "
                             "numbered 0 to {last}. Use node indices of the capacity list.",
                             index=int(bad[0]), value=ends[bad[0]], last=n - 1)
    bad = np.flatnonzero(~np.isfinite(dist) | (dist < 0))
    if len(bad):
        raise InputError("Link {index} has distance {value}; distances must be numbers >= 0. "
                         "Correct the distance.", index=int(bad[0]), value=dist[bad[0]])
    i, j = i.astype(np.int64), j.astype(np.int64)
    other = i != j
    lo, hi, dist = np.minimum(i, j)[other], np.maximum(i, j)[other], dist[other]
    # Of a pair given more than once the shortest distance counts.
    order = np.lexsort((dist, hi, lo))
    lo, hi, dist = lo[order], hi[order], dist[order]
    first = np.ones(len(lo), bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    return lo[first], hi[first], dist[first]


def _components(n, i, j):
    """Component label per node (0.. in order of each component's lowest node)."""
    parent = np.arange(n)
    while True:
        low = np.minimum(parent[i], parent[j])
        hooked = parent.copy()
        np.minimum.at(hooked, parent[i], low)
        np.minimum.at(hooked, parent[j], low)
        while True:
            jumped = hooked[hooked]
            if np.array_equal(jumped, hooked):
                break
            hooked = jumped
        if np.array_equal(hooked, parent):
            break
        parent = hooked
    roots, labels = np.unique(parent, return_inverse=True)
    return labels.astype(np.int64), len(roots)


class _Analysis:
    """One metric (PC or IIC) over all components: the total, the flux and loss per node."""

    def __init__(self, n, i, j, w, a, f, quantum, feedback, start, end):
        self.labels, self.n_components = _components(n, i, j)
        self.total = 0.0
        self.flux = np.zeros(n)         # sum_{m != k} a_m a_k f(D_mk)
        self.loss = np.zeros(n)         # the connector loss
        self.blocks = []
        comp_of_link = self.labels[i]
        order = np.argsort(self.labels, kind="stable")
        bounds = np.searchsorted(self.labels[order], np.arange(self.n_components + 1))
        link_order = np.argsort(comp_of_link, kind="stable")
        link_bounds = np.searchsorted(comp_of_link[link_order],
                                      np.arange(self.n_components + 1))
        # Work of a component grows about with its size squared.
        sizes = np.diff(bounds).astype(np.float64)
        weights = np.where(sizes > 2, sizes ** 2, 0.0)
        budget = weights.sum() or 1.0
        done = 0.0
        local = np.empty(n, np.int64)
        for c in range(self.n_components):
            nodes = order[bounds[c]:bounds[c + 1]]
            ac = a[nodes]
            if len(nodes) == 1:
                self.total += float(ac[0] * ac[0])
                self.blocks.append((nodes, np.zeros((1, 1))))
                continue
            local[nodes] = np.arange(len(nodes))
            sel = link_order[link_bounds[c]:link_bounds[c + 1]]
            span = (end - start) * weights[c] / budget
            lo = start + (end - start) * done / budget
            comp = _Component(len(nodes), local[i[sel]], local[j[sel]], w[sel])
            dist = comp.all_pairs(feedback, lo, lo + 0.25 * span)
            dist = np.minimum(dist, dist.T)       # the two directions' sums may differ by ulps
            fd = f(dist)
            weighted = fd @ ac
            self.total += float(ac @ weighted)
            self.flux[nodes] = ac * (weighted - ac * f(0.0))
            if len(nodes) > 2:
                self.loss[nodes] = comp.removal_losses(ac, f, quantum, feedback, lo + 0.25 * span,
                                                       lo + span)
            self.blocks.append((nodes, dist))
            done += weights[c]


class _Component:
    """A connected graph on nodes 0..c-1 with link lengths w >= 0."""

    def __init__(self, c, i, j, w):
        self.c = c
        src = np.concatenate([i, j])
        dst = np.concatenate([j, i])
        ww = np.concatenate([w, w])
        order = np.lexsort((dst, src))
        self.indices = dst[order].astype(np.int64)
        self.weights = ww[order].astype(np.float64)
        self.indptr = np.searchsorted(src[order], np.arange(c + 1)).astype(np.int64)
        self.degree = np.diff(self.indptr)

    def _neighbours(self, rows):
        """(position in ``rows``, neighbour, weight) for every link of ``rows``, grouped by
        position in ascending order."""
        counts = self.degree[rows]
        total = int(counts.sum())
        owner = np.repeat(np.arange(len(rows)), counts)
        starts = np.cumsum(counts) - counts
        pos = np.arange(total) - np.repeat(starts - self.indptr[rows], counts)
        return owner, self.indices[pos], self.weights[pos]

    def _single_source(self, start):
        """Distances from ``start`` (a plain Dijkstra: used only for a few landmarks)."""
        dist = np.full(self.c, np.inf)
        dist[start] = 0.0
        heap = [(0.0, int(start))]
        indptr, indices, weights = self.indptr.tolist(), self.indices.tolist(), \
            self.weights.tolist()
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist[u]:
                continue
            for q in range(indptr[u], indptr[u + 1]):
                v, nd = indices[q], d + weights[q]
                if nd < dist[v]:
                    dist[v] = nd
                    heapq.heappush(heap, (nd, v))
        return dist

    def _sweep_orders(self):
        """Four orders of the rows, like west-east, south-north and back on a map.

        Graph coordinates from landmarks: u = d(L1) - d(L2) runs from one far end of the
        graph to the other, v likewise across it. Shortest paths are nearly straight in such
        coordinates, so Gauss-Seidel sweeps along them settle most distances in a few passes;
        the order only affects the speed, never the result.
        """
        d0 = self._single_source(0)
        l1 = int(np.argmax(np.where(np.isfinite(d0), d0, -1)))
        d1 = self._single_source(l1)
        l2 = int(np.argmax(d1))
        d2 = self._single_source(l2)
        l3 = int(np.argmax(np.minimum(d1, d2)))
        d3 = self._single_source(l3)
        l4 = int(np.argmax(d3))
        d4 = self._single_source(l4)
        u = np.argsort(d1 - d2, kind="stable")
        v = np.argsort(d3 - d4, kind="stable")
        return [u, v, u[::-1], v[::-1]]

    def all_pairs(self, feedback, lo, hi):
        """D[j, x]: shortest distance from j to x; sets the trees towards every node.

        Row j is relaxed over all targets at once: D[j] = min over links (j, m) of
        w_jm + D[m], in Gauss-Seidel sweeps along the orders of ``_sweep_orders``; a row is
        visited again only when a neighbour's row changed since. At the fixed point no link
        shortens any distance, so every distance is exact. The neighbour that gave the last
        improvement is j's next hop towards x: the parent of j in the tree T_x (every
        improvement is strict, so these pointers never form a cycle).
        """
        c = self.c
        orders = self._sweep_orders()
        dist = np.full((c, c), np.inf)
        np.fill_diagonal(dist, 0.0)
        hop = np.full((c, c), -1, np.int32)
        dirty = np.ones(c, bool)
        sweep = 0
        while dirty.any():
            for count, row in enumerate(orders[sweep % len(orders)]):
                if count % _CANCEL_EVERY == 0 and feedback.isCanceled():
                    raise Cancelled()
                if not dirty[row]:
                    continue
                dirty[row] = False
                a, b = self.indptr[row], self.indptr[row + 1]
                nb = self.indices[a:b]
                cand = dist[nb] + self.weights[a:b, None]
                best = cand.min(axis=0)
                better = np.flatnonzero(best < dist[row])
                if len(better):
                    dist[row, better] = best[better]
                    hop[row, better] = nb[cand[:, better].argmin(axis=0)]
                    dirty[nb] = True
            sweep += 1
            feedback.setProgress(lo + (hi - lo) * (1 - 0.6 ** sweep))
        self.parent = np.ascontiguousarray(hop.T)      # parent[x, j]: j's parent in T_x
        self.dist_to = np.ascontiguousarray(dist.T)    # dist_to[x, j] = D[j, x]
        return dist

    def removal_losses(self, a, f, quantum, feedback, lo, hi):
        """loss[k] = sum over i, j != k of a_i a_j (f(D_ij) - f(D_ij without k))."""
        c = self.c
        batches = [np.arange(s, min(s + _BATCH, c)) for s in range(0, c, _BATCH)]
        loss = np.zeros(c)
        stop = threading.Event()
        workers = max(1, min(os.cpu_count() or 1, len(batches)))

        def run(sources):
            if stop.is_set():
                return None
            return self._batch_losses(sources, a, f, quantum, stop)

        done = 0
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending = {pool.submit(run, s) for s in batches}
            try:
                while pending:
                    finished, pending = wait(pending, timeout=0.2,
                                             return_when=FIRST_COMPLETED)
                    for future in finished:
                        part = future.result()
                        if part is not None:
                            loss += part
                        done += 1
                    if feedback.isCanceled():
                        raise Cancelled()
                    feedback.setProgress(lo + (hi - lo) * done / len(batches))
            except BaseException:
                stop.set()
                for future in pending:
                    future.cancel()
                raise
        return loss

    def _batch_losses(self, sources, a, f, quantum, stop):
        """The losses of all removals, summed over the sources in ``sources``.

        A row is a (source, node) pair, first numbered b*c + j for node j seen from
        sources[b], then renumbered by depth in the dominator trees so that the rows of one
        depth are a contiguous block and their neighbours lie in the blocks around it.
        """
        c = self.c
        rows = len(sources) * c
        base = np.repeat(np.arange(len(sources)) * c, c)
        node = np.tile(np.arange(c), len(sources))
        dist = self.dist_to[sources].ravel()
        tree = self.parent[sources].ravel().astype(np.int64)
        tree = np.where(tree >= 0, tree + base, -1)
        tdepth = _depths(tree)

        # The shortest-path DAG: links m -> j with D_m + w = D_j. Of links between nodes at
        # the same distance (zero lengths) only those down the tree are kept, so that it has
        # no cycle; fewer links only make the dominated sets larger, never wrong.
        owner, nbr, w = self._neighbours(node)
        nbr = nbr + base[owner]
        tight = (dist[nbr] + w <= dist[owner]) & (
            (dist[nbr] < dist[owner]) | (tdepth[nbr] < tdepth[owner]))
        idom, ddepth, anc = _dominators(rows, node, base, nbr[tight], owner[tight], tdepth)
        levels = anc.shape[1]
        if levels < 3:
            return np.zeros(c)

        perm = np.argsort(ddepth, kind="stable")
        inv = np.empty(rows, np.int64)
        inv[perm] = np.arange(rows)
        bounds = np.searchsorted(ddepth[perm], np.arange(levels + 1))
        dist, node, base, ddepth = dist[perm], node[perm], base[perm], ddepth[perm]
        anc = np.ascontiguousarray(anc[perm])
        idom = idom[perm]
        idom = np.where(idom >= 0, inv[np.maximum(idom, 0)], -1)
        h = np.full((rows, levels), np.inf)
        plans = []
        for t in range(2, levels):
            if stop.is_set():
                return None
            lo, hi = bounds[t], bounds[t + 1]
            if hi > lo:
                plan = _Level(self, t, lo, hi, idom[lo:hi], base, node, dist, ddepth, anc,
                              inv, h, quantum)
                plan.relax(h)
                plans.append(plan)
        changed = True
        while changed:
            changed = False
            for plan in plans:
                if stop.is_set():
                    return None
                changed |= plan.relax(h)

        loss = np.zeros(c)
        a_pair = a[sources][base // c] * a[node]
        for plan in plans:
            t, lo, hi = plan.t, plan.lo, plan.hi
            d = dist[lo:hi, None]
            lost = f(d) - f(np.maximum(h[lo:hi, 1:t], d))
            lost *= a_pair[lo:hi, None]
            loss += np.bincount(anc[lo:hi, 1:t].ravel(), lost.ravel(), minlength=c)
        return loss


class _Level:
    """The rows at one depth t of the dominator trees: their relaxation, set up in sweep 1.

    Row j (dominator q, removed node k at depth l):
    - l <= t - 2: the shortest path to q without k (length h(q, l)) and then the shortest
      path from q to j (which cannot meet k again) is always open, so h(j, l) <= h(q, l) +
      D_j - D_q: the detour never grows from q to j. A link m -> j can only do better when
      its slack D_m + w - D_j (plus the least detour of a cut-off m: ``quantum``, 1 on the
      unit-length IIC graph, else 0) is below q's detour h(q, l) - D_q; on patch graphs few
      links are that tight, and only for them is it worked out whether m is cut off too.
    - l = t - 1 (k = q): every link counts; a link to a node outside q's dominated set gives
      a fixed value, the others h(m, l) + w, when they can beat the best fixed value.
    Fixed values are kept in ``outside``, the rest as candidate (cell, neighbour entry)
    pairs. The sweep-1 detours are upper bounds of the final ones, so the candidates found
    then serve all later sweeps.
    """

    def __init__(self, comp, t, lo, hi, up, base, node, dist, ddepth, anc, inv, h, quantum):
        self.t, self.lo, self.hi, self.up = t, lo, hi, up
        self.rise = dist[lo:hi] - dist[up]
        stride = anc.shape[1]
        width = t - 1
        flat_anc = anc.ravel()
        owner, nbr, w = comp._neighbours(node[lo:hi])
        nbr = inv[nbr + base[lo:hi][owner]]
        keep = nbr != up[owner]          # the dominator's own link never beats the base
        owner, nbr, w = owner[keep], nbr[keep], w[keep]
        row = lo + owner
        reach = dist[nbr] + w
        slack = reach - dist[row]
        tol = 1e-9 * (1.0 + dist[lo:hi])
        self.outside = outside = np.full((hi - lo, width), np.inf)

        # Removing q: is the neighbour below q (then cut off as well)?
        below_q = flat_anc.take(nbr * stride + (t - 1)) == flat_anc.take(row * stride + (t - 1))
        if len(owner):
            starts = np.searchsorted(owner, np.arange(hi - lo))
            has = np.diff(np.r_[starts, len(owner)]) > 0
            fixed = np.minimum.reduceat(np.where(below_q, np.inf, reach), starts[has])
            outside[has, -1] = fixed
        room = outside[:, -1] - dist[lo:hi] + tol
        last = np.flatnonzero(below_q & (slack + quantum < room[owner]))
        flat_parts = [nbr[last] * stride + (t - 1)]
        w_parts = [w[last]]
        cell_parts = [owner[last] * width + (width - 1)]

        if t > 2:
            detour = h[up, 1:t - 1] - dist[up][:, None] + tol[:, None]
            widest = detour.max(axis=1)
            loose = np.flatnonzero(slack + quantum <= widest[owner])
            if len(loose):
                o, m, s = owner[loose], nbr[loose], slack[loose]
                dn = ddepth[m]
                common = np.full(len(loose), t - 2)
                maybe = np.flatnonzero(~below_q[loose])
                common[maybe] = _common_depth(anc, m[maybe], row[loose][maybe],
                                              np.minimum(dn[maybe], t - 2))
                cols = np.arange(t - 2)
                fit = s[:, None] + quantum <= detour[o]
                inner = fit & (cols < np.minimum(common, dn - 1)[:, None])
                outer = fit & (cols >= common[:, None])
                col, e = np.nonzero(inner.T)
                flat_parts.insert(0, m[e] * stride + col + 1)
                w_parts.insert(0, w[loose][e])
                cell_parts.insert(0, o[e] * width + col)
                col, e = np.nonzero(outer.T)
                if len(e):
                    cell = o[e] * width + col
                    run = np.flatnonzero(np.r_[True, cell[1:] != cell[:-1]])
                    flat_out = outside.ravel()
                    flat_out[cell[run]] = np.minimum(
                        flat_out.take(cell[run]), np.minimum.reduceat(reach[loose][e], run))
        flat = np.concatenate(flat_parts)
        self.cand = None
        if len(flat):
            cell = np.concatenate(cell_parts)
            run = np.flatnonzero(np.r_[True, cell[1:] != cell[:-1]])
            self.cand = (flat, np.concatenate(w_parts), run, cell[run])
        self.first = True

    def relax(self, h):
        """One Gauss-Seidel step of these rows; True when a value went down."""
        t = self.t
        new = h[self.up, 1:t]
        new += self.rise[:, None]
        np.minimum(new, self.outside, out=new)
        if self.cand is not None:
            flat, w, run, cell = self.cand
            best = np.minimum.reduceat(h.ravel().take(flat) + w, run)
            flat_new = new.ravel()
            flat_new[cell] = np.minimum(flat_new.take(cell), best)
        block = h[self.lo:self.hi, 1:t]
        if self.first:
            self.first = False
            block[...] = new
            return True
        if (new < block).any():
            np.minimum(block, new, out=block)
            return True
        return False


def _common_depth(anc, a, b, top):
    """Depth of the deepest common ancestor of rows a and b (at most ``top``).

    anc[r, l] is the node at depth l on r's path, so two paths agree up to the common
    ancestor and never after. Most links join nodes whose paths part only near the end, so
    the two deepest candidates are tried first and only the rest are bisected.
    """
    stride = anc.shape[1]
    flat = anc.ravel()
    a_base, b_base = a * stride, b * stride
    common = np.zeros(len(a), np.int64)
    rest = np.arange(len(a))
    for step in (0, 1):
        probe = np.maximum(top[rest] - step, 0)
        equal = flat.take(a_base[rest] + probe) == flat.take(b_base[rest] + probe)
        common[rest[equal]] = probe[equal]
        rest = rest[~equal]
        if not len(rest):
            return common
    low = np.zeros(len(rest), np.int64)            # equal there
    high = top[rest] - 1                           # not equal there
    while True:
        open_ = high - low > 1
        if not open_.any():
            break
        idx = np.flatnonzero(open_)
        mid = (low[idx] + high[idx]) // 2
        r = rest[idx]
        equal = flat.take(a_base[r] + mid) == flat.take(b_base[r] + mid)
        low[idx[equal]] = mid[equal]
        high[idx[~equal]] = mid[~equal]
    common[rest] = low
    return common


def _depths(parent):
    """Depth of every row in the forest given by ``parent`` (-1 at the roots)."""
    depth = np.zeros(len(parent), np.int64)
    cur = parent.copy()
    active = np.flatnonzero(cur >= 0)
    while len(active):
        depth[active] += 1
        cur[active] = parent[cur[active]]
        active = active[cur[active] >= 0]
    return depth


def _dominators(rows, node, base, pred, succ, tdepth):
    """Dominator trees of the shortest-path DAGs (links pred -> succ, grouped by succ).

    k dominates j when every shortest path from the source to j runs through k: exactly the
    pairs whose distance grows when k is removed. The immediate dominator of j is the
    deepest common dominator of its DAG predecessors, found level by level of the DAG.
    Returns idom (row), depth in the dominator tree, and anc[r, l]: the node at depth l on
    the dominator path to row r (past r's own depth a value unique to r).
    """
    start = np.searchsorted(succ, np.arange(rows + 1))
    head = start[:-1][np.diff(start) > 0]
    heads = succ[head]
    # Longest-path level in the DAG; the tree depth is a lower bound to start from.
    level = tdepth.copy()
    while True:
        reach = np.maximum.reduceat(level[pred] + 1, head)
        grow = reach > level[heads]
        if not grow.any():
            break
        level[heads[grow]] = reach[grow]
    width = int(level.max()) + 1
    anc = np.repeat((-1 - np.arange(rows, dtype=np.int64))[:, None], width, axis=1)
    roots = np.flatnonzero(level == 0)
    anc[roots, 0] = node[roots]
    idom = np.full(rows, -1, np.int64)
    ddepth = np.zeros(rows, np.int64)
    order = np.argsort(level, kind="stable")
    bounds = np.searchsorted(level[order], np.arange(width + 1))
    cols = np.arange(width)
    for lev in range(1, width):
        mine = order[bounds[lev]:bounds[lev + 1]]
        if not len(mine):
            continue
        count = start[mine + 1] - start[mine]
        first = pred[start[mine]]
        up = first.copy()
        multi = np.flatnonzero(count > 1)
        if len(multi):
            cnt = count[multi]
            offs = np.cumsum(cnt) - cnt
            pos = np.arange(int(cnt.sum())) - np.repeat(offs - start[mine[multi]], cnt)
            grp = np.repeat(np.arange(len(multi)), cnt)
            ref = first[multi]
            same = anc[pred[pos]] == anc[ref][grp]
            agree = np.logical_and.reduceat(same, offs, axis=0)
            common = agree.sum(axis=1) - 1
            up[multi] = anc[ref, common] + base[mine[multi]]
        idom[mine] = up
        ddepth[mine] = ddepth[up] + 1
        anc[mine] = np.where(cols < ddepth[mine][:, None], anc[up], anc[mine])
        anc[mine, ddepth[mine]] = node[mine]
    keep = int(ddepth.max()) + 1
    return idom, ddepth, np.ascontiguousarray(anc[:, :keep])
