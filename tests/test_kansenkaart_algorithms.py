"""The kansenkaart family through Processing: seasonal food gaps, (later) scenarios."""
import numpy as np
import pytest

from zoemzone_plugin.engine.gdalio import Grid, read_band


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
    from zoemzone_plugin.engine.gdalio import write_single
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    lu = np.ones((20, 20), np.float32)
    lu[:, 15:] = 2
    grid = Grid(20, 20, (185000, 10, 0, 320200, 0, -10), srs.ExportToWkt())
    path = str(tmp_path / "lu.tif")
    write_single(path, grid, "lu", lu)
    bio, guild = write_tables(tmp_path)
    result = run("seasonalfoodgaps", LANDUSE=path, BIOPHYSICAL_TABLE=bio, GUILD_TABLE=guild,
                 FOOD_THRESHOLD=0.1, OUTPUT=str(tmp_path / "gaps.tif"), SUMMARY="memory:")
    early, valid, _ = read_band(result["OUTPUT"], 1)
    every, _, _ = read_band(result["OUTPUT"], 2)
    assert np.all(early[valid] == 1) and np.all(every[valid] == 2)
    assert not valid[:, 15:].any() and valid[:, :15].all()
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
    assert "<td>1</td><td>akkerrand</td>" in per_feature
    assert "<td>5</td><td>haag</td>" in per_feature
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="onbekend"):
        run("measurescenario", LANDUSE=demo_landuse(), MEASURES=layer, MEASURE_FIELD="type",
            ON_PROBLEM=1, REPORT=str(tmp_path / "r2.html"),
            **{k: v.replace(".tif", "2.tif") for k, v in out.items()})
