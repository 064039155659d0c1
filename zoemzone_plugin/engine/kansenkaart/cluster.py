"""The kansenkaart's kernel passes as Dask tasks (see cluster.py and kansenkaart.runner).

A tiled kansenkaart makes two passes with a kernel halo, supply and gains, which hold nearly
all of its work; each tile of them is a task here. A task reads its window of the land use
(and of the available land and parcels) and, in the gain pass, of the layers the supply pass
left in the run's folder beside the outputs; it computes the pass's layers of its tile with
the in-process run's own code (kansenkaart.passes.KernelPasses) and returns them through the
scratch folder with its tile's global figures. This process writes the layers as they come
back and adds the figures up in tile order, so a run's sums do not depend on which worker
finished first.

What must be global stays in this process, after the distributed passes, exactly as in the
in-process tiled run: the scales (the maxima of |gain| and YR over all tiles, gathered by
the gain pass's tasks), the median supply of today's habitat (exact order statistics of the
histograms the supply pass's tasks return, then a second read of the kept supply), the
network term (kansenkaart.gain, on the whole raster's patches), and the per-cell passes that
need those: the best measure with the global scales, then the priority classes at breaks
selected exactly from all scores. These passes read and write each cell once, without
kernels, a small part of the run's time.
"""
from ..cluster import TaskFeedback
from ..io.gdalio import RasterReader
from .passes import KernelPasses, LayerFiles, _IdRasters
from ..tile_tasks import load_layers, read_window, save_layers


class _TaskLayers(LayerFiles):
    """A task's layers: the finished ones read from the run's folder, what its pass writes
    kept for save_layers."""

    def __init__(self, files):
        super().__init__(files)
        self.written = []

    def write(self, name, array, tile):
        self.written.append((name, array))


def _pass_task(job, tile, stop):
    model, name, (landuse_path, id_paths), files, folder = job
    readers = {key: RasterReader(path) for key, path in id_paths.items()}
    try:
        passes = KernelPasses(model, _IdRasters(readers), _TaskLayers(files))
        landuse, valid = read_window(landuse_path, passes.codes, tile)
        getattr(passes, name)(tile, landuse, valid, TaskFeedback(stop))
    finally:
        for reader in readers.values():
            reader.close()
    return save_layers(folder, name, tile, passes.layers.written), passes.figures()


def run_pass(run, plan, name, feedback):
    """The kernel pass ``name`` of the _TiledRun ``run`` on its cluster, tile by tile of
    ``plan``: the layers written into the run's, its figures added to the run's."""
    figures = [None] * len(plan)

    def take(n, result):
        saved, figures[n] = result
        for key, array in load_layers(saved):
            run.layers.write(key, array, plan[n])
    run.cluster.map(_pass_task, plan, feedback, [tile.cells for tile in plan],
                    shared=[(run.model, name, run.inputs, dict(run.layers.files), run.folder)],
                    take=take)
    for tile_figures in figures:
        run.add_figures(tile_figures)
