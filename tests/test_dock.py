"""The Zoem Zone dock, used as an ecologist would: open a data package (GeoPackage, and
PostGIS when its server runs), get the layers in a group with styles and forms, filter by
partner, read the summary, open the kansenkaart and measure scenario pre-filled, and get a
clear message (with an offer to create a package) for a missing file or a GeoPackage that is
no package. The dock's methods are called directly; dialogs are created but not shown.
"""
import sys
import time

import pytest
import test_datapackage

# the PostGIS server of the data package tests (and the fixture it needs)
pg = test_datapackage.pg
processing_ready = test_datapackage.processing_ready

# 100 m x 50 m and 40 m x 10 m in Maastricht (EPSG:28992)
RECT = ("MULTIPOLYGON(((176000 318000, 176100 318000, 176100 318050, 176000 318050, "
        "176000 318000)))")
RECT2 = ("MULTIPOLYGON(((176200 318000, 176240 318000, 176240 318010, 176200 318010, "
         "176200 318000)))")
LINE = "MULTILINESTRING((176000 318100, 176030 318140))"
POINT = "POINT(176300 318300)"
HABITAT = ("MULTIPOLYGON(((176500 318500, 176600 318500, 176600 318600, 176500 318600, "
           "176500 318500)))")


# -- helpers ------------------------------------------------------------------------------

def wait_until(condition, timeout=5.0):
    """Let Qt run (timers, queued signals) until ``condition()`` holds."""
    from qgis.core import QgsApplication
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        QgsApplication.processEvents()
        time.sleep(0.01)


def add_rows(layer, rows):
    """Add ``rows`` ({field: value}, geometry under 'wkt') through the layer's provider."""
    from qgis.core import QgsFeature, QgsGeometry
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        for name, value in row.items():
            if name == "wkt":
                feature.setGeometry(QgsGeometry.fromWkt(value))
            else:
                feature[name] = value
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok, layer.dataProvider().lastError()


def raster(path, product=None):
    """A 2 × 2 GeoTIFF of LGN codes in EPSG:28992 as a layer; ``product``: the metadata item
    ZOEMZONE_PRODUCT the plugin writes into its rasters."""
    import numpy as np
    from osgeo import gdal, osr
    from qgis.core import QgsRasterLayer
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 2, 2, 1, gdal.GDT_Int16)
    dataset.SetGeoTransform((176000, 25, 0, 318050, 0, -25))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(np.array([[1, 2], [3, 5]]))
    if product:
        dataset.SetMetadataItem("ZOEMZONE_PRODUCT", product)
    dataset = None
    layer = QgsRasterLayer(str(path), path.stem)
    assert layer.isValid()
    return layer


def product_raster(path, product, mtime):
    """A tagged 2 × 2 raster as the plugin writes it (gdalio), its file dated ``mtime``
    (seconds since 1970), as a layer."""
    import os

    import numpy as np
    from osgeo import osr
    from qgis.core import QgsRasterLayer

    from zoemzone_plugin.engine.io.gdalio import Grid, write_single
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    grid = Grid(2, 2, (176000, 25, 0, 318050, 0, -25), srs.ExportToWkt())
    write_single(str(path), grid, product, np.array([[1, 2], [3, 5]], np.float32),
                 product=product)
    os.utime(str(path), (mtime, mtime))
    layer = QgsRasterLayer(str(path), path.stem)
    assert layer.isValid()
    return layer


def output_vector(kind, name, fields):
    """An empty memory layer with ``fields`` (names), as QGIS writes a temporary output."""
    from qgis.core import QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant
    layer = QgsVectorLayer("%s?crs=EPSG:28992" % kind, name, "memory")
    layer.dataProvider().addAttributes([QgsField(f, QVariant.Double) for f in fields])
    layer.updateFields()
    return layer


def fill(open_layer):
    """Two partners and six measures (four areas, a line, a point) and one habitat; returns
    {partner name: id}."""
    partners = open_layer("partners")
    add_rows(partners, [{"name": "Gemeente Maastricht", "kind": "gemeente"},
                        {"name": "Imkers Heuvelland", "kind": "burgerinitiatief"}])
    ids = {f["name"]: f["id"] for f in open_layer("partners").getFeatures()}
    gemeente, imkers = ids["Gemeente Maastricht"], ids["Imkers Heuvelland"]
    add_rows(open_layer("measures_area"), [
        {"wkt": RECT, "measure_type": "akkerrand", "status": "idee", "partner_id": gemeente},
        {"wkt": RECT2, "measure_type": "akkerrand", "status": "gepland", "partner_id": gemeente},
        {"wkt": RECT, "measure_type": "kruidenrijkgrasland", "status": "gerealiseerd",
         "partner_id": imkers},
        {"wkt": RECT2, "measure_type": "groendak", "status": "idee"}])
    add_rows(open_layer("measures_line"), [
        {"wkt": LINE, "measure_type": "haag", "status": "gepland", "partner_id": imkers}])
    add_rows(open_layer("measures_point"), [
        {"wkt": POINT, "measure_type": "bijenhotel", "status": "idee", "partner_id": imkers}])
    add_rows(open_layer("habitats"), [
        {"wkt": HABITAT, "habitat_type": "heide", "partner_id": imkers}])
    return ids


# the measures fill() adds: {(type, status): count} per partner (None: no partner)
BY_PARTNER = {
    "Gemeente Maastricht": {("akkerrand", "idee"): 1, ("akkerrand", "gepland"): 1},
    "Imkers Heuvelland": {("kruidenrijkgrasland", "gerealiseerd"): 1, ("haag", "gepland"): 1,
                          ("bijenhotel", "idee"): 1},
    None: {("groendak", "idee"): 1},
}


