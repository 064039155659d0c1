"""The kansenkaart (opportunity map): where which measure helps pollinators most.

InVEST users learn what a measure adds by rerunning a whole scenario, one candidate site at a
time; a municipality has millions of candidate cells and a handful of measures, so that is out
of reach. The model's total supply is bilinear in nesting and flowers for a fixed land-use
mask, so the effect of changing one cell can be written down exactly from a few maps computed
once: one correlation per guild (and per guild kernel and season for the year-round term). The
per-measure work is then per-cell table look-ups only.

The exact single-cell gain (method.md §3, §7)
---------------------------------------------
Total supply (the sum over the raster of SUPPLY band 1) is

    S = sum_s sa_s sum_x HN(x,s) FR(x,s),   FR(x,s) = sum_y K_s(x-y) FE(y,s) v(y) / W_s(x),
    W_s(x) = sum_y K_s(x-y) v(y).

A measure at one valid cell y changes HN(y,s) by dHN and FE(y,s) by dFE and nothing else; the
cell stays valid, so v and W do not change and FR moves linearly:
FR'(x) = FR(x) + K(x-y) dFE / W(x). Then, with delta_y the indicator of y,

    HN'FR' - HN FR = dHN delta_y FR + HN K(x-y) dFE / W + dHN delta_y K(x-y) dFE / W,

and summing over x (the last term only lives at x = y):

    dS(y) = sum_s sa_s [ dHN(y,s) FR(y,s) + dFE(y,s) C_s(y) + dHN(y,s) dFE(y,s) K_s(0)/W_s(y) ],
    C_s(y) = sum_x K_s(x-y) HN(x,s) / W_s(x).

Nothing is approximated: the maximum over substrates is taken at y itself, from the measure's
row of the table (HN_new(y,s) = max_n N_new(n) ns(s,n), FE_new(y,s) = sum_j RA_new(j) fa(s,j)),
and the cross term makes the bilinear form exact. C_s is a correlation of HN/W with the
kernel; the kernel is symmetric, so it is the *raw* convolution of HN/W (not the renormalised
mean that the model uses for FR). Several cells changed together add the products of their
changes, sum_{x != y} dHN(x) dFE(y) K(x-y)/W(x), which the sum of single-cell gains leaves out:
the gain map is a per-cell answer, and a block's gain is the sum of its cells' gains up to
those cross terms (a few per cent for blocks small against the foraging kernels).
tests/test_kansenkaart.py checks both against full reruns of the model.

The year-round term
-------------------
A nest site x of guild s has a seasonal food gap in a flight season j (foraging activity > 0)
where FR_j(x), the kernel mean of floral_resources_j, is below the food threshold (as
``foodgaps``). Raising RA_j at y by dRA raises FR_j at each x by K_s(x-y) dRA / W_s(x), so the
food a measure at y brings to the guild's gap nests is

    YR_m(y) = sum_s sa_s sum_{j flying} max(dRA_m(y,j), 0) sum_x K_s(x-y) G_sj(x) / W_s(x),

G_sj the gap indicator; only additions count, because a measure that takes food away in one
season does not close a gap. The coefficient max(dRA, 0) does not depend on the guild, so all
guilds sharing a kernel share one correlation per season: E_j = sum_s sa_s corr(G_sj / W_s).

The connectivity term and the score
-----------------------------------
The connectivity term comes from the connectivity work (stepping-stone gaps, links between
patches) as a per-cell array; without one it is the band ``stepping_stone_band`` describes.
Each term is scaled to at most 1 (gain and YR by their largest magnitude over all measures and
cells; a connectivity array by its maximum) and the score of measure m at y is
w_supply gain_m/max|gain| + w_yearround YR_m/max YR + w_connectivity conn. A measure that
lowers supply keeps its negative score, so it is never preferred to one that helps.
"""
import math
from dataclasses import dataclass, field

import numpy as np

from .convolution import MaskedConvolver, exponential_kernel
from .errors import Cancelled, InputError, Phrase, TableError
from .foodgaps import TOLERANCE, check_threshold
from .pollination import CodeIndex, flowers_per_code, kernels_by_alpha, nesting_per_code
from .progress import NullFeedback

