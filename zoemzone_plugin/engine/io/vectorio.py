"""Writing vector results with OGR: the format from the file name, or into an open source.

Patches, B&B areas and other polygon outputs are written the same way: a new file replaces
an old one once complete (Processing asks before that; see outputs.py), or a layer is
(re)created in a datasource the caller holds open, e.g. one GeoPackage with several layers.
"""
import os

from osgeo import gdal, ogr, osr

from ..errors import InputError
from .outputs import OutputFile, cannot_write, remove_folders

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


class VectorFile(OutputFile):
    """A vector output file for an outputs.Outputs: created beside ``path`` and put in
    place when the run has succeeded (see outputs.py); layers go into ``datasource``."""

    def __init__(self, path):
        driver = vector_driver(os.fspath(path))
        self.datasource = None
        super().__init__(os.fspath(path))
        try:
            self.datasource = driver.CreateDataSource(self.partial)
        except RuntimeError as error:
            self.discard()
            remove_folders(self.created)
            raise cannot_write(self.path, error) from None

    def finish(self):
        self._close()

    def discard(self):
        self._close()
        super().discard()

    def _close(self):
        """Close the file now, whoever else still holds the datasource (a frame of the
        traceback that is discarding it, say): open, its parts would be written again
        after they were removed or renamed."""
        if self.datasource is not None:
            self.datasource.Destroy()
            self.datasource = None


def vector_target(outputs, path_or_datasource):
    """The datasource to write into: an open one as given, or a new file at a path, one of
    ``outputs`` (an outputs.Outputs)."""
    if isinstance(path_or_datasource, (str, os.PathLike)):
        return outputs.add(VectorFile(path_or_datasource)).datasource
    return path_or_datasource


def open_for_writing(datasource, layer_name, wkt):
    """The srs for CreateLayer(layer_name, srs, ...) in an open datasource, where an earlier
    layer ``layer_name`` is dropped first."""
    srs = None
    if wkt:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    for i in range(datasource.GetLayerCount()):
        if datasource.GetLayer(i).GetName() == layer_name:
            datasource.DeleteLayer(i)
            break
    return srs
