"""The kansenkaart's connectivity term: what a stepping stone at a cell adds to the network.

A measure at cell k creates a small patch there (a stepping stone of capacity a_k, by default
the Bijenlandschap's 0.5 ha). Its worth to the habitat network is the increase in ECA
(method.md §6) when it joins the graph of the existing patches: the dPC of a new node in
Conefor, Graphab's patch addition. With p*_ij the maximum-product probabilities among the
existing patches (engine.network.graph) and q_l(k) = exp(-theta d(l,k)) the probability of the new
node's direct link to patch l, every best path via k enters and leaves it once, so

    P_i = p*_ik = max_l p*_il q_l(k),
    PCnum' = PCnum + a_k^2 + 2 a_k A + B,    A = sum_i a_i P_i,
    B = sum_ij a_i a_j (P_i P_j - p*_ij)^+,
    term(k) = dECA = sqrt(PCnum') - sqrt(PCnum).

``exact_gain`` evaluates this as written (n^2 per cell): for a sample of cells. Every cell
takes ``network_term``, which differs in three documented ways:

1. Entries. Only the MAX_ENTRIES patches nearest k are linked to it. Where fewer patches lie
   within reach this loses nothing; elsewhere every dropped link is weaker than the weakest
   one kept (``NetworkTerm.truncated`` counts those cells) and ``sampled_errors`` measures
   the effect against ``exact_gain`` with all links.
2. The connector part B. Group each i by its entry lambda(i), the patch l giving P_i. Since
   p*_ij >= p*_il p*_ll' p*_l'j for any l, l', a pair with entries l != l' gains at most
   p*_il p*_l'j (q_l q_l' - p*_ll')^+, and a pair with one entry gains nothing, so

       B_low = sum over pairs i, j among the entries of the exact term
         <= B <= B_hat = sum_{l != l'} (q_l q_l' - p*_ll')^+ T_l T_l',
       T_l = sum_{i: lambda(i) = l} a_i p*_il.

   The term uses B_hat, which is exact when the existing best path between two entries'
   groups runs through the entries (two patches, or two clusters joined only via k). Both
   ends are kept: ``NetworkTerm.bound`` is the largest relative gap (term - term_low) / term
   over the cells, so the error of every cell (with entries not truncated) is known to be at
   most that, and the term never understates what the stone adds.
3. Resolution. Distances are taken between cells of a grid ``factor`` times coarser than the
   land use (chosen so a coarse cell is at most d0 / COARSE_STEPS), between the centres of
   the coarse cells a patch touches. Each distance is then off by at most factor x cell size
   x sqrt(2), so each q by a factor of at most exp(theta factor cell sqrt(2)): 4 % at
   d0 / 25. Each land-use cell takes its coarse cell's value.

Two shortcuts make this cheap without changing it (neither is an approximation, so the
above is all there is to the error): p* is computed over the links no pair of shorter links
matches (``shortcut_free``: 4 of 150 links per patch on the bench's map), and an entry that
another entry reaches at least as well as the stone does gives no P_i
(``effective_entries``): 85 % of the bench's cells keep one entry, where A = q_l sum_i a_i
p*_il and B = 0 without looking at the n patches.

Distances are Euclidean between cell centres, from a cell to the nearest cell of a patch
(0 inside it), and patches are linked up to ``REACH`` d0, the ratio of the connectivity
graph's defaults (3000 m links at d0 = 1000 m): beyond, a patch is out of a bee's reach,
which is what makes a stone in a wider gap a real bridge (in a straight line
exp(-theta x) exp(-theta y) = exp(-theta (x + y)), so a stone never beats an existing
direct link).
"""
import math
import threading
from dataclasses import dataclass

import numpy as np

from .. import defaults
from ..errors import Cancelled, InputError
# engine.network.graph's own building blocks, so p* is the graph's to the last bit
from ..network.graph import _check_links, _components
from ..network.graph_paths import _Component
from ..progress import NullFeedback

STONE_AREA_M2 = defaults.value("kansenkaart", "stone_area") * 10000.0    # ha to m²
# links up to 3 d0: the ratio of the connectivity graph's defaults
REACH = defaults.value("network", "max_distance") / defaults.value("network", "distance")
MAX_ENTRIES = 8
COARSE_STEPS = 25           # a coarse cell is at most d0 / COARSE_STEPS
_CHUNK_VALUES = 1 << 22     # cells x patches handled at once


