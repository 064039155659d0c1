"""zoemzone:advicereport: the figures per area by hand, and the demo municipality's PDF read
back with poppler (pdftotext, pdftoppm)."""
import math
import os
import shutil
import subprocess
import unicodedata

import numpy as np
import pytest
from conftest import add_rows
from osgeo import ogr

from zoemzone_plugin.engine.kansenkaart.area_figures import (Window, area_window, gap_counts,
                                                             top_places, zone_figures)
from zoemzone_plugin.engine.errors import InputError
from zoemzone_plugin.engine.io.gdalio import Grid, read_band

from test_datapackage import pg, processing_ready  # noqa: F401 (fixtures)

GRID = Grid(10, 8, (1000.0, 10.0, 0.0, 2000.0, 0.0, -10.0), "")
DEMO = "POLYGON((188100 320100,189900 320100,189900 321900,188100 321900,188100 320100))"
OUTSIDE = "POLYGON((100000 400000,101000 400000,101000 401000,100000 401000,100000 400000))"


def wkt(text):
    return ogr.CreateGeometryFromWkt(text)


# -- the figures of an area, by hand ---------------------------------------------------------

def test_area_window_is_the_cells_whose_centre_lies_in_the_area():
    window = area_window(GRID, wkt("POLYGON((1020 1930,1050 1930,1050 1960,1020 1960,"
                                   "1020 1930))"))
    assert (window.xoff, window.yoff, window.grid.cols, window.grid.rows) == (2, 4, 3, 3)
    assert window.grid.geotransform == (1020.0, 10.0, 0.0, 1960.0, 0.0, -10.0)
    assert window.mask.all()
    # partly left of the raster: clipped; the centre (1015, 1995) lies outside x <= 1012
    window = area_window(GRID, wkt("POLYGON((950 1990,1012 1990,1012 2010,950 2010,"
                                   "950 1990))"))
    assert (window.xoff, window.yoff) == (0, 0)
    assert window.mask.tolist() == [[True, False]]


@pytest.mark.parametrize("shape, words", [
    ("POLYGON((0 0,10 0,10 10,0 10,0 0))", "outside the rasters"),
    ("POLYGON((1001 1991,1003 1991,1003 1993,1001 1993,1001 1991))", "no cell centre"),
    ("POLYGON EMPTY", "no geometry")])
def test_area_window_refuses_areas_without_cells(shape, words):
    with pytest.raises(InputError, match=words):
        area_window(GRID, wkt(shape))


def hand_window():
    """6 x 4 cells of 10 m from (1000, 2000); the top-left cell lies outside the area."""
    mask = np.ones((4, 6), bool)
    mask[0, 0] = False
    return Window(Grid(6, 4, (1000.0, 10.0, 0.0, 2000.0, 0.0, -10.0), ""), 0, 0, mask)


PRIORITY = np.array([[1, 1, 2, 2, 5, 5],
                     [1, 0, 2, 2, 5, 5],
                     [3, 3, 1, 1, 1, 5],
                     [3, 3, 1, 1, 1, 5]])
BEST = np.array([[1, 1, 4, 4, 4, 4],
                 [1, 1, 4, 4, 4, 4],
                 [2, 2, 1, 1, 4, 4],
                 [2, 2, 1, 1, 4, 4]])
GAIN = np.array([[2.5, 2.5, 0.5, 0.5, 0.0, 0.0],
                 [2.5, 9.0, 0.5, 0.5, 0.0, 0.0],
                 [0.25, 0.25, 1.0, 1.0, 5.0, 0.0],
                 [0.25, 0.25, 1.0, 1.0, 5.0, 0.0]])


