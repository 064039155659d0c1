"""Writing vector results with OGR: the format from the file name, or into an open source.

Patches, B&B areas and other polygon outputs are written the same way: a new file replaces
an old one (Processing asks before that), or a layer is (re)created in a datasource the
caller holds open, e.g. one GeoPackage with several layers.
"""
import os

from osgeo import gdal, ogr, osr

from .errors import InputError

gdal.UseExceptions()


def vector_driver(path):
    """The OGR driver that writes files with the extension of ``path``."""
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    preferred = {"gpkg": "GPKG", "shp": "ESRI Shapefile", "geojson": "GeoJSON",
                 "json": "GeoJSON", "fgb": "FlatGeobuf", "sqlite": "SQLite", "kml": "KML",
                 "gml": "GML", "csv": "CSV", "tab": "MapInfo File", "mif": "MapInfo File"}
    names = [preferred[ext]] if ext in preferred else []
    for i in range(ogr.GetDriverCount()):
        driver = ogr.GetDriver(i)
        exts = (driver.GetMetadataItem(gdal.DMD_EXTENSIONS) or "").lower().split()
        if ext and ext in exts:
            names.append(driver.GetName())
    for name in names:
        driver = ogr.GetDriverByName(name)
        if driver is not None and driver.GetMetadataItem(gdal.DCAP_CREATE) == "YES":
            return driver
    raise InputError("No vector format writes files ending in '{extension}' ('{path}'). Use "
                     "for instance .gpkg (GeoPackage) or .shp (Shapefile).",
                     extension=os.path.splitext(path)[1], path=os.path.basename(path))


def open_for_writing(path_or_datasource, layer_name, wkt, what):
    """(datasource, srs) ready for CreateLayer(layer_name, srs, ...); ``what`` names the
    output in errors (a Phrase, e.g. Phrase("the patches"))."""
    srs = None
    if wkt:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if not isinstance(path_or_datasource, (str, os.PathLike)):
        datasource = path_or_datasource
        for i in range(datasource.GetLayerCount()):
            if datasource.GetLayer(i).GetName() == layer_name:
                datasource.DeleteLayer(i)
                break
        return datasource, srs
    path = os.fspath(path_or_datasource)
    driver = vector_driver(path)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    try:
        if os.path.exists(path):
            driver.DeleteDataSource(path)
        return driver.CreateDataSource(path), srs
    except RuntimeError as error:
        raise InputError("Cannot write {what} to '{path}': {reason}", what=what, path=path,
                         reason=str(error)) from None