def everything():
    total = {}
    for counts in BY_PARTNER.values():
        for key, n in counts.items():
            total[key] = total.get(key, 0) + n
    return total


@pytest.fixture
def project(plugin, qgis_iface):
    from qgis.core import QgsProject
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


@pytest.fixture
def dock(project):
    from zoemzone_plugin.ui.dock import ZoemZoneDock
    widget = ZoemZoneDock()
    yield widget
    widget.cleanup()
    widget.deleteLater()


@pytest.fixture
def gpkg(plugin, tmp_path):
    from zoemzone_plugin.datapackage.create import create_geopackage, geopackage_layer
    path = create_geopackage(str(tmp_path / "zoemzone.gpkg"))
    ids = fill(lambda name: geopackage_layer(path, name))
    return path, ids


def open_gpkg(dock, path):
    from zoemzone_plugin.ui.package import GPKG, PackageSource
    dock.set_source(PackageSource(GPKG, path=path))
    assert dock.load(), dock.message()


def table_values(dock):
    """{(measure type, column header): value} of the summary table."""
    table = dock.summary_table
    assert table.horizontalHeaderItem(0).text() == "Measure type"
    return {(table.item(r, 0).text(), table.horizontalHeaderItem(c).text()):
            int(table.item(r, c).text())
            for r in range(table.rowCount()) for c in range(1, table.columnCount())}


# -- loading ------------------------------------------------------------------------------

def test_dock_loads_the_package_into_a_group_with_styles_and_forms(dock, gpkg, project,
                                                                   monkeypatch):
    from qgis.core import (QgsCategorizedSymbolRenderer, QgsLayerTreeGroup,
                           QgsValueRelationFieldFormatter)

    from zoemzone_plugin.datapackage.schema import STATUSES, table
    from zoemzone_plugin.i18n import tr
    from zoemzone_plugin.ui import package
    path, _ = gpkg
    assert dock.objectName() == "ZoemZoneDock"
    assert not dock.kansenkaart_button.isEnabled()

    def not_needed(*args):
        raise AssertionError("the style stored in the package was not applied")
    monkeypatch.setattr(package, "configure_layer", not_needed)
    open_gpkg(dock, path)
    group = project.layerTreeRoot().children()[0]
    assert isinstance(group, QgsLayerTreeGroup) and group.name() == tr("Zoem Zone")
    assert package.package_group(project) is group
    in_group = [project.mapLayer(i) for i in group.findLayerIds()]
    tables = [layer.customProperty(package.TABLE_PROPERTY) for layer in in_group]
    assert tables == list(package.MAP_TABLES + package.LOOKUP_TABLES)
    assert [layer.name() for layer in in_group[:3]] == [
        "Measures (points)", "Measures (lines)", "Measures (areas)"]
    assert all(layer.isValid() and layer.providerType() == "ogr" for layer in in_group)
    assert set(dock.layers) == set(tables)
    assert dock.kansenkaart_button.isEnabled() and dock.scenario_button.isEnabled()

    # the style stored in the package came with the layer: renderer, aliases, forms
    area = dock.layers["measures_area"]
    assert isinstance(area.renderer(), QgsCategorizedSymbolRenderer)
    assert [c.value() for c in area.renderer().categories()] == [s[0] for s in STATUSES]
    index = area.fields().indexOf
    assert area.attributeAlias(index("measure_type")) == "Measure type"
    assert area.editFormConfig().readOnly(index("area_m2"))
    for name in ("measures_area", "measures_line", "measures_point"):
        layer = dock.layers[name]
        for field, lookup in (("measure_type", "measure_types"), ("status", "statuses"),
                              ("partner_id", "partners")):
            setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
            assert setup.type() == "ValueRelation", (name, field)
            # pointing at the lookup layer loaded with it
            assert setup.config()["Layer"] == dock.layers[lookup].id(), (name, field)
    kind = dock.layers["partners"].editorWidgetSetup(
        dock.layers["partners"].fields().indexOf("kind"))
    assert kind.type() == "ValueRelation" and \
        kind.config()["Layer"] == dock.layers["partner_kinds"].id()

    def offered(layer, field, part="key"):
        config = layer.editorWidgetSetup(layer.fields().indexOf(field)).config()
        return sorted(getattr(i, part) for i in
                      QgsValueRelationFieldFormatter.createCache(config))
    assert offered(area, "measure_type") == sorted(
        ["akkerrand", "bermbeheer", "haag", "kruidenrijkgrasland", "nestplek",
         "hoogstamboomgaard", "groendak"])
    assert offered(dock.layers["measures_point"], "measure_type") == sorted(
        ["nestplek", "bijenhotel", "hoogstamboomgaard"])
    # (the names: PyQGIS cannot hand over the cache's integer keys)
    assert offered(area, "partner_id", "value") == sorted(gpkg[1])
    assert table("measures_area").title == "Measures (areas)"

    # loading again replaces the group instead of adding a second one
    count, first = len(project.mapLayers()), area.id()
    open_gpkg(dock, path)
    assert len(project.mapLayers()) == count and project.mapLayer(first) is None
    assert len([n for n in project.layerTreeRoot().children()
                if n.customProperty(package.GROUP_PROPERTY)]) == 1


