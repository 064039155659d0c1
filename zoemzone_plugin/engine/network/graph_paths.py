"""All-pairs shortest paths of a connected patch graph (step 1 of graph.py's method): Gauss-
Seidel sweeps of Bellman-Ford over whole rows, towards a block of targets at a time, keeping
the tree of best hops towards every target.
"""
import heapq
import threading

import numpy as np

from ..errors import Cancelled
from .graph_removals import _Removals

# Rows of the all-pairs sweeps between two looks at the cancel button.
_CANCEL_EVERY = 256


class _Paths:
    """Shortest paths towards the targets lo..hi-1 of a component: dist_to[x - lo, j] = D_jx,
    parent[x - lo, j] is j's next hop towards x, tree_depth[x - lo, j] about the links on
    that path."""

    def __init__(self, lo, hi, dist_to, parent, tree_depth):
        self.lo, self.hi = lo, hi
        self.dist_to, self.parent, self.tree_depth = dist_to, parent, tree_depth


class _Component(_Removals):
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

