"""Measure scenarios: drawn features burned by the share of each cell they cover, every faulty
feature reported by id (skipped or refused), and the scenario's difference checked against a full
rerun of the model on a land-use raster modified by hand."""
import numpy as np
import pytest
from osgeo import ogr

from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
from zoemzone_plugin.engine.errors import InputError
from zoemzone_plugin.engine.io.gdalio import Grid
from zoemzone_plugin.engine.pollination.model import Products, run_pollination
from zoemzone_plugin.engine.pollination.tables import Biophysical, Guild, PollinationTables
from zoemzone_plugin.engine.kansenkaart.scenario import (ProblemKind, apply_measures,
                                                         feature_gain_exact, marginal_cell_gains,
                                                         rasterize_measures, run_scenario)

X0, Y0, CELL = 1000.0, 2000.0, 10.0
ARABLE, GRASS, WATER = 2, 1, 16
CATALOGUE = """id,code,name_nl,name_en,geometry,width_m,lucodes,nesting_ground_availability_index,\
nesting_cavity_availability_index,floral_resources_spring_index,floral_resources_summer_index
1,strook,bloemstrook,flower strip,line|polygon,10,1 2,0.3,,,0.6
2,nest,nestplek,nest site,point|polygon,,1 2,0.9,,,
3,hotel,bijenhotel,bee hotel,point,,*,,0.8,,
4,brede,brede strook,wide strip,line,22,1 2,,,,0.6
5,bloem,bloemen,flowers,polygon,,*,,,0.5,0.5
"""


def make_tables():
    bio = Biophysical(np.array([GRASS, ARABLE, WATER]),
                      {"ground": np.array([0.2, 0.1, 0.0]), "cavity": np.array([0.1, 0.0, 0.0])},
                      {"spring": np.array([0.2, 0.02, 0.0]), "summer": np.array([0.1, 0.05, 0.0])})
    guilds = [Guild("ground", {"ground": 1.0, "cavity": 0.0}, {"spring": 1.0, "summer": 0.5},
                    20.0, 0.7),
              Guild("cavity", {"ground": 0.2, "cavity": 1.0}, {"spring": 0.3, "summer": 1.0},
                    40.0, 0.3)]
    return PollinationTables(guilds, bio, ["ground", "cavity"], ["spring", "summer"], "bio.csv")


@pytest.fixture
def tables():
    return make_tables()


@pytest.fixture
def catalogue(tmp_path, tables):
    path = tmp_path / "maatregelen.csv"
    path.write_text(CATALOGUE, encoding="utf-8")
    return read_catalogue(str(path), tables)


def grid(rows, cols):
    return Grid(cols, rows, (X0, CELL, 0.0, Y0, 0.0, -CELL), "")


def box(x_min, y_min, x_max, y_max):
    return ogr.CreateGeometryFromWkt("POLYGON ((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
        x_min, y_min, x_max, y_min, x_max, y_max, x_min, y_max, x_min, y_min))


def cell_box(r0, c0, r1, c1):
    """A polygon exactly over cells rows r0..r1-1, columns c0..c1-1."""
    return box(X0 + c0 * CELL, Y0 - r1 * CELL, X0 + c1 * CELL, Y0 - r0 * CELL)


def wkt(text):
    return ogr.CreateGeometryFromWkt(text)


def cells_of(raster):
    return set(zip(*map(list, np.nonzero(raster))))


