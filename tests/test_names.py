"""One name for one thing (issue 12 §7): the land use is LANDUSE wherever an algorithm takes
it, and a distance widget (which shows the layer's unit, metres) only where the unit is
metres."""


def parameters(provider):
    for alg in provider.algorithms():
        for definition in alg.parameterDefinitions():
            yield alg, definition


def test_every_land_use_input_is_named_landuse(provider):
    """Model inputs are lower case by Model Builder's custom (the chain's 'landuse')."""
    land_use = [(alg.name(), d.name()) for alg, d in parameters(provider)
                if d.type() == "raster"
                and "land use" in d.description().lower().replace("-", " ")]
    assert len(land_use) >= 7
    assert [pair for pair in land_use if pair[1].upper() != "LANDUSE"] == []
    assert ("buildlanduse", "LANDUSE") in land_use


def test_distance_widgets_only_where_the_unit_is_metres(provider):
    for alg, d in parameters(provider):
        if d.type() == "distance":
            text = (d.description() + " " + d.help()).lower()
            assert "cost" not in text, (alg.name(), d.name())
    graph = provider.algorithm("connectivitygraph")
    for name in ("DISTANCE", "MAX_DISTANCE"):
        definition = graph.parameterDefinition(name)
        assert definition.type() == "number", name
        assert "(m, or cost units with a resistance raster)" in definition.description()
