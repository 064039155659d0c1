"""Monitoring report (zoemzone:monitoringreport): the BACI ratio and its bootstrap interval on
constructed cases with a known effect, and the per-site statuses of the algorithm."""
import datetime
import math
import re

import numpy as np
import pytest

from zoemzone_plugin.engine.monitoring.baci import (EFFECT, INSUFFICIENT, NO_CONTROL, Observations,
                                                    baci_ratio, bootstrap, forest_plot_svg, monitor_site,
                                                    near, periods, site_plot_svg, summarise)

SITE = (180000.0, 320000.0)
CONTROL = (182000.0, 320000.0)
REALISED = datetime.date(2022, 6, 1)


def point_wkb(x, y):
    from osgeo import ogr
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(x, y)
    return bytes(point.ExportToWkb())


def known_effect(rng, means, ratio_check=2.0):
    """Observations around SITE and CONTROL with Poisson numbers of records of the given
    means (impact before, impact after, control before, control after) and 1-3 individuals
    each: the expected BACI ratio is that of the means."""
    ib, ia, cb, ca = means
    assert (ia / ib) / (ca / cb) == pytest.approx(ratio_check)
    xs, ys, days, species, counts = [], [], [], [], []
    for (x, y), mean, after in ((SITE, ib, False), (SITE, ia, True), (CONTROL, cb, False),
                                (CONTROL, ca, True)):
        n = rng.poisson(mean)
        offsets = rng.uniform(-100, 100, (n, 2))
        xs += list(x + offsets[:, 0])
        ys += list(y + offsets[:, 1])
        start = np.datetime64(REALISED) + (0 if after else -700)
        days += list(start + rng.integers(0, 700, n))
        species += ["Andrena %d" % k for k in rng.integers(0, 12, n)]
        counts += list(rng.integers(1, 4, n))
    return Observations(xs, ys, days, species, counts)


def run_site(observations, controls=True, **settings):
    options = dict(radius=150.0, years=2, min_records=5, n_resamples=999, seed=1,
                   confidence=0.95)
    options.update(settings)
    return monitor_site(observations, 1, point_wkb(*SITE),
                        [point_wkb(*CONTROL)] if controls else [], REALISED, **options)


# --- engine ---------------------------------------------------------------------------------

def test_baci_ratio_by_hand():
    # site 100 -> 300 individuals (x3), controls 200 -> 300 (x1.5): 3 / 1.5 = 2
    assert baci_ratio([100, 300, 200, 300]) == 2.0
    assert baci_ratio([10, 10, 10, 10]) == 1.0


def test_periods_split_at_the_realisation_date_within_the_years():
    days = np.array(["2019-06-01", "2020-06-01", "2022-05-31", "2022-06-01", "2024-05-31",
                     "2024-06-01"], "datetime64[D]")
    before, after = periods(days, REALISED, 2)
    # two calendar years: from 2020-06-01 up to 2024-06-01, that day itself not after
    assert before.tolist() == [False, True, True, False, False, False]
    assert after.tolist() == [False, False, False, True, True, False]
    before, after = periods(days, REALISED, 0)
    assert before.sum() == 3 and after.sum() == 3


def test_near_counts_points_within_the_radius_of_a_polygon_edge():
    from osgeo import ogr
    square = ogr.CreateGeometryFromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))")
    observations = Observations([50, 149, 151, 170, 170], [50, 50, 50, 170, 140],
                                np.zeros(5, "datetime64[D]"), ["a"] * 5, [1] * 5)
    # inside; 49 m from the edge; 51 m; 98.99 m and 80.6 m from the corner (100, 100)
    assert near(observations, [square.ExportToWkb()], 50.0).tolist() == [
        True, True, False, False, False]
    assert near(observations, [square.ExportToWkb()], 99.0).tolist() == [
        True, True, True, True, True]


def test_constructed_case_with_known_effect_is_covered_by_its_interval():
    observations = known_effect(np.random.default_rng(11), (60, 180, 90, 135))
    result = run_site(observations)
    assert result.status == EFFECT
    individuals = [result.groups[g].individuals for g in
                   ("impact_before", "impact_after", "control_before", "control_after")]
    assert result.estimate == pytest.approx(baci_ratio(individuals), rel=1e-12)
    assert result.low < 2.0 < result.high
    assert result.low > 1.0            # the effect is found, not only "not excluded"
    assert result.high / result.low < 4.0


