"""Colour ramps, palettes and legends of the plugin's products, one function per product.

The same functions style the outputs when Processing loads them (LayerStyler), the demo
project and the published maps, so a product looks and reads the same everywhere. Legends
speak the user's language (labels through ``tr``, names from the tables' name_nl/name_en)
and say what a value means: a unit or "(index)", "1 – highest priority", a measure's name.

Ramps are stretched over the band's actual range with five labelled stops, so the legend
reads in the output's own values; changes (scenario minus today) get a diverging ramp
centred on zero, so "no change" always has the ramp's middle colour. Post-processors are kept
in a class attribute: Processing holds them only weakly and Python would otherwise collect
them before the layer loads.
"""
from qgis.core import (QgsColorBrewerColorRamp, QgsColorRampShader, QgsFillSymbol,
                       QgsGradientColorRamp, QgsGraduatedSymbolRenderer, QgsLineSymbol,
                       QgsMapLayerLegendUtils, QgsPalettedRasterRenderer,
                       QgsProcessingLayerPostProcessorInterface, QgsRasterBandStats,
                       QgsRasterLayer, QgsRasterShader, QgsSingleBandPseudoColorRenderer,
                       QgsSingleSymbolRenderer, QgsStyle)
from qgis.PyQt.QtGui import QColor

from .engine.bijenlandschap.model import BRIDGE, STONE, TANKSTATION
from .engine.io.csvtable import read_csv
from .engine.kansenkaart.foodgaps import gap_seasons
from .i18n import tr, user_language
from .names import measure_names, names
from .paths import resource

STOPS = 5
# a qualitative palette without black, white or grey, so no class looks like nodata or
# like the background (ColorBrewer 'Paired', 12 colours)
CLASS_PALETTE = ("Paired", 12)
PRIORITY_RAMP = "RdYlGn"        # class 1 red (act here first) ... class 5 green


def color_ramp(name):
    ramp = QgsStyle.defaultStyle().colorRamp(name)
    return ramp or QgsGradientColorRamp(QColor("#ffffcc"), QColor("#006837"))


def class_colors(count):
    """``count`` distinct colours of CLASS_PALETTE, repeated when there are more classes."""
    name, size = CLASS_PALETTE
    ramp = QgsColorBrewerColorRamp(name, size)
    colors = [ramp.color(i / (size - 1)) for i in range(size)]
    return [colors[i % size] for i in range(count)]


def index_unit():
    return tr("(index)")


def _label(value, span):
    digits = 0 if span >= 100 else 2 if span >= 1 else 3 if span >= 0.01 else 5
    return "{:.{d}f}".format(value, d=digits)


def _with_unit(text, unit):
    return "%s %s" % (text, unit) if unit else text


def apply_ramp(layer, ramp_name, band=1, invert=False, unit=None, centred=False):
    """Render ``band`` of ``layer`` as a continuous ramp over its minimum to maximum
    (``invert``: dark at the minimum, e.g. for costs where low is best; ``centred``: over
    -m to m with m the largest absolute value, so 0 gets the ramp's middle colour).
    ``unit`` (translated, e.g. "(index)" or "m") follows every value in the legend."""
    stats = layer.dataProvider().bandStatistics(
        band, QgsRasterBandStats.Min | QgsRasterBandStats.Max)
    low, high = stats.minimumValue, stats.maximumValue
    if centred:
        high = max(abs(low), abs(high))
        low = -high
    if not high > low:
        high = low + 1.0
    ramp = color_ramp(ramp_name)
    if invert:
        ramp.invert()
    items = []
    for i in range(STOPS):
        f = i / (STOPS - 1)
        value = low + f * (high - low)
        if centred and 2 * i == STOPS - 1:
            value = 0.0         # exactly, not -m + m/2 + m/2 rounded
        items.append(QgsColorRampShader.ColorRampItem(
            value, ramp.color(f), _with_unit(_label(value, high - low), unit)))
    function = QgsColorRampShader(low, high)
    function.setColorRampType(QgsColorRampShader.Interpolated)
    function.setSourceColorRamp(ramp.clone())
    function.setColorRampItemList(items)
    if unit:
        settings = function.legendSettings()
        settings.setSuffix(" " + unit)
        function.setLegendSettings(settings)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def apply_classes(layer, classes, colors=None, ramp_name=None, band=1):
    """Paletted ``band`` with named classes [(value, label)], coloured by ``colors`` or
    along a ramp."""
    if colors is None:
        ramp = color_ramp(ramp_name)
        n = max(len(classes) - 1, 1)
        colors = [ramp.color(i / n) for i in range(len(classes))]
    layer.setRenderer(QgsPalettedRasterRenderer(
        layer.dataProvider(), band,
        [QgsPalettedRasterRenderer.Class(value, color, label)
         for (value, label), color in zip(classes, colors)]))
    layer.triggerRepaint()


