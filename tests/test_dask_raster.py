"""Seasonal food gaps and the kansenkaart on the Dask back end (issue 16), as test_dask.py
runs the graph and habitat suitability: a scheduler and two single-threaded workers as
separate processes on loopback, computing with the engine the client uploads.

Each run through the scheduler must equal the in-process run: gap counts, season masks,
best measures and priority classes to the bit, the summary and parcel ranking exactly,
floats to float32 round-off. The in-process runs compared with fit in memory and are not
tiled, so the comparison also covers the cluster's tiling and its global figures (scales,
median supply, quintile breaks).
"""
import os

import numpy as np
import pytest
from conftest import Recorder
from test_dask import LoggingFeedback, loopback  # noqa: F401 (fixture)
from test_kansenkaart_algorithms import demo_landuse
from test_tiling import random_landscape, random_tables
from test_tiling_foodgaps_resistance import THRESHOLD
from test_tiling_foodgaps_resistance import assert_same_raster as assert_same_bands
from test_tiling_kansenkaart import (ALL_TERMS, OUTPUTS, TINY_MB, assert_same_raster,
                                     assert_same_runs, inputs, run)  # noqa: F401 (fixture)

from zoemzone_plugin.engine.kansenkaart import foodgaps_cluster, runner as kansenkaart_files
from zoemzone_plugin.engine.cluster import Cluster
from zoemzone_plugin.engine.errors import Cancelled
from zoemzone_plugin.engine.kansenkaart.foodgaps_runner import food_gaps_to_file
from zoemzone_plugin.engine.io.gdalio import read_band
from zoemzone_plugin.engine.tile_tasks import tile_size, tiles_pay
from zoemzone_plugin.engine.io.tiling import plan_tiles


class KillOnFirstProgress:
    """A feedback that kills a worker as the first tile comes back."""

    def __init__(self, loopback_cluster):
        self.cluster, self.killed = loopback_cluster, False

    def setProgress(self, percent):  # noqa: N802
        if not self.killed and percent > 0:
            self.cluster.workers[0].kill()
            self.killed = True

    def isCanceled(self):  # noqa: N802
        return False


def gaps(landuse, tables, folder, cluster=None, feedback=None):
    os.makedirs(folder, exist_ok=True)
    paths = (os.path.join(folder, "gaps.tif"), os.path.join(folder, "seasons.tif"))
    result = food_gaps_to_file(landuse, tables, THRESHOLD, paths[0], feedback, "gaps",
                               seasons_path=paths[1], cluster=cluster)
    return result, paths


def assert_same_gaps(want, got):
    (result, paths), (cluster_result, cluster_paths) = want, got
    for path, other in zip(paths, cluster_paths):
        assert_same_bands(path, other)
    assert cluster_result[1] == result[1] and cluster_result[2] == result[2]
    assert list(cluster_result[2]) == list(result[2])       # the summary's order too


@pytest.fixture(scope="module")
def landscape(tmp_path_factory):
    """test_tiling_foodgaps_resistance's case: three guilds with three kernels."""
    return random_landscape(str(tmp_path_factory.mktemp("gaps") / "lu.tif"), 400, 360)


def test_food_gaps_through_the_scheduler_equal_the_in_process_run(loopback, landscape,
                                                                   tmp_path, monkeypatch):
    tables = random_tables([30.0, 120.0, 60.0])
    plans = []
    real = foodgaps_cluster.plan_tiles

    def plan_tiles(*args):
        plans.append(real(*args))
        return plans[-1]
    monkeypatch.setattr(foodgaps_cluster, "plan_tiles", plan_tiles)
    here = gaps(landscape, tables, str(tmp_path / "here"))
    assert not plans
    with Cluster(loopback.address) as cluster:
        there = gaps(landscape, tables, str(tmp_path / "there"), cluster)
    # a task per kernel group (alpha 3, 12 and 6 cells), each on the whole raster
    assert [len(plan) for plan in plans] == [1, 1, 1]
    assert all(plan[0].cells == 400 * 360 for plan in plans)
    assert_same_gaps(here, there)
    assert sorted(os.listdir(tmp_path / "there")) == ["gaps.tif", "seasons.tif"]
    assert 0 < sum(here[0][2].values()) < sum(here[0][1].values()) * 3