def test_top_places_highest_class_first_then_largest_gain():
    """Class 1 holds three places: measure 4 at column 4 (gain 5 + 5), measure 1 top left
    (two cells touching at a corner, 2.5 + 2.5; the third is outside the area and the
    middle one has no priority) and measure 1 in the middle (4 x 1). Class 2 comes next."""
    priority = (PRIORITY, PRIORITY > 0)
    places = top_places(priority, (BEST, BEST > 0), (GAIN, np.ones(GAIN.shape, bool)),
                        hand_window(), 4)
    assert [(p.measure, p.priority, p.cells, p.gain, p.x, p.y) for p in places] == [
        (4, 1, 2, 10.0, 1045.0, 1970.0), (1, 1, 2, 5.0, 1010.0, 1990.0),
        (1, 1, 4, 4.0, 1030.0, 1970.0), (4, 2, 4, 2.0, 1030.0, 1990.0)]


def test_top_places_without_gain_rank_by_size():
    places = top_places((PRIORITY, PRIORITY > 0), (BEST, BEST > 0), None, hand_window(), 2)
    assert [(p.measure, p.cells) for p in places] == [(1, 4), (1, 2)]
    assert math.isnan(places[0].gain)


def test_zone_figures_count_the_area_cells_only():
    zones = np.zeros((4, 6), np.int32)
    zones[0, :3] = 1
    zones[3, :] = 2
    figures = zone_figures(zones, 2, (PRIORITY, PRIORITY > 0), (GAIN, np.ones(GAIN.shape,
                                                                                bool)),
                           hand_window())
    # zone 1: (0, 1) class 1 gain 2.5 and (0, 2) class 2 gain 0.5; (0, 0) is outside
    assert figures[1].cells == 2 and figures[1].gain == pytest.approx(3.0)
    assert figures[1].priority == 1
    # zone 2: classes 3, 3, 1, 1, 1, 5: mostly 1
    assert figures[2].cells == 6 and figures[2].gain == pytest.approx(7.5)
    assert figures[2].priority == 1


def test_gap_counts_leave_out_cells_where_the_guild_cannot_nest():
    values = np.array([[0, 1, -1], [2, 1, 0]])
    window = Window(Grid(3, 2, (0, 1, 0, 2, 0, -1), ""), 0, 0, np.ones((2, 3), bool))
    assert gap_counts((values, np.ones(values.shape, bool)), window).tolist() == [2, 2, 1]


def test_food_gap_chart_bars_are_split_by_share(qgis_app, tmp_path):
    from qgis.PyQt.QtGui import QColor, QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    from zoemzone_plugin.publish import report_chart as chart
    path = chart.food_gap_chart(str(tmp_path / "chart.svg"),
                                [("ground", np.array([1, 3])),
                                 ("bumblebee", np.array([0, 0, 2]))],
                                "Food gaps", lambda k: "%d seasons" % k, "share")
    renderer = QSvgRenderer(path)
    box = renderer.viewBoxF()          # drawn at one pixel per unit of the chart
    image = QImage(int(box.width()), int(box.height()), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, box)
    painter.end()
    span = chart.WIDTH - chart.LEFT - chart.RIGHT

    def colour_at(row, share):
        x = int(chart.LEFT + share * span)
        y = int(chart.TOP + row * chart.ROW + 6)
        return image.pixelColor(x, y).name()
    assert colour_at(0, 0.1) == chart.COLOURS[0]        # a quarter fed all year
    assert colour_at(0, 0.3) == chart.COLOURS[1]        # three quarters hungry once
    assert colour_at(1, 0.1) == chart.COLOURS[2]        # all hungry in two seasons
    assert colour_at(1, 0.9) == chart.COLOURS[2]


# -- the algorithm on the demo chain ---------------------------------------------------------

def poppler(tool):
    path = shutil.which(tool)
    if path is None:
        pytest.fail("%s missing: install poppler-utils (scripts/install_deps.sh --test)" % tool)
    return path


def pdf_text(path, *pages):
    options = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    text = subprocess.run([poppler("pdftotext"), "-layout"] + options + [path, "-"],
                          capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)      # the PDF's ligatures (ﬂ) as letters


