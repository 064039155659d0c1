"""zoemzone:bijenlandschap: the Bijenlandschap rules (B&B areas, stepping stones) per guild."""
from functools import partial

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterVectorDestination, QgsWkbTypes)

from ... import help_numbers
from ...engine import defaults
from ...engine.bijenlandschap.model import ALL_GUILDS, summary_html
from ...engine.bijenlandschap.runner import (IndexRasters, LanduseIndices,
                                             bijenlandschap_to_files)
from ...engine.io.gdalio import PRODUCT_KEY, raster_product
from ...engine.io.outputs import Outputs, TextFile
from ...engine.pollination.outputs import LAYER_PRODUCTS
from ...styling import LayerStyler, apply_fill, apply_ramp, style_bijenlandschap_elements
from ..base import ZoemZoneAlgorithm
from ..pollination_inputs import BIOPHYSICAL_TABLE, GUILD_TABLE, LANDUSE, read_inputs


# the product each index raster may be when this plugin wrote it (untagged rasters are taken)
INDEX_PRODUCTS = {"FLORAL": LAYER_PRODUCTS["FLORAL_COVER"], "NESTING": LAYER_PRODUCTS["NESTING"]}


def _window_area():
    """The area of the default window in km², as the rule states it ("per km²")."""
    return help_numbers.written((defaults.value("bijenlandschap", "window") / 1000.0) ** 2)


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
    MIN_STRIP_WIDTH = "MIN_STRIP_WIDTH"
    MAX_STRIP_GAP = "MAX_STRIP_GAP"
    STRIPS = "STRIPS"
    STRIP_WIDTH_FIELD = "STRIP_WIDTH_FIELD"
    BNB_AREAS = "BNB_AREAS"
    STEPPING_STONE_GAPS = "STEPPING_STONE_GAPS"
    ELEMENTS = "ELEMENTS"
    SUMMARY = "SUMMARY"

    def displayName(self):  # noqa: N802
        return self.tr("Bijenlandschap rules")

    def help_text(self):
        return self.tr(
            "<p>Checks the rules of Bijenlandschap (WENR and Brabants Landschap) per guild and "
            "for all guilds together: a Bed &amp; Breakfast area has, within a window of about "
            "{window_area} km², at least {flower_percent} % flowering bee plants and nest "
            "sites no farther than {nest_food} m from food; stepping stones of at least "
            "{stone_area} ha lie at least every {spacing} km (a place farther than half that "
            "spacing from a stone is in a gap); flower-rich strips at least {strip_width} m "
            "wide connect the landscape with gaps of at most {strip_gap} m; Bij-tankstations "
            "are the flowering sites too small for a stepping stone.</p><p>The rules speak "
            "of flower cover, so they read each cell's own floral index. Give either the Floral "
            "cover and Nesting habitat outputs of Habitat suitability (one band per guild), or "
            "a land-use raster with tables: both give the same result. Accessible food "
            "(flowers averaged over the foraging range) is refused.</p>").format(
                window_area=_window_area(),
                flower_percent=help_numbers.percent(
                    defaults.value("bijenlandschap", "min_flower_share")),
                nest_food=help_numbers.default("bijenlandschap", "max_nest_food_distance"),
                stone_area=help_numbers.default("bijenlandschap", "stepping_stone_area"),
                spacing=help_numbers.default("bijenlandschap", "stepping_stone_spacing", 0.001),
                strip_width=help_numbers.default("bijenlandschap", "min_strip_width"),
                strip_gap=help_numbers.default("bijenlandschap", "max_strip_gap"))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(
            self.FLORAL, self.tr("Flowering (floral cover)"), optional=True),
            self.tr("One band per guild: each cell's own floral index, e.g. Floral cover of "
                    "Habitat suitability."))
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
        # (parameter, label, row of resources/defaults/bijenlandschap.csv, help, a distance)
        for name, label, key, text, distance in (
                (self.FLOWER_THRESHOLD, self.tr("Flowering from (index)"), "flower_threshold",
                 self.tr("A cell counts as flowering at or above this floral index."), False),
                (self.NEST_THRESHOLD, self.tr("Nest site from (index)"), "nest_threshold",
                 self.tr("A cell counts as a nest site at or above this nesting index."), False),
                (self.MIN_FLOWER_SHARE, self.tr("Flowering share at least"), "min_flower_share",
                 self.tr("Share of the window that must flower ({share} = {percent} %).")
                 .format(share=help_numbers.default("bijenlandschap", "min_flower_share"),
                         percent=help_numbers.percent(
                             defaults.value("bijenlandschap", "min_flower_share"))), False),
                (self.STEPPING_STONE_AREA, self.tr("Stepping stone at least (ha)"),
                 "stepping_stone_area", self.tr("Smallest area of a stepping stone."), False),
                (self.WINDOW, self.tr("Window side"), "window",
                 self.tr("Side of the square window ({window} m: about {window_area} km²).")
                 .format(window=help_numbers.default("bijenlandschap", "window"),
                         window_area=_window_area()), True),
                (self.MAX_NEST_FOOD_DISTANCE, self.tr("Nest to food at most"),
                 "max_nest_food_distance",
                 self.tr("Largest distance between a nest site and flowers."), True),
                (self.STEPPING_STONE_SPACING, self.tr("Stepping stones at least every"),
                 "stepping_stone_spacing", self.tr("Largest spacing between stepping stones."),
                 True),
                (self.MIN_STRIP_WIDTH, self.tr("Flower-rich strip at least"), "min_strip_width",
                 self.tr("Narrowest flowering ground that counts as a strip of the connecting "
                         "landscape (cells at least this wide always count)."), True),
                (self.MAX_STRIP_GAP, self.tr("Gaps between strips at most"), "max_strip_gap",
                 self.tr("Longest gap between flower-rich strips that the connecting landscape "
                         "bridges."), True)):
            self.add_number(name, label, "bijenlandschap", key, text,
                            parent=self.FLORAL if distance else None)
        self.add(QgsProcessingParameterFeatureSource(
            self.STRIPS, self.tr("Flower-rich strips (vector, data-rich route)"),
            [QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon], optional=True),
            self.tr("Verges, field margins and hedges at their real width (e.g. BGT "
                    "begroeidterreindeel, or the linear measures of the data package): "
                    "polygons by their shape, lines with a width field. Their strips join "
                    "those of the raster, for every guild, and their gaps are measured on "
                    "the geometries. Another CRS is reprojected to the raster's."))
        self.add(QgsProcessingParameterField(
            self.STRIP_WIDTH_FIELD, self.tr("Strip width field (m)"),
            parentLayerParameterName=self.STRIPS, type=QgsProcessingParameterField.Numeric,
            optional=True),
            self.tr("For a line layer: each strip's width in metres (every line needs one). "
                    "Polygons give their width by their shape."))
        self.add(QgsProcessingParameterVectorDestination(self.BNB_AREAS,
                                                         self.tr("B&B areas")),
                 self.tr("Polygons meeting the Bed & Breakfast rule, with fields guild and "
                         "area_ha."))
        self.add(QgsProcessingParameterRasterDestination(
            self.STEPPING_STONE_GAPS, self.tr("Stepping-stone gaps")),
            self.tr("Per guild, then all guilds: distance to the nearest stepping stone where "
                    "it exceeds half the spacing, 0 elsewhere (the raster's diagonal where "
                    "there is no stepping stone at all)."))
        self.add(QgsProcessingParameterRasterDestination(
            self.ELEMENTS, self.tr("Bijenlandschap elements"), optional=True),
            self.tr("Per guild, then all guilds: 1 stepping stone, 2 Bij-tankstation, 3 other "
                    "connecting landscape (a bridged gap, or a strip of the strip layer), 0 "
                    "none."))
        self.add(QgsProcessingParameterFileDestination(
            self.SUMMARY, self.tr("Summary"), self.tr("HTML files (*.html)")),
            self.tr("Area meeting each rule and its share of the municipality."))

    def source(self, parameters, context, feedback):
        """(source of the floral and nesting indices, guild names): rasters or land use."""
        if self.parameterAsRasterLayer(parameters, LANDUSE, context) is not None:
            path, tables = read_inputs(self, parameters, context, feedback, kernels=False)
            return (self.run_engine(LanduseIndices, path, tables, feedback),
                    [g.species for g in tables.guilds])
        floral = self.parameterAsRasterLayer(parameters, self.FLORAL, context)
        nesting = self.parameterAsRasterLayer(parameters, self.NESTING, context)
        if floral is None or nesting is None:
            raise QgsProcessingException(self.tr(
                "Give both the flowering and the nesting raster, or a land-use raster."))
        if floral.bandCount() != nesting.bandCount():
            raise QgsProcessingException(self.tr(
                "The flowering raster has {a} bands and the nesting raster {b}: give one band "
                "per guild in both.").format(a=floral.bandCount(), b=nesting.bandCount()))
        names = [floral.bandName(b).split(": ", 1)[-1] for b in range(1, floral.bandCount() + 1)]
        return (self.run_engine(IndexRasters, self.index_path(parameters, self.FLORAL, context),
                                self.index_path(parameters, self.NESTING, context)), names)

    def index_path(self, parameters, name, context):
        """raster_path of FLORAL or NESTING, refusing another output of this plugin. Above
        all Accessible food: it is floral cover averaged over the foraging range, so a
        flower-poor field next to heath would count as flowering."""
        path = self.raster_path(parameters, name, context)
        product = self.run_engine(raster_product, path)
        expected = INDEX_PRODUCTS[name]
        if product not in (None, expected):
            raise QgsProcessingException(self.tr(
                "'{name}' is the Zoem Zone output '{product}' (its metadata say {key}="
                "{product}), not '{expected}'. The rules count the cells that flower or hold "
                "nests themselves: choose the output '{expected}' of Habitat suitability "
                "(for flowering: Floral cover, not Accessible food).").format(
                    name=self.parameterDefinition(name).description(), product=product,
                    key=PRODUCT_KEY, expected=expected))
        return path

    def strip_features(self, parameters, context, feedback, wkt):
        """(id, WKB in the raster's CRS (``wkt``), width or None) of the strip layer's
        features, or None without one. Lines need the width field: a line without its
        width has no meaning as a strip, and a default width would pass or fail every
        unmeasured verge alike."""
        source = self.source_of(parameters, self.STRIPS, context,
                                (QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry),
                                projected=False)
        if source is None:
            return None
        numbered = self.features_with_ids(source, feedback)
        field = self.parameterAsString(parameters, self.STRIP_WIDTH_FIELD, context)
        if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.LineGeometry:
            if not field:
                raise QgsProcessingException(self.tr(
                    "'{name}' holds lines: choose the field with each strip's width in metres "
                    "as '{field}' (polygons give their width by their shape).").format(
                        name=self.parameterDefinition(self.STRIPS).description(),
                        field=self.parameterDefinition(self.STRIP_WIDTH_FIELD).description()))
            widths = self.field_numbers(numbered, field, self.STRIP_WIDTH_FIELD)
        else:
            self.check_valid_polygons(numbered, self.STRIPS)
            widths = [None] * len(numbered)
        crs = QgsCoordinateReferenceSystem.fromWkt(wkt)
        return [(feature_id, wkb, width) for (feature_id, wkb), width in
                zip(self.layer_features(source, crs, context, feedback), widths)]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        number = partial(self.parameterAsDouble, parameters, context=context)
        areas = self.output_path(parameters, self.BNB_AREAS, context)
        gaps = self.output_path(parameters, self.STEPPING_STONE_GAPS, context)
        elements = self.output_path(parameters, self.ELEMENTS, context, optional=True)
        width = number(self.MIN_STRIP_WIDTH)
        if not width > 0:
            raise QgsProcessingException(self.tr(
                "'{name}' is {value} m; a strip needs a width above 0 m (the rule says "
                "{rule} m).").format(
                    name=self.parameterDefinition(self.MIN_STRIP_WIDTH).description(),
                    value=width, rule=help_numbers.default("bijenlandschap", "min_strip_width")))
        source, names = self.source(parameters, context, feedback)
        try:
            strips = self.strip_features(parameters, context, feedback, source.grid.wkt)
        except Exception:
            source.close()
            raise
        summary = self.parameterAsFileOutput(parameters, self.SUMMARY, context)
        with Outputs() as outputs:      # the summary goes in place with the two maps
            try:
                result = self.run_engine(
                    bijenlandschap_to_files, source, names, gaps, areas,
                    number(self.FLOWER_THRESHOLD), number(self.NEST_THRESHOLD),
                    number(self.WINDOW), number(self.MIN_FLOWER_SHARE),
                    number(self.MAX_NEST_FOOD_DISTANCE),
                    number(self.STEPPING_STONE_AREA) * 10000.0,
                    number(self.STEPPING_STONE_SPACING), width, number(self.MAX_STRIP_GAP),
                    elements, feedback=feedback,
                    memory_budget_mb=self.memory_budget_mb(), outputs=outputs,
                    strip_features=strips)
            finally:
                source.close()
            outputs.add(self.run_engine(TextFile, summary, summary_html(
                result, self.tr("Bijenlandschap rules"), self.tr)))
        feedback.pushInfo(self.tr("All guilds: {share:.1f} % of the area meets the B&B rule.")
                          .format(share=100.0 * result[ALL_GUILDS].figures["bnb_share"]))
        LayerStyler.attach(context, areas, partial(apply_fill, color="255,193,7,140",
                                                   outline="180,120,0"),
                           self.parameterDefinition(self.BNB_AREAS).description())
        LayerStyler.attach(context, gaps, partial(apply_ramp, ramp_name="Reds"),
                           self.parameterDefinition(self.STEPPING_STONE_GAPS).description())
        results = {self.BNB_AREAS: areas, self.STEPPING_STONE_GAPS: gaps, self.SUMMARY: summary}
        if elements:
            LayerStyler.attach(context, elements, style_bijenlandschap_elements,
                               self.parameterDefinition(self.ELEMENTS).description())
            results[self.ELEMENTS] = elements
        return results
