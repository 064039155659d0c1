"""The kansenkaart engine against full reruns of the model: each cell's gain is exact (one
measure on one cell), a block's gain is the sum of its cells' gains within 5 %, the year-round
term equals direct summation, the best measure is the argmax of the score, the priority classes
are quintiles, and parcels are ranked as computed by hand."""
import math

import numpy as np
import pytest

from zoemzone_plugin.engine.kansenkaart.catalogue import Measure, tables_with_measures
from zoemzone_plugin.engine.pollination.convolution import exponential_kernel
from zoemzone_plugin.engine.errors import Cancelled, InputError, TableError
from zoemzone_plugin.engine.kansenkaart.foodgaps import TOLERANCE
from zoemzone_plugin.engine.kansenkaart.model import kansenkaart, parcel_ranking, priority_classes
from zoemzone_plugin.engine.kansenkaart.gain import network_term
from zoemzone_plugin.engine.network.patches import habitat_patches
from zoemzone_plugin.engine.pollination.model import Products, run_pollination
from zoemzone_plugin.engine.pollination.tables import Biophysical, Guild, PollinationTables

PIXEL = 10.0
SEASONS = ["spring", "summer", "autumn"]
# 1 arable, 2 grassland, 3 forest, 4 built-up, 5 heath
CODES = [1, 2, 3, 4, 5]
NESTING = {"ground": [0.1, 0.4, 0.2, 0.05, 0.8], "cavity": [0.0, 0.1, 0.7, 0.3, 0.2]}
FLORAL = {"spring": [0.05, 0.3, 0.4, 0.1, 0.2],
          "summer": [0.1, 0.5, 0.1, 0.2, 0.6],
          "autumn": [0.02, 0.2, 0.05, 0.1, 0.3]}
GUILDS = [
    Guild("ground", {"ground": 1.0, "cavity": 0.0}, {"spring": 1.0, "summer": 0.6,
                                                    "autumn": 0.0}, 30.0, 0.6),
    Guild("cavity", {"ground": 0.1, "cavity": 1.0}, {"spring": 0.5, "summer": 1.0,
                                                    "autumn": 0.3}, 80.0, 0.25),
    Guild("bumble", {"ground": 0.8, "cavity": 0.4}, {"spring": 0.5, "summer": 1.0,
                                                    "autumn": 0.8}, 150.0, 0.15),
]


def measure(mid, code, lucodes, nesting=None, floral=None):
    return Measure(mid, code, code, code, frozenset({"polygon"}), None,
                   None if lucodes is None else frozenset(lucodes), nesting or {}, floral or {})


MEASURES = [
    measure(1, "strip", {1, 2}, {"ground": 0.3}, {"summer": 0.6, "autumn": 0.4}),
    measure(2, "nest", None, {"ground": 0.9}),
    measure(3, "hedge", {1, 3, 4}, {"cavity": 0.5}, {"spring": 0.5}),
    measure(4, "mowing", {2}, None, {"summer": 0.1, "autumn": 0.35}),   # less summer food
    measure(5, "roof", {4}, None, {"spring": 0.2, "summer": 0.3}),
]


def make_tables(guilds=GUILDS):
    bio = Biophysical(np.array(CODES), {k: np.array(v, float) for k, v in NESTING.items()},
                      {k: np.array(v, float) for k, v in FLORAL.items()})
    return PollinationTables(list(guilds), bio, list(NESTING), list(FLORAL), "bio.csv")


