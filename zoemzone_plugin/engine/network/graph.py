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
import math

import numpy as np

from ..errors import Cancelled, InputError
from .graph_cluster import run_on_cluster
from .graph_schedule import _Job, _run
from .graph_small import _SmallComponents
from ..progress import NullFeedback

# Components of at most this many nodes are solved by the definitions, many at once.
_SMALL = 12


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
    if feedback.isCanceled():
        raise Cancelled()
    if cluster is None:
        _run([pc, iic], feedback)
    else:
        run_on_cluster([pc, iic], feedback, cluster)
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


class _Analysis(_SmallComponents):
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

    def keep(self, nodes, lo, hi, dist_to):
        """Keeps the distances towards nodes[lo:hi] when the matrices are asked for."""
        if self.blocks is not None:
            self.blocks.append((nodes, lo, hi, dist_to))

