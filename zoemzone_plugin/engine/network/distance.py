"""Exact Euclidean distances on a grid, and shares of cells in a moving window.

The Bijenlandschap rules are stated in metres as the crow (or bee) flies: nest sites no more
than 500 m from food, stepping stones at least every 1 km. A cost-distance sweep over 8
neighbours overestimates such distances by up to 8 % (it walks in 45-degree steps), so these
rules get an exact Euclidean distance transform instead: the distance from each cell centre to
the nearest centre of a True cell, to rounding.

The transform is separable (Felzenszwalb & Huttenlocher 2012; Meijster et al. 2000). The
squared distance to the nearest True cell is

    D²(r, c) = min over c' of  g(r, c')² + (c - c')²,

where g(r, c') is the distance along column c' to its nearest True cell. Pass 1 finds g for
all columns at once: a sweep down the rows carries the row of the last True cell of each
column (the nearest above), a sweep up the nearest below. Pass 2 is the lower envelope
of the parabolas y = g(r, c')² + (x - c')² along each row; it is done for all rows at once,
so its Python loop runs over the columns (each step pushes one parabola per row and pops the
ones it hides, a few vectorised steps per column), and the envelope is then read off for all
cells with one ``searchsorted``. Cost: O(rows x cols) work in O(cols) Python steps, memory
about 20 bytes per cell of a block of rows; about 7-9 s for 6,000 x 6,000 cells. When the
caller caps the distance (``max_distance`` of K cells), the loop over the 2K + 1 column
offsets within the cap is cheaper for small K: O(rows x cols x K) work in O(K) Python steps.
Both are exact and :func:`edt` picks the cheaper (offsets when K is below about 20).
Non-square cells are handled by scaling the column distances before pass 2.

Window shares use two-dimensional box sums from cumulative sums (exact integer counts), so a
share of exactly 10 % is recognised as such.
"""
import math

import numpy as np

from ..errors import Cancelled
from ..progress import NullFeedback

# Relative tolerance of ``within_distance``: a cell whose distance equals the radius up to the
# rounding of sqrt(cells²) x cell size (e.g. 50 cells of 0.1 m against 5 m) is within it.
RADIUS_TOLERANCE = 1e-9
# Rows of one block of pass 2 are chosen so a block's stacks (int32 apex columns, float64
# apex heights and boundaries: 20 bytes per cell) stay near this many cells: ~80 MB, whatever
# the raster.
BLOCK_CELLS = 1 << 22
# One parabola of the envelope costs about as much per row as this many column offsets (each
# offset is two whole-array minimum passes, ~10 ns a cell; the envelope ~200 ns per row and
# column, measured at 1,000² and 6,000² cells), so offsets win for small caps.
ENVELOPE_COST = 20.0


def _cell_sides(cell_size):
    """(height, width) of a cell: one number for square cells, or a (height, width) pair."""
    if np.ndim(cell_size) == 0:
        height = width = float(cell_size)
    else:
        height, width = (float(abs(v)) for v in cell_size)
    if not (math.isfinite(height) and math.isfinite(width) and height > 0 and width > 0):
        raise ValueError("cell size must be positive and finite, got %r" % (cell_size,))
    return height, width


def _column_distances(mask, above=None, below=None):
    """Pass 1: per cell, the number of rows to the nearest True cell in its own column.

    float64; inf in a column without any True cell. One sweep down carries, per column, the
    row of the last True cell seen (the nearest above), one sweep up the nearest below; each
    step is a whole-row operation, so the loop runs over the rows (numpy's maximum.accumulate
    along axis 0 took 15 times as long: 3.6 s against 0.25 s at 6,000 x 6,000 cells).
    ``above`` and ``below`` start the sweeps with the nearest True rows beyond the mask's
    first and last row (in its own row numbers; -inf and +inf where none), so a strip of a
    larger mask gets the same distances as the whole.
    """
    rows, cols = mask.shape
    g = np.empty(mask.shape, np.float64)
    last = np.full(cols, -np.inf) if above is None else np.array(above, np.float64)
    for r in range(rows):
        last[mask[r]] = r
        np.subtract(r, last, out=g[r])
    last = np.full(cols, np.inf) if below is None else np.array(below, np.float64)
    for r in range(rows - 1, -1, -1):
        last[mask[r]] = r
        np.minimum(g[r], last - r, out=g[r])
    return g


