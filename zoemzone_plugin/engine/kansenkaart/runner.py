"""The kansenkaart from a land-use file to the algorithm's output files, tiled if need be.

A raster whose kansenkaart fits the memory budget is computed whole by ``kansenkaart``. A
larger one is computed in passes over tiles, each pass reading only a window (tile + halo)
of the land use and of the layers the previous passes left in a temporary folder:

1. supply (halo R, the largest kernel radius floor(5 alpha)): per kernel group, W, FR, the
   food means and gaps and PS are kernel means, exact on the tile with the land use within R
   of it. Kept: HN/W and FR per guild, sum_s sa G_sj / W per group and flight season (the
   year-round source), and with the stepping-stone term the supply of the nest cells.
2. gains (halo R): C_s and E_j correlate the kept HN/W and sources with the kernel, so they
   need those within R of the tile, which pass 1 wrote for every cell of the raster (in one
   pass they would need 2R). W, and so 1/W and the self term, is a mean again (halo R).
   Kept: each measure's gain (the MEASURE_GAINS files when asked for), E_j per season, and
   the global figures: max |gain| and max YR over all cells.
3. connectivity (whole raster): the network term (kansenkaart.gain) works on a grid coarser
   than the land use and on the patches of the whole raster, so it is computed at once from
   the given patch raster or from today's habitat: the nest cells above the median supply
   of all nest cells (a global figure, selected exactly from the kept supply). It holds the
   patch labels, the valid mask and the term: about 20 bytes per cell, far below the
   kernel passes' need.
4. best measure (no halo): the scores from the kept gains, E_j and network term with the
   global scales; the GAIN and BEST_MEASURE outputs, the score kept, the parcels tallied.
5. priority (no halo): the quintile breaks are order statistics of all candidate scores,
   selected exactly (_OrderStatistics), then each tile's classes. Fixed breaks or a
   reference run's (kansenkaart.ranking) skip the selection; a reference run's scales replace
   the maxima of pass 2 before pass 4.

Each term is thus computed by the operations of the whole-raster run (KansenkaartModel),
on windows holding everything it depends on; the results differ from the untiled ones by the
FFT's round-off only, and labels and classes not at all unless two scores tie to round-off.
"""
import os
import shutil
import tempfile
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ..pollination.convolution import fft_cells
from ..errors import Note
from ..io.gdalio import (BandWriter, RasterReader, check_aligned, landuse_reader, write_labels,
                         write_single)
from .model import (DEFAULT_FOOD_THRESHOLD, KansenkaartModel, ParcelTally, _quantile,
                    breaks_of, classes_of, kansenkaart, network_connectivity,
                    parcel_ranking, refuse_empty, scale_of)
from .cluster import run_pass
from .passes import KernelPasses, LayerFiles, _cells, _IdRasters, _OrderStatistics
from .gain import STONE_AREA_M2
from ..io.outputs import Outputs, TextFile
from ..pollination.model import CodeIndex
from .ranking import PriorityBreaks, breaks_document, breaks_path
from ..progress import NullFeedback, tell
from ..tile_tasks import shares_cores, spreads, tile_size, tiles_pay
from ..io.tiling import (TileFeedback, budget_bytes, choose_tile_size, codes_in_tiles,
                         for_each_tile, plan_tiles)

GAIN, BEST_MEASURE, PRIORITY = "GAIN", "BEST_MEASURE", "PRIORITY"
# the products (gdalio.PRODUCT_KEY) of the outputs, and of the files of the gains per measure
PRODUCTS = {GAIN: "gain", BEST_MEASURE: "best_measure", PRIORITY: "priority"}
MEASURE_GAIN = "measure_gain"

