"""Readable results: legends with names and units in the user's language, and the measure
scenario's report with names instead of codes.

Legends are read from the renderers that Processing's post-processors set when the outputs
are loaded (processing.runAndLoadResults), as a user gets them."""
import os

import numpy as np
import pytest
from conftest import ROOT, dutch

from zoemzone_plugin.engine.io.gdalio import Grid, read_band, write_labels, write_single

DEMO_LANDUSE = os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif")


@pytest.fixture
def loaded(plugin):
    """run(alg, **params) -> {layer name: layer} of the outputs loaded into the project,
    styled by the algorithm's post-processors; removed again afterwards."""
    import processing
    from qgis.core import QgsProject
    project = QgsProject.instance()
    added = []

    def run(alg, **params):
        before = set(project.mapLayers())
        result = processing.runAndLoadResults("zoemzone:" + alg, params)
        new = {i: layer for i, layer in project.mapLayers().items() if i not in before}
        added.extend(new)
        return result, {layer.name(): layer for layer in new.values()}
    yield run
    project.removeMapLayers([i for i in added if project.mapLayer(i) is not None])


def crop(tmp_path, size=60):
    """A corner of the demo land use: maize, grassland and water within a few hundred m."""
    from osgeo import gdal
    path = str(tmp_path / "landuse.tif")
    gdal.Translate(path, DEMO_LANDUSE, srcWin=[200, 200, size, size])
    return path


