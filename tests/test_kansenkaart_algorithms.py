"""The kansenkaart family through Processing: seasonal food gaps, (later) scenarios."""
import numpy as np
import pytest

from zoemzone_plugin.engine.io.gdalio import Grid, read_band


def run(alg, **params):
    import processing
    return processing.run("zoemzone:" + alg, params)


def write_tables(tmp_path):
    bio = tmp_path / "bio.csv"
    bio.write_text("lucode;nesting_ground_availability_index;floral_resources_spring_index;"
                   "floral_resources_summer_index;floral_resources_autumn_index\n"
                   "1;1,0;0,0;0,8;0,0\n2;0,0;0,0;0,0;0,0\n", encoding="utf-8")
    guild = tmp_path / "guild.csv"
    guild.write_text("species,nesting_suitability_ground_index,foraging_activity_spring_index,"
                     "foraging_activity_summer_index,foraging_activity_autumn_index,alpha,"
                     "relative_abundance\nearly,1,1,1,0,20,1\nall,1,1,1,1,20,1\n",
                     encoding="utf-8")
    return str(bio), str(guild)


def test_guild_fed_in_summer_only(plugin, tmp_path):
    """Land use 1 flowers in summer only: a guild flying in spring and summer has 1 gap
    season, one flying in all three seasons 2; land use 2 cannot be nested in (nodata)."""
    from osgeo import osr
    from zoemzone_plugin.engine.io.gdalio import write_single
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    lu = np.ones((20, 20), np.float32)
    lu[:, 15:] = 2
    grid = Grid(20, 20, (185000, 10, 0, 320200, 0, -10), srs.ExportToWkt())
    path = str(tmp_path / "lu.tif")
    write_single(path, grid, "lu", lu)
    bio, guild = write_tables(tmp_path)
    result = run("seasonalfoodgaps", LANDUSE=path, BIOPHYSICAL_TABLE=bio, GUILD_TABLE=guild,
                 FOOD_THRESHOLD=0.1, OUTPUT=str(tmp_path / "gaps.tif"), SUMMARY="memory:",
                 GAP_SEASONS=str(tmp_path / "seasons.tif"))
    early, valid, _ = read_band(result["OUTPUT"], 1)
    every, _, _ = read_band(result["OUTPUT"], 2)
    assert np.all(early[valid] == 1) and np.all(every[valid] == 2)
    assert not valid[:, 15:].any() and valid[:, :15].all()
    # which seasons: bit 0 spring, 1 summer, 2 autumn, as in the tables
    from osgeo import gdal
    seasons = gdal.Open(result["GAP_SEASONS"])
    assert seasons.GetMetadataItem("ZOEMZONE_PRODUCT") == "food_gap_seasons"
    assert seasons.GetMetadataItem("ZOEMZONE_SEASONS") == "spring,summer,autumn"
    assert [seasons.GetRasterBand(b).GetDescription() for b in (1, 2)] == ["early", "all"]
    seasons = None
    early, early_valid, _ = read_band(result["GAP_SEASONS"], 1)
    every, _, _ = read_band(result["GAP_SEASONS"], 2)
    assert (early_valid == valid).all()
    assert np.all(early[valid] == 1) and np.all(every[valid] == 1 + 4)
    rows = {(f["guild"], f["season"]): f for f in result["SUMMARY"].getFeatures()}
    assert set(rows) == {("early", "spring"), ("early", "summer"), ("all", "spring"),
                         ("all", "summer"), ("all", "autumn")}
    assert rows[("all", "autumn")]["gap_area_ha"] == pytest.approx(300 * 100 / 10000)
    assert rows[("early", "summer")]["gap_area_ha"] == 0
    assert rows[("early", "spring")]["gap_share_pct"] == pytest.approx(100.0)


DEMO = None


def demo_landuse():
    from conftest import ROOT
    import os
    return os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif")


