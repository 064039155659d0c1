"""The Bijenlandschap rules: the distance transform and window shares against brute force, and
the rules themselves on small landscapes whose answers are worked out by hand.
"""
import math

import numpy as np
import pytest
from osgeo import ogr, osr

from zoemzone_plugin.engine.network import distance
from zoemzone_plugin.engine.bijenlandschap.model import (
    ALL_GUILDS, bijenlandschap, bnb_polygons, summary_html, window_cells_for)
from zoemzone_plugin.engine.network.distance import box_sum, edt, window_share, within_distance
from zoemzone_plugin.engine.errors import Cancelled, InputError
from zoemzone_plugin.engine.io.gdalio import Grid

ogr.UseExceptions()


def grid_for(shape, cell=10.0, epsg=28992, height=None):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    rows, cols = shape
    return Grid(cols, rows, (155000.0, cell, 0.0, 463000.0, 0.0, -(height or cell)),
                srs.ExportToWkt())


# --- distance transform -----------------------------------------------------------------------

def brute_edt(mask, height, width, cap=None):
    """Distance from every cell to every True cell, the minimum kept."""
    out = np.full(mask.shape, np.inf)
    r, c = np.indices(mask.shape)
    for tr, tc in zip(*np.nonzero(mask)):
        out = np.minimum(out, np.hypot((r - tr) * height, (c - tc) * width))
    if cap is not None:
        out[out > cap] = np.inf
    return out


def random_masks(count, seed):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        rows, cols = (int(n) for n in rng.integers(1, 40, 2))
        density = rng.choice([0.002, 0.02, 0.1, 0.5, 0.95])
        yield rng, rng.random((rows, cols)) < density


@pytest.mark.parametrize("cell", [1.0, 10.0, 0.1, 25.0])
@pytest.mark.parametrize("method", ["auto", "envelope", "offsets"])
def test_edt_equals_brute_force(cell, method, monkeypatch):
    if method == "envelope":
        monkeypatch.setattr(distance, "ENVELOPE_COST", 0.0)
    elif method == "offsets":
        monkeypatch.setattr(distance, "ENVELOPE_COST", 1e12)
    for rng, mask in random_masks(60, seed=int(cell * 10)):
        cap = None if rng.random() < 0.3 else float(rng.random() * mask.shape[1] * cell)
        if method == "offsets" and cap is None:
            cap = float(mask.shape[1] * cell)
        expected = brute_edt(mask, cell, cell, cap)
        got = edt(mask, cell, max_distance=cap)
        assert np.array_equal(np.isinf(got), np.isinf(expected))
        finite = np.isfinite(expected)
        np.testing.assert_allclose(got[finite], expected[finite], rtol=1e-12, atol=0)


def test_edt_in_many_row_blocks(monkeypatch):
    monkeypatch.setattr(distance, "BLOCK_CELLS", 64)
    for _, mask in random_masks(30, seed=5):
        expected = brute_edt(mask, 10.0, 10.0)
        got = edt(mask, 10.0)
        assert np.array_equal(np.isinf(got), np.isinf(expected))
        np.testing.assert_allclose(got[np.isfinite(got)], expected[np.isfinite(expected)],
                                   rtol=1e-12)


def test_edt_non_square_cells():
    for rng, mask in random_masks(40, seed=7):
        expected = brute_edt(mask, 20.0, 10.0)
        got = edt(mask, (20.0, 10.0))
        assert np.array_equal(np.isinf(got), np.isinf(expected))
        np.testing.assert_allclose(got[np.isfinite(got)], expected[np.isfinite(expected)],
                                   rtol=1e-12)


def test_edt_envelope_crosses_empty_columns_and_handles_ties():
    mask = np.zeros((7, 30), bool)
    mask[3, 0] = mask[3, 29] = mask[0, 14] = True      # many exact ties between parabolas
    np.testing.assert_allclose(edt(mask, 2.0), brute_edt(mask, 2.0, 2.0), rtol=1e-12)
    assert np.all(np.isinf(edt(np.zeros((4, 5), bool), 10.0)))
    assert np.all(edt(np.ones((4, 5), bool), 10.0) == 0)


def test_edt_larger_raster_sampled_against_brute_force():
    rng = np.random.default_rng(3)
    mask = rng.random((300, 500)) < 0.0005
    got = edt(mask, 10.0)
    rr, cc = np.nonzero(mask)
    for r, c in zip(rng.integers(0, 300, 200), rng.integers(0, 500, 200)):
        assert math.isclose(got[r, c], 10.0 * np.hypot(rr - r, cc - c).min(), rel_tol=1e-12)