def landscape(seed, shape=(40, 50), holes=True):
    """Parcels of 5 x 5 cells of random land use with single cells mixed in, and nodata."""
    rng = np.random.default_rng(seed)
    coarse = rng.choice(CODES, (shape[0] // 5 + 1, shape[1] // 5 + 1))
    landuse = np.kron(coarse, np.ones((5, 5), int))[:shape[0], :shape[1]]
    speckle = rng.random(shape) < 0.15
    landuse[speckle] = rng.choice(CODES, speckle.sum())
    valid = np.ones(shape, bool)
    if holes:
        valid[rng.random(shape) < 0.05] = False
        valid[10:14, 30:35] = False                 # a nodata hole
    landuse = np.where(valid, landuse, -9)
    return landuse, valid


def total_supply(landuse, valid, tables):
    out = {}

    def keep(product, key, array):
        if product == Products.TOTAL_SUPPLY:
            out["s"] = float(np.nansum(array, dtype=np.float64))
    run_pollination(landuse, valid, PIXEL, tables, keep)
    return out["s"]


def conv64(values, kernel):
    """sum_y K(x-y) values(y) in float64 with a plain zero-padded FFT (no shared code)."""
    r = kernel.shape[0] // 2
    shape = (values.shape[0] + 2 * r, values.shape[1] + 2 * r)
    full = np.fft.ifft2(np.fft.fft2(values, shape) * np.fft.fft2(kernel, shape)).real
    return full[r:r + values.shape[0], r:r + values.shape[1]]


def per_cell(landuse, valid, per_code, codes):
    lookup = {int(c): i for i, c in enumerate(codes)}
    rows = np.vectorize(lambda c: lookup.get(int(c), 0))(landuse)
    return np.where(valid, np.asarray(per_code, float)[rows], 0.0)


def supply64(landuse, valid, tables):
    """Total supply by the model's formulas in float64: a rerun without float32 outputs."""
    bio, total = tables.biophysical, 0.0
    shares = sum(g.relative_abundance for g in tables.guilds)
    for g in tables.guilds:
        kernel = exponential_kernel(g.alpha / PIXEL)
        weight = conv64(valid.astype(float), kernel)
        hn = per_cell(landuse, valid, np.max([bio.nesting[n] * g.nesting[n]
                                              for n in tables.substrates], axis=0), bio.codes)
        fa = sum(g.foraging.values())
        fe = per_cell(landuse, valid, sum(bio.floral[j] * g.foraging[j] / fa
                                          for j in tables.seasons), bio.codes)
        fr = np.where(valid, conv64(fe, kernel) / np.where(valid, weight, 1.0), 0.0)
        total += g.relative_abundance / shares * float(np.sum(hn * fr))
    return total


def applied(landuse, tables, cells, m):
    """The land use with ``m`` on ``cells``: they get a code of their own whose table row has
    the measure's values (as zoemzone:measurescenario does)."""
    pairs = [(code, m) for code in sorted({int(landuse[c]) for c in cells})]
    new_tables, mapping = tables_with_measures(tables, pairs)
    after = landuse.copy()
    for c in cells:
        after[c] = mapping[(int(landuse[c]), m.id)]
    return after, new_tables


def rerun_gain(landuse, valid, tables, cells, m, model=total_supply):
    """The gain of ``m`` on ``cells`` by running the whole model with and without it."""
    after, new_tables = applied(landuse, tables, cells, m)
    return model(after, valid, new_tables) - model(landuse, valid, new_tables)


def cross_terms(landuse, valid, tables, cells, m):
    """What single-cell gains leave out when several cells change together:
    sum_s sa sum_{x != y} dHN(x,s) dFE(y,s) K_s(x-y) / W_s(x)."""
    after, new_tables = applied(landuse, tables, cells, m)
    bio, total = new_tables.biophysical, 0.0
    shares = sum(g.relative_abundance for g in tables.guilds)
    for g in tables.guilds:
        kernel = exponential_kernel(g.alpha / PIXEL)
        r = kernel.shape[0] // 2
        weight = conv64(valid.astype(float), kernel)
        hn_code = np.max([bio.nesting[n] * g.nesting[n] for n in tables.substrates], axis=0)
        fa = sum(g.foraging.values())
        fe_code = sum(bio.floral[j] * g.foraging[j] / fa for j in tables.seasons)
        d_hn = per_cell(after, valid, hn_code, bio.codes) - per_cell(landuse, valid, hn_code,
                                                                     bio.codes)
        d_fe = per_cell(after, valid, fe_code, bio.codes) - per_cell(landuse, valid, fe_code,
                                                                     bio.codes)
        for x in cells:
            for y in cells:
                dy, dx = x[0] - y[0], x[1] - y[1]
                if x != y and abs(dy) <= r and abs(dx) <= r:
                    total += (g.relative_abundance / shares * d_hn[x] * d_fe[y]
                              * kernel[r + dy, r + dx] / weight[x])
    return total


@pytest.fixture(scope="module")
def case():
    landuse, valid = landscape(3)
    t = make_tables()
    result = kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_supply=1.0, w_yearround=0.5,
                         food_threshold=0.25)
    return landuse, valid, t, result


def sample_cells(valid, n, seed):
    rng = np.random.default_rng(seed)
    rows, cols = np.nonzero(valid)
    pick = rng.choice(rows.size, n, replace=False)
    cells = [(int(rows[i]), int(cols[i])) for i in pick]
    # plus a corner, a cell on the edge and one beside the nodata hole
    return cells + [c for c in ((0, 0), (39, 21), (12, 29), (9, 32)) if valid[c]]


# --- the gain is exact -----------------------------------------------------------------------

@pytest.mark.parametrize("seed", [3, 11])
def test_single_cell_gain_equals_a_full_rerun(seed):
    landuse, valid = landscape(seed)
    t = make_tables()
    result = kansenkaart(landuse, valid, PIXEL, t, MEASURES)
    today = total_supply(landuse, valid, t)
    assert result.total_supply == pytest.approx(today, rel=1e-6)
    checked = 0
    for cell in sample_cells(valid, 10, seed):
        for m in MEASURES:
            gain = result.measure_gains[m.code][cell]
            if not m.allowed_on(landuse[cell]):
                assert np.isnan(gain)
                continue
            # the model's float32 outputs, summed over the raster, resolve about 1e-9 of the
            # total: gains far below that cannot be told apart from round-off in a rerun
            rerun = rerun_gain(landuse, valid, t, [cell], m)
            assert gain == pytest.approx(rerun, rel=1e-4, abs=1e-8 * today), (cell, m.code)
            # a float64 rerun shows the formula exact to the float32 precision of the map
            exact = rerun_gain(landuse, valid, t, [cell], m, model=supply64)
            assert gain == pytest.approx(exact, rel=1e-4, abs=1e-12), (cell, m.code)
            checked += 1
    assert checked > 20


def test_gain_includes_the_cross_term_of_a_cell_with_itself():
    # one guild, uniform land, small kernel: K(0)/W(y) is large, so dHN dFE K(0)/W matters
    guild = Guild("g", {"ground": 1.0, "cavity": 0.0}, {"spring": 1.0, "summer": 1.0,
                                                        "autumn": 1.0}, 5.0, 1.0)
    t = make_tables([guild])
    landuse, valid = np.full((9, 9), 1), np.ones((9, 9), bool)
    strip = MEASURES[0]
    result = kansenkaart(landuse, valid, PIXEL, t, [strip])
    expected = rerun_gain(landuse, valid, t, [(4, 4)], strip)
    assert result.gain[4, 4] == pytest.approx(expected, rel=1e-5)
    # the linear terms alone (method.md §7) miss it by more than the tolerance
    k = exponential_kernel(0.5)
    d_hn, d_fe = 0.3 - 0.1, ((0.6 - 0.1) + (0.4 - 0.02)) / 3
    assert d_hn * d_fe * k[k.shape[0] // 2, k.shape[0] // 2] > 0.05 * expected


def test_block_gain_is_the_sum_of_its_cells_within_5_percent(case):
    landuse, valid, t, result = case
    today = total_supply(landuse, valid, t)
    blocks = []
    # 3 x 3 blocks inside the 5 x 5 parcels of the landscape
    for r0 in range(0, 36, 5):
        for c0 in range(0, 46, 5):
            block = [(r, c) for r in range(r0 + 1, r0 + 4) for c in range(c0 + 1, c0 + 4)]
            if not all(valid[b] for b in block):
                continue
            for m in MEASURES:
                if all(m.allowed_on(landuse[b]) for b in block):
                    summed = sum(float(result.measure_gains[m.code][b]) for b in block)
                    blocks.append((block, m, summed, rerun_gain(landuse, valid, t, block, m)))
    assert len(blocks) > 40
    largest = max(abs(rerun) for _, _, _, rerun in blocks)
    checked = 0
    for block, m, summed, rerun in blocks:
        # the sum of single-cell gains plus the products of different cells' changes is the
        # rerun, exactly
        cross = cross_terms(landuse, valid, t, block, m)
        assert summed + cross == pytest.approx(rerun, rel=1e-4, abs=1e-8 * today)
        if abs(rerun) < 0.02 * largest:
            continue        # a measure whose gains and losses cancel: no scale for a per cent
        # the cross terms grow with K(x-y)/W(x): largest for the 30 m guild (3 cells) and
        # at the raster's edge, where W is smaller (up to 6 % seen in a corner)
        edge = min(block[0][0], block[0][1], 39 - block[-1][0], 49 - block[-1][1]) < 3
        assert summed == pytest.approx(rerun, rel=0.08 if edge else 0.05), (block[0], m.code)
        checked += 1
    assert checked > 30


def test_not_allowed_unavailable_and_nodata_cells_have_no_gain(case):
    landuse, valid, t, _ = case
    available = np.zeros(landuse.shape, bool)
    available[:, :25] = True
    result = kansenkaart(landuse, valid, PIXEL, t, MEASURES, available=available)
    for m in MEASURES:
        gain = result.measure_gains[m.code]
        allowed = valid & np.isin(landuse, list(m.lucodes or CODES)) & available
        assert np.all(np.isfinite(gain[allowed]))
        assert np.all(np.isnan(gain[~allowed]))
        assert gain.dtype == np.float32
    assert np.all(result.best_measure[~available | ~valid] == 0)
    assert np.all(np.isnan(result.gain[~available]))
    assert np.all(result.priority[~available] == 0)
    assert result.best_measure.dtype == np.int32


# --- the year-round term ---------------------------------------------------------------------

def direct_conv(values, kernel):
    """sum_y K(x-y) values(y) by shifting and adding: the definition, with no FFT."""
    r = kernel.shape[0] // 2
    rows, cols = values.shape
    padded = np.zeros((rows + 2 * r, cols + 2 * r))
    padded[r:r + rows, r:r + cols] = values
    out = np.zeros((rows, cols))
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            w = kernel[dy + r, dx + r]
            if w:
                out += w * padded[r + dy:r + dy + rows, r + dx:r + dx + cols]
    return out


def test_yearround_term_equals_direct_summation(case):
    landuse, valid, t, result = case
    threshold = 0.25
    lookup = {c: i for i, c in enumerate(CODES)}
    rows = np.vectorize(lambda c: lookup.get(c, 0))(landuse)
    expected = {m.code: np.zeros(landuse.shape) for m in MEASURES}
    total_share = sum(g.relative_abundance for g in GUILDS)
    for g in GUILDS:
        kernel = exponential_kernel(g.alpha / PIXEL)
        weight = direct_conv(valid.astype(float), kernel)
        hn = np.max([np.array(NESTING[n])[rows] * g.nesting[n] for n in NESTING], axis=0)
        for j in SEASONS:
            if g.foraging[j] <= 0:
                continue
            ra = np.where(valid, np.array(FLORAL[j])[rows], 0.0)
            food = direct_conv(ra, kernel) / weight
            gap = valid & (hn > 0) & (food < threshold - TOLERANCE)
            spread = direct_conv(np.where(gap, 1.0 / weight, 0.0), kernel)
            for m in MEASURES:
                if j in m.floral:
                    rise = np.maximum(m.floral[j] - np.array(FLORAL[j])[rows], 0.0)
                    expected[m.code] += g.relative_abundance / total_share * rise * spread
    assert result.yearround_scale > 0
    for m in MEASURES:
        yr = result.measure_yearround[m.code]
        here = np.isfinite(result.measure_gains[m.code])
        assert np.all(np.isnan(yr[~here]))
        np.testing.assert_allclose(yr[here], expected[m.code][here], rtol=1e-4,
                                   atol=1e-6 * result.yearround_scale)
    # the mowing measure takes summer food away: only its autumn food closes gaps
    assert np.nanmax(result.measure_yearround["nest"]) == 0


def test_no_gaps_no_yearround_term():
    landuse, valid = landscape(5)
    result = kansenkaart(landuse, valid, PIXEL, make_tables(), MEASURES, w_yearround=1.0,
                         food_threshold=0.0)
    assert result.yearround_scale == 0
    # with nothing to gain year-round, the best measure is the best for supply
    only_supply = kansenkaart(landuse, valid, PIXEL, make_tables(), MEASURES)
    np.testing.assert_array_equal(result.best_measure, only_supply.best_measure)


# --- best measure, score, priority -----------------------------------------------------------

def test_best_measure_is_the_argmax_of_the_gain(case):
    landuse, valid, t, _ = case
    result = kansenkaart(landuse, valid, PIXEL, t, MEASURES)
    stack = np.array([result.measure_gains[m.code] for m in MEASURES])
    filled = np.where(np.isnan(stack), -np.inf, stack)
    has = np.isfinite(stack).any(axis=0)
    ids = np.array([m.id for m in MEASURES])[np.argmax(filled, axis=0)]
    np.testing.assert_array_equal(result.best_measure, np.where(has, ids, 0))
    np.testing.assert_allclose(result.gain[has], filled.max(axis=0)[has], rtol=1e-6)
    assert np.all(np.isnan(result.gain[~has]))
    # the score is the gain over the largest gain magnitude
    assert result.gain_scale == pytest.approx(np.nanmax(np.abs(stack)))
    np.testing.assert_allclose(result.score[has], result.gain[has] / result.gain_scale,
                               rtol=1e-5)


def test_best_measure_is_the_argmax_of_the_weighted_score(case):
    landuse, valid, t, result = case
    scores = np.array([
        1.0 * result.measure_gains[m.code] / result.gain_scale
        + 0.5 * result.measure_yearround[m.code] / result.yearround_scale for m in MEASURES])
    filled = np.where(np.isnan(scores), -1e9, scores)
    has = result.best_measure > 0
    top = np.sort(filled, axis=0)
    clear = has & (top[-1] - top[-2] > 1e-5)
    ids = np.array([m.id for m in MEASURES])[np.argmax(filled, axis=0)]
    np.testing.assert_array_equal(result.best_measure[clear], ids[clear])
    np.testing.assert_allclose(result.score[has], top[-1][has], rtol=1e-5, atol=1e-6)
    # the gain shown is that of the best measure
    for m in MEASURES:
        here = result.best_measure == m.id
        np.testing.assert_array_equal(result.gain[here], result.measure_gains[m.code][here])
    # year-round weight changes the choice somewhere (else the test proves little)
    gains = np.array([result.measure_gains[m.code] for m in MEASURES])
    by_gain = np.array([m.id for m in MEASURES])[np.argmax(np.nan_to_num(gains, nan=-9), 0)]
    assert np.any(by_gain[clear] != result.best_measure[clear])


def test_priority_classes_are_quintiles_with_class_1_highest(case):
    _, _, _, result = case
    has = result.best_measure > 0
    counts = [(result.priority == k).sum() for k in range(1, 6)]
    assert sum(counts) == has.sum()
    for count in counts:
        assert abs(count - has.sum() / 5) <= 0.02 * has.sum()
    for k in range(1, 5):
        assert (result.score[result.priority == k].min()
                >= result.score[result.priority == k + 1].max())
    assert result.priority.dtype == np.uint8
    assert np.all(result.priority[~has] == 0)


def test_priority_classes_by_hand():
    score = np.array([np.nan, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], np.float32)
    np.testing.assert_array_equal(priority_classes(score),
                                  [0, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1])


# --- connectivity ----------------------------------------------------------------------------

def test_connectivity_term_from_todays_habitat():
    landuse, valid = landscape(7)
    t = make_tables()
    result = kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_connectivity=0.5,
                         dispersal_distance=60.0, stone_area=400.0)
    out = {}

    def keep(product, key, array):
        if product in (Products.TOTAL_SUPPLY, Products.NESTING):
            out[(product, key)] = array.copy()
    run_pollination(landuse, valid, PIXEL, t, keep)
    nests = valid & np.any([out[(Products.NESTING, g.species)] > 0 for g in GUILDS], axis=0)
    supply = out[(Products.TOTAL_SUPPLY, None)]
    habitat = nests & (supply > np.median(supply[nests]))
    # the network: habitat patches of at least 0.5 ha (50 cells), capacity their area
    patches = habitat_patches(habitat.astype(np.float32), valid, 1.0, 5000.0, PIXEL * PIXEL,
                              eight_connected=True)
    assert patches.count >= 2
    expected = network_term(patches.labels, patches.area_m2, PIXEL, 60.0, 400.0).term
    expected[~valid] = 0.0
    np.testing.assert_allclose(result.connectivity, expected / expected.max(), rtol=1e-6)
    assert result.network.network.capacities.size == patches.count
    has = result.best_measure > 0
    np.testing.assert_allclose(result.score[has], (result.gain / result.gain_scale
                                                   + 0.5 * result.connectivity)[has],
                               rtol=1e-5, atol=1e-6)


def test_given_connectivity_is_weighted_not_recomputed(case):
    landuse, valid, t, _ = case
    conn = np.zeros(landuse.shape, np.float32)
    conn[:, 40:] = 1.0
    plain = kansenkaart(landuse, valid, PIXEL, t, MEASURES)
    result = kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_connectivity=2.0,
                         connectivity=conn)
    has = plain.best_measure > 0
    np.testing.assert_allclose(result.score[has], (plain.score + 2.0 * conn)[has], rtol=1e-6)
    # the same term for every measure: it raises priority, it does not change the measure
    np.testing.assert_array_equal(result.best_measure, plain.best_measure)
    assert np.mean(result.priority[has & (conn > 0)] == 1) > 0.5


