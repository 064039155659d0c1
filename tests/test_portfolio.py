"""The fund's engine: the portfolio against brute force, its constraints and its gap; the
applications' effects and interactions against full model runs; the eligibility rules."""
import itertools

import numpy as np
import pytest
from osgeo import ogr

from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
from zoemzone_plugin.engine.errors import InputError
from zoemzone_plugin.engine.kansenkaart.fund import (Application, Eligibility, application_cells,
                                                     application_effects, check_eligibility,
                                                     problem_texts, svg_map)
from zoemzone_plugin.engine.io.gdalio import Grid
from zoemzone_plugin.engine.kansenkaart.measure_cover import SHARE_STEP
from zoemzone_plugin.engine.pollination.tables import Biophysical, Guild, PollinationTables
from zoemzone_plugin.engine.kansenkaart.portfolio import choose_portfolio, portfolio_value
from zoemzone_plugin.engine.kansenkaart.scenario import run_scenario

X0, Y0, CELL = 1000.0, 2000.0, 10.0
GRASS, ARABLE, WATER = 1, 2, 16
CATALOGUE = """id,code,name_nl,name_en,geometry,width_m,lucodes,nesting_ground_availability_index,\
nesting_cavity_availability_index,floral_resources_spring_index,floral_resources_summer_index
1,strook,bloemstrook,flower strip,line|polygon,10,1 2,0.3,,,0.6
2,nest,nestplek,nest site,point|polygon,,1 2,0.9,,,
3,bloem,bloemen zonder nesten,flowers without nests,point|polygon,,1 2,0.0,0.0,0.8,0.8
"""


# ---------------------------------------------------------------- the portfolio

def brute_force(effects, interactions, costs, areas, budget, min_areas, max_per_area,
                conflicts):
    best = None
    n = len(effects)
    for size in range(n + 1):
        for chosen in itertools.combinations(range(n), size):
            if costs[list(chosen)].sum() > budget:
                continue
            here = areas[list(chosen)]
            if len(set(here.tolist())) < min_areas:
                continue
            if max_per_area and any((here == a).sum() > max_per_area for a in set(here)):
                continue
            if any(conflicts[i, j] for i in chosen for j in chosen):
                continue
            value = portfolio_value(chosen, effects, interactions)
            if best is None or value > best[0] + 1e-12:
                best = (value, chosen)
    return best


def instance(seed, n):
    """Effects partly negative, sparse interactions of both signs, a conflicting pair."""
    rng = np.random.default_rng(seed)
    effects = rng.uniform(-0.2, 1.0, n)
    w = np.triu(rng.normal(0.0, 0.2, (n, n)) * (rng.random((n, n)) < 0.4), 1)
    costs = rng.integers(1, 10, n).astype(float)
    areas = rng.integers(0, 5, n)
    conflicts = np.zeros((n, n), bool)
    conflicts[0, 1] = conflicts[1, 0] = True
    return effects, w + w.T, costs, areas, conflicts


@pytest.mark.parametrize("seed,n,min_areas,max_per_area", [
    (0, 12, 3, 2), (1, 13, 2, 0), (2, 14, 4, 3), (3, 15, 0, 1), (4, 15, 3, 2), (5, 12, 5, 1)])
def test_portfolio_is_the_brute_force_optimum(seed, n, min_areas, max_per_area):
    effects, w, costs, areas, conflicts = instance(seed, n)
    budget = costs.sum() / 3
    found = choose_portfolio(effects, w, costs, areas, budget, min_areas, max_per_area,
                             conflicts)
    value, best = brute_force(effects, w, costs, areas, budget, min_areas, max_per_area,
                              conflicts)
    assert found.optimal and found.gap == 0.0
    assert found.value == pytest.approx(value, abs=1e-9)
    assert found.value == pytest.approx(portfolio_value(found.selected, effects, w))
    chosen = found.selected
    assert costs[chosen].sum() <= budget and found.spent == pytest.approx(costs[chosen].sum())
    assert len(set(areas[chosen].tolist())) >= min_areas
    if max_per_area:
        assert np.bincount(areas[chosen]).max() <= max_per_area
    assert not (0 in chosen and 1 in chosen)


def test_a_stopped_search_states_its_gap():
    effects, w, costs, areas, conflicts = instance(7, 15)
    budget = costs.sum() / 3
    value, _ = brute_force(effects, w, costs, areas, budget, 2, 2, conflicts)
    stopped = choose_portfolio(effects, w, costs, areas, budget, 2, 2, conflicts, node_limit=3)
    assert not stopped.optimal
    assert stopped.value <= value + 1e-9 <= stopped.upper_bound + 2e-9
    assert stopped.gap == pytest.approx((stopped.upper_bound - stopped.value)
                                        / abs(stopped.upper_bound))


