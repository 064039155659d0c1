"""The synthetic demo land-use generator (scripts/make_demo_landuse.py): no QGIS needed.

Runs the script as a user would (a subprocess with this interpreter) at a small size and checks
determinism, georeferencing, the code set, plausible class shares and the SYNTHETIC label.
Also runnable without pytest: `python3 tests/test_demo_landuse.py`.
"""
import importlib.util
import os
import subprocess
import sys

import numpy as np
from osgeo import gdal, osr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, "scripts", "make_demo_landuse.py")
SIZE_M = 2000


def _module():
    spec = importlib.util.spec_from_file_location("make_demo_landuse", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _generate(path, seed=2026, size_m=SIZE_M, cell=10):
    subprocess.run([sys.executable, SCRIPT, str(path), "--size-m", str(size_m),
                    "--cell", str(cell), "--seed", str(seed)], check=True, timeout=120)
    ds = gdal.Open(str(path))
    assert ds is not None, "generator wrote no readable raster"
    return ds


def _array(ds):
    return ds.GetRasterBand(1).ReadAsArray()


def test_deterministic_per_seed(tmp_path):
    a = _array(_generate(tmp_path / "a.tif", seed=11))
    b = _array(_generate(tmp_path / "b.tif", seed=11))
    c = _array(_generate(tmp_path / "c.tif", seed=12))
    assert a.tobytes() == b.tobytes()
    assert a.shape == c.shape and a.tobytes() != c.tobytes()


def test_georeferencing_and_format(tmp_path):
    ds = _generate(tmp_path / "g.tif")
    srs = osr.SpatialReference(wkt=ds.GetProjection())
    srs.AutoIdentifyEPSG()
    assert srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None) == "28992"
    x0, dx, rx, y_top, ry, dy = ds.GetGeoTransform()
    assert (dx, dy, rx, ry) == (10.0, -10.0, 0.0, 0.0)
    assert (ds.RasterXSize, ds.RasterYSize) == (SIZE_M // 10, SIZE_M // 10)
    # lower-left corner in South Limburg (RD New)
    y_bottom = y_top + dy * ds.RasterYSize
    assert 167000 <= x0 <= 214000 and 306000 <= y_bottom <= 422000
    band = ds.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Int16
    assert band.GetNoDataValue() == -1
    assert band.GetBlockSize() == [256, 256]
    assert ds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE"
    assert (_array(ds) != -1).all(), "no nodata cells inside the demo area"


def test_cell_size_option(tmp_path):
    ds = _generate(tmp_path / "c20.tif", cell=20)
    assert ds.GetGeoTransform()[1] == 20.0
    assert (ds.RasterXSize, ds.RasterYSize) == (SIZE_M // 20, SIZE_M // 20)


def test_codes_and_shares(tmp_path):
    mod = _module()
    lu = _array(_generate(tmp_path / "s.tif"))
    codes, counts = np.unique(lu, return_counts=True)
    share = dict(zip(codes.tolist(), (counts / lu.size).tolist()))
    assert set(share) <= set(mod.CODES), sorted(set(share) - set(mod.CODES))
    assert len(share) >= 6

    def total(group):
        return sum(share.get(c, 0.0) for c in group)

    assert total(mod.AGRICULTURE) > 0.40
    assert total([mod.GRASS]) > 0.05
    assert total([mod.WATER]) > 0
    assert total([mod.ROAD]) > 0
    assert total([mod.BUILT_1, mod.BUILT_2, mod.FARMSTEAD]) > 0
    assert total([mod.DECIDUOUS, mod.CONIFER]) > 0.01
    assert total([mod.NAT_GRASS, mod.HEATH, mod.SCRUB]) > 0
    # nothing swamps the map
    assert max(share.values()) < 0.6


def test_synthetic_label(tmp_path):
    ds = _generate(tmp_path / "l.tif")
    assert "SYNTHETIC" in (ds.GetMetadataItem("TIFFTAG_IMAGEDESCRIPTION") or "")
    assert "synthetic" in ds.GetRasterBand(1).GetDescription().lower()


if __name__ == "__main__":
    import pathlib
    import tempfile

    for name, fn in sorted(globals().items()):
        if name.startswith("test_") and callable(fn):
            with tempfile.TemporaryDirectory() as tmp:
                fn(pathlib.Path(tmp))
            print("ok", name)
