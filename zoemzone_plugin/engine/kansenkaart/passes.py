"""The kansenkaart's kernel passes over one tile, and what they need to read and gather: the
code both a tiled run in this process (kansenkaart.runner._TiledRun) and a Dask worker
(kansenkaart.cluster) run, kept apart from both so neither imports the other."""
import numpy as np
from osgeo import gdal

from ..pollination.convolution import exponential_kernel
from .model import SOURCE, _Correlator, _nanmax, cancel_check
from ..pollination.model import CodeIndex


class _IdRasters:
    """The optional available-land and parcel id rasters, read whole or by tile."""

    def __init__(self, readers, capacities=None):
        self.readers = readers
        self.has_parcels = "parcels" in readers
        self.capacities = capacities

    def _ids(self, name, window):
        if name not in self.readers:
            return None
        ids, valid = self.readers[name].read(*window)
        return np.where(valid, ids, 0)

    def available(self, window=()):
        ids = self._ids("available", window)
        return None if ids is None else ids > 0

    def parcels(self, window=()):
        return self._ids("parcels", window)

    def patches(self):
        """(labels, capacities) of the whole patch raster, or None."""
        labels = self._ids("patches", ())
        return None if labels is None else (labels, np.asarray(self.capacities, np.float64))


class LayerFiles:
    """The finished layers of a tiled run (name -> file), read by window."""

    def __init__(self, files=None):
        self.files = dict(files or {})
        self.datasets = {}

    def read(self, name, col, row, cols, rows):
        """The raw values (nodata not masked) of a window of a finished layer."""
        if name not in self.datasets:
            self.datasets[name] = gdal.Open(self.files[name])
        return self.datasets[name].GetRasterBand(1).ReadAsArray(col, row, cols, rows)


def _window(tile):
    return tile.win_col, tile.win_row, tile.win_cols, tile.win_rows


def _cells(tile):
    return tile.col, tile.row, tile.cols, tile.rows


class KernelPasses:
    """The passes with a kernel halo (1: supply, 2: gains; see the module) on one tile at a
    time, and the global figures they gather: in this process for a tiled run (_TiledRun)
    or on a Dask worker for one tile (kansenkaart.cluster), whose figures the run then adds
    to its own (``add_figures``). ``layers`` reads the finished layers and keeps what a
    pass writes (``write(name, array, tile)``)."""

    SUPPLY = "supply"

    def __init__(self, model, ids, layers):
        self.model, self.ids, self.layers = model, ids, layers
        self.codes = model.tables.biophysical.codes
        self.total_supply, self.gain_scale, self.yr_scale = 0.0, 0.0, 0.0
        self.supply_order = _OrderStatistics()
        # the connectivity term of today's habitat, not of given patches
        self.own = model.want_conn and "patches" not in ids.readers

    def figures(self):
        """What the passes gathered, for ``add_figures``."""
        return (self.total_supply, self.gain_scale, self.yr_scale,
                self.supply_order if self.supply_order.count else None)

    def add_figures(self, figures):
        """Add another run's ``figures`` of other tiles to this run's."""
        total_supply, gain_scale, yr_scale, supply_order = figures
        self.total_supply += total_supply
        self.gain_scale = max(self.gain_scale, gain_scale)
        self.yr_scale = max(self.yr_scale, yr_scale)
        if supply_order is not None:
            self.supply_order.merge(supply_order)

    def supply_pass(self, tile, landuse, valid, feedback):
        """Pass 1 (halo R): the terms that are kernel means of the land use."""
        model, crop = self.model, tile.crop
        check = cancel_check(feedback)
        index = CodeIndex(landuse, valid, self.codes)
        correlator = _Correlator(valid, 2 * model.radius + 1)
        scratch = np.empty(landuse.shape, np.float32)
        if self.own:
            supply = np.zeros((tile.rows, tile.cols), np.float32)
            nests = np.zeros((tile.rows, tile.cols), bool)
        for number, (alpha_px, group) in enumerate(model.groups):
            check()
            correlator.use_kernel(exponential_kernel(alpha_px))
            for kind, key, *layers in model.group_terms(index, correlator, group, scratch,
                                                        check):
                if kind == SOURCE:
                    self.layers.write(("source", number, key), layers[0][crop], tile)
                    continue
                hn_w, fr, ps = layers
                self.total_supply += float(ps[crop].sum(dtype=np.float64))
                if self.own:
                    supply += ps[crop]
                    nests |= hn_w[crop] > 0
                self.layers.write(("nests/W", key.species), hn_w[crop], tile)
                self.layers.write(("FR", key.species), fr[crop], tile)
            feedback.setProgress(100.0 * (number + 1) / len(model.groups))
        if self.own:
            self.layers.write(self.SUPPLY, np.where(nests, supply, np.float32(np.nan)), tile)
            self.supply_order.add(supply[nests])

    def gain_pass(self, tile, landuse, valid, feedback):
        """Pass 2 (halo R): C_s and E_j, correlations of what pass 1 kept; the gains."""
        model, crop, window = self.model, tile.crop, _window(tile)
        check = cancel_check(feedback)
        index = CodeIndex(landuse[crop], valid[crop], self.codes)
        covers = {code: cover[crop] for code, cover in model.covers(
            landuse, valid, self.ids.available(window), self.ids.parcels(window)).items()}
        gains = model.empty_gains(index, self.ids.available(_cells(tile)), covers)
        correlator = _Correlator(valid, 2 * model.radius + 1)
        scratch = np.empty((tile.rows, tile.cols), np.float32)
        food_gain = ({j: np.zeros((tile.rows, tile.cols), np.float32)
                      for j in model.tables.seasons} if model.want_yr else {})
        for number, (alpha_px, group) in enumerate(model.groups):
            check()
            correlator.use_kernel(exponential_kernel(alpha_px))
            for season in model.flight_seasons(group) if model.want_yr else ():
                source = self.layers.read(("source", number, season), *window)
                if source.any():
                    food_gain[season] += correlator.raw(source)[crop]
            for guild in group:
                check()
                nests_fed = correlator.raw(self.layers.read(("nests/W", guild.species),
                                                            *window))[crop]
                fr = self.layers.read(("FR", guild.species), *_cells(tile))
                model.add_guild_gains(gains, index, guild, fr, nests_fed,
                                      correlator.inverse_weight[crop], correlator.centre,
                                      scratch, covers)
            feedback.setProgress(100.0 * (number + 1) / len(model.groups))
        for effect in model.effects:
            gain = gains[effect.measure.code]
            self.gain_scale = max(self.gain_scale, _nanmax(np.abs(gain)))
            if model.want_yr:
                yr = model.yearround(effect, index, food_gain, gain, scratch,
                                     covers.get(effect.measure.code))
                self.yr_scale = max(self.yr_scale, _nanmax(yr))
            self.layers.write(("gain", effect.measure.code), gain, tile)
        for code, cover in covers.items():
            self.layers.write(("cover", code), cover, tile)
        for season, spread in food_gain.items():
            self.layers.write(("E", season), spread, tile)


