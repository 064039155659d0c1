"""One tile of the tiled cost distance (network/costdistance_runner.py): its window's solve from the
distances so far, the neighbours it marks, and the memory a window needs. Both the run in this
process and the Dask workers (costdistance_cluster.py) solve tiles with it, so neither of
those two imports the other."""
import numpy as np

from .costdistance import CostSurface

# Peak memory per cell of one window's run (the untiled run is one window of the whole
# raster), measured with tracemalloc (numpy's allocations): the cost as read and in float64,
# the step tables of both orientations (40 B), distances, allocations and their transposed
# spares (24 B) and the source ids. Measured 70 B/cell untiled at 600 x 500 cells and 80 B
# per window cell tiled (windows under 256 rows, where the table builder's blocks of rows
# hold the whole window), rounded up. The whole raster's distances and allocations (12 B a
# cell) are in temporary files (tiling.DiskArray), read and written window by window.
BYTES_PER_CELL = 84
RING = 1          # cells: every edge joins 8-neighbours
# Share of the progress bar: seeding the sources, then solving the tiles, then the outputs.
_SEEDED, _SOLVED = 5.0, 95.0


def window_bytes(rows, cols):
    """Peak memory of the run on a rows x cols window (see BYTES_PER_CELL)."""
    return BYTES_PER_CELL * rows * cols


def _read_cost(reader, col, row, cols, rows):
    """The cost of a window in float64, NaN (a barrier) at nodata."""
    values, valid = reader.read(col, row, cols, rows)
    return np.where(valid, values, np.nan).astype(np.float64)


class _SolveFeedback:
    """Progress of the tile solves: their number is not known beforehand (one or two per
    tile on open terrain, many where paths wind across tile borders), so ``done`` solves
    per tile show as done / (done + 1) of the solves' share of the bar."""

    def __init__(self, feedback, solves, tiles, running=1):
        self.feedback, self.solves, self.tiles = feedback, solves, tiles
        self.running = running          # the solves this progress is of (a cluster's round)

    def setProgress(self, percent):  # noqa: N802 (QGIS's spelling)
        done = (self.solves + self.running * percent / 100.0) / self.tiles
        self.feedback.setProgress(_SEEDED + (_SOLVED - _SEEDED) * done / (done + 1.0))

    def isCanceled(self):  # noqa: N802
        return self.feedback.isCanceled()


def mark(due, neighbours, lowest):
    """Marks the neighbours (``{side: tile}``) whose ring a solve lowered (``lowest`` per
    side) in ``due``, each with the lowest distance lowered in its ring; the ones whose key
    went down."""
    marked = []
    for side, n in neighbours.items():
        if lowest[side] < due.get(n, np.inf):
            due[n] = lowest[side]
            marked.append(n)
    return marked


def _cells(tile):
    return slice(tile.row, tile.row + tile.rows), slice(tile.col, tile.col + tile.cols)


def _neighbours(plan):
    """Per tile, {(dr, dc): index} of the tiles around it (plan_tiles' row-major order)."""
    where = {(tile.row, tile.col): k for k, tile in enumerate(plan)}
    rows = sorted({tile.row for tile in plan})
    cols = sorted({tile.col for tile in plan})
    out = []
    for tile in plan:
        i, j = rows.index(tile.row), cols.index(tile.col)
        out.append({(dr, dc): where[rows[i + dr], cols[j + dc]]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                    if (dr or dc) and 0 <= i + dr < len(rows) and 0 <= j + dc < len(cols)})
    return out


def solve_tile(reader, tile, dist, alloc, first, limit, feedback):
    """Solve one tile on its window (tile + ring) from the distances known so far, write it
    back, and give per side (dr, dc) the lowest distance among the border cells a neighbour
    there sees in its ring that were lowered or moved to another source (or, on the
    ``first`` solve, are finite); inf where none was.

    The tile's own cells are at their fixed point from its last solve (or hold only its
    sources, on the ``first``), so only the ring's edges can lower them: the ring seeds the
    sweeps, its top and bottom rows along the rows, its left and right columns along the
    columns. Ring cells the solve lowers are not written back: they belong to the
    neighbour, which sees the lowering cell in its own ring. For the same reason the ring
    keeps its sources when the allocations are made to follow the paths (see
    costdistance._follow_paths): only the neighbour sees all of a ring cell's neighbours;
    a border cell moved to another source there marks the neighbour, whose cells may have
    been reached through it."""
    window = (slice(tile.win_row, tile.win_row + tile.win_rows),
              slice(tile.win_col, tile.win_col + tile.win_cols))
    surface = CostSurface(_read_cost(reader, tile.win_col, tile.win_row, tile.win_cols,
                                     tile.win_rows), reader.grid.pixel_size)
    d = dist[window]
    a = None if alloc is None else alloc[window]
    (top, bottom), (left, right) = [(s.start, s.stop) for s in tile.crop]
    rows_from = np.isfinite(d)
    columns_from = rows_from.copy()
    columns_from[:, left:right] = False
    rows_from[:, :left] = False
    rows_from[:, right:] = False
    if not first:
        rows_from[top:bottom] = False
    ring = np.ones(d.shape, bool)
    ring[top:bottom, left:right] = False
    # a first solve tells the neighbours of all its border's distances, its sources' too
    border = {side: np.inf if first else d[cells].copy()
              for side, cells in _border(tile).items()}
    allocated = None if a is None else {side: a[cells].copy()
                                        for side, cells in _border(tile).items()}
    surface.lower(d, a, rows_from, columns_from, limit, feedback, fixed=ring)
    del surface, rows_from, columns_from, ring
    dist[_cells(tile)] = d[top:bottom, left:right]
    if alloc is not None:
        alloc[_cells(tile)] = a[top:bottom, left:right]
    lowest = {}
    for side, cells in _border(tile).items():
        values = d[cells]
        changed = values < border[side]
        if a is not None:
            changed |= a[cells] != allocated[side]
        lowest[side] = float(values[changed].min()) if changed.any() else np.inf
    return lowest


def _border(tile):
    """Per side (dr, dc), the window cells of the tile's border the tile there sees."""
    (top, bottom), (left, right) = [(s.start, s.stop) for s in tile.crop]
    rows = {-1: slice(top, top + 1), 0: slice(top, bottom), 1: slice(bottom - 1, bottom)}
    cols = {-1: slice(left, left + 1), 0: slice(left, right), 1: slice(right - 1, right)}
    return {(dr, dc): (rows[dr], cols[dc])
            for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc}
