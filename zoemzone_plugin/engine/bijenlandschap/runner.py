"""The Bijenlandschap rules (bijenlandschap/model.py) from files to files, whole or in strips of
whole rows: the index sources (IndexRasters, LanduseIndices), the memory model that picks
the route, and the writing of the gap raster, the B&B areas and the landscape elements.
"""
import os
import tempfile
from contextlib import nullcontext

import numpy as np
from osgeo import gdal

from .model import (_RULE, ALL_GUILDS, NO_ELEMENT, BijenlandschapResult, RuleResult,
                    _check_names, _check_parameters, _refuse_empty, _Rules,
                    _strip_layer, _Tally, _traced_areas, _write_areas, bijenlandschap,
                    bnb_polygons)
from ..network.distance import StripDistances, box_sum
from ..errors import InputError
from ..io.gdalio import BandWriter, RasterReader, check_aligned, landuse_reader
from ..io.outputs import Outputs
from ..network.patches import TiledLabels, label
from ..pollination.model import CodeIndex, flowers_per_code, nesting_per_code
from ..progress import NullFeedback
from .strip_layer import combine, layer_cells_for
from ..io.tiling import TileFeedback, budget_bytes, choose_strip_height, for_each_tile, plan_strips
from ..io.vectorio import vector_target


def _stage(feedback, start, share):
    """Feedback for a stage taking ``share`` % of the run from ``start`` %."""
    return TileFeedback(feedback, start, share, 100.0)


class IndexRasters:
    """The floral and nesting indices of two rasters with one band per guild (Habitat
    suitability's FLORAL_COVER and NESTING outputs), read whole or a window at a time. A cell is
    valid where every band has data."""

    def __init__(self, floral_path, nesting_path):
        floral, nesting = RasterReader(floral_path), RasterReader(nesting_path)
        self.grid = floral.grid
        self.floral = [floral] + [RasterReader(floral_path, b)
                                  for b in range(2, floral.ds.RasterCount + 1)]
        self.nesting = [nesting] + [RasterReader(nesting_path, b)
                                    for b in range(2, nesting.ds.RasterCount + 1)]
        try:
            check_aligned(self.grid, nesting.grid, floral_path, nesting_path)
        except InputError:
            self.close()
            raise

    def read(self, xoff=0, yoff=0, xsize=None, ysize=None):
        """((floral bands, nesting bands), valid) of a window (as RasterReader.read)."""
        layers, valid = [], None
        for readers in (self.floral, self.nesting):
            bands = []
            for reader in readers:
                array, band_valid = reader.read(xoff, yoff, xsize, ysize)
                bands.append(array)
                valid = band_valid if valid is None else valid & band_valid
            layers.append(bands)
        return tuple(layers), valid

    def check(self):
        """Nothing to check beyond what every read checks."""

    def close(self):
        for reader in self.floral + self.nesting:
            reader.close()


class LanduseIndices:
    """Each cell's own floral and nesting index per guild, from land use and the tables.

    The codes the tables lack are refused by :meth:`check` once every cell has been read
    (the codes are gathered as windows are read), naming them all as an untiled read does."""

    def __init__(self, landuse_path, tables, feedback=None):
        self.reader = landuse_reader(landuse_path, tables.biophysical.codes, feedback)
        self.grid = self.reader.grid
        self.tables = tables
        self.floral = [sum(flowers_per_code(tables, g, j) for j in tables.seasons)
                       for g in tables.guilds]
        self.nesting = [nesting_per_code(tables, g) for g in tables.guilds]
        self._present = set()

    def read(self, xoff=0, yoff=0, xsize=None, ysize=None):
        landuse, valid = self.reader.read(xoff, yoff, xsize, ysize)
        if self._present is not None:
            self._present.update(np.unique(landuse[valid]).tolist())
        index = CodeIndex(landuse, valid, self.tables.biophysical.codes)
        return ([index.values(f) for f in self.floral],
                [index.values(n) for n in self.nesting]), valid

    def check(self):
        present, self._present = self._present, None
        self.tables.check_codes(np.array(sorted(present)))

    def close(self):
        self.reader.close()