# --- inputs ----------------------------------------------------------------------------------

def test_bad_inputs_are_refused_with_a_message(case):
    landuse, valid, t, _ = case
    with pytest.raises(InputError, match="All weights are 0"):
        kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_supply=0)
    with pytest.raises(InputError, match="W_YEARROUND is -1"):
        kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_yearround=-1)
    with pytest.raises(InputError, match="available land raster is 3x3"):
        kansenkaart(landuse, valid, PIXEL, t, MEASURES, available=np.ones((3, 3), bool))
    with pytest.raises(InputError, match="food threshold"):
        kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_yearround=1, food_threshold=-0.1)
    with pytest.raises(InputError, match="dispersal distance"):
        kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_connectivity=1,
                    dispersal_distance=0)
    with pytest.raises(InputError, match="stepping-stone area is 0"):
        kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_connectivity=1, stone_area=0)
    with pytest.raises(InputError, match="patch raster is 3x3"):
        kansenkaart(landuse, valid, PIXEL, t, MEASURES, w_connectivity=1,
                    patches=(np.ones((3, 3), np.int32), [1.0]))
    with pytest.raises(TableError, match="'odd' sets 'stems'"):
        kansenkaart(landuse, valid, PIXEL, t, [measure(9, "odd", None, {"stems": 1.0})])


