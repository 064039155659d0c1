"""The Bijenlandschap's connecting landscape on the data-rich route: flower-rich strips from a
vector layer at their real width (engine/bijenlandschap/strip_layer.py), on small landscapes worked out by
hand: a 10 x 30 grid of 10 m cells (x from 155000, y down from 463000) where nothing flowers
unless a test says so, and strips running north-south from y 462915 to 462985 (rows 1-8).
"""
import math

import numpy as np
import pytest
from osgeo import ogr, osr

from zoemzone_plugin.engine.bijenlandschap.model import ALL_GUILDS, bijenlandschap, summary_html
from zoemzone_plugin.engine.errors import InputError
from zoemzone_plugin.engine.io.gdalio import Grid
from zoemzone_plugin.engine.bijenlandschap.strip_layer import StripLayer

ogr.UseExceptions()
X0, Y0, ROWS, COLS = 155000.0, 463000.0, 10, 30
SOUTH, NORTH = 462915.0, 462985.0       # the strips' ends: 70 m long, over rows 1-8
# the polygon area kept by an opening with the 16-segment quarter circles of the buffers:
# the area of a 64-gon in a circle of radius r is 32 r² sin(2π / 64)
ROUND_END = 32 * math.sin(2 * math.pi / 64)


def grid():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    return Grid(COLS, ROWS, (X0, 10.0, 0.0, Y0, 0.0, -10.0), srs.ExportToWkt())


def band(west, east, south=SOUTH, north=NORTH):
    """A polygon strip from x = X0 + west to X0 + east (metres)."""
    return "POLYGON((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
        X0 + west, south, X0 + east, south, X0 + east, north, X0 + west, north,
        X0 + west, south)


def line(x):
    return "LINESTRING(%r %r, %r %r)" % (X0 + x, SOUTH, X0 + x, NORTH)


def wkb(wkt):
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToWkb())


def run(strips, floral=None, guilds=1, **kw):
    """The rules on the grid with ``strips`` ((wkt, width) pairs, ids from 1); nothing flowers
    or nests unless ``floral`` (per guild) says so. No stepping stones (0.5 ha can't be had
    here at 1e9 m²) and a window of 3 cells keep the elements to strips, bridges and
    tankstations."""
    floral = floral or [np.zeros((ROWS, COLS), np.float32) for _ in range(guilds)]
    nesting = [np.zeros((ROWS, COLS), np.float32) for _ in floral]
    features = [(n, wkb(wkt), width) for n, (wkt, width) in enumerate(strips, start=1)]
    return bijenlandschap(floral, nesting, np.ones((ROWS, COLS), bool), grid(),
                          ["guild %d" % g for g in range(len(floral))], 0.5, 0.5,
                          window_m=30.0, stone_area_m2=1e9, strip_features=features, **kw)


@pytest.mark.parametrize("width, counts", [(2.0, False), (3.0, True), (4.0, True)])
def test_a_polygon_strip_counts_from_3_m_wide(width, counts):
    """A band from x 42 m: 2 m wide it is no strip, 3 m (exactly the rule) and 4 m are. It
    touches column 4 in rows 1-8 (8 cells); its opening (by half the 3 m rule) rounds its four
    corners, so its area at real width is the band's less 4 corners of (1 - π/4) 1.5², by the
    buffers' 64-gon."""
    result = run([(band(42.0, 42.0 + width), None)])
    layer = result.strip_layer
    assert (layer["features"], layer["strips"], layer["too_narrow"]) == \
        ((1, 1, 0) if counts else (1, 0, 1))
    rule = result["guild 0"]
    if not counts:
        assert layer["strip_ha"] == 0 and layer["networks"] == 0
        assert rule.figures["strip_ha"] == 0 and not (rule.elements == 3).any()
        return
    area = width * 70.0 - (4 - ROUND_END) * 1.5 ** 2
    assert layer["strip_ha"] == pytest.approx(area / 10000.0, rel=1e-6)
    assert layer["networks"] == 1
    assert rule.figures["strip_ha"] == pytest.approx(8 * 0.01)
    assert np.all(rule.elements[1:9, 4] == 3)


@pytest.mark.parametrize("gap, networks", [(90.0, 1), (100.0, 1), (110.0, 2)])
def test_strips_join_across_gaps_of_at_most_100_m(gap, networks):
    """Two 4 m bands, the first from x 43 to 47 m, the second ``gap`` further east. A cell
    bridges where its centre lies within 50 m of a band: in row 5 (beside both bands) the
    first band reaches column 9 (centre 95 m, 48 m away). 90 m: the second band (137-141)
    reaches back to column 9 (centre 95 m, 42 m away): one network across row 5. 110 m: it
    (157-161) reaches back to column 11 (centre 115 m, 42 m); column 10 (centre 105 m) is 58
    m from the first and 52 m from the second, so the row breaks there."""
    result = run([(band(43.0, 47.0), None), (band(47.0 + gap, 51.0 + gap), None)])
    assert result.strip_layer["networks"] == networks
    assert result.strip_layer["strips"] == 2
    row = result["guild 0"].elements[5]
    if gap == 90.0:
        assert np.all(row[:19] == 3) and not row[19:].any()     # reaches up to 185 m
    elif gap == 110.0:
        assert np.all(row[:10] == 3) and row[10] == 0 and np.all(row[11:21] == 3)
        assert not row[21:].any()


