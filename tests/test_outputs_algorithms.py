"""Products and output paths through Processing (issue 12 §2 and §5): every raster output
is tagged with what it is, land-use parameters refuse rasters tagged as another product,
and an output that cannot be written is refused naming its parameter and path."""
import os
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from test_outputs import demo_crop, rd
from zoemzone_plugin.engine.io.gdalio import (PRODUCT_KEY, Grid, raster_product, read_band,
                                              write_single)


def run(alg, **params):
    import processing
    return processing.run("zoemzone:" + alg, params)


def definition(alg):
    from qgis.core import QgsApplication
    return QgsApplication.processingRegistry().algorithmById("zoemzone:" + alg)


def description(alg, name):
    return definition(alg).parameterDefinition(name).description()


def outputs_in(folder, alg):
    """A file (or folder, or memory layer) in ``folder`` for every output of ``alg``."""
    from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterFolderDestination
    out = {}
    for parameter in definition(alg).destinationParameterDefinitions():
        if isinstance(parameter, QgsProcessingParameterFeatureSink):
            out[parameter.name()] = "memory:"
        elif isinstance(parameter, QgsProcessingParameterFolderDestination):
            out[parameter.name()] = str(folder / parameter.name())
        else:
            out[parameter.name()] = str(folder / (parameter.name() + "."
                                                  + parameter.defaultFileExtension()))
    return out