# Peak memory of the rules on a raster (or a strip's window) with G guilds: BYTES_PER_CELL +
# G x BYTES_PER_GUILD_CELL per cell. Measured with tracemalloc (numpy's allocations) on the
# untiled run, outputs included (the elements raster too), at 400 x 500 and 700 x 600 cells
# with 1, 2 and 4 guilds: 125 + 17.2 (G - 1) B/cell, here rounded up (plus 1 B for GDAL's
# band of the B&B polygons). Per cell: the indices read (8 B per guild), the masks and window
# counts, the capped and the full distance transform (float64 squared distances, results and
# the envelope's stacks), the flowering patches' labels and each guild's kept layers (bnb,
# gap, stones, near, elements). A strip's window keeps no guild's layers beyond its own
# turn, but holds its strips, bridges and tankstations while the B&B layers are computed:
# 113 B per window cell with one guild (4000 x 100 cells in strips of 87 + 2 x 10 rows) on
# top of the labels and stone rows kept across strips, so the constant leaves room for those.
BYTES_PER_CELL = 128
BYTES_PER_GUILD_CELL = 18


def window_bytes(rows, cols, guilds):
    """Peak memory of the rules (and their outputs) on a rows x cols window."""
    return (BYTES_PER_CELL + BYTES_PER_GUILD_CELL * guilds) * rows * cols


