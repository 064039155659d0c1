"""The connectivity algorithms through Processing: parameters, outputs, errors."""
import numpy as np
import pytest
from conftest import reference
from osgeo import gdal, ogr

from zoemzone_plugin.engine.gdalio import Grid, read_band, write_single
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