def test_a_line_with_its_width_counts_and_a_narrow_one_not():
    """Lines along x 45 m (6 m wide) and x 205 m (2 m wide): the first is the line buffered
    by 3 m with round ends, 6 x 70 m plus a circle of radius 3 (by its 64-gon), touching
    column 4 from 462912 to 462988 (rows 1-8); the second is too narrow and leaves no
    cells."""
    result = run([(line(45.0), 6.0), (line(205.0), 2.0)])
    layer = result.strip_layer
    assert (layer["features"], layer["strips"], layer["too_narrow"]) == (2, 1, 1)
    assert layer["strip_ha"] == pytest.approx((6 * 70 + ROUND_END * 9) / 10000.0, rel=1e-6)
    elements = result["guild 0"].elements
    assert np.all(elements[1:9, 4] == 3)
    assert not elements[:, 15:].any()           # the narrow line's reach would be there
    assert result["guild 0"].figures["strip_ha"] == pytest.approx(0.08)


def test_results_per_guild_and_for_all_guilds():
    """A 4 m band at x 43-47 m, and guild 0 flowering at row 5, column 25 (a tankstation, a
    strip of the raster). The band counts for both guilds: its strip cells (8) and the cells
    within 50 m of it, all of columns 0-9 (the farthest, row 0 column 9, lies
    hypot(48, 10) = 49.0 m away): 100 cells. Guild 0 adds its flowering cell and the 78
    cells whose centres lie within 50 m of it (79 lattice points of a circle of 5 cells
    inside the raster, less the cell itself); all guilds are guild 0's."""
    floral = [np.zeros((ROWS, COLS), np.float32), np.zeros((ROWS, COLS), np.float32)]
    floral[0][5, 25] = 1.0
    result = run([(band(43.0, 47.0), None)], floral)
    for name, strips, connecting, tankstations in (("guild 0", 9, 179, 1),
                                                  ("guild 1", 8, 100, 0),
                                                  (ALL_GUILDS, 9, 179, 1)):
        rule = result[name]
        assert rule.figures["strip_ha"] == pytest.approx(strips * 0.01), name
        assert rule.figures["connecting_ha"] == pytest.approx(connecting * 0.01), name
        assert rule.figures["connecting_share"] == pytest.approx(connecting / 300.0), name
        assert rule.figures["tankstation_count"] == tankstations, name
        assert np.count_nonzero(rule.elements[:, :10] == 3) == 100, name
    assert result["guild 0"].elements[5, 25] == 2 and result["guild 1"].elements[5, 25] == 0
    assert np.count_nonzero(result["guild 0"].elements[:, 10:] == 3) == 78


def test_without_a_strip_layer_the_raster_route_is_unchanged():
    """The raster route alone has no strip-layer figures and its own result."""
    floral = np.zeros((ROWS, COLS), np.float32)
    floral[5, 25] = 1.0
    plain = bijenlandschap([floral], [np.zeros_like(floral)], np.ones((ROWS, COLS), bool),
                           grid(), ["guild 0"], 0.5, 0.5, window_m=30.0, stone_area_m2=1e9)
    empty = run([], [floral])
    assert plain.strip_layer is None and empty.strip_layer["features"] == 0
    assert np.array_equal(plain["guild 0"].elements, empty["guild 0"].elements)
    assert plain["guild 0"].figures == empty["guild 0"].figures
    assert "Strip layer" not in summary_html(plain, "t")


def test_summary_reports_the_strip_layer():
    page = summary_html(run([(band(43.0, 47.0), None), (band(157.0, 161.0), None),
                             (band(250.0, 251.0), None)]), "t")
    assert "Strip layer (the data-rich route)" in page
    section = page[page.index("Strip layer"):]
    for label, value in (("Features in the strip layer", "3"),
                         ("Strips at least the narrowest width", "2"),
                         ("Features too narrow for a strip", "1"), ("Networks of strips", "2")):
        assert label in section and (">%s<" % value) in section


@pytest.mark.parametrize("wkt, width, words", [
    (line(45.0), None, "Strip 1 is a line with the width None"),
    (line(45.0), -1.0, "Strip 1 is a line with the width -1.0"),
    ("POINT(155045 462950)", None, "Strip 1 is a point"),
    ("POLYGON((155020 462920, 155060 462960, 155060 462920, 155020 462960, 155020 462920))",
     None, "Strip 1 has an invalid geometry")])
def test_bad_strips_are_refused_by_their_id(wkt, width, words):
    with pytest.raises(InputError) as raised:
        StripLayer([(1, wkb(wkt), width)], 3.0, 100.0)
    assert str(raised.value).startswith(words)


