"""Accumulated cost distance over a resistance raster, exact, in plain numpy.

The convention is GRASS r.cost's without -k (and skimage's MCP_Geometric, Graphab's): eight
neighbours; a straight step between cells a and b costs (c_a + c_b)/2 times the cell size, a
diagonal step √2 times that; sources start at 0. Cells whose cost is NaN, infinite or <= 0 are
barriers: never entered, not even by a source on them.

A priority-queue Dijkstra visits cells one at a time, which in Python is far too slow for
rasters of tens of millions of cells. Instead the raster is swept row by row, and column by
column, to a fixed point (see ``accumulated_cost``): every numpy call then works on a run of
cells along a row, and on realistic cost surfaces a handful of sweeps reach the exact result
(4000 x 4000 cells of random terrain, 50 sources: 8-10 s, GRASS r.cost 18-25 s; see
bench/bench_costdistance.py).
"""
import numpy as np

from ..errors import Cancelled, InputError
from ..progress import NullFeedback

SQRT2 = float(np.sqrt(2.0))

# A cell lowered by less than this relative amount has not changed: below it lie only the
# rounding differences between two sums of the same steps (d - H + H is not always d).
_SETTLED = 1e-13
_KEEP = 1.0 - _SETTLED

# Sweeps look at the cancel button this often (rows), besides between sweeps.
_CANCEL_EVERY = 256

# Rows per block when the step tables are built (blocks that stay in the CPU cache).
_BLOCK = 256

# A horizontal solve that still lowers the last cell of its window goes on this far (cells)
# and twice as far each time after.
_REACH = 64

_EMPTY = 2 ** 40   # lower end of an empty column interval

# Two paths to a cell whose lengths differ by less than this relative amount tie: either
# source may be its allocation. Well above the rounding of the sums along a long row
# (2**-53 times the walk cost H, which may be a thousand times the distance).
_TIE = 1e-9

# Cells whose allocation is checked at once (about 100 bytes each).
_CHUNK = 1 << 16


class _Orientation:
    """One orientation of the raster (as given, or transposed) and its pending work.

    Rows are the sweep direction; the transposed raster gets its own instance so that the
    column sweeps also run over contiguous memory. Kept per cell: the half costs (c × cell/2,
    inf at barriers), from which a step to the next row is two additions away (three more
    rasters of step costs would cost more memory than the additions cost time), and the walk
    cost H along the row. A step touching a barrier costs inf, which no sum with a finite
    distance can beat, so barriers need no test in the sweeps; only the running minimum along
    a row must be kept from reaching across them (``segment``).

    Kept per row, the columns [lo, hi) whose edges may still lower a cell: ``down`` for the
    edges from row i-1 into row i, ``up`` from row i+1, ``along`` within row i. A row that
    changes flags the columns it changed in its neighbours; a sweep visits only flagged rows,
    and only their flagged columns and as far along the row as cells keep being lowered. When
    no row of one orientation is flagged, no edge of the raster can lower any cell. (Once
    most cells are final this is what keeps the later sweeps cheap.)
    """

    def __init__(self, work, cell_size):
        rows, cols = work.shape
        self.half = np.empty((rows, cols))
        self.walk = np.empty((rows, cols))
        self.segment = np.empty((rows, cols), np.float32)
        for r in range(0, rows, _BLOCK):
            block = slice(r, r + _BLOCK)
            half = np.multiply(work[block], 0.5 * cell_size, out=self.half[block])
            barrier = np.isinf(half)
            walk = self.walk[block]
            walk[:, 0] = 0.0
            steps = walk[:, 1:]
            np.add(half[:, :-1], half[:, 1:], out=steps)
            steps[np.isinf(steps)] = 0.0
            np.cumsum(steps, axis=1, out=steps)
            # A barrier cell is a segment of its own; the next cell starts the next segment.
            starts = barrier.copy()
            starts[:, 1:] |= barrier[:, :-1]
            starts[:, 0] = True
            # H is measured from the segment's first cell, which keeps it small so that
            # d - H + H loses few bits; as H never decreases along a row, the latest start's
            # value is the running maximum over the starts.
            walk -= np.maximum.accumulate(np.where(starts, walk, 0.0), axis=1)
            np.cumsum(starts, axis=1, dtype=np.float32, out=self.segment[block])
        self.cols = cols
        self.clear()

    def clear(self):
        rows = self.half.shape[0]
        self.down = _intervals(rows)
        self.up = _intervals(rows)
        self.along = _intervals(rows)

    def flag(self, lo, hi):
        """Flag, per row, the columns [lo, hi) where cells were lowered from outside."""
        _widen(self.along, slice(None), lo, hi)
        lo = np.maximum(lo - 1, 0)
        hi = np.minimum(hi + 1, self.cols)
        _widen(self.down, slice(1, None), lo[:-1], hi[:-1])
        _widen(self.up, slice(None, -1), lo[1:], hi[1:])

    def pending(self):
        return any(bool(np.any(lo < hi)) for lo, hi in (self.down, self.up, self.along))


