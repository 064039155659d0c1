"""Importing observations: GBIF simple CSV and other CSVs into a GeoPackage observations layer
(zoemzone:importobservations), with every row counted once and bad rows reported."""
import datetime

import pytest

from zoemzone_plugin.engine.monitoring.observations import (DuplicateFinder, parse_date,
                                                            parse_number, read_observations)

# the columns of a GBIF simple CSV download, in GBIF's order
GBIF_HEADER = [
    "gbifID", "datasetKey", "occurrenceID", "kingdom", "phylum", "class", "order", "family",
    "genus", "species", "infraspecificEpithet", "taxonRank", "scientificName",
    "verbatimScientificName", "verbatimScientificNameAuthorship", "countryCode", "locality",
    "stateProvince", "occurrenceStatus", "individualCount", "publishingOrgKey",
    "decimalLatitude", "decimalLongitude", "coordinateUncertaintyInMeters",
    "coordinatePrecision", "elevation", "elevationAccuracy", "depth", "depthAccuracy",
    "eventDate", "day", "month", "year", "taxonKey", "speciesKey", "basisOfRecord",
    "institutionCode", "collectionCode", "catalogNumber", "recordNumber", "identifiedBy",
    "dateIdentified", "license", "rightsHolder", "recordedBy", "typeStatus",
    "establishmentMeans", "lastInterpreted", "mediaType", "issue"]

LON, LAT = 5.69, 50.85           # near Maastricht
SPECIES_LIST = "# Zoem Zone target species\nandrena vaga\n\nBombus  terrestris\n" \
               "Colletes cunicularius\n"


def gbif_row(n, species, lat, lon, uncertainty="", date="", count="1", status="PRESENT",
             locality="Maastricht", year="", month="", day=""):
    values = dict.fromkeys(GBIF_HEADER, "")
    values.update({"gbifID": str(4000000000 + n), "kingdom": "Animalia", "family": "Apidae",
                   "genus": species.split()[0], "species": species, "taxonRank": "SPECIES",
                   "scientificName": species + " (Linnaeus, 1758)", "countryCode": "NL",
                   "locality": locality, "stateProvince": "Limburg",
                   "occurrenceStatus": status, "individualCount": count,
                   "decimalLatitude": lat, "decimalLongitude": lon,
                   "coordinateUncertaintyInMeters": uncertainty, "eventDate": date,
                   "year": year, "month": month, "day": day,
                   "basisOfRecord": "HUMAN_OBSERVATION", "license": "CC_BY_4_0"})
    return "\t".join(values[column] for column in GBIF_HEADER)


def to_wgs84(x, y):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY,
                           QgsProject)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsProject.instance())
    point = transform.transform(QgsPointXY(x, y))
    return point.x(), point.y()


def to_rd(lon, lat):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY,
                           QgsProject)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:28992"),
                                       QgsProject.instance())
    point = transform.transform(QgsPointXY(lon, lat))
    return point.x(), point.y()


EXISTING = ("Andrena vaga", (176500.0, 317500.0), datetime.date(2023, 6, 1))


