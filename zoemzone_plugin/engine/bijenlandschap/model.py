"""The Bijenlandschap rules (WENR + Brabants Landschap): where the landscape meets them, per
guild and for all guilds together.

The rules (method.md §4) are checked on each cell's own per-guild floral and nesting indices
(Habitat suitability's FLORAL_COVER and NESTING outputs, or land use with its tables: the same
numbers), made binary with two thresholds: a cell *flowers* for a guild where its floral
index is at least ``flower_threshold``, and is a *nest site* where its nesting index is at least
``nest_threshold`` (a value exactly at a threshold counts).

Bed & Breakfast (B&B) area: "within 1 km² at least 10 % flowering bee plants plus nest sites,
nest and food no more than 500 m apart". Read per cell, over the window of about
``window_m`` x ``window_m`` centred on it: the flowering cells make up at least
``min_flower_share`` of the window's valid cells, and the window holds at least one nest site
within ``max_nest_food_m`` (Euclidean, centre to centre) of a flowering cell. That flowering
cell may lie outside the window: bees do not stop at its edge. The window is an odd number of
cells (centred), the odd number nearest to ``window_m`` / cell size (101 cells for 1,000 m at
10 m); cells outside the raster or with nodata are unknown, so the share is over the valid
cells the window holds rather than diluted towards the edge of the municipality.

Stepping stones: "at least 0.5 ha every 1 km". A stepping stone is a patch of habitat
(flowering or nest site, cells touching at a side or a corner) of at least ``stone_area_m2``.
"At least every 1 km" is read as cover: stones 1 km apart leave no place farther than 500 m
(midway) from one, so a cell is in a *gap* where its distance to the nearest stone exceeds
``stone_spacing_m`` / 2, and the gap raster holds that distance there (how far the place lies
from the network) and 0 elsewhere. This is somewhat stricter than a pairwise spacing: beside
the line between two stones 1 km apart a place can be more than 500 m from both. Stones beyond
the raster are unknown, so gaps along its edge may be overstated; run on an area somewhat
larger than the municipality where that matters.

Connecting landscape: "flower-rich strips at least 3 m wide, gaps no longer than 100 m". On the
raster route a *strip* is flowering ground at least ``min_strip_width_m`` wide: every flowering
cell when the cells are at least that wide, else the flowering cells that an opening with a
square of the width (rounded up to an odd number of cells) keeps. A valid cell that is no strip
but lies within half of ``max_strip_gap_m`` of one (centre to centre) *bridges* a gap: the
bridges from both sides of a gap meet, so strips and bridges form one network, exactly when
the gap (between the cells' edges along a row or column) is at most ``max_strip_gap_m``, counted
in whole cells: 100 m on cells of 5, 10 or 25 m; on other sizes up to one cell less. Across a
slant the gap is measured between cell centres and may be bridged up to about one cell longer.
On the data-rich route a strip layer (verges, field margins, hedges as vectors at their real
width, :mod:`.strip_layer`) adds its strips to the raster's: strips the cells cannot resolve.
Its strips are the cells they overlap, and its gaps are bridged by the cells within half of
``max_strip_gap_m`` of the strips' real geometry. A strip of the layer counts for every guild:
the layer maps flower-rich ground, not a guild's flowers.

Bij-tankstations: "small sites (gardens, small parks) between the above". A tankstation is a
patch of flowering cells (touching at a side or a corner) smaller than a stepping stone and not
part of one: the small places to refuel between the B&B areas and stepping stones.

The landscape elements raster holds per cell, per guild and for all guilds, the element it
belongs to: stepping stone (1), tankstation (2), connecting landscape outside those (3: the
bridged gaps, and the strip layer's strips where they are neither); 0 elsewhere. Every
flowering patch is a stone, part of one or a tankstation, so the raster's strips are not a
class of their own: they are the flowering cells of those (at least the strip width wide)
that the bridges join, and the figures give the strips' area on its own.

"As a whole" (``ALL_GUILDS``): a cell is B&B area when the B&B rule holds there for every
guild - the landscape serves the bee community, not only its most modest member - while the
stepping-stone network is the union of all guilds' stones (a stone of any guild is a stone of
the community) and gaps are measured to it. Nest sites near food, strips and their bridges are
likewise the union; the tankstations are those of any guild outside all guilds' stones.

Rasters larger than the memory budget are computed in strips of whole rows with the results
of the untiled run (:func:`.bijenlandschap_runner.bijenlandschap_to_files`): the window rules
with a halo of rows, the stepping stones and tankstations (patches of any size) and the
distances to the stones (of any length) by schemes that are exact across the strips' borders.
"""
import html
import math
from functools import partial

