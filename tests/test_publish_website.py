"""zoemzone:publishwebsite on the chain's outputs for a 2 x 2 km crop of the demo: the files,
tiles at every zoom level, the colour of a tile pixel over a place of known priority, the
values a click reads, valid GeoJSON, no private data anywhere, the folder rules, and the page
in a real headless Chromium over a local web server.
"""
import csv
import gc
import glob
import json
import os
import re
import shutil
import socket
import subprocess
import time

import numpy as np
import pytest
from conftest import add_rows
from test_datapackage import pg, processing_ready  # noqa: F401 (fixtures)

ALG = "zoemzone:publishwebsite"
# the crop of chain_run: x 188000-190000, y 320000-322000 (EPSG:28992); two municipalities
WEST = "MULTIPOLYGON(((188000 320000, 189000 320000, 189000 322000, 188000 322000, " \
       "188000 320000)))"
EAST = "MULTIPOLYGON(((189000 320000, 190000 320000, 190000 322000, 189000 322000, " \
       "189000 320000)))"
INSIDE = "MULTIPOLYGON(((188500 321000, 188600 321000, 188600 321100, 188500 321100, " \
         "188500 321000)))"
# one marker per private field: none may appear in any file of the site
MARKERS = {"contact": "ZZCONTACT7731", "notes": "ZZNOTES4402", "created_by": "ZZCREATOR9120",
           "modified_by": "ZZMODIFIER5518", "fund_amount_eur": 987123.25,
           "habitat_notes": "ZZHABNOTES2291", "private_type": "ZZPRIVHABITAT8830"}
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def layer(path, name):
    from qgis.core import QgsVectorLayer
    return QgsVectorLayer("%s|layername=%s" % (path, name), name, "ogr")


def add(path, name, *rows):
    """Add features (wkt, {field: value}) to a table of the package through QGIS."""
    add_rows(layer(path, name), rows)


def make_package(folder):
    """A package with a public and a private measure, habitat and partner data whose private
    fields all hold markers, and two study areas over the crop."""
    import processing
    path = os.path.join(folder, "package.gpkg")
    processing.run("zoemzone:createdatapackage", {"OUTPUT": path})
    add(path, "partners", (None, {"name": "Imkersvereniging De Raat", "kind": "burgerinitiatief",
                                  "contact": MARKERS["contact"],
                                  "created_by": MARKERS["created_by"],
                                  "modified_by": MARKERS["modified_by"]}))
    partner = next(layer(path, "partners").getFeatures())["id"]
    private = {"notes": MARKERS["notes"], "fund_applied": True,
               "fund_amount_eur": MARKERS["fund_amount_eur"],
               "created_by": MARKERS["created_by"], "modified_by": MARKERS["modified_by"],
               "partner_id": partner}
    add(path, "measures_area",
        (INSIDE, dict(private, measure_type="akkerrand", status="gepland",
                      start_date="2026-04-01", public=True)),
        (EAST.replace("189000", "189500"), dict(private, measure_type="akkerrand",
                                                status="idee", public=False)),
        # 'public' left empty
        (INSIDE, dict(private, measure_type="kruidenrijkgrasland", status="idee")))
    add(path, "habitats",
        (INSIDE, {"habitat_type": "bloemrijk grasland", "partner_id": partner, "public": True,
                  "notes": MARKERS["habitat_notes"]}),
        (INSIDE, {"habitat_type": MARKERS["private_type"], "public": False}))
    add(path, "study_areas", (WEST, {"name": "Zoemdorp", "cbs_code": "GM9998"}),
        (EAST, {"name": "Bijenstad", "cbs_code": "GM9999"}))
    return path


def chain_parameters(chain):
    return {"PRIORITY": chain["priority"], "BEST_MEASURE": chain["best_measure"],
            "GAIN": chain["gain"], "SUPPLY": chain["supply"], "FOOD_GAPS": chain["gap_seasons"],
            "PATCHES": chain["patches"], "NETWORK_NODES": chain["nodes"],
            "NETWORK_LINKS": chain["links"], "PARCEL_RANKING": chain["parcel_ranking"]}


