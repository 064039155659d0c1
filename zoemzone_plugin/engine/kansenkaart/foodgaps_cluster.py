"""Seasonal food gaps as Dask tasks (see cluster.py and tile_tasks.py).

A guild's gaps depend on its own kernel only, so the work splits by kernel group (the guilds
sharing an alpha) as well as by tile, and each group's tiles need a halo of its own radius
only, not the widest kernel's. A task is one group on one tile: it reads the window, computes
the season masks of the group's guilds (foodgaps.season_gaps) and returns those of its tile
(through the scratch folder) with its part of the summary; this process writes each guild's
gap counts and masks and adds up the summaries, integers whose sums do not depend on the
order in which the tasks come back.

Tiles are as large as a task's share of a worker's budget allows (the whole raster where it fits):
a halo is work done again, and the Dutch bumblebee's 500-cell radius at 10 m would make
smaller tiles of a 2,000-cell raster cost several times the untiled run. On a raster that
fits a worker the groups are the parallel tasks, each with an FFT sized to its own kernel.
"""
from dataclasses import replace

import numpy as np

from ..cluster import TaskFeedback
from .foodgaps import season_gaps
from ..pollination.model import kernels_by_alpha
from ..tile_tasks import (load_layers, read_window, save_layers, scratch_folder,
                          task_budget_bytes)
from ..io.tiling import choose_tile_size, codes_in_tiles, plan_tiles


def _gaps_task(job, item, stop):
    landuse_path, tables, pixel_size, food_threshold, folder = job
    guilds, tile = item
    landuse, valid = read_window(landuse_path, tables.biophysical.codes, tile)
    masks, counts = season_gaps(landuse, valid, pixel_size, replace(tables, guilds=guilds),
                                food_threshold, TaskFeedback(stop), tile.crop)
    del landuse, valid
    return save_layers(folder, "gaps_%s" % guilds[0].species, tile,
                       [(species, mask[tile.crop]) for species, mask in masks.items()]), counts


class ClusterWindows:
    """foodgaps' windows as tasks on a cluster: per kernel group, tiles with the group's
    radius as halo, sized for a worker's share of the budget (``window_bytes(rows, cols,
    radius, guilds)`` on one window); the scratch folder beside the output ``beside``."""

    def __init__(self, cluster, reader, window_bytes, landuse_path, tables, food_threshold,
                 beside):
        grid = reader.grid
        budget = task_budget_bytes(cluster.worker_budget_mb)
        self.items = []
        for alpha_px, guilds in kernels_by_alpha(tables, grid.pixel_size).items():
            radius = int(np.floor(5.0 * alpha_px))

            def need(rows, cols, radius=radius, count=len(guilds)):
                return window_bytes(rows, cols, radius, count)
            size = choose_tile_size(grid.rows, grid.cols, radius, budget, need)
            plan = plan_tiles(grid.rows, grid.cols, size, radius)
            self.items += [(guilds, tile) for tile in plan]
        self.cover = plan      # one group's tiles: all cells once
        self.cluster, self.reader, self.beside = cluster, reader, beside
        self.job = (landuse_path, tables, grid.pixel_size, food_threshold)

    def codes(self):
        """The sorted codes of the valid cells, to check before any output is written."""
        return codes_in_tiles(self.reader, self.cover)

    def run_tasks(self, write, feedback=None):
        """``write(tile, masks, counts)`` for each task's season masks (species -> the masks
        of the tile) and summary, as they come back."""
        items = self.items

        def take(n, result):
            saved, counts = result
            write(items[n][1], dict(load_layers(saved)), counts)
        with scratch_folder(self.beside) as folder:
            self.cluster.map(_gaps_task, items, feedback,
                             [tile.cells * len(guilds) for guilds, tile in items],
                             shared=[self.job + (folder,)], take=take)
