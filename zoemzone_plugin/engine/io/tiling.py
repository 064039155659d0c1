"""Windowed processing: rasters larger than a memory budget, computed tile by tile.

A province at LGN's 5 m resolution is 210 million cells; the untiled models need tens of
bytes per cell for their layers and FFT spectra, more than a workstation has. A tiled run
reads each tile's land use with a halo around it, computes on that window, and writes back
only the tile, where the halo makes the tile's values exact:

- a kernel-weighted mean of radius R at a cell needs the cells within R of it, so a layer
  that depends on such a mean is exact on the window shrunk by R. A second mean of that
  layer (pollinator abundance is a mean of supply, which is a mean of flowers) would need
  2R; models with such chains run one pass over the tiles per mean instead, keeping the
  intermediate layer on disk, so each pass needs a halo of R only.
- the window is clipped at the raster's edge, and the convolution treats everything beyond
  the window as invalid, exactly as the untiled run treats everything beyond the raster: the
  masked renormalisation sees the true raster edge and the true nodata cells.

The tile size follows from the budget and a per-model memory estimate of one window; the
budget defaults to a share of the machine's physical memory, so runs that fit stay untiled
(and as fast as before), and only rasters that would not fit are split.
"""
import os
from dataclasses import dataclass

import numpy as np

from ..errors import Cancelled
from ..progress import NullFeedback

DEFAULT_MEMORY_SHARE = 0.4     # of physical memory: the rest for QGIS, GDAL's cache, the OS
FALLBACK_MEMORY_MB = 4096      # where the OS does not say how much memory it has
MIN_TILE = 64                  # cells; smaller tiles only multiply the halo's work
TILE_ALIGN = 256               # the block size of our GeoTIFF outputs: whole blocks per write


def physical_memory_bytes():
    """The machine's physical memory, or None where os.sysconf cannot tell."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def default_memory_budget_mb():
    """40 % of physical memory (4 GB where unknown)."""
    total = physical_memory_bytes()
    if not total:
        return float(FALLBACK_MEMORY_MB)
    return DEFAULT_MEMORY_SHARE * total / 2.0 ** 20


def budget_bytes(memory_budget_mb=None):
    """A budget in MiB as callers give it (None: the default) in bytes."""
    return (default_memory_budget_mb() if memory_budget_mb is None
            else float(memory_budget_mb)) * 2.0 ** 20


@dataclass(frozen=True)
class Tile:
    """A tile (the cells it writes) and its window (the cells it reads: tile + halo, clipped
    to the raster), both as row, column, height, width in raster cells."""
    row: int
    col: int
    rows: int
    cols: int
    win_row: int
    win_col: int
    win_rows: int
    win_cols: int

    @property
    def crop(self):
        """Slices taking the tile out of an array of the window."""
        top, left = self.row - self.win_row, self.col - self.win_col
        return slice(top, top + self.rows), slice(left, left + self.cols)

    @property
    def cells(self):
        return self.rows * self.cols


def window_shape(rows, cols, tile, halo):
    """The largest window a square tile of side ``tile`` reads on a rows x cols raster."""
    return min(rows, min(tile, rows) + 2 * halo), min(cols, min(tile, cols) + 2 * halo)


def choose_tile_size(rows, cols, halo, budget, window_bytes):
    """The side of the largest square tile whose window fits ``budget`` bytes.

    ``window_bytes(win_rows, win_cols)`` is the model's peak memory on one window. Tiles
    are clipped to the raster, so once a side exceeds the raster's width the tiles become
    full-width strips growing in height. Sides of TILE_ALIGN or more are rounded down to a
    multiple of it, so each tile writes whole output blocks. Where even MIN_TILE does not fit
    (a halo larger than the budget allows) MIN_TILE is used: the run then exceeds the budget
    by the halo's own need rather than failing.
    """
    def fits(tile):
        return window_bytes(*window_shape(rows, cols, tile, halo)) <= budget

    low, high = MIN_TILE, max(rows, cols, MIN_TILE)
    if fits(high):
        return high
    if not fits(low):
        return MIN_TILE
    while high - low > 1:       # fits(low) and not fits(high)
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    if low >= TILE_ALIGN:
        low -= low % TILE_ALIGN
    return low


def plan_tiles(rows, cols, tile, halo):
    """Tiles of side ``tile`` covering the raster row by row, each with its halo window."""
    plan = []
    for row in range(0, rows, tile):
        for col in range(0, cols, tile):
            height, width = min(tile, rows - row), min(tile, cols - col)
            top, left = max(0, row - halo), max(0, col - halo)
            bottom, right = min(rows, row + height + halo), min(cols, col + width + halo)
            plan.append(Tile(row, col, height, width, top, left, bottom - top, right - left))
    return plan


class TileFeedback:
    """Feedback for the run on one tile: its 0-100 % become the tile's share of the whole."""

    def __init__(self, feedback, done_cells, tile_cells, total_cells):
        self.feedback = feedback
        self.done, self.cells, self.total = done_cells, tile_cells, total_cells

    def setProgress(self, percent):  # noqa: N802 (QGIS's spelling)
        # the same expression as the tile loop's own report, so progress never steps back
        self.feedback.setProgress(100.0 * (self.done + self.cells * percent / 100.0)
                                  / self.total)

    def isCanceled(self):  # noqa: N802
        return self.feedback.isCanceled()