def _intervals(n):
    return np.full(n, _EMPTY, np.int64), np.zeros(n, np.int64)


def _widen(intervals, where, lo, hi):
    np.minimum(intervals[0][where], lo, out=intervals[0][where])
    np.maximum(intervals[1][where], hi, out=intervals[1][where])


class _Buffers:
    """Scratch rows reused by every row of a sweep (numpy calls write into them)."""

    def __init__(self, cols):
        self.key = np.empty(cols, np.complex128)
        self.old = np.empty(cols)
        self.candidate = np.empty(cols)
        self.step = np.empty(cols)
        self.lowered = np.empty(cols, bool)
        self.kept = np.empty(cols, bool)
        self.source = np.empty(cols, np.intp)
        self.taken = np.empty(cols, np.int32)
        self.positions = np.arange(cols, dtype=np.intp)


def _relax_across(row, arow, prev, aprev, hrow, hprev, a, b, buf):
    """Lower cells [a, b) of ``row`` through their three edges from the row before.

    Returns the columns [c, e) of the cells it lowered (c >= e when none). A cell takes
    the candidate only when it is lower by more than rounding (_KEEP), so that equal sums
    in another order neither count as a change nor move the cell to another source.
    """
    cols = row.shape[0]
    c, e = cols, 0
    # straight, from the column to the left, from the column to the right
    for shift in (0, -1, 1):
        ta, tb = max(a, -shift), min(b, cols - shift)
        if ta >= tb:
            continue
        there, here, width = slice(ta + shift, tb + shift), slice(ta, tb), tb - ta
        step, candidate, lowered = buf.step[:width], buf.candidate[:width], buf.lowered[:width]
        np.add(hprev[there], hrow[here], out=step)
        if shift:
            step *= SQRT2
        np.add(prev[there], step, out=candidate)
        np.multiply(row[here], _KEEP, out=step)
        np.less(candidate, step, out=lowered)
        at = int(lowered.argmax())       # (argmax: no Python-level wrapper, unlike any())
        if lowered[at]:
            np.minimum(row[here], candidate, out=row[here])
            if arow is not None:
                np.copyto(arow[here], aprev[there], where=lowered)
            c = min(c, ta + at)
            e = max(e, tb - int(lowered[::-1].argmax()))
    return c, e


