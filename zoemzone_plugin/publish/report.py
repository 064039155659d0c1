"""The advice report: a PDF per study area (or per partner's land in it) made with a QGIS
print layout, so partners' staff can restyle it in the layout designer.

The layout template (resources/layouts/advice_report.qpt by default) decides the look; the
report fills it: every text through a layout variable ``@zoemzone_<name>`` (the template's
labels show them), the tables, the chart and the map through items found by id. An atlas over
the areas centres the map on each area in turn. A template without one of those items simply
leaves that part out (the user's choice in the designer).

Figures come from the chain's outputs: rasters are read through the engine window by window
(area_figures), vector layers (network, parcels, the partners' package) through QGIS.
"""
import datetime
import math
import os
import re
from typing import NamedTuple

from qgis.core import (QgsCoordinateTransform, QgsExpressionContextUtils, QgsFeature,
                       QgsFeatureRequest, QgsField, QgsFillSymbol, QgsGeometry,
                       QgsLayoutExporter, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutTableColumn,
                       QgsPrintLayout, QgsProcessingException,
                       QgsProcessingUtils, QgsProject,
                       QgsRasterLayer, QgsReadWriteContext, QgsRenderContext,
                       QgsSingleSymbolRenderer, QgsTableCell, QgsVectorLayer)
from qgis.PyQt.QtCore import QLocale, QTranslator, QVariant
from qgis.PyQt.QtXml import QDomDocument

from ..datapackage import schema
from ..engine.kansenkaart.area_figures import (area_window, gap_counts, read_window, top_places,
                                               zone_figures)
from ..engine.errors import InputError
from ..engine.io.gdalio import RasterReader
from ..engine.network.graph import connectivity
from ..engine.io.outputs import OutputFile, Outputs
from ..engine.io.rasterize import burn_ids
from ..engine.kansenkaart.scenario import SKIP, rasterize_measures, run_scenario
from ..i18n import CONTEXT, qm_path, tr
from ..paths import ICON, resource
from ..styling import hide_band_name, style_priority
from ..ui.package import GPKG, package_layer
from .report_chart import food_gap_chart

TEMPLATE = "layouts/advice_report.qpt"
LANGUAGES = ("nl", "en")
NETWORK_TOP = 5        # patches listed by dPC and by dPCconnector, and weakest links listed
MEDIAN_PROBABILITY = 0.5   # a link crossed less often is longer than the median dispersal


def translator(language):
    """A ``tr`` for the report's language, whatever language QGIS itself runs in (a partner
    gets a Dutch report from an English QGIS). English is the source language; a language
    without compiled translations falls back to it."""
    qt = QTranslator()
    if language == "en" or not qt.load(qm_path(language)):
        return lambda text: text
    # PyQt passes a str to QTranslator's char* as ASCII: the source goes as UTF-8 bytes
    return lambda text: qt.translate(CONTEXT, text.encode("utf-8")) or text


class Numbers:
    """Numbers as the report's language writes them (a decimal comma in Dutch), without
    thousands separators so figures stay easy to copy."""

    def __init__(self, language):
        self.locale = QLocale(QLocale.Dutch if language == "nl" else QLocale.English)
        self.locale.setNumberOptions(QLocale.OmitGroupSeparator)

    def __call__(self, value, decimals=2):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        return self.locale.toString(float(value), "f", decimals)


def file_stem(text):
    """A file name from an area's or partner's name: letters, digits and '-' only."""
    stem = re.sub(r"[^\w-]+", "_", str(text), flags=re.UNICODE).strip("_")
    return stem or "area"


