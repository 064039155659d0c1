"""The Bijenlandschap rules (WENR + Brabants Landschap): where the landscape meets them, per
guild and for all guilds together.

The rules (method.md §4) are checked on the per-guild floral and nesting indices of Habitat
suitability, made binary with two thresholds: a cell *flowers* for a guild where its floral
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

"As a whole" (``ALL_GUILDS``): a cell is B&B area when the B&B rule holds there for every
guild - the landscape serves the bee community, not only its most modest member - while the
stepping-stone network is the union of all guilds' stones (a stone of any guild is a stone of
the community) and gaps are measured to it. Nest sites near food are likewise the union.
"""
import html
import math
import os

import numpy as np
from osgeo import gdal, ogr

from .distance import box_sum, edt, within_distance
from .errors import Cancelled, InputError, Phrase
from .patches import habitat_patches, label
from .vectorio import open_for_writing
from .progress import NullFeedback

gdal.UseExceptions()
ogr.UseExceptions()

ALL_GUILDS = "all guilds"
# Window shares are ratios of cell counts; one that equals the minimum up to the rounding of
# the minimum itself (0.1 has no exact binary form) meets it.
SHARE_TOLERANCE = 1e-9
# Relative tolerance on the half spacing: a cell exactly 500 m from a stone is not in a gap
# even when its distance carries rounding noise.
DISTANCE_TOLERANCE = 1e-9


class RuleResult:
    """The Bijenlandschap rules for one guild, or for all guilds (``name == ALL_GUILDS``).

    Arrays (rows x cols): ``bnb`` (bool, the B&B rule holds), ``gap`` (float32: distance in
    map units to the nearest stepping stone where it exceeds half the spacing, 0 elsewhere,
    +inf everywhere when there is no stone, NaN at invalid cells), ``stones`` (bool, cells of
    stepping stones), ``nest_near_food`` (bool, nest sites within the nest-food distance of a
    flowering cell). ``stone_count``: number of stepping stones. ``figures``: the summary
    numbers (see :func:`bijenlandschap`).
    """

    def __init__(self, name, bnb, gap, stones, stone_count, nest_near_food, figures):
        self.name = name
        self.bnb = bnb
        self.gap = gap
        self.stones = stones
        self.stone_count = stone_count
        self.nest_near_food = nest_near_food
        self.figures = figures


class BijenlandschapResult(dict):
    """name -> :class:`RuleResult`, the guilds in their order, then ``ALL_GUILDS``.

    ``settings`` holds the parameters used (with ``window_cells``, the window's odd size in
    cells as (rows, cols)); ``valid_ha`` the valid (mapped) area.
    """

    def __init__(self, items, settings, valid_ha):
        super().__init__(items)
        self.settings = settings
        self.valid_ha = valid_ha


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
                      max_nest_food_m, stone_area_m2, stone_spacing_m):
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


def _check_layers(floral, nesting, valid, grid, names):
    if len(names) == 0 or len(floral) == 0 or len(nesting) == 0:
        raise InputError("No guild to check: the floral and nesting rasters need at least one "
                         "band (one per guild).")
    if not len(floral) == len(nesting) == len(names):
        raise InputError(
            "The floral raster has {floral} bands and the nesting raster {nesting}, for "
            "{names} guild names; give both rasters one band per guild, in the same order "
            "(the FLORAL and NESTING outputs of one Habitat suitability run).",
            floral=len(floral), nesting=len(nesting), names=len(names))
    names = [str(n) for n in names]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise InputError("The guild name '{name}' occurs more than once; give each guild its "
                         "own name.", name=twice[0])
    if ALL_GUILDS in names:
        raise InputError("A guild may not be called '{name}': that name is kept for the "
                         "result of all guilds together.", name=ALL_GUILDS)
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


def window_cells_for(window_m, height, width):
    """(rows, cols) of the window: per side the odd number of cells nearest to window_m / cell
    (ties, at even whole numbers, go up so the window covers at least ``window_m``)."""
    def side(cell):
        return 2 * int(math.floor(window_m / cell / 2.0 + 1e-9)) + 1
    return side(height), side(width)