def _solve_along(row, arow, walk, segment, sign, buf):
    """The exact 1-D solve in one direction over views given in the order of the scan.

    Rightwards (sign -1) d'(k) = H(k) + min-accumulate(d - H); leftwards, on reversed views
    (sign +1), d'(k) = -H(k) + min-accumulate(d + H). The key is complex: (sign × segment,
    d ± H), so that the running minimum starts afresh in every segment between barriers.
    A lowered cell k takes the source of the last cell j <= k where the running minimum
    changed (a record: key == best), or that was not lowered (one within rounding of it):
    the path to k runs along the row from there. Records must count even when "lowered":
    d ± H ∓ H loses the bits of H below 2**-53 H, which far along a segment exceeds
    _SETTLED × d, so a record can seem lowered by rounding alone; skipping it would hand k
    the source of an earlier cell whose path to k is longer.
    """
    width = row.shape[0]
    key, signed = buf.key[:width], buf.step[:width]
    np.multiply(segment, sign, out=key.real)
    np.multiply(walk, sign, out=signed)
    np.add(row, signed, out=key.imag)
    best = np.minimum.accumulate(key)
    candidate, lowered = buf.candidate[:width], buf.lowered[:width]
    np.subtract(best.imag, signed, out=candidate)
    np.multiply(row, _KEEP, out=signed)
    np.less(candidate, signed, out=lowered)
    if lowered[lowered.argmax()]:
        np.minimum(row, candidate, out=row)
        if arow is None:
            return
        kept, source, taken = buf.kept[:width], buf.source[:width], buf.taken[:width]
        np.equal(key, best, out=kept)
        kept |= ~lowered
        np.multiply(kept, buf.positions[:width], out=source)
        np.maximum.accumulate(source, out=source)
        arow.take(source, out=taken)
        arow[:] = taken


def _sweep(dist, alloc, o, downwards, crossed, limit, feedback, progress):
    """One pass over the flagged rows of ``dist`` and ``alloc`` (in place), down or up.

    Row i first takes what the row before it (finished just before, Gauss–Seidel style)
    offers through its three edges, then the 1-D problem along row i is solved exactly in
    both directions: with H the walk cost, d'(k) = min_{j<=k} d(j) + H(k) - H(j)
    = H(k) + min-accumulate(d - H)(k), and the mirror image right to left. The running minimum
    runs over complex numbers, whose numpy order is lexicographic: the real part (the segment
    number) resets it at every barrier without a loop over segments and without adding large
    offsets to the distances (which would cost precision).

    Only the lowered part of a row needs the 1-D solve: left of the first lowered cell the
    row was solved already, and a solve rightwards can stop at a cell it does not lower, as
    every path further right passes that cell (and mirrored). ``crossed`` collects, per
    column, the rows [lo, hi) with a lowered cell, for the other orientation.
    """
    rows, cols = dist.shape
    half, walks, segments = o.half, o.walk, o.segment
    in_lo, in_hi = o.down if downwards else o.up
    along_lo, along_hi = o.along
    cross_lo, cross_hi = crossed
    buf = _Buffers(cols)
    old = buf.old
    tracking = alloc is not None
    order = range(rows) if downwards else range(rows - 1, -1, -1)
    before = -1 if downwards else 1
    visited = 0
    for n, i in enumerate(order):
        a, b = (int(in_lo[i]), int(in_hi[i])) if n else (cols, 0)
        c, e = int(along_lo[i]), int(along_hi[i])
        if a >= b and c >= e:
            continue
        visited += 1
        if visited % _CANCEL_EVERY == 0:
            if feedback.isCanceled():
                raise Cancelled()
            progress(n / rows)
        in_lo[i], in_hi[i] = _EMPTY, 0
        along_lo[i], along_hi[i] = _EMPTY, 0
        # cells lowered before this visit (by the other orientation, or sources) count as
        # lowered when deciding whether a solve along the row must go on
        outer_lo, outer_hi = c, e
        row, arow = dist[i], alloc[i] if tracking else None
        np.copyto(old, row)
        if a < b:
            p = i + before
            va, vb = _relax_across(row, arow, dist[p], alloc[p] if tracking else None,
                                   half[i], half[p], a, b, buf)
            c, e = min(c, va), max(e, vb)
        if c >= e:
            continue
        first, last = c, e
        if cols > 1:
            walk, segment = walks[i], segments[i]
            # rightwards from the first lowered cell, for as long as it lowers cells
            x0, x1, reach = c, e, _REACH
            while True:
                w = slice(x0, x1)
                _solve_along(row[w], arow[w] if tracking else None, walk[w], segment[w], -1.0,
                             buf)
                if x1 >= cols or not (row[x1 - 1] < old[x1 - 1] * _KEEP
                                      or outer_lo <= x1 - 1 < outer_hi):
                    break
                x0, x1, reach = x1 - 1, min(cols, x1 + reach), 2 * reach
            last = x1
            # leftwards from the last cell the rightwards solve reached
            y0, y1, reach = c, x1, _REACH
            while True:
                w = slice(y0, y1)
                _solve_along(row[w][::-1], arow[w][::-1] if tracking else None,
                             walk[w][::-1], segment[w][::-1], 1.0, buf)
                if y0 <= 0 or not (row[y0] < old[y0] * _KEEP or outer_lo <= y0 < outer_hi):
                    break
                y0, y1, reach = max(0, y0 - reach), y0 + 1, 2 * reach
            first = y0
        w, width = slice(first, last), last - first
        lowered = buf.lowered[:width]
        if limit is not None:
            # beyond max_cost a cell counts as unreached, so the sweeps never go further
            np.greater(row[w], limit, out=lowered)
            np.copyto(row[w], np.inf, where=lowered)
        np.multiply(old[w], _KEEP, out=buf.candidate[:width])
        np.less(row[w], buf.candidate[:width], out=lowered)
        p = first + int(lowered.argmax())
        if lowered[p - first]:
            q = last - int(lowered[::-1].argmax())
            np.minimum(cross_lo[w], i, out=cross_lo[w], where=lowered)
            np.maximum(cross_hi[w], i + 1, out=cross_hi[w], where=lowered)
            lo, hi = max(p - 1, 0), min(q + 1, cols)
            if i + 1 < rows:
                o.down[0][i + 1] = min(o.down[0][i + 1], lo)
                o.down[1][i + 1] = max(o.down[1][i + 1], hi)
            if i > 0:
                o.up[0][i - 1] = min(o.up[0][i - 1], lo)
                o.up[1][i - 1] = max(o.up[1][i - 1], hi)