def check_application_forms(dock):
    """The application layers' forms, as a user fills them in: drop-down lists of the loaded
    lookups, the partner's refusal as applicant with its reason, the amounts, the renderer."""
    from qgis.core import (QgsFeature, QgsFieldConstraints, QgsValueRelationFieldFormatter,
                           QgsVectorLayerUtils)
    for name in ("applications", "applications_point"):
        layer = dock.layers[name]
        index = layer.fields().indexOf
        for field, lookup in (("applicant_kind", "applicant_kinds"),
                              ("status", "application_statuses"),
                              ("co_applicant_partner_id", "partners"),
                              ("measure_type", "measure_types")):
            setup = layer.editorWidgetSetup(index(field))
            assert setup.type() == "ValueRelation", (name, field)
            assert setup.config()["Layer"] == dock.layers[lookup].id(), (name, field)
        offered = sorted(i.key for i in QgsValueRelationFieldFormatter.createCache(
            layer.editorWidgetSetup(index("status")).config()))
        assert offered == sorted(["ingediend", "toegekend", "afgewezen", "uitgevoerd"])
        # any measure type: the geometry is the project's place, not the measure's shape
        assert len(QgsValueRelationFieldFormatter.createCache(
            layer.editorWidgetSetup(index("measure_type")).config())) == 8
        assert layer.attributeAlias(index("applicant_kind")) == "Kind of applicant"
        assert layer.attributeAlias(index("co_applicant_partner_id")) == \
            "Co-applicant (partner)"
        assert layer.defaultValueDefinition(index("status")).expression() == "'ingediend'"
        assert layer.defaultValueDefinition(index("public")).expression() == "false"
        assert [c.value() for c in layer.renderer().categories()] == [
            "ingediend", "toegekend", "afgewezen", "uitgevoerd"]

        def form_says(**values):
            """What the form's hard constraints say of a feature with ``values``."""
            feature = QgsFeature(layer.fields())
            for field, value in values.items():
                feature[field] = value
            said = []
            for field in values:
                ok, errors = QgsVectorLayerUtils.validateAttribute(
                    layer, feature, index(field), QgsFieldConstraints.ConstraintStrengthHard)
                said += [] if ok else errors
            return " ".join(said)
        assert "A direct partner cannot apply alone" in form_says(applicant_kind="partner")
        assert form_says(applicant_kind="school", co_applicant_partner_id=1) == ""
        assert "May not be more than 'Amount requested (EUR)'" in form_says(
            amount_requested_eur=1000.0, amount_granted_eur=1200.0)
        assert form_says(amount_requested_eur=1000.0, amount_granted_eur=1000.0) == ""
        assert "May not be negative" in form_says(amount_requested_eur=-1.0)
        assert "May not be before 'Submitted on'" in form_says(
            submitted_on="2026-03-01", realised_on="2026-02-01")


def test_dock_loads_the_applications_with_their_forms(dock, gpkg, monkeypatch):
    from zoemzone_plugin.ui import package
    path, _ = gpkg

    def not_needed(*args):
        raise AssertionError("the style stored in the package was not applied")
    monkeypatch.setattr(package, "configure_layer", not_needed)
    open_gpkg(dock, path)
    assert [dock.layers[n].name() for n in ("applications", "applications_point")] == [
        "Fund applications (areas)", "Fund applications (points)"]
    check_application_forms(dock)


def test_dock_opens_a_package_of_version_2_with_the_applications_and_their_forms(
        dock, project, tmp_path, monkeypatch):
    """The upgrade stores the new tables' styles and forms in the package, as a new package
    has them."""
    import shutil

    from conftest import reference
    from zoemzone_plugin.ui import package
    path = str(tmp_path / "v2.gpkg")
    shutil.copy(reference("datapackage", "package_v2.gpkg"), path)

    def not_needed(*args):
        raise AssertionError("the style stored in the package was not applied")
    monkeypatch.setattr(package, "configure_layer", not_needed)
    open_gpkg(dock, path)
    assert set(dock.layers) == set(package.MAP_TABLES + package.LOOKUP_TABLES)
    check_application_forms(dock)
    assert dock.summary == {("akkerrand", "gepland"): 1, ("haag", "idee"): 1,
                            ("bijenhotel", "gerealiseerd"): 1}


def test_a_package_whose_styles_were_lost_gets_its_forms_from_the_schema(dock, gpkg):
    import sqlite3
    path, _ = gpkg
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM layer_styles")
    connection.commit()
    connection.close()
    open_gpkg(dock, path)
    area = dock.layers["measures_area"]
    setup = area.editorWidgetSetup(area.fields().indexOf("measure_type"))
    assert setup.type() == "ValueRelation"
    assert setup.config()["Layer"] == dock.layers["measure_types"].id()
    assert area.renderer().type() == "categorizedSymbol"


# -- partner filter and summary -----------------------------------------------------------

def test_partner_filter_sets_the_subset_and_the_summary_follows(dock, gpkg, project):
    from qgis.core import NULL

    from zoemzone_plugin.ui import package
    path, ids = gpkg
    open_gpkg(dock, path)
    combo = dock.partner_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All partners", "Gemeente Maastricht", "Imkers Heuvelland", "No partner given"]
    assert dock.summary == everything()
    assert dock.total() == 6
    values = table_values(dock)
    assert values[("flower-rich field margin", "idea")] == 1
    assert values[("flower-rich field margin", "Total")] == 2
    assert values[("Total", "planned")] == 2
    assert values[("Total", "Total")] == 6

    measure_layers = [dock.layers[n] for n in ("measures_area", "measures_line",
                                               "measures_point")]
    for name, partner in (("Gemeente Maastricht", ids["Gemeente Maastricht"]),
                          ("Imkers Heuvelland", ids["Imkers Heuvelland"]),
                          (None, package.NO_PARTNER)):
        dock.partner_combo.setCurrentIndex(dock.partner_combo.findData(partner))
        expected = package.partner_filter(partner)
        assert expected and all(layer.subsetString() == expected for layer in measure_layers)
        assert dock.summary == BY_PARTNER[name]
        assert table_values(dock)[("Total", "Total")] == sum(BY_PARTNER[name].values())
        shown = {f["partner_id"] for layer in measure_layers for f in layer.getFeatures()}
        assert shown == {partner if partner != package.NO_PARTNER else NULL}
    assert package.partner_filter(ids["Imkers Heuvelland"]) == \
        '"partner_id" = %d' % ids["Imkers Heuvelland"]
    assert project.readEntry("zoemzone", "partner", "")[0] == str(package.NO_PARTNER)
    dock.set_partner(None)      # all partners
    assert all(layer.subsetString() == "" for layer in measure_layers)
    assert dock.summary == everything()
    assert project.readEntry("zoemzone", "partner", "")[0] == ""


