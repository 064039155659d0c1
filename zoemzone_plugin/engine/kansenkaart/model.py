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

Measures on part of a cell
--------------------------
A linear measure (a margin, verge or hedge: catalogue column ``linear``) goes only on cells
with an edge and covers the share f(y) of the cell that strips of its width along the edge
sides take (measure_cover.edge_shares). The cell's values become the area-weighted mix
N' = N + f dN per substrate and RA' = RA + f dRA per season, so dFE = f dFE_full while
dHN(y,s) = max_n [(N(n) + f dN(n)) ns(s,n)] - HN(y,s) is taken per cell (the maximum does
not scale with f). This is just another change of the cell's values, so dS(y) above stays
exact; the year-round term scales with f as dRA does.

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
The connectivity term is the habitat network's answer (kansenkaart.gain): the increase in ECA if
the measure made a stepping stone at the cell, linked to the existing patches with the
connectivity graph's distance decay. The patches are given (connectivitygraph's nodes, as a
patch raster and capacities) or are today's habitat: the nest cells above the median supply,
joined 8-connected into patches of at least 0.5 ha, capacity their area. A per-cell
connectivity array may also be given as it is. Each term is scaled to at most 1 (gain and
YR by their largest magnitude over all measures and cells; the connectivity term by its
maximum) and the score of measure m at y is
w_supply gain_m/max|gain| + w_yearround YR_m/max YR + w_connectivity conn. A measure that
lowers supply keeps its negative score, so it is never preferred to one that helps.
The priority classes cut the scores at this run's quintiles, at fixed breaks, or at a
reference run's breaks with that run's scales (kansenkaart.ranking: classes that mean the same
in every run).
"""
import math
from dataclasses import dataclass, field

import numpy as np

from .. import defaults
from ..pollination.convolution import MaskedConvolver, exponential_kernel
from ..errors import Cancelled, InputError, Phrase, TableError
from .foodgaps import TOLERANCE, check_threshold
from .measure_cover import edge_shares
from .gain import STONE_AREA_M2, network_term
from ..network.patches import label, large_enough
from ..pollination.model import CodeIndex, flowers_per_code, kernels_by_alpha, nesting_per_code
from ..progress import NullFeedback

PRIORITY_CLASSES = 5
DEFAULT_FOOD_THRESHOLD = defaults.value("foodgaps", "threshold")
# without a dispersal distance: this times the largest alpha (the kernel's mean flight distance)
DISPERSAL_ALPHA_FACTOR = defaults.value("kansenkaart", "dispersal_alpha_factor")
# today's habitat: nest cells whose supply is above this quantile of the nest cells' supply
HABITAT_QUANTILE = defaults.value("kansenkaart", "habitat_quantile")


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


def habitat_network(habitat, pixel_size):
    """Today's habitat as the network's patches: (labels 1..n, capacities in m²), patches
    8-connected (as zoemzone:habitatpatches in the chain) and of at least the stepping stone's
    0.5 ha, so the network holds what a stone would add to."""
    labels, count = label(habitat, eight_connected=True)
    cell_area = pixel_size * pixel_size
    cells = np.bincount(labels.ravel(), minlength=count + 1)[1:]
    keep = large_enough(cells, cell_area, STONE_AREA_M2)
    number = np.zeros(count + 1, np.int32)
    number[1:][keep] = np.arange(1, int(keep.sum()) + 1, dtype=np.int32)
    return number[labels], cells[keep] * cell_area


def network_connectivity(model, valid, patches=None, supply_map=None, nests=None,
                         median=None, feedback=None):
    """The connectivity term (0..1, 0 off ``valid``) and its NetworkTerm: the network term of
    ``patches`` (labels, capacities), else of today's habitat (``habitat_of``)."""
    if patches is None:
        patches = habitat_network(habitat_of(supply_map, nests & valid, median),
                                  model.pixel_size)
    found = network_term(patches[0], patches[1], model.pixel_size, model.dispersal_distance,
                         model.stone_area, feedback)
    term = found.term
    term[~valid] = 0.0
    top = float(term.max())
    if top > 0:
        term /= np.float32(top)
    found.term = None
    return term, found


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
        # dN per substrate and code, for the per-cell mix of a linear measure
        self.substrate_change = {n: keep * (nesting[n] - np.asarray(bio.nesting[n], float))
                                 for n in tables.substrates}
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
    priority: np.ndarray        # uint8 1..5 (1 = highest scores), 0 where none
    measure_gains: dict         # measure code -> gain of that measure at each cell
    measures: list              # the catalogue's measures, in catalogue order
    total_supply: float         # today's total supply (sum over the raster)
    gain_scale: float           # the supply normaliser: max |gain| over measures and cells,
    # or the reference run's (kansenkaart.ranking)
    yearround: np.ndarray = None            # YR of the best measure (when w_yearround > 0)
    measure_yearround: dict = field(default_factory=dict)   # code -> YR (when computed)
    yearround_scale: float = 0.0
    connectivity: np.ndarray = None         # the connectivity term used, 0..1 (when used)
    breaks: np.ndarray = None               # the scores the priority classes are cut at
    network: object = None                  # kansenkaart.gain.NetworkTerm of the term (no term)


