"""Importing a partner's file into the data package (zoemzone:importpartnerdata): a messy file
(wrong CRS, invalid and empty geometries, unknown types, duplicates, decimal commas) lands every
valid row and lists every bad one, also the rows the database itself refuses; two imports of
the same file at once land every feature once (GeoPackage and PostGIS)."""
import pytest
# the PostGIS server and its skip rule, as the data package tests have them
from test_datapackage import pg, processing_ready  # noqa: F401

# EPSG:28992 rings in Maastricht; the study area covers all but OUTSIDE
STUDY_AREA = "MULTIPOLYGON(((175000 317000, 177000 317000, 177000 319000, 175000 319000, " \
             "175000 317000)))"
EXISTING = "MULTIPOLYGON(((176000 318000, 176100 318000, 176100 318050, 176000 318050, " \
           "176000 318000)))"
A = "POLYGON((175100 317100, 175200 317100, 175200 317200, 175100 317200, 175100 317100))"
B = "POLYGON((175300 317100, 175400 317100, 175400 317200, 175300 317200, 175300 317100))"
BOWTIE = "POLYGON((175500 317100, 175600 317200, 175600 317100, 175500 317200, " \
         "175500 317100))"
# collapsed to a line where the partner drew it (in WGS84): no polygon left to repair
FLAT = "WGS84:POLYGON((5.69 50.85, 5.70 50.85, 5.695 50.85, 5.69 50.85))"
UNKNOWN = "POLYGON((175900 317100, 176000 317100, 176000 317200, 175900 317200, " \
          "175900 317100))"
OUTSIDE = "POLYGON((180000 318000, 180100 318000, 180100 318100, 180000 318100, " \
          "180000 318000))"
EXISTING_SINGLE = EXISTING.replace("MULTIPOLYGON(((", "POLYGON((").replace(")))", "))")


@pytest.fixture
def package(qgis_app, tmp_path):
    """A new data package with one study area and one existing akkerrand measure."""
    from qgis.core import QgsFeature, QgsGeometry

    from zoemzone_plugin.datapackage.create import create_geopackage, geopackage_layer
    path = create_geopackage(str(tmp_path / "package.gpkg"))
    for table, wkt, values in (
            ("study_areas", STUDY_AREA, {"name": "Maastricht", "cbs_code": "GM0935"}),
            ("measures_area", EXISTING, {"measure_type": "akkerrand", "status": "gepland"})):
        layer = geopackage_layer(path, table)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for name, value in values.items():
            feature[name] = value
        assert layer.dataProvider().addFeatures([feature])[0], table
    return path


def partner_file(path, rows):
    """A GeoPackage in EPSG:4326 with (WKT in EPSG:28992 or '' for empty or None for none,
    measure type, amount text, notes) rows; WKT starting with 'WGS84:' is taken as it is."""
    from osgeo import ogr, osr
    rd, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    rd.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(rd, wgs84)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("maatregelen", wgs84, ogr.wkbPolygon)
    for name in ("measure_type", "fund_amount_eur", "notes"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for wkt, measure_type, amount, notes in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt == "":
            feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON EMPTY"))
        elif wkt is not None and wkt.startswith("WGS84:"):
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt[len("WGS84:"):]))
        elif wkt is not None:
            geometry = ogr.CreateGeometryFromWkt(wkt)
            geometry.Transform(transform)
            feature.SetGeometry(geometry)
        feature.SetField("measure_type", measure_type)
        feature.SetField("fund_amount_eur", amount)
        feature.SetField("notes", notes)
        layer.CreateFeature(feature)
    ds = None
    return "%s|layername=maatregelen" % path


def run(**params):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from zoemzone_plugin.algorithms.partnerdata.import_partner_data import ImportPartnerDataAlgorithm
    algorithm = ImportPartnerDataAlgorithm()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    ok_params = dict(params)
    ok_params.setdefault("REJECTED", "memory:")
    result, ok = algorithm.run(ok_params, context, QgsProcessingFeedback())
    if not ok:
        raise AssertionError("the algorithm did not run")
    return result, context


def run_or_raise(**params):
    from qgis.core import (QgsProcessingContext, QgsProcessingException,
                           QgsProcessingFeedback)

    from zoemzone_plugin.algorithms.partnerdata.import_partner_data import ImportPartnerDataAlgorithm
    algorithm = ImportPartnerDataAlgorithm()
    algorithm.initAlgorithm()
    params.setdefault("REJECTED", "memory:")
    context = QgsProcessingContext()
    # run() catches the exception; the algorithm's prepare/process/postProcess raise it
    assert algorithm.prepare(params, context, QgsProcessingFeedback())
    try:
        algorithm.processAlgorithm(params, context, QgsProcessingFeedback())
    except QgsProcessingException as error:
        return str(error)
    raise AssertionError("no error")


def measures(path):
    from zoemzone_plugin.datapackage.create import geopackage_layer
    layer = geopackage_layer(path, "measures_area")
    return layer, list(layer.getFeatures())


