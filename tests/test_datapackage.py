"""The data package (zoemzone:createdatapackage) in GeoPackage and in PostGIS, opened as a user
would: tables and fields, lookups from the catalogue, rules enforced by the database (through
QGIS and through plain SQL), stored styles and forms, refusal to overwrite, and in PostGIS two
editors at once.

PostGIS runs on the server scripts/start_postgis.sh starts (its connection file is
build/postgis/zoemzone_pg.env, or ZOEMZONE_PG_* in the environment). When none answers the
tests start it with that script; only when that fails are they skipped, saying why, and with
CI=true they fail instead.
"""
import os
import sqlite3
import subprocess
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT

ALG = "zoemzone:createdatapackage"
ENV_FILE = os.path.join(ROOT, "build", "postgis", "zoemzone_pg.env")
PG_KEYS = ("HOST", "PORT", "DBNAME", "USER", "PASSWORD")
# 100 m x 50 m in Maastricht (EPSG:28992)
RECT = ("MULTIPOLYGON(((176000 318000, 176100 318000, 176100 318050, 176000 318050, "
        "176000 318000)))")
RECT2 = ("MULTIPOLYGON(((176200 318000, 176240 318000, 176240 318010, 176200 318010, "
         "176200 318000)))")
FLAT = "MULTIPOLYGON(((176000 318000, 176100 318000, 176050 318000, 176000 318000)))"
GEOMETRY_TABLES = {"measures_area": "MultiPolygon", "measures_line": "MultiLineString",
                   "measures_point": "Point", "habitats": "MultiPolygon",
                   "observations": "Point", "study_areas": "MultiPolygon",
                   "applications": "MultiPolygon", "applications_point": "Point"}
APPLICATION_FIELDS = ["fid", "applicant_name", "applicant_kind", "co_applicant_partner_id",
                      "title", "description", "measure_type", "measure_size_m2",
                      "amount_requested_eur", "amount_granted_eur", "status", "submitted_on",
                      "realised_on", "public", "created_by", "created_at", "modified_by",
                      "modified_at"]
EXPECTED_FIELDS = {
    "partners": ["id", "name", "kind", "contact", "created_by", "created_at", "modified_by",
                 "modified_at"],
    "measures_area": ["fid", "measure_type", "partner_id", "status", "start_date", "end_date",
                      "area_m2", "fund_applied", "fund_amount_eur", "public", "notes",
                      "created_by", "created_at", "modified_by", "modified_at"],
    "measures_line": ["fid", "measure_type", "partner_id", "status", "start_date", "end_date",
                      "length_m", "fund_applied", "fund_amount_eur", "public", "notes",
                      "created_by", "created_at", "modified_by", "modified_at"],
    "measures_point": ["fid", "measure_type", "partner_id", "status", "start_date",
                       "end_date", "fund_applied", "fund_amount_eur", "public", "notes",
                       "created_by", "created_at", "modified_by", "modified_at"],
    "habitats": ["fid", "habitat_type", "partner_id", "area_m2", "public", "notes",
                 "created_by", "created_at", "modified_by", "modified_at"],
    "observations": ["fid", "species", "observation_date", "individual_count", "source",
                     "coordinate_uncertainty_m", "notes", "created_by", "created_at",
                     "modified_by", "modified_at"],
    "study_areas": ["fid", "name", "cbs_code", "created_by", "created_at", "modified_by",
                    "modified_at"],
    "measure_types": ["id", "code", "name_nl", "name_en", "allows_point", "allows_line",
                      "allows_polygon", "width_m"],
    "statuses": ["id", "code", "name_nl", "name_en"],
    "partner_kinds": ["id", "code", "name_nl", "name_en"],
    "applications": APPLICATION_FIELDS,
    "applications_point": APPLICATION_FIELDS,
    "applicant_kinds": ["id", "code", "name_nl", "name_en"],
    "application_statuses": ["id", "code", "name_nl", "name_en"],
}
STYLED = {"partners", "measures_area", "measures_line", "measures_point", "habitats",
          "observations", "study_areas", "applications", "applications_point"}
STATUSES = ["idee", "gepland", "in uitvoering", "gerealiseerd"]
APPLICANT_KINDS = ["stichting", "school", "heemkundekring", "agrarische natuurvereniging",
                   "inwonersgroep", "partner", "other"]
APPLICATION_STATUSES = ["ingediend", "toegekend", "afgewezen", "uitgevoerd"]
PARTNER_KINDS = ["gemeente", "provincie", "natuurorganisatie", "agrariër", "bedrijf",
                 "kennisinstelling", "burgerinitiatief", "school/stichting"]
WIDGETS = {"measures_area": {"measure_type": ("measure_types", "code", "name_nl"),
                             "partner_id": ("partners", "id", "name"),
                             "status": ("statuses", "code", "name_nl")},
           "partners": {"kind": ("partner_kinds", "code", "name_nl")}}


# -- helpers ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def processing_ready(qgis_app):
    from processing.core.Processing import Processing
    Processing.initialize()


def algorithm():
    """The algorithm as the provider has it, or (before it is registered) a fresh one."""
    from qgis.core import QgsApplication

    from zoemzone_plugin.algorithms.partnerdata.create_data_package import CreateDataPackageAlgorithm
    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    return alg or CreateDataPackageAlgorithm().create()


def run(**params):
    import processing
    return processing.run(algorithm(), params)


def catalogue():
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    return read_catalogue(os.path.join(ROOT, "resources", "tables", "measures_nl.csv"), None)


def make_feature(layer, wkt=None, **values):
    from qgis.core import QgsFeature, QgsGeometry
    feature = QgsFeature(layer.fields())
    if wkt:
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
    for name, value in values.items():
        feature[name] = value
    return feature


def commit(layer, *features):
    """Add ``features`` in one edit session; (ok, the data source's errors)."""
    assert layer.startEditing()
    assert layer.addFeatures(list(features))
    ok = layer.commitChanges()
    errors = " ".join(layer.commitErrors())
    if not ok:
        layer.rollBack()
    return ok, errors


def rows(layer, *names):
    return sorted(tuple(f[n] for n in names) for f in layer.getFeatures())


def good_measure(layer, **values):
    defaults = {"measure_type": "akkerrand", "status": "gepland"}
    defaults.update(values)
    return make_feature(layer, RECT, **defaults)


# the bad rows each back end must refuse: (description, measures_area values, geometry,
# a word the database's message has in either back end)
BAD_MEASURES = [
    ("NULL measure type", {"measure_type": None}, RECT, "measure_type"),
    ("unknown measure type", {"measure_type": "onbekend"}, RECT, "measure_types"),
    ("unknown status", {"status": "klaar"}, RECT, "statuses"),
    ("NULL status", {"status": None}, RECT, "status"),
    ("negative amount", {"fund_amount_eur": -5.0}, RECT, "fund_amount_eur_minimum"),
    ("unknown partner", {"partner_id": 9999}, RECT, "partners"),
    ("point-only measure type as a polygon", {"measure_type": "bijenhotel"}, RECT,
     "allows_polygon"),
    ("polygon without area", {}, FLAT, "area_m2_positive"),
    ("end before start", {"start_date": "2025-05-01", "end_date": "2025-04-01"}, RECT,
     "end_date_not_before_start_date"),
]


# -- applications to the stimuleringsfonds: a geometry per table, a good row, and the bad
# rows each back end must refuse: (description, values, a word of the database's message in
# either back end)
APPLICATION_TABLES = {"applications": RECT, "applications_point": "POINT(176050 318025)"}
GOOD_APPLICATION = {"applicant_name": "Basisschool De Bron", "applicant_kind": "school",
                    "title": "Bloemenweide op het schoolplein",
                    "measure_type": "kruidenrijkgrasland", "measure_size_m2": 400.0,
                    "amount_requested_eur": 2500.0, "status": "ingediend",
                    "submitted_on": "2026-03-01", "public": True}