def test_impossible_spread_is_refused_with_the_reason():
    effects, w, costs, areas = np.ones(4), np.zeros((4, 4)), np.array([5.0, 5, 5, 5]), \
        np.array(["a", "a", "b", "b"])
    with pytest.raises(InputError, match="MIN_AREAS is 3, but only 2 study area"):
        choose_portfolio(effects, w, costs, areas, 100.0, min_areas=3)
    with pytest.raises(InputError, match="EUR 10.00, more than the BUDGET of EUR 9.00"):
        choose_portfolio(effects, w, costs, areas, 9.0, min_areas=2)
    # enough money and areas, but the only application of area b conflicts with a's
    conflicts = np.zeros((2, 2), bool)
    conflicts[0, 1] = conflicts[1, 0] = True
    with pytest.raises(InputError, match="No set of eligible applications"):
        choose_portfolio(np.ones(2), np.zeros((2, 2)), np.array([1.0, 1.0]), ["a", "b"],
                         10.0, min_areas=2, conflicts=conflicts)


# ---------------------------------------------------------------- effects

def make_tables():
    bio = Biophysical(np.array([GRASS, ARABLE, WATER]),
                      {"ground": np.array([0.6, 0.1, 0.0]), "cavity": np.array([0.1, 0.0, 0.0])},
                      {"spring": np.array([0.2, 0.02, 0.0]), "summer": np.array([0.1, 0.05, 0.0])})
    guilds = [Guild("ground", {"ground": 1.0, "cavity": 0.0}, {"spring": 1.0, "summer": 0.5},
                    20.0, 0.7),
              Guild("cavity", {"ground": 0.2, "cavity": 1.0}, {"spring": 0.3, "summer": 1.0},
                    40.0, 0.3)]
    return PollinationTables(guilds, bio, ["ground", "cavity"], ["spring", "summer"], "bio.csv")


@pytest.fixture
def world(tmp_path):
    tables = make_tables()
    path = tmp_path / "maatregelen.csv"
    path.write_text(CATALOGUE, encoding="utf-8")
    catalogue = read_catalogue(str(path), tables)
    rng = np.random.default_rng(3)
    landuse = rng.choice([GRASS, ARABLE], size=(40, 50)).astype(np.int32)
    landuse[30:, 40:] = WATER
    valid = np.ones(landuse.shape, bool)
    valid[0, :3] = False
    grid = Grid(50, 40, (X0, CELL, 0.0, Y0, 0.0, -CELL), "")
    return tables, catalogue, landuse, valid, grid


def box(x_min, y_min, x_max, y_max):
    return ogr.CreateGeometryFromWkt("POLYGON ((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
        x_min, y_min, x_max, y_min, x_max, y_max, x_min, y_max, x_min, y_min))


def assess(world, drawn, food_threshold=None):
    tables, catalogue, landuse, valid, grid = world
    applications = [check_eligibility(Application(
        i, bytes(geometry.ExportToWkb()), "school", code, None, 100, "ingediend", "A"),
        catalogue) for i, (geometry, code) in enumerate(drawn, start=1)]
    cells = application_cells(grid, applications, catalogue, landuse, valid)
    assert all(a.eligible for a in applications)
    measures = {a.id: catalogue.lookup(a.measure_type) for a in applications}
    return application_effects(landuse, valid, CELL, tables, catalogue, measures, cells,
                               food_threshold), cells, measures


def drawn_measures(shape, cells, measures, ids):
    """(measure ids, covered shares) rasters of applications ``ids``, as Measure scenario
    takes a drawing."""
    measure_ids, shares = np.zeros(shape, np.int32), np.zeros(shape, np.float32)
    for i in ids:
        rows, cols, steps = cells[i]
        measure_ids[rows, cols] = measures[i].id
        shares[rows, cols] = steps * SHARE_STEP
    return measure_ids, shares


def model_gain(world, cells, measures, ids):
    """The gain of a set of applications by one full run of Measure scenario's engine."""
    tables, catalogue, landuse, valid, _ = world
    measure_ids, shares = drawn_measures(landuse.shape, cells, measures, ids)
    return run_scenario(landuse, valid, CELL, tables, catalogue, measure_ids,
                        shares=shares).gain


