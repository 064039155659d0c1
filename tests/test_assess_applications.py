"""zoemzone:assessapplications through Processing, on the demo landscape: every eligibility
rule by name, effects equal to a measure scenario of each application alone, the portfolio
within the budget and checked by one model run, the report with its map and budget table."""
import os

import numpy as np
import pytest
from osgeo import ogr, osr

from zoemzone_plugin.engine.kansenkaart.catalogue import read_catalogue
from zoemzone_plugin.engine.io.gdalio import read_band, read_landuse, write_single
from zoemzone_plugin.engine.pollination.tables import read_pollination_tables
from zoemzone_plugin.engine.kansenkaart.scenario import rasterize_measures, run_scenario
from zoemzone_plugin.paths import default_table

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "demo", "synthetic_demo_landuse.tif")
FIELDS = (("applicant_name", ogr.OFTString), ("applicant_kind", ogr.OFTString),
          ("title", ogr.OFTString), ("measure_type", ogr.OFTString),
          ("measure_size_m2", ogr.OFTReal), ("amount_requested_eur", ogr.OFTReal),
          ("status", ogr.OFTString))


def run(**params):
    import processing
    return processing.run("zoemzone:assessapplications", params)


def srs():
    s = osr.SpatialReference()
    s.ImportFromEPSG(28992)
    return s


def inside(codes, lu, grid, half, north_of_row):
    """Centre (x, y) of a cell whose (2 half + 1)^2 neighbourhood holds only ``codes``,
    in the rows above ``north_of_row``, the first in row-major order."""
    ok = np.isin(lu, codes).astype(np.int64)
    total = np.pad(ok, ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    size = 2 * half + 1
    full = (total[size:, size:] - total[:-size, size:] - total[size:, :-size]
            + total[:-size, :-size]) == size * size
    rows, cols = np.nonzero(full[:north_of_row - size])
    r, c = rows[len(rows) // 2] + half, cols[len(rows) // 2] + half
    x0, dx, _, y0, _, dy = grid.geotransform
    return x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy


def square(x, y, half):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        x - half, y - half, x + half, y - half, x + half, y + half, x - half, y + half,
        x - half, y - half)


def write_layer(path, name, rows, fields, kind=ogr.wkbUnknown):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer(name, srs(), kind)
    for field, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field, field_type))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for field, value in values.items():
            if value is not None:
                feature.SetField(field, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return path


@pytest.fixture
def demo(tmp_path):
    """Study areas: the west and east halves of the demo, less a 1 km strip in the south;
    applications on arable land (akkerrand) and grassland (kruidenrijk grasland)."""
    lu, _, grid = read_band(DEMO)
    x0, y0 = grid.geotransform[0], grid.geotransform[3]
    x1, y1 = x0 + grid.cols * 10.0, y0 - grid.rows * 10.0
    middle = (x0 + x1) / 2
    areas = write_layer(str(tmp_path / "areas.gpkg"), "study_areas", [
        ("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
            a, y1 + 1000, b, y1 + 1000, b, y0, a, y0, a, y1 + 1000), {"name": name})
        for a, b, name in ((x0, middle, "West"), (middle, x1, "Oost"))],
        [("name", ogr.OFTString)], ogr.wkbPolygon)
    x, y = inside([2, 3, 4, 5, 6, 10], lu, grid, 3, grid.rows - 100)
    gx, gy = inside([1], lu, grid, 4, grid.rows - 100)
    base = {"applicant_name": "De Bijenschool", "applicant_kind": "school", "title": "Rand",
            "measure_type": "akkerrand", "amount_requested_eur": 2000.0, "status": "ingediend"}
    rows = [
        (square(x, y, 25), base),                                                  # 1
        (square(x, y - 300, 25), dict(base, applicant_kind="partner")),            # 2
        (square(x, y - 600, 25), dict(base, amount_requested_eur=None)),           # 3
        (square(x, y - 900, 25), dict(base, measure_type="onbekend")),             # 4
        (square(x, y1 + 300, 25), dict(base)),                                     # 5
        (square(x, y - 1200, 25), dict(base, status="afgewezen")),                 # 6
        ("POINT(%f %f)" % (gx, gy), dict(base, applicant_kind="inwonersgroep",     # 7
                                         measure_type="kruidenrijkgrasland",
                                         measure_size_m2=2500.0,
                                         amount_requested_eur=3000.0)),
        (square(x, y, 25), dict(base, amount_requested_eur=-5.0)),                 # 8
        ("LINESTRING(%f %f,%f %f)" % (x - 20, y, x + 20, y),                       # 9
         dict(base, measure_type="haag", amount_requested_eur=99999.0)),
    ]
    applications = write_layer(str(tmp_path / "applications.gpkg"), "applications", rows,
                               FIELDS)
    return {"areas": areas, "applications": applications, "rows": rows, "grid": grid,
            "middle": middle}