def test_food_gaps_with_a_worker_killed_mid_run_are_the_same(loopback, landscape, tmp_path,
                                                             monkeypatch):
    """Tiles of 64 cells, each kernel group's with a halo of its own radius (15, 60 and 30
    cells: 3 x 42 tasks): one worker is killed as the first comes back, and the other
    computes its tasks again."""
    tables = random_tables([30.0, 120.0, 60.0])
    monkeypatch.setattr(foodgaps_cluster, "choose_tile_size", lambda *args: 64)
    here = gaps(landscape, tables, str(tmp_path / "here"))
    feedback = KillOnFirstProgress(loopback)
    with Cluster(loopback.address) as cluster:
        there = gaps(landscape, tables, str(tmp_path / "there"), cluster, feedback)
    assert feedback.killed and loopback.count() == 1
    assert_same_gaps(here, there)


class NoteTaker(Recorder):
    """A feedback that keeps the engine's notes (progress.tell) as their English text."""

    def __init__(self):
        super().__init__()
        self.notes = []

    def note(self, note):
        self.notes.append(str(note))


@pytest.mark.parametrize("stage", ["food gaps", "kansenkaart", "habitat suitability"])
def test_local_workers_on_the_cores_of_this_process_leave_a_raster_that_fits_here(
        inputs, landscape, tmp_path, stage):
    """local:2 on this 2-core machine: the in-process run's transforms use both cores, so a
    raster that fits memory is computed here, the log says so, and no worker process is
    started. (Habitat suitability of 2,000 x 2,000 Dutch cells took 57 s and 44 CPU seconds
    on local:2 against 13 s and 8 in-process.)"""
    from zoemzone_plugin.engine.pollination import convolution
    if convolution.THREADS < 2:
        pytest.skip("this process's transforms use one core")
    feedback = NoteTaker()
    with Cluster("local:2") as cluster:
        if stage == "food gaps":
            tables = random_tables([30.0, 120.0, 60.0])
            assert_same_gaps(gaps(landscape, tables, str(tmp_path / "here")),
                             gaps(landscape, tables, str(tmp_path / "local"), cluster,
                                  feedback))
        elif stage == "habitat suitability":
            from conftest import reference
            from zoemzone_plugin.engine.pollination.runner import run_to_files
            from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
            case = reference("pollination", "case2")
            tables = read_pollination_tables(os.path.join(case, "biophysical.csv"),
                                             os.path.join(case, "guild.csv"))
            files = {}
            for where, given in (("here", None), ("local", cluster)):
                files[where] = {name: str(tmp_path / where / (name + ".tif"))
                                for name in ("SUPPLY", "ABUNDANCE")}
                os.makedirs(tmp_path / where)
                run_to_files(os.path.join(case, "lulc.tif"), tables, files[where],
                             feedback=feedback if given else None, cluster=given)
            for name, path in files["here"].items():
                assert_same_bands(path, files["local"][name])
        else:
            here = run(inputs, str(tmp_path / "here"), **ALL_TERMS)
            local = run(inputs, str(tmp_path / "local"), feedback=feedback, cluster=cluster,
                        **ALL_TERMS)
            assert not local[0].tiled
            for name, path in here[1].items():
                assert_same_raster(path, local[1][name])
        assert cluster._local is None
    assert feedback.notes == [
        "This raster fits this process's memory, whose transforms use the 2 cores the local "
        "Dask workers would: computed in this process."]


def test_a_kansenkaart_too_large_for_memory_stays_here_on_local_workers_on_these_cores(
        inputs, tmp_path):
    """local:2 on this 2-core machine and a raster that does not fit: the kansenkaart is
    tiled here, as without a cluster, the log says why, and no worker process is started
    (Limburg at 10 m took 85-90 s on local:2 against 78-83 s in-process)."""
    from zoemzone_plugin.engine.pollination import convolution
    if convolution.THREADS < 2:
        pytest.skip("this process's transforms use one core")
    feedback = NoteTaker()
    untiled = run(inputs, str(tmp_path / "untiled"), **ALL_TERMS)
    with Cluster("local:2") as cluster:
        local = run(inputs, str(tmp_path / "local"), TINY_MB, feedback=feedback,
                    cluster=cluster, **ALL_TERMS)
        assert cluster._local is None
    assert_same_runs(untiled, local)
    assert feedback.notes == [
        "The kansenkaart's kernels reach 35 cells. The 2 local Dask workers, each with its "
        "share of the memory budget, would compute it in smaller tiles whose halos cost "
        "more than the cores they add (this process's transforms use those cores already): "
        "computed in this process, in tiles."]