PARTNER_ALONE = "cannot apply alone.*co_applicant_partner_id"
BAD_APPLICATIONS = [
    ("a partner applying alone", {"applicant_kind": "partner"}, PARTNER_ALONE),
    ("a partner applying alone with itself as co-applicant",
     {"applicant_kind": "partner", "co_applicant_partner_id": "PARTNER"}, PARTNER_ALONE),
    ("unknown kind of applicant", {"applicant_kind": "vereniging"}, "applicant_kinds"),
    ("NULL kind of applicant", {"applicant_kind": None}, "applicant_kind"),
    ("negative amount requested", {"amount_requested_eur": -1.0},
     "amount_requested_eur_minimum"),
    ("no amount requested", {"amount_requested_eur": None}, "amount_requested_eur"),
    ("negative amount granted", {"amount_granted_eur": -1.0}, "amount_granted_eur_minimum"),
    ("more granted than requested", {"amount_granted_eur": 2500.01},
     "amount_granted_eur_not_above"),
    ("unknown status", {"status": "in behandeling"}, "application_statuses"),
    ("a measure's status", {"status": "gepland"}, "application_statuses"),
    ("NULL status", {"status": None}, "status"),
    ("unknown co-applicant", {"co_applicant_partner_id": 9999}, "partners"),
    ("unknown measure type", {"measure_type": "onbekend"}, "measure_types"),
    ("realised before submitted", {"realised_on": "2026-02-28"},
     "realised_on_not_before_submitted_on"),
    ("an empty applicant name", {"applicant_name": " "}, "applicant_name_not_empty"),
    ("an empty title", {"title": ""}, "title_not_empty"),
]


def application(partner, **values):
    """GOOD_APPLICATION with ``values``; the co-applicant "PARTNER" is ``partner``."""
    row = {**GOOD_APPLICATION, **values}
    if row.get("co_applicant_partner_id") == "PARTNER":
        row["co_applicant_partner_id"] = partner
    return row


def check_applications_refused(table, partner, insert, refused, finish):
    """Every row of BAD_APPLICATIONS is refused by ``insert(table, wkt, values)`` with the
    error ``refused`` whose message has the reason; ``finish()`` ends the failed
    transaction."""
    wkt = APPLICATION_TABLES[table]
    for description, values, reason in BAD_APPLICATIONS:
        with pytest.raises(refused, match=reason):
            insert(table, wkt, application(partner, **values))
            pytest.fail("the database accepted an application with " + description)
        finish()


def check_layers(open_layer):
    from qgis.core import QgsWkbTypes
    for name, fields in EXPECTED_FIELDS.items():
        layer = open_layer(name)
        assert layer.isValid(), name
        # a package made before ``public`` gains it as its last column
        names = layer.fields().names()
        assert [f for f in names if f != "public"] == [f for f in fields if f != "public"] \
            and ("public" in names) == ("public" in fields), name
        if name in GEOMETRY_TABLES:
            assert QgsWkbTypes.displayString(layer.wkbType()) == GEOMETRY_TABLES[name], name
            assert layer.crs().authid() == "EPSG:28992", name
        else:
            assert not layer.isSpatial(), name


def check_lookups(open_layer):
    expected = {(m.code, m.name_nl, "point" in m.geometries, "line" in m.geometries,
                 "polygon" in m.geometries) for m in catalogue()}
    got = set(rows(open_layer("measure_types"), "code", "name_nl", "allows_point",
                   "allows_line", "allows_polygon"))
    assert got == expected and len(got) == 8
    assert {r[0] for r in rows(open_layer("measure_types"), "id")} == \
        {m.id for m in catalogue()}
    assert [r[1] for r in rows(open_layer("statuses"), "id", "code")] == STATUSES
    assert [r[1] for r in rows(open_layer("partner_kinds"), "id", "code")] == PARTNER_KINDS
    assert [r[1] for r in rows(open_layer("applicant_kinds"), "id", "code")] == \
        APPLICANT_KINDS
    assert [r[1] for r in rows(open_layer("application_statuses"), "id", "code")] == \
        APPLICATION_STATUSES


def check_forms(open_layer):
    """The default style stored in the package gives the forms: value relations, defaults,
    aliases, read-only computed fields, the status renderer."""
    from qgis.core import QgsCategorizedSymbolRenderer
    for name, widgets in WIDGETS.items():
        layer = open_layer(name)
        for field, (table, key, value) in widgets.items():
            setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
            assert setup.type() == "ValueRelation", (name, field)
            config = setup.config()
            assert (config["LayerName"], config["Key"], config["Value"]) == (table, key, value)
    layer = open_layer("measures_area")
    index = layer.fields().indexOf
    assert layer.defaultValueDefinition(index("created_at")).expression() == "now()"
    assert layer.defaultValueDefinition(index("status")).expression() == "'idee'"
    assert layer.defaultValueDefinition(index("modified_at")).applyOnUpdate()
    assert layer.editFormConfig().readOnly(index("area_m2"))
    assert layer.attributeAlias(index("measure_type")) == "Measure type"
    assert layer.editorWidgetSetup(index("measure_type")).config()["FilterExpression"] == \
        '"allows_polygon"'
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "status"
    assert [c.value() for c in renderer.categories()] == STATUSES
    point = open_layer("measures_point")
    assert point.editorWidgetSetup(point.fields().indexOf("measure_type")).config()[
        "FilterExpression"] == '"allows_point"'


def check_dropdowns_in_a_project(open_layer):
    """As in a QGIS without the plugin: the layers added to a project by their table names,
    the drop-down lists offer exactly the valid values."""
    from qgis.core import QgsProject, QgsValueRelationFieldFormatter
    project = QgsProject.instance()
    layers = [open_layer(n) for n in ("measures_area", "measures_point", "measure_types",
                                      "statuses", "partners")]
    project.addMapLayers(layers)
    try:
        def offered(layer, field):
            config = layer.editorWidgetSetup(layer.fields().indexOf(field)).config()
            return sorted(item.key for item in QgsValueRelationFieldFormatter.createCache(
                config))
        area, point = layers[0], layers[1]
        assert offered(area, "measure_type") == sorted(
            m.code for m in catalogue() if "polygon" in m.geometries)
        assert offered(point, "measure_type") == sorted(
            m.code for m in catalogue() if "point" in m.geometries)
        assert offered(area, "status") == sorted(STATUSES)
    finally:
        project.removeMapLayers([layer.id() for layer in layers])


# -- GeoPackage ---------------------------------------------------------------------------

def gpkg_layer(path, name):
    from qgis.core import QgsVectorLayer
    return QgsVectorLayer("%s|layername=%s" % (path, name), name, "ogr")


@pytest.fixture
def gpkg(processing_ready, tmp_path):
    path = str(tmp_path / "zoemzone.gpkg")
    result = run(OUTPUT=path)
    assert result["OUTPUT"] == path
    return path


def spatialite(path):
    """A plain SQLite connection, with SpatiaLite's functions on GeoPackage geometries (the
    package's size triggers need ST_Area and ST_Length, as in QGIS and GDAL)."""
    connection = sqlite3.connect(path)
    connection.enable_load_extension(True)
    connection.load_extension("mod_spatialite")
    connection.execute("SELECT EnableGpkgAmphibiousMode()")
    return connection


def test_algorithm_parameters_and_help(processing_ready):
    alg = algorithm()
    assert alg.name() == "createdatapackage" and alg.groupId() == "data"
    assert alg.group() == "Partner data"
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names == ["OUTPUT", "CONNECTION", "SCHEMA", "OVERWRITE"]
    assert alg.parameterDefinition("SCHEMA").defaultValue() == "zoemzone"
    assert alg.parameterDefinition("OVERWRITE").defaultValue() is False
    assert alg.parameterDefinition("CONNECTION").providerId() == "postgres"
    for p in alg.parameterDefinitions():
        assert p.help(), p.name()
    assert "GeoPackage" in alg.shortHelpString()


def test_gpkg_opens_with_every_table_field_and_crs(gpkg):
    check_layers(lambda name: gpkg_layer(gpkg, name))
    import osgeo.ogr as ogr
    dataset = ogr.Open(gpkg)
    names = {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())}
    assert set(EXPECTED_FIELDS) <= names


def test_gpkg_lookups_come_from_the_catalogue(gpkg):
    check_lookups(lambda name: gpkg_layer(gpkg, name))