def bijenlandschap_to_files(source, names, gaps_path, areas_path, flower_threshold,
                            nest_threshold, window_m=_RULE("window"),
                            min_flower_share=_RULE("min_flower_share"),
                            max_nest_food_m=_RULE("max_nest_food_distance"),
                            stone_area_m2=_RULE("stepping_stone_area") * 10000.0,
                            stone_spacing_m=_RULE("stepping_stone_spacing"),
                            min_strip_width_m=_RULE("min_strip_width"),
                            max_strip_gap_m=_RULE("max_strip_gap"), elements_path=None,
                            feedback=None, memory_budget_mb=None, outputs=None,
                            strip_features=None):
    """The rules (:func:`bijenlandschap`) on a source of floral and nesting indices
    (:class:`IndexRasters` or :class:`LanduseIndices`), written as the gap raster (one band
    per name, then ALL_GUILDS; the raster's diagonal where there is no stone at all), the
    B&B areas (:func:`bnb_polygons`) and, with ``elements_path``, the landscape elements
    (bands as the gap raster's). Returns the :class:`BijenlandschapResult` for the
    summary (its arrays are None when the run was tiled). The two files are put in place
    when written or, with ``outputs`` (an outputs.Outputs), with the caller's other outputs
    (the summary). ``strip_features``: the strip layer, as for :func:`bijenlandschap`.

    A raster whose run would need more than ``memory_budget_mb`` (MiB; default 40 % of
    physical memory) is computed in strips of whole rows with identical results:

    - B&B: a strip is read with ``halo`` rows above and below: half a window for the window
      counts, plus the nest-food distance for the nest sites near food they count, so the
      strip's cells see every cell the untiled run would let them see;
    - stepping stones are patches of any size, so they are labelled strip by strip and
      joined across the strips' borders (:class:`.patches.TiledLabels`) before the area rule
      picks the stones, and all guilds' stones are counted the same way;
    - the distances to the nearest stone have no limit, so each strip's distance transform
      takes, per column, the nearest stone row above and below it from a scan of all strips
      (:class:`.distance.StripDistances`): the untiled transform's own numbers;
    - tankstations are flowering patches of any size, labelled and joined as the stones are;
      strips and their bridges need the flowering cells within the opening and the bridge
      radius, which the halo holds too.
    """
    feedback = feedback or NullFeedback()
    _check_parameters(flower_threshold, nest_threshold, window_m, min_flower_share,
                      max_nest_food_m, stone_area_m2, stone_spacing_m, min_strip_width_m,
                      max_strip_gap_m)
    grid = source.grid
    names = _check_names(names, len(source.floral), len(source.nesting))
    rules = _Rules(grid, flower_threshold, nest_threshold, window_m, min_flower_share,
                   max_nest_food_m, stone_area_m2, stone_spacing_m, min_strip_width_m,
                   max_strip_gap_m)
    budget = budget_bytes(memory_budget_mb)
    guilds = len(names)
    diagonal = np.float32(np.hypot(grid.cols, grid.rows) * grid.pixel_size)
    bands = names + [ALL_GUILDS]
    with Outputs() if outputs is None else nullcontext(outputs) as outputs:
        if window_bytes(grid.rows, grid.cols, guilds) <= budget:
            (floral, nesting), valid = source.read()
            source.check()
            result = bijenlandschap(floral, nesting, valid, grid, names, flower_threshold,
                                    nest_threshold, window_m, min_flower_share,
                                    max_nest_food_m, stone_area_m2, stone_spacing_m,
                                    min_strip_width_m, max_strip_gap_m,
                                    _stage(feedback, 0, 80), strip_features)
            del floral, nesting, valid
            writer = outputs.add(BandWriter(gaps_path, grid, bands, GAPS_DESCRIPTION,
                                            product=GAPS_PRODUCT))
            elements = _elements_writer(outputs, elements_path, grid, bands)
            for name, rule in result.items():
                writer.write(name, _gap_band(rule.gap, diagonal))
                if elements is not None:
                    elements.write(name, rule.elements)
            bnb_polygons(result, grid, vector_target(outputs, areas_path),
                         feedback=_stage(feedback, 80, 20))
            return result

        def strip_bytes(rows, cols):
            # the window, and the stone rows the distance transforms keep per strip and column
            strips = -(-grid.rows // max(rows - 2 * rules.halo, 1))
            return window_bytes(rows, cols, guilds) + 4 * (guilds + 1) * cols * strips
        height = choose_strip_height(grid.rows, grid.cols, rules.halo, budget, strip_bytes)
        return _run_strips(source, names, rules, height, diagonal, gaps_path, areas_path,
                           elements_path, outputs, feedback,
                           _strip_layer(strip_features, min_strip_width_m, max_strip_gap_m))


GAPS_DESCRIPTION = "Zoem Zone stepping-stone gaps"
GAPS_PRODUCT = "stepping_stone_gaps"     # gdalio.PRODUCT_KEY of the gap raster
ELEMENTS_DESCRIPTION = "Zoem Zone Bijenlandschap elements"
ELEMENTS_PRODUCT = "bijenlandschap_elements"    # gdalio.PRODUCT_KEY of the elements raster


def _elements_writer(outputs, path, grid, bands):
    """The BandWriter of the landscape elements raster, or None when it is not asked for."""
    if not path:
        return None
    return outputs.add(BandWriter(path, grid, bands, ELEMENTS_DESCRIPTION,
                                  data_type=gdal.GDT_Byte, nodata=NO_ELEMENT,
                                  product=ELEMENTS_PRODUCT))


def _gap_band(gap, diagonal):
    """A gap layer as written: the raster's diagonal stands for 'no stone at all'."""
    return np.where(np.isinf(gap), diagonal, gap).astype(np.float32)


def _label_patches(source, names, rules, cores, feedback):
    """The first pass of :func:`_run_strips`: label each guild's stone candidates and
    flowering patches strip by strip, join them across the strips and check the input.

    A function of its own so that the joined labellings (:class:`.patches.TiledLabels`, the
    largest things the pass holds) go when it returns, before the strips are computed; only
    the per-label lookups the later passes need are returned: (valid cells, per guild the
    strips' stone label offsets, whether each provisional label is a stone, the stone counts,
    the flowering patches' label offsets, their roots and whether each is small enough for a
    tankstation)."""
    candidates = [TiledLabels(source.grid.cols, eight_connected=True) for _ in names]
    flower_patches = [TiledLabels(source.grid.cols, eight_connected=True) for _ in names]
    # per guild and strip row: the offset of the strip's provisional labels, kept so that the
    # labellings themselves can go once their patches are known
    stone_offsets, flower_offsets = [{} for _ in names], [{} for _ in names]
    valid_cells = 0

    def label_candidates(tile, layers, valid, tile_feedback):
        nonlocal valid_cells
        valid_cells += int(np.count_nonzero(valid))
        for g, (flowers, nests) in enumerate(zip(*layers)):
            flowering, nest = rules.masks(flowers, nests, valid)
            stone_offsets[g][tile.row] = candidates[g].add(tile, flowering | nest)[1]
            flower_offsets[g][tile.row] = flower_patches[g].add(tile, flowering)[1]
    for_each_tile(source, cores, label_candidates, _stage(feedback, 0, 20))
    source.check()
    if not valid_cells:
        _refuse_empty()
    # per guild, per provisional label: is its whole patch a stone
    is_stone, stone_counts = [], []
    for labels in candidates:
        roots = labels.roots()
        cells = np.bincount(roots[1:], weights=labels.cells, minlength=labels.count + 1)
        stone = (roots == np.arange(labels.count + 1)) & rules.stones(cells)
        stone[0] = False
        stone_counts.append(int(np.count_nonzero(stone)))
        is_stone.append(stone[roots])
    # per guild, per provisional label of a flowering patch: its root, and whether the whole
    # patch is small enough for a tankstation
    flower_roots, is_small = [], []
    for labels in flower_patches:
        roots = labels.roots()
        cells = np.bincount(roots[1:], weights=labels.cells, minlength=labels.count + 1)
        flower_roots.append(roots.astype(np.int32) if labels.count < 2 ** 31 else roots)
        is_small.append(rules.small(cells)[roots])
    return (valid_cells, stone_offsets, is_stone, stone_counts, flower_offsets, flower_roots,
            is_small)


def _run_strips(source, names, rules, height, diagonal, gaps_path, areas_path, elements_path,
                outputs, feedback, strip_layer=None):
    """The tiled run, in three passes over strips of whole rows (see bijenlandschap_to_files):
    label the stone candidates and the flowering patches, join them and pick the stones and
    the patches small enough for a tankstation; scan the stones for the distance transforms
    and count all guilds' stones; compute and write the strips with their halo. Nothing is
    written before the first two passes have checked the input."""
    grid = source.grid
    cores = plan_strips(grid.rows, grid.cols, height, 0)
    bands = names + [ALL_GUILDS]
    (valid_cells, stone_offsets, is_stone, stone_counts, flower_offsets, flower_roots,
     is_small) = _label_patches(source, names, rules, cores, feedback)

    def stones_of(tile, layers, valid, crop=(slice(None), slice(None))):
        """Per guild the stone cells of the tile (``crop`` of the window read)."""
        out = []
        for g, (flowers, nests) in enumerate(zip(*layers)):
            own, count = label(np.logical_or(*rules.masks(flowers[crop], nests[crop],
                                                          valid[crop])), eight_connected=True)
            offset = stone_offsets[g][tile.row]
            lookup = is_stone[g][offset:offset + count + 1].copy()
            lookup[0] = False
            out.append(lookup[own])
        return out

    all_stones = TiledLabels(grid.cols, eight_connected=True)
    distances = [StripDistances(grid.cols, rules.cell) for _ in bands]

    def scan_stones(tile, layers, valid, tile_feedback):
        stones = stones_of(tile, layers, valid)
        stones.append(np.logical_or.reduce(stones))
        all_stones.add(tile, stones[-1])
        for transform, mask in zip(distances, stones):
            transform.scan(tile.row, mask)
    for_each_tile(source, cores, scan_stones, _stage(feedback, 20, 20))
    roots = all_stones.roots()
    stone_counts.append(int(np.count_nonzero(roots[1:] == np.arange(1, all_stones.count + 1))))
    del roots

    tallies = [_Tally() for _ in bands]
    tankstation_roots = [[] for _ in names]     # per guild, the tankstations met per strip
    all_tankstations = TiledLabels(grid.cols, eight_connected=True)
    with tempfile.TemporaryDirectory(prefix="zoemzone_bnb_") as scratch:
        bnb_path = os.path.join(scratch, "bnb.tif")
        gaps = outputs.add(BandWriter(gaps_path, grid, bands, GAPS_DESCRIPTION,
                                      product=GAPS_PRODUCT))
        elements = _elements_writer(outputs, elements_path, grid, bands)
        bnb_raster = BandWriter(bnb_path, grid, bands, data_type=gdal.GDT_Byte, nodata=0)

        def finish(g, row, valid, bnb, near, nest, stones, strips, bridges, tankstations):
            """Band g of the strip at ``row``: its gaps, figures and outputs."""
            gap = rules.gap(distances[g].distances(row, stones), valid)
            tallies[g].add(bnb, gap, stones, near, nest)
            tallies[g].add_elements(strips, bridges, tankstations)
            gaps.write_window(bands[g], _gap_band(gap, diagonal), 0, row)
            bnb_raster.write_window(bands[g], bnb.view(np.uint8), 0, row)
            if elements is not None:
                elements.write_window(bands[g], rules.elements(
                    stones, tankstations, strips | bridges, valid), 0, row)

        def tankstations_of(g, tile, flowering, stones):
            """The tankstation cells of guild g in the tile (``flowering`` its cells)."""
            own, count = label(flowering, eight_connected=True)
            offset = flower_offsets[g][tile.row]
            small = is_small[g][offset:offset + count + 1].copy()
            small[0] = False        # own label 0 is no patch (offset is the last tile's)
            cells = small[own] & ~stones
            tankstation_roots[g].append(np.unique(flower_roots[g][offset + own[cells]]))
            return cells

        def compute(tile, layers, window_valid, tile_feedback):
            crop = tile.crop
            per_window = box_sum(window_valid, rules.window)
            valid = window_valid[crop]
            stones = stones_of(tile, layers, window_valid, crop)
            all_bnb, all_near, all_nest = valid.copy(), np.zeros_like(valid), np.zeros_like(valid)
            all_strips = np.zeros_like(window_valid)
            all_tanks = np.zeros_like(valid)
            layer_cells = layer_cells_for(strip_layer, grid, tile.row, tile.rows)
            for g, (flowers, nests) in enumerate(zip(*layers)):
                flowering, nest = rules.masks(flowers, nests, window_valid)
                # the bridges' distance transform before the B&B layers exist: a lower peak
                strips = rules.strips(flowering)
                bridges = rules.bridges(strips, window_valid)[crop]
                all_strips |= strips
                strips, bridges = combine(layer_cells, strips[crop], bridges, valid)
                bnb, near = rules.bnb(flowering, nest, window_valid, per_window)
                bnb, near, nest = bnb[crop], near[crop], nest[crop]
                tanks = tankstations_of(g, tile, flowering[crop], stones[g])
                del flowering
                finish(g, tile.row, valid, bnb, near, nest, stones[g], strips, bridges, tanks)
                all_bnb &= bnb
                all_near |= near
                all_nest |= nest
                all_tanks |= tanks
            all_stones = np.logical_or.reduce(stones)
            all_tanks &= ~all_stones
            all_tankstations.add(tile, all_tanks)
            finish(len(names), tile.row, valid, all_bnb, all_near, all_nest, all_stones,
                   *combine(layer_cells, all_strips[crop],
                            rules.bridges(all_strips, window_valid)[crop], valid), all_tanks)
        try:
            for_each_tile(source, plan_strips(grid.rows, grid.cols, height, rules.halo),
                          compute, _stage(feedback, 40, 45))
        finally:
            bnb_raster.close()
        ds = gdal.Open(bnb_path)
        try:
            areas = [area for g, name in enumerate(bands)
                     for area in _traced_areas(name, ds.GetRasterBand(g + 1))]
        finally:
            ds = None
        _write_areas(areas, grid, vector_target(outputs, areas_path), "bnb_areas",
                     _stage(feedback, 85, 15))
    valid_ha = valid_cells * rules.cell_ha
    roots = all_tankstations.roots()
    tankstation_counts = [np.unique(np.concatenate(met)).size for met in tankstation_roots] + [
        int(np.count_nonzero(roots[1:] == np.arange(1, all_tankstations.count + 1)))]
    return BijenlandschapResult(
        [(name, RuleResult(name, None, None, None, count, None,
                           tally.figures(valid_cells, rules.cell_ha, count, tanks)))
         for name, tally, count, tanks in zip(bands, tallies, stone_counts, tankstation_counts)],
        rules.settings, valid_ha, None if strip_layer is None else strip_layer.figures)
