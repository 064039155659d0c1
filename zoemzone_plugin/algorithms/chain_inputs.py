"""The kansenkaart chain's outputs as inputs of the algorithms that publish them (the website
and the advice reports): one set of names, labels and layer kinds, so a model or script
passes the same parameters to both; each algorithm says in its own help what it uses them for.
"""
from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterRasterLayer)


class ChainInputs:
    """Mixin of a ZoemZoneAlgorithm that takes the chain's outputs."""

    PRIORITY = "PRIORITY"
    BEST_MEASURE = "BEST_MEASURE"
    GAIN = "GAIN"
    SUPPLY = "SUPPLY"
    FOOD_GAPS = "FOOD_GAPS"
    PATCHES = "PATCHES"
    NETWORK_NODES = "NETWORK_NODES"
    NETWORK_LINKS = "NETWORK_LINKS"
    PARCEL_RANKING = "PARCEL_RANKING"
    PACKAGE = "PACKAGE"
    STUDY_AREAS = "STUDY_AREAS"
    LANGUAGE = "LANGUAGE"
    # the two a publication cannot do without; the others are optional
    REQUIRED = (PRIORITY, BEST_MEASURE)

    def add_chain_inputs(self, help_texts, vector_parameter=QgsProcessingParameterFeatureSource):
        """The chain's rasters and vector layers as parameters, with ``help_texts`` ({name:
        what this algorithm does with it}); ``vector_parameter`` the class of the vector
        ones (the website draws layers, the report reads features)."""
        for name, label in ((self.PRIORITY, self.tr("Priority")),
                            (self.BEST_MEASURE, self.tr("Best measure")),
                            (self.GAIN, self.tr("Gain in supply")),
                            (self.SUPPLY, self.tr("Pollinator supply")),
                            (self.FOOD_GAPS, self.tr("Seasonal food gaps"))):
            self.add(QgsProcessingParameterRasterLayer(
                name, label, optional=name not in self.REQUIRED), help_texts[name])
        for name, label, kind in (
                (self.PATCHES, self.tr("Habitat patches"), QgsProcessing.TypeVectorPolygon),
                (self.NETWORK_NODES, self.tr("Network nodes"), QgsProcessing.TypeVectorPolygon),
                (self.NETWORK_LINKS, self.tr("Network links"), QgsProcessing.TypeVectorLine),
                (self.PARCEL_RANKING, self.tr("Parcel ranking"),
                 QgsProcessing.TypeVectorPolygon)):
            self.add(vector_parameter(name, label, [kind], optional=True), help_texts[name])