def page_pixels(path, page, folder):
    """The RGB pixels of one page at 40 dpi (pdftoppm's PPM: a text header, then bytes)."""
    stem = os.path.join(folder, "page")
    subprocess.run([poppler("pdftoppm"), "-r", "40", "-f", str(page), "-l", str(page),
                    path, stem], check=True)
    ppm = [name for name in os.listdir(folder) if name.startswith("page")][0]
    with open(os.path.join(folder, ppm), "rb") as f:
        data = f.read()
    parts = data.split(maxsplit=4)
    width, height = int(parts[1]), int(parts[2])
    return np.frombuffer(parts[4][-width * height * 3:], np.uint8).reshape(height, width, 3)


class Errors:
    """A Processing feedback that keeps the errors it is given."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback
        self.feedback = QgsProcessingFeedback()
        self.errors = []
        self.feedback.reportError = lambda text, fatal=False: self.errors.append(text)


def study_areas(*areas):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "areas", "memory")
    features = []
    for name, shape in areas:
        feature = QgsFeature(layer.fields())
        if shape is not None:
            feature.setGeometry(QgsGeometry.fromWkt(shape))
        feature.setAttributes([name])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run_report(chain, areas, folder, feedback=None, **extra):
    import processing
    parameters = {"PRIORITY": chain["priority"], "BEST_MEASURE": chain["best_measure"],
                  "GAIN": chain["gain"], "SUPPLY": chain["supply"],
                  "FOOD_GAPS": chain["food_gaps"], "PATCHES": chain["patches"],
                  "NETWORK_NODES": chain["nodes"], "NETWORK_LINKS": chain["links"],
                  "STUDY_AREAS": areas, "AREA_FIELD": "naam", "OUTPUT_FOLDER": str(folder)}
    parameters.update(extra)
    return processing.run("zoemzone:advicereport", parameters,
                          feedback=feedback.feedback if feedback else None)


def eca_by_hand(nodes_path, links_path, area_wkt):
    """ECA (ha) of the patches touching the area, by Floyd-Warshall over -ln p of the links
    between them (the best path's probability is the product along it)."""
    area = wkt(area_wkt)
    nodes_source, links_source = ogr.Open(nodes_path), ogr.Open(links_path)
    capacity = {f["id"]: f["capacity"] for f in nodes_source.GetLayer()
                if f.GetGeometryRef().Intersects(area)}
    ids = sorted(capacity)
    index = {node: n for n, node in enumerate(ids)}
    cost = np.full((len(ids), len(ids)), np.inf)
    np.fill_diagonal(cost, 0.0)
    for f in links_source.GetLayer():
        a, b = index.get(f["from_id"]), index.get(f["to_id"])
        if a is not None and b is not None and f["probability"] > 0:
            cost[a, b] = cost[b, a] = min(cost[a, b], -math.log(f["probability"]))
    for k in range(len(ids)):
        cost = np.minimum(cost, cost[:, k:k + 1] + cost[k:k + 1, :])
    a = np.array([capacity[node] for node in ids])
    return math.sqrt(float(a @ np.exp(-cost) @ a)) / 10000.0


def top_rows(text, title):
    """The rows of the top list: (rank, measure, area, gain, priority, location)."""
    lines = text[text.index(title):].splitlines()
    lines = lines[next(n for n, line in enumerate(lines) if line.startswith("Rank")) + 1:]
    rows = []
    for line in lines:
        cells = [c.strip() for c in line.split("  ") if c.strip()]
        if not cells or not cells[0].isdigit():
            break
        if len(cells) == 5:       # a name as wide as its column: one space before the area
            name, _, area = cells[1].rpartition(" ")
            cells[1:2] = [name, area]
        rows.append(cells)
    return rows


def test_demo_report_names_area_measures_and_eca_and_draws_the_map(plugin, demo_chain,
                                                                    tmp_path):
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.paths import default_table
    errors = Errors()
    result = run_report(demo_chain, study_areas(("Demo gemeente", DEMO), ("Buiten", OUTSIDE)),
                        tmp_path / "reports", errors, LANGUAGE=1)
    assert result["REPORTS"] == 1
    assert sorted(os.listdir(tmp_path / "reports")) == ["Demo_gemeente.pdf"]
    pdf = str(tmp_path / "reports" / "Demo_gemeente.pdf")
    assert len(errors.errors) == 1
    assert "'Buiten'" in errors.errors[0] and "outside the rasters" in errors.errors[0]
    text = pdf_text(pdf)
    assert "Demo gemeente" in text
    # ECA of the area's patches, in ha with two decimals
    eca = eca_by_hand(demo_chain["nodes"], demo_chain["links"], DEMO)
    assert eca > 0
    assert "habitat patches in the area: %.2f ha" % eca in " ".join(text.split())
    # the top list: measures that are best at the area's priority-1 cells, gains descending
    rows = top_rows(text, "best places for measures")
    assert len(rows) == 10 and [r[0] for r in rows] == [str(n) for n in range(1, 11)]
    catalogue = read_catalogue(default_table("measures_nl.csv"), None)
    priority, valid, grid = read_band(demo_chain["priority"])
    best = read_band(demo_chain["best_measure"])[0]
    x0, dx, _, y0, _, dy = grid.geotransform
    cols = ((np.arange(grid.cols) + 0.5) * dx + x0)
    rows_y = ((np.arange(grid.rows) + 0.5) * dy + y0)
    inside = ((cols[None, :] > 188100) & (cols[None, :] < 189900)
              & (rows_y[:, None] > 320100) & (rows_y[:, None] < 321900))
    first = set(best[inside & valid & (priority == 1)].tolist())
    assert {r[1] for r in rows} <= {catalogue.by_id[m].name_en for m in first}
    gains = [float(r[3]) for r in rows]
    assert gains == sorted(gains, reverse=True) and gains[0] > 0
    assert all(r[4] == "1" for r in rows)
    # the map page: mostly coloured, in the five priority colours and more
    pixels = page_pixels(pdf, 2, str(tmp_path))
    h, w, _ = pixels.shape
    map_part = pixels[int(h * 0.09):int(h * 0.68), int(w * 0.08):int(w * 0.92)]
    coloured = (map_part.max(axis=2) - map_part.min(axis=2)) > 40
    assert coloured.mean() > 0.5
    assert len(np.unique(map_part.reshape(-1, 3), axis=0)) > 5


def test_dutch_report_writes_decimal_commas(plugin, demo_chain, tmp_path):
    run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), tmp_path / "nl")
    text = " ".join(pdf_text(str(tmp_path / "nl" / "Demo_gemeente.pdf"), 4).split())
    eca = eca_by_hand(demo_chain["nodes"], demo_chain["links"], DEMO)
    assert ("%.2f ha" % eca).replace(".", ",") in text