class LocalOnTheseCores:
    """What local_tiles_pay asks of Cluster("local:2", 4096), without starting workers."""
    kind, workers, worker_budget_mb = "local", 2, 2048.0


@pytest.mark.parametrize("stage, cell, pays, percent", [
    ("suitability", 10, True, None), ("suitability", 5, False, 232),
    ("food gaps", 10, True, None), ("food gaps", 5, False, 185)])
def test_local_workers_on_these_cores_take_a_large_raster_only_where_their_halos_pay(
        stage, cell, pays, percent):
    """Limburg's bounding box with the Dutch tables on local:2 of 4,096 MiB: at 10 m the
    busiest worker transforms little more than this process's tiles (and ran 1.45 times as
    fast as here for habitat suitability, 1.07 for the food gaps), at 5 m, with a 1,000-cell
    halo, about twice as much (and ran 1.75 and 1.15 times as slow)."""
    from zoemzone_plugin.engine.kansenkaart import foodgaps
    from zoemzone_plugin.engine.pollination import convolution, outputs
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.engine.tile_tasks import cluster_for
    from zoemzone_plugin.paths import default_table
    if convolution.THREADS < 2:
        pytest.skip("this process's transforms use one core")
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    radius = outputs.kernel_radius(tables, cell)
    assert radius == 5000 // cell
    count = len(tables.seasons) if stage == "suitability" else len(tables.guilds)
    window_bytes = (outputs if stage == "suitability" else foodgaps).window_bytes
    rows, cols = 116_000 // cell, 47_000 // cell
    feedback, cluster = NoteTaker(), LocalOnTheseCores()
    got = cluster_for(cluster, rows, cols, radius, 4096 * 2 ** 20,
                      lambda r, c: window_bytes(r, c, radius, count), feedback)
    assert got is (cluster if pays else None)
    assert feedback.notes == ([] if pays else [
        "This raster does not fit this process's memory at once. The 2 local Dask workers, "
        "each with its share of the memory budget, would compute it in smaller tiles, the "
        "busiest transforming %d %% of the cells this process's tiles do on the same cores: "
        "computed in this process, in tiles." % percent])


def test_habitat_suitability_where_local_tiles_do_not_pay_is_tiled_here(tmp_path,
                                                                          monkeypatch):
    """The InVEST reference case2 under a tiny budget on local:2, the workers' tiles made
    not to pay: tiled here as without a cluster, with the note, and no worker started."""
    from conftest import reference
    from zoemzone_plugin.engine import tile_tasks
    from zoemzone_plugin.engine.pollination import convolution
    from zoemzone_plugin.engine.pollination.runner import run_to_files
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    if convolution.THREADS < 2:
        pytest.skip("this process's transforms use one core")
    monkeypatch.setattr(tile_tasks, "LOCAL_TRANSFORM_SHARE", 1e9)
    case = reference("pollination", "case2")
    tables = read_pollination_tables(os.path.join(case, "biophysical.csv"),
                                     os.path.join(case, "guild.csv"))
    feedback, files = NoteTaker(), {}
    with Cluster("local:2") as cluster:
        for where, given in (("here", None), ("local", cluster)):
            files[where] = {name: str(tmp_path / where / (name + ".tif"))
                            for name in ("SUPPLY", "ABUNDANCE")}
            os.makedirs(tmp_path / where)
            run_to_files(os.path.join(case, "lulc.tif"), tables, files[where],
                         feedback=feedback if given else None, memory_budget_mb=TINY_MB,
                         cluster=given)
        assert cluster._local is None
    for name, path in files["here"].items():
        assert_same_bands(path, files["local"][name])
    assert len(feedback.notes) == 1
    assert feedback.notes[0].startswith("This raster does not fit this process's memory")