def cell_of(code, lu, grid, skip=0):
    rows, cols = np.nonzero(lu == code)
    r, c = rows[len(rows) // 3 + skip], cols[len(rows) // 3 + skip]
    x0, dx, _, y0, _, dy = grid.geotransform
    return x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy


def test_measure_scenario_reports_every_bad_feature_and_keeps_the_good(plugin, tmp_path):
    from osgeo import ogr, osr
    lu, _, grid = read_band(demo_landuse())
    x, y = cell_of(2, lu, grid)                       # maize: arable
    wx, wy = cell_of(16, lu, grid)                    # water
    hx, hy = cell_of(1, lu, grid)                     # grassland
    drawn = [("akkerrand", "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
                 x - 15, y - 15, x + 15, y - 15, x + 15, y + 15, x - 15, y + 15, x - 15, y - 15)),
             ("onbekend", "POINT(%f %f)" % (x, y)),
             ("bijenhotel", "POINT(%f %f)" % (wx, wy)),
             ("haag", None),
             ("haag", "LINESTRING(%f %f,%f %f)" % (hx - 40, hy, hx + 40, hy))]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = str(tmp_path / "measures.gpkg")      # mixed geometry types, as partners send them
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(layer)
    ogr_layer = ds.CreateLayer("measures", srs, ogr.wkbUnknown)
    ogr_layer.CreateField(ogr.FieldDefn("type", ogr.OFTString))
    for kind, wkt in drawn:
        f = ogr.Feature(ogr_layer.GetLayerDefn())
        f.SetField("type", kind)
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        ogr_layer.CreateFeature(f)
    ds = None
    out = {n: str(tmp_path / (n + ".tif")) for n in ("SUPPLY", "ABUNDANCE", "DELTA_SUPPLY",
                                                      "DELTA_ABUNDANCE")}
    result = run("measurescenario", LANDUSE=demo_landuse(), MEASURES=layer,
                 MEASURE_FIELD="type", REPORT=str(tmp_path / "report.html"), **out)
    with open(result["REPORT"], encoding="utf-8") as f:
        report = f.read()
    problems = report[report.index("Features not used as drawn"):]
    for fid in ("<td>2</td>", "<td>3</td>", "<td>4</td>"):
        assert fid in problems
    assert "<td>1</td>" not in problems and "<td>5</td>" not in problems
    delta, valid, _ = read_band(result["DELTA_SUPPLY"], 1)
    assert delta[valid].sum() > 0
    gain = float(report.split("<td>Gain</td><td>")[1].split(" ")[0])
    assert gain == pytest.approx(float(delta[valid].astype(np.float64).sum()), rel=1e-4)
    per_feature = report[report.index("Per feature"):report.index("Features not used")]
    assert "<td>1</td><td>flower-rich field margin</td>" in per_feature
    assert "<td>5</td><td>hedge / wooded bank / scrub</td>" in per_feature
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="onbekend"):
        run("measurescenario", LANDUSE=demo_landuse(), MEASURES=layer, MEASURE_FIELD="type",
            ON_PROBLEM=1, REPORT=str(tmp_path / "r2.html"),
            **{k: v.replace(".tif", "2.tif") for k, v in out.items()})