def test_an_area_without_geometry_is_named_and_the_others_still_come_out(plugin, demo_chain,
                                                                          tmp_path):
    errors = Errors()
    run_report(demo_chain, study_areas(("Leeg", None), ("Demo gemeente", DEMO)),
               tmp_path, errors)
    assert any("'Leeg'" in e and "no geometry" in e for e in errors.errors), errors.errors
    assert os.path.exists(tmp_path / "Demo_gemeente.pdf")


def test_report_without_optional_inputs_says_what_is_missing(plugin, demo_chain, tmp_path):
    import processing
    processing.run("zoemzone:advicereport", {
        "PRIORITY": demo_chain["priority"], "BEST_MEASURE": demo_chain["best_measure"],
        "STUDY_AREAS": study_areas(("Demo gemeente", DEMO)), "AREA_FIELD": "naam",
        "LANGUAGE": 1, "TOP_N": 3, "OUTPUT_FOLDER": str(tmp_path)})
    text = " ".join(pdf_text(str(tmp_path / "Demo_gemeente.pdf")).split())
    assert "No habitat network was given (NETWORK_NODES)." in text
    assert "No seasonal food gaps were given (FOOD_GAPS)." in text
    assert "The 3 best places for measures" in text


def partner_package(path):
    from qgis.core import QgsVectorLayer

    from zoemzone_plugin.datapackage.create import create_geopackage
    create_geopackage(path)
    add_partner_rows(lambda table: QgsVectorLayer("%s|layername=%s" % (path, table), table,
                                                  "ogr"))
    return path


