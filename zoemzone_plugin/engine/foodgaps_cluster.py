"""Seasonal food gaps' tiles as Dask tasks (see cluster.py and tile_tasks.py).

One pass, as the in-process tiled run (foodgaps.food_gaps_to_file): each tile with a halo of
the widest kernel's radius, on which its season masks are exact. A task reads its window,
computes the masks and returns those of its tile (through the scratch folder) with its part
of the summary; this process writes the gap counts and masks and adds up the summaries,
integers whose sums do not depend on the order in which the tiles come back.
"""
from .foodgaps import season_gaps
from .tile_tasks import (TaskFeedback, load_layers, read_window, save_layers, scratch_folder,
                         tile_size)
from .tiling import codes_in_tiles, plan_tiles


def _gaps_task(job, tile, stop):
    landuse_path, tables, pixel_size, food_threshold, folder = job
    landuse, valid = read_window(landuse_path, tables.biophysical.codes, tile)
    masks, counts = season_gaps(landuse, valid, pixel_size, tables, food_threshold,
                                TaskFeedback(stop), tile.crop)
    del landuse, valid
    return save_layers(folder, "gaps", tile, [(species, mask[tile.crop])
                                              for species, mask in masks.items()]), counts


class ClusterWindows:
    """foodgaps' windows as tasks on a cluster: tiles with ``halo`` sized for a worker's
    share of the budget (``window_bytes(rows, cols)`` on one window), the scratch folder
    beside the output ``beside``."""

    def __init__(self, cluster, reader, halo, window_bytes, landuse_path, tables,
                 food_threshold, beside):
        grid = reader.grid
        size = tile_size(grid.rows, grid.cols, halo, cluster.workers,
                         cluster.worker_budget_mb, window_bytes)
        self.plan = plan_tiles(grid.rows, grid.cols, size, halo)
        self.cluster, self.reader, self.beside = cluster, reader, beside
        self.job = (landuse_path, tables, grid.pixel_size, food_threshold)

    def codes(self):
        """The sorted codes of the valid cells, to check before any output is written."""
        return codes_in_tiles(self.reader, self.plan)

    def run_tasks(self, write, feedback=None):
        """``write(tile, masks, counts)`` for each tile's season masks (species -> the masks
        of the tile) and summary, as they come back."""
        plan = self.plan

        def take(n, result):
            saved, counts = result
            write(plan[n], dict(load_layers(saved)), counts)
        with scratch_folder(self.beside) as folder:
            self.cluster.map(_gaps_task, plan, feedback, [tile.cells for tile in plan],
                             shared=[self.job + (folder,)], take=take)