def _keys(values):
    """Unsigned 32-bit keys of float32 values, in the values' order (for finite values)."""
    bits = np.ascontiguousarray(values, np.float32).view(np.uint32)
    return np.where(bits >> 31 == 1, ~bits, bits | np.uint32(0x80000000))


def _values(keys):
    keys = np.asarray(keys, np.uint32)
    return np.where(keys >> 31 == 1, keys & np.uint32(0x7FFFFFFF), ~keys).astype(
        np.uint32).view(np.float32)


class _OrderStatistics:
    """Exact order statistics of float32 values met tile by tile, without holding them.

    A value's 32-bit key (_keys) sorts as the value does. The first read counts the keys'
    upper 16 bits (``add``), which tells the bin of 2^16 keys each asked rank falls in and
    its rank within the bin; the second read (``select``) counts the lower 16 bits of the
    keys in those bins only, which gives each key exactly. Memory: 2^16 counts per bin."""

    HALF = 16

    def __init__(self):
        self.count = 0
        self.upper = np.zeros(1 << self.HALF, np.int64)

    def add(self, values):
        keys = _keys(values)
        self.upper += np.bincount(keys >> self.HALF, minlength=1 << self.HALF)
        self.count += keys.size

    def merge(self, other):
        """Count the values another _OrderStatistics met, as if ``add``ed here."""
        self.upper += other.upper
        self.count += other.count

    def select(self, ranks, second_read):
        """The values at 0-based ``ranks`` in ascending order; ``second_read(add)`` must
        hand the values given to ``add`` to its argument once more (in any blocks)."""
        ranks = np.asarray(ranks, np.int64)
        ends = np.cumsum(self.upper)
        bins = np.searchsorted(ends, ranks, side="right")
        within = ranks - (ends[bins] - self.upper[bins])
        lower = {int(b): np.zeros(1 << self.HALF, np.int64) for b in np.unique(bins)}
        mask = np.uint32((1 << self.HALF) - 1)

        def add(values):
            keys = _keys(values)
            upper = keys >> self.HALF
            for b, counts in lower.items():
                counts += np.bincount(keys[upper == b] & mask, minlength=1 << self.HALF)
        second_read(add)
        keys = [(int(b) << self.HALF)
                | int(np.searchsorted(np.cumsum(lower[int(b)]), w, side="right"))
                for b, w in zip(bins, within)]
        return _values(keys)