def _check_arrays(landuse, valid, available, connectivity, parcels=None):
    if landuse.shape != valid.shape:
        raise InputError("The land use ({a}) and its valid mask ({b}) differ in size.",
                         a="x".join(map(str, landuse.shape)), b="x".join(map(str, valid.shape)))
    for name, array in ((Phrase("available land"), available),
                        (Phrase("connectivity"), connectivity), (Phrase("parcel"), parcels)):
        if array is not None and np.shape(array) != landuse.shape:
            raise InputError(
                "The {name} raster is {a} cells but the land use is {b}; give it on the land "
                "use's grid.", name=name, a="x".join(map(str, np.shape(array))),
                b="x".join(map(str, landuse.shape)))


def _check_settings(pixel_size, weights, dispersal_distance, stone_area):
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
    if not (stone_area > 0 and math.isfinite(stone_area)):
        raise InputError("The stepping-stone area is {value} m²; it must be an area above 0.",
                         value=stone_area)


def refuse_empty():
    raise InputError("The land use has no cells with data, so there is nowhere to put a "
                     "measure.")


# the kinds of term that KansenkaartModel.group_terms hands on
SOURCE, GUILD = "source", "guild"


class KansenkaartModel:
    """A kansenkaart run's settings and what follows from them before any cell is read: the
    measures' effects, the contributing guilds grouped by kernel, the terms asked for.

    The per-cell work is in methods taking arrays of any extent, so the whole-raster run
    (``kansenkaart``) and the tiled one (kansenkaart.runner) compute each term by the same
    operations. Refuses bad settings and catalogues on construction, before any reading."""

    def __init__(self, tables, catalogue, pixel_size, w_supply=1.0, w_yearround=0.0,
                 w_connectivity=0.0, dispersal_distance=None,
                 food_threshold=DEFAULT_FOOD_THRESHOLD, stone_area=STONE_AREA_M2):
        weights = {"W_SUPPLY": w_supply, "W_YEARROUND": w_yearround,
                   "W_CONNECTIVITY": w_connectivity}
        _check_settings(pixel_size, weights, dispersal_distance, stone_area)
        self.stone_area = stone_area
        self.w_supply, self.w_yearround, self.w_connectivity = (w_supply, w_yearround,
                                                                w_connectivity)
        self.want_yr, self.want_conn = w_yearround > 0, w_connectivity > 0
        if self.want_yr:
            check_threshold(food_threshold)
        self.tables, self.pixel_size = tables, pixel_size
        self.measures = list(getattr(catalogue, "measures", catalogue))
        self.effects = [_Effect(m, tables) for m in self.measures]
        guilds = [g for g in tables.guilds if tables.abundance_share(g) > 0]
        groups = [(a, [g for g in gs if g in guilds])
                  for a, gs in kernels_by_alpha(tables, pixel_size).items()]
        self.groups = [(a, gs) for a, gs in groups if gs]
        # R: the kernels reach floor(5 alpha) cells (exponential_kernel)
        self.radius = max(int(np.floor(5.0 * a)) for a, _ in self.groups)
        self.limit = np.float32(food_threshold - TOLERANCE) if self.want_yr else None
        self.dispersal_distance = (dispersal_distance or DISPERSAL_ALPHA_FACTOR
                                   * max(g.alpha for g in tables.guilds))

    def flight_seasons(self, group):
        """The seasons in which a guild of ``group`` flies: those with a year-round source."""
        return [j for j in self.tables.seasons if any(g.foraging[j] > 0 for g in group)]

    def allowed(self, effect, index, available=None, covers=None):
        """Where a measure may go: its land uses, within the available land (if given); a
        linear measure (given ``covers``) only where it covers part of the cell."""
        if covers is not None and effect.measure.code in covers:
            return covers[effect.measure.code] > 0
        allowed = np.take(np.append(effect.allowed[index.order], False), index.rows)
        if available is not None:
            allowed &= available
        return allowed

    def covers(self, landuse, valid, available=None, parcels=None):
        """Per linear measure's code: the share of each cell it covers (float32, 0 where it
        may not go); see measure_cover.edge_shares. ``parcels`` (ids, 0 = none) adds parcel
        boundaries to the edges of the land-use classes. Edges need each cell's neighbours,
        so a block must come with a halo of one cell."""
        index = CodeIndex(landuse, valid, self.tables.biophysical.codes)
        return {effect.measure.code: edge_shares(
                    landuse, valid, self.allowed(effect, index, available),
                    effect.measure.width_m, self.pixel_size, parcels)
                for effect in self.effects if effect.measure.linear}

    def empty_gains(self, index, available=None, covers=None):
        """Per measure code: NaN where the measure may not go, 0 where it may (the gains are
        added onto these)."""
        gains = {}
        for effect in self.effects:
            gain = np.full(index.rows.shape, np.nan, np.float32)
            gain[self.allowed(effect, index, available, covers)] = 0.0
            gains[effect.measure.code] = gain
        return gains

    def group_terms(self, index, correlator, group, scratch, check):
        """The terms of one kernel group that need the land use within one kernel radius,
        with ``correlator`` on the group's kernel: (SOURCE, season, source) for each flight
        season when the year-round term is wanted, then (GUILD, guild, HN/W, FR, PS) for
        each guild.

        source = sum_s sa_s G_sj / W_s and HN/W are what the gain's correlations (E_j, C_s)
        take, and those reach one kernel radius further; FR and PS are final. PS is
        ``scratch``: the consumer must use it before anything else writes there."""
        tables = self.tables
        shape = index.rows.shape
        inverse_weight = correlator.inverse_weight
        hn = {g.species: index.values(nesting_per_code(tables, g)) for g in group}
        fr = {}
        if self.want_yr:
            # FR_s = sum_j fa(s,j) FR_j: the seasonal means the gaps need give FR for free
            fr = {g.species: np.zeros(shape, np.float32) for g in group}
            for season in self.flight_seasons(group):
                check()
                food = correlator.mean(index.values(tables.biophysical.floral[season]))
                source = np.zeros(shape, np.float32)
                for g in group:
                    if g.foraging[season] > 0:
                        fr[g.species] += np.float32(tables.foraging_share(g, season)) * food
                        gap = (food < self.limit) & (hn[g.species] > 0)
                        source[gap] += np.float32(tables.abundance_share(g))
                del food
                source *= inverse_weight
                yield SOURCE, season, source
                del source
        for g in group:
            check()
            if g.species not in fr:
                fr[g.species] = correlator.mean(index.values(
                    sum(flowers_per_code(tables, g, j) for j in tables.seasons)))
            here_hn, here_fr = hn.pop(g.species), fr.pop(g.species)
            # PS = sa HN FR, in the model's order of operations (same float32 rounding)
            np.multiply(here_hn, np.float32(tables.abundance_share(g)), out=scratch)
            scratch *= here_fr
            here_hn *= inverse_weight
            yield GUILD, g, here_hn, here_fr, scratch
            del here_hn, here_fr

    def add_guild_gains(self, gains, index, guild, fr, nests_fed, inverse_weight, centre,
                        scratch, covers=None):
        """Add a guild's part of dS (the module's formula) to each measure's gain, with
        nests_fed = C_s and centre = K_s(0); ``covers`` as from ``covers``."""
        species, share = guild.species, self.tables.abundance_share(guild)
        for effect in self.effects:
            gain = gains[effect.measure.code]
            if covers is not None and effect.measure.code in covers:
                self._add_partial_gain(gain, effect, index, guild, covers[effect.measure.code],
                                       fr, nests_fed, inverse_weight, centre)
                continue
            d_hn = share * effect.nesting_change[species]
            d_fe = share * effect.flower_change[species]
            _add_product(gain, d_hn, index, fr, scratch)
            _add_product(gain, d_fe, index, nests_fed, scratch)
            _add_product(gain, d_hn * effect.flower_change[species] * centre, index,
                         inverse_weight, scratch)

    def _add_partial_gain(self, gain, effect, index, guild, cover, fr, nests_fed,
                          inverse_weight, centre):
        """dS of a linear measure on the share ``cover`` of each cell (the module's section
        on measures on part of a cell): dHN from the mixed substrates cell by cell."""
        tables, species = self.tables, guild.species
        old = index.values(nesting_per_code(tables, guild))
        mixed = np.zeros(cover.shape, np.float32)
        for n in tables.substrates:
            if guild.nesting[n] > 0:
                value = index.values(tables.biophysical.nesting[n])
                value += cover * index.values(effect.substrate_change[n])
                np.maximum(mixed, value * np.float32(guild.nesting[n]), out=mixed)
        d_hn = mixed - old
        d_fe = cover * index.values(effect.flower_change[species])
        term = d_hn * fr
        term += d_fe * nests_fed
        term += d_hn * d_fe * np.float32(centre) * inverse_weight
        gain += np.float32(tables.abundance_share(guild)) * term

    def yearround(self, effect, index, food_gain, gain, scratch, cover=None):
        """YR_m = sum_j max(dRA_m, 0)[l(y)] E_j(y), times the share a linear measure covers
        (``cover``), NaN where the measure may not go (where its ``gain`` is NaN);
        ``food_gain`` maps season -> E_j."""
        yr = np.zeros(gain.shape, np.float32)
        for season, spread in food_gain.items():
            _add_product(yr, np.maximum(effect.floral[season], 0.0), index, spread, scratch)
        if cover is not None:
            yr *= cover
        yr[np.isnan(gain)] = np.nan
        return yr

    def best(self, shape, gains, measure_yr, conn_term, gain_scale, yr_scale):
        """(score, id, gain, YR) of the measure with the highest weighted score at each cell
        of an array of ``shape``; score NaN and id 0 where no measure may go, YR None unless
        wanted."""
        best_score = np.full(shape, -np.inf, np.float32)
        best_id = np.zeros(shape, np.int32)
        best_gain = np.full(shape, np.nan, np.float32)
        best_yr = np.full(shape, np.nan, np.float32) if self.want_yr else None
        for effect in self.effects:
            code = effect.measure.code
            score = np.zeros(shape, np.float32)
            if self.w_supply > 0 and gain_scale > 0:
                np.multiply(gains[code], np.float32(self.w_supply / gain_scale), out=score)
            else:
                score[np.isnan(gains[code])] = np.nan
            if self.want_yr and yr_scale > 0:
                score += np.float32(self.w_yearround / yr_scale) * measure_yr[code]
            if conn_term is not None:
                score += np.float32(self.w_connectivity) * conn_term
            better = score > best_score         # NaN (not allowed) is never better
            best_score[better] = score[better]
            best_id[better] = effect.measure.id
            best_gain[better] = gains[code][better]
            if self.want_yr:
                best_yr[better] = measure_yr[code][better]
            del score, better
        best_score[best_id == 0] = np.nan
        return best_score, best_id, best_gain, best_yr


