"""zoemzone:publishwebsite: the kansenkaart as a static website for the partners."""
import os
import re

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString,
                       QgsProcessingParameterVectorLayer, QgsWkbTypes)

from ...engine.kansenkaart.catalogue import read_catalogue
from ...engine.io.gdalio import RasterReader, check_aligned
from ...paths import default_table
from ...publish import site
from ...publish.website import Inputs, Publisher, plugin_version
from ...ui.package import GPKG, PackageProblem, open_layers
from ..base import ZoemZoneAlgorithm
from ..chain_inputs import ChainInputs

LANGUAGES = ("nl", "en")
# an XYZ tile template a browser can fetch: http(s), with the tile's zoom, column and row
XYZ_TEMPLATE = re.compile(r"^https?://[^/\s]+/(?=.*\{z\})(?=.*\{x\})(?=.*\{-?y\}).*$")


class PublishWebsiteAlgorithm(ChainInputs, ZoemZoneAlgorithm):
    ALGORITHM_ID = "publishwebsite"
    GROUP_ID = "kansenkaart"

    TITLE = "TITLE"
    MAX_ZOOM = "MAX_ZOOM"
    REPORTS = "REPORTS"
    BASEMAP_URL = "BASEMAP_URL"
    OUTPUT = "OUTPUT"
    # parameter -> the publisher's name of that layer
    RASTERS = {ChainInputs.PRIORITY: "priority", ChainInputs.BEST_MEASURE: "best_measure",
               ChainInputs.GAIN: "gain", ChainInputs.SUPPLY: "supply",
               ChainInputs.FOOD_GAPS: "food_gaps"}
    # parameter -> the products (gdalio.PRODUCT_KEY) of this plugin's outputs it shows
    PRODUCTS = {ChainInputs.PRIORITY: ("priority",), ChainInputs.BEST_MEASURE: ("best_measure",),
                ChainInputs.GAIN: ("gain",), ChainInputs.SUPPLY: ("supply",),
                ChainInputs.FOOD_GAPS: ("food_gaps", "food_gap_seasons")}
    VECTORS = {ChainInputs.PATCHES: "patches", ChainInputs.NETWORK_NODES: "nodes",
               ChainInputs.NETWORK_LINKS: "links", ChainInputs.PARCEL_RANKING: "parcel_ranking"}

    def displayName(self):  # noqa: N802
        return self.tr("Publish kansenkaart website")

    def help_text(self):
        return self.tr(
            "<p>Writes the kansenkaart as a self-contained static website for the partners: "
            "index.html with the map (layer switcher, legends, a click shows the best measure, "
            "its gain, the priority class and the food gaps of that place), a municipality "
            "selector with each municipality's top places, report and downloads, and "
            "data.html with the files and the method. Copy the folder to any web server; the "
            "page requests nothing outside it unless a basemap URL is given.</p><p>The rasters "
            "become map tiles drawn by QGIS with the plugin's styles. Of the data package only "
            "the measures and habitats a partner marked public are published, with their "
            "type, status, year and partner name.</p><p>Re-running replaces the site; a "
            "folder that holds anything else is refused.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_chain_inputs({
            self.PRIORITY: self.tr("The kansenkaart's priority classes."),
            self.BEST_MEASURE: self.tr("The kansenkaart's best measure (catalogue ids)."),
            self.GAIN: self.tr("Optional: the kansenkaart's gain."),
            self.SUPPLY: self.tr("Optional: habitat suitability's pollinator supply."),
            self.FOOD_GAPS: self.tr("Optional: the food gaps raster (one band per guild)."),
            self.PATCHES: self.tr("Optional: the habitat patches."),
            self.NETWORK_NODES: self.tr("Optional: the connectivity graph's nodes."),
            self.NETWORK_LINKS: self.tr("Optional: the connectivity graph's links."),
            self.PARCEL_RANKING: self.tr(
                "Optional: the kansenkaart's parcel ranking (also as CSV).")},
            QgsProcessingParameterVectorLayer)
        self.add(QgsProcessingParameterVectorLayer(
            self.STUDY_AREAS, self.tr("Study areas (municipalities)"),
            [QgsProcessing.TypeVectorPolygon], optional=True),
            self.tr("Optional: municipality polygons (a field 'name'); empty: the data "
                    "package's study areas."))
        self.add(QgsProcessingParameterString(self.PACKAGE, self.tr("Data package"),
                                              optional=True),
                 self.tr("Optional: the data package, a GeoPackage file or the name of a saved "
                         "PostgreSQL connection, followed by /schema when the package is not in "
                         "the schema 'zoemzone' (e.g. limburg/zoemzone_2026). Its public "
                         "measures and habitats are published."))
        self.add(QgsProcessingParameterString(self.TITLE, self.tr("Title"),
                                              self.tr("Zoem Zone kansenkaart")),
                 self.tr("The page's title."))
        self.add(QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Language"),
                                            ["Nederlands", "English"], defaultValue=0),
                 self.tr("The language of the page."))
        self.add(QgsProcessingParameterNumber(self.MAX_ZOOM, self.tr("Largest zoom level"),
                                              QgsProcessingParameterNumber.Integer, None,
                                              optional=True, minValue=0, maxValue=22),
                 self.tr("Optional: the most detailed tile level; empty: the level where a "
                         "tile pixel is about one raster cell."))
        self.add(QgsProcessingParameterFile(self.REPORTS, self.tr("Advice reports (folder)"),
                                            QgsProcessingParameterFile.Folder, optional=True),
                 self.tr("Optional: a folder of PDF advice reports; a report whose file name "
                         "holds a municipality's name or CBS code is linked to it."))
        self.add(QgsProcessingParameterString(self.BASEMAP_URL, self.tr("Basemap URL"),
                                              optional=True),
                 self.tr("Optional: an XYZ tile URL template ({z}/{x}/{y}) for a background "
                         "map; the page then requests tiles from that server. Empty: no "
                         "basemap."))
        self.add(QgsProcessingParameterFolderDestination(self.OUTPUT,
                                                         self.tr("Website folder")),
                 self.tr("A new or empty folder, or a website published here before (it is "
                         "replaced)."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Publish; an error is raised again from here alone, without the frames below. QGIS
        prints a failed algorithm's traceback, which keeps it (sys.last_traceback) and so
        every layer its frames held: Python-owned layers destroyed after QGIS exits crash
        the interpreter."""
        try:
            return self.publish(parameters, context, feedback)
        except QgsProcessingException as error:
            message = str(error)
        raise QgsProcessingException(message)

    def publish(self, parameters, context, feedback):
        output = self.output_path(parameters, self.OUTPUT, context)
        self.run_engine(site.check_target, output, parameter=self.OUTPUT)
        values = self.rasters(parameters, context)
        names = {}
        for name, key in list(self.RASTERS.items()) + list(self.VECTORS.items()):
            names[key] = self.parameterDefinition(name).description()
        for name, key in self.VECTORS.items():
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is not None:
                values[key] = layer.clone()    # styled for the site, not in the user's map
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        areas = None
        if self.source_of(parameters, self.STUDY_AREAS, context, QgsWkbTypes.PolygonGeometry,
                          projected=False) is not None:
            areas = self.parameterAsVectorLayer(parameters, self.STUDY_AREAS, context)
        max_zoom = parameters.get(self.MAX_ZOOM)
        basemap = self.basemap_url(parameters, context)
        package = self.package_source(parameters, self.PACKAGE, context)
        input_names = {names[key]: os.path.basename(value if isinstance(value, str)
                                                    else value.source().split("|")[0])
                       for key, value in values.items()}
        if package is not None:
            input_names[self.parameterDefinition(self.PACKAGE).description()] = (
                os.path.basename(package.path) if package.kind == GPKG else package.parameter())
        if areas is not None:
            input_names[self.parameterDefinition(self.STUDY_AREAS).description()] = areas.name()
        inputs = Inputs(
            output=output,
            package=self.package_layers(package),
            study_areas=areas.clone() if areas is not None else None,
            title=self.parameterAsString(parameters, self.TITLE, context),
            language=language,
            max_zoom=(None if max_zoom in (None, "") else
                      self.parameterAsInt(parameters, self.MAX_ZOOM, context)),
            reports=self.parameterAsString(parameters, self.REPORTS, context) or None,
            basemap_url=basemap,
            version=plugin_version(), input_names=input_names, **values)

        def on_tiles(count, megabytes):
            feedback.pushInfo(self.tr("{count} map tiles written ({mb:.1f} MB).").format(
                count=count, mb=megabytes))
        publisher = self.run_engine(Publisher, inputs, feedback, on_tiles,
                                    self.styles(language), names)
        config = self.run_engine(publisher.run)
        feedback.pushInfo(self.tr("Website written to {folder}: {files} files, {mb:.1f} MB. "
                                  "Open index.html through a web server.").format(
            folder=inputs.output, files=config["files"], mb=config["bytes"] / 1e6))
        return {self.OUTPUT: inputs.output}

    def rasters(self, parameters, context):
        """{publisher's key: file} of the rasters given, each checked (and refused when this
        plugin wrote it as another output than its parameter shows), all on the priority's
        grid: a click reads every raster at one cell."""
        paths, grids = {}, []
        message = self.tr(
            "'{name}' is the Zoem Zone output '{product}' (its metadata say {key}={product}), "
            "but it shows the output {expected}. Choose that raster for '{name}'.")
        for name, key in self.RASTERS.items():
            if self.parameterAsRasterLayer(parameters, name, context) is None and \
                    name not in (self.PRIORITY, self.BEST_MEASURE):
                continue
            paths[key] = self.product_path(parameters, name, context, self.PRODUCTS[name],
                                           message, square=False)
            reader = self.run_engine(RasterReader, paths[key], parameter=name)
            grids.append((self.parameterDefinition(name).description(), reader.grid))
            reader.close()
        for description, grid in grids[1:]:
            self.run_engine(check_aligned, grids[0][1], grid, grids[0][0], description)
        return paths

    def basemap_url(self, parameters, context):
        """The basemap's tile template, or None; refused unless a browser can fetch tiles
        with it, since the page would only show an empty background."""
        url = self.parameterAsString(parameters, self.BASEMAP_URL, context).strip()
        if url and not XYZ_TEMPLATE.match(url):
            raise QgsProcessingException(self.tr(
                "'{name}': '{url}' is not an XYZ tile URL template. Give an http(s) address "
                "with {{z}}, {{x}} and {{y}} where a tile's zoom level, column and row go, "
                "e.g. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png, or leave it "
                "empty.").format(name=self.parameterDefinition(self.BASEMAP_URL).description(),
                                 url=url))
        return url or None

    def package_layers(self, package):
        """The tables of the data package at ``package`` (a PackageSource or None), opened
        now: a file or connection that holds no package is refused before the tiles are
        drawn, naming the input."""
        if package is None:
            return None
        try:
            return open_layers(package)
        except PackageProblem as problem:     # its message is translated already
            raise QgsProcessingException("'%s': %s" % (
                self.parameterDefinition(self.PACKAGE).description(), problem.message)) \
                from None

    @staticmethod
    def styles(language):
        """The style each published layer gets in QGIS (styling's, as the algorithms that make
        them apply it), measure names in the page's ``language``."""
        from functools import partial

        from ... import styling
        catalogue = read_catalogue(default_table("measures_nl.csv"), None)
        return {"priority": styling.style_priority,
                "best_measure": partial(styling.style_best_measure, catalogue=catalogue,
                                        language=language),
                "gain": styling.style_gain, "supply": styling.style_supply,
                "food_gaps": partial(styling.style_food_gaps, language=language),
                "patches": styling.style_patches,
                "nodes": styling.style_nodes, "links": styling.style_links,
                "parcel_ranking": styling.style_parcel_ranking}