def test_effects_and_interactions_give_every_subset_exactly(world):
    """Sum of effects plus pair terms equals a full model run of every subset of four
    applications (nests and flowers, neighbours and one far away, a point)."""
    drawn = [(box(1100, 1700, 1160, 1760), "strook"), (box(1170, 1700, 1230, 1760), "nest"),
             (box(1300, 1800, 1340, 1850), "bloem"),
             (ogr.CreateGeometryFromWkt("POINT (1205 1785)"), "nest")]
    effects, cells, measures = assess(world, drawn)
    assert not effects.conflicts.any()
    assert effects.cells.tolist() == [36, 36, 20, 1]
    for size in (1, 2, 3, 4):
        for subset in itertools.combinations(range(4), size):
            ids = [effects.ids[k] for k in subset]
            assert portfolio_value(subset, effects.effects, effects.interactions) == \
                pytest.approx(model_gain(world, cells, measures, ids), rel=1e-6)


@pytest.mark.parametrize("threshold", [0.08, 0.1, 0.12])
def test_food_gap_change_of_each_application_alone_equals_a_model_run(world, threshold):
    """Per application, the change in (nest cell, flight season) food gaps equals that of
    Measure scenario's full run with it alone (seasonal_food_gaps before and after)."""
    tables, catalogue, landuse, valid, _ = world
    drawn = [(box(1100, 1700, 1160, 1760), "strook"), (box(1170, 1700, 1230, 1760), "nest"),
             (box(1300, 1800, 1340, 1850), "bloem"),
             (ogr.CreateGeometryFromWkt("POINT (1205 1785)"), "nest")]
    effects, cells, measures = assess(world, drawn, food_threshold=threshold)
    expected = []
    for i in effects.ids:
        measure_ids, shares = drawn_measures(landuse.shape, cells, measures, [i])
        result = run_scenario(landuse, valid, CELL, tables, catalogue, measure_ids,
                              shares=shares,
                              food_threshold=threshold)
        expected.append(sum(result.gap_cells_change.values()))
    assert effects.food_gaps.tolist() == expected
    assert min(expected) < 0 and any(e != expected[0] for e in expected)


def test_side_by_side_gives_less_than_the_sum_and_the_portfolio_counts_it(world):
    """'bloem' turns nest-rich grassland into flowers without nests: side by side, each
    one's flowers would have fed the nests the other takes away, so together they add less
    than apart. A third, far away and worth less alone, is the better partner: with room for
    two, the portfolio takes it, where summing separate effects would take the pair."""
    tables, catalogue, landuse, valid, grid = world
    landuse[:20, :20] = GRASS
    landuse[20:, 30:] = GRASS
    drawn = [(box(1030, 1830, 1070, 1870), "bloem"), (box(1070, 1830, 1110, 1870), "bloem"),
             (box(1330, 1730, 1360, 1760), "bloem")]
    effects, cells, measures = assess(world, drawn)
    a, b, c = effects.effects
    assert effects.interactions[0, 1] < 0 and abs(effects.interactions[0, 2]) < 1e-9
    joint = model_gain(world, cells, measures, [1, 2])
    assert joint < a + b
    assert joint == pytest.approx(a + b + effects.interactions[0, 1], rel=1e-6)
    assert c < min(a, b) and a + c > joint                  # the premise of the choice
    chosen = choose_portfolio(effects.effects, effects.interactions, np.ones(3), ["A"] * 3,
                              2.0)
    assert chosen.selected in ([0, 2], [1, 2])
    assert chosen.value == pytest.approx(model_gain(
        world, cells, measures, [effects.ids[i] for i in chosen.selected]), rel=1e-6)


def test_applications_on_the_same_cells_conflict(world):
    drawn = [(box(1100, 1700, 1160, 1760), "strook"), (box(1140, 1700, 1200, 1760), "nest")]
    effects, _, _ = assess(world, drawn)
    assert effects.conflicts[0, 1] and effects.conflicts[1, 0]
    chosen = choose_portfolio(effects.effects, effects.interactions, np.ones(2), ["A", "A"],
                              10.0, conflicts=effects.conflicts)
    assert len(chosen.selected) == 1


# ---------------------------------------------------------------- eligibility and map