def legend_texts(layer):
    """The texts of the layer's legend in the layer tree, as the Layers panel shows them."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.PyQt.QtCore import Qt
    project = QgsProject.instance()
    model = QgsLayerTreeModel(project.layerTreeRoot())
    node = project.layerTreeRoot().findLayer(layer.id())
    return [n.data(Qt.DisplayRole) for n in model.layerLegendNodes(node)]


def catalogue():
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    return read_catalogue(os.path.join(ROOT, "resources", "tables", "measures_nl.csv"), None)


def ramp_items(layer):
    return layer.renderer().shader().rasterShaderFunction().colorRampItemList()


def looks_like_nodata(color):
    """Black, white or grey: what a nodata cell or the canvas looks like."""
    return color.value() < 60 or color.hsvSaturation() < 60


def square_parcels(path, grid, count=2):
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("parcels", srs, ogr.wkbPolygon)
    x0, y0 = grid.geotransform[0], grid.geotransform[3]
    for k in range(count):
        f = ogr.Feature(layer.GetLayerDefn())
        x = x0 + 100 + 200 * k
        f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
            x, y0 - 100, x + 150, y0 - 100, x + 150, y0 - 250, x, y0 - 250, x, y0 - 100)))
        layer.CreateFeature(f)
    ds = None
    return path


def test_kansenkaart_legends_name_priorities_measures_and_units(loaded, tmp_path):
    landuse = crop(tmp_path)
    _, _, grid = read_band(landuse)
    gains = str(tmp_path / "gains")
    result, layers = loaded(
        "kansenkaart", LANDUSE=landuse, GAIN=str(tmp_path / "gain.tif"),
        BEST_MEASURE=str(tmp_path / "best.tif"), PRIORITY=str(tmp_path / "priority.tif"),
        PARCELS=square_parcels(str(tmp_path / "parcels.gpkg"), grid),
        PARCEL_RANKING=str(tmp_path / "ranking.gpkg"), MEASURE_GAINS=gains)
    priority = layers["Priority"]
    assert [c.label for c in priority.renderer().classes()] == [
        "1 – highest priority", "2", "3", "4", "5 – lowest"]
    assert [c.value for c in priority.renderer().classes()] == [1, 2, 3, 4, 5]
    assert legend_texts(priority) == ["1 – highest priority", "2", "3", "4", "5 – lowest"]

    classes = layers["Best measure"].renderer().classes()
    assert [(c.value, c.label) for c in classes] == [(m.id, m.name_en) for m in catalogue()]
    colors = [c.color for c in classes]
    assert not [c.name() for c in colors if looks_like_nodata(c)]
    assert len({c.name() for c in colors}) == len(colors)
    # the most common measure on the map is as visible as the others
    best, valid, _ = read_band(result["BEST_MEASURE"])
    common = np.bincount(best[valid].astype(int)).argmax()
    assert not looks_like_nodata(next(c.color for c in classes if c.value == common))

    gain = layers["Gain in supply"]
    items = ramp_items(gain)
    assert all(item.label.endswith(" (index)") for item in items)
    assert gain.renderer().shader().rasterShaderFunction().legendSettings().suffix() == \
        " (index)"
    assert not [t for t in legend_texts(gain) if isinstance(t, str) and "Band 1" in t]
    stats = gain.dataProvider().bandStatistics(1)
    assert items[0].value == pytest.approx(stats.minimumValue)
    assert items[-1].value == pytest.approx(stats.maximumValue)

    ranking = layers["Parcel ranking"]
    assert ranking.renderer().type() == "graduatedSymbol"
    assert ranking.renderer().classAttribute() == "rank"

    from qgis.core import QgsRasterLayer
    for measure in catalogue():
        path = os.path.join(gains, "%s.tif" % measure.code)
        assert os.path.exists(path[:-4] + ".qml"), measure.code
        opened = QgsRasterLayer(path, measure.code)       # as a user opens it later
        assert opened.renderer().type() == "singlebandpseudocolor"
        assert ramp_items(opened)[-1].label.endswith(" (index)")


def test_scenario_changes_on_a_ramp_centred_on_zero_and_report_names(loaded, tmp_path):
    from osgeo import ogr, osr
    landuse = crop(tmp_path)
    lu, valid, grid = read_band(landuse)
    rows, cols = np.nonzero(lu == 2)                    # maize: a flower strip may go there
    x0, dx, _, y0, _, dy = grid.geotransform
    x, y = x0 + (cols[0] + 0.5) * dx, y0 + (rows[0] + 0.5) * dy
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    measures = str(tmp_path / "measures.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(measures)
    layer = ds.CreateLayer("measures", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("type", ogr.OFTString))
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetField("type", "akkerrand")
    f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        x - 4, y - 4, x + 4, y - 4, x + 4, y + 4, x - 4, y + 4, x - 4, y - 4)))
    layer.CreateFeature(f)
    ds = None
    outputs = {n: str(tmp_path / (n.lower() + ".tif"))
               for n in ("SUPPLY", "ABUNDANCE", "DELTA_SUPPLY", "DELTA_ABUNDANCE")}
    result, layers = loaded("measurescenario", LANDUSE=landuse, MEASURES=measures,
                            MEASURE_FIELD="type", REPORT=str(tmp_path / "report.html"),
                            **outputs)
    for name in ("Change in pollinator supply", "Change in pollinator abundance"):
        items = ramp_items(layers[name])
        stats = layers[name].dataProvider().bandStatistics(1)
        largest = max(abs(stats.minimumValue), abs(stats.maximumValue))
        assert largest > 0
        assert [i.value for i in items] == pytest.approx(
            [-largest, -largest / 2, 0.0, largest / 2, largest])
        assert items[2].value == 0.0 and items[2].label.startswith("0.")
    with open(result["REPORT"], encoding="utf-8") as report:
        text = report.read()
    assert "<td>flower-rich field margin</td>" in text
    assert "<td>akkerrand</td>" not in text
    for name in ("ground-nesting solitary bees", "bumblebees", "early spring", "late summer"):
        assert "<td>%s</td>" % name in text, name
    for code in ("ground_solitary", "earlyspring"):
        assert "<td>%s</td>" % code not in text, code


def test_nearest_source_and_patch_ids_are_named(loaded, tmp_path):
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    grid = Grid(10, 10, (185000, 10, 0, 320100, 0, -10), srs.ExportToWkt())
    cost = str(tmp_path / "cost.tif")
    write_single(cost, grid, "cost", np.ones((10, 10), np.float32))
    sources = np.zeros((10, 10), np.int32)
    sources[1, 1], sources[8, 8] = 1, 2
    source_path = str(tmp_path / "sources.tif")
    write_labels(source_path, grid, sources)
    _, layers = loaded("costdistance", COST=cost, SOURCES=source_path,
                       OUTPUT=str(tmp_path / "acc.tif"),
                       ALLOCATION=str(tmp_path / "allocation.tif"))
    classes = layers["Nearest source"].renderer().classes()
    assert [(c.value, c.label) for c in classes] == [(1, "Source 1"), (2, "Source 2")]
    suitability = np.zeros((10, 10), np.float32)
    suitability[0:3, 0:3] = 1.0
    suitability[6:10, 6:10] = 1.0
    path = str(tmp_path / "suitability.tif")
    write_single(path, grid, "s", suitability)
    _, layers = loaded("habitatpatches", SUITABILITY=path, BAND=1, THRESHOLD=0.5, MIN_AREA=0.0,
                       OUTPUT=str(tmp_path / "patches.gpkg"),
                       PATCH_RASTER=str(tmp_path / "patch_ids.tif"))
    classes = layers["Patch ids (raster)"].renderer().classes()
    assert [c.label for c in classes] == ["Patch 1", "Patch 2"]
    assert not [c.color.name() for c in classes if looks_like_nodata(c.color)]


def test_dutch_user_gets_dutch_measure_names_and_translated_labels(plugin, tmp_path):
    from qgis.core import QgsRasterLayer

    from zoemzone_plugin.i18n import tr
    from zoemzone_plugin.styling import style_best_measure, style_priority
    grid = Grid(3, 3, (185000, 10, 0, 320030, 0, -10), "")
    path = str(tmp_path / "ids.tif")
    write_labels(path, grid, np.arange(1, 10).reshape(3, 3) % 5 + 1)
    with dutch(plugin):
        layer = QgsRasterLayer(path, "x")
        style_best_measure(layer, catalogue())
        assert [c.label for c in layer.renderer().classes()] == [
            m.name_nl for m in catalogue()]
        style_priority(layer)
        assert layer.renderer().classes()[0].label == tr("1 – highest priority")
        assert tr("Priority") == "Prioriteit"


def test_food_gaps_are_counted_in_whole_seasons(loaded, tmp_path):
    landuse = crop(tmp_path)
    result, layers = loaded("seasonalfoodgaps", LANDUSE=landuse,
                            OUTPUT=str(tmp_path / "gaps.tif"), SUMMARY="memory:")
    gaps, valid, _ = read_band(result["OUTPUT"])
    most = int(gaps[valid].max())
    classes = layers["Seasons with a food gap"].renderer().classes()
    assert [(c.value, c.label) for c in classes] == [(0, "no food gap"), (1, "1 season")] + [
        (n, "%d seasons" % n) for n in range(2, most + 1)]
    assert most >= 2 and len({c.color.name() for c in classes}) == len(classes)
