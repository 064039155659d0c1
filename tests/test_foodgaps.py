"""Seasonal food gaps (the "jaarrond" goal), hand-computed: a guild fed in summer only, the
threshold boundary, seasons a guild does not fly, nodata and nest-less cells, edges that
renormalise, and one convolution per season and foraging distance."""
import math

import numpy as np
import pytest
from test_pollination_hand import direct_mean

from zoemzone_plugin.engine.kansenkaart import foodgaps
from zoemzone_plugin.engine.pollination.convolution import MaskedConvolver, exponential_kernel
from zoemzone_plugin.engine.errors import Cancelled, InputError
from zoemzone_plugin.engine.kansenkaart.foodgaps import GAP_NODATA, season_gaps, seasonal_food_gaps
from zoemzone_plugin.engine.pollination.tables import Biophysical, Guild, PollinationTables

SEASONS = ["earlyspring", "latespring", "summer", "latesummer"]


def guild(species, flies, alpha=20.0, nesting=1.0):
    return Guild(species, {"ground": nesting},
                 {j: (0.5 if j in flies else 0.0) for j in SEASONS}, alpha, 1.0)


def tables(guilds, codes, ground, floral):
    bio = Biophysical(np.array(codes), {"ground": np.array(ground, float)},
                      {j: np.array(floral[j], float) for j in SEASONS})
    return PollinationTables(guilds, bio, ["ground"], list(SEASONS), "bio.csv")


SUMMER_ONLY = {"earlyspring": [0.0], "latespring": [0.0], "summer": [0.4], "latesummer": [0.0]}


def test_guild_fed_in_summer_only_has_a_gap_in_each_other_flight_season():
    all_year = guild("all_year", SEASONS)
    spring_summer = guild("spring_summer", ["earlyspring", "summer"])
    summer = guild("summer_only", ["summer"])
    t = tables([all_year, spring_summer, summer], [1], [0.5], SUMMER_ONLY)
    shape = (9, 7)
    gaps, summary = seasonal_food_gaps(np.ones(shape, int), np.ones(shape, bool), 10.0, t, 0.1)
    assert gaps["all_year"].dtype == np.int16
    assert (gaps["all_year"] == 3).all()       # early spring, late spring, late summer
    assert (gaps["spring_summer"] == 1).all()  # early spring only: it does not fly the others
    assert (gaps["summer_only"] == 0).all()    # fed in its only season
    cells = shape[0] * shape[1]
    assert summary == {
        ("all_year", "earlyspring"): cells, ("all_year", "latespring"): cells,
        ("all_year", "summer"): 0, ("all_year", "latesummer"): cells,
        ("spring_summer", "earlyspring"): cells, ("spring_summer", "summer"): 0,
        ("summer_only", "summer"): 0}


def test_season_masks_name_each_gap_season_by_its_bit_and_their_count_is_the_gaps():
    """Bit i is the i-th season of the table (earlyspring 1, latespring 2, summer 4,
    latesummer 8): the guild fed in summer only misses early spring, late spring and late
    summer where it flies all year (1 + 2 + 8 = 11), early spring where it flies then and
    in summer (1); nest-less and nodata cells are nodata."""
    all_year = guild("all_year", SEASONS)
    spring_summer = guild("spring_summer", ["earlyspring", "summer"])
    summer = guild("summer_only", ["summer"])
    t = tables([all_year, spring_summer, summer], [1, 2], [0.5, 0.0],
               {j: v * 2 for j, v in SUMMER_ONLY.items()})
    lu = np.ones((9, 7), int)
    lu[0, :] = 2                               # no nests there
    valid = np.ones(lu.shape, bool)
    valid[8, 6] = False
    masks, summary = season_gaps(lu, valid, 10.0, t, 0.1)
    nest = (lu == 1) & valid
    for species, want in (("all_year", 11), ("spring_summer", 1), ("summer_only", 0)):
        assert masks[species].dtype == np.int16
        assert (masks[species][nest] == want).all()
        assert (masks[species][~nest] == GAP_NODATA).all()
    counts, counted = seasonal_food_gaps(lu, valid, 10.0, t, 0.1)
    assert counted == summary
    assert (counts["all_year"][nest] == 3).all() and (counts["spring_summer"][nest] == 1).all()
    assert (counts["summer_only"][nest] == 0).all()
    assert all((counts[s][~nest] == GAP_NODATA).all() for s in counts)


