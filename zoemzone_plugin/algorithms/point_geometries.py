"""The points of an observation in the CRS a model computes in, for the algorithms that read
observations (monitoring report, suitability validation): one rule for what counts as a
usable point, so both count the same features as left out."""
from qgis.core import QgsCsException, QgsGeometry, QgsWkbTypes


def points_in(geometry, transform):
    """[(x, y)] of every part of a (multi)point ``geometry`` after ``transform``; [] where it
    has no point (null or empty) or the transform cannot take it (outside the target CRS's
    area). The feature's own geometry is left as it was."""
    if geometry.isNull() or geometry.isEmpty():
        return []
    geometry = QgsGeometry(geometry)
    try:
        geometry.transform(transform)
    except QgsCsException:
        return []
    parts = (geometry.asMultiPoint() if QgsWkbTypes.isMultiType(geometry.wkbType())
             else [geometry.asPoint()])
    return [(point.x(), point.y()) for point in parts]