def _transpose(source, target, block=256):
    """target = source.T, tile by tile: twice as fast as numpy's copy on large rasters."""
    rows, cols = source.shape
    for i in range(0, rows, block):
        for j in range(0, cols, block):
            target[j:j + block, i:i + block] = source[i:i + block, j:j + block].T
    return target


class CostSurface:
    """A cost raster prepared for accumulated-cost runs, to run once or many times.

    The step tables of both orientations (about 40 bytes per cell) are built here once; a
    run per patch (connectivity graphs, corridors) then pays only for its sweeps. Cells whose
    cost is NaN, infinite or <= 0 are barriers.
    """

    def __init__(self, cost, cell_size):
        cost = np.asarray(cost)
        if cost.ndim != 2 or cost.size == 0:
            raise InputError("The cost raster must be a non-empty 2-D grid.")
        cell_size = float(cell_size)
        if not np.isfinite(cell_size) or cell_size <= 0:
            raise InputError("The cell size must be positive, not {value}.", value=cell_size)
        self.shape = cost.shape
        self.cell_size = cell_size
        work = np.array(cost, dtype=np.float64)
        self.barrier = barrier_cells(work)
        work[self.barrier] = np.inf
        self._orientations = [_Orientation(work, cell_size), None]
        transposed = _transpose(work, np.empty(self.shape[::-1]))
        del work
        self._orientations[1] = _Orientation(transposed, cell_size)

    def _source_ids(self, sources):
        sources = np.asarray(sources)
        if sources.shape != self.shape:
            raise InputError("The source raster ({src_rows} x {src_cols} cells) does not match "
                             "the cost raster ({rows} x {cols} cells).",
                             src_rows=sources.shape[0] if sources.ndim else 0,
                             src_cols=sources.shape[1] if sources.ndim > 1 else 1,
                             rows=self.shape[0], cols=self.shape[1])
        ids = passable_sources(sources, self.barrier)
        if not ids.any():
            refuse_no_source()
        return ids

    def accumulate(self, sources, max_cost=None, feedback=None, allocate=True):
        """(distance, allocation) from ``sources``; see ``accumulated_cost``.

        With ``allocate=False`` the allocation is not tracked (about a third less work) and
        None is returned in its place."""
        feedback = feedback or NullFeedback()
        limit = cost_limit(max_cost)
        alloc = self._source_ids(sources)
        dist = np.full(self.shape, np.inf)
        is_source = alloc > 0
        dist[is_source] = 0.0
        spans = _spans(is_source)
        del is_source
        if not allocate:
            alloc = None
        self._settle(dist, alloc, spans, None, limit, feedback)
        if allocate:
            _follow_paths(dist, alloc, self._orientations[0].half)
        unreached = ~np.isfinite(dist)
        if limit is not None:
            unreached |= dist > limit
        dist[unreached] = np.nan
        if allocate:
            alloc[unreached] = 0
        feedback.setProgress(100.0)
        return dist, alloc

    def lower(self, dist, alloc, rows_from, columns_from=None, max_cost=None, feedback=None,
              fixed=None):
        """Lower ``dist`` and ``alloc`` in place to the fixed point, from distances known so far.

        ``accumulate`` starts from 0 at the sources; a tile of a larger raster starts from
        what its earlier runs and its neighbours' found: ``dist`` holds real path lengths (0
        at sources, inf where unknown) and ``alloc`` (int32, or None) their sources. Only
        edges out of the cells in ``rows_from`` and ``columns_from`` (boolean masks) are
        taken to be able to lower a cell, so every other edge must hold already
        (d(v) <= d(u) + w(u, v)); the result is then the fixed point of all edges, as in
        ``accumulate``. The sweeps keep one span of columns per row, so cells along the
        window's left and right side, flagged per row, would make every row's span the whole
        row: those go in ``columns_from``, flagged per column in the transposed orientation,
        where they cost no more than their own length. Unreached cells and cells beyond
        ``max_cost`` stay inf (not NaN) and keep their ``alloc``. Cells in ``fixed`` (a
        boolean mask: a window's ring, whose neighbours outside are unknown here) keep their
        ``alloc`` in the final check that every allocation follows its path.
        """
        feedback = feedback or NullFeedback()
        if dist.shape != self.shape or dist.dtype != np.float64 or not dist.flags.c_contiguous:
            raise ValueError("dist must be a C-contiguous float64 array of the surface's shape")
        if alloc is not None and (alloc.shape != self.shape or alloc.dtype != np.int32
                                  or not alloc.flags.c_contiguous):
            raise ValueError("alloc must be a C-contiguous int32 array of the surface's shape")
        columns = None if columns_from is None else _spans(np.asarray(columns_from).T)
        self._settle(dist, alloc, _spans(np.asarray(rows_from)), columns, cost_limit(max_cost),
                     feedback)
        if alloc is not None:
            _follow_paths(dist, alloc, self._orientations[0].half, fixed)

    def _settle(self, dist, alloc, row_spans, column_spans, limit, feedback):
        """Sweep ``dist`` and ``alloc`` in place until no edge can lower any cell.

        ``row_spans`` (lo, hi per row) and ``column_spans`` (per column, or None) flag the
        cells whose edges may lower others at the start. The row orientation's flags are
        complete (hold every cell whose edges may still lower a cell) only once the column
        orientation has been swept: before that they lack the column seeds, so running out
        of them ends the run only after that.
        """
        rows, cols = self.shape
        orientations = self._orientations
        for o in orientations:
            o.clear()
        orientations[0].flag(*row_spans)
        unseen = column_spans is not None and bool(np.any(column_spans[0] < column_spans[1]))
        if unseen:
            orientations[1].flag(*column_spans)
        spare = np.empty((cols, rows))
        spare_alloc = np.empty((cols, rows), np.int32) if alloc is not None else None
        if feedback.isCanceled():
            raise Cancelled()
        # The number of sweeps is not known beforehand; most rasters settle within eight.
        sweeps, current = 0, 0

        def progress(fraction):
            done = sweeps + fraction
            feedback.setProgress(min(99.0, 100.0 * done / (done + 2.0)))

        while True:
            o = orientations[current]
            crossed = _intervals(dist.shape[1])
            for downwards in (True, False):
                _sweep(dist, alloc, o, downwards, crossed, limit, feedback, progress)
                sweeps += 1
                if feedback.isCanceled():
                    raise Cancelled()
                progress(0.0)
                if not o.pending():
                    break
            if not o.pending() and not (unseen and current == 0):
                break
            if current:
                unseen = False
            orientations[1 - current].flag(*crossed)
            current = 1 - current
            dist, spare = _transpose(dist, spare.reshape(dist.shape[::-1])), dist
            if alloc is not None:
                alloc, spare_alloc = (
                    _transpose(alloc, spare_alloc.reshape(alloc.shape[::-1])), alloc)
        if current:
            # back into the caller's arrays: the transposes alternate between two buffers
            _transpose(dist, spare.reshape(dist.shape[::-1]))
            if alloc is not None:
                _transpose(alloc, spare_alloc.reshape(alloc.shape[::-1]))


