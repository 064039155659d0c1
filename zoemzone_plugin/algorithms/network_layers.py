"""The habitat network's QGIS-side pieces that several algorithms share: links between patch
features, and the per-node fields of the graph's indices.

Connectivity graph, Graph metrics and the patch inputs of Measure scenario and Assess fund
applications use them; here none of those algorithms imports another.
"""
from qgis.core import QgsSpatialIndex

NODE_FIELDS = ["dPC", "dPCintra", "dPCflux", "dPCconnector", "dIIC"]


def euclidean_links(features, max_distance, feedback):
    """(a, b, edge-to-edge distance, shortest line) for pairs within ``max_distance``."""
    index = QgsSpatialIndex()
    for n, feature in enumerate(features):
        index.addFeature(n, feature.geometry().boundingBox())
    links = []
    for a, feature in enumerate(features):
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        box = geometry.boundingBox().buffered(max_distance)
        for b in index.intersects(box):
            if b <= a:
                continue
            other = features[b].geometry()
            d = geometry.distance(other)
            if d <= max_distance:
                links.append((a, b, d, geometry.shortestLine(other)))
    return links