def test_gpkg_styles_and_forms_are_stored_in_the_package(gpkg):
    connection = sqlite3.connect(gpkg)
    stored = connection.execute("SELECT f_table_name, f_geometry_column, styleName, "
                                "useAsDefault, styleQML, styleSLD FROM layer_styles").fetchall()
    connection.close()
    by_table = {r[0]: r for r in stored}
    assert set(by_table) == STYLED
    assert all(r[2] == "zoemzone" and r[3] == 1 and r[5] for r in stored)
    qml = ET.fromstring(by_table["measures_area"][4])
    widgets = {f.get("name"): f.find("editWidget") for f in qml.iter("field")}
    config = {o.get("name"): o.get("value") for o in
              widgets["measure_type"].iter("Option") if o.get("name")}
    assert widgets["measure_type"].get("type") == "ValueRelation"
    assert (config["LayerName"], config["Key"], config["Value"]) == \
        ("measure_types", "code", "name_nl")
    defaults = {d.get("field"): d.get("expression") for d in qml.iter("default")}
    assert defaults["created_at"] == "now()" and defaults["created_by"] == "@user_full_name"
    check_forms(lambda name: gpkg_layer(gpkg, name))
    check_dropdowns_in_a_project(lambda name: gpkg_layer(gpkg, name))


def test_gpkg_rules_enforced_through_qgis(gpkg):
    partners = gpkg_layer(gpkg, "partners")
    ok, errors = commit(partners, make_feature(partners, name="Gemeente Maastricht",
                                               kind="gemeente"))
    assert ok, errors
    ok, errors = commit(partners, make_feature(partners, name="Imker", kind="imker"))
    assert not ok and "kind" in errors
    partner = next(partners.getFeatures())["id"]
    layer = gpkg_layer(gpkg, "measures_area")
    ok, errors = commit(layer, good_measure(layer, partner_id=partner, fund_applied=True,
                                            fund_amount_eur=1250.0))
    assert ok, errors
    for description, values, wkt, reason in BAD_MEASURES:
        ok, errors = commit(layer, make_feature(
            layer, wkt, **{"measure_type": "akkerrand", "status": "idee", **values}))
        assert not ok, "the GeoPackage accepted a row with " + description
        assert reason in errors, (description, errors)
    stored = list(gpkg_layer(gpkg, "measures_area").getFeatures())
    assert len(stored) == 1
    assert stored[0]["area_m2"] == pytest.approx(5000.0)
    assert stored[0]["created_at"] and stored[0]["partner_id"] == partner
    lines = gpkg_layer(gpkg, "measures_line")
    ok, errors = commit(lines, make_feature(lines, "MULTILINESTRING((176000 318000, "
                                                   "176030 318040))", measure_type="haag",
                                            status="idee"))
    assert ok, errors
    assert next(gpkg_layer(gpkg, "measures_line").getFeatures())["length_m"] == \
        pytest.approx(50.0)
    observations = gpkg_layer(gpkg, "observations")
    ok, _ = commit(observations, make_feature(observations, "POINT(176000 318000)",
                                              species="Andrena vaga",
                                              observation_date="2025-04-02",
                                              individual_count=-1))
    assert not ok


def test_gpkg_rules_enforced_through_sql(gpkg):
    connection = spatialite(gpkg)
    geometry = "AsGPB(GeomFromText(?, 28992))"
    insert = ("INSERT INTO measures_area (geom, measure_type, status, fund_amount_eur, "
              "partner_id, start_date, end_date) VALUES (%s, ?, ?, ?, ?, ?, ?)" % geometry)
    good = [RECT, "akkerrand", "idee", None, None, None, None]
    connection.execute(insert, good)
    assert connection.execute("SELECT area_m2, created_at IS NOT NULL FROM measures_area"
                              ).fetchall() == [(5000.0, 1)]
    columns = ["geom", "measure_type", "status", "fund_amount_eur", "partner_id",
               "start_date", "end_date"]
    for description, values, wkt, reason in BAD_MEASURES:
        row = list(good)
        row[0] = wkt
        for name, value in values.items():
            row[columns.index(name)] = value
        with pytest.raises(sqlite3.IntegrityError, match=reason):
            connection.execute(insert, row)
            pytest.fail("SQLite accepted a row with " + description)
    with pytest.raises(sqlite3.IntegrityError, match="statuses.code"):
        connection.execute(insert, [RECT, "akkerrand", "klaar", None, None, None, None])
    with pytest.raises(sqlite3.IntegrityError, match="fund_amount_eur_minimum"):
        connection.execute(insert, [RECT, "akkerrand", "idee", -1, None, None, None])
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL.*measure_type"):
        connection.execute(insert, [RECT, None, "idee", None, None, None, None])
    with pytest.raises(sqlite3.IntegrityError, match="measure_types.code"):
        connection.execute(insert, [RECT, "onbekend", "idee", None, None, None, None])
    with pytest.raises(sqlite3.IntegrityError, match="used in measures_area.status"):
        connection.execute("DELETE FROM statuses WHERE code = 'idee'")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE measures_area SET status = 'klaar'")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("INSERT INTO partners (name, kind) VALUES ('X', 'club')")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("INSERT INTO observations (geom, species, observation_date, "
                           "coordinate_uncertainty_m) VALUES (AsGPB(GeomFromText("
                           "'POINT(176000 318000)', 28992)), 'Bombus', '2025-04-31', 10)")
    connection.commit()
    assert connection.execute("SELECT count(*) FROM measures_area").fetchone() == (1,)
    connection.close()


def test_gpkg_refuses_to_overwrite_unless_told(gpkg):
    from qgis.core import QgsProcessingException
    connection = sqlite3.connect(gpkg)
    connection.execute("INSERT INTO partners (name, kind) VALUES ('IVN', 'natuurorganisatie')")
    connection.commit()
    connection.close()
    with pytest.raises(QgsProcessingException) as refused:
        run(OUTPUT=gpkg)
    assert gpkg in str(refused.value) and "OVERWRITE" in str(refused.value)
    assert [f["name"] for f in gpkg_layer(gpkg, "partners").getFeatures()] == ["IVN"]
    run(OUTPUT=gpkg, OVERWRITE=True)
    assert gpkg_layer(gpkg, "partners").featureCount() == 0
    connection = sqlite3.connect(gpkg)
    assert connection.execute("SELECT count(*) FROM partners").fetchone() == (0,)
    assert connection.execute("SELECT count(*) FROM measure_types").fetchone() == (8,)
    connection.close()


def test_gpkg_the_database_sets_the_dates_whatever_the_program_writes(gpkg):
    """created_at/modified_at come from the database's clock on insert, modified_at on
    update; created_* cannot be changed afterwards. (A GeoPackage has no users, so
    created_by and modified_by stay what the program writes.)"""
    connection = spatialite(gpkg)
    clock = "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    fake = "2000-01-01T00:00:00.000Z"
    before = connection.execute(clock).fetchone()[0]
    connection.execute(
        "INSERT INTO measures_area (geom, measure_type, status, created_by, created_at, "
        "modified_by, modified_at) VALUES (AsGPB(GeomFromText(?, 28992)), 'akkerrand', 'idee', "
        "'mallory', ?, 'mallory', ?)", (RECT, fake, fake))
    after = connection.execute(clock).fetchone()[0]
    created_by, created_at, modified_at = connection.execute(
        "SELECT created_by, created_at, modified_at FROM measures_area").fetchone()
    assert before <= created_at <= after and fake < before
    assert modified_at == created_at and created_by == "mallory"

    before = connection.execute(clock).fetchone()[0]
    connection.execute("UPDATE measures_area SET status = 'gepland', modified_at = ?", (fake,))
    after = connection.execute(clock).fetchone()[0]
    status, modified_at, kept = connection.execute(
        "SELECT status, modified_at, created_at FROM measures_area").fetchone()
    assert status == "gepland" and before <= modified_at <= after and kept == created_at
    for change in ("created_at = '2000-01-01T00:00:00.000Z'", "created_by = 'eve'"):
        with pytest.raises(sqlite3.IntegrityError, match="set by the database"):
            connection.execute("UPDATE measures_area SET " + change)
    assert connection.execute("SELECT created_by, created_at FROM measures_area"
                              ).fetchone() == ("mallory", created_at)
    connection.close()


def shifted(wkt, dx):
    """``wkt`` with its first vertex (and so the ring's last) moved ``dx`` m east: a
    Hausdorff distance of ``dx`` from the original."""
    from qgis.core import QgsGeometry
    geometry = QgsGeometry.fromWkt(wkt)
    first = geometry.vertexAt(0)
    assert geometry.moveVertex(first.x() + dx, first.y(), 0)
    return geometry.asWkt(6)


