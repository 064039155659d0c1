"""The kansenkaart chain model: its file is what scripts/make_chain_model.py writes, and its
inputs have labels and help in the user's language (issue 12 §7)."""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from conftest import ROOT

MODEL = os.path.join(ROOT, "resources", "models", "kansenkaartchain.model3")


def test_model_file_is_what_the_script_writes(tmp_path):
    """The script run as its users run it (its own QGIS, without the plugin's provider),
    compared as canonical XML: Qt may order an element's attributes differently per run (the
    script fixes the order, but a file written without it is no less current)."""
    written = str(tmp_path / "chain.model3")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make_chain_model.py"),
                    written], check=True, capture_output=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert ET.canonicalize(from_file=written) == ET.canonicalize(from_file=MODEL), \
        "resources/models is stale: run scripts/make_chain_model.py"


def test_every_input_has_a_label_and_help_in_the_model_file(plugin):
    """The help as the model's help content, which QGIS 3.22 reads back (a parameter's own
    help it writes but does not read)."""
    from qgis.core import QgsProcessingModelAlgorithm

    from zoemzone_plugin.algorithms.kansenkaart.kansenkaart_chain import input_texts
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    inputs = [d for d in model.parameterDefinitions() if not d.isDestination()]
    texts = input_texts(str)
    assert sorted(d.name() for d in inputs) == sorted(texts)
    for d in inputs:
        assert d.description() == texts[d.name()][0]
        assert model.helpContent()[d.name()] == texts[d.name()][1]
        assert len(texts[d.name()][1]) > 40


def test_inputs_are_shown_in_the_users_language(plugin, monkeypatch):
    """The algorithm passes every input's label and help through tr (here a stand-in that
    marks what it translated) and lists the help of each input in its help."""
    from zoemzone_plugin.algorithms.kansenkaart import kansenkaart_chain
    monkeypatch.setattr(kansenkaart_chain, "tr", lambda text: "[nl] " + text)
    alg = kansenkaart_chain.KansenkaartChainAlgorithm()
    landuse = alg.parameterDefinition("landuse")
    assert landuse.description() == "[nl] Land use (LGN, or from Build land use)"
    assert landuse.help().startswith("[nl] Integer land-use codes")
    for name in kansenkaart_chain.input_texts(str):
        definition = alg.parameterDefinition(name)
        assert definition.description().startswith("[nl] ")
        assert definition.help().startswith("[nl] ")
        assert definition.help() in alg.shortHelpString()
    assert "[nl] Parameters" in alg.shortHelpString()


def test_chain_in_the_provider_has_english_labels_by_default(provider):
    alg = provider.algorithm("kansenkaartchain")
    assert alg.parameterDefinition("dispersal").description() == \
        "Dispersal distance d0 (cost units)"
    assert "resistance × metres" in alg.parameterDefinition("dispersal").help()


def test_kansenkaart_takes_the_connectivity_graphs_nodes(plugin):
    """Issue 14 §2: the network reaches the map: the kansenkaart step's NETWORK_NODES is the
    connectivity graph step's NODES output."""
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelChildParameterSource
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    sources = model.childAlgorithm("kansenkaart").parameterSources()["NETWORK_NODES"]
    assert [(s.source(), s.outputChildId(), s.outputName()) for s in sources] == [
        (QgsProcessingModelChildParameterSource.ChildOutput, "network", "NODES")]
