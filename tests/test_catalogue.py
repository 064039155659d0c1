"""The measure catalogue: the default one against the Dutch tables, every error a user can make
in a catalogue of their own (each message naming file, line, column and fix), and the scenario
biophysical table checked by hand."""
import numpy as np
import pytest

from zoemzone_plugin.engine.kansenkaart.catalogue import (Catalogue, Measure,
                                                          biophysical_with_measures, read_catalogue,
                                                          tables_with_measures)
from zoemzone_plugin.engine.errors import TableError
from zoemzone_plugin.engine.pollination.tables import (Biophysical, Guild, PollinationTables,
                                                       read_pollination_tables)
from zoemzone_plugin.paths import default_table

HEADER = ("id,code,name_nl,name_en,geometry,width_m,lucodes,"
          "nesting_ground_availability_index,floral_resources_summer_index")
GOOD = HEADER + "\n1,strook,bloemstrook,flower strip,line|polygon,6,2 3,0.3,0.5\n"


@pytest.fixture(scope="module")
def dutch():
    return read_pollination_tables(default_table("biophysical_nl.csv"),
                                   default_table("guilds_nl.csv"))


def small_tables():
    bio = Biophysical(np.array([1, 5, 3]),
                      {"ground": np.array([0.1, 0.5, 0.2]), "cavity": np.array([0.0, 0.3, 0.4])},
                      {"spring": np.array([0.2, 0.1, 0.0]), "summer": np.array([0.05, 0.6, 0.1])})
    guild = Guild("bee", {"ground": 1.0, "cavity": 0.5}, {"spring": 1.0, "summer": 1.0}, 100.0,
                  1.0)
    return PollinationTables([guild], bio, ["ground", "cavity"], ["spring", "summer"], "bio.csv")


