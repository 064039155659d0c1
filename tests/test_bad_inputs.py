"""Bad inputs end in a clear error (issue 12 §4): for every algorithm of the provider, a table
of inputs that no run can be right on (a geographic CRS, no CRS, an empty layer, NULL and text
in numeric fields, non-square cells, an all-nodata raster, a missing file, a wrong band, and
the cases of the issue's sweep) must raise a QgsProcessingException whose message names the
input (its description or its name). Another exception type (a traceback) or a run that
returns is a failure. A new algorithm without cases fails the coverage test.

The bad inputs are built here, small, in tmp_path; each case starts from inputs that are fine
and spoils one of them.
"""
import os

import numpy as np
import pytest
from osgeo import gdal, osr

# a 20 x 20 grid of 10 m cells in EPSG:28992 and its land use: LGN codes 1-3, which every
# default table (biophysical, resistance, measures) describes
X0, Y0, CELL, SIDE = 185000.0, 320200.0, 10.0, 20
LANDUSE = (np.arange(SIDE * SIDE).reshape(SIDE, SIDE) % 3 + 1).astype(np.int16)
SUITABILITY = np.linspace(0.0, 1.0, SIDE * SIDE).reshape(SIDE, SIDE).astype(np.float32)


def square(x0, y0, side):
    return "POLYGON((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
        x0, y0, x0 + side, y0, x0 + side, y0 + side, x0, y0 + side, x0, y0)


PATCH_A = square(185020.0, 320020.0, 40.0)
PATCH_B = square(185120.0, 320120.0, 40.0)
BOWTIE = "POLYGON((185020 320020, 185060 320060, 185060 320020, 185020 320060, 185020 320020))"


def tif(path, values, epsg=28992, cell=(CELL, CELL), nodata=None):
    """A one-band GeoTIFF of ``values``; ``epsg`` None gives it no CRS, 4326 puts it near
    Maastricht in degrees."""
    kinds = {np.dtype(np.int16): gdal.GDT_Int16, np.dtype(np.float32): gdal.GDT_Float32}
    rows, cols = values.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, kinds[values.dtype])
    if epsg == 4326:
        ds.SetGeoTransform((5.69, 1e-4, 0, 50.85, 0, -1e-4))
    else:
        ds.SetGeoTransform((X0, cell[0], 0, Y0, 0, -cell[1]))
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    ds = None
    return str(path)


def bad_raster(kind, values):
    """A builder (tmp_path -> path) of a raster of ``values`` spoilt as ``kind`` says."""
    nodata = -9999 if values.dtype.kind == "i" else -1.0

    def build(tmp_path):
        name = tmp_path / ("%s.tif" % kind.replace(" ", "_"))
        if kind == "geographic CRS":
            return tif(name, values, epsg=4326)
        if kind == "no CRS":
            return tif(name, values, epsg=None)
        if kind == "non-square cells":
            return tif(name, values, cell=(CELL, 2 * CELL))
        if kind == "all nodata":
            return tif(name, np.full_like(values, nodata), nodata=nodata)
        if kind == "missing file":
            return str(tmp_path / "does_not_exist.tif")
        raise ValueError(kind)
    return build


RASTER_FAULTS = ("geographic CRS", "no CRS", "non-square cells", "all nodata", "missing file")


def layer(geometry, wkts, epsg=28992, fields=(), rows=None):
    """A memory layer of ``geometry`` ('Polygon', 'Point', ...) with features ``wkts`` and
    attribute ``rows`` for ``fields`` ((name, QVariant type) pairs); ``epsg`` None: no CRS."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    uri = "%s?crs=" % geometry if epsg is None else "%s?crs=EPSG:%d" % (geometry, epsg)
    out = QgsVectorLayer(uri, "layer", "memory")
    out.dataProvider().addAttributes([QgsField(name, kind) for name, kind in fields])
    out.updateFields()
    for n, wkt in enumerate(wkts):
        feature = QgsFeature(out.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        if rows is not None:
            feature.setAttributes(list(rows[n]))
        out.dataProvider().addFeature(feature)
    return out


def patches(**kwargs):
    return lambda tmp_path: layer("Polygon", [PATCH_A, PATCH_B], **kwargs)


def text_file(name, text):
    def build(tmp_path):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)
    return build


def guilds_with_alpha(alpha):
    return text_file("guilds.csv", "species,nesting_suitability_ground_index,"
                     "nesting_suitability_cavity_index,foraging_activity_earlyspring_index,"
                     "foraging_activity_latespring_index,foraging_activity_summer_index,"
                     "foraging_activity_latesummer_index,alpha,relative_abundance\n"
                     "far_flyer,1,0,1,1,1,1,%s,1\n" % alpha)


class With:
    """A bad value and the other inputs it comes with (a field and its layer)."""

    def __init__(self, value, **others):
        self.value, self.others = value, others


def capacities(values, kind):
    """The capacity field 'cap' of patches with ``values`` in a ``kind`` field."""
    def build(tmp_path):
        from qgis.PyQt.QtCore import QVariant
        qtype = {"double": QVariant.Double, "text": QVariant.String}[kind]
        return With("cap", PATCHES=layer("Polygon", [PATCH_A, PATCH_B],
                                          fields=[("cap", qtype)], rows=[[v] for v in values]))
    return build


def strip_widths(values, kind="double"):
    """Strip lines with ``values`` in their width field 'w' (a ``kind`` field)."""
    def build(tmp_path):
        from qgis.PyQt.QtCore import QVariant
        qtype = {"double": QVariant.Double, "text": QVariant.String}[kind]
        return With("w", STRIPS=layer("LineString", [LINE] * len(values), fields=[("w", qtype)],
                                      rows=[[v] for v in values]))
    return build


def measures(tmp_path):
    from qgis.PyQt.QtCore import QVariant
    return layer("Polygon", [PATCH_A], fields=[("type", QVariant.String)],
                 rows=[["akkerrand"]])


def observations_target(tmp_path):
    from osgeo import ogr
    path = str(tmp_path / "target.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    target = ds.CreateLayer("observations", srs, ogr.wkbPoint)
    for name, kind in (("species", ogr.OFTString), ("date", ogr.OFTDate)):
        target.CreateField(ogr.FieldDefn(name, kind))
    ds = None
    return "%s|layername=observations" % path


def priority_tagged(tmp_path):
    """The land use's own codes, tagged by the plugin as a priority map."""
    from zoemzone_plugin.engine.io.gdalio import read_band, write_single
    codes, _, grid = read_band(landuse(tmp_path))
    path = str(tmp_path / "priority_tagged.tif")
    write_single(path, grid, "priority", codes, data_type=gdal.GDT_Int16, nodata=0,
                 product="priority")
    return path


