"""zoemzone:publishwebsite: the kansenkaart as a static website for the partners."""
import os

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from ..engine.catalogue import read_catalogue
from ..paths import default_table
from ..publish.website import Inputs, Publisher, plugin_version
from ..ui.package import GPKG
from .base import ZoemZoneAlgorithm

LANGUAGES = ("nl", "en")


class PublishWebsiteAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "publishwebsite"
    GROUP_ID = "kansenkaart"

    PRIORITY = "PRIORITY"
    BEST_MEASURE = "BEST_MEASURE"
    GAIN = "GAIN"
    SUPPLY = "SUPPLY"
    FOOD_GAPS = "FOOD_GAPS"
    PATCHES = "PATCHES"
    NETWORK_NODES = "NETWORK_NODES"
    NETWORK_LINKS = "NETWORK_LINKS"
    PARCEL_RANKING = "PARCEL_RANKING"
    PACKAGE = "PACKAGE"
    STUDY_AREAS = "STUDY_AREAS"
    TITLE = "TITLE"
    LANGUAGE = "LANGUAGE"
    MAX_ZOOM = "MAX_ZOOM"
    REPORTS = "REPORTS"
    BASEMAP_URL = "BASEMAP_URL"
    OUTPUT = "OUTPUT"
    # parameter -> the publisher's name of that layer
    RASTERS = {PRIORITY: "priority", BEST_MEASURE: "best_measure", GAIN: "gain",
               SUPPLY: "supply", FOOD_GAPS: "food_gaps"}
    VECTORS = {PATCHES: "patches", NETWORK_NODES: "nodes", NETWORK_LINKS: "links",
               PARCEL_RANKING: "parcel_ranking"}

    def displayName(self):  # noqa: N802
        return self.tr("Publish kansenkaart website")

    def group(self):
        return self.tr("Kansenkaart")

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
        for name, label, optional, text in (
                (self.PRIORITY, self.tr("Priority"), False,
                 self.tr("The kansenkaart's priority classes.")),
                (self.BEST_MEASURE, self.tr("Best measure"), False,
                 self.tr("The kansenkaart's best measure (catalogue ids).")),
                (self.GAIN, self.tr("Gain in supply"), True,
                 self.tr("Optional: the kansenkaart's gain.")),
                (self.SUPPLY, self.tr("Pollinator supply"), True,
                 self.tr("Optional: habitat suitability's pollinator supply.")),
                (self.FOOD_GAPS, self.tr("Seasonal food gaps"), True,
                 self.tr("Optional: the food gaps raster (one band per guild)."))):
            self.add(QgsProcessingParameterRasterLayer(name, label, optional=optional), text)
        for name, label, kind, text in (
                (self.PATCHES, self.tr("Habitat patches"), QgsProcessing.TypeVectorPolygon,
                 self.tr("Optional: the habitat patches.")),
                (self.NETWORK_NODES, self.tr("Network nodes"), QgsProcessing.TypeVectorPolygon,
                 self.tr("Optional: the connectivity graph's nodes.")),
                (self.NETWORK_LINKS, self.tr("Network links"), QgsProcessing.TypeVectorLine,
                 self.tr("Optional: the connectivity graph's links.")),
                (self.PARCEL_RANKING, self.tr("Parcel ranking"),
                 QgsProcessing.TypeVectorPolygon,
                 self.tr("Optional: the kansenkaart's parcel ranking (also as CSV).")),
                (self.STUDY_AREAS, self.tr("Study areas (municipalities)"),
                 QgsProcessing.TypeVectorPolygon,
                 self.tr("Optional: municipality polygons (a field 'name'); empty: the data "
                         "package's study areas."))):
            self.add(QgsProcessingParameterVectorLayer(name, label, [kind], optional=True),
                     text)
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
        values = {key: self.raster_path(parameters, name, context)
                  for name, key in self.RASTERS.items()
                  if self.parameterAsRasterLayer(parameters, name, context) is not None}
        names = {}
        for name, key in list(self.RASTERS.items()) + list(self.VECTORS.items()):
            names[key] = self.parameterDefinition(name).description()
        for name, key in self.VECTORS.items():
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is not None:
                values[key] = layer.clone()    # styled for the site, not in the user's map
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        areas = self.parameterAsVectorLayer(parameters, self.STUDY_AREAS, context)
        max_zoom = parameters.get(self.MAX_ZOOM)
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
            output=self.parameterAsString(parameters, self.OUTPUT, context),
            package=package,
            study_areas=areas.clone() if areas is not None else None,
            title=self.parameterAsString(parameters, self.TITLE, context),
            language=language,
            max_zoom=(None if max_zoom in (None, "") else
                      self.parameterAsInt(parameters, self.MAX_ZOOM, context)),
            reports=self.parameterAsString(parameters, self.REPORTS, context) or None,
            basemap_url=self.parameterAsString(parameters, self.BASEMAP_URL, context) or None,
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

    @staticmethod
    def styles(language):
        """The style each published layer gets in QGIS (styling's, as the algorithms that make
        them apply it), measure names in the page's ``language``."""
        from functools import partial

        from .. import styling
        catalogue = read_catalogue(default_table("measures_nl.csv"), None)
        return {"priority": styling.style_priority,
                "best_measure": partial(styling.style_best_measure, catalogue=catalogue,
                                        language=language),
                "gain": styling.style_gain, "supply": styling.style_supply,
                "food_gaps": styling.style_food_gaps, "patches": styling.style_patches,
                "nodes": styling.style_nodes, "links": styling.style_links,
                "parcel_ranking": styling.style_parcel_ranking}
