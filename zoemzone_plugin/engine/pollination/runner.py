"""Habitat suitability from a land-use file to its output files: whole, in tiles, or as Dask
tasks (pollination/cluster.py), whichever the raster and the memory budget call for.
"""
import os
import shutil
import tempfile

import numpy as np
from osgeo import gdal

from ..errors import InputError
from ..io.gdalio import BandWriter, landuse_reader
from ..io.outputs import Outputs
from .model import Products, run_abundance, run_pollination, run_supply
from .cluster import run_on_cluster
from .outputs import (PollinationWriter, _refuse_empty, kept_bands, kept_supply,
                      kernel_radius, window_bytes)
from ..progress import NullFeedback
from ..tile_tasks import cluster_for
from ..io.tiling import (TileFeedback, budget_bytes, choose_tile_size, codes_in_tiles,
                         for_each_tile, plan_tiles)


def run_to_files(landuse_path, tables, paths, invest_folder=None, feedback=None,
                 description="", memory_budget_mb=None, cluster=None):
    """Read a land-use raster, check it against the tables, run the model, write the outputs.

    ``memory_budget_mb`` (MiB; default 40 % of physical memory) bounds the model's arrays: a
    raster whose untiled run would need more is computed in tiles (see tiling.py), in two
    passes each with a halo of the largest kernel radius (see _run_tiled), giving the untiled
    results to float32 round-off. With a ``cluster`` (engine/cluster.py) the tiles are its
    tasks (see pollination/cluster.py), each within its worker's share of the budget.
    """
    reader = landuse_reader(landuse_path, tables.biophysical.codes, feedback)
    grid = reader.grid
    try:
        if grid.is_geographic():
            raise InputError(
                "The land-use raster '{path}' is in a geographic CRS (degrees). The foraging "
                "distances are in metres: reproject it to a projected CRS such as EPSG:28992 "
                "(RD New) first.", path=os.path.basename(landuse_path))
        budget = budget_bytes(memory_budget_mb)
        radius = kernel_radius(tables, grid.pixel_size)
        seasons = len(tables.seasons)

        def need(rows, cols):
            return window_bytes(rows, cols, radius, seasons)
        fits = need(grid.rows, grid.cols) <= budget
        cluster = cluster_for(cluster, grid.rows, grid.cols, radius, budget, need, feedback)
        if cluster is not None:
            run_on_cluster(cluster, reader, landuse_path, tables, paths, invest_folder,
                           feedback, description)
        elif fits:
            landuse, valid = reader.read()
            reader.close()
            _run_whole(landuse, valid, grid, landuse_path, tables, paths, invest_folder,
                       feedback, description)
        else:
            tile = choose_tile_size(grid.rows, grid.cols, radius, budget, need)
            _run_tiled(reader, plan_tiles(grid.rows, grid.cols, tile, radius),
                       landuse_path, tables, paths, invest_folder, feedback, description)
    finally:
        reader.close()
    return grid


def _run_whole(landuse, valid, grid, landuse_path, tables, paths, invest_folder, feedback,
               description):
    """The untiled run: the whole raster in memory at once."""
    if not valid.any():
        _refuse_empty(landuse_path)
    tables.check_codes(np.unique(landuse[valid]))
    with Outputs() as outputs:
        writer = PollinationWriter(outputs, grid, tables, paths, invest_folder, description)
        run_pollination(landuse, valid, grid.pixel_size, tables, writer,
                        writer.wants_guild_abundance, feedback)


def _run_tiled(reader, plan, landuse_path, tables, paths, invest_folder, feedback,
               description):
    """The tiled run: one window (tile + halo) in memory at a time, in two passes.

    Pollinator abundance is a mean of supply, which is a mean of flowers: in one pass a tile
    would need a halo of two kernel radii. The first pass computes the supply half on windows
    with a halo of one radius (exact on the tile) and keeps each guild's supply and floral
    resources in a temporary file; the second computes the abundance half from them, again
    with one radius. At the province's 5 m the widest kernel is 1,000 cells: a halo of 2,000
    on each side would make every window several times its tile.

    The codes are checked in a first pass over the tiles (without halo), so a bad raster is
    refused before any output is written, as in the untiled run."""
    codes = codes_in_tiles(reader, plan)
    if not codes:
        _refuse_empty(landuse_path)
    tables.check_codes(codes)
    grid = reader.grid
    folder = tempfile.mkdtemp(prefix="zoemzone_supply_")
    kept_path = os.path.join(folder, "supply.tif")
    kept = BandWriter(kept_path, grid, kept_bands(tables), drawn=False)
    keep = {Products.SUPPLY: "PS ", Products.FLORAL: "FR "}

    def supply_tile(tile, landuse, valid, tile_feedback):
        crop, window = tile.crop, (tile.col, tile.row)

        def sink(product, key, array):
            writer(product, key, array[crop], window)
            if product in keep:
                kept.write_window(keep[product] + key, array[crop], *window)
        run_supply(landuse, valid, grid.pixel_size, tables, sink, tile_feedback)

    def abundance_tile(tile, landuse, valid, tile_feedback):
        crop, window = tile.crop, (tile.col, tile.row)

        def sink(product, key, array):
            writer(product, key, array[crop], window)
        run_abundance(landuse, valid, grid.pixel_size, tables, kept_supply(kept_ds, tile, valid),
                      sink, writer.wants_guild_abundance, tile_feedback)
    feedback = feedback or NullFeedback()
    kept_ds = None
    try:
        with Outputs() as outputs:
            writer = PollinationWriter(outputs, grid, tables, paths, invest_folder,
                                       description)
            try:
                for_each_tile(reader, plan, supply_tile, TileFeedback(feedback, 0, 50, 100))
            finally:
                kept.close()
            kept_ds = gdal.Open(kept_path)
            for_each_tile(reader, plan, abundance_tile, TileFeedback(feedback, 50, 50, 100))
    finally:
        kept_ds = None
        shutil.rmtree(folder, ignore_errors=True)