def test_gpkg_refuses_duplicate_measures(gpkg):
    """The same measure type on the same geometry (within 1 cm) is refused, by insert or by
    update; another type there, or the geometry 2 cm off, is not."""
    connection = spatialite(gpkg)
    insert = ("INSERT INTO measures_area (geom, measure_type, status, notes) VALUES "
              "(AsGPB(GeomFromText(?, 28992)), ?, 'idee', ?)")
    connection.execute(insert, (RECT, "akkerrand", "first"))
    with pytest.raises(sqlite3.IntegrityError, match="duplicate"):
        connection.execute(insert, (shifted(RECT, 0.004), "akkerrand", "4 mm off"))
    connection.execute(insert, (RECT, "haag", "other type"))
    connection.execute(insert, (shifted(RECT, 0.02), "akkerrand", "2 cm off"))
    with pytest.raises(sqlite3.IntegrityError, match="duplicate"):
        connection.execute("UPDATE measures_area SET geom = AsGPB(GeomFromText(?, 28992)) "
                           "WHERE notes = '2 cm off'", (RECT,))
    with pytest.raises(sqlite3.IntegrityError, match="duplicate"):
        connection.execute("UPDATE measures_area SET measure_type = 'akkerrand' "
                           "WHERE notes = 'other type'")
    connection.execute("UPDATE measures_area SET status = 'gepland'")
    points = ("INSERT INTO measures_point (geom, measure_type, status) VALUES "
              "(AsGPB(GeomFromText(?, 28992)), 'bijenhotel', 'idee')")
    connection.execute(points, ("POINT(176000 318000)",))
    with pytest.raises(sqlite3.IntegrityError, match="duplicate"):
        connection.execute(points, ("POINT(176000.006 318000.006)",))
    connection.commit()
    assert connection.execute("SELECT notes, status FROM measures_area ORDER BY fid"
                              ).fetchall() == [("first", "gepland"), ("other type", "gepland"),
                                               ("2 cm off", "gepland")]
    assert connection.execute("SELECT count(*) FROM measures_point").fetchone() == (1,)
    connection.close()


def gpkg_insert(connection):
    def insert(table, wkt, values):
        connection.execute("INSERT INTO %s (geom, %s) VALUES (AsGPB(GeomFromText(?, 28992)), "
                           "%s)" % (table, ", ".join(values), ", ".join("?" * len(values))),
                           [wkt] + list(values.values()))
    return insert


@pytest.mark.parametrize("table", sorted(APPLICATION_TABLES))
def test_gpkg_applications_rules_enforced_through_sql(gpkg, table):
    """A partner applying alone, negative amounts, more granted than requested and unknown
    statuses are refused by the GeoPackage itself, on insert and on update."""
    connection = spatialite(gpkg)
    connection.execute("INSERT INTO partners (name, kind) VALUES ('Gemeente Maastricht', "
                       "'gemeente')")
    partner = connection.execute("SELECT id FROM partners").fetchone()[0]
    insert = gpkg_insert(connection)
    check_applications_refused(table, partner, insert, sqlite3.IntegrityError, lambda: None)
    # a partner takes part as co-applicant of a group that applies
    insert(table, APPLICATION_TABLES[table], application(partner, co_applicant_partner_id=partner))
    insert(table, APPLICATION_TABLES[table], application(
        partner, applicant_kind="inwonersgroep", applicant_name="Bewoners Wyck",
        amount_requested_eur=0.0, amount_granted_eur=0.0, public=False))
    with pytest.raises(sqlite3.IntegrityError, match=PARTNER_ALONE):
        connection.execute("UPDATE %s SET applicant_kind = 'partner' WHERE fid = 1" % table)
    with pytest.raises(sqlite3.IntegrityError, match="amount_granted_eur_not_above"):
        connection.execute("UPDATE %s SET amount_granted_eur = 2500.01 WHERE fid = 1" % table)
    with pytest.raises(sqlite3.IntegrityError, match="amount_granted_eur_not_above"):
        connection.execute("UPDATE %s SET amount_requested_eur = 2000, amount_granted_eur = "
                           "2500 WHERE fid = 1" % table)
    with pytest.raises(sqlite3.IntegrityError, match="application_statuses"):
        connection.execute("UPDATE %s SET status = 'gerealiseerd' WHERE fid = 1" % table)
    for status, granted, realised in (("toegekend", 2500.0, None),
                                      ("uitgevoerd", 2500.0, "2026-09-15")):
        connection.execute("UPDATE %s SET status = ?, amount_granted_eur = ?, realised_on = ? "
                           "WHERE fid = 1" % table, (status, granted, realised))
    connection.execute("UPDATE %s SET status = 'afgewezen' WHERE fid = 2" % table)
    with pytest.raises(sqlite3.IntegrityError,
                       match="used in %s.co_applicant_partner_id" % table):
        connection.execute("DELETE FROM partners")
    with pytest.raises(sqlite3.IntegrityError, match="used in %s.status" % table):
        connection.execute("DELETE FROM application_statuses WHERE code = 'afgewezen'")
    with pytest.raises(sqlite3.IntegrityError, match="used in %s.applicant_kind" % table):
        connection.execute("UPDATE applicant_kinds SET code = 'buurt' WHERE code = "
                           "'inwonersgroep'")
    connection.commit()
    assert connection.execute(
        "SELECT applicant_kind, co_applicant_partner_id, status, amount_requested_eur, "
        "amount_granted_eur, realised_on, public, created_at IS NOT NULL FROM %s ORDER BY fid"
        % table).fetchall() == [
            ("school", partner, "uitgevoerd", 2500.0, 2500.0, "2026-09-15", 1, 1),
            ("inwonersgroep", None, "afgewezen", 0.0, 0.0, None, 0, 1)]
    connection.close()


def test_gpkg_a_partner_applying_alone_is_refused_through_qgis(gpkg):
    """As QGIS saves an edit: the database's message reaches the user."""
    for table, wkt in APPLICATION_TABLES.items():
        layer = gpkg_layer(gpkg, table)
        ok, errors = commit(layer, make_feature(layer, wkt, **application(
            None, applicant_kind="partner")))
        assert not ok and "A direct partner cannot apply alone" in errors, errors
        ok, errors = commit(layer, make_feature(layer, wkt, **application(None)))
        assert ok, errors
        assert [f["applicant_kind"] for f in gpkg_layer(gpkg, table).getFeatures()] == [
            "school"]


def v1_geopackage(tmp_path):
    """A copy of a package made by the plugin before version 2, with two identical measures
    (tests/data/datapackage/README.md)."""
    import shutil

    from conftest import reference
    path = str(tmp_path / "old.gpkg")
    shutil.copy(reference("datapackage", "package_v1.gpkg"), path)
    return path


def table_rows(connection, table):
    """The rows of ``table`` as {column: value}."""
    cursor = connection.execute("SELECT * FROM %s ORDER BY 1" % table)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def as_before(before, after):
    """``after`` ({table: rows as dicts}) in the columns each table had in ``before``: an
    upgrade may add columns (``public``), never change a value that was there."""
    return {n: [{k: row[k] for k in before[n][0]} for row in after[n]] if before[n] else
            after[n] for n in before}


def check_rows_kept(connection, before):
    """Every row of every table in ``before`` ({table: rows}) is as it was; the only rows
    added to them are the styles and forms of the applications."""
    after = as_before(before, {n: table_rows(connection, n) for n in before})
    styles = after.pop("layer_styles")
    assert styles[:len(before["layer_styles"])] == before["layer_styles"]
    assert sorted(r["f_table_name"] for r in styles[len(before["layer_styles"]):]) == [
        "applications", "applications_point"]
    assert after == {n: rows for n, rows in before.items() if n != "layer_styles"}