# Memory model of the whole-raster run on n cells with m measures and s seasons whose FFT
# grid (convolution.fft_shape) has f cells: peak =
# (BYTES_PER_CELL + BYTES_PER_MEASURE_CELL x m + BYTES_PER_SEASON_CELL x s) x n
# + BYTES_PER_FFT_CELL x f. Per measure: its gain and, at the peak, part of its YR; per
# season: E_j; per cell: land use, masks, the code index, the float64 renormalising sum W,
# the layers of one kernel group, the network term and the parcel ranking's
# transients; per FFT cell: the spectra of the mask, the kernel and the layer convolved.
# Measured with tracemalloc (numpy's own allocations) with all three terms, available land
# and parcels, 300-900 cells square, 1-9 measures, 3 seasons and kernels of 31-201 cells:
# 112-160 B/cell, fitted by 64 + 6 m + 30 f/n and here rounded up. The passes of a tiled
# run hold less than this on their windows.
BYTES_PER_CELL = 60
BYTES_PER_MEASURE_CELL = 7
BYTES_PER_SEASON_CELL = 4
BYTES_PER_FFT_CELL = 34


def window_bytes(rows, cols, radius, measures, seasons):
    """Peak memory of the kansenkaart on a rows x cols grid with kernels of ``radius``."""
    return ((BYTES_PER_CELL + BYTES_PER_MEASURE_CELL * measures
             + BYTES_PER_SEASON_CELL * seasons) * rows * cols
            + BYTES_PER_FFT_CELL * fft_cells(rows, cols, 2 * radius + 1))


@dataclass
class KansenkaartFiles:
    """What a file-to-file run returns beside its files."""
    grid: object            # the land use's gdalio.Grid
    ranking: object         # {parcel id: ParcelRank} as parcel_ranking, None without parcels
    total_supply: float     # today's total supply
    gain_scale: float       # max |gain| over measures and cells, or the reference run's
    yearround_scale: float  # max YR likewise (0 unless computed)
    tiled: bool
    breaks: object = None   # the scores the priority classes are cut at (float64 array)
    breaks_file: str = None     # where they were written with the scales (kansenkaart.ranking)
    network: object = None  # kansenkaart.gain.NetworkTerm of the connectivity term (no term)


