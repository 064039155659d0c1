"""Cost distance from raster files to raster files, in tiles when the raster exceeds the budget.

A least-cost path may cross the whole raster, winding in and out of any tile, so no halo of
fixed width makes a tile's distances exact. What is exact is the fixed point (see
costdistance.accumulated_cost): distances that are all real path lengths, 0 at the sources,
and that no edge d(v) <= d(u) + w(u, v) can lower. Every edge joins 8-neighbours, so the
edges into a tile's cells all lie in its window with a ring of one cell. The tiled run keeps
the distances (and allocations) of the whole raster in temporary files and solves one tile
at a time, on its window, starting from the distances known so far, the ring's as fixed
seeds: the tile then holds its local fixed point, which is written back. A tile whose border
cells were lowered marks the neighbours whose ring holds them, and tiles are solved until
none is marked. Then, for every edge, the tile holding its head was solved after the last
change of either end, so no edge can lower any cell: the global fixed point, the exact least
costs. Every lowering is by more than rounding (relative 1e-13), so the solves end.

Which marked tile goes next does not change the result, only the work: the one whose ring
was lowered to the lowest distance, as Dijkstra's algorithm takes the nearest cell, so that
a tile mostly hears of its nearest sources first and is less often solved again for a
later, lower path. (Against passes over the tiles in raster order and back: from the same
to a quarter less time on random terrain and spirals.) The sweeps of all solves together
then lower about as many cells as the untiled run's; tiles cost more through the numpy calls
per row, which weigh more on short rows, and through the re-read of the cost.

The allocations follow the paths as in the untiled run. Where two sources reach a cell at
the same cost (to costdistance._TIE) either may be kept, as in Dijkstra's algorithm with
another order of the queue: only there can tiled and untiled allocations differ.
"""
import heapq
import os
import shutil
import tempfile

import numpy as np
from osgeo import gdal, ogr

from .costdistance import (CostSurface, barrier_cells, cost_limit, passable_sources,
                           raster_holds_ids, refuse_no_source, sources_from_raster)
from .costdistance_tile import (_SEEDED, _SOLVED, RING, _cells, _neighbours, _read_cost,
                                _SolveFeedback, mark, solve_tile, window_bytes)
from ..errors import Cancelled, Note
from ..io.gdalio import BandWriter, Grid, RasterReader, check_aligned, write_labels, write_single
from ..io.outputs import Outputs
from ..progress import NullFeedback, tell
from ..io.rasterize import burn_ids
from ..io.tiling import DiskArray, budget_bytes, choose_tile_size, plan_tiles


DISTANCE_BAND = "accumulated cost"
ALLOCATION_BAND = "nearest source"
# the products (gdalio.PRODUCT_KEY) of the two outputs
DISTANCE_PRODUCT, ALLOCATION_PRODUCT = "cost_distance", "allocation"


