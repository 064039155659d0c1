"""zoemzone:bijenlandschap: the Bijenlandschap rules (B&B areas, stepping stones) per guild."""
from functools import partial

import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingParameterDistance,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterVectorDestination)

from ..engine.bijenlandschap import ALL_GUILDS, bijenlandschap, bnb_polygons, summary_html
from ..engine.gdalio import BandWriter, check_aligned, read_band
from ..engine.pollination import CodeIndex, flowers_per_code, nesting_per_code
from ..styling import LayerStyler, apply_fill, apply_ramp
from .base import ZoemZoneAlgorithm
from .pollination_inputs import read_checked_landuse, BIOPHYSICAL_TABLE, GUILD_TABLE, LANDUSE, read_inputs


class BijenlandschapAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "bijenlandschap"
    GROUP_ID = "connectivity"

    FLORAL = "FLORAL"
    NESTING = "NESTING"
    FLOWER_THRESHOLD = "FLOWER_THRESHOLD"
    NEST_THRESHOLD = "NEST_THRESHOLD"
    WINDOW = "WINDOW"
    MIN_FLOWER_SHARE = "MIN_FLOWER_SHARE"
    MAX_NEST_FOOD_DISTANCE = "MAX_NEST_FOOD_DISTANCE"
    STEPPING_STONE_AREA = "STEPPING_STONE_AREA"
    STEPPING_STONE_SPACING = "STEPPING_STONE_SPACING"
    BNB_AREAS = "BNB_AREAS"
    STEPPING_STONE_GAPS = "STEPPING_STONE_GAPS"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("Bijenlandschap rules")

    def group(self):
        return self.tr("Connectivity")

    def help_text(self):
        return self.tr(
            "<p>Checks the rules of Bijenlandschap (WENR and Brabants Landschap) per guild and "
            "for all guilds together: a Bed &amp; Breakfast area has, within a window of about "
            "1 km², at least 10 % flowering bee plants and nest sites no farther than 500 m "
            "from food; stepping stones of at least 0.5 ha lie at least every 1 km (a place "
            "farther than half that spacing from a stone is in a gap).</p><p>Give either the "
            "Accessible food and Nesting habitat outputs of Habitat suitability (one band per "
            "guild), or a land-use raster with tables: then each cell's own floral and nesting "
            "index is used.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(
            self.FLORAL, self.tr("Flowering (floral resources)"), optional=True),
            self.tr("One band per guild, e.g. Accessible food of Habitat suitability."))
        self.add(QgsProcessingParameterRasterLayer(
            self.NESTING, self.tr("Nesting habitat"), optional=True),
            self.tr("One band per guild, e.g. Nesting habitat of Habitat suitability."))
        self.add(QgsProcessingParameterRasterLayer(
            LANDUSE, self.tr("Land-use raster (instead of the two above)"), optional=True),
            self.tr("Land use with the tables below: each cell's floral and nesting index."))
        for name, label in ((BIOPHYSICAL_TABLE, self.tr("Biophysical table (CSV)")),
                            (GUILD_TABLE, self.tr("Guild table (CSV)"))):
            self.add(QgsProcessingParameterFile(name, label, extension="csv", optional=True),
                     self.tr("With a land-use raster; empty: the Dutch defaults."))
        numbers = (
            (self.FLOWER_THRESHOLD, self.tr("Flowering from (index)"), 0.2, 0.0, 1.0,
             self.tr("A cell counts as flowering at or above this floral index.")),
            (self.NEST_THRESHOLD, self.tr("Nest site from (index)"), 0.5, 0.0, 1.0,
             self.tr("A cell counts as a nest site at or above this nesting index.")),
            (self.MIN_FLOWER_SHARE, self.tr("Flowering share at least"), 0.10, 0.0, 1.0,
             self.tr("Share of the window that must flower (0.10 = 10 %).")),
            (self.STEPPING_STONE_AREA, self.tr("Stepping stone at least (ha)"), 0.5, 0.0, None,
             self.tr("Smallest area of a stepping stone.")))
        for name, label, default, low, high, text in numbers:
            self.add(QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Double, default, minValue=low,
                **({} if high is None else {"maxValue": high})), text)
        for name, label, default, text in (
                (self.WINDOW, self.tr("Window side"), 1000.0,
                 self.tr("Side of the square window (1000 m: about 1 km²).")),
                (self.MAX_NEST_FOOD_DISTANCE, self.tr("Nest to food at most"), 500.0,
                 self.tr("Largest distance between a nest site and flowers.")),
                (self.STEPPING_STONE_SPACING, self.tr("Stepping stones at least every"),
                 1000.0, self.tr("Largest spacing between stepping stones."))):
            self.add(QgsProcessingParameterDistance(name, label, default, self.FLORAL,
                                                    minValue=0.0), text)
        self.add(QgsProcessingParameterVectorDestination(self.BNB_AREAS,
                                                         self.tr("B&B areas")),
                 self.tr("Polygons meeting the Bed & Breakfast rule, with fields guild and "
                         "area_ha."))
        self.add(QgsProcessingParameterRasterDestination(
            self.STEPPING_STONE_GAPS, self.tr("Stepping-stone gaps")),
            self.tr("Per guild, then all guilds: distance to the nearest stepping stone where "
                    "it exceeds half the spacing, 0 elsewhere (the raster's diagonal where "
                    "there is no stepping stone at all)."))
        self.add(QgsProcessingParameterFileDestination(
            self.SUMMARY, self.tr("Summary"), self.tr("HTML files (*.html)")),
            self.tr("Area meeting each rule and its share of the municipality."))

    def layers(self, parameters, context, feedback):
        """(floral bands, nesting bands, valid, grid, names) from rasters or land use."""
        if self.parameterAsRasterLayer(parameters, LANDUSE, context) is not None:
            path, tables = read_inputs(self, parameters, context, feedback)
            landuse, valid, grid = read_checked_landuse(self, path, tables)
            index = CodeIndex(landuse, valid, tables.biophysical.codes)
            floral = [index.values(sum(flowers_per_code(tables, g, j) for j in tables.seasons))
                      for g in tables.guilds]
            nesting = [index.values(nesting_per_code(tables, g)) for g in tables.guilds]
            return floral, nesting, valid, grid, [g.species for g in tables.guilds]
        if (self.parameterAsRasterLayer(parameters, self.FLORAL, context) is None or
                self.parameterAsRasterLayer(parameters, self.NESTING, context) is None):
            raise QgsProcessingException(self.tr(
                "Give both the flowering and the nesting raster, or a land-use raster."))
        bands = {}
        for name in (self.FLORAL, self.NESTING):
            path = self.raster_path(parameters, name, context)
            layer = self.parameterAsRasterLayer(parameters, name, context)
            read = [self.run_engine(read_band, path, b) for b in range(1, layer.bandCount() + 1)]
            names = [layer.bandName(b).split(": ", 1)[-1] for b in range(1, len(read) + 1)]
            bands[name] = (read, names, path)
        (floral, names, floral_path), (nesting, _, nesting_path) = (bands[self.FLORAL],
                                                                     bands[self.NESTING])
        if len(floral) != len(nesting):
            raise QgsProcessingException(self.tr(
                "The flowering raster has {a} bands and the nesting raster {b}: give one band "
                "per guild in both.").format(a=len(floral), b=len(nesting)))
        grid = floral[0][2]
        self.run_engine(check_aligned, grid, nesting[0][2], floral_path, nesting_path)
        valid = np.logical_and.reduce([v for _, v, _ in floral + nesting])
        return ([a for a, _, _ in floral], [a for a, _, _ in nesting], valid, grid, names)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        floral, nesting, valid, grid, names = self.layers(parameters, context, feedback)
        number = partial(self.parameterAsDouble, parameters, context=context)
        result = self.run_engine(
            bijenlandschap, floral, nesting, valid, grid, names,
            number(self.FLOWER_THRESHOLD), number(self.NEST_THRESHOLD),
            number(self.WINDOW), number(self.MIN_FLOWER_SHARE),
            number(self.MAX_NEST_FOOD_DISTANCE), number(self.STEPPING_STONE_AREA) * 10000.0,
            number(self.STEPPING_STONE_SPACING), feedback)
        areas = self.output_path(parameters, self.BNB_AREAS, context)
        self.run_engine(bnb_polygons, result, grid, areas)
        gaps = self.output_path(parameters, self.STEPPING_STONE_GAPS, context)
        writer = BandWriter(gaps, grid, list(result), "Zoem Zone stepping-stone gaps")
        # without any stepping stone every distance is infinite: write the raster's diagonal
        diagonal = np.float32(np.hypot(grid.cols, grid.rows) * grid.pixel_size)
        for name, rule in result.items():
            writer.write(name, np.where(np.isinf(rule.gap), diagonal, rule.gap)
                         .astype(np.float32))
        writer.close()
        summary = self.parameterAsFileOutput(parameters, self.SUMMARY, context)
        with open(summary, "w", encoding="utf-8") as f:
            f.write(summary_html(result, self.tr("Bijenlandschap rules"), self.tr))
        feedback.pushInfo(self.tr("All guilds: {share:.1f} % of the area meets the B&B rule.")
                          .format(share=100.0 * result[ALL_GUILDS].figures["bnb_share"]))
        LayerStyler.attach(context, areas, partial(apply_fill, color="255,193,7,140",
                                                   outline="180,120,0"),
                           self.parameterDefinition(self.BNB_AREAS).description())
        LayerStyler.attach(context, gaps, partial(apply_ramp, ramp_name="Reds"),
                           self.parameterDefinition(self.STEPPING_STONE_GAPS).description())
        return {self.BNB_AREAS: areas, self.STEPPING_STONE_GAPS: gaps, self.SUMMARY: summary}
