"""points_in: what counts as an observation's usable point for the monitoring report and
the suitability validation (algorithms/point_geometries.py)."""
import pytest


@pytest.fixture
def to_rd(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
    return QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                  QgsCoordinateReferenceSystem("EPSG:28992"),
                                  QgsProject.instance())


def points(wkt, transform):
    from qgis.core import QgsGeometry
    from zoemzone_plugin.algorithms.point_geometries import points_in
    geometry = QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry()
    got = points_in(geometry, transform)
    assert geometry.asWkt() == (QgsGeometry.fromWkt(wkt).asWkt() if wkt else "")  # untouched
    return got


def test_a_point_in_maastricht_lands_where_rd_new_puts_it(to_rd):
    # the Vrijthof in RD New (EPSG:28992), to a metre
    (x, y), = points("Point (5.6884 50.8490)", to_rd)
    assert x == pytest.approx(176_160, abs=60) and y == pytest.approx(317_680, abs=60)


def test_every_part_of_a_multipoint_counts(to_rd):
    got = points("MultiPoint ((5.6 50.8), (5.7 50.9), (5.9 51.0))", to_rd)
    assert len(got) == 3
    assert [x for x, _ in got] == sorted(x for x, _ in got)     # west to east, as given


@pytest.mark.parametrize("wkt", ["", "Point EMPTY"])
def test_no_geometry_gives_no_point(to_rd, wkt):
    assert points(wkt, to_rd) == []


def test_a_point_the_transform_cannot_take_gives_no_point(to_rd):
    assert points("Point (0 95)", to_rd) == []      # latitude past the pole
