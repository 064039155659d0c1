"""Resistance of land use to bee movement: a table lookup from land-use codes.

Resistance is the cost of crossing one metre of a land use relative to the best habitat (1);
cost distance multiplies it by the cell size. A code may be a barrier by giving it no
positive resistance: such cells are never entered.
"""
import numpy as np

from .csvtable import check_codes, read_csv
from .errors import TableError
from .gdalio import read_landuse, write_single


def read_resistance_table(path):
    """(codes, resistance) from a CSV with columns lucode and resistance."""
    table = read_csv(path)
    fix = "The resistance table needs the columns lucode and resistance."
    table.require("lucode", fix)
    table.require("resistance", fix)
    table.unique("lucode", lambda i: table.integer(i, "lucode"))
    codes = np.array([table.integer(i, "lucode") for i in range(len(table.rows))], np.int64)
    values = np.array([table.number(i, "resistance") for i in range(len(table.rows))])
    if (values <= 0).all():
        raise TableError("{file}: every resistance is 0 or less, so every cell is a barrier. "
                         "Give passable land uses a resistance of 1 or more.", file=table.name)
    return codes, values, table.name


def resistance_surface(landuse, valid, codes, values, table_file):
    """Per-cell resistance, NaN at nodata and at barrier codes (resistance <= 0)."""
    check_codes(codes, np.unique(landuse[valid]), table_file)
    order = np.argsort(codes)
    index = np.searchsorted(codes[order], np.where(valid, landuse, codes[order][0]))
    out = values[order][index].astype(np.float32)
    out[~valid | (out <= 0)] = np.nan
    return out


def resistance_to_file(landuse_path, table_path, out_path):
    """Write the resistance raster of a land-use raster; returns the number of barrier cells."""
    codes, values, table_file = read_resistance_table(table_path)
    landuse, valid, grid = read_landuse(landuse_path)
    surface = resistance_surface(landuse, valid, codes, values, table_file)
    write_single(out_path, grid, "resistance", surface)
    return int((valid & np.isnan(surface)).sum())