def test_interval_coverage_over_many_constructed_cases():
    # 95 % intervals of 100 independent cases with a true ratio of 3: the number that
    # covers it is binomial(100, 0.95) if the interval is right (mean 95, sd 2.2)
    covered = 0
    for i in range(100):
        observations = known_effect(np.random.default_rng(1000 + i), (40, 120, 60, 60), 3.0)
        result = run_site(observations, n_resamples=499, seed=i)
        covered += result.low <= 3.0 <= result.high
    assert 88 <= covered <= 100


def test_same_seed_same_interval():
    observations = known_effect(np.random.default_rng(5), (60, 180, 90, 135))
    first, again, other = run_site(observations), run_site(observations), run_site(
        observations, seed=2)
    assert (first.low, first.high) == (again.low, again.high)
    assert (first.low, first.high) != (other.low, other.high)


def test_bootstrap_of_a_certain_table_is_its_ratio():
    # with one record per group every resample that has all four groups gives 2; the others
    # are 0 or inf and fall in the tails, the middle 50 % is exactly 2
    labels = np.repeat([0, 1, 2, 3], 50)
    counts = np.repeat([1.0, 2.0, 1.0, 1.0], 50)
    low, high = bootstrap(labels, counts, 499, 3, 0.5)
    assert low < 2.0 < high and baci_ratio([50, 100, 50, 50]) == 2.0


def test_a_site_without_observations_has_insufficient_data_and_no_effect():
    empty = Observations([], [], np.zeros(0, "datetime64[D]"), [], [])
    result = run_site(empty)
    assert result.status == INSUFFICIENT
    assert math.isnan(result.estimate) and math.isnan(result.low)
    assert all(g.records == 0 for g in result.groups.values())


def test_too_few_records_in_one_group_is_insufficient_data():
    observations = known_effect(np.random.default_rng(2), (60, 180, 90, 135))
    after_control = (observations.x > 181000) & (observations.day >= np.datetime64(REALISED))
    keep = ~after_control | (np.cumsum(after_control) <= 4)          # 4 records left there
    thinned = Observations(observations.x[keep], observations.y[keep], observations.day[keep],
                           observations.species[keep], observations.count[keep])
    assert run_site(thinned).groups["control_after"].records == 4
    assert run_site(thinned).status == INSUFFICIENT
    assert run_site(thinned, min_records=4).status == EFFECT


def test_a_group_of_records_with_a_count_of_zero_is_insufficient_data():
    observations = known_effect(np.random.default_rng(2), (60, 180, 90, 135))
    observations.count[(observations.x > 181000) & (observations.day < np.datetime64(
        REALISED))] = 0                                  # the controls before: 0 individuals
    result = run_site(observations)
    assert result.groups["control_before"].records > 50
    assert result.status == INSUFFICIENT and math.isnan(result.estimate)


def test_a_site_without_controls_gets_no_effect():
    observations = known_effect(np.random.default_rng(2), (60, 180, 90, 135))
    result = run_site(observations, controls=False)
    assert result.status == NO_CONTROL and math.isnan(result.estimate)
    assert result.groups["impact_after"].records > 100


def test_summary_counts_the_statuses_and_averages_the_effects_geometrically():
    a = run_site(known_effect(np.random.default_rng(1), (60, 180, 90, 135)))
    b = run_site(known_effect(np.random.default_rng(2), (60, 60, 90, 135), 2.0 / 3.0), seed=4)
    c = run_site(Observations([], [], np.zeros(0, "datetime64[D]"), [], []))
    summary = summarise([a, b, c], 999, 1, 0.95)
    assert (summary.sites, summary.with_effect, summary.insufficient) == (3, 2, 1)
    assert summary.geometric_mean == pytest.approx(math.sqrt(a.estimate * b.estimate))
    assert summary.low <= summary.geometric_mean <= summary.high
    assert summary.higher == 1 and summary.lower == (1 if b.high < 1 else 0)