def _follow_paths(dist, alloc, half, fixed=None):
    """Give every reached cell the source of a neighbour its distance comes through.

    The sweeps move a cell to another source only when it is lowered by more than
    _SETTLED, relative to its own distance. A neighbour n may move to another source for a
    lowering that is more than that for n but less for a farther cell c reached through n,
    which then keeps its source, while no neighbour of that source realises d(c) any more
    (d(c) may even drop to the new sum: the sweeps keep the minimum). So, at the fixed
    point, a cell none of whose neighbours with its source give its distance (to _TIE)
    takes the source of the neighbour that gives it; the cells around it may have been
    reached through it, so they are looked at again, until none changes. Such a cell has a
    neighbour allocated to another source, so only those are looked at at first. Every
    move follows an edge to a nearer cell, so the moves end.
    """
    rows, cols = dist.shape
    flat = dist.ravel(), alloc.ravel(), half.ravel()
    flat_fixed = None if fixed is None else np.asarray(fixed).ravel()

    def movable(cells):
        d = flat[0][cells]
        keep = np.isfinite(d) & (d > 0)
        if flat_fixed is not None:
            keep &= ~flat_fixed[cells]
        return cells[keep]

    cells = movable(_next_to_other_sources(alloc))
    while cells.size:
        around = np.concatenate([_move_along_paths(cells[k:k + _CHUNK], *flat, rows, cols)
                                 for k in range(0, cells.size, _CHUNK)])
        cells = movable(np.unique(around))