def add_partner_rows(layer_of):
    """Two partners, their habitat and their measures, in the tables ``layer_of`` opens."""
    add_rows(layer_of("partners"), [(None, {"name": "Boer Jansen", "kind": "agrariër"}),
                                (None, {"name": "Gemeente", "kind": "gemeente"})])
    # Boer Jansen (id 1): 1 ha of habitat and a planned 0.5 ha flower strip on arable land
    # beside it; the municipality (id 2): a realised hedge of 200 m and a verge inside
    # Jansen's land
    add_rows(layer_of("habitats"), [("MULTIPOLYGON(((188900 321750,189000 321750,189000 321850,"
                                 "188900 321850,188900 321750)))",
                                 {"habitat_type": "kruidenrijk grasland", "partner_id": 1})])
    add_rows(layer_of("measures_area"), [
        ("MULTIPOLYGON(((188900 321700,189000 321700,189000 321750,188900 321750,"
         "188900 321700)))", {"measure_type": "akkerrand", "status": "gepland",
                              "partner_id": 1}),
        ("MULTIPOLYGON(((188910 321760,188920 321760,188920 321770,188910 321770,"
         "188910 321760)))", {"measure_type": "bermbeheer", "status": "idee",
                              "partner_id": 2})])
    add_rows(layer_of("measures_line"), [("MULTILINESTRING((188200 320200,188400 320200))",
                                          {"measure_type": "haag", "status": "gerealiseerd",
                                           "partner_id": 2})])


def test_partner_report_covers_their_land_and_their_measures(plugin, demo_chain, tmp_path):
    package = partner_package(str(tmp_path / "package.gpkg"))
    run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), tmp_path / "out",
               PACKAGE=package, PARTNER="boer jansen", LANGUAGE=1)
    assert os.listdir(tmp_path / "out") == ["Demo_gemeente_Boer_Jansen.pdf"]
    text = pdf_text(str(tmp_path / "out" / "Demo_gemeente_Boer_Jansen.pdf"))
    assert "Demo gemeente: land of Boer Jansen" in text
    measures = " ".join(text[text.index("Status"):text.index("Method and caveats")].split())
    assert "planned 1 0.50 0 0" in measures
    assert "realised" not in measures and "idea" not in measures
    # the whole area, every partner: the hedge (200 m) and the verge (0.01 ha) too
    run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), tmp_path / "all",
               PACKAGE=package, LANGUAGE=1)
    measures = pdf_text(str(tmp_path / "all" / "Demo_gemeente.pdf"))
    measures = " ".join(measures[measures.index("Status"):].split())
    assert "idea 1 0.01 0 0" in measures
    assert "planned 1 0.50 0 0" in measures
    assert "realised 1 0.00 200 0" in measures


