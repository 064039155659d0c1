"""zoemzone:corridors: normalised least-cost corridors and paths between habitat patches."""
from functools import partial

import numpy as np
from qgis.core import (QgsGeometry, QgsPointXY, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...engine.io.gdalio import read_band, write_single
from ...engine.network.links import corridors
from ...engine.io.rasterize import burn_ids
from ...styling import LayerStyler, apply_line, apply_ramp
from ..base import ZoemZoneAlgorithm


class CorridorsAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "corridors"
    GROUP_ID = "connectivity"

    PATCHES = "PATCHES"
    RESISTANCE = "RESISTANCE"
    LINKS = "LINKS"
    WIDTH = "WIDTH"
    OUTPUT = "OUTPUT"
    PATHS = "PATHS"

    def displayName(self):  # noqa: N802
        return self.tr("Corridors")

    def help_text(self):
        return self.tr(
            "<p>Least-cost corridors between habitat patches, as Linkage Mapper draws them: for "
            "each link between patches A and B, CWD_A + CWD_B − LCD_AB, the extra cost of "
            "passing through a cell on the way from A to B compared with the least-cost path "
            "(0 on that path). The output holds the lowest value over all links, up to the "
            "corridor width.</p><p>Links come from a link layer (e.g. the Links output of "
            "Connectivity graph, fields from_id and to_id); without one, patches whose "
            "cost-allocation zones touch are linked.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            self.PATCHES, self.tr("Habitat patches"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("Polygons of habitat patches, e.g. from Habitat patches; ids from an "
                    "integer field 'id', else the feature's position."))
        self.add(QgsProcessingParameterRasterLayer(self.RESISTANCE, self.tr("Resistance")),
                 self.tr("Cost per metre (e.g. from Resistance surface); nodata or 0 is a "
                         "barrier."))
        self.add(QgsProcessingParameterFeatureSource(
            self.LINKS, self.tr("Links"), [QgsProcessing.TypeVectorAnyGeometry], optional=True),
            self.tr("Optional: the pairs of patches to connect, in fields from_id and to_id."))
        self.add_number(
            self.WIDTH, self.tr("Corridor width (cost units)"), "corridors", "width",
            self.tr("Cells whose extra cost exceeds this are left out of the corridor."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Corridors")),
                 self.tr("Normalised least-cost corridor (0 on least-cost paths)."))
        self.add(QgsProcessingParameterFeatureSink(
            self.PATHS, self.tr("Least-cost paths"), QgsProcessing.TypeVectorLine),
            self.tr("One line per link with from_id, to_id and its least cost."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.raster_path(parameters, self.RESISTANCE, context)
        values, valid, grid = self.run_engine(read_band, path)
        cost = np.where(valid, values, np.nan).astype(np.float64)
        crs = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context).crs()
        patches = self.source_of(parameters, self.PATCHES, context,
                                 QgsWkbTypes.PolygonGeometry, projected=False)
        self.check_valid_polygons(self.features_with_ids(patches, feedback), self.PATCHES)
        features = self.layer_features(patches, crs, context, feedback)
        ids = [feature_id for feature_id, _ in features]
        index = {feature_id: n for n, feature_id in enumerate(ids, start=1)}
        patch_raster = burn_ids(grid, [(index[i], wkb) for i, wkb in features], all_touched=True)
        cells = np.bincount(patch_raster.ravel(), minlength=len(ids) + 1)
        if not cells[1:].all():
            raise QgsProcessingException(self.tr(
                "'{name}': patch {id} covers no cell of '{raster}'. Give patches that lie "
                "on the resistance raster.").format(
                    name=self.parameterDefinition(self.PATCHES).description(),
                    id=ids[int(np.flatnonzero(cells[1:] == 0)[0])],
                    raster=self.parameterDefinition(self.RESISTANCE).description()))
        links = self.links(parameters, context, index)
        width = self.parameterAsDouble(parameters, self.WIDTH, context)
        corridor, results = self.run_engine(corridors, cost, patch_raster, len(ids),
                                            grid.pixel_size, width, links, feedback)
        output = self.output_path(parameters, self.OUTPUT, context)
        self.run_engine(write_single, output, grid, "corridor", corridor, product="corridors")
        rows = [(QgsGeometry.fromPolylineXY([QgsPointXY(x, y)
                                             for x, y in grid.cell_centres(cells)]),
                 [ids[a - 1], ids[b - 1], lcd]) for a, b, lcd, cells in results]
        paths = self.write_sink(parameters, self.PATHS, context,
                                [("from_id", QVariant.Int), ("to_id", QVariant.Int),
                                 ("cost", QVariant.Double)],
                                QgsWkbTypes.LineString, crs, rows)
        feedback.pushInfo(self.tr("{count} links.").format(count=len(results)))
        LayerStyler.attach(context, output, partial(apply_ramp, ramp_name="Greens",
                                                    invert=True),
                           self.parameterDefinition(self.OUTPUT).description())
        LayerStyler.attach(context, paths, partial(apply_line, color="200,30,30"),
                           self.parameterDefinition(self.PATHS).description())
        return {self.OUTPUT: output, self.PATHS: paths}

    def links(self, parameters, context, index):
        """(a, b) pairs in patch numbers from the link layer, or None to derive them."""
        source = self.parameterAsSource(parameters, self.LINKS, context)
        if source is None:
            return None
        names = [f.name().lower() for f in source.fields()]
        if "from_id" not in names or "to_id" not in names:
            raise QgsProcessingException(self.tr(
                "The link layer needs the fields from_id and to_id (it has: {fields}).").format(
                    fields=", ".join(names)))
        a_field, b_field = names.index("from_id"), names.index("to_id")
        pairs = set()
        for feature in source.getFeatures():
            a, b = feature.attribute(a_field), feature.attribute(b_field)
            if a not in index or b not in index:
                raise QgsProcessingException(self.tr(
                    "'{links}': link {fid} joins patch {a} and {b}, but '{patches}' has no "
                    "patch with id {missing}.").format(
                        links=self.parameterDefinition(self.LINKS).description(),
                        patches=self.parameterDefinition(self.PATCHES).description(),
                        fid=feature.id(), a=a, b=b, missing=a if a not in index else b))
            pairs.add(tuple(sorted((index[a], index[b]))))
        return sorted(pairs)