SITE = "POINT(185055 320155)"
LINE = "LINESTRING(185050 320050, 185150 320150)"


def sites(kind="Point", wkts=(SITE,), epsg=28992, dates=("2022-06-01",), date_type="date"):
    """Monitoring sites with an 'id' and their realisation 'date' (``date_type``: date,
    text or int)."""
    def build(tmp_path):
        from qgis.PyQt.QtCore import QDate, QVariant
        qtype = {"date": QVariant.Date, "text": QVariant.String, "int": QVariant.Int}
        value = {"date": lambda d: QDate.fromString(d, "yyyy-MM-dd"), "text": str,
                 "int": lambda d: int(d[:4])}[date_type]
        return layer(kind, list(wkts), epsg, [("id", QVariant.Int), ("date", qtype[date_type])],
                     [[n, value(d)] for n, d in enumerate(dates, start=1)])
    return build


def observations(kind="Point", wkts=(SITE,), epsg=28992, counts=(2,), count_type="int",
                 date_type="date"):
    """Observations with 'species', 'date' (date or int) and 'count' (int or text)."""
    def build(tmp_path):
        from qgis.PyQt.QtCore import QDate, QVariant
        qtypes = {"int": QVariant.Int, "text": QVariant.String, "date": QVariant.Date}
        day = QDate(2023, 5, 1) if date_type == "date" else 2023
        return layer(kind, list(wkts), epsg, [("species", QVariant.String),
                                               ("date", qtypes[date_type]),
                                               ("count", qtypes[count_type])],
                     [["Andrena vaga", day, c] for c in counts][:len(wkts)])
    return build


def controls(links, kind="Point", link_type=None):
    """Control sites near the site, linked to the sites ``links`` (a QVariant type name)."""
    def build(tmp_path):
        from qgis.PyQt.QtCore import QVariant
        qtype = getattr(QVariant, link_type or "Int")
        wkts = ["POINT(185155 320055)"] * len(links) if kind == "Point" else [LINE] * len(links)
        return layer(kind, wkts, fields=[("site", qtype)], rows=[[v] for v in links])
    return build


def with_layer(field, **builders):
    """A bad field ``field`` and the layers (builders) it is a field of."""
    return lambda tmp_path: With(field, **{key: build(tmp_path)
                                           for key, build in builders.items()})


def inside_a_file(tmp_path):
    """A folder that cannot be made: its parent is a file."""
    (tmp_path / "a file").write_text("not a folder", encoding="utf-8")
    return str(tmp_path / "a file" / "reports")


def package_layer(tmp_path, table="measures_area"):
    from zoemzone_plugin.datapackage.create import create_geopackage
    path = str(tmp_path / "package.gpkg")
    if not os.path.exists(path):
        create_geopackage(path)
    return "%s|layername=%s" % (path, table)


def foreign_folder(tmp_path):
    """A folder that holds someone's own file: no site of this plugin."""
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "own.txt").write_text("mine", encoding="utf-8")
    return str(tmp_path / "notes")


