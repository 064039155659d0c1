"""Resistance of land use to bee movement: a table lookup from land-use codes.

Resistance is the cost of crossing one metre of a land use relative to the best habitat (1);
cost distance multiplies it by the cell size. A code may be a barrier by giving it no
positive resistance: such cells are never entered.
"""
import numpy as np

from ..io.csvtable import check_codes, read_csv
from ..errors import TableError
from ..io.gdalio import BandWriter, landuse_reader
from ..io.outputs import Outputs
from ..io.tiling import WindowPlan

# Memory of resistance_to_file per cell of a window: the land use and its mask, the table
# row of each code (int64) and its float64 value, the float32 surface, and the transients of
# writing it (its nodata copy, the float64 values of the running statistics). Measured with
# tracemalloc (numpy's own allocations): 23 B/cell for Int16 land use, 32.4 for Float64 land
# use (read as floats, then converted to codes), here rounded up.
BYTES_PER_CELL = 36
# The largest resistance: a billion times the best habitat, so for bees a barrier
# in all but name, while a path of 100 km through it (1e14) still sums exactly in float64 and
# is stored in float32 (up to 3.4e38) without becoming infinite. A real barrier is 0.
MAX_RESISTANCE = 1e9


def read_resistance_table(path):
    """(codes, resistance) from a CSV with columns lucode and resistance."""
    table = read_csv(path)
    fix = "The resistance table needs the columns lucode and resistance."
    table.require("lucode", fix)
    table.require("resistance", fix)
    table.unique("lucode", lambda i: table.integer(i, "lucode"))
    codes = np.array([table.integer(i, "lucode") for i in range(len(table.rows))], np.int64)
    values = np.array([table.number(i, "resistance", upper=MAX_RESISTANCE)
                       for i in range(len(table.rows))])
    if (values <= 0).all():
        raise TableError("{file}: every resistance is 0 or less, so every cell is a barrier. "
                         "Give passable land uses a resistance of 1 or more.", file=table.name)
    return codes, values, table.name


def resistance_surface(landuse, valid, codes, values):
    """Per-cell resistance, NaN at nodata and at barrier codes (resistance <= 0); every valid
    code must be in ``codes`` (checked by the caller, once for all windows)."""
    order = np.argsort(codes)
    index = np.searchsorted(codes[order], np.where(valid, landuse, codes[order][0]))
    out = values[order][index].astype(np.float32)
    out[~valid | (out <= 0)] = np.nan
    return out


def resistance_to_file(landuse_path, table_path, out_path, feedback=None,
                       memory_budget_mb=None):
    """Write the resistance raster of a land-use raster; returns the number of barrier cells.

    Each cell's resistance depends on its own code only, so a raster larger than
    ``memory_budget_mb`` (MiB; default 40 % of physical memory) is read and written tile by
    tile, without halo, giving the untiled raster exactly."""
    codes, values, table_file = read_resistance_table(table_path)
    reader = landuse_reader(landuse_path, codes, feedback)
    try:
        windows = WindowPlan(reader, 0, lambda rows, cols: BYTES_PER_CELL * rows * cols,
                             memory_budget_mb)
        check_codes(codes, windows.codes(), table_file)
        barriers = 0

        def compute(tile, landuse, valid, _):
            nonlocal barriers
            surface = resistance_surface(landuse, valid, codes, values)
            barriers += int(np.count_nonzero(valid & np.isnan(surface)))
            writer.write_window("resistance", surface, tile.col, tile.row)
        with Outputs() as outputs:
            writer = outputs.add(BandWriter(out_path, reader.grid, ["resistance"],
                                            product="resistance"))
            windows.run(compute, feedback)
    finally:
        reader.close()
    return barriers
