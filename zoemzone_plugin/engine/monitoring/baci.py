"""Before-after-control-impact (BACI) of realised measures from opportunistic observations.

Per site, the observations within a radius of the site (impact) and of its control sites are
split at the site's realisation date into before and after. The effect is the ratio of
ratios of individuals,

    BACI = (after_impact / before_impact) / (after_control / before_control),

1 = no effect, 2 = the site gained twice as much as its controls. It is the odds ratio of the
2 x 2 table of individuals, so it does not depend on the total effort of recording, only on
its share between site and control staying the same over time. Its uncertainty comes from a
bootstrap: the site's observation records (each with its individuals) are drawn with
replacement from all four groups together, as often as there are records, and the ratio is
computed again; the interval holds the middle ``confidence`` share of these ratios. A site
with fewer than the minimum number of records, or no individuals, in any group gets no effect
("insufficient data").
"""
import datetime
import html
import math
from dataclasses import dataclass, field

import numpy as np
from osgeo import ogr

from ..errors import InputError
from .validation import _label, _ticks

GROUPS = ("impact_before", "impact_after", "control_before", "control_after")
EFFECT, INSUFFICIENT, NO_CONTROL = "effect", "insufficient data", "no control site"


@dataclass
class Observations:
    """The observations, one entry per record: position, day, species and individuals."""
    x: np.ndarray
    y: np.ndarray
    day: np.ndarray          # datetime64[D]
    species: np.ndarray      # object (str)
    count: np.ndarray        # individuals, >= 1

    def __post_init__(self):
        self.x = np.asarray(self.x, np.float64)
        self.y = np.asarray(self.y, np.float64)
        self.day = np.asarray(self.day, "datetime64[D]")
        self.species = np.asarray(self.species, object)
        self.count = np.asarray(self.count, np.int64)


@dataclass
class Group:
    records: int = 0
    individuals: int = 0
    richness: int = 0


@dataclass
class SiteResult:
    site_id: int
    realised_on: np.datetime64
    status: str
    groups: dict = field(default_factory=dict)     # GROUPS -> Group
    estimate: float = math.nan
    low: float = math.nan
    high: float = math.nan


def near(observations, geometries, radius):
    """True for the observations within ``radius`` of any of ``geometries`` (WKB in the
    observations' CRS): inside a polygon, or no farther than the radius from its edge."""
    if not radius >= 0:
        raise InputError("The radius is {value} m; use 0 or more.", value=radius)
    hit = np.zeros(observations.x.size, bool)
    point = ogr.Geometry(ogr.wkbPoint)
    for wkb in geometries:
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        x0, x1, y0, y1 = geometry.GetEnvelope()
        box = ((observations.x >= x0 - radius) & (observations.x <= x1 + radius) &
               (observations.y >= y0 - radius) & (observations.y <= y1 + radius) & ~hit)
        for i in np.flatnonzero(box):
            point.SetPoint_2D(0, observations.x[i], observations.y[i])
            if geometry.Distance(point) <= radius:
                hit[i] = True
    return hit


