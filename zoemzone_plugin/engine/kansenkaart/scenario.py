"""Measure scenarios: what measures that partners have drawn would add, before money is spent.

Drawn measures become a raster of measure ids on the land-use grid; each (land use, measure)
combination then gets a land-use code of its own whose row carries the measure's values
(``catalogue.biophysical_with_measures``), so the scenario is an ordinary land-use raster and
the pollination model runs on it unchanged: today and the scenario are computed the same way
and their difference is exact, not an estimate.

Drawings are messy: unknown measure types, a flower strip drawn over a pond, empty shapes. None
of these is dropped silently: each becomes a Problem naming the feature, and the caller chooses
to skip the faulty part (and report it) or to refuse the whole set.
"""
import math
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from osgeo import gdal, ogr

from .catalogue import tables_with_measures
from ..pollination.convolution import MaskedConvolver, exponential_kernel
from ..errors import Cancelled, InputError, Phrase
from .foodgaps import seasonal_food_gaps
from .measure_cover import SHARE_STEP, area_shares
from ..pollination.model import (CodeIndex, Products, flowers_per_code, kernels_by_alpha,
                                 nesting_per_code, run_pollination)
from ..progress import NullFeedback

gdal.UseExceptions()
ogr.UseExceptions()

SKIP, REFUSE = "skip", "refuse"
# Above this many features the report's per-feature gains come from one pass
# (marginal_cell_gains) instead of one model run per feature; see run_scenario.
EXACT_FEATURE_LIMIT = 20


class ProblemKind:
    UNKNOWN_MEASURE = "unknown_measure"
    EMPTY_GEOMETRY = "empty_geometry"
    INVALID_GEOMETRY = "invalid_geometry"
    GEOMETRY_KIND = "geometry_kind"
    NO_CELL = "no_cell"
    LAND_USE = "land_use"


@dataclass
class Problem:
    """One thing wrong with one drawn feature. ``detail`` is English; ``translated`` gives it
    in the user's language (the template is a Phrase, so the translation tooling finds it)."""
    feature_id: object
    kind: str
    detail: str
    template: str = ""
    params: dict = field(default_factory=dict)

    def translated(self, translate):
        params = {k: translate(v) if isinstance(v, Phrase) else v
                  for k, v in self.params.items()}
        return translate(self.template).format(**params) if self.template else self.detail


def _problem(feature_id, kind, template, **params):
    return Problem(feature_id, kind, template.format(**params), template, params)


class Rasterized(NamedTuple):
    measures: np.ndarray    # int32 measure id per cell, 0 = none
    problems: list          # Problem records, in feature order
    cells: dict             # feature id -> (rows, cols) of the cells it holds in the end
    shares: np.ndarray      # float32 share of each cell's area the measure covers, 0 = none


def _vector_layer():
    driver = ogr.GetDriverByName("Memory") or ogr.GetDriverByName("MEM")
    source = driver.CreateDataSource("measures")
    return source, source.CreateLayer("measure", None, ogr.wkbUnknown)


def _point_cells(grid, geometry, found):
    if geometry.GetGeometryCount():
        for i in range(geometry.GetGeometryCount()):
            _point_cells(grid, geometry.GetGeometryRef(i), found)
        return
    x0, dx, _, y0, _, dy = grid.geotransform
    col = math.floor((geometry.GetX() - x0) / dx)
    row = math.floor((geometry.GetY() - y0) / dy)
    if 0 <= row < grid.rows and 0 <= col < grid.cols:
        found.add((row, col))


def _cells(grid, geometry, kind, measure, layer):
    """(rows, cols, shares) of the cells a drawn feature covers (see measure_cover); a point
    measure (a bee hotel) is a thing in its cell, so it takes the whole cell."""
    if kind == "point":
        found = set()
        _point_cells(grid, geometry, found)
        cells = np.array(sorted(found), np.intp).reshape(-1, 2)
        return cells[:, 0], cells[:, 1], np.ones(len(cells), np.float32)
    if kind == "line":
        geometry = geometry.Buffer(measure.width_m / 2.0)
    return area_shares(grid, geometry, layer)