def test_build_landuse_burns_in_priority_order_aligned_to_base(plugin, tmp_path):
    """Base: 4 x 4 cells of 10 m, code 1, from (185000, 320040). Output: 8 x 8 cells of 5 m."""
    from osgeo import ogr, osr
    from zoemzone_plugin.engine.io.gdalio import write_single
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    grid = Grid(4, 4, (185000, 10, 0, 320040, 0, -10), srs.ExportToWkt())
    base = str(tmp_path / "base.tif")
    from osgeo import gdal
    write_single(base, grid, "lu", np.ones((4, 4), np.int16), data_type=gdal.GDT_Int16,
                 nodata=-1)
    gpkg = str(tmp_path / "bgt.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    for name, kind, rows in (
            ("parcels", ogr.wkbPolygon, [("1926", "POLYGON((185000 320000,185020 320000,"
                                                  "185020 320040,185000 320040,185000 320000))"),
                                         ("9999", "POLYGON((185020 320000,185040 320000,"
                                                  "185040 320010,185020 320000))")]),
            ("hedges", ogr.wkbLineString, [("haag", "LINESTRING(185000 320022.5,"
                                                    "185040 320022.5)")]),
            ("fields", ogr.wkbPolygon, [("maize", "POLYGON((185000 320020,185040 320020,"
                                                  "185040 320030,185000 320030,185000 320020))")])):
        layer = ds.CreateLayer(name, srs, kind)
        layer.CreateField(ogr.FieldDefn("kind", ogr.OFTString))
        for value, wkt in rows:
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetField("kind", value)
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(f)
    ds = None
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("layer;field;value;lucode;priority;width_m\n"
                       "parcels;kind;1926;45;1;\n"
                       "hedges;kind;haag;333;3;5\n"
                       "fields;kind;*;2;2;\n", encoding="utf-8")
    layers = ["%s|layername=%s" % (gpkg, n) for n in ("parcels", "hedges", "fields")]
    from qgis.core import QgsVectorLayer
    loaded = [QgsVectorLayer(uri, uri.split("=")[1], "ogr") for uri in layers]
    result = run("buildlanduse", LANDUSE=base, LAYERS=loaded, MAPPING=str(mapping),
                 CELL_SIZE=5.0, OUTPUT=str(tmp_path / "lu5.tif"))
    lu, valid, out_grid = read_band(result["OUTPUT"])
    assert lu.shape == (8, 8) and out_grid.geotransform == (185000, 5, 0, 320040, 0, -5)
    # rows 0-7 from the top (y 320040 down); the hedge band y 320020-320025 is row 3,
    # the maize strip y 320020-320030 rows 2-3, the parcel x < 185020 all rows, cols 0-3
    assert lu[0, 0] == 45 and lu[7, 0] == 45          # parcel (priority 1)
    assert lu[2, 0] == 2 and lu[2, 6] == 2           # maize over the parcel (priority 2)
    assert (lu[3, :] == 333).all()                    # the hedge wins (priority 3)
    assert lu[7, 7] == 1 and lu[0, 7] == 1           # base where nothing is burnt


def test_build_landuse_counts_unmapped_features(tmp_path):
    from osgeo import gdal, ogr, osr
    from zoemzone_plugin.engine.io.gdalio import write_single
    from zoemzone_plugin.engine.kansenkaart.landuse_builder import build_landuse, read_mapping
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    base = str(tmp_path / "base.tif")
    write_single(base, Grid(4, 4, (0, 10, 0, 40, 0, -10), srs.ExportToWkt()), "lu",
                 np.ones((4, 4), np.int16), data_type=gdal.GDT_Int16, nodata=-1)
    mapping = tmp_path / "m.csv"
    mapping.write_text("layer,field,value,lucode,priority,width_m\np,kind,a,45,1,\n")
    square = ogr.CreateGeometryFromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))").ExportToWkb()
    rules, _ = read_mapping(str(mapping))
    codes, valid, grid, _, unmapped = build_landuse(
        base, [("p", "kind", [(1, square, "a"), (2, square, "b"), (3, None, "a")])], rules, 10)
    assert unmapped == {("p", "kind", "b"): 1, ("p", "kind", "a"): 1}
    assert codes[3, 0] == 45 and codes[0, 0] == 1


def edge_strips(lu, parcel_of, r, c, x_left, y_top, cell, width):
    """The strips of ``width`` along the sides of cell (r, c) whose neighbour has another
    land use or parcel, as one polygon (computed here from the neighbours directly)."""
    from osgeo import ogr
    strips = []
    for dr, dc, (x0, y0, x1, y1) in (
            (-1, 0, (0, cell - width, cell, cell)), (1, 0, (0, 0, cell, width)),
            (0, -1, (0, 0, width, cell)), (0, 1, (cell - width, 0, cell, cell))):
        rr, cc = r + dr, c + dc
        if (lu[rr, cc], parcel_of(rr, cc)) != (lu[r, c], parcel_of(r, c)):
            strips.append(ogr.CreateGeometryFromWkt(
                "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
                    x_left + x0, y_top - cell + y0, x_left + x1, y_top - cell + y0,
                    x_left + x1, y_top - cell + y1, x_left + x0, y_top - cell + y1,
                    x_left + x0, y_top - cell + y0)))
    union = strips[0]
    for strip in strips[1:]:
        union = union.Union(strip)
    return union


