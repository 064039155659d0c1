"""The Dask back end (engine/cluster.py): the heavy stages on a real scheduler and workers.

A scheduler and two single-threaded workers are started as separate processes on loopback
(127.0.0.1 only), the way a cluster is started by hand; the workers run in an empty folder
without this repository on their path, so they compute with the engine the client uploads.
Results are compared with the in-process run: the graph with the brute-force definitions of
test_graph too, habitat suitability on the InVEST reference landscapes of tests/data.
"""
import os
import socket
import subprocess
import sys
import time

import numpy as np
import pytest
from conftest import reference
from test_graph import FRACTIONS, brute_force

from zoemzone_plugin.engine.network import graph_cluster
from zoemzone_plugin.engine.cluster import Cluster, parse_scheduler
from zoemzone_plugin.engine.errors import Cancelled, InputError
from zoemzone_plugin.engine.io.gdalio import read_band
from zoemzone_plugin.engine.network.graph import connectivity

LAYERS = ("NESTING", "FLORAL", "SUPPLY", "ABUNDANCE")


# ---------------------------------------------------------------------------------------------
# The setting's values (no Dask needed).
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("spec, parsed", [
    ("", (None, None)), ("  ", (None, None)), (None, (None, None)),
    ("local:1", ("local", 1)), ("LOCAL:16", ("local", 16)),
    ("tcp://10.0.0.5:8786", ("address", "tcp://10.0.0.5:8786")),
    ("tls://scheduler.example:8786", ("address", "tls://scheduler.example:8786"))])
def test_scheduler_settings_understood(spec, parsed):
    assert parse_scheduler(spec) == parsed


@pytest.mark.parametrize("spec", ["local:0", "local:", "local:two", "8786", "tcp://", "dask"])
def test_bad_scheduler_setting_is_refused_with_the_forms_that_work(spec):
    with pytest.raises(InputError) as caught:
        parse_scheduler(spec)
    message = str(caught.value)
    assert "'%s'" % spec in message and "local:N" in message and "tcp://host:8786" in message


def test_without_dask_a_scheduler_setting_is_refused_naming_the_packages(monkeypatch):
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *rest: None if name == "distributed" else real(name, *rest))
    with pytest.raises(InputError) as caught:
        Cluster("local:2")
    message = str(caught.value)
    assert "'local:2'" in message and "python3-distributed" in message


def test_a_local_cluster_imports_dask_only_when_it_is_handed_work():
    """A raster stage that stays in this process (tile_tasks.spreads) never pays Dask's
    import (0.2 s)."""
    pytest.importorskip("distributed")
    script = ("import sys; from zoemzone_plugin.engine.cluster import Cluster; "
              "c = Cluster('local:2', 1024); print('distributed' in sys.modules, c.workers)")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["False", "2"]


# ---------------------------------------------------------------------------------------------
# A real scheduler and workers on loopback.
# ---------------------------------------------------------------------------------------------
def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackCluster:
    """``dask scheduler`` and ``dask worker`` processes on 127.0.0.1, stopped by ``stop``."""

    def __init__(self, folder, workers=2):
        pytest.importorskip("distributed")
        self.address = "tcp://127.0.0.1:%d" % _free_port()
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        self.folder = str(folder)
        os.makedirs(self.folder, exist_ok=True)
        run = dict(cwd=self.folder, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
        self.scheduler = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
             "--port", self.address.rsplit(":", 1)[1], "--no-dashboard"], **run)
        self.workers = [subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", self.address,
             "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard",
             "--memory-limit", "2GB", "--local-directory", self.folder], **run)
            for _ in range(workers)]
        from distributed import Client
        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)

    def count(self):
        from distributed import Client
        with Client(self.address, timeout=30) as client:
            return len(client.scheduler_info()["workers"])

    def stop(self):
        for process in self.workers + [self.scheduler]:
            if process.poll() is None:
                process.kill()
            process.wait()


@pytest.fixture
def loopback(tmp_path):
    cluster = LoopbackCluster(tmp_path / "cluster")
    yield cluster
    cluster.stop()


def patch_graph(n, seed, side):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, side, (n, 2))
    d = np.hypot(*(xy[:, None] - xy[None]).transpose(2, 0, 1))
    i, j = np.nonzero(np.triu(d <= 1300, 1))
    return rng.lognormal(0, 1, n), (i, j, d[i, j])