def reference_gaps(folder, feedback, case):
    import processing
    from conftest import reference
    os.makedirs(folder, exist_ok=True)
    params = {"LANDUSE": reference("pollination", case, "lulc.tif"),
              "BIOPHYSICAL_TABLE": reference("pollination", case, "biophysical.csv"),
              "GUILD_TABLE": reference("pollination", case, "guild.csv"),
              "FOOD_THRESHOLD": 0.3, "OUTPUT": os.path.join(folder, "gaps.tif"),
              "GAP_SEASONS": os.path.join(folder, "seasons.tif"), "SUMMARY": "memory:"}
    result = processing.run("zoemzone:seasonalfoodgaps", params, feedback=feedback)
    rows = [(f["guild"], f["season"], f["nest_area_ha"], f["gap_area_ha"])
            for f in result["SUMMARY"].getFeatures()]
    return (params["OUTPUT"], params["GAP_SEASONS"]), rows


@pytest.mark.parametrize("case", ["case1", "case2"])
def test_seasonal_food_gaps_algorithm_on_the_scheduler_equals_the_in_process_run(
        plugin, loopback, tmp_path, monkeypatch, case):
    """The InVEST reference landscapes through zoemzone:seasonalfoodgaps; the log says
    where the run ran."""
    monkeypatch.delenv("ZOEMZONE_DASK_SCHEDULER", raising=False)
    here = LoggingFeedback()
    want, want_rows = reference_gaps(str(tmp_path / "here"), here, case)
    assert "Computed in this process (no Dask scheduler set)." in here.lines
    monkeypatch.setenv("ZOEMZONE_DASK_SCHEDULER", loopback.address)
    there = LoggingFeedback()
    got, got_rows = reference_gaps(str(tmp_path / "there"), there, case)
    assert ("Computed on the Dask scheduler %s with 2 workers." % loopback.address
            in there.lines)
    for path, other in zip(want, got):
        assert_same_bands(path, other)
    assert got_rows == want_rows and any(row[3] > 0 for row in want_rows)


@pytest.mark.parametrize("settings", [{}, ALL_TERMS, dict(ALL_TERMS, patches=True)],
                         ids=["default weights", "all terms", "given network patches"])
def test_kansenkaart_through_the_scheduler_equals_the_in_process_run(
        loopback, inputs, tmp_path, monkeypatch, settings):
    """test_tiling_kansenkaart's case (gains of measures, available land, parcels, linear
    measures, today's habitat or given patches as the network): the untiled in-process run
    against the cluster's tiles (a kernel radius of 35 cells, tiles of about 64; on so small
    a raster the halos would not pay, so the cluster is made to take it)."""
    monkeypatch.setattr(kansenkaart_files, "tiles_pay", lambda *args, **kwargs: True)
    untiled = run(inputs, str(tmp_path / "here"), **settings)
    with Cluster(loopback.address) as cluster:
        spread = run(inputs, str(tmp_path / "there"), cluster=cluster, **settings)
    assert_same_runs(untiled, spread)
    assert sorted(os.listdir(tmp_path / "there")) == sorted(
        [name.lower() + ".tif" for name in OUTPUTS] + ["gains", "priority.tif.breaks.json"])


def test_kansenkaart_with_a_worker_killed_mid_run_is_the_same(loopback, inputs, tmp_path,
                                                              monkeypatch):
    monkeypatch.setattr(kansenkaart_files, "tile_size", lambda *args: 64)
    monkeypatch.setattr(kansenkaart_files, "tiles_pay", lambda *args, **kwargs: True)
    untiled = run(inputs, str(tmp_path / "here"), **ALL_TERMS)
    feedback = KillOnFirstProgress(loopback)
    with Cluster(loopback.address) as cluster:
        spread = run(inputs, str(tmp_path / "there"), feedback=feedback, cluster=cluster,
                     **ALL_TERMS)
    assert feedback.killed and loopback.count() == 1
    assert_same_runs(untiled, spread)


