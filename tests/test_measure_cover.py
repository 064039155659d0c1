"""Linear measures at their real size (issue 14 §6): a strip's share of a cell by hand, edges
found between land uses and parcels, the kansenkaart never putting a margin in a parcel's
interior, its gain at edge cells equal to a measure scenario of the strips drawn there, and a
drawn margin changing supply in proportion to its width."""
from dataclasses import replace

import numpy as np
import pytest
from osgeo import ogr
from test_kansenkaart import GUILDS, make_tables

from zoemzone_plugin.engine.kansenkaart.catalogue import Catalogue, Measure
from zoemzone_plugin.engine.io.gdalio import Grid
from zoemzone_plugin.engine.kansenkaart.model import kansenkaart
from zoemzone_plugin.engine.kansenkaart.measure_cover import edge_sides, strip_share
from zoemzone_plugin.engine.kansenkaart.scenario import rasterize_measures, run_scenario

PIXEL, X0, Y0 = 10.0, 1000.0, 2000.0
ARABLE, GRASS, BUILT = 1, 2, 4
ROWS, COLS = 40, 50


def margin(mid=1, code="margin", width=3.0):
    return Measure(mid, code, code, code, frozenset({"line", "polygon"}), width,
                   frozenset({ARABLE}), {"ground": 0.3}, {"summer": 0.6, "autumn": 0.4},
                   linear=True)


# a little more nesting on a whole cell: better than a margin in some places, not in all
NEST = Measure(9, "nest", "nest", "nest", frozenset({"polygon"}), None, None,
               {"ground": 0.15}, {})


