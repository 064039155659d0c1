"""A data package's forms in the language of whoever opens it, not of whoever created it."""
from conftest import dutch


def package_layers(path):
    from zoemzone_plugin.ui.package import PackageSource, open_layers
    return open_layers(PackageSource(path=path))


def form(layers):
    area = layers["measures_area"]
    index = area.fields().indexOf
    return (area.attributeAlias(index("measure_type")),
            area.editorWidgetSetup(index("measure_type")).config()["Value"],
            area.editorWidgetSetup(index("status")).config()["Value"],
            [c.label() for c in area.renderer().categories()])


def test_package_forms_follow_the_locale_of_who_opens_it(plugin, tmp_path):
    import processing
    from zoemzone_plugin.i18n import tr
    english = str(tmp_path / "english.gpkg")
    processing.run("zoemzone:createdatapackage", {"OUTPUT": english})
    with dutch(plugin):
        dutch_package = str(tmp_path / "dutch.gpkg")
        processing.run("zoemzone:createdatapackage", {"OUTPUT": dutch_package})
        dutch_type = tr("Measure type")
        assert dutch_type == "Maatregeltype"
        for path in (english, dutch_package):
            assert form(package_layers(path)) == (
                dutch_type, "name_nl", "name_nl",
                ["idee", "gepland", "in uitvoering", "gerealiseerd"]), path
    for path in (english, dutch_package):
        assert form(package_layers(path)) == (
            "Measure type", "name_en", "name_en",
            ["idea", "planned", "in progress", "realised"]), path
