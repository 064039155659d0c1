"""zoemzone:kansenkaartchain: the whole pilot in one dialog or one qgis_process call.

The chain is a Model Builder model (resources/models/kansenkaartchain.model3, written by
scripts/make_chain_model.py) so analysts can open, copy and change it; this class only gives
it the provider's id, a translated name and help.
"""
from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import ICON, resource
from .base import checked_raster

MODEL = "models/kansenkaartchain.model3"


class KansenkaartChainAlgorithm(QgsProcessingModelAlgorithm):
    def __init__(self):
        super().__init__()
        self.fromFile(resource(MODEL))

    def createInstance(self):  # noqa: N802
        return KansenkaartChainAlgorithm()

    def name(self):
        return "kansenkaartchain"

    def displayName(self):  # noqa: N802
        return tr("Kansenkaart chain (whole pilot)")

    def group(self):
        return tr("Kansenkaart")

    def groupId(self):  # noqa: N802
        return "kansenkaart"

    def icon(self):
        return QIcon(resource(ICON))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Fill in the model's own defaults: a model hands a parameter left empty to its
        children as empty, and they would then use their defaults instead of the model's."""
        filled = dict(parameters)
        for definition in self.parameterDefinitions():
            if filled.get(definition.name()) is None and definition.defaultValue() is not None:
                filled[definition.name()] = definition.defaultValue()
        # checked here as well as in the steps: a step's error reaches the caller only as
        # "Error encountered while running <step>", without what was wrong
        checked_raster(self, filled, "landuse", context)
        return super().processAlgorithm(filled, context, feedback)

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>The whole kansenkaart of a pilot municipality in one run: habitat suitability, "
            "seasonal food gaps, habitat patches (pollinator supply above a threshold, at "
            "least 0.5 ha), the resistance surface and the connectivity graph of the patches, "
            "and the kansenkaart with the parcels ranked. For the data-rich route run Build "
            "land use first and give its output as the land use; the data-poor route uses LGN "
            "as it is. Batch mode runs it for several municipalities.</p><p>It is a Model "
            "Builder model: open it in the Model Designer to see or change the steps.</p>")