PRIORITY_CLASSES = 5
DEFAULT_FOOD_THRESHOLD = 0.1     # the default of zoemzone:seasonalfoodgaps


class _Correlator(MaskedConvolver):
    """A MaskedConvolver that also gives the raw convolution sum_y K(x-y) f(y), which the
    gain needs (C_s, E_j) where the model itself only needs renormalised means.

    It reuses the parent's transforms, so the valid mask is transformed once and each kernel
    once, exactly as for the model's own means."""

    def use_kernel(self, kernel):
        super().use_kernel(kernel)
        centre = kernel.shape[0] // 2
        self.centre = float(kernel[centre, centre])
        # 1/W at valid cells, 0 elsewhere: the weight of a cell's own share of every mean
        self.inverse_weight = np.zeros(self.valid.shape, np.float32)
        np.divide(1.0, self.weight, out=self.inverse_weight, where=self.valid,
                  casting="unsafe")

    def raw(self, values):
        """sum_y K(x-y) values(y) at valid x, 0 elsewhere (float32); ``values`` 0 at invalid
        cells. The kernel is symmetric, so this is also the correlation sum_y K(y-x) f(y)."""
        out = np.zeros(self.valid.shape, np.float32)
        np.copyto(out, self.correlate(values), where=self.valid, casting="unsafe")
        return out


def _disk(radius_px):
    """Ones within ``radius_px`` cells of the centre (cell-centre distance)."""
    r = int(math.floor(radius_px + 1e-9))
    offsets = np.arange(-r, r + 1, dtype=np.float64)
    distance = np.hypot(offsets[:, None], offsets[None, :])
    return (distance <= radius_px + 1e-9).astype(np.float64)


def stepping_stone_band(habitat, valid, pixel_size, dispersal_distance):
    """1 at valid non-habitat cells farther than half the dispersal distance from habitat but
    within the dispersal distance of it, 0 elsewhere (float32).

    This is the simple connectivity term used when the connectivity work gives none: a site
    there is a stepping stone in the making (Bijenlandschap: stepping stones every so often,
    gaps no longer than a bee crosses), while sites next to habitat add little connectivity
    and sites farther than a dispersal distance join nothing. Distances are Euclidean between
    cell centres, found by convolving the habitat with disks (no distance transform needed)."""
    out = np.zeros(habitat.shape, np.float32)
    if not habitat.any():
        return out
    far_px = dispersal_distance / pixel_size
    near_px = far_px / 2.0
    far_kernel = _disk(far_px)
    correlator = _Correlator(valid, far_kernel.shape[0])
    source = habitat.astype(np.float32)
    correlator.use_kernel(far_kernel)
    reach = correlator.raw(source) >= 0.5       # counts of habitat cells within the disk
    correlator.use_kernel(_disk(near_px))
    near = correlator.raw(source) >= 0.5
    out[reach & ~near & ~habitat & valid] = 1.0
    return out


class _Effect:
    """What one measure does to each land-use code, per guild and season, as per-code arrays
    in table order (0 where the measure may not be applied; those cells are masked apart)."""

    def __init__(self, measure, tables):
        bio = tables.biophysical
        for kind, values, known in (("nesting", measure.nesting, bio.nesting),
                                    ("floral", measure.floral, bio.floral)):
            for name in values:
                if name not in known:
                    raise TableError(
                        "The measure '{measure}' sets '{name}', which {file} does not have.",
                        measure=measure.code, name=name, file=tables.biophysical_file)
        self.measure = measure
        self.allowed = np.array([measure.allowed_on(c) for c in bio.codes], bool)
        nesting = {n: (np.full(len(bio.codes), float(measure.nesting[n]))
                       if n in measure.nesting else np.asarray(bio.nesting[n], float))
                   for n in tables.substrates}
        keep = self.allowed.astype(float)
        # dRA_j per code: the floral change in each season (guild-independent)
        self.floral = {j: keep * ((float(measure.floral[j]) - np.asarray(bio.floral[j], float))
                                  if j in measure.floral else 0.0 * keep)
                       for j in tables.seasons}
        self.nesting_change, self.flower_change = {}, {}
        for guild in tables.guilds:
            new_hn = np.max([nesting[n] * guild.nesting[n] for n in tables.substrates], axis=0)
            self.nesting_change[guild.species] = keep * (new_hn
                                                         - nesting_per_code(tables, guild))
            self.flower_change[guild.species] = sum(
                self.floral[j] * tables.foraging_share(guild, j) for j in tables.seasons)