def outputs(tmp_path, name="a"):
    return {"OUTPUT": str(tmp_path / (name + ".gpkg")),
            "REPORT": str(tmp_path / (name + ".html"))}


def alone_gain(wkt, code):
    """The gain of one measure alone by Measure scenario's engine: one full model run."""
    tables = read_pollination_tables(default_table("biophysical_nl.csv"),
                                     default_table("guilds_nl.csv"))
    catalogue = read_catalogue(default_table("measures_nl.csv"), tables)
    landuse, valid, grid = read_landuse(DEMO)
    geometry = ogr.CreateGeometryFromWkt(wkt)
    burnt = rasterize_measures(grid, [(1, geometry, code)], catalogue, landuse, valid)
    assert not burnt.problems
    return run_scenario(landuse, valid, grid.pixel_size, tables, catalogue,
                        burnt.measures, shares=burnt.shares).gain


def test_assessment_rules_effects_portfolio_and_report(plugin, demo, tmp_path):
    lu, _, grid = read_band(DEMO)
    priority = str(tmp_path / "priority.tif")
    write_single(priority, grid, "priority", np.full(lu.shape, 0.7, np.float32))
    result = run(APPLICATIONS=demo["applications"], LANDUSE=DEMO, PRIORITY=priority,
                 STUDY_AREAS=demo["areas"], BUDGET=4000.0, MIN_AREAS=1, MAX_PER_AREA=0,
                 **outputs(tmp_path))
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    rows = {f["application_id"]: f for f in layer.getFeatures()}
    assert set(rows) == set(range(1, 10))
    assert sorted(i for i in rows if rows[i]["eligible"]) == [1, 7, 9]
    assert rows[9]["effect"] > 0 and not rows[9]["selected"]          # a hedge, too dear
    problems = {i: rows[i]["problems"] for i in rows}
    assert "partner" in problems[2] and "alone" in problems[2]
    assert "amount_requested_eur is missing" in problems[3]
    assert "'onbekend'" in problems[4]
    assert "outside every study area" in problems[5]
    assert "afgewezen" in problems[6]
    assert "-5" in problems[8] and "above 0" in problems[8]
    # the effect of application 1 is Measure scenario's gain of its measure alone
    assert rows[1]["effect"] == pytest.approx(alone_gain(demo["rows"][0][0], "akkerrand"),
                                              rel=1e-4)
    assert rows[1]["effect_per_eur"] == pytest.approx(rows[1]["effect"] / 2000.0)
    assert rows[7]["effect_per_eur"] == pytest.approx(rows[7]["effect"] / 3000.0)
    assert rows[1]["mean_priority"] == pytest.approx(0.7)
    from qgis.core import NULL
    assert isinstance(rows[1]["food_gap_change"], int) and rows[2]["food_gap_change"] == NULL
    assert rows[1]["eca_change"] == NULL                       # no patches given
    # budget 4000: both eligible cost 5000 together, so only the one with more effect
    better = 1 if rows[1]["effect"] > rows[7]["effect"] else 7
    assert {i for i in rows if rows[i]["selected"]} == {better}
    assert rows[better]["rank"] is not None
    with open(result["REPORT"], encoding="utf-8") as f:
        report = f.read()
    assert "<svg" in report and report.count('class="selected"') == 1
    assert "<td>West</td>" in report and "<td>Oost</td>" in report
    assert "proven optimal" in report
    joint = float(report.split("Joint effect by one model run of the portfolio</td><td>")[1]
                  .split("<")[0])
    assert joint == pytest.approx(rows[better]["effect"], rel=1e-4)
    # a portfolio of one: its model run's food-gap change is the application's own
    gaps = report.split("seasonal food gap (all guilds and seasons)</td><td>")[1].split("<")[0]
    assert int(gaps) == rows[better]["food_gap_change"]