def _kind(geometry):
    return ("point", "line", "polygon")[min(geometry.GetDimension(), 2)]


def _land_use_counts(codes, valid_here):
    """('16, nodata', '12, 3'): the codes of the cells a measure may not take, and how many."""
    values, counts = np.unique(codes[valid_here], return_counts=True)
    names, numbers = [str(v) for v in values], [str(n) for n in counts]
    if (~valid_here).any():
        names.append("nodata")
        numbers.append(str(int((~valid_here).sum())))
    return ", ".join(names), ", ".join(numbers)


def rasterize_measures(grid, features, catalogue, landuse, valid, on_problem=SKIP):
    """Burn drawn measures into the land-use grid.

    ``features``: (feature id, ogr.Geometry or WKB in the grid's CRS, measure code or id) in
    drawing order. A polygon covers the share of each cell it overlaps, a line the share its
    buffer by half the measure's width on each side overlaps (measure_cover.area_shares); a
    point takes the whole cell it falls in. Where features of one measure meet in a cell their
    shares add up (to at most the whole cell), so a margin drawn in pieces counts whole;
    where another measure follows, it replaces the earlier one in that cell. Cells whose land
    use the measure may not be applied on keep their land use. With ``on_problem`` 'skip'
    faulty features (or their disallowed cells) are left out and listed; with 'refuse' an
    InputError lists every problem. Returns Rasterized(measures, problems, cells, shares).
    """
    if on_problem not in (SKIP, REFUSE):
        raise ValueError("on_problem must be 'skip' or 'refuse'")
    if grid.geotransform[2] or grid.geotransform[4]:
        raise InputError("The land-use raster is rotated (its geotransform has rotation "
                         "terms). Warp it to a north-up grid first.")
    measures = np.zeros((grid.rows, grid.cols), np.int32)
    shares = np.zeros((grid.rows, grid.cols), np.float32)
    owner = np.zeros((grid.rows, grid.cols), np.int32)
    kept, problems = [], []
    _source, layer = _vector_layer()
    for feature_id, geometry, value in features:
        measure = catalogue.lookup(value)
        if measure is None:
            problems.append(_problem(
                feature_id, ProblemKind.UNKNOWN_MEASURE,
                Phrase("measure type '{value}' is not a code or id in {file}"),
                value="" if value is None else value, file=catalogue.file))
            continue
        if geometry is not None and not isinstance(geometry, ogr.Geometry):
            geometry = ogr.CreateGeometryFromWkb(bytes(geometry)) if len(geometry) else None
        if geometry is None or geometry.IsEmpty():
            problems.append(_problem(feature_id, ProblemKind.EMPTY_GEOMETRY,
                                     Phrase("the geometry is empty")))
            continue
        if geometry.HasCurveGeometry():
            geometry = geometry.GetLinearGeometry()
        kind = _kind(geometry)
        if kind not in measure.geometries:
            problems.append(_problem(
                feature_id, ProblemKind.GEOMETRY_KIND,
                Phrase("'{measure}' is drawn as {drawn}, but {file} allows it only as "
                       "{allowed}"),
                measure=measure.code, drawn=kind, file=catalogue.file,
                allowed="|".join(k for k in ("point", "line", "polygon")
                                 if k in measure.geometries)))
            continue
        try:
            rows, cols, covered = _cells(grid, geometry, kind, measure, layer)
        except RuntimeError as error:
            problems.append(_problem(
                feature_id, ProblemKind.INVALID_GEOMETRY,
                Phrase("GDAL cannot use the geometry ({error}); repair it, e.g. with Fix "
                       "geometries"), error=str(error).strip()))
            continue
        if rows.size == 0:
            problems.append(_problem(
                feature_id, ProblemKind.NO_CELL,
                Phrase("'{measure}' covers no part of the land-use raster (it lies outside "
                       "it)"), measure=measure.code))
            continue
        codes, valid_here = landuse[rows, cols], valid[rows, cols]
        allowed = valid_here.copy()
        if measure.lucodes is not None:
            allowed &= np.isin(codes, np.fromiter(measure.lucodes, np.int64))
        if not allowed.all():
            refused = ~allowed
            refused_codes, refused_counts = _land_use_counts(codes[refused],
                                                             valid_here[refused])
            problems.append(_problem(
                feature_id, ProblemKind.LAND_USE,
                Phrase("'{measure}' may not be applied on land use {codes} (cells per code: "
                       "{counts}); {count} of its {total} cells are left unchanged"),
                measure=measure.code, codes=refused_codes, counts=refused_counts,
                count=int(refused.sum()), total=int(rows.size)))
            rows, cols, covered = rows[allowed], cols[allowed], covered[allowed]
        kept.append((feature_id, rows, cols))
        same = measures[rows, cols] == measure.id
        shares[rows, cols] = np.minimum(np.where(same, shares[rows, cols], 0) + covered, 1)
        measures[rows, cols] = measure.id
        owner[rows, cols] = len(kept)
    if problems and on_problem == REFUSE:
        listing = "\n".join("%s: %s" % (p.feature_id, p.detail) for p in problems)
        error = InputError(
            "{count} measure feature(s) cannot be used as drawn (feature id: problem):\n"
            "{problems}\nCorrect them, or choose to skip faulty features.",
            count=len(problems), problems=listing)
        error.problems = problems
        raise error
    cells = {}
    for position, (feature_id, rows, cols) in enumerate(kept, start=1):
        mine = owner[rows, cols] == position
        rows, cols = rows[mine], cols[mine]
        if feature_id in cells:   # the same id twice: one feature in the report
            rows = np.concatenate([cells[feature_id][0], rows])
            cols = np.concatenate([cells[feature_id][1], cols])
        cells[feature_id] = (rows, cols)
    return Rasterized(measures, problems, cells, shares)