def _squared_in_widths(g, height, width):
    """Column distances (in rows) as squared distances in cell widths, in place."""
    if height != width:
        g *= height / width
    g *= g
    return g


def _envelope_rows(f, used):
    """Pass 2 for a block of rows: min over columns c' in ``used`` of f[r, c'] + (c - c')².

    ``f`` (rows x cols) is finite in the ``used`` columns. The stack of each row holds the
    parabolas of the lower envelope (apex column, apex height + column², and where each
    starts); all rows advance together column by column, and only the rows whose newest
    parabola hides the top of their stack take another pop step. Stacks are indexed flat
    (slot x rows + row): one gather per array and step. Returns the squared distance.
    """
    rows, cols = f.shape
    n = used.size
    at = used.astype(np.float64)                   # column of each used index
    apex = np.empty(n * rows, np.int32)            # stack: apex column of each parabola
    lift = np.empty(n * rows, np.float64)          # stack: apex height + apex column²
    z = np.empty((n + 1) * rows, np.float64)       # stack: where each parabola starts
    everyone = np.arange(rows)
    top = everyone.copy()                          # flat position of each row's top slot
    apex[:rows] = used[0]
    lift[:rows] = f[:, used[0]] + at[0] * at[0]
    z[:rows] = -np.inf
    z[rows:2 * rows] = np.inf

    for j in range(1, n):
        q = at[j]
        fq = f[:, used[j]] + q * q
        s = (fq - lift[top]) / (2.0 * (q - apex[top]))
        who = np.flatnonzero(s <= z[top])
        while who.size:
            top[who] -= rows
            t = top[who]
            s_who = (fq[who] - lift[t]) / (2.0 * (q - apex[t]))
            s[who] = s_who
            who = who[s_who <= z[t]]
        top += rows
        apex[top] = used[j]
        lift[top] = fq
        z[top] = s
        z[top + rows] = np.inf

    # Read the envelope: cell (r, c) lies on parabola k of row r, k = the number of stack
    # boundaries z[1..top_r] below c. The boundaries of all rows, clipped to [-1, cols] and
    # shifted by r x (cols + 2), form one sorted array, so one searchsorted finds every k.
    # (For square cells a boundary is a ratio of integers with a denominator below 2 x cols,
    # so the shift cannot move it across a column centre; at an exact tie both parabolas give
    # the same value.)
    depth = top // rows                            # boundaries z[1..depth] per row
    apex = apex.reshape(n, rows)
    lift = lift.reshape(n, rows)
    z = z.reshape(n + 1, rows)
    keep = (np.arange(1, n + 1)[:, None] <= depth[None, :]).T
    shift = everyone.astype(np.float64) * (cols + 2)
    with np.errstate(invalid="ignore"):       # slots above a row's stack are unset
        bounds = (np.clip(z[1:], -1.0, cols) + shift[None, :]).T[keep]   # row by row, in order
    del keep, z
    start = np.concatenate(([0], np.cumsum(depth)[:-1]))
    columns = np.arange(cols, dtype=np.float64)
    d2 = np.empty((rows, cols), np.float64)
    block = max(1, BLOCK_CELLS // max(cols, 1) // 4)
    for r0 in range(0, rows, block):
        r1 = min(rows, r0 + block)
        who = everyone[r0:r1, None]
        keys = shift[r0:r1, None] + columns[None, :]
        k = np.searchsorted(bounds, keys.ravel(), side="left").reshape(keys.shape)
        k -= start[r0:r1, None]
        c = apex[k, who].astype(np.float64)
        # f(apex) + (column - apex)² = lift - apex² + (column - apex)²
        d2[r0:r1] = lift[k, who] + columns[None, :] * (columns[None, :] - 2.0 * c)
    return d2


def _offsets(f, reach):
    """Pass 2 limited to column offsets -reach..reach: exact wherever D <= reach columns."""
    d2 = f.copy()
    cols = f.shape[1]
    for k in range(1, min(reach, cols - 1) + 1):
        kk = float(k * k)
        np.minimum(d2[:, k:], f[:, :-k] + kk, out=d2[:, k:])
        np.minimum(d2[:, :-k], f[:, k:] + kk, out=d2[:, :-k])
    return d2


def edt(mask, cell_size, max_distance=None, feedback=None):
    """Euclidean distance (map units) from each cell centre to the nearest True cell centre.

    ``mask`` is a 2-D boolean array; ``cell_size`` the side of a square cell, or a
    (height, width) pair. Returns float64: 0 on True cells, +inf where the mask holds no True
    cell, and, with ``max_distance``, +inf where the distance exceeds it (a cap makes the
    transform cheaper: only column offsets within it are searched). Exact up to rounding: the
    squared distance is computed in whole cells (integers for square cells) before the
    square root.
    """
    feedback = feedback or NullFeedback()
    mask = np.asarray(mask, dtype=bool)
    if mask.ndim != 2:
        raise ValueError("edt() needs a 2-D mask, got %d dimensions" % mask.ndim)
    height, width = _cell_sides(cell_size)
    if max_distance is not None and not max_distance >= 0:
        raise ValueError("max_distance must be 0 or more, got %r" % (max_distance,))
    cols = mask.shape[1]
    if mask.size == 0 or not mask.any():
        return np.full(mask.shape, np.inf)
    f = _squared_in_widths(_column_distances(mask), height, width)
    if feedback.isCanceled():
        raise Cancelled()
    used = np.flatnonzero(mask.any(axis=0))
    reach = None
    if max_distance is not None and math.isfinite(max_distance):
        reach = int(math.floor(max_distance / width * (1 + RADIUS_TOLERANCE)))
    if reach is not None and reach * cols < ENVELOPE_COST * used.size:
        out = _offsets(f, reach)
    else:
        out = _envelope(f, used, feedback)
    del f
    out = _from_squared(out, width)
    if max_distance is not None:
        out[out > max_distance * (1 + RADIUS_TOLERANCE)] = np.inf
    return out


def _from_squared(d2, width):
    """Squared distances in cell widths as distances in map units, in place."""
    np.sqrt(d2, out=d2)
    d2 *= width
    return d2


def _envelope(f, used, feedback):
    """Pass 2 in blocks of rows (see BLOCK_CELLS): the squared distances in cell widths."""
    rows = f.shape[0]
    out = np.empty(f.shape, np.float64)
    block = max(1, BLOCK_CELLS // max(used.size, 1))
    for r0 in range(0, rows, block):
        r1 = min(rows, r0 + block)
        out[r0:r1] = _envelope_rows(f[r0:r1], used)
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(100.0 * r1 / rows)
    return out


class StripDistances:
    """:func:`edt` of a mask too large to hold, given as strips of whole rows.

    Pass 2 of the transform works along rows, which a strip holds whole; pass 1 works along
    columns and needs, beyond the strip, only the nearest True row above it and below it in
    each column. So the strips are given twice, top to bottom: first to ``scan``, which notes
    each strip's first True row per column (the nearest below of the strips above it), then
    to ``distances``, which carries the last True rows down from strip to strip. Each strip's
    distances then equal those rows of :func:`edt` of the whole mask: the same integer row
    counts go through the same arithmetic. Memory beyond a strip: 4 bytes per column and
    strip.
    """

    NONE = np.iinfo(np.int32).max      # no True cell in the column

    def __init__(self, cols, cell_size):
        self.height, self.width = _cell_sides(cell_size)
        self._used = np.zeros(cols, bool)
        self._firsts = []                  # per scanned strip: (row, first True rows)
        self._below = None                 # per strip: nearest True row below it, per column
        self._above = np.full(cols, -np.inf)
        self._next = 0

    def scan(self, row, mask):
        """Note strip ``mask`` (its first row is raster row ``row``); strips in order."""
        mask = np.asarray(mask, dtype=bool)
        has = mask.any(axis=0)
        self._used |= has
        first = np.where(has, row + mask.argmax(axis=0), self.NONE).astype(np.int32)
        self._firsts.append((row, first))

    def _close_scan(self):
        below, nearest = [], np.full(self._used.size, self.NONE, np.int32)
        for row, first in reversed(self._firsts):
            below.append((row, nearest))
            nearest = np.minimum(nearest, first)
        self._below = below[::-1]
        self._firsts = None

    def distances(self, row, mask):
        """The distances (map units, float64) of the strip ``mask`` starting at raster row
        ``row``: the same strips as scanned, in the same order."""
        if self._below is None:
            self._close_scan()
        scanned, below = self._below[self._next]
        if scanned != row:
            raise ValueError("strip at row %d given where row %d was scanned" % (row, scanned))
        self._next += 1
        mask = np.asarray(mask, dtype=bool)
        if not self._used.any():
            return np.full(mask.shape, np.inf)
        below = np.where(below == self.NONE, np.inf, below.astype(np.float64) - row)
        g = _column_distances(mask, self._above - row, below)
        has = mask.any(axis=0)
        last = row + mask.shape[0] - 1 - mask[::-1].argmax(axis=0)
        self._above = np.where(has, last.astype(np.float64), self._above)
        out = _envelope(_squared_in_widths(g, self.height, self.width),
                        np.flatnonzero(self._used), NullFeedback())
        del g
        return _from_squared(out, self.width)


def within_distance(mask, cell_size, radius):
    """Cells whose centre lies within ``radius`` (map units) of a True cell's centre.

    A distance equal to the radius counts as within (up to a relative 1e-9, so e.g. 40 cells
    of 12.5 m are within 500 m despite rounding).
    """
    if not radius >= 0:
        raise ValueError("radius must be 0 or more, got %r" % (radius,))
    return np.isfinite(edt(mask, cell_size, max_distance=radius))


def _window_sides(window_cells):
    if np.ndim(window_cells) == 0:
        wr = wc = window_cells
    else:
        wr, wc = window_cells
    for w in (wr, wc):
        if int(w) != w or w < 1 or w % 2 != 1:
            raise ValueError("window sides must be odd whole numbers of cells, got %r"
                             % (window_cells,))
    return int(wr), int(wc)


def _running_window(values, half, axis, kind):
    """Sums over index - half .. index + half along ``axis`` (0 or 1; outside counts 0).

    P holds the cumulative sums shifted by ``half`` and padded with zeros before and the total
    after, so the window sum at i is P[i + 2 half + 1] - P[i]: two slices, no gather.
    """
    rows, cols = values.shape
    if axis == 0:
        padded = np.zeros((rows + 2 * half + 1, cols), kind)
        np.cumsum(values, axis=0, dtype=kind, out=padded[half + 1:half + 1 + rows])
        padded[half + 1 + rows:] = padded[half + rows]
        return padded[2 * half + 1:] - padded[:rows]
    padded = np.zeros((rows, cols + 2 * half + 1), kind)
    np.cumsum(values, axis=1, dtype=kind, out=padded[:, half + 1:half + 1 + cols])
    padded[:, half + 1 + cols:] = padded[:, half + cols:half + cols + 1]
    return padded[:, 2 * half + 1:] - padded[:, :cols]


def box_sum(values, window_cells):
    """Sum of ``values`` over the window_cells x window_cells window centred at each cell.

    Cells beyond the raster count as 0. Separable running sums (cumulative sums differenced
    at the window's ends), first down the columns, then along the rows; exact for integer or
    boolean input (integer counts). ``window_cells`` is odd, or an odd (rows, cols) pair.
    """
    wr, wc = _window_sides(window_cells)
    values = np.asarray(values)
    if values.dtype.kind in "biu":
        kind = np.int32 if values.size < 2 ** 31 and values.dtype.kind == "b" else np.int64
    else:
        kind = np.float64
    return _running_window(_running_window(values, wr // 2, 0, kind), wc // 2, 1, kind)


def window_share(mask, valid, window_cells):
    """Share of True cells among the valid cells of the window centred at each cell.

    The window is window_cells x window_cells (odd; or an odd (rows, cols) pair) centred on the
    cell. Cells outside the raster and invalid (nodata) cells are unknown rather than "not
    True", so the share is over the valid cells the window holds: a map is not judged poorer
    towards its edges or next to nodata. float64; NaN where the window holds no valid cell.
    Computed for every cell, valid or not (mask the result with ``valid`` where needed).
    """
    mask = np.asarray(mask, dtype=bool)
    valid = np.asarray(valid, dtype=bool)
    if mask.shape != valid.shape:
        raise ValueError("mask and valid differ in shape: %s and %s" % (mask.shape, valid.shape))
    counted = box_sum(valid, window_cells)
    hits = box_sum(mask & valid, window_cells)
    share = np.full(mask.shape, np.nan)
    np.divide(hits, counted, out=share, where=counted > 0)
    return share
