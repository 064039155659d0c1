"""Fund applications: who may apply, what each application's measure would add, and how
applications near each other change each other's effect.

An application is a drawn measure like those of a measure scenario, so its cells and new
land-use codes come from scenario.rasterize_measures and catalogue.tables_with_measures.
Its effect is the gain in total pollinator supply (the sum of the scenario's DELTA_SUPPLY
band 1) with it alone.

Effects do not simply add up. Total supply is sum_x sum_s sa HN(x,s) FR(x,s), HN set by a
cell's own land use and FR linear in the flowers FE around it. Applications on disjoint
cells change HN only on their own cells, so for a set S
    gain(S) = sum_i e_i + sum_{i<j} w_ij,
    w_ij = sum_s sa [sum_{x in i} dHN_i(x) dFR_j(x) + sum_{x in j} dHN_j(x) dFR_i(x)]:
the nests one application adds (or removes) are fed by the flowers the other adds (or
removes). This is exact, not an approximation: the products of three or more changes never
meet in one cell. w_ij is 0 when neither lies within the other's foraging reach, above 0 when
one's flowers feed the other's new nests, below 0 when one's flowers would have fed nests the
other takes away. Applications that cover a common cell are in conflict: one ground cannot
carry both measures, so a portfolio takes at most one of them.
"""
import math
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, ogr

from .catalogue import tables_with_measures
from ..pollination.convolution import MaskedConvolver, exponential_kernel
from ..errors import Cancelled, InputError, Phrase
from .foodgaps import TOLERANCE as GAP_TOLERANCE, check_threshold
from ..io.gdalio import open_raster
from ..pollination.model import CodeIndex, flowers_per_code, kernels_by_alpha, nesting_per_code
from ..progress import NullFeedback
from .scenario import SKIP, mixed_item, rasterize_measures, share_steps

gdal.UseExceptions()
ogr.UseExceptions()

KINDS = ("stichting", "school", "heemkundekring", "agrarische natuurvereniging",
         "inwonersgroep", "partner", "other")
STATUSES = ("ingediend", "toegekend", "afgewezen", "uitgevoerd")
BLOCK_FLOATS = 1 << 24  # floats in one buffer of the cell-to-cell kernel (64 MiB)


class Eligibility:
    """Problem names: short and stable, for filtering the OUTPUT table."""
    PARTNER_ALONE = "partner_alone"
    UNKNOWN_KIND = "unknown_applicant_kind"
    AMOUNT_MISSING = "amount_missing"
    AMOUNT_NOT_POSITIVE = "amount_not_positive"
    UNKNOWN_MEASURE = "unknown_measure"
    OUTSIDE_AREAS = "outside_study_areas"
    REJECTED = "status_afgewezen"
    UNKNOWN_STATUS = "unknown_status"


TEXTS = {
    Eligibility.PARTNER_ALONE: Phrase("a direct partner applies alone: partners may only "
                                      "apply together with a local group"),
    Eligibility.UNKNOWN_KIND: Phrase("applicant_kind '{value}' is not one of {allowed}"),
    Eligibility.AMOUNT_MISSING: Phrase("amount_requested_eur is missing"),
    Eligibility.AMOUNT_NOT_POSITIVE: Phrase("amount_requested_eur is {value}; it must be "
                                            "above 0"),
    Eligibility.UNKNOWN_MEASURE: Phrase("measure_type '{value}' is not a code or id in "
                                        "{file}"),
    Eligibility.OUTSIDE_AREAS: Phrase("the application lies outside every study area"),
    Eligibility.REJECTED: Phrase("the status is afgewezen (rejected)"),
    Eligibility.UNKNOWN_STATUS: Phrase("status '{value}' is not one of {allowed}"),
}


@dataclass
class Application:
    """One application as the engine needs it; ``geometry`` is WKB in the land-use CRS."""
    id: object
    geometry: bytes
    applicant_kind: object = None
    measure_type: object = None
    measure_size_m2: object = None
    amount: object = None
    status: object = None
    area: object = None             # the study area it lies in; None: in none
    problems: list = field(default_factory=list)    # (name, English text, translated-able)

    @property
    def eligible(self):
        return not self.problems

    @property
    def cost(self):
        """amount_requested_eur as a number (decimal commas read), None if it is none."""
        return _number(self.amount)


def _text(value):
    return "" if value is None else str(value).strip()


def _number(value):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _add(application, name, **params):
    template = TEXTS[name]
    application.problems.append((name, template, params))