def test_a_messy_partner_file_lands_every_valid_row_and_lists_every_bad_one(package,
                                                                           tmp_path):
    from qgis.core import QgsGeometry

    rows = [
        (A, "akkerrand", "1234,5", "ok"),                    # 1
        (B, "Kruidenrijkgrasland", "", "ok, case differs"),  # 2
        (BOWTIE, "akkerrand", "10", "repaired"),             # 3
        (FLAT, "akkerrand", "", "collapses"),                # 4
        ("", "akkerrand", "", "empty"),                      # 5
        (None, "akkerrand", "", "none"),                     # 6
        (UNKNOWN, "bloemenweide", "", "unknown type"),       # 7
        (EXISTING_SINGLE, "akkerrand", "", "in the package"),  # 8
        (OUTSIDE, "akkerrand", "", "outside"),               # 9
        (A, "akkerrand", "7", "twice in the file"),          # 10
        (EXISTING_SINGLE, "haag", "", "same place, other type"),  # 11
    ]
    source = partner_file(tmp_path / "partner.gpkg", rows)
    result, context = run(INPUT=source, TARGET="%s|layername=measures_area" % package,
                          PARTNER="")
    assert result["IMPORTED"] == 4
    assert result["REJECTED_COUNT"] == 7

    layer, features = measures(package)
    assert layer.crs().authid() == "EPSG:28992"
    assert len(features) == 5
    new = {f["notes"]: f for f in features if f["notes"]}
    assert set(new) == {"ok", "ok, case differs", "repaired", "same place, other type"}
    assert new["ok"]["fund_amount_eur"] == pytest.approx(1234.5)
    assert new["ok"]["status"] == "idee"                      # the package's default
    assert new["ok, case differs"]["measure_type"] == "kruidenrijkgrasland"
    # in EPSG:28992 metres, where it was drawn
    assert new["ok"].geometry().area() == pytest.approx(10000, rel=1e-4)
    assert new["ok"].geometry().hausdorffDistance(QgsGeometry.fromWkt(A)) < 0.01
    repaired = new["repaired"].geometry()
    assert repaired.isGeosValid() and repaired.area() == pytest.approx(5000, rel=1e-3)
    assert new["ok"]["area_m2"] == pytest.approx(10000, rel=1e-4)   # computed by the db

    rejected = context.takeResultLayer(result["REJECTED"])
    names = rejected.fields().names()
    assert names[-5:] == ["measure_type", "fund_amount_eur", "notes", "input_fid", "reason"]
    reasons = {f["notes"]: (f["reason"], f["input_fid"]) for f in rejected.getFeatures()}
    assert reasons == {
        "collapses": ("invalid geometry", 4),
        "empty": ("empty geometry", 5),
        "none": ("no geometry", 6),
        "unknown type": ("unknown measure type", 7),
        "in the package": ("duplicate of an existing feature", 8),
        "outside": ("outside the study area", 9),
        "twice in the file": ("duplicate of an existing feature", 10),
    }
    assert rejected.crs().authid() == "EPSG:4326"

    # a second run adds nothing: every row is now a duplicate or bad
    again, _ = run(INPUT=source, TARGET="%s|layername=measures_area" % package)
    assert again["IMPORTED"] == 0 and again["REJECTED_COUNT"] == 11
    assert len(measures(package)[1]) == 5


def test_field_map_and_partner(package, tmp_path):
    from zoemzone_plugin.datapackage.create import geopackage_layer
    from qgis.core import QgsFeature
    partners = geopackage_layer(package, "partners")
    partner = QgsFeature(partners.fields())
    partner["name"] = "IVN Maastricht"
    partner["kind"] = "natuurorganisatie"
    assert partners.dataProvider().addFeatures([partner])[0]
    partner_id = next(partners.getFeatures())["id"]

    source = partner_file(tmp_path / "partner.gpkg", [(A, "akkerrand", "3,25", "x")])
    result, _ = run(INPUT=source, TARGET="%s|layername=measures_area" % package,
                    FIELD_MAP="measure_type=measure_type; notes=fund_amount_eur",
                    PARTNER="ivn maastricht")
    assert result["IMPORTED"] == 1
    new = [f for f in measures(package)[1] if f["notes"]][0]
    assert new["notes"] == "3,25"             # mapped to a text field: kept as text
    assert new["measure_type"] == "akkerrand"
    assert new["partner_id"] == partner_id

    message = run_or_raise(INPUT=source, TARGET="%s|layername=measures_area" % package,
                           PARTNER="Nobody")
    assert "Nobody" in message
    message = run_or_raise(INPUT=source, TARGET="%s|layername=measures_area" % package,
                           FIELD_MAP="soort=measure_type")
    assert "soort" in message