def decay(d0):
    """theta of p = exp(-theta d) with p = 0.5 at d0 (d0: the median dispersal distance)."""
    return math.log(2.0) / d0


def coarse_factor(pixel_size, d0):
    """Land-use cells per coarse cell side: a coarse cell is at most d0 / COARSE_STEPS."""
    return max(1, int(d0 / COARSE_STEPS // pixel_size))


@dataclass
class PatchNetwork:
    """The existing patches: capacities a (n), the n x n p*, PCnum, decay and reach."""
    capacities: np.ndarray
    pstar: np.ndarray
    pcnum: float
    theta: float
    reach: float


@dataclass
class NetworkTerm:
    term: np.ndarray        # dECA per land-use cell (float32)
    bound: float            # largest relative gap to the lower estimate (see the module)
    truncated: int          # coarse cells with more patches in reach than MAX_ENTRIES
    factor: int             # land-use cells per coarse cell side
    network: PatchNetwork


def _check(labels, capacities, pixel_size, d0, stone_area):
    labels = np.asarray(labels)
    capacities = np.asarray(capacities, np.float64).ravel()
    top = int(labels.max()) if labels.size else 0
    if labels.min(initial=0) < 0 or top > capacities.size:
        raise InputError("The patch raster holds id {value}, but there are {count} patch "
                         "capacities; number the patches 1 to {count}.",
                         value=top if top > capacities.size else int(labels.min()),
                         count=capacities.size)
    bad = np.flatnonzero(~np.isfinite(capacities) | (capacities < 0))
    if bad.size:
        raise InputError("Patch {index} has capacity {value}; capacities must be numbers "
                         ">= 0 (areas in m², or quality-weighted areas).",
                         index=int(bad[0]) + 1, value=float(capacities[bad[0]]))
    if not (d0 > 0 and math.isfinite(d0)):
        raise InputError("The dispersal distance is {value}; it must be a distance in metres "
                         "above 0.", value=d0)
    if not (stone_area > 0 and math.isfinite(stone_area)):
        raise InputError("The stepping-stone area is {value} m²; it must be an area above 0.",
                         value=stone_area)
    return labels, capacities


def coarse_shape(shape, factor):
    return -(-shape[0] // factor), -(-shape[1] // factor)


def footprints(labels, factor):
    """(patch index 0.., coarse row, coarse col) of every coarse cell a patch touches, by
    patch."""
    crows, ccols = coarse_shape(labels.shape, factor)
    rows, cols = np.nonzero(labels > 0)
    patch = labels[rows, cols].astype(np.int64) - 1
    key = np.unique((patch * crows + rows // factor) * ccols + cols // factor)
    cell = key % (crows * ccols)
    return key // (crows * ccols), cell // ccols, cell % ccols


def squared_field(rows, cols, shape):
    """Squared distances (in cells²) from every cell of a window of ``shape`` to the nearest
    of the cells (``rows``, ``cols``; sorted by row, then column), 0 on them.

    Row by row of the cells: along each such row the nearest cell of that row is found by
    a search, and a window cell takes the least of (row offset)² plus that over those
    rows. The work is the window times the cells' rows (columns, if fewer), where a
    distance to every edge cell would cost the window times the cells' whole rim."""
    if np.unique(cols).size < np.unique(rows).size:
        order = np.lexsort((rows, cols))
        return squared_field(cols[order], rows[order], shape[::-1]).T
    height, width = shape
    lines, rank = np.unique(rows, return_inverse=True)
    span = 4 * width
    keys = rank.astype(np.int64) * span + cols
    query = np.arange(lines.size)[:, None] * span + np.arange(width)[None, :]
    at = np.searchsorted(keys, query)
    # the keys either side (at the ends, the same one twice); a key on another line is
    # over 3 widths away, never the nearest
    left = (query - keys[np.maximum(at - 1, 0)]).astype(np.float64)
    right = (keys[np.minimum(at, keys.size - 1)] - query).astype(np.float64)
    along = np.minimum(left * left, right * right)
    across = (np.arange(height, dtype=np.float64)[:, None] - lines[None, :]) ** 2
    best = np.full(shape, np.inf)
    for k in range(lines.size):
        np.minimum(best, across[:, k, None] + along[k], out=best)
    return best


def patch_distances(labels, count, pixel_size, factor, reach, check=None):
    """The links within ``reach`` (map units) on the coarse grid: per coarse cell (flat) its
    MAX_ENTRIES nearest patches (index 0.., -1 none) and their distances (unordered), and
    how many patches are within reach of it; and (i, j, distance) between patches.

    Patch by patch, the distances within reach of its footprint are merged into the
    cells' nearest entries, so memory stays at MAX_ENTRIES per coarse cell; the links go
    to the later patches whose footprint's bounding box meets the reach."""
    shape = coarse_shape(labels.shape, factor)
    cells = shape[0] * shape[1]
    step = factor * pixel_size
    radius = int(math.floor(reach / step + 1e-9))
    patch, rr, cc = footprints(labels, factor)
    bounds = np.searchsorted(patch, np.arange(count + 1))
    size = np.diff(bounds)
    some = np.flatnonzero(size)
    top, left, bottom, right = (np.zeros(count, np.int64) for _ in range(4))
    if some.size:
        top[some] = rr[bounds[some]]                    # sorted by patch, row, column
        bottom[some] = rr[bounds[some + 1] - 1]
        left[some] = np.minimum.reduceat(cc, bounds[some])
        right[some] = np.maximum.reduceat(cc, bounds[some])
    nearest = np.full((cells, MAX_ENTRIES), -1, np.int64)
    distance_of = np.full((cells, MAX_ENTRIES), np.inf)
    # each cell's farthest entry, the one a nearer patch replaces
    worst = np.full(cells, np.inf)
    worst_slot = np.zeros(cells, np.int64)
    within = np.zeros(cells, np.int64)
    links = []
    for p in some:
        if check:
            check()
        r, c = rr[bounds[p]:bounds[p + 1]], cc[bounds[p]:bounds[p + 1]]
        r0, c0 = max(0, top[p] - radius), max(0, left[p] - radius)
        r1 = min(shape[0], bottom[p] + radius + 1)
        c1 = min(shape[1], right[p] + radius + 1)
        best = squared_field(r - r0, c - c0, (r1 - r0, c1 - c0))
        distance = np.sqrt(best) * step
        near = np.nonzero(distance <= reach * (1 + 1e-12))
        at = (near[0] + r0) * shape[1] + near[1] + c0
        d = distance[near]
        within[at] += 1
        # merge: replace each cell's farthest entry where this patch is nearer
        better = d < worst[at]
        at, d = at[better], d[better]
        nearest[at, worst_slot[at]] = p
        distance_of[at, worst_slot[at]] = d
        worst_slot[at] = np.argmax(distance_of[at], axis=1)
        worst[at] = distance_of[at, worst_slot[at]]
        # links to the later patches whose footprint lies within reach
        other = some[some > p]
        other = other[(top[other] < r1) & (bottom[other] >= r0) & (left[other] < c1)
                      & (right[other] >= c0)]
        if not other.size:
            continue
        many = size[other]
        first = np.cumsum(many) - many
        pick = np.repeat(bounds[other] - first, many) + np.arange(int(many.sum()))
        orr, occ = rr[pick] - r0, cc[pick] - c0
        inside = (orr >= 0) & (orr < r1 - r0) & (occ >= 0) & (occ < c1 - c0)
        value = np.full(pick.size, np.inf)
        value[inside] = distance[orr[inside], occ[inside]]
        shortest = np.minimum.reduceat(value, first)
        linked = shortest <= reach * (1 + 1e-12)
        links.append((np.full(int(linked.sum()), p), other[linked], shortest[linked]))
    i, j, d = (np.concatenate([part[k] for part in links]) if links else np.zeros(0)
               for k in range(3))
    return (nearest, distance_of, within), (i.astype(np.int64), j.astype(np.int64), d), shape


def shortcut_free(n, i, j, dist):
    """The links (i, j, dist; i < j, each pair once) that no path of two shorter links
    matches: only those can be needed for p*.

    A link (u, v) with d_um + d_mv <= d_uv over a patch m, both legs shorter than d_uv, is
    never the only best path: the path via m is as short, and each of its legs is kept or
    matched in turn by a path of still shorter links. Links run from edge to edge and a
    patch's own extent costs nothing, so in a dense network nearly every long link is
    matched (the bench's 2,714 patches: 150 links per patch within REACH, 4 left), and
    engine.network.graph's all-pairs sweeps, whose work is the links per patch times the patches,
    get that much cheaper. p* is unchanged (to the last bits of the sums)."""
    src = np.concatenate([i, j])
    dst = np.concatenate([j, i])
    length = np.concatenate([dist, dist])
    order = np.lexsort((dst, src))
    src, dst, length = src[order], dst[order], length[order]
    indptr = np.searchsorted(src, np.arange(n + 1))
    direct = np.full(n, np.inf)
    matched = np.zeros(n, bool)
    drop = np.zeros(src.size, bool)
    for u in range(n):
        lo, hi = indptr[u], indptr[u + 1]
        if hi - lo < 2:
            continue
        nb, first = dst[lo:hi], length[lo:hi]
        many = indptr[nb + 1] - indptr[nb]
        at = np.repeat(indptr[nb] - np.cumsum(many) + many, many) + np.arange(int(many.sum()))
        v, second = dst[at], length[at]
        first = np.repeat(first, many)
        direct[nb] = length[lo:hi]
        wanted = direct[v]
        hit = (first < wanted) & (second < wanted) & (first + second <= wanted)
        matched[v[hit]] = True
        drop[lo:hi] = matched[nb]
        matched[v[hit]] = False
        direct[nb] = np.inf
    keep = ~drop & (src < dst)
    return src[keep], dst[keep], length[keep]


def patch_network(capacities, links, d0, reach):
    """PatchNetwork of the patches, p0 = 0.5 at d0. p* comes from engine.network.graph's all-pairs
    shortest paths on -ln p per component (what ``connectivity`` uses), without the node
    removals that ``connectivity`` adds for dPC and the network term does not need, over
    the links ``shortcut_free`` keeps."""
    a = np.asarray(capacities, np.float64)
    n = a.size
    theta = decay(d0)
    i, j, dist = shortcut_free(n, *_check_links(links, n))
    labels, count = _components(n, i, j)
    pstar = np.zeros((n, n))
    pstar[np.arange(n), np.arange(n)] = 1.0
    stop = threading.Event()
    for c in range(count):
        nodes = np.flatnonzero(labels == c)
        if nodes.size == 1:
            continue
        local = np.full(n, -1, np.int64)
        local[nodes] = np.arange(nodes.size)
        inside = labels[i] == c
        component = _Component(nodes.size, local[i[inside]], local[j[inside]],
                               theta * dist[inside])
        width = max(1, min(nodes.size, _CHUNK_VALUES // nodes.size))
        for lo in range(0, nodes.size, width):
            hi = min(nodes.size, lo + width)
            paths = component.all_pairs(lo, hi, stop)
            pstar[np.ix_(nodes[lo:hi], nodes)] = np.exp(-paths.dist_to)
    # the two directions' sums may differ in the last bits: the larger counts
    np.maximum(pstar, pstar.T, out=pstar)
    return PatchNetwork(a, pstar, float(a @ pstar @ a), theta, reach)


def exact_gain(network, patches, distances, stone_area):
    """dECA of a stone of ``stone_area`` linked to ``patches`` (indices 0..) at
    ``distances`` (all links within reach), by the module's first formula."""
    a, pstar = network.capacities, network.pstar
    q = np.exp(-network.theta * np.asarray(distances, np.float64))
    patches = np.asarray(patches, np.int64)
    reach = np.zeros(a.size)
    for l, ql in zip(patches, q):
        np.maximum(reach, pstar[l] * ql, out=reach)
    gain = np.outer(reach, reach) - pstar
    np.maximum(gain, 0.0, out=gain)
    added = stone_area ** 2 + 2.0 * stone_area * float(a @ reach) + float(a @ gain @ a)
    return math.sqrt(network.pcnum + added) - math.sqrt(network.pcnum)


def links_of(labels, count, pixel_size, factor, reach, cell):
    """(patches, distances) of all links within ``reach`` of coarse cell ``cell`` (flat), by
    brute force over the footprints: what ``exact_gain`` takes for a sampled cell."""
    ccols = coarse_shape(labels.shape, factor)[1]
    patch, rr, cc = footprints(labels, factor)
    r, c = divmod(int(cell), ccols)
    d = np.hypot(rr - r, cc - c) * factor * pixel_size
    shortest = np.full(count, np.inf)
    np.minimum.at(shortest, patch, d)
    near = np.flatnonzero(shortest <= reach * (1 + 1e-12))
    return near, shortest[near]


def sampled_errors(labels, found, pixel_size, stone_area=STONE_AREA_M2, samples=20, seed=0):
    """Relative errors (estimate - exact) / exact of a ``network_term`` result ``found`` at
    ``samples`` random coarse cells, exact by ``exact_gain`` with all links: the check of
    the estimate, truncation included, on a real map."""
    labels = np.asarray(labels)
    factor, network = found.factor, found.network
    shape = coarse_shape(labels.shape, factor)
    rng = np.random.default_rng(seed)
    errors = []
    for cell in rng.choice(shape[0] * shape[1], min(samples, shape[0] * shape[1]),
                           replace=False):
        r, c = divmod(int(cell), shape[1])
        patches, distances = links_of(labels, network.capacities.size, pixel_size, factor,
                                      network.reach, cell)
        exact = exact_gain(network, patches, distances, stone_area)
        errors.append(float(found.term[r * factor, c * factor]) / exact - 1.0)
    return np.array(errors)


def effective_entries(q, link):
    """Per cell (rows of ``q``, the entries' direct probabilities, 0 for none, and ``link``,
    their p* among each other), the entries that can give some P_i.

    Entry l gives no P_i another entry l' does not give as well when q_l <= q_l' p*_l'l:
    then p*_il q_l <= p*_il p*_l'l q_l' <= p*_il' q_l' for every patch i. Near a patch the
    stone reaches the entries behind it through that patch, so on the bench's map 1.13 of
    the 8 entries per cell are left on average, and 85 % of the cells have only one. Of
    entries that give the same P_i the first one counts; the first entry of the largest q
    is never passed (no entry reaches it better than the stone does)."""
    m = q.shape[1]
    via = link * q[:, None, :]                       # [c, l, l'] = p*_ll' q_l'
    order = np.arange(m)
    via[:, order, order] = 0.0
    beaten = via > q[:, :, None]
    beaten |= (via == q[:, :, None]) & (order[None, None, :] < order[None, :, None])
    keep = ~beaten.any(axis=2) & (q > 0)
    keep[np.arange(q.shape[0]), np.argmax(q, axis=1)] = True
    return keep


def entry_shares(pstar32, a32, patches, q):
    """U_l = sum_{i: lambda(i) = l} a_i P_i of cells whose entries (all of them effective)
    are rows of ``patches`` with direct probabilities ``q``: P_i = max_l p*_il q_l over
    all n patches, the sums in float32 (half the memory traffic; 1e-7 of the term)."""
    n = a32.size
    count, m = patches.shape
    out = np.empty((count, m))
    chunk = max(1, _CHUNK_VALUES // max(n, 1))
    for lo in range(0, count, chunk):
        ps, qs = patches[lo:lo + chunk], q[lo:lo + chunk].astype(np.float32)
        rows = ps.shape[0]
        best = np.zeros((rows, n), np.float32)
        entry = np.zeros((rows, n), np.int16)
        better = np.empty((rows, n), bool)
        for e in range(m):
            value = pstar32[ps[:, e]]
            value *= qs[:, e, None]
            np.greater(value, best, out=better)
            np.copyto(best, value, where=better)
            np.copyto(entry, np.int16(e), where=better)
            del value
        best *= a32
        out[lo:lo + rows] = np.bincount((entry + (np.arange(rows) * m)[:, None]).ravel(),
                                        weights=best.ravel(),
                                        minlength=rows * m).reshape(rows, m)
    return out


def estimate(network, patches, distances, stone_area):
    """(term, lower) dECA of the module's estimate and its lower end, for cells whose entry
    patches (-1: none) and distances are rows of ``patches`` and ``distances``.

    Only the ``effective_entries`` are compared over all n patches, and a cell with one
    (most cells) needs no such work: every P_i is p*_il q_l, so A = q_l sum_i a_i p*_il and
    B = 0. The result is the same as comparing all entries."""
    a, pstar = network.capacities, network.pstar
    m = patches.shape[1]
    reached = pstar @ a                       # sum_i a_i p*_il, per patch l
    pstar32, a32 = pstar.astype(np.float32), a.astype(np.float32)
    term = np.empty(patches.shape[0])
    lower = np.empty(patches.shape[0])
    root = math.sqrt(network.pcnum)
    chunk = max(1, _CHUNK_VALUES // (m * m))
    for lo in range(0, patches.shape[0], chunk):
        ps = np.maximum(patches[lo:lo + chunk], 0)
        qs = np.where(patches[lo:lo + chunk] >= 0,
                      np.exp(-network.theta * distances[lo:lo + chunk]), 0.0)
        rows = ps.shape[0]
        link = pstar[ps[:, :, None], ps[:, None, :]]
        # U_l = q_l T_l: the capacity reached through entry l (0 for the others)
        keep = effective_entries(qs, link)
        share = np.zeros((rows, m))
        kept = keep.sum(axis=1)
        one = np.flatnonzero(kept == 1)
        share[one] = np.where(keep[one], qs[one] * reached[ps[one]], 0.0)
        for k in np.unique(kept[kept > 1]):
            cells = np.flatnonzero(kept == k)
            cols = np.argsort(~keep[cells], axis=1, kind="stable")[:, :k]
            share[cells[:, None], cols] = entry_shares(
                pstar32, a32, np.take_along_axis(ps[cells], cols, axis=1),
                np.take_along_axis(qs[cells], cols, axis=1))
        total = share.sum(axis=1)
        # T_l: the same without q_l
        share = np.divide(share, qs, out=np.zeros_like(share), where=keep)
        gap = np.maximum(qs[:, :, None] * qs[:, None, :] - link, 0.0)
        gap[:, np.arange(m), np.arange(m)] = 0.0
        upper = np.einsum("cl,clk,ck->c", share, gap, share)
        # the exact connector part of the pairs among the entries
        at = np.max(link * qs[:, None, :], axis=2)
        cap = np.where(qs > 0, a[ps], 0.0)
        among = np.maximum(at[:, :, None] * at[:, None, :] - link, 0.0)
        low = np.einsum("cl,clk,ck->c", cap, among, cap)
        base = stone_area ** 2 + 2.0 * stone_area * total
        term[lo:lo + rows] = np.sqrt(network.pcnum + base + upper) - root
        lower[lo:lo + rows] = np.sqrt(network.pcnum + base + low) - root
    return term, lower


def network_term(labels, capacities, pixel_size, d0, stone_area=STONE_AREA_M2,
                 feedback=None):
    """The connectivity term of every cell of ``labels`` (patch ids 1..n, 0 none; patch i has
    ``capacities[i - 1]``), in ECA units: see the module. ``d0`` is the median dispersal
    distance (p = 0.5) in map units, ``pixel_size`` the cell size."""
    feedback = feedback or NullFeedback()

    def check():
        if feedback.isCanceled():
            raise Cancelled()
    labels, capacities = _check(labels, capacities, pixel_size, d0, stone_area)
    factor = coarse_factor(pixel_size, d0)
    reach = REACH * d0
    count = capacities.size
    near, links, shape = patch_distances(labels, count, pixel_size, factor, reach, check)
    if count == 0 or not capacities.any():
        network = PatchNetwork(capacities, np.zeros((count, count)), 0.0, decay(d0), reach)
        coarse = np.full(shape, stone_area, np.float64)
        bound, truncated = 0.0, 0
    else:
        network = patch_network(capacities, links, d0, reach)
        check()
        nearest, distances, within = near
        cells = np.flatnonzero(within)
        truncated = int((within > MAX_ENTRIES).sum())
        term, lower = estimate(network, nearest[cells], distances[cells], stone_area)
        del near, nearest, distances
        coarse = np.full(shape, math.sqrt(network.pcnum + stone_area ** 2)
                         - math.sqrt(network.pcnum))
        coarse.ravel()[cells] = term
        gap = np.divide(term - lower, term, out=np.zeros_like(term), where=term > 0)
        bound = float(gap.max()) if gap.size else 0.0
    fine = np.repeat(np.repeat(coarse.astype(np.float32), factor, axis=0), factor, axis=1)
    return NetworkTerm(np.ascontiguousarray(fine[:labels.shape[0], :labels.shape[1]]), bound,
                       truncated, factor, network)