def assert_same_indices(got, want):
    for key in FRACTIONS:
        assert got[key] == pytest.approx(want[key], rel=1e-12, abs=1e-12), key
    assert got.PCnum == pytest.approx(want.PCnum, rel=1e-13)
    assert got.IICnum == pytest.approx(want.IICnum, rel=1e-13)
    assert np.array_equal(got.components, want.components)


def test_graph_on_a_scheduler_with_two_workers_equals_the_in_process_run(loopback):
    """120 patches: a block of 60 source patches per worker and index."""
    a, links = patch_graph(120, 5, 9000)
    whole = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0, matrices=True)
    with Cluster(loopback.address) as cluster:
        assert cluster.workers == 2
        spread = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0, matrices=True,
                              cluster=cluster)
    assert_same_indices(spread, whole)
    assert np.array_equal(spread.nl(), whole.nl())
    assert spread.pstar() == pytest.approx(whole.pstar(), rel=1e-13, abs=0)
    ref = brute_force(a, [list(x) for x in links], 800.0, 0.4, 1000.0)
    for key in FRACTIONS:
        assert np.abs(spread[key] - ref[key]).max() < 1e-9, key


def test_a_worker_killed_mid_run_has_its_tasks_run_again_and_the_result_is_the_same(
        loopback, monkeypatch):
    """One worker is killed as the first block comes back, while the others are queued or
    running (blocks of 25 of 400 patches: 32 tasks): the scheduler gives its tasks to the
    other worker."""
    monkeypatch.setattr(graph_cluster, "block_width", lambda c, budget, workers: 25)
    a, links = patch_graph(400, 9, 16000)
    whole = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0)

    class KillOnFirstProgress:
        killed = False

        def setProgress(self, percent):  # noqa: N802
            if not self.killed and percent > 0:
                loopback.workers[0].kill()
                self.killed = True

        def isCanceled(self):  # noqa: N802
            return False

    feedback = KillOnFirstProgress()
    with Cluster(loopback.address) as cluster:
        spread = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0,
                              feedback=feedback, cluster=cluster)
    assert feedback.killed and loopback.workers[0].poll() is not None
    assert loopback.count() == 1
    assert_same_indices(spread, whole)


class CancelPast:
    """A feedback that cancels once the progress has passed ``percent``."""

    def __init__(self, percent):
        self.percent, self.seen = percent, False

    def setProgress(self, percent):  # noqa: N802
        self.seen = self.seen or percent > self.percent

    def isCanceled(self):  # noqa: N802
        return self.seen


def assert_no_tasks_left(cluster):
    """The run released every task it gave the scheduler (which forgets them in a moment)."""
    left = None
    for _ in range(100):
        left = cluster.client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))
        if not left:
            break
        time.sleep(0.2)
    assert left == 0


def test_cancel_releases_every_task_of_the_run(loopback):
    a, links = patch_graph(400, 9, 16000)

    with Cluster(loopback.address) as cluster:
        with pytest.raises(Cancelled):
            connectivity(a, links, d0=800.0, p0=0.4, feedback=CancelPast(0.0),
                         cluster=cluster)
        assert_no_tasks_left(cluster)