import numpy as np
from osgeo import gdal, ogr

from .. import defaults
from ..network.distance import RADIUS_TOLERANCE, box_sum, edt, within_distance
from ..errors import Cancelled, InputError, Phrase
from ..network.patches import habitat_patches, label, large_enough
from ..io.outputs import Outputs
from ..progress import NullFeedback
from .strip_layer import StripLayer, combine, layer_cells_for
from ..io.vectorio import open_for_writing, vector_target

gdal.UseExceptions()
ogr.UseExceptions()

ALL_GUILDS = "all guilds"
# a rule's default: resources/defaults/bijenlandschap.csv
_RULE = partial(defaults.value, "bijenlandschap")
# Window shares are ratios of cell counts; one that equals the minimum up to the rounding of
# the minimum itself (0.1 has no exact binary form) meets it.
SHARE_TOLERANCE = 1e-9
# Relative tolerance on the half spacing: a cell exactly 500 m from a stone is not in a gap
# even when its distance carries rounding noise.
DISTANCE_TOLERANCE = 1e-9
# The landscape elements raster: each cell's element (see above)
STONE, TANKSTATION, BRIDGE = 1, 2, 3
NO_ELEMENT = 255        # the elements raster's nodata (invalid cells)


class RuleResult:
    """The Bijenlandschap rules for one guild, or for all guilds (``name == ALL_GUILDS``).

    Arrays (rows x cols): ``bnb`` (bool, the B&B rule holds), ``gap`` (float32: distance in
    map units to the nearest stepping stone where it exceeds half the spacing, 0 elsewhere,
    +inf everywhere when there is no stone, NaN at invalid cells), ``stones`` (bool, cells of
    stepping stones), ``nest_near_food`` (bool, nest sites within the nest-food distance of a
    flowering cell), ``elements`` (uint8, the landscape elements: STONE, TANKSTATION, BRIDGE
    or 0, NO_ELEMENT at invalid cells). ``stone_count``: number of stepping stones.
    ``figures``: the summary numbers (see :func:`bijenlandschap`).
    """

    def __init__(self, name, bnb, gap, stones, stone_count, nest_near_food, figures,
                 elements=None):
        self.name = name
        self.bnb = bnb
        self.gap = gap
        self.stones = stones
        self.stone_count = stone_count
        self.nest_near_food = nest_near_food
        self.figures = figures
        self.elements = elements


class BijenlandschapResult(dict):
    """name -> :class:`RuleResult`, the guilds in their order, then ``ALL_GUILDS``.

    ``settings`` holds the parameters used (with ``window_cells``, the window's odd size in
    cells as (rows, cols)); ``valid_ha`` the valid (mapped) area; ``strip_layer`` the
    figures of the strip layer (:class:`.strip_layer.StripLayer`) when one was given.
    """

    def __init__(self, items, settings, valid_ha, strip_layer=None):
        super().__init__(items)
        self.settings = settings
        self.valid_ha = valid_ha
        self.strip_layer = strip_layer


def _finite(value):
    try:
        return value is not None and math.isfinite(value)
    except TypeError:
        return False


def _check_index_threshold(value, what):
    if not _finite(value) or not 0 < value <= 1:
        raise InputError(
            "The {what} threshold is {value}; use a value above 0 and at most 1 (Habitat "
            "suitability gives its floral and nesting indices from 0 to 1).",
            what=what, value=value)


