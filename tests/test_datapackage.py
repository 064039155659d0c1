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
                   "observations": "Point", "study_areas": "MultiPolygon"}
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
}
STATUSES = ["idee", "gepland", "in uitvoering", "gerealiseerd"]
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

    from zoemzone_plugin.algorithms.create_data_package import CreateDataPackageAlgorithm
    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    return alg or CreateDataPackageAlgorithm().create()


def run(**params):
    import processing
    return processing.run(algorithm(), params)


def catalogue():
    from zoemzone_plugin.engine.catalogue import read_catalogue
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


def check_layers(open_layer):
    from qgis.core import QgsWkbTypes
    for name, fields in EXPECTED_FIELDS.items():
        layer = open_layer(name)
        assert layer.isValid(), name
        assert layer.fields().names() == fields, name
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
    assert set(by_table) == {"partners", "measures_area", "measures_line", "measures_point",
                             "habitats", "observations", "study_areas"}
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
    assert {r[1] for r in stored} == {"partners", "measures_area", "measures_line",
                                      "measures_point", "habitats", "observations",
                                      "study_areas"}
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
    assert editor_a.addFeature(good_measure(editor_a, notes="editor A"))
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
                  (schema_name,)) == [(7,)]
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