class LoggingFeedback:
    """A Processing feedback that keeps the log lines."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushInfo(self, text):  # noqa: N802
                self.lines.append(text)
                super().pushInfo(text)
        return Feedback()


def suitability(folder, feedback, case="case1"):
    import processing
    os.makedirs(folder, exist_ok=True)
    params = {"LANDUSE": reference("pollination", case, "lulc.tif"),
              "BIOPHYSICAL_TABLE": reference("pollination", case, "biophysical.csv"),
              "GUILD_TABLE": reference("pollination", case, "guild.csv")}
    params.update({name: os.path.join(folder, name.lower() + ".tif") for name in LAYERS})
    processing.run("zoemzone:habitatsuitability", params, feedback=feedback)
    return {name: params[name] for name in LAYERS}


@pytest.mark.parametrize("case, tile", [("case1", None), ("case2", 64)])
def test_habitat_suitability_through_the_scheduler_equals_the_in_process_run(
        plugin, loopback, tmp_path, monkeypatch, case, tile):
    """case1 in one tile (its kernel radius exceeds the raster: see tile_size), case2 in
    tiles of 64 (20 tiles, their layers put together here)."""
    if tile:
        from zoemzone_plugin.engine.pollination import cluster as pollination_cluster
        monkeypatch.setattr(pollination_cluster, "tile_size", lambda *args: tile)
    monkeypatch.delenv("ZOEMZONE_DASK_SCHEDULER", raising=False)
    here = LoggingFeedback()
    want = suitability(str(tmp_path / "here"), here, case)
    assert "Computed in this process (no Dask scheduler set)." in here.lines
    monkeypatch.setenv("ZOEMZONE_DASK_SCHEDULER", loopback.address)
    there = LoggingFeedback()
    got = suitability(str(tmp_path / "there"), there, case)
    assert ("Computed on the Dask scheduler %s with 2 workers." % loopback.address
            in there.lines)
    for name in LAYERS:
        from osgeo import gdal
        bands = gdal.Open(want[name]).RasterCount
        for band in range(1, bands + 1):
            ref, ref_valid, _ = read_band(want[name], band)
            out, valid, _ = read_band(got[name], band)
            np.testing.assert_array_equal(valid, ref_valid)
            scale = float(np.abs(ref[ref_valid]).max())
            assert np.abs(out[valid].astype(np.float64) - ref[valid]).max() <= 1e-6 * scale
    # the workers' tiles are gone from beside the outputs
    assert sorted(os.listdir(tmp_path / "there")) == sorted(
        name.lower() + ".tif" for name in LAYERS)


def test_suitability_tiles_least_work_for_the_busiest_worker():
    """The 40 m province (2,900 x 1,175 cells, kernel radius 125) on 2 workers of 2 GiB:
    2 tiles of 1,536 rows (windows of 1,661 and 1,489 rows), where two tiles per worker
    (768: 8 tiles, 1.53 times the cells in windows) made the busiest worker compute 1.34
    times as much. Where the radius exceeds the raster every tile's window is the whole
    raster: one tile."""
    from zoemzone_plugin.engine.pollination.outputs import window_bytes
    from zoemzone_plugin.engine.tile_tasks import busiest_cells, tile_size
    from zoemzone_plugin.engine.io.tiling import plan_tiles

    def size(rows, cols, radius, seasons, workers, worker_budget_mb):
        return tile_size(rows, cols, radius, workers, worker_budget_mb,
                         lambda r, c: window_bytes(r, c, radius, seasons))
    assert size(2900, 1175, 125, 4, 2, 2048.0) == 1536
    assert busiest_cells(plan_tiles(2900, 1175, 1536, 125), 2) == 1661 * 1175
    assert busiest_cells(plan_tiles(2900, 1175, 768, 125), 2) > 1.34 * 1661 * 1175
    assert size(120, 160, 180, 1, 2, 2048.0) == 160


def test_busiest_worker_gets_the_tiles_largest_first_to_the_least_loaded():
    from zoemzone_plugin.engine.tile_tasks import busiest_cells
    from zoemzone_plugin.engine.io.tiling import Tile
    plan = [Tile(0, 0, 1, 1, 0, 0, 1, cells) for cells in (3, 5, 4, 4, 2)]
    assert busiest_cells(plan, 2) == 10     # 5, 4 | 4 to the 4 | 3 to the 5 | 2 to the first 8
    assert busiest_cells(plan, 1) == 18
    assert busiest_cells(plan, 5) == 5


def test_a_local_cluster_leaves_this_process_s_environment_alone(monkeypatch):
    """distributed's nannies set OMP_NUM_THREADS=1 in the process that starts them; an
    engine module imported after the start would then transform on one thread. The workers
    get it, but not MALLOC_TRIM_THRESHOLD_ (see Cluster.client)."""
    pytest.importorskip("distributed")
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    def worker_has(name):       # by value (cloudpickle): the worker's own environment
        return cluster.client.submit(lambda key: __import__("os").environ.get(key),
                                     name).result()
    with Cluster("local:1") as cluster:
        assert worker_has("OMP_NUM_THREADS") == "1"
        # nor glibc's trim threshold, which made the graph's workers twice as slow
        assert worker_has("MALLOC_TRIM_THRESHOLD_") is None
        assert "OMP_NUM_THREADS" not in os.environ


def test_local_cluster_setting_and_a_bad_value(plugin, tmp_path, monkeypatch):
    """local:2 starts two worker processes for the run (and stops them); a value that is no
    scheduler stops the run with the value and the forms that work."""
    pytest.importorskip("distributed")
    from qgis.core import QgsProcessingException
    monkeypatch.setenv("ZOEMZONE_DASK_SCHEDULER", "local:2")
    feedback = LoggingFeedback()
    suitability(str(tmp_path / "local"), feedback)
    assert ("Computed on Dask local:2 (2 worker processes on this machine)."
            in feedback.lines)
    monkeypatch.setenv("ZOEMZONE_DASK_SCHEDULER", "locl:2")
    with pytest.raises(QgsProcessingException, match="'locl:2'.*local:N"):
        suitability(str(tmp_path / "bad"), LoggingFeedback())


def test_provider_declares_the_scheduler_setting_empty_by_default(plugin, monkeypatch):
    from processing.core.ProcessingConfig import ProcessingConfig

    from zoemzone_plugin.settings import DASK_SETTING, dask_scheduler
    monkeypatch.delenv("ZOEMZONE_DASK_SCHEDULER", raising=False)
    assert DASK_SETTING in ProcessingConfig.settings
    assert ProcessingConfig.getSetting(DASK_SETTING) == ""
    assert dask_scheduler() == ""
    ProcessingConfig.setSettingValue(DASK_SETTING, "local:3")
    try:
        assert dask_scheduler() == "local:3"
        monkeypatch.setenv("ZOEMZONE_DASK_SCHEDULER", "tcp://127.0.0.1:8786")
        assert dask_scheduler() == "tcp://127.0.0.1:8786"
    finally:
        ProcessingConfig.setSettingValue(DASK_SETTING, "")


def test_a_dask_worker_convolves_on_one_thread():
    """Dask starts its workers with OMP_NUM_THREADS=1 (the workers are the parallelism); the
    FFT thread pool follows it, so N workers use N cores, not N times all of them."""
    code = ("import sys; sys.path.insert(0, %r); "
            "from zoemzone_plugin.engine.pollination import convolution; print(convolution.THREADS)"
            % os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, OMP_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "1", out.stderr


# ---------------------------------------------------------------------------------------------
# Cost distance: tiles re-solved in rounds on the workers (engine/network/costdistance_cluster.py).
# ---------------------------------------------------------------------------------------------
@pytest.fixture
def rounds(monkeypatch):
    """Tiles of 16 cells (42 on 90 x 110) on the cluster, and the tiles of every round."""
    from zoemzone_plugin.engine.network import costdistance_cluster
    seen = []
    next_round = costdistance_cluster.next_round

    def spy(due, neighbours):
        seen.append(next_round(due, neighbours))
        return seen[-1]
    monkeypatch.setattr(costdistance_cluster, "tile_size", lambda *args: 16)
    monkeypatch.setattr(costdistance_cluster, "next_round", spy)
    return seen


def maze(tmp_path):
    """test_tiling_costdistance's spiral of walls with gaps on random terrain, sources in the
    centre, in a corner beyond the rings and on a tile's corner: paths wind in and out of
    the tiles, so tiles are solved again and again. (cost path, source raster path)"""
    from test_tiling_costdistance import spiral, write_cost, write_raster
    rng = np.random.default_rng(11)
    walls = spiral(90, 110)
    cost = np.where(np.isnan(walls), np.nan, rng.uniform(1.0, 3.0, walls.shape))
    sources = np.zeros(cost.shape, np.int32)
    for sid, (r, c) in enumerate([(45, 55), (3, 3), (80, 100), (32, 47)], start=1):
        sources[r, c] = sid
        cost[r, c] = 2.0
    cost_path, _ = write_cost(tmp_path / "cost.tif", cost)
    return cost_path, write_raster(tmp_path / "sources.tif", sources, nodata=0)


# A budget below any window's need: the raster is tiled (on a cluster: only then).
TINY_MB = 1e-6


def cost_distance_files(folder, cost_path, source_path, cluster=None, feedback=None):
    """In-process untiled, or on ``cluster`` in tiles."""
    from zoemzone_plugin.engine.network.costdistance_runner import cost_distance_to_files
    os.makedirs(folder, exist_ok=True)
    paths = (os.path.join(folder, "d.tif"), os.path.join(folder, "a.tif"))
    cost_distance_to_files(cost_path, *paths, source_raster=source_path, cluster=cluster,
                           feedback=feedback, memory_budget_mb=cluster and TINY_MB)
    return paths


def assert_same_cost_distance(got, want):
    """Distances within float32 rounding of the in-process run's, allocations byte for byte."""
    from test_tiling_costdistance import assert_same_files
    assert_same_files(want[0], got[0])
    assert_same_files(want[1], got[1], labels=True)
    assert np.isfinite(read_band(got[0])[0][read_band(got[0])[1]]).all()