def _check_parameters(flower_threshold, nest_threshold, window_m, min_flower_share,
                      max_nest_food_m, stone_area_m2, stone_spacing_m, min_strip_width_m,
                      max_strip_gap_m):
    _check_index_threshold(flower_threshold, Phrase("flowering"))
    _check_index_threshold(nest_threshold, Phrase("nesting"))
    if not _finite(min_flower_share) or not 0 < min_flower_share <= 1:
        raise InputError(
            "The minimum flowering share is {value}; use a share above 0 and at most 1 "
            "(0.10 means 10 %).", value=min_flower_share)
    if not _finite(window_m) or window_m <= 0:
        raise InputError("The window size is {value} m; use a size above 0 (the rule's window "
                         "is 1 km², a window of 1000 m).", value=window_m)
    if not _finite(max_nest_food_m) or max_nest_food_m < 0:
        raise InputError("The largest distance between nest and food is {value} m; use a "
                         "distance of 0 m or more (the rule says 500 m).", value=max_nest_food_m)
    if not _finite(stone_area_m2) or stone_area_m2 < 0:
        raise InputError("The minimum stepping-stone area is {value} m²; use an area of 0 m² "
                         "or more (the rule says 0.5 ha, 5000 m²).", value=stone_area_m2)
    if not _finite(stone_spacing_m) or stone_spacing_m <= 0:
        raise InputError("The stepping-stone spacing is {value} m; use a distance above 0 m "
                         "(the rule says 1000 m).", value=stone_spacing_m)
    if not _finite(min_strip_width_m) or min_strip_width_m <= 0:
        raise InputError("The smallest width of a flower-rich strip is {value} m; use a width "
                         "above 0 m (the rule says 3 m).", value=min_strip_width_m)
    if not _finite(max_strip_gap_m) or max_strip_gap_m < 0:
        raise InputError("The largest gap between flower-rich strips is {value} m; use a "
                         "distance of 0 m or more (the rule says 100 m).", value=max_strip_gap_m)


def _check_names(names, floral_bands, nesting_bands):
    if len(names) == 0 or floral_bands == 0 or nesting_bands == 0:
        raise InputError("No guild to check: the floral and nesting rasters need at least one "
                         "band (one per guild).")
    if not floral_bands == nesting_bands == len(names):
        raise InputError(
            "The floral raster has {floral} bands and the nesting raster {nesting}, for "
            "{names} guild names; give both rasters one band per guild, in the same order "
            "(the Floral cover and Nesting habitat outputs of one Habitat suitability run).",
            floral=floral_bands, nesting=nesting_bands, names=len(names))
    names = [str(n) for n in names]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise InputError("The guild name '{name}' occurs more than once; give each guild its "
                         "own name.", name=twice[0])
    if ALL_GUILDS in names:
        raise InputError("A guild may not be called '{name}': that name is kept for the "
                         "result of all guilds together.", name=ALL_GUILDS)
    return names


def _check_layers(floral, nesting, valid, grid, names):
    names = _check_names(names, len(floral), len(nesting))
    shape = (grid.rows, grid.cols)
    if np.shape(valid) != shape:
        raise InputError("The valid mask has {shape} cells, the grid {grid}.",
                         shape=" x ".join(str(n) for n in np.shape(valid)),
                         grid="%d x %d" % shape)
    for kind, layers in ((Phrase("floral"), floral), (Phrase("nesting"), nesting)):
        for name, layer in zip(names, layers):
            if np.ndim(layer) != 2 or np.shape(layer) != shape:
                raise InputError(
                    "The {kind} band of guild '{guild}' has {shape} cells, the grid {grid}. "
                    "Align the floral and nesting rasters first (Raster › Align Rasters).",
                    kind=kind, guild=name, shape=" x ".join(str(n) for n in np.shape(layer)),
                    grid="%d x %d" % shape)
    return names


def strip_cells_for(width_m, height, width):
    """(rows, cols) of the square that a strip must hold: per side the cells needed for
    ``width_m``, rounded up to an odd number (1 when a cell is wide enough on its own)."""
    def side(cell):
        cells = int(math.ceil(width_m / cell - 1e-9))
        return cells + 1 - cells % 2
    return side(height), side(width)


def window_cells_for(window_m, height, width):
    """(rows, cols) of the window: per side the odd number of cells nearest to window_m / cell
    (ties, at even whole numbers, go up so the window covers at least ``window_m``)."""
    def side(cell):
        return 2 * int(math.floor(window_m / cell / 2.0 + 1e-9)) + 1
    return side(height), side(width)