def test_gpkg_of_version_1_is_upgraded_when_the_dock_opens_it(qgis_app, tmp_path):
    from zoemzone_plugin.ui.package import GPKG, PackageSource, open_layers
    path = v1_geopackage(tmp_path)
    connection = sqlite3.connect(path)
    names = [r[0] for r in connection.execute(
        "SELECT table_name FROM gpkg_contents WHERE table_name <> 'zoemzone_package'")]
    before = {n: table_rows(connection, n) for n in names}
    assert connection.execute("SELECT value FROM zoemzone_package WHERE key = "
                              "'schema_version'").fetchone() == ("1",)
    connection.close()

    for _ in range(2):      # a second opening finds it upgraded already
        layers = open_layers(PackageSource(GPKG, path))
        assert layers["measures_area"].featureCount() == 2
        del layers
    connection = spatialite(path)
    assert connection.execute("SELECT value FROM zoemzone_package WHERE key = "
                              "'schema_version'").fetchone() == ("3",)
    # nothing rewritten: the two identical measures stay, with their own dates
    check_rows_kept(connection, before)
    assert [r[0] for r in connection.execute("SELECT notes FROM measures_area")] == [
        "first", "same again"]
    # they can still be edited; a third is refused, and dates are the database's
    connection.execute("UPDATE measures_area SET status = 'gerealiseerd'")
    insert = ("INSERT INTO measures_area (geom, measure_type, status, created_at) VALUES "
              "(AsGPB(GeomFromText(?, 28992)), ?, 'idee', '2000-01-01T00:00:00.000Z')")
    with pytest.raises(sqlite3.IntegrityError, match="duplicate"):
        connection.execute(insert, (RECT, "akkerrand"))
    connection.execute(insert, (RECT2, "akkerrand"))
    assert connection.execute("SELECT created_at > '2025' FROM measures_area WHERE fid = 3"
                              ).fetchone() == (1,)
    connection.close()


def test_gpkg_of_version_2_gains_the_applications_when_the_dock_opens_it(qgis_app, tmp_path):
    """A package made before the applications (tests/data/datapackage/README.md), opened by
    the dock: it gets the application tables, their lookups, rules, spatial index and stored
    styles; every row it had stays as it was."""
    import shutil

    import osgeo.ogr as ogr
    from conftest import reference
    from zoemzone_plugin.ui.package import GPKG, PackageSource, open_layers
    path = str(tmp_path / "v2.gpkg")
    shutil.copy(reference("datapackage", "package_v2.gpkg"), path)
    connection = sqlite3.connect(path)
    names = [r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents")]
    before = {n: table_rows(connection, n) for n in names + ["layer_styles"]}
    assert before["zoemzone_package"] == [{"id": 1, "key": "schema_version", "value": "2"},
                                          {"id": 2, "key": "srid", "value": "28992"}]
    assert "applications" not in names
    connection.close()

    for _ in range(2):      # a second opening finds it upgraded already
        layers = open_layers(PackageSource(GPKG, path))
        assert layers["measures_area"].featureCount() == 1
        assert layers["applications"].featureCount() == 0
        del layers
    connection = spatialite(path)
    assert connection.execute("SELECT value FROM zoemzone_package WHERE key = "
                              "'schema_version'").fetchone() == ("3",)
    before["zoemzone_package"][0]["value"] = "3"
    check_rows_kept(connection, before)
    assert [r[0] for r in connection.execute("SELECT code FROM applicant_kinds ORDER BY id")] \
        == APPLICANT_KINDS
    assert [r[0] for r in connection.execute(
        "SELECT code FROM application_statuses ORDER BY id")] == APPLICATION_STATUSES
    assert connection.execute(
        "SELECT table_name FROM gpkg_geometry_columns WHERE table_name LIKE 'applications%' "
        "ORDER BY 1").fetchall() == [("applications",), ("applications_point",)]
    assert connection.execute("SELECT count(*) FROM sqlite_master WHERE name IN "
                              "('rtree_applications_geom', 'rtree_applications_point_geom')"
                              ).fetchone() == (2,)
    # the rules of a new package, the guard of the old partners table too
    connection.execute("INSERT INTO partners (name, kind) VALUES ('IVN', 'natuurorganisatie')")
    insert = gpkg_insert(connection)
    check_applications_refused("applications", 2, insert, sqlite3.IntegrityError, lambda: None)
    insert("applications", RECT, application(2, co_applicant_partner_id=2))
    with pytest.raises(sqlite3.IntegrityError,
                       match="used in applications.co_applicant_partner_id"):
        connection.execute("DELETE FROM partners WHERE id = 2")
    connection.commit()
    connection.close()
    dataset = ogr.Open(path)
    assert dataset.GetLayerByName("applications").GetFeatureCount() == 1
    check_layers(lambda name: gpkg_layer(path, name))


def test_exactly_one_of_output_or_connection(processing_ready, tmp_path):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="not both and not neither"):
        run()
    with pytest.raises(QgsProcessingException, match="not both and not neither"):
        run(OUTPUT=str(tmp_path / "x.gpkg"), CONNECTION="anything")
    assert not (tmp_path / "x.gpkg").exists()


# -- PostGIS ------------------------------------------------------------------------------

def _pg_settings():
    settings = {k: os.environ.get("ZOEMZONE_PG_" + k) for k in PG_KEYS}
    if all(settings.values()):
        return settings
    if os.path.exists(ENV_FILE):
        with open(ENV_FILE, encoding="utf-8") as f:
            found = dict(line.strip().split("=", 1) for line in f if "=" in line)
        return {k: found.get("ZOEMZONE_PG_" + k) for k in PG_KEYS}
    return None


def _pg_connect(settings):
    import psycopg2
    return psycopg2.connect(host=settings["HOST"], port=settings["PORT"],
                            dbname=settings["DBNAME"], user=settings["USER"],
                            password=settings["PASSWORD"], connect_timeout=5)


def _pg_reachable():
    settings = _pg_settings()
    if not settings or not all(settings.values()):
        return None, "no connection described (ZOEMZONE_PG_* or %s)" % ENV_FILE
    try:
        _pg_connect(settings).close()
    except Exception as error:  # noqa: BLE001 (any failure means: not reachable)
        return None, "cannot connect: %s" % str(error).strip()
    return settings, ""


class PostGIS:
    """The test server: psycopg2 connections and a saved QGIS connection to it."""

    def __init__(self, settings):
        self.settings = settings
        self.name = "zoemzone_test_%d" % os.getpid()
        self.schemas = set()

    def connect(self):
        return _pg_connect(self.settings)

    def sql(self, statement, params=None):
        connection = self.connect()
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute(statement, params)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def schema(self, name):
        full = "zz_%d_%s" % (os.getpid(), name)
        self.schemas.add(full)
        return full

    def layer(self, schema_name, table):
        from qgis.core import QgsDataSourceUri, QgsVectorLayer, QgsWkbTypes
        s = self.settings
        uri = QgsDataSourceUri()
        uri.setConnection(s["HOST"], s["PORT"], s["DBNAME"], s["USER"], s["PASSWORD"])
        key = "id" if table in ("partners", "measure_types", "statuses", "partner_kinds") \
            else "fid"
        uri.setDataSource(schema_name, table, "geom" if table in GEOMETRY_TABLES else None,
                          "", key)
        if table in GEOMETRY_TABLES:
            # as the Browser adds a layer: QGIS finds the default style by the geometry type
            uri.setSrid("28992")
            uri.setWkbType(QgsWkbTypes.parseType(GEOMETRY_TABLES[table]))
        return QgsVectorLayer(uri.uri(False), table, "postgres")

    def drop(self):
        styles = self.sql("SELECT to_regclass('layer_styles') IS NOT NULL")[0][0]
        for name in self.schemas:
            self.sql('DROP SCHEMA IF EXISTS "%s" CASCADE' % name)
            if styles:
                self.sql("DELETE FROM layer_styles WHERE f_table_schema = %s", (name,))


@pytest.fixture(scope="module")
def pg(processing_ready):
    try:
        import psycopg2  # noqa: F401
        settings, why = _pg_reachable()
        if settings is None:
            script = os.path.join(ROOT, "scripts", "start_postgis.sh")
            # never waits for a sudo password: a server that needs one is "cannot start"
            started = subprocess.run([script], capture_output=True, text=True, timeout=1200,
                                     stdin=subprocess.DEVNULL,
                                     env=dict(os.environ, ZOEMZONE_NONINTERACTIVE="1"))
            settings, why = _pg_reachable()
            if settings is None:
                why += "; scripts/start_postgis.sh said: " + (
                    started.stdout + started.stderr).strip()[-600:]
    except Exception as error:  # noqa: BLE001
        settings, why = None, "%s: %s" % (type(error).__name__, error)
    if settings is None:
        message = "PostGIS could not be started, so the PostGIS tests do not run: " + why
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from qgis.core import QgsProviderRegistry
    server = PostGIS(settings)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = "host=%s port=%s dbname=%s user=%s password=%s sslmode=disable" % tuple(
        settings[k] for k in PG_KEYS)
    metadata.saveConnection(metadata.createConnection(
        uri, {"saveUsername": True, "savePassword": True}), server.name)
    yield server
    metadata.deleteConnection(server.name)
    server.drop()