def make_target(path, existing=(EXISTING,), trigger=None):
    """A GeoPackage observations layer (EPSG:28992) holding ``existing`` observations."""
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("observations", srs, ogr.wkbPoint)
    for name, kind in (("species", ogr.OFTString), ("date", ogr.OFTDate),
                       ("count", ogr.OFTInteger), ("source", ogr.OFTString),
                       ("uncertainty", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for species, (x, y), date in existing:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("species", species)
        feature.SetField("date", date.isoformat())
        feature.SetField("source", "veldwerk")
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (%r %r)" % (x, y)))
        layer.CreateFeature(feature)
    if trigger:
        ds.ExecuteSQL(trigger)
    ds = None
    return "%s|layername=observations" % path


def read_target(path):
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer("%s|layername=observations" % path, "t", "ogr")
    assert layer.isValid()
    return list(layer.getFeatures())


def run(**params):
    import processing
    from qgis.core import QgsApplication

    from zoemzone_plugin.algorithms.partnerdata.import_observations import ImportObservationsAlgorithm
    registered = QgsApplication.processingRegistry().algorithmById(
        "zoemzone:importobservations")
    algorithm = registered.id() if registered else ImportObservationsAlgorithm().create()
    return processing.run(algorithm, params)


def gbif_file(tmp_path, plugin):
    """15 rows: 5 to import, 1 too uncertain, 2 of other species, 3 duplicates (two within
    the file, one of the target's observation), 4 rejected."""
    ex_lon, ex_lat = to_wgs84(*EXISTING[1])
    rows = [
        gbif_row(1, "Andrena vaga", "50.85", "5.69", "25,5", "2023-04-12", "2"),
        gbif_row(2, "Andrena vaga", "50.85", "5.69", "25,5", "2023-04-12", "1"),   # dup of 1
        gbif_row(3, "Andrena vaga", "50.850004", "5.69", "10", "2023-04-12T09:30:00",
                 "1"),                                           # 0.44 m from 1: duplicate
        gbif_row(4, "Andrena vaga", "50.85", "5.69", "25", "2023-04-13", "3"),  # another day
        gbif_row(5, "Bombus terrestris", "50.86", "5.70", "250", "2023-05-01"),  # uncertain
        gbif_row(6, "Bombus terrestris", "50.86", "5.70", "", "2023-05-01T10:15:00", ""),
        gbif_row(7, "Apis mellifera", "50.86", "5.70", "5", "2023-05-01"),     # not listed
        gbif_row(8, "Apis mellifera", "", "", "5", "2023-05-01"),              # not listed
        gbif_row(9, "Colletes cunicularius", "", "5.71", "5", "2023-03-20"),   # no latitude
        gbif_row(10, "Colletes cunicularius", "50.87", "5.71", "5", ""),       # no date
        gbif_row(11, "Colletes cunicularius", "50.87", "5.71", "5", "2023-04"),  # month only
        gbif_row(12, "Colletes cunicularius", "50.87", "5.71", "5", "2023-03-20", "0",
                 "ABSENT"),                                                   # absence
        gbif_row(13, "Colletes cunicularius", "50.87", "5.71", "12,0",
                 "2023-03-20/2023-03-20", "", locality='"Sint-Pietersberg, groeve'),
        gbif_row(14, "Andrena vaga", "%.9f" % ex_lat, "%.9f" % ex_lon, "5",
                 EXISTING[2].isoformat()),                    # the target's observation
        gbif_row(15, "Bombus terrestris", "%.9f" % ex_lat, "%.9f" % ex_lon, "5",
                 EXISTING[2].isoformat()),                    # same place, other species
    ]
    path = tmp_path / "0012345-230224095556074.csv"
    path.write_text("\t".join(GBIF_HEADER) + "\n" + "\n".join(rows) + "\n\n",
                    encoding="utf-8")
    species = tmp_path / "species.txt"
    species.write_text(SPECIES_LIST, encoding="utf-8")
    return str(path), str(species)


def test_gbif_import_counts_reprojects_and_fills_the_fields(plugin, tmp_path):
    from qgis.core import QgsProcessingFeedback
    from qgis.PyQt.QtCore import QDate
    gbif, species = gbif_file(tmp_path, plugin)
    target = make_target(tmp_path / "package.gpkg")

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    import processing
    from qgis.core import QgsApplication

    from zoemzone_plugin.algorithms.partnerdata.import_observations import ImportObservationsAlgorithm
    registered = QgsApplication.processingRegistry().algorithmById(
        "zoemzone:importobservations")
    log = Log()
    result = processing.run(
        registered.id() if registered else ImportObservationsAlgorithm().create(),
        {"INPUT": gbif, "FORMAT": 0, "MAX_UNCERTAINTY": 100, "SPECIES_LIST": species,
         "TARGET": target}, feedback=log)
    assert {k: result[k] for k in ("IMPORTED", "SKIPPED_UNCERTAINTY", "SKIPPED_SPECIES",
                                   "SKIPPED_DUPLICATES", "REJECTED")} == {
        "IMPORTED": 5, "SKIPPED_UNCERTAINTY": 1, "SKIPPED_SPECIES": 2,
        "SKIPPED_DUPLICATES": 3, "REJECTED": 4}
    # one reason per rejected row, naming its line (the header is line 1)
    assert [w.split(":")[0] for w in log.warnings] == ["Line 10", "Line 11", "Line 12",
                                                       "Line 13"]
    assert "no coordinates" in log.warnings[0] and "no date" in log.warnings[1]
    assert "2023-04" in log.warnings[2] and "absence" in log.warnings[3]

    features = read_target(tmp_path / "package.gpkg")
    assert len(features) == 6
    new = [f for f in features if f["source"] == "GBIF"]
    by_key = {(f["species"], f["date"].toPyDate()): f for f in new}
    assert sorted(by_key) == sorted([
        ("Andrena vaga", datetime.date(2023, 4, 12)), ("Andrena vaga", datetime.date(2023, 4, 13)),
        ("Bombus terrestris", datetime.date(2023, 5, 1)),
        ("Colletes cunicularius", datetime.date(2023, 3, 20)),
        ("Bombus terrestris", EXISTING[2])])
    first = by_key[("Andrena vaga", datetime.date(2023, 4, 12))]
    assert first["date"] == QDate(2023, 4, 12)
    assert first["count"] == 2 and first["uncertainty"] == pytest.approx(25.5)
    point = first.geometry().asPoint()
    x, y = to_rd(LON, LAT)
    assert (point.x(), point.y()) == (pytest.approx(x, abs=1e-6), pytest.approx(y, abs=1e-6))
    assert 170000 < x < 185000 and 310000 < y < 325000          # Maastricht in RD
    bombus = by_key[("Bombus terrestris", datetime.date(2023, 5, 1))]
    assert bombus["count"] is None or bombus["count"].isNull()
    assert bombus["uncertainty"] is None or bombus["uncertainty"].isNull()
    colletes = by_key[("Colletes cunicularius", datetime.date(2023, 3, 20))]
    assert colletes["uncertainty"] == pytest.approx(12.0)
    beside = by_key[("Bombus terrestris", EXISTING[2])].geometry().asPoint()
    assert beside.distance(*EXISTING[1]) < 0.01


def test_a_second_import_of_the_same_file_adds_nothing(plugin, tmp_path):
    gbif, species = gbif_file(tmp_path, plugin)
    target = make_target(tmp_path / "package.gpkg")
    params = {"INPUT": gbif, "FORMAT": 0, "MAX_UNCERTAINTY": 100, "SPECIES_LIST": species,
              "TARGET": target}
    run(**params)
    again = run(**params)
    assert again["IMPORTED"] == 0 and again["SKIPPED_DUPLICATES"] == 8
    assert len(read_target(tmp_path / "package.gpkg")) == 6


def test_without_species_list_and_with_a_larger_uncertainty(plugin, tmp_path):
    gbif, _ = gbif_file(tmp_path, plugin)
    target = make_target(tmp_path / "package.gpkg")
    result = run(INPUT=gbif, FORMAT=0, MAX_UNCERTAINTY=1000, SKIP_UNKNOWN_UNCERTAINTY=True,
                 TARGET=target)
    # all species count now: Apis row 7 is imported, row 8 (no coordinates) rejected; row 5
    # (250 m) is imported, row 6 (no uncertainty) skipped
    assert (result["IMPORTED"], result["SKIPPED_SPECIES"], result["SKIPPED_UNCERTAINTY"],
            result["SKIPPED_DUPLICATES"], result["REJECTED"]) == (6, 0, 1, 3, 5)


def test_other_csv_with_dutch_conventions_in_rd(plugin, tmp_path):
    csv_path = tmp_path / "waarnemingen.csv"
    csv_path.write_text(
        "Soort;X;Y;Datum;Aantal;Nauwkeurigheid\n"
        "Andrena vaga;181234,5;318765,25;12-04-2023;3;5,5\n"
        "Andrena vaga;181234,9;318765,25;12/04/2023;1;5\n"          # 0.4 m away: duplicate
        "Andrena vaga;181236,0;318765,25;12.04.2023;1;5\n"          # 1.5 m away: new
        "Osmia bicornis;181300;318800;2023-04-20;2;\n"
        "Osmia bicornis;181300;318800;31-02-2023;2;\n"              # no such day
        "Osmia bicornis;;318800;2023-04-20;2;\n"                    # no x
        "Osmia bicornis;181300;318800;2023-04-21;twee;\n"           # count not a number
        "Osmia bicornis;181300;318800;2023-04-22;1;500\n",          # too uncertain
        encoding="cp1252")
    target = make_target(tmp_path / "package.gpkg", existing=())
    result = run(INPUT=str(csv_path), FORMAT=1, SPECIES_FIELD="soort", X_FIELD="x",
                 Y_FIELD="Y", DATE_FIELD="Datum", COUNT_FIELD="Aantal",
                 UNCERTAINTY_FIELD="Nauwkeurigheid", CRS="EPSG:28992", MAX_UNCERTAINTY=100,
                 SOURCE="waarneming.nl", TARGET=target)
    assert (result["IMPORTED"], result["SKIPPED_DUPLICATES"], result["REJECTED"],
            result["SKIPPED_UNCERTAINTY"], result["SKIPPED_SPECIES"]) == (3, 1, 3, 1, 0)
    features = read_target(tmp_path / "package.gpkg")
    first = min(features, key=lambda f: f.geometry().asPoint().x())
    assert first.geometry().asPoint().x() == pytest.approx(181234.5)
    assert first.geometry().asPoint().y() == pytest.approx(318765.25)
    assert first["count"] == 3 and first["uncertainty"] == pytest.approx(5.5)
    assert first["source"] == "waarneming.nl"
    assert first["date"].toPyDate() == datetime.date(2023, 4, 12)


def test_a_row_the_database_refuses_leaves_the_layer_as_it_was(plugin, tmp_path):
    from qgis.core import QgsProcessingException
    gbif, species = gbif_file(tmp_path, plugin)
    trigger = ("CREATE TRIGGER no_swarms BEFORE INSERT ON observations "
               "WHEN NEW.uncertainty = 12.0 BEGIN SELECT RAISE(ABORT, 'refused'); END")
    target = make_target(tmp_path / "package.gpkg", trigger=trigger)
    with pytest.raises(QgsProcessingException):
        run(INPUT=gbif, FORMAT=0, MAX_UNCERTAINTY=100, SPECIES_LIST=species, TARGET=target)
    assert len(read_target(tmp_path / "package.gpkg")) == 1


def test_a_layer_without_the_fields_or_a_wrong_file_is_refused_clearly(plugin, tmp_path):
    from osgeo import ogr, osr
    from qgis.core import QgsProcessingException
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "other.gpkg"))
    ds.CreateLayer("points", srs, ogr.wkbPoint).CreateField(ogr.FieldDefn("name"))
    ds = None
    gbif, _ = gbif_file(tmp_path, plugin)
    with pytest.raises(QgsProcessingException, match="species"):
        run(INPUT=gbif, FORMAT=0, TARGET="%s|layername=points" % (tmp_path / "other.gpkg"))
    semicolons = tmp_path / "not_gbif.csv"
    semicolons.write_text("soort;x;y;datum\nAndrena vaga;1;2;2023-01-01\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="GBIF simple CSV"):
        run(INPUT=str(semicolons), FORMAT=0, TARGET=make_target(tmp_path / "p.gpkg"))


# --- the engine alone --------------------------------------------------------------------

def test_dates_numbers_and_the_duplicate_finder():
    assert parse_date("2023-04-12") == datetime.date(2023, 4, 12)
    assert parse_date("2023-04-12T10:15:00Z") == datetime.date(2023, 4, 12)
    assert parse_date("2023-04-12T10:00/11:00") == datetime.date(2023, 4, 12)
    assert parse_date("12-4-2023") == parse_date("12/04/2023") == datetime.date(2023, 4, 12)
    for text in ("2023", "2023-04", "2023-02-30", "april"):
        with pytest.raises(ValueError):
            parse_date(text)
    with pytest.raises(OverflowError):
        parse_date("2023-04-01/2023-04-30")
    assert parse_number("25,5") == 25.5 and parse_number(" 7 ") == 7.0
    assert parse_number("") is None
    finder = DuplicateFinder(1.0)
    day = datetime.date(2023, 4, 12)
    assert not finder.check_and_add("Andrena vaga", day, 100.0, 100.0)
    assert finder.check_and_add("andrena  VAGA", day, 100.99, 100.0)     # 0.99 m, same name
    assert not finder.check_and_add("Andrena vaga", day, 101.2, 100.7)   # 1.39 m
    assert not finder.check_and_add("Andrena vaga", datetime.date(2023, 4, 13), 100.0, 100.0)


def test_gbif_quotes_are_text_and_lines_are_counted(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("\t".join(GBIF_HEADER) + "\n"
                    + gbif_row(1, "Andrena vaga", "50.85", "5.69", "5", "2023-04-12",
                               locality='"Sint-Pietersberg') + "\n"
                    + gbif_row(2, "Andrena vaga", "50.86", "5.69", "5", "",
                               year="2023", month="4", day="14") + "\n", encoding="utf-8")
    read = read_observations(str(path))
    assert [o.line for o in read.observations] == [2, 3]
    assert read.observations[1].date == datetime.date(2023, 4, 14)
    assert (read.observations[0].x, read.observations[0].y) == (5.69, 50.85)
