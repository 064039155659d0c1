"""Every user-facing string has a Dutch translation, and Dutch users get it."""
import importlib.util
import os
import re

import pytest
from conftest import ROOT

TS = os.path.join(ROOT, "zoemzone_plugin", "translations", "zoemzone_nl.ts")
QM = TS[:-3] + ".qm"


def tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", os.path.join(ROOT, "scripts", "update_translations.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_in_the_code_has_a_dutch_translation():
    t = tool()
    strings = t.extract()
    dutch = t.read_ts(TS)
    assert len(strings) > 40
    missing = [s for s in strings if not dutch.get(s)]
    assert not missing, "no Dutch translation (run scripts/update_translations.py, then " \
                        "translate): %s" % missing[:5]


def test_translations_keep_placeholders_and_tags():
    """Placeholders (with their format specs) and HTML tags survive translation; missing
    translations are the test above's to report."""
    dutch = tool().read_ts(TS)
    for source, text in dutch.items():
        if not text:
            continue
        assert sorted(re.findall(r"\{[^{}]*\}", source)) == sorted(
            re.findall(r"\{[^{}]*\}", text)), source
        assert sorted(re.findall(r"</?\w+>", source)) == sorted(re.findall(r"</?\w+>", text)), \
            source


def test_extractor_finds_tr_and_engine_templates():
    strings = tool().extract()
    assert "Habitat suitability (pollinators)" in strings
    assert any(s.startswith("{file}: column '{column}' is missing") for s in strings)


@pytest.fixture
def dutch(plugin):
    from zoemzone_plugin.i18n import install_translator, remove_translator
    assert os.path.exists(QM), "compile the translations first (make translations)"
    remove_translator(plugin.translator)
    plugin.translator = install_translator("nl")
    yield
    remove_translator(plugin.translator)
    plugin.translator = install_translator()


def test_dutch_user_sees_dutch_names_help_and_errors(dutch, provider, tmp_path):
    from qgis.core import QgsApplication

    from zoemzone_plugin.engine.errors import TableError
    from zoemzone_plugin.i18n import tr
    alg = QgsApplication.processingRegistry().algorithmById("zoemzone:habitatsuitability")
    assert alg.createInstance().displayName() == "Geschiktheid leefgebied (bestuivers)"
    assert "InVEST" in alg.shortHelpString() and "bijen" in alg.shortHelpString()
    error = TableError("{file}: relative_abundance is 0 for every guild. Give at least one "
                       "guild a relative abundance above 0.", file="gilden.csv")
    text = error.translated(tr)
    assert text.startswith("gilden.csv") and text != str(error)
