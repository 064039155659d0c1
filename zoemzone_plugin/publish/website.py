"""The kansenkaart as a self-contained static website for the partners.

``publish`` writes index.html (the map: layer switcher, legends, a click's values, the
municipality selector), data.html (the downloads and the method) and their assets into a
folder a static web server serves as it is; the page requests nothing outside that folder
unless a basemap URL is given. Only measures and habitats a partner marked public are
published, and of them only type, status, year and partner name.
"""
import configparser
import csv
import datetime
import html
import json
import os
import re
import shutil
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem,
                       QgsCoordinateTransform, QgsGraduatedSymbolRenderer,
                       QgsGeometry, QgsPoint, QgsProject,
                       QgsRasterLayer, QgsVectorFileWriter, QgsVectorLayer)

from ..engine.kansenkaart.catalogue import read_catalogue
from ..engine.io.csvtable import read_csv
from ..engine.errors import Cancelled, InputError
from ..engine.kansenkaart.foodgaps import GAP_NODATA, gap_seasons
from ..engine.io.rasterize import burn_ids
from ..engine.io.webgrid import (BLOCK, top_cells, value_grid, warp, wgs84_bounds, write_blocks,
                                 zoom_for_cell, zoom_to_fit)
from ..names import names as code_names
from ..paths import PACKAGE_DIR, default_table, resource
from . import site
from .tiles import tile_plan, write_tiles

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
PRECISION = 6                       # decimals of a degree: about 0.1 m
MEASURE_TABLES = ("measures_area", "measures_line", "measures_point")
RASTERS = ("priority", "best_measure", "gain", "supply", "food_gaps")
VECTORS = ("patches", "nodes", "links", "parcel_ranking")


@dataclass
class Inputs:
    """The chain's outputs (raster paths; vector layers or paths; None: not published) and
    the site's settings."""
    priority: str
    best_measure: str
    output: str
    gain: str = None
    supply: str = None
    food_gaps: str = None
    patches: str = None
    nodes: str = None
    links: str = None
    parcel_ranking: str = None
    package: dict = None            # the data package's tables (ui.package.open_layers)
    study_areas: object = None      # a QgsVectorLayer, or None for the package's
    title: str = "Zoem Zone kansenkaart"
    language: str = "nl"
    max_zoom: int = None
    reports: str = None
    basemap_url: str = None
    version: str = ""
    input_names: dict = field(default_factory=dict)


def texts(language):
    """The page's words in ``language`` (resources/web/texts.csv: key, en, nl)."""
    return {row["key"]: row[language] or row["en"]
            for row in read_csv(resource("web", "texts.csv")).rows}


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-") or "area"


def _color(qcolor):
    return qcolor.name()


def raster_legend(layer):
    """[{label, color}] of the layer's renderer: the legend QGIS shows."""
    return [{"label": label, "color": _color(color)}
            for label, color in layer.renderer().legendSymbologyItems()]


def _symbol_style(symbol):
    layer = symbol.symbolLayer(0)
    stroke = layer.strokeColor() if hasattr(layer, "strokeColor") else symbol.color()
    return {"color": _color(symbol.color()), "stroke": _color(stroke),
            "opacity": round(symbol.color().alphaF() * symbol.opacity(), 3)}


def vector_style(layer):
    """The layer's renderer as the page draws it: one symbol, categories of a field's values
    or classes of its ranges, each with its legend label."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        return {"kind": "categorized", "field": renderer.classAttribute(),
                "classes": [dict(_symbol_style(c.symbol()), value=c.value(), label=c.label())
                            for c in renderer.categories()]}
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        return {"kind": "graduated", "field": renderer.classAttribute(),
                "classes": [dict(_symbol_style(r.symbol()), lower=r.lowerValue(),
                                 upper=r.upperValue(), label=r.label())
                            for r in renderer.ranges()]}
    return {"kind": "single", "classes": [dict(_symbol_style(renderer.symbol()),
                                               label=layer.name())]}


def _value(value):
    """A JSON value of an attribute (QGIS's NULL and dates made plain)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDate"):
        return value.toPyDate().isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value if isinstance(value, (int, str, bool)) else str(value)


def write_geojson(path, rows):
    """Write [(QgsGeometry in EPSG:4326, {properties})] as GeoJSON, 6 decimals."""
    features = [{"type": "Feature", "geometry": json.loads(geometry.asJson(PRECISION)),
                 "properties": properties} for geometry, properties in rows]
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle,
                  separators=(",", ":"))
    return path