class _Rules:
    """The rules' parameters on a grid (checked by the caller): what each window needs."""

    def __init__(self, grid, flower_threshold, nest_threshold, window_m, min_flower_share,
                 max_nest_food_m, stone_area_m2, stone_spacing_m, min_strip_width_m,
                 max_strip_gap_m):
        if grid.is_geographic():
            raise InputError(
                "The floral and nesting rasters are in a geographic CRS (degrees). The rules "
                "are in metres: reproject them to a projected CRS such as EPSG:28992 (RD New) "
                "first.")
        height, width = abs(grid.geotransform[5]), abs(grid.geotransform[1])
        self.window = window_cells_for(window_m, height, width)
        if min(self.window) < 3:
            raise InputError(
                "The window of {window} m spans only {cells} cells of {cell} m; it must span "
                "at least 3 cells. Use a larger window or a raster with smaller cells.",
                window=window_m, cells=min(self.window), cell=max(height, width))
        self.cell = (height, width)
        self.cell_area = height * width
        self.cell_ha = self.cell_area / 10000.0
        self.flower_threshold, self.nest_threshold = flower_threshold, nest_threshold
        self.min_flower_share, self.max_nest_food_m = min_flower_share, max_nest_food_m
        self.stone_area_m2 = stone_area_m2
        self.half_spacing = stone_spacing_m / 2.0 * (1.0 + DISTANCE_TOLERANCE)
        # a B&B cell needs the nest sites near food within half a window of it, and a nest
        # site near food the flowering cells within the nest-food distance (and its
        # tolerance) of it; twice the tolerance keeps the rounding of this quotient from
        # dropping a row that the distance transform's own rounding would count
        self.strip_window = strip_cells_for(min_strip_width_m, height, width)
        self.bridge_radius = max_strip_gap_m / 2.0
        # a bridge needs the strips within the bridge radius, a strip the flowering cells
        # within the opening's two half squares
        self.halo = max(
            self.window[0] // 2 + int(math.floor(
                max_nest_food_m / height * (1.0 + 2.0 * RADIUS_TOLERANCE))),
            2 * (self.strip_window[0] // 2) + int(math.floor(
                self.bridge_radius / height * (1.0 + 2.0 * RADIUS_TOLERANCE))))
        self.settings = {
            "flower_threshold": flower_threshold, "nest_threshold": nest_threshold,
            "window_m": window_m, "window_cells": self.window,
            "min_flower_share": min_flower_share, "max_nest_food_m": max_nest_food_m,
            "stone_area_m2": stone_area_m2, "stone_spacing_m": stone_spacing_m,
            "min_strip_width_m": min_strip_width_m, "max_strip_gap_m": max_strip_gap_m,
        }

    def masks(self, flowers, nests, valid):
        """(flowering, nest site) cells of one guild."""
        with np.errstate(invalid="ignore"):
            flowering = valid & np.isfinite(flowers) & (np.asarray(flowers)
                                                         >= self.flower_threshold)
            nest = valid & np.isfinite(nests) & (np.asarray(nests) >= self.nest_threshold)
        return flowering, nest

    def bnb(self, flowering, nest, valid, window_valid):
        """(B&B cells, nest sites near food); exact ``halo`` rows inside the arrays' edge
        where that edge is not the raster's. ``window_valid``: the valid cells per window."""
        share_ok = np.zeros(valid.shape, bool)
        np.greater_equal(box_sum(flowering, self.window),
                         (self.min_flower_share - SHARE_TOLERANCE) * window_valid,
                         out=share_ok, where=window_valid > 0)
        near = nest & within_distance(flowering, self.cell, self.max_nest_food_m)
        return valid & share_ok & (box_sum(near, self.window) > 0), near

    def gap(self, distance, valid):
        """The gap layer from the distances to the nearest stepping stone."""
        gap = np.where(distance > self.half_spacing, distance, 0.0).astype(np.float32)
        gap[~valid] = np.nan
        return gap

    def stones(self, cells):
        """Which stepping-stone candidates (patches of ``cells`` cells) are large enough."""
        return large_enough(cells, self.cell_area, self.stone_area_m2)

    def strips(self, flowering):
        """The flowering cells in ground at least the strip width wide (an opening: the
        cells of some strip_window square that flowers throughout). Cells beyond the raster
        do not flower."""
        if self.strip_window == (1, 1):
            return flowering
        full = self.strip_window[0] * self.strip_window[1]
        return box_sum(box_sum(flowering, self.strip_window) == full, self.strip_window) > 0

    def bridges(self, strips, valid):
        """The cells bridging the gaps between strips; exact ``halo`` rows inside the
        arrays' edge where that edge is not the raster's."""
        return valid & ~strips & within_distance(strips, self.cell, self.bridge_radius)

    @staticmethod
    def elements(stones, tankstations, bridges, valid):
        """The elements layer from each rule's cells (which do not overlap)."""
        out = np.zeros(valid.shape, np.uint8)
        for code, cells in ((BRIDGE, bridges), (TANKSTATION, tankstations), (STONE, stones)):
            out[cells] = code
        out[~valid] = NO_ELEMENT
        return out

    def small(self, cells):
        """Which flowering patches (of ``cells`` cells) are too small for a stepping stone."""
        return ~self.stones(cells)


