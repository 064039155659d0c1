"""The connectivity algorithms through Processing: parameters, outputs, errors."""
import numpy as np
import pytest
from conftest import reference
from osgeo import gdal, ogr

from zoemzone_plugin.engine.io.gdalio import Grid, read_band, write_single
from zoemzone_plugin.paths import default_table


def run(alg, **params):
    import processing
    return processing.run("zoemzone:" + alg, params)


def test_resistance_surface_default_table_and_unknown_codes(plugin, tmp_path):
    from qgis.core import QgsProcessingException
    result = run("resistancesurface", LANDUSE=reference("pollination", "case1", "lulc.tif"),
                 OUTPUT=str(tmp_path / "r.tif"))
    lu, _, _ = read_band(reference("pollination", "case1", "lulc.tif"))
    res, valid, _ = read_band(result["OUTPUT"])
    table = dict(np.loadtxt(default_table("resistance_bees_nl.csv"), delimiter=",",
                            skiprows=1))
    assert valid.all()
    for code in np.unique(lu):
        assert np.all(res[lu == code] == table[code])
    bad = tmp_path / "bad.csv"
    bad.write_text("lucode;resistance\n1;5\n2;10\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"16 code\(s\) that bad.csv does not describe: 3, 5, 9, 10,"):
        run("resistancesurface", LANDUSE=reference("pollination", "case1", "lulc.tif"),
            TABLE=str(bad), OUTPUT=str(tmp_path / "r2.tif"))


def test_habitat_patches_polygons_and_raster(plugin, tmp_path):
    values = np.zeros((10, 12), np.float32)
    values[1:4, 1:4] = 0.8        # 9 cells of 100 m2 = 900 m2
    values[4:6, 4:6] = 0.6        # touches the first one only at a corner
    values[7:9, 8:11] = 0.9       # 6 cells = 600 m2
    values[0, 11] = 0.7           # 1 cell: below the minimum area
    grid = Grid(12, 10, (185000, 10, 0, 320100, 0, -10), _rd())
    path = str(tmp_path / "suit.tif")
    write_single(path, grid, "suitability", values)
    common = dict(SUITABILITY=path, BAND=1, THRESHOLD=0.5, MIN_AREA=0.05,
                  PATCH_RASTER=str(tmp_path / "ids.tif"))
    four = run("habitatpatches", EIGHT_CONNECTED=False, OUTPUT=str(tmp_path / "p4.gpkg"),
               **common)
    eight = run("habitatpatches", EIGHT_CONNECTED=True, OUTPUT=str(tmp_path / "p8.gpkg"),
                **dict(common, PATCH_RASTER=str(tmp_path / "ids8.tif")))
    assert _areas(four["OUTPUT"]) == {1: 900.0, 2: 600.0}     # 400 m2 one is too small
    assert _areas(eight["OUTPUT"]) == {1: 1300.0, 2: 600.0}
    ids, _, _ = read_band(four["PATCH_RASTER"])
    assert ids[2, 2] == 1 and ids[8, 9] == 2 and ids[5, 5] == 0 and ids[0, 11] == 0


def _rd():
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    return srs.ExportToWkt()


def _areas(path):
    ds = ogr.Open(path)
    layer = ds.GetLayer(0)
    out = {f.GetField("id"): round(f.GetGeometryRef().GetArea(), 6) for f in layer}
    for f in layer:
        assert f.GetField("area_m2") == pytest.approx(out[f.GetField("id")])
    return out


def test_cost_distance_equals_grass_r_cost_with_vector_and_raster_sources(plugin, tmp_path):
    case = ("costdistance", "case1")
    rcost, rvalid, grid = read_band(reference(*case, "rcost.tif"))
    result = run("costdistance", COST=reference(*case, "cost.tif"),
                 SOURCES=reference(*case, "sources.gpkg"), OUTPUT=str(tmp_path / "d.tif"),
                 ALLOCATION=str(tmp_path / "a.tif"))
    ours, valid, _ = read_band(result["OUTPUT"])
    np.testing.assert_array_equal(valid, rvalid)
    np.testing.assert_allclose(ours[valid] / 10.0, rcost[valid], rtol=1e-6)
    allocation, _, _ = read_band(result["ALLOCATION"])
    assert set(np.unique(allocation[valid])) == {1, 2, 3, 4, 5}
    # the same sources as a raster of ids on the cost grid
    ids = np.zeros((grid.rows, grid.cols), np.int32)
    with open(reference(*case, "sources.csv")) as f:
        lines = f.read().split()[1:]
    for line in lines:
        x, y, i = map(float, line.split(","))
        ids[int((grid.geotransform[3] - y) // 10), int((x - grid.geotransform[0]) // 10)] = i
    write_single(str(tmp_path / "src.tif"), grid, "sources", ids.astype(np.float32))
    again = run("costdistance", COST=reference(*case, "cost.tif"), SOURCES=str(tmp_path / "src.tif"),
                MAX_COST=20000.0, OUTPUT=str(tmp_path / "d2.tif"))
    capped, cvalid, _ = read_band(again["OUTPUT"])
    assert np.all(capped[cvalid] <= 20000.0)
    near = valid & (ours <= 20000.0)
    np.testing.assert_array_equal(cvalid, near)
    np.testing.assert_allclose(capped[near], ours[near], rtol=1e-6)


def test_corridors_from_patch_polygons_with_and_without_links(plugin, tmp_path):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant
    cost = np.ones((20, 60), np.float32)
    cost[:, 30] = np.nan                      # a wall with one gap
    cost[10, 30] = 1.0
    grid = Grid(60, 20, (185000, 10, 0, 320200, 0, -10), _rd())
    write_single(str(tmp_path / "cost.tif"), grid, "cost", cost)
    patches = QgsVectorLayer("Polygon?crs=EPSG:28992", "p", "memory")
    patches.dataProvider().addAttributes([QgsField("id", QVariant.Int)])
    patches.updateFields()
    for pid, x0 in ((7, 185050), (9, 185450)):
        f = QgsFeature(patches.fields())
        f.setAttributes([pid])
        f.setGeometry(QgsGeometry.fromRect(_rect(x0, 320050, x0 + 50, 320150)))
        patches.dataProvider().addFeature(f)
    result = run("corridors", PATCHES=patches, RESISTANCE=str(tmp_path / "cost.tif"),
                 WIDTH=40.0, OUTPUT=str(tmp_path / "c.tif"), PATHS="memory:")
    corridor, valid, _ = read_band(result["OUTPUT"])
    assert valid[10, 30] and corridor[10, 30] == pytest.approx(0.0, abs=1e-3)
    assert not valid[0, 30] and not valid[19, 5]
    paths = list(result["PATHS"].getFeatures())
    assert [(f["from_id"], f["to_id"]) for f in paths] == [(7, 9)]
    line = paths[0].geometry()
    assert line.intersects(QgsGeometry.fromRect(_rect(185300, 320090, 185310, 320100)))
    links = QgsVectorLayer("LineString?crs=EPSG:28992&field=from_id:integer&field=to_id:integer",
                           "l", "memory")
    f = QgsFeature(links.fields())
    f.setAttributes([9, 7])
    links.dataProvider().addFeature(f)
    again = run("corridors", PATCHES=patches, RESISTANCE=str(tmp_path / "cost.tif"),
                LINKS=links, WIDTH=40.0, OUTPUT=str(tmp_path / "c2.tif"), PATHS="memory:")
    assert list(again["PATHS"].getFeatures())[0]["cost"] == pytest.approx(paths[0]["cost"])


def _rect(x0, y0, x1, y1):
    from qgis.core import QgsRectangle
    return QgsRectangle(x0, y0, x1, y1)


def squares(xs, size=10.0, ids=None):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "patches", "memory")
    layer.dataProvider().addAttributes([QgsField("id", QVariant.Int)])
    layer.updateFields()
    for n, x in enumerate(xs):
        f = QgsFeature(layer.fields())
        f.setAttributes([(ids or list(range(1, len(xs) + 1)))[n]])
        f.setGeometry(QgsGeometry.fromRect(_rect(185000 + x, 320000, 185000 + x + size,
                                                 320000 + size)))
        layer.dataProvider().addFeature(f)
    return layer


def test_connectivity_graph_three_patches_in_a_row(plugin):
    """A-B 100 m, B-C 100 m, A-C 210 m: the best A-C path runs through B."""
    layer = squares([0, 110, 220], ids=[11, 12, 13])
    result = run("connectivitygraph", PATCHES=layer, DISTANCE=100.0, PROBABILITY=0.5,
                 MAX_DISTANCE=300.0, NODES="memory:", LINKS="memory:")
    p_direct_ac = 0.5 ** 2.1
    pcnum = 100.0 ** 2 * (3 + 2 * (0.5 + 0.5 + 0.25))
    assert result["PC"] == pytest.approx(pcnum / 300.0 ** 2)
    assert result["ECA"] == pytest.approx(np.sqrt(pcnum))
    assert result["IIC"] == pytest.approx(100.0 ** 2 * (3 + 2 * 1.5) / 300.0 ** 2)
    assert result["COMPONENTS"] == 1
    nodes = {f["id"]: f for f in result["NODES"].getFeatures()}
    pc_without_b = 100.0 ** 2 * (2 + 2 * p_direct_ac) / 300.0 ** 2
    pc = pcnum / 300.0 ** 2
    assert nodes[12]["dPC"] == pytest.approx(100 * (pc - pc_without_b) / pc)
    assert nodes[12]["dPCconnector"] == pytest.approx(
        100 * 2 * 100.0 ** 2 * (0.25 - p_direct_ac) / pcnum)
    for f in nodes.values():
        assert f["dPCintra"] + f["dPCflux"] + f["dPCconnector"] == pytest.approx(f["dPC"])
        assert f["capacity"] == pytest.approx(100.0) and f["component"] == 1
    links = {(f["from_id"], f["to_id"]): f for f in result["LINKS"].getFeatures()}
    assert set(links) == {(11, 12), (11, 13), (12, 13)}
    assert links[(11, 13)]["distance"] == pytest.approx(210.0)
    assert links[(11, 13)]["probability"] == pytest.approx(p_direct_ac)


def test_connectivity_graph_with_resistance_uses_least_costs(plugin, tmp_path):
    cost = np.ones((5, 40), np.float32) * 2.0
    grid = Grid(40, 5, (185000, 10, 0, 320040, 0, -10), _rd())
    write_single(str(tmp_path / "cost.tif"), grid, "cost", cost)
    layer = squares([0, 200], size=10.0)                 # cells 0 and 20 of row 4
    result = run("connectivitygraph", PATCHES=layer, RESISTANCE=str(tmp_path / "cost.tif"),
                 DISTANCE=400.0, PROBABILITY=0.5, MAX_DISTANCE=1000.0, NODES="memory:",
                 LINKS="memory:")
    link = list(result["LINKS"].getFeatures())[0]
    assert link["distance"] == pytest.approx(20 * 10 * 2.0)     # 20 steps at cost 2
    assert link["probability"] == pytest.approx(0.5)
    assert result["COMPONENTS"] == 1


def test_bijenlandschap_from_suitability_outputs_and_from_land_use(plugin, tmp_path):
    """Two guilds on a hand-made grid: a flowering block with nests next to it meets the
    B&B rule; from land use + tables the same rule runs on the cells' own indices."""
    import os
    values = np.zeros((60, 60), np.float32)
    values[20:40, 20:40] = 0.9                  # 400 of 3600 cells flower: 11 %
    nest = np.zeros_like(values)
    nest[20:40, 41:45] = 1.0                    # nests 10-40 m from the flowers
    grid = Grid(60, 60, (185000, 10, 0, 320600, 0, -10), _rd())
    from zoemzone_plugin.engine.io.gdalio import BandWriter
    for name, a in (("floral", values), ("nesting", nest)):
        w = BandWriter(str(tmp_path / (name + ".tif")), grid, ["guild_a", "guild_b"])
        w.write("guild_a", a)
        w.write("guild_b", a)
        w.close()
    result = run("bijenlandschap", FLORAL=str(tmp_path / "floral.tif"),
                 NESTING=str(tmp_path / "nesting.tif"), WINDOW=590.0,
                 BNB_AREAS=str(tmp_path / "bnb.gpkg"), STEPPING_STONE_GAPS=str(tmp_path / "g.tif"),
                 SUMMARY=str(tmp_path / "s.html"))
    ds = ogr.Open(result["BNB_AREAS"])
    guilds = {f.GetField("guild") for f in ds.GetLayer(0)}
    assert {"guild_a", "guild_b"} <= guilds
    gaps = gdal.Open(result["STEPPING_STONE_GAPS"])
    assert gaps.RasterCount == 3
    assert os.path.getsize(result["SUMMARY"]) > 500
    from_landuse = run("bijenlandschap", LANDUSE=reference("pollination", "case1", "lulc.tif"),
                       BIOPHYSICAL_TABLE=reference("pollination", "case1", "biophysical.csv"),
                       GUILD_TABLE=reference("pollination", "case1", "guild.csv"),
                       BNB_AREAS=str(tmp_path / "bnb2.gpkg"),
                       STEPPING_STONE_GAPS=str(tmp_path / "g2.tif"),
                       SUMMARY=str(tmp_path / "s2.html"))
    assert gdal.Open(from_landuse["STEPPING_STONE_GAPS"]).RasterCount == 4


def test_graph_metrics_from_conefor_files_equal_the_patch_graph(plugin, tmp_path):
    """The three patches in a row as Conefor files: the same numbers as connectivitygraph."""
    nodes = tmp_path / "nodes.txt"
    nodes.write_text("11\t100\n12\t100\n13\t100\n")
    links = tmp_path / "links.txt"
    links.write_text("11 12 100\n12 13 100\n11 13 210\n")
    result = run("graphmetrics", NODES_FILE=str(nodes), LINKS_FILE=str(links), DISTANCE=100.0,
                 PROBABILITY=0.5, THRESHOLD=300.0, OUTPUT=str(tmp_path / "importance.csv"))
    graph = run("connectivitygraph", PATCHES=squares([0, 110, 220], ids=[11, 12, 13]),
                DISTANCE=100.0, PROBABILITY=0.5, MAX_DISTANCE=300.0, NODES="memory:",
                LINKS="memory:")
    for key in ("PC", "ECA", "IIC"):
        assert result[key] == pytest.approx(graph[key])
    assert result["PCNUM"] == pytest.approx(100.0 ** 2 * 5.5)
    import csv
    with open(result["OUTPUT"], newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    nodes_by_id = {f["id"]: f for f in graph["NODES"].getFeatures()}
    assert set(rows) == {"11", "12", "13"}
    for key in ("dPC", "dPCintra", "dPCflux", "dPCconnector", "dIIC"):
        assert float(rows["12"][key]) == pytest.approx(nodes_by_id[12][key])


def _heath_beside_fields(tmp_path):
    """3 x 40 cells of 10 m: a field (code 1, floral index 0.1, no nests) with two columns of
    heath (code 2, floral and nesting index 1) at columns 10 and 11; one guild, one season,
    so each cell's floral index is its table value."""
    from zoemzone_plugin.engine.io.gdalio import BandWriter
    landuse = np.ones((3, 40), np.int32)
    landuse[:, 10:12] = 2
    path = str(tmp_path / "lulc.tif")
    writer = BandWriter(path, Grid(40, 3, (185000, 10, 0, 320600, 0, -10), _rd()), ["lulc"],
                        data_type=gdal.GDT_Int32, nodata=-1)
    writer.write("lulc", landuse)
    writer.close()
    bio = tmp_path / "bio.csv"
    bio.write_text("lucode,nesting_ground_availability_index,floral_resources_spring_index\n"
                   "1,0,0.1\n2,1,1\n")
    guild = tmp_path / "guild.csv"
    guild.write_text("species,nesting_suitability_ground_index,foraging_activity_spring_index,"
                     "alpha,relative_abundance\nheath_bee,1,1,30,1\n")
    return {"LANDUSE": path, "BIOPHYSICAL_TABLE": str(bio), "GUILD_TABLE": str(guild)}


def _bnb(path):
    ds = ogr.Open(path)
    areas = sorted((f.GetField("guild"), round(f.GetField("area_ha"), 6),
                    f.GetGeometryRef().GetEnvelope()) for f in ds.GetLayer(0))
    ds = None
    return areas


def test_bijenlandschap_counts_floral_cover_on_both_routes(plugin, tmp_path):
    """Window 110 m (11 columns): a cell's window flowers for 10 % only when it holds both
    heath columns (2 of 11 columns, 18 %; one column is 9 %), so columns 6 to 15 are B&B:
    30 cells, 0.3 ha, x 185060-185160. Habitat suitability's Floral cover gives the field 0.1
    (not flowering) where Accessible food, averaged over the foraging range, makes the field
    beside the heath flower; the Floral cover + Nesting habitat route and the land-use route
    give the same B&B area, and Accessible food is refused."""
    from qgis.core import QgsProcessingException
    inputs = _heath_beside_fields(tmp_path)
    suitability = run("habitatsuitability", NESTING=str(tmp_path / "hn.tif"),
                      FLORAL=str(tmp_path / "fr.tif"), SUPPLY=str(tmp_path / "ps.tif"),
                      ABUNDANCE=str(tmp_path / "pa.tif"),
                      FLORAL_COVER=str(tmp_path / "cover.tif"), **inputs)
    cover, _, _ = read_band(suitability["FLORAL_COVER"])
    smoothed, _, _ = read_band(suitability["FLORAL"])
    assert cover[1, 12] == pytest.approx(0.1) and cover[1, 11] == pytest.approx(1.0)
    assert smoothed[1, 12] > 0.2           # the field beside the heath, smoothed
    assert gdal.Open(suitability["FLORAL_COVER"]).GetRasterBand(1).GetDescription() \
        == "heath_bee"
    rules = dict(WINDOW=110.0, STEPPING_STONE_GAPS="TEMPORARY_OUTPUT",
                 SUMMARY=str(tmp_path / "s.html"))
    from_landuse = run("bijenlandschap", BNB_AREAS=str(tmp_path / "lu.gpkg"), **inputs,
                       ELEMENTS=str(tmp_path / "lu_elements.tif"), **rules)
    from_cover = run("bijenlandschap", FLORAL=suitability["FLORAL_COVER"],
                     NESTING=suitability["NESTING"], BNB_AREAS=str(tmp_path / "cover.gpkg"),
                     ELEMENTS=str(tmp_path / "cover_elements.tif"), **rules)
    expected = [(name, 0.3, (185060.0, 185160.0, 320570.0, 320600.0))
                for name in ("all guilds", "heath_bee")]
    assert _bnb(from_landuse["BNB_AREAS"]) == expected
    assert _bnb(from_cover["BNB_AREAS"]) == expected
    # the heath (0.06 ha) is a Bij-tankstation; within 50 m of it the gaps are bridged
    elements = read_band(from_cover["ELEMENTS"])[0]
    assert np.array_equal(elements, read_band(from_landuse["ELEMENTS"])[0])
    assert np.all(elements[:, 10:12] == 2) and np.all(elements[:, 5:10] == 3)
    assert np.all(elements[:, 12:17] == 3) and not elements[:, :5].any()
    assert not elements[:, 17:].any()
    with pytest.raises(QgsProcessingException, match="Accessible food.*'floral'|'floral'"):
        run("bijenlandschap", FLORAL=suitability["FLORAL"], NESTING=suitability["NESTING"],
            BNB_AREAS=str(tmp_path / "fr.gpkg"), **rules)