def polygon_layer(path, name, rows):
    """A GeoPackage layer of (type, WKT) polygons in EPSG:28992."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer(name, srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("type", ogr.OFTString))
    for kind, wkt in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("type", kind)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return path


def square_on(code, landuse):
    """A 30 m square around a cell of ``code``."""
    lu, _, grid = read_band(landuse)
    rows, cols = np.nonzero(lu == code)
    (x, y), = grid.cell_centres([(rows[len(rows) // 2], cols[len(rows) // 2])])
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        x - 15, y - 15, x + 15, y - 15, x + 15, y + 15, x - 15, y + 15, x - 15, y - 15)


def test_every_raster_output_carries_its_product(plugin, tmp_path):
    landuse = demo_crop(tmp_path)
    out = tmp_path.joinpath
    tags = {}

    def tagged(alg, names, result):
        for name in names:
            tags[alg, name] = raster_product(result[name])

    suitability = run("habitatsuitability", LANDUSE=landuse, INVEST_FOLDER=str(out("invest")),
                      **{n: str(out(n + ".tif")) for n in ("NESTING", "FLORAL", "SUPPLY",
                                                           "ABUNDANCE", "FLORAL_COVER")})
    tagged("habitatsuitability", ("NESTING", "FLORAL", "SUPPLY", "ABUNDANCE", "FLORAL_COVER"),
           suitability)
    invest = {raster_product(os.path.join(folder, name))
              for folder, _, names in os.walk(out("invest")) for name in names}
    tagged("seasonalfoodgaps", ["OUTPUT", "GAP_SEASONS"], run(
        "seasonalfoodgaps", LANDUSE=landuse, OUTPUT=str(out("gaps.tif")), SUMMARY="memory:",
        GAP_SEASONS=str(out("gap_seasons.tif"))))
    resistance = run("resistancesurface", LANDUSE=landuse, OUTPUT=str(out("res.tif")))
    tagged("resistancesurface", ["OUTPUT"], resistance)
    supply, valid, _ = read_band(suitability["SUPPLY"])
    patches = run("habitatpatches", SUITABILITY=suitability["SUPPLY"], BAND=1,
                  THRESHOLD=float(np.percentile(supply[valid], 97)), MIN_AREA=0.02,
                  OUTPUT=str(out("patches.gpkg")), PATCH_RASTER=str(out("ids.tif")))
    tagged("habitatpatches", ["PATCH_RASTER"], patches)
    tagged("costdistance", ["OUTPUT", "ALLOCATION"], run(
        "costdistance", COST=resistance["OUTPUT"], SOURCES=patches["OUTPUT"],
        OUTPUT=str(out("cd.tif")), ALLOCATION=str(out("alloc.tif"))))
    tagged("corridors", ["OUTPUT"], run(
        "corridors", PATCHES=patches["OUTPUT"], RESISTANCE=resistance["OUTPUT"],
        OUTPUT=str(out("corridors.tif")), PATHS="memory:"))
    tagged("bijenlandschap", ["STEPPING_STONE_GAPS", "ELEMENTS"], run(
        "bijenlandschap", LANDUSE=landuse, BNB_AREAS=str(out("bnb.gpkg")),
        STEPPING_STONE_GAPS=str(out("stones.tif")), ELEMENTS=str(out("elements.tif")),
        SUMMARY=str(out("summary.html"))))
    kansenkaart = run("kansenkaart", LANDUSE=landuse, MEASURE_GAINS=str(out("gains")),
                      **{n: str(out(n + ".tif")) for n in ("GAIN", "BEST_MEASURE", "PRIORITY")})
    tagged("kansenkaart", ("GAIN", "BEST_MEASURE", "PRIORITY"), kansenkaart)
    gains = {raster_product(str(path)) for path in out("gains").glob("*.tif")}
    measures = polygon_layer(str(out("measures.gpkg")), "measures",
                             [("akkerrand", square_on(2, landuse))])
    names = ("SUPPLY", "ABUNDANCE", "DELTA_SUPPLY", "DELTA_ABUNDANCE")
    tagged("measurescenario", names, run(
        "measurescenario", LANDUSE=landuse, MEASURES=measures, MEASURE_FIELD="type",
        REPORT=str(out("report.html")), **{n: str(out("s_" + n + ".tif")) for n in names}))
    mapping = out("mapping.csv")
    mapping.write_text("layer;field;value;lucode;priority;width_m\nfields;type;*;45;1;\n",
                       encoding="utf-8")
    from qgis.core import QgsVectorLayer
    fields = QgsVectorLayer(polygon_layer(str(out("fields.gpkg")), "fields",
                                          [("x", square_on(1, landuse))]), "fields", "ogr")
    built = run("buildlanduse", LANDUSE=landuse, LAYERS=[fields], MAPPING=str(mapping),
                CELL_SIZE=10.0, OUTPUT=str(out("built.tif")))
    tagged("buildlanduse", ["OUTPUT"], built)
    assert tags == {
        ("habitatsuitability", "NESTING"): "nesting",
        ("habitatsuitability", "FLORAL"): "floral",
        ("habitatsuitability", "SUPPLY"): "supply",
        ("habitatsuitability", "ABUNDANCE"): "abundance",
        ("habitatsuitability", "FLORAL_COVER"): "floral_cover",
        ("seasonalfoodgaps", "OUTPUT"): "food_gaps",
        ("seasonalfoodgaps", "GAP_SEASONS"): "food_gap_seasons",
        ("resistancesurface", "OUTPUT"): "resistance",
        ("habitatpatches", "PATCH_RASTER"): "patches",
        ("costdistance", "OUTPUT"): "cost_distance",
        ("costdistance", "ALLOCATION"): "allocation",
        ("corridors", "OUTPUT"): "corridors",
        ("bijenlandschap", "STEPPING_STONE_GAPS"): "stepping_stone_gaps",
        ("bijenlandschap", "ELEMENTS"): "bijenlandschap_elements",
        ("kansenkaart", "GAIN"): "gain",
        ("kansenkaart", "BEST_MEASURE"): "best_measure",
        ("kansenkaart", "PRIORITY"): "priority",
        ("measurescenario", "SUPPLY"): "scenario_supply",
        ("measurescenario", "ABUNDANCE"): "scenario_abundance",
        ("measurescenario", "DELTA_SUPPLY"): "delta_supply",
        ("measurescenario", "DELTA_ABUNDANCE"): "delta_abundance",
        ("buildlanduse", "OUTPUT"): "landuse"}
    assert invest == {"supply", "guild_abundance", "abundance", "nesting", "floral"}
    assert gains == {"measure_gain"}
    # Build land use's output is land use: accepted where land use is asked for
    again = run("resistancesurface", LANDUSE=built["OUTPUT"], OUTPUT=str(out("res2.tif")))
    assert raster_product(again["OUTPUT"]) == "resistance"


LANDUSE_PARAMETERS = [("habitatsuitability", "LANDUSE"), ("seasonalfoodgaps", "LANDUSE"),
                      ("resistancesurface", "LANDUSE"), ("bijenlandschap", "LANDUSE"),
                      ("kansenkaart", "LANDUSE"), ("measurescenario", "LANDUSE"),
                      ("buildlanduse", "LANDUSE"), ("samplingdesign", "LANDUSE"),
                      ("advicereport", "LANDUSE")]


@pytest.mark.parametrize("alg, name", LANDUSE_PARAMETERS)
def test_a_priority_raster_is_refused_as_land_use(plugin, tmp_path, alg, name):
    """The land use's own codes, tagged as a priority map: refused before anything runs,
    naming the parameter and the product."""
    from qgis.core import QgsProcessingException
    landuse = demo_crop(tmp_path)
    codes, valid, grid = read_band(landuse)
    priority = str(tmp_path / "priority.tif")
    write_single(priority, grid, "priority", np.where(valid, codes, 0).astype(np.int16),
                 data_type=gdal.GDT_Int16, nodata=0, product="priority")
    measures = polygon_layer(str(tmp_path / "m.gpkg"), "measures",
                             [("akkerrand", square_on(2, landuse))])
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("layer;field;value;lucode;priority;width_m\nm;type;*;45;1;\n",
                       encoding="utf-8")
    extra = {"measurescenario": dict(MEASURES=measures, MEASURE_FIELD="type"),
             "buildlanduse": dict(LAYERS=[measures], MAPPING=str(mapping)),
             "samplingdesign": dict(SITES=measures, SUITABILITY=landuse, BAND=1,
                                    PRIORITY=landuse),
             "advicereport": dict(PRIORITY=landuse, BEST_MEASURE=landuse,
                                  STUDY_AREAS=measures)}.get(alg, {})
    (tmp_path / "out").mkdir()
    with pytest.raises(QgsProcessingException) as refused:
        run(alg, **{name: priority}, **extra, **outputs_in(tmp_path / "out", alg))
    assert str(refused.value) == (
        "'{name}' is not land use: it is the Zoem Zone output 'priority' (its metadata say "
        "{key}=priority). Choose a land-use raster instead, such as LGN or the output of "
        "Build land use.".format(name=description(alg, name), key=PRODUCT_KEY))
    assert not os.listdir(tmp_path / "out")


def unwritable_cases(tmp_path):
    """(algorithm, output parameter, other parameters) of the algorithms of the issue."""
    landuse = demo_crop(tmp_path, 20)
    cost = str(tmp_path / "cost.tif")
    write_single(cost, Grid(20, 20, (186000, 10, 0, 324000, 0, -10), rd()), "cost",
                 np.ones((20, 20), np.float32))
    patches = polygon_layer(str(tmp_path / "patches.gpkg"), "patches", [
        ("a", "POLYGON((186010 323990,186030 323990,186030 323970,186010 323970,"
              "186010 323990))"),
        ("b", "POLYGON((186150 323850,186170 323850,186170 323830,186150 323830,"
              "186150 323850))")])
    return [("habitatsuitability", "SUPPLY", dict(LANDUSE=landuse)),
            ("resistancesurface", "OUTPUT", dict(LANDUSE=landuse)),
            ("costdistance", "OUTPUT", dict(COST=cost, SOURCES=patches)),
            ("costdistance", "ALLOCATION", dict(COST=cost, SOURCES=patches)),
            ("corridors", "OUTPUT", dict(PATCHES=patches, RESISTANCE=cost)),
            ("seasonalfoodgaps", "OUTPUT", dict(LANDUSE=landuse)),
            ("samplingdesign", "OUTPUT", dict(SITES=patches, SUITABILITY=cost, BAND=1,
                                              LANDUSE=landuse, PRIORITY=landuse)),
            ("advicereport", "OUTPUT_FOLDER", dict(PRIORITY=cost, BEST_MEASURE=cost,
                                                   STUDY_AREAS=patches))]


def test_an_output_that_cannot_be_written_is_refused_by_name(plugin, tmp_path):
    """/proc/zoemzone cannot be made, nor a folder inside a file: each algorithm refuses the
    output naming its parameter and the path (it was GDAL's RuntimeError or an OSError)."""
    from qgis.core import QgsProcessingException
    (tmp_path / "a file").write_text("not a folder", encoding="utf-8")
    bad_paths = {"/proc/zoemzone/x.tif": "No such file or directory",
                 str(tmp_path / "a file" / "x.tif"): "Not a directory"}
    for alg, output, params in unwritable_cases(tmp_path):
        for path, reason in bad_paths.items():
            with pytest.raises(QgsProcessingException) as refused:
                run(alg, **params, **dict(outputs_in(tmp_path, alg), **{output: path}))
            assert str(refused.value) == (
                "The output '{name}' cannot be written to '{path}' ({reason}). Choose a "
                "folder that exists or can be created, and that you may write to.".format(
                    name=description(alg, output), path=path, reason=reason))


def test_a_scenario_whose_report_cannot_be_written_leaves_its_rasters_as_they_were(plugin,
                                                                                  tmp_path):
    """The report is one of the scenario's outputs: it fails, none is put in place."""
    from qgis.core import QgsProcessingException
    from test_outputs import earlier_result, partials
    landuse = demo_crop(tmp_path)
    measures = polygon_layer(str(tmp_path / "m.gpkg"), "measures",
                             [("akkerrand", square_on(2, landuse))])
    outputs = outputs_in(tmp_path, "measurescenario")
    before = {name: earlier_result(tmp_path / os.path.basename(path))
              for name, path in outputs.items() if name != "REPORT"}
    with pytest.raises(QgsProcessingException, match="Cannot write '/proc/zoemzone/r.html'"):
        run("measurescenario", LANDUSE=landuse, MEASURES=measures, MEASURE_FIELD="type",
            **dict(outputs, REPORT="/proc/zoemzone/r.html"))
    assert {name: Path(outputs[name]).read_bytes() for name in before} == before
    assert not partials(tmp_path)


def test_bijenlandschap_whose_summary_cannot_be_written_leaves_its_maps_as_they_were(
        plugin, tmp_path):
    from qgis.core import QgsProcessingException
    from test_outputs import earlier_result, partials
    landuse = demo_crop(tmp_path)
    gaps = tmp_path / "gaps.tif"
    before = earlier_result(gaps)
    with pytest.raises(QgsProcessingException, match="Cannot write '/proc/zoemzone/s.html'"):
        run("bijenlandschap", LANDUSE=landuse, STEPPING_STONE_GAPS=str(gaps),
            BNB_AREAS=str(tmp_path / "bnb.gpkg"), ELEMENTS=str(tmp_path / "elements.tif"),
            SUMMARY="/proc/zoemzone/s.html")
    assert gaps.read_bytes() == before
    assert not (tmp_path / "bnb.gpkg").exists() and not partials(tmp_path)
    assert not (tmp_path / "elements.tif").exists()