def test_measures_modelled_effect_is_measure_scenarios_gain(plugin, demo_chain, tmp_path):
    """With the land use, the planned flower strip's gain is what Measure scenario computes
    for it: the sum of its change in supply."""
    import processing
    package = partner_package(str(tmp_path / "package.gpkg"))
    landuse = os.path.join(os.path.dirname(demo_chain["priority"]), "landuse.tif")
    scenario = processing.run("zoemzone:measurescenario", {
        "LANDUSE": landuse, "MEASURE_FIELD": "measure_type",
        "MEASURES": package + "|layername=measures_area|subset=\"status\" = 'gepland'",
        "SUPPLY": str(tmp_path / "s.tif"), "ABUNDANCE": str(tmp_path / "a.tif"),
        "DELTA_SUPPLY": str(tmp_path / "ds.tif"), "DELTA_ABUNDANCE": str(tmp_path / "da.tif"),
        "REPORT": str(tmp_path / "scenario.html")})
    delta, valid, _ = read_band(scenario["DELTA_SUPPLY"])
    supply, supply_valid, _ = read_band(scenario["SUPPLY"])
    gain = float(delta[valid].sum(dtype=np.float64))
    today = float(supply[supply_valid].sum(dtype=np.float64)) - gain
    assert gain > 0
    run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), tmp_path / "out",
               PACKAGE=package, LANDUSE=landuse, LANGUAGE=1)
    text = pdf_text(str(tmp_path / "out" / "Demo_gemeente.pdf"))
    measures = " ".join(text[text.index("Partners' measures"):].split())
    assert "planned 1 0.50 0 0 %.2f (+%.2f %%)" % (gain, 100.0 * gain / today) in measures
    # the hedge runs along cell edges: its 3 m strip counts by its share of the cells on
    # either side (by the cell-centre rule it held no cell centre and added nothing); 5 of
    # those cells are forest (LGN 11), where a hedge does not apply, so it is listed as not
    # modelled as drawn, with the verge, which lies on cereals (LGN 5)
    assert "realised 1 0.00 200 0 0.30 (+0.04 %)" in measures
    assert "idea 1 0.01 0 0 0.00" in measures
    assert "2 measure(s) could not be modelled as drawn" in measures


def report_measures(path):
    text = pdf_text(path)
    return " ".join(text[text.index("Partners' measures"):text.index("Method and caveats")]
                    .split())


def test_a_postgis_package_gives_the_measures_of_the_same_geopackage(plugin, demo_chain, pg,
                                                                      tmp_path):
    """The same partners and measures in a schema of a saved PostgreSQL connection (given as
    "connection/schema") and in a GeoPackage: the same measures section, for the whole area
    and for one partner's land."""
    import processing
    package = partner_package(str(tmp_path / "package.gpkg"))
    schema_name = pg.schema("report")
    processing.run("zoemzone:createdatapackage", {"CONNECTION": pg.name, "SCHEMA": schema_name})
    add_partner_rows(lambda table: pg.layer(schema_name, table))
    areas = study_areas(("Demo gemeente", DEMO))
    for name, source in (("gpkg", package), ("pg", "%s/%s" % (pg.name, schema_name))):
        run_report(demo_chain, areas, tmp_path / name, PACKAGE=source, LANGUAGE=1)
        run_report(demo_chain, areas, tmp_path / name, PACKAGE=source, PARTNER="Boer Jansen",
                   LANGUAGE=1)
    whole = report_measures(str(tmp_path / "pg" / "Demo_gemeente.pdf"))
    assert whole == report_measures(str(tmp_path / "gpkg" / "Demo_gemeente.pdf"))
    assert "idea 1 0.01 0 0" in whole and "planned 1 0.50 0 0" in whole
    assert "realised 1 0.00 200 0" in whole
    jansen = report_measures(str(tmp_path / "pg" / "Demo_gemeente_Boer_Jansen.pdf"))
    assert jansen == report_measures(str(tmp_path / "gpkg" / "Demo_gemeente_Boer_Jansen.pdf"))
    assert "planned 1 0.50 0 0" in jansen and "realised" not in jansen


def test_a_package_connection_that_does_not_exist_is_refused_naming_package(plugin, demo_chain,
                                                                              tmp_path):
    from qgis.core import QgsProcessingException
    for package, words in (("nergens-db", "connection named 'nergens-db'"),
                           ("nergens-db/limburg", "connection named 'nergens-db'"),
                           (str(tmp_path / "nothere.gpkg"), "the file '.*nothere.gpkg'")):
        with pytest.raises(QgsProcessingException, match="%s.* as PACKAGE" % words):
            run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), tmp_path / "out",
                       PACKAGE=package)
        assert not (tmp_path / "out").exists()