def test_summary_fits_a_350_px_dock(dock, gpkg):
    """Every column in view without scrolling sideways, every count as wide as its text and
    the measure types readable: in a 380 px dock "in progress / realised / total" were
    behind a scrollbar."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtGui import QFontMetrics
    path, _ = gpkg
    dock.resize(350, 900)
    dock.show()
    open_gpkg(dock, path)
    QgsApplication.processEvents()
    assert dock.width() == 350
    table = dock.summary_table
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    assert last == 5 and header.sectionPosition(0) == 0
    assert header.sectionPosition(last) + header.sectionSize(last) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.mapTo(dock, QPoint(table.width(), 0)).x() <= dock.width()
    for row in range(table.rowCount()):
        for column in range(1, table.columnCount()):
            item = table.item(row, column)
            assert QFontMetrics(item.font()).horizontalAdvance(item.text()) < \
                header.sectionSize(column) - 4, (row, column)
    assert header.sectionSize(0) >= table.fontMetrics().horizontalAdvance("flower-rich fi")


def test_summary_follows_edits_and_new_partners(dock, gpkg):
    from qgis.core import QgsFeature, QgsGeometry
    path, _ = gpkg
    open_gpkg(dock, path)
    area = dock.layers["measures_area"]
    assert area.startEditing()
    feature = QgsFeature(area.fields())
    feature.setGeometry(QgsGeometry.fromWkt(RECT))
    feature["measure_type"] = "groendak"
    feature["status"] = "gerealiseerd"
    assert area.addFeature(feature)
    wait_until(lambda: dock.total() == 7)
    assert dock.summary[("groendak", "gerealiseerd")] == 1
    assert table_values(dock)[("green roof", "realised")] == 1
    assert area.rollBack()
    wait_until(lambda: dock.total() == 6)

    partners = dock.layers["partners"]
    assert partners.startEditing()
    partner = QgsFeature(partners.fields())
    partner["name"] = "Boer Janssen"
    partner["kind"] = "agrariër"
    assert partners.addFeature(partner)
    assert partners.commitChanges(), partners.commitErrors()
    wait_until(lambda: dock.partner_combo.findText("Boer Janssen") > 0)


# -- Processing dialogs -------------------------------------------------------------------

@pytest.fixture
def dialogs(qgis_iface, monkeypatch):
    """Processing's dialogs ask QGIS's iface for the browser, which pytest-qgis's stand-in
    lacks."""
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)


def test_algorithm_dialogs_are_prefilled_with_the_loaded_layers(dock, gpkg, dialogs):
    from zoemzone_plugin.ui import package
    path, ids = gpkg
    open_gpkg(dock, path)
    layers = dock.layers
    scenario = dock.algorithm_parameters(package.MEASURE_SCENARIO)
    assert scenario == {"MEASURES": layers["measures_area"].id(),
                        "MEASURE_FIELD": "measure_type",
                        "PATCHES": layers["habitats"].id()}
    kansenkaart = dock.algorithm_parameters(package.KANSENKAART)
    assert kansenkaart == {"AVAILABLE_LAND": layers["measures_area"].id()}
    assert "LANDUSE" not in scenario and "LANDUSE" not in kansenkaart
    # the measures layer chosen in the dock
    dock.measure_layer_combo.setCurrentIndex(dock.measure_layer_combo.findData("measures_line"))
    assert dock.algorithm_parameters(package.MEASURE_SCENARIO)["MEASURES"] == \
        layers["measures_line"].id()
    assert package.algorithm_parameters(package.MEASURE_SCENARIO, layers,
                                        "measures_point")["MEASURES"] == \
        layers["measures_point"].id()

    # the real Processing dialogs take the values (created, not shown)
    dialog = dock.algorithm_dialog(package.MEASURE_SCENARIO)
    try:
        wrappers = dialog.mainWidget().wrappers
        assert wrappers["MEASURES"].parameterValue() == layers["measures_line"].id()
        assert wrappers["MEASURE_FIELD"].parameterValue() == "measure_type"
        assert wrappers["PATCHES"].parameterValue() == layers["habitats"].id()
        assert not wrappers["LANDUSE"].parameterValue()
    finally:
        dialog.deleteLater()
    dialog = dock.algorithm_dialog(package.KANSENKAART)
    try:
        wrappers = dialog.mainWidget().wrappers
        assert wrappers["AVAILABLE_LAND"].parameterValue() == layers["measures_area"].id()
        assert not wrappers["PARCELS"].parameterValue()
    finally:
        dialog.deleteLater()

    # with the filter on a partner without areas or habitat, those inputs are left empty
    dock.set_partner(package.NO_PARTNER)
    assert dock.algorithm_parameters(package.KANSENKAART) == {
        "AVAILABLE_LAND": layers["measures_area"].id()}      # the green roof has no partner
    dock.set_partner(ids["Imkers Heuvelland"])
    layers["habitats"].setSubsetString('"partner_id" IS NULL')
    assert dock.algorithm_parameters(package.MEASURE_SCENARIO).keys() == \
        {"MEASURES", "MEASURE_FIELD"}
    dock.measure_layer_combo.setCurrentIndex(dock.measure_layer_combo.findData("measures_area"))
    dock.set_partner(ids["Gemeente Maastricht"])
    layers["measures_area"].setSubsetString('"partner_id" = -99')
    assert dock.algorithm_parameters(package.KANSENKAART) == {}


@pytest.fixture
def slot_errors(monkeypatch):
    """The exceptions raised in slots (a button's click): recorded, where PyQt would otherwise
    abort the process."""
    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, traceback: errors.append(value))
    return errors


def shown_dialogs():
    from qgis.PyQt.QtWidgets import QApplication, QDialog
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible()]


def test_every_dialog_button_opens_again_after_its_dialog_was_closed(dock, gpkg, tmp_path,
                                                                      dialogs, slot_errors):
    """Processing deletes a dialog when it is closed; the dock must not touch it after."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from zoemzone_plugin.ui.package import GPKG, PackageSource
    path, _ = gpkg
    open_gpkg(dock, path)
    lgn = raster(tmp_path / "lgn2021.tif")
    dock.project.addMapLayers([lgn, product_raster(tmp_path / "p.tif", "priority", 1e9),
                               product_raster(tmp_path / "b.tif", "best_measure", 1e9)])
    dock.set_landuse(lgn)
    dock.set_source(PackageSource(GPKG, path=str(tmp_path / "nieuw.gpkg")))
    assert not dock.load() and dock.create_parameters      # offers to create it
    for button in (dock.kansenkaart_button, dock.scenario_button, dock.website_button,
                   dock.report_button, dock.create_button):
        for _ in range(3):
            before = shown_dialogs()
            button.click()
            assert not slot_errors, button.text()
            opened = [dialog for dialog in shown_dialogs() if dialog not in before]
            assert len(opened) == 1, button.text()
            opened[0].close()
            QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
            assert opened[0] not in shown_dialogs()
    dock.cleanup()
    assert not slot_errors


CHAIN_VECTORS = {   # the fields QGIS writes into the chain's vector outputs
    "PATCHES": ("Polygon", ["id", "area_m2", "quality"]),
    "NETWORK_NODES": ("Polygon", ["id", "capacity", "component", "dPC", "dPCintra", "dPCflux",
                                  "dPCconnector", "dIIC"]),
    "NETWORK_LINKS": ("LineString", ["from_id", "to_id", "distance", "probability"]),
    "PARCEL_RANKING": ("Polygon", ["id", "rank", "score_sum", "score_mean", "best_measure"]),
}


def test_publish_dialogs_are_prefilled_with_the_package_and_the_last_chain_run(
        dock, gpkg, project, tmp_path, dialogs, monkeypatch):
    from zoemzone_plugin.ui import package
    path, _ = gpkg
    open_gpkg(dock, path)
    study_areas = dock.layers["study_areas"].id()
    # a project opened with two runs' rasters: the newer file wins, whichever comes first in
    # the layer tree or in mapLayers() (ordered by id, that is by name: "eerste" first)
    day = 86400
    rasters = [product_raster(tmp_path / ("%s_%s.tif" % (run, p)), p, 1e9 + age)
               for run, p, age in (("tweede", "priority", day), ("eerste", "priority", 0),
                                   ("eerste", "best_measure", 0), ("tweede", "best_measure", day),
                                   ("run", "gain", 0), ("run", "supply", 0),
                                   ("run", "food_gaps", 0), ("run", "scenario_supply", day),
                                   ("run", "measure_gain", day))]
    ids = {layer.name(): layer.id() for layer in rasters}
    project.addMapLayers([raster(tmp_path / "lgn2021.tif")] + rasters)
    saved = str(tmp_path / "project.qgz")
    assert project.write(saved)
    assert project.read(saved)
    assert dock.layers and dock.layers["study_areas"].id() == study_areas
    outputs = {name: layer.id() for name, layer in dock.chain_outputs().items()}
    chain = {"PRIORITY": ids["tweede_priority"], "BEST_MEASURE": ids["tweede_best_measure"],
             "GAIN": ids["run_gain"], "SUPPLY": ids["run_supply"],
             "FOOD_GAPS": ids["run_food_gaps"]}
    assert outputs == chain
    # a run in this session (temporary vectors: memory layers without a file time) wins over
    # the project's layers, though its raster file is older than theirs
    vectors = {name: output_vector(kind, name.lower(), fields)
               for name, (kind, fields) in CHAIN_VECTORS.items()}
    project.addMapLayers(list(vectors.values()) +
                         [output_vector("LineString", "wegen", ["id", "width"])])
    rerun = product_raster(tmp_path / "rerun_priority.tif", "priority", 1e9 - day)
    project.addMapLayer(rerun)
    chain.update({name: layer.id() for name, layer in vectors.items()}, PRIORITY=rerun.id())
    monkeypatch.setattr(package, "user_language", lambda: "en")
    assert dock.algorithm_parameters(package.PUBLISH_WEBSITE) == dict(
        chain, PACKAGE=path, STUDY_AREAS=study_areas, LANGUAGE=1)
    dock.set_landuse(project.mapLayersByName("lgn2021")[0])
    guilds = str(tmp_path / "gilden.csv")
    dock.table_widgets["GUILD_TABLE"].setFilePath(guilds)
    lgn_id = project.mapLayersByName("lgn2021")[0].id()
    report = dict(chain, PACKAGE=path, STUDY_AREAS=study_areas, AREA_FIELD="name", LANGUAGE=1,
                  LANDUSE=lgn_id, GUILD_TABLE=guilds)
    assert dock.algorithm_parameters(package.ADVICE_REPORT) == report
    monkeypatch.setattr(package, "user_language", lambda: "nl")
    assert dock.algorithm_parameters(package.PUBLISH_WEBSITE)["LANGUAGE"] == 0

    # the real dialogs take them
    for algorithm, expected in ((package.PUBLISH_WEBSITE, dict(
            chain, PACKAGE=path, STUDY_AREAS=study_areas, LANGUAGE=0)),
            (package.ADVICE_REPORT, dict(report, LANGUAGE=0))):
        dialog = dock.open_algorithm(algorithm)
        try:
            wrappers = dialog.mainWidget().wrappers
            assert {name: wrappers[name].parameterValue() for name in expected} == expected
        finally:
            dialog.close()


def test_publish_parameters_of_a_postgis_package():
    """Both publish algorithms read a PostGIS package by connection name, with "/schema"
    when it is not in the schema "zoemzone"."""
    from qgis.core import QgsVectorLayer

    from zoemzone_plugin.ui import package
    areas = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=name:string", "gebieden",
                           "memory")
    layers = {"study_areas": areas}
    source = package.PackageSource(package.POSTGRES, connection="zoemzone-pg")
    other = package.PackageSource(package.POSTGRES, connection="zoemzone-pg", schema="limburg")
    for algorithm_id in (package.PUBLISH_WEBSITE, package.ADVICE_REPORT):
        parameters = package.algorithm_parameters(algorithm_id, layers, source=source)
        assert parameters["PACKAGE"] == "zoemzone-pg"
        assert parameters["STUDY_AREAS"] == areas.id()
        assert package.algorithm_parameters(algorithm_id, layers, source=other)["PACKAGE"] == (
            "zoemzone-pg/limburg")