def fields():
    """Arable land in parcels of 10 x 10 cells (ids 1..), a grass block and a road (built-up)
    along column 30, nodata in one corner; parcel ids are 0 off the arable land."""
    landuse = np.full((ROWS, COLS), ARABLE)
    landuse[25:, 35:] = GRASS
    landuse[:, 30] = BUILT
    valid = np.ones(landuse.shape, bool)
    valid[:3, 45:] = False
    rows, cols = np.indices(landuse.shape)
    parcels = np.where(landuse == ARABLE, 1 + (rows // 10) * 10 + cols // 10, 0)
    return landuse, valid, parcels


def interior(landuse, valid, parcels):
    """Cells whose four valid neighbours all share their land use and parcel (written with
    explicit loops, apart from edge_sides)."""
    out = np.zeros(landuse.shape, bool)
    for r in range(ROWS):
        for c in range(COLS):
            same = True
            for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= rr < ROWS and 0 <= cc < COLS and valid[rr, cc] and (
                        landuse[rr, cc], parcels[rr, cc]) != (landuse[r, c], parcels[r, c]):
                    same = False
            out[r, c] = same and valid[r, c]
    return out


def test_strip_share_by_hand():
    one, none = np.ones(1, bool), np.zeros(1, bool)
    # a 6 m margin on a 25 m cell: 6 x 25 / 625 = 0.24
    assert strip_share((one, none, none, none), 6, 25) == pytest.approx(0.24)
    # two opposite sides: 0.48; two sides meeting at a corner count the 6 x 6 corner once:
    # (2 x 150 - 36) / 625
    assert strip_share((one, one, none, none), 6, 25) == pytest.approx(0.48)
    assert strip_share((one, none, one, none), 6, 25) == pytest.approx(264 / 625)
    # all four sides: the 13 x 13 m middle stays open
    assert strip_share((one, one, one, one), 6, 25) == pytest.approx(1 - 169 / 625)
    # wider than the cell: the edge cell is full; no side: nothing
    assert strip_share((one, none, none, none), 6, 5) == pytest.approx(1.0)
    assert strip_share((none, none, none, none), 6, 25) == 0.0


def test_edges_between_land_uses_and_parcels_not_at_the_border_or_nodata():
    landuse = np.array([[1, 1, 2],
                        [1, 1, 2],
                        [1, 1, 1]])
    valid = np.ones((3, 3), bool)
    valid[2, 2] = False
    north, south, west, east = edge_sides(landuse, valid)
    assert east.tolist() == [[0, 1, 0], [0, 1, 0], [0, 0, 0]]
    assert west.tolist() == [[0, 0, 1], [0, 0, 1], [0, 0, 0]]
    assert not north.any() and not south.any()       # (1, 2) over nodata (2, 2) is no edge
    parcels = np.array([[1, 2, 0], [1, 2, 0], [3, 3, 3]])
    north, south, west, east = edge_sides(landuse, valid, parcels)
    assert east.tolist() == [[1, 1, 0], [1, 1, 0], [0, 0, 0]]
    assert south.tolist() == [[0, 0, 0], [1, 1, 0], [0, 0, 0]]
    assert north.tolist() == [[0, 0, 0], [0, 0, 0], [1, 1, 0]]


def test_kansenkaart_never_puts_a_linear_measure_in_a_parcels_interior():
    landuse, valid, parcels = fields()
    tables = make_tables()
    result = kansenkaart(landuse, valid, PIXEL, tables, [margin(), NEST], parcels=parcels)
    inside = interior(landuse, valid, parcels)
    gain = result.measure_gains["margin"]
    edge = (landuse == ARABLE) & valid & ~inside
    assert np.isnan(gain[inside | (landuse != ARABLE) | ~valid]).all()
    assert np.isfinite(gain[edge]).all() and (gain[edge] > 0).all()
    assert not (result.best_measure[inside] == 1).any()
    assert (result.best_measure[edge] == 1).any()      # where it may go it can be best
    # on land use alone the parcel boundaries are no edges: only the road and the grass
    alone = kansenkaart(landuse, valid, PIXEL, tables, [margin(), NEST])
    no_parcels = interior(landuse, valid, np.zeros_like(parcels))
    assert (np.isfinite(alone.measure_gains["margin"])
            == ((landuse == ARABLE) & valid & ~no_parcels)).all()
    # a straight edge cell gets 3 m of 10: the gain is that of the mixed cell, far below
    # the whole cell's
    whole = kansenkaart(landuse, valid, PIXEL, tables,
                        [Measure(1, "margin", "m", "m", frozenset({"polygon"}), None,
                                 frozenset({ARABLE}), {"ground": 0.3},
                                 {"summer": 0.6, "autumn": 0.4})])
    assert gain[15, 29] == pytest.approx(0.3 * whole.measure_gains["margin"][15, 29], rel=0.05)


def strips(r, c, sides, width):
    """The strips of ``width`` inside cell (r, c) along ``sides`` (a subset of 'nswe'), as
    one polygon in map coordinates."""
    left, top = X0 + c * PIXEL, Y0 - r * PIXEL
    boxes = {"n": (left, top - width, left + PIXEL, top),
             "s": (left, top - PIXEL, left + PIXEL, top - PIXEL + width),
             "w": (left, top - PIXEL, left + width, top),
             "e": (left + PIXEL - width, top - PIXEL, left + PIXEL, top)}
    union = None
    for side in sides:
        x0, y0, x1, y1 = boxes[side]
        square = ogr.CreateGeometryFromWkt("POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
            x0, y0, x1, y0, x1, y1, x0, y1, x0, y0))
        union = square if union is None else union.Union(square)
    return union


@pytest.mark.parametrize("cell, sides", [
    ((15, 29), "e"),           # along the road
    ((9, 12), "s"),            # along a parcel boundary
    ((19, 29), "se"),          # a parcel corner at the road: two strips, one corner
    ((24, 36), "s"),           # along the grass
])
def test_gain_at_an_edge_cell_equals_a_scenario_of_its_strips(cell, sides):
    landuse, valid, parcels = fields()
    tables = make_tables()
    result = kansenkaart(landuse, valid, PIXEL, tables, [margin()], parcels=parcels)
    north, south, west, east = edge_sides(landuse, valid, parcels)
    assert "".join(k for k, a in zip("nswe", (north, south, west, east)) if a[cell]) == sides
    catalogue = Catalogue([margin()], "measures.csv")
    burnt = rasterize_measures(Grid(COLS, ROWS, (X0, PIXEL, 0.0, Y0, 0.0, -PIXEL), ""),
                               [(1, strips(*cell, sides, 3.0), "margin")], catalogue,
                               landuse, valid)
    assert not burnt.problems and list(zip(*np.nonzero(burnt.measures))) == [cell]
    scenario = run_scenario(landuse, valid, PIXEL, tables, catalogue, burnt.measures,
                            shares=burnt.shares)
    # the issue asks for 1 %; the gain is exact, so only float32 round-off and the
    # scenario's shares rounded to 1e-4 remain (measured: below 1e-5)
    assert result.measure_gains["margin"][cell] == pytest.approx(scenario.gain, rel=1e-3)
    assert scenario.gain > 0


def test_a_drawn_margin_changes_supply_in_proportion_to_its_width():
    """On 25 m cells with foraging distances of Dutch bees (alpha 150, 250 and 800 m). The
    gain is not quite linear in the width: the strip's own nests feed on its own flowers
    (the self term of kansenkaart's dS), which grows with the square of the share; with
    alpha 30 m on 10 m cells 3 m gives 0.484 of 6 m."""
    cell = 25.0
    landuse, valid, _ = fields()
    tables = make_tables([replace(g, alpha=a) for g, a in zip(GUILDS, (150.0, 250.0, 800.0))])
    # along the parcel boundary between rows 9 and 10, from the raster's west edge (the
    # round cap there lies outside) for 20.5 cells: the buffer lies half in each parcel
    y = Y0 - 10 * cell
    line = ogr.CreateGeometryFromWkt("LINESTRING (%r %r, %r %r)" % (X0, y, X0 + 512.5, y))
    grid = Grid(COLS, ROWS, (X0, cell, 0.0, Y0, 0.0, -cell), "")
    gains = {}
    for width in (3.0, 6.0):
        catalogue = Catalogue([margin(width=width)], "measures.csv")
        burnt = rasterize_measures(grid, [(1, line, "margin")], catalogue, landuse, valid)
        assert not burnt.problems
        # the buffer's area: width x length plus the eastern half cap
        assert burnt.shares.sum() * cell ** 2 == pytest.approx(
            width * 512.5 + np.pi * (width / 2) ** 2 / 2, rel=1e-3)
        gains[width] = run_scenario(landuse, valid, cell, tables, catalogue, burnt.measures,
                                    shares=burnt.shares).gain
    assert gains[3.0] > 0
    assert gains[3.0] / gains[6.0] == pytest.approx(0.5, rel=0.02)