def kansenkaart_to_files(landuse_path, tables, catalogue, paths, available_path=None,
                         parcels_path=None, gains_folder=None, w_supply=1.0, w_yearround=0.0,
                         w_connectivity=0.0, dispersal_distance=None,
                         food_threshold=DEFAULT_FOOD_THRESHOLD, patches_path=None,
                         capacities=None, stone_area=STONE_AREA_M2, feedback=None,
                         memory_budget_mb=None, priority=None, run_info=None, cluster=None):
    """The kansenkaart of a land-use raster, written to ``paths`` (GAIN, BEST_MEASURE and
    PRIORITY: file paths) and, with ``gains_folder``, one gain raster per measure named by
    its code; the settings are those of ``kansenkaart``.

    ``available_path`` and ``parcels_path`` are optional id rasters on the land use's grid
    (0 or nodata = none): measures go only where the first is above 0, and the second's
    parcels are ranked (KansenkaartFiles.ranking). ``memory_budget_mb`` (MiB; default 40 %
    of physical memory) bounds the arrays: a raster whose whole-raster run would need more
    is computed in tiles (see the module). ``patches_path`` is an optional patch raster (ids
    1..n, 0 or nodata none) on the grid with the n ``capacities``: the network of the
    connectivity term (see ``kansenkaart``).

    ``priority`` (a kansenkaart.ranking.PriorityBreaks; None: this run's quintiles) says where
    the classes are cut. The scales and breaks used are written to
    ``breaks_path(paths[PRIORITY])`` with the priority raster, with ``run_info`` (a dict of
    what else the file should say: plugin version, inputs).

    With a ``cluster`` (engine/cluster.py) the run is tiled whatever its size, and the
    kernel passes' tiles, sized for a worker's share of the budget, are the cluster's tasks
    (kansenkaart/cluster.py); the global parts stay here (see the module).
    """
    priority = priority or PriorityBreaks()
    weights = {"W_SUPPLY": w_supply, "W_YEARROUND": w_yearround,
               "W_CONNECTIVITY": w_connectivity}
    priority.check_weights(weights)
    settings = dict(w_supply=w_supply, w_yearround=w_yearround, w_connectivity=w_connectivity,
                    dispersal_distance=dispersal_distance, food_threshold=food_threshold,
                    stone_area=stone_area)
    report = _BreaksReport(paths[PRIORITY], priority, weights, run_info)
    readers = {"landuse": landuse_reader(landuse_path, tables.biophysical.codes, feedback)}
    try:
        grid = readers["landuse"].grid
        model = KansenkaartModel(tables, catalogue, grid.pixel_size, **settings)
        id_paths = {name: path for name, path in (("available", available_path),
                                                  ("parcels", parcels_path),
                                                  ("patches", patches_path)) if path}
        for name, path in id_paths.items():
            readers[name] = RasterReader(path)
            check_aligned(grid, readers[name].grid, os.path.basename(landuse_path),
                          os.path.basename(path))
        ids = _IdRasters(readers, capacities)
        budget = budget_bytes(memory_budget_mb)
        measures, seasons = len(model.effects), len(tables.seasons)

        def need(halo):
            return lambda rows, cols: window_bytes(rows, cols, halo, measures, seasons)

        def plan(halo):
            size = choose_tile_size(grid.rows, grid.cols, halo, budget, need(halo))
            return plan_tiles(grid.rows, grid.cols, size, halo)

        def task_plan(halo):
            size = tile_size(grid.rows, grid.cols, halo, cluster.workers,
                             cluster.worker_budget_mb, need(halo))
            return plan_tiles(grid.rows, grid.cols, size, halo)
        fits = need(model.radius)(grid.rows, grid.cols) <= budget
        if cluster is not None and not fits and shares_cores(cluster):
            # Limburg at 10 m on local:2: 21 tiles of 1,792 cells, 1.8 times the transformed
            # cells of this process's 6 tiles of 4,096, and 85-90 s against 78-83 s here
            # (three runs each); at 5 m the workers' tiles of 512 with a 1,000-cell halo
            # would transform 11 times this process's cells
            tell(feedback, Note(
                "The kansenkaart's kernels reach {radius} cells. The {workers} local Dask "
                "workers, each with its share of the memory budget, would compute it in "
                "smaller tiles whose halos cost more than the cores they add (this "
                "process's transforms use those cores already): computed in this process, "
                "in tiles.", radius=model.radius, workers=cluster.workers))
            cluster = None
        if cluster is not None and fits:
            if not spreads(cluster, fits, feedback):
                cluster = None
            elif not tiles_pay(task_plan(model.radius), grid.rows, grid.cols, model.radius,
                               cluster.workers):
                tell(feedback, Note(
                    "The kansenkaart fits this process's memory, and its kernels reach "
                    "{radius} cells, so tiles with that halo on the Dask workers would cost "
                    "more than they save: computed in this process.", radius=model.radius))
                cluster = None
        if cluster is None and fits:
            return _run_whole(readers["landuse"], ids, tables, catalogue, settings, paths,
                              gains_folder, feedback, report)
        # the cluster's workers write their tiles beside the outputs, where they can
        folder = tempfile.mkdtemp(prefix="zoemzone_kansenkaart_", dir=None if cluster is None
                                  else os.path.dirname(os.path.abspath(paths[GAIN])))
        try:
            with Outputs() as outputs:
                run = _TiledRun(model, readers["landuse"], ids, folder, outputs, feedback,
                                report, cluster, (landuse_path, id_paths))
                return run.run(paths, gains_folder, plan,
                               None if cluster is None else task_plan)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        for reader in readers.values():
            reader.close()


class _BreaksReport:
    """The breaks file of a run, written with its outputs (kansenkaart.ranking)."""

    def __init__(self, priority_path, priority, weights, run_info):
        self.path = breaks_path(priority_path)
        self.priority, self.weights, self.run_info = priority, weights, run_info

    def add(self, outputs, breaks, gain_scale, yearround_scale):
        outputs.add(TextFile(self.path, breaks_document(
            self.priority, breaks, {"supply": gain_scale, "yearround": yearround_scale},
            self.weights, self.run_info)))


