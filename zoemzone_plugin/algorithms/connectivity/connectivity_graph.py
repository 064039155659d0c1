"""zoemzone:connectivitygraph: the habitat network of patches, its PC, ECA, IIC and node roles."""

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProcessing,
                       QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterRasterLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...engine.io.gdalio import read_band
from ...engine.network.graph import connectivity, probability
from ...engine.network.links import least_cost_links
from ...engine.io.rasterize import burn_ids
from ...styling import LayerStyler, style_links, style_nodes
from ..base import ZoemZoneAlgorithm
from ..network_layers import NODE_FIELDS, euclidean_links


class ConnectivityGraphAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "connectivitygraph"
    GROUP_ID = "connectivity"

    PATCHES = "PATCHES"
    RESISTANCE = "RESISTANCE"
    DISTANCE = "DISTANCE"
    PROBABILITY = "PROBABILITY"
    MAX_DISTANCE = "MAX_DISTANCE"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    NODES = "NODES"
    LINKS = "LINKS"

    def displayName(self):  # noqa: N802
        return self.tr("Connectivity graph")

    def help_text(self):
        return self.tr(
            "<p>The habitat network of a set of patches (Saura &amp; Pascual-Hortal 2007, as in "
            "Conefor). Patches are linked up to the maximum distance: edge to edge in a straight "
            "line, or along the least-cost path over a resistance raster (distances then in "
            "cost units). A link of length d is crossed with probability p = exp(−k d), "
            "k = −ln(p0)/d0; with p0 = 0.5, d0 is the median dispersal distance.</p>"
            "<p>Outputs: PC (probability of connectivity, over all paths), ECA (equivalent "
            "connected area, √PCnum), IIC and the number of components; per patch its "
            "component and importance: dPC (% of PC lost without it) split into dPCintra "
            "(its own area), dPCflux (its links) and dPCconnector (its role as stepping "
            "stone), and dIIC.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(
            self.PATCHES, self.tr("Habitat patches"), [QgsProcessing.TypeVectorPolygon]),
            self.tr("Polygons in a projected CRS, e.g. from Habitat patches or partner "
                    "habitats; ids from an integer field 'id', else the feature's position."))
        self.add(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, self.tr("Resistance"), optional=True),
            self.tr("Optional: cost per metre. Without it, links are straight edge-to-edge "
                    "distances."))
        # plain numbers, not distance widgets: with a resistance raster the unit is cost,
        # not the patch layer's metres a distance widget would show
        self.add_number(
            self.DISTANCE, self.tr("Dispersal distance d0 (m, or cost units with a resistance "
                                   "raster)"), "network", "distance",
            self.tr("A distance and the probability p0 of crossing it; with p0 = 0.5 the "
                    "median dispersal distance of the guild (e.g. 2 × its alpha). In metres; "
                    "with a resistance raster in cost units (resistance × metres: 1000 is "
                    "1 km over resistance 1)."))
        self.add_number(
            self.PROBABILITY, self.tr("Probability p0 at d0"), "network", "probability",
            self.tr("The probability of dispersal over the distance d0."))
        self.add_number(
            self.MAX_DISTANCE, self.tr("Maximum link distance (m, or cost units with a "
                                       "resistance raster)"), "network", "max_distance",
            self.tr("Patches farther apart are not linked directly (they may still be "
                    "connected through others). Also the threshold of the binary graph of "
                    "IIC. In the unit of the dispersal distance."))
        self.add(QgsProcessingParameterField(
            self.CAPACITY_FIELD, self.tr("Capacity field"), parentLayerParameterName=self.PATCHES,
            type=QgsProcessingParameterField.Numeric, optional=True),
            self.tr("Optional: a numeric field with each patch's capacity (e.g. area × "
                    "quality). Empty: the patch area in m²."))
        self.add(QgsProcessingParameterFeatureSink(
            self.NODES, self.tr("Network nodes"), QgsProcessing.TypeVectorPolygon),
            self.tr("The patches with id, capacity, component and dPC, dPCintra, dPCflux, "
                    "dPCconnector, dIIC (percent)."))
        self.add(QgsProcessingParameterFeatureSink(
            self.LINKS, self.tr("Network links"), QgsProcessing.TypeVectorLine),
            self.tr("One line per link with from_id, to_id, distance and probability."))
        for name, description in (("PC", self.tr("Probability of connectivity (PC)")),
                                  ("ECA", self.tr("Equivalent connected area (ECA)")),
                                  ("IIC", self.tr("Integral index of connectivity (IIC)")),
                                  ("COMPONENTS", self.tr("Number of components"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_of(parameters, self.PATCHES, context,
                                QgsWkbTypes.PolygonGeometry)
        d0 = self.parameterAsDouble(parameters, self.DISTANCE, context)
        p0 = self.parameterAsDouble(parameters, self.PROBABILITY, context)
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context)
        capacity_field = self.parameterAsString(parameters, self.CAPACITY_FIELD, context)
        numbered = self.features_with_ids(source, feedback)
        self.check_valid_polygons(numbered, self.PATCHES)
        ids = [feature_id for feature_id, _ in numbered]
        features = [feature for _, feature in numbered]
        if capacity_field:
            capacities = np.array(self.field_numbers(numbered, capacity_field,
                                                     self.CAPACITY_FIELD), np.float64)
        else:
            capacities = np.array([f.geometry().area() for f in features], np.float64)
        if self.parameterAsRasterLayer(parameters, self.RESISTANCE, context) is None:
            links = euclidean_links(features, max_distance, feedback)
        else:
            links = self.least_cost_links(parameters, context, features, source.sourceCrs(),
                                          max_distance, feedback)
        feedback.pushInfo(self.tr("{patches} patches, {links} links.").format(
            patches=len(features), links=len(links)))
        triples = ([a for a, _, _, _ in links], [b for _, b, _, _ in links],
                   [d for _, _, d, _ in links])
        with self.cluster(feedback) as cluster:
            result = self.run_engine(connectivity, capacities, triples, d0, p0, max_distance,
                                     None, feedback, cluster=cluster)
        node_fields = [("id", QVariant.Int), ("capacity", QVariant.Double),
                       ("component", QVariant.Int)] + [(n, QVariant.Double) for n in NODE_FIELDS]
        nodes = self.write_sink(
            parameters, self.NODES, context, node_fields, QgsWkbTypes.MultiPolygon,
            source.sourceCrs(),
            [(f.geometry(), [ids[n], float(capacities[n]), int(result["components"][n]) + 1]
              + [float(result[name][n]) for name in NODE_FIELDS])
             for n, f in enumerate(features)])
        link_rows = [(geometry, [ids[a], ids[b], d, float(probability(d, d0, p0))])
                     for a, b, d, geometry in links]
        links_id = self.write_sink(
            parameters, self.LINKS, context,
            [("from_id", QVariant.Int), ("to_id", QVariant.Int), ("distance", QVariant.Double),
             ("probability", QVariant.Double)], QgsWkbTypes.LineString, source.sourceCrs(),
            link_rows)
        LayerStyler.attach(context, nodes, style_nodes,
                           self.parameterDefinition(self.NODES).description())
        LayerStyler.attach(context, links_id, style_links,
                           self.parameterDefinition(self.LINKS).description())
        feedback.pushInfo("PC = {:.6g}, ECA = {:.6g}, IIC = {:.6g}, {} component(s)".format(
            result["PC"], result["ECA"], result["IIC"], result["n_components"]))
        return {self.NODES: nodes, self.LINKS: links_id, "PC": result["PC"],
                "ECA": result["ECA"], "IIC": result["IIC"],
                "COMPONENTS": result["n_components"]}

    def least_cost_links(self, parameters, context, features, crs, max_distance, feedback):
        """(a, b, least cost, path line in ``crs``) for pairs within ``max_distance``."""
        path = self.raster_path(parameters, self.RESISTANCE, context)
        values, valid, grid = self.run_engine(read_band, path)
        cost = np.where(valid, values, np.nan).astype(np.float64)
        raster_crs = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context).crs()
        to_raster = QgsCoordinateTransform(crs, raster_crs, context.transformContext())
        to_patches = QgsCoordinateTransform(raster_crs, crs, context.transformContext())
        burnt = []
        for n, feature in enumerate(features, start=1):
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(to_raster)
            burnt.append((n, bytes(geometry.asWkb())))
        patch_raster = burn_ids(grid, burnt, all_touched=True)
        found = self.run_engine(least_cost_links, cost, patch_raster, len(features),
                                grid.pixel_size, max_distance, True, feedback)
        links = []
        for a, b, d, cells in found:
            line = QgsGeometry.fromPolylineXY([QgsPointXY(x, y)
                                               for x, y in grid.cell_centres(cells)])
            line.transform(to_patches)
            links.append((a - 1, b - 1, d, line))
        return links
