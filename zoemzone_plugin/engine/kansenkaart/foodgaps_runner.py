"""Seasonal food gaps from a land-use file to its rasters: in windows in this process, or as
Dask tasks (foodgaps_cluster.py), whichever the raster and the memory budget call for."""
import numpy as np
from osgeo import gdal

from .foodgaps import (GAP_NODATA, SEASONS_KEY, SEASONS_PRODUCT, check_seasons,
                       check_threshold, gap_counts, season_gaps, window_bytes)
from .foodgaps_cluster import ClusterWindows
from ..io.gdalio import BandWriter, landuse_reader
from ..io.outputs import Outputs
from ..pollination.outputs import kernel_radius
from ..tile_tasks import cluster_for
from ..io.tiling import WindowPlan, budget_bytes


def food_gaps_to_file(landuse_path, tables, food_threshold, out_path, feedback=None,
                      description="", memory_budget_mb=None, seasons_path=None, cluster=None):
    """Seasonal food gaps of a land-use raster, one Int16 band per guild in ``out_path``
    (the number of gap seasons) and, with ``seasons_path``, in that file (which seasons, the
    masks of season_gaps, tagged SEASONS_PRODUCT with the season of each bit in its
    SEASONS_KEY item, comma-separated in table order).

    Returns ``(grid, nest_cells, summary)``: nest_cells maps species -> number of cells where
    the guild can nest, summary is that of seasonal_food_gaps for the whole raster.

    A raster whose run would need more than ``memory_budget_mb`` (MiB; default 40 % of
    physical memory) is computed in tiles with a halo of the largest kernel's radius
    R = floor(5 alpha) cells: the food at a cell is a kernel mean over the cells within R of
    it (the kernel is cut off beyond 5 alpha), which the tile's window holds or, beyond the
    raster's edge, lacks in the untiled run too; nest sites and gap counts are per cell. The
    means differ from the untiled ones by FFT round-off only (about 1e-16), so the gaps and
    counts are the untiled ones unless a mean lies that close to the threshold less
    TOLERANCE, where the untiled run's own answer is round-off too. With a ``cluster``
    (engine/cluster.py) the tiles are its tasks (foodgaps_cluster.py), each within its
    worker's share of the budget.
    """
    check_threshold(food_threshold)
    check_seasons(tables.seasons)
    reader = landuse_reader(landuse_path, tables.biophysical.codes, feedback)
    try:
        grid = reader.grid
        radius = kernel_radius(tables, grid.pixel_size)
        guilds = len(tables.guilds)

        def need(rows, cols):
            return window_bytes(rows, cols, radius, guilds)
        # The workers' own tiles are per kernel group (foodgaps_cluster), larger than these
        # for all guilds at the widest kernel, which cluster_for weighs as this process
        # computes them: Limburg on local:2 at 5 m then stays here (185 %; 269 s on the
        # workers against 234 s here) and at 10 m goes to the workers (29 s against 32 s).
        cluster = cluster_for(cluster, grid.rows, grid.cols, radius,
                              budget_bytes(memory_budget_mb), need, feedback)
        if cluster is None:
            windows = WindowPlan(reader, radius, need, memory_budget_mb)
        else:
            windows = ClusterWindows(cluster, reader, window_bytes, landuse_path, tables,
                                     food_threshold, out_path)
        tables.check_codes(windows.codes())
        nest_cells = {g.species: 0 for g in tables.guilds}
        summary = {}

        def write(tile, masks, counts):
            """A tile's season masks (of the tile, without halo) and its summary."""
            for species, part in masks.items():
                writer.write_window(species, gap_counts(part, len(tables.seasons)),
                                    tile.col, tile.row)
                if seasons_writer is not None:
                    seasons_writer.write_window(species, part, tile.col, tile.row)
                nest_cells[species] += int(np.count_nonzero(part != GAP_NODATA))
            for key, cells in counts.items():
                summary[key] = summary.get(key, 0) + cells

        def compute(tile, landuse, valid, tile_feedback):
            masks, counts = season_gaps(landuse, valid, grid.pixel_size, tables,
                                        food_threshold, tile_feedback, tile.crop)
            write(tile, {species: mask[tile.crop] for species, mask in masks.items()}, counts)
        with Outputs() as outputs:
            writer = outputs.add(BandWriter(out_path, grid, list(nest_cells), description,
                                            data_type=gdal.GDT_Int16, nodata=GAP_NODATA,
                                            product="food_gaps"))
            seasons_writer = None
            if seasons_path:
                seasons_writer = outputs.add(BandWriter(
                    seasons_path, grid, list(nest_cells), description,
                    data_type=gdal.GDT_Int16, nodata=GAP_NODATA, product=SEASONS_PRODUCT,
                    metadata={SEASONS_KEY: ",".join(tables.seasons)}))
            if cluster is None:
                windows.run(compute, feedback)
            else:
                windows.run_tasks(write, feedback)
    finally:
        reader.close()
    # in season_gaps' order, whatever order the tiles or the cluster's tasks came in
    order = [(g.species, j) for g in tables.guilds for j in tables.seasons]
    return grid, nest_cells, {key: summary[key] for key in order if key in summary}
