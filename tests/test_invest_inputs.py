"""Real InVEST inputs (issue 12 §3): tables written as InVEST's sample data writes them, and a
land-use raster whose nodata value is a code of the biophysical table.

InVEST lower-cases the guild, season and substrate names it reads, so its files are named in
lower case whatever the table's capitals; and it reclassifies a nodata value the table lists
(pygeoprocessing's reclassify_raster), so those cells are land with that row's values. The
expected values of the second case come from a float64 model in this file (plain FFT sums),
independent of the engine's convolution; a tiny case is checked by direct sums."""
import csv
import os
import re
from pathlib import Path

import numpy as np
import pytest
from conftest import record_plans, reference
from osgeo import gdal, osr
from test_invest_reference import SEASONS, SPECIES, assert_matches
from test_pollination_hand import direct_mean

from zoemzone_plugin.engine.pollination import runner as pollination_runner
from zoemzone_plugin.engine.pollination.convolution import exponential_kernel
from zoemzone_plugin.engine.io.gdalio import read_band, read_landuse
from zoemzone_plugin.engine.pollination.outputs import kernel_radius
from zoemzone_plugin.engine.pollination.runner import run_to_files
from zoemzone_plugin.engine.pollination.tables import read_pollination_tables

LAYERS = ("NESTING", "FLORAL", "SUPPLY", "ABUNDANCE")


NAMES = SPECIES + SEASONS + ["ground", "cavity"]


def capitalised(text):
    """``text`` with each guild, season and substrate name in it capitalised (Ground_Small)."""
    for name in NAMES:
        text = re.sub(r"(?<![a-z])%s(?![a-z])" % name, name.title(), text)
    return text


def invest_style_tables(folder):
    """case1's tables as InVEST's sample data writes them: guild, season and substrate names
    capitalised, and description columns (with commas inside quotes) the model ignores."""
    paths = {}
    for name in ("guild.csv", "biophysical.csv"):
        with open(reference("pollination", "case1", name), newline="") as f:
            rows = list(csv.reader(f))
        header = [capitalised(column) for column in rows[0]] + ["Description"]
        out = [[header[0].upper()] + header[1:]]
        out += [[capitalised(row[0])] + row[1:] + ["class %s, as in the sample data" % row[0]]
                for row in rows[1:]]
        paths[name] = os.path.join(folder, name)
        with open(paths[name], "w", newline="") as f:
            csv.writer(f).writerows(out)
    return paths


def test_invest_style_tables_have_capitals_and_descriptions(tmp_path):
    """The rewritten tables are what the test claims: capitals in every name, descriptions."""
    paths = invest_style_tables(str(tmp_path))
    guild = Path(paths["guild.csv"]).read_text()
    bio = Path(paths["biophysical.csv"]).read_text()
    assert guild.startswith("SPECIES,") and "\nGround_Small,1.0," in guild
    assert "\nBumblebee," in guild
    assert "foraging_activity_Spring_index" in guild and "nesting_suitability_Cavity_index" in guild
    assert "nesting_Ground_availability_index" in bio and "floral_resources_Autumn_index" in bio
    assert bio.startswith("LUCODE,") and '"class 1, as in the sample data"' in bio


def test_capitalised_names_are_read_in_lower_case(tmp_path):
    paths = invest_style_tables(str(tmp_path))
    tables = read_pollination_tables(paths["biophysical.csv"], paths["guild.csv"])
    assert [g.species for g in tables.guilds] == SPECIES
    assert tables.seasons == SEASONS
    assert tables.substrates == ["ground", "cavity"]
    assert tables.guilds[0].nesting == {"ground": 1.0, "cavity": 0.0}


@pytest.fixture(scope="module")
def invest_style_run(plugin, tmp_path_factory):
    import processing
    out = tmp_path_factory.mktemp("invest_style")
    paths = invest_style_tables(str(out))
    params = {"LANDUSE": reference("pollination", "case1", "lulc.tif"),
              "BIOPHYSICAL_TABLE": paths["biophysical.csv"], "GUILD_TABLE": paths["guild.csv"],
              "NESTING": str(out / "nesting.tif"), "FLORAL": str(out / "floral.tif"),
              "SUPPLY": str(out / "supply.tif"), "ABUNDANCE": str(out / "abundance.tif"),
              "INVEST_FOLDER": str(out / "invest")}
    return processing.run("zoemzone:habitatsuitability", params)