def test_cost_distance_through_the_scheduler_equals_the_in_process_run(
        plugin, loopback, tmp_path, monkeypatch, rounds):
    """The algorithm on the scheduler (under a budget that makes it tile): 42 tiles, solved
    in rounds of several tiles, none two next to each other; its layers equal the in-process
    (untiled) run's, and the folder of the distances the workers read is gone."""
    import processing

    from zoemzone_plugin.algorithms.base import ZoemZoneAlgorithm
    cost_path, source_path = maze(tmp_path)
    outputs = {}
    for label in ("here", "there"):
        if label == "there":
            monkeypatch.setenv("ZOEMZONE_DASK_SCHEDULER", loopback.address)
            monkeypatch.setattr(ZoemZoneAlgorithm, "memory_budget_mb",
                                staticmethod(lambda: TINY_MB))
        else:
            monkeypatch.delenv("ZOEMZONE_DASK_SCHEDULER", raising=False)
        folder = tmp_path / label
        folder.mkdir()
        feedback = LoggingFeedback()
        params = {"COST": cost_path, "SOURCES": source_path,
                  "OUTPUT": str(folder / "d.tif"), "ALLOCATION": str(folder / "a.tif")}
        processing.run("zoemzone:costdistance", params, feedback=feedback)
        outputs[label] = (params["OUTPUT"], params["ALLOCATION"])
    assert ("Computed on the Dask scheduler %s with 2 workers." % loopback.address
            in feedback.lines)
    assert_same_cost_distance(outputs["there"], outputs["here"])
    assert sorted(os.listdir(tmp_path / "there")) == ["a.tif", "d.tif"]
    # rounds of many tiles at once, and the paths made tiles be solved again
    assert len(rounds) > 3 and max(len(r) for r in rounds) >= 6
    assert sum(len(r) for r in rounds) > 2 * 42
    from zoemzone_plugin.engine.network.costdistance_runner import _neighbours, plan_tiles
    neighbours = _neighbours(plan_tiles(90, 110, 16, 1))
    for taken in rounds:
        assert not any(set(taken) & set(neighbours[k].values()) for k in taken)


