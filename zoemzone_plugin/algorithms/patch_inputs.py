"""The optional habitat-patch inputs for the change in ECA, declared and read once, so
Measure scenario and Assess fund applications take the same parameters and build the same
network from them."""
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSource,
                       QgsWkbTypes)

from .. import help_numbers
from ..engine.kansenkaart.gain import REACH
from ..engine.network.patch_network import PatchNetwork
from ..engine.io.rasterize import burn_ids
from .network_layers import euclidean_links

PATCHES = "PATCHES"
DISTANCE = "DISTANCE"


def add_patch_inputs(alg):
    alg.add(QgsProcessingParameterFeatureSource(
        PATCHES, alg.tr("Habitat patches"), [QgsProcessing.TypeVectorPolygon], optional=True),
        alg.tr("Optional: patches for the change in ECA."))
    alg.add_number(
        DISTANCE, alg.tr("Dispersal distance d0"), "network", "distance",
        alg.tr("Dispersal distance crossed with probability p0 = {p0} (with p0 = 0.5 the "
               "median dispersal distance) for the ECA; links up to {reach} × d0.").format(
                   p0=help_numbers.default("network", "probability"),
                   reach=help_numbers.reach()),
        parent=PATCHES, optional=True)


def read_patch_network(alg, parameters, context, grid, crs, feedback):
    """The PatchNetwork of the patches on the land-use ``grid`` (in ``crs``), or None without
    patches or distance."""
    source = alg.source_of(parameters, PATCHES, context, QgsWkbTypes.PolygonGeometry)
    if source is None or parameters.get(DISTANCE) in (None, ""):
        return None
    d0 = alg.parameterAsDouble(parameters, DISTANCE, context)
    if not d0 > 0:
        raise QgsProcessingException(alg.tr(
            "'{name}' is {value}; the ECA needs a dispersal distance above 0. Give the "
            "distance at which half the bees still arrive, or leave the patches out.").format(
                name=alg.parameterDefinition(DISTANCE).description(), value=d0))
    numbered = alg.features_with_ids(source, feedback)
    alg.check_valid_polygons(numbered, PATCHES)
    features = [feature for _, feature in numbered]
    wkbs = alg.layer_features(source, crs, context, feedback)
    ids = burn_ids(grid, [(n, wkb) for n, (_, wkb) in enumerate(wkbs, start=1)],
                   all_touched=True)
    links = euclidean_links(features, REACH * d0, feedback)
    triples = ([a for a, _, _, _ in links], [b for _, b, _, _ in links],
               [d for _, _, d, _ in links])
    return PatchNetwork(ids, len(features), triples, d0,
                        abs(grid.geotransform[1] * grid.geotransform[5]))