def kansenkaart(landuse, valid, pixel_size, tables, catalogue, available=None, w_supply=1.0,
                w_yearround=0.0, w_connectivity=0.0, dispersal_distance=None,
                food_threshold=DEFAULT_FOOD_THRESHOLD, connectivity=None, parcels=None,
                patches=None, stone_area=STONE_AREA_M2, feedback=None, priority=None):
    """Gain, best measure, score and priority of every cell (see the module's derivation).

    ``landuse`` holds integer codes (all in the table where ``valid``), ``pixel_size`` the mean
    cell size in metres, ``catalogue`` a Catalogue (or any iterable of Measures),
    ``available`` an optional bool array (True where measures are possible), ``parcels`` an
    optional parcel id raster (0 = none) whose boundaries are edges for linear measures
    besides those between land-use classes (KansenkaartModel.covers). The year-round
    term is computed only when ``w_yearround`` > 0 and the connectivity term only when
    ``w_connectivity`` > 0: each costs work the others do not need. Without a
    ``connectivity`` array the term is the network term (kansenkaart.gain) of a stepping stone of
    ``stone_area`` m² among ``patches`` (a patch raster 1..n on the land use's grid and the n
    capacities), or without those among today's habitat (``habitat_network``), with the
    median dispersal distance ``dispersal_distance`` defaulting to twice the largest foraging
    alpha (the kernel's mean flight distance).
    ``priority`` (a kansenkaart.ranking.PriorityBreaks) gives fixed breaks, or a reference run's
    scales and breaks; None: this run's own maxima and quintiles.
    Rasters too large for memory go through kansenkaart.runner.kansenkaart_to_files.
    """
    feedback = feedback or NullFeedback()
    landuse, valid = np.asarray(landuse), np.asarray(valid, bool)
    _check_arrays(landuse, valid, available, connectivity, parcels)
    model = KansenkaartModel(tables, catalogue, pixel_size, w_supply, w_yearround,
                             w_connectivity, dispersal_distance, food_threshold, stone_area)
    if patches is not None and np.shape(patches[0]) != landuse.shape:
        raise InputError("The patch raster is {a} cells but the land use is {b}; give it on "
                         "the land use's grid.", a="x".join(map(str, np.shape(patches[0]))),
                         b="x".join(map(str, landuse.shape)))
    if not valid.any():
        refuse_empty()
    check = cancel_check(feedback)
    index = CodeIndex(landuse, valid, tables.biophysical.codes)
    shape = landuse.shape
    scratch = np.empty(shape, np.float32)
    available = None if available is None else np.asarray(available, bool)
    covers = model.covers(landuse, valid, available,
                          None if parcels is None else np.asarray(parcels))
    gains = model.empty_gains(index, available, covers)
    correlator = _Correlator(valid, 2 * model.radius + 1)
    food_gain = {j: np.zeros(shape, np.float32) for j in tables.seasons} if model.want_yr else {}
    own_conn = model.want_conn and connectivity is None and patches is None
    supply_map = np.zeros(shape, np.float32) if own_conn else None
    nest_any = np.zeros(shape, bool) if own_conn else None
    total_supply = 0.0
    for done, (alpha_px, group) in enumerate(model.groups, start=1):
        check()
        correlator.use_kernel(exponential_kernel(alpha_px))
        for kind, key, *layers in model.group_terms(index, correlator, group, scratch, check):
            if kind == SOURCE:
                if layers[0].any():
                    food_gain[key] += correlator.raw(layers[0])
                continue
            hn_w, fr, ps = layers
            total_supply += float(ps.sum(dtype=np.float64))
            if own_conn:
                supply_map += ps
                nest_any |= hn_w > 0
            # C_s = raw convolution of HN/W with the kernel
            nests_fed = correlator.raw(hn_w)
            del layers, hn_w, ps
            model.add_guild_gains(gains, index, key, fr, nests_fed, correlator.inverse_weight,
                                  correlator.centre, scratch, covers)
            del fr, nests_fed
        feedback.setProgress(80.0 * done / len(model.groups))
    del correlator
    check()

    measure_yr, yr_scale = {}, 0.0
    if model.want_yr:
        for effect in model.effects:
            code = effect.measure.code
            measure_yr[code] = model.yearround(effect, index, food_gain, gains[code], scratch,
                                               covers.get(code))
            yr_scale = max(yr_scale, _nanmax(measure_yr[code]))
        del food_gain
    yr_scale = scale_of(priority, "yearround", yr_scale)

    conn_term = network = None
    if model.want_conn:
        if own_conn:
            nests = nest_any & valid
            del nest_any
            median = (_quantile(int(nests.sum()), _ranked(supply_map[nests]))
                      if nests.any() else np.inf)
            conn_term, network = network_connectivity(model, valid, None, supply_map, nests,
                                                      median, feedback)
            del supply_map, nests
        elif connectivity is None:
            conn_term, network = network_connectivity(model, valid, patches,
                                                      feedback=feedback)
        else:
            conn_term = np.where(valid, np.nan_to_num(np.asarray(connectivity, np.float32)),
                                 np.float32(0)).astype(np.float32)
            top = float(conn_term.max())
            if top > 0:
                conn_term /= np.float32(top)
    feedback.setProgress(90.0)
    check()

    gain_scale = scale_of(priority, "supply",
                          max((_nanmax(np.abs(g)) for g in gains.values()), default=0.0))
    best_score, best_id, best_gain, best_yr = model.best(shape, gains, measure_yr, conn_term,
                                                         gain_scale, yr_scale)
    has = best_id > 0
    breaks = score_breaks(best_score, has, priority)
    feedback.setProgress(100.0)
    return KansenkaartResult(
        gain=best_gain, best_measure=best_id, score=best_score,
        priority=classes_of(best_score, has, breaks), measure_gains=gains,
        measures=model.measures, total_supply=total_supply, gain_scale=gain_scale,
        yearround=best_yr, measure_yearround=measure_yr, yearround_scale=yr_scale,
        connectivity=conn_term, breaks=breaks, network=network)


