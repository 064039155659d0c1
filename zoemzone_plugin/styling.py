"""Colour ramps and legends for output rasters, applied when Processing loads a layer.

Ramps are stretched over the band's actual range with five labelled stops, so the legend
reads in the output's own values. Post-processors are kept in a class attribute: Processing
holds them only weakly and Python would otherwise collect them before the layer loads.
"""
from qgis.core import (QgsColorRampShader, QgsFillSymbol, QgsGradientColorRamp,
                       QgsGraduatedSymbolRenderer, QgsLineSymbol,
                       QgsPalettedRasterRenderer, QgsProcessingLayerPostProcessorInterface,
                       QgsRasterBandStats, QgsRasterShader, QgsSingleBandPseudoColorRenderer,
                       QgsSingleSymbolRenderer, QgsStyle)
from qgis.PyQt.QtGui import QColor

from .engine.csvtable import read_csv
from .i18n import user_language
from .paths import resource

STOPS = 5


def color_ramp(name):
    ramp = QgsStyle.defaultStyle().colorRamp(name)
    return ramp or QgsGradientColorRamp(QColor("#ffffcc"), QColor("#006837"))


def _label(value, span):
    digits = 0 if span >= 100 else 2 if span >= 1 else 3 if span >= 0.01 else 5
    return "{:.{d}f}".format(value, d=digits)


def apply_ramp(layer, ramp_name, band=1, invert=False):
    """Render ``band`` of ``layer`` as a continuous ramp over its minimum to maximum
    (``invert``: dark at the minimum, e.g. for costs where low is best)."""
    stats = layer.dataProvider().bandStatistics(
        band, QgsRasterBandStats.Min | QgsRasterBandStats.Max)
    low, high = stats.minimumValue, stats.maximumValue
    if not high > low:
        high = low + 1.0
    ramp = color_ramp(ramp_name)
    if invert:
        ramp.invert()
    items = []
    for i in range(STOPS):
        f = i / (STOPS - 1)
        value = low + f * (high - low)
        items.append(QgsColorRampShader.ColorRampItem(value, ramp.color(f),
                                                      _label(value, high - low)))
    function = QgsColorRampShader(low, high)
    function.setColorRampType(QgsColorRampShader.Interpolated)
    function.setSourceColorRamp(ramp.clone())
    function.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    layer.setRenderer(renderer)
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


def apply_categories(layer, classes, ramp_name):
    """Paletted raster with named classes [(value, label)], coloured along a ramp."""
    ramp = color_ramp(ramp_name)
    n = max(len(classes) - 1, 1)
    layer.setRenderer(QgsPalettedRasterRenderer(
        layer.dataProvider(), 1,
        [QgsPalettedRasterRenderer.Class(value, ramp.color(i / n), label)
         for i, (value, label) in enumerate(classes)]))
    layer.triggerRepaint()


def apply_graduated(layer, field, ramp_name, classes=5):
    """Polygons coloured by a numeric field in quantile classes (e.g. patches by dPC)."""
    symbol = QgsFillSymbol.createSimple({"outline_color": "60,60,60", "outline_width": "0.2"})
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(symbol)
    renderer.setSourceColorRamp(color_ramp(ramp_name))
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

    @classmethod
    def attach(cls, context, layer_id_or_path, style, layer_name):
        """Style the output at ``layer_id_or_path`` with ``style(layer)`` when it loads."""
        if context.willLoadLayerOnCompletion(layer_id_or_path):
            styler = cls(style, layer_name)
            cls.keep_alive.append(styler)
            context.layerToLoadOnCompletionDetails(layer_id_or_path).setPostProcessor(styler)
