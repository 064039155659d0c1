"""docs/method.md names, for each formula, the function that computes it, the test that checks
it and the algorithm that runs it. Renaming or removing any of them without the doc would
leave the doc pointing at nothing; these tests fail instead, so the doc cannot go stale
silently."""
import ast
import importlib
import os
import re

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "method.md")

# `engine.module.name`, `engine.module.Class.method` or `engine.package.module.name` (the
# package prefix may be written out)
FUNCTION = re.compile(r"`(?:zoemzone_plugin\.)?(engine(?:\.[A-Za-z_][A-Za-z0-9_]*){2,})`")
# `tests/test_file.py::test_name`
TEST = re.compile(r"`(tests/[a-z0-9_]+\.py)::([a-z0-9_]+)`")
# `zoemzone:algorithmid`
ALGORITHM = re.compile(r"`zoemzone:([a-z]+)`")
# [text](file.md) or [text](file.md#anchor) links to other docs
LINK = re.compile(r"\]\(([a-z_]+\.md)(?:#[^)]*)?\)")


def doc_text():
    with open(DOC, encoding="utf-8") as f:
        return f.read()


def resolve(dotted):
    """The object ``zoemzone_plugin.<dotted>`` names (the longest part that is a module, for
    the engine's subpackages, then attributes), or None."""
    parts = dotted.split(".")
    for split in range(len(parts), 1, -1):
        try:
            found = importlib.import_module("zoemzone_plugin." + ".".join(parts[:split]))
        except ModuleNotFoundError:
            continue
        for name in parts[split:]:
            found = getattr(found, name, None)
            if found is None:
                return None
        return found
    return None


def defined_tests(path):
    """Names of the test functions defined at the top level of a test file."""
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    return {node.name for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")}


def test_every_named_function_exists():
    names = sorted(set(FUNCTION.findall(doc_text())))
    assert len(names) >= 40, names
    missing = [name for name in names if resolve(name) is None]
    assert missing == [], "docs/method.md names functions that do not exist: %s" % missing


def test_every_named_test_exists():
    references = sorted(set(TEST.findall(doc_text())))
    assert len(references) >= 40, references
    missing = [path + "::" + name for path, name in references
               if not os.path.exists(os.path.join(ROOT, path))
               or name not in defined_tests(path)]
    assert missing == [], "docs/method.md names tests that do not exist: %s" % missing


def test_every_named_algorithm_exists(provider):
    ids = sorted(set(ALGORITHM.findall(doc_text())))
    assert len(ids) >= 10, ids
    missing = [i for i in ids if provider.algorithm(i) is None]
    assert missing == [], "docs/method.md names algorithms that do not exist: %s" % missing


def test_every_linked_doc_exists():
    links = sorted(set(LINK.findall(doc_text())))
    assert "defaults.md" in links
    assert [name for name in links if not os.path.exists(os.path.join(ROOT, "docs", name))] \
        == []


@pytest.mark.parametrize("text, expected", [
    ("`engine.network.graph.connectivity` and `zoemzone_plugin.engine.network.patches.label`",
     ["engine.network.graph.connectivity", "engine.network.patches.label"]),
    ("`engine.kansenkaart.model.KansenkaartModel.add_guild_gains`",
     ["engine.kansenkaart.model.KansenkaartModel.add_guild_gains"]),
    ("engine.errors.InputError without backticks, `engine.errors`", []),
])
def test_references_are_parsed(text, expected):
    assert FUNCTION.findall(text) == expected


def test_a_missing_name_is_found():
    assert resolve("engine.network.graph.connectivity") is not None
    assert resolve("engine.network.graph.no_such_function") is None
    assert resolve("engine.kansenkaart.model.KansenkaartModel.no_such_method") is None
    assert resolve("engine.no_such_module.connectivity") is None
    assert "test_no_such_test" not in defined_tests("tests/test_graph.py")
    assert "test_three_patches_best_path_through_the_middle" in \
        defined_tests("tests/test_graph.py")
