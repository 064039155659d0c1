"""zoemzone:buildlanduse: a finer land-use raster from LGN plus BGT, parcels and habitats."""
import os

import numpy as np
from osgeo import gdal
from qgis.core import (QgsCoordinateTransform, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer,
                       QgsProviderRegistry)

from ...engine.io.gdalio import LANDUSE_PRODUCT, write_single
from ...engine.kansenkaart.landuse_builder import build_landuse, read_mapping
from ...styling import LayerStyler, apply_landuse_palette
from ..base import ZoemZoneAlgorithm


class BuildLanduseAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "buildlanduse"
    GROUP_ID = "kansenkaart"

    LANDUSE = "LANDUSE"
    LAYERS = "LAYERS"
    MAPPING = "MAPPING"
    CELL_SIZE = "CELL_SIZE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Build land use (data-rich)")

    def help_text(self):
        return self.tr(
            "<p>For municipalities with rich data: burns vector layers (BGT terrain and "
            "verges, hedges, crop parcels, partners' habitats) into a base land-use raster "
            "(LGN) at a finer cell size, aligned to the base. A mapping table says, per layer "
            "and field value, which land-use code it becomes, with what burn priority (higher "
            "priorities are burnt later and win) and, for lines, what width.</p><p>Polygons "
            "take the cells whose centre lies inside; lines the cells within half their width "
            "(every cell they touch when narrower than a cell); points their cell. Features "
            "whose value is not in the table are counted in the log, not burnt. Municipalities "
            "with little data run the kansenkaart on the base raster alone.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.LANDUSE,
                                                   self.tr("Base land use (LGN)")),
                 self.tr("The land-use raster the vector layers are burnt into."))
        self.add(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Vector layers"), QgsProcessing.TypeVectorAnyGeometry),
            self.tr("Layers named as in the mapping table's column 'layer' (their layer name "
                    "or file name)."))
        self.add(QgsProcessingParameterFile(self.MAPPING, self.tr("Mapping table (CSV)"),
                                            extension="csv"),
                 self.tr("Columns layer, field, value, lucode, priority, width_m; value '*' "
                         "matches any value."))
        self.add_number(
            self.CELL_SIZE, self.tr("Cell size (m)"), "landuse", "cell_size",
            self.tr("Cell size of the output; LGN's own is 5 m."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Land use")),
                 self.tr("The combined land-use raster."))

    @staticmethod
    def layer_names(layer):
        """The names a mapping row may use for a layer: its name in the project, its file
        name and, inside a GeoPackage, its table name."""
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        names = {layer.name(), os.path.splitext(os.path.basename(parts.get("path") or ""))[0],
                 parts.get("layerName") or ""}
        return {name.lower() for name in names if name}

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        base_path = self.landuse_path(parameters, self.LANDUSE, context, square=False)
        crs = self.parameterAsRasterLayer(parameters, self.LANDUSE, context).crs()
        mapping, mapping_file = self.run_engine(
            read_mapping, self.parameterAsFile(parameters, self.MAPPING, context),
            parameter=self.MAPPING)
        layers = []
        for layer in self.parameterAsLayerList(parameters, self.LAYERS, context):
            names = self.layer_names(layer)
            fields = [field for (name, field) in mapping if name in names]
            if not fields:
                raise QgsProcessingException(self.tr(
                    "{file} has no rows for the layer '{layer}'. Name it in the column "
                    "'layer'.").format(file=mapping_file, layer=layer.name()))
            transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            for field in fields:
                index = layer.fields().lookupField(field)
                if index < 0:
                    raise QgsProcessingException(self.tr(
                        "The layer '{layer}' has no field '{field}' (named in {file}).").format(
                            layer=layer.name(), field=field, file=mapping_file))
                features = []
                for feature in layer.getFeatures():
                    geometry = feature.geometry()
                    wkb = None
                    if not geometry.isNull() and not geometry.isEmpty():
                        geometry.transform(transform)
                        wkb = bytes(geometry.asWkb())
                    features.append((feature.id(), wkb, feature.attribute(index)))
                key = next(name for (name, f) in mapping if name in names and f == field)
                layers.append((key, field, features))
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        codes, valid, grid, nodata, unmapped = self.run_engine(
            build_landuse, base_path, layers, mapping, cell, feedback)
        for (layer, field, value), count in unmapped.items():
            feedback.pushWarning(self.tr(
                "{count} feature(s) of '{layer}' with {field} = '{value}' have no mapping or no "
                "geometry and were not burnt.").format(count=count, layer=layer, field=field,
                                                       value=value))
        output = self.output_path(parameters, self.OUTPUT, context)
        fill = -1 if nodata is None else int(nodata)
        self.run_engine(write_single, output, grid, "land use",
                        np.where(valid, codes, fill).astype(np.int32), data_type=gdal.GDT_Int32,
                        nodata=fill, product=LANDUSE_PRODUCT)
        LayerStyler.attach(context, output, apply_landuse_palette,
                           self.parameterDefinition(self.OUTPUT).description())
        return {self.OUTPUT: output}