@pytest.fixture(scope="module")
def pg_package(pg):
    schema_name = pg.schema("package")
    result = run(CONNECTION=pg.name, SCHEMA=schema_name)
    assert result["SCHEMA"] == schema_name
    return schema_name


def test_postgis_names_fit_in_63_characters(qgis_app):
    """PostgreSQL cuts longer names silently, and a message then names no rule the package
    has (or two rules share a name)."""
    import re

    from zoemzone_plugin.datapackage import ddl, schema
    script = ddl.postgis_script("zz_package", "public", schema.lookup_rows())
    names = set(re.findall(r'"([^"]+)"', script))
    assert "applications_point_amount_granted_eur_not_above" in names
    assert [n for n in names if len(n.encode("utf-8")) > 63] == []


def test_postgis_opens_with_every_table_field_and_crs(pg, pg_package):
    check_layers(lambda name: pg.layer(pg_package, name))
    typmods = dict(pg.sql("SELECT f_table_name, type || ',' || srid FROM geometry_columns "
                          "WHERE f_table_schema = %s", (pg_package,)))
    assert typmods == {t: "%s,28992" % g.upper() for t, g in GEOMETRY_TABLES.items()}


def test_postgis_lookups_come_from_the_catalogue(pg, pg_package):
    check_lookups(lambda name: pg.layer(pg_package, name))


def test_postgis_styles_and_forms_are_stored(pg, pg_package):
    stored = pg.sql("SELECT f_table_catalog, f_table_name, stylename, useasdefault, styleqml "
                    "FROM layer_styles WHERE f_table_schema = %s", (pg_package,))
    assert {r[1] for r in stored} == STYLED
    assert all(r[0] == pg.settings["DBNAME"] and r[2] == "zoemzone" and r[3] for r in stored)
    qml = {r[1]: r[4] for r in stored}["measures_area"]
    assert 'type="ValueRelation"' in qml
    assert pg.settings["PASSWORD"] not in qml
    check_forms(lambda name: pg.layer(pg_package, name))
    check_dropdowns_in_a_project(lambda name: pg.layer(pg_package, name))


def test_postgis_rules_enforced_through_sql(pg, pg_package):
    import psycopg2
    connection = pg.connect()
    insert = ('INSERT INTO "%s".measures_area (geom, measure_type, status, fund_amount_eur, '
              "partner_id, start_date, end_date) VALUES (ST_GeomFromText(%%s, 28992), %%s, "
              "%%s, %%s, %%s, %%s, %%s) RETURNING fid, area_m2, created_at" % pg_package)
    columns = ["geom", "measure_type", "status", "fund_amount_eur", "partner_id",
               "start_date", "end_date"]
    good = [RECT, "akkerrand", "idee", None, None, None, None]
    try:
        for description, values, wkt, reason in BAD_MEASURES:
            row = list(good)
            row[0] = wkt
            for name, value in values.items():
                row[columns.index(name)] = value
            with connection.cursor() as cursor:
                with pytest.raises(psycopg2.IntegrityError, match=reason):
                    cursor.execute(insert, row)
                    pytest.fail("PostGIS accepted a row with " + description)
            connection.rollback()
        with connection.cursor() as cursor:
            with pytest.raises(psycopg2.errors.ForeignKeyViolation, match="statuses"):
                cursor.execute(insert, [RECT, "akkerrand", "klaar", None, None, None, None])
        connection.rollback()
        with connection.cursor() as cursor:
            with pytest.raises(psycopg2.errors.CheckViolation,
                               match="fund_amount_eur_minimum"):
                cursor.execute(insert, [RECT, "akkerrand", "idee", -1, None, None, None])
        connection.rollback()
        with connection.cursor() as cursor:
            with pytest.raises(psycopg2.errors.NotNullViolation, match="measure_type"):
                cursor.execute(insert, [RECT, None, "idee", None, None, None, None])
        connection.rollback()
        with connection.cursor() as cursor:
            cursor.execute(insert, good)
            fid, area, created = cursor.fetchone()
            assert area == pytest.approx(5000.0) and created is not None
            with pytest.raises(psycopg2.errors.ForeignKeyViolation):
                cursor.execute('DELETE FROM "%s".statuses WHERE code = %%s' % pg_package,
                               ("idee",))
        connection.rollback()
    finally:
        connection.close()


def test_postgis_rules_enforced_through_qgis(pg, pg_package):
    layer = pg.layer(pg_package, "measures_area")
    before = layer.featureCount()
    for description, values, wkt, reason in BAD_MEASURES:
        ok, errors = commit(layer, make_feature(
            layer, wkt, **{"measure_type": "akkerrand", "status": "idee", **values}))
        assert not ok, "PostGIS accepted through QGIS a row with " + description
        assert reason in errors, (description, errors)
    ok, errors = commit(layer, good_measure(layer, measure_type="kruidenrijkgrasland"))
    assert ok, errors
    fresh = pg.layer(pg_package, "measures_area")
    assert fresh.featureCount() == before + 1
    added = [f for f in fresh.getFeatures() if f["measure_type"] == "kruidenrijkgrasland"]
    assert len(added) == 1 and added[0]["area_m2"] == pytest.approx(5000.0)
    assert added[0]["created_by"] == pg.settings["USER"]


def test_postgis_two_editors_at_once_both_edits_survive(pg, pg_package):
    """Two database sessions insert in overlapping transactions; then two QGIS layers edit
    at the same time (one adds, one adds and changes another feature): everything stays."""
    table = '"%s".measures_area' % pg_package
    first, second = pg.connect(), pg.connect()
    try:
        a, b = first.cursor(), second.cursor()
        sql = ("INSERT INTO %s (geom, measure_type, status, notes) VALUES "
               "(ST_GeomFromText(%%s, 28992), %%s, 'gepland', %%s)" % table)
        a.execute(sql, (RECT, "akkerrand", "session A"))
        b.execute(sql, (RECT2, "groendak", "session B"))
        first.commit()
        second.commit()
    finally:
        first.close()
        second.close()
    notes = {r[0] for r in pg.sql("SELECT notes FROM %s" % table)}
    assert {"session A", "session B"} <= notes

    editor_a = pg.layer(pg_package, "measures_area")
    editor_b = pg.layer(pg_package, "measures_area")
    target = next(f for f in editor_b.getFeatures() if f["notes"] == "session A")
    assert editor_a.startEditing() and editor_b.startEditing()
    # not on RECT: an akkerrand there is session A's, and the same again is a duplicate
    assert editor_a.addFeature(make_feature(editor_a, RECT2, measure_type="akkerrand",
                                            status="gepland", notes="editor A"))
    assert editor_b.addFeature(good_measure(editor_b, measure_type="haag", notes="editor B"))
    assert editor_b.changeAttributeValue(target.id(), editor_b.fields().indexOf("status"),
                                         "in uitvoering")
    assert editor_a.commitChanges(), editor_a.commitErrors()
    assert editor_b.commitChanges(), editor_b.commitErrors()
    stored = dict(pg.sql("SELECT notes, status FROM %s" % table))
    assert stored["editor A"] == "gepland" and stored["editor B"] == "gepland"
    assert stored["session A"] == "in uitvoering" and stored["session B"] == "gepland"
    modified = pg.sql("SELECT modified_at > created_at FROM %s WHERE notes = 'session A'"
                      % table)
    assert modified == [(True,)]


