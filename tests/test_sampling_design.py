"""Survey design (zoemzone:samplingdesign) on a constructed landscape: points per stratum,
distance and matching of the controls, the seed, and the form stored in the GeoPackage."""
import collections
import os
import sqlite3

import numpy as np
import pytest

from zoemzone_plugin.engine.io.gdalio import Grid
from zoemzone_plugin.engine.monitoring.sampling import (control_candidates, suitability_classes,
                                                        survey_design)

CELL = 10.0
X0, Y0 = 180000.0, 320000.0
ROWS = COLS = 40
MIN_DISTANCE = 60.0
# two measure sites, (col0, row0, col1, row1) in cells: a low-suitability one in the west
# and a high one in the east
SITES = {1: (3, 4, 9, 14), 2: (28, 22, 36, 30)}


def grid():
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    return Grid(COLS, ROWS, (X0, CELL, 0.0, Y0 + CELL * ROWS, 0.0, -CELL), srs.ExportToWkt())


def landscape():
    """suitability rising west to east; land use 1 in the north half, 5 in the south;
    priority 1 or 2 in bands of 4 columns."""
    rows, cols = np.mgrid[0:ROWS, 0:COLS]
    suitability = (cols + 0.01 * rows).astype(np.float32)
    landuse = np.where(rows < ROWS // 2, 1, 5).astype(np.int32)
    priority = np.where((cols // 4) % 2 == 0, 1, 2).astype(np.int32)
    return suitability, landuse, priority


def site_polygon(col0, row0, col1, row1):
    """WKT of a rectangle on cell edges (map coordinates of the grid above)."""
    x0, x1 = X0 + col0 * CELL, X0 + col1 * CELL
    ytop = Y0 + CELL * ROWS
    y0, y1 = ytop - row1 * CELL, ytop - row0 * CELL
    return "POLYGON((%g %g,%g %g,%g %g,%g %g,%g %g))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


# --- engine ---------------------------------------------------------------------------------

def test_suitability_classes_split_the_valid_cells_in_equal_counts_highest_first():
    values = np.arange(12, dtype=np.float64).reshape(3, 4)
    valid = np.ones_like(values, bool)
    valid[0, 0] = False                         # 11 valid values 1..11
    classes, breaks = suitability_classes(values, valid, 2)
    # the median of 1..11 is 6: 1..6 class 2, 7..11 class 1
    assert breaks.tolist() == [6.0]
    assert classes.tolist() == [[0, 2, 2, 2], [2, 2, 2, 1], [1, 1, 1, 1]]


def test_control_candidates_keep_the_distance_from_the_site_outline():
    # one site cell at (5, 5) of 10 m cells; with 20 m the centres within 20 + 7.07 m of its
    # centre are out: (5, 5) itself, (5, 7) at 20 m, (6, 7) at 22.4 m (only 15.8 m from the
    # cell's edge); (7, 7) at 28.3 m (21.2 m from the cell's corner) and (5, 8) at 30 m are in
    valid = np.ones((11, 11), bool)
    sites = np.zeros((11, 11), np.int32)
    sites[5, 5] = 1
    ok = control_candidates(valid, sites, sites > 0, (10.0, 10.0), 20.0)
    assert not ok[5, 5] and not ok[5, 7] and not ok[6, 7] and not ok[3, 4]
    assert ok[7, 7] and ok[5, 8] and ok[8, 5] and ok[2, 8]
    # out: offsets (dr, dc) with dr² + dc² <= 2.707² = 7.33 cells², i.e. 0, 1, 2, 4 or 5:
    # 1 + 4 + 4 + 4 + 8 = 21 cells
    assert ok.sum() == 121 - 21


def test_a_stratum_without_matching_controls_is_reported_not_filled_with_strangers():
    from zoemzone_plugin.engine.io.rasterize import burn_ids
    suitability, landuse, priority = landscape()
    landuse[:, :] = 1
    landuse[4:14, 3:9] = 7          # site 1 is on a land use found nowhere else
    g = grid()
    from osgeo import ogr
    burned = burn_ids(g, [(k, ogr.CreateGeometryFromWkt(site_polygon(*v)))
                          for k, v in SITES.items()])
    valid = np.ones(suitability.shape, bool)
    classes, _ = suitability_classes(suitability, valid, 2)
    points, notes = survey_design(classes, suitability, landuse, priority, valid, burned,
                                  burned > 0, g, 3, MIN_DISTANCE, 1)
    assert {p.site_id for p in points} == {2}
    assert len(points) == 6 and len(notes) == 1
    assert notes[0].params["k"] == 2 and notes[0].params["found"] == 0


# --- the algorithm ------------------------------------------------------------------------

def write_rasters(folder):
    from zoemzone_plugin.engine.io.gdalio import write_single
    paths = {}
    for name, array in zip(("suitability", "landuse", "priority"), landscape()):
        paths[name] = str(folder / ("%s.tif" % name))
        write_single(paths[name], grid(), name, array.astype(np.float32), nodata=-1)
    return paths


def sites_layer():
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "sites", "memory")
    layer.dataProvider().addAttributes([QgsField("id", QVariant.Int)])
    layer.updateFields()
    features = []
    for site_id, cells in SITES.items():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(site_polygon(*cells)))
        feature.setAttributes([site_id])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def design(tmp_path, name, seed=7, per_stratum=4):
    import processing
    paths = write_rasters(tmp_path)
    output = str(tmp_path / ("%s.gpkg" % name))
    result = processing.run("zoemzone:samplingdesign", {
        "SITES": sites_layer(), "SUITABILITY": paths["suitability"], "BAND": 1, "CLASSES": 2,
        "LANDUSE": paths["landuse"], "PRIORITY": paths["priority"],
        "PER_STRATUM": per_stratum, "MIN_DISTANCE": MIN_DISTANCE, "SEED": seed,
        "OUTPUT": output})
    return result, output


def read_points(path):
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer("%s|layername=survey_points" % path, "points", "ogr")
    assert layer.isValid()
    return layer, [{**f.attributeMap(), "geometry": f.geometry()} for f in layer.getFeatures()]


def value_at(path, x, y):
    """The raster's value at a map point, read with GDAL (independent of the design)."""
    from osgeo import gdal
    dataset = gdal.Open(path)
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    col, row = int((x - x0) // dx), int((y - y0) // dy)
    return float(dataset.GetRasterBand(1).ReadAsArray()[row, col])


def test_design_has_the_number_per_stratum_and_matched_distant_controls(plugin, tmp_path):
    from qgis.core import QgsGeometry
    result, path = design(tmp_path, "design")
    _, points = read_points(path)
    assert result["POINTS"] == 16 and len(points) == 16
    assert collections.Counter(p["stratum"] for p in points) == {
        "1-maatregel": 4, "1-controle": 4, "2-maatregel": 4, "2-controle": 4}
    sites = {k: QgsGeometry.fromWkt(site_polygon(*v)) for k, v in SITES.items()}
    rasters = {name: str(tmp_path / ("%s.tif" % name))
               for name in ("suitability", "landuse", "priority")}
    pairs = collections.defaultdict(dict)
    for p in points:
        pairs[p["pair"]][p["role"]] = p
    assert len(pairs) == 8
    for pair in pairs.values():
        measure, control = pair["maatregel"], pair["controle"]
        assert sites[measure["site_id"]].contains(measure["geometry"])
        assert control["site_id"] == measure["site_id"]
        for site in sites.values():
            assert control["geometry"].distance(site) >= MIN_DISTANCE
        m, c = measure["geometry"].asPoint(), control["geometry"].asPoint()
        for name in ("landuse", "priority"):
            assert value_at(rasters[name], c.x(), c.y()) == value_at(rasters[name], m.x(),
                                                                         m.y())
        # same stratum: suitability median of 0..39.39 is about 19.7
        assert (value_at(rasters["suitability"], c.x(), c.y()) > 19.7) == (
            value_at(rasters["suitability"], m.x(), m.y()) > 19.7)
    # the low site (west, cols 3-8) gives the low class, the high one (east) the high class
    assert {p["site_id"] for p in points if p["suitability_class"] == 2} == {1}
    assert {p["site_id"] for p in points if p["suitability_class"] == 1} == {2}
    assert len({(p["geometry"].asPoint().x(), p["geometry"].asPoint().y())
                for p in points}) == 16


def test_same_seed_same_points_other_seed_other_points(plugin, tmp_path):
    def coordinates(seed, name):
        _, path = design(tmp_path, name, seed=seed)
        return [(p["point_id"], p["geometry"].asWkt()) for p in read_points(path)[1]]

    first = coordinates(3, "a")
    assert coordinates(3, "b") == first
    assert coordinates(4, "c") != first


def test_geopackage_stores_the_form_as_default_style(plugin, tmp_path):
    _, path = design(tmp_path, "form")
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT f_table_name, useAsDefault, styleQML FROM layer_styles"
                          ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [("survey_points", 1)]
    qml = rows[0][2]
    assert qml.count('type="ValueMap"') == 3
    assert "gepland" in qml and "1-controle" in qml
    layer, points = read_points(path)      # opens with the stored style, as QGIS and QField do
    assert layer.crs().authid() == "EPSG:28992"
    fields = layer.fields()
    for name in ("role", "stratum", "visit_status"):
        assert layer.editorWidgetSetup(fields.indexOf(name)).type() == "ValueMap"
    values = [list(m.values())[0] for m in
              layer.editorWidgetSetup(fields.indexOf("visit_status")).config()["map"]]
    assert values == ["gepland", "bezocht", "niet toegankelijk"]
    assert layer.editorWidgetSetup(fields.indexOf("visit_date")).type() == "DateTime"
    assert layer.editFormConfig().readOnly(fields.indexOf("pair"))
    assert not layer.editFormConfig().readOnly(fields.indexOf("observer"))
    assert layer.defaultValueDefinition(fields.indexOf("visit_status")).expression() == \
        "'gepland'"
    assert {p["visit_status"] for p in points} == {"gepland"}


def test_output_that_is_no_geopackage_is_refused(plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    paths = write_rasters(tmp_path)
    with pytest.raises(QgsProcessingException, match="GeoPackage"):
        processing.run("zoemzone:samplingdesign", {
            "SITES": sites_layer(), "SUITABILITY": paths["suitability"], "BAND": 1,
            "CLASSES": 2,
            "LANDUSE": paths["landuse"], "PRIORITY": paths["priority"],
            "OUTPUT": str(tmp_path / "points.shp")})


def test_a_second_run_replaces_the_first_whole_with_its_form(plugin, tmp_path):
    """The GeoPackage is written beside the output and put in place complete, form included
    (QGIS stores the form in the partial file): a run on the same path as an earlier one
    gives the points of its own seed, one stored style, and leaves no partial file."""
    _, path = design(tmp_path, "same", seed=3)
    _, fresh = design(tmp_path, "fresh", seed=4)
    _, again = design(tmp_path, "same", seed=4)
    assert again == path

    def coordinates(p):
        return [(q["point_id"], q["geometry"].asWkt()) for q in read_points(p)[1]]

    assert coordinates(path) == coordinates(fresh)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM layer_styles").fetchone() == (1,)
    assert not [name for name in os.listdir(tmp_path) if ".partial-" in name]