class _Tally:
    """The summary's counts for one guild (or all), added up over the whole raster at once
    or window by window: counts and a maximum add up exactly."""

    def __init__(self):
        self.bnb = self.gap = self.stones = self.near = self.nest = 0
        self.strips = self.bridges = self.tankstations = 0
        self.largest = None

    def add_elements(self, strips, bridges, tankstations):
        self.strips += int(np.count_nonzero(strips))
        self.bridges += int(np.count_nonzero(bridges))
        self.tankstations += int(np.count_nonzero(tankstations))

    def add(self, bnb, gap, stones, near, nest):
        with np.errstate(invalid="ignore"):
            self.gap += int(np.count_nonzero(gap > 0))  # +inf (no stone) too, NaN not
        self.bnb += int(np.count_nonzero(bnb))
        self.stones += int(np.count_nonzero(stones))
        self.near += int(np.count_nonzero(near))
        self.nest += int(np.count_nonzero(nest))
        if not np.isnan(gap).all():
            largest = float(np.nanmax(gap))
            self.largest = largest if self.largest is None else max(self.largest, largest)

    def figures(self, valid_cells, cell_ha, stone_count, tankstation_count):
        def share(part, whole):
            return part / whole if whole else 0.0

        return {
            "valid_ha": valid_cells * cell_ha,
            "bnb_ha": self.bnb * cell_ha,
            "bnb_share": share(self.bnb, valid_cells),
            "gap_ha": self.gap * cell_ha,
            "gap_share": share(self.gap, valid_cells),
            "largest_gap_m": 0.0 if self.largest is None else self.largest,
            "stone_count": int(stone_count),
            "stone_ha": self.stones * cell_ha,
            "nest_ha": self.nest * cell_ha,
            "nest_near_food_ha": self.near * cell_ha,
            "nest_near_food_share": share(self.near, self.nest),
            "strip_ha": self.strips * cell_ha,
            "connecting_ha": (self.strips + self.bridges) * cell_ha,
            "connecting_share": share(self.strips + self.bridges, valid_cells),
            "tankstation_count": int(tankstation_count),
            "tankstation_ha": self.tankstations * cell_ha,
        }


