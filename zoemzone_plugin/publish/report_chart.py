"""The advice report's chart of seasonal food gaps: one bar per guild, split by the number of
flight seasons its nest sites go hungry. Drawn with QPainter into an SVG (no plotting library
in QGIS's Python), so the layout prints it as vector graphics at any size."""
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen
from qgis.PyQt.QtSvg import QSvgGenerator

WIDTH, ROW, TOP, LEFT, RIGHT = 800, 56, 70, 190, 30
LEGEND_COLUMNS = 2       # room for "1 seizoen(en) met een voedselgat" and the like
# fed all year (green) to hungry in four or more seasons (dark red)
COLOURS = ["#1a9850", "#fee08b", "#fdae61", "#f46d43", "#a50026"]


def colour(seasons):
    return QColor(COLOURS[min(seasons, len(COLOURS) - 1)])


def food_gap_chart(path, guilds, title, legend_label, axis_label):
    """Write the chart to the SVG ``path``.

    ``guilds``: (name, counts) with counts[k] the nest cells with k gap seasons;
    ``legend_label(k)`` the legend's text for k seasons; ``title`` and ``axis_label`` are
    already translated. Shares are of the guild's nest cells in the area."""
    seasons = max([len(counts) for _, counts in guilds] + [1])
    legend_rows = (seasons + LEGEND_COLUMNS - 1) // LEGEND_COLUMNS
    height = TOP + ROW * max(len(guilds), 1) + 50 + 26 * legend_rows
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(WIDTH, height))
    generator.setViewBox(QRectF(0, 0, WIDTH, height))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.Antialiasing)
        font = QFont("Sans Serif", 16)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, WIDTH, 40), Qt.AlignLeft | Qt.AlignVCenter, title)
        painter.setFont(QFont("Sans Serif", 12))
        span = WIDTH - LEFT - RIGHT
        for row, (name, counts) in enumerate(guilds):
            y = TOP + row * ROW
            painter.setPen(QPen(Qt.black))
            painter.drawText(QRectF(0, y, LEFT - 10, ROW - 16), Qt.AlignRight | Qt.AlignVCenter,
                             name)
            total = float(sum(counts))
            x = float(LEFT)
            for k, cells in enumerate(counts):
                if not total or not cells:
                    continue
                w = span * cells / total
                painter.fillRect(QRectF(x, y, w, ROW - 16), colour(k))
                if w > 40:
                    painter.drawText(QRectF(x, y, w, ROW - 16), Qt.AlignCenter,
                                     "%d %%" % round(100.0 * cells / total))
                x += w
            painter.setPen(QPen(QColor("#444444")))
            painter.drawRect(QRectF(LEFT, y, span, ROW - 16))
        axis_y = TOP + ROW * max(len(guilds), 1)
        painter.setPen(QPen(Qt.black))
        for tick in range(0, 101, 25):
            x = LEFT + span * tick / 100.0
            painter.drawLine(int(x), axis_y - 10, int(x), axis_y - 4)
            painter.drawText(QRectF(x - 30, axis_y - 4, 60, 20), Qt.AlignCenter, "%d %%" % tick)
        painter.drawText(QRectF(LEFT, axis_y + 14, span, 20), Qt.AlignCenter, axis_label)
        for k in range(seasons):
            x = LEFT + (k % LEGEND_COLUMNS) * span / LEGEND_COLUMNS
            y = axis_y + 44 + (k // LEGEND_COLUMNS) * 26
            painter.fillRect(QRectF(x, y + 3, 16, 16), colour(k))
            painter.drawText(QRectF(x + 22, y, span / LEGEND_COLUMNS - 24, 22),
                             Qt.AlignLeft | Qt.AlignVCenter, legend_label(k))
    finally:
        painter.end()
    return path