def test_invest_style_tables_give_invests_files_and_names(invest_style_run):
    """Every file InVEST wrote for case1 is in INVEST_FOLDER under InVEST's (lower-case)
    name with InVEST's values, and nothing else is there."""
    ref_root = reference("pollination", "case1", "invest")
    folder = invest_style_run["INVEST_FOLDER"]

    def names(root):
        return sorted(os.path.relpath(os.path.join(d, n), root) for d, _, files in os.walk(root)
                      for n in files if not n.startswith("kernel_"))
    assert names(folder) == names(ref_root)
    assert len(names(folder)) == 3 + 9 + 3 + 3 + 3
    for rel in names(ref_root):
        assert_matches(os.path.join(folder, rel), 1, os.path.join(ref_root, rel))


def test_invest_style_tables_give_invests_layers(invest_style_run):
    def invest(*parts):
        return reference("pollination", "case1", "invest", *parts)
    for i, species in enumerate(SPECIES, start=1):
        assert_matches(invest_style_run["SUPPLY"], i + 1, invest("pollinator_supply_%s.tif"
                                                                 % species))
        assert_matches(invest_style_run["FLORAL"], i, invest(
            "intermediate_outputs", "floral_resources_%s.tif" % species))
    for j, season in enumerate(SEASONS, start=1):
        assert_matches(invest_style_run["ABUNDANCE"], j,
                       invest("total_pollinator_abundance_%s.tif" % season))
    ds = gdal.Open(invest_style_run["ABUNDANCE"])
    assert [ds.GetRasterBand(j).GetDescription() for j in (1, 2, 3)] == SEASONS


# --- a nodata value that is a code of the biophysical table -------------------------------

BACKGROUND = 0      # the raster's nodata value, and a row of the table with all values 0
BIO = ("lucode,description,nesting_ground_availability_index,floral_resources_spring_index,"
       "floral_resources_summer_index\n"
       "0,Background,0,0,0\n"
       "1,grassland,0.6,0.4,0.2\n"
       "2,arable,0.1,0.05,0.3\n"
       "3,heath,0.9,0.9,0.7\n")
GUILDS = ("species,nesting_suitability_ground_index,foraging_activity_spring_index,"
          "foraging_activity_summer_index,alpha,relative_abundance\n"
          "Andrena,1.0,0.8,0.2,{a},0.7\n"
          "Bombus,0.6,0.3,1.0,{b},0.3\n")


class Notes:
    """A feedback keeping the engine's notes (what an algorithm's log would show)."""

    def __init__(self):
        self.notes = []

    def setProgress(self, percent):  # noqa: N802
        pass

    def isCanceled(self):  # noqa: N802
        return False

    def note(self, note):
        self.notes.append(str(note))


def write_tables(folder, alpha_a, alpha_b):
    bio, guild = os.path.join(folder, "bio.csv"), os.path.join(folder, "guild.csv")
    with open(bio, "w") as f:
        f.write(BIO)
    with open(guild, "w") as f:
        f.write(GUILDS.format(a=alpha_a, b=alpha_b))
    return bio, guild