def check_eligibility(application, catalogue):
    """List by name what keeps an application out of the portfolio (the fund's rules)."""
    kind = _text(application.applicant_kind).lower()
    if kind == "partner":
        _add(application, Eligibility.PARTNER_ALONE)
    elif kind not in KINDS:
        _add(application, Eligibility.UNKNOWN_KIND, value=_text(application.applicant_kind),
             allowed=", ".join(KINDS))
    amount = application.cost
    if amount is None:
        _add(application, Eligibility.AMOUNT_MISSING)
    elif amount <= 0:
        _add(application, Eligibility.AMOUNT_NOT_POSITIVE, value=amount)
    if catalogue.lookup(application.measure_type) is None:
        _add(application, Eligibility.UNKNOWN_MEASURE, value=_text(application.measure_type),
             file=catalogue.file)
    if application.area is None:
        _add(application, Eligibility.OUTSIDE_AREAS)
    status = _text(application.status).lower()
    if status == "afgewezen":
        _add(application, Eligibility.REJECTED)
    elif status not in STATUSES:
        _add(application, Eligibility.UNKNOWN_STATUS, value=_text(application.status),
             allowed=", ".join(STATUSES))
    return application


def problem_texts(application, translate=str):
    """The application's problems as sentences, in the language ``translate`` gives."""
    out = []
    for _, template, params in application.problems:
        params = {k: translate(v) if isinstance(v, Phrase) else v for k, v in params.items()}
        out.append(translate(template).format(**params))
    return out


def _as_drawn(application, measure):
    """The geometry a measure covers: a point application for a measure that may be a
    polygon, with a size, becomes a circle of that area (a point would take one cell)."""
    geometry = ogr.CreateGeometryFromWkb(bytes(application.geometry)) \
        if application.geometry else None
    size = _number(application.measure_size_m2)
    if (geometry is not None and not geometry.IsEmpty() and geometry.GetDimension() == 0
            and geometry.GetGeometryCount() == 0 and size and size > 0
            and "polygon" in measure.geometries):
        geometry = geometry.Buffer(math.sqrt(size / math.pi), 16)
    return geometry


def application_cells(grid, applications, catalogue, landuse, valid):
    """{id: (rows, cols, steps)} of each application applied alone (so overlapping
    applications each keep their whole ground): its cells and the share of each it covers,
    in whole scenario.share_steps, as Measure scenario counts a drawing (a margin covers its
    width of an edge cell). A drawing problem (scenario.Problem) is added to the
    application's problems. Applications already ineligible are not drawn."""
    cells = {}
    for application in applications:
        measure = catalogue.lookup(application.measure_type)
        if measure is None or not application.eligible:
            continue
        geometry = _as_drawn(application, measure)
        burnt = rasterize_measures(grid, [(application.id, geometry, measure.id)], catalogue,
                                   landuse, valid, SKIP)
        for problem in burnt.problems:
            application.problems.append((problem.kind, problem.template or problem.detail,
                                         problem.params))
        if application.eligible:
            rows, cols = burnt.cells[application.id]
            steps = share_steps(burnt.shares[rows, cols])
            kept = steps > 0
            cells[application.id] = (rows[kept], cols[kept], steps[kept])
    return cells


@dataclass
class Effects:
    ids: list                   # application ids, the order of the arrays
    effects: np.ndarray         # gain in total supply of each alone
    interactions: np.ndarray    # w_ij, symmetric, zero diagonal
    conflicts: np.ndarray       # bool: the two cover a common cell
    cells: np.ndarray           # number of cells of each
    food_gaps: object = None    # change in (nest cell, season) food gaps of each alone
    patch_supply: object = None     # (applications x patches): change in supply summed
                                    # over each patch's cells, of each alone