def test_missing_field_and_impossible_spread_are_refused(plugin, demo, tmp_path):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="MIN_AREAS is 3"):
        run(APPLICATIONS=demo["applications"], LANDUSE=DEMO, STUDY_AREAS=demo["areas"],
            BUDGET=100000.0, MIN_AREAS=3, **outputs(tmp_path, "b"))
    bare = write_layer(str(tmp_path / "bare.gpkg"), "applications",
                       [(demo["rows"][0][0], {"title": "x"})], [("title", ogr.OFTString)])
    with pytest.raises(QgsProcessingException, match="applicant_kind, measure_type"):
        run(APPLICATIONS=bare, LANDUSE=DEMO, STUDY_AREAS=demo["areas"], BUDGET=1000.0,
            **outputs(tmp_path, "c"))


def test_no_eligible_application_gives_an_empty_portfolio(plugin, demo, tmp_path):
    rejected = write_layer(str(tmp_path / "rejected.gpkg"), "applications",
                           demo["rows"][1:6], FIELDS)
    result = run(APPLICATIONS=rejected, LANDUSE=DEMO, STUDY_AREAS=demo["areas"],
                 BUDGET=1000.0, **outputs(tmp_path, "d"))
    from qgis.core import QgsVectorLayer
    rows = list(QgsVectorLayer(result["OUTPUT"], "out", "ogr").getFeatures())
    assert len(rows) == 5 and not any(r["eligible"] or r["selected"] for r in rows)
    with open(result["REPORT"], encoding="utf-8") as f:
        report = f.read()
    assert "<td>Applications funded</td><td>0</td>" in report


def scenario_eca_change(tmp_path, wkt, code, patches, distance):
    """Measure scenario's change in ECA for one measure drawn at ``wkt``, from its report."""
    import processing
    measures = write_layer(str(tmp_path / ("m_%s.gpkg" % code)), "measures",
                           [(wkt, {"type": code})], [("type", ogr.OFTString)])
    report = str(tmp_path / ("scenario_%s.html" % code))
    processing.run("zoemzone:measurescenario", {
        "LANDUSE": DEMO, "MEASURES": measures, "MEASURE_FIELD": "type", "PATCHES": patches,
        "DISTANCE": distance, "REPORT": report, "SUPPLY": "TEMPORARY_OUTPUT",
        "ABUNDANCE": "TEMPORARY_OUTPUT", "DELTA_SUPPLY": "TEMPORARY_OUTPUT",
        "DELTA_ABUNDANCE": "TEMPORARY_OUTPUT"})
    with open(report, encoding="utf-8") as f:
        row = f.read().split("Equivalent connected area (ECA)</td><td>")[1].split("<")[0]
    return float(row.split("(")[1].rstrip(")"))


def test_eca_change_of_each_application_is_measure_scenarios(plugin, demo, tmp_path):
    """With patches, an application's eca_change is Measure scenario's change in ECA of its
    measure alone (same patches and distance): application 1 (akkerrand, a patch lies on
    it, so its own nests count) and 9 (a hedge drawn as a line). The report's change for
    the portfolio (one application here) is that application's, from the portfolio's
    model run."""
    x, y = [float(v) for v in demo["rows"][0][0].split("((")[1].split(",")[0].split()]
    x, y = x + 25, y + 25                    # the centre of application 1
    patches = write_layer(str(tmp_path / "patches.gpkg"), "patches", [
        (square(x + 10, y, 60), {}), (square(x + 400, y + 100, 80), {}),
        (square(x - 300, y - 350, 50), {}), (square(x + 2500, y, 50), {})], [],
        ogr.wkbPolygon)
    result = run(APPLICATIONS=demo["applications"], LANDUSE=DEMO, STUDY_AREAS=demo["areas"],
                 PATCHES=patches, DISTANCE=500.0, BUDGET=4000.0, **outputs(tmp_path, "e"))
    from qgis.core import QgsVectorLayer
    rows = {f["application_id"]: f for f in
            QgsVectorLayer(result["OUTPUT"], "out", "ogr").getFeatures()}
    from qgis.core import NULL
    assert rows[2]["eca_change"] == NULL                      # not eligible
    for fid, code in ((1, "akkerrand"), (9, "haag")):
        expected = scenario_eca_change(tmp_path, demo["rows"][fid - 1][0], code, patches,
                                       500.0)
        assert expected != 0
        assert rows[fid]["eca_change"] == pytest.approx(expected, rel=1e-4)
    chosen = [i for i in rows if rows[i]["selected"]]
    assert len(chosen) == 1
    with open(result["REPORT"], encoding="utf-8") as f:
        report = f.read()
    change = report.split("(ECA): today → with the portfolio (change)</td><td>")[1]
    assert float(change.split("(")[1].split(")")[0]) == pytest.approx(
        rows[chosen[0]]["eca_change"], rel=1e-4)
    assert "<th>Change in ECA</th>" in report
