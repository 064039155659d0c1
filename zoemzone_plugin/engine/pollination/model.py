"""Habitat suitability for pollinators: the InVEST pollination model (Lonsdorf et al. 2009).

Results are handed to a sink as soon as they exist instead of being returned together, so a
province-sized run keeps only one guild's layers in memory at a time. Per-cell values come
from per-code values through one index of each cell's row in the table, computed once.
"""
from collections import defaultdict

import numpy as np

from .convolution import MaskedConvolver, exponential_kernel
from ..errors import Cancelled
from ..progress import NullFeedback


class Products:
    """Names under which the model hands results to its sink."""
    NESTING = "nesting"          # key: species
    FLORAL = "floral"            # key: species
    FLORAL_COVER = "floral_cover"  # key: species; each cell's own floral index, not smoothed
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


class _Model:
    """The model's state on one grid: the code index, the convolver, the running totals.

    The model has two halves: supply (nesting, floral resources, pollinator supply: one mean
    of flowers) and abundance (a mean of that supply). ``run_pollination`` runs both guild by
    guild; a tiled run can run them as two passes over the tiles, each with a halo of one
    kernel radius instead of two, the supply written to disk in between.
    """

    def __init__(self, landuse, valid, pixel_size, tables, sink, feedback):
        self.tables, self.sink = tables, sink
        self.feedback = feedback or NullFeedback()
        self.index = CodeIndex(landuse, valid, tables.biophysical.codes)
        self.groups = kernels_by_alpha(tables, pixel_size)
        largest = max(2 * int(np.floor(5.0 * a)) + 1 for a in self.groups)
        self.convolver = MaskedConvolver(valid, largest)
        self.invalid = ~valid
        self.shape = landuse.shape

    def emit(self, product, key, array):
        array[self.invalid] = np.nan
        self.sink(product, key, array)

    def guilds(self):
        """Each guild with the convolver switched to its kernel; progress per guild."""
        done = 0
        for alpha_px, guilds in self.groups.items():
            self.check()
            self.convolver.use_kernel(exponential_kernel(alpha_px))
            for guild in guilds:
                yield guild
                done += 1
                self.feedback.setProgress(100.0 * done / len(self.tables.guilds))

    def check(self):
        if self.feedback.isCanceled():
            raise Cancelled()

    def supply(self, guild):
        """HN, FR and PS = ra x HN x FR of a guild (0 at invalid cells). The cells' own floral
        index, before it is smoothed into FR, goes to the sink as FLORAL_COVER: it is the
        cover the Bijenlandschap rules speak of."""
        tables, index = self.tables, self.index
        fe = index.values(sum(flowers_per_code(tables, guild, j) for j in tables.seasons))
        fr = self.convolver.mean(fe)
        self.emit(Products.FLORAL_COVER, guild.species, fe)
        del fe
        hn = index.values(nesting_per_code(tables, guild))
        ps = np.float32(tables.abundance_share(guild)) * hn * fr
        return hn, fr, ps

    def visits(self, ps, fr):
        """PA(x, s, j) = FF(x, s, j) / FR(x, s) x mean of PS around x: the mean over FR."""
        self.check()
        visits = self.convolver.mean(ps)
        np.divide(visits, fr, out=visits, where=fr > 0)
        visits[fr <= 0] = 0.0
        return visits

    def abundance(self, guild, visits, totals, want_guild_abundance):
        for season in self.tables.seasons:
            pa = self.index.values(flowers_per_code(self.tables, guild, season))
            pa *= visits
            totals[season] += pa
            if want_guild_abundance:
                self.emit(Products.GUILD_ABUNDANCE, (guild.species, season), pa)

    def season_totals(self):
        return {j: np.zeros(self.shape, np.float32) for j in self.tables.seasons}

    def emit_totals(self, totals):
        for season in self.tables.seasons:
            self.emit(Products.TOTAL_ABUNDANCE, season, totals.pop(season))


def run_pollination(landuse, valid, pixel_size, tables, sink, want_guild_abundance=False,
                    feedback=None):
    """Compute the model on a land-use grid and hand every product to ``sink(product, key, a)``.

    ``landuse`` holds integer codes (all in the table where valid), ``valid`` is False at
    nodata cells, ``pixel_size`` the mean cell size in metres. Arrays passed to the sink are
    float32 with NaN at invalid cells; the sink must not keep them beyond the call.
    """
    model = _Model(landuse, valid, pixel_size, tables, sink, feedback)
    total_supply = np.zeros(landuse.shape, np.float32)
    totals = model.season_totals()
    for guild in model.guilds():
        hn, fr, ps = model.supply(guild)
        model.emit(Products.NESTING, guild.species, hn)
        del hn
        total_supply += ps
        visits = model.visits(ps, fr)
        model.emit(Products.SUPPLY, guild.species, ps)
        model.emit(Products.FLORAL, guild.species, fr)
        del ps, fr
        model.abundance(guild, visits, totals, want_guild_abundance)
    model.emit(Products.TOTAL_SUPPLY, None, total_supply)
    model.emit_totals(totals)


def run_supply(landuse, valid, pixel_size, tables, sink, feedback=None):
    """The supply half: NESTING, FLORAL and SUPPLY of each guild and TOTAL_SUPPLY."""
    model = _Model(landuse, valid, pixel_size, tables, sink, feedback)
    total_supply = np.zeros(landuse.shape, np.float32)
    for guild in model.guilds():
        hn, fr, ps = model.supply(guild)
        total_supply += ps
        for product, array in ((Products.NESTING, hn), (Products.FLORAL, fr),
                               (Products.SUPPLY, ps)):
            model.emit(product, guild.species, array)
    model.emit(Products.TOTAL_SUPPLY, None, total_supply)


def run_abundance(landuse, valid, pixel_size, tables, supply_of, sink,
                  want_guild_abundance=False, feedback=None):
    """The abundance half, from each guild's supply and floral resources as ``run_supply``
    gave them: ``supply_of(guild)`` returns (PS, FR) on this grid, 0 at invalid cells."""
    model = _Model(landuse, valid, pixel_size, tables, sink, feedback)
    totals = model.season_totals()
    for guild in model.guilds():
        ps, fr = supply_of(guild)
        visits = model.visits(ps, fr)
        del ps, fr
        model.abundance(guild, visits, totals, want_guild_abundance)
    model.emit_totals(totals)