def _figures(result_masks, valid_cells, cell_ha, nest_cells):
    bnb, gap, stones, stone_count, near = result_masks
    valid_ha = valid_cells * cell_ha
    with np.errstate(invalid="ignore"):
        in_gap = gap > 0                       # +inf (no stone at all) too, NaN (invalid) not
    gap_cells = int(np.count_nonzero(in_gap))
    bnb_cells = int(np.count_nonzero(bnb))
    near_cells = int(np.count_nonzero(near))
    with np.errstate(invalid="ignore"):
        largest = float(np.nanmax(gap)) if valid_cells else 0.0

    def share(part, whole):
        return part / whole if whole else 0.0

    return {
        "valid_ha": valid_ha,
        "bnb_ha": bnb_cells * cell_ha,
        "bnb_share": share(bnb_cells, valid_cells),
        "gap_ha": gap_cells * cell_ha,
        "gap_share": share(gap_cells, valid_cells),
        "largest_gap_m": largest,
        "stone_count": int(stone_count),
        "stone_ha": int(np.count_nonzero(stones)) * cell_ha,
        "nest_ha": nest_cells * cell_ha,
        "nest_near_food_ha": near_cells * cell_ha,
        "nest_near_food_share": share(near_cells, nest_cells),
    }


def bijenlandschap(floral, nesting, valid, grid, names, flower_threshold, nest_threshold,
                   window_m=1000, min_flower_share=0.10, max_nest_food_m=500,
                   stone_area_m2=5000, stone_spacing_m=1000, feedback=None):
    """The Bijenlandschap rules per guild and for all guilds (see the module's text).

    ``floral`` and ``nesting`` are lists of 2-D arrays, one per guild (the bands of Habitat
    suitability's FLORAL and NESTING outputs), ``names`` the guilds' names, ``valid`` the
    cells with data (NaN index values count as invalid too) and ``grid`` the
    :class:`~.gdalio.Grid` they share (projected, in metres). Distances and areas are in the
    grid's units: ``window_m`` the window side, ``max_nest_food_m`` the largest nest-food
    distance, ``stone_area_m2`` the smallest stepping stone, ``stone_spacing_m`` the largest
    spacing between stones.

    Returns a :class:`BijenlandschapResult`: per name a :class:`RuleResult` whose ``figures``
    are: valid_ha; bnb_ha and bnb_share (of the valid area); gap_ha and gap_share (valid area
    farther than half the spacing from a stone) and largest_gap_m (+inf without stones);
    stone_count and stone_ha; nest_ha, nest_near_food_ha and nest_near_food_share (of the nest
    area).
    """
    feedback = feedback or NullFeedback()
    _check_parameters(flower_threshold, nest_threshold, window_m, min_flower_share,
                      max_nest_food_m, stone_area_m2, stone_spacing_m)
    names = _check_layers(floral, nesting, valid, grid, names)
    if grid.is_geographic():
        raise InputError(
            "The floral and nesting rasters are in a geographic CRS (degrees). The rules are in "
            "metres: reproject them to a projected CRS such as EPSG:28992 (RD New) first.")
    height, width = abs(grid.geotransform[5]), abs(grid.geotransform[1])
    window = window_cells_for(window_m, height, width)
    if min(window) < 3:
        raise InputError(
            "The window of {window} m spans only {cells} cells of {cell} m; it must span at "
            "least 3 cells. Use a larger window or a raster with smaller cells.",
            window=window_m, cells=min(window), cell=max(height, width))
    valid = np.asarray(valid, dtype=bool)
    valid_cells = int(np.count_nonzero(valid))
    if not valid_cells:
        raise InputError("The floral and nesting rasters hold only nodata.")
    cell_area = height * width
    cell_ha = cell_area / 10000.0
    half_spacing = stone_spacing_m / 2.0 * (1.0 + DISTANCE_TOLERANCE)
    window_valid = box_sum(valid, window)

    def gaps(stones):
        distance = edt(stones, (height, width))
        gap = np.where(distance > half_spacing, distance, 0.0).astype(np.float32)
        gap[~valid] = np.nan
        return gap

    def check_cancel(step, of):
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(100.0 * step / of)

    steps = 5 * len(names) + 2
    step = 0
    results = []
    all_bnb = valid.copy()
    all_stones = np.zeros(valid.shape, bool)
    all_near = np.zeros(valid.shape, bool)
    all_nest = np.zeros(valid.shape, bool)
    for name, flowers, nests in zip(names, floral, nesting):
        with np.errstate(invalid="ignore"):
            flowering = valid & np.isfinite(flowers) & (np.asarray(flowers) >= flower_threshold)
            nest = valid & np.isfinite(nests) & (np.asarray(nests) >= nest_threshold)
        share_ok = np.zeros(valid.shape, bool)
        np.greater_equal(box_sum(flowering, window),
                         (min_flower_share - SHARE_TOLERANCE) * window_valid,
                         out=share_ok, where=window_valid > 0)
        step += 1
        check_cancel(step, steps)
        near = nest & within_distance(flowering, (height, width), max_nest_food_m)
        step += 1
        check_cancel(step, steps)
        bnb = valid & share_ok & (box_sum(near, window) > 0)
        del share_ok
        step += 1
        check_cancel(step, steps)
        patches = habitat_patches((flowering | nest).view(np.uint8), valid, 1, stone_area_m2,
                                  cell_area, eight_connected=True)
        stones = patches.labels > 0
        step += 1
        check_cancel(step, steps)
        gap = gaps(stones)
        step += 1
        check_cancel(step, steps)
        nest_cells = int(np.count_nonzero(nest))
        figures = _figures((bnb, gap, stones, patches.count, near), valid_cells, cell_ha,
                           nest_cells)
        results.append((name, RuleResult(name, bnb, gap, stones, patches.count, near, figures)))
        all_bnb &= bnb
        all_stones |= stones
        all_near |= near
        all_nest |= nest
        del flowering, nest

    _, all_count = label(all_stones, eight_connected=True)
    step += 1
    check_cancel(step, steps)
    gap = gaps(all_stones)
    figures = _figures((all_bnb, gap, all_stones, all_count, all_near), valid_cells, cell_ha,
                       int(np.count_nonzero(all_nest)))
    results.append((ALL_GUILDS, RuleResult(ALL_GUILDS, all_bnb, gap, all_stones, all_count,
                                           all_near, figures)))
    feedback.setProgress(100)
    settings = {
        "flower_threshold": flower_threshold, "nest_threshold": nest_threshold,
        "window_m": window_m, "window_cells": window, "min_flower_share": min_flower_share,
        "max_nest_food_m": max_nest_food_m, "stone_area_m2": stone_area_m2,
        "stone_spacing_m": stone_spacing_m,
    }
    return BijenlandschapResult(results, settings, valid_cells * cell_ha)


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
                "share is of the nest sites of any guild.")))
        else:
            parts.append("<p>%s</p>" % text(Phrase(
                "Shares of the B&B area and the gaps are of the mapped area; the share of nest "
                "sites is of the guild's nest sites; the last column of stepping stones is "
                "their number.")))
    parts.append("</body></html>")
    return "\n".join(parts)


# --- the B&B areas as polygons ---------------------------------------------------------------

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
        vector = ogr.GetDriverByName("Memory").CreateDataSource("bnb")
        layer = vector.CreateLayer("bnb", geom_type=ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
        gdal.Polygonize(band, band, layer, 0, [])
        for feature in layer:
            geometry = feature.GetGeometryRef().Clone()
            areas.append((name, geometry.GetArea() / 10000.0, geometry))
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
    areas = bnb_areas(result, grid, names, feedback)
    own = isinstance(path_or_datasource, (str, os.PathLike))
    datasource, srs = open_for_writing(path_or_datasource, layer_name, grid.wkt,
                                       Phrase("the B&B areas"))
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
            layer.RollbackTransaction()
            raise Cancelled()
    layer.CommitTransaction()
    written = layer.GetFeatureCount()
    layer = None
    if own:
        datasource.FlushCache()
        datasource = None
    feedback.setProgress(100)
    return written