def test_unknown_partner_and_bad_template_are_refused_by_name(plugin, demo_chain, tmp_path):
    from qgis.core import QgsProcessingException
    package = partner_package(str(tmp_path / "package.gpkg"))
    with pytest.raises(QgsProcessingException, match="PARTNER 'Imker Piet'.*Boer Jansen"):
        run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), tmp_path / "out",
                   PACKAGE=package, PARTNER="Imker Piet")
    bad = tmp_path / "bad.qpt"
    bad.write_text("not a layout")
    with pytest.raises(QgsProcessingException, match="TEMPLATE: '.*bad.qpt' is not"):
        run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), tmp_path / "out",
                   TEMPLATE=str(bad))


def test_a_failed_export_leaves_the_previous_report_in_place(plugin, demo_chain, tmp_path,
                                                              monkeypatch):
    from qgis.core import QgsLayoutExporter
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "Demo_gemeente.pdf").write_bytes(b"last year's report")
    monkeypatch.setattr(QgsLayoutExporter, "exportToPdf",
                        lambda self, path, settings: QgsLayoutExporter.FileError)
    errors = Errors()
    result = run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), folder, errors)
    assert result["REPORTS"] == 0
    assert "'Demo gemeente'" in errors.errors[0] and "could not be written" in errors.errors[0]
    assert sorted(os.listdir(folder)) == ["Demo_gemeente.pdf"]
    assert (folder / "Demo_gemeente.pdf").read_bytes() == b"last year's report"


def test_the_pdf_is_exported_beside_its_target_and_put_in_place(plugin, demo_chain, tmp_path,
                                                                monkeypatch):
    """The PDF is an output like every other (engine/io/outputs.py): exported to the hidden
    partial file beside it, renamed into place complete, nothing else left in the folder."""
    from qgis.core import QgsLayoutExporter
    from zoemzone_plugin.engine.io.outputs import partial_path
    export, asked = QgsLayoutExporter.exportToPdf, []

    def recorded(self, path, settings):
        asked.append(path)
        return export(self, path, settings)
    monkeypatch.setattr(QgsLayoutExporter, "exportToPdf", recorded)
    folder = tmp_path / "out"
    result = run_report(demo_chain, study_areas(("Demo gemeente", DEMO)), folder)
    target = str(folder / "Demo_gemeente.pdf")
    assert result["REPORTS"] == 1
    assert asked == [partial_path(target)]
    assert os.listdir(folder) == ["Demo_gemeente.pdf"]
    with open(target, "rb") as f:
        assert f.read(5) == b"%PDF-"


def test_report_runs_as_a_step_of_a_model(plugin, demo_chain, tmp_path):
    """Model Builder hands the chain's outputs on as layers and the folder as a child
    output; batch mode runs the same parameters once per row."""
    import processing
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource as Source,
                           QgsProcessingModelOutput, QgsProcessingModelParameter,
                           QgsProcessingParameterFeatureSource,
                           QgsProcessingParameterRasterLayer)
    model = QgsProcessingModelAlgorithm("report_model", "tests")
    for parameter in (QgsProcessingParameterRasterLayer("priority", "priority"),
                      QgsProcessingParameterRasterLayer("best", "best"),
                      QgsProcessingParameterFeatureSource("areas", "areas")):
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    step = QgsProcessingModelChildAlgorithm("zoemzone:advicereport")
    step.setChildId("report")
    for name, source in (("PRIORITY", Source.fromModelParameter("priority")),
                         ("BEST_MEASURE", Source.fromModelParameter("best")),
                         ("STUDY_AREAS", Source.fromModelParameter("areas")),
                         ("AREA_FIELD", Source.fromStaticValue("naam")),
                         ("TOP_N", Source.fromStaticValue(5)),
                         ("LANGUAGE", Source.fromStaticValue(1))):
        step.addParameterSources(name, [source])
    output = QgsProcessingModelOutput("reports", "reports")
    output.setChildId("report")
    output.setChildOutputName("OUTPUT_FOLDER")
    step.setModelOutputs({"reports": output})
    model.addChildAlgorithm(step)
    areas = tmp_path / "areas.gpkg"
    processing.run("native:savefeatures", {"INPUT": study_areas(("Demo gemeente", DEMO)),
                                           "OUTPUT": str(areas)})
    result = processing.run(model, {"priority": demo_chain["priority"],
                                    "best": demo_chain["best_measure"], "areas": str(areas),
                                    "report:reports": str(tmp_path / "out")})
    assert result["report:reports"] == str(tmp_path / "out")
    text = " ".join(pdf_text(str(tmp_path / "out" / "Demo_gemeente.pdf")).split())
    assert "The 5 best places for measures" in text


