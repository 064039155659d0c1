"""The engine a Dask scheduler's workers receive (engine/cluster.py engine_zip): every module
of the engine and of its subpackages, importable without QGIS."""
import io
import os
import subprocess
import sys
import zipfile

from zoemzone_plugin.engine import defaults
from zoemzone_plugin.engine.cluster import engine_zip

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                       "zoemzone_plugin")


def import_from_zip(tmp_path, data, module):
    """The file ``module`` is imported from, in a fresh interpreter that has the zip but
    neither QGIS nor this checkout on its path."""
    path = tmp_path / "engine.zip"
    path.write_bytes(data)
    code = ("import sys; sys.modules['qgis'] = None; "
            "sys.path[:] = [%r] + [p for p in sys.path if p and 'zoemzone' not in p]; "
            "import importlib; print(importlib.import_module(%r).__file__)" % (str(path), module))
    done = subprocess.run([sys.executable, "-c", code], cwd=str(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def engine_files(package):
    found = []
    for folder, subfolders, names in os.walk(os.path.join(package, "engine")):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        found += [os.path.relpath(os.path.join(folder, n), os.path.dirname(package))
                  .replace(os.sep, "/") for n in names if n.endswith(".py")]
    return sorted(found)


def test_the_zip_holds_the_whole_engine_and_nothing_that_needs_qgis(tmp_path):
    data = engine_zip()
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    tables = ["zoemzone_plugin/resources/defaults/%s.csv" % model for model in defaults.models()]
    assert "zoemzone_plugin/resources/defaults/foodgaps.csv" in tables
    assert sorted(names) == sorted(["zoemzone_plugin/__init__.py"] + engine_files(PACKAGE)
                                   + tables)
    connectivity = import_from_zip(tmp_path, data, "zoemzone_plugin.engine.network.graph")
    assert connectivity.startswith(str(tmp_path / "engine.zip"))


def test_subpackages_of_the_engine_go_into_the_zip(tmp_path):
    """A module in a subpackage (engine/network/graph.py after the house move) reaches the
    workers and imports its sibling relatively."""
    package = tmp_path / "src" / "zoemzone_plugin"
    (package / "engine" / "network" / "__pycache__").mkdir(parents=True)
    (package / "ui").mkdir()
    (package / "ui" / "dock.py").write_text("import qgis\n")
    (package / "engine" / "__init__.py").write_text("")
    (package / "engine" / "errors.py").write_text("WHAT = 'error'\n")
    (package / "engine" / "network" / "__init__.py").write_text("")
    (package / "engine" / "network" / "graph.py").write_text(
        "from ..errors import WHAT\nANSWER = WHAT + ' 42'\n")
    (package / "engine" / "network" / "__pycache__" / "graph.py").write_text("stale")
    data = engine_zip(str(package))
    modules = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.endswith(".py")]
    assert modules == [
        "zoemzone_plugin/__init__.py", "zoemzone_plugin/engine/__init__.py",
        "zoemzone_plugin/engine/errors.py", "zoemzone_plugin/engine/network/__init__.py",
        "zoemzone_plugin/engine/network/graph.py"]
    assert import_from_zip(tmp_path, data, "zoemzone_plugin.engine.network.graph").endswith(
        "engine.zip/zoemzone_plugin/engine/network/graph.py")
