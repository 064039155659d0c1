"""What the engine and the algorithms take by default, for the tests of resources/defaults.

Imported by tests/test_defaults.py, and run as a script on a copy of the plugin whose
defaults files were changed (``defaults_probe.py ROOT`` prints the same as JSON, with the
algorithms' help texts), which shows that every default, and every number of a default in a
help text, reads the files and none is a copy of their values.
"""
import importlib
import inspect
import json
import os
import sys

# (engine module, name, keyword or None for a module constant, model, row, engine units per
# table unit): each engine default and the row of resources/defaults it must equal. The
# kansenkaart's weights are not here: the engine's keyword defaults compute supply alone
# (w_yearround = w_connectivity = 0), the algorithm's weights are the table's.
ENGINE = [
    ("kansenkaart.model", "DEFAULT_FOOD_THRESHOLD", None, "foodgaps", "threshold", 1.0),
    ("kansenkaart.model", "DISPERSAL_ALPHA_FACTOR", None, "kansenkaart", "dispersal_alpha_factor",
     1.0),
    ("kansenkaart.model", "HABITAT_QUANTILE", None, "kansenkaart", "habitat_quantile", 1.0),
    ("kansenkaart.model", "_quantile", "share", "kansenkaart", "habitat_quantile", 1.0),
    ("kansenkaart.model", "kansenkaart", "food_threshold", "foodgaps", "threshold", 1.0),
    ("kansenkaart.model", "kansenkaart", "stone_area", "kansenkaart", "stone_area", 10000.0),
    ("kansenkaart.model", "KansenkaartModel.__init__", "food_threshold", "foodgaps", "threshold",
     1.0),
    ("kansenkaart.model", "KansenkaartModel.__init__", "stone_area", "kansenkaart", "stone_area",
     10000.0),
    ("kansenkaart.runner", "kansenkaart_to_files", "food_threshold", "foodgaps", "threshold",
     1.0),
    ("kansenkaart.runner", "kansenkaart_to_files", "stone_area", "kansenkaart", "stone_area",
     10000.0),
    ("kansenkaart.gain", "STONE_AREA_M2", None, "kansenkaart", "stone_area", 10000.0),
    ("kansenkaart.gain", "network_term", "stone_area", "kansenkaart", "stone_area", 10000.0),
    ("kansenkaart.gain", "sampled_errors", "stone_area", "kansenkaart", "stone_area", 10000.0),
    ("network.patch_network", "P0", None, "network", "probability", 1.0),
    ("kansenkaart.portfolio", "choose_portfolio", "min_areas", "fund", "min_areas", 1.0),
    ("kansenkaart.portfolio", "choose_portfolio", "max_per_area", "fund", "max_per_area", 1.0),
] + [(module, function, keyword, "bijenlandschap", row, scale)
     for module, function in (("bijenlandschap.model", "bijenlandschap"),
                              ("bijenlandschap.runner", "bijenlandschap_to_files"))
     for keyword, row, scale in (
         ("window_m", "window", 1.0), ("min_flower_share", "min_flower_share", 1.0),
         ("max_nest_food_m", "max_nest_food_distance", 1.0),
         ("stone_area_m2", "stepping_stone_area", 10000.0),
         ("stone_spacing_m", "stepping_stone_spacing", 1.0),
         ("min_strip_width_m", "min_strip_width", 1.0),
         ("max_strip_gap_m", "max_strip_gap", 1.0))]


def engine_values():
    """{'module.name[:keyword]': (model, row, the engine's value in table units)}, and
    'network_gain.REACH': the network term's reach in d0 (max_distance / distance)."""
    found = {}
    for module_name, name, keyword, model, row, scale in ENGINE:
        target = importlib.import_module("zoemzone_plugin.engine." + module_name)
        for part in name.split("."):
            target = getattr(target, part)
        if keyword is not None:
            target = inspect.signature(target).parameters[keyword].default
        key = "%s.%s%s" % (module_name, name, "" if keyword is None else ":" + keyword)
        found[key] = (model, row, target / scale)
    from zoemzone_plugin.engine.kansenkaart import gain as network_gain
    found["network_gain.REACH"] = ("network", "max_distance / distance", network_gain.REACH)
    return found


def parameter_values():
    """{'algorithm:PARAMETER': (its metadata's 'model/row' or None, default, minimum,
    maximum)} of every number and distance parameter of every algorithm."""
    from zoemzone_plugin.algorithms import all_algorithms
    from zoemzone_plugin.algorithms.base import DEFAULT_FROM
    found = {}
    for algorithm in all_algorithms():
        if not algorithm.parameterDefinitions():
            algorithm.initAlgorithm({})
        for definition in algorithm.parameterDefinitions():
            if definition.type() in ("number", "distance"):
                found["%s:%s" % (algorithm.name(), definition.name())] = (
                    definition.metadata().get(DEFAULT_FROM), definition.defaultValue(),
                    definition.minimum(), definition.maximum())
    return found


def help_texts():
    """{'algorithm': its help with its parameters' help} of every algorithm, in English."""
    from zoemzone_plugin.algorithms import all_algorithms
    found = {}
    for algorithm in all_algorithms():
        if not algorithm.parameterDefinitions():
            algorithm.initAlgorithm({})
        found[algorithm.name()] = algorithm.shortHelpString()
    return found


if __name__ == "__main__":
    sys.path.insert(0, os.path.abspath(sys.argv[1]))
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    print(json.dumps({"engine": engine_values(), "parameters": parameter_values(),
                      "help": help_texts()}))
    app.exitQgis()