def _table(per_code, index, fill=0.0):
    """Per-code values (table order) as the look-up table that ``index.rows`` indexes."""
    return np.append(np.asarray(per_code, np.float32)[index.order], np.float32(fill))


def _add_product(out, per_code, index, field_, scratch):
    """out += per_code[l(x)] * field_(x), skipped when the measure does not change it."""
    if not np.any(per_code):
        return
    np.take(_table(per_code, index), index.rows, out=scratch, mode="clip")
    scratch *= field_
    out += scratch


@dataclass
class KansenkaartResult:
    """The kansenkaart of one land use; arrays are float32 with NaN where no measure may go
    (nodata, land use no measure allows, outside the available land) unless said otherwise."""
    gain: np.ndarray            # gain in total supply of the best measure (by score)
    best_measure: np.ndarray    # int32 catalogue id of the best measure, 0 where none
    score: np.ndarray           # weighted score of the best measure
    priority: np.ndarray        # uint8 1..5 (1 = highest score quintile), 0 where none
    measure_gains: dict         # measure code -> gain of that measure at each cell
    measures: list              # the catalogue's measures, in catalogue order
    total_supply: float         # today's total supply (sum over the raster)
    gain_scale: float           # max |gain| over measures and cells (the supply normaliser)
    yearround: np.ndarray = None            # YR of the best measure (when w_yearround > 0)
    measure_yearround: dict = field(default_factory=dict)   # code -> YR (when computed)
    yearround_scale: float = 0.0
    connectivity: np.ndarray = None         # the connectivity term used, 0..1 (when used)


def _check_inputs(landuse, valid, pixel_size, available, weights, dispersal_distance,
                  connectivity):
    if landuse.shape != valid.shape:
        raise InputError("The land use ({a}) and its valid mask ({b}) differ in size.",
                         a="x".join(map(str, landuse.shape)), b="x".join(map(str, valid.shape)))
    for name, array in ((Phrase("available land"), available),
                        (Phrase("connectivity"), connectivity)):
        if array is not None and np.shape(array) != landuse.shape:
            raise InputError(
                "The {name} raster is {a} cells but the land use is {b}; give it on the land "
                "use's grid.", name=name, a="x".join(map(str, np.shape(array))),
                b="x".join(map(str, landuse.shape)))
    if not (pixel_size > 0 and math.isfinite(pixel_size)):
        raise InputError("The cell size is {value}; it must be a length in metres above 0.",
                         value=pixel_size)
    for name, value in weights.items():
        if value is None or not math.isfinite(value) or value < 0:
            raise InputError("The weight {name} is {value}; use a number of 0 or more.",
                             name=name, value=value)
    if not any(weights.values()):
        raise InputError("All weights are 0, so no place scores above another. Give "
                         "{names} a weight above 0.", names=" or ".join(weights))
    if dispersal_distance is not None and not (dispersal_distance > 0
                                               and math.isfinite(dispersal_distance)):
        raise InputError("The dispersal distance is {value}; it must be a distance in metres "
                         "above 0.", value=dispersal_distance)
    if not valid.any():
        raise InputError("The land use has no cells with data, so there is nowhere to put a "
                         "measure.")