def test_plots_are_svg_with_a_bar_per_group_and_a_line_per_site():
    a = run_site(known_effect(np.random.default_rng(1), (60, 180, 90, 135)))
    labels = {"title": "Site 1 <x>", "site": "site", "control": "controls",
              "before": "before", "after": "after", "y": "Individuals"}
    svg = site_plot_svg(a, labels)
    assert svg.startswith("<svg") and "Site 1 &lt;x&gt;" in svg
    heights = [float(h) for h in re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" '
                                            r'height="([\d.]+)" fill="#', svg)]
    values = [a.groups[g].individuals for g in
              ("impact_before", "impact_after", "control_before", "control_after")]
    assert len(heights) == 6                             # 4 bars, then the legend's 2 keys
    heights = heights[:4]
    assert np.allclose(np.array(heights) / heights[0], np.array(values) / values[0],
                       rtol=1e-2)
    forest = forest_plot_svg([a], {"title": "t", "x": "x", "site": "Site {id}"})
    assert forest.count("<circle") == 1 and "Site 1" in forest


# --- the algorithm ------------------------------------------------------------------------

def layer(kind, fields, rows):
    """A memory layer in EPSG:28992 with (x, y, [values]) rows; ``fields`` (name, QVariant)."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    result = QgsVectorLayer("%s?crs=EPSG:28992" % kind, kind, "memory")
    result.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    result.updateFields()
    features = []
    for x, y, values in rows:
        feature = QgsFeature(result.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(values)
        features.append(feature)
    result.dataProvider().addFeatures(features)
    return result


def test_algorithm_reports_the_known_effect_and_insufficient_data(plugin, tmp_path):
    import processing
    from qgis.core import NULL, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate, QVariant
    site2 = (190000.0, 320000.0)
    sites = layer("Point", [("id", QVariant.Int), ("realised_on", QVariant.Date)], [
        (SITE[0], SITE[1], [1, QDate(2022, 6, 1)]),
        (site2[0], site2[1], [2, QDate(2021, 3, 1)]),         # no observations near it
        (200000.0, 320000.0, [3, None])])                       # not realised
    controls = layer("Point", [("site_id", QVariant.Int)], [
        (CONTROL[0], CONTROL[1], [1]), (192000.0, 320000.0, [2])])
    rows = []

    def add(where, day, records, count, names):
        for i in range(records):
            rows.append((where[0] + 10 * i, where[1] + 5, [names[i % len(names)], day, count]))
    # site 100 -> 300 individuals, controls 200 -> 300: BACI = 3 / 1.5 = 2
    add(SITE, QDate(2021, 5, 1), 10, 10, ["Andrena flavipes", "Bombus pascuorum"])
    add(SITE, QDate(2023, 5, 1), 10, 30, ["Andrena flavipes", "Bombus pascuorum",
                                          "Halictus rubicundus", "Osmia bicornis"])
    add(CONTROL, QDate(2020, 7, 1), 10, 20, ["Andrena flavipes"])
    add(CONTROL, QDate(2022, 6, 1), 10, 30, ["Andrena flavipes", "Bombus terrestris"])
    add(SITE, QDate(2015, 5, 1), 7, 99, ["Andrena vaga"])        # before the 3 years
    add((180000.0, 321000.0), QDate(2023, 5, 1), 7, 99, ["Andrena vaga"])   # 1 km away
    observations = layer("Point", [("species", QVariant.String),
                                   ("observation_date", QVariant.Date),
                                   ("individual_count", QVariant.Int)], rows)
    output, report = str(tmp_path / "monitoring.gpkg"), str(tmp_path / "monitoring.html")
    result = processing.run("zoemzone:monitoringreport", {
        "SITES": sites, "DATE_FIELD": "realised_on", "CONTROLS": controls,
        "CONTROL_SITE_FIELD": "site_id", "OBSERVATIONS": observations,
        "SPECIES_FIELD": "species", "OBSERVATION_DATE_FIELD": "observation_date",
        "COUNT_FIELD": "individual_count", "RADIUS": 250, "YEARS": 3, "MIN_RECORDS": 5,
        "RESAMPLES": 999, "CONFIDENCE": 95, "SEED": 1, "OUTPUT": output,
        "OUTPUT_HTML": report})
    assert (result["WITH_EFFECT"], result["INSUFFICIENT_DATA"], result["NOT_REALISED"]) == (
        1, 1, 1)
    out = {f["site_id"]: f for f in QgsVectorLayer(output, "out", "ogr").getFeatures()}
    assert sorted(out) == [1, 2]
    one, two = out[1], out[2]
    assert one["status"] == "effect" and two["status"] == "insufficient data"
    assert [one[g + "_records"] for g in ("impact_before", "impact_after", "control_before",
                                          "control_after")] == [10, 10, 10, 10]
    assert [one[g + "_individuals"] for g in ("impact_before", "impact_after",
                                              "control_before", "control_after")] == [
        100, 300, 200, 300]
    assert [one[g + "_species"] for g in ("impact_before", "impact_after", "control_before",
                                          "control_after")] == [2, 4, 1, 2]
    assert one["baci"] == pytest.approx(2.0, abs=1e-12)
    assert one["baci_low"] < 2.0 < one["baci_high"]
    # the bootstrap of the engine on the same records, seed (1, site id 1)
    labels, counts = np.repeat([0, 1, 2, 3], 10), np.repeat([10.0, 30.0, 20.0, 30.0], 10)
    assert (one["baci_low"], one["baci_high"]) == pytest.approx(
        bootstrap(labels, counts, 999, (1, 1), 0.95), rel=1e-12)
    assert two["baci"] == NULL and two["baci_low"] == NULL
    assert two["impact_before_records"] == 0
    with open(report, encoding="utf-8") as f:
        html = f.read()
    assert html.count("<svg") == 3                       # the summary and one per site
    assert "insufficient data" in html and "Site 2: insufficient data" in html


def test_forest_plot_axis_has_ticks_around_one():
    a = run_site(known_effect(np.random.default_rng(1), (60, 180, 90, 135)))
    b = run_site(known_effect(np.random.default_rng(2), (60, 60, 90, 135), 2.0 / 3.0), seed=4)
    assert b.low < 0.5 and a.high < 5.0                  # the axis spans 0.5 ... 5 at least
    forest = forest_plot_svg([a, b], {"title": "t", "x": "x", "site": "Site {id}"})
    labels = re.findall(r'text-anchor="middle">([\d.]+)</text>', forest)
    assert {"0.5", "1", "2", "5"} <= set(labels)


def monitoring_parameters(tmp_path, sites, observations):
    return {"SITES": sites, "DATE_FIELD": "realised_on", "OBSERVATIONS": observations,
            "SPECIES_FIELD": "species", "OBSERVATION_DATE_FIELD": "observation_date",
            "COUNT_FIELD": "", "OUTPUT": str(tmp_path / "out.gpkg"), "OUTPUT_HTML": str(tmp_path / "out.html")}


def test_sites_in_degrees_are_refused_naming_the_parameter(plugin, tmp_path):
    import processing
    from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QDate, QVariant
    sites = QgsVectorLayer("Point?crs=EPSG:4326&field=realised_on:date", "s", "memory")
    site = QgsFeature(sites.fields())
    site.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.69, 50.85)))
    sites.dataProvider().addFeature(site)
    observations = layer("Point", [("species", QVariant.String),
                                   ("observation_date", QVariant.Date)],
                         [(SITE[0], SITE[1], ["Andrena vaga", QDate(2023, 5, 1)])])
    with pytest.raises(QgsProcessingException, match="'Sites' is in EPSG:4326"):
        processing.run("zoemzone:monitoringreport",
                       monitoring_parameters(tmp_path, sites, observations))


def test_a_missing_control_link_field_is_named(plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    from qgis.PyQt.QtCore import QDate, QVariant
    sites = layer("Point", [("realised_on", QVariant.Date)],
                  [(SITE[0], SITE[1], [QDate(2022, 6, 1)])])
    controls = layer("Point", [("pair", QVariant.Int)], [(CONTROL[0], CONTROL[1], [1])])
    observations = layer("Point", [("species", QVariant.String),
                                   ("observation_date", QVariant.Date)],
                         [(SITE[0], SITE[1], ["Andrena vaga", QDate(2023, 5, 1)])])
    parameters = monitoring_parameters(tmp_path, sites, observations)
    parameters.update(CONTROLS=controls, CONTROL_SITE_FIELD="site_id")
    with pytest.raises(QgsProcessingException, match="'Site of a control'.*'site_id'.*pair"):
        processing.run("zoemzone:monitoringreport", parameters)