def test_publish_buttons_say_to_run_the_chain_first(dock, gpkg, project, tmp_path, dialogs,
                                                    slot_errors):
    path, _ = gpkg
    assert not dock.website_button.isEnabled() and not dock.report_button.isEnabled()
    open_gpkg(dock, path)
    assert dock.website_button.isEnabled() and dock.report_button.isEnabled()
    lgn = raster(tmp_path / "lgn2021.tif")
    project.addMapLayers([lgn, product_raster(tmp_path / "gain.tif", "gain", 1e9)])
    dock.set_landuse(lgn)
    for button in (dock.website_button, dock.report_button, dock.website_button):
        dock.clear_message()
        before = shown_dialogs()
        button.click()
        assert shown_dialogs() == before, button.text()
        assert "Run 'Kansenkaart chain (whole pilot)'" in dock.message()
        # a priority alone is not enough either
        project.addMapLayer(product_raster(tmp_path / ("p%d.tif" % len(project.mapLayers())),
                                           "priority", 1e9))
    assert not slot_errors


def test_land_use_chooser_offers_no_product_of_the_plugin(dock, project, tmp_path):
    """The priority classes 2–5 are valid LGN codes: a scenario run on the Priority output
    reported +245 %. Only rasters not tagged as another product are offered, none is chosen
    for the user, and the choice is kept in the project."""
    from osgeo import gdal
    from qgis.core import QgsVectorLayer
    lgn = raster(tmp_path / "lgn2021.tif")
    built = raster(tmp_path / "landgebruik.tif", "landuse")
    priority = raster(tmp_path / "prioriteit.tif", "priority")
    gain = raster(tmp_path / "winst.tif", "gain")
    roads = QgsVectorLayer("LineString?crs=EPSG:28992", "wegen", "memory")
    project.addMapLayers([priority, lgn, roads, gain, built])
    combo = dock.landuse_combo

    def offered():
        return {combo.layer(i).id() for i in range(combo.count()) if combo.layer(i)}

    assert offered() == {lgn.id(), built.id()}
    assert combo.currentLayer() is None and "LANDUSE" not in dock.run_inputs()
    dock.set_landuse(priority)                          # refused
    assert combo.currentLayer() is None
    assert project.readEntry("zoemzone", "landuse", "")[0] == ""
    index = combo.findText("lgn2021")                   # the user's choice
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert project.readEntry("zoemzone", "landuse", "")[0] == lgn.id()
    assert dock.run_inputs() == {"LANDUSE": lgn.id()}

    later = raster(tmp_path / "later.tif", "priority")
    project.addMapLayer(later)
    assert offered() == {lgn.id(), built.id()} and combo.currentLayer() is lgn
    # a file written over by a plugin step since it was chosen is dropped when used
    dataset = gdal.Open(str(tmp_path / "lgn2021.tif"), gdal.GA_Update)
    dataset.SetMetadataItem("ZOEMZONE_PRODUCT", "bestmeasure")
    dataset = None
    assert dock.run_inputs() == {} and offered() == {built.id()}
    assert combo.currentLayer() is None