def _move_along_paths(cells, dist, alloc, half, rows, cols):
    """Move ``cells`` (flat indices) not reached through a neighbour with their source to
    the source of the neighbour they are reached through; the neighbours of those moved."""
    r, c = np.divmod(cells, cols)
    values = np.empty((len(_NEIGHBOURS), cells.size))
    ids = np.empty((len(_NEIGHBOURS), cells.size), alloc.dtype)
    for k, (dr, dc, factor) in enumerate(_NEIGHBOURS):
        inside = (r + dr >= 0) & (r + dr < rows) & (c + dc >= 0) & (c + dc < cols)
        n = np.where(inside, cells + dr * cols + dc, cells)
        values[k] = dist[n] + (half[n] + half[cells]) * factor
        values[k][~inside] = np.inf
        ids[k] = alloc[n]
    least = values.min(axis=0)
    moved = np.flatnonzero(~((ids == alloc[cells]) & (values <= least * (1.0 + _TIE))).any(axis=0))
    alloc[cells[moved]] = ids[values[:, moved].argmin(axis=0), moved]
    cells, r, c = cells[moved], r[moved], c[moved]
    return np.concatenate([(cells + dr * cols + dc)[(r + dr >= 0) & (r + dr < rows)
                                                    & (c + dc >= 0) & (c + dc < cols)]
                           for dr, dc, _ in _NEIGHBOURS])