def test_cost_distance_that_fits_the_budget_is_solved_whole_here_with_a_note(tmp_path, rounds):
    """Tiles re-solved cost more CPU than the workers gain on a raster that fits: no task."""
    class Notes:
        def __init__(self):
            self.notes = []

        def note(self, note):
            self.notes.append(str(note))

        def setProgress(self, percent):  # noqa: N802
            pass

        def isCanceled(self):  # noqa: N802
            return False

    from zoemzone_plugin.engine.network.costdistance_runner import cost_distance_to_files
    cost_path, source_path = maze(tmp_path)
    want = cost_distance_files(str(tmp_path / "here"), cost_path, source_path)
    feedback = Notes()
    got = (str(tmp_path / "d.tif"), str(tmp_path / "a.tif"))
    cost_distance_to_files(cost_path, *got, source_raster=source_path, cluster=object(),
                           feedback=feedback)
    assert feedback.notes == ["The cost raster fits the memory budget: solved whole in this "
                              "process, faster than in tiles on the cluster."]
    assert rounds == []
    assert_same_cost_distance(got, want)


def test_cost_distance_tiles_fit_a_task_s_share_of_a_worker():
    """Limburg at 5 m on two workers of 2,048 MiB: the tiles fit what a task may use of a
    worker (tile_tasks.task_budget_bytes), not the whole worker, which Dask pauses at 80 %."""
    from zoemzone_plugin.engine.network.costdistance_cluster import tile_size
    from zoemzone_plugin.engine.network.costdistance_tile import RING, window_bytes
    from zoemzone_plugin.engine.tile_tasks import task_budget_bytes
    side = tile_size(23200, 9400, 2, 2048.0)
    window = side + 2 * RING
    assert window_bytes(window, window) <= task_budget_bytes(2048.0) < 0.8 * 2048 * 2 ** 20
    assert side == 4096


def test_next_round_takes_the_lowest_keys_first_and_no_two_neighbours():
    """A row of five tiles: 2 (key 0) first, then 4 (key 3; 1 and 3 are next to 2), then 0
    (key 5); 1 and 3 wait for the next round."""
    from zoemzone_plugin.engine.network.costdistance_cluster import next_round
    neighbours = [{(0, 1): 1}, {(0, -1): 0, (0, 1): 2}, {(0, -1): 1, (0, 1): 3},
                  {(0, -1): 2, (0, 1): 4}, {(0, -1): 3}]
    assert next_round({0: 5.0, 1: 1.0, 2: 0.0, 3: 2.0, 4: 3.0}, neighbours) == [2, 4, 0]
    assert next_round({1: 1.0, 3: 1.0}, neighbours) == [1, 3]