def test_kansenkaart_outputs_and_gain_matches_a_rerun(plugin, tmp_path):
    """Gain at an edge cell equals the sum of DELTA_SUPPLY band 1 of measurescenario with
    each measure drawn on that cell alone (within 1 %): the whole cell for area measures, the
    strips along the cell's edges for linear ones."""
    from osgeo import ogr, osr
    lu, valid, grid = read_band(demo_landuse())
    out = {k: str(tmp_path / (k + ".tif")) for k in ("GAIN", "BEST_MEASURE", "PRIORITY")}
    parcels = str(tmp_path / "parcels.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(parcels)
    layer = ds.CreateLayer("parcels", srs, ogr.wkbPolygon)
    x0, y0 = grid.geotransform[0], grid.geotransform[3]
    for k in range(3):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
                x0 + 1000 * k, y0 - 1000, x0 + 1000 * k + 500, y0 - 1000, x0 + 1000 * k + 500,
                y0 - 500, x0 + 1000 * k, y0 - 500, x0 + 1000 * k, y0 - 1000)))
        layer.CreateFeature(f)
    ds = None
    result = run("kansenkaart", LANDUSE=demo_landuse(), PARCELS=parcels,
                 MEASURE_GAINS=str(tmp_path / "gains"), PARCEL_RANKING="memory:", **out)
    gain, gvalid, _ = read_band(result["GAIN"])
    best, _, _ = read_band(result["BEST_MEASURE"])
    priority, _, _ = read_band(result["PRIORITY"])
    assert set(np.unique(priority[priority > 0])) == {1, 2, 3, 4, 5}
    import os
    files = os.listdir(result["MEASURE_GAINS"])       # a gain raster and its style each
    assert sorted(f[:-4] for f in files if f.endswith(".tif")) == \
        sorted(f[:-4] for f in files if f.endswith(".qml")) and len(files) == 16
    ranks = sorted(f["rank"] for f in result["PARCEL_RANKING"].getFeatures())
    assert ranks == [1, 2, 3]
    # a sampled cell where several measures are allowed: each measure's gain there (from
    # MEASURE_GAINS) equals measurescenario with that measure on that cell alone
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
    per_measure = {m.code: read_band(os.path.join(result["MEASURE_GAINS"], m.code + ".tif"))[0]
                   for m in catalogue.measures}
    allowed = sum(np.isfinite(g) & (g != -1) for g in per_measure.values())
    margin = per_measure["akkerrand"]
    edge = np.isfinite(margin) & (margin != -1)
    rows, cols = np.nonzero(gvalid & (allowed >= 3) & edge)
    r, c = rows[len(rows) // 2], cols[len(rows) // 2]
    assert per_measure[catalogue.by_id[int(best[r, c])].code][r, c] == pytest.approx(gain[r, c])
    cell = grid.geotransform[1]
    x = x0 + (c + 0.5) * cell
    y = y0 + (r + 0.5) * grid.geotransform[5]

    def parcel_of(row, col):
        """The parcel (0..2, None outside) whose square holds the cell's centre."""
        px, py = x0 + (col + 0.5) * cell - x0, y0 - (y0 + (row + 0.5) * grid.geotransform[5])
        k = int(px // 1000)
        return k if 0 <= px - 1000 * k < 500 and 500 < py < 1000 and k < 3 else None
    checked = linear_checked = 0
    for code, measure_gain in per_measure.items():
        if not (np.isfinite(measure_gain[r, c]) and measure_gain[r, c] != -1):
            continue
        square = str(tmp_path / ("%s.gpkg" % code))
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(square)
        layer = ds.CreateLayer("one", srs, ogr.wkbUnknown)
        layer.CreateField(ogr.FieldDefn("type", ogr.OFTString))
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("type", code)
        half = cell / 2
        measure = catalogue.by_code[code]
        if measure.linear:
            f.SetGeometry(edge_strips(lu, parcel_of, r, c, x - half, y + half, cell,
                                      measure.width_m))
        else:
            f.SetGeometry(ogr.CreateGeometryFromWkt(
                "POINT(%f %f)" % (x, y) if "polygon" not in measure.geometries else
                "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
                    x - half, y - half, x + half, y - half, x + half, y + half, x - half,
                    y + half, x - half, y - half)))
        layer.CreateFeature(f)
        ds = None
        scenario = run("measurescenario", LANDUSE=demo_landuse(), MEASURES=square,
                       MEASURE_FIELD="type", REPORT=str(tmp_path / ("%s.html" % code)),
                       **{k: str(tmp_path / ("%s_%s.tif" % (code, k))) for k in
                          ("SUPPLY", "ABUNDANCE", "DELTA_SUPPLY", "DELTA_ABUNDANCE")})
        delta, dvalid, _ = read_band(scenario["DELTA_SUPPLY"], 1)
        rerun = delta[dvalid].astype(np.float64).sum()
        assert measure_gain[r, c] == pytest.approx(rerun, rel=0.01, abs=1e-6), code
        checked += 1
        linear_checked += measure.linear
    assert checked >= 3 and linear_checked >= 1


def test_kansenkaart_network_nodes_from_connectivitygraph(plugin, tmp_path):
    """Two grassland patches of 300 x 400 m, 1320 m apart (beyond the 900 m reach at a
    dispersal distance of 300 m), as Network nodes of connectivitygraph: with the
    connectivity weight alone, the cells in the gap within reach of both patches (a quarter
    of the map) take the first two priority classes and the cells beside a patch lower ones
    (see test_network_gain for the values)."""
    from osgeo import ogr, osr
    from zoemzone_plugin.engine.io.gdalio import write_single
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    grid = Grid(191, 40, (185000, 10, 0, 320400, 0, -10), srs.ExportToWkt())
    landuse = str(tmp_path / "lu.tif")
    write_single(landuse, grid, "lu", np.ones((40, 191), np.float32))
    patches = str(tmp_path / "patches.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(patches)
    layer = ds.CreateLayer("patches", srs, ogr.wkbPolygon)
    for left, right in ((185000, 185300), (186610, 186910)):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON((%d 320000,%d 320000,%d 320400,%d 320400,%d 320000))"
            % (left, right, right, left, left)))
        layer.CreateFeature(f)
    ds = None
    graph = run("connectivitygraph", PATCHES=patches, DISTANCE=300.0, PROBABILITY=0.5,
                MAX_DISTANCE=900.0, NODES="memory:", LINKS="memory:")
    assert sorted(f["capacity"] for f in graph["NODES"].getFeatures()) == [120000.0] * 2
    result = run("kansenkaart", LANDUSE=landuse, NETWORK_NODES=graph["NODES"], W_SUPPLY=0.0,
                 W_YEARROUND=0.0, W_CONNECTIVITY=1.0, DISPERSAL_DISTANCE=300.0,
                 STONE_AREA=0.5, GAIN=str(tmp_path / "gain.tif"),
                 BEST_MEASURE=str(tmp_path / "best.tif"),
                 PRIORITY=str(tmp_path / "priority.tif"))
    priority, _, _ = read_band(result["PRIORITY"])
    assert priority[20, 95] <= 2 and set(np.unique(priority[:, 75:115])) <= {1, 2}
    assert priority[20, 30] > 2 and priority[20, 160] > 2


def test_kansenkaart_network_nodes_bad_capacity(plugin, tmp_path):
    from osgeo import ogr, osr
    from qgis.core import QgsProcessingException
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    nodes = str(tmp_path / "nodes.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(nodes)
    layer = ds.CreateLayer("nodes", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("capacity", ogr.OFTReal))
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetField("capacity", -3.0)
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((185000 320000,185300 320000,185300 320300,185000 320000))"))
    layer.CreateFeature(f)
    ds = None
    with pytest.raises(QgsProcessingException, match="-3"):
        run("kansenkaart", LANDUSE=demo_landuse(), NETWORK_NODES=nodes, W_CONNECTIVITY=1.0,
            GAIN=str(tmp_path / "gain.tif"), BEST_MEASURE=str(tmp_path / "best.tif"),
            PRIORITY=str(tmp_path / "priority.tif"))
