"""Habitat suitability's tiles as Dask tasks (see cluster.py and pollination.runner._run_tiled).

The same two passes as the in-process tiled run, each tile with a halo of one kernel radius:
supply, then abundance from the supply kept on disk. A worker reads its window of the land
use itself, computes, and writes the tile's layers to a scratch folder (tile_tasks.py);
this process copies them into the outputs tile by tile, so only it writes the output files,
and between the passes builds the kept supply file that the second pass's workers read.

Tiles are sized to a worker's share of the memory budget, and among the sizes that fit, to
the least work per worker: every tile computes its window, halo included, so smaller tiles
spread the work more evenly but add halos (the 40 m province with its 125-cell kernel radius:
8 tiles of 768 on 2 workers computed 1.53 times its cells, 2 tiles 1.09 times). Results
equal the untiled run's to float32 round-off, as any tiled run's do.
"""
import os

from osgeo import gdal

from ..cluster import TaskFeedback
from ..errors import Cancelled
from ..io.gdalio import BandWriter
from ..io.outputs import Outputs
from .model import Products, run_abundance, run_supply
from ..progress import NullFeedback
from .outputs import (PollinationWriter, _refuse_empty, kept_bands, kept_supply,
                      kernel_radius, window_bytes)
from ..tile_tasks import read_window, save_layers, scratch_folder, taker, tile_size
from ..io.tiling import TileFeedback, codes_in_tiles, plan_tiles


def _supply_task(job, tile, stop):
    landuse_path, tables, pixel_size, folder = job
    landuse, valid = read_window(landuse_path, tables.biophysical.codes, tile)
    arrays = []
    run_supply(landuse, valid, pixel_size, tables,
               lambda product, key, array: arrays.append(((product, key), array[tile.crop])),
               TaskFeedback(stop))
    return save_layers(folder, "supply", tile, arrays)


def _abundance_task(job, tile, stop):
    landuse_path, tables, pixel_size, folder, kept_path, wants_guild_abundance = job
    landuse, valid = read_window(landuse_path, tables.biophysical.codes, tile)
    kept_ds = gdal.Open(kept_path)
    arrays = []
    try:
        run_abundance(landuse, valid, pixel_size, tables, kept_supply(kept_ds, tile, valid),
                      lambda product, key, array: arrays.append(((product, key),
                                                                 array[tile.crop])),
                      wants_guild_abundance, TaskFeedback(stop))
    finally:
        kept_ds = None
    return save_layers(folder, "abundance", tile, arrays)


def run_on_cluster(cluster, reader, landuse_path, tables, paths, invest_folder, feedback,
                   description):
    grid = reader.grid
    radius = kernel_radius(tables, grid.pixel_size)
    seasons = len(tables.seasons)
    size = tile_size(grid.rows, grid.cols, radius, cluster.workers, cluster.worker_budget_mb,
                     lambda r, c: window_bytes(r, c, radius, seasons))
    plan = plan_tiles(grid.rows, grid.cols, size, radius)
    codes = codes_in_tiles(reader, plan)
    if not codes:
        _refuse_empty(landuse_path)
    tables.check_codes(codes)
    keep = {Products.SUPPLY: "PS ", Products.FLORAL: "FR "}
    feedback = feedback or NullFeedback()
    weights = [tile.cells for tile in plan]
    with scratch_folder(next(path for path in paths.values() if path)) as folder, \
            Outputs() as outputs:
        kept_path = os.path.join(folder, "supply.tif")
        writer = PollinationWriter(outputs, grid, tables, paths, invest_folder, description)
        kept = BandWriter(kept_path, grid, kept_bands(tables), drawn=False)
        try:
            def write_supply(layer, array, tile):
                writer(*layer, array, (tile.col, tile.row))
                product, key = layer
                if product in keep:
                    kept.write_window(keep[product] + key, array, tile.col, tile.row)
            cluster.map(_supply_task, plan, TileFeedback(feedback, 0, 50, 100), weights,
                        shared=[(landuse_path, tables, grid.pixel_size, folder)],
                        take=taker(plan, write_supply))
        finally:
            kept.close()
        if feedback.isCanceled():
            raise Cancelled()
        cluster.map(_abundance_task, plan, TileFeedback(feedback, 50, 50, 100), weights,
                    shared=[(landuse_path, tables, grid.pixel_size, folder, kept_path,
                             writer.wants_guild_abundance)],
                    take=taker(plan, lambda layer, array, tile:
                               writer(*layer, array, (tile.col, tile.row))))
