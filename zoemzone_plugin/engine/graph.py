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
best paths all run through k, and on a sparse patch graph nearly every patch is on the best
path of some pair. Recomputing all shortest paths for each removed patch costs n times an
all-pairs problem; instead, for each source i, all removals are solved at once:

1. All-pairs shortest paths by Gauss-Seidel sweeps of Bellman-Ford over whole rows (row j
   takes, for every target at once, the best of its links plus the neighbour's row), along
   orders that cross the graph in four directions, only over rows whose neighbours changed,
   to the fixed point. The hop that gave each improvement is kept: a shortest-path tree
   towards every node.
2. Removing k changes the distance from i to j exactly when every shortest path from i to j
   runs through k: when k dominates j in the DAG of shortest paths from i. The dominator
   tree of that DAG (the tree itself where best paths are unique) is built level by level,
   the immediate dominator of j being the deepest common dominator of j's predecessors.
3. For each j and each dominator k of j (at depth l) the new distance h(j, l) satisfies the
   Bellman equation in the graph without k: h(j) = min over the links (m, j), m != k, of
   h(m) + w_mj, where h(m) = D_im (exact) when k does not dominate m. These (j, l) cells of
   all sources of a batch form one table, relaxed depth by depth (Gauss-Seidel from the
   source outwards, where the path through j's own dominator is always open, so only links
   tighter than that detour need a look) and swept again until no cell improves. The fixed
   point is exact: every value is the length of a real path in the graph without k, and at
   the fixed point no link can shorten any of them.
4. The loss of k is sum a_i a_j (f(D_ij) - f(D'_ij)) over those cells, f(d) = exp(-d) for PC
   and 1 / (1 + d) for IIC (unit link lengths), so dPCconnector comes out directly, never
   from a difference of large numbers, and is never negative.

Everything is per connected component: a removal changes nothing outside its component. The
work per source is about (number of patches) x (mean depth of the dominator tree) x (the
links tighter than the detour); components and batches of sources run on a pool of threads
(numpy releases the interpreter lock inside its loops), the two indices side by side.

Memory grows with the patches, not with their square: the distances towards one target do not
depend on those towards another, so step 1 runs for a block of targets at a time, and the
sources of step 2 are the targets of one block (the graph is undirected). Only a few blocks
are alive at once; a block is dropped as soon as its sources' removals are summed.
"""
import heapq
import math
import os
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

import numpy as np

from .errors import Cancelled, InputError
from .progress import NullFeedback

# Sources solved together in one batch of the removal tables (fewer, larger numpy calls),
# fewer on large or deep components: a batch's table holds at most _BATCH_CELLS cells.
_BATCH = 24
_BATCH_CELLS = 4000000
# Components of at most this many nodes are solved by the definitions, many at once.
_SMALL = 12
# Rows of the all-pairs sweeps between two looks at the cancel button.
_CANCEL_EVERY = 256
# A block of targets holds at most this many bytes of paths (distance, next hop and depth per
# (node, target), during the sweeps and as their transposes: _PATH_BYTES); blocks are alive
# together up to (threads + 1) times this.
_BLOCK_BYTES = 192 << 20
_PATH_BYTES = 32


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
    ``pstar()`` and ``nl()`` give the n x n matrices of p*_ij and of nl_ij (-1: no path),
    when ``connectivity`` was asked to keep them (``matrices=True``).
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
        return np.exp(-_assemble(self._pc_blocks, len(self.components)))

    def nl(self):
        """n x n nl_ij: links on the topologically shortest path, -1 without a path."""
        hops = _assemble(self._iic_blocks, len(self.components))
        out = np.full(hops.shape, -1, np.int64)
        finite = np.isfinite(hops)
        out[finite] = np.rint(hops[finite]).astype(np.int64)
        return out


def _assemble(blocks, n):
    """The n x n shortest distances from the kept blocks (inf: no path)."""
    if blocks is None:
        raise RuntimeError("the matrices were not kept: call connectivity(..., matrices=True)")
    out = np.full((n, n), np.inf)
    for nodes, lo, hi, dist_to in blocks:
        out[np.ix_(nodes[lo:hi], nodes)] = dist_to
    # The two directions' sums may differ in the last bits: the shorter counts.
    return np.minimum(out, out.T)


def connectivity(capacities, links, d0, p0, threshold=None, landscape_area=None,
                 feedback=None, matrices=False, cluster=None):
    """PC, ECA, IIC and the per-node dPC fractions and dIIC of a patch graph.

    capacities: n values a_i >= 0 (areas, or quality-weighted areas).
    links: (i, j, distance) as three equal-length sequences (or a 2-D array: one link per row
    of three, or three rows); node indices 0..n-1, undirected; of a pair given more than
    once the shortest distance counts; links of a node to itself are ignored.
    d0, p0: the decay, p = p0 at distance d0 (0 < p0 < 1).
    threshold: the IIC graph keeps the links with distance <= threshold (None: all links).
    landscape_area: A_L (default: the sum of the capacities).
    feedback: setProgress(percent) and isCanceled() (a QgsProcessingFeedback will do).
    matrices: keep the n x n distances for ``pstar()`` and ``nl()`` (small graphs only: the
    indices themselves never need them whole).
    cluster: an engine.cluster.Cluster to compute the blocks of source patches on (None: in
    this process, on a pool of threads).

    Returns a ConnectivityResult: PCnum, PC, ECA, IICnum, IIC, landscape_area, components
    and n_components (of the graph of all links), iic_components, and per node in percent
    dPC, dPCintra, dPCflux, dPCconnector (dPC = intra + flux + connector) and dIIC.
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
    if not a.any():
        raise InputError("All {count} capacities are 0, so there is no habitat to connect. "
                         "Give the nodes their areas (or quality-weighted areas).", count=n)
    area = float(a.sum()) if landscape_area is None else landscape_area
    if not (isinstance(area, (int, float, np.number)) and math.isfinite(area) and area > 0):
        raise InputError("The landscape area A_L is {value}; it must be a positive number. "
                         "Leave it empty to use the sum of the capacities.", value=area)
    area = float(area)

    k = -math.log(p0) / d0
    keep = np.ones(len(i), bool) if threshold is None else dist <= threshold
    pc = _Analysis(n, i, j, dist * k, a, _exp_neg, 0.0, matrices)
    iic = _Analysis(n, i[keep], j[keep], np.ones(int(keep.sum())), a, _reciprocal, 1.0,
                    matrices)
    _run([pc, iic], feedback, cluster)
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
    if isinstance(links, np.ndarray) and links.ndim == 2 and 3 in links.shape:
        links = (links[:, 0], links[:, 1], links[:, 2]) if links.shape[1] == 3 else tuple(links)
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
                             index=int(bad[0]), value=_plain(ends[bad[0]]), last=n - 1)
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


def _plain(value):
    """A number as the user wrote it: 7 rather than 7.0 for a whole number."""
    value = float(value)
    return int(value) if value.is_integer() else value


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
    """One metric (PC or IIC) over all components: the total, the flux and loss per node.

    Components of one node are done here; the others become _Job's for ``_run``.
    """

    def __init__(self, n, i, j, w, a, f, quantum, matrices):
        self.labels, self.n_components = _components(n, i, j)
        self.a, self.f, self.quantum = a, f, quantum
        self.total = 0.0
        self.flux = np.zeros(n)         # sum_{m != k} a_m a_k f(D_mk)
        self.loss = np.zeros(n)         # the connector loss
        self.blocks = [] if matrices else None     # (nodes, lo, hi, dist_to) to keep
        order = np.argsort(self.labels, kind="stable")
        bounds = np.searchsorted(self.labels[order], np.arange(self.n_components + 1))
        comp_of_link = self.labels[i]
        link_order = np.argsort(comp_of_link, kind="stable")
        link_bounds = np.searchsorted(comp_of_link[link_order],
                                      np.arange(self.n_components + 1))
        local = np.empty(n, np.int64)
        self.jobs = []
        small = {}
        for c in range(self.n_components):
            nodes = order[bounds[c]:bounds[c + 1]]
            if len(nodes) == 1:
                self.total += float(a[nodes[0]] ** 2)
                self.keep(nodes, 0, 1, np.zeros((1, 1)))
                continue
            local[nodes] = np.arange(len(nodes))
            sel = link_order[link_bounds[c]:link_bounds[c + 1]]
            if len(nodes) <= _SMALL:
                small.setdefault(len(nodes), []).append(
                    (nodes, local[i[sel]], local[j[sel]], w[sel]))
            else:
                self.jobs.append(_Job(self, nodes, local[i[sel]], local[j[sel]], w[sel]))
        for size, group in small.items():
            step = max(1, 2 ** 22 // (size + 1) ** 3)         # a few million cells at once
            for start in range(0, len(group), step):
                self._small(size, group[start:start + step])

    def _small(self, c, group):
        """Components of c nodes (c <= _SMALL), all at once and by the definitions: the
        shortest paths by Floyd-Warshall, and again with each node removed."""
        count = len(group)
        nodes = np.array([g[0] for g in group])                     # count x c
        weight = np.full((count, c, c), np.inf)
        for g, (_, i, j, w) in enumerate(group):
            np.minimum.at(weight[g], (i, j), w)
            np.minimum.at(weight[g], (j, i), w)
        span = np.arange(c)
        weight[:, span, span] = 0.0
        # Layer 0: the whole component; layer 1 + k: without node k.
        dist = np.repeat(weight[:, None], c + 1, axis=1)
        dist[:, 1 + span, span, :] = np.inf
        dist[:, 1 + span, :, span] = np.inf
        for m in range(c):
            np.minimum(dist, dist[..., :, m, None] + dist[..., None, m, :], out=dist)
        whole = np.minimum(dist[:, 0], dist[:, 0].transpose(0, 2, 1))
        value = self.f(dist)
        value[:, 1 + span, span, :] = 0.0               # the removed node's own pairs
        value[:, 1 + span, :, span] = 0.0
        a = self.a[nodes]                                            # count x c
        pair = a[:, :, None] * a[:, None, :]
        totals = np.einsum("gij,gij->g", pair, value[:, 0])
        self.total += float(totals.sum())
        row = np.einsum("gij,gj->gi", value[:, 0], a)
        self.flux[nodes] = a * (row - a * self.f(0.0))
        # Connector part: what the pairs i, j != k lose, pair by pair.
        lost = value[:, :1] - value[:, 1:]
        lost[:, span, span, :] = 0.0
        lost[:, span, :, span] = 0.0
        self.loss[nodes] = np.einsum("gij,gkij->gk", pair, np.maximum(lost, 0.0))
        for g in range(count):
            self.keep(nodes[g], 0, c, whole[g])

    def keep(self, nodes, lo, hi, dist_to):
        """Keeps the distances towards nodes[lo:hi] when the matrices are asked for."""
        if self.blocks is not None:
            self.blocks.append((nodes, lo, hi, dist_to))


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


def _run(analyses, feedback, cluster=None):
    """All components of all metrics on a pool of threads (numpy releases the interpreter
    lock in its loops): the shortest paths of a block of targets, then that block's removal
    batches; a new block starts while the live ones hold less than (threads + 1) blocks'
    bytes. Only this thread talks to ``feedback``; workers look at ``stop``. With a
    ``cluster`` (engine/cluster.py) the blocks are its tasks instead (graph_cluster.py)."""
    if feedback.isCanceled():
        raise Cancelled()
    if cluster is not None:
        from .graph_cluster import run_on_cluster
        run_on_cluster(analyses, feedback, cluster)
        return
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


class _Paths:
    """Shortest paths towards the targets lo..hi-1 of a component: dist_to[x - lo, j] = D_jx,
    parent[x - lo, j] is j's next hop towards x, tree_depth[x - lo, j] about the links on
    that path."""

    def __init__(self, lo, hi, dist_to, parent, tree_depth):
        self.lo, self.hi = lo, hi
        self.dist_to, self.parent, self.tree_depth = dist_to, parent, tree_depth


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
        self._link_owner = np.repeat(np.arange(c), self.degree)
        self._link_key = self._link_owner * c + self.indices         # ascending
        self._orders = None
        self._lock = threading.Lock()

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

    def orders(self):
        """The sweep orders, found once for all blocks (by whichever thread comes first)."""
        with self._lock:
            if self._orders is None:
                self._orders = self._sweep_orders()
        return self._orders

    def all_pairs(self, lo, hi, stop):
        """The _Paths towards the targets lo..hi-1: distances and the trees towards them.

        Row j is relaxed over all the targets at once: D[j] = min over links (j, m) of
        w_jm + D[m], in Gauss-Seidel sweeps along the orders of ``_sweep_orders``; a row is
        visited again only when a neighbour's row changed since. At the fixed point no link
        shortens any distance, so every distance is exact. The neighbour that gave the last
        improvement is j's next hop towards x: the parent of j in the tree T_x (every
        improvement is strict, so these pointers never form a cycle).
        """
        c, width = self.c, hi - lo
        orders = self.orders()
        # On the unit lengths of the IIC graph the distances are hop counts: as 16-bit
        # integers (exact, a quarter of the memory the row gathers stream through) with the
        # length added once, after the minimum. ``never``: no path yet.
        unit = bool(np.all(self.weights == 1.0))
        if unit:
            kind = np.uint16 if c < 65535 else np.uint32
            never = np.iinfo(kind).max
        else:
            kind, never = np.float64, np.inf
        dist = np.full((c, width), never, kind)     # dist[j, x - lo] = D_jx
        dist[np.arange(lo, hi), np.arange(width)] = 0
        hop = np.full((c, width), -1, np.int32)
        links = np.zeros((c, width), np.int32)       # links on the path when it was found
        dirty = np.ones(c, bool)
        buf = np.empty((int(self.degree.max()), width), kind)     # the neighbours' rows
        best = np.empty(width, kind)
        indptr, indices, weights = self.indptr.tolist(), self.indices, self.weights
        sweep = 0
        while dirty.any():
            for count, row in enumerate(orders[sweep % len(orders)].tolist()):
                if count % _CANCEL_EVERY == 0 and stop.is_set():
                    raise Cancelled()
                if not dirty[row]:
                    continue
                dirty[row] = False
                a, b = indptr[row], indptr[row + 1]
                nb = indices[a:b]
                cand = np.take(dist, nb, axis=0, out=buf[:b - a])
                if unit:
                    cand.min(axis=0, out=best)
                    np.add(best, 1, out=best, where=best != never)
                else:
                    cand += weights[a:b, None]
                    cand.min(axis=0, out=best)
                better = np.flatnonzero(best < dist[row])
                if len(better):
                    dist[row, better] = best[better]
                    via = nb[np.take(cand, better, axis=1).argmin(axis=0)]
                    hop[row, better] = via
                    links[row, better] = links[via, better] + 1
                    dirty[nb] = True
            sweep += 1
        if unit:
            dist = np.where(dist == never, np.inf, dist)
        parent = np.ascontiguousarray(hop.T)      # parent[x - lo, j]: j's parent in T_x
        del hop
        # About the depth in the tree (exact unless a path was shortened upstream after it
        # was found): only a starting point for the levels of the DAG.
        tree_depth = np.ascontiguousarray(links.T)
        del links
        return _Paths(lo, hi, dist.T.copy(), parent, tree_depth)

    def _batch_losses(self, paths, sources, a, f, quantum, stop):
        """The losses of all removals, summed over the sources in ``sources``.

        A row is a (source, node) pair, first numbered b*c + j for node j seen from
        sources[b], then renumbered by depth in the dominator trees so that the rows of one
        depth are a contiguous block and their neighbours lie in the blocks around it.
        """
        c = self.c
        count = len(sources)
        rows = count * c
        base = np.repeat(np.arange(count) * c, c)
        node = np.tile(np.arange(c), count)
        local = sources - paths.lo
        dist_2d = paths.dist_to[local]
        tdepth = paths.tree_depth[local].ravel()

        # Every link m -> j of every source, as (source, link) arrays with the links in the
        # order of the adjacency lists (grouped by j): takes within one source's short row,
        # and few temporaries (at this size allocating costs more than the arithmetic).
        at_j, at_m = self._link_owner, self.indices
        width = len(at_m)
        d_j = np.take(dist_2d, at_j, axis=1)
        reach = np.take(dist_2d, at_m, axis=1)
        reach += self.weights
        # The shortest-path DAG: links m -> j with D_m + w = D_j. Of links between nodes at
        # the same distance (zero lengths) only the tree's are kept, so that it has no
        # cycle; fewer links only make the dominated sets larger, never wrong.
        b, e = np.divmod(np.flatnonzero(reach <= d_j), width)
        j, m = at_j[e], at_m[e]
        b *= c
        tight = dist_2d.take(b + m) < dist_2d.take(b + j)
        even = np.flatnonzero(~tight)
        tight[even] = paths.parent[local[b[even] // c], j[even]] == m[even]
        b = b[tight]
        idom, ddepth, anc = _dominators(rows, node, base, b + m[tight], b + j[tight], tdepth)
        del b, e, j, m, tight, even
        levels = anc.shape[1]
        if levels < 3:
            return np.zeros(c)

        perm = np.argsort(ddepth, kind="stable")
        inv = np.empty(rows, np.int64)
        inv[perm] = np.arange(rows)
        bounds = np.searchsorted(ddepth[perm], np.arange(levels + 1))
        del d_j
        links = self._links(reach, dist_2d, idom, ddepth, anc, perm, inv, bounds, quantum)
        del reach
        dist, node, base, ddepth = dist_2d.ravel()[perm], node[perm], base[perm], ddepth[perm]
        anc = np.ascontiguousarray(anc[perm])
        idom = idom[perm]
        idom = np.where(idom >= 0, inv[np.maximum(idom, 0)], -1)
        h = np.full((rows, levels), np.inf)
        # stamp[r]: the step at which row r last changed; a level recomputes only the rows
        # whose inputs changed since its own last step.
        stamp = np.zeros(rows, np.int64)
        depth_stamp = np.zeros(levels + 1, np.int64)     # the latest change at each depth
        tick = 0
        plans = []
        for t in range(2, levels):
            if stop.is_set():
                raise Cancelled()
            lo, hi = bounds[t], bounds[t + 1]
            if hi > lo:
                plan = _Level(t, lo, hi, idom[lo:hi], links, dist, ddepth, anc, h, quantum)
                tick += 1
                plan.relax(h, stamp, tick)
                depth_stamp[t] = tick
                plans.append(plan)
        changed = True
        sweep = 2
        while changed:
            changed = False
            for plan in plans:
                if stop.is_set():
                    raise Cancelled()
                tick += 1
                if sweep > 2 and depth_stamp[plan.reads].max() < plan.last:
                    plan.last = tick                # nothing it reads has changed
                    continue
                # Sweep 2 redoes nearly every row: all of them, without looking first.
                if plan.relax(h, stamp, tick, full=sweep == 2):
                    depth_stamp[plan.t] = tick
                    changed = True
            sweep += 1

        loss = np.zeros(c)
        a_pair = a[sources][base // c] * a[node]
        for plan in plans:
            t, lo, hi = plan.t, plan.lo, plan.hi
            d = dist[lo:hi, None]
            lost = f(d) - f(np.maximum(h[lo:hi, 1:t], d))
            lost *= a_pair[lo:hi, None]
            loss += np.bincount(anc[lo:hi, 1:t].ravel(), lost.ravel(), minlength=c)
        return loss

    def _links(self, reach, dist_2d, idom, ddepth, anc, perm, inv, bounds, quantum):
        """What the levels need of the links m -> j into the rows at depth >= 2, grouped by
        row in depth order: the rows, length, slack, whether m is below j's dominator q and
        may still matter when q is removed, and the best length over links to nodes not
        below q (the fixed value when q is removed).

        reach is D_m + w per (source, link), the rest in the first row numbering. Only the
        links tight enough to matter are kept: the detour of j when its dominator k is
        removed is at most that of the node below k on j's path, which is at most its fixed
        detour (sweep-1 values too), so a link whose slack is above the largest fixed detour
        on j's dominator path never helps. And the fixed values need the dominator paths of
        few links: a node at a lesser depth than j, other than q, is never below q, and the
        best of those bounds what the others must beat.
        """
        c = self.c
        count, width = reach.shape
        rows = count * c
        first = bounds[2]
        at_j, at_m = self._link_owner, self.indices
        depth_2d = ddepth.reshape(count, c).astype(np.int32)
        depth_j = np.take(depth_2d, at_j, axis=1)
        outside = np.take(depth_2d, at_m, axis=1) < depth_j
        del depth_j
        # The dominator's own link is never open: the one link q -> j of each row.
        r = np.flatnonzero(ddepth >= 2)
        src, j = np.divmod(r, c)
        key = j * c + idom[r] - src * c
        at = np.minimum(np.searchsorted(self._link_key, key), width - 1)
        hit = self._link_key[at] == key
        to_q = src[hit] * width + at[hit]
        outside.ravel()[to_q] = False
        fixed = np.minimum.reduceat(np.where(outside, reach, np.inf), self.indptr[:-1], axis=1)
        shallow = ddepth.reshape(count, c) < 2
        fixed[shallow] = -np.inf                     # no table rows: nothing to look at
        # Links to nodes at j's depth or deeper that might beat the best one found.
        check = np.take(fixed, at_j, axis=1) > reach
        check = np.greater(check, outside, out=check)
        src, e = np.divmod(np.flatnonzero(check), width)
        del check, outside
        stride = anc.shape[1]
        flat_anc = anc.ravel()
        if len(src):
            j, m = src * c + at_j[e], src * c + at_m[e]
            at_q = ddepth[j] - 1
            out = flat_anc.take(m * stride + at_q) != flat_anc.take(j * stride + at_q)
            j, got = j[out], reach[src[out], e[out]]
            if len(j):
                run = np.flatnonzero(np.r_[True, j[1:] != j[:-1]])
                flat_fixed = fixed.ravel()
                flat_fixed[j[run]] = np.minimum(flat_fixed[j[run]],
                                                np.minimum.reduceat(got, run))
        tol_2d = 1e-9 * (1.0 + dist_2d)
        detour = (fixed - dist_2d).ravel()[perm]
        up = inv[np.maximum(idom[perm], 0)]
        widest = np.full(rows, -np.inf)
        for t in range(2, len(bounds) - 1):
            lo, hi = bounds[t], bounds[t + 1]
            widest[lo:hi] = np.maximum(detour[lo:hi], widest[up[lo:hi]])
        limit = np.empty(rows)
        limit[perm] = widest
        limit = limit.reshape(count, c) + 2.0 * tol_2d - quantum
        limit += dist_2d                 # as a reach: slack <= limit - D_j, within tolerance
        keep = np.take(limit, at_j, axis=1) >= reach
        keep.ravel()[to_q] = False
        kept = np.flatnonzero(keep)
        del keep
        src, e = np.divmod(kept, width)
        j, m = src * c + at_j[e], src * c + at_m[e]
        # By depth, stably: the order of the rows renumbered by depth.
        depth = ddepth[j]
        order = np.argsort(depth.astype(np.int16) if len(bounds) < 32768 else depth,
                           kind="stable")
        kept, j, m, e = kept[order], j[order], m[order], e[order]
        owner = inv[j]
        reach = reach.ravel()[kept]
        slack = reach - dist_2d.ravel()[j]
        at_q = depth[order] - 1
        below_q = flat_anc.take(m * stride + at_q) == flat_anc.take(j * stride + at_q)
        fixed = fixed.ravel()[perm]
        dist = dist_2d.ravel()[perm]
        tol = tol_2d.ravel()[perm]
        # Removing q: a link to a node below q can only matter if it may beat the best
        # link to a node outside (it is cut off too, so its detour is at least quantum).
        last = below_q & (slack + quantum < (fixed - dist + tol)[owner])
        starts = np.searchsorted(owner, np.arange(first, rows + 1))
        return _Links(first, starts, owner, inv[m], self.weights[e], reach, slack, last, fixed,
                      tol)


class _Links:
    """The per-link data of a batch, grouped by row; ``span`` gives a level's part."""

    def __init__(self, first, starts, owner, nbr, w, reach, slack, last, fixed, tol):
        self.first, self.starts = first, starts
        self.owner, self.nbr, self.w, self.reach, self.slack = owner, nbr, w, reach, slack
        self.last, self.fixed, self.tol = last, fixed, tol

    def span(self, lo, hi):
        return slice(self.starts[lo - self.first], self.starts[hi - self.first])


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

    def __init__(self, t, lo, hi, up, links, dist, ddepth, anc, h, quantum):
        self.t, self.lo, self.hi, self.up = t, lo, hi, up
        self.rise = dist[lo:hi] - dist[up]
        stride = anc.shape[1]
        width = t - 1
        part = links.span(lo, hi)
        owner = links.owner[part] - lo
        nbr, w, slack = links.nbr[part], links.w[part], links.slack[part]
        self.outside = outside = np.full((hi - lo, width), np.inf)
        outside[:, -1] = links.fixed[lo:hi]
        last = np.flatnonzero(links.last[part])
        src_parts, col_parts = [nbr[last]], [np.full(len(last), width - 1)]
        w_parts, owner_parts = [w[last]], [owner[last]]

        if t > 2:
            hq = h[self.up, 1:t - 1]
            hq -= (dist[up] - links.tol[lo:hi])[:, None]
            detour = np.ascontiguousarray(hq.T)              # (t - 2) x rows
            widest = detour.max(axis=0)
            loose = np.flatnonzero(slack + quantum <= widest[owner])
            if len(loose):
                o, m = owner[loose], nbr[loose]
                fit = detour.take(o, axis=1) >= slack[loose] + quantum
                col, e = np.divmod(np.flatnonzero(fit), len(loose))   # by column, then row
                o, m = o[e], m[e]
                ell = col + 1
                # Is m below k (the node at depth l on j's path) too, or k itself?
                flat_anc = anc.ravel()
                same = flat_anc.take(m * stride + ell) == flat_anc.take((lo + o) * stride + ell)
                inner = np.flatnonzero(same & (ell < ddepth[m]))
                src_parts.insert(0, m[inner])
                col_parts.insert(0, col[inner])
                w_parts.insert(0, w[loose][e[inner]])
                owner_parts.insert(0, o[inner])
                outer = np.flatnonzero(~same)
                if len(outer):
                    cell = o[outer] * width + col[outer]
                    run = np.flatnonzero(np.r_[True, cell[1:] != cell[:-1]])
                    flat_out = outside.ravel()
                    flat_out[cell[run]] = np.minimum(
                        flat_out.take(cell[run]),
                        np.minimum.reduceat(links.reach[part][loose][e[outer]], run))
        src = np.concatenate(src_parts)
        self.cand = None
        if len(src):
            col = np.concatenate(col_parts)
            owner = np.concatenate(owner_parts)
            w = np.concatenate(w_parts)
            flat = src * stride + col + 1
            cell = owner * width + col
            # By row (stable, so each row's cells stay together).
            by_row = np.argsort(owner.astype(np.int16) if hi - lo < 32768 else owner,
                                kind="stable")
            flat, w, src = flat[by_row], w[by_row], src[by_row]
            owner, cell = owner[by_row], cell[by_row]
            run = np.flatnonzero(np.r_[True, cell[1:] != cell[:-1]])
            self.cand = (flat, w, src, owner, cell,
                         np.searchsorted(owner, np.arange(hi - lo + 1)))
            # For the full steps, the candidates in layers: the first of every cell, then
            # the second of those that have two, and so on. A cell's minimum is then a few
            # whole-layer steps, not a reduction per cell (dear: most cells have one or two).
            many = np.diff(np.r_[run, len(cell)])
            rank = np.arange(len(cell)) - np.repeat(run, many)
            layer = np.argsort(rank.astype(np.int16) if many.max() < 32768 else rank,
                               kind="stable")
            self.full = (flat[layer], w[layer], np.repeat(np.arange(len(run)), many)[layer],
                         np.searchsorted(rank[layer], np.arange(many.max() + 1)), cell[run])
            depths = ddepth[src]
            self.reads = slice(min(t - 1, int(depths.min())), max(t, int(depths.max())) + 1)
        else:
            self.reads = slice(t - 1, t + 1)
        self.last = None

    def relax(self, h, stamp, tick, full=False):
        """One Gauss-Seidel step of these rows; True when a value went down.

        Unless ``full``, only rows whose dominator or candidate neighbours changed since this
        level's last step (``stamp`` at or after it: rows of the same level changed during
        it) are recomputed.
        """
        t, lo, hi = self.t, self.lo, self.hi
        first = self.last is None
        rows = None
        if not (first or full):
            dirty = stamp[self.up] >= self.last
            if self.cand is not None:
                hit = stamp.take(self.cand[2]) >= self.last
                dirty[self.cand[3][hit]] = True
            rows = np.flatnonzero(dirty)
            if not len(rows):
                self.last = tick
                return False
            if 2 * len(rows) > hi - lo:
                rows = None
        self.last = tick
        flat_h = h.ravel()
        if rows is None:
            new = h[self.up, 1:t]
            new += self.rise[:, None]
            np.minimum(new, self.outside, out=new)
            if self.cand is not None:
                flat, w, slot, layers, cells = self.full
                value = flat_h.take(flat)
                value += w
                best = value[:layers[1]]
                for k in range(1, len(layers) - 1):
                    at = slot[layers[k]:layers[k + 1]]
                    best[at] = np.minimum(best.take(at), value[layers[k]:layers[k + 1]])
                flat_new = new.ravel()
                flat_new[cells] = np.minimum(flat_new.take(cells), best)
        else:
            new = h[self.up[rows], 1:t]
            new += self.rise[rows, None]
            np.minimum(new, self.outside[rows], out=new)
            if self.cand is not None:
                # The candidates of these rows: contiguous per row in the by-row copy.
                flat, w, _, _, cell, start = self.cand
                count = start[rows + 1] - start[rows]
                total = int(count.sum())
                if total:
                    offs = np.cumsum(count) - count
                    pick = np.arange(total) - np.repeat(offs - start[rows], count)
                    cell = cell[pick]
                    place = np.repeat(np.arange(len(rows)), count)
                    cell = place * (t - 1) + cell % (t - 1)
                    run = np.flatnonzero(np.r_[True, cell[1:] != cell[:-1]])
                    value = flat_h.take(flat[pick])
                    value += w[pick]
                    # Each cell's minimum, a step per candidate rank (as in the layers).
                    best = value[run]
                    many = np.diff(np.r_[run, total])
                    more, k = np.flatnonzero(many > 1), 1
                    while len(more):
                        at = run[more] + k
                        best[more] = np.minimum(best[more], value[at])
                        k += 1
                        more = more[many[more] > k]
                    flat_new = new.ravel()
                    cell = cell[run]
                    flat_new[cell] = np.minimum(flat_new.take(cell), best)
        if first:
            h[lo:hi, 1:t] = new
            stamp[lo:hi] = tick
            return True
        old = h[lo:hi, 1:t] if rows is None else h[lo + rows, 1:t]
        lower = (new < old).any(axis=1)
        if not lower.any():
            return False
        np.minimum(old, new, out=old)
        if rows is None:                    # old is a view: h is already updated
            stamp[lo + np.flatnonzero(lower)] = tick
        else:
            h[lo + rows, 1:t] = old
            stamp[lo + rows[lower]] = tick
        return True


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


def _dominators(rows, node, base, pred, succ, tdepth):
    """Dominator trees of the shortest-path DAGs (links pred -> succ, grouped by succ).

    k dominates j when every shortest path from the source to j runs through k: exactly the
    pairs whose distance grows when k is removed. The immediate dominator of j is the
    deepest common dominator of its DAG predecessors, found level by level of the DAG.
    Returns idom (row), depth in the dominator tree, and anc[r, l]: the node at depth l on
    the dominator path to row r (-1 past r's own depth).
    """
    start = np.searchsorted(succ, np.arange(rows + 1))
    head = start[:-1][np.diff(start) > 0]
    heads = succ[head]
    # Levels that grow along every DAG link (so that predecessors come first), from about
    # the tree depth: raised where a predecessor is not below.
    level = tdepth.astype(np.int64)
    while True:
        reach = np.maximum.reduceat(level[pred] + 1, head)
        grow = reach > level[heads]
        if not grow.any():
            break
        level[heads[grow]] = reach[grow]
    width = int(level.max()) + 1
    # Past a row's own depth anc holds -1, which equals no node; two paths are compared only
    # down to the shallower one's end.
    anc = np.full((rows, width), -1, np.int32)
    roots = np.flatnonzero(level == 0)
    anc[roots, 0] = node[roots]
    idom = np.full(rows, -1, np.int64)
    ddepth = np.zeros(rows, np.int64)
    order = np.argsort(level, kind="stable")
    bounds = np.searchsorted(level[order], np.arange(width + 1))
    for lev in range(1, width):
        mine = order[bounds[lev]:bounds[lev + 1]]
        if not len(mine):
            continue
        count = start[mine + 1] - start[mine]
        first = pred[start[mine]]
        up = first.copy()
        # Several predecessors: their deepest common dominator lies at the least depth where
        # the first one's dominator path parts from another's.
        multi = np.flatnonzero(count > 1)
        if len(multi):
            cnt = count[multi] - 1
            offs = np.cumsum(cnt) - cnt
            pos = np.arange(int(cnt.sum())) - np.repeat(offs - start[mine[multi]] - 1, cnt)
            ref = np.repeat(first[multi], cnt)
            other = pred[pos]
            if width <= 16:
                # Short paths: compare them whole; the common part is the leading run of
                # agreement (past the shallower one's end -1 meets a node and stops it).
                same = anc[ref] == anc[other]
                same[:, -1] = False
                common = np.argmin(same, axis=1) - 1
            else:
                common = _common_depth(anc, ref, other,
                                       np.minimum(ddepth[ref], ddepth[other]))
            common = np.minimum.reduceat(common, offs)
            up[multi] = anc[first[multi], common] + base[mine[multi]]
        idom[mine] = up
        ddepth[mine] = ddepth[up] + 1
        anc[mine] = anc[up]
        anc[mine, ddepth[mine]] = node[mine]
    keep = int(ddepth.max()) + 1
    return idom, ddepth, np.ascontiguousarray(anc[:, :keep])