def test_rows_the_database_refuses_are_rejected_by_their_input_id(package, tmp_path):
    """Negative amounts pass the import's checks but break the database's CHECK rule: those
    rows are rejected by their feature id in the input (not the edit session's temporary
    ids) with the database's reason, and the others are added."""
    c = "POLYGON((175700 317100, 175800 317100, 175800 317200, 175700 317200, 175700 317100))"
    source = partner_file(tmp_path / "partner.gpkg", [
        (A, "akkerrand", "12,5", "fine"), (B, "akkerrand", "-5", "refused"),
        (UNKNOWN, "akkerrand", "", "fine too"), (c, "akkerrand", "-3", "refused too")])
    result, context = run(INPUT=source, TARGET="%s|layername=measures_area" % package)
    assert result["IMPORTED"] == 2 and result["REJECTED_COUNT"] == 2
    rule = ("refused by the package's database: failed to execute insert : CHECK constraint "
            "failed: measures_area_fund_amount_eur_minimum")
    rejected = context.takeResultLayer(result["REJECTED"])
    assert {f["notes"]: (f["input_fid"], f["reason"]) for f in rejected.getFeatures()} == {
        "refused": (2, rule), "refused too": (4, rule)}
    layer, features = measures(package)
    assert sorted(f["notes"] or "" for f in features) == ["", "fine", "fine too"]
    assert not layer.isEditable()


# -- two imports at once ------------------------------------------------------------------

def import_twice_at_once(source, provider, target, tmp_path):
    """Two processes import ``source`` into ``target`` at once, in the worst order: both check
    the package (neither sees the other's rows) before either writes; then one writes, then
    the other. Returns their results, first and second."""
    import json
    import os
    import subprocess
    import sys
    import time

    from conftest import ROOT
    worker = os.path.join(ROOT, "tests", "import_worker.py")
    env = dict(os.environ, ZOEMZONE_TARGET=target, QT_QPA_PLATFORM="offscreen")
    runs = [subprocess.Popen([sys.executable, worker, source, provider, str(tmp_path), name],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            for name in ("first", "second")]
    try:
        for name, run_ in zip(("first", "second"), runs):
            while not (tmp_path / (name + ".checked")).exists():
                assert run_.poll() is None, run_.communicate()
                time.sleep(0.05)
        results = []
        for name, run_ in zip(("first", "second"), runs):
            (tmp_path / (name + ".go")).touch()
            out, err = run_.communicate(timeout=300)
            assert run_.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results
    finally:
        for run_ in runs:
            if run_.poll() is None:
                run_.kill()
                run_.communicate()


ROWS = [(A, "akkerrand", "", "a"), (B, "haag", "", "b"), (UNKNOWN, "akkerrand", "", "c")]


def test_two_imports_of_the_same_file_at_once_land_every_feature_once_gpkg(package,
                                                                          tmp_path):
    source = partner_file(tmp_path / "partner.gpkg", ROWS)
    first, second = import_twice_at_once(source, "ogr",
                                         "%s|layername=measures_area" % package, tmp_path)
    notes = sorted(f["notes"] for f in measures(package)[1] if f["notes"])
    assert notes == ["a", "b", "c"]
    assert first == {"imported": 3, "rejected": []}
    # the GeoPackage names each refused row: all three are rejected as duplicates
    assert second.get("imported") == 0 and len(second["rejected"]) == 3, second
    assert all("duplicate" in reason for reason in second["rejected"]), second


def test_two_imports_of_the_same_file_at_once_land_every_feature_once_postgis(pg, tmp_path):
    from test_datapackage import run as create

    schema_name = pg.schema("import")
    create(CONNECTION=pg.name, SCHEMA=schema_name)
    target = pg.layer(schema_name, "measures_area").source()
    source = partner_file(tmp_path / "partner.gpkg", ROWS)
    first, second = import_twice_at_once(source, "postgres", target, tmp_path)
    stored = pg.sql('SELECT notes, measure_type FROM "%s".measures_area ORDER BY notes'
                    % schema_name)
    assert stored == [("a", "akkerrand"), ("b", "haag"), ("c", "akkerrand")]
    assert first == {"imported": 3, "rejected": []}
    # PostgreSQL refuses the transaction without naming rows: the import is all or nothing
    message = second.get("error", "")
    assert "nothing was imported" in message and "duplicate" in message, second


def test_an_import_into_a_package_of_version_1_upgrades_it_first(qgis_app, tmp_path):
    """A package made before the database refused duplicates gets that rule (version 2), and
    the applications (version 3), when it is the target of an import; its rows, duplicates
    included, stay as they were."""
    import shutil
    import sqlite3

    from conftest import reference
    path = str(tmp_path / "old.gpkg")
    shutil.copy(reference("datapackage", "package_v1.gpkg"), path)
    source = partner_file(tmp_path / "partner.gpkg", [(A, "akkerrand", "", "new")])
    result, _ = run(INPUT=source, TARGET="%s|layername=measures_area" % path)
    assert result["IMPORTED"] == 1
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT value FROM zoemzone_package WHERE key = "
                                  "'schema_version'").fetchone() == ("3",)
        assert connection.execute("SELECT count(*) FROM applications").fetchone() == (0,)
        assert connection.execute("SELECT notes FROM measures_area ORDER BY fid").fetchall() \
            == [("first",), ("same again",), ("new",)]
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = 'measures_area_no_duplicate_insert'"
                                  ).fetchone() == (1,)
    finally:
        connection.close()