def test_an_area_where_the_kansenkaart_is_nodata_is_named(plugin, demo_chain, tmp_path):
    from osgeo import gdal
    priority = str(tmp_path / "priority.tif")
    gdal.Translate(priority, demo_chain["priority"])
    dataset = gdal.Open(priority, gdal.GA_Update)
    band = dataset.GetRasterBand(1)
    assert band.GetNoDataValue() == 0
    band.WriteArray(np.zeros((50, 50), np.int32))      # 188000-188500, 321500-322000
    dataset = band = None
    errors = Errors()
    run_report(dict(demo_chain, priority=priority), study_areas(
        ("Noordwest", "POLYGON((188100 321600,188400 321600,188400 321900,188100 321900,"
                      "188100 321600))"), ("Demo gemeente", DEMO)), tmp_path / "out", errors)
    assert len(errors.errors) == 1
    assert "'Noordwest'" in errors.errors[0] and "only nodata" in errors.errors[0]
    assert os.listdir(tmp_path / "out") == ["Demo_gemeente.pdf"]


def test_report_language_is_its_own_whatever_qgis_runs_in(qgis_app):
    """The report's translator reads the compiled Dutch translation directly, non-ASCII
    source texts included; English is the source itself."""
    from conftest import ROOT

    from zoemzone_plugin.publish.report import translator
    qm = os.path.join(ROOT, "zoemzone_plugin", "translations", "zoemzone_nl.qm")
    assert os.path.exists(qm), "compile the translations first (make translations)"
    dutch = translator("nl")
    assert dutch("Priority") == "Prioriteit"
    assert dutch("Area (m²)") == "Oppervlakte (m²)"
    assert translator("en")("Area (m²)") == "Area (m²)"


def test_shipped_template_holds_the_items_the_report_fills(qgis_app):
    """The template in resources/ (written by scripts/make_report_template.py) has the map,
    legend, tables, chart and logo by id, and its labels show the report's variables."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemMap, QgsLayoutItemPicture, QgsProject

    from zoemzone_plugin.paths import resource
    from zoemzone_plugin.publish.report import TEMPLATE, load_template
    layout = load_template(resource(TEMPLATE), QgsProject())
    assert layout.pageCollection().pageCount() == 5
    assert isinstance(layout.itemById("priority_map"), QgsLayoutItemMap)
    assert layout.itemById("priority_map").atlasDriven()
    assert isinstance(layout.itemById("food_gap_chart"), QgsLayoutItemPicture)
    for table in ("top_table", "network_dpc", "network_connector", "network_gaps",
                  "measures_table"):
        assert layout.itemById(table).multiFrame() is not None, table
    labels = [item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    assert {label.text() for label in labels} >= {"[% @zoemzone_title %]",
                                                   "[% @zoemzone_area %]",
                                                   "[% @zoemzone_network_text %]",
                                                   "[% @zoemzone_method_text %]"}


def test_an_optional_raster_that_misses_the_area_is_named(plugin, demo_chain, tmp_path):
    """Food gaps of another part of the map: the area's report names FOOD_GAPS."""
    from osgeo import gdal
    food_gaps = str(tmp_path / "food_gaps.tif")
    gdal.Translate(food_gaps, demo_chain["food_gaps"], projWin=[188000, 322000, 188050, 321950])
    errors = Errors()
    run_report(dict(demo_chain, food_gaps=food_gaps), study_areas(("Zuid", DEMO)),
               tmp_path / "out", errors)
    assert len(errors.errors) == 1
    assert "'Zuid'" in errors.errors[0] and "given as FOOD_GAPS does not cover" in errors.errors[0]
