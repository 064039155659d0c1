"""The `make package` zip follows the QGIS plugin repository's rules."""
import configparser
import os
import subprocess
import zipfile

from conftest import ROOT


def test_package_zip_passes_repository_rules():
    proc = subprocess.run(["make", "-s", "package"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    meta = configparser.ConfigParser()
    meta.read(os.path.join(ROOT, "metadata.txt"))
    version = meta["general"]["version"]
    path = os.path.join(ROOT, "dist", "zoemzone_plugin-%s.zip" % version)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert {n.split("/")[0] for n in names} == {"zoemzone_plugin"}, "one top-level folder"
        for required in ("__init__.py", "metadata.txt", "LICENSE",
                         meta["general"]["icon"], "resources/tables/biophysical_nl.csv",
                         "resources/tables/guilds_nl.csv", "translations/zoemzone_nl.qm"):
            assert "zoemzone_plugin/" + required in names, required
        assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
        assert not [n for n in names if n.endswith(".ts") or "/." in n]
        packed = configparser.ConfigParser()
        packed.read_string(z.read("zoemzone_plugin/metadata.txt").decode("utf-8"))
        assert packed["general"]["version"] == version
