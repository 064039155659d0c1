"""zoemzone:costdistance: accumulated cost from sources over a resistance raster."""
from functools import partial

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterMapLayer,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsRasterLayer)

from ...engine.network.costdistance_runner import cost_distance_to_files
from ...styling import LayerStyler, apply_ramp, style_allocation
from ..base import ZoemZoneAlgorithm


class CostDistanceAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "costdistance"
    GROUP_ID = "connectivity"

    COST = "COST"
    SOURCES = "SOURCES"
    MAX_COST = "MAX_COST"
    OUTPUT = "OUTPUT"
    ALLOCATION = "ALLOCATION"

    def displayName(self):  # noqa: N802
        return self.tr("Cost distance")

    def help_text(self):
        return self.tr(
            "<p>The least accumulated cost of reaching each cell from the nearest source, over "
            "a cost (resistance) raster, in map units: eight neighbours, a straight step costs "
            "the mean of the two cells' costs times the cell size, a diagonal step √2 times "
            "that; sources start at 0. This is the convention of GRASS r.cost (times the cell "
            "size) and gives exactly the result of Dijkstra's algorithm.</p><p>Cells with "
            "nodata or a cost of 0 or less are barriers.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.COST, self.tr("Cost raster")),
                 self.tr("Cost (resistance) per metre, e.g. from Resistance surface, in a "
                         "projected CRS with square cells."))
        self.add(QgsProcessingParameterMapLayer(
            self.SOURCES, self.tr("Sources"),
            types=[QgsProcessing.TypeVectorAnyGeometry, QgsProcessing.TypeRaster]),
            self.tr("A vector layer (points, lines or polygons; every cell a feature touches is "
                    "a source; ids from an integer field 'id', else the feature's position) or "
                    "a raster whose nonzero cells are sources, on the grid of the cost raster."))
        self.add(QgsProcessingParameterNumber(
            self.MAX_COST, self.tr("Maximum cost"), QgsProcessingParameterNumber.Double,
            optional=True, minValue=0.0),
            self.tr("Optional: cells costing more to reach stay nodata (saves time)."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT,
                                                         self.tr("Accumulated cost")),
                 self.tr("Least accumulated cost from the nearest source, in map units."))
        self.add(QgsProcessingParameterRasterDestination(
            self.ALLOCATION, self.tr("Nearest source"), optional=True, createByDefault=False),
            self.tr("Optional: the id of the source each cell is cheapest to reach from."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        cost_path = self.raster_path(parameters, self.COST, context)
        sources = self.sources(parameters, context, feedback)
        max_cost = (self.parameterAsDouble(parameters, self.MAX_COST, context)
                    if parameters.get(self.MAX_COST) is not None else None)
        output = self.output_path(parameters, self.OUTPUT, context)
        allocation_path = self.output_path(parameters, self.ALLOCATION, context, optional=True)
        with self.cluster(feedback) as cluster:
            self.run_engine(cost_distance_to_files, cost_path, output, allocation_path,
                            max_cost=max_cost, feedback=feedback,
                            memory_budget_mb=self.memory_budget_mb(), cluster=cluster,
                            **sources)
        results = {self.OUTPUT: output}
        if allocation_path:
            results[self.ALLOCATION] = allocation_path
            LayerStyler.attach(context, allocation_path, style_allocation,
                               self.parameterDefinition(self.ALLOCATION).description())
        LayerStyler.attach(context, output, partial(apply_ramp, ramp_name="Magma"),
                           self.parameterDefinition(self.OUTPUT).description())
        return results

    def sources(self, parameters, context, feedback):
        """The engine's source keyword: a raster's file, or the features' (id, WKB)."""
        layer = self.parameterAsLayer(parameters, self.SOURCES, context)
        if layer is None:
            raise QgsProcessingException(self.tr("No sources were given."))
        if isinstance(layer, QgsRasterLayer):
            return {"source_raster": self.raster_path(parameters, self.SOURCES, context)}
        self.source_of(parameters, self.SOURCES, context, projected=False)
        cost_layer = self.parameterAsRasterLayer(parameters, self.COST, context)
        return {"source_features": self.layer_features(layer, cost_layer.crs(), context,
                                                       feedback)}