def test_more_seasons_than_a_mask_holds_are_refused():
    seasons = ["s%d" % i for i in range(16)]
    t = PollinationTables([Guild("bee", {"ground": 1.0}, {j: 1.0 for j in seasons}, 20.0,
                                 1.0)],
                          Biophysical(np.array([1]), {"ground": np.array([1.0])},
                                      {j: np.array([0.5]) for j in seasons}),
                          ["ground"], seasons, "bio.csv")
    with pytest.raises(InputError, match="16 seasons"):
        seasonal_food_gaps(np.ones((3, 3), int), np.ones((3, 3), bool), 10.0, t, 0.1)


def test_threshold_boundary():
    g = guild("bee", SEASONS)
    t = tables([g], [1], [0.5], SUMMER_ONLY)
    lu, valid = np.ones((6, 6), int), np.ones((6, 6), bool)
    at = seasonal_food_gaps(lu, valid, 10.0, t, 0.4)[0]["bee"]
    assert (at == 3).all()                     # reaching the threshold is no gap
    above = seasonal_food_gaps(lu, valid, 10.0, t, 0.401)[0]["bee"]
    assert (above == 4).all()                  # just below it is
    assert (seasonal_food_gaps(lu, valid, 10.0, t, 0.0)[0]["bee"] == 0).all()


def test_nodata_and_cells_where_the_guild_cannot_nest():
    g = guild("bee", SEASONS, alpha=2.0)
    # code 2 cannot be nested in but flowers all year; code 1 nests and has no flowers
    floral = {j: [0.0, 0.6] for j in SEASONS}
    t = tables([g], [1, 2], [0.5, 0.0], floral)
    lu = np.ones((5, 5), int)
    lu[:, 3:] = 2
    valid = np.ones((5, 5), bool)
    valid[0, 0] = False
    gaps, summary = seasonal_food_gaps(lu, valid, 10.0, t, 0.003)
    bee = gaps["bee"]
    assert bee[0, 0] == GAP_NODATA                     # nodata land use
    assert (bee[:, 3:] == GAP_NODATA).all()            # no nest site there
    # alpha 2 m on 10 m cells (plus-shaped kernel, e = exp(-5)): column 2 gets
    # 0.6 e / (1 + 4e) = 0.0040 from column 3, above the threshold; columns 0 and 1 get none
    assert (bee[1:, 0] == 4).all() and (bee[:, 1] == 4).all() and (bee[:, 2] == 0).all()
    assert all(n == int((bee == 4).sum()) for n in summary.values())


def test_a_guild_that_nests_nowhere_is_all_nodata():
    t = tables([guild("bee", SEASONS, nesting=0.0)], [1], [0.5], SUMMER_ONLY)
    gaps, _ = seasonal_food_gaps(np.ones((4, 4), int), np.ones((4, 4), bool), 10.0, t, 0.1)
    assert (gaps["bee"] == GAP_NODATA).all()


def test_edges_and_holes_renormalise_instead_of_starving():
    # uniform flowers of 0.3: with edges or holes counted as zero, the edge cells would fall
    # below 0.29; renormalised over valid cells they see 0.3 everywhere
    floral = {j: [0.3] for j in SEASONS}
    t = tables([guild("bee", SEASONS, alpha=30.0)], [1], [0.5], floral)
    valid = np.ones((10, 12), bool)
    valid[4:6, 5:7] = False
    gaps, _ = seasonal_food_gaps(np.ones(valid.shape, int), valid, 10.0, t, 0.29)
    assert (gaps["bee"][valid] == 0).all() and (gaps["bee"][~valid] == GAP_NODATA).all()