def application_effects(landuse, valid, pixel_size, tables, catalogue, measures, cells,
                        food_threshold=None, network=None, feedback=None):
    """Effects and pairwise interactions (see the module) of applications whose cells
    ``cells[id]`` take measure ``measures[id]`` (a catalogue Measure), all from today's
    model: one pass of two masked convolutions per guild, then kernel weights between the
    applications' cells only. With ``food_threshold``, also each application's change in
    seasonal food gaps alone (see _gap_changes); with ``network`` (a PatchNetwork), each
    one's change in total supply summed over each patch (see _patch_changes), the change in
    the patches' capacities from which its change in ECA follows."""
    feedback = feedback or NullFeedback()
    ids = list(cells)
    n = len(ids)
    sizes = np.array([cells[i][0].size for i in ids], np.intp)
    rows = np.concatenate([cells[i][0] for i in ids]) if n else np.zeros(0, np.intp)
    cols = np.concatenate([cells[i][1] for i in ids]) if n else np.zeros(0, np.intp)
    steps = np.concatenate([cells[i][2] for i in ids]) if n else np.zeros(0, np.int64)
    owner = np.repeat(np.arange(n), sizes)
    codes = landuse[rows, cols].astype(np.int64)
    items = [mixed_item(c, measures[ids[k]], int(step))
             for c, k, step in zip(codes, owner, steps)]
    scenario_tables, mapping = tables_with_measures(tables, items)
    new_codes = np.array([mapping[(c, m.id) + tuple(rest)] for c, m, *rest in items],
                         np.int64)
    table_codes = scenario_tables.biophysical.codes
    order = np.argsort(table_codes)
    old_row = order[np.searchsorted(table_codes[order], codes)]
    new_row = order[np.searchsorted(table_codes[order], new_codes)]
    today = CodeIndex(landuse, valid, table_codes)
    linear = rows.astype(np.int64) * landuse.shape[1] + cols
    conflicts = _conflicts(linear, owner, n)

    effects = np.zeros(n)
    gaps = None if food_threshold is None else np.zeros(n, np.int64)
    if food_threshold is not None:
        check_threshold(food_threshold)
    groups = kernels_by_alpha(scenario_tables, pixel_size)
    convolver = MaskedConvolver(valid, max(2 * int(np.floor(5.0 * a)) + 1 for a in groups))
    second = []         # (alpha_px, share, dFE, dHN / W) per guild, for the second order
    patch_supply = patch_cells = None
    if network is not None:
        patch_supply = np.zeros((n, network.count))
        p_rows, p_cols = np.nonzero(valid & (network.ids > 0))
        patch_cells = (p_rows, p_cols, network.ids[p_rows, p_cols] - 1, network.count)
    done = 0
    for alpha_px, guilds in groups.items():
        at_patches = []     # (share, dFE, dHN, HN and FR at the patch cells) per guild
        convolver.use_kernel(exponential_kernel(alpha_px))
        weight = convolver.weight[rows, cols]
        if gaps is not None:
            gaps += _gap_changes(convolver, alpha_px, guilds, scenario_tables, today, valid,
                                 rows, cols, sizes, old_row, new_row, food_threshold)
        for guild in guilds:
            if feedback.isCanceled():
                raise Cancelled()
            share = scenario_tables.abundance_share(guild)
            fe = np.asarray(sum(flowers_per_code(scenario_tables, guild, j)
                                for j in scenario_tables.seasons), np.float64)
            hn = np.asarray(nesting_per_code(scenario_tables, guild), np.float64)
            d_fe, d_hn = fe[new_row] - fe[old_row], hn[new_row] - hn[old_row]
            nests = today.values(hn)
            ratio = np.zeros(landuse.shape)
            np.divide(nests, convolver.weight, out=ratio, where=valid)
            feeds = convolver.correlate(ratio)[rows, cols]
            del ratio
            food = convolver.mean(today.values(fe))
            if patch_cells is not None:
                at_patches.append((share, d_fe, d_hn, nests[patch_cells[:2]],
                                   food[patch_cells[:2]]))
            del nests
            food = food[rows, cols].astype(np.float64)
            # first order: new flowers feed today's nests, new nests eat today's food
            effects += share * np.bincount(owner, d_fe * feeds + d_hn * food, minlength=n)
            second.append((alpha_px, share, d_fe, d_hn / weight))
            done += 1
            feedback.setProgress(50.0 * done / len(scenario_tables.guilds))
        if patch_cells is not None:
            patch_supply += _patch_changes(alpha_px, at_patches, convolver.weight, patch_cells,
                                           rows, cols, sizes, landuse.shape[1], feedback)
    # second order: nests of one application fed by flowers of another (or its own)
    cross = _nest_food(rows, cols, owner, n, second, feedback)
    effects += np.diag(cross)
    off = cross - np.diag(np.diag(cross))
    return Effects(ids, effects, off + off.T, conflicts, sizes, gaps, patch_supply)