def features_4326(layer, properties):
    """[(geometry in EPSG:4326, properties(feature))] of the features with a geometry."""
    transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
    rows = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        rows.append((geometry, properties(feature)))
    return rows


def open_vector(path, name):
    layer = QgsVectorLayer(path, name, "ogr")
    if not layer.isValid():
        raise InputError("QGIS cannot open '{path}' as a vector layer.", path=path)
    return layer


def vector_layer(value, name):
    """A layer given as a QgsVectorLayer, or the file at a path opened as one."""
    return value if isinstance(value, QgsVectorLayer) else open_vector(value, name)


def plugin_version():
    """The version in metadata.txt (beside the package when installed, above it in the
    source tree)."""
    parser = configparser.ConfigParser()
    for folder in (PACKAGE_DIR, os.path.dirname(PACKAGE_DIR)):
        if parser.read(os.path.join(folder, "metadata.txt"), encoding="utf-8"):
            return parser.get("general", "version", fallback="")
    return ""


def open_raster(path, name):
    layer = QgsRasterLayer(path, name, "gdal")
    if not layer.isValid():
        raise InputError("QGIS cannot open '{path}' as a raster layer.", path=path)
    return layer


def _is_public(feature):
    """True only for a feature marked public: false, empty and a missing column are not."""
    value = feature["public"] if "public" in feature.fields().names() else None
    return value is True or value == 1