def cancel_check(feedback):
    """A function raising Cancelled once ``feedback`` says so."""
    def check():
        if feedback.isCanceled():
            raise Cancelled()
    return check


def _nanmax(array):
    """The largest finite value, 0 when there is none (a scale of 0 switches a term off)."""
    finite = array[np.isfinite(array)]
    return float(finite.max()) if finite.size else 0.0


def habitat_of(supply_map, nests, median):
    """Today's habitat for the network term: nest cells (some guild can nest) whose
    supply is above ``median``, the HABITAT_QUANTILE of the supply of all nest cells (by
    default their median, so the richer half)."""
    return nests & (supply_map > median)


def _ranked(values):
    """``order_statistics`` of an array (see _quantile): it is partitioned in place."""
    def at(ranks):
        values.partition(ranks)
        return values[ranks]
    return at


def _quantile(count, order_statistics, share=HABITAT_QUANTILE):
    """The ``share`` quantile of ``count`` values (numpy's linear interpolation), given
    ``order_statistics(ranks)``: their values at the 0-based ranks in ascending order.
    Float64, and weighted as (1 - f) low + f high so the median (0.5) is exactly the mean of
    an even count's two middle values, strictly between them where they differ."""
    position = (count - 1) * share
    lower = int(math.floor(position))
    low, high = order_statistics([lower, min(lower + 1, count - 1)])
    fraction = position - lower
    return float(low) * (1.0 - fraction) + float(high) * fraction