def _run_whole(reader, ids, tables, catalogue, settings, paths, gains_folder, feedback,
               report):
    """The untiled run: the whole raster in memory at once, as before tiling existed."""
    landuse, valid = reader.read()
    if valid.any():
        tables.check_codes(np.unique(landuse[valid]))
    grid = reader.grid
    parcels = ids.parcels()
    result = kansenkaart(landuse, valid, grid.pixel_size, tables, catalogue,
                         available=ids.available(), parcels=parcels, patches=ids.patches(),
                         feedback=feedback, priority=report.priority, **settings)
    del landuse, valid
    with Outputs() as outputs:
        write_single(paths[GAIN], grid, "gain in supply", result.gain, outputs,
                     product=PRODUCTS[GAIN])
        write_labels(paths[BEST_MEASURE], grid, result.best_measure, "best measure", outputs,
                     PRODUCTS[BEST_MEASURE])
        write_single(paths[PRIORITY], grid, "priority", result.priority.astype(np.int16),
                     outputs, data_type=gdal.GDT_Int16, nodata=0, product=PRODUCTS[PRIORITY])
        if gains_folder:
            for code, gain in result.measure_gains.items():
                write_single(os.path.join(gains_folder, "%s.tif" % code), grid, code, gain,
                             outputs, product=MEASURE_GAIN)
        report.add(outputs, result.breaks, result.gain_scale, result.yearround_scale)
    ranking = (None if parcels is None
               else parcel_ranking(result.score, result.best_measure, parcels))
    return KansenkaartFiles(grid, ranking, result.total_supply, result.gain_scale,
                            result.yearround_scale, tiled=False, breaks=result.breaks,
                            breaks_file=report.path, network=result.network)


class _Layers(LayerFiles):
    """Layers of a tiled run, each a single-band GeoTIFF written tile by tile in one pass
    and read by window in a later one (single-band: a pass reads one layer at a time, and a
    pixel-interleaved multi-band file would decode them all on every read).

    A layer that is also an output (a gain per measure) is one of the run's ``outputs``:
    later passes read its partial file, and it is put in place with the run's other
    outputs."""

    def __init__(self, folder, grid, outputs):
        super().__init__()
        self.folder, self.grid, self.outputs = folder, grid, outputs
        self.places = {}        # name -> (path, band name, BandWriter options)
        self.writers = {}

    def place(self, name, path=None, band=None, drawn=False, **options):
        """Where layer ``name`` goes: a temporary file (not drawn: no overviews or
        statistics) unless ``path`` is given (an output, tagged as ``product``); ``options``
        are BandWriter's."""
        path = path or os.path.join(self.folder, "%d.tif" % len(self.places))
        self.places[name] = (path, band or str(name), dict(options, drawn=drawn))

    def write(self, name, array, tile):
        if name not in self.places:
            self.place(name)
        path, band, options = self.places[name]
        if name not in self.writers:
            writer = BandWriter(path, self.grid, [band], **options)
            if options.get("product"):
                self.outputs.add(writer)
            self.writers[name] = writer
        self.writers[name].write_window(band, array, tile.col, tile.row)

    def finish(self):
        """Complete the layers written so far, so the next pass can read them."""
        writers, self.writers = self.writers, {}
        for name, writer in writers.items():
            writer.finish()
            self.files[name] = writer.partial

    def close(self):
        self.datasets = {}
        self.finish()