def share_steps(shares):
    """Covered shares as whole numbers of measure_cover.SHARE_STEP, so that equal shares make
    one table row."""
    return np.round(np.asarray(shares, np.float64) / SHARE_STEP).astype(np.int64)


def mixed_item(code, measure, steps):
    """The item of tables_with_measures for a cell of land use ``code`` that ``measure``
    covers ``steps`` SHARE_STEPs of: (code, measure) for a whole cell, else (code, measure,
    share); its mapping's key is (code, measure id) plus the same share."""
    whole = round(1 / SHARE_STEP)
    return (int(code), measure) + (() if steps == whole else (steps * SHARE_STEP,))


def apply_measures(landuse, valid, measure_ids, tables, catalogue, shares=None):
    """(scenario land use, scenario tables, {(code, measure id[, share]): new code}).

    Every measure cell gets the new code of its (land use, measure, share) combination, whose
    values are the area-weighted mix of the land use and the measure; the tables gain those
    codes, so running the model on the scenario land use with the scenario tables is the
    scenario. ``shares`` (from rasterize_measures) is the covered share of each cell, rounded
    to measure_cover.SHARE_STEP here; without it measures cover whole cells."""
    at = valid & (measure_ids > 0)
    if shares is not None:
        shares = np.round(np.asarray(shares, np.float64) / SHARE_STEP) * SHARE_STEP
        at &= shares > 0
    codes = landuse[at].astype(np.int64)
    ids = measure_ids[at].astype(np.int64)
    # the share as a whole number of steps, so that equal shares make one table row
    steps = (np.full(ids.shape, round(1 / SHARE_STEP), np.int64) if shares is None
             else share_steps(shares[at]))
    unknown = sorted(set(np.unique(ids).tolist()) - set(catalogue.by_id))
    if unknown:
        raise InputError("The measure raster holds id(s) {ids} that {file} does not have.",
                         ids=", ".join(map(str, unknown)), file=catalogue.file)
    if codes.size:
        triples, inverse = np.unique(np.stack([codes, ids, steps], axis=1), axis=0,
                                     return_inverse=True)
        inverse = inverse.reshape(-1)
    else:
        triples, inverse = np.zeros((0, 3), np.int64), np.zeros(0, np.intp)
    items = [mixed_item(c, catalogue.by_id[int(m)], n) for c, m, n in triples]
    scenario_tables, mapping = tables_with_measures(tables, items)
    top = int(scenario_tables.biophysical.codes.max())
    dtype = np.int32 if top < 2 ** 31 and landuse.dtype.itemsize <= 4 else np.int64
    scenario = landuse.astype(dtype, copy=True)
    if codes.size:
        new = np.array([mapping[(c, m.id) + tuple(rest)] for c, m, *rest in items], dtype)
        scenario[at] = new[inverse]
    return scenario, scenario_tables, mapping