def bijenlandschap(floral, nesting, valid, grid, names, flower_threshold, nest_threshold,
                   window_m=_RULE("window"), min_flower_share=_RULE("min_flower_share"),
                   max_nest_food_m=_RULE("max_nest_food_distance"),
                   stone_area_m2=_RULE("stepping_stone_area") * 10000.0,
                   stone_spacing_m=_RULE("stepping_stone_spacing"),
                   min_strip_width_m=_RULE("min_strip_width"),
                   max_strip_gap_m=_RULE("max_strip_gap"), feedback=None, strip_features=None):
    """The Bijenlandschap rules per guild and for all guilds (see the module's text).

    ``floral`` and ``nesting`` are lists of 2-D arrays, one per guild (the bands of Habitat
    suitability's FLORAL_COVER and NESTING outputs: each cell's own indices), ``names`` the
    guilds' names, ``valid`` the cells with data (NaN index values count as invalid too) and
    ``grid`` the :class:`~.gdalio.Grid` they share (projected, in metres). Distances and
    areas are in the grid's units: ``window_m`` the window side, ``max_nest_food_m`` the
    largest nest-food distance, ``stone_area_m2`` the smallest stepping stone,
    ``stone_spacing_m`` the largest spacing between stones, ``min_strip_width_m`` the
    narrowest flower-rich strip and ``max_strip_gap_m`` the longest gap the connecting
    landscape bridges. ``strip_features`` (id, geometry in the grid's CRS, width or None) are
    the strip layer of the data-rich route (:class:`.strip_layer.StripLayer`): its strips join
    the raster's and its gaps are measured on the geometries.

    Returns a :class:`BijenlandschapResult`: per name a :class:`RuleResult` whose ``figures``
    are: valid_ha; bnb_ha and bnb_share (of the valid area); gap_ha and gap_share (valid area
    farther than half the spacing from a stone) and largest_gap_m (+inf without stones);
    stone_count and stone_ha; nest_ha, nest_near_food_ha and nest_near_food_share (of the nest
    area); strip_ha, connecting_ha (strips and bridged gaps) and connecting_share (of the valid
    area); tankstation_count and tankstation_ha.
    """
    feedback = feedback or NullFeedback()
    _check_parameters(flower_threshold, nest_threshold, window_m, min_flower_share,
                      max_nest_food_m, stone_area_m2, stone_spacing_m, min_strip_width_m,
                      max_strip_gap_m)
    names = _check_layers(floral, nesting, valid, grid, names)
    rules = _Rules(grid, flower_threshold, nest_threshold, window_m, min_flower_share,
                   max_nest_food_m, stone_area_m2, stone_spacing_m, min_strip_width_m,
                   max_strip_gap_m)
    valid = np.asarray(valid, dtype=bool)
    valid_cells = int(np.count_nonzero(valid))
    if not valid_cells:
        _refuse_empty()
    window_valid = box_sum(valid, rules.window)
    strip_layer = _strip_layer(strip_features, min_strip_width_m, max_strip_gap_m)
    layer_cells = layer_cells_for(strip_layer, grid, 0, grid.rows)

    def check_cancel(step, of):
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(100.0 * step / of)

    steps = 3 * len(names) + 2
    step = 0
    results = []
    all_bnb = valid.copy()
    all_stones = np.zeros(valid.shape, bool)
    all_near = np.zeros(valid.shape, bool)
    all_nest = np.zeros(valid.shape, bool)
    all_strips = np.zeros(valid.shape, bool)
    all_tankstations = np.zeros(valid.shape, bool)
    for name, flowers, nests in zip(names, floral, nesting):
        flowering, nest = rules.masks(flowers, nests, valid)
        bnb, near = rules.bnb(flowering, nest, valid, window_valid)
        step += 1
        check_cancel(step, steps)
        patches = habitat_patches((flowering | nest).view(np.uint8), valid, 1, stone_area_m2,
                                  rules.cell_area, eight_connected=True)
        stones = patches.labels > 0
        step += 1
        check_cancel(step, steps)
        gap = rules.gap(edt(stones, rules.cell), valid)
        flower_patches, _ = label(flowering, eight_connected=True)
        small = rules.small(np.bincount(flower_patches.ravel()))
        small[0] = False
        tankstations = small[flower_patches] & ~stones
        tankstation_count = np.unique(flower_patches[tankstations]).size
        raster_strips = rules.strips(flowering)
        strips, bridges = combine(layer_cells, raster_strips, rules.bridges(raster_strips, valid),
                                  valid)
        elements = rules.elements(stones, tankstations, strips | bridges, valid)
        step += 1
        check_cancel(step, steps)
        tally = _Tally()
        tally.add(bnb, gap, stones, near, nest)
        tally.add_elements(strips, bridges, tankstations)
        figures = tally.figures(valid_cells, rules.cell_ha, patches.count, tankstation_count)
        results.append((name, RuleResult(name, bnb, gap, stones, patches.count, near, figures,
                                         elements)))
        all_bnb &= bnb
        all_stones |= stones
        all_near |= near
        all_nest |= nest
        all_strips |= raster_strips
        all_tankstations |= tankstations
        del flowering, nest, flower_patches, strips, bridges, raster_strips

    _, all_count = label(all_stones, eight_connected=True)
    all_tankstations &= ~all_stones
    _, all_tankstation_count = label(all_tankstations, eight_connected=True)
    step += 1
    check_cancel(step, steps)
    gap = rules.gap(edt(all_stones, rules.cell), valid)
    all_strips, bridges = combine(layer_cells, all_strips, rules.bridges(all_strips, valid), valid)
    elements = rules.elements(all_stones, all_tankstations, all_strips | bridges, valid)
    tally = _Tally()
    tally.add(all_bnb, gap, all_stones, all_near, all_nest)
    tally.add_elements(all_strips, bridges, all_tankstations)
    figures = tally.figures(valid_cells, rules.cell_ha, all_count, all_tankstation_count)
    results.append((ALL_GUILDS, RuleResult(ALL_GUILDS, all_bnb, gap, all_stones, all_count,
                                           all_near, figures, elements)))
    feedback.setProgress(100)
    return BijenlandschapResult(results, rules.settings, valid_cells * rules.cell_ha,
                                None if strip_layer is None else strip_layer.figures)


def _strip_layer(features, min_strip_width_m, max_strip_gap_m):
    """The StripLayer of the data-rich route, or None on the raster route alone."""
    return None if features is None else StripLayer(features, min_strip_width_m,
                                                    max_strip_gap_m)


def _refuse_empty():
    raise InputError("The floral and nesting rasters hold only nodata.")


# --- the summary ------------------------------------------------------------------------------

