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