class _Part:
    """A stretch of the caller's progress bar for one of several model runs."""

    def __init__(self, feedback, start, span):
        self.feedback, self.start, self.span = feedback, start, span

    def setProgress(self, percent):  # noqa: N802 (QGIS's spelling)
        self.feedback.setProgress(self.start + self.span * percent / 100.0)

    def isCanceled(self):  # noqa: N802
        return self.feedback.isCanceled()


def _supply(landuse, valid, pixel_size, tables, feedback):
    out = {}

    def keep(product, key, array):
        if product == Products.TOTAL_SUPPLY:
            out["total"] = array.copy()
    run_pollination(landuse, valid, pixel_size, tables, keep, feedback=feedback)
    return out["total"]


def _gain(after, before):
    """Sum over the raster of after - before: what the sum of DELTA_SUPPLY band 1 gives."""
    return float(np.nansum(after - before, dtype=np.float64))


def _reach(tables, pixel_size):
    """Cells beyond which a change cannot alter total supply: a change moves PS within one
    kernel radius, and PS there depends on food within one more radius."""
    return 2 * max(int(np.floor(5.0 * g.alpha / pixel_size)) for g in tables.guilds)


def feature_gain_exact(landuse, valid, pixel_size, scenario_landuse, scenario_tables, rows,
                       cols, today_total=None, feedback=None):
    """Gain in total supply of one feature's cells applied alone, by rerunning the model.

    Only a window of two kernel radii around the feature is rerun, which gives the same
    difference as the whole raster (outside the window nothing changes, and within it both
    runs see the same cut edge). ``today_total`` is today's TOTAL_SUPPLY of the whole raster,
    reused when the window is the whole raster."""
    if rows.size == 0:
        return 0.0
    reach = _reach(scenario_tables, pixel_size)
    n_rows, n_cols = landuse.shape
    r0, r1 = max(rows.min() - reach, 0), min(rows.max() + reach + 1, n_rows)
    c0, c1 = max(cols.min() - reach, 0), min(cols.max() + reach + 1, n_cols)
    whole = (r0, r1, c0, c1) == (0, n_rows, 0, n_cols)
    window = (slice(r0, r1), slice(c0, c1))
    before = landuse[window]
    after = before.astype(scenario_landuse.dtype, copy=True)
    after[rows - r0, cols - c0] = scenario_landuse[rows, cols]
    feedback = feedback or NullFeedback()
    if whole and today_total is not None:
        today = today_total
        alone = _supply(after, valid[window], pixel_size, scenario_tables, feedback)
    else:
        today = _supply(before, valid[window], pixel_size, scenario_tables,
                        _Part(feedback, 0, 50))
        alone = _supply(after, valid[window], pixel_size, scenario_tables,
                        _Part(feedback, 50, 50))
    return _gain(alone, today)