class Publisher:
    """One publication: ``run`` builds the site in a folder beside the target, swaps it in
    and returns its configuration with the number of files and bytes; ``on_tiles(count,
    megabytes)`` is told what the tiles took."""

    def __init__(self, inputs, feedback, on_tiles, styles, names):
        """``styles``: {raster key: style(layer)} and {vector key: style(layer)} as the
        algorithms give them in QGIS; ``names``: {key: translated layer name}."""
        self.inputs, self.feedback, self.on_tiles = inputs, feedback, on_tiles
        self.styles, self.names = styles, names
        self.texts = texts(inputs.language)
        catalogue = read_catalogue(default_table("measures_nl.csv"), None)
        name = "name_nl" if inputs.language == "nl" else "name_en"
        self.measures = {m.id: getattr(m, name) or m.name_nl for m in catalogue.measures}
        self.root = None

    def run(self):
        site.check_target(self.inputs.output)
        self.root = site.staging_folder(self.inputs.output)
        try:
            config = self.build()
            files, size = site.folder_size(self.root)
            site.finish(self.root, self.inputs.output,
                        {"version": self.inputs.version, "files": files, "bytes": size,
                         "published": config["published"]})
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise
        return dict(config, files=files, bytes=size)

    def path(self, *parts):
        path = os.path.join(self.root, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    def build(self):
        inputs = self.inputs
        bounds = wgs84_bounds(inputs.priority)
        cell = open_raster(inputs.priority, "priority").rasterUnitsPerPixelX()
        lat = (bounds[1] + bounds[3]) / 2.0
        max_zoom = inputs.max_zoom if inputs.max_zoom is not None else zoom_for_cell(cell, lat)
        min_zoom = max(0, min(zoom_to_fit(bounds) - 1, max_zoom))
        config = {"title": inputs.title, "language": inputs.language, "texts": self.texts,
                  "bounds": bounds, "minZoom": min_zoom, "maxZoom": max_zoom,
                  "basemap": inputs.basemap_url or None,
                  "published": datetime.date.today().isoformat(), "version": inputs.version,
                  "measures": {str(k): v for k, v in self.measures.items()}}
        self.copy_assets()
        config["rasters"] = self.publish_rasters(bounds, min_zoom, max_zoom)
        self.step(80)
        grid, values = self.publish_cells(bounds, cell, config)
        self.step(85)
        config["vectors"] = self.publish_vectors() + self.publish_package()
        self.step(90)
        config["areas"] = self.publish_areas(grid, values)
        self.step(95)
        config["downloads"] = self.publish_downloads()
        with open(self.path("site.json"), "w", encoding="utf-8") as handle:
            json.dump(config, handle, ensure_ascii=False, separators=(",", ":"))
        self.write_pages(config)
        self.feedback.setProgress(100)
        return config

    def step(self, percent):
        if self.feedback.isCanceled():
            raise Cancelled()
        self.feedback.setProgress(percent)

    def copy_assets(self):
        web = resource("web")
        for name in ("app.js", "style.css"):
            shutil.copy(os.path.join(web, name), self.path("assets", name))
        shutil.copytree(os.path.join(web, "leaflet"), os.path.join(self.root, "assets",
                                                                   "leaflet"))

    def publish_rasters(self, bounds, min_zoom, max_zoom):
        layers, out = [], []
        for key in RASTERS:
            path = getattr(self.inputs, key)
            if not path:
                continue
            layer = open_raster(path, self.names[key])
            self.styles[key](layer)
            layers.append((key, layer))
            out.append({"key": key, "name": self.names[key],
                        "tiles": "tiles/%s/{z}/{x}/{y}.png" % key,
                        "legend": raster_legend(layer), "visible": key == "priority"})
        plan = tile_plan(bounds, min_zoom, max_zoom)
        tiles, size = write_tiles(layers, os.path.join(self.root, "tiles"), plan,
                                  self.feedback, 0, 80)
        self.on_tiles(tiles, size / 1e6)
        return out

    def publish_cells(self, bounds, cell, config):
        """The values a click shows, in blocks (see engine.io.webgrid)."""
        inputs = self.inputs
        grid = value_grid(bounds, cell)
        fields = [("gain", "float32", np.nan, inputs.gain), ("best", "uint8", 0,
                                                             inputs.best_measure),
                  ("priority", "uint8", 0, inputs.priority)]
        values, guilds = {}, []
        for name, _, _, path in fields:
            values[name] = warp(path, grid)[0] if path else np.full((grid.rows, grid.cols),
                                                                    np.nan)
        blocks = [(name, dtype, nodata, values[name]) for name, dtype, nodata, _ in fields]
        seasons = None
        if inputs.food_gaps:
            from osgeo import gdal
            dataset = gdal.Open(inputs.food_gaps)
            guilds = [dataset.GetRasterBand(b + 1).GetDescription() or str(b + 1)
                      for b in range(dataset.RasterCount)]
            dataset = None
            # the seasons raster: a click names each guild's gap seasons, else counts them
            seasons = gap_seasons(inputs.food_gaps)
            field = ("gaps:", "int8") if seasons is None else ("seasons:", "int16")
            for guild, band in zip(guilds, warp(inputs.food_gaps, grid)):
                blocks.append((field[0] + guild, field[1], GAP_NODATA, band))
            if seasons is not None:
                named = code_names("season", language=inputs.language)
                seasons = [named.get(code, code) for code in seasons]
        names, size = write_blocks(os.path.join(self.root, "cells"), blocks)
        config["cells"] = {"geotransform": grid.geotransform, "cols": grid.cols,
                           "rows": grid.rows, "block": BLOCK, "blocks": names,
                           "fields": [{"name": n, "type": t, "nodata": None if t == "float32"
                                       else int(d)} for n, t, d, _ in blocks],
                           "guilds": guilds, "seasons": seasons}
        return grid, values

    def _vector(self, key, value, fields=None):
        layer = vector_layer(value, self.names[key])
        self.styles[key](layer)
        names = fields or [f.name() for f in layer.fields() if f.name() != "fid"]
        rows = features_4326(layer, lambda f: {n: _value(f[n]) for n in names})
        write_geojson(self.path("layers", key + ".geojson"), rows)
        return {"key": key, "name": self.names[key], "url": "layers/%s.geojson" % key,
                "style": vector_style(layer), "fields": names, "visible": False}

    def publish_vectors(self):
        return [self._vector(key, getattr(self.inputs, key)) for key in VECTORS
                if getattr(self.inputs, key)]

    def package_layers(self):
        return self.inputs.package or {}

    def _lookup(self, layers, table, key, label):
        return {f[key]: _value(f[label]) for f in layers[table].getFeatures()}

    def publish_package(self):
        """The measures and habitats a partner marked public: type, status, year, partner."""
        layers = self.package_layers()
        if not layers:
            return []
        language = self.inputs.language
        name = "name_nl" if language == "nl" else "name_en"
        partners = self._lookup(layers, "partners", "id", "name")
        types = self._lookup(layers, "measure_types", "code", name)
        statuses = self._lookup(layers, "statuses", "code", name)
        out = []
        for table in MEASURE_TABLES + ("habitats",):
            layer = layers[table]
            if table == "habitats":
                def properties(f):
                    return {"type": _value(f["habitat_type"]),
                            "partner": partners.get(f["partner_id"])}
            else:
                def properties(f):
                    start = _value(f["start_date"])
                    return {"type": types.get(f["measure_type"]) or _value(f["measure_type"]),
                            "status": statuses.get(f["status"]) or _value(f["status"]),
                            "year": int(start[:4]) if start else None,
                            "partner": partners.get(f["partner_id"])}
            write_geojson(self.path("layers", table + ".geojson"),
                          features_4326(_PublicOnly(layer), properties))
            style = vector_style(layer)
            for item in style["classes"]:
                if "value" in item:     # a status code: shown by its name in this language
                    item["label"] = statuses.get(item["value"]) or item["label"]
                    item["value"] = item["label"]
            out.append({"key": table, "name": layer.name(), "url": "layers/%s.geojson" % table,
                        "style": style, "fields": ["type", "status", "year", "partner"]
                        if table != "habitats" else ["type", "partner"],
                        "visible": table != "habitats"})
        return out

    def study_areas(self):
        if self.inputs.study_areas is not None:
            return self.inputs.study_areas
        return self.package_layers().get("study_areas")

    def publish_areas(self, grid, values):
        """Per municipality: its bounds, top places, report and parcels to download."""
        layer = self.study_areas()
        if layer is None:
            return []
        names = [f.name() for f in layer.fields()]
        label = next((n for n in ("name", "naam", "gemeentenaam", "NAME") if n in names), None)
        code = next((n for n in ("cbs_code", "code", "gemeentecode") if n in names), None)
        rows = features_4326(layer, lambda f: {"name": str(_value(f[label]) if label else
                                                           f.id()),
                                               "code": _value(f[code]) if code else None})
        for number, (_, properties) in enumerate(rows, start=1):
            properties["id"] = number
        write_geojson(self.path("layers", "study_areas.geojson"), rows)
        ids = burn_ids(grid, [(p["id"], bytes(g.asWkb())) for g, p in rows])
        best = np.where(values["best"] > 0, values["best"], np.nan)
        top = top_cells(grid, ids, values["gain"], best)
        reports = self._reports()
        areas = []
        for geometry, properties in rows:
            box = geometry.boundingBox()
            area = {"id": properties["id"], "name": properties["name"],
                    "bounds": [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()],
                    "top": top.get(properties["id"], []), "report": None, "downloads": []}
            keys = [slug(properties["name"])] + ([str(properties["code"]).lower()]
                                                if properties["code"] else [])
            report = next((path for key in keys for name, path in reports
                           if key in name), None)
            if report:
                area["report"] = "reports/" + os.path.basename(report)
                shutil.copy(report, self.path("reports", os.path.basename(report)))
            if self.inputs.parcel_ranking:
                href = "data/parcels_%s.csv" % slug(properties["name"])
                self._ranking_csv(self.path(href), geometry)
                area["downloads"].append({"label": self.texts["parcels_csv"], "href": href})
            areas.append(area)
        return sorted(areas, key=lambda a: a["name"])

    def _reports(self):
        folder = self.inputs.reports
        if not folder:
            return []
        if not os.path.isdir(folder):
            raise InputError("The reports folder '{folder}' does not exist. Choose the folder "
                             "with the PDF advice reports, or leave it empty.", folder=folder)
        return [(slug(os.path.splitext(name)[0]), os.path.join(folder, name))
                for name in sorted(os.listdir(folder)) if name.lower().endswith(".pdf")]

    def _ranking(self):
        """(header, [(centre in EPSG:4326, row)]) of the parcel ranking in rank order, read
        once for the whole CSV and every municipality's part of it."""
        if not hasattr(self, "_ranking_rows"):
            layer = vector_layer(self.inputs.parcel_ranking, "ranking")
            transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
            names = [f.name() for f in layer.fields() if f.name() != "fid"]
            rows = []
            for feature in layer.getFeatures():
                centre = feature.geometry().centroid()
                centre.transform(transform)
                point = centre.asPoint()
                rows.append((point, [_value(feature[n]) for n in names] +
                             [round(point.x(), PRECISION), round(point.y(), PRECISION)]))
            if "rank" in names:
                rank = names.index("rank")
                rows.sort(key=lambda r: (r[1][rank] is None, r[1][rank]))
            self._ranking_rows = (names + ["lon", "lat"], rows)
        return self._ranking_rows

    def _ranking_csv(self, path, within=None):
        """The parcel ranking as CSV (``within``: the parcels whose centre lies in that
        EPSG:4326 polygon)."""
        header, rows = self._ranking()
        if within is not None:
            box = within.boundingBox()
            engine = QgsGeometry.createGeometryEngine(within.constGet())
            engine.prepareGeometry()
            rows = [(p, r) for p, r in rows if box.contains(p) and
                    engine.contains(QgsPoint(p.x(), p.y()))]
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(row for _, row in rows)

    def publish_downloads(self):
        """The data page's files: the results as one GeoPackage (vectors) with the rasters as
        GeoTIFFs beside it, the parcel ranking as CSV and the tables used."""
        out = []
        gpkg = self.path("data", "zoemzone_results.gpkg")
        for key in VECTORS:
            value = getattr(self.inputs, key)
            if value:
                self._append_gpkg(vector_layer(value, key), gpkg, key)
        for table in MEASURE_TABLES + ("habitats",):
            path = os.path.join(self.root, "layers", table + ".geojson")
            if os.path.exists(path):
                self._append_gpkg(open_vector(path, table), gpkg, table)
        if os.path.exists(gpkg):
            out.append({"label": self.texts["results_gpkg"], "href": "data/" +
                        os.path.basename(gpkg)})
        for key in RASTERS:
            path = getattr(self.inputs, key)
            if path:
                shutil.copy(path, self.path("data", key + ".tif"))
                out.append({"label": "%s (GeoTIFF)" % self.names[key],
                            "href": "data/%s.tif" % key})
        if self.inputs.parcel_ranking:
            self._ranking_csv(self.path("data", "parcel_ranking.csv"))
            out.append({"label": self.texts["ranking_csv"], "href": "data/parcel_ranking.csv"})
        for name in ("measures_nl.csv", "biophysical_nl.csv", "guilds_nl.csv"):
            shutil.copy(default_table(name), self.path("data", "tables", name))
            out.append({"label": name, "href": "data/tables/" + name})
        return out

    def _append_gpkg(self, layer, path, name):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if os.path.exists(path):
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        result = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, path, QgsProject.instance().transformContext(), options)
        if result[0] != QgsVectorFileWriter.NoError:
            raise InputError("'{path}' could not be written: {error}", path=path,
                             error=result[1])

    def write_pages(self, config):
        t = self.texts
        escape = html.escape
        with open(resource("web", "index.html"), encoding="utf-8") as handle:
            template = handle.read()
        page = template.replace("{lang}", config["language"]).replace(
            "{title}", escape(config["title"]))
        with open(self.path("index.html"), "w", encoding="utf-8") as handle:
            handle.write(page)
        inputs = "".join("<li>%s: %s</li>" % (escape(label), escape(value))
                         for label, value in self.inputs.input_names.items())
        files = "".join('<li><a href="%s">%s</a></li>' % (escape(d["href"]),
                                                          escape(d["label"]))
                        for d in config["downloads"])
        method = t["method_text"].format(date=config["published"],
                                         version=escape(config["version"]))
        body = ('<h1>{title}</h1><p><a href="index.html">{back}</a></p><h2>{files_title}</h2>'
                '<ul class="files">{files}</ul><h2>{method_title}</h2><p>{method}</p>'
                '<h3>{inputs_title}</h3><ul class="inputs">{inputs}</ul>').format(
            title=escape(config["title"]), back=escape(t["back_to_map"]),
            files_title=escape(t["files"]), files=files, method_title=escape(t["method"]),
            method=method, inputs_title=escape(t["inputs"]), inputs=inputs)
        data = ('<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
                '</title><link rel="stylesheet" href="assets/style.css"></head>'
                '<body class="data-page">{body}</body></html>').format(
            lang=config["language"], title=escape(config["title"] + " - " + t["data"]),
            body=body)
        with open(self.path("data.html"), "w", encoding="utf-8") as handle:
            handle.write(data)


class _PublicOnly:
    """A layer seen through its public features only: the private ones are never read into
    anything that is written."""

    def __init__(self, layer):
        self.layer = layer

    def crs(self):
        return self.layer.crs()

    def getFeatures(self):  # noqa: N802
        return (f for f in self.layer.getFeatures() if _is_public(f))