def cost_distance_to_files(cost_path, output_path, allocation_path=None, source_raster=None,
                           source_features=None, max_cost=None, feedback=None,
                           memory_budget_mb=None, cluster=None):
    """Accumulated cost from sources over the cost raster in ``cost_path``, written to files.

    Sources come from ``source_raster`` (a raster on the cost raster's grid; see
    costdistance.sources_from_raster) or ``source_features`` ((id, WKB) in the grid's CRS;
    every cell a feature touches). ``output_path`` receives the least cost (float32, map
    units, nodata where unreached or beyond ``max_cost``), ``allocation_path`` (optional) the
    nearest source's id (Int32, 0 = none). A raster whose run needs more than
    ``memory_budget_mb`` (MiB; default 40 % of physical memory) is computed in tiles to the
    same exact result (see the module's docstring). With a ``cluster`` (engine/cluster.py)
    the tiles of such a raster are its tasks, re-solved in rounds (see
    costdistance_cluster.py), each within its worker's share of the budget. A raster that
    fits the budget is solved whole here all the same: its tiles, re-solved until their
    borders settle, took 3.6 times the CPU of the untiled run (the 40 m province on 2
    workers, 18 tiles, 56 solves), more than the workers gain. Returns the grid.
    """
    feedback = feedback or NullFeedback()
    limit = cost_limit(max_cost)
    reader = RasterReader(cost_path)
    grid = reader.grid
    sources = None
    try:
        if source_raster is not None:
            sources = _RasterSources(source_raster, grid, cost_path)
        else:
            sources = _FeatureSources(source_features, grid)
        budget = budget_bytes(memory_budget_mb)
        if window_bytes(grid.rows, grid.cols) <= budget:
            if cluster is not None:
                tell(feedback, Note("The cost raster fits the memory budget: solved whole in "
                                    "this process, faster than in tiles on the cluster."))
            _run_whole(reader, sources, output_path, allocation_path, limit, feedback)
        else:
            if cluster is None:
                size = choose_tile_size(grid.rows, grid.cols, RING, budget, window_bytes)
                folder = tempfile.mkdtemp(prefix="zoemzone_costdistance_")
            else:
                from .costdistance_cluster import tile_size
                size = tile_size(grid.rows, grid.cols, cluster.workers,
                                 cluster.worker_budget_mb)
                # the workers read the distances here: beside the output, a folder they see
                folder = tempfile.mkdtemp(prefix=".zoemzone_costdistance_",
                                          dir=os.path.dirname(os.path.abspath(output_path)))
            plan = plan_tiles(grid.rows, grid.cols, size, RING)
            shape = (grid.rows, grid.cols)
            dist = DiskArray(os.path.join(folder, "distance.f64"), shape, np.float64)
            alloc = (DiskArray(os.path.join(folder, "allocation.i32"), shape, np.int32)
                     if allocation_path else None)
            try:
                _settle_tiles(reader, sources, plan, limit, dist, alloc, feedback, cluster)
                _write_tiles(dist, alloc, plan, grid, output_path, allocation_path, limit,
                             feedback)
            finally:
                for array in (dist, alloc):
                    if array is not None:
                        array.close()
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        reader.close()
        if sources is not None:
            sources.close()
    return grid


def _run_whole(reader, sources, output_path, allocation_path, limit, feedback):
    """The untiled run: the whole raster in memory at once."""
    grid = reader.grid
    surface = CostSurface(_read_cost(reader, 0, 0, grid.cols, grid.rows), grid.pixel_size)
    ids = sources.window(0, 0, grid.cols, grid.rows)
    distance, allocation = surface.accumulate(ids, limit, feedback,
                                              allocate=allocation_path is not None)
    del surface, ids
    with Outputs() as outputs:
        write_single(output_path, grid, DISTANCE_BAND, distance.astype(np.float32), outputs,
                     product=DISTANCE_PRODUCT)
        if allocation_path:
            write_labels(allocation_path, grid, allocation, ALLOCATION_BAND, outputs,
                         ALLOCATION_PRODUCT)


class _RasterSources:
    """Sources from a raster on the cost grid, read window by window."""

    def __init__(self, path, grid, cost_path):
        self.reader = RasterReader(path)
        check_aligned(grid, self.reader.grid, cost_path, path)
        self.ids = None

    def scan(self, plan, feedback):
        """Whether the raster holds ids is decided on the whole raster (as an untiled run
        does), so a window without fractions still gets 1s if another has them."""
        verdicts = set()
        for tile in plan:
            if feedback.isCanceled():
                raise Cancelled()
            verdicts.add(raster_holds_ids(*self.reader.read(tile.col, tile.row, tile.cols,
                                                            tile.rows)))
        self.ids = True in verdicts and False not in verdicts

    def window(self, col, row, cols, rows):
        return sources_from_raster(*self.reader.read(col, row, cols, rows), ids=self.ids)

    def close(self):
        self.reader.close()