def marginal_cell_gains(landuse, valid, pixel_size, scenario_landuse, scenario_tables,
                        feedback=None):
    """Each changed cell's share of the gain in total supply, from one pass (method.md §7).

    Total supply is sum_x sum_s sa HN(x,s) FR(x,s) with FR linear in the flowers FE, so the
    gain splits exactly into cell terms: a change at y adds
    sa [dFE(y) sum_x K(x-y) HN(x)/W(x) + dHN(y) FR'(y)]: its flowers feeding today's nests
    (one correlation per guild for all cells at once) plus its nests fed by the scenario's
    food FR'. The cell terms add up to the scenario's total gain. Summed over one feature
    they equal that feature's gain alone when no other measure lies within its foraging
    reach; otherwise the food that other measures bring to its nests is counted with it.
    Returns (rows, cols, gains) of the cells whose code changed, in row-major order."""
    feedback = feedback or NullFeedback()
    changed = valid & (scenario_landuse != landuse)
    rows, cols = np.nonzero(changed)
    del changed
    gains = np.zeros(rows.size)
    codes = scenario_tables.biophysical.codes
    today = CodeIndex(landuse, valid, codes)
    after = CodeIndex(scenario_landuse, valid, codes)
    order = today.order
    row_today, row_after = today.rows[rows, cols], after.rows[rows, cols]

    def at(per_code, table_rows):
        return np.append(np.asarray(per_code, np.float64)[order], 0.0)[table_rows]

    groups = kernels_by_alpha(scenario_tables, pixel_size)
    convolver = MaskedConvolver(valid, max(2 * int(np.floor(5.0 * a)) + 1 for a in groups))
    done = 0
    for alpha_px, guilds in groups.items():
        convolver.use_kernel(exponential_kernel(alpha_px))
        weight = convolver.weight       # W(x) = sum_y K(x-y) v(y), shared by the guilds
        for guild in guilds:
            if feedback.isCanceled():
                raise Cancelled()
            share = scenario_tables.abundance_share(guild)
            fe = sum(flowers_per_code(scenario_tables, guild, j)
                     for j in scenario_tables.seasons)
            hn = nesting_per_code(scenario_tables, guild)
            ratio = np.zeros(landuse.shape)
            np.divide(today.values(hn), weight, out=ratio, where=valid)
            feeds = convolver.correlate(ratio)[rows, cols]
            del ratio
            food = convolver.mean(after.values(fe))[rows, cols]
            gains += share * ((at(fe, row_after) - at(fe, row_today)) * feeds
                              + (at(hn, row_after) - at(hn, row_today)) * food)
            done += 1
            feedback.setProgress(100.0 * done / len(scenario_tables.guilds))
    return rows, cols, gains


@dataclass
class ScenarioResult:
    supply_today: float         # sum over the raster of today's total supply
    supply_scenario: float
    gain: float                 # sum of DELTA_SUPPLY band 1 (exact)
    mapping: dict               # (land-use code, measure id) -> scenario code
    feature_gains: dict = field(default_factory=dict)   # feature id -> gain in total supply
    feature_cells: dict = field(default_factory=dict)   # feature id -> number of cells
    feature_method: str = ""    # 'exact' (one rerun per feature) or 'marginal'
    gap_cells_today: dict = None        # (species, season) -> cells with a food gap
    gap_cells_scenario: dict = None

    @property
    def gap_cells_change(self):
        if self.gap_cells_today is None:
            return None
        return {k: self.gap_cells_scenario.get(k, 0) - v
                for k, v in self.gap_cells_today.items()}


