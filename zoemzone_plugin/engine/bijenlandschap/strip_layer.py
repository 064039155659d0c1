"""Flower-rich strips from vector data at their real width: the data-rich route of the
Bijenlandschap's connecting landscape (method.md §4; docs/defaults.md, "Strips and gaps from
vector data").

The raster route finds strips in flowering cells, so on 10 m cells a verge of 4 m is lost in
its field. Verges, field margins and hedges mapped as vectors (BGT begroeidterreindeel, the
partner data package's linear measures) carry their real width instead:

- a polygon is a strip where it is at least ``min_width_m`` wide: its opening (an inward
  buffer by half the width, then outward by as much) keeps the parts that wide, as the
  raster route's opening keeps the flowering cells in ground that wide;
- a line has its width in a field; it is a strip when that width is at least
  ``min_width_m``, and lies as the line buffered by half its width (round ends: a strip
  reaches half its width beyond its line's ends);
- two strips join when the shortest distance between them is at most ``max_gap_m``:
  measured on the geometries, so exact, and counted as networks (strips joined directly or
  through others).

On the grid, a strip's cells are the cells it overlaps (a 4 m strip is one cell wide on 10 m
cells; touching a cell's edge or corner alone does not count), and a cell bridges a gap where
its centre lies within half of ``max_gap_m`` of a strip, so the bridges from both sides of a
gap meet where the gap is at most ``max_gap_m``, up to the cells' resolution (a gap slightly
longer may show as bridged where no cell centre lies in its middle; the network count does
not depend on the cells).
"""
import math

from osgeo import gdal, ogr, osr

from ..errors import InputError

gdal.UseExceptions()
ogr.UseExceptions()

# A polygon exactly as wide as the rule counts: its inward buffer by exactly half the width is
# empty, so the test buffers a micrometre less, far below any survey's precision.
WIDTH_TOLERANCE_M = 1e-6
# Relative tolerance on the largest gap: strips exactly that far apart join even when the
# distance carries rounding noise.
GAP_TOLERANCE = 1e-9
# How far inside its outline a strip is burnt, so that touching a cell is not overlapping it:
# far above the rounding of map coordinates (1e-10 m), far below a survey's millimetres.
TOUCH_TOLERANCE_M = 1e-4
# Segments per quarter circle of the buffers: a strip's round ends and corners, and the reach
# of half the gap around it, are within 0.13 % of their radius of the true circle.
QUADRANT_SEGMENTS = 16


def _geometry(value):
    """A 2-D copy of a feature's geometry, curves made linear: the buffers and GDAL's
    rasterising take straight segments only."""
    geometry = value.Clone() if isinstance(value, ogr.Geometry) else \
        ogr.CreateGeometryFromWkb(bytes(value))
    if geometry.HasCurveGeometry():
        geometry = geometry.GetLinearGeometry()
    geometry.FlattenTo2D()
    return geometry


def _polygons(geometry):
    """The polygons of a (multi)polygon or collection, without the empty ones."""
    if geometry is None or geometry.IsEmpty():
        return []
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        return [geometry.Clone()]
    return [part for n in range(geometry.GetGeometryCount())
            for part in _polygons(geometry.GetGeometryRef(n))]


