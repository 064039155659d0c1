"""How well a suitability or abundance map agrees with where bees were seen.

Two presence-background measures, both needing only observations (no absences):

- AUC: the probability that the map's value at a random observation exceeds its value at a
  random background cell, ties counting one half (the Mann-Whitney U statistic divided by
  n_presences * n_background). 0.5 is no better than chance, 1 is perfect separation.
- The continuous Boyce index (Hirzel et al. 2006, as ecospat.boyce computes it): a window of
  a tenth of the value range moves in ``n_bins`` steps from the lowest to the highest
  background value; in each window P/E is the share of observations over the share of
  background cells with a value in the window (ends included). The index is the Spearman
  rank correlation between the window position and P/E: near 1 when more observations fall
  where the map is higher, 0 for a random map, negative for a map that is upside down.
  Windows without background cells have no P/E and are left out; like ecospat (its
  ``rm.duplicate``) runs of equal successive P/E values count once, so flat stretches
  (typically P/E = 0 at the low end) do not weigh in the correlation.

Background cells are drawn at random among the raster's valid cells (presence cells are not
excluded: the background describes what the map offers, as in presence-background models).
"""
import html
import math
from collections import namedtuple

import numpy as np

from ..errors import InputError, Phrase

Sample = namedtuple("Sample", "values used outside nodata rows cols")
Sample.__doc__ = """Raster values at points: ``values`` at the points used (inside the raster
on a valid cell), ``used`` a boolean mask over the given points, counts of the points outside
the raster and of those on nodata cells, and the (row, col) of the used points."""

BoyceCurve = namedtuple("BoyceCurve", "centres ratios window low high")
BoyceCurve.__doc__ = """The P/E curve: window centres and their P/E (windows with background
cells only), the window width and the range of background values the windows cover."""

BoyceResult = namedtuple("BoyceResult", "index curve")


def _values(values, name):
    array = np.asarray(values, dtype=np.float64).ravel()
    array = array[np.isfinite(array)]
    if array.size == 0:
        raise InputError("There are no {what} values to compare: check that the points lie "
                         "on valid cells of the raster.", what=name)
    return array


def average_ranks(values):
    """Ranks 1..n of ``values``, tied values sharing the mean of their ranks."""
    values = np.asarray(values, dtype=np.float64).ravel()
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    # the ranks of a group of equal values run from start + 1 to start + count
    starts = np.cumsum(counts) - counts
    return (starts + (counts + 1) / 2.0)[inverse]