def test_within_distance_includes_the_radius():
    mask = np.zeros((60, 60), bool)
    mask[0, 0] = True
    near = within_distance(mask, 12.5, 500.0)       # 40 cells of 12.5 m = 500 m
    assert near[40, 0] and near[0, 40] and near[24, 32]   # 24-32-40: exactly 500 m
    assert not near[41, 0] and not near[29, 29]
    brute = brute_edt(mask, 12.5, 12.5) <= 500.0
    assert np.array_equal(near, brute)


# --- window shares -----------------------------------------------------------------------------

def brute_share(mask, valid, wr, wc):
    rows, cols = mask.shape
    out = np.full(mask.shape, np.nan)
    for r in range(rows):
        for c in range(cols):
            r0, r1 = max(0, r - wr // 2), min(rows, r + wr // 2 + 1)
            c0, c1 = max(0, c - wc // 2), min(cols, c + wc // 2 + 1)
            v = valid[r0:r1, c0:c1]
            if v.sum():
                out[r, c] = (mask[r0:r1, c0:c1] & v).sum() / v.sum()
    return out


@pytest.mark.parametrize("window", [1, 3, 5, 11, 41, (3, 7)])
def test_window_share_equals_brute_force_with_edges_and_nodata(window):
    rng = np.random.default_rng(11)
    wr, wc = (window, window) if np.ndim(window) == 0 else window
    for _ in range(15):
        rows, cols = (int(n) for n in rng.integers(1, 25, 2))
        mask = rng.random((rows, cols)) < 0.3
        valid = rng.random((rows, cols)) < 0.8
        if rng.random() < 0.2:
            valid[:] = False
        got = window_share(mask, valid, window)
        expected = brute_share(mask, valid, wr, wc)
        assert np.array_equal(np.isnan(got), np.isnan(expected))
        np.testing.assert_allclose(got[~np.isnan(got)], expected[~np.isnan(expected)],
                                   rtol=1e-15)


def test_box_sum_counts_exactly_and_refuses_even_windows():
    ones = np.ones((4, 6), bool)
    assert box_sum(ones, 3).tolist()[0] == [4, 6, 6, 6, 6, 4]
    with pytest.raises(ValueError):
        box_sum(ones, 4)


# --- the rules ---------------------------------------------------------------------------------

def run(floral, nesting, cell=10.0, names=None, **kw):
    """The rules with test defaults; one guild may be given as bare arrays."""
    if np.ndim(floral) == 2:
        floral, nesting = [floral], [nesting]
    floral = [np.asarray(f, np.float32) for f in floral]
    nesting = [np.asarray(n, np.float32) for n in nesting]
    valid = kw.pop("valid", np.ones(floral[0].shape, bool))
    names = names or ["guild %d" % i for i in range(len(floral))]
    return bijenlandschap(floral, nesting, valid, grid_for(floral[0].shape, cell), names,
                          kw.pop("flower_threshold", 0.5), kw.pop("nest_threshold", 0.5), **kw)


def test_window_is_the_nearest_odd_number_of_cells():
    assert window_cells_for(1000, 10, 10) == (101, 101)
    assert window_cells_for(990, 10, 10) == (99, 99)
    assert window_cells_for(1000, 100, 25) == (11, 41)
    assert window_cells_for(1000, 1000 / 99.0, 10) == (99, 101)


@pytest.mark.parametrize("flowering, meets", [(10, True), (9, False)])
def test_ten_percent_flowering_exactly_at_the_boundary(flowering, meets):
    # 10 x 10 cells of 100 m (1 km²); a 2 km window covers the whole raster from every cell,
    # so each cell sees 100 valid cells: 10 flowering cells are exactly 10 %.
    floral = np.zeros((10, 10))
    floral.ravel()[:flowering] = 1.0
    nesting = np.zeros((10, 10))
    nesting[0, 0] = 1.0                              # a nest site on the food
    result = run([floral], [nesting], cell=100.0, window_m=2000, stone_area_m2=1e9)
    bnb = result["guild 0"].bnb
    assert bnb.all() if meets else not bnb.any()
    assert result["guild 0"].figures["bnb_ha"] == (100.0 if meets else 0.0)


@pytest.mark.parametrize("flowering, meets", [(1021, True), (1020, False)])
def test_one_square_kilometre_window_at_ten_metres(flowering, meets):
    # 101 x 101 cells of 10 m: the centre cell's window is the whole raster, 10,201 cells;
    # 10 % of it is 1,020.1 cells, so 1,021 flowering cells meet the rule and 1,020 do not.
    floral = np.zeros((101, 101))
    floral.ravel()[:flowering] = 1.0
    nesting = np.zeros((101, 101))
    nesting[0, 0] = 1.0
    result = run([floral], [nesting], stone_area_m2=1e9)
    assert result["guild 0"].bnb[50, 50] == meets
    assert result.settings["window_cells"] == (101, 101)


def test_share_is_over_valid_cells_only():
    # as the 10 % case, but 10 of the 100 cells are nodata: 9 flowering of 90 valid is 10 %
    floral = np.zeros((10, 10))
    floral.ravel()[:9] = 1.0
    nesting = np.zeros((10, 10))
    nesting[0, 0] = 1.0
    valid = np.ones((10, 10), bool)
    valid[9] = False
    result = run([floral], [nesting], cell=100.0, window_m=2000, stone_area_m2=1e9,
                 valid=valid)
    assert np.array_equal(result["guild 0"].bnb, valid)
    assert result["guild 0"].figures["bnb_ha"] == 90.0
    assert result["guild 0"].figures["bnb_share"] == 1.0


def strip(nest_column):
    """11 x 200 cells of 10 m: flowers along column 0, one nest site in column nest_column."""
    floral = np.zeros((11, 200))
    floral[:, 0] = 1.0
    nesting = np.zeros((11, 200))
    nesting[5, nest_column] = 1.0
    return floral, nesting


def test_nest_400_m_from_food_makes_bnb_and_600_m_does_not():
    # With a 1 km window (101 cells) the window of column c reaches columns c-50..c+50 and all
    # 11 rows. Flowers (11 cells in column 0) are in it for c <= 50, as 11 of 11 x (c + 51)
    # valid cells: a share of 1 / (c + 51), at least 1 % for c <= 49. The nest site 400 m from
    # the flowers is within 500 m, and in the window for c <= 90. So B&B: columns 0..49.
    near = run(*strip(40), min_flower_share=0.01, stone_area_m2=1e9)["guild 0"]
    expected = np.zeros((11, 200), bool)
    expected[:, :50] = True
    assert np.array_equal(near.bnb, expected)
    f = near.figures
    assert f["bnb_ha"] == pytest.approx(5.5) and f["bnb_share"] == pytest.approx(0.25)
    assert f["nest_ha"] == pytest.approx(0.01)
    assert f["nest_near_food_ha"] == pytest.approx(0.01) and f["nest_near_food_share"] == 1.0
    assert f["valid_ha"] == pytest.approx(22.0)

    far = run(*strip(60), min_flower_share=0.01, stone_area_m2=1e9)["guild 0"]
    assert not far.bnb.any()
    assert far.figures["nest_near_food_ha"] == 0.0 and far.figures["bnb_ha"] == 0.0
    # 500 m exactly is still within reach
    assert run(*strip(50), min_flower_share=0.01)["guild 0"].nest_near_food.any()


def stones_landscape():
    """5 x 160 cells of 10 m: two stones of 5 x 10 cells (0.5 ha), 1.4 km apart (columns 9
    and 149 are 140 cells apart)."""
    floral = np.zeros((5, 160))
    floral[:, 0:10] = 1.0
    floral[:, 149:159] = 1.0
    return floral, np.zeros((5, 160))


def test_two_stones_1400_m_apart_leave_a_gap_in_the_middle():
    result = run(*stones_landscape())["guild 0"]
    assert result.stone_count == 2
    gap = result.gap
    assert gap.dtype == np.float32
    # column c lies (c - 9) x 10 m from the first stone and (149 - c) x 10 m from the second:
    # farther than 500 m from both for c = 60..98; the middle (c = 79) is 700 m from both.
    columns = np.arange(160)
    nearest = np.minimum(np.abs(columns - 9), np.abs(columns - 149)) * 10.0
    nearest[0:10] = nearest[149:159] = 0.0
    expected = np.where(nearest > 500.0, nearest, 0.0)
    assert np.array_equal(gap, np.broadcast_to(expected, gap.shape).astype(np.float32))
    assert gap[2, 59] == 0 and gap[2, 60] == 510 and gap[2, 79] == 700 and gap[2, 98] == 510
    f = result.figures
    assert f["gap_ha"] == pytest.approx(1.95)          # 39 columns x 5 rows of 0.01 ha
    assert f["gap_share"] == pytest.approx(195 / 800)
    assert f["largest_gap_m"] == 700.0
    assert f["stone_ha"] == pytest.approx(1.0)


def test_a_patch_of_0_4_ha_is_no_stepping_stone():
    floral, nesting = stones_landscape()
    nesting[0:4, 75:85] = 1.0                          # 40 cells = 0.4 ha in the gap
    result = run([floral], [nesting])["guild 0"]
    assert result.stone_count == 2
    assert result.gap[2, 79] == 700
    alone = np.zeros((5, 160))
    alone[0:4, 75:85] = 1.0
    lone = run([alone], [np.zeros((5, 160))])["guild 0"]
    assert lone.stone_count == 0 and np.all(np.isposinf(lone.gap))
    assert lone.figures["gap_share"] == 1.0


def test_cells_touching_at_a_corner_form_one_stone_and_invalid_cells_are_nan():
    floral = np.zeros((20, 20))
    floral[0:5, 0:5] = 1.0                             # 25 cells
    floral[5:10, 5:10] = 1.0                           # 25 cells, touching at a corner
    valid = np.ones((20, 20), bool)
    valid[19, 19] = False
    result = run([floral], [np.zeros((20, 20))], valid=valid)["guild 0"]
    assert result.stone_count == 1
    assert np.isnan(result.gap[19, 19]) and np.isfinite(result.gap[:19]).all()


def test_all_guilds_needs_the_rule_for_every_guild_and_unites_the_stones():
    (f1, n1), (f2, n2) = strip(40), strip(60)
    result = run([f1, f2], [n1, n2], names=["ground", "stem"], min_flower_share=0.01,
                 stone_area_m2=1e9)
    assert list(result) == ["ground", "stem", ALL_GUILDS]
    assert result["ground"].bnb.any() and not result["stem"].bnb.any()
    assert not result[ALL_GUILDS].bnb.any()
    same = run([f1, f1], [n1, n1], names=["ground", "stem"], min_flower_share=0.01,
               stone_area_m2=1e9)
    assert np.array_equal(same[ALL_GUILDS].bnb, same["ground"].bnb)
    assert same[ALL_GUILDS].figures["bnb_ha"] == pytest.approx(5.5)

    # one stone per guild: each guild alone lacks the other stone, together the gap of the
    # two-stone landscape
    floral, nesting = stones_landscape()
    left, right = floral.copy(), floral.copy()
    left[:, 100:] = 0
    right[:, :100] = 0
    both = run([left, right], [nesting, nesting], names=["a", "b"])
    two = run([floral], [nesting])["guild 0"]
    assert both["a"].stone_count == 1 and both["b"].stone_count == 1
    assert both[ALL_GUILDS].stone_count == 2
    assert np.array_equal(both[ALL_GUILDS].gap, two.gap)
    assert both["a"].gap[2, 150] == 1410.0
    assert both[ALL_GUILDS].figures["gap_ha"] == pytest.approx(1.95)


def test_small_flowering_patches_are_tankstations_and_large_ones_stones():
    """5 x 160 cells of 10 m: flowering patches of 40 cells (0.4 ha: a tankstation), 50 cells
    (0.5 ha: a stepping stone) and 20 cells that with 30 nest cells beside them make a stone
    of 0.5 ha (part of a stone: no tankstation), and a single flowering cell (a tankstation
    of 0.01 ha)."""
    floral, nesting = np.zeros((5, 160)), np.zeros((5, 160))
    floral[0:4, 0:10] = 1.0                              # 40 cells
    floral[0:5, 30:40] = 1.0                             # 50 cells
    floral[0:4, 60:65] = 1.0                             # 20 cells ...
    nesting[0:5, 65:71] = 1.0                            # ... beside 30 nest cells
    floral[2, 100] = 1.0
    result = run(floral, nesting)
    rule = result["guild 0"]
    assert rule.stone_count == 2
    assert rule.figures["tankstation_count"] == 2
    assert rule.figures["tankstation_ha"] == pytest.approx(0.41)
    assert rule.elements[0, 0] == 2 and rule.elements[2, 100] == 2     # tankstations
    assert rule.elements[0, 30] == 1 and rule.elements[0, 60] == 1     # stones
    assert rule.elements[2, 68] == 1                                   # a stone's nest cell
    assert result[ALL_GUILDS].figures["tankstation_count"] == 2


def test_a_guilds_tankstation_inside_another_guilds_stone_is_a_stone_for_all():
    small, large = np.zeros((5, 40)), np.zeros((5, 40))
    small[0:4, 0:10] = 1.0                               # 0.4 ha: a tankstation of a
    large[0:5, 0:10] = 1.0                               # 0.5 ha: a stone of b
    result = run([small, large], [np.zeros((5, 40))] * 2, names=["a", "b"])
    assert result["a"].figures["tankstation_count"] == 1
    assert result["b"].figures["tankstation_count"] == 0
    assert result[ALL_GUILDS].figures["tankstation_count"] == 0
    assert result[ALL_GUILDS].figures["tankstation_ha"] == 0
    assert result[ALL_GUILDS].elements[0, 0] == 1


@pytest.mark.parametrize("gap_cells, bridged", [(10, True), (11, False)])
def test_strips_connect_across_gaps_of_at_most_100_m(gap_cells, bridged):
    """One row of 40 cells of 10 m: flowering cells (small: tankstations) at column 0 and
    after a gap of ``gap_cells`` cells. Within 50 m of a strip a cell bridges; a gap of 100 m
    is bridged from both sides (columns 1-5 and 6-10), one of 110 m leaves its middle column
    60 m from either strip."""
    floral = np.zeros((1, 40))
    floral[0, 0] = floral[0, gap_cells + 1] = 1.0
    rule = run(floral, np.zeros((1, 40)), window_m=30.0, stone_area_m2=1e9)["guild 0"]
    row = rule.elements[0]
    assert row[0] == row[gap_cells + 1] == 2 and rule.figures["strip_ha"] == pytest.approx(0.02)
    assert np.all(row[1:6] == 3) and np.all(row[gap_cells - 4:gap_cells + 1] == 3)
    assert (row[6] == 3) == bridged and np.all(row[gap_cells + 2:gap_cells + 7] == 3)
    # bridges: the 5 cells on each side of a strip (left of column 0 is no raster), the gap's
    # 10 cells bridged whole or its middle column not
    bridges = 10 + 5 if bridged else 5 + 5 + 5
    assert np.count_nonzero(row == 3) == bridges
    assert rule.figures["connecting_ha"] == pytest.approx((2 + bridges) * 0.01)
    assert rule.figures["connecting_share"] == pytest.approx((2 + bridges) / 40.0)


def test_a_strip_must_be_as_wide_as_the_rule_on_small_cells():
    """Cells of 1 m, strips at least 3 m wide (3 x 3 cells): a flowering band of 2 cells is
    no strip, one of 3 cells is, over its whole length. Gaps up to 4 m: cells within 2 m of
    the strip bridge (2 rows above and below: 104, 2 columns at either end: 12, and the 4
    cells diagonally at the corners, 1.4 m away), none around the narrow band."""
    floral = np.zeros((12, 30))
    floral[1:3, 2:28] = 1.0                    # 2 m wide
    floral[6:9, 2:28] = 1.0                    # 3 m wide
    rule = run(floral, np.zeros((12, 30)), cell=1.0, window_m=11.0, stone_area_m2=1e9,
               max_strip_gap_m=4.0)["guild 0"]
    assert rule.figures["strip_ha"] == pytest.approx(3 * 26 / 10000.0)
    assert rule.figures["connecting_ha"] == pytest.approx((3 * 26 + 120) / 10000.0)
    assert np.count_nonzero(rule.elements == 3) == 120
    assert np.all(rule.elements[1:3, 2:28] == 2) and np.all(rule.elements[6:9, 2:28] == 2)
    assert rule.elements[0, 2] == 0 and rule.elements[5, 2] == 3
    assert rule.elements[5, 1] == 3 and rule.elements[5, 0] == 0          # 1.4 m and 2.2 m


def test_summary_html_holds_the_figures():
    floral, nesting = stones_landscape()
    result = run([floral], [nesting], names=["<Andrena>"])
    page = summary_html(result, "Bijenlandschap & co")
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    assert "Bijenlandschap &amp; co" in page and "&lt;Andrena&gt;" in page
    assert "<Andrena>" not in page
    assert "1.95" in page and "24.4 %" in page and ">700<" in page   # gaps: ha, share, max
    assert ">2<" in page and ">1.00<" in page                        # two stones, 1 ha
    assert "All guilds together" in page and "src=" not in page and "http" not in page
    upper = summary_html(result, "t", translate=str.upper)
    assert "BED &amp; BREAKFAST AREA" in upper


def test_summary_html_without_stones():
    alone = np.zeros((5, 160))
    page = summary_html(run([alone], [alone]), "x")
    assert "no stepping stone" in page and "100.0 %" in page


def test_bnb_polygons_carry_guild_and_area(tmp_path):
    (f1, n1), (f2, n2) = strip(40), strip(40)
    result = run([f1, f2], [n1, n2], names=["ground", "stem"], min_flower_share=0.01,
                 stone_area_m2=1e9)
    path = str(tmp_path / "bnb.gpkg")
    grid = grid_for((11, 200))
    assert bnb_polygons(result, grid, path) == 3
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    fields = [layer.GetLayerDefn().GetFieldDefn(i).GetName()
              for i in range(layer.GetLayerDefn().GetFieldCount())]
    assert fields == ["guild", "area_ha"]
    rows = sorted((f.GetField("guild"), f.GetField("area_ha"), f.GetGeometryRef().GetArea())
                  for f in layer)
    assert [r[0] for r in rows] == sorted(["ground", "stem", ALL_GUILDS])
    for _, area_ha, area in rows:
        assert area_ha == pytest.approx(5.5) and area == pytest.approx(55000.0)
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "28992"


@pytest.mark.parametrize("kw, words", [
    ({"flower_threshold": 0}, "flowering threshold is 0"),
    ({"flower_threshold": 1.5}, "flowering threshold is 1.5"),
    ({"nest_threshold": float("nan")}, "nesting threshold is nan"),
    ({"min_flower_share": 10}, "0.10 means 10 %"),
    ({"window_m": 15}, "at least 3 cells"),
    ({"window_m": -1}, "window size is -1"),
    ({"max_nest_food_m": -5}, "nest and food"),
    ({"stone_area_m2": float("inf")}, "stepping-stone area"),
    ({"stone_spacing_m": 0}, "spacing is 0"),
    ({"min_strip_width_m": 0}, "width of a flower-rich strip is 0"),
    ({"max_strip_gap_m": -1}, "gap between flower-rich strips is -1"),
    ({"max_strip_gap_m": float("nan")}, "gap between flower-rich strips is nan"),
])
def test_parameters_outside_sensible_ranges_are_refused(kw, words):
    floral, nesting = strip(40)
    with pytest.raises(InputError, match=words):
        run([floral], [nesting], **kw)


def test_inputs_that_do_not_fit_are_refused():
    floral, nesting = strip(40)
    valid = np.ones(floral.shape, bool)
    grid = grid_for(floral.shape)
    with pytest.raises(InputError, match="No guild"):
        bijenlandschap([], [], valid, grid, [], 0.5, 0.5)
    with pytest.raises(InputError, match="one band per guild"):
        bijenlandschap([floral, floral], [nesting], valid, grid, ["a", "b"], 0.5, 0.5)
    with pytest.raises(InputError, match="nesting band of guild 'a' has 11 x 199"):
        bijenlandschap([floral], [nesting[:, 1:]], valid, grid, ["a"], 0.5, 0.5)
    with pytest.raises(InputError, match="valid mask"):
        bijenlandschap([floral], [nesting], valid[1:], grid, ["a"], 0.5, 0.5)
    with pytest.raises(InputError, match="more than once"):
        bijenlandschap([floral] * 2, [nesting] * 2, valid, grid, ["a", "a"], 0.5, 0.5)
    with pytest.raises(InputError, match="kept for the result of all guilds"):
        bijenlandschap([floral], [nesting], valid, grid, [ALL_GUILDS], 0.5, 0.5)
    with pytest.raises(InputError, match="geographic CRS"):
        bijenlandschap([floral], [nesting], valid, grid_for(floral.shape, 0.0001, epsg=4326),
                       ["a"], 0.5, 0.5)
    with pytest.raises(InputError, match="only nodata"):
        bijenlandschap([floral], [nesting], ~valid, grid, ["a"], 0.5, 0.5)


def test_cancel_stops_the_run():
    class Cancelling:
        def setProgress(self, percent):  # noqa: N802
            pass

        def isCanceled(self):  # noqa: N802
            return True

    floral, nesting = strip(40)
    with pytest.raises(Cancelled):
        run([floral], [nesting], feedback=Cancelling())
