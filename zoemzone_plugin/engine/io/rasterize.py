"""Burning vector features into a raster grid, by id.

Sources, parcels, available land and measures arrive as QGIS features; the algorithms pass
their WKB and an id, and this turns them into an id raster on the grid of the analysis.
"""
import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()



def burn_ids(grid, features, all_touched=False):
    """An int32 raster with each feature's id at its cells (0 elsewhere; later ones win).

    ``features`` is an iterable of (id > 0, WKB or ogr.Geometry) in the grid's CRS. Without
    ``all_touched`` a cell belongs to a polygon when its centre lies inside (GDAL's rule);
    with it every cell a geometry touches counts, so that points and thin lines always burn.
    """
    srs = osr.SpatialReference()
    if grid.wkt:
        srs.ImportFromWkt(grid.wkt)
    vector = ogr.GetDriverByName("Memory").CreateDataSource("burn")
    layer = vector.CreateLayer("features", srs if grid.wkt else None, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    for feature_id, geometry in features:
        if not isinstance(geometry, ogr.Geometry):
            geometry = ogr.CreateGeometryFromWkb(bytes(geometry))
        feature = ogr.Feature(definition)
        feature.SetField("id", int(feature_id))
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    target = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Int32)
    target.SetGeoTransform(grid.geotransform)
    if grid.wkt:
        target.SetProjection(grid.wkt)
    options = ["ATTRIBUTE=id"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(target, [1], layer, options=options)
    return target.GetRasterBand(1).ReadAsArray().astype(np.int32)
