"""A QGIS project of the kansenkaart's outputs, styled and named as the algorithms do it.

Used by the demo (scripts/make_demo_project.py) and meant for anyone who publishes the
outputs of a kansenkaart chain run: the layers carry the algorithms' output names in the
user's language, the styles of ``styling``, and the project opens on its layers' full
extent in EPSG:28992 (a project written without a map canvas would otherwise open at 1:1
on an empty spot).
"""
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsRasterLayer,
                       QgsRectangle, QgsReferencedRectangle, QgsVectorLayer)

from .i18n import tr
from .names import names
from .styling import (apply_fill, apply_landuse_palette, hide_band_name, style_abundance,
                      style_best_measure, style_floral, style_food_gaps, style_gain,
                      style_nesting, style_priority, style_supply)

CRS = "EPSG:28992"


def route_title(route):
    """The group title of a pilot route's folder ('datapoor' or 'datarich')."""
    return {"datapoor": tr("Kansenkaart, data-poor route (LGN)"),
            "datarich": tr("Kansenkaart, data-rich route (5 m)")}[route]


def synthetic_titles():
    """(project title, land-use layer name) of the demo, whose data are made up and say so."""
    return (tr("Zoem Zone demo (SYNTHETIC data)"),
            tr("Land use (SYNTHETIC demo municipality)"))


def _raster(path, name):
    layer = QgsRasterLayer(path, name)
    if not layer.isValid():
        raise FileNotFoundError(path)
    return layer


def _add(project, group, layer, visible=True, position=None):
    project.addMapLayer(layer, False)
    node = group.insertLayer(position, layer) if position is not None else group.addLayer(layer)
    node.setItemVisibilityChecked(visible)
    if isinstance(layer, QgsRasterLayer):
        hide_band_name(node)
    return node


def add_kansenkaart_group(project, parent, folder, title, catalogue):
    """The chain's main results in ``folder`` (priority.tif, best_measure.tif, gain.tif,
    food_gaps.tif, patches.gpkg) as a group, the priority shown."""
    group = parent.addGroup(title)
    for file, name, style in (
            ("priority.tif", tr("Priority"), style_priority),
            ("best_measure.tif", tr("Best measure"),
             lambda layer: style_best_measure(layer, catalogue)),
            ("gain.tif", tr("Gain in supply"), style_gain),
            ("food_gaps.tif", tr("Seasons with a food gap"), style_food_gaps)):
        layer = _raster(os.path.join(folder, file), name)
        style(layer)
        _add(project, group, layer, visible=file == "priority.tif")
    patches = QgsVectorLayer(os.path.join(folder, "patches.gpkg"), tr("Habitat patches"), "ogr")
    apply_fill(patches, color="76,175,80,140", outline="27,94,32")
    _add(project, group, patches, position=0)
    return group


def add_suitability_group(project, parent, folder, seasons):
    """Habitat suitability's outputs in ``folder`` (abundance.tif, one band per season code
    of ``seasons``; supply.tif, floral.tif, nesting.tif), summer's abundance shown."""
    group = parent.addGroup(tr("Habitat suitability (pollinators)"))
    season_names = names("season")
    for band, season in reversed(list(enumerate(seasons, start=1))):
        layer = _raster(os.path.join(folder, "abundance.tif"), tr(
            "Pollinator abundance, {season}").format(season=season_names.get(season, season)))
        style_abundance(layer, band)
        _add(project, group, layer, visible=season == "summer")
    for file, name, style in (
            ("supply.tif", tr("Pollinator supply (all guilds)"), style_supply),
            ("floral.tif", tr("Accessible food (first guild)"), style_floral),
            ("nesting.tif", tr("Nesting habitat (first guild)"), style_nesting)):
        layer = _raster(os.path.join(folder, file), name)
        style(layer)
        _add(project, group, layer)
    return group


def add_landuse(project, parent, path, name):
    layer = _raster(path, name)
    apply_landuse_palette(layer)
    return _add(project, parent, layer)


def open_on_full_extent(project):
    """Set the project's CRS to EPSG:28992 and its default view to the union of its layers'
    extents, which QGIS opens a project on when it holds no map canvas of its own."""
    crs = QgsCoordinateReferenceSystem(CRS)
    project.setCrs(crs)
    extent = QgsRectangle()
    for layer in project.mapLayers().values():
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
