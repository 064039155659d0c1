"""zoemzone:resistancesurface: land use to the resistance bees meet when crossing it."""
from functools import partial

from qgis.core import (QgsProcessingParameterFile, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from ...engine.network.resistance import read_resistance_table, resistance_to_file
from ...paths import default_table
from ...styling import LayerStyler, apply_ramp
from ..base import ZoemZoneAlgorithm

DEFAULT_TABLE = "resistance_bees_nl.csv"


class ResistanceSurfaceAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "resistancesurface"
    GROUP_ID = "connectivity"

    LANDUSE = "LANDUSE"
    TABLE = "TABLE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Resistance surface (bees)")

    def help_text(self):
        return self.tr(
            "<p>Turns a land-use raster into the resistance bees meet when crossing each cell: "
            "the cost of one metre relative to the best habitat (1). Use it as the cost raster "
            "of Cost distance, Connectivity graph and Corridors.</p><p>Without a table of your "
            "own it uses the Dutch table for wild bees (LGN codes), explained in "
            "docs/defaults.md. Codes with a resistance of 0 or less are barriers (nodata).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer(self.LANDUSE, self.tr("Land-use raster")),
                 self.tr("Integer land-use codes (e.g. LGN) in a projected CRS. Every code must "
                         "be in the table."))
        self.add(QgsProcessingParameterFile(self.TABLE, self.tr("Resistance table (CSV)"),
                                            extension="csv", optional=True),
                 self.tr("Columns lucode and resistance (',' or ';', decimal commas allowed). "
                         "Empty: the Dutch table for wild bees."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Resistance")),
                 self.tr("Resistance per cell; nodata at nodata land use and barriers."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        landuse = self.landuse_path(parameters, self.LANDUSE, context, square=False)
        table = (self.parameterAsFile(parameters, self.TABLE, context)
                 or default_table(DEFAULT_TABLE))
        feedback.pushInfo(self.tr("Resistance table: {path}").format(path=table))
        # read here too (a few lines) so a bad table is named as this input
        self.run_engine(read_resistance_table, table, parameter=self.TABLE)
        output = self.output_path(parameters, self.OUTPUT, context)
        barriers = self.run_engine(resistance_to_file, landuse, table, output, feedback,
                                   memory_budget_mb=self.memory_budget_mb())
        if barriers:
            feedback.pushInfo(self.tr("{count} cells are barriers.").format(count=barriers))
        feedback.setProgress(100)
        LayerStyler.attach(context, output, partial(apply_ramp, ramp_name="Reds"),
                           self.parameterDefinition(self.OUTPUT).description())
        return {self.OUTPUT: output}