def test_dialogs_take_the_land_use_and_tables_of_the_dock_not_the_active_layer(
        dock, gpkg, project, tmp_path, dialogs, qgis_iface):
    from zoemzone_plugin.ui import package
    path, _ = gpkg
    open_gpkg(dock, path)
    lgn = raster(tmp_path / "lgn2021.tif")
    priority = raster(tmp_path / "prioriteit.tif", "priority")
    project.addMapLayers([lgn, priority])
    qgis_iface.setActiveLayer(priority)
    # nothing chosen: the buttons say so instead of opening on the active layer
    for algorithm in (package.KANSENKAART, package.MEASURE_SCENARIO):
        dock.clear_message()
        assert dock.open_algorithm(algorithm) is None
        assert "Choose the land-use raster" in dock.message()

    dock.set_landuse(lgn)
    tables = {}
    for name in ("BIOPHYSICAL_TABLE", "GUILD_TABLE", "MEASURES_CATALOGUE"):
        tables[name] = str(tmp_path / ("%s.csv" % name.lower()))
        dock.table_widgets[name].setFilePath(tables[name])
    for algorithm in (package.KANSENKAART, package.MEASURE_SCENARIO):
        dialog = dock.open_algorithm(algorithm)
        try:
            wrappers = dialog.mainWidget().wrappers
            assert wrappers["LANDUSE"].parameterValue() == lgn.id()
            for name, table in tables.items():
                assert wrappers[name].parameterValue() == table
        finally:
            dialog.close()
    # an emptied table is the algorithm's default again
    dock.table_widgets["GUILD_TABLE"].setFilePath("")
    assert "GUILD_TABLE" not in dock.algorithm_parameters(package.KANSENKAART)