def _number(value, decimals=2):
    if value is None:
        return ""
    if isinstance(value, float) and math.isinf(value):
        return "∞"
    return "{:.{d}f}".format(value, d=decimals)


def _percent(share):
    return "{:.1f} %".format(100.0 * share)


def summary_html(result, title, translate=None):
    """The figures of a :func:`bijenlandschap` result as one plain HTML page.

    A table of the settings, then a table per guild and one for all guilds together, with the
    area meeting each rule in ha and as a share. No scripts, styles from outside or images, so
    it opens anywhere (QGIS's results viewer, a browser, a mail). ``translate`` (e.g. the
    plugin's ``tr``) translates the row labels; names and the title are shown as given.
    """
    tr = translate or (lambda text: text)

    def text(phrase):
        return html.escape(tr(phrase))

    s = result.settings
    rows = [
        (Phrase("Flowering: floral index at least"), _number(s["flower_threshold"], 3)),
        (Phrase("Nest site: nesting index at least"), _number(s["nest_threshold"], 3)),
        (Phrase("Window (m)"), "{} ({} × {} {})".format(
            _number(s["window_m"], 0), s["window_cells"][0], s["window_cells"][1],
            text(Phrase("cells")))),
        (Phrase("Minimum flowering share in the window"), _percent(s["min_flower_share"])),
        (Phrase("Largest distance between nest and food (m)"), _number(s["max_nest_food_m"], 0)),
        (Phrase("Smallest stepping stone (ha)"), _number(s["stone_area_m2"] / 10000.0)),
        (Phrase("Largest spacing between stepping stones (m)"),
         _number(s["stone_spacing_m"], 0)),
        (Phrase("Narrowest flower-rich strip (m)"), _number(s["min_strip_width_m"], 1)),
        (Phrase("Longest gap between flower-rich strips (m)"), _number(s["max_strip_gap_m"], 0)),
        (Phrase("Mapped area (ha)"), _number(result.valid_ha)),
    ]
    parts = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
             "<title>%s</title>" % html.escape(title), "</head><body>",
             "<h1>%s</h1>" % html.escape(title),
             "<h2>%s</h2>" % text(Phrase("Settings")), "<table border=\"1\" cellpadding=\"4\">"]
    parts += ["<tr><th align=\"left\">%s</th><td align=\"right\">%s</td></tr>" % (text(k), v)
              for k, v in rows]
    parts.append("</table>")
    for name, rule in result.items():
        f = rule.figures
        heading = text(Phrase("All guilds together")) if name == ALL_GUILDS else html.escape(name)
        lines = [
            (Phrase("Bed & Breakfast area"), _number(f["bnb_ha"]), _percent(f["bnb_share"])),
            (Phrase("Nest sites within reach of food"), _number(f["nest_near_food_ha"]),
             _percent(f["nest_near_food_share"])),
            (Phrase("Stepping stones"), _number(f["stone_ha"]), "%d" % f["stone_count"]),
            (Phrase("Area in stepping-stone gaps"), _number(f["gap_ha"]),
             _percent(f["gap_share"])),
            (Phrase("Largest distance to a stepping stone in a gap (m)"),
             _number(f["largest_gap_m"], 0) if f["stone_count"]
             else text(Phrase("no stepping stone")), ""),
            (Phrase("Flower-rich strips"), _number(f["strip_ha"]), ""),
            (Phrase("Connecting landscape (strips and bridged gaps)"),
             _number(f["connecting_ha"]), _percent(f["connecting_share"])),
            (Phrase("Bij-tankstations"), _number(f["tankstation_ha"]),
             "%d" % f["tankstation_count"]),
        ]
        parts += ["<h2>%s</h2>" % heading, "<table border=\"1\" cellpadding=\"4\">",
                  "<tr><th></th><th>ha</th><th>%s</th></tr>"
                  % text(Phrase("share or number"))]
        parts += ["<tr><th align=\"left\">%s</th><td align=\"right\">%s</td>"
                  "<td align=\"right\">%s</td></tr>" % (text(k), a, b) for k, a, b in lines]
        parts.append("</table>")
        if name == ALL_GUILDS:
            parts.append("<p>%s</p>" % text(Phrase(
                "All guilds together: B&B area where the rule holds for every guild; stepping "
                "stones of any guild count; nest sites near food of any guild; the nest-site "
                "share is of the nest sites of any guild; strips of any guild; tankstations of "
                "any guild outside all guilds' stepping stones.")))
        else:
            parts.append("<p>%s</p>" % text(Phrase(
                "Shares of the B&B area, the gaps and the connecting landscape are of the "
                "mapped area; the share of nest sites is of the guild's nest sites; the last "
                "column of stepping stones and tankstations is their number.")))
    if result.strip_layer is not None:
        f = result.strip_layer
        lines = [(Phrase("Features in the strip layer"), "%d" % f["features"]),
                 (Phrase("Strips at least the narrowest width"), "%d" % f["strips"]),
                 (Phrase("Features too narrow for a strip"), "%d" % f["too_narrow"]),
                 (Phrase("Area of the strips at their real width (ha)"),
                  _number(f["strip_ha"])),
                 (Phrase("Networks of strips (joined by gaps no longer than the longest gap)"),
                  "%d" % f["networks"])]
        parts += ["<h2>%s</h2>" % text(Phrase("Strip layer (the data-rich route)")),
                  "<table border=\"1\" cellpadding=\"4\">"]
        parts += ["<tr><th align=\"left\">%s</th><td align=\"right\">%s</td></tr>"
                  % (text(k), v) for k, v in lines]
        parts += ["</table>", "<p>%s</p>" % text(Phrase(
            "The strip layer's strips count for every guild, beside the flowering ground of "
            "the raster; the guilds' areas of strips and connecting landscape above are of "
            "the cells they overlap."))]
    parts.append("</body></html>")
    return "\n".join(parts)