def _patch_changes(alpha_px, guilds, weight, patch_cells, rows, cols, sizes, n_cols,
                   feedback):
    """Per application alone and per patch, the change in the supply of the guilds with this
    kernel summed over the patch's cells.

    At a patch cell x, PS = sa HN(x) FR(x) becomes sa (HN + dHN_i)(x) (FR + dFR_i)(x), with
    dFR_i(x) = sum_{y in i} K(x-y) dFE(y) / W(x) and dHN_i non-zero on i's own cells only:
    so only the patch cells within one kernel radius of the application change, and they are
    evaluated with the kernel between them and the application's cells (a block at a time).
    ``guilds``: (share, dFE, dHN at the applications' cells, HN and FR at the patch cells)."""
    p_rows, p_cols, p_patch, count = patch_cells
    out = np.zeros((sizes.size, count))
    radius = int(np.floor(5.0 * alpha_px))
    scale = exponential_kernel(alpha_px)[radius, radius]
    p_linear = p_rows.astype(np.int64) * n_cols + p_cols      # row-major: sorted
    w_p = weight[p_rows, p_cols]
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
    for i, (start, size) in enumerate(zip(starts, sizes)):
        if feedback.isCanceled():
            raise Cancelled()
        part = slice(start, start + size)
        r_i, c_i = rows[part], cols[part]
        near = np.nonzero((p_rows >= r_i.min() - radius) & (p_rows <= r_i.max() + radius)
                          & (p_cols >= c_i.min() - radius)
                          & (p_cols <= c_i.max() + radius))[0]
        if near.size == 0:
            continue
        own = r_i.astype(np.int64) * n_cols + c_i
        where = np.searchsorted(p_linear, own)
        inside = (where < p_linear.size) & (p_linear[np.minimum(where, p_linear.size - 1)]
                                            == own)
        block = max(1, BLOCK_FLOATS // (2 * int(size)))     # float64: 64 MiB a buffer
        for b0 in range(0, near.size, block):
            at = near[b0:b0 + block]
            distance = np.hypot((p_rows[at][:, None] - r_i[None, :]).astype(np.float64),
                                (p_cols[at][:, None] - c_i[None, :]).astype(np.float64))
            kernel = np.where(distance <= 5.0 * alpha_px,
                              np.exp(-distance / alpha_px) * scale, 0.0)
            del distance
            mine = np.searchsorted(at, where[inside])
            hit = (mine < at.size) & (at[np.minimum(mine, at.size - 1)] == where[inside])
            for share, d_fe, d_hn, hn_p, fr_p in guilds:
                d_fr = kernel @ d_fe[part] / w_p[at]
                hn, fr = hn_p[at].astype(np.float64), fr_p[at].astype(np.float64)
                d_nest = np.zeros(at.size)
                d_nest[mine[hit]] = d_hn[part][inside][hit]
                change = share * ((hn + d_nest) * (fr + d_fr) - hn * fr)
                out[i] += np.bincount(p_patch[at], change, minlength=count)
    return out


def _gap_changes(convolver, alpha_px, guilds, tables, today, valid, rows, cols, sizes,
                 old_row, new_row, threshold):
    """Per application alone, the change in (nest cell, flight season) pairs with a food gap
    of the guilds with this kernel, as seasonal_food_gaps counts them.

    A season's food around x moves by dFR(x) = sum_{y in i} K(x-y) dfloral(y) / W(x), at most
    K(0) sum |dfloral| / W(x): only cells whose food lies that close to the threshold can
    change sides, so only they (and the application's own cells, whose nesting changes) are
    evaluated, with the kernel between them and the application's cells."""
    counts = np.zeros(sizes.size, np.int64)
    radius = int(np.floor(5.0 * alpha_px))
    scale = exponential_kernel(alpha_px)[radius, radius]
    limit = np.float32(threshold - GAP_TOLERANCE)
    n_rows, n_cols = valid.shape
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
    nesting = {g.species: np.asarray(nesting_per_code(tables, g)) for g in guilds}
    nests = {name: today.values(hn) > 0 for name, hn in nesting.items()}
    weight = convolver.weight
    for season in tables.seasons:
        flying = [g for g in guilds if g.foraging[season] > 0]
        if not flying:
            continue
        floral = np.asarray(tables.biophysical.floral[season], np.float64)
        food = convolver.mean(today.values(floral))
        margin = np.abs(food - limit) * weight       # |food - limit| W, compared with reach
        d_floral = floral[new_row] - floral[old_row]
        for i, (start, size) in enumerate(zip(starts, sizes)):
            part = slice(start, start + size)
            r_i, c_i, d_i = rows[part], cols[part], d_floral[part]
            reach = scale * np.abs(d_i).sum()
            own = r_i.astype(np.int64) * n_cols + c_i
            if reach > 0:
                r0, r1 = max(r_i.min() - radius, 0), min(r_i.max() + radius + 1, n_rows)
                c0, c1 = max(c_i.min() - radius, 0), min(c_i.max() + radius + 1, n_cols)
                window = (slice(r0, r1), slice(c0, c1))
                near_r, near_c = np.nonzero(valid[window] & (margin[window] <= reach))
                near = (near_r + r0).astype(np.int64) * n_cols + near_c + c0
                at = np.union1d(near, own)
            else:
                at = np.unique(own)
            a_r, a_c = at // n_cols, at % n_cols
            after = food[a_r, a_c].astype(np.float64)
            if reach > 0:
                distance = np.hypot((a_r[:, None] - r_i[None, :]).astype(np.float64),
                                    (a_c[:, None] - c_i[None, :]).astype(np.float64))
                kernel = np.where(distance <= 5.0 * alpha_px,
                                  np.exp(-distance / alpha_px) * scale, 0.0)
                after += kernel @ d_i / weight[a_r, a_c]
            mine = np.searchsorted(at, own)
            for guild in flying:
                before_nest = nests[guild.species][a_r, a_c]
                after_nest = before_nest.copy()
                after_nest[mine] = nesting[guild.species][new_row[part]] > 0
                counts[i] += (int(np.count_nonzero(after_nest & (after < limit)))
                              - int(np.count_nonzero(before_nest & (food[a_r, a_c] < limit))))
    return counts


def _conflicts(linear, owner, n):
    """Pairs of applications with a cell in common."""
    conflicts = np.zeros((n, n), bool)
    order = np.lexsort((owner, linear))
    same = np.nonzero(linear[order][1:] == linear[order][:-1])[0]
    a, b = owner[order][same], owner[order][same + 1]
    conflicts[a, b] = conflicts[b, a] = True
    conflicts[np.arange(n), np.arange(n)] = False
    return conflicts


def _nest_food(rows, cols, owner, n, guilds, feedback):
    """T[i, j] = sum_s sa_s sum_{x in i} dHN(x) dFR_j(x) with
    dFR_j(x) = sum_{y in j} K(x-y) dFE(y) / W(x): the kernel between the applications' own
    cells (grouped by owner, in order), a block of nest cells at a time; the distances of a
    block are computed once for all guilds. K(d) = exp(-d/alpha) within 5 alpha, scaled as
    convolution.exponential_kernel scales it."""
    out = np.zeros((n, n))
    starts = np.searchsorted(owner, np.arange(n))
    nests = np.nonzero(np.any([g[3] != 0 for g in guilds], axis=0))[0]
    by_alpha = {}
    for alpha_px, share, d_fe, hn_per_w in guilds:
        by_alpha.setdefault(alpha_px, []).append((share, d_fe, hn_per_w))
    scale = {a: exponential_kernel(a)[int(np.floor(5.0 * a)), int(np.floor(5.0 * a))]
             for a in by_alpha}
    row_f, col_f = rows.astype(np.float32), cols.astype(np.float32)
    block = int(max(1, min(nests.size, BLOCK_FLOATS // max(rows.size, 1))))
    # buffers reused from block to block: fresh arrays this large cost page faults each time
    distance, kernel, food = (np.empty((block, rows.size), np.float32) for _ in range(3))
    beyond = np.empty((block, rows.size), bool)
    for start in range(0, nests.size, block):
        if feedback.isCanceled():
            raise Cancelled()
        at = nests[start:start + block]
        m = at.size
        d, k, f, far = distance[:m], kernel[:m], food[:m], beyond[:m]
        np.subtract(row_f[at][:, None], row_f[None, :], out=d)
        np.multiply(d, d, out=d)
        np.subtract(col_f[at][:, None], col_f[None, :], out=k)
        np.multiply(k, k, out=k)
        np.add(d, k, out=d)
        np.sqrt(d, out=d)
        one_hot = np.zeros((m, n))
        for alpha_px, members in by_alpha.items():
            np.multiply(d, np.float32(-1.0 / alpha_px), out=k)
            np.exp(k, out=k)
            np.greater(d, np.float32(5.0 * alpha_px), out=far)
            k[far] = 0.0
            for share, d_fe, hn_per_w in members:
                np.multiply(k, (d_fe * scale[alpha_px]).astype(np.float32)[None, :], out=f)
                per_app = np.add.reduceat(f, starts, axis=1).astype(np.float64)
                one_hot[np.arange(m), owner[at]] = share * hn_per_w[at]
                out += one_hot.T @ per_app
        feedback.setProgress(50.0 + 50.0 * (start + m) / nests.size)
    return out


def mean_under(path, grid, cells, band=1):
    """{id: mean of the PRIORITY raster ``path`` at the centres of the application's cells},
    NaN where it has no value there. It must share the land-use CRS; its grid may differ."""
    dataset = open_raster(path)
    wkt = dataset.GetProjection()
    if grid.wkt and wkt:
        from osgeo import osr
        a, b = osr.SpatialReference(), osr.SpatialReference()
        a.ImportFromWkt(grid.wkt)
        b.ImportFromWkt(wkt)
        if not a.IsSame(b):
            raise InputError("PRIORITY ('{path}') is in another CRS than the land-use raster; "
                             "reproject it to the land-use raster's CRS first.", path=path)
    raster = dataset.GetRasterBand(band)
    values = raster.ReadAsArray().astype(np.float64)
    nodata = raster.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    px0, pdx, _, py0, _, pdy = dataset.GetGeoTransform()
    x0, dx, _, y0, _, dy = grid.geotransform
    out = {}
    for key, (r, c, *_) in cells.items():
        x, y = x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy
        pc = np.floor((x - px0) / pdx).astype(np.intp)
        pr = np.floor((y - py0) / pdy).astype(np.intp)
        inside = (pr >= 0) & (pr < values.shape[0]) & (pc >= 0) & (pc < values.shape[1])
        found = values[pr[inside], pc[inside]]
        found = found[np.isfinite(found)]
        out[key] = float(found.mean()) if found.size else float("nan")
    return out


def _rings(geometry):
    if geometry.GetGeometryCount():
        for i in range(geometry.GetGeometryCount()):
            yield from _rings(geometry.GetGeometryRef(i))
    elif geometry.GetPointCount():
        yield [geometry.GetPoint_2D(i) for i in range(geometry.GetPointCount())]


def svg_map(areas, applications, width=640):
    """An inline SVG map for the report: study areas (label, WKB) as outlines, applications
    (x, y, kind) as dots, kind 'selected', 'eligible' or 'ineligible' (also its class), a
    selected one drawn large. Needs no renderer, so the report is the same headless; colours
    are attributes, not CSS, which Qt's SVG renderer (SVG Tiny) would ignore."""
    shapes = [(label, ogr.CreateGeometryFromWkb(bytes(wkb))) for label, wkb in areas if wkb]
    xs = [x for _, g in shapes for ring in _rings(g) for x, _ in ring] + \
        [x for x, _, _ in applications]
    ys = [y for _, g in shapes for ring in _rings(g) for _, y in ring] + \
        [y for _, y, _ in applications]
    if not xs:
        return ""
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    scale = (width - 20) / max(x1 - x0, y1 - y0, 1e-9)
    height = int(round((y1 - y0) * scale)) + 20

    def at(x, y):
        return 10 + (x - x0) * scale, 10 + (y1 - y) * scale

    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
             'viewBox="0 0 %d %d">' % (width, height, width, height)]
    for label, geometry in shapes:
        path = " ".join("M" + " L".join("%.1f %.1f" % at(x, y) for x, y in ring) + " Z"
                        for ring in _rings(geometry))
        parts.append('<path fill="#f4f1e6" stroke="#777777" stroke-width="1" '
                     'fill-rule="evenodd" d="%s"/>' % path)
        centre = geometry.PointOnSurface()
        if centre is not None and not centre.IsEmpty():
            parts.append('<text x="%.1f" y="%.1f" text-anchor="middle" font-family="sans-serif" '
                         'font-size="11" fill="#444444">%s</text>' % (
                             at(centre.GetX(), centre.GetY()) + (_escape(str(label)),)))
    for x, y, kind in sorted(applications, key=lambda p: p[2] == "selected"):
        parts.append('<circle class="%s" cx="%.1f" cy="%.1f" r="%d" %s/>' % (
            (kind,) + at(x, y) + (6 if kind == "selected" else 3, DOT_STYLE[kind])))
    parts.append("</svg>")
    return "\n".join(parts)


DOT_STYLE = {"selected": 'fill="#d95f02" stroke="#000000"', "eligible": 'fill="#1b9e77"',
             "ineligible": 'fill="#999999"'}


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