def test_land_use_and_tables_are_saved_with_the_project(dock, project, tmp_path):
    from zoemzone_plugin.ui.dock import ZoemZoneDock
    lgn = raster(tmp_path / "lgn2021.tif")
    dem = raster(tmp_path / "ahn.tif")
    project.addMapLayers([dem, lgn])
    dock.set_landuse(lgn)
    lgn_id = lgn.id()                                   # the layer is gone with the clear
    guilds = str(tmp_path / "tabellen" / "gilden.csv")
    dock.table_widgets["GUILD_TABLE"].setFilePath(guilds)
    saved = str(tmp_path / "project.qgz")
    assert project.write(saved)
    project.clear()
    assert dock.landuse_combo.currentLayer() is None
    assert dock.table_widgets["GUILD_TABLE"].filePath() == ""
    assert project.read(saved)
    assert dock.landuse_combo.currentLayer().id() == lgn_id
    assert dock.table_widgets["GUILD_TABLE"].filePath() == guilds
    assert dock.table_widgets["BIOPHYSICAL_TABLE"].filePath() == ""
    assert not project.isDirty()
    other = ZoemZoneDock()                              # the plugin reloaded
    try:
        assert other.run_inputs() == {"LANDUSE": lgn_id, "GUILD_TABLE": guilds}
    finally:
        other.cleanup()
        other.deleteLater()
    # the land use removed from the project: none chosen, not the other raster
    project.removeMapLayer(lgn_id)
    assert dock.landuse_combo.currentLayer() is None and "LANDUSE" not in dock.run_inputs()


def test_buttons_need_a_loaded_package(dock):
    from zoemzone_plugin.ui import package
    assert dock.open_algorithm(package.KANSENKAART) is None
    assert "Load a data package first" in dock.message()


# -- messages -----------------------------------------------------------------------------

def test_missing_file_gives_a_message_and_offers_to_create_it(dock, tmp_path, project,
                                                              dialogs):
    import processing

    from zoemzone_plugin.ui import package
    from zoemzone_plugin.ui.package import GPKG, PackageSource
    path = str(tmp_path / "nieuw" / "zoemzone.gpkg")
    dock.set_source(PackageSource(GPKG, path=path))
    assert not dock.load()
    assert "does not exist" in dock.message() and path in dock.message()
    assert dock.create_parameters == {"OUTPUT": path}
    assert package.package_group(project) is None and not dock.layers
    dialog = dock.create_dialog()
    try:
        assert dialog.mainWidget().wrappers["OUTPUT"].parameterValue() == path
    finally:
        dialog.deleteLater()
    # the package the dialog creates is loaded when it is done
    results = processing.run(package.CREATE_PACKAGE, {"OUTPUT": path})
    dock._package_created(None, True, results)
    assert set(dock.layers) == set(package.MAP_TABLES + package.LOOKUP_TABLES)
    assert dock.total() == 0 and dock.partner_combo.count() == 2

    dock.set_source(PackageSource(GPKG, path=""))
    assert not dock.load()
    assert "Choose the data package" in dock.message()


def test_offer_to_create_a_geopackage_always_names_a_new_file(dock, project, tmp_path,
                                                              dialogs):
    """With GeoPackage chosen, the create dialog's output is a file, never "[Skip output]"."""
    from zoemzone_plugin.ui.package import GPKG, PackageSource

    def offered(path):
        dock.set_source(PackageSource(GPKG, path=path))
        assert not dock.load()
        dialog = dock.create_dialog()
        try:
            return dialog.mainWidget().wrappers["OUTPUT"].parameterValue()
        finally:
            dialog.deleteLater()

    project.setPresetHomePath(str(tmp_path))
    assert offered("") == str(tmp_path / "zoemzone.gpkg")     # none chosen: beside the project
    (tmp_path / "zoemzone.gpkg").write_text("taken")
    assert offered("") == str(tmp_path / "zoemzone_2.gpkg")
    (tmp_path / "notities.txt").write_text("no GeoPackage at all")
    assert offered(str(tmp_path / "notities.txt")) == str(tmp_path / "zoemzone_2.gpkg")
    assert offered(str(tmp_path / "nieuw" / "pakket")) == str(tmp_path / "nieuw" /
                                                              "zoemzone.gpkg")
    assert offered(str(tmp_path / "nieuw" / "pakket.gpkg")) == str(tmp_path / "nieuw" /
                                                                   "pakket.gpkg")