# --- the B&B areas as polygons ---------------------------------------------------------------

def _traced_areas(name, band):
    """(name, area in ha, polygon) of each area of cells of ``band`` that are not 0."""
    vector = ogr.GetDriverByName("Memory").CreateDataSource("bnb")
    layer = vector.CreateLayer("bnb", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [])
    areas = []
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        areas.append((name, geometry.GetArea() / 10000.0, geometry))
    return areas


def bnb_areas(result, grid, names=None, feedback=None):
    """The B&B areas as polygons: a list of (guild name, area in ha, ogr.Geometry).

    One polygon (with its holes) per area of B&B cells touching at a side, for each name in
    ``names`` (default: every guild and ``ALL_GUILDS``), traced by GDAL's Polygonize on the
    cell edges, so areas are exact multiples of the cell area. Side-connectivity keeps every
    ring simple (OGC-valid) without repair.
    """
    feedback = feedback or NullFeedback()
    names = list(result) if names is None else list(names)
    areas = []
    for n, name in enumerate(names):
        if name not in result:
            raise InputError("There is no result for the guild '{guild}'.", guild=name)
        mask = result[name].bnb
        if not mask.any():
            continue
        mem = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Byte)
        mem.SetGeoTransform(grid.geotransform)
        band = mem.GetRasterBand(1)
        band.WriteArray(mask.astype(np.uint8))
        areas += _traced_areas(name, band)
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(80.0 * (n + 1) / len(names))
    return areas


def bnb_polygons(result, grid, path_or_datasource, names=None, layer_name="bnb_areas",
                 feedback=None):
    """Write the B&B areas (:func:`bnb_areas`) as MultiPolygons with fields guild and area_ha.

    ``path_or_datasource`` is a file path, whose extension picks the OGR format (an existing
    file is replaced), or an open ogr.DataSource in which the layer ``layer_name`` is
    (re)created. The CRS is the grid's. Returns the number of features written.
    """
    feedback = feedback or NullFeedback()
    return _write_areas(bnb_areas(result, grid, names, feedback), grid, path_or_datasource,
                        layer_name, feedback)


def _write_areas(areas, grid, path_or_datasource, layer_name, feedback):
    """bnb_polygons of a list of areas."""
    with Outputs() as outputs:
        datasource = vector_target(outputs, path_or_datasource)
        srs = open_for_writing(datasource, layer_name, grid.wkt)
        layer = datasource.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon)
        layer.CreateField(ogr.FieldDefn("guild", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("area_ha", ogr.OFTReal))
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for n, (name, area_ha, geometry) in enumerate(areas):
            feature = ogr.Feature(definition)
            feature.SetField("guild", name)
            feature.SetField("area_ha", float(area_ha))
            feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
            layer.CreateFeature(feature)
            if n % 1000 == 0 and feedback.isCanceled():
                if layer.TestCapability(ogr.OLCTransactions):   # not in a shapefile
                    layer.RollbackTransaction()
                raise Cancelled()
        layer.CommitTransaction()
        written = layer.GetFeatureCount()
    feedback.setProgress(100)
    return written