def test_postgis_the_database_sets_the_stamps_whatever_the_program_writes(pg, pg_package):
    import psycopg2
    table = '"%s".measures_area' % pg_package
    connection = pg.connect()
    fake = "2000-01-01 00:00:00+00"
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO %s (geom, measure_type, status, notes, created_by, created_at, "
                "modified_by, modified_at) VALUES (ST_GeomFromText(%%s, 28992), 'haag', 'idee', "
                "'stamped', 'mallory', %%s, 'mallory', %%s) RETURNING fid, created_by, "
                "created_at, modified_by, modified_at" % table, (RECT2, fake, fake))
            fid, *stamps = cursor.fetchone()
            cursor.execute("SELECT session_user::text, now()")
            user, now = cursor.fetchone()
            assert stamps == [user, now, user, now] and user == pg.settings["USER"]
        connection.commit()
        with connection.cursor() as cursor:
            cursor.execute("UPDATE %s SET status = 'gepland', modified_by = 'mallory', "
                           "modified_at = %%s WHERE fid = %%s RETURNING created_at, "
                           "modified_by, modified_at" % table, (fake, fid))
            created, *modified = cursor.fetchone()
            cursor.execute("SELECT now()")
            update_now = cursor.fetchone()[0]
            assert created == now and modified == [user, update_now] and update_now > now
        connection.commit()
        for change in ("created_at = '2000-01-01'", "created_by = 'eve'"):
            with connection.cursor() as cursor:
                with pytest.raises(psycopg2.errors.CheckViolation, match="set by the database"):
                    cursor.execute("UPDATE %s SET %s WHERE fid = %%s" % (table, change), (fid,))
            connection.rollback()
    finally:
        connection.close()
    assert pg.sql("SELECT created_by, created_at FROM %s WHERE fid = %%s" % table,
                  (fid,)) == [(user, now)]
    pg.sql("DELETE FROM %s WHERE fid = %%s" % table, (fid,))


# a place no other PostGIS test uses
RECT3 = RECT.replace("3180", "3190")


def test_postgis_refuses_duplicate_measures(pg, pg_package):
    table = '"%s".measures_area' % pg_package
    insert = ("INSERT INTO %s (geom, measure_type, status, notes) VALUES "
              "(ST_GeomFromText(%%s, 28992), %%s, 'idee', %%s)" % table)
    try:
        check_duplicates_refused(pg, table, insert)
    finally:
        pg.sql("DELETE FROM %s WHERE notes LIKE 'dup %%'" % table)


def check_duplicates_refused(pg, table, insert):
    import psycopg2
    pg.sql(insert, (RECT3, "akkerrand", "dup first"))
    with pytest.raises(psycopg2.errors.UniqueViolation, match="duplicate"):
        pg.sql(insert, (shifted(RECT3, 0.004), "akkerrand", "dup 4 mm off"))
    pg.sql(insert, (RECT3, "haag", "dup other type"))
    pg.sql(insert, (shifted(RECT3, 0.02), "akkerrand", "dup 2 cm off"))
    with pytest.raises(psycopg2.errors.UniqueViolation, match="duplicate"):
        pg.sql("UPDATE %s SET geom = ST_GeomFromText(%%s, 28992) WHERE notes = "
               "'dup 2 cm off'" % table, (RECT3,))
    with pytest.raises(psycopg2.errors.UniqueViolation, match="duplicate"):
        pg.sql("UPDATE %s SET measure_type = 'akkerrand' WHERE notes = 'dup other type'"
               % table)
    pg.sql("UPDATE %s SET status = 'gepland' WHERE notes LIKE 'dup %%'" % table)
    assert pg.sql("SELECT notes, status FROM %s WHERE notes LIKE 'dup %%' ORDER BY fid"
                  % table) == [("dup first", "gepland"), ("dup other type", "gepland"),
                               ("dup 2 cm off", "gepland")]


def test_postgis_two_sessions_adding_the_same_measure_at_once_add_it_once(pg, pg_package):
    """Session A adds a measure and has not committed; session B adds the same: B waits for
    A, and once A commits B is refused."""
    import threading
    import time

    import psycopg2
    table = '"%s".measures_area' % pg_package
    insert = ("INSERT INTO %s (geom, measure_type, status, notes) VALUES "
              "(ST_GeomFromText(%%s, 28992), 'akkerrand', 'idee', %%s)" % table)
    first, second = pg.connect(), pg.connect()
    outcome = {}

    def add_second():
        try:
            with second.cursor() as cursor:
                cursor.execute(insert, (RECT3, "at once B"))
            second.commit()
            outcome["B"] = "added"
        except psycopg2.Error as error:
            second.rollback()
            outcome["B"] = error
    try:
        with first.cursor() as cursor:
            cursor.execute(insert, (RECT3, "at once A"))
        thread = threading.Thread(target=add_second)
        thread.start()
        # B waits for A's lock (not for time: the server says so)
        while not pg.sql("SELECT count(*) FROM pg_locks WHERE pid = %s AND NOT granted",
                         (second.get_backend_pid(),))[0][0]:
            assert thread.is_alive(), outcome
            time.sleep(0.01)
        first.commit()
        thread.join()
        assert isinstance(outcome["B"], psycopg2.errors.UniqueViolation), outcome
        assert pg.sql("SELECT notes FROM %s WHERE notes LIKE 'at once %%'" % table) == [
            ("at once A",)]
    finally:
        first.close()
        second.close()
        pg.sql("DELETE FROM %s WHERE notes LIKE 'at once %%'" % table)


def test_postgis_package_of_version_1_is_upgraded_when_the_dock_opens_it(pg):
    """A package made before version 2 (the SQL the plugin made then) with two identical
    measures: opened by the dock, it gets the new rules; its rows stay as they were."""
    import psycopg2

    from conftest import reference
    from zoemzone_plugin.ui.package import POSTGRES, PackageSource, open_layers
    schema_name = pg.schema("v1")
    postgis = pg.sql("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON "
                     "n.oid = e.extnamespace WHERE e.extname = 'postgis'")[0][0]
    with open(reference("datapackage", "package_v1_postgis.sql"), encoding="utf-8") as f:
        script = f.read().replace("zz_v1_package", schema_name).replace("__postgis__",
                                                                        postgis)
    pg.sql(script)
    table = '"%s".measures_area' % schema_name
    for note in ("first", "same again"):
        pg.sql("INSERT INTO %s (geom, measure_type, status, notes) VALUES "
               "(ST_GeomFromText(%%s, 28992), 'akkerrand', 'gepland', %%s)" % table,
               (RECT, note))
    rows = "SELECT row_to_json(t) FROM %s t ORDER BY fid" % table
    before = {table: [r[0] for r in pg.sql(rows)]}
    version = 'SELECT value FROM "%s".zoemzone_package WHERE key = %%s' % schema_name
    assert pg.sql(version, ("schema_version",)) == [("1",)]

    for _ in range(2):      # a second opening finds it upgraded already
        layers = open_layers(PackageSource(POSTGRES, connection=pg.name, schema=schema_name))
        assert layers["measures_area"].featureCount() == 2
        del layers
    assert pg.sql(version, ("schema_version",)) == [("3",)]
    assert as_before(before, {table: [r[0] for r in pg.sql(rows)]}) == before
    pg.sql("UPDATE %s SET status = 'gerealiseerd'" % table)
    with pytest.raises(psycopg2.errors.UniqueViolation, match="duplicate"):
        pg.sql("INSERT INTO %s (geom, measure_type, status) VALUES "
               "(ST_GeomFromText(%%s, 28992), 'akkerrand', 'idee')" % table, (RECT,))
    assert pg.sql("INSERT INTO %s (geom, measure_type, status, created_by) VALUES "
                  "(ST_GeomFromText(%%s, 28992), 'akkerrand', 'idee', 'mallory') "
                  "RETURNING created_by" % table, (RECT2,)) == [(pg.settings["USER"],)]


def pg_insert(cursor, schema_name):
    def insert(table, wkt, values):
        cursor.execute('INSERT INTO "%s".%s (geom, %s) VALUES (ST_GeomFromText(%%s, 28992), '
                       "%s)" % (schema_name, table, ", ".join(values),
                                ", ".join(["%s"] * len(values))),
                       [wkt] + list(values.values()))
    return insert