def spearman(x, y):
    """Spearman's rank correlation (Pearson's on average ranks); NaN when either is constant
    or there are fewer than two pairs."""
    x = np.asarray(x, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    if x.size != y.size:
        raise ValueError("x and y differ in length")
    if x.size < 2:
        return float("nan")
    rx = average_ranks(x) - (x.size + 1) / 2.0
    ry = average_ranks(y) - (y.size + 1) / 2.0
    denominator = math.sqrt(float(np.dot(rx, rx)) * float(np.dot(ry, ry)))
    if denominator == 0.0:
        return float("nan")
    return float(np.dot(rx, ry)) / denominator


def auc(values_at_presences, values_at_background):
    """The area under the ROC curve of presences against background, exactly: the share of
    (presence, background) pairs where the presence's value is higher, ties counting 0.5."""
    presences = _values(values_at_presences, Phrase("observation"))
    background = _values(values_at_background, Phrase("background"))
    ranks = average_ranks(np.concatenate([presences, background]))
    n1, n0 = presences.size, background.size
    u = float(ranks[:n1].sum()) - n1 * (n1 + 1) / 2.0
    return u / (n1 * n0)


def boyce_index(values_at_presences, values_at_background, window=None, n_bins=101,
                drop_repeats=True):
    """The continuous Boyce index and its P/E curve (see the module's description).

    ``window`` is the width of the moving window in raster values (default a tenth of the
    range of the background values); ``n_bins`` the number of window positions. Returns
    BoyceResult(index, BoyceCurve); the index is NaN when it cannot be computed (all
    background values equal, or fewer than two windows with a P/E).
    """
    presences = _values(values_at_presences, Phrase("observation"))
    background = _values(values_at_background, Phrase("background"))
    if n_bins < 2:
        raise InputError("The Boyce index needs at least 2 window positions, not {n}.",
                         n=n_bins)
    low, high = float(background.min()), float(background.max())
    if window is None:
        window = (high - low) / 10.0
    if not math.isfinite(window) or window < 0 or (window == 0 and high > low):
        raise InputError("The Boyce window width is {window}; use a width above 0.",
                         window=window)
    if high == low:
        return BoyceResult(float("nan"), BoyceCurve(np.array([low]), np.array([np.nan]),
                                                    window, low, high))
    starts = np.linspace(low, high - window, n_bins)
    ends = starts + window
    presences.sort()
    background.sort()

    def share_in(values):
        inside = (np.searchsorted(values, ends, side="right")
                  - np.searchsorted(values, starts, side="left"))
        return inside / float(values.size)

    p, e = share_in(presences), share_in(background)
    keep = e > 0
    centres = starts[keep] + window / 2.0
    ratios = np.round(p[keep] / e[keep], 10)
    if drop_repeats:
        # ecospat keeps a value where it differs from the next one (and always the last)
        last = np.ones(ratios.size, bool)
        last[:-1] = ratios[:-1] != ratios[1:]
        index = spearman(centres[last], ratios[last])
    else:
        index = spearman(centres, ratios)
    return BoyceResult(index, BoyceCurve(centres, ratios, window, low, high))


def sample_raster(array, valid, grid, xy):
    """Values of ``array`` at points ``xy`` (n × 2, in the raster's CRS). Points outside the
    raster or on invalid (nodata) cells are left out and counted. Returns a Sample."""
    x0, dx, rx, y0, ry, dy = grid.geotransform
    if rx != 0 or ry != 0:
        raise InputError("The raster is rotated (its geotransform has rotation terms); "
                         "warp it to a north-up grid first.")
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    with np.errstate(invalid="ignore"):
        cols = np.floor((xy[:, 0] - x0) / dx)
        rows = np.floor((xy[:, 1] - y0) / dy)
    inside = (np.isfinite(cols) & np.isfinite(rows) & (cols >= 0) & (rows >= 0)
              & (cols < array.shape[1]) & (rows < array.shape[0]))
    rows_in = rows[inside].astype(np.int64)
    cols_in = cols[inside].astype(np.int64)
    ok = valid[rows_in, cols_in]
    used = np.zeros(xy.shape[0], bool)
    used[np.flatnonzero(inside)[ok]] = True
    r, c = rows_in[ok], cols_in[ok]
    return Sample(array[r, c].astype(np.float64), used, int((~inside).sum()),
                  int((~ok).sum()), r, c)


def random_background(valid, n, seed):
    """(rows, cols) of ``n`` distinct valid cells drawn at random (all valid cells when there
    are no more than ``n``); the same seed gives the same cells."""
    n = int(n)
    if n < 1:
        raise InputError("The number of background points is {n}; use 1 or more.", n=n)
    total = int(np.count_nonzero(valid))
    if total == 0:
        raise InputError("The raster has no valid cells (all nodata): there is nothing to "
                         "validate.")
    rng = np.random.default_rng(seed)
    if total <= n:
        flat = np.flatnonzero(valid)
    elif total >= valid.size // 4:
        # mostly valid: draw cell numbers and keep valid, new ones, without listing all cells
        flat_valid = valid.ravel()
        chosen, seen = [], set()
        while len(chosen) < n:
            for cell in rng.integers(0, valid.size, 2 * (n - len(chosen)) + 16):
                cell = int(cell)
                if flat_valid[cell] and cell not in seen:
                    seen.add(cell)
                    chosen.append(cell)
                    if len(chosen) == n:
                        break
        flat = np.array(sorted(chosen), dtype=np.int64)
    else:
        flat = np.sort(rng.choice(np.flatnonzero(valid), size=n, replace=False))
    rows, cols = np.unravel_index(flat, valid.shape)
    return rows, cols


def _nice_step(span, target=5):
    """A 1, 2 or 5 × 10^k step giving about ``target`` ticks over ``span``."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / target
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _ticks(low, high):
    step = _nice_step(high - low)
    first = math.ceil(low / step - 1e-9) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(0.0 if abs(value) < step * 1e-9 else value)
        value += step
    return ticks, step


def _label(value, step):
    decimals = max(0, -int(math.floor(math.log10(step)))) if step < 1 else 0
    return "%.*f" % (decimals, value)


def boyce_plot_svg(curve, x_label, y_label, reference_label, width=560, height=340):
    """The P/E curve as an SVG line chart (a string to place in an HTML page): the curve with
    its points, axes with ticks, and a dashed line at P/E = 1 (as many observations as the
    background predicts). Labels come translated from the caller."""
    e = html.escape
    left, right, top, bottom = 64, 16, 16, 52
    plot_w, plot_h = width - left - right, height - top - bottom
    centres = np.asarray(curve.centres, dtype=np.float64)
    ratios = np.asarray(curve.ratios, dtype=np.float64)
    finite = np.isfinite(centres) & np.isfinite(ratios)
    centres, ratios = centres[finite], ratios[finite]
    x_low, x_high = float(curve.low), float(curve.high)
    if not x_high > x_low:
        x_low, x_high = x_low - 0.5, x_low + 0.5
    y_high = max(1.2, float(ratios.max()) * 1.05 if ratios.size else 1.2)

    def px(x):
        return left + (x - x_low) / (x_high - x_low) * plot_w

    def py(y):
        return top + plot_h - y / y_high * plot_h

    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
             'viewBox="0 0 %d %d" font-family="sans-serif" font-size="11" role="img">'
             % (width, height, width, height),
             '<title>%s</title>' % e(y_label),
             '<rect x="0" y="0" width="%d" height="%d" fill="white"/>' % (width, height)]
    x_ticks, x_step = _ticks(x_low, x_high)
    y_ticks, y_step = _ticks(0.0, y_high)
    for value in y_ticks:
        y = py(value)
        parts.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#e4e4e4"/>'
                     % (left, y, left + plot_w, y))
        parts.append('<text x="%.1f" y="%.1f" text-anchor="end">%s</text>'
                     % (left - 6, y + 4, e(_label(value, y_step))))
    for value in x_ticks:
        x = px(value)
        parts.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#333"/>'
                     % (x, top + plot_h, x, top + plot_h + 5))
        parts.append('<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>'
                     % (x, top + plot_h + 18, e(_label(value, x_step))))
    parts.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#c0392b" '
                 'stroke-dasharray="6,4"/>' % (left, py(1.0), left + plot_w, py(1.0)))
    parts.append('<text x="%.1f" y="%.1f" text-anchor="end" fill="#c0392b">%s</text>'
                 % (left + plot_w - 4, py(1.0) - 5, e(reference_label)))
    parts.append('<polyline fill="none" stroke="#1f6f3f" stroke-width="2" points="%s"/>'
                 % " ".join("%.1f,%.1f" % (px(x), py(y)) for x, y in zip(centres, ratios)))
    for x, y in zip(centres, ratios):
        parts.append('<circle cx="%.1f" cy="%.1f" r="2" fill="#1f6f3f"/>' % (px(x), py(y)))
    parts.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#333"/>'
                 % (left, top, plot_w, plot_h))
    parts.append('<text x="%.1f" y="%d" text-anchor="middle" font-size="12">%s</text>'
                 % (left + plot_w / 2.0, height - 10, e(x_label)))
    parts.append('<text x="14" y="%.1f" text-anchor="middle" font-size="12" '
                 'transform="rotate(-90 14 %.1f)">%s</text>'
                 % (top + plot_h / 2.0, top + plot_h / 2.0, e(y_label)))
    parts.append("</svg>")
    return "\n".join(parts)
