"""The plugin's code reads clean to pyflakes.

A warning that is always there hides the one that matters (pyflakes once reported the
Bijenlandschap strip route's labellings as undefined names after ``del``, and imports left
behind by moves are found this way), so the package is kept free of them. pyflakes is a test
tool: scripts/install_deps.sh --test installs it into the tests' venv.
"""
import io
from pathlib import Path

from pyflakes import api, reporter

PACKAGE = Path(__file__).resolve().parent.parent / "zoemzone_plugin"


def test_the_plugin_has_no_pyflakes_warnings():
    warnings = io.StringIO()
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 100
    for path in files:
        api.checkPath(str(path), reporter.Reporter(warnings, warnings))
    assert warnings.getvalue() == ""