def kansenkaart(landuse, valid, pixel_size, tables, catalogue, available=None, w_supply=1.0,
                w_yearround=0.0, w_connectivity=0.0, dispersal_distance=None,
                food_threshold=DEFAULT_FOOD_THRESHOLD, connectivity=None, feedback=None):
    """Gain, best measure, score and priority of every cell (see the module's derivation).

    ``landuse`` holds integer codes (all in the table where ``valid``), ``pixel_size`` the mean
    cell size in metres, ``catalogue`` a Catalogue (or any iterable of Measures),
    ``available`` an optional bool array (True where measures are possible). The year-round
    term is computed only when ``w_yearround`` > 0 and the connectivity term only when
    ``w_connectivity`` > 0: each costs convolutions the others do not need. Without a
    ``connectivity`` array the term is ``stepping_stone_band`` of today's habitat (cells with
    nesting whose supply is above the median of such cells), with ``dispersal_distance``
    defaulting to twice the largest foraging alpha (the kernel's mean flight distance).
    """
    feedback = feedback or NullFeedback()
    landuse, valid = np.asarray(landuse), np.asarray(valid, bool)
    weights = {"W_SUPPLY": w_supply, "W_YEARROUND": w_yearround,
               "W_CONNECTIVITY": w_connectivity}
    _check_inputs(landuse, valid, pixel_size, available, weights, dispersal_distance,
                  connectivity)
    want_yr = w_yearround > 0
    want_conn = w_connectivity > 0
    if want_yr:
        check_threshold(food_threshold)
    measures = list(getattr(catalogue, "measures", catalogue))
    effects = [_Effect(m, tables) for m in measures]

    def check():
        if feedback.isCanceled():
            raise Cancelled()

    index = CodeIndex(landuse, valid, tables.biophysical.codes)
    shape = landuse.shape
    scratch = np.empty(shape, np.float32)
    # NaN where the measure may not go, 0 where it may: the gains are added onto this
    gains = {}
    for effect in effects:
        allowed = np.take(np.append(effect.allowed[index.order], False), index.rows)
        if available is not None:
            allowed &= np.asarray(available, bool)
        gain = np.full(shape, np.nan, np.float32)
        gain[allowed] = 0.0
        gains[effect.measure.code] = gain
    del allowed

    guilds = [g for g in tables.guilds if tables.abundance_share(g) > 0]
    groups = {a: [g for g in gs if g in guilds]
              for a, gs in kernels_by_alpha(tables, pixel_size).items()}
    groups = {a: gs for a, gs in groups.items() if gs}
    correlator = _Correlator(valid, max(2 * int(np.floor(5.0 * a)) + 1 for a in groups))
    limit = np.float32(food_threshold - TOLERANCE) if want_yr else None
    food_gain = {j: np.zeros(shape, np.float32) for j in tables.seasons} if want_yr else {}
    own_conn = want_conn and connectivity is None
    supply_map = np.zeros(shape, np.float32) if own_conn else None
    nest_any = np.zeros(shape, bool) if own_conn else None
    total_supply = 0.0
    steps, done = len(groups), 0

    for alpha_px, group in groups.items():
        check()
        correlator.use_kernel(exponential_kernel(alpha_px))
        inverse_weight = correlator.inverse_weight
        hn = {g.species: index.values(nesting_per_code(tables, g)) for g in group}
        if want_yr:
            # FR_s = sum_j fa(s,j) FR_j: the seasonal means the gaps need give FR for free
            fr = {g.species: np.zeros(shape, np.float32) for g in group}
            for season in tables.seasons:
                flying = [g for g in group if g.foraging[season] > 0]
                if not flying:
                    continue
                check()
                food = correlator.mean(index.values(tables.biophysical.floral[season]))
                source = np.zeros(shape, np.float32)
                for g in flying:
                    fr[g.species] += np.float32(tables.foraging_share(g, season)) * food
                    gap = (food < limit) & (hn[g.species] > 0)
                    source[gap] += np.float32(tables.abundance_share(g))
                del food
                if source.any():
                    source *= inverse_weight
                    food_gain[season] += correlator.raw(source)
                del source
        else:
            fr = {}
        for g in group:
            check()
            species, share = g.species, tables.abundance_share(g)
            if species not in fr:
                fr[species] = correlator.mean(index.values(
                    sum(flowers_per_code(tables, g, j) for j in tables.seasons)))
            here_hn, here_fr = hn.pop(species), fr.pop(species)
            # PS = sa HN FR, in the model's order of operations (same float32 rounding)
            np.multiply(here_hn, np.float32(share), out=scratch)
            scratch *= here_fr
            total_supply += float(scratch.sum(dtype=np.float64))
            if own_conn:
                supply_map += scratch
                nest_any |= here_hn > 0
            # C_s = raw convolution of HN/W with the kernel
            here_hn *= inverse_weight
            nests_fed = correlator.raw(here_hn)
            del here_hn
            for effect in effects:
                gain = gains[effect.measure.code]
                d_hn = share * effect.nesting_change[species]
                d_fe = share * effect.flower_change[species]
                _add_product(gain, d_hn, index, here_fr, scratch)
                _add_product(gain, d_fe, index, nests_fed, scratch)
                _add_product(gain, d_hn * effect.flower_change[species] * correlator.centre,
                             index, inverse_weight, scratch)
            del here_fr, nests_fed
        done += 1
        feedback.setProgress(80.0 * done / steps)
    del correlator, inverse_weight
    check()

    # the year-round term per measure: YR_m = sum_j max(dRA_m, 0)[l(y)] E_j(y)
    measure_yr, yr_scale = {}, 0.0
    if want_yr:
        for effect in effects:
            code = effect.measure.code
            yr = np.zeros(shape, np.float32)
            for season, spread in food_gain.items():
                _add_product(yr, np.maximum(effect.floral[season], 0.0), index, spread,
                             scratch)
            yr[np.isnan(gains[code])] = np.nan
            measure_yr[code] = yr
            yr_scale = max(yr_scale, _nanmax(yr))
        del food_gain

    conn_term = None
    if want_conn:
        if connectivity is None:
            habitat = _habitat(supply_map, nest_any, valid)
            del supply_map, nest_any
            distance = dispersal_distance or 2.0 * max(g.alpha for g in tables.guilds)
            conn_term = stepping_stone_band(habitat, valid, pixel_size, distance)
            del habitat
        else:
            conn_term = np.where(valid, np.nan_to_num(np.asarray(connectivity, np.float32)),
                                 np.float32(0)).astype(np.float32)
            top = float(conn_term.max())
            if top > 0:
                conn_term /= np.float32(top)
    feedback.setProgress(90.0)
    check()

    gain_scale = max((_nanmax(np.abs(g)) for g in gains.values()), default=0.0)
    best_score = np.full(shape, -np.inf, np.float32)
    best_id = np.zeros(shape, np.int32)
    best_gain = np.full(shape, np.nan, np.float32)
    best_yr = np.full(shape, np.nan, np.float32) if want_yr else None
    for effect in effects:
        code = effect.measure.code
        score = np.zeros(shape, np.float32)
        if w_supply > 0 and gain_scale > 0:
            np.multiply(gains[code], np.float32(w_supply / gain_scale), out=score)
        else:
            score[np.isnan(gains[code])] = np.nan
        if want_yr and yr_scale > 0:
            score += np.float32(w_yearround / yr_scale) * measure_yr[code]
        if conn_term is not None:
            score += np.float32(w_connectivity) * conn_term
        better = score > best_score         # NaN (not allowed) is never better
        best_score[better] = score[better]
        best_id[better] = effect.measure.id
        best_gain[better] = gains[code][better]
        if want_yr:
            best_yr[better] = measure_yr[code][better]
        del score, better
    has = best_id > 0
    best_score[~has] = np.nan
    priority = priority_classes(best_score, has)
    feedback.setProgress(100.0)
    return KansenkaartResult(
        gain=best_gain, best_measure=best_id, score=best_score, priority=priority,
        measure_gains=gains, measures=measures, total_supply=total_supply,
        gain_scale=gain_scale, yearround=best_yr, measure_yearround=measure_yr,
        yearround_scale=yr_scale, connectivity=conn_term)


