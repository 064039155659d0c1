"""Our outputs against natcap.invest 3.20.2's files (tests/data/pollination).

Every output must match within 1e-5 x the output's largest value, through the Processing
algorithm, both in our multi-band layers and in the INVEST_FOLDER layout."""
import os

import numpy as np
import pytest
from conftest import reference

from zoemzone_plugin.engine.io.gdalio import read_band

CASES = ["case1", "case2"]
SPECIES = ["ground_small", "cavity_mid", "bumblebee"]
SEASONS = ["spring", "summer", "autumn"]


def assert_matches(path, band, ref_path):
    ref, ref_valid, _ = read_band(ref_path)
    got, valid, _ = read_band(path, band)
    np.testing.assert_array_equal(valid, ref_valid, err_msg="nodata differs: %s" % path)
    scale = np.abs(ref[ref_valid]).max()
    diff = np.abs(got[valid].astype(np.float64) - ref[valid]).max()
    assert diff <= 1e-5 * scale, "%s band %d vs %s: %g > 1e-5 x %g" % (
        path, band, ref_path, diff, scale)


@pytest.fixture(scope="module", params=CASES)
def processed(request, plugin, tmp_path_factory):
    import processing
    case = request.param
    out = tmp_path_factory.mktemp(case)
    params = {"LANDUSE": reference("pollination", case, "lulc.tif"),
              "BIOPHYSICAL_TABLE": reference("pollination", case, "biophysical.csv"),
              "GUILD_TABLE": reference("pollination", case, "guild.csv"),
              "NESTING": str(out / "nesting.tif"), "FLORAL": str(out / "floral.tif"),
              "SUPPLY": str(out / "supply.tif"), "ABUNDANCE": str(out / "abundance.tif"),
              "INVEST_FOLDER": str(out / "invest")}
    result = processing.run("zoemzone:habitatsuitability", params)
    return case, result


def invest(case, *parts):
    return reference("pollination", case, "invest", *parts)


def test_layers_match_invest(processed):
    case, result = processed
    for i, species in enumerate(SPECIES, start=1):
        assert_matches(result["NESTING"], i,
                       invest(case, "intermediate_outputs", "habitat_nesting_index_%s.tif" % species))
        assert_matches(result["FLORAL"], i,
                       invest(case, "intermediate_outputs", "floral_resources_%s.tif" % species))
        assert_matches(result["SUPPLY"], i + 1, invest(case, "pollinator_supply_%s.tif" % species))
    for j, season in enumerate(SEASONS, start=1):
        assert_matches(result["ABUNDANCE"], j,
                       invest(case, "total_pollinator_abundance_%s.tif" % season))


def test_total_supply_is_sum_of_invest_guild_supplies(processed):
    case, result = processed
    total, valid, _ = read_band(result["SUPPLY"], 1)
    want = sum(read_band(invest(case, "pollinator_supply_%s.tif" % s))[0].astype(np.float64)
               for s in SPECIES)
    assert np.abs(total[valid] - want[valid]).max() <= 1e-5 * want[valid].max()


def test_band_descriptions_name_guilds_and_seasons(processed):
    from osgeo import gdal
    _, result = processed

    def names(path):
        ds = gdal.Open(path)    # kept alive while its bands are read
        return [ds.GetRasterBand(i + 1).GetDescription() for i in range(ds.RasterCount)]
    assert names(result["NESTING"]) == SPECIES
    assert names(result["FLORAL"]) == SPECIES
    assert names(result["SUPPLY"]) == ["total (all guilds)"] + SPECIES
    assert names(result["ABUNDANCE"]) == SEASONS


def test_invest_folder_has_invests_files_with_invests_values(processed):
    case, result = processed
    folder = result["INVEST_FOLDER"]
    ref_root = invest(case)
    compared = 0
    for dirpath, _, files in os.walk(ref_root):
        for name in files:
            if name.startswith("kernel_"):
                continue    # InVEST's kernels are checked in test_pollination_hand
            rel = os.path.relpath(os.path.join(dirpath, name), ref_root)
            mine = os.path.join(folder, rel)
            assert os.path.exists(mine), "missing in INVEST_FOLDER: %s" % rel
            assert_matches(mine, 1, os.path.join(ref_root, rel))
            compared += 1
    assert compared == 3 + 9 + 3 + 3 + 3
