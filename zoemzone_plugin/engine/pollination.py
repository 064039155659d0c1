"""Habitat suitability for pollinators: the InVEST pollination model (Lonsdorf et al. 2009).

Results are handed to a sink as soon as they exist instead of being returned together, so a
province-sized run keeps only one guild's layers in memory at a time.
"""
from collections import defaultdict

import numpy as np

from .convolution import MaskedConvolver, exponential_kernel
from .errors import Cancelled
from .progress import NullFeedback


class Products:
    """Names under which the model hands results to its sink."""
    NESTING = "nesting"          # key: species
    FLORAL = "floral"            # key: species
    SUPPLY = "supply"            # key: species
    GUILD_ABUNDANCE = "guild_abundance"   # key: (species, season)
    TOTAL_SUPPLY = "total_supply"         # key: None
    TOTAL_ABUNDANCE = "total_abundance"   # key: season


def lookup(landuse, valid, codes, values):
    """Per-cell table values for land-use codes (0 at invalid cells)."""
    order = np.argsort(codes)
    sorted_codes = codes[order]
    index = np.searchsorted(sorted_codes, np.where(valid, landuse, sorted_codes[0]))
    return np.where(valid, np.asarray(values, np.float64)[order][index], 0.0)


def nesting_index(tables, guild, landuse, valid):
    """HN(x, s) = max over substrates of availability N(l(x), n) x suitability ns(s, n)."""
    bio = tables.biophysical
    per_code = np.max([bio.nesting[n] * guild.nesting[n] for n in tables.substrates], axis=0)
    return lookup(landuse, valid, bio.codes, per_code)


def foraged_flowers(tables, guild, landuse, valid):
    """FF(x, s, j) = RA(l(x), j) x fa(s, j) for each season j, as a dict season -> array."""
    bio = tables.biophysical
    return {j: lookup(landuse, valid, bio.codes,
                      bio.floral[j] * tables.foraging_share(guild, j))
            for j in tables.seasons}


def alpha_in_pixels(guild, pixel_size):
    return guild.alpha / pixel_size


def kernels_by_alpha(tables, pixel_size):
    """Guilds grouped by alpha in pixels, so each kernel is built and transformed once."""
    groups = defaultdict(list)
    for guild in tables.guilds:
        groups[alpha_in_pixels(guild, pixel_size)].append(guild)
    return groups


def run_pollination(landuse, valid, pixel_size, tables, sink, want_guild_abundance=False,
                    feedback=None):
    """Compute the model on a land-use grid and hand every product to ``sink(product, key, a)``.

    ``landuse`` holds integer codes, ``valid`` is False at nodata cells, ``pixel_size`` the
    mean cell size in metres. Arrays passed to the sink are float32, with NaN at invalid cells.
    """
    feedback = feedback or NullFeedback()
    groups = kernels_by_alpha(tables, pixel_size)
    largest = max(exponential_kernel(a).shape[0] for a in groups)  # cheap next to the FFTs
    convolver = MaskedConvolver(valid, largest)
    total_supply = np.zeros(landuse.shape, np.float64)
    total_abundance = {j: np.zeros(landuse.shape, np.float64) for j in tables.seasons}
    steps = len(tables.guilds)
    done = 0

    def emit(product, key, array):
        out = array.astype(np.float32)
        out[~valid] = np.nan
        sink(product, key, out)

    for alpha_px, guilds in groups.items():
        if feedback.isCanceled():
            raise Cancelled()
        convolver.use_kernel(exponential_kernel(alpha_px))
        for guild in guilds:
            hn = nesting_index(tables, guild, landuse, valid)
            ff = foraged_flowers(tables, guild, landuse, valid)
            fe = sum(ff.values())
            fr = convolver.mean(fe)
            ps = tables.abundance_share(guild) * hn * fr
            emit(Products.NESTING, guild.species, hn)
            emit(Products.FLORAL, guild.species, fr)
            emit(Products.SUPPLY, guild.species, ps)
            total_supply += ps
            if feedback.isCanceled():
                raise Cancelled()
            # PA(x, s, j) = FF(x, s, j) / FR(x, s) x mean of PS around x
            visits = convolver.mean(ps)
            visits_per_flower = np.zeros_like(visits)
            np.divide(visits, fr, out=visits_per_flower, where=fr > 0)
            for season in tables.seasons:
                pa = ff[season] * visits_per_flower
                total_abundance[season] += pa
                if want_guild_abundance:
                    emit(Products.GUILD_ABUNDANCE, (guild.species, season), pa)
            done += 1
            feedback.setProgress(100.0 * done / steps)
    emit(Products.TOTAL_SUPPLY, None, total_supply)
    for season in tables.seasons:
        emit(Products.TOTAL_ABUNDANCE, season, total_abundance[season])