def load_template(path, project):
    """A print layout in ``project`` from the template file ``path``."""
    layout = QgsPrintLayout(project)
    document = QDomDocument()
    try:
        with open(path, encoding="utf-8") as f:
            loaded = document.setContent(f.read())
    except (OSError, UnicodeDecodeError):
        loaded = False
    if isinstance(loaded, tuple):
        loaded = loaded[0]
    if not loaded or not layout.loadFromTemplate(document, QgsReadWriteContext())[1]:
        raise QgsProcessingException(tr(
            "TEMPLATE: '{path}' is not a QGIS layout template (.qpt). Save one from the "
            "layout designer (Layout › Save as Template) or leave TEMPLATE empty for the "
            "default.").format(path=path))
    return layout


class Landuse(NamedTuple):
    """The land use for the measures' modelled effect, read once for all areas."""
    codes: object
    valid: object
    grid: object
    crs: object           # QgsCoordinateReferenceSystem
    tables: object        # PollinationTables


class ReportInputs:
    """What one report run reads: raster paths (None when not given), vector sources and,
    optionally, the Landuse."""

    def __init__(self, priority, best_measure, catalogue, gain=None, supply=None,
                 food_gaps=None, patches=None, nodes=None, links=None, parcel_ranking=None,
                 package=None, landuse=None):
        self.priority, self.best_measure, self.catalogue = priority, best_measure, catalogue
        self.gain, self.supply, self.food_gaps = gain, supply, food_gaps
        self.patches, self.nodes, self.links = patches, nodes, links
        self.parcel_ranking, self.package, self.landuse = parcel_ranking, package, landuse