def test_cancel():
    class Stop:
        def setProgress(self, p):  # noqa: N802
            pass

        def isCanceled(self):  # noqa: N802
            return True
    landuse, valid = landscape(3)
    with pytest.raises(Cancelled):
        kansenkaart(landuse, valid, PIXEL, make_tables(), MEASURES, feedback=Stop())


# --- parcels ---------------------------------------------------------------------------------

def test_parcel_ranking_by_hand():
    nan = np.nan
    score = np.array([[0.5, 0.2, nan, 0.9],
                      [0.1, 0.1, 0.3, 0.3],
                      [nan, nan, 0.8, 0.0]], np.float32)
    best = np.array([[1, 2, 0, 3],
                     [2, 2, 1, 1],
                     [0, 0, 3, 3]], np.int32)
    parcels = np.array([[7, 7, 7, 0],
                        [7, 7, 4, 4],
                        [9, 9, 4, 4]])
    ranking = parcel_ranking(score, best, parcels)
    # parcel 7: cells 0.5 (m1), 0.2 (m2), nan, 0.1 (m2), 0.1 (m2) -> sum 0.9, 4 scored,
    #   per measure m1 0.5, m2 0.4 -> m1
    # parcel 4: 0.3 (m1), 0.3 (m1), 0.8 (m3), 0.0 (m3) -> sum 1.4, mean 0.35, m1 0.6 < m3 0.8
    # parcel 9: no scored cell -> last, best 0
    assert list(ranking) == [4, 7, 9]
    p4, p7, p9 = ranking[4], ranking[7], ranking[9]
    assert (p4.rank, p7.rank, p9.rank) == (1, 2, 3)
    assert p4.score_sum == pytest.approx(1.4) and p4.score_mean == pytest.approx(0.35)
    assert p4.best_measure == 3 and p4.cells == 4 and p4.scored_cells == 4
    assert p7.score_sum == pytest.approx(0.9) and p7.score_mean == pytest.approx(0.225)
    assert p7.best_measure == 1 and p7.cells == 5 and p7.scored_cells == 4
    assert p9.best_measure == 0 and p9.scored_cells == 0 and math.isnan(p9.score_mean)
    assert p9.score_sum == 0