def apply_landuse_palette(layer, legend=None):
    """LGN colours and class names (Dutch or English, as QGIS runs) from a legend table."""
    table = read_csv(legend or resource("tables", "lgn_legend.csv"))
    name = "name_nl" if user_language() == "nl" else "name_en"
    classes = [QgsPalettedRasterRenderer.Class(int(row["lucode"]), QColor(row["color"]),
                                               "%s %s" % (row["lucode"], row[name]))
               for row in table.rows]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    layer.triggerRepaint()


def apply_graduated(layer, field, ramp_name, classes=5, invert=False):
    """Polygons coloured by a numeric field in quantile classes (e.g. patches by dPC)."""
    symbol = QgsFillSymbol.createSimple({"outline_color": "60,60,60", "outline_width": "0.2"})
    ramp = color_ramp(ramp_name)
    if invert:
        ramp.invert()
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(symbol)
    renderer.setSourceColorRamp(ramp)
    renderer.updateClasses(layer, QgsGraduatedSymbolRenderer.Quantile, classes)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def apply_fill(layer, color, outline):
    """A plain semi-transparent fill for polygon outputs such as habitat patches."""
    symbol = QgsFillSymbol.createSimple({"color": color, "outline_color": outline,
                                         "outline_width": "0.3"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()


def apply_line(layer, color, width="0.6"):
    symbol = QgsLineSymbol.createSimple({"color": color, "width": width})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()


# -- the products ---------------------------------------------------------------------------

def style_nesting(layer, band=1):
    apply_ramp(layer, "YlOrBr", band, unit=index_unit())


def style_floral(layer, band=1):
    apply_ramp(layer, "RdPu", band, unit=index_unit())


def style_floral_cover(layer, band=1):
    """Each cell's own floral index, in a ramp of its own so that it is not taken for
    Accessible food (the same flowers averaged over the foraging range)."""
    apply_ramp(layer, "Purples", band, unit=index_unit())


def style_supply(layer, band=1):
    """Pollinator supply (band 1 all guilds): an index, summed over guilds."""
    apply_ramp(layer, "YlGn", band, unit=index_unit())


def style_abundance(layer, band=1):
    apply_ramp(layer, "Viridis", band, unit=index_unit())


def style_gain(layer, band=1):
    """The kansenkaart's gain, or one measure's: the rise of total pollinator supply, in the
    supply's own index."""
    apply_ramp(layer, "YlGn", band, unit=index_unit())


def style_change(layer, band=1):
    """A scenario's change (DELTA_SUPPLY, DELTA_ABUNDANCE): losses pink, gains green, no
    change the ramp's pale middle."""
    apply_ramp(layer, "PiYG", band, unit=index_unit(), centred=True)


def food_gap_classes(most):
    """[(count, label)] of the food-gap raster's values 0 .. ``most`` (flight seasons with a
    food gap): whole numbers, so classes rather than a ramp."""
    labels = {0: tr("no food gap"), 1: tr("1 season")}
    return [(n, labels.get(n) or tr("{n} seasons").format(n=n)) for n in range(most + 1)]


def food_gap_season_classes(seasons, language=None):
    """[(mask, label)] of a seasons raster's values: every set of its ``seasons`` (codes,
    bit i the i-th), named in ``language`` (default the user's)."""
    named = names("season", language=language)
    labels = [named.get(code, code) for code in seasons]
    return [(mask, ", ".join(label for i, label in enumerate(labels) if mask >> i & 1)
             or tr("no food gap")) for mask in range(1 << len(seasons))]


def style_food_gaps(layer, band=1, language=None):
    """The count raster by its counts; the seasons raster (engine.kansenkaart.foodgaps.gap_seasons) by
    its seasons, coloured as their count: both read alike on the map."""
    seasons = gap_seasons(layer.source())
    ramp = color_ramp("OrRd")
    if seasons is None:
        stats = layer.dataProvider().bandStatistics(band, QgsRasterBandStats.Max)
        classes = food_gap_classes(max(int(round(stats.maximumValue)), 1))
        counts = [value for value, _ in classes]
    else:
        classes = food_gap_season_classes(seasons, language)
        counts = [bin(mask).count("1") for mask, _ in classes]
    most = max(max(counts), 1)
    colors = [ramp.color(0.15 + 0.85 * n / most) for n in counts]
    apply_classes(layer, classes, colors, band=band)


def bijenlandschap_element_classes():
    """[(value, label)] of the Bijenlandschap elements raster; 0, no element, stays
    transparent."""
    return [(STONE, tr("stepping stone")), (TANKSTATION, tr("Bij-tankstation")),
            (BRIDGE, tr("bridged gap (connecting landscape)"))]


def style_bijenlandschap_elements(layer, band=1):
    apply_classes(layer, bijenlandschap_element_classes(),
                  [QColor(51, 160, 44), QColor(255, 127, 0), QColor(166, 206, 227)], band=band)


def priority_classes(translate=tr):
    """[(class, label)] of the priority raster, 1 the highest fifth of the scores; labels by
    ``translate`` (a report in another language than QGIS's passes its own)."""
    labels = {1: translate("1 – highest priority"), 5: translate("5 – lowest")}
    return [(k, labels.get(k, str(k))) for k in range(1, 6)]


def priority_colors():
    ramp = color_ramp(PRIORITY_RAMP)
    return [ramp.color(i / 4.0) for i in range(5)]


def style_priority(layer, translate=tr):
    apply_classes(layer, priority_classes(translate), priority_colors())


def style_best_measure(layer, catalogue, language=None):
    names = measure_names(catalogue, language)
    classes = sorted(names.items())
    apply_classes(layer, classes, class_colors(len(classes)))


def apply_ids(layer, template):
    """An id raster (0 = none) with a colour per id, the ids named by ``template`` (with
    {id}): neighbouring patches or catchments stand apart."""
    classes = [c for c in QgsPalettedRasterRenderer.classDataFromRaster(
        layer.dataProvider(), 1) if c.value > 0]
    colors = class_colors(len(classes))
    apply_classes(layer, [(int(c.value), template.format(id=int(c.value))) for c in classes],
                  colors)


def style_allocation(layer):
    """Cost distance's nearest source: which source each cell is cheapest to reach from."""
    apply_ids(layer, tr("Source {id}"))


def style_patch_ids(layer):
    apply_ids(layer, tr("Patch {id}"))


def style_patches(layer):
    apply_fill(layer, color="76,175,80,140", outline="27,94,32")


def style_nodes(layer):
    """Patches of the network by their importance (dPC)."""
    apply_graduated(layer, "dPC", "YlOrRd")


def style_links(layer):
    apply_line(layer, color="90,90,90")


def style_parcel_ranking(layer):
    """Parcels by rank in five equal-count classes, coloured as the priority classes
    (rank 1, the best parcel, in the colour of priority 1)."""
    apply_graduated(layer, "rank", PRIORITY_RAMP)


def hide_band_name(tree_layer):
    """Leave the band's name out of a raster's legend in the layer tree.

    QGIS 3.22 heads a raster legend with "Band 1: <description> (Gray)" (GDAL's colour
    interpretation of a GeoTIFF's first band, which a GeoTIFF cannot store otherwise);
    the layer's name already says what is shown. The order is kept in the layer tree node,
    so it is saved with the project."""
    layer = tree_layer.layer()
    nodes = layer.legend().createLayerTreeModelLegendNodes(tree_layer)
    if len(nodes) > 1:
        QgsMapLayerLegendUtils.setLegendNodeOrder(tree_layer, list(range(1, len(nodes))))


class LayerStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles an output layer when Processing loads it and gives it a readable name."""

    keep_alive = []

    def __init__(self, style, layer_name):
        super().__init__()
        self.style = style
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and layer.isValid():
            self.style(layer)
            layer.setName(self.layer_name)
            project = context.project()
            node = project.layerTreeRoot().findLayer(layer.id()) if project else None
            if node is not None and isinstance(layer, QgsRasterLayer):
                hide_band_name(node)

    @classmethod
    def attach(cls, context, layer_id_or_path, style, layer_name):
        """Style the output at ``layer_id_or_path`` with ``style(layer)`` when it loads."""
        if context.willLoadLayerOnCompletion(layer_id_or_path):
            styler = cls(style, layer_name)
            cls.keep_alive.append(styler)
            context.layerToLoadOnCompletionDetails(layer_id_or_path).setPostProcessor(styler)
