"""The plugin's modules import each other without a cycle (issue 14 §5).

A cycle works only as long as one of its imports stays inside a function and runs late; it
breaks as soon as someone moves that import to the top, and it ties the modules so that
neither can be moved or tested alone. Every import counts, also those inside functions.
"""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "zoemzone_plugin"


def module_names(root):
    """Dotted name -> file of every module under ``root`` (a package's name is its
    __init__.py)."""
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def imported(name, path, modules):
    """The modules of ``modules`` that module ``name`` imports anywhere in its file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module
            # ``from .pkg import mod`` imports the submodule mod (the package pkg is a parent,
            # imported first anyway); ``from .mod import f`` and ``from .pkg import name`` the
            # module itself.
            subs = [prefix + "." + alias.name for alias in node.names]
            targets = [sub for sub in subs if sub in modules]
            if len(targets) < len(subs):
                targets.append(prefix)
        else:
            continue
        found.update(target for target in targets if target in modules and target != name)
    return found


def find_cycle(graph):
    """One cycle of ``graph`` (module -> imported modules) as a list of modules whose last
    imports the first, or None: a depth-first search in a fixed order, so the same tree
    always reports the same cycle."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def import_graph(root):
    modules = module_names(root)
    return {name: imported(name, path, modules) for name, path in modules.items()}


def test_the_plugin_has_no_import_cycle():
    graph = import_graph(PACKAGE)
    assert len(graph) > 80 and graph["zoemzone_plugin.provider"]
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle + cycle[:1])


def write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_relative_absolute_and_function_imports_are_all_edges(tmp_path):
    write(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "from .sub import b\nfrom .sub.c import f\n",
        "pkg/sub/__init__.py": "",
        "pkg/sub/b.py": "import os\nimport pkg.a\n",
        "pkg/sub/c.py": "def g():\n    from .. import a, VALUE\n    from ..a import x\n",
    })
    graph = import_graph(tmp_path / "pkg")
    assert graph == {"pkg": set(), "pkg.a": {"pkg.sub.b", "pkg.sub.c"},
                     "pkg.sub": set(), "pkg.sub.b": {"pkg.a"}, "pkg.sub.c": {"pkg", "pkg.a"}}
    assert find_cycle(graph) == ["pkg.a", "pkg.sub.b"]


@pytest.mark.parametrize("graph, cycle", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c"]),
    ({"a": {"b", "c"}, "b": {"c"}, "c": {"c2"}, "c2": {"b"}}, ["b", "c", "c2"]),
])
def test_find_cycle(graph, cycle):
    assert find_cycle(graph) == cycle


def test_no_module_imports_an_algorithm_module():
    """What two algorithms share sits in a helper module (base, *_inputs, network_layers,
    field_values...), not in one of the two: an algorithm module is imported only by the
    list of algorithms (algorithms/__init__.py)."""
    modules = module_names(PACKAGE)
    algorithm_modules = {
        name for name, path in modules.items()
        if any(isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
               and isinstance(node.value.value, str) and node.value.value
               and any(getattr(t, "id", None) == "ALGORITHM_ID" for t in node.targets)
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))}
    assert "zoemzone_plugin.algorithms.connectivity.connectivity_graph" in algorithm_modules
    importers = sorted((name, target) for name, path in modules.items()
                       for target in imported(name, path, modules)
                       if target in algorithm_modules and name != "zoemzone_plugin.algorithms")
    assert importers == []