def _nanmax(array):
    """The largest finite value, 0 when there is none (a scale of 0 switches a term off)."""
    finite = array[np.isfinite(array)]
    return float(finite.max()) if finite.size else 0.0


def _habitat(supply_map, nest_any, valid):
    """Today's habitat for the stepping-stone band: cells where some guild can nest and whose
    supply is above the median of such cells (so the richer half of the nest sites)."""
    nests = nest_any & valid
    if not nests.any():
        return nests
    median = np.float32(np.median(supply_map[nests]))
    return nests & (supply_map > median)


def priority_classes(score, has=None):
    """Classes 1..5 by quintiles of ``score`` over the cells with a measure, 1 = highest
    (uint8, 0 where there is no measure).

    Quintiles rather than fixed breaks, so each class names a fifth of the candidate land
    whatever the weights; tied scores stay in one class (a tie at a break goes up)."""
    has = np.isfinite(score) if has is None else has & np.isfinite(score)
    out = np.zeros(score.shape, np.uint8)
    if not has.any():
        return out
    values = score[has]
    breaks = np.quantile(values, np.arange(1, PRIORITY_CLASSES) / PRIORITY_CLASSES)
    out[has] = PRIORITY_CLASSES - np.searchsorted(breaks, values, side="right")
    return out


@dataclass
class ParcelRank:
    parcel_id: int
    cells: int              # cells of the parcel
    scored_cells: int       # of which a measure may go on
    score_sum: float        # summed score of those cells
    score_mean: float       # score_sum / scored_cells (NaN when 0)
    best_measure: int       # measure with the largest summed score in the parcel, 0 if none
    rank: int               # 1 = largest summed score


