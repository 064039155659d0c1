"""Seasonal food gaps: the partnership's "jaarrond" (year-round) goal made visible.

InVEST sums floral resources over the seasons, weighted by activity, so a place rich in
summer flowers looks fine for a bee that also flies in March, when it finds nothing. A place
serves a guild only if food is within reach in every season in which the guild flies, so this
counts, per nest site, the flight seasons whose food within the guild's foraging kernel falls
short. No anchor tool reports this.
"""
import math

import numpy as np

from .convolution import MaskedConvolver, exponential_kernel
from .errors import Cancelled, InputError
from .pollination import CodeIndex, kernels_by_alpha, nesting_per_code
from .progress import NullFeedback

GAP_NODATA = -1
# FFT round-off makes a uniform landscape's mean differ from its value in the last bits; a
# difference this small is no shortage of flowers
TOLERANCE = 1e-6


def check_threshold(food_threshold):
    if food_threshold is None or not math.isfinite(food_threshold) or food_threshold < 0:
        raise InputError(
            "The food threshold is {value}; use a floral-resources value of 0 or more (the "
            "floral indices of the tables run from 0 to 1).", value=food_threshold)


def seasonal_food_gaps(landuse, valid, pixel_size, tables, food_threshold, feedback=None):
    """Per guild, the number of its flight seasons with too little food around each nest site.

    FR_j(x) is the kernel-weighted mean (edges and nodata renormalised, as in the pollination
    model) of floral_resources_<j> of the land use, with the guild's own foraging kernel; the
    activity weighting of InVEST is left out because a season counts once the guild flies in
    it (foraging activity > 0). A season is a gap where FR_j(x) < ``food_threshold``.

    Returns ``(gaps, summary)``: gaps maps species -> int16 array, -1 where the land use is
    nodata or the guild cannot nest (HN = 0), else 0 .. number of its flight seasons;
    summary maps (species, season) -> number of nest cells with a gap in that season, for the
    guild's flight seasons only.
    """
    check_threshold(food_threshold)
    feedback = feedback or NullFeedback()
    index = CodeIndex(landuse, valid, tables.biophysical.codes)
    groups = kernels_by_alpha(tables, pixel_size)
    convolver = MaskedConvolver(valid, max(2 * int(np.floor(5.0 * a)) + 1 for a in groups))
    limit = np.float32(food_threshold - TOLERANCE)
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
            for guild in flying:
                gap = short & nests[guild.species]
                gaps[guild.species] += gap
                summary[(guild.species, season)] = int(np.count_nonzero(gap))
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


def flight_seasons(guild, seasons):
    """The seasons in which a guild flies: those that can count as a gap."""
    return [j for j in seasons if guild.foraging[j] > 0]