class AdviceReport:
    """Fills one template for many areas. ``areas``: (name, QgsGeometry in ``crs``, the
    priority raster's CRS) of the report's areas, already cut to a partner's land where asked;
    ``partner``: (name, id) of that partner, or None."""

    def __init__(self, inputs, areas, crs, template, language, top_n, context, partner=None):
        self.inputs, self.areas, self.crs = inputs, areas, crs
        self.language, self.top_n, self.context = language, top_n, context
        self.partner, self.partner_id = partner or (None, None)
        self.tr = translator(language)
        self.number = Numbers(language)
        self.project = QgsProject()
        self.project.setCrs(crs)
        self.layout = load_template(template, self.project)
        reader = RasterReader(inputs.priority)
        self.grid = reader.grid
        reader.close()
        self.coverage = self.area_layer()
        self.layers = self.map_layers()
        self.prepare_layout()

    # -- layers and layout -----------------------------------------------------------

    def area_layer(self):
        layer = QgsVectorLayer("MultiPolygon?crs=%s" % self.crs.authid(), self.tr("Study area"),
                               "memory")
        layer.dataProvider().addAttributes([QgsField("name", QVariant.String)])
        layer.updateFields()
        features = []
        for name, geometry in self.areas:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(geometry)
            feature.setAttributes([name])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "20,20,20", "outline_width": "0.8"})))
        return layer

    def map_layers(self):
        """The map's layers, top first: the area outline, the patches, the priority."""
        priority = QgsRasterLayer(self.inputs.priority, self.tr("Priority"), "gdal")
        style_priority(priority, self.tr)
        layers = [self.coverage]
        if self.inputs.patches is not None:
            patches = self.inputs.patches.materialize(QgsFeatureRequest())
            patches.setName(self.tr("Habitat patches"))
            patches.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": "0,90,160", "outline_width": "0.4"})))
            layers.append(patches)
        layers.append(priority)
        self.project.addMapLayers(layers)
        hide_band_name(self.project.layerTreeRoot().findLayer(priority.id()))
        return layers

    def prepare_layout(self):
        self.scalebars = []
        atlas = self.layout.atlas()
        atlas.setCoverageLayer(self.coverage)
        atlas.setEnabled(True)
        for item in self.layout.items():
            if isinstance(item, QgsLayoutItemMap):
                item.setCrs(self.crs)
                item.setLayers(self.layers)
                item.setKeepLayerSet(True)
            elif isinstance(item, QgsLayoutItemLegend):
                item.setAutoUpdateModel(True)
                for node in item.model().rootGroup().findLayers():
                    item.model().refreshLayerLegend(node)
            elif isinstance(item, QgsLayoutItemScaleBar):
                self.scalebars.append(item)
            elif (isinstance(item, QgsLayoutItemPicture) and item.id() == "logo"
                  and not os.path.exists(item.picturePath())):
                item.setPicturePath(resource(ICON), QgsLayoutItemPicture.FormatSVG)
        atlas.beginRender()

    def close(self):
        self.layout.atlas().endRender()

    # -- one area ----------------------------------------------------------------------

    def export(self, index, content, path):
        """Render area ``index`` with its ``content()`` to the PDF ``path``: an output
        like every other (outputs.py), exported beside it and put in place when complete,
        so a reader never sees half a report."""
        atlas = self.layout.atlas()
        atlas.seekTo(index)
        for scalebar in self.scalebars:
            # segments that suit this area's map scale, in the template's units
            scalebar.applyDefaultSize(scalebar.units())
        for name, value in content["texts"].items():
            QgsExpressionContextUtils.setLayoutVariable(self.layout, "zoemzone_" + name, value)
        for item_id, (headers, rows) in content["tables"].items():
            frame = self.layout.itemById(item_id)
            if frame is None:
                continue
            table = frame.multiFrame()
            table.setHeaders([QgsLayoutTableColumn(h) for h in headers])
            table.setTableContents([[QgsTableCell(v) for v in row] for row in rows])
        chart = self.layout.itemById("food_gap_chart")
        if chart is not None:
            chart.setPicturePath(content["chart"] or "", QgsLayoutItemPicture.FormatSVG)
        self.layout.refresh()
        settings = QgsLayoutExporter.PdfExportSettings()
        # text stays text (searchable, copyable), not outlines
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        with Outputs() as outputs:
            pdf = outputs.add(OutputFile(path))
            result = QgsLayoutExporter(self.layout).exportToPdf(pdf.partial, settings)
            if result != QgsLayoutExporter.Success or not os.path.exists(pdf.partial):
                raise InputError("The PDF '{path}' could not be written (QGIS layout export "
                                 "error {code}): check that the folder is writable.",
                                 path=path, code=int(result))
        return path

    def content(self, index):
        """Texts, tables and chart of area ``index``; an EngineError when an input does not
        cover the area (the caller names the area)."""
        name, geometry = self.areas[index]
        wkb = bytes(geometry.asWkb())
        window = area_window(self.grid, wkb)
        priority = read_window(self.inputs.priority, window, self.grid, "PRIORITY")
        if not (window.mask & priority[1]).any():
            raise InputError("The kansenkaart has only nodata in the area (PRIORITY): run "
                             "the chain on land use that covers it.")
        best = read_window(self.inputs.best_measure, window, self.grid, "BEST_MEASURE")
        gain = (None if self.inputs.gain is None else
                read_window(self.inputs.gain, window, self.grid, "GAIN"))
        texts = self.common_texts(name)
        tables = {}
        top_title, tables["top_table"] = self.top_list(window, priority, best, gain, geometry)
        texts["top_title"] = top_title
        texts["map_text"] = self.map_text(window, priority, wkb)
        chart, texts["chart_text"] = self.food_gaps(wkb, name)
        network = self.network(geometry)
        texts.update(network[0])
        tables.update(network[1])
        texts["measures_text"], tables["measures_table"] = self.measures(geometry)
        return {"texts": texts, "tables": tables, "chart": chart}

    def common_texts(self, name):
        tr = self.tr
        area = name if self.partner is None else tr("{area}: land of {partner}").format(
            area=name, partner=self.partner)
        return {
            "title": tr("Advice report: wild bees and other pollinators"),
            "area": area,
            "details": tr("Date: {date}\nData version: {version}").format(
                date=datetime.date.today().isoformat(), version=self.data_version()),
            "intro": tr(
                "This report shows where measures for wild bees help most in this area: the "
                "priority map of the kansenkaart (opportunity map), the best places with the "
                "measure recommended there, the seasons in which bees go hungry, the habitat "
                "network and the measures partners have planned or carried out. It was made "
                "with the Zoem Zone plugin for QGIS from the kansenkaart of the Zoem Zone "
                "Limburg partnership."),
            "map_title": tr("Priority for measures"),
            "chart_title": tr("Seasonal food gaps per guild"),
            "network_title": tr("Habitat network"),
            "dpc_title": tr("Most important patches (dPC)"),
            "connector_title": tr("Most important stepping stones (dPCconnector)"),
            "gaps_title": tr("Stepping-stone gaps: the weakest links"),
            "measures_title": tr("Partners' measures"),
            "method_title": tr("Method and caveats"),
            "method_text": tr(
                "Pollinator supply follows the InVEST pollination model (Lonsdorf et al. "
                "2009): nesting and floral values per land-use class, foraging distances and "
                "seasons per guild, from the tables given (by default the plugin's Dutch "
                "tables for LGN, expert estimates that partners can replace). The "
                "kansenkaart scores, per place, the gain of the best measure in pollinator "
                "supply, year-round food and connectivity, each scaled to 0–1 and weighted; "
                "priority classes 1–5 are fifths of those scores. The habitat network uses "
                "the probability of connectivity (Saura & Pascual-Hortal 2007): ECA is the "
                "equivalent connected area, dPC the share of connectivity lost without a "
                "patch, dPCconnector its part as a stepping stone.\n\nAll values are "
                "relative indices for comparing places, not counts of bees. A land-use map "
                "misses fine elements (verges, hedges) unless they were burnt in; measures "
                "and patches outside the area are not counted here. Check the advice in the "
                "field before acting on it."),
            "gaps_text": tr(
                "A link crossed with a probability below 0.5 is longer than the median "
                "dispersal distance: a stepping stone (a patch of at least 0.5 ha) between "
                "its two patches strengthens the network most."),
        }

    def data_version(self):
        """The date of the kansenkaart the report reads and, with a package, of the package:
        a GeoPackage's last change, or today for a database, whose tables change while they
        are read."""
        def day(path):
            return datetime.date.fromtimestamp(os.path.getmtime(path)).isoformat()
        version = self.tr("kansenkaart of {date}").format(date=day(self.inputs.priority))
        package = self.inputs.package
        if package:
            version += "; " + self.tr("partner data of {date}").format(
                date=day(package.path) if package.kind == GPKG
                else datetime.date.today().isoformat())
        return version

    def measure_name(self, value):
        measure = self.inputs.catalogue.lookup(value)
        if measure is None:
            return str(value)
        return measure.name_nl if self.language == "nl" else measure.name_en

    def location(self, x, y):
        return "%d, %d" % (round(x), round(y))

    def top_list(self, window, priority, best, gain, geometry):
        tr, number = self.tr, self.number
        headers = [tr("Rank"), tr("Recommended measure"), tr("Area (ha)"),
                   tr("Expected gain"), tr("Priority"), tr("Location (x, y)")]
        if self.inputs.parcel_ranking is not None:
            rows = self.top_parcels(window, priority, gain, geometry)
            title = tr("The {n} best parcels").format(n=len(rows))
        else:
            cell_ha = abs(self.grid.geotransform[1] * self.grid.geotransform[5]) / 10000.0
            places = top_places(priority, best, gain, window, self.top_n)
            rows = [[str(n), self.measure_name(p.measure), number(p.cells * cell_ha),
                     number(p.gain), str(p.priority), self.location(p.x, p.y)]
                    for n, p in enumerate(places, start=1)]
            title = tr("The {n} best places for measures").format(n=len(rows))
        return title, (headers, rows or [[tr("none")] + [""] * 5])

    def top_parcels(self, window, priority, gain, area):
        """The area's best ranked parcels: rank, measure and area from the ranking; gain and
        priority from the rasters over the parcel's cells in the area."""
        source = self.inputs.parcel_ranking
        to_raster = QgsCoordinateTransform(source.sourceCrs(), self.crs,
                                           self.context.transformContext())
        parcels = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty() or feature["rank"] in (None, QVariant()):
                continue
            hectares = geometry.area() / 10000.0
            geometry.transform(to_raster)
            if geometry.intersects(area):
                parcels.append((int(feature["rank"]), feature, geometry, hectares))
        parcels.sort(key=lambda p: p[0])
        parcels = parcels[:self.top_n]
        zones = burn_ids(window.grid, [(n, bytes(p[2].asWkb()))
                                       for n, p in enumerate(parcels, start=1)])
        figures = zone_figures(zones, len(parcels), priority, gain, window)
        rows = []
        for n, (rank, feature, geometry, hectares) in enumerate(parcels, start=1):
            centre = geometry.pointOnSurface().asPoint()
            rows.append([str(rank), self.measure_name(feature["best_measure"]),
                         self.number(hectares), self.number(figures[n].gain),
                         str(figures[n].priority or "–"), self.location(centre.x(), centre.y())])
        return rows

    def map_text(self, window, priority, wkb):
        tr, number = self.tr, self.number
        cells = window.mask & priority[1]
        first = int((cells & (priority[0] == 1)).sum())
        text = tr("Priority 1 (the highest fifth of the scores over the whole map) covers "
                  "{share} % of the area.").format(
                      share=number(100.0 * first / cells.sum(), 1))
        if self.inputs.supply is not None:
            supply_window = self.window_of(self.inputs.supply, wkb, "SUPPLY")
            values, valid = read_window(self.inputs.supply, supply_window)
            inside = supply_window.mask & valid
            if inside.any():
                text += " " + tr("Mean pollinator supply in the area: {value} (relative "
                                 "index, 0–1).").format(value=number(values[inside].mean(), 3))
        return text

    @staticmethod
    def window_of(path, wkb, parameter):
        """The area's window on an optional raster of a grid of its own, refused naming the
        parameter when that raster does not cover the area."""
        reader = RasterReader(path)
        reader.close()
        try:
            return area_window(reader.grid, wkb)
        except InputError:
            raise InputError("The raster given as {parameter} does not cover the area: give "
                             "the one the chain made for it, or leave {parameter} empty.",
                             parameter=parameter) from None

    def food_gaps(self, wkb, name):
        tr = self.tr
        if self.inputs.food_gaps is None:
            return None, tr("No seasonal food gaps were given (FOOD_GAPS).")
        reader = RasterReader(self.inputs.food_gaps)
        bands = [(reader.ds.GetRasterBand(b).GetDescription() or str(b))
                 for b in range(1, reader.ds.RasterCount + 1)]
        reader.close()
        window = self.window_of(self.inputs.food_gaps, wkb, "FOOD_GAPS")
        guilds = [(guild, gap_counts(read_window(self.inputs.food_gaps, window, band=b),
                                     window)) for b, guild in enumerate(bands, start=1)]
        path = QgsProcessingUtils.generateTempFilename("food_gaps_%s.svg" % file_stem(name))

        def legend(k):
            if k == 0:
                return tr("fed all year")
            return tr("{n} season(s) with a gap").format(n=k)
        food_gap_chart(path, guilds, tr("Share of nest sites by seasons with a food gap"),
                       legend, tr("share of the guild's nest sites in the area"))
        hungry = [guild for guild, counts in guilds
                  if counts.sum() and counts[1:].sum() > counts.sum() / 2.0]
        text = tr("Each bar is one guild's nest sites in the area, split by the number of its "
                  "flight seasons with too little food within its foraging range.")
        if hungry:
            text += " " + tr("Most nest sites of {guilds} go hungry in at least one season: "
                             "early and late flowers help them most.").format(
                                 guilds=", ".join(hungry))
        return path, text

    # -- network -------------------------------------------------------------------------

    def network(self, geometry):
        tr, number = self.tr, self.number
        dpc_headers = [tr("Patch"), tr("Area (ha)"), tr("dPC (%)"), tr("dPCconnector (%)")]
        gap_headers = [tr("From patch"), tr("To patch"), tr("Distance"), tr("Probability")]
        empty = [[tr("none"), "", "", ""]]
        if self.inputs.nodes is None:
            texts = {"network_text": tr("No habitat network was given (NETWORK_NODES).")}
            return texts, {"network_dpc": (dpc_headers, empty),
                           "network_connector": (dpc_headers, empty),
                           "network_gaps": (gap_headers, empty)}
        nodes = self.nodes_in(geometry)
        links = self.links_between(nodes)
        if nodes:
            index = {node_id: n for n, node_id in enumerate(nodes)}
            capacities = [nodes[i]["capacity"] for i in nodes]
            kept = [(index[a], index[b], -math.log(p)) for a, b, _, p in links if p > 0]
            # distances -ln p with p = exp(-d): the links' own probabilities, whatever d0
            result = connectivity(capacities, ([a for a, _, _ in kept], [b for _, b, _ in kept],
                                               [d for _, _, d in kept]), 1.0, math.exp(-1.0))
            eca = result["ECA"]
        else:
            eca = 0.0
        weak = sorted((link for link in links if link[3] < MEDIAN_PROBABILITY),
                      key=lambda link: link[3])
        text = tr("ECA (equivalent connected area) of the {patches} habitat patches in the "
                  "area: {eca} ha, over {links} links between them; {weak} of these links are "
                  "crossed with a probability below 0.5.").format(
                      patches=len(nodes), eca=number(eca / 10000.0), links=len(links),
                      weak=len(weak))

        def patch_rows(key):
            ranked = sorted(nodes.items(), key=lambda item: (-item[1][key], item[0]))
            return [[str(node_id), number(node["area"] / 10000.0), number(node["dPC"]),
                     number(node["dPCconnector"])] for node_id, node in ranked[:NETWORK_TOP]]

        gaps = [[str(a), str(b), number(d, 0), number(p, 3)] for a, b, d, p in
                weak[:NETWORK_TOP]]
        return {"network_text": text}, {
            "network_dpc": (dpc_headers, patch_rows("dPC") or empty),
            "network_connector": (dpc_headers, patch_rows("dPCconnector") or empty),
            "network_gaps": (gap_headers, gaps or empty)}

    def nodes_in(self, geometry):
        """{patch id: its figures} of the network's patches that touch the area."""
        source = self.inputs.nodes
        area = self.transformed(geometry, source.sourceCrs())
        found = {}
        for feature in source.getFeatures(QgsFeatureRequest().setFilterRect(
                area.boundingBox())):
            if feature.geometry().intersects(area):
                found[int(feature["id"])] = {
                    "capacity": float(feature["capacity"]),
                    "area": feature.geometry().area(),
                    "dPC": float(feature["dPC"] or 0.0),
                    "dPCconnector": float(feature["dPCconnector"] or 0.0)}
        return dict(sorted(found.items()))

    def links_between(self, nodes):
        """(from, to, distance, probability) of the links with both patches in ``nodes``."""
        if self.inputs.links is None:
            return []
        return [(int(f["from_id"]), int(f["to_id"]), float(f["distance"]),
                 float(f["probability"])) for f in self.inputs.links.getFeatures()
                if int(f["from_id"]) in nodes and int(f["to_id"]) in nodes]

    def transformed(self, geometry, crs):
        geometry = QgsGeometry(geometry)
        geometry.transform(QgsCoordinateTransform(self.crs, crs,
                                                  self.context.transformContext()))
        return geometry

    # -- partners' measures --------------------------------------------------------------

    def measures(self, geometry):
        tr, number = self.tr, self.number
        headers = [tr("Status"), tr("Number"), tr("Area (ha)"), tr("Length (m)"),
                   tr("Points"), tr("Modelled gain in supply")]
        if not self.inputs.package:
            return tr("No partner data package was given (PACKAGE)."), (
                headers, [[tr("none")] + [""] * 5])
        name_of = {code: (nl if self.language == "nl" else en)
                   for code, nl, en in schema.STATUSES}
        totals = {code: [0, 0.0, 0.0, 0] for code, _, _ in schema.STATUSES}
        drawn = {}
        for table_name in schema.MEASURE_TABLES:
            layer = package_layer(self.inputs.package, table_name)
            if not layer.isValid():
                continue
            area = self.transformed(geometry, layer.crs())
            kind = schema.table(table_name).measure_kind
            to_landuse = (None if self.inputs.landuse is None else QgsCoordinateTransform(
                layer.crs(), self.inputs.landuse.crs, self.context.transformContext()))
            for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(
                    area.boundingBox())):
                shape = feature.geometry()
                if self.partner_id is not None and feature["partner_id"] != self.partner_id:
                    continue
                if not shape.intersects(area):
                    continue
                row = totals.setdefault(feature["status"], [0, 0.0, 0.0, 0])
                row[0] += 1
                part = shape.intersection(area)
                if kind == "polygon":
                    row[1] += part.area() / 10000.0
                elif kind == "line":
                    row[2] += part.length()
                else:
                    row[3] += 1
                if to_landuse is not None:
                    part.transform(to_landuse)
                    features = drawn.setdefault(feature["status"], [])
                    features.append((len(features) + 1, bytes(part.asWkb()),
                                     feature["measure_type"]))
        effects, unmodelled = self.measure_effects(drawn)
        rows = [[name_of.get(code, str(code)), str(n), number(ha), number(m, 0), str(points),
                 effects.get(code, "–")]
                for code, (n, ha, m, points) in totals.items() if n]
        text = tr("The measures in the partners' data package inside the area, by status "
                  "(areas and lengths of the parts inside the area).") + " "
        if self.inputs.landuse is None:
            text += tr("Give the land use (LANDUSE) for their modelled effect.")
        else:
            text += tr("Modelled gain: what the measures of one status add to the total "
                       "pollinator supply of the map, computed as Measure scenario does (the "
                       "model run without and with them), in percent of today's supply.")
            if unmodelled:
                text += " " + tr("{n} measure(s) could not be modelled as drawn (no cell, or "
                                 "land use the measure does not suit): Measure scenario "
                                 "lists them.").format(n=unmodelled)
        return text, (headers, rows or [[tr("none")] + [""] * 5])

    def measure_effects(self, drawn):
        """({status: the gain in total pollinator supply of that status's measures, as
        text}, the number of measures left out): exact as in Measure scenario, which also
        skips measures that hold no cell or lie on land use they may not be applied on."""
        landuse = self.inputs.landuse
        effects, unmodelled = {}, 0
        for status, features in drawn.items():
            burnt = rasterize_measures(landuse.grid, features, self.inputs.catalogue,
                                       landuse.codes, landuse.valid, SKIP)
            unmodelled += len({problem.feature_id for problem in burnt.problems})
            if not burnt.measures.any():
                effects[status] = self.number(0.0)
                continue
            result = run_scenario(landuse.codes, landuse.valid, landuse.grid.pixel_size,
                                  landuse.tables, self.inputs.catalogue, burnt.measures,
                                  shares=burnt.shares)
            share = 100.0 * result.gain / result.supply_today if result.supply_today else 0.0
            effects[status] = "%s (%s%s %%)" % (self.number(result.gain),
                                                "+" if share >= 0 else "",
                                                self.number(share))
        return effects, unmodelled
