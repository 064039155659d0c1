"""Seasonal food gaps: the partnership's "jaarrond" (year-round) goal made visible.

InVEST sums floral resources over the seasons, weighted by activity, so a place rich in
summer flowers looks fine for a bee that also flies in March, when it finds nothing. A place
serves a guild only if food is within reach in every season in which the guild flies, so this
counts, per nest site, the flight seasons whose food within the guild's foraging kernel falls
short. No anchor tool reports this.
"""
import math

import numpy as np

from ..pollination.convolution import MaskedConvolver, exponential_kernel, fft_cells
from ..errors import Cancelled, InputError
from ..io.gdalio import PRODUCT_KEY, open_raster
from ..pollination.model import CodeIndex, kernels_by_alpha, nesting_per_code
from ..progress import NullFeedback

GAP_NODATA = -1
SEASONS_PRODUCT = "food_gap_seasons"   # gdalio.PRODUCT_KEY of the seasons raster
SEASONS_KEY = "ZOEMZONE_SEASONS"       # its metadata item: the season of each bit, in order
# bits of an Int16 mask that stay clear of its nodata (-1, all 16 bits set)
MAX_SEASONS = 15
# FFT round-off makes a uniform landscape's mean differ from its value in the last bits; a
# difference this small is no shortage of flowers
TOLERANCE = 1e-6

# Memory model of seasonal_food_gaps on a window of n cells whose FFT grid has m cells (as
# for pollination.outputs.window_bytes): peak = (BYTES_PER_CELL + BYTES_PER_GUILD_CELL x
# guilds) x n + BYTES_PER_FFT_CELL x m. Per cell: the land use, its mask, the code index, the
# floral layer and its float32 mean, the float64 numerator and renormalising sum W; per guild
# its nest mask and gap count; per FFT cell the spectra of the mask, the kernel and the layer
# plus one transient. Measured with tracemalloc (numpy's own allocations) on Int16 land use,
# 300-900 cells square, 1-8 guilds and kernels of 51-301 cells: 21.1 B/cell, 3.6 B/guild cell
# and 41.7 B/FFT cell, here rounded up (the cell term for land use read as 8-byte codes).
BYTES_PER_CELL = 36
BYTES_PER_GUILD_CELL = 4
BYTES_PER_FFT_CELL = 44


def check_threshold(food_threshold):
    if food_threshold is None or not math.isfinite(food_threshold) or food_threshold < 0:
        raise InputError(
            "The food threshold is {value}; use a floral-resources value of 0 or more (the "
            "floral indices of the tables run from 0 to 1).", value=food_threshold)


def seasonal_food_gaps(landuse, valid, pixel_size, tables, food_threshold, feedback=None,
                       counted=None):
    """Per guild, the number of its flight seasons with too little food around each nest
    site: the bits set in season_gaps' masks, with its summary."""
    masks, summary = season_gaps(landuse, valid, pixel_size, tables, food_threshold, feedback,
                                 counted)
    return {species: gap_counts(mask, len(tables.seasons))
            for species, mask in masks.items()}, summary


def gap_counts(masks, seasons):
    """The number of bits set in each cell of Int16 season ``masks`` (of ``seasons`` bits),
    nodata kept."""
    counts = np.zeros(masks.shape, np.int16)
    for bit in range(seasons):
        counts += (masks >> bit) & 1
    counts[masks == GAP_NODATA] = GAP_NODATA
    return counts


def season_gaps(landuse, valid, pixel_size, tables, food_threshold, feedback=None,
                counted=None):
    """Per guild, which of its flight seasons have too little food around each nest site.

    FR_j(x) is the kernel-weighted mean (edges and nodata renormalised, as in the pollination
    model) of floral_resources_<j> of the land use, with the guild's own foraging kernel; the
    activity weighting of InVEST is left out because a season counts once the guild flies in
    it (foraging activity > 0). A season is a gap where FR_j(x) < ``food_threshold``.

    Returns ``(gaps, summary)``: gaps maps species -> int16 array, -1 where the land use is
    nodata or the guild cannot nest (HN = 0), else a mask whose bit i is set when the i-th
    season of ``tables.seasons`` is a gap (a click on the website names them; 0 = fed all
    year); summary maps (species, season) -> number of nest cells with a gap in that season, for the
    guild's flight seasons only. ``counted`` (slices; default all) limits the summary to part
    of the grid: a tiled run counts its tile, not the halo that the next tile counts again.
    """
    check_threshold(food_threshold)
    check_seasons(tables.seasons)
    feedback = feedback or NullFeedback()
    index = CodeIndex(landuse, valid, tables.biophysical.codes)
    groups = kernels_by_alpha(tables, pixel_size)
    convolver = MaskedConvolver(valid, max(2 * int(np.floor(5.0 * a)) + 1 for a in groups))
    limit = np.float32(food_threshold - TOLERANCE)
    counted = counted or (slice(None), slice(None))
    gaps, nests, summary = {}, {}, {}
    for guild in tables.guilds:
        nests[guild.species] = valid & (index.values(nesting_per_code(tables, guild)) > 0)
        gaps[guild.species] = np.zeros(landuse.shape, np.int16)
    steps = sum(1 for guilds in groups.values() for j in tables.seasons
                if any(g.foraging[j] > 0 for g in guilds))
    done = 0
    for alpha_px, guilds in groups.items():
        if feedback.isCanceled():
            raise Cancelled()
        convolver.use_kernel(exponential_kernel(alpha_px))
        for season in tables.seasons:
            flying = [g for g in guilds if g.foraging[season] > 0]
            if not flying:
                continue
            # one convolution per season and kernel, shared by the guilds with this alpha
            food = convolver.mean(index.values(tables.biophysical.floral[season]))
            short = food < limit
            del food
            bit = np.int16(1 << tables.seasons.index(season))
            for guild in flying:
                gap = short & nests[guild.species]
                gaps[guild.species][gap] |= bit
                summary[(guild.species, season)] = int(np.count_nonzero(gap[counted]))
            del short
            done += 1
            feedback.setProgress(100.0 * done / max(steps, 1))
            if feedback.isCanceled():
                raise Cancelled()
    for species, gap in gaps.items():
        gap[~nests[species]] = GAP_NODATA
    ordered = {(g.species, j): summary[(g.species, j)] for g in tables.guilds
               for j in tables.seasons if (g.species, j) in summary}
    return gaps, ordered


def gap_seasons(path):
    """The season of each bit of a seasons raster (in table order), or None for a raster
    that is no SEASONS_PRODUCT (the count raster)."""
    ds = open_raster(path)
    product, seasons = ds.GetMetadataItem(PRODUCT_KEY), ds.GetMetadataItem(SEASONS_KEY)
    ds = None
    if product != SEASONS_PRODUCT:
        return None
    return seasons.split(",") if seasons else []


def check_seasons(seasons):
    if len(seasons) > MAX_SEASONS:
        raise InputError(
            "The guild table has {count} seasons; food gaps tell at most {most} apart. Merge "
            "seasons in the guild and biophysical tables.", count=len(seasons),
            most=MAX_SEASONS)


def flight_seasons(guild, seasons):
    """The seasons in which a guild flies: those that can count as a gap."""
    return [j for j in seasons if guild.foraging[j] > 0]


def window_bytes(rows, cols, radius, guilds):
    """Peak memory of seasonal_food_gaps on a rows x cols window (see BYTES_PER_CELL)."""
    return ((BYTES_PER_CELL + BYTES_PER_GUILD_CELL * guilds) * rows * cols
            + BYTES_PER_FFT_CELL * fft_cells(rows, cols, 2 * radius + 1))