def run_scenario(landuse, valid, pixel_size, tables, catalogue, measure_ids, sink=None,
                 delta_sink=None, cells=None, food_threshold=None,
                 exact_feature_limit=EXACT_FEATURE_LIMIT, want_guild_abundance=False,
                 shares=None, feedback=None):
    """Run the model today and with the measures, and hand on the scenario and its difference.

    ``sink(product, key, array)`` receives the scenario's products as from run_pollination;
    ``delta_sink`` receives scenario minus today for Products.TOTAL_SUPPLY, Products.SUPPLY
    (per guild) and Products.TOTAL_ABUNDANCE (per season): DELTA_SUPPLY and DELTA_ABUNDANCE.
    Today's values are kept for those products only, so memory grows by one layer per guild
    and season, not by a second model.

    Per feature (``cells`` from rasterize_measures): with up to ``exact_feature_limit``
    features, the exact gain of the feature applied alone (the model rerun around each);
    with more, one pass of marginal_cell_gains, because a province-wide set of hundreds of
    measures cannot afford hundreds of runs. The two agree for a feature with no other
    measure within foraging reach. Where measures feed each other's nests they differ:
    'exact' gains are each feature alone and need not add up to the total gain, while
    'marginal' gains count the neighbours' food with the nests and add up to it.
    With ``food_threshold`` the cells with a seasonal food gap are counted today and in the
    scenario (foodgaps.seasonal_food_gaps). ``shares`` (rasterize_measures) weights each
    cell's measure by the share of the cell it covers; without it measures fill their cells.
    """
    feedback = feedback or NullFeedback()
    scenario_landuse, scenario_tables, mapping = apply_measures(
        landuse, valid, measure_ids, tables, catalogue, shares)
    cells = cells or {}
    exact = len(cells) <= exact_feature_limit
    runs = 2 + (2 * len(cells) if exact else 1) * bool(cells) + (2 if food_threshold is not
                                                                  None else 0)
    step = 100.0 / runs
    position = [0.0]

    def part():
        p = _Part(feedback, position[0], step)
        position[0] += step
        return p

    kept = {}

    def keep_today(product, key, array):
        if product in (Products.SUPPLY, Products.TOTAL_SUPPLY, Products.TOTAL_ABUNDANCE):
            kept[(product, key)] = array.copy()

    run_pollination(landuse, valid, pixel_size, tables, keep_today, feedback=part())
    today_total = kept[(Products.TOTAL_SUPPLY, None)]
    if not (cells and exact):
        today_total = None
    sums = {"today": float(np.nansum(kept[(Products.TOTAL_SUPPLY, None)], dtype=np.float64))}

    def scenario_sink(product, key, array):
        before = kept.pop((product, key), None)
        if product == Products.TOTAL_SUPPLY:
            sums["scenario"] = float(np.nansum(array, dtype=np.float64))
            sums["gain"] = _gain(array, before)
        delta = None if before is None else array - before
        del before
        if sink is not None:
            sink(product, key, array)
        if delta is not None and delta_sink is not None:
            delta_sink(product, key, delta)

    run_pollination(scenario_landuse, valid, pixel_size, scenario_tables, scenario_sink,
                    want_guild_abundance, feedback=part())
    result = ScenarioResult(sums["today"], sums["scenario"], sums["gain"], mapping)
    result.feature_cells = {fid: int(r.size) for fid, (r, _) in cells.items()}
    if cells and exact:
        result.feature_method = "exact"
        for fid, (rows, cols) in cells.items():
            p = _Part(feedback, position[0], 2 * step)
            position[0] += 2 * step
            result.feature_gains[fid] = feature_gain_exact(
                landuse, valid, pixel_size, scenario_landuse, scenario_tables, rows, cols,
                today_total, p)
    elif cells:
        result.feature_method = "marginal"
        rows, cols, gains = marginal_cell_gains(landuse, valid, pixel_size, scenario_landuse,
                                                scenario_tables, part())
        linear = rows.astype(np.int64) * landuse.shape[1] + cols   # sorted: row-major
        for fid, (f_rows, f_cols) in cells.items():
            where = np.searchsorted(linear, f_rows.astype(np.int64) * landuse.shape[1] + f_cols)
            result.feature_gains[fid] = float(gains[where].sum()) if where.size else 0.0
    del today_total
    if food_threshold is not None:
        _, result.gap_cells_today = seasonal_food_gaps(
            landuse, valid, pixel_size, tables, food_threshold, part())
        _, result.gap_cells_scenario = seasonal_food_gaps(
            scenario_landuse, valid, pixel_size, scenario_tables, food_threshold, part())
    return result