def for_each_tile(reader, plan, compute, feedback=None):
    """Read each tile's window from ``reader`` (a gdalio.RasterReader) and call
    ``compute(tile, array, valid, tile_feedback)``; progress is by cells, and a cancel is
    honoured between tiles (and within them, by whatever ``compute`` checks)."""
    feedback = feedback or NullFeedback()
    total = sum(tile.cells for tile in plan)
    done = 0
    for tile in plan:
        if feedback.isCanceled():
            raise Cancelled()
        array, valid = reader.read(tile.win_col, tile.win_row, tile.win_cols, tile.win_rows)
        compute(tile, array, valid, TileFeedback(feedback, done, tile.cells, total))
        del array, valid
        done += tile.cells
        feedback.setProgress(100.0 * done / total)


def codes_in_tiles(reader, plan):
    """The sorted codes of the valid cells of a raster read tile by tile (without halos).

    A tiled run checks them against its table before it writes anything, as an untiled run
    checks the codes of its whole array, so a bad raster leaves no partial output."""
    present = set()
    for tile in plan:
        array, valid = reader.read(tile.col, tile.row, tile.cols, tile.rows)
        present.update(np.unique(array[valid]).tolist())
    return sorted(present)


class WindowPlan:
    """Where a one-pass model (a per-cell reclass, a layer of kernel means) reads its windows:
    the whole raster where ``window_bytes(rows, cols)`` fits the budget, else tiles with
    ``halo``. The whole raster is read once, for the codes check and the run both, so an
    untiled run costs what it did before tiling existed."""

    def __init__(self, reader, halo, window_bytes, memory_budget_mb=None):
        rows, cols = reader.grid.rows, reader.grid.cols
        budget = budget_bytes(memory_budget_mb)
        self.reader = reader
        self.tiled = window_bytes(rows, cols) > budget
        if self.tiled:
            size = choose_tile_size(rows, cols, halo, budget, window_bytes)
            self.plan = plan_tiles(rows, cols, size, halo)
        else:
            self.plan = [Tile(0, 0, rows, cols, 0, 0, rows, cols)]
        self._whole = None

    def codes(self):
        """The sorted codes of the valid cells, to check before any output is written."""
        if self.tiled:
            return codes_in_tiles(self.reader, self.plan)
        self._whole = self.reader.read()
        array, valid = self._whole
        return np.unique(array[valid]).tolist()

    def run(self, compute, feedback=None):
        """``compute(tile, array, valid, feedback)`` on each window, as in for_each_tile."""
        if self.tiled:
            for_each_tile(self.reader, self.plan, compute, feedback)
            return
        array, valid = self._whole if self._whole is not None else self.reader.read()
        self._whole = None
        compute(self.plan[0], array, valid, feedback or NullFeedback())


def choose_strip_height(rows, cols, halo, budget, window_bytes):
    """The height of the highest strip of whole rows whose window (the strip and ``halo``
    rows above and below it) fits ``budget`` bytes, as choose_tile_size chooses tiles: for
    computations that need whole rows (a distance transform along them)."""
    return choose_tile_size(rows, 1, halo, budget, lambda r, _: window_bytes(r, cols))


def plan_strips(rows, cols, height, halo):
    """Strips of ``height`` whole rows covering the raster top to bottom, each with a window
    of ``halo`` rows above and below it (clipped to the raster)."""
    return [Tile(t.row, 0, t.rows, cols, t.win_row, 0, t.win_rows, cols)
            for t in plan_tiles(rows, 1, height, halo)]


class DiskArray:
    """A 2-D array of a whole raster in a temporary file, read and written window by window.

    Plain reads and writes rather than a memory map: the file's pages then sit in the
    system's file cache, which the OS gives back under pressure, and not in the process's
    own memory, where a memory map's touched pages count up to the whole array (2.6 GB of a
    5 m province's distances and allocations on top of the budget).
    """

    def __init__(self, path, shape, dtype, create=True):
        """A new array of zeros, or with ``create=False`` the one another process made
        there, for reading (a Dask worker's view of the run's array)."""
        self.path, self.shape, self.dtype = path, shape, np.dtype(dtype)
        self._file = open(path, "w+b" if create else "rb")
        if create:
            self._file.truncate(shape[0] * shape[1] * self.dtype.itemsize)    # zeros

    def _rows(self, window):
        rows, cols = window
        rows = range(*rows.indices(self.shape[0]))
        lo, hi, _ = cols.indices(self.shape[1])
        return rows, lo, hi

    def __getitem__(self, window):
        rows, lo, hi = self._rows(window)
        out = np.empty((len(rows), hi - lo), self.dtype)
        size = self.dtype.itemsize
        for k, r in enumerate(rows):
            self._file.seek((r * self.shape[1] + lo) * size)
            if self._file.readinto(memoryview(out[k]).cast("B")) != out[k].nbytes:
                raise OSError("short read from {}".format(self._file.name))
        return out

    def __setitem__(self, window, values):
        rows, lo, hi = self._rows(window)
        values = np.ascontiguousarray(np.broadcast_to(values, (len(rows), hi - lo)),
                                      self.dtype)
        size = self.dtype.itemsize
        for k, r in enumerate(rows):
            self._file.seek((r * self.shape[1] + lo) * size)
            self._file.write(memoryview(values[k]).cast("B"))

    def flush(self):
        """Hand the writes to the system, so that other processes read them."""
        self._file.flush()

    def close(self):
        self._file.close()
