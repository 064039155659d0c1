"""Bijenlandschap's model and runner read clean to pyflakes (issue 14 §5).

pyflakes reported the strip route's labellings as undefined names after ``del`` (closures of
the first pass still named them); a warning that is always there hides the one that matters,
so these modules are kept free of them.
"""
import io
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parent.parent / "zoemzone_plugin" / "engine"


def test_bijenlandschap_modules_have_no_pyflakes_warnings():
    api = pytest.importorskip("pyflakes.api")
    reporter = pytest.importorskip("pyflakes.reporter")
    warnings = io.StringIO()
    for name in ("bijenlandschap.py", "bijenlandschap_runner.py"):
        api.checkPath(str(ENGINE / name), reporter.Reporter(warnings, warnings))
    assert warnings.getvalue() == ""