def _years_later(day, years):
    """The same calendar date ``years`` later (earlier when negative); 29 February becomes
    the 28th in a year that has none."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def periods(days, realised_on, years):
    """(before, after): records in the ``years`` calendar years before the realisation date
    and from that date on for ``years`` years (0 = without limit). The day of realisation
    counts as after."""
    realised_on = np.datetime64(realised_on, "D")
    before, after = days < realised_on, days >= realised_on
    if years:
        day = realised_on.astype(datetime.date)
        before &= days >= np.datetime64(_years_later(day, -years), "D")
        after &= days < np.datetime64(_years_later(day, years), "D")
    return before, after


def baci_ratio(individuals):
    """The BACI ratio of the individuals of GROUPS (in that order); inf or nan when a group
    has none (monitor_site asks for records in every group before it computes one)."""
    ib, ia, cb, ca = (float(v) for v in individuals)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.float64(ia * cb) / np.float64(ib * ca))


def bootstrap(labels, counts, n_resamples, seed, confidence):
    """(low, high) of the percentile interval of the BACI ratio over ``n_resamples`` resamples
    of the records (``labels``: their group 0..3, ``counts``: their individuals)."""
    rng = np.random.default_rng(seed)
    labels, counts = np.asarray(labels), np.asarray(counts, np.float64)
    n = labels.size
    logs = np.empty(n_resamples)
    for i in range(n_resamples):
        pick = rng.integers(0, n, n)
        sums = np.bincount(labels[pick], weights=counts[pick], minlength=4)
        with np.errstate(divide="ignore", invalid="ignore"):
            logs[i] = (np.log(sums[1]) - np.log(sums[0])) - (np.log(sums[3]) - np.log(sums[2]))
    logs = logs[~np.isnan(logs)]
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(logs, [tail, 1.0 - tail], method="inverted_cdf")
    return float(np.exp(low)), float(np.exp(high))


def monitor_site(observations, site_id, site, controls, realised_on, radius, years,
                 min_records, n_resamples, seed, confidence):
    """The SiteResult of one site (WKB ``site``, WKB ``controls``): its groups, and the BACI
    ratio with its interval when every group has at least ``min_records`` records and at
    least one individual (records with a count of 0 alone give no ratio). The
    bootstrap of a site is seeded with (seed, site_id): the same on every run and whatever
    the other sites."""
    if not 0 < confidence < 1:
        raise InputError("The confidence level is {value}; use a share between 0 and 1 "
                         "(e.g. 0.95).", value=confidence)
    before, after = periods(observations.day, realised_on, years)
    at_site = near(observations, [site], radius)
    at_control = near(observations, controls, radius) & ~at_site
    masks = (at_site & before, at_site & after, at_control & before, at_control & after)
    result = SiteResult(site_id, np.datetime64(realised_on, "D"), EFFECT)
    for name, mask in zip(GROUPS, masks):
        result.groups[name] = Group(int(mask.sum()), int(observations.count[mask].sum()),
                                    len(set(observations.species[mask])))
    if not controls:
        result.status = NO_CONTROL
        return result
    if (min(g.records for g in result.groups.values()) < max(1, min_records)
            or min(g.individuals for g in result.groups.values()) == 0):
        result.status = INSUFFICIENT
        return result
    labels = np.concatenate([np.full(int(m.sum()), i) for i, m in enumerate(masks)])
    counts = np.concatenate([observations.count[m] for m in masks])
    result.estimate = baci_ratio([g.individuals for g in result.groups.values()])
    result.low, result.high = bootstrap(labels, counts, n_resamples, (seed, site_id),
                                        confidence)
    return result


@dataclass
class Summary:
    sites: int
    with_effect: int
    insufficient: int
    no_control: int
    higher: int            # interval wholly above 1
    lower: int             # wholly below 1
    geometric_mean: float  # of the site ratios, with its interval over resampled sites
    low: float
    high: float


def summarise(results, n_resamples, seed, confidence):
    """The summary over all sites; the mean effect is the geometric mean of the site ratios,
    its interval a bootstrap over the sites (needs two sites with an effect)."""
    effects = [r for r in results if r.status == EFFECT]
    logs = np.log([r.estimate for r in effects]) if effects else np.zeros(0)
    mean = low = high = math.nan
    if logs.size and np.all(np.isfinite(logs)):
        mean = float(np.exp(logs.mean()))
        if logs.size > 1:
            rng = np.random.default_rng(seed)
            means = logs[rng.integers(0, logs.size, (n_resamples, logs.size))].mean(axis=1)
            tail = (1.0 - confidence) / 2.0
            low, high = np.exp(np.quantile(means, [tail, 1.0 - tail], method="inverted_cdf"))
    return Summary(len(results), len(effects),
                   sum(r.status == INSUFFICIENT for r in results),
                   sum(r.status == NO_CONTROL for r in results),
                   sum(r.low > 1 for r in effects), sum(r.high < 1 for r in effects),
                   mean, float(low), float(high))


def _svg_open(width, height, title):
    return ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
            'font-family="sans-serif" font-size="11" role="img">' % (width, height, width,
                                                                     height),
            '<title>%s</title>' % html.escape(title),
            '<rect x="0" y="0" width="%d" height="%d" fill="white"/>' % (width, height)]


def site_plot_svg(result, labels, width=420, height=260):
    """Bars of the individuals before and after at the site and at its controls. ``labels``
    (translated by the caller): title, 'site', 'control', 'before', 'after', y axis."""
    e = html.escape
    left, right, top, bottom = 56, 16, 24, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [result.groups[name].individuals for name in GROUPS]
    y_high = max(1.0, max(values) * 1.15)
    ticks, step = _ticks(0.0, y_high)
    parts = _svg_open(width, height, labels["title"])
    parts.append('<text x="%d" y="16" font-size="12">%s</text>' % (left, e(labels["title"])))

    def py(value):
        return top + plot_h - value / y_high * plot_h

    for value in ticks:
        parts.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#e4e4e4"/>'
                     % (left, py(value), left + plot_w, py(value)))
        parts.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>'
                     % (left - 6, py(value) + 4, e(_label(value, step))))
    colours = ("#b0c4de", "#1f6f3f")
    slot = plot_w / 2.0
    bar = slot / 3.0
    for g, where in enumerate(("site", "control")):
        for p, period in enumerate(("before", "after")):
            value = values[2 * g + p]
            x = left + g * slot + bar * (0.5 + p)
            parts.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s">'
                         '<title>%s, %s: %d</title></rect>'
                         % (x, py(value), bar, top + plot_h - py(value), colours[p],
                            e(labels[where]), e(labels[period]), value))
            parts.append('<text x="%.1f" y="%.1f" text-anchor="middle">%d</text>'
                         % (x + bar / 2.0, py(value) - 4, value))
        parts.append('<text x="%.1f" y="%d" text-anchor="middle" font-size="12">%s</text>'
                     % (left + (g + 0.5) * slot, top + plot_h + 18, e(labels[where])))
    for p, period in enumerate(("before", "after")):
        x = left + 8 + p * 90
        parts.append('<rect x="%d" y="%d" width="10" height="10" fill="%s"/>'
                     % (x, height - 16, colours[p]))
        parts.append('<text x="%d" y="%d">%s</text>' % (x + 14, height - 7, e(labels[period])))
    parts.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#333"/>'
                 % (left, top, plot_w, plot_h))
    parts.append('<text x="14" y="%.1f" text-anchor="middle" transform="rotate(-90 14 %.1f)">'
                 '%s</text>' % (top + plot_h / 2.0, top + plot_h / 2.0, e(labels["y"])))
    parts.append("</svg>")
    return "\n".join(parts)


def forest_plot_svg(results, labels, width=560):
    """The BACI ratio of every site with an effect and its interval, on a log axis with a
    dashed line at 1 (no effect). ``labels``: title, x axis, 'site' (with {id})."""
    e = html.escape
    effects = [r for r in results if r.status == EFFECT and r.estimate > 0 and
               math.isfinite(r.estimate)]
    left, right, top, row = 90, 20, 28, 22
    height = top + row * max(1, len(effects)) + 44
    plot_w = width - left - right
    values = [v for r in effects for v in (r.low, r.estimate, r.high)
              if v > 0 and math.isfinite(v)] + [1.0]
    low, high = math.log10(min(values)), math.log10(max(values))
    low, high = math.floor(low * 2) / 2 - 0.1, math.ceil(high * 2) / 2 + 0.1

    def px(value):
        value = min(max(value, 10 ** low), 10 ** high) if value > 0 else 10 ** low
        return left + (math.log10(value) - low) / (high - low) * plot_w

    bottom = top + row * max(1, len(effects))
    parts = _svg_open(width, height, labels["title"])
    parts.append('<text x="%d" y="16" font-size="12">%s</text>' % (left, e(labels["title"])))
    ticks = [m * 10.0 ** k for k in range(int(math.floor(low)), int(math.ceil(high)) + 1)
             for m in (1, 2, 5) if low <= math.log10(m * 10.0 ** k) <= high]
    for tick in ticks:
        x = px(tick)
        parts.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#e4e4e4"/>'
                     % (x, top, x, bottom))
        parts.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>'
                     % (x, bottom + 16, e("%g" % tick)))
    parts.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#c0392b" '
                 'stroke-dasharray="6,4"/>' % (px(1.0), top, px(1.0), bottom))
    for i, r in enumerate(effects):
        y = top + row * (i + 0.5)
        parts.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>'
                     % (left - 8, y + 4, e(labels["site"].format(id=r.site_id))))
        parts.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#1f6f3f" '
                     'stroke-width="2"/>' % (px(r.low), y, px(r.high), y))
        parts.append('<circle cx="%.1f" cy="%.1f" r="4" fill="#1f6f3f"/>' % (px(r.estimate), y))
    parts.append('<text x="%.1f" y="%d" text-anchor="middle" font-size="12">%s</text>'
                 % (left + plot_w / 2.0, height - 8, e(labels["x"])))
    parts.append("</svg>")
    return "\n".join(parts)
