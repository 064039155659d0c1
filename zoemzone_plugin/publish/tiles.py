"""XYZ PNG tiles of styled raster layers, drawn by QGIS's own map renderer.

Each tile is one render of the layer, with the renderer the plugin gives it in QGIS, into a
256 x 256 image in EPSG:3857: the web map shows what the desktop map shows.
"""
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsMapRendererCustomPainterJob,
                       QgsMapSettings, QgsRectangle)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..engine.errors import Cancelled
from ..engine.io.webgrid import TILE_PIXELS, tile_bounds_3857, tiles_covering


def tile_plan(bounds, min_zoom, max_zoom):
    """[(zoom, x, y)] of every tile to write for ``bounds`` over the zoom range."""
    return [(zoom, x, y) for zoom in range(min_zoom, max_zoom + 1)
            for x, y in tiles_covering(bounds, zoom)]


def _settings(layer):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setOutputSize(QSize(TILE_PIXELS, TILE_PIXELS))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    return settings


def render_tile(settings, zoom, x, y, path):
    settings.setExtent(QgsRectangle(*tile_bounds_3857(zoom, x, y)))
    image = QImage(TILE_PIXELS, TILE_PIXELS, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    if not image.save(path, "PNG"):
        raise OSError("cannot write " + path)
    return os.path.getsize(path)


def write_tiles(layers, folder, plan, feedback=None, start=0.0, end=100.0):
    """Render every tile of ``plan`` for each (key, layer) of ``layers`` into
    ``folder/<key>/<z>/<x>/<y>.png``; progress from ``start`` to ``end`` per cent. Returns
    (tiles, bytes) written. Raises Cancelled when the user cancels."""
    total = max(len(plan) * len(layers), 1)
    done = size = 0
    for key, layer in layers:
        settings = _settings(layer)
        for zoom, x, y in plan:
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            column = os.path.join(folder, key, str(zoom), str(x))
            os.makedirs(column, exist_ok=True)
            size += render_tile(settings, zoom, x, y, os.path.join(column, "%d.png" % y))
            done += 1
            if feedback is not None:
                feedback.setProgress(start + (end - start) * done / total)
    return done, size