def test_corner_by_hand_with_the_plus_shaped_kernel():
    # alpha 2 m on 10 m cells: the kernel is the cell and its four neighbours (e = exp(-5)).
    # The corner (0,0) has two neighbours inside the raster, both with summer flowers 0.8:
    # FR = 2e 0.8 / (1 + 2e) = 0.01074; counting the two outside cells as 0 would give
    # 2e 0.8 / (1 + 4e) = 0.01064.
    e = math.exp(-5.0)
    corner = 2 * e * 0.8 / (1 + 2 * e)
    lu = np.ones((5, 5), int)
    lu[0, 1] = lu[1, 0] = 2
    floral = {j: [0.0, 0.0] for j in SEASONS}
    floral["summer"] = [0.0, 0.8]
    t = tables([guild("bee", ["summer"], alpha=2.0)], [1, 2], [0.5, 0.5], floral)
    valid = np.ones((5, 5), bool)
    below = seasonal_food_gaps(lu, valid, 10.0, t, corner * 0.999)[0]["bee"]
    above = seasonal_food_gaps(lu, valid, 10.0, t, corner * 1.001)[0]["bee"]
    assert below[0, 0] == 0 and above[0, 0] == 1
    assert below[0, 2] == 1        # (0,2): one flowering neighbour of three -> e 0.8/(1+3e)
    assert below[0, 1] == 0 and below[4, 4] == 1


def test_against_direct_summation_on_a_random_landscape():
    rng = np.random.default_rng(5)
    lu = rng.integers(1, 4, (13, 11))
    valid = rng.uniform(size=lu.shape) > 0.1
    floral = {j: list(rng.uniform(0, 0.5, 3)) for j in SEASONS}
    a = guild("a", ["earlyspring", "latespring", "summer"], alpha=15.0)
    b = guild("b", ["latespring", "latesummer"], alpha=25.0)
    t = tables([a, b], [1, 2, 3], [0.5, 0.0, 0.3], floral)
    thr = 0.2
    gaps, summary = seasonal_food_gaps(lu, valid, 10.0, t, thr)
    for g in (a, b):
        kernel = exponential_kernel(g.alpha / 10.0)
        nest = valid & (np.array([0.5, 0.0, 0.3])[lu - 1] > 0)
        want = np.zeros(lu.shape, int)
        for j in SEASONS:
            if g.foraging[j] > 0:
                food = direct_mean(np.array(floral[j])[lu - 1], valid, kernel)
                want += (food < thr) & nest
                assert summary[(g.species, j)] == int(((food < thr) & nest).sum())
            else:
                assert (g.species, j) not in summary
        want[~nest] = GAP_NODATA
        np.testing.assert_array_equal(gaps[g.species], want)


def test_guilds_with_one_alpha_share_each_seasons_convolution(monkeypatch):
    calls = []
    original = MaskedConvolver.mean

    def counting(self, values):
        calls.append(self._radius)
        return original(self, values)
    monkeypatch.setattr(foodgaps.MaskedConvolver, "mean", counting)
    floral = {j: [0.2] for j in SEASONS}
    guilds = [guild("a", SEASONS, 20.0), guild("b", ["summer", "latesummer"], 20.0),
              guild("c", ["earlyspring"], 40.0)]
    seasonal_food_gaps(np.ones((8, 8), int), np.ones((8, 8), bool), 10.0,
                       tables(guilds, [1], [0.5], floral), 0.1)
    assert sorted(calls) == [10] * 4 + [20]     # 4 seasons at alpha 20 m, 1 at alpha 40 m


def test_threshold_must_be_a_number_of_0_or_more():
    t = tables([guild("bee", SEASONS)], [1], [0.5], SUMMER_ONLY)
    for bad in (-0.1, float("nan")):
        with pytest.raises(InputError) as info:
            seasonal_food_gaps(np.ones((3, 3), int), np.ones((3, 3), bool), 10.0, t, bad)
        assert "food threshold" in str(info.value)


def test_cancel():
    class Cancel:
        def setProgress(self, p):  # noqa: N802
            pass

        def isCanceled(self):  # noqa: N802
            return True
    t = tables([guild("bee", SEASONS)], [1], [0.5], SUMMER_ONLY)
    with pytest.raises(Cancelled):
        seasonal_food_gaps(np.ones((3, 3), int), np.ones((3, 3), bool), 10.0, t, 0.1, Cancel())