class Log:
    """A feedback that keeps the log and can cancel after ``cancel_after`` progress calls."""

    def __new__(cls, cancel_after=None):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines, self.progress_calls = [], 0

            def pushInfo(self, text):  # noqa: N802
                self.lines.append(text)

            def setProgress(self, percent):  # noqa: N802
                self.progress_calls += 1
                if cancel_after is not None and self.progress_calls >= cancel_after:
                    self.cancel()
                super().setProgress(percent)
        return Feedback()


@pytest.fixture(scope="module")
def published(demo_chain, tmp_path_factory):  # noqa: F811
    import processing
    folder = tmp_path_factory.mktemp("publish")
    reports = folder / "reports"
    reports.mkdir()
    (reports / "Zoemdorp.pdf").write_bytes(PDF)
    (reports / "advies_GM9999.pdf").write_bytes(PDF)
    package = make_package(str(folder))
    log = Log()
    output = str(folder / "site")
    processing.run(ALG, dict(chain_parameters(demo_chain), PACKAGE=package,
                             REPORTS=str(reports), TITLE="Kansenkaart <Zoemdorp>",
                             OUTPUT=output), feedback=log)
    with open(os.path.join(output, "site.json"), encoding="utf-8") as handle:
        config = json.load(handle)
    return {"folder": output, "config": config, "log": log.lines, "chain": demo_chain,
            "package": package}


def rd_to_lonlat(x, y):
    from osgeo import osr
    rd, wgs = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(rd, wgs).TransformPoint(x, y)
    return lon, lat


def uniform_cell(path, value=None):
    """(row, col, value) of a cell whose 7 x 7 neighbourhood all holds its value (``value``
    if given): a tile pixel over it cannot fall on another class."""
    from osgeo import gdal
    array = gdal.Open(path).ReadAsArray()
    rows, cols = array.shape
    # the one nearest the centre: the page's map shows it clear of its edges and controls
    cells = sorted(((r, c) for r in range(3, rows - 3) for c in range(3, cols - 3)),
                   key=lambda rc: (rc[0] - rows / 2) ** 2 + (rc[1] - cols / 2) ** 2)
    for r, c in cells:
        v = array[r, c]
        if v > 0 and (value is None or v == value) and \
                (array[r - 3:r + 4, c - 3:c + 4] == v).all():
            return r, c, int(v)
    raise AssertionError("no uniform cell in " + path)


def cell_lonlat(path, row, col):
    from osgeo import gdal
    x0, dx, _, y0, _, dy = gdal.Open(path).GetGeoTransform()
    return rd_to_lonlat(x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy)


def test_site_files_and_tiles_at_every_zoom(published):
    from zoemzone_plugin.engine.io.webgrid import tiles_covering
    folder, config = published["folder"], published["config"]
    for name in ("index.html", "data.html", "site.json", "zoemzone-site.json",
                 "assets/app.js", "assets/style.css", "assets/leaflet/leaflet.js",
                 "assets/leaflet/leaflet.css", "data/parcel_ranking.csv",
                 "data/zoemzone_results.gpkg", "data/tables/measures_nl.csv"):
        assert os.path.isfile(os.path.join(folder, name)), name
    # 10 m cells at 51 degrees north: a pixel of zoom 13 is 12 m, of zoom 14 6 m
    assert config["maxZoom"] == 13
    assert config["minZoom"] <= config["maxZoom"]
    keys = [r["key"] for r in config["rasters"]]
    assert keys == ["priority", "best_measure", "gain", "supply", "food_gaps"]
    total = 0
    for key in keys:
        for zoom in range(config["minZoom"], config["maxZoom"] + 1):
            expected = tiles_covering(config["bounds"], zoom)
            written = glob.glob(os.path.join(folder, "tiles", key, str(zoom), "*", "*.png"))
            assert len(written) == len(expected) > 0, (key, zoom)
            total += len(written)
    line = next(x for x in published["log"] if "map tiles written" in x)
    assert line.startswith("%d map tiles written (" % total)
    with open(os.path.join(folder, "index.html"), encoding="utf-8") as handle:
        page = handle.read()
    assert "<title>Kansenkaart &lt;Zoemdorp&gt;</title>" in page and 'lang="nl"' in page
    # nothing outside the folder: no absolute URL in the page or its script
    with open(os.path.join(folder, "assets", "app.js"), encoding="utf-8") as handle:
        assert not re.search(r"https?://", page + handle.read())
    assert config["basemap"] is None


