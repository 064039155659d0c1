#!/usr/bin/env python3
"""Write resources/models/kansenkaartchain.model3: the whole pilot chain as a Model Builder model.

Land use -> habitat suitability -> habitat patches -> resistance -> connectivity graph ->
kansenkaart (the graph's nodes are the network of its connectivity term), with seasonal
food gaps beside them. Written by code so the model stays in step
with the algorithms' parameter names; run it after changing those (the test of the chain
fails when the file is stale), and after changing a value in resources/defaults (the chain's
own in chain.csv, its patches' least area in patches.csv, its graph's p0 and longest link in
network.csv). Usage: make_chain_model.py [OUT.model3]
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "models", "kansenkaartchain.model3")
# Qt writes XML attributes in hash order: a fixed seed (read when Qt starts) makes the file
# the same on every run, so its diffs show real changes only
os.environ.setdefault("QT_HASH_SEED", "0")

sys.path.insert(0, ROOT)
from qgis.core import (QgsApplication, QgsProcessing,  # noqa: E402
                       QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource as Source,
                       QgsProcessingModelOutput, QgsProcessingModelParameter,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterRasterLayer)

from zoemzone_plugin.algorithms.base import number_parameter  # noqa: E402
from zoemzone_plugin.algorithms.kansenkaart.kansenkaart_chain import input_texts  # noqa: E402
from zoemzone_plugin.engine.defaults import value  # noqa: E402


def child(model, alg, child_id, description, sources, outputs):
    step = QgsProcessingModelChildAlgorithm("zoemzone:" + alg)
    step.setChildId(child_id)
    step.setDescription(description)
    for name, source in sources.items():
        step.addParameterSources(name, [source])
    model_outputs = {}
    for output_name, (child_output, label) in outputs.items():
        out = QgsProcessingModelOutput(output_name, label)
        out.setDefaultValue("TEMPORARY_OUTPUT")
        out.setChildId(child_id)
        out.setChildOutputName(child_output)
        model_outputs[output_name] = out
    step.setModelOutputs(model_outputs)
    model.addChildAlgorithm(step)


def build():
    model = QgsProcessingModelAlgorithm("kansenkaartchain", "Zoem Zone")
    text = input_texts(str)      # labels and help in English; the algorithm translates
    params = [
        QgsProcessingParameterRasterLayer("landuse", text["landuse"][0]),
        QgsProcessingParameterFeatureSource("parcels", text["parcels"][0],
                                            [QgsProcessing.TypeVectorPolygon], optional=True),
        QgsProcessingParameterFeatureSource("available", text["available"][0],
                                            [QgsProcessing.TypeVectorPolygon], optional=True),
        number_parameter("patch_threshold", text["patch_threshold"][0], "chain",
                         "patch_threshold"),
        number_parameter("dispersal", text["dispersal"][0], "chain", "dispersal"),
        QgsProcessingParameterFile("breaks_file", text["breaks_file"][0], extension="json",
                                   optional=True),
    ]
    for p in params:
        p.setHelp(text[p.name()][1])
        model.addModelParameter(p, QgsProcessingModelParameter(p.name()))
    # the Model Designer's help of each input (QGIS 3.22 writes a parameter's own help but
    # does not read it back)
    model.setHelpContent({name: help_text for name, (_, help_text) in text.items()})
    landuse = Source.fromModelParameter("landuse")
    child(model, "habitatsuitability", "suitability", "Habitat suitability",
          {"LANDUSE": landuse},
          {"supply": ("SUPPLY", "Pollinator supply"),
           "abundance": ("ABUNDANCE", "Pollinator abundance per season")})
    child(model, "seasonalfoodgaps", "foodgaps", "Seasonal food gaps", {"LANDUSE": landuse},
          {"food_gaps": ("OUTPUT", "Seasons with a food gap"),
           "gap_seasons": ("GAP_SEASONS", "Which seasons have a food gap")})
    child(model, "habitatpatches", "patches", "Habitat patches",
          {"SUITABILITY": Source.fromChildOutput("suitability", "SUPPLY"),
           "BAND": Source.fromStaticValue(1),
           "THRESHOLD": Source.fromModelParameter("patch_threshold"),
           "MIN_AREA": Source.fromStaticValue(value("patches", "min_area")),
           "EIGHT_CONNECTED": Source.fromStaticValue(True)},
          {"patches": ("OUTPUT", "Habitat patches")})
    child(model, "resistancesurface", "resistance", "Resistance surface",
          {"LANDUSE": landuse}, {})
    child(model, "connectivitygraph", "network", "Connectivity graph",
          {"PATCHES": Source.fromChildOutput("patches", "OUTPUT"),
           "RESISTANCE": Source.fromChildOutput("resistance", "OUTPUT"),
           "DISTANCE": Source.fromModelParameter("dispersal"),
           "PROBABILITY": Source.fromStaticValue(value("network", "probability")),
           "MAX_DISTANCE": Source.fromStaticValue(value("network", "max_distance"))},
          {"nodes": ("NODES", "Network nodes"), "links": ("LINKS", "Network links")})
    child(model, "kansenkaart", "kansenkaart", "Kansenkaart",
          {"LANDUSE": landuse, "PARCELS": Source.fromModelParameter("parcels"),
           "AVAILABLE_LAND": Source.fromModelParameter("available"),
           # a reference run's classes when its breaks file is given, else this run's own
           "PRIORITY_BREAKS": Source.fromExpression(
               "if(coalesce(@breaks_file, '') = '', 0, 2)"),
           "BREAKS_FILE": Source.fromModelParameter("breaks_file"),
           # the connectivity term is the ECA gain of a stepping stone in this network; its
           # decay stays the kansenkaart's own in metres (the graph's d0 is in cost units)
           "NETWORK_NODES": Source.fromChildOutput("network", "NODES")},
          {"gain": ("GAIN", "Gain in supply"), "best_measure": ("BEST_MEASURE", "Best measure"),
           "priority": ("PRIORITY", "Priority"),
           "parcel_ranking": ("PARCEL_RANKING", "Parcel ranking")})
    return model


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not build().toFile(path):
        raise SystemExit("could not write " + path)
    print(path)
    app.exitQgis()