class _TiledRun(KernelPasses):
    """The passes of a tiled run (see the module) and the global figures they gather; the
    kernel passes' tiles on a ``cluster`` (engine/cluster.py) when one is given."""

    SCORE = "score"

    def __init__(self, model, reader, ids, folder, outputs, feedback, report, cluster=None,
                 inputs=None):
        super().__init__(model, ids, _Layers(folder, reader.grid, outputs))
        self.reader, self.report, self.cluster = reader, report, cluster
        self.inputs = inputs        # what a worker opens: the land use's and ids' paths
        self.grid = reader.grid
        self.folder = folder
        self.outputs = outputs
        self.feedback = feedback or NullFeedback()
        self.score_order = _OrderStatistics()
        self.tally = ParcelTally()
        self.conn, self.network = None, None

    def run(self, paths, gains_folder, plan, task_plan=None):
        """The passes, on the tiles of ``plan(halo)``; those of the kernel passes on the
        cluster are ``task_plan(halo)``'s."""
        model = self.model
        # a halo of at least one cell: linear measures look at each cell's neighbours
        kernel_plan, cell_plan = (task_plan or plan)(max(model.radius, 1)), plan(0)
        codes = codes_in_tiles(self.reader, cell_plan)
        if not codes:
            refuse_empty()
        model.tables.check_codes(codes)
        for effect in model.effects:
            code = effect.measure.code
            if gains_folder:
                self.layers.place(("gain", code), os.path.join(gains_folder, "%s.tif" % code),
                                  code, drawn=True, product=MEASURE_GAIN)
            else:
                self.layers.place(("gain", code), band=code)
        self.layers.place(self.SUPPLY)          # nodata -1: supply is never below 0
        self.layers.place(self.SCORE, nodata=-np.inf)       # scores are finite
        add = self.outputs.add
        outputs = {GAIN: add(BandWriter(paths[GAIN], self.grid, ["gain in supply"],
                                        product=PRODUCTS[GAIN])),
                   BEST_MEASURE: add(BandWriter(paths[BEST_MEASURE], self.grid,
                                                ["best measure"], data_type=gdal.GDT_Int32,
                                                nodata=0, product=PRODUCTS[BEST_MEASURE])),
                   PRIORITY: add(BandWriter(paths[PRIORITY], self.grid, ["priority"],
                                            data_type=gdal.GDT_Int16, nodata=0,
                                            product=PRODUCTS[PRIORITY]))}
        # progress: the kernel passes do nearly all the work
        own = self.own
        stage = _stages(self.feedback, [40, 40] + ([2] if own else [])
                        + ([8] if model.want_conn else []) + [6, 2, 2])
        try:
            self.kernel_pass(kernel_plan, "supply_pass", next(stage))
            self.kernel_pass(kernel_plan, "gain_pass", next(stage))
            priority = self.report.priority
            self.gain_scale = scale_of(priority, "supply", self.gain_scale)
            self.yr_scale = scale_of(priority, "yearround", self.yr_scale)
            if model.want_conn:
                median = self.median_supply(cell_plan, next(stage)) if own else None
                self.connectivity(median, next(stage))
            self.each(cell_plan, lambda *args: self.best_pass(outputs, *args), next(stage))
            breaks = self.score_breaks(cell_plan, next(stage))
            self.each(cell_plan, lambda *args: self.priority_pass(outputs, breaks, *args),
                      next(stage))
        finally:
            self.layers.close()
        self.report.add(self.outputs, breaks, self.gain_scale, self.yr_scale)
        return KansenkaartFiles(self.grid, self.tally.ranking() if self.ids.has_parcels
                                else None, self.total_supply, self.gain_scale, self.yr_scale,
                                tiled=True, breaks=breaks, breaks_file=self.report.path,
                                network=self.network)

    def each(self, plan, compute, feedback):
        for_each_tile(self.reader, plan, compute, feedback)
        self.layers.finish()

    def kernel_pass(self, plan, name, feedback):
        """The kernel pass ``name`` (a method of KernelPasses) on every tile: here, or as
        the cluster's tasks, whose layers and figures become this run's."""
        if self.cluster is None:
            self.each(plan, getattr(self, name), feedback)
            return
        run_pass(self, plan, name, feedback)
        self.layers.finish()

    def median_supply(self, plan, feedback):
        """The habitat quantile (median) of the supply of all nest cells (inf where there
        are none: no habitat)."""
        count = self.supply_order.count
        if not count:
            return np.inf
        return _quantile(count, lambda ranks: self.supply_order.select(
            ranks, self.second_read(self.SUPPLY, plan, feedback)))

    def connectivity(self, median, feedback):
        """Pass 3 (whole raster): the network term of the given patches or today's habitat."""
        _, valid = self.reader.read()
        patches = self.ids.patches()
        if patches is None:
            supply = self.layers.read(self.SUPPLY, 0, 0, self.grid.cols, self.grid.rows)
            self.conn, self.network = network_connectivity(self.model, valid, None, supply,
                                                           supply >= 0, median, feedback)
        else:
            self.conn, self.network = network_connectivity(self.model, valid, patches,
                                                           feedback=feedback)
        feedback.setProgress(100.0)

    def best_pass(self, outputs, tile, landuse, valid, feedback):
        """Pass 4 (no halo): scores, the best measure, the parcels' tallies."""
        model, cells = self.model, _cells(tile)
        index = CodeIndex(landuse, valid, self.codes)
        available = self.ids.available(cells)
        gains, measure_yr = {}, {}
        covers = {effect.measure.code: self.layers.read(("cover", effect.measure.code), *cells)
                  for effect in model.effects if effect.measure.linear}
        for effect in model.effects:
            # the gain files hold nodata -1 where the gain is NaN
            gain = self.layers.read(("gain", effect.measure.code), *cells)
            gain[~model.allowed(effect, index, available, covers)] = np.nan
            gains[effect.measure.code] = gain
        if model.want_yr:
            food_gain = {j: self.layers.read(("E", j), *cells) for j in model.tables.seasons}
            scratch = np.empty(landuse.shape, np.float32)
            for effect in model.effects:
                measure_yr[effect.measure.code] = model.yearround(
                    effect, index, food_gain, gains[effect.measure.code], scratch,
                    covers.get(effect.measure.code))
        conn = (self.conn[tile.row:tile.row + tile.rows, tile.col:tile.col + tile.cols]
                if model.want_conn else None)
        score, best_id, best_gain, _ = model.best(landuse.shape, gains, measure_yr, conn,
                                                  self.gain_scale, self.yr_scale)
        outputs[GAIN].write_window("gain in supply", best_gain, tile.col, tile.row)
        outputs[BEST_MEASURE].write_window("best measure", best_id, tile.col, tile.row)
        self.layers.write(self.SCORE, score, tile)
        self.score_order.add(score[best_id > 0])
        if self.ids.has_parcels:
            self.tally.add(score, best_id, self.ids.parcels(cells))

    def score_breaks(self, plan, feedback):
        """breaks_of the scores of all cells with a measure (the second read of the scores
        only when quintiles are asked for)."""
        return breaks_of(self.report.priority, self.score_order.count,
                         lambda ranks: self.score_order.select(
                             ranks, self.second_read(self.SCORE, plan, feedback)))

    def priority_pass(self, outputs, breaks, tile, landuse, valid, feedback):
        """Pass 5 (no halo): each cell's class between the breaks."""
        score = self.layers.read(self.SCORE, *_cells(tile))
        priority = classes_of(score, np.isfinite(score), breaks)
        outputs[PRIORITY].write_window("priority", priority.astype(np.int16), tile.col,
                                       tile.row)

    def second_read(self, name, plan, feedback):
        """A function handing the valid values of layer ``name`` to ``add``, tile by tile."""
        def read(add):
            reader = RasterReader(self.layers.files[name])
            try:
                for_each_tile(reader, plan, lambda tile, values, valid, _: add(values[valid]),
                              feedback)
            finally:
                reader.close()
        return read


def _stages(feedback, shares):
    """Feedback for each stage in turn, showing its share of the whole run's progress."""
    total, start = sum(shares), 0
    for share in shares:
        yield TileFeedback(feedback, start, share, total)
        start += share