def write_landuse(path, landuse, nodata=BACKGROUND, cell=10.0):
    rows, cols = landuse.shape
    ds = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, gdal.GDT_Int16)
    ds.SetGeoTransform((180000.0, cell, 0.0, 320000.0, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(landuse)
    ds = None
    return path


def fft_mean(values, valid, kernel):
    """The masked kernel mean in float64 by one plain zero-padded FFT product per sum."""
    r = kernel.shape[0] // 2
    rows, cols = values.shape
    shape = (rows + 2 * r, cols + 2 * r)
    spectrum = np.fft.rfft2(kernel, shape)

    def kernel_sum(a):
        return np.fft.irfft2(np.fft.rfft2(a, shape) * spectrum, shape)[r:r + rows, r:r + cols]
    return kernel_sum(np.where(valid, values, 0.0)) / kernel_sum(valid.astype(np.float64))


def expected(landuse, valid, tables, cell, mean):
    """Per guild HN, FR and PS, and total abundance per season, of the InVEST model in
    float64 with ``mean`` as the masked kernel mean."""
    codes = list(tables.biophysical.codes)
    idx = np.vectorize(codes.index)(landuse)
    total = sum(g.relative_abundance for g in tables.guilds)
    out = {("abundance", j): np.zeros(landuse.shape) for j in tables.seasons}
    for g in tables.guilds:
        kernel = exponential_kernel(g.alpha / cell).astype(np.float64)
        activity = sum(g.foraging.values())
        ff = {j: tables.biophysical.floral[j][idx] * g.foraging[j] / activity
              for j in tables.seasons}
        hn = np.max([tables.biophysical.nesting[n][idx] * g.nesting[n]
                     for n in tables.substrates], axis=0)
        fr = mean(sum(ff.values()), valid, kernel)
        ps = g.relative_abundance / total * hn * fr
        visits = mean(ps, valid, kernel)
        out[("nesting", g.species)], out[("floral", g.species)] = hn, fr
        out[("supply", g.species)] = ps
        for j in tables.seasons:
            out[("abundance", j)] += np.where(fr > 0, ff[j] * visits / np.where(fr > 0, fr, 1),
                                              0.0)
    return out


def outputs(landuse_path, tables, folder, budget=None, feedback=None):
    paths = {name: os.path.join(folder, name.lower() + ".tif") for name in LAYERS}
    run_to_files(landuse_path, tables, paths, os.path.join(folder, "invest"), feedback,
                 memory_budget_mb=budget)
    return paths


def assert_outputs(paths, want, tables):
    """Every band equals ``want`` to float32 round-off, and every cell has a value."""
    bands = [("NESTING", 1 + i, ("nesting", g.species)) for i, g in enumerate(tables.guilds)]
    bands += [("FLORAL", 1 + i, ("floral", g.species)) for i, g in enumerate(tables.guilds)]
    bands += [("SUPPLY", 2 + i, ("supply", g.species)) for i, g in enumerate(tables.guilds)]
    bands += [("ABUNDANCE", 1 + j, ("abundance", s)) for j, s in enumerate(tables.seasons)]
    for layer, band, key in bands:
        got, valid, _ = read_band(paths[layer], band)
        assert valid.all(), "%s band %d: nodata where the land use is a table code" % (
            layer, band)
        scale = np.abs(want[key]).max()
        np.testing.assert_allclose(got, want[key], rtol=0, atol=2e-6 * scale,
                                   err_msg="%s band %d" % (layer, band))


def test_nodata_in_table_counts_as_land_by_direct_sums(tmp_path):
    """A 9 x 10 map whose left columns and a corner are nodata 0, the code of 'Background':
    the Background cells dilute the means beside them, as in InVEST (direct sums here)."""
    landuse = np.array([[0, 0, 1, 1, 3, 3, 2, 2, 1, 1]] * 9, np.int16)
    landuse[6:, 6:] = 0
    landuse[2, 4] = 2
    path = write_landuse(str(tmp_path / "lu.tif"), landuse)
    tables = read_pollination_tables(*write_tables(str(tmp_path), 20.0, 35.0))
    notes = Notes()
    paths = outputs(path, tables, str(tmp_path / "out"), feedback=notes)
    want = expected(landuse, np.ones(landuse.shape, bool), tables, 10.0, direct_mean)
    assert_outputs(paths, want, tables)
    # cells next to the Background differ from treating it as nodata (the old behaviour)
    as_nodata = expected(landuse, landuse != 0, tables, 10.0, direct_mean)
    assert abs(want[("floral", "andrena")][0, 2] / as_nodata[("floral", "andrena")][0, 2]
               - 1) > 0.2
    assert len(notes.notes) == 1
    assert "nodata value 0" in notes.notes[0] and "'lu.tif'" in notes.notes[0]
    assert "InVEST" in notes.notes[0]


def test_nodata_in_table_tiled_equals_untiled_and_float64_model(tmp_path, monkeypatch):
    """A 150 x 170 map with a ragged Background (nodata 0) edge and holes, kernels 3 tiles
    wide: tiled and untiled runs both count the Background cells as land."""
    plans = record_plans(monkeypatch, pollination_runner)
    rng = np.random.default_rng(7)
    rows, cols = 150, 170
    landuse = rng.integers(1, 4, (rows // 5, cols // 5)).repeat(5, 0).repeat(5, 1)
    landuse = landuse.astype(np.int16)
    edge = 10 + (8 * np.sin(np.arange(rows) / 9.0)).astype(int)
    landuse[np.arange(cols)[None, :] < edge[:, None]] = BACKGROUND
    yy, xx = np.mgrid[0:rows, 0:cols]
    landuse[(yy - 90) ** 2 + (xx - 120) ** 2 < 15 ** 2] = BACKGROUND
    path = write_landuse(str(tmp_path / "lu.tif"), landuse)
    tables = read_pollination_tables(*write_tables(str(tmp_path), 300.0, 120.0))
    assert kernel_radius(tables, 10.0) == 150
    want = expected(landuse, np.ones(landuse.shape, bool), tables, 10.0, fft_mean)
    untiled_notes, tiled_notes = Notes(), Notes()
    untiled = outputs(path, tables, str(tmp_path / "untiled"), feedback=untiled_notes)
    assert not plans
    tiled = outputs(path, tables, str(tmp_path / "tiled"), budget=0.01, feedback=tiled_notes)
    assert len(plans[0]) >= 6
    assert_outputs(untiled, want, tables)
    assert_outputs(tiled, want, tables)
    assert len(untiled_notes.notes) == len(tiled_notes.notes) == 1


def test_nodata_not_in_table_stays_nodata(tmp_path):
    landuse = np.array([[9, 1, 2], [1, 3, 9]], np.int16)
    path = write_landuse(str(tmp_path / "lu.tif"), landuse, nodata=9)
    tables = read_pollination_tables(*write_tables(str(tmp_path), 20.0, 35.0))
    notes = Notes()
    codes, valid, _ = read_landuse(path, tables.biophysical.codes, notes)
    np.testing.assert_array_equal(valid, landuse != 9)
    assert not notes.notes
    paths = outputs(path, tables, str(tmp_path / "out"))
    np.testing.assert_array_equal(read_band(paths["SUPPLY"], 1)[1], landuse != 9)


def test_nodata_in_table_is_logged_translated_by_the_algorithm(plugin, tmp_path):
    """Through Processing the note is one line of the run's log."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)
    landuse = np.array([[0, 1, 2, 3]] * 4, np.int16)
    bio, guild = write_tables(str(tmp_path), 20.0, 35.0)
    log = Log()
    processing.run("zoemzone:habitatsuitability", {
        "LANDUSE": write_landuse(str(tmp_path / "lu.tif"), landuse), "BIOPHYSICAL_TABLE": bio,
        "GUILD_TABLE": guild, "NESTING": "TEMPORARY_OUTPUT", "FLORAL": "TEMPORARY_OUTPUT",
        "SUPPLY": str(tmp_path / "supply.tif"), "ABUNDANCE": "TEMPORARY_OUTPUT"},
        feedback=log)
    said = [line for line in log.lines if "nodata value 0" in line]
    assert len(said) == 1 and "'lu.tif'" in said[0]
    assert read_band(str(tmp_path / "supply.tif"))[1].all()


# --- the same rule in every algorithm that reads land use with a table ---------------------

def lgn_map(rows=40, cols=50):
    """LGN codes in blocks: grassland (1), maize (2), deciduous forest (11), heath (20), built-up
    (45); code 1 also fills a ragged left edge, as a map's nodata would."""
    rng = np.random.default_rng(5)
    codes = np.array([1, 2, 11, 20, 45], np.int16)
    landuse = codes[rng.integers(0, 5, (rows // 5, cols // 5))].repeat(5, 0).repeat(5, 1)
    landuse[:, :3] = 1
    landuse[::4, 3] = 1
    return landuse


def default_tables():
    from zoemzone_plugin.paths import default_table
    return read_pollination_tables(default_table("biophysical_nl.csv"),
                                   default_table("guilds_nl.csv"))


def run_food_gaps(path, folder, feedback):
    from zoemzone_plugin.engine.kansenkaart.foodgaps_runner import food_gaps_to_file
    out = os.path.join(folder, "gaps.tif")
    food_gaps_to_file(path, default_tables(), 0.1, out, feedback)
    return [out]


def run_resistance(path, folder, feedback):
    from zoemzone_plugin.engine.network.resistance import resistance_to_file
    from zoemzone_plugin.paths import default_table
    out = os.path.join(folder, "resistance.tif")
    resistance_to_file(path, default_table("resistance_bees_nl.csv"), out, feedback)
    return [out]


def run_kansenkaart(path, folder, feedback):
    from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
    from zoemzone_plugin.engine.kansenkaart.runner import kansenkaart_to_files
    from zoemzone_plugin.paths import default_table
    tables = default_tables()
    paths = {name: os.path.join(folder, name.lower() + ".tif")
             for name in ("GAIN", "BEST_MEASURE", "PRIORITY")}
    kansenkaart_to_files(path, tables, read_catalogue(default_table("measures_nl.csv"), tables),
                         paths, feedback=feedback)
    return list(paths.values())


def run_suitability(path, folder, feedback):
    return list(outputs(path, default_tables(), folder, feedback=feedback).values())


def read_bijenlandschap_indices(path, folder, feedback):
    """The land-use source of the bijenlandschap rules: its indices, written for comparison."""
    from zoemzone_plugin.engine.bijenlandschap.runner import LanduseIndices
    source = LanduseIndices(path, default_tables(), feedback)
    (floral, nesting), valid = source.read()
    source.close()
    out = []
    for name, bands in (("floral", floral), ("nesting", nesting)):
        out.append(os.path.join(folder, name + ".npy"))
        np.save(out[-1], np.where(valid, np.stack(bands), np.nan))
    return out


def layers(path):
    if path.endswith(".npy"):
        return [np.load(path)]
    ds = gdal.Open(path)
    bands = [ds.GetRasterBand(b + 1) for b in range(ds.RasterCount)]
    return [np.where(band.ReadAsArray() == band.GetNoDataValue(), np.nan, band.ReadAsArray())
            for band in bands]


@pytest.mark.parametrize("run", [run_suitability, run_food_gaps, run_resistance,
                                 run_kansenkaart, read_bijenlandschap_indices])
def test_every_land_use_reader_counts_a_table_code_nodata_as_land(run, tmp_path):
    """A map whose nodata value is 1 (grassland, in every default table) gives exactly the
    outputs of the same map without nodata, and says so once."""
    landuse = lgn_map()
    results = {}
    for nodata in (1, -1):
        folder = tmp_path / str(nodata)
        folder.mkdir()
        notes = Notes()
        path = write_landuse(str(folder / "lu.tif"), landuse, nodata=nodata)
        results[nodata] = [layers(p) for p in run(path, str(folder), notes)]
        assert len(notes.notes) == (1 if nodata == 1 else 0)
    for with_code, without in zip(results[1], results[-1]):
        for a, b in zip(with_code, without):
            np.testing.assert_array_equal(a, b)
    grassland = landuse == 1
    assert any(np.isfinite(a[..., grassland]).any() for out in results[1] for a in out)


def test_measure_scenario_reads_land_use_as_the_other_algorithms(tmp_path):
    """Measure scenario reads its land use itself (pollination_inputs.read_checked_landuse)."""
    from zoemzone_plugin.algorithms.pollination_inputs import read_checked_landuse

    class Algorithm:
        @staticmethod
        def run_engine(function, *args):
            return function(*args)
    landuse = lgn_map()
    notes = Notes()
    path = write_landuse(str(tmp_path / "lu.tif"), landuse, nodata=1)
    codes, valid, _ = read_checked_landuse(Algorithm(), path, default_tables(), notes)
    assert valid.all() and len(notes.notes) == 1
    np.testing.assert_array_equal(codes, landuse)