def foreign_geopackage(tmp_path):
    """A GeoPackage with a layer, but none of the data package's tables."""
    from osgeo import ogr
    path = str(tmp_path / "other.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    return path


def applications(epsg=28992, amount_type="double", size_type="double", amount=500.0,
                 size=None, wkt=PATCH_A):
    """An applications layer of one hedge (haag may lie on LGN 1-3) with the fund's fields;
    the amount and size fields of the types given."""
    def build(tmp_path):
        from qgis.PyQt.QtCore import QVariant
        kinds = {"double": QVariant.Double, "text": QVariant.String}
        return layer("Polygon", [wkt], epsg=epsg, fields=[
            ("applicant_kind", QVariant.String), ("measure_type", QVariant.String),
            ("amount_requested_eur", kinds[amount_type]), ("status", QVariant.String),
            ("measure_size_m2", kinds[size_type])],
            rows=[["school", "haag", amount, "ingediend", size]])
    return build


def study_areas(tmp_path):
    return layer("Polygon", [square(X0, Y0 - 200.0, 200.0)], fields=[("name", _string())],
                 rows=[["Maastricht"]])


def _string():
    from qgis.PyQt.QtCore import QVariant
    return QVariant.String


def distance_zero(tmp_path):
    return With(0.0, PATCHES=patches()(tmp_path))


def report_under_a_file(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    return str(blocker / "report.html")


# Each algorithm: (the fine inputs as builders, [(case, parameter it must name, builder of
# the bad value)]); a builder takes tmp_path. Outputs are temporary unless given.
def fine(**builders):
    return builders


def landuse(tmp_path):
    return tif(tmp_path / "landuse.tif", LANDUSE)


def suitability(tmp_path):
    return tif(tmp_path / "suitability.tif", SUITABILITY)


def tagged(name, values, product):
    """A builder of a raster of ``values`` that says it is this plugin's output ``product``."""
    def build(tmp_path):
        path = tif(tmp_path / name, values)
        ds = gdal.Open(path, gdal.GA_Update)
        ds.SetMetadataItem("ZOEMZONE_PRODUCT", product)
        ds = None
        return path
    return build


def resistance(tmp_path):
    return tif(tmp_path / "resistance.tif", np.ones((SIDE, SIDE), np.float32))


def raster_cases(name, values, faults=RASTER_FAULTS):
    return [(fault, name, bad_raster(fault, values)) for fault in faults]


def pollination_cases():
    return raster_cases("LANDUSE", LANDUSE) + [
        ("alpha of 100 km", "GUILD_TABLE", guilds_with_alpha(100000)),
        ("alpha 'inf'", "GUILD_TABLE", guilds_with_alpha("inf"))]


CASES = {
    "habitatsuitability": (fine(LANDUSE=landuse), pollination_cases()),
    "seasonalfoodgaps": (fine(LANDUSE=landuse), pollination_cases()),
    "kansenkaart": (fine(LANDUSE=landuse), pollination_cases() + [
        ("parcels as points", "PARCELS",
         lambda tmp_path: layer("Point", ["POINT(185050 320050)"])),
        ("empty available land", "AVAILABLE_LAND", lambda tmp_path: layer("Polygon", [])),
        ("decreasing breaks", "BREAKS", lambda tmp_path: With("0.8, 0.6, 0.4, 0.2",
                                                              PRIORITY_BREAKS=1)),
        ("three breaks", "BREAKS", lambda tmp_path: With("0.2, 0.4, 0.6", PRIORITY_BREAKS=1)),
        ("a JSON that is no breaks file", "BREAKS_FILE",
         lambda tmp_path: With(text_file("layer.json", '{"type": "Feature"}')(tmp_path),
                               PRIORITY_BREAKS=2))]),
    "measurescenario": (
        fine(LANDUSE=landuse, MEASURE_FIELD=lambda tmp_path: "type",
             MEASURES=measures,
             DISTANCE=lambda tmp_path: 100.0),
        raster_cases("LANDUSE", LANDUSE) + [
            ("alpha of 100 km", "GUILD_TABLE", guilds_with_alpha(100000)),
            ("empty measures", "MEASURES", lambda tmp_path: layer("Polygon", [])),
            ("measures without CRS", "MEASURES",
             lambda tmp_path: layer("Polygon", [PATCH_A], epsg=None)),
            ("patches as points", "PATCHES",
             lambda tmp_path: layer("Point", ["POINT(185050 320050)"])),
            ("patches in EPSG:4326", "PATCHES",
             lambda tmp_path: layer("Polygon", ["POLYGON((5.69 50.85, 5.7 50.85, 5.7 50.86, "
                                                "5.69 50.85))"], epsg=4326)),
            ("self-intersecting patch", "PATCHES",
             lambda tmp_path: layer("Polygon", [PATCH_A, BOWTIE])),
            ("distance 0", "DISTANCE", distance_zero)]),
    "bijenlandschap": (
        fine(FLORAL=suitability, NESTING=suitability),
        raster_cases("FLORAL", SUITABILITY)
        + raster_cases("NESTING", SUITABILITY, ("geographic CRS", "all nodata"))
        + [("Accessible food as flowering", "FLORAL",
            tagged("fr.tif", SUITABILITY, "floral")),
           ("supply as nesting", "NESTING", tagged("ps.tif", SUITABILITY, "supply")),
           ("strips 0 m wide", "MIN_STRIP_WIDTH", lambda tmp_path: 0.0),
           ("gaps of -1 m", "MAX_STRIP_GAP", lambda tmp_path: -1.0),
           ("strips as points", "STRIPS", lambda tmp_path: layer("Point", [SITE])),
           ("empty strips", "STRIPS", lambda tmp_path: layer("LineString", [])),
           ("strips without CRS", "STRIPS",
            lambda tmp_path: layer("Polygon", [PATCH_A], epsg=None)),
           ("self-intersecting strip", "STRIPS", lambda tmp_path: layer("Polygon", [BOWTIE])),
           ("strip lines without a width field", "STRIPS",
            lambda tmp_path: layer("LineString", [LINE])),
           ("a strip without width", "STRIP_WIDTH_FIELD", strip_widths([6.0, None])),
           ("a strip -2 m wide", "STRIP_WIDTH_FIELD", strip_widths([6.0, -2.0])),
           ("strip widths as text", "STRIP_WIDTH_FIELD", strip_widths(["6 m"], "text"))]),
    "resistancesurface": (fine(LANDUSE=landuse), raster_cases(
        "LANDUSE", LANDUSE, ("geographic CRS", "no CRS", "all nodata", "missing file")) + [
        ("resistance nan", "TABLE", text_file("r.csv", "lucode,resistance\n1,1\n2,nan\n3,5\n")),
        ("resistance inf", "TABLE", text_file("r.csv", "lucode,resistance\n1,1\n2,inf\n3,5\n")),
        ("resistance 1e308", "TABLE",
         text_file("r.csv", "lucode,resistance\n1,1\n2,1e308\n3,5\n")),
        ("resistance text", "TABLE", text_file("r.csv", "lucode;resistance\n1;1\n2;hoog\n3;5\n")),
        ("missing table", "TABLE", lambda tmp_path: str(tmp_path / "none.csv"))]),
    "costdistance": (
        fine(COST=resistance, SOURCES=lambda tmp_path: layer("Point", ["POINT(185055 320155)"])),
        raster_cases("COST", np.ones((SIDE, SIDE), np.float32)) + [
            ("empty sources", "SOURCES", lambda tmp_path: layer("Point", [])),
            ("sources without CRS", "SOURCES",
             lambda tmp_path: layer("Point", ["POINT(185055 320155)"], epsg=None)),
            ("all-nodata source raster", "SOURCES",
             bad_raster("all nodata", np.ones((SIDE, SIDE), np.float32)))]),
    "habitatpatches": (
        fine(SUITABILITY=suitability, BAND=lambda tmp_path: 1),
        raster_cases("SUITABILITY", SUITABILITY, ("geographic CRS", "no CRS", "all nodata",
                                                  "missing file"))
        + [("band 9 of one", "BAND", lambda tmp_path: 9)]),
    "connectivitygraph": (
        fine(PATCHES=patches()),
        [("points as patches", "PATCHES",
          lambda tmp_path: layer("Point", ["POINT(185050 320050)", "POINT(185150 320150)"])),
         ("lines as patches", "PATCHES",
          lambda tmp_path: layer("LineString", ["LINESTRING(185050 320050, 185150 320150)"])),
         ("empty patches", "PATCHES", lambda tmp_path: layer("Polygon", [])),
         ("patches in EPSG:4326", "PATCHES",
          lambda tmp_path: layer("Polygon", ["POLYGON((5.69 50.85, 5.7 50.85, 5.7 50.86, "
                                             "5.69 50.85))"], epsg=4326)),
         ("patches without CRS", "PATCHES", patches(epsg=None)),
         ("self-intersecting patch", "PATCHES",
          lambda tmp_path: layer("Polygon", [PATCH_A, BOWTIE])),
         ("NULL capacity", "CAPACITY_FIELD", capacities([2.0, None], "double")),
         ("text capacity '1,5'", "CAPACITY_FIELD", capacities(["1,5", "2"], "text")),
         ("negative capacity", "CAPACITY_FIELD", capacities([2.0, -1.0], "double")),
         ("all-zero capacities", "CAPACITY_FIELD", capacities([0.0, 0.0], "double"))]
        + raster_cases("RESISTANCE", np.ones((SIDE, SIDE), np.float32),
                       ("non-square cells", "no CRS", "all nodata"))),
    "graphmetrics": (
        fine(NODES_FILE=text_file("nodes.txt", "1 10\n2 20\n3 5\n"),
             LINKS_FILE=text_file("links.txt", "1 2 100\n2 3 150\n")),
        [("missing node file", "NODES_FILE", lambda tmp_path: str(tmp_path / "none.txt")),
         ("text capacity", "NODES_FILE", text_file("nodes.txt", "1 10\n2 veel\n3 5\n")),
         ("all-zero capacities", "NODES_FILE", text_file("nodes.txt", "1 0\n2 0\n3 0\n")),
         ("conflicting duplicate link", "LINKS_FILE",
          text_file("links.txt", "1 2 100\n2 3 150\n2 1 300\n")),
         ("unknown node", "LINKS_FILE", text_file("links.txt", "1 2 100\n2 4 150\n")),
         ("missing connection file", "LINKS_FILE",
          lambda tmp_path: str(tmp_path / "none.txt"))]),
    "corridors": (
        fine(PATCHES=patches(), RESISTANCE=resistance),
        [("points as patches", "PATCHES",
          lambda tmp_path: layer("Point", ["POINT(185050 320050)", "POINT(185150 320150)"])),
         ("patch in EPSG:4326 off the raster", "PATCHES",
          lambda tmp_path: layer("Polygon", ["POLYGON((5.69 50.85, 5.7 50.85, 5.7 50.86, "
                                             "5.69 50.85))"], epsg=4326)),
         ("empty patches", "PATCHES", lambda tmp_path: layer("Polygon", [])),
         ("patch off the raster", "PATCHES",
          lambda tmp_path: layer("Polygon", [PATCH_A, square(190000.0, 320000.0, 40.0)])),
         ("self-intersecting patch", "PATCHES",
          lambda tmp_path: layer("Polygon", [PATCH_A, BOWTIE]))]
        + raster_cases("RESISTANCE", np.ones((SIDE, SIDE), np.float32))),
    "buildlanduse": (
        fine(LANDUSE=landuse, LAYERS=lambda tmp_path: [layer("Polygon", [PATCH_A])],
             MAPPING=text_file("mapping.csv", "layer,field,value,lucode,priority,width_m\n"
                                              "layer,*,*,3,1,\n")),
        raster_cases("LANDUSE", LANDUSE, ("geographic CRS", "no CRS", "all nodata",
                                       "missing file")) + [
            ("missing mapping", "MAPPING", lambda tmp_path: str(tmp_path / "none.csv")),
            ("mapping width 'breed'", "MAPPING",
             text_file("mapping.csv", "layer,field,value,lucode,priority,width_m\n"
                                      "layer,*,*,3,1,breed\n"))]),
    "validatesuitability": (
        fine(INPUT=suitability, BAND=lambda tmp_path: 1,
             OBSERVATIONS=lambda tmp_path: layer("Point", ["POINT(185055 320155)"])),
        raster_cases("INPUT", SUITABILITY, ("no CRS", "all nodata", "missing file"))
        + [("band 9 of one", "BAND", lambda tmp_path: 9),
           ("observations as polygons", "OBSERVATIONS",
            lambda tmp_path: layer("Polygon", [PATCH_A])),
           ("no observations", "OBSERVATIONS", lambda tmp_path: layer("Point", []))]),
    "createdatapackage": (
        fine(),
        [("neither file nor connection", "OUTPUT", lambda tmp_path: None)]),
    "importpartnerdata": (
        fine(TARGET=package_layer, INPUT=lambda tmp_path: layer("Polygon", [PATCH_A])),
        [("input without CRS", "INPUT",
          lambda tmp_path: layer("Polygon", [PATCH_A], epsg=None)),
         ("target without geometry", "TARGET",
          lambda tmp_path: package_layer(tmp_path, "partners"))]),
    "importobservations": (
        fine(TARGET=observations_target,
             INPUT=text_file("gbif.csv", "species\tdecimalLatitude\tdecimalLongitude\t"
                                         "eventDate\nAndrena vaga\t50.85\t5.69\t2023-06-01\n")),
        [("missing file", "INPUT", lambda tmp_path: str(tmp_path / "none.csv")),
         ("polygon target", "TARGET", lambda tmp_path: layer("Polygon", [PATCH_A]))]),
    "kansenkaartchain": (
        fine(landuse=landuse),
        raster_cases("landuse", LANDUSE)),
    "samplingdesign": (
        fine(SITES=lambda tmp_path: layer("Polygon", [PATCH_A]), SUITABILITY=suitability,
             BAND=lambda tmp_path: 1, LANDUSE=landuse,
             PRIORITY=lambda tmp_path: tif(tmp_path / "priority.tif", LANDUSE),
             MIN_DISTANCE=lambda tmp_path: 20.0),
        raster_cases("SUITABILITY", SUITABILITY, ("geographic CRS", "no CRS", "all nodata",
                                                  "missing file"))
        + [("band 9 of one", "BAND", lambda tmp_path: 9)]
        + raster_cases("LANDUSE", LANDUSE, ("no CRS", "all nodata", "missing file")) + [
            ("priority map as land use", "LANDUSE", priority_tagged),
            ("land use on another grid", "LANDUSE",
             lambda tmp_path: tif(tmp_path / "small.tif", LANDUSE[:10, :10]))]
        + raster_cases("PRIORITY", LANDUSE, ("all nodata", "missing file")) + [
            ("sites as lines", "SITES", lambda tmp_path: layer("LineString", [LINE])),
            ("empty sites", "SITES", lambda tmp_path: layer("Polygon", [])),
            ("sites without CRS", "SITES",
             lambda tmp_path: layer("Polygon", [PATCH_A], epsg=None)),
            ("sites off the rasters", "SITES",
             lambda tmp_path: layer("Polygon", [square(190000.0, 320000.0, 40.0)])),
            ("output no GeoPackage", "OUTPUT", lambda tmp_path: str(tmp_path / "points.shp")),
            ("output in a folder that cannot be made", "OUTPUT",
             lambda tmp_path: "/proc/zoemzone/points.gpkg")]),
    "monitoringreport": (
        fine(SITES=sites(), DATE_FIELD=lambda tmp_path: "date",
             OBSERVATIONS=observations(), SPECIES_FIELD=lambda tmp_path: "species",
             OBSERVATION_DATE_FIELD=lambda tmp_path: "date",
             COUNT_FIELD=lambda tmp_path: "count"),
        [("sites in EPSG:4326", "SITES",
          sites(wkts=["POINT(5.69 50.85)"], epsg=4326)),
         ("sites without CRS", "SITES", sites(epsg=None)),
         ("empty sites", "SITES", sites(wkts=[], dates=[])),
         ("sites as lines", "SITES", sites("LineString", [LINE])),
         ("realisation date a number", "DATE_FIELD",
          with_layer("date", SITES=sites(date_type="int"))),
         ("realisation date 'vorig jaar'", "DATE_FIELD",
          with_layer("date", SITES=sites(dates=["vorig jaar"], date_type="text"))),
         ("empty observations", "OBSERVATIONS", observations(wkts=[])),
         ("observations as polygons", "OBSERVATIONS", observations("Polygon", [PATCH_A])),
         ("observations without CRS", "OBSERVATIONS", observations(epsg=None)),
         ("observation dates numbers", "OBSERVATION_DATE_FIELD",
          with_layer("date", OBSERVATIONS=observations(date_type="int"))),
         ("text count '2,5'", "COUNT_FIELD",
          with_layer("count", OBSERVATIONS=observations(counts=["2,5"], count_type="text"))),
         ("negative count", "COUNT_FIELD",
          with_layer("count", OBSERVATIONS=observations(counts=[-2]))),
         ("controls as lines", "CONTROLS", controls([1], "LineString")),
         ("text control link", "CONTROL_SITE_FIELD",
          with_layer("site", CONTROLS=controls(["1"], link_type="String"))),
         ("NULL control link", "CONTROL_SITE_FIELD",
          with_layer("site", CONTROLS=controls([None]))),
         ("report in a folder that cannot be made", "OUTPUT_HTML",
          lambda tmp_path: "/proc/zoemzone/report.html")]),
    "assessapplications": (
        fine(LANDUSE=landuse, APPLICATIONS=applications(), STUDY_AREAS=study_areas,
             BUDGET=lambda tmp_path: 1000.0, DISTANCE=lambda tmp_path: 100.0),
        raster_cases("LANDUSE", LANDUSE) + [
            ("alpha of 100 km", "GUILD_TABLE", guilds_with_alpha(100000)),
            ("missing catalogue", "MEASURES_CATALOGUE",
             lambda tmp_path: str(tmp_path / "none.csv")),
            ("empty applications", "APPLICATIONS", lambda tmp_path: layer("Polygon", [])),
            ("applications without CRS", "APPLICATIONS", applications(epsg=None)),
            ("applications without the fund's fields", "APPLICATIONS",
             lambda tmp_path: layer("Polygon", [PATCH_A])),
            ("text amount '1.500,00'", "APPLICATIONS", applications(amount_type="text",
                                                                    amount="1.500,00")),
            ("text size 'groot'", "APPLICATIONS", applications(size_type="text",
                                                                size="groot")),
            ("study areas as points", "STUDY_AREAS",
             lambda tmp_path: layer("Point", ["POINT(185050 320050)"])),
            ("empty study areas", "STUDY_AREAS", lambda tmp_path: layer("Polygon", [])),
            ("self-intersecting study area", "STUDY_AREAS",
             lambda tmp_path: layer("Polygon", [square(X0, Y0 - 200.0, 200.0), BOWTIE])),
            ("study areas without CRS", "STUDY_AREAS",
             lambda tmp_path: layer("Polygon", [square(X0, Y0 - 200.0, 200.0)], epsg=None)),
            ("budget 0", "BUDGET", lambda tmp_path: 0.0),
            ("negative budget", "BUDGET", lambda tmp_path: -100.0),
            ("budget 'veel'", "BUDGET", lambda tmp_path: "veel"),
            ("MIN_AREAS 2 of 1 area", "MIN_AREAS", lambda tmp_path: 2),
            ("patches as points", "PATCHES",
             lambda tmp_path: layer("Point", ["POINT(185050 320050)"])),
            ("patches in EPSG:4326", "PATCHES",
             lambda tmp_path: layer("Polygon", ["POLYGON((5.69 50.85, 5.7 50.85, 5.7 50.86, "
                                                "5.69 50.85))"], epsg=4326)),
            ("self-intersecting patch", "PATCHES",
             lambda tmp_path: layer("Polygon", [PATCH_A, BOWTIE])),
            ("distance 0", "DISTANCE", distance_zero),
            ("report under a file", "REPORT", report_under_a_file)]
        + raster_cases("PRIORITY", SUITABILITY, ("geographic CRS", "no CRS", "all nodata",
                                                 "missing file"))),
    "advicereport": (
        fine(PRIORITY=lambda tmp_path: tif(tmp_path / "priority.tif", LANDUSE),
             BEST_MEASURE=lambda tmp_path: tif(tmp_path / "best.tif", LANDUSE),
             STUDY_AREAS=lambda tmp_path: layer("Polygon", [square(X0, Y0 - 200.0, 200.0)])),
        raster_cases("PRIORITY", LANDUSE) + raster_cases("BEST_MEASURE", LANDUSE, (
            "geographic CRS", "all nodata", "missing file")) + [
            ("empty study areas", "STUDY_AREAS", lambda tmp_path: layer("Polygon", [])),
            ("study areas without CRS", "STUDY_AREAS",
             lambda tmp_path: layer("Polygon", [square(X0, Y0 - 200.0, 200.0)], epsg=None)),
            ("missing template", "TEMPLATE", lambda tmp_path: str(tmp_path / "none.qpt")),
            ("output folder inside a file", "OUTPUT_FOLDER", inside_a_file)]),
    "publishwebsite": (
        fine(PRIORITY=lambda tmp_path: tif(tmp_path / "priority.tif", LANDUSE),
             BEST_MEASURE=lambda tmp_path: tif(tmp_path / "best.tif", LANDUSE),
             OUTPUT=lambda tmp_path: str(tmp_path / "site")),
        raster_cases("PRIORITY", LANDUSE, ("geographic CRS", "no CRS", "all nodata",
                                           "missing file"))
        + raster_cases("BEST_MEASURE", LANDUSE, ("geographic CRS", "no CRS", "all nodata",
                                                 "missing file")) + [
            ("best measure on another grid", "BEST_MEASURE",
             lambda tmp_path: tif(tmp_path / "small.tif", LANDUSE[:10, :10])),
            ("gain on another grid", "GAIN",
             lambda tmp_path: tif(tmp_path / "small.tif", SUITABILITY[:10, :10])),
            ("gain tagged as priority", "GAIN", tagged("gain.tif", SUITABILITY, "priority")),
            ("priority tagged as gain", "PRIORITY", tagged("p.tif", SUITABILITY, "gain")),
            ("food gaps tagged as supply", "FOOD_GAPS",
             tagged("gaps.tif", SUITABILITY, "supply")),
            ("empty study areas", "STUDY_AREAS", lambda tmp_path: layer("Polygon", [])),
            ("study areas as points", "STUDY_AREAS",
             lambda tmp_path: layer("Point", ["POINT(185050 320050)"])),
            ("a text file as package", "PACKAGE", text_file("package.gpkg", "no package")),
            ("a GeoPackage that is no data package", "PACKAGE", foreign_geopackage),
            ("basemap without {z}/{x}/{y}", "BASEMAP_URL",
             lambda tmp_path: "https://tiles.example.org/map.png"),
            ("basemap not over http", "BASEMAP_URL",
             lambda tmp_path: "file:///tiles/{z}/{x}/{y}.png"),
            ("zoom 23", "MAX_ZOOM", lambda tmp_path: 23),
            ("zoom -1", "MAX_ZOOM", lambda tmp_path: -1),
            ("a foreign non-empty folder", "OUTPUT", foreign_folder),
            ("output folder inside a file", "OUTPUT", inside_a_file)]),
}


def test_every_algorithm_has_bad_input_cases(provider):
    """A new algorithm must come with its cases here."""
    assert {a.name() for a in provider.algorithms()} == set(CASES)
    assert all(cases for _, cases in CASES.values())


@pytest.mark.parametrize("algorithm, case, name", [
    (algorithm, case, name) for algorithm, (_, cases) in sorted(CASES.items())
    for case, name, _ in cases])
def test_bad_input_is_refused_naming_the_input(plugin, tmp_path, algorithm, case, name):
    import processing
    from qgis.core import QgsApplication, QgsProcessingException

    fine_inputs, cases = CASES[algorithm]
    bad = next(build for label, param, build in cases if label == case and param == name)
    parameters = {key: build(tmp_path) for key, build in fine_inputs.items()}
    value = bad(tmp_path)
    if isinstance(value, With):
        parameters.update(value.others)
        value = value.value
    parameters[name] = value
    definition = QgsApplication.processingRegistry().createAlgorithmById("zoemzone:" + algorithm)
    for output in definition.destinationParameterDefinitions():
        optional = output.flags() & output.FlagOptional
        if output.name() not in parameters and (output.createByDefault() or not optional):
            parameters[output.name()] = "TEMPORARY_OUTPUT"
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoemzone:" + algorithm, parameters)
    message = str(raised.value)
    description = definition.parameterDefinition(name).description()
    assert "Traceback" not in message, message
    assert description in message or name in message, message


def run_error(algorithm, **parameters):
    """The message of the QgsProcessingException ``algorithm`` raises on ``parameters``."""
    import processing
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoemzone:" + algorithm, parameters)
    return str(raised.value)


def test_website_names_the_product_a_raster_is_and_the_one_it_takes(plugin, tmp_path):
    message = run_error("publishwebsite",
                        PRIORITY=tagged("p.tif", SUITABILITY, "gain")(tmp_path),
                        BEST_MEASURE=tif(tmp_path / "best.tif", LANDUSE),
                        OUTPUT=str(tmp_path / "site"))
    assert message == ("'Priority' is the Zoem Zone output 'gain' (its metadata say "
                       "ZOEMZONE_PRODUCT=gain), but it shows the output priority. Choose that "
                       "raster for 'Priority'.")
    assert not os.path.exists(tmp_path / "site")


def test_messages_name_the_feature_by_its_id_and_the_capacity_field(plugin):
    """Ids in messages are the patches' own (field 'id'), and a bad capacity blames the
    capacity field, not the area."""
    from qgis.PyQt.QtCore import QVariant
    patches_layer = layer("Polygon", [PATCH_A, PATCH_B, square(185070.0, 320070.0, 20.0)],
                          fields=[("id", QVariant.Int), ("cap", QVariant.Double)],
                          rows=[[7, 2.0], [9, None], [11, 1.0]])
    message = run_error("connectivitygraph", PATCHES=patches_layer, CAPACITY_FIELD="cap",
                        NODES="memory:", LINKS="memory:")
    assert message == ("'Capacity field': feature 9 has no value in the field 'cap'. Fill in a "
                       "number for every feature.")
    text = layer("Polygon", [PATCH_A, PATCH_B], fields=[("id", QVariant.Int),
                                                        ("cap", QVariant.String)],
                 rows=[[7, "2"], [9, "1,5"]])
    message = run_error("connectivitygraph", PATCHES=text, CAPACITY_FIELD="cap",
                        NODES="memory:", LINKS="memory:")
    assert message.startswith("'Capacity field': the field 'cap' is a string field; choose a "
                              "numeric field")
    bowtie = layer("Polygon", [PATCH_A, BOWTIE], fields=[("id", QVariant.Int)],
                   rows=[[3], [4]])
    message = run_error("connectivitygraph", PATCHES=bowtie, NODES="memory:",
                        LINKS="memory:")
    assert message.startswith("'Habitat patches': feature 4 has an invalid geometry "
                              "(Self-intersection)")


def test_corridors_name_a_patch_that_covers_no_cell(plugin, tmp_path):
    from qgis.PyQt.QtCore import QVariant
    off = layer("Polygon", [PATCH_A, square(190000.0, 320000.0, 40.0)],
                fields=[("id", QVariant.Int)], rows=[[5], [6]])
    message = run_error("corridors", PATCHES=off, RESISTANCE=resistance(tmp_path),
                        OUTPUT=str(tmp_path / "c.tif"), PATHS="memory:")
    assert message.startswith("'Habitat patches': patch 6 covers no cell of 'Resistance'")


def test_corridors_take_patches_in_another_crs(plugin, tmp_path):
    """Corridors reproject the patches to the resistance raster, so patches in degrees are
    fine there (a patch that lands off the raster is refused by its id, above): the same
    least-cost path as from the patches in EPSG:28992, 99.0 = 7 diagonal steps of
    sqrt(2) x 10 m at resistance 1 between the patches' nearest cells."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                           QgsProject)
    to_degrees = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                        QgsCoordinateReferenceSystem("EPSG:4326"),
                                        QgsProject.instance())
    wkts = []
    for wkt in (PATCH_A, PATCH_B):
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.transform(to_degrees)
        wkts.append(geometry.asWkt())
    costs = []
    for patch_layer in (layer("Polygon", [PATCH_A, PATCH_B]),
                        layer("Polygon", wkts, epsg=4326)):
        result = processing_run("corridors", PATCHES=patch_layer,
                                RESISTANCE=resistance(tmp_path), OUTPUT="TEMPORARY_OUTPUT",
                                PATHS="memory:")
        costs.append([(f["from_id"], f["to_id"], round(f["cost"], 3))
                      for f in result["PATHS"].getFeatures()])
    assert costs[0] == costs[1] == [(1, 2, round(7 * 2 ** 0.5 * 10, 3))]


def processing_run(algorithm, **parameters):
    import processing
    return processing.run("zoemzone:" + algorithm, parameters)


def test_raster_faults_are_told_apart(plugin, tmp_path):
    """Each fault has its own message (one shared check), with the values found."""
    suitability_path = suitability(tmp_path)
    assert "'Band' is 9, but 'Suitability raster' has 1 band(s)" in run_error(
        "habitatpatches", SUITABILITY=suitability_path, BAND=9, OUTPUT="TEMPORARY_OUTPUT")
    narrow = bad_raster("non-square cells", np.ones((SIDE, SIDE), np.float32))(tmp_path)
    for algorithm, name in (("costdistance", "Cost raster"), ("corridors", "Resistance")):
        message = run_error(algorithm, COST=narrow, RESISTANCE=narrow, PATCHES=patches()(tmp_path),
                            SOURCES=layer("Point", ["POINT(185055 320155)"]),
                            OUTPUT="TEMPORARY_OUTPUT", PATHS="memory:")
        assert message.startswith("'%s' has cells of 10.0 × 20.0: distances are measured in "
                                  "cells" % name)


def test_has_valid_cells_reads_strips_until_the_first_valid_cell(tmp_path):
    from zoemzone_plugin.engine.io.gdalio import has_valid_cells
    values = np.full((SIDE, SIDE), -1.0, np.float32)
    assert not has_valid_cells(tif(tmp_path / "empty.tif", values, nodata=-1.0))
    values[SIDE - 1, SIDE - 1] = 0.5      # the last cell, in the last of 20 one-row strips
    assert has_valid_cells(tif(tmp_path / "last.tif", values, nodata=-1.0),
                           cells_per_read=SIDE)
    values[:] = np.nan                    # NaN is nodata in a float raster without nodata
    assert not has_valid_cells(tif(tmp_path / "nan.tif", values))


@pytest.mark.parametrize("text, expected", [
    ("nan", "r.csv, line 3: column 'resistance' holds 'nan', which is not a number."),
    ("inf", "r.csv, line 3: column 'resistance' holds 'inf', which is not a number."),
    ("1e308", "r.csv, line 3: column 'resistance' is 1e308, above 1e+09. Use a value of "
              "1e+09 or less."),
    ("-inf", "r.csv, line 3: column 'resistance' holds '-inf', which is not a number.")])
def test_resistance_table_refuses_values_that_are_not_finite_or_too_large(tmp_path, text,
                                                                          expected):
    from zoemzone_plugin.engine.errors import TableError
    from zoemzone_plugin.engine.network.resistance import read_resistance_table
    path = tmp_path / "r.csv"
    path.write_text("lucode,resistance\n1,1\n2,%s\n3,5\n" % text, encoding="utf-8")
    with pytest.raises(TableError) as raised:
        read_resistance_table(str(path))
    assert str(raised.value) == expected


def test_table_ranges_open_at_one_end_say_which_end(tmp_path):
    from zoemzone_plugin.engine.io.csvtable import read_csv
    from zoemzone_plugin.engine.errors import TableError
    path = tmp_path / "t.csv"
    path.write_text("a,b\n-2,0.5\n", encoding="utf-8")
    table = read_csv(str(path))
    assert table.number(0, "b", 0, 1) == 0.5
    with pytest.raises(TableError, match=r"column 'a' is -2, below 0\. Use a value of 0 or "
                                         r"more\."):
        table.number(0, "a", lower=0)
    with pytest.raises(TableError, match=r"column 'b' is 0\.5, outside 0 to 0\.1\."):
        table.number(0, "b", 0, 0.1)


def test_conefor_links_repeated_with_another_distance_are_refused(tmp_path):
    from zoemzone_plugin.engine.network.conefor import read_links
    from zoemzone_plugin.engine.errors import TableError
    same = tmp_path / "same.txt"
    same.write_text("1 2 100\n2 1 100\n2 3 150\n", encoding="utf-8")
    first, second, distances = read_links(str(same), [1, 2, 3])
    assert list(distances) == [100.0, 100.0, 150.0]          # a repeat that agrees is fine
    conflict = tmp_path / "conflict.txt"
    conflict.write_text("# id id distance\n1 2 100\n2 3 150\n2 1 300\n", encoding="utf-8")
    with pytest.raises(TableError) as raised:
        read_links(str(conflict), [1, 2, 3])
    assert str(raised.value) == ("conflict.txt, line 4: the link between nodes 1 and 2 has "
                                 "distance 300, but line 2 gives it 100. Keep one line per "
                                 "pair of nodes.")


def test_all_zero_capacities_are_refused_as_such(tmp_path):
    from zoemzone_plugin.engine.network.conefor import read_nodes
    from zoemzone_plugin.engine.errors import InputError, TableError
    from zoemzone_plugin.engine.network.graph import connectivity
    with pytest.raises(InputError, match=r"^All 2 capacities are 0, so there is no habitat"):
        connectivity([0.0, 0.0], ([0], [1], [10.0]), 100.0, 0.5)
    nodes = tmp_path / "nodes.txt"
    nodes.write_text("1 0\n2 0,0\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"^nodes.txt: all 2 nodes have capacity 0"):
        read_nodes(str(nodes))


def test_a_kernel_too_large_for_memory_is_refused_with_its_size(tmp_path):
    """alpha 100 km on 10 m cells: a kernel of 2 floor(5 x 10,000) + 1 = 100,001 cells a
    side, on an FFT grid at least that wide (44 B a cell, pollination_outputs' model): tens
    of GiB for any tile, refused; alpha 1 km (1,001 cells, about 44 MiB) runs."""
    from zoemzone_plugin.engine.pollination.convolution import fast_length
    from zoemzone_plugin.engine.errors import InputError
    from zoemzone_plugin.engine.pollination.outputs import check_kernel_memory
    from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
    from zoemzone_plugin.paths import default_table
    path = landuse(tmp_path)
    bio = default_table("biophysical_nl.csv")
    check_kernel_memory(read_pollination_tables(bio, guilds_with_alpha(1000)(tmp_path)), path,
                        memory_budget_mb=100)
    tables = read_pollination_tables(bio, guilds_with_alpha(100000)(tmp_path))
    side = fast_length(100001)
    assert side >= 100001
    need = (52 + 4 * 4) + 44 * side * side          # one cell, four seasons, the FFT grid
    with pytest.raises(InputError) as raised:
        check_kernel_memory(tables, path, memory_budget_mb=100)
    assert str(raised.value).startswith(
        "Guild 'far_flyer' has an alpha of 100000 m: on cells of 10 m its foraging kernel is "
        "100001 × 100001 cells and needs about %d MiB, more than the " % round(need / 2 ** 20))


def test_assessment_takes_applications_and_study_areas_in_degrees(plugin, tmp_path):
    """Applications and study areas are reprojected to the land use (as Measure scenario's
    measures), so in EPSG:4326 they are fine, not refused: the same application, eligible
    and with the same effect as in EPSG:28992 (only rasters in degrees are refused)."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                           QgsProject, QgsVectorLayer)
    to_degrees = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                        QgsCoordinateReferenceSystem("EPSG:4326"),
                                        QgsProject.instance())

    def in_degrees(wkt):
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.transform(to_degrees)
        return geometry.asWkt(12)

    area = square(X0, Y0 - 200.0, 200.0)
    found = []
    for epsg, application, study_area in ((28992, PATCH_A, area),
                                          (4326, in_degrees(PATCH_A), in_degrees(area))):
        result = processing_run(
            "assessapplications", LANDUSE=landuse(tmp_path), BUDGET=1000.0,
            APPLICATIONS=applications(epsg=epsg, wkt=application)(tmp_path),
            STUDY_AREAS=layer("Polygon", [study_area], epsg=epsg),
            OUTPUT=str(tmp_path / ("out_%d.gpkg" % epsg)),
            REPORT=str(tmp_path / ("report_%d.html" % epsg)))
        rows = list(QgsVectorLayer(result["OUTPUT"], "out", "ogr").getFeatures())
        found.append([(row["eligible"], row["effect"], row["selected"]) for row in rows])
    assert found[0][0][0] and found[0][0][1] > 0 and found[0][0][2]
    assert found[1] == [(True, pytest.approx(found[0][0][1], rel=1e-9), True)]