@pytest.mark.parametrize("table", sorted(APPLICATION_TABLES))
def test_postgis_applications_rules_enforced_through_sql(pg, pg_package, table):
    import psycopg2
    qualified = '"%s".%s' % (pg_package, table)
    connection = pg.connect()
    try:
        with connection.cursor() as cursor:
            cursor.execute('INSERT INTO "%s".partners (name, kind) VALUES (%%s, '
                           "'gemeente') RETURNING id" % pg_package, ("Gemeente " + table,))
            partner = cursor.fetchone()[0]
            connection.commit()
            insert = pg_insert(cursor, pg_package)
            check_applications_refused(table, partner, insert, psycopg2.IntegrityError,
                                       connection.rollback)
            insert(table, APPLICATION_TABLES[table], application(
                partner, co_applicant_partner_id=partner, title="PG " + table))
            cursor.execute("SELECT fid FROM %s WHERE title = %%s" % qualified,
                           ("PG " + table,))
            fid = cursor.fetchone()[0]
            connection.commit()
            for change, error, reason in (
                    ("applicant_kind = 'partner'", psycopg2.errors.CheckViolation,
                     PARTNER_ALONE),
                    ("amount_granted_eur = 2500.01", psycopg2.errors.CheckViolation,
                     "amount_granted_eur_not_above"),
                    ("status = 'gerealiseerd'", psycopg2.errors.ForeignKeyViolation,
                     "application_statuses")):
                with pytest.raises(error, match=reason):
                    cursor.execute("UPDATE %s SET %s WHERE fid = %%s" % (qualified, change),
                                   (fid,))
                connection.rollback()
            for status in ("toegekend", "uitgevoerd", "afgewezen"):
                cursor.execute("UPDATE %s SET status = %%s, amount_granted_eur = 2500 WHERE "
                               "fid = %%s" % qualified, (status, fid))
            connection.commit()
            with pytest.raises(psycopg2.errors.ForeignKeyViolation, match=table):
                cursor.execute('DELETE FROM "%s".partners WHERE id = %%s' % pg_package,
                               (partner,))
            connection.rollback()
            cursor.execute("SELECT applicant_kind, co_applicant_partner_id, status, "
                           "amount_granted_eur, public, created_by FROM %s WHERE fid = %%s"
                           % qualified, (fid,))
            assert cursor.fetchone() == ("school", partner, "afgewezen", 2500.0, True,
                                         pg.settings["USER"])
    finally:
        connection.close()


def test_postgis_a_partner_applying_alone_is_refused_through_qgis(pg, pg_package):
    for table, wkt in APPLICATION_TABLES.items():
        layer = pg.layer(pg_package, table)
        before = layer.featureCount()
        ok, errors = commit(layer, make_feature(layer, wkt, **application(
            None, applicant_kind="partner", title="QGIS alone")))
        assert not ok and "A direct partner cannot apply alone" in errors, errors
        ok, errors = commit(layer, make_feature(layer, wkt, **application(
            None, title="QGIS school")))
        assert ok, errors
        titles = [f["title"] for f in pg.layer(pg_package, table).getFeatures()]
        assert len(titles) == before + 1 and "QGIS school" in titles
        assert "QGIS alone" not in titles


def test_postgis_package_of_version_2_gains_the_applications_when_the_dock_opens_it(pg):
    """A package made before the applications (the SQL the plugin made then) with rows in
    its tables: opened by the dock, it gets the application tables with their lookups,
    rules and stored styles; every row it had stays as it was."""
    import psycopg2

    from conftest import reference
    from zoemzone_plugin.ui.package import POSTGRES, PackageSource, open_layers
    schema_name = pg.schema("v2")
    postgis = pg.sql("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON "
                     "n.oid = e.extnamespace WHERE e.extname = 'postgis'")[0][0]
    with open(reference("datapackage", "package_v2_postgis.sql"), encoding="utf-8") as f:
        script = f.read().replace("zz_v2_package", schema_name).replace("__postgis__",
                                                                        postgis)
    pg.sql(script)
    q = '"%s"' % schema_name
    partner = pg.sql("INSERT INTO %s.partners (name, kind) VALUES ('Gemeente Maastricht', "
                     "'gemeente') RETURNING id" % q)[0][0]
    pg.sql("INSERT INTO %s.measures_area (geom, measure_type, status, partner_id) VALUES "
           "(ST_GeomFromText(%%s, 28992), 'akkerrand', 'gepland', %%s)" % q, (RECT, partner))
    pg.sql("INSERT INTO %s.observations (geom, species, observation_date) VALUES "
           "(ST_GeomFromText('POINT(176000 318000)', 28992), 'Andrena vaga', '2025-04-02')"
           % q)
    names = [r[0] for r in pg.sql("SELECT table_name FROM information_schema.tables WHERE "
                                  "table_schema = %s ORDER BY 1", (schema_name,))]
    assert "applications" not in names and "measures_area" in names

    def snapshot():
        return {n: [r[0] for r in pg.sql(
            "SELECT row_to_json(t) FROM (SELECT * FROM %s.%s ORDER BY 1) t" % (q, n))]
            for n in names}
    before = snapshot()
    version = "SELECT value FROM %s.zoemzone_package WHERE key = 'schema_version'" % q
    assert pg.sql(version) == [("2",)]

    for _ in range(2):      # a second opening finds it upgraded already
        layers = open_layers(PackageSource(POSTGRES, connection=pg.name, schema=schema_name))
        assert layers["measures_area"].featureCount() == 1
        assert layers["applications"].featureCount() == 0
        del layers
    assert pg.sql(version) == [("3",)]
    before["zoemzone_package"] = [dict(row, value="3") if row["key"] == "schema_version"
                                  else row for row in before["zoemzone_package"]]
    assert as_before(before, snapshot()) == before
    assert [r[0] for r in pg.sql("SELECT code FROM %s.applicant_kinds ORDER BY id" % q)] == \
        APPLICANT_KINDS
    assert [r[0] for r in pg.sql("SELECT code FROM %s.application_statuses ORDER BY id" % q)
            ] == APPLICATION_STATUSES
    assert sorted(r[0] for r in pg.sql(
        "SELECT f_table_name FROM layer_styles WHERE f_table_schema = %s AND "
        "f_table_name LIKE 'applications%%'", (schema_name,))) == [
        "applications", "applications_point"]
    ivn = pg.sql("INSERT INTO %s.partners (name, kind) VALUES ('IVN', 'natuurorganisatie') "
                 "RETURNING id" % q)[0][0]
    connection = pg.connect()
    try:
        with connection.cursor() as cursor:
            check_applications_refused("applications_point", ivn,
                                       pg_insert(cursor, schema_name), psycopg2.IntegrityError,
                                       connection.rollback)
            pg_insert(cursor, schema_name)("applications_point", "POINT(176000 318000)",
                                           application(ivn, co_applicant_partner_id=ivn))
            connection.commit()
            with pytest.raises(psycopg2.errors.ForeignKeyViolation, match="applications_point"):
                cursor.execute("DELETE FROM %s.partners WHERE id = %%s" % q, (ivn,))
            connection.rollback()
    finally:
        connection.close()
    check_layers(lambda name: pg.layer(schema_name, name))


def test_postgis_refuses_to_overwrite_unless_told(pg):
    from qgis.core import QgsProcessingException
    schema_name = pg.schema("overwrite")
    run(CONNECTION=pg.name, SCHEMA=schema_name)
    pg.sql('INSERT INTO "%s".partners (name, kind) VALUES (%%s, %%s)' % schema_name,
           ("IVN", "natuurorganisatie"))
    with pytest.raises(QgsProcessingException) as refused:
        run(CONNECTION=pg.name, SCHEMA=schema_name)
    message = str(refused.value)
    assert schema_name in message and pg.name in message and "OVERWRITE" in message
    assert pg.sql('SELECT name FROM "%s".partners' % schema_name) == [("IVN",)]
    run(CONNECTION=pg.name, SCHEMA=schema_name, OVERWRITE=True)
    assert pg.sql('SELECT count(*) FROM "%s".partners' % schema_name) == [(0,)]
    assert pg.sql("SELECT count(*) FROM layer_styles WHERE f_table_schema = %s",
                  (schema_name,)) == [(len(STYLED),)]
    # never the shared schema, and never a schema that is not a package, even with OVERWRITE
    with pytest.raises(QgsProcessingException, match="schema of its own"):
        run(CONNECTION=pg.name, SCHEMA="public", OVERWRITE=True)
    other = pg.schema("other")
    pg.sql('CREATE SCHEMA "%s"; CREATE TABLE "%s".keep (x integer)' % (other, other))
    with pytest.raises(QgsProcessingException, match="not a Zoem Zone package"):
        run(CONNECTION=pg.name, SCHEMA=other, OVERWRITE=True)
    assert pg.sql("SELECT to_regclass(%s) IS NOT NULL", ('"%s".keep' % other,)) == [(True,)]


def test_postgis_unknown_connection_is_explained(pg):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException):
        run(CONNECTION="no such connection %d" % os.getpid(), SCHEMA="zoemzone")
