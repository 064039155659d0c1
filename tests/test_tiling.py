"""Tiled habitat suitability against the untiled run (issue 6, item 1).

A tiny memory budget forces many tiles, with kernels much wider than a tile, so every tile's
values depend on land use several tiles away; every output band must equal the untiled run
to float32 round-off (1e-5 x the band's largest value) with the same nodata cells. A tiled
run must also keep its memory bounded, which tracemalloc (it sees numpy's allocations)
checks against the budget on a raster whose single whole-raster layer would exceed it."""
import os

import numpy as np
import pytest
from conftest import Recorder, peak_bytes, record_plans, reference
from osgeo import gdal, osr

from zoemzone_plugin.engine.io import tiling
from zoemzone_plugin.engine.pollination import runner as pollination_runner
from zoemzone_plugin.engine.errors import Cancelled
from zoemzone_plugin.engine.io.gdalio import Grid, RasterReader, read_band, read_landuse
from zoemzone_plugin.engine.pollination.outputs import kernel_radius, window_bytes
from zoemzone_plugin.engine.pollination.runner import run_to_files
from zoemzone_plugin.engine.pollination.tables import (Biophysical, Guild, PollinationTables,
                                                       read_pollination_tables)

LAYERS = ("NESTING", "FLORAL", "SUPPLY", "ABUNDANCE")
TINY_MB = 0.01      # below any window's need: the smallest tiles


@pytest.fixture
def count_tiles(monkeypatch):
    """The tile plan of each pass over the tiles (proof that the run was tiled); a tiled
    suitability run makes two passes, supply then abundance, over one plan."""
    return record_plans(monkeypatch, pollination_runner)


def run(landuse, tables, folder, budget=None, invest=True, feedback=None):
    paths = {name: os.path.join(folder, name.lower() + ".tif") for name in LAYERS}
    invest_folder = os.path.join(folder, "invest") if invest else None
    run_to_files(landuse, tables, paths, invest_folder, feedback, memory_budget_mb=budget)
    return paths, invest_folder


def assert_same_band(path, other, band=1):
    want, want_valid, _ = read_band(path, band)
    got, valid, _ = read_band(other, band)
    np.testing.assert_array_equal(valid, want_valid, err_msg="nodata differs: %s" % other)
    scale = max(float(np.abs(want[want_valid]).max()), np.finfo(np.float32).tiny)
    diff = float(np.abs(got[valid].astype(np.float64) - want[valid]).max())
    assert diff <= 1e-5 * scale, "%s band %d: %g > 1e-5 x %g" % (other, band, diff, scale)
    a, b = gdal.Open(path), gdal.Open(other)     # kept alive while their bands are used
    np.testing.assert_allclose(b.GetRasterBand(band).GetStatistics(False, False),
                               a.GetRasterBand(band).GetStatistics(False, False),
                               rtol=1e-5, atol=1e-5 * scale)


def assert_same_outputs(untiled, tiled):
    (paths, invest), (tiled_paths, tiled_invest) = untiled, tiled
    for name in LAYERS:
        ds = gdal.Open(paths[name])
        bands = ds.RasterCount
        ds = None
        for band in range(1, bands + 1):
            assert_same_band(paths[name], tiled_paths[name], band)
    compared = 0
    for folder, _, files in os.walk(invest):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), invest)
            assert_same_band(os.path.join(invest, rel), os.path.join(tiled_invest, rel))
            compared += 1
    return compared


@pytest.mark.parametrize("case", ["case1", "case2"])
def test_reference_cases_tiled_equal_untiled(case, tmp_path, count_tiles):
    tables = read_pollination_tables(reference("pollination", case, "biophysical.csv"),
                                     reference("pollination", case, "guild.csv"))
    landuse = reference("pollination", case, "lulc.tif")
    untiled = run(landuse, tables, str(tmp_path / "untiled"))
    assert not count_tiles
    tiled = run(landuse, tables, str(tmp_path / "tiled"), TINY_MB)
    grid = read_landuse(landuse)[2]
    assert len(count_tiles[0]) >= 6
    assert kernel_radius(tables, grid.pixel_size) > 2 * tiling.MIN_TILE    # kernels span tiles
    assert assert_same_outputs(untiled, tiled) == 3 + 9 + 3 + 3 + 3