def test_tile_pixel_has_the_colour_of_its_priority_class(published):
    from qgis.PyQt.QtGui import QColor, QImage
    from zoemzone_plugin.engine.io.webgrid import lonlat_to_tile
    chain, config = published["chain"], published["config"]
    legend = next(r for r in config["rasters"] if r["key"] == "priority")["legend"]
    assert [item["label"] for item in legend] == ["1 – highest priority", "2", "3", "4",
                                                  "5 – lowest"]
    for priority in (1, 5):
        row, col, _ = uniform_cell(chain["priority"], priority)
        lon, lat = cell_lonlat(chain["priority"], row, col)
        zoom = config["maxZoom"]
        x, y = lonlat_to_tile(lon, lat, zoom)
        tile = os.path.join(published["folder"], "tiles", "priority", str(zoom),
                            str(int(x)), "%d.png" % int(y))
        image = QImage(tile)
        pixel = QColor(image.pixelColor(int((x % 1) * 256), int((y % 1) * 256)))
        assert pixel.name() == legend[priority - 1]["color"] and pixel.alpha() == 255


def read_cell(folder, config, lon, lat):
    """The values a click at (lon, lat) shows, decoded from the blocks as app.js does."""
    cells = config["cells"]
    west, dlon, _, north, _, dlat = cells["geotransform"]
    col, row = int((lon - west) // dlon), int((lat - north) // dlat)
    size = cells["block"]
    name = "%d_%d" % (row // size, col // size)
    assert name in cells["blocks"]
    with open(os.path.join(folder, "cells", name + ".bin"), "rb") as handle:
        data = handle.read()
    index, offset, out = (row % size) * size + col % size, 0, {}
    for field in cells["fields"]:
        dtype = np.dtype({"float32": "<f4", "uint8": "u1", "int8": "i1",
                          "int16": "<i2"}[field["type"]])
        values = np.frombuffer(data, dtype, size * size, offset)
        offset += size * size * dtype.itemsize
        out[field["name"]] = values[index].item()
    return out


def test_click_values_are_the_rasters_values(published):
    from osgeo import gdal
    chain, config = published["chain"], published["config"]
    for raster in ("best_measure", "priority"):
        row, col, _ = uniform_cell(chain[raster])
        lon, lat = cell_lonlat(chain[raster], row, col)
        values = read_cell(published["folder"], config, lon, lat)
        gain = gdal.Open(chain["gain"]).ReadAsArray()[row, col]
        masks = gdal.Open(chain["gap_seasons"]).ReadAsArray()[:, row, col]
        counts = gdal.Open(chain["food_gaps"]).ReadAsArray()[:, row, col]
        assert values["best"] == gdal.Open(chain["best_measure"]).ReadAsArray()[row, col]
        assert values["priority"] == gdal.Open(chain["priority"]).ReadAsArray()[row, col]
        assert values["gain"] == pytest.approx(float(gain), rel=1e-6)
        published_masks = [values["seasons:" + g] for g in config["cells"]["guilds"]]
        assert published_masks == list(masks)
        # the seasons a click names are as many as the count raster counts
        assert [bin(m).count("1") if m >= 0 else -1 for m in published_masks] == list(counts)
    assert config["cells"]["guilds"] == ["ground_solitary", "cavity_solitary", "bumblebee"]
    assert config["cells"]["seasons"] == ["vroeg voorjaar", "laat voorjaar", "zomer",
                                          "nazomer"]
    assert config["measures"]["1"] == "bloemrijke akkerrand"


def test_geojson_valid_in_degrees_with_six_decimals(published):
    folder, config = published["folder"], published["config"]
    west, south, east, north = config["bounds"]
    files = glob.glob(os.path.join(folder, "layers", "*.geojson"))
    assert {os.path.basename(f) for f in files} >= {
        "patches.geojson", "nodes.geojson", "links.geojson", "parcel_ranking.geojson",
        "measures_area.geojson", "habitats.geojson", "study_areas.geojson"}
    for path in files:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        data = json.loads(text)
        assert data["type"] == "FeatureCollection"
        assert not re.search(r"\d\.\d{7,}\]", text), path     # coordinates: 6 decimals
        for feature in data["features"]:
            assert feature["type"] == "Feature"
            assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon", "LineString",
                                                   "MultiLineString", "Point")
            numbers = np.array(re.findall(r"-?\d+\.\d+", json.dumps(
                feature["geometry"]["coordinates"])), float).reshape(-1, 2)
            # degrees near the map (parcels reach past the crop: a few hundred metres)
            assert (numbers[:, 0] > west - 0.05).all() and (numbers[:, 0] < east + 0.05).all()
            assert (numbers[:, 1] > south - 0.05).all() and (numbers[:, 1] < north + 0.05).all()


def test_only_public_data_is_published(published):
    folder = published["folder"]
    measures = json.load(open(os.path.join(folder, "layers", "measures_area.geojson")))
    assert [f["properties"] for f in measures["features"]] == [
        {"type": "bloemrijke akkerrand", "status": "gepland", "year": 2026,
         "partner": "Imkersvereniging De Raat"}]
    habitats = json.load(open(os.path.join(folder, "layers", "habitats.geojson")))
    assert [f["properties"] for f in habitats["features"]] == [
        {"type": "bloemrijk grasland", "partner": "Imkersvereniging De Raat"}]
    # every file, text or binary (the GeoPackage too), searched for every marker
    wanted = [str(m).encode() for m in MARKERS.values()] + [b"987123"]
    hits = []
    for base, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(base, name), "rb") as handle:
                data = handle.read()
            hits += [(name, m) for m in wanted if m in data]
    assert hits == []
    # the markers are in the package: the search would have found them
    with open(published["package"], "rb") as handle:
        assert MARKERS["contact"].encode() in handle.read()