class StripLayer:
    """The strips of a vector layer, their figures and their cells on a grid.

    ``features``: (id, geometry (WKB or ogr.Geometry) in the grid's CRS, width in metres or
    None), lines with their width, polygons with None (their shape gives it). ``pieces``
    holds the strips (polygons, at their real width); ``figures`` the summary's numbers:
    features, strips (features with a strip), too_narrow, strip_ha (the strips' area, overlaps
    once) and networks.
    """

    def __init__(self, features, min_width_m, max_gap_m):
        self.radius = max_gap_m / 2.0 * (1.0 + GAP_TOLERANCE)
        self.pieces = []
        self._layers = None     # the strips and their reach, to rasterise
        count = kept = 0
        for feature_id, value, width in features:
            count += 1
            pieces = self._strip(feature_id, _geometry(value), width, min_width_m)
            kept += bool(pieces)
            self.pieces += pieces
        self.figures = {
            "features": count, "strips": kept, "too_narrow": count - kept,
            "strip_ha": self._area() / 10000.0,
            "networks": self._networks(max_gap_m * (1.0 + GAP_TOLERANCE)),
        }

    @staticmethod
    def _strip(feature_id, geometry, width, min_width_m):
        """The polygons of one feature that count as strip (none when it is too narrow)."""
        if geometry.IsEmpty():
            return []
        dimension = geometry.GetDimension()
        if dimension == 2:
            if not geometry.IsValid():
                raise InputError(
                    "Strip {id} has an invalid geometry, so its width cannot be measured. "
                    "Repair it first (Vector geometry › Fix geometries).", id=feature_id)
            half = max(min_width_m / 2.0 - WIDTH_TOLERANCE_M, 0.0)
            inner = geometry.Buffer(-half, QUADRANT_SEGMENTS)
            return _polygons(inner.Buffer(half, QUADRANT_SEGMENTS)) if not inner.IsEmpty() \
                else []
        if dimension == 1:
            if width is None or not math.isfinite(width) or width < 0:
                raise InputError(
                    "Strip {id} is a line with the width {width}; give every line its width "
                    "in metres (0 or more).", id=feature_id, width=width)
            if width < min_width_m - WIDTH_TOLERANCE_M:
                return []
            return _polygons(geometry.Buffer(width / 2.0, QUADRANT_SEGMENTS))
        raise InputError("Strip {id} is a point; strips are lines (with their width) or "
                         "polygons.", id=feature_id)

    def _area(self):
        if not self.pieces:
            return 0.0
        union = ogr.Geometry(ogr.wkbMultiPolygon)
        for piece in self.pieces:
            union.AddGeometry(piece)
        return union.UnionCascaded().GetArea()

    def _networks(self, gap):
        """The number of groups of strips joined by gaps of at most ``gap``: union-find over
        the pairs whose envelopes, widened by the gap, overlap (a sweep along x)."""
        parent = list(range(len(self.pieces)))

        def root(n):
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n
        boxes = [piece.GetEnvelope() for piece in self.pieces]    # (minx, maxx, miny, maxy)
        order = sorted(range(len(boxes)), key=lambda n: boxes[n][0])
        for i, a in enumerate(order):
            for b in order[i + 1:]:
                if boxes[b][0] > boxes[a][1] + gap:
                    break
                if boxes[b][2] > boxes[a][3] + gap or boxes[a][2] > boxes[b][3] + gap:
                    continue
                ra, rb = root(a), root(b)
                if ra != rb and self.pieces[a].Distance(self.pieces[b]) <= gap:
                    parent[ra] = rb
        return len({root(n) for n in range(len(parent))})

    def cells(self, grid, row=0, rows=None):
        """(strip cells, cells within reach) of the rows ``row`` to ``row + rows`` of
        ``grid``, both bool: the cells a strip overlaps, and the cells whose centre lies
        within half the largest gap of a strip.

        A strip that only touches a cell (along its edge or at a corner) is not in it: the
        strips are burnt (all cells touched) a tenth of a millimetre inside their outline.
        GDAL's decision on a touch alone rounds differently for each window of rows, so
        burning the outline itself would make a tiled run differ from the whole raster's."""
        rows = grid.rows - row if rows is None else rows
        x0, dx, rx, y0, ry, dy = grid.geotransform
        srs = osr.SpatialReference()
        if grid.wkt:
            srs.ImportFromWkt(grid.wkt)
        if self._layers is None:
            self._layers = (
                _memory_layer((p.Buffer(-TOUCH_TOLERANCE_M, QUADRANT_SEGMENTS)
                               for p in self.pieces), srs),
                _memory_layer((p.Buffer(self.radius, QUADRANT_SEGMENTS) for p in self.pieces),
                              srs))
        out = []
        for (_, layer), options in zip(self._layers, (["ALL_TOUCHED=TRUE"], [])):
            target = gdal.GetDriverByName("MEM").Create("", grid.cols, rows, 1, gdal.GDT_Byte)
            target.SetGeoTransform((x0 + row * rx, dx, rx, y0 + row * dy, ry, dy))
            target.SetProjection(grid.wkt or "")
            gdal.RasterizeLayer(target, [1], layer, burn_values=[1], options=options)
            out.append(target.GetRasterBand(1).ReadAsArray().astype(bool))
        return out[0], out[1]


def _memory_layer(geometries, srs):
    """(data source, layer) in memory holding ``geometries``, to be rasterised."""
    vector = ogr.GetDriverByName("Memory").CreateDataSource("strips")
    layer = vector.CreateLayer("strips", srs if srs.ExportToWkt() else None, ogr.wkbPolygon)
    for geometry in geometries:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    return vector, layer


def combine(layer_cells, strips, bridges, valid):
    """(strips, bridges) of the raster route joined with the strip layer's ``layer_cells``
    (StripLayer.cells, or None for the raster route alone). The layer adds its strips to the
    raster's; the layer's own gaps are bridged by its reach (measured from the real
    geometries), not by the distances from its cells, which would bridge gaps up to a cell
    longer."""
    if layer_cells is None:
        return strips, bridges
    layer_strips, reach = layer_cells
    strips = strips | (layer_strips & valid)
    return strips, (bridges | (reach & valid)) & ~strips


def layer_cells_for(layer, grid, row, rows):
    """StripLayer.cells of ``layer`` for the rows, or None without a layer."""
    return None if layer is None else layer.cells(grid, row, rows)

