#!/usr/bin/env python3
"""Write resources/layouts/advice_report.qpt: the advice report's print layout template.

Users open the template in QGIS's layout designer and restyle it (logo, colours, fonts,
positions) and pass their copy as the report's TEMPLATE. The report finds its items by id
(the map, the legend, the tables, the chart) and fills every text through a layout variable
``@zoemzone_<name>`` (see zoemzone_plugin/publish/report.py), so a restyled template keeps
working as long as those ids and variables stay. Written by code so the ids stay in step with
the report; run it after changing them. Usage: make_report_template.py [OUT.qpt]
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "layouts", "advice_report.qpt")

from qgis.core import (QgsApplication, QgsBasicNumericFormat, QgsLayoutFrame,  # noqa: E402
                       QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemManualTable,
                       QgsLayoutItemMap, QgsLayoutItemPage, QgsLayoutItemPicture,
                       QgsLayoutItemScaleBar,
                       QgsLayoutMultiFrame, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout,
                       QgsProject, QgsReadWriteContext, QgsTextFormat)
from qgis.PyQt.QtCore import QRectF, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

GREEN = QColor("#2a7a3b")
PAGES = 5


def place(item, page, x, y, w, h):
    item.attemptResize(QgsLayoutSize(w, h))
    item.attemptMove(QgsLayoutPoint(x, y), page=page)


def text(layout, page, variable, x, y, w, h, size=10, bold=False, colour=None):
    label = QgsLayoutItemLabel(layout)
    label.setId(variable)
    label.setText("[%% @zoemzone_%s %%]" % variable)
    font = QFont("Sans Serif", size)
    font.setBold(bold)
    label.setFont(font)
    label.setHAlign(Qt.AlignLeft)
    if colour is not None:
        label.setFontColor(colour)
    layout.addLayoutItem(label)
    place(label, page, x, y, w, h)
    return label


def table(layout, page, item_id, x, y, w, h):
    multi = QgsLayoutItemManualTable.create(layout)
    multi.setIncludeTableHeader(True)
    multi.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    multi.setHeaderTextFormat(QgsTextFormat.fromQFont(QFont("Sans Serif", 9, QFont.Bold)))
    multi.setContentTextFormat(QgsTextFormat.fromQFont(QFont("Sans Serif", 9)))
    layout.addMultiFrame(multi)
    frame = QgsLayoutFrame(layout, multi)
    frame.setId(item_id)
    frame.attemptSetSceneRect(QRectF(0, 0, w, h))
    multi.addFrame(frame)
    place(frame, page, x, y, w, h)


def title(layout, page, variable, y=12):
    return text(layout, page, variable, 15, y, 180, 10, 16, True, GREEN)


def build():
    layout = QgsPrintLayout(QgsProject.instance())
    layout.setName("Zoem Zone advice report")
    for _ in range(PAGES):
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        layout.pageCollection().addPage(page)
    # 1: cover
    logo = QgsLayoutItemPicture(layout)
    logo.setId("logo")
    layout.addLayoutItem(logo)
    place(logo, 0, 20, 20, 35, 35)
    text(layout, 0, "title", 20, 80, 170, 28, 26, True, GREEN)
    text(layout, 0, "area", 20, 112, 170, 20, 20, True)
    text(layout, 0, "details", 20, 140, 170, 35, 12)
    text(layout, 0, "intro", 20, 185, 170, 90, 11)
    # 2: the priority map
    title(layout, 1, "map_title")
    priority_map = QgsLayoutItemMap(layout)
    priority_map.setId("priority_map")
    priority_map.setFrameEnabled(True)
    priority_map.setAtlasDriven(True)
    priority_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    priority_map.setAtlasMargin(0.08)
    layout.addLayoutItem(priority_map)
    place(priority_map, 1, 15, 25, 180, 180)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("map_legend")
    legend.setTitle("")
    legend.setLinkedMap(priority_map)
    legend.setAutoUpdateModel(True)
    layout.addLayoutItem(legend)
    place(legend, 1, 15, 210, 85, 70)
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setLinkedMap(priority_map)
    scalebar.applyDefaultSettings()
    # "1000", not "1,000": a Dutch reader takes the comma for a decimal one
    numbers = QgsBasicNumericFormat()
    numbers.setShowThousandsSeparator(False)
    scalebar.setNumericFormat(numbers)
    layout.addLayoutItem(scalebar)
    place(scalebar, 1, 110, 210, 85, 14)
    text(layout, 1, "map_text", 110, 228, 85, 55, 9)
    # 3: the best places and the food gaps
    title(layout, 2, "top_title")
    table(layout, 2, "top_table", 15, 25, 180, 100)
    title(layout, 2, "chart_title", 132)
    chart = QgsLayoutItemPicture(layout)
    chart.setId("food_gap_chart")
    layout.addLayoutItem(chart)
    place(chart, 2, 15, 145, 180, 95)
    text(layout, 2, "chart_text", 15, 245, 180, 40, 9)
    # 4: the habitat network
    title(layout, 3, "network_title")
    text(layout, 3, "network_text", 15, 25, 180, 35, 10)
    text(layout, 3, "dpc_title", 15, 64, 180, 7, 11, True)
    table(layout, 3, "network_dpc", 15, 72, 180, 45)
    text(layout, 3, "connector_title", 15, 122, 180, 7, 11, True)
    table(layout, 3, "network_connector", 15, 130, 180, 45)
    text(layout, 3, "gaps_title", 15, 180, 180, 7, 11, True)
    table(layout, 3, "network_gaps", 15, 188, 180, 45)
    text(layout, 3, "gaps_text", 15, 236, 180, 40, 9)
    # 5: the partners' measures, method and caveats
    title(layout, 4, "measures_title")
    text(layout, 4, "measures_text", 15, 25, 180, 22, 10)
    table(layout, 4, "measures_table", 15, 48, 180, 45)
    title(layout, 4, "method_title", 102)
    text(layout, 4, "method_text", 15, 115, 180, 170, 10)
    return layout


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not build().saveAsTemplate(path, QgsReadWriteContext()):
        raise SystemExit("could not write " + path)
    print(path)
    app.exitQgis()
