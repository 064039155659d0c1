"""Habitat suitability's tiles as Dask tasks (see cluster.py and pollination_outputs._run_tiled).

The same two passes as the in-process tiled run, each tile with a halo of one kernel radius:
supply, then abundance from the supply kept on disk. A worker reads its window of the land
use itself, computes, and writes the tile's layers to a scratch folder beside the first
output (a folder every worker sees when the outputs are on a shared or network file system);
this process copies them into the outputs tile by tile, so only it writes the output files,
and between the passes builds the kept supply file that the second pass's workers read.

Tiles are sized to a worker's share of the memory budget, and among the sizes that fit, to
the least work per worker: every tile computes its window, halo included, so smaller tiles
spread the work more evenly but add halos (the 40 m province with its 125-cell kernel radius:
8 tiles of 768 on 2 workers computed 1.53 times its cells, 2 tiles 1.09 times). Results
equal the untiled run's to float32 round-off, as any tiled run's do.
"""
import os
import shutil
import tempfile

import numpy as np
from osgeo import gdal

from .cluster import TaskFeedback
from .errors import Cancelled
from .gdalio import BandWriter, landuse_reader
from .outputs import Outputs
from .pollination import Products, run_abundance, run_supply
from .progress import NullFeedback
from .pollination_outputs import (PollinationWriter, _refuse_empty, kept_bands, kept_supply,
                                  kernel_radius, window_bytes)
from .tiling import (MIN_TILE, TILE_ALIGN, TileFeedback, choose_tile_size, codes_in_tiles,
                     plan_tiles)


def tile_size(rows, cols, radius, seasons, workers, worker_budget_mb):
    """The side of the tiles: of the sides that fit a worker's budget (the largest, multiples
    of TILE_ALIGN, below it of MIN_TILE), the one with the least work for the busiest worker
    (see busiest_cells); the larger of equals."""
    fitting = choose_tile_size(rows, cols, radius, worker_budget_mb * 2.0 ** 20,
                               lambda r, c: window_bytes(r, c, radius, seasons))
    sides = {fitting} | set(range(TILE_ALIGN, fitting + 1, TILE_ALIGN)) | set(
        range(MIN_TILE, min(fitting + 1, TILE_ALIGN), MIN_TILE))
    return min(sides, key=lambda side: (busiest_cells(plan_tiles(rows, cols, side, radius),
                                                      workers), -side))


def busiest_cells(plan, workers):
    """The window cells the busiest of ``workers`` computes, the tiles dealt largest first
    to the least loaded worker (as Dask about does)."""
    loads = [0] * workers
    for cells in sorted((tile.win_rows * tile.win_cols for tile in plan), reverse=True):
        loads[loads.index(min(loads))] += cells
    return max(loads)


def _save(folder, name, tile, arrays):
    """The tile's layers as one .npy file per layer; their (product, key, file) list."""
    out = []
    for n, (product, key, array) in enumerate(arrays):
        path = os.path.join(folder, "%s_%d_%d_%d.npy" % (name, tile.row, tile.col, n))
        np.save(path, array)
        out.append((product, key, path))
    return out


def _supply_task(job, tile, stop):
    landuse_path, tables, pixel_size, folder = job
    reader = landuse_reader(landuse_path, tables.biophysical.codes)
    try:
        landuse, valid = reader.read(tile.win_col, tile.win_row, tile.win_cols, tile.win_rows)
    finally:
        reader.close()
    arrays = []
    run_supply(landuse, valid, pixel_size, tables,
               lambda product, key, array: arrays.append((product, key, array[tile.crop])),
               TaskFeedback(stop))
    return _save(folder, "supply", tile, arrays)


def _abundance_task(job, tile, stop):
    landuse_path, tables, pixel_size, folder, kept_path, wants_guild_abundance = job
    reader = landuse_reader(landuse_path, tables.biophysical.codes)
    try:
        landuse, valid = reader.read(tile.win_col, tile.win_row, tile.win_cols, tile.win_rows)
    finally:
        reader.close()
    kept_ds = gdal.Open(kept_path)
    arrays = []
    try:
        run_abundance(landuse, valid, pixel_size, tables, kept_supply(kept_ds, tile, valid),
                      lambda product, key, array: arrays.append((product, key,
                                                                 array[tile.crop])),
                      wants_guild_abundance, TaskFeedback(stop))
    finally:
        kept_ds = None
    return _save(folder, "abundance", tile, arrays)


def _taker(plan, write):
    """``take`` for Cluster.map: a tile's layers from the scratch folder handed to
    ``write(product, key, array, tile)``, the files deleted as they are read."""
    def take(n, layers):
        for product, key, path in layers:
            write(product, key, np.load(path), plan[n])
            os.remove(path)
    return take


def run_on_cluster(cluster, reader, landuse_path, tables, paths, invest_folder, feedback,
                   description):
    grid = reader.grid
    radius = kernel_radius(tables, grid.pixel_size)
    size = tile_size(grid.rows, grid.cols, radius, len(tables.seasons), cluster.workers,
                     cluster.worker_budget_mb)
    plan = plan_tiles(grid.rows, grid.cols, size, radius)
    codes = codes_in_tiles(reader, plan)
    if not codes:
        _refuse_empty(landuse_path)
    tables.check_codes(codes)
    first = next(path for path in paths.values() if path)
    folder = tempfile.mkdtemp(prefix=".zoemzone_tiles_",
                              dir=os.path.dirname(os.path.abspath(first)))
    kept_path = os.path.join(folder, "supply.tif")
    keep = {Products.SUPPLY: "PS ", Products.FLORAL: "FR "}
    feedback = feedback or NullFeedback()
    weights = [tile.cells for tile in plan]
    try:
        with Outputs() as outputs:
            writer = PollinationWriter(outputs, grid, tables, paths, invest_folder,
                                       description)
            kept = BandWriter(kept_path, grid, kept_bands(tables), drawn=False)
            try:
                def write_supply(product, key, array, tile):
                    writer(product, key, array, (tile.col, tile.row))
                    if product in keep:
                        kept.write_window(keep[product] + key, array, tile.col, tile.row)
                cluster.map(_supply_task, plan, TileFeedback(feedback, 0, 50, 100), weights,
                            shared=[(landuse_path, tables, grid.pixel_size, folder)],
                            take=_taker(plan, write_supply))
            finally:
                kept.close()
            if feedback.isCanceled():
                raise Cancelled()
            cluster.map(_abundance_task, plan, TileFeedback(feedback, 50, 50, 100), weights,
                        shared=[(landuse_path, tables, grid.pixel_size, folder, kept_path,
                                 writer.wants_guild_abundance)],
                        take=_taker(plan, lambda product, key, array, tile:
                                    writer(product, key, array, (tile.col, tile.row))))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