def test_measures_coloured_by_status_and_areas_with_reports(published):
    config = published["config"]
    measures = next(v for v in config["vectors"] if v["key"] == "measures_area")
    assert measures["style"]["kind"] == "categorized"
    assert {c["label"]: c["color"] for c in measures["style"]["classes"]} == {
        "idee": "#f2d544", "gepland": "#f18f01", "in uitvoering": "#3f88c5",
        "gerealiseerd": "#2a9d3f"}
    areas, ids = {a["name"]: a for a in config["areas"]}, {}
    assert areas["Zoemdorp"]["report"] == "reports/Zoemdorp.pdf"
    assert areas["Bijenstad"]["report"] == "reports/advies_GM9999.pdf"
    for name, area in areas.items():
        assert os.path.isfile(os.path.join(published["folder"], area["report"]))
        assert 0 < len(area["top"]) <= 5
        gains = [p["gain"] for p in area["top"]]
        assert gains == sorted(gains, reverse=True)
        west, south, east, north = area["bounds"]
        assert all(west <= p["lon"] <= east and south <= p["lat"] <= north
                   for p in area["top"])
        csv_path = os.path.join(published["folder"], area["downloads"][0]["href"])
        with open(csv_path, encoding="utf-8") as handle:
            parcels = list(csv.DictReader(handle))
        assert parcels and list(parcels[0])[:3] == ["id", "rank", "score_sum"]
        ranks = [int(p["rank"]) for p in parcels]
        assert ranks == sorted(ranks)
        assert all(west <= float(p["lon"]) <= east and south <= float(p["lat"]) <= north
                   for p in parcels)
        ids[name] = {p["id"] for p in parcels}
    assert not ids["Zoemdorp"] & ids["Bijenstad"]
    with open(os.path.join(published["folder"], "data.html"), encoding="utf-8") as handle:
        page = handle.read()
    assert "data/parcel_ranking.csv" in page and "<li>Priority: priority.tif</li>" in page
    assert "<li>Data package: package.gpkg</li>" in page
    assert published["config"]["version"] in page and published["config"]["published"] in page