def test_eligibility_problems_are_named(world):
    _, catalogue, _, _, _ = world
    point = bytes(ogr.CreateGeometryFromWkt("POINT (1100 1700)").ExportToWkb())

    def names(**fields):
        values = dict(applicant_kind="stichting", measure_type="strook", amount="250,50",
                      status="ingediend", area="Venlo")
        values.update(fields)
        application = check_eligibility(Application(1, point, **values), catalogue)
        return [name for name, _, _ in application.problems]

    assert names() == []
    assert names(applicant_kind="partner") == [Eligibility.PARTNER_ALONE]
    assert names(applicant_kind="bedrijf") == [Eligibility.UNKNOWN_KIND]
    assert names(amount=None) == [Eligibility.AMOUNT_MISSING]
    assert names(amount=0) == [Eligibility.AMOUNT_NOT_POSITIVE]
    assert names(measure_type="vijver") == [Eligibility.UNKNOWN_MEASURE]
    assert names(area=None) == [Eligibility.OUTSIDE_AREAS]
    assert names(status="Afgewezen") == [Eligibility.REJECTED]
    assert names(applicant_kind="partner", status="afgewezen", area=None) == [
        Eligibility.PARTNER_ALONE, Eligibility.OUTSIDE_AREAS, Eligibility.REJECTED]
    application = check_eligibility(Application(1, point, "stichting", "vijver", None, -3,
                                                "ingediend", "Venlo"), catalogue)
    assert problem_texts(application) == [
        "amount_requested_eur is -3.0; it must be above 0",
        "measure_type 'vijver' is not a code or id in %s" % catalogue.file]


def test_svg_map_draws_areas_and_marks_the_selected():
    area = bytes(box(0, 0, 100, 50).ExportToWkb())
    svg = svg_map([("Venlo", area)], [(10, 10, "selected"), (90, 40, "ineligible")], width=220)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    # x 0..100 onto 10..210 (scale 2), y flipped: (10, 10) -> (30, 90), (90, 40) -> (190, 30)
    assert '<circle class="selected" cx="30.0" cy="90.0" r="6" fill="#d95f02"' in svg
    assert '<circle class="ineligible" cx="190.0" cy="30.0" r="3" fill="#999999"' in svg
    assert ">Venlo</text>" in svg and 'd="M10.0 110.0 L210.0 110.0' in svg


def test_mean_priority_under_the_cells_from_a_coarser_grid(tmp_path):
    """Priority on 20 m cells (value = 10 x its column + its row), land use on 10 m: cell
    centres (5, -5) and (25, -15) of the land-use grid fall in priority cells (0, 0) and
    (0, 1); nodata is left out; another CRS is refused, naming PRIORITY."""
    from osgeo import osr
    from zoemzone_plugin.engine.kansenkaart.fund import mean_under
    from zoemzone_plugin.engine.io.gdalio import write_single
    rd, wgs = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs.ImportFromEPSG(4326)
    values = (10.0 * np.arange(3)[None, :] + np.arange(2)[:, None]).astype(np.float32)
    values[1, 2] = -1
    path = str(tmp_path / "priority.tif")
    write_single(path, Grid(3, 2, (0.0, 20.0, 0.0, 0.0, 0.0, -20.0), rd.ExportToWkt()),
                 "priority", values, nodata=-1)
    land = Grid(6, 4, (0.0, 10.0, 0.0, 0.0, 0.0, -10.0), rd.ExportToWkt())
    cells = {7: (np.array([0, 1]), np.array([0, 2])), 8: (np.array([3]), np.array([5])),
             9: (np.array([3, 2]), np.array([1, 4]))}
    means = mean_under(path, land, cells)
    assert means[7] == pytest.approx(5.0) and np.isnan(means[8])
    assert means[9] == pytest.approx(1.0)      # (1, 0) -> 1; (1, 2) is nodata
    other = Grid(6, 4, land.geotransform, wgs.ExportToWkt())
    with pytest.raises(InputError, match="PRIORITY"):
        mean_under(path, other, cells)


def test_svg_map_draws_in_colour_where_qt_renders_it(qgis_app):
    """QGIS's own HTML and SVG views render SVG Tiny, which ignores CSS: the colours must
    be attributes, or the study areas come out black."""
    from qgis.PyQt.QtCore import QByteArray
    from qgis.PyQt.QtGui import QColor, QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer
    area = bytes(box(0, 0, 100, 50).ExportToWkb())
    svg = svg_map([("", area)], [(10, 10, "selected")], width=220)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(renderer.defaultSize(), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert QColor(image.pixel(150, 50)).name() == "#f4f1e6"     # inside the area
    assert QColor(image.pixel(30, 90)).name() == "#d95f02"      # the selected dot