def _next_to_other_sources(alloc):
    """Flat indices of the cells next to a cell of another source (0, none, is no source).

    Block by block of rows, each pair of neighbours compared once: on a whole raster the
    eight comparisons of every cell would take longer than the rest of the check."""
    rows, cols = alloc.shape
    found = []
    for r in range(0, rows, _BLOCK):
        lo, hi = max(r - 1, 0), min(r + _BLOCK + 1, rows)
        block = alloc[lo:hi]
        allocated = block != 0
        mark = np.zeros(block.shape, bool)
        n, m = block.shape
        for dr, dc in ((0, 1), (1, -1), (1, 0), (1, 1)):
            one = (slice(0, n - dr), slice(max(0, -dc), m - max(0, dc)))
            other = (slice(dr, n), slice(max(0, dc), m + min(0, dc)))
            differ = block[one] != block[other]
            differ &= allocated[one]
            differ &= allocated[other]
            mark[one] |= differ
            mark[other] |= differ
        found.append(np.flatnonzero(mark[r - lo:r - lo + min(_BLOCK, rows - r)]) + r * cols)
    return np.concatenate(found)


def _spans(mask):
    """Per row, the columns [lo, hi) from its first to its last True cell (empty: _EMPTY, 0)."""
    has = mask.any(axis=1)
    lo = np.where(has, mask.argmax(axis=1), _EMPTY)
    hi = np.where(has, mask.shape[1] - mask[:, ::-1].argmax(axis=1), 0)
    return lo, hi


def barrier_cells(cost):
    """Cells never entered: cost NaN, infinite or <= 0."""
    cost = np.asarray(cost)
    with np.errstate(invalid="ignore"):
        return ~(cost > 0) | ~np.isfinite(cost)


def passable_sources(sources, barrier):
    """int32 source ids (sources > 0), 0 on barriers: a source on a barrier is none."""
    ids = np.where(barrier | ~(sources > 0), 0, sources)
    if ids.size and ids.max() > np.iinfo(np.int32).max:
        raise InputError("Source ids must be below {limit}.", limit=np.iinfo(np.int32).max)
    return ids.astype(np.int32)


def refuse_no_source():
    """The one wording for untiled and tiled runs (whose sources arrive window by window)."""
    raise InputError("No source lies on a passable cell (cost > 0) of the cost raster.")


def cost_limit(max_cost):
    """``max_cost`` as a float (None: no limit); refused unless positive."""
    if max_cost is None:
        return None
    if not (float(max_cost) > 0):
        raise InputError("The maximum cost must be positive, not {value}.", value=max_cost)
    return float(max_cost)


def accumulated_cost(cost, sources, cell_size, max_cost=None, feedback=None):
    """Least accumulated cost from the nearest source, and which source that is.

    Returns (distance, allocation): float64 map-unit costs (cost × cell size; NaN at barriers,
    at unreachable cells and beyond ``max_cost``) and int32 source ids (0 there). ``sources``
    holds a source id > 0 per source cell and 0 elsewhere (several cells may share an id, a
    patch); a source on a barrier is none. For many runs over one cost raster, prepare a
    ``CostSurface`` once instead.

    Why the sweeps give Dijkstra's result: ``distance`` starts at 0 on the sources and inf
    elsewhere and only ever takes the cost of a real path, so it never drops below the least
    cost. Every sweep relaxes edges (d(v) <- min(d(v), d(u) + w(u, v))): a Bellman–Ford that
    relaxes many edges at once, a downward sweep every edge from row i-1 into row i and, by
    the exact 1-D solve along each row, every path along a row, an upward sweep the edges
    from below. Relaxing an edge can only help after one of its ends was lowered, so the
    sweeps keep, per row, the columns where that happened and visit nothing else. When no
    edge can lower any cell, d is the Bellman–Ford fixed point, whose only solution with
    d = 0 at the sources is the least cost. Lowerings smaller than the rounding of equal sums
    added in another order (relative 1e-13) are not passed on, so the result agrees with an
    exact Dijkstra to rounding (measured within 1e-12 relative; GRASS r.cost within 1e-14).
    Sweeping the columns as well as the rows only brings the fixed point sooner: a path that
    bends k times between upwards and downwards needs about k row sweeps, but one that runs
    mostly eastwards a single column sweep. Random terrain settles in about eight sweeps.
    A cell's source is that of the neighbour its distance comes through; ties to 1e-9
    relative may go either way (see ``_follow_paths`` for why the sweeps alone do not
    ensure this).
    """
    return CostSurface(cost, cell_size).accumulate(sources, max_cost, feedback)


