"""What removing each patch costs the others (steps 2 to 4 of graph.py's method): the
dominator trees of the shortest-path DAGs, the removal tables relaxed depth by depth, and
the connector losses summed from them.
"""
import numpy as np

from ..errors import Cancelled


class _Removals:
    """The removals' part of graph_paths._Component (a mixin: it reads the component's
    adjacency lists c, indptr, indices, weights, _link_owner and _link_key)."""

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