def parcel_ranking(score, best_measure, parcel_ids):
    """Rank the parcels by their summed score: which of our parcels come first.

    The sum favours parcels with more land to improve, which is what a municipality spends on;
    the mean tells a small rich parcel apart from a large poor one. A parcel's best measure is
    the one whose cells add the most score in it (the one to do on the whole parcel, where the
    cells' own best measures differ). ``parcel_ids`` is an integer raster, 0 = no parcel.
    Returns {parcel id: ParcelRank} in rank order; parcels without any scored cell rank last.
    Ties in the summed score go to the lower parcel id."""
    parcel_ids = np.asarray(parcel_ids)
    if parcel_ids.shape != np.shape(score) or parcel_ids.shape != np.shape(best_measure):
        raise InputError("The parcel raster ({a}) is not on the kansenkaart's grid ({b}).",
                         a="x".join(map(str, parcel_ids.shape)),
                         b="x".join(map(str, np.shape(score))))
    inside = parcel_ids != 0
    ids = parcel_ids[inside]
    if ids.size == 0:
        return {}
    parcels, which = np.unique(ids, return_inverse=True)
    which = which.ravel()
    values = np.asarray(score)[inside].astype(np.float64)
    scored = np.isfinite(values) & (np.asarray(best_measure)[inside] > 0)
    values[~scored] = 0.0
    n = parcels.size
    cells = np.bincount(which, minlength=n)
    scored_cells = np.bincount(which, weights=scored, minlength=n).astype(np.int64)
    sums = np.bincount(which, weights=values, minlength=n)
    measure_of = np.asarray(best_measure)[inside][scored]
    where = which[scored]
    measure_ids, column = np.unique(measure_of, return_inverse=True)
    column = column.ravel()
    k = max(measure_ids.size, 1)
    per_measure = np.bincount(where * k + column, weights=values[scored],
                              minlength=n * k).reshape(n, k)
    present = np.bincount(where * k + column, minlength=n * k).reshape(n, k) > 0
    per_measure[~present] = -np.inf
    best = np.zeros(n, np.int64)
    with_cells = scored_cells > 0
    if measure_ids.size:
        best[with_cells] = measure_ids[np.argmax(per_measure[with_cells], axis=1)]
    # rank: scored parcels by summed score (descending), then the rest; ties by parcel id
    order = np.lexsort((parcels, -sums, ~with_cells))
    ranking = {}
    for rank, i in enumerate(order, start=1):
        ranking[int(parcels[i])] = ParcelRank(
            parcel_id=int(parcels[i]), cells=int(cells[i]), scored_cells=int(scored_cells[i]),
            score_sum=float(sums[i]),
            score_mean=float(sums[i] / scored_cells[i]) if scored_cells[i] else float("nan"),
            best_measure=int(best[i]), rank=rank)
    return ranking