def random_tables(alphas):
    """Six land-use codes with random nesting and flowers in three seasons; one guild per
    alpha (metres), with differing substrates, seasons and abundances."""
    rng = np.random.default_rng(3)
    codes = np.array([1, 2, 5, 11, 20, 61])
    bio = Biophysical(codes, {"ground": rng.uniform(0, 1, 6), "cavity": rng.uniform(0, 1, 6)},
                      {s: rng.uniform(0, 1, 6) * (rng.uniform(0, 1, 6) > 0.3)
                       for s in ("spring", "summer", "autumn")})
    bio.floral["autumn"][codes == 20] = 0.0
    guilds = [Guild("g%d" % i, {"ground": rng.uniform(0, 1), "cavity": rng.uniform(0, 1)},
                    {"spring": rng.uniform(0, 1), "summer": rng.uniform(0.1, 1),
                     "autumn": rng.uniform(0, 1)}, float(a), rng.uniform(0.1, 1))
              for i, a in enumerate(alphas)]
    return PollinationTables(guilds, bio, ["ground", "cavity"], ["spring", "summer", "autumn"],
                             "bio.csv")


def random_landscape(path, rows, cols, holes=True, seed=11, cell=10.0):
    """Patchy land use (blocks of random codes with noise), nodata -1 in random round holes,
    a ragged nodata edge and a nodata block covering a whole tile."""
    rng = np.random.default_rng(seed)
    codes = np.array([1, 2, 5, 11, 20, 61], np.int16)
    blocks = rng.integers(0, len(codes), (rows // 7 + 1, cols // 7 + 1))
    lu = codes[np.kron(blocks, np.ones((7, 7), int))[:rows, :cols]]
    noise = rng.uniform(size=(rows, cols)) < 0.1
    lu[noise] = rng.choice(codes, noise.sum())
    if holes:
        yy, xx = np.mgrid[0:rows, 0:cols]
        for _ in range(12):
            cy, cx, r = rng.integers(0, rows), rng.integers(0, cols), rng.integers(3, 25)
            lu[(yy - cy) ** 2 + (xx - cx) ** 2 < r * r] = -1
        lu[:, : 1 + cols // 40] = -1
        lu[: tiling.MIN_TILE, -tiling.MIN_TILE:] = -1
    ds = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, gdal.GDT_Int16,
                                              ["TILED=YES", "BLOCKXSIZE=128", "BLOCKYSIZE=128"])
    ds.SetGeoTransform((180000.0, cell, 0.0, 320000.0, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-1)
    band.WriteArray(lu)
    ds = None
    return path


def test_random_landscape_with_holes_tiled_equals_untiled(tmp_path, count_tiles):
    # radius 60 cells for the widest guild: its halo (120) is twice the tile (64), and the
    # raster is large enough that inner windows end inside it (the halo, not the edge, counts)
    tables = random_tables([30.0, 120.0, 60.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 400, 360)
    untiled = run(landuse, tables, str(tmp_path / "untiled"))
    tiled = run(landuse, tables, str(tmp_path / "tiled"), TINY_MB)
    plan = count_tiles[0]
    assert len(plan) == 7 * 6
    assert any(t.win_row > 0 and t.win_col > 0 and t.win_row + t.win_rows < 400
               and t.win_col + t.win_cols < 360 for t in plan)
    assert assert_same_outputs(untiled, tiled) == 3 + 9 + 3 + 3 + 3


def test_budget_between_extremes_gives_aligned_tiles_and_equal_results(tmp_path, count_tiles):
    # a budget for a few 256-cell tiles: tiles aligned to the output blocks, small kernels
    tables = random_tables([20.0, 40.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 700, 600, seed=5)
    radius = kernel_radius(tables, 10.0)
    budget = window_bytes(256 + 4 * radius, 256 + 4 * radius, radius, 3) * 1.5 / 2 ** 20
    untiled = run(landuse, tables, str(tmp_path / "untiled"), invest=False)
    tiled = run(landuse, tables, str(tmp_path / "tiled"), budget, invest=False)
    plan = count_tiles[0]
    assert plan[0].rows == 256 and plan[0].cols == 256 and len(plan) == 3 * 3
    for name in LAYERS:
        assert_same_band(untiled[0][name], tiled[0][name])


def test_tiled_run_stays_within_budget(tmp_path, count_tiles):
    # 2000 x 2000 cells: one whole-raster float32 layer (16 MB) or even the land use
    # (Int16, 8 MB) is more than the budget, so any whole-raster array would fail this
    tables = random_tables([10.0, 20.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 2000, 2000, holes=False)
    radius = kernel_radius(tables, 10.0)
    budget_mb = window_bytes(256 + 4 * radius, 256 + 4 * radius, radius, 3) / 2 ** 20
    assert budget_mb < 2000 * 2000 * 4 / 2 ** 20
    peak = peak_bytes(lambda: run(landuse, tables, str(tmp_path / "tiled"), budget_mb,
                                  invest=False))
    assert len(count_tiles[0]) == 64
    assert peak <= budget_mb * 2 ** 20, "peak %.1f MB > budget %.1f MB" % (
        peak / 2 ** 20, budget_mb)


def test_memory_model_bounds_the_untiled_run(tmp_path):
    # the constants must not underestimate: the budget decisions rest on them
    tables = random_tables([30.0, 150.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 600, 500, seed=2)
    peak = peak_bytes(lambda: run(landuse, tables, str(tmp_path / "out"), invest=False))
    estimate = window_bytes(600, 500, kernel_radius(tables, 10.0), 3)
    assert 0.7 * estimate <= peak <= estimate


def test_default_budget_keeps_the_bench_size_untiled(monkeypatch):
    monkeypatch.setattr(tiling, "physical_memory_bytes", lambda: 24 * 2 ** 30)
    budget = tiling.default_memory_budget_mb() * 2 ** 20
    # bench_suitability 5000: 25 M cells at 10 m, default guilds (bumblebee alpha 1000 m)
    assert window_bytes(5000, 5000, 500, 4) <= budget
    monkeypatch.setattr(tiling, "physical_memory_bytes", lambda: None)
    assert tiling.default_memory_budget_mb() == tiling.FALLBACK_MEMORY_MB


def test_plan_covers_raster_once_with_clipped_halo_windows():
    rows, cols, size, halo = 300, 170, 64, 50
    plan = tiling.plan_tiles(rows, cols, size, halo)
    cover = np.zeros((rows, cols), int)
    for t in plan:
        cover[t.row:t.row + t.rows, t.col:t.col + t.cols] += 1
        assert t.win_row == max(0, t.row - halo) and t.win_col == max(0, t.col - halo)
        assert t.win_row + t.win_rows == min(rows, t.row + t.rows + halo)
        assert t.win_col + t.win_cols == min(cols, t.col + t.cols + halo)
        window = np.arange(rows * cols).reshape(rows, cols)[
            t.win_row:t.win_row + t.win_rows, t.win_col:t.win_col + t.win_cols]
        assert window[t.crop][0, 0] == t.row * cols + t.col
        assert window[t.crop].shape == (t.rows, t.cols)
    assert (cover == 1).all()


def test_tile_size_is_the_largest_that_fits():
    def need(r, c):
        return r * c
    # fits whole: one tile as large as the raster
    assert tiling.choose_tile_size(500, 400, 10, 500 * 400, need) == 500
    size = tiling.choose_tile_size(5000, 5000, 100, 1500 ** 2, need)
    assert size == 1280    # 1300 fits (1300 + 200 = 1500), rounded down to whole 256 blocks
    assert tiling.choose_tile_size(5000, 5000, 100, 10, need) == tiling.MIN_TILE
    # narrower than the tile: full-width strips, growing in height
    assert tiling.choose_tile_size(100000, 300, 10, 320 * 2000, need) == 2048    # 2113 fits


def test_progress_rises_to_100_and_cancel_stops_between_tiles(tmp_path, count_tiles,
                                                               monkeypatch):
    tables = random_tables([30.0, 60.0])
    landuse = random_landscape(str(tmp_path / "lu.tif"), 200, 200)
    runs = []
    real = pollination_runner.run_supply
    monkeypatch.setattr(pollination_runner, "run_supply",
                        lambda *a, **k: (runs.append(1), real(*a, **k)))

    done = Recorder()
    run(landuse, tables, str(tmp_path / "all"), TINY_MB, invest=False, feedback=done)
    assert len(runs) == len(count_tiles[0]) == 16
    assert count_tiles[1] == count_tiles[0]
    assert done.seen == sorted(done.seen) and 50.0 in done.seen and done.seen[-1] == pytest.approx(100.0)
    runs.clear()
    with pytest.raises(Cancelled):
        run(landuse, tables, str(tmp_path / "cancelled"), TINY_MB, invest=False,
            feedback=Recorder(lambda _: len(runs) >= 2))
    assert len(runs) == 2


def test_reader_windows_equal_slices_of_the_whole(tmp_path):
    path = random_landscape(str(tmp_path / "lu.tif"), 90, 70)
    whole, valid, grid = read_landuse(path)
    reader = RasterReader(path, landuse=True)
    part, part_valid = reader.read(13, 21, 40, 50)
    reader.close()
    np.testing.assert_array_equal(part, whole[21:71, 13:53])
    np.testing.assert_array_equal(part_valid, valid[21:71, 13:53])
    assert isinstance(grid, Grid) and (grid.rows, grid.cols) == (90, 70)


def test_processing_setting_sets_the_budget_of_the_algorithm(provider, tmp_path, count_tiles):
    """The budget is a Processing option of the provider (Settings > Options > Processing >
    Providers > Zoem Zone), defaulting to the machine's share; a low value tiles the
    algorithm's run and the layers stay those of the untiled run."""
    import processing
    from processing.core.ProcessingConfig import ProcessingConfig

    from zoemzone_plugin.settings import MEMORY_SETTING, memory_budget_mb
    assert ProcessingConfig.getSetting(MEMORY_SETTING) == int(tiling.default_memory_budget_mb())
    landuse = random_landscape(str(tmp_path / "lu.tif"), 200, 180)
    bio = os.path.join(str(tmp_path), "bio.csv")
    with open(bio, "w") as f:
        f.write("lucode,nesting_ground_availability_index,floral_resources_spring_index\n")
        f.writelines("%d,%.2f,%.2f\n" % (code, (code % 5) / 4.0, (code % 3) / 2.0)
                     for code in (1, 2, 5, 11, 20, 61))
    guild = os.path.join(str(tmp_path), "guild.csv")
    with open(guild, "w") as f:
        f.write("species,nesting_suitability_ground_index,foraging_activity_spring_index,"
                "alpha,relative_abundance\nbee,1,1,150,1\n")
    outputs = {}
    for label, budget in (("untiled", None), ("tiled", 1)):
        if budget is not None:
            ProcessingConfig.setSettingValue(MEMORY_SETTING, budget)
        try:
            assert memory_budget_mb() == (budget or int(tiling.default_memory_budget_mb()))
            folder = tmp_path / label
            folder.mkdir()
            outputs[label] = processing.run("zoemzone:habitatsuitability", {
                "LANDUSE": landuse, "BIOPHYSICAL_TABLE": bio, "GUILD_TABLE": guild,
                **{name: str(folder / (name.lower() + ".tif")) for name in LAYERS}})
        finally:
            ProcessingConfig.setSettingValue(MEMORY_SETTING,
                                             int(tiling.default_memory_budget_mb()))
    assert len(count_tiles) == 2 and len(count_tiles[0]) > 4
    for name in LAYERS:
        assert_same_band(outputs["untiled"][name], outputs["tiled"][name])


def test_large_outputs_are_tiled_compressed_with_overviews(tmp_path, monkeypatch):
    """Item 2: a province-sized output is a tiled, DEFLATE-compressed GeoTIFF with internal
    overviews (averages for values, nearest for labels), themselves compressed."""
    from zoemzone_plugin.engine.io import gdalio
    monkeypatch.setattr(gdalio, "OVERVIEW_FROM", 1000)
    grid = Grid(600, 1100, (185000.0, 10.0, 0.0, 330000.0, 0.0, -10.0), "")
    values = np.kron(np.arange(550 * 300, dtype=np.float32).reshape(550, 300),
                     np.ones((2, 2), np.float32))
    path = str(tmp_path / "big.tif")
    gdalio.write_single(path, grid, "value", values)
    labels = str(tmp_path / "labels.tif")
    gdalio.write_labels(labels, grid, (values % 7).astype(np.int32))
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    assert ds.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert band.GetBlockSize() == [256, 256]
    assert band.GetOverviewCount() == 2          # 1/2 and 1/4: down to 275 rows
    np.testing.assert_array_equal(band.GetOverview(0).ReadAsArray(),
                                  np.arange(550 * 300, dtype=np.float32).reshape(550, 300))
    # compressed overviews: a constant raster stays tiny with them
    flat = str(tmp_path / "flat.tif")
    gdalio.write_single(flat, grid, "value", np.ones((1100, 600), np.float32))
    assert os.path.getsize(flat) < 100000
    label_ds = gdal.Open(labels)     # kept alive while its band is used
    lab = label_ds.GetRasterBand(1)
    assert lab.GetOverviewCount() == 2
    np.testing.assert_array_equal(lab.GetOverview(0).ReadAsArray(),
                                  (np.arange(550 * 300).reshape(550, 300) % 7))


def block_means(values, nodata, level):
    """The mean of the valid cells of each level x level block, by definition."""
    rows, cols = values.shape
    out = np.full(((rows + level - 1) // level, (cols + level - 1) // level), nodata)
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            block = values[i * level:(i + 1) * level, j * level:(j + 1) * level]
            block = block[block != nodata].astype(np.float64)
            if block.size:
                out[i, j] = block.mean()
    return out


@pytest.mark.parametrize("window", [256, 198])
def test_overviews_follow_the_windows_as_written(tmp_path, monkeypatch, window):
    """Overviews computed from each window as it is written (windows on blocks of the
    coarsest level): the mean of each block's valid cells, nodata where it has none, and for
    labels the block's middle cell; when windows do not line up (198 cells), GDAL's own
    AVERAGE at close (which, on sizes not a multiple of the level, weighs fractions of
    cells)."""
    from zoemzone_plugin.engine.io import gdalio
    monkeypatch.setattr(gdalio, "OVERVIEW_FROM", 1000)
    monkeypatch.setattr(gdalio, "OVERVIEW_ROWS", 64)        # several row chunks per window
    grid = Grid(603, 1101, (185000.0, 10.0, 0.0, 330000.0, 0.0, -10.0), "")
    rng = np.random.default_rng(9)
    values = rng.uniform(0, 5, (1101, 603)).astype(np.float32)
    values[rng.uniform(size=values.shape) < 0.3] = -1.0
    values[:8, :8] = -1.0                                 # a block without any valid cell
    labels = rng.integers(1, 50, values.shape).astype(np.int32)
    path, label_path = str(tmp_path / "v.tif"), str(tmp_path / "l.tif")
    writer = gdalio.BandWriter(path, grid, ["v"])
    label_writer = gdalio.BandWriter(label_path, grid, ["l"], data_type=gdal.GDT_Int32,
                                     nodata=0)
    for r in range(0, 1101, window):
        for c in range(0, 603, window):
            writer.write_window("v", values[r:r + window, c:c + window], c, r)
            label_writer.write_window("l", labels[r:r + window, c:c + window], c, r)
    assert writer._overviews_left == (window == 198)
    writer.close()
    label_writer.close()
    ds, label_ds = gdal.Open(path), gdal.Open(label_path)
    band, label_band = ds.GetRasterBand(1), label_ds.GetRasterBand(1)
    assert band.GetOverviewCount() == 2                   # 1/2 and 1/4: down to 275 rows
    if window == 198:        # GDAL's own, on a file of the same values written whole
        plain = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "plain.tif"), 603, 1101,
                                                     1, gdal.GDT_Float32, ["TILED=YES"])
        plain.GetRasterBand(1).SetNoDataValue(-1.0)
        plain.GetRasterBand(1).WriteArray(values)
        plain.BuildOverviews("AVERAGE", [2, 4])
    for k, level in enumerate((2, 4)):
        got = band.GetOverview(k).ReadAsArray()
        if window == 256:
            np.testing.assert_allclose(got, block_means(values, -1.0, level), rtol=1e-6)
        else:
            np.testing.assert_array_equal(
                got, plain.GetRasterBand(1).GetOverview(k).ReadAsArray())
        assert got[0, 0] == -1.0
        middles = label_band.GetOverview(k).ReadAsArray()
        if window == 256:
            r = np.minimum(np.arange(0, 1101, level) + level // 2, 1100)
            c = np.minimum(np.arange(0, 603, level) + level // 2, 602)
            np.testing.assert_array_equal(middles, labels[np.ix_(r, c)])
        assert middles.shape == ((1101 + level - 1) // level, (603 + level - 1) // level)
    np.testing.assert_array_equal(band.ReadAsArray(), values)


def test_an_output_without_valid_cells_is_written(tmp_path):
    """A band of nodata only (no patch found, no gap anywhere) is a valid output without
    statistics, not an error after the run: GDAL refuses statistics of no pixels."""
    from zoemzone_plugin.engine.io import gdalio
    grid = Grid(4, 3, (185000.0, 10.0, 0.0, 330000.0, 0.0, -10.0), "")
    path = str(tmp_path / "empty.tif")
    gdalio.write_labels(path, grid, np.zeros((3, 4), np.int32))
    ds = gdal.Open(path)
    np.testing.assert_array_equal(ds.GetRasterBand(1).ReadAsArray(), np.zeros((3, 4)))
    assert ds.GetRasterBand(1).GetMetadataItem("STATISTICS_MEAN") is None


def test_disk_array_reads_back_what_windows_wrote(tmp_path):
    """Windows written in any order and shape read back as the same writes to an array in
    memory; cells never written read 0."""
    rng = np.random.default_rng(4)
    expected = np.zeros((37, 53))
    disk = tiling.DiskArray(str(tmp_path / "a.f64"), expected.shape, np.float64)
    try:
        for _ in range(40):
            r0, c0 = rng.integers(0, 37), rng.integers(0, 53)
            window = (slice(r0, rng.integers(r0 + 1, 38)), slice(c0, rng.integers(c0 + 1, 54)))
            values = rng.normal(size=expected[window].shape)
            expected[window] = values
            disk[window] = values
        disk[5:9, 50:53] = 7.0                       # a scalar fills the window
        expected[5:9, 50:53] = 7.0
        assert np.array_equal(disk[0:37, 0:53], expected)
        assert np.array_equal(disk[3:30, 11:12], expected[3:30, 11:12])
        assert disk[0:2, 0:3].dtype == np.float64
    finally:
        disk.close()
    assert os.path.getsize(tmp_path / "a.f64") == 37 * 53 * 8


def test_band_statistics_equal_numpys_over_windows_and_chunks(tmp_path, monkeypatch):
    """Whole-band and windowed writes store the same statistics of the valid cells, merged
    chunk by chunk (tiny chunks here) to numpy's values on the whole band."""
    from zoemzone_plugin.engine.io import gdalio
    monkeypatch.setattr(gdalio._RunningStatistics, "CHUNK", 1000)
    grid = Grid(90, 70, (185000.0, 10.0, 0.0, 330000.0, 0.0, -10.0), "")
    rng = np.random.default_rng(2)
    values = rng.normal(3.0, 2.0, (70, 90)).astype(np.float32)
    values[rng.uniform(size=values.shape) < 0.2] = np.nan
    whole, windowed = str(tmp_path / "whole.tif"), str(tmp_path / "windowed.tif")
    gdalio.write_single(whole, grid, "v", values)
    writer = gdalio.BandWriter(windowed, grid, ["v"])
    for r in range(0, 70, 32):
        writer.write_window("v", values[r:r + 32], 0, r)
    writer.close()
    valid = values[np.isfinite(values)].astype(np.float64)
    for path in (whole, windowed):
        ds = gdal.Open(path)
        meta = ds.GetRasterBand(1).GetMetadata()
        assert float(meta["STATISTICS_MEAN"]) == pytest.approx(valid.mean(), rel=1e-9)
        assert float(meta["STATISTICS_STDDEV"]) == pytest.approx(valid.std(), rel=1e-9)
        assert float(meta["STATISTICS_MINIMUM"]) == pytest.approx(valid.min(), rel=1e-12)
        assert float(meta["STATISTICS_MAXIMUM"]) == pytest.approx(valid.max(), rel=1e-12)
        assert float(meta["STATISTICS_VALID_PERCENT"]) == pytest.approx(
            100.0 * valid.size / values.size, rel=1e-5)