def test_a_strip_touching_a_cell_is_not_in_it():
    """A 4 m band from x 40 to 44 m lies on the edge between columns 3 and 4 and ends at y
    462920 and 462980 on the edges of rows 1 and 8: only column 4, rows 2-7, hold it."""
    cells, _ = StripLayer([(1, wkb(band(40.0, 44.0, 462920.0, 462980.0)), None)], 3.0,
                          100.0).cells(grid())
    assert np.array_equal(np.argwhere(cells), [[r, 4] for r in range(2, 8)])


# --- through Processing -----------------------------------------------------------------------

def rasters(tmp_path):
    """Floral and nesting rasters of one guild on the grid: nothing flowers or nests."""
    from zoemzone_plugin.engine.io.gdalio import BandWriter
    paths = []
    for name in ("floral", "nesting"):
        path = str(tmp_path / (name + ".tif"))
        writer = BandWriter(path, grid(), ["bees"])
        writer.write("bees", np.zeros((ROWS, COLS), np.float32))
        writer.close()
        paths.append(path)
    return paths


def layer(geometry, wkts, epsg=28992, widths=None):
    """A memory layer of ``wkts`` (in EPSG:28992, transformed to ``epsg``), with a field
    'breedte' holding ``widths``."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                           QgsField, QgsGeometry, QgsProject, QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant
    out = QgsVectorLayer("%s?crs=EPSG:%d" % (geometry, epsg), "strips", "memory")
    out.dataProvider().addAttributes([QgsField("breedte", QVariant.Double)])
    out.updateFields()
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                       QgsCoordinateReferenceSystem("EPSG:%d" % epsg),
                                       QgsProject.instance())
    for n, wkt in enumerate(wkts):
        feature = QgsFeature(out.fields())
        shape = QgsGeometry.fromWkt(wkt)
        shape.transform(transform)
        feature.setGeometry(shape)
        feature.setAttributes([None if widths is None else widths[n]])
        out.dataProvider().addFeature(feature)
    return out


def run_algorithm(tmp_path, name, **parameters):
    import processing
    floral, nesting = rasters(tmp_path)
    result = processing.run("zoemzone:bijenlandschap", dict(
        FLORAL=floral, NESTING=nesting, WINDOW=30.0, STEPPING_STONE_AREA=100000.0,
        BNB_AREAS=str(tmp_path / (name + ".gpkg")),
        STEPPING_STONE_GAPS=str(tmp_path / (name + "_gaps.tif")),
        ELEMENTS=str(tmp_path / (name + "_elements.tif")),
        SUMMARY=str(tmp_path / (name + ".html")), **parameters))
    from zoemzone_plugin.engine.io.gdalio import read_band
    with open(result["SUMMARY"], encoding="utf-8") as f:
        return read_band(result["ELEMENTS"], 1)[0], f.read()


@pytest.mark.parametrize("epsg", [28992, 4326])
def test_the_algorithm_takes_polygon_strips_in_any_crs(plugin, tmp_path, epsg):
    """Bands 4 m wide 110 m apart and a band 2 m wide: two strips, two networks, the row
    broken at column 10 as in the engine; in degrees the layer is reprojected to the
    raster's EPSG:28992 with the same cells."""
    elements, page = run_algorithm(tmp_path, "p%d" % epsg, STRIPS=layer(
        "Polygon", [band(43.0, 47.0), band(157.0, 161.0), band(250.0, 252.0)], epsg))
    assert np.all(elements[5, :10] == 3) and elements[5, 10] == 0
    assert np.all(elements[5, 11:21] == 3) and not elements[5, 21:].any()
    section = page[page.index("Strip layer"):]
    assert "Strips at least the narrowest width</th><td align=\"right\">2<" in section
    assert "Networks of strips" in section and ">2<" in section


def test_the_algorithm_takes_lines_with_their_width(plugin, tmp_path):
    """A line with 6 m in its width field counts (column 4), one with 2 m does not."""
    elements, page = run_algorithm(
        tmp_path, "lines", STRIPS=layer("LineString", [line(45.0), line(205.0)],
                                        widths=[6.0, 2.0]),
        STRIP_WIDTH_FIELD="breedte")
    assert np.all(elements[1:9, 4] == 3) and not elements[:, 15:].any()
    assert "Features too narrow for a strip</th><td align=\"right\">1<" in page


def test_lines_without_a_width_are_refused_by_the_feature(plugin, tmp_path):
    from qgis.core import QgsProcessingException
    strips = layer("LineString", [line(45.0), line(205.0)], widths=[6.0, None])
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm(tmp_path, "none", STRIPS=strips, STRIP_WIDTH_FIELD="breedte")
    assert str(raised.value) == ("'Strip width field (m)': feature 2 has no value in the "
                                 "field 'breedte'. Fill in a number for every feature.")
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm(tmp_path, "nofield", STRIPS=strips)
    assert str(raised.value) == (
        "'Flower-rich strips (vector, data-rich route)' holds lines: choose the field with "
        "each strip's width in metres as 'Strip width field (m)' (polygons give their width "
        "by their shape).")
