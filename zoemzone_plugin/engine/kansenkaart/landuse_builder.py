"""A finer land-use raster from a base raster and vector layers (the data-rich pilot).

LGN misses the fine linear elements bees live on: verges, hedges, field margins. Municipalities
with BGT, crop parcels (BRP) and partners' habitat maps burn them into the base raster at a
finer cell size. Each layer's field values map to land-use codes with a burn priority (higher
priorities are burnt later and so win), and lines get a width.
"""
import math
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from ..io.csvtable import read_csv
from ..errors import Cancelled, InputError, TableError
from ..io.gdalio import Grid, open_raster
from ..progress import NullFeedback

gdal.UseExceptions()
ANY_VALUE = "*"


@dataclass(frozen=True)
class Rule:
    lucode: int
    priority: float
    width_m: float      # 0 for polygons and points


def read_mapping(path):
    """{(layer, field): {value: Rule}} from a CSV with layer, field, value, lucode, priority,
    width_m (value '*' matches every value of the field)."""
    table = read_csv(path)
    fix = "The mapping table needs the columns layer, field, value, lucode, priority, width_m."
    for column in ("layer", "field", "value", "lucode", "priority", "width_m"):
        table.require(column, fix)
    mapping = {}
    for i, row in enumerate(table.rows):
        width = table.number(i, "width_m", 0) if row["width_m"] else 0.0
        key = (row["layer"].lower(), row["field"].lower())
        values = mapping.setdefault(key, {})
        if row["value"] in values:
            raise TableError(
                "{file}, line {line}: layer '{layer}', field '{field}', value '{value}' is "
                "mapped twice. Keep one row.", file=table.name, line=table.lines[i],
                layer=row["layer"], field=row["field"], value=row["value"])
        values[row["value"]] = Rule(table.integer(i, "lucode"), table.number(i, "priority"),
                                    width)
    return mapping, table.name


def target_grid(base, cell_size):
    """The output grid: the base raster's origin and extent at ``cell_size``, north up."""
    x0, dx, rx, y0, ry, dy = base.geotransform
    if rx or ry:
        raise InputError("The base land-use raster is rotated; warp it to a north-up grid "
                         "first.")
    if not cell_size > 0:
        raise InputError("The cell size must be positive, not {value}.", value=cell_size)
    cols = int(math.ceil(base.cols * abs(dx) / cell_size - 1e-9))
    rows = int(math.ceil(base.rows * abs(dy) / cell_size - 1e-9))
    return Grid(cols, rows, (x0, cell_size, 0.0, y0, 0.0, -cell_size), base.wkt)


def resample_base(path, cell_size):
    """(codes, valid, grid): the base raster on the output grid, nearest neighbour."""
    ds = open_raster(path)
    base = Grid(ds.RasterXSize, ds.RasterYSize, ds.GetGeoTransform(), ds.GetProjection())
    grid = target_grid(base, cell_size)
    x0, _, _, y0, _, _ = grid.geotransform
    warped = gdal.Warp("", ds, format="MEM", outputBounds=(
        x0, y0 - grid.rows * cell_size, x0 + grid.cols * cell_size, y0),
        xRes=cell_size, yRes=cell_size, resampleAlg="near")
    band = warped.GetRasterBand(1)
    codes = band.ReadAsArray().astype(np.int32)
    nodata = ds.GetRasterBand(1).GetNoDataValue()
    valid = np.ones(codes.shape, bool) if nodata is None else codes != int(nodata)
    return codes, valid, grid, nodata


def _burn(target, geometries, all_touched):
    srs = osr.SpatialReference()
    srs.ImportFromWkt(target.GetProjection() or srs.ExportToWkt())
    vector = ogr.GetDriverByName("Memory").CreateDataSource("burn")
    layer = vector.CreateLayer("f", srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    for code, geometry in geometries:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("code", int(code))
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    options = ["ATTRIBUTE=code"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(target, [1], layer, options=options)


def build_landuse(base_path, layers, mapping, cell_size, feedback=None):
    """Burn ``layers`` into the base raster resampled to ``cell_size``.

    ``layers``: (layer name, field name, [(feature id, WKB in the base CRS, field value)]).
    Polygons take the cells whose centre lies inside, lines the cells inside the line
    buffered by half its width each side (every cell they touch when they are narrower than a
    cell, so no verge disappears), points their cell. Returns (codes, valid, grid,
    nodata, unmapped) where unmapped counts skipped features per (layer, field, value).
    """
    feedback = feedback or NullFeedback()
    codes, valid, grid, nodata = resample_base(base_path, cell_size)
    jobs, unmapped = [], {}
    for order, (name, field, features) in enumerate(layers):
        rules = mapping.get((name.lower(), field.lower()))
        if rules is None:
            raise InputError("The mapping table has no rows for layer '{layer}' and field "
                             "'{field}'. Add rows for its values, or leave the layer out.",
                             layer=name, field=field)
        for feature_id, wkb, value in features:
            text = "" if value is None else str(value)
            rule = rules.get(text) or rules.get(ANY_VALUE)
            if rule is None or wkb is None:
                key = (name, field, text)
                unmapped[key] = unmapped.get(key, 0) + 1
                continue
            jobs.append((rule.priority, order, rule, ogr.CreateGeometryFromWkb(bytes(wkb))))
    jobs.sort(key=lambda job: (job[0], job[1]))
    target = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Int32)
    target.SetGeoTransform(grid.geotransform)
    target.SetProjection(grid.wkt)
    target.GetRasterBand(1).WriteArray(codes)
    shapes = []
    for _, _, rule, geometry in jobs:
        dimension = geometry.GetDimension()
        if dimension == 1 and rule.width_m >= cell_size:
            shapes.append((rule.lucode, geometry.Buffer(rule.width_m / 2.0), False))
        else:
            shapes.append((rule.lucode, geometry, dimension < 2))
    # consecutive shapes burnt the same way go in one call; GDAL keeps their order
    start = 0
    while start < len(shapes):
        if feedback.isCanceled():
            raise Cancelled()
        end = start
        while end < len(shapes) and shapes[end][2] == shapes[start][2]:
            end += 1
        _burn(target, [(code, geometry) for code, geometry, _ in shapes[start:end]],
              shapes[start][2])
        start = end
        feedback.setProgress(100.0 * start / len(shapes))
    built = target.GetRasterBand(1).ReadAsArray().astype(np.int32)
    burnt = built != codes
    valid = valid | burnt
    feedback.setProgress(100.0)
    return built, valid, grid, nodata, unmapped