def quantile_breaks(count, order_statistics, parts=PRIORITY_CLASSES):
    """The parts - 1 breaks between equal shares of ``count`` values (as _quantile takes
    them), interpolated linearly between neighbouring order statistics (numpy's default
    quantile method), in float64.

    Only the order statistics at the breaks are needed, so a tiled run can select them
    exactly without holding all values, and gets the breaks the whole-raster run gets."""
    positions = [divmod((count - 1) * k, parts) for k in range(1, parts)]
    ranks = sorted({r for lower, _ in positions for r in (lower, min(lower + 1, count - 1))})
    value = dict(zip(ranks, (float(v) for v in order_statistics(ranks))))
    return np.array([value[lower] + (value[min(lower + 1, count - 1)] - value[lower])
                     * (rest / parts) for lower, rest in positions])


def scale_of(priority, term, own):
    """What a term is divided by: this run's largest value (``own``), or the reference run's
    when ``priority`` (kansenkaart.ranking.PriorityBreaks or None) has one."""
    return own if priority is None or priority.scales is None else priority.scales[term]


def breaks_of(priority, count, order_statistics):
    """The breaks the classes are cut at: fixed or a reference run's when ``priority`` has
    them, else the quintiles of the ``count`` scores (as quantile_breaks takes them; none
    when there are no scores)."""
    if priority is not None and priority.breaks is not None:
        return np.asarray(priority.breaks, np.float64)
    return quantile_breaks(count, order_statistics) if count else np.zeros(0)