class KillOnSolving:
    """Kills a worker as the first tile solve comes back (past the seeding's 5 %)."""

    def __init__(self, process):
        self.process, self.killed = process, False

    def setProgress(self, percent):  # noqa: N802
        if not self.killed and percent > 5.0:
            self.process.kill()
            self.killed = True

    def isCanceled(self):  # noqa: N802
        return False


def test_cost_distance_with_a_worker_killed_mid_run_gives_the_same_result(
        loopback, tmp_path, rounds):
    cost_path, source_path = maze(tmp_path)
    want = cost_distance_files(str(tmp_path / "here"), cost_path, source_path)
    feedback = KillOnSolving(loopback.workers[0])
    with Cluster(loopback.address) as cluster:
        got = cost_distance_files(str(tmp_path / "there"), cost_path, source_path, cluster,
                                  feedback)
    assert feedback.killed and loopback.count() == 1
    assert_same_cost_distance(got, want)


def test_cost_distance_cancel_releases_every_task_and_leaves_no_files(loopback, tmp_path,
                                                                      rounds):
    cost_path, source_path = maze(tmp_path)

    with Cluster(loopback.address) as cluster:
        with pytest.raises(Cancelled):
            cost_distance_files(str(tmp_path / "there"), cost_path, source_path, cluster,
                                CancelPast(5.0))
        assert_no_tasks_left(cluster)
    assert len(rounds) == 1
    assert not [name for name in os.listdir(tmp_path / "there") if name.startswith(".")]


def test_maps_one_after_another_with_the_same_shared_values(loopback):
    """Each map scatters its shared values under a key of its own: under a key from their
    content, a map's tasks were cancelled as the scheduler forgot the previous map's copy."""
    def add(shared, item, stop):
        return shared + item

    with Cluster(loopback.address) as cluster:
        for _ in range(30):
            assert cluster.map(add, [1, 2, 3], shared=[10]) == [11, 12, 13]


def test_a_task_goes_to_the_first_worker_that_is_free(loopback):
    """One long task and four short ones on two workers: the long one's worker runs only it,
    the other all the short ones (a scheduler that deals every task as it arrives gave the
    long one's worker short ones too, and the run waited for them after the long one)."""
    def task(item, stop):
        from distributed import get_worker
        time.sleep(item)
        return get_worker().address

    with Cluster(loopback.address) as cluster:
        ran_on = cluster.map(task, [0.3, 0.3, 2.5, 0.3, 0.3], weights=[1, 1, 8, 1, 1])
    long_one = ran_on[2]
    assert [worker == long_one for worker in ran_on] == [False, False, True, False, False]


def test_the_heaviest_task_goes_out_first(loopback):
    """Two workers: the two heaviest tasks start before any other, whatever their place."""
    def task(item, stop):
        started = time.time()
        time.sleep(0.3)
        return started

    with Cluster(loopback.address) as cluster:
        started = cluster.map(task, list(range(5)), weights=[1, 5, 3, 4, 2])
    assert max(started[1], started[3]) < min(started[0], started[2], started[4])


def test_graph_blocks_are_weighted_by_their_work_and_sum_as_in_process():
    """Components of many sizes: every block carries a weight of its own work (Cluster.map
    hands the heaviest out first), and the sums come out as in the in-process run whatever
    order the blocks are computed in."""
    import threading

    class Backwards:
        """A cluster that runs the tasks here, last first, and notes the weights."""
        workers, worker_budget_mb = 2, 1024.0

        def map(self, function, items, feedback=None, weights=None, shared=()):
            self.items, self.weights = list(items), list(weights)
            results = [function(*shared, item, threading.Event()) for item in items[::-1]]
            return results[::-1]

    a, links = patch_graph(300, 3, 16000)     # components of many sizes
    whole = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0, matrices=True)
    cluster = Backwards()
    spread = connectivity(a, links, d0=800.0, p0=0.4, threshold=1000.0, matrices=True,
                          cluster=cluster)
    assert len(set(cluster.weights)) >= 5
    # a block's work: its targets' paths over the whole component
    sizes = {}
    for (which, lo, hi), weight in zip(cluster.items, cluster.weights):
        sizes.setdefault(which, []).append(weight / (hi - lo))
    assert all(len(set(per_target)) == 1 for per_target in sizes.values())
    assert_same_indices(spread, whole)
    assert np.array_equal(spread.nl(), whole.nl())
