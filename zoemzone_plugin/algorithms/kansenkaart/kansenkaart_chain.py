"""zoemzone:kansenkaartchain: the whole pilot in one dialog or one qgis_process call.

The chain is a Model Builder model (resources/models/kansenkaartchain.model3, written by
scripts/make_chain_model.py) so analysts can open, copy and change it; this class only gives
it the provider's id and a translated name, help, and inputs' labels and help.
"""
from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtGui import QIcon

from ... import help_numbers
from ...i18n import tr
from ...paths import ICON, resource
from ..base import checked_raster, group_name

MODEL = "models/kansenkaartchain.model3"


def input_texts(tr):
    """Label and help of each input of the model, by name, through ``tr``.

    One source for both places they appear: scripts/make_chain_model.py writes them into the
    model file in English (``tr`` = str), so the Model Designer shows them, and the algorithm
    shows them in the user's language (``tr`` = i18n.tr). The argument is called ``tr`` so
    the translation tooling finds the strings of its calls. The numbers in them are the
    defaults the model's steps are given (make_chain_model.py), from the tables."""
    min_area = help_numbers.default("patches", "min_area", tr=tr)
    return {
        "landuse": (
            tr("Land use (LGN, or from Build land use)"),
            tr("Integer land-use codes in a projected CRS (metres), such as LGN in EPSG:28992: "
               "LGN itself (data-poor route) or the output of Build land use (data-rich "
               "route). Every code must be in the Dutch default tables.")),
        "parcels": (
            tr("Parcels to rank"),
            tr("Optional: parcels (e.g. BRP crop parcels) to rank by their summed kansenkaart "
               "score; ids from an integer field 'id', else the feature's position.")),
        "available": (
            tr("Available land"),
            tr("Optional: polygons where measures are possible (e.g. partners' land); empty: "
               "everywhere a measure's land use allows.")),
        "patch_threshold": (
            tr("Habitat: pollinator supply at least"),
            tr("Cells whose total pollinator supply (an index from 0 to 1) is at least this "
               "are habitat; habitat patches are such areas of at least {min_area} ha.")
            .format(min_area=min_area)),
        "dispersal": (
            tr("Dispersal distance d0 (cost units)"),
            tr("The dispersal distance of the connectivity graph, crossed with probability "
               "{p0} (with 0.5 the median dispersal distance), in cost units of the "
               "resistance surface (resistance × metres: 1000 is 1 km over resistance 1). "
               "Patches are linked up to {max_distance} cost units.").format(
                   p0=help_numbers.default("network", "probability", tr=tr),
                   max_distance=help_numbers.default("network", "max_distance", tr=tr))),
        "breaks_file": (
            tr("Priority classes of a reference run (breaks file)"),
            tr("Optional: the .breaks.json file a kansenkaart run (e.g. the province's) wrote "
               "beside its priority raster; the priority classes are then cut at that run's "
               "scale and breaks, so they mean the same in both. Empty: class 1 is the highest "
               "fifth of this run's scores.")),
    }


class KansenkaartChainAlgorithm(QgsProcessingModelAlgorithm):
    def __init__(self):
        super().__init__()
        self.fromFile(resource(MODEL))
        self._inputs = input_texts(tr)
        for name, (label, help_text) in self._inputs.items():
            definition = self.parameterDefinition(name)
            definition.setDescription(label)
            definition.setHelp(help_text)

    def createInstance(self):  # noqa: N802
        return KansenkaartChainAlgorithm()

    def name(self):
        return "kansenkaartchain"

    def displayName(self):  # noqa: N802
        return tr("Kansenkaart chain (whole pilot)")

    def group(self):
        return group_name(self.groupId())

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
        """The chain's help and its inputs' help, as every Zoem Zone algorithm gives them."""
        items = "".join("<dt><b>%s</b></dt><dd>%s</dd>" % pair for pair in self._inputs.values())
        return "%s<h3>%s</h3><dl>%s</dl>" % (self.help_text(), tr("Parameters"), items)

    def help_text(self):
        return tr(
            "<p>The whole kansenkaart of a pilot municipality in one run: habitat suitability, "
            "seasonal food gaps, habitat patches (pollinator supply above a threshold, at "
            "least {min_area} ha), the resistance surface and the connectivity graph of the "
            "patches, and the kansenkaart with the parcels ranked. For the data-rich route "
            "run Build land use first and give its output as the land use; the data-poor "
            "route uses LGN as it is. Batch mode runs it for several municipalities.</p><p>It "
            "is a Model Builder model: open it in the Model Designer to see or change the "
            "steps.</p>").format(min_area=help_numbers.default("patches", "min_area"))
