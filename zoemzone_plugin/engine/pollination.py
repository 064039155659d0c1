"""Habitat suitability for pollinators: the InVEST pollination model (Lonsdorf et al. 2009).

Results are handed to a sink as soon as they exist instead of being returned together, so a
province-sized run keeps only one guild's layers in memory at a time. Per-cell values come
from per-code values through one index of each cell's row in the table, computed once.
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


class CodeIndex:
    """Each cell's row in a table of land-use codes; invalid cells point at an extra 0 row."""

    def __init__(self, landuse, valid, codes):
        order = np.argsort(codes)
        self.order = order
        rows = np.searchsorted(codes[order], landuse).astype(np.int32)
        rows[~valid] = len(codes)
        self.rows = rows

    def values(self, per_code):
        """Per-cell float32 values of a per-code array given in table order."""
        table = np.append(np.asarray(per_code, np.float32)[self.order], np.float32(0))
        return table[self.rows]


def nesting_per_code(tables, guild):
    """HN per code = max over substrates of availability N(l, n) x suitability ns(s, n)."""
    bio = tables.biophysical
    return np.max([bio.nesting[n] * guild.nesting[n] for n in tables.substrates], axis=0)


def flowers_per_code(tables, guild, season):
    """FF per code for one season: RA(l, j) x fa(s, j)."""
    return tables.biophysical.floral[season] * tables.foraging_share(guild, season)


def kernels_by_alpha(tables, pixel_size):
    """Guilds grouped by alpha in pixels, so each kernel is built and transformed once."""
    groups = defaultdict(list)
    for guild in tables.guilds:
        groups[guild.alpha / pixel_size].append(guild)
    return groups


def run_pollination(landuse, valid, pixel_size, tables, sink, want_guild_abundance=False,
                    feedback=None):
    """Compute the model on a land-use grid and hand every product to ``sink(product, key, a)``.

    ``landuse`` holds integer codes (all in the table where valid), ``valid`` is False at
    nodata cells, ``pixel_size`` the mean cell size in metres. Arrays passed to the sink are
    float32 with NaN at invalid cells; the sink must not keep them beyond the call.
    """
    feedback = feedback or NullFeedback()
    index = CodeIndex(landuse, valid, tables.biophysical.codes)
    groups = kernels_by_alpha(tables, pixel_size)
    largest = max(2 * int(np.floor(5.0 * a)) + 1 for a in groups)
    convolver = MaskedConvolver(valid, largest)
    total_supply = np.zeros(landuse.shape, np.float32)
    total_abundance = {j: np.zeros(landuse.shape, np.float32) for j in tables.seasons}
    invalid = ~valid
    done = 0

    def emit(product, key, array):
        array[invalid] = np.nan
        sink(product, key, array)

    def check():
        if feedback.isCanceled():
            raise Cancelled()

    for alpha_px, guilds in groups.items():
        check()
        convolver.use_kernel(exponential_kernel(alpha_px))
        for guild in guilds:
            fe = index.values(sum(flowers_per_code(tables, guild, j) for j in tables.seasons))
            fr = convolver.mean(fe)
            del fe
            hn = index.values(nesting_per_code(tables, guild))
            ps = np.float32(tables.abundance_share(guild)) * hn * fr
            emit(Products.NESTING, guild.species, hn)
            del hn
            total_supply += ps
            check()
            # PA(x, s, j) = FF(x, s, j) / FR(x, s) x mean of PS around x
            visits = convolver.mean(ps)
            emit(Products.SUPPLY, guild.species, ps)
            del ps
            np.divide(visits, fr, out=visits, where=fr > 0)
            visits[fr <= 0] = 0.0
            emit(Products.FLORAL, guild.species, fr)
            del fr
            for season in tables.seasons:
                pa = index.values(flowers_per_code(tables, guild, season))
                pa *= visits
                total_abundance[season] += pa
                if want_guild_abundance:
                    emit(Products.GUILD_ABUNDANCE, (guild.species, season), pa)
            del visits
            done += 1
            feedback.setProgress(100.0 * done / len(tables.guilds))
    emit(Products.TOTAL_SUPPLY, None, total_supply)
    for season in tables.seasons:
        emit(Products.TOTAL_ABUNDANCE, season, total_abundance.pop(season))