def test_kansenkaart_cancelled_on_the_scheduler_leaves_no_tiles(loopback, inputs, tmp_path,
                                                                monkeypatch):
    monkeypatch.setattr(kansenkaart_files, "tiles_pay", lambda *args, **kwargs: True)
    cancel = Recorder(lambda recorder: any(percent > 0 for percent in recorder.seen))
    with Cluster(loopback.address) as cluster:
        with pytest.raises(Cancelled):
            run(inputs, str(tmp_path / "there"), feedback=cancel, cluster=cluster,
                **ALL_TERMS)
    assert os.listdir(tmp_path / "there") == []


def test_tiles_pay_only_where_the_halo_is_small_against_the_raster():
    """FFT cells of the windows against the whole raster's (kernel 1001 cells, radius 500:
    the Dutch bumblebee at 10 m)."""
    radius = 500
    # 2,000 cells: 9 tiles of 768 whose windows take 4.9 times the whole raster's FFT
    # cells, on 2 workers 2.5 times as much each (on 16, less than a third)
    plan = plan_tiles(2000, 2000, 768, radius)
    assert not tiles_pay(plan, 2000, 2000, radius, 2)
    assert tiles_pay(plan, 2000, 2000, radius, 16)
    # 20,000 cells in 25 tiles of 4,096: the halos add two thirds, and 2 workers gain
    plan = plan_tiles(20000, 20000, 4096, radius)
    assert tiles_pay(plan, 20000, 20000, radius, 2)
    assert not tiles_pay(plan, 20000, 20000, radius, 1)
    # one tile (what tile_size gives a raster that fits a worker) is the untiled run again
    assert not tiles_pay(plan_tiles(600, 600, 600, radius), 600, 600, radius, 2)


def test_a_task_fills_only_its_share_of_a_worker_s_memory():
    """A worker of 1,000 MiB: a task may take 0.75 x 1,000 - 150 = 600 MiB. At 100 bytes a
    cell the largest square that fits is 2,508 cells, 2,304 in whole blocks of 256 (the
    whole limit would have given 3,072)."""
    def need(rows, cols):
        return 100 * rows * cols
    assert tile_size(100000, 100000, 0, 1, 1000, need) == 2304
    assert need(2304, 2304) <= 600 * 2 ** 20 < need(2560, 2560)


def test_kansenkaart_algorithm_on_a_raster_few_kernels_wide_is_computed_here(
        plugin, loopback, tmp_path, monkeypatch):
    """The demo land use (600 x 600 cells of 10 m; the bumblebee's kernel reaches 500 cells)
    with the Dutch tables and catalogue, all three terms, through zoemzone:kansenkaart: the
    cluster's tiles would cost more than they save, so the run stays in this process, says
    so, and gives the in-process run's outputs."""
    import processing
    outputs = {}
    for where in ("here", "there"):
        if where == "there":
            monkeypatch.setenv("ZOEMZONE_DASK_SCHEDULER", loopback.address)
        else:
            monkeypatch.delenv("ZOEMZONE_DASK_SCHEDULER", raising=False)
        folder = tmp_path / where
        folder.mkdir()
        feedback = LoggingFeedback()
        outputs[where] = processing.run("zoemzone:kansenkaart", dict(
            LANDUSE=demo_landuse(), W_YEARROUND=0.5, W_CONNECTIVITY=0.5,
            MEASURE_GAINS=str(folder / "gains"),
            **{name: str(folder / (name.lower() + ".tif")) for name in OUTPUTS}),
            feedback=feedback)
    assert ("The kansenkaart fits this process's memory, and its kernels reach 500 cells, "
            "so tiles with that halo on the Dask workers would cost more than they save: "
            "computed in this process." in feedback.lines)
    here, there = outputs["here"], outputs["there"]
    for name in OUTPUTS:
        assert_same_raster(here[name], there[name])
    gains = sorted(f for f in os.listdir(here["MEASURE_GAINS"]) if f.endswith(".tif"))
    assert len(gains) == 8
    for name in gains:
        assert_same_raster(os.path.join(here["MEASURE_GAINS"], name),
                           os.path.join(there["MEASURE_GAINS"], name))
    priority = read_band(there["PRIORITY"])[0]
    assert set(np.unique(priority)) == {0, 1, 2, 3, 4, 5}
