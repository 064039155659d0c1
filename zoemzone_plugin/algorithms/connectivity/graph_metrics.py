"""zoemzone:graphmetrics: PC, ECA, IIC and node importances from Conefor-style text files."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...engine.network.conefor import read_links, read_nodes
from ...engine.network.graph import connectivity
from ..base import ZoemZoneAlgorithm
from ..network_layers import NODE_FIELDS


class GraphMetricsAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "graphmetrics"
    GROUP_ID = "connectivity"

    NODES_FILE = "NODES_FILE"
    LINKS_FILE = "LINKS_FILE"
    DISTANCE = "DISTANCE"
    PROBABILITY = "PROBABILITY"
    THRESHOLD = "THRESHOLD"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Graph metrics (Conefor files)")

    def help_text(self):
        return self.tr(
            "<p>The indices of Connectivity graph from Conefor's plain-text inputs, so results "
            "can be checked against Conefor and its files reused: a node file (id and capacity "
            "per line) and a connection file (id, id and distance per line; separated by "
            "spaces, tabs, ',' or ';').</p><p>Outputs PC, PCnum, ECA and IIC, and a table with "
            "dPC, dPCintra, dPCflux, dPCconnector and dIIC per node (CSV when the file name "
            "ends in .csv).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFile(self.NODES_FILE, self.tr("Node file")),
                 self.tr("One node per line: id and capacity (e.g. area)."))
        self.add(QgsProcessingParameterFile(self.LINKS_FILE, self.tr("Connection file")),
                 self.tr("One link per line: id, id and distance."))
        self.add_number(
            self.DISTANCE, self.tr("Dispersal distance d0"), "network", "distance",
            self.tr("The distance crossed with probability p0, in the units of the file."))
        self.add_number(
            self.PROBABILITY, self.tr("Probability p0 at d0"), "network", "probability",
            self.tr("The probability of dispersal over the distance d0."))
        self.add(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("IIC distance threshold"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0),
            self.tr("Links up to this distance form the binary graph of IIC. Empty: all "
                    "links."))
        self.add(QgsProcessingParameterNumber(
            self.LANDSCAPE_AREA, self.tr("Landscape area A_L"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0),
            self.tr("Optional: the area of the landscape in the units of the capacities. Empty: "
                    "the sum of the capacities."))
        self.add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Node importance"), QgsProcessing.TypeVector),
            self.tr("One row per node: id, dPC, dPCintra, dPCflux, dPCconnector, dIIC."))
        for name, description in (("PC", self.tr("Probability of connectivity (PC)")),
                                  ("PCNUM", self.tr("PCnum")),
                                  ("ECA", self.tr("Equivalent connected area (ECA)")),
                                  ("IIC", self.tr("Integral index of connectivity (IIC)"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def optional_number(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        ids, capacities = self.run_engine(
            read_nodes, self.parameterAsFile(parameters, self.NODES_FILE, context),
            parameter=self.NODES_FILE)
        links = self.run_engine(
            read_links, self.parameterAsFile(parameters, self.LINKS_FILE, context), ids,
            parameter=self.LINKS_FILE)
        result = self.run_engine(
            connectivity, capacities, links,
            self.parameterAsDouble(parameters, self.DISTANCE, context),
            self.parameterAsDouble(parameters, self.PROBABILITY, context),
            self.optional_number(parameters, self.THRESHOLD, context),
            self.optional_number(parameters, self.LANDSCAPE_AREA, context), feedback)
        fields = [("id", QVariant.String)] + [(n, QVariant.Double) for n in NODE_FIELDS]
        rows = [(None, [str(node)] + [float(result[n][k]) for n in NODE_FIELDS])
                for k, node in enumerate(ids)]
        output = self.write_sink(parameters, self.OUTPUT, context, fields,
                                 QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem(), rows)
        feedback.pushInfo("PC = {:.6g}, PCnum = {:.6g}, ECA = {:.6g}, IIC = {:.6g}".format(
            result["PC"], result["PCnum"], result["ECA"], result["IIC"]))
        return {self.OUTPUT: output, "PC": result["PC"], "PCNUM": result["PCnum"],
                "ECA": result["ECA"], "IIC": result["IIC"]}
