"""zoemzone:habitatpatches: habitat patches (polygons) from a suitability raster."""

from qgis.core import (QgsProcessingParameterBand, QgsProcessingParameterBoolean,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterVectorDestination)

from ... import help_numbers
from ...engine.network.patches import patches_to_files
from ...styling import LayerStyler, style_patch_ids, style_patches
from ..base import ZoemZoneAlgorithm

SQUARE_METRES_PER_HECTARE = 10000.0


def _areas():
    """The default least patch area and the Bijenlandschap's least stepping stone, in ha:
    two rows that the help compares, as the tables may set them apart."""
    return {"min_area": help_numbers.default("patches", "min_area"),
            "stone_area": help_numbers.default("bijenlandschap", "stepping_stone_area")}


class HabitatPatchesAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "habitatpatches"
    GROUP_ID = "connectivity"

    SUITABILITY = "SUITABILITY"
    BAND = "BAND"
    THRESHOLD = "THRESHOLD"
    MIN_AREA = "MIN_AREA"
    EIGHT_CONNECTED = "EIGHT_CONNECTED"
    OUTPUT = "OUTPUT"
    PATCH_RASTER = "PATCH_RASTER"

    def displayName(self):  # noqa: N802
        return self.tr("Habitat patches")

    def help_text(self):
        return self.tr(
            "<p>Finds the habitat patches of a suitability raster (for instance a band of "
            "Habitat suitability's outputs): connected cells with a value at or above the "
            "threshold. Patches smaller than the minimum area are dropped; the default is "
            "{min_area} ha, and the Bijenlandschap stepping stone is at least {stone_area} "
            "ha.</p><p>Each patch becomes one polygon with its id, area (m²) and mean quality "
            "(mean suitability of its cells). Use them as the patches of Connectivity graph "
            "and Corridors.</p>").format(**_areas())

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.SUITABILITY,
                                                   self.tr("Suitability raster")),
                 self.tr("Habitat quality per cell, e.g. nesting habitat or pollinator supply, "
                         "in a projected CRS."))
        self.add(QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.SUITABILITY),
                 self.tr("The band to use (e.g. band 1 of Pollinator supply: all guilds)."))
        self.add_number(
            self.THRESHOLD, self.tr("Threshold"), "patches", "threshold",
            self.tr("Cells with a value at or above this are habitat."))
        self.add_number(
            self.MIN_AREA, self.tr("Minimum patch area (ha)"), "patches", "min_area",
            self.tr("Smaller patches are dropped. The Bijenlandschap stepping stone is at "
                    "least {stone_area} ha.").format(**_areas()))
        self.add(QgsProcessingParameterBoolean(
            self.EIGHT_CONNECTED, self.tr("Cells touching at a corner belong together"), False),
            self.tr("Checked: 8-connected patches (diagonal neighbours join); unchecked: only "
                    "cells sharing an edge join (4-connected)."))
        self.add(QgsProcessingParameterVectorDestination(self.OUTPUT, self.tr("Habitat patches")),
                 self.tr("One polygon per patch with id, area_m2 and quality."))
        self.add(QgsProcessingParameterRasterDestination(
            self.PATCH_RASTER, self.tr("Patch ids (raster)"), optional=True,
            createByDefault=False),
            self.tr("Optional: the patch id of each cell (0 outside patches)."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        path = self.raster_path(parameters, self.SUITABILITY, context, square=False,
                                band_parameter=self.BAND)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        eight = self.parameterAsBoolean(parameters, self.EIGHT_CONNECTED, context)
        output = self.output_path(parameters, self.OUTPUT, context)
        raster = self.output_path(parameters, self.PATCH_RASTER, context, optional=True)
        count = self.run_engine(patches_to_files, path, band, threshold,
                                min_area * SQUARE_METRES_PER_HECTARE, output, raster,
                                eight, feedback, memory_budget_mb=self.memory_budget_mb())
        feedback.pushInfo(self.tr("{count} patches found.").format(count=count))
        results = {self.OUTPUT: output}
        if raster:
            results[self.PATCH_RASTER] = raster
            LayerStyler.attach(context, raster, style_patch_ids,
                               self.parameterDefinition(self.PATCH_RASTER).description())
        LayerStyler.attach(context, output, style_patches,
                           self.parameterDefinition(self.OUTPUT).description())
        return results