def test_rerun_replaces_the_site_and_leaves_nothing_beside_it(published, tmp_path):
    import processing
    output = str(tmp_path / "site")
    shutil.copytree(published["folder"], output)
    processing.run(ALG, dict(chain_parameters(published["chain"]), MAX_ZOOM=12, LANGUAGE=1,
                             STUDY_AREAS=published["package"] + "|layername=study_areas",
                             BASEMAP_URL="https://tiles.example.org/{z}/{x}/{y}.png",
                             OUTPUT=output))
    assert not os.path.exists(os.path.join(output, "tiles", "priority", "13"))
    assert not os.path.exists(os.path.join(output, "layers", "measures_area.geojson"))
    config = json.load(open(os.path.join(output, "site.json")))
    assert config["language"] == "en" and config["maxZoom"] == 12
    assert config["cells"]["seasons"] == ["early spring", "late spring", "summer",
                                          "late summer"]
    assert config["measures"]["1"] == "flower-rich field margin"
    assert config["basemap"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert sorted(a["name"] for a in config["areas"]) == ["Bijenstad", "Zoemdorp"]
    assert os.listdir(str(tmp_path)) == ["site"]


def test_the_count_raster_is_published_as_counts(published, tmp_path):
    import processing
    from osgeo import gdal
    chain = published["chain"]
    output = str(tmp_path / "site")
    processing.run(ALG, {"PRIORITY": chain["priority"], "BEST_MEASURE": chain["best_measure"],
                         "FOOD_GAPS": chain["food_gaps"], "MAX_ZOOM": 10, "OUTPUT": output})
    config = json.load(open(os.path.join(output, "site.json")))
    assert config["cells"]["seasons"] is None
    assert [f["name"] for f in config["cells"]["fields"]][3:] == [
        "gaps:ground_solitary", "gaps:cavity_solitary", "gaps:bumblebee"]
    row, col, _ = uniform_cell(chain["best_measure"])
    values = read_cell(output, config, *cell_lonlat(chain["best_measure"], row, col))
    counts = gdal.Open(chain["food_gaps"]).ReadAsArray()[:, row, col]
    assert [values["gaps:" + g] for g in config["cells"]["guilds"]] == list(counts)


def test_a_missing_package_file_is_named(published, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="Data package: the file '.*nothere.gpkg'"):
        processing.run(ALG, dict(chain_parameters(published["chain"]),
                                 PACKAGE=str(tmp_path / "nothere.gpkg"),
                                 OUTPUT=str(tmp_path / "site")))
    assert os.listdir(str(tmp_path)) == []


def layers_alive():
    from qgis.core import QgsMapLayer
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QgsMapLayer))