def score_breaks(score, has, priority=None):
    """breaks_of the scores at ``has`` (a copy of them is partitioned)."""
    values = score[has]
    return breaks_of(priority, values.size, _ranked(values))


def classes_of(score, has, breaks):
    """Priority classes of ``score`` at ``has`` given the breaks (uint8, 0 elsewhere;
    a score equal to a break goes up)."""
    out = np.zeros(score.shape, np.uint8)
    out[has] = PRIORITY_CLASSES - np.searchsorted(breaks, score[has], side="right")
    return out


def priority_classes(score, has=None):
    """Classes 1..5 by quintiles of ``score`` over the cells with a measure, 1 = highest
    (uint8, 0 where there is no measure).

    Quintiles rather than fixed breaks, so each class names a fifth of the candidate land
    whatever the weights; tied scores stay in one class (a tie at a break goes up)."""
    has = np.isfinite(score) if has is None else has & np.isfinite(score)
    return classes_of(score, has, score_breaks(score, has))


@dataclass
class ParcelRank:
    parcel_id: int
    cells: int              # cells of the parcel
    scored_cells: int       # of which a measure may go on
    score_sum: float        # summed score of those cells
    score_mean: float       # score_sum / scored_cells (NaN when 0)
    best_measure: int       # measure with the largest summed score in the parcel, 0 if none
    rank: int               # 1 = largest summed score