def test_a_geopackage_that_is_no_package_gives_a_message(dock, tmp_path):
    from osgeo import ogr

    from zoemzone_plugin.ui.package import GPKG, PackageSource
    other = str(tmp_path / "wegen.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(other)
    dataset.CreateLayer("wegen", geom_type=ogr.wkbLineString)
    dataset = None
    dock.set_source(PackageSource(GPKG, path=other))
    assert not dock.load()
    assert "is not a Zoem Zone data package" in dock.message() and other in dock.message()
    assert dock.create_parameters == {"OUTPUT": str(tmp_path / "zoemzone.gpkg")}
    assert not dock.layers

    text = tmp_path / "notities.gpkg"
    text.write_text("no GeoPackage at all")
    dock.set_source(PackageSource(GPKG, path=str(text)))
    assert not dock.load()
    assert "is not a GeoPackage" in dock.message()


def test_incomplete_package_is_named_as_such(dock, gpkg):
    import sqlite3

    from zoemzone_plugin.ui.package import GPKG, PackageProblem, PackageSource, check_source
    path, _ = gpkg
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM gpkg_contents WHERE table_name = 'observations'")
    connection.commit()
    connection.close()
    with pytest.raises(PackageProblem, match="incomplete.*observations"):
        check_source(PackageSource(GPKG, path=path))
    dock.set_source(PackageSource(GPKG, path=path))
    assert not dock.load() and "observations" in dock.message()
    assert dock.create_parameters is None


# -- remembered per project ---------------------------------------------------------------

def test_source_and_filter_are_remembered_in_the_project(dock, gpkg, project, tmp_path):
    from zoemzone_plugin.ui import package
    from zoemzone_plugin.ui.dock import ZoemZoneDock
    from zoemzone_plugin.ui.package import GPKG, PackageSource
    path, ids = gpkg
    open_gpkg(dock, path)
    dock.set_partner(ids["Imkers Heuvelland"])
    assert PackageSource.read(project) == PackageSource(GPKG, path=path)

    saved = str(tmp_path / "project.qgz")
    assert project.write(saved)
    project.clear()
    assert not dock.layers and dock.file_widget.filePath() == ""
    assert project.read(saved)
    # the reopened project's group and filter are taken up again, not loaded twice
    assert dock.file_widget.filePath() == path
    assert set(dock.layers) == set(package.MAP_TABLES + package.LOOKUP_TABLES)
    assert dock.partner() == ids["Imkers Heuvelland"]
    assert dock.layers["measures_area"].subsetString() == \
        package.partner_filter(ids["Imkers Heuvelland"])
    assert dock.summary == BY_PARTNER["Imkers Heuvelland"]
    setup = dock.layers["measures_area"].editorWidgetSetup(
        dock.layers["measures_area"].fields().indexOf("measure_type"))
    assert setup.config()["Layer"] == dock.layers["measure_types"].id()

    # a second dock (the plugin reloaded) picks up the same
    other = ZoemZoneDock()
    try:
        assert other.source() == PackageSource(GPKG, path=path)
        assert other.layers == dock.layers
    finally:
        other.cleanup()
        other.deleteLater()

    # removing the group leaves the dock without layers, not with dangling ones
    package.remove_package(project)
    assert not dock.layers and not dock.scenario_button.isEnabled()


# -- the plugin ---------------------------------------------------------------------------

def test_init_gui_adds_the_dock_and_unload_removes_it(plugin, qgis_iface, project,
                                                      monkeypatch):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QDockWidget

    from zoemzone_plugin.plugin import ZoemZonePlugin
    from zoemzone_plugin.ui.dock import ZoemZoneDock
    added, removed = [], []
    monkeypatch.setattr(qgis_iface, "addDockWidget",
                        lambda area, widget: added.append((area, widget)))
    monkeypatch.setattr(qgis_iface, "removeDockWidget", removed.append, raising=False)
    registry = QgsApplication.processingRegistry()
    plugin.unload()                     # the session's plugin makes way for a desktop one
    desktop = ZoemZonePlugin(qgis_iface)
    try:
        desktop.initGui()
        assert registry.providerById("zoemzone") is desktop.provider
        assert len(added) == 1
        area, dock = added[0]
        assert area == Qt.RightDockWidgetArea
        assert isinstance(dock, ZoemZoneDock) and dock is desktop.dock
        assert qgis_iface.mainWindow().findChild(QDockWidget, "ZoemZoneDock") is dock
        desktop.unload()
        assert removed == [dock] and desktop.dock is None
        assert qgis_iface.mainWindow().findChild(QDockWidget, "ZoemZoneDock") is None
        assert registry.providerById("zoemzone") is None
    finally:
        desktop.unload()
        plugin.initProcessing()
    assert registry.providerById("zoemzone") is plugin.provider


def test_without_iface_no_dock(plugin):
    from zoemzone_plugin.plugin import ZoemZonePlugin
    headless = ZoemZonePlugin(None)
    plugin.unload()
    try:
        headless.initGui()              # as qgis_process would never do, but safely
        assert headless.dock is None and headless.provider is not None
    finally:
        headless.unload()
        plugin.initProcessing()


# -- PostGIS ------------------------------------------------------------------------------

def test_dock_loads_a_postgis_package(pg, dock, project):
    """The same in PostGIS, on the server test_datapackage starts (skipped, saying why, only
    when it cannot be started; CI fails instead)."""
    run = test_datapackage.run
    from zoemzone_plugin.datapackage.create import postgis_layer, postgres_connection
    from zoemzone_plugin.ui import package
    from zoemzone_plugin.ui.package import POSTGRES, PackageSource
    schema_name = pg.schema("dock")
    assert run(CONNECTION=pg.name, SCHEMA=schema_name)["SCHEMA"] == schema_name
    connection = postgres_connection(pg.name)
    ids = fill(lambda name: postgis_layer(connection, schema_name, name))

    dock.set_source(PackageSource(POSTGRES, connection=pg.name, schema=schema_name))
    assert dock.source() == PackageSource(POSTGRES, connection=pg.name, schema=schema_name)
    assert dock.load(), dock.message()
    assert all(layer.providerType() == "postgres" for layer in dock.layers.values())
    area = dock.layers["measures_area"]
    setup = area.editorWidgetSetup(area.fields().indexOf("measure_type"))
    assert setup.type() == "ValueRelation"
    assert setup.config()["Layer"] == dock.layers["measure_types"].id()
    assert dock.summary == everything()
    dock.set_partner(ids["Gemeente Maastricht"])
    assert dock.summary == BY_PARTNER["Gemeente Maastricht"]
    assert dock.algorithm_parameters(package.MEASURE_SCENARIO)["MEASURES"] == area.id()

    dock.set_source(PackageSource(POSTGRES, connection=pg.name, schema=pg.schema("leeg")))
    assert not dock.load()
    assert "no data package in it yet" in dock.message()
    assert dock.create_parameters["CONNECTION"] == pg.name