def test_parcel_ranking_ties_negative_scores_and_empty():
    score = np.array([[-0.2, -0.1, 0.3, 0.3]], np.float32)
    best = np.array([[2, 1, 1, 1]], np.int32)
    ranking = parcel_ranking(score, best, np.array([[5, 5, 3, 8]]))
    assert [(p.parcel_id, p.rank) for p in ranking.values()] == [(3, 1), (8, 2), (5, 3)]
    # only harmful measures: the least harmful one
    assert ranking[5].best_measure == 1 and ranking[5].score_sum == pytest.approx(-0.3)
    assert parcel_ranking(score, best, np.zeros((1, 4), int)) == {}
    with pytest.raises(InputError):
        parcel_ranking(score, best, np.zeros((2, 4), int))


def test_parcel_ranking_on_the_kansenkaart(case):
    landuse, _, _, result = case
    parcels = (np.arange(landuse.size).reshape(landuse.shape) // 7 % 13) + 1
    ranking = parcel_ranking(result.score, result.best_measure, parcels)
    assert sorted(ranking) == list(range(1, 14))
    sums = [p.score_sum for p in ranking.values()]
    assert sums == sorted(sums, reverse=True)
    top = next(iter(ranking.values()))
    here = (parcels == top.parcel_id) & (result.best_measure > 0)
    assert top.score_sum == pytest.approx(float(np.sum(result.score[here], dtype=float)),
                                          rel=1e-6)