def read(tmp_path, text, tables=None, name="maatregelen.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_catalogue(str(path), tables if tables is not None else small_tables())


def error(tmp_path, text, tables=None):
    with pytest.raises(TableError) as info:
        read(tmp_path, text, tables)
    return str(info.value)


# --- the default catalogue -------------------------------------------------------------------

def test_default_catalogue_reads_against_the_dutch_tables(dutch):
    cat = read_catalogue(default_table("measures_nl.csv"), dutch)
    assert cat.file == "measures_nl.csv"
    assert [m.id for m in cat.measures] == list(range(1, len(cat.measures) + 1))
    for code in ("akkerrand", "bermbeheer", "haag", "kruidenrijkgrasland", "nestplek",
                 "bijenhotel", "hoogstamboomgaard", "groendak"):
        assert code in cat.by_code, code
    codes = set(dutch.biophysical.codes.tolist())
    for m in cat.measures:
        assert m.nesting or m.floral
        assert set(m.nesting) <= set(dutch.substrates) and set(m.floral) <= set(dutch.seasons)
        assert all(0 <= v <= 1 for v in list(m.nesting.values()) + list(m.floral.values()))
        assert m.lucodes is None or m.lucodes <= codes, (m.code, m.lucodes - codes)
        assert ("line" in m.geometries) == (m.width_m is not None)
        assert m.name_nl and m.name_en
        assert not m.allowed_on(16) and not m.allowed_on(17), m.code     # never on water


def test_default_measures_do_what_method_section_5_says(dutch):
    cat = read_catalogue(default_table("measures_nl.csv"), dutch)
    strip = cat.by_code["akkerrand"]
    assert strip.lucodes == {2, 3, 4, 5, 6, 10} and strip.width_m >= 3
    assert max(strip.floral, key=strip.floral.get) == "summer"
    verge = cat.by_code["bermbeheer"]
    assert {25, 251, 252, 253, 1, 23, 28, 47} <= verge.lucodes
    hedge = cat.by_code["haag"]
    assert max(hedge.floral, key=hedge.floral.get) == "earlyspring"
    assert cat.by_code["nestplek"].nesting.keys() == {"ground"}
    assert not cat.by_code["nestplek"].floral
    hotel = cat.by_code["bijenhotel"]
    assert hotel.nesting.keys() == {"cavity"} and not hotel.floral
    assert hotel.geometries == {"point"}
    assert cat.by_code["groendak"].lucodes == {18, 19, 26}
    grass = cat.by_code["kruidenrijkgrasland"]
    assert grass.geometries == {"polygon"} and 1 in grass.lucodes and 2 not in grass.lucodes
    # a measure improves on the land use it is meant for, in its own season
    row = {int(c): i for i, c in enumerate(dutch.biophysical.codes)}
    assert strip.floral["summer"] > dutch.biophysical.floral["summer"][row[5]]
    assert hotel.nesting["cavity"] > dutch.biophysical.nesting["cavity"][row[1]]


def test_lookup_by_code_id_or_numeric_text(dutch):
    cat = read_catalogue(default_table("measures_nl.csv"), dutch)
    hedge = cat.by_code["haag"]
    assert cat.lookup("haag") is hedge
    assert cat.lookup(" HAAG ") is hedge
    assert cat.lookup(hedge.id) is hedge
    assert cat.lookup(np.int64(hedge.id)) is hedge
    assert cat.lookup(str(hedge.id)) is hedge
    assert cat.lookup(float(hedge.id)) is hedge
    assert cat.by_id[hedge.id] is hedge
    for unknown in ("bloemenweide", 99, "99", 2.5, "", None):
        assert cat.lookup(unknown) is None


def test_allowed_on_and_any_land_use(tmp_path):
    cat = read(tmp_path, GOOD.replace(",2 3,", ",*,"))
    assert cat.measures[0].lucodes is None and cat.measures[0].allowed_on(16)
    cat = read(tmp_path, GOOD)
    assert cat.measures[0].allowed_on(2) and cat.measures[0].allowed_on(np.int16(3))
    assert not cat.measures[0].allowed_on(1)


def test_semicolons_decimal_commas_dutch_geometry_words_and_missing_optional_columns(tmp_path):
    text = ("ID;Code;Name_NL;Geometry;Lucodes;Floral_Resources_Summer_Index\n"
            "1;strook;bloemstrook;lijn | vlak;2 3;0,5\n")
    with pytest.raises(TableError) as info:     # a line without its width
        read(tmp_path, text)
    assert "'strook'" in str(info.value) and "width_m" in str(info.value)
    cat = read(tmp_path, text.replace("lijn | vlak", "vlak|punt"))
    m = cat.measures[0]
    assert m.geometries == {"polygon", "point"} and m.floral == {"summer": 0.5}
    assert m.name_en == "bloemstrook" and m.width_m is None and m.nesting == {}


def test_empty_effect_leaves_the_land_use_value(tmp_path):
    cat = read(tmp_path, GOOD + "2,nest,nestplek,nest site,point,,*,0.9,\n")
    assert cat.by_code["nest"].nesting == {"ground": 0.9}
    assert cat.by_code["nest"].floral == {}
    assert isinstance(cat, Catalogue) and len(cat) == 2


# --- errors ----------------------------------------------------------------------------------

def test_missing_column(tmp_path):
    msg = error(tmp_path, GOOD.replace("lucodes,", "codes,"))
    assert "maatregelen.csv" in msg and "'lucodes' is missing" in msg and "geometry" in msg


def test_duplicate_id_and_code(tmp_path):
    msg = error(tmp_path, GOOD + "1,haag,haag,hedge,line,3,2,0.3,0.1\n")
    assert "'1' in column 'id' occurs twice (lines 2 and 3)" in msg
    msg = error(tmp_path, GOOD + "2,Strook,strook 2,strip 2,line,3,2,0.3,0.1\n")
    assert "column 'code' occurs twice (lines 2 and 3)" in msg and "Strook" in msg


@pytest.mark.parametrize("value, words", [
    ("0", ["line 2", "'id' is 0", "above 0"]),
    ("-3", ["'id' is -3", "above 0"]),
    ("1.5", ["line 2", "'id'", "whole number"]),
    ("een", ["'id'", "'een'", "not a number"]),
    ("", ["'id' is empty"]),
])
def test_bad_ids(tmp_path, value, words):
    msg = error(tmp_path, GOOD.replace("\n1,", "\n%s," % value))
    for word in words:
        assert word in msg, (word, msg)


@pytest.mark.parametrize("code", ["bloem strook", "12", "", "strook/2"])
def test_bad_codes(tmp_path, code):
    msg = error(tmp_path, GOOD.replace(",strook,", ",%s," % code))
    assert "line 2" in msg and "'%s'" % code in msg and "letters, digits" in msg


def test_bad_geometry_kind(tmp_path):
    msg = error(tmp_path, GOOD.replace("line|polygon", "line|area"))
    assert "line 2" in msg and "'line|area'" in msg and "point, line and polygon" in msg


@pytest.mark.parametrize("width, words", [
    ("0", ["'width_m' is 0", "above 0"]),
    ("-2", ["'width_m' is -2"]),
    ("breed", ["'width_m' holds 'breed'", "not a number"]),
])
def test_bad_width(tmp_path, width, words):
    msg = error(tmp_path, GOOD.replace(",6,", ",%s," % width))
    assert "maatregelen.csv, line 2" in msg
    for word in words:
        assert word in msg


def test_line_without_width(tmp_path):
    msg = error(tmp_path, GOOD.replace(",6,", ",,"))
    assert "line 2" in msg and "'strook' may be drawn as a line but has no width_m" in msg


@pytest.mark.parametrize("lucodes, words", [
    ("2 akker", ["'lucodes' holds 'akker'", "separated by spaces", "*"]),
    ("2 3.5", ["'3.5'"]),
    ("", ["'lucodes' is empty", "*"]),
])
def test_bad_lucodes(tmp_path, lucodes, words):
    msg = error(tmp_path, GOOD.replace(",2 3,", ",%s," % lucodes))
    assert "line 2" in msg
    for word in words:
        assert word in msg, (word, msg)


def test_lucodes_separated_by_commas_inside_quotes_are_accepted(tmp_path):
    cat = read(tmp_path, GOOD.replace(",2 3,", ',"2, 3",'))
    assert cat.measures[0].lucodes == {2, 3}


@pytest.mark.parametrize("value, words", [
    ("1.5", ["'floral_resources_summer_index' is 1.5", "outside 0 to 1"]),
    ("-0.1", ["outside 0 to 1"]),
    ("veel", ["holds 'veel'", "not a number"]),
])
def test_effect_values_in_0_to_1(tmp_path, value, words):
    msg = error(tmp_path, GOOD.replace(",0.5\n", ",%s\n" % value))
    assert "line 2" in msg
    for word in words:
        assert word in msg


def test_effect_column_of_a_season_or_substrate_the_tables_lack(tmp_path):
    msg = error(tmp_path, GOOD.replace("floral_resources_summer_index",
                                       "floral_resources_winter_index"))
    assert "'floral_resources_winter_index'" in msg and "season 'winter'" in msg
    assert "bio.csv" in msg and "spring, summer" in msg
    msg = error(tmp_path, GOOD.replace("nesting_ground_availability_index",
                                       "nesting_wood_availability_index"))
    assert "'nesting_wood_availability_index'" in msg and "substrate 'wood'" in msg
    assert "ground, cavity" in msg


def test_against_the_dutch_tables_spring_is_not_a_season(tmp_path, dutch):
    msg = error(tmp_path, GOOD.replace("summer", "spring"), dutch)
    assert "'spring'" in msg and "biophysical_nl.csv" in msg
    assert "earlyspring, latespring, summer, latesummer" in msg


def test_no_effect_columns_and_measure_without_effect(tmp_path):
    msg = error(tmp_path, "id,code,name_nl,geometry,lucodes\n1,a,a,point,*\n")
    assert "no effect columns" in msg and "floral_resources_summer_index" in msg
    msg = error(tmp_path, GOOD + "2,leeg,niets,nothing,point,,*,,\n")
    assert "line 3" in msg and "'leeg' changes nothing" in msg


def test_empty_name_and_missing_file(tmp_path):
    msg = error(tmp_path, GOOD.replace(",bloemstrook,", ",,"))
    assert "line 2" in msg and "'name_nl' is empty" in msg
    with pytest.raises(TableError) as info:
        read_catalogue(str(tmp_path / "none.csv"), small_tables())
    assert "does not exist" in str(info.value)


# --- the scenario table ----------------------------------------------------------------------

def measure(mid, code, nesting, floral):
    return Measure(mid, code, code, code, frozenset({"polygon"}), None, None, nesting, floral)


def test_biophysical_with_measures_by_hand():
    t = small_tables()
    strip = measure(1, "strook", {"ground": 0.3}, {"summer": 0.5})
    hotel = measure(2, "hotel", {"cavity": 0.8}, {})
    bio, mapping = biophysical_with_measures(t, [(5, strip), (1, strip), (1, hotel),
                                                 (5, strip)])
    # new codes above the highest (5), in sorted order of the pairs; the repeated pair once
    assert mapping == {(1, 1): 6, (1, 2): 7, (5, 1): 8}
    assert bio.codes.tolist() == [1, 5, 3, 6, 7, 8]
    # code 6 = land use 1 with the strip: ground 0.3, cavity kept 0.0, spring kept 0.2,
    # summer 0.5 ; code 7 = land use 1 with the hotel: only cavity changed
    # code 8 = land use 5 with the strip: cavity kept 0.3, spring kept 0.1
    np.testing.assert_allclose(bio.nesting["ground"], [0.1, 0.5, 0.2, 0.3, 0.1, 0.3])
    np.testing.assert_allclose(bio.nesting["cavity"], [0.0, 0.3, 0.4, 0.0, 0.8, 0.3])
    np.testing.assert_allclose(bio.floral["spring"], [0.2, 0.1, 0.0, 0.2, 0.2, 0.1])
    np.testing.assert_allclose(bio.floral["summer"], [0.05, 0.6, 0.1, 0.5, 0.05, 0.5])
    assert t.biophysical.codes.tolist() == [1, 5, 3]          # the input is left alone
    assert len(t.biophysical.nesting["ground"]) == 3


def test_biophysical_with_measures_by_id_and_tables(tmp_path):
    t = small_tables()
    cat = read(tmp_path, GOOD)
    bio, mapping = biophysical_with_measures(t, [(3, 1)], cat)
    assert mapping == {(3, 1): 6}
    assert bio.floral["summer"][-1] == 0.5 and bio.nesting["cavity"][-1] == 0.4
    new_tables, mapping2 = tables_with_measures(t, [(3, cat.by_id[1])])
    assert mapping2 == mapping and new_tables.guilds is t.guilds
    assert new_tables.biophysical.codes.tolist() == [1, 5, 3, 6]
    with pytest.raises(TableError) as info:
        biophysical_with_measures(t, [(4, 1)], cat)
    assert "land-use code 4 is not in bio.csv" in str(info.value)
    with pytest.raises(TableError) as info:
        biophysical_with_measures(t, [(3, 9)], cat)
    assert "measure id 9 is not in maatregelen.csv" in str(info.value)
    bio, mapping = biophysical_with_measures(t, [])
    assert mapping == {} and bio.codes.tolist() == [1, 5, 3]


def test_a_measure_on_part_of_a_cell_mixes_its_values_by_area():
    t = small_tables()
    strip = measure(1, "strook", {"ground": 0.3}, {"summer": 0.5})
    bio, mapping = biophysical_with_measures(t, [(1, strip, 0.25), (1, strip), (5, strip, 0.5)])
    assert mapping == {(1, 1, 0.25): 6, (1, 1): 7, (5, 1, 0.5): 8}
    # code 6: land use 1 (ground 0.1, summer 0.05) with a quarter strip (0.3, 0.5):
    # 0.75 x 0.1 + 0.25 x 0.3 = 0.15 and 0.75 x 0.05 + 0.25 x 0.5 = 0.1625; values the
    # strip leaves empty (cavity, spring) stay the land use's
    # code 8: land use 5 (0.5, 0.6) half strip: 0.4 and 0.55
    np.testing.assert_allclose(bio.nesting["ground"][3:], [0.15, 0.3, 0.4])
    np.testing.assert_allclose(bio.floral["summer"][3:], [0.1625, 0.5, 0.55])
    np.testing.assert_allclose(bio.nesting["cavity"][3:], [0.0, 0.0, 0.3])
    np.testing.assert_allclose(bio.floral["spring"][3:], [0.2, 0.2, 0.1])


def test_linear_column(tmp_path, dutch):
    cat = read_catalogue(default_table("measures_nl.csv"), dutch)
    assert {m.code for m in cat if m.linear} == {"akkerrand", "bermbeheer", "haag"}
    assert all(m.width_m for m in cat if m.linear)
    header = HEADER.replace("lucodes,", "lucodes,linear,")
    cat = read(tmp_path, header + "\n1,a,a,a,polygon,3,2,ja,0.3,0.5\n"
                                  "2,b,b,b,polygon,,2,,0.3,0.5\n3,c,c,c,polygon,,2,nee,0.3,0.5\n")
    assert [m.linear for m in cat] == [True, False, False]
    assert not read(tmp_path, GOOD).measures[0].linear       # no column: not linear
    msg = error(tmp_path, header + "\n1,a,a,a,polygon,,2,1,0.3,0.5\n")
    assert "line 2" in msg and "'a' is linear but has no width_m" in msg
    msg = error(tmp_path, header + "\n1,a,a,a,polygon,3,2,soms,0.3,0.5\n")
    assert "column 'linear' holds 'soms'" in msg