def landscape(rows=12, cols=12, water=8):
    landuse = np.full((rows, cols), ARABLE)
    landuse[:, cols // 2:] = GRASS
    landuse[water:, water:] = WATER
    return landuse, np.ones((rows, cols), bool)


# --- burning features ------------------------------------------------------------------------

def bad_and_good_features():
    return [
        (11, cell_box(0, 0, 2, 3), "strook"),                # good: 6 arable cells
        (12, cell_box(3, 0, 4, 2), "bloemenweide"),          # unknown measure type
        (13, cell_box(9, 9, 11, 11), "strook"),              # all on water
        (14, ogr.Geometry(ogr.wkbPolygon), "strook"),        # empty geometry
        (15, None, 1),                                       # no geometry at all
        (16, wkt("LINESTRING (1005 1955, 1035 1955)"), "nest"),   # a line: nest takes none
        (17, wkt("LINESTRING (1005 1935, 1035 1935)"), "strook"),  # good line, row 6
        (18, wkt("POINT (1072 1932)"), "hotel"),             # good point: row 6, col 7
        (19, cell_box(7, 7, 9, 9), 2),                       # partly on water: 3 of 4 kept
        (20, box(900, 1991, 950, 1999), "strook"),           # west of the raster
        (21, wkt("POINT (5000 5000)"), "hotel"),             # outside the raster
        (22, cell_box(3, 3, 4, 4).ExportToWkb(), "nest"),    # WKB, as QGIS hands it: good
        (23, b"", "nest"),                                   # empty WKB
    ]


def test_bad_features_are_reported_by_id_and_no_valid_feature_is_lost(catalogue):
    landuse, valid = landscape()
    out = rasterize_measures(grid(12, 12), bad_and_good_features(), catalogue, landuse, valid,
                             "skip")
    kinds = {p.feature_id: p.kind for p in out.problems}
    assert kinds == {12: ProblemKind.UNKNOWN_MEASURE, 13: ProblemKind.LAND_USE,
                     14: ProblemKind.EMPTY_GEOMETRY, 15: ProblemKind.EMPTY_GEOMETRY,
                     16: ProblemKind.GEOMETRY_KIND, 19: ProblemKind.LAND_USE,
                     20: ProblemKind.NO_CELL, 21: ProblemKind.NO_CELL,
                     23: ProblemKind.EMPTY_GEOMETRY}
    details = {p.feature_id: p.detail for p in out.problems}
    assert "'bloemenweide'" in details[12] and "maatregelen.csv" in details[12]
    assert "land use 16 (cells per code: 4); 4 of its 4 cells" in details[13]
    assert "land use 16 (cells per code: 1); 1 of its 4 cells" in details[19]
    assert "'nest' is drawn as line" in details[16] and "point|polygon" in details[16]
    m = out.measures
    assert m.dtype == np.int32
    expected = {(r, c): 1 for r in (0, 1) for c in (0, 1, 2)}          # feature 11
    expected.update({(6, c): 1 for c in range(4)})                      # feature 17: 4 cells
    expected[(6, 7)] = 3                                                # feature 18
    expected.update({(7, 7): 2, (7, 8): 2, (8, 7): 2})                  # feature 19
    expected[(3, 3)] = 2                                                # feature 22
    assert {cell: int(m[cell]) for cell in cells_of(m)} == expected
    assert {f: len(r) for f, (r, _) in out.cells.items()} == {11: 6, 13: 0, 17: 4, 18: 1,
                                                               19: 3, 22: 1}


def test_land_use_problem_names_every_code_and_nodata(catalogue):
    landuse, valid = landscape()
    valid[0, 7] = False
    # feature 1, row 0, columns 4..8: arable and grass ('nest' may go on both), but (0, 7) is
    # nodata; feature 2, rows 7-8, columns 6..9: grass, with water at (8, 8) and (8, 9)
    out = rasterize_measures(grid(12, 12), [(1, cell_box(0, 4, 1, 9), "nest"),
                                            (2, cell_box(7, 6, 9, 10), "strook")],
                             catalogue, landuse, valid)
    details = {p.feature_id: p.detail for p in out.problems}
    assert "land use nodata (cells per code: 1); 1 of its 5 cells" in details[1]
    assert "land use 16 (cells per code: 2); 2 of its 8 cells" in details[2]
    assert len(out.cells[1][0]) == 4 and len(out.cells[2][0]) == 6


def test_refuse_lists_every_problem_with_its_feature_id(catalogue):
    landuse, valid = landscape()
    with pytest.raises(InputError) as info:
        rasterize_measures(grid(12, 12), bad_and_good_features(), catalogue, landuse, valid,
                           "refuse")
    msg = str(info.value)
    assert msg.startswith("9 measure feature(s) cannot be used")
    for fid in (12, 13, 14, 15, 16, 19, 20, 21, 23):
        assert "\n%d: " % fid in msg
    assert "\n11: " not in msg and "\n17: " not in msg
    assert [p.feature_id for p in info.value.problems] == [12, 13, 14, 15, 16, 19, 20, 21, 23]


def test_problem_detail_can_be_translated(catalogue):
    landuse, valid = landscape()
    out = rasterize_measures(grid(12, 12), [(5, None, "strook")], catalogue, landuse, valid)
    dutch = {"the geometry is empty": "de geometrie is leeg"}
    assert out.problems[0].translated(lambda s: dutch.get(s, s)) == "de geometrie is leeg"


def shares_of(out):
    return {cell: round(float(out.shares[cell]), 4) for cell in cells_of(out.measures)}


def test_a_polygon_covers_its_area_share_of_each_cell(catalogue):
    landuse, valid = landscape()
    g = grid(12, 12)
    # x 1003..1024 covers 7, 10 and 4 m of columns 0..2; y 1981..1999 covers 9 m of row 0
    # (1990..2000) and 9 m of row 1
    out = rasterize_measures(g, [(1, box(1003, 1981, 1024, 1999), "bloem")], catalogue,
                             landuse, valid)
    assert shares_of(out) == {(r, c): s for r in (0, 1)
                              for c, s in ((0, 0.63), (1, 0.9), (2, 0.36))}
    assert not out.problems and len(out.cells[1][0]) == 6
    # a triangle with its right angle at the raster corner and legs of 41 m: cells with
    # r + c <= 2 lie inside; r + c = 3 lose a corner triangle with legs of 9 m (40.5 m2),
    # r + c = 4 keep a corner triangle with legs of 1 m (0.5 m2)
    triangle = wkt("POLYGON ((1000 2000, 1041 2000, 1000 1959, 1000 2000))")
    out = rasterize_measures(g, [(1, triangle, "bloem")], catalogue, landuse, valid)
    want = {(r, c): {0: 1.0, 1: 1.0, 2: 1.0, 3: 0.595, 4: 0.005}[r + c]
            for r in range(5) for c in range(5) if r + c <= 4}
    assert shares_of(out) == want
    assert out.shares.sum() == pytest.approx(41 * 41 / 2 / 100, abs=1e-4)
    # a point takes the whole cell it falls in, wherever in the cell
    out = rasterize_measures(g, [(1, wkt("POINT (1019.9 1970.1)"), "hotel"),
                                 (2, wkt("MULTIPOINT ((1000.1 1999.9), (1119.9 1880.1))"),
                                  "hotel")], catalogue, landuse, valid)
    assert shares_of(out) == {(2, 1): 1.0, (0, 0): 1.0, (11, 11): 1.0}


def test_a_small_polygon_inside_one_cell_counts_by_its_area(catalogue):
    # before area weighting this covered no cell centre and was refused
    landuse, valid = landscape()
    out = rasterize_measures(grid(12, 12), [(1, box(1001, 1991, 1004, 1999), "strook")],
                             catalogue, landuse, valid)
    assert not out.problems and shares_of(out) == {(0, 0): 0.24}


def test_pieces_of_one_measure_in_a_cell_add_up(catalogue):
    landuse, valid = landscape()
    # two strips of one measure, 3 m and 4 m wide, in cell (0, 0); a third piece fills the
    # rest and more: the share stops at the whole cell
    pieces = [(1, box(1000, 1990, 1003, 2000), "strook"), (2, box(1006, 1990, 1010, 2000),
                                                          "strook")]
    out = rasterize_measures(grid(12, 12), pieces, catalogue, landuse, valid)
    assert shares_of(out) == {(0, 0): 0.7}
    out = rasterize_measures(grid(12, 12), pieces + [(3, box(1000, 1990, 1008, 2000),
                                                      "strook")], catalogue, landuse, valid)
    assert shares_of(out) == {(0, 0): 1.0}
    # another measure replaces the earlier one in the cell, with its own share
    out = rasterize_measures(grid(12, 12), pieces + [(3, box(1000, 1990, 1002, 2000),
                                                      "nest")], catalogue, landuse, valid)
    assert out.measures[0, 0] == 2 and shares_of(out) == {(0, 0): 0.2}


def test_later_features_overwrite_earlier_ones(catalogue):
    landuse, valid = landscape()
    out = rasterize_measures(grid(12, 12), [(1, cell_box(0, 0, 3, 3), "strook"),
                                            (2, cell_box(1, 1, 2, 2), "nest")],
                             catalogue, landuse, valid)
    assert out.measures[1, 1] == 2 and out.measures[0, 0] == 1
    assert len(out.cells[1][0]) == 8 and len(out.cells[2][0]) == 1


def test_line_is_buffered_by_half_its_width_on_each_side(catalogue):
    landuse = np.full((12, 14), ARABLE)
    valid = np.ones(landuse.shape, bool)
    g = grid(12, 14)
    line = wkt("LINESTRING (1000 1955, 1098 1955)")       # along the centres of row 4
    # strook: 10 m wide -> 5 m each side: row 4 only; columns 0..8 whole, column 9 the 8 m
    # up to the line's end and the part of the round cap (radius 5 m) with x < 1100, column
    # 10 the rest of the cap
    out = rasterize_measures(g, [(1, line, "strook")], catalogue, landuse, valid)
    cap_in_9 = 2 * np.sqrt(21) + 25 * np.arcsin(0.4)      # the cap's area 0 < x - 1098 < 2
    got = shares_of(out)
    assert set(got) == {(4, c) for c in range(11)}
    assert all(got[(4, c)] == 1.0 for c in range(9))
    assert got[(4, 9)] == pytest.approx((80 + cap_in_9) / 100, abs=2e-3)
    assert got[(4, 10)] == pytest.approx((25 * np.pi / 2 - cap_in_9) / 100, abs=2e-3)
    # the strip's area in the raster is width x length plus the eastern half cap (the
    # western one lies outside; GEOS draws caps as polygons, a little smaller than circles)
    assert out.shares.sum() == pytest.approx((10 * 98 + 25 * np.pi / 2) / 100, rel=1e-3)
    # brede: 22 m -> 11 m each side: 6 m of rows 3 and 5, all of row 4
    out = rasterize_measures(g, [(1, line, "brede")], catalogue, landuse, valid)
    got = shares_of(out)
    assert got[(3, 4)] == got[(5, 4)] == 0.6 and got[(4, 4)] == 1.0
    assert out.shares.sum() == pytest.approx((22 * 98 + 121 * np.pi / 2) / 100, rel=1e-3)


def test_measure_ids_unknown_to_the_catalogue_are_refused(tables, catalogue):
    landuse, valid = landscape()
    ids = np.zeros(landuse.shape, np.int32)
    ids[0, 0] = 9
    with pytest.raises(InputError) as info:
        apply_measures(landuse, valid, ids, tables, catalogue)
    assert "9" in str(info.value) and "maatregelen.csv" in str(info.value)


# --- running the scenario --------------------------------------------------------------------

def model(landuse, valid, tables):
    out = {}
    run_pollination(landuse, valid, CELL, tables,
                    lambda p, k, a: out.__setitem__((p, k), a.copy()))
    return out


def test_delta_of_one_measure_cell_equals_a_full_rerun_modified_by_hand(tables, catalogue):
    landuse, valid = landscape(20, 20)
    valid[0, 19] = False
    ids = np.zeros(landuse.shape, np.int32)
    ids[5, 4] = 1                           # strook on arable: ground 0.3, summer 0.6
    scenario, deltas = {}, {}
    result = run_scenario(landuse, valid, CELL, tables, catalogue, ids,
                          sink=lambda p, k, a: scenario.__setitem__((p, k), a.copy()),
                          delta_sink=lambda p, k, a: deltas.__setitem__((p, k), a.copy()))
    # by hand: code 99 = arable with the strip's values put in, at the one cell
    bio = tables.biophysical
    hand = PollinationTables(tables.guilds, Biophysical(
        np.append(bio.codes, 99),
        {"ground": np.append(bio.nesting["ground"], 0.3),
         "cavity": np.append(bio.nesting["cavity"], 0.0)},
        {"spring": np.append(bio.floral["spring"], 0.02),
         "summer": np.append(bio.floral["summer"], 0.6)}),
        tables.substrates, tables.seasons, "hand.csv")
    modified = landuse.copy()
    modified[5, 4] = 99
    today, rerun = model(landuse, valid, tables), model(modified, valid, hand)
    bands = [(Products.TOTAL_SUPPLY, None)] + [(Products.SUPPLY, g.species)
                                              for g in tables.guilds] + \
        [(Products.TOTAL_ABUNDANCE, j) for j in tables.seasons]
    assert set(deltas) == set(bands)
    for key in bands:
        want = rerun[key] - today[key]
        np.testing.assert_allclose(deltas[key][valid], want[valid], rtol=1e-5, atol=1e-9)
        assert np.isnan(deltas[key][0, 19])
        np.testing.assert_allclose(scenario[key][valid], rerun[key][valid], rtol=1e-6)
    total = np.nansum(deltas[(Products.TOTAL_SUPPLY, None)], dtype=np.float64)
    assert result.gain == pytest.approx(total, rel=1e-9) and result.gain > 0
    assert result.supply_scenario - result.supply_today == pytest.approx(result.gain, rel=1e-4)
    assert result.mapping == {(ARABLE, 1): 17}
    assert result.feature_gains == {} and result.gap_cells_today is None


def features_for_gains():
    # more than 5 alpha (20 cells for the cavity guild) apart from each other
    return [(1, cell_box(5, 5, 7, 8), "bloem"),      # flowers only
            (2, cell_box(4, 30, 6, 32), "nest"),     # nesting only
            (3, cell_box(30, 6, 32, 10), "strook"),  # both
            (4, wkt("POINT (1385 1745)"), "hotel")]  # row 25, column 38


def test_per_feature_gain_exact_equals_the_feature_alone_on_the_whole_raster(tables,
                                                                             catalogue):
    landuse, valid = landscape(40, 40, water=36)
    burnt = rasterize_measures(grid(40, 40), features_for_gains(), catalogue, landuse, valid)
    assert not burnt.problems
    result = run_scenario(landuse, valid, CELL, tables, catalogue, burnt.measures,
                          cells=burnt.cells)
    assert result.feature_method == "exact"
    assert result.feature_cells == {1: 6, 2: 4, 3: 8, 4: 1}
    today = np.nansum(model(landuse, valid, tables)[(Products.TOTAL_SUPPLY, None)],
                      dtype=np.float64)
    for fid, (rows, cols) in burnt.cells.items():
        alone = np.zeros(landuse.shape, np.int32)
        alone[rows, cols] = burnt.measures[rows, cols]
        scen_lu, scen_tables, _ = apply_measures(landuse, valid, alone, tables, catalogue)
        after = np.nansum(model(scen_lu, valid, scen_tables)[(Products.TOTAL_SUPPLY, None)],
                          dtype=np.float64)
        assert result.feature_gains[fid] == pytest.approx(after - today, rel=1e-4), fid
        assert result.feature_gains[fid] > 0
    # measures feed each other's nests, so the parts need not add up to the whole exactly
    assert sum(result.feature_gains.values()) == pytest.approx(result.gain, rel=0.05)


def test_marginal_feature_gains_beyond_the_limit(tables, catalogue):
    landuse, valid = landscape(40, 40, water=36)
    burnt = rasterize_measures(grid(40, 40), features_for_gains(), catalogue, landuse, valid)
    exact = run_scenario(landuse, valid, CELL, tables, catalogue, burnt.measures,
                         cells=burnt.cells)
    marginal = run_scenario(landuse, valid, CELL, tables, catalogue, burnt.measures,
                            cells=burnt.cells, exact_feature_limit=2)
    assert marginal.feature_method == "marginal"
    assert marginal.gain == pytest.approx(exact.gain, rel=1e-9)
    # the features are out of each other's reach: the one pass gives each its exact gain
    for fid in (1, 2, 3, 4):
        assert marginal.feature_gains[fid] == pytest.approx(exact.feature_gains[fid],
                                                            rel=1e-4), fid
    # the cell terms add up to the total gain
    assert sum(marginal.feature_gains.values()) == pytest.approx(exact.gain, rel=1e-4)


def test_marginal_counts_a_neighbours_food_with_the_nests(tables, catalogue):
    # a nest site next to a flower field: alone, the nest site gains from today's food only;
    # with the field it also gains from the field's flowers, and the one pass books that
    # with the nest site, so the parts add up to the whole
    landuse, valid = landscape(30, 30, water=28)
    features = [(1, cell_box(10, 2, 14, 5), "bloem"), (2, cell_box(11, 5, 13, 6), "nest")]
    burnt = rasterize_measures(grid(30, 30), features, catalogue, landuse, valid)
    exact = run_scenario(landuse, valid, CELL, tables, catalogue, burnt.measures,
                         cells=burnt.cells)
    marginal = run_scenario(landuse, valid, CELL, tables, catalogue, burnt.measures,
                            cells=burnt.cells, exact_feature_limit=1)
    assert marginal.feature_gains[1] == pytest.approx(exact.feature_gains[1], rel=1e-4)
    assert marginal.feature_gains[2] > exact.feature_gains[2] * 1.01
    assert sum(marginal.feature_gains.values()) == pytest.approx(exact.gain, rel=1e-4)
    assert sum(exact.feature_gains.values()) < exact.gain


def test_exact_gain_of_a_window_equals_the_whole_raster(tables, catalogue):
    landuse, valid = landscape(60, 60)
    ids = np.zeros(landuse.shape, np.int32)
    ids[10:12, 10:13] = 1
    scen_lu, scen_tables, _ = apply_measures(landuse, valid, ids, tables, catalogue)
    rows, cols = np.nonzero(ids)
    windowed = feature_gain_exact(landuse, valid, CELL, scen_lu, scen_tables, rows, cols)
    whole = np.nansum(model(scen_lu, valid, scen_tables)[(Products.TOTAL_SUPPLY, None)]
                      - model(landuse, valid, tables)[(Products.TOTAL_SUPPLY, None)],
                      dtype=np.float64)
    assert windowed == pytest.approx(whole, rel=1e-4)
    r, c, gains = marginal_cell_gains(landuse, valid, CELL, scen_lu, scen_tables)
    assert sorted(zip(r.tolist(), c.tolist())) == sorted(zip(rows.tolist(), cols.tolist()))
    assert gains.sum() == pytest.approx(whole, rel=1e-4)


def test_food_gap_area_today_and_in_the_scenario(tables, catalogue):
    landuse, valid = landscape(30, 30)
    ids = np.zeros(landuse.shape, np.int32)
    ids[:, :15] = 1                     # summer flowers on all the arable land
    result = run_scenario(landuse, valid, CELL, tables, catalogue, ids, food_threshold=0.08)
    key = ("ground", "summer")
    assert result.gap_cells_today[key] > 0
    assert result.gap_cells_scenario[key] < result.gap_cells_today[key]
    assert result.gap_cells_change[key] == (result.gap_cells_scenario[key]
                                            - result.gap_cells_today[key])


def test_geometry_gdal_cannot_use_is_reported(catalogue, monkeypatch):
    from zoemzone_plugin.engine.kansenkaart import scenario

    def broken(*args):
        raise RuntimeError("IllegalArgumentException: Invalid number of points in LinearRing")
    monkeypatch.setattr(scenario, "area_shares", broken)
    landuse, valid = landscape()
    out = rasterize_measures(grid(12, 12), [(7, cell_box(0, 0, 1, 1), "strook")], catalogue,
                             landuse, valid)
    assert [(p.feature_id, p.kind) for p in out.problems] == [(7, ProblemKind.INVALID_GEOMETRY)]
    assert "LinearRing" in out.problems[0].detail and not out.measures.any()