# The eight neighbour offsets and the length factor of their steps.
_NEIGHBOURS = tuple((dr, dc, SQRT2 if dr and dc else 1.0)
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)


def least_cost_path(distance, cost, cell_size, start_rc):
    """The least-cost path from ``start_rc`` back to its source, as (row, col) cells.

    Walks from the start to the neighbour that realises its accumulated cost, i.e. minimises
    distance(n) + step(n, cell), until a source (distance 0). ``distance`` is the result of
    ``accumulated_cost`` for the same ``cost`` and ``cell_size`` (map units).
    """
    distance = np.asarray(distance, dtype=np.float64)
    cost = np.asarray(cost, dtype=np.float64)
    rows, cols = distance.shape
    r, c = int(start_rc[0]), int(start_rc[1])
    if not (0 <= r < rows and 0 <= c < cols):
        raise InputError("The start cell ({row}, {col}) lies outside the raster.", row=r, col=c)
    if not np.isfinite(distance[r, c]):
        raise InputError("No source can be reached from the start cell ({row}, {col}).",
                         row=r, col=c)
    half = 0.5 * float(cell_size)
    path = [(r, c)]
    while distance[r, c] > 0:
        here = distance[r, c]
        best, step_to = np.inf, None
        for dr, dc, factor in _NEIGHBOURS:
            rr, cc = r + dr, c + dc
            if not (0 <= rr < rows and 0 <= cc < cols):
                continue
            there = distance[rr, cc]
            if not (np.isfinite(there) and there < here and cost[rr, cc] > 0):
                continue
            value = there + (cost[rr, cc] + cost[r, c]) * half * factor
            if value < best:
                best, step_to = value, (rr, cc)
        if step_to is None:
            raise InputError("The distance raster does not fit the cost raster at cell "
                             "({row}, {col}).", row=r, col=c)
        r, c = step_to
        path.append(step_to)
    return path


def _nonzero(array, valid):
    """The cells of a source raster that are sources: valid, finite and nonzero."""
    values = np.asarray(array, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return values, np.asarray(valid, dtype=bool) & np.isfinite(values) & (values != 0)


def raster_holds_ids(array, valid):
    """Whether a source raster's nonzero cells are all ids (positive int32 integers); None
    where it has no such cell. A raster read in windows holds ids when some window says
    True and none says False, as the whole raster read at once would."""
    values, chosen = _nonzero(array, valid)
    return _all_ids(values[chosen])


def _all_ids(picked):
    if not picked.size:
        return None
    return bool(np.all(picked > 0) and np.all(picked == np.round(picked))
                and picked.max() <= np.iinfo(np.int32).max)


def sources_from_raster(array, valid, ids=None):
    """Source ids from a raster: its nonzero valid cells.

    If every such value is a positive integer the raster is taken as an id raster and the
    values are kept (one id per patch or point); otherwise, e.g. for a habitat quality
    raster, every nonzero cell is source 1. NaN cells are never sources. For a window of a
    larger raster, ``ids`` passes the whole raster's verdict (see ``raster_holds_ids``).
    """
    values, chosen = _nonzero(array, valid)
    picked = values[chosen]
    if ids is None:
        ids = _all_ids(picked)
    out = np.zeros(values.shape, np.int32)
    if ids:
        out[chosen] = picked.astype(np.int32)
    else:
        out[chosen] = 1
    return out