class ParcelTally:
    """Cells and summed scores per parcel and per parcel and measure, gathered block by block
    (``add``), so a tiled run ranks the parcels of the whole raster as the untiled run does
    (to the float64 round-off of the sums' order)."""

    def __init__(self):
        self._parcels = []     # per block: (ids, cells, scored cells, summed score)
        self._measures = []    # per block: (parcel id, measure id, summed score) per pair

    def add(self, score, best_measure, parcel_ids):
        parcel_ids = np.asarray(parcel_ids)
        inside = parcel_ids != 0
        ids = parcel_ids[inside]
        if ids.size == 0:
            return
        parcels, which = np.unique(ids, return_inverse=True)
        which = which.ravel()
        values = np.asarray(score)[inside].astype(np.float64)
        best = np.asarray(best_measure)[inside]
        scored = np.isfinite(values) & (best > 0)
        values[~scored] = 0.0
        n = parcels.size
        self._parcels.append((parcels, np.bincount(which, minlength=n),
                              np.bincount(which[scored], minlength=n),
                              np.bincount(which, weights=values, minlength=n)))
        measure_ids, column = np.unique(best[scored], return_inverse=True)
        k = max(measure_ids.size, 1)
        key = which[scored] * k + column.ravel()
        sums = np.bincount(key, weights=values[scored], minlength=n * k)
        present = np.flatnonzero(np.bincount(key, minlength=n * k))
        self._measures.append((parcels[present // k], measure_ids[present % k],
                               sums[present]))

    def ranking(self):
        """{parcel id: ParcelRank} in rank order (see parcel_ranking)."""
        if not self._parcels:
            return {}
        parcels, which = np.unique(np.concatenate([b[0] for b in self._parcels]),
                                   return_inverse=True)
        n = parcels.size

        def total(column):
            return np.bincount(which, weights=np.concatenate([b[column] for b in self._parcels]),
                               minlength=n)
        cells, scored_cells, sums = (total(1).astype(np.int64), total(2).astype(np.int64),
                                     total(3))
        # a parcel's best measure: the largest summed score, ties to the lower measure id
        best = np.zeros(n, np.int64)
        of_parcel, of_measure, pair_sums = (np.concatenate([b[i] for b in self._measures])
                                            for i in range(3))
        if of_parcel.size:
            measure_ids, column = np.unique(of_measure, return_inverse=True)
            k = measure_ids.size
            pairs, pair = np.unique(np.searchsorted(parcels, of_parcel) * k + column.ravel(),
                                    return_inverse=True)
            pair_totals = np.bincount(pair.ravel(), weights=pair_sums)
            parcel_of, measure_of = pairs // k, pairs % k
            order = np.lexsort((measure_of, -pair_totals, parcel_of))
            first = order[np.r_[True, parcel_of[order][1:] != parcel_of[order][:-1]]]
            best[parcel_of[first]] = measure_ids[measure_of[first]]
        # rank: scored parcels by summed score (descending), then the rest; ties by parcel id
        with_cells = scored_cells > 0
        order = np.lexsort((parcels, -sums, ~with_cells))
        ranking = {}
        for rank, i in enumerate(order, start=1):
            ranking[int(parcels[i])] = ParcelRank(
                parcel_id=int(parcels[i]), cells=int(cells[i]),
                scored_cells=int(scored_cells[i]), score_sum=float(sums[i]),
                score_mean=(float(sums[i] / scored_cells[i]) if scored_cells[i]
                            else float("nan")),
                best_measure=int(best[i]), rank=rank)
        return ranking


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
    tally = ParcelTally()
    tally.add(score, best_measure, parcel_ids)
    return tally.ranking()