class _FeatureSources:
    """Sources from (id, WKB) features, burnt window by window (later features win).

    A window burns the cells the whole raster's burn has, except where a line or a
    polygon's edge runs exactly through cell corners: which cells there GDAL's all-touched
    rule takes depends on how GDAL splits the raster, also untiled (by its cache size)."""

    def __init__(self, features, grid):
        self.features = list(features)
        self.grid = grid
        self.envelopes = None

    def scan(self, plan, feedback):
        """Parse each geometry once and note its envelope, so that a window burns only the
        features near it."""
        self.features = [(i, g if isinstance(g, ogr.Geometry) else
                          ogr.CreateGeometryFromWkb(bytes(g))) for i, g in self.features]
        self.envelopes = np.array([g.GetEnvelope() for _, g in self.features],
                                  np.float64).reshape(-1, 4)      # min x, max x, min y, max y

    def window(self, col, row, cols, rows):
        grid = self.grid
        if (col, row, cols, rows) == (0, 0, grid.cols, grid.rows):
            return burn_ids(grid, self.features, all_touched=True)
        x0, dx, rx, y0, ry, dy = grid.geotransform
        window = Grid(cols, rows, (x0 + col * dx + row * rx, dx, rx,
                                   y0 + col * ry + row * dy, ry, dy), grid.wkt)
        features = self.features
        if not (rx or ry) and self.envelopes is not None:
            # every feature that can touch the window, with a cell to spare
            left, right = sorted((window.geotransform[0], window.geotransform[0] + cols * dx))
            bottom, top = sorted((window.geotransform[3], window.geotransform[3] + rows * dy))
            e, mx, my = self.envelopes, abs(dx), abs(dy)
            near = ((e[:, 0] <= right + mx) & (e[:, 1] >= left - mx)
                    & (e[:, 2] <= top + my) & (e[:, 3] >= bottom - my))
            features = [self.features[k] for k in np.flatnonzero(near)]
        return burn_ids(window, features, all_touched=True)

    def close(self):
        pass


def _settle_tiles(reader, sources, plan, limit, dist, alloc, feedback, cluster=None):
    """Fills ``dist`` (and ``alloc``, unless None) with the distances (inf where unreached)
    and allocations of the whole raster. See the module's docstring."""
    sources.scan(plan, feedback)
    due = {}             # marked tile -> the lowest distance lowered in its ring since
    for k, tile in enumerate(plan):
        if feedback.isCanceled():
            raise Cancelled()
        ids = passable_sources(sources.window(tile.col, tile.row, tile.cols, tile.rows),
                               barrier_cells(_read_cost(reader, tile.col, tile.row,
                                                        tile.cols, tile.rows)))
        cells = _cells(tile)
        dist[cells] = np.where(ids > 0, 0.0, np.inf)
        if alloc is not None:
            alloc[cells] = ids
        if ids.any():
            due[k] = 0.0
        feedback.setProgress(_SEEDED * (k + 1) / len(plan))
    if not due:
        refuse_no_source()
    neighbours = _neighbours(plan)
    if cluster is not None:
        from .costdistance_cluster import settle_in_rounds
        settle_in_rounds(cluster, reader, plan, neighbours, due, limit, dist, alloc, feedback)
        return
    solved = np.zeros(len(plan), bool)
    queue = [(key, k) for k, key in due.items()]
    heapq.heapify(queue)
    solves = 0
    while queue:
        key, k = heapq.heappop(queue)
        if due.get(k) != key:
            continue              # marked again since, with a lower key: solved then
        del due[k]
        if feedback.isCanceled():
            raise Cancelled()
        lowest = solve_tile(reader, plan[k], dist, alloc, not solved[k], limit,
                            _SolveFeedback(feedback, solves, len(plan)))
        solved[k] = True
        solves += 1
        for n in mark(due, neighbours[k], lowest):
            heapq.heappush(queue, (due[n], n))


def _write_tiles(dist, alloc, plan, grid, output_path, allocation_path, limit, feedback):
    """The outputs, tile by tile, as the untiled run writes them whole."""
    with Outputs() as outputs:
        writer = outputs.add(BandWriter(output_path, grid, [DISTANCE_BAND],
                                        product=DISTANCE_PRODUCT))
        labels = (outputs.add(BandWriter(allocation_path, grid, [ALLOCATION_BAND],
                                         data_type=gdal.GDT_Int32, nodata=0,
                                         product=ALLOCATION_PRODUCT))
                  if allocation_path else None)
        for k, tile in enumerate(plan):
            if feedback.isCanceled():
                raise Cancelled()
            cells = _cells(tile)
            d = dist[cells]
            unreached = ~np.isfinite(d)
            if limit is not None:
                unreached |= d > limit
            d[unreached] = np.nan
            writer.write_window(DISTANCE_BAND, d.astype(np.float32), tile.col, tile.row)
            if labels is not None:
                a = alloc[cells]
                a[unreached] = 0
                labels.write_window(ALLOCATION_BAND, a, tile.col, tile.row)
            feedback.setProgress(_SOLVED + (100.0 - _SOLVED) * (k + 1) / len(plan))