def test_a_foreign_folder_is_refused(published, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    output = tmp_path / "mine"
    output.mkdir()
    (output / "thesis.docx").write_text("mine")
    before = layers_alive()
    with pytest.raises(QgsProcessingException, match="not empty.*no website published"):
        processing.run(ALG, dict(chain_parameters(published["chain"]), OUTPUT=str(output)))
    assert os.listdir(str(output)) == ["thesis.docx"]
    # a failed run keeps none of its layers: one left until QGIS exits crashes the interpreter
    assert layers_alive() == before
    assert sorted(os.listdir(str(tmp_path))) == ["mine"]


def test_cancel_during_tiling_keeps_the_old_site(published, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    output = str(tmp_path / "site")
    shutil.copytree(published["folder"], output)
    feedback = Log(cancel_after=1)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(ALG, dict(chain_parameters(published["chain"]), OUTPUT=output),
                       feedback=feedback)
    assert os.listdir(str(tmp_path)) == ["site"]
    assert os.path.exists(os.path.join(output, "layers", "measures_area.geojson"))


def test_old_packages_gain_the_public_column(tmp_path):
    from osgeo import ogr
    from zoemzone_plugin.datapackage.public import add_public_to_geopackage
    path = str(tmp_path / "old.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    old = dataset.CreateLayer("measures_area", None, ogr.wkbMultiPolygon)
    old.CreateField(ogr.FieldDefn("notes", ogr.OFTString))
    feature = ogr.Feature(old.GetLayerDefn())
    feature.SetField("notes", "before")
    old.CreateFeature(feature)
    dataset = None
    assert add_public_to_geopackage(path) == ["measures_area"]
    assert add_public_to_geopackage(path) == []
    dataset = ogr.Open(path)
    assert [f.GetField("public") for f in dataset.GetLayerByName("measures_area")] == [0]


def test_old_postgis_packages_gain_the_public_column(plugin, pg):
    import processing
    from zoemzone_plugin.datapackage.create import postgres_connection
    from zoemzone_plugin.datapackage.public import add_public_to_postgis
    schema_name = pg.schema("website")
    processing.run("zoemzone:createdatapackage", {"CONNECTION": pg.name, "SCHEMA": schema_name})
    pg.sql('ALTER TABLE "%s".habitats DROP COLUMN public' % schema_name)
    pg.sql('INSERT INTO "%s".habitats (habitat_type, geom) VALUES (%%s, '
           'ST_GeomFromText(%%s, 28992))' % schema_name, ("heide", INSIDE))
    add_public_to_postgis(postgres_connection(pg.name), schema_name)
    add_public_to_postgis(postgres_connection(pg.name), schema_name)
    assert pg.sql('SELECT public FROM "%s".habitats' % schema_name) == [(False,)]


def test_a_postgis_package_in_another_schema_is_given_as_connection_slash_schema(
        published, pg, tmp_path):
    import processing
    schema_name = pg.schema("site")
    processing.run("zoemzone:createdatapackage", {"CONNECTION": pg.name, "SCHEMA": schema_name})
    pg.sql('INSERT INTO "%s".habitats (habitat_type, public, geom) VALUES (%%s, true, '
           'ST_GeomFromText(%%s, 28992))' % schema_name, ("heide", INSIDE))
    output = str(tmp_path / "site")
    processing.run(ALG, dict(chain_parameters(published["chain"]), MAX_ZOOM=12,
                             PACKAGE="%s/%s" % (pg.name, schema_name), OUTPUT=output))
    with open(os.path.join(output, "layers", "habitats.geojson"), encoding="utf-8") as f:
        habitats = json.load(f)["features"]
    assert [h["properties"]["type"] for h in habitats] == ["heide"]


# ---------------------------------------------------------------- the page in a real browser

CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1200,800"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def browser(published, tmp_path):
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        if os.environ.get("CI") == "true":
            pytest.fail("chromium and chromedriver are needed (scripts/install_deps.sh --test)")
        pytest.skip("chromium/chromedriver not installed (scripts/install_deps.sh --test)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    port = free_port()
    log = open(tmp_path / "http.log", "w")
    server = subprocess.Popen(["/usr/bin/python3", "-m", "http.server", str(port), "--bind",
                               "127.0.0.1", "--directory", published["folder"]],
                              stdout=log, stderr=subprocess.STDOUT)
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROME_FLAGS + ["--user-data-dir=%s" % (tmp_path / "profile")]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        yield driver, "http://127.0.0.1:%d/" % port, tmp_path / "http.log"
    finally:
        driver.quit()
        server.terminate()
        server.wait()
        log.close()


def wait_for(driver, script, timeout=30):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script(script))


def test_the_page_in_chromium(published, browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    driver, url, server_log = browser
    chain = published["chain"]
    driver.get(url)
    wait_for(driver, "return window.zoemzone && "
                     "document.querySelectorAll('img.leaflet-tile-loaded').length > 0 && "
                     "document.querySelectorAll('img.leaflet-tile:not(.leaflet-tile-loaded)')"
                     ".length === 0")
    # the tiles drawn hold coloured pixels
    coloured = driver.execute_script("""
        var count = 0;
        document.querySelectorAll('img.leaflet-tile-loaded').forEach(function (img) {
          var c = document.createElement('canvas'); c.width = 256; c.height = 256;
          var g = c.getContext('2d'); g.drawImage(img, 0, 0);
          var d = g.getImageData(0, 0, 256, 256).data;
          for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { count++; } }
        });
        return count;""")
    assert coloured > 10000
    # a click on a place whose best measure is known shows that measure's name
    row, col, measure = uniform_cell(chain["best_measure"])
    lon, lat = cell_lonlat(chain["best_measure"], row, col)
    point = driver.execute_script(
        "var m = window.zoemzone.map; m.setView([arguments[1], arguments[0]], "
        "window.zoemzone.site.maxZoom, {animate: false});"
        "var p = m.latLngToContainerPoint([arguments[1], arguments[0]]);"
        "var s = m.getSize(); return [p.x - s.x / 2, p.y - s.y / 2];", lon, lat)
    element = driver.find_element(By.ID, "map")
    ActionChains(driver).move_to_element_with_offset(element, int(point[0]),
                                                     int(point[1])).click().perform()
    name = published["config"]["measures"][str(measure)]
    wait_for(driver, "var v = document.getElementById('place-values');"
                     "return v && v.textContent.indexOf(arguments[0]) >= 0;".replace(
                         "arguments[0]", json.dumps(name)))
    text = driver.find_element(By.ID, "place-values").text
    assert "Verwachte winst" in text and "bestuiversaanbod" in text
    # the bumblebees' food gaps by name, in table order (bit i: the i-th season)
    from osgeo import gdal
    mask = int(gdal.Open(chain["gap_seasons"]).ReadAsArray()[2, row, col])
    seasons = [name for bit, name in enumerate(["vroeg voorjaar", "laat voorjaar", "zomer",
                                                "nazomer"]) if mask >> bit & 1]
    assert "hommels: " + (", ".join(seasons) or "geen") in text, (mask, text)
    # the municipality selector zooms to it and lists its top places
    driver.execute_script("window.zoemzone.map.setView([arguments[1], arguments[0]], "
                          "window.zoemzone.site.minZoom, {animate: false});", lon, lat)
    Select(driver.find_element(By.ID, "area-select")).select_by_visible_text("Bijenstad")
    area = next(a for a in published["config"]["areas"] if a["name"] == "Bijenstad")
    west, south, east, north = area["bounds"]
    view = driver.execute_script("var m = window.zoemzone.map, b = m.getBounds();"
                                 "return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth(),"
                                 " m.getZoom()];")
    assert view[4] > published["config"]["minZoom"]
    # the area fills the view: its centre is the view's, and it is wider or taller than half
    assert (view[0] + view[2]) / 2 == pytest.approx((west + east) / 2, abs=(east - west) / 20)
    assert (view[1] + view[3]) / 2 == pytest.approx((south + north) / 2,
                                                    abs=(north - south) / 20)
    assert (east - west) / (view[2] - view[0]) > 0.5 or \
        (north - south) / (view[3] - view[1]) > 0.5
    assert len(driver.find_elements(By.CSS_SELECTOR, "#top-places li")) == len(area["top"])
    wait_for(driver, "return document.querySelectorAll("
                     "'img.leaflet-tile:not(.leaflet-tile-loaded)').length === 0")
    time.sleep(0.5)     # the tiles' fade-in (0.2 s), for the screenshot only
    driver.save_screenshot(str(tmp_path / "website.png"))
    # no console errors, nothing requested outside 127.0.0.1, no missing file
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    requested = [json.loads(e["message"])["message"] for e in driver.get_log("performance")]
    urls = [m["params"]["request"]["url"] for m in requested
            if m["method"] == "Network.requestWillBeSent"]
    entries = driver.execute_script(
        "return performance.getEntries().map(function (e) { return e.name; });")
    network = [u for u in urls + entries if re.match(r"(https?|wss?|ftp)://", u)]
    assert any(u.startswith(url + "tiles/") for u in network)
    assert [u for u in network if not u.startswith(url)] == []
    with open(server_log, encoding="utf-8") as handle:
        served = handle.read()
    assert " 200 " in served and " 404 " not in served, served
