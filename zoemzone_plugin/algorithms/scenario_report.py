"""The HTML report of a measure scenario (engine.kansenkaart.scenario.run_scenario's result), apart from
the Measure scenario algorithm so that other algorithms and the dock can show a scenario the
same way without importing an algorithm module.
"""
import html

from ..i18n import tr
from ..names import measure_names, names


def scenario_report(result, burnt, features, eca, grid, catalogue):
    """A measure scenario's HTML report: totals, food gaps, ECA, per feature, and the problems.
    Measures, guilds and seasons appear by name in the user's language (a code the
    tables do not name, as it is)."""
    e = html.escape
    hectares = abs(grid.geotransform[1] * grid.geotransform[5]) / 10000.0
    named = measure_names(catalogue)
    measure_of = {}
    for fid, _, value in features:
        measure = catalogue.lookup(value)
        measure_of[fid] = named[measure.id] if measure else value
    guilds, seasons = names("guild"), names("season")
    share = 100.0 * result.gain / result.supply_today if result.supply_today else 0.0
    parts = ["<html><head><meta charset='utf-8'><title>%s</title></head><body>"
             % e(tr("Measure scenario")),
             "<h1>%s</h1>" % e(tr("Measure scenario")),
             "<table border='1' cellpadding='3'>",
             "<tr><td>%s</td><td>%.6g</td></tr>" % (e(tr("Total pollinator supply "
                                                             "today")), result.supply_today),
             "<tr><td>%s</td><td>%.6g</td></tr>" % (e(tr("With the measures")),
                                                   result.supply_scenario),
             "<tr><td>%s</td><td>%.6g (%+.2f %%)</td></tr>" % (
                 e(tr("Gain")), result.gain, share)]
    if eca is not None:
        parts.append("<tr><td>%s</td><td>%.6g → %.6g (%+.6g)</td></tr>" % (
            e(tr("Equivalent connected area (ECA)")), eca[0], eca[1], eca[1] - eca[0]))
    parts.append("</table>")
    if result.gap_cells_change:
        parts.append("<h2>%s</h2><table border='1' cellpadding='3'><tr><th>%s</th><th>%s"
                     "</th><th>%s</th><th>%s</th></tr>" % (
                         e(tr("Area with a seasonal food gap (ha)")),
                         e(tr("Guild")), e(tr("Season")), e(tr("Today")),
                         e(tr("Change"))))
        for (species, season), change in result.gap_cells_change.items():
            parts.append("<tr><td>%s</td><td>%s</td><td>%.2f</td><td>%+.2f</td></tr>" % (
                e(guilds.get(species, species)), e(seasons.get(season, season)),
                result.gap_cells_today[(species, season)] * hectares,
                change * hectares))
        parts.append("</table>")
    parts.append("<h2>%s</h2><p>%s</p><table border='1' cellpadding='3'><tr><th>%s</th>"
                 "<th>%s</th><th>%s</th><th>%s</th></tr>" % (
                     e(tr("Per feature")),
                     e(tr("Each feature applied alone (exact)") if
                       result.feature_method == "exact" else
                       tr("Each feature's share of the total gain (one pass)")),
                     e(tr("Feature id")), e(tr("Measure")), e(tr("Cells")),
                     e(tr("Gain in supply"))))
    for fid, gain in result.feature_gains.items():
        parts.append("<tr><td>%s</td><td>%s</td><td>%d</td><td>%.6g</td></tr>" % (
            e(str(fid)), e(str(measure_of.get(fid, ""))), result.feature_cells.get(fid, 0),
            gain))
    parts.append("</table>")
    if burnt.problems:
        parts.append("<h2>%s</h2><table border='1' cellpadding='3'><tr><th>%s</th><th>%s"
                     "</th></tr>" % (e(tr("Features not used as drawn")),
                                     e(tr("Feature id")), e(tr("Problem"))))
        for problem in burnt.problems:
            parts.append("<tr><td>%s</td><td>%s</td></tr>" % (
                e(str(problem.feature_id)), e(problem.translated(tr))))
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
