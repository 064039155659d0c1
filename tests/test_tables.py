"""Tolerant table reading and the errors users see for bad tables, each naming the problem."""
import numpy as np
import pytest
from conftest import reference

from zoemzone_plugin.engine.errors import TableError
from zoemzone_plugin.engine.pollination.tables import read_pollination_tables

BIO = ("lucode,nesting_ground_availability_index,floral_resources_spring_index,"
       "floral_resources_summer_index\n1,0.5,0.2,0.4\n2,0.1,0.0,0.9\n")
GUILD = ("species,nesting_suitability_ground_index,foraging_activity_spring_index,"
         "foraging_activity_summer_index,alpha,relative_abundance\nbee,1.0,0.5,0.5,200,1\n")


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def load(tmp_path, bio=BIO, guild=GUILD):
    return read_pollination_tables(write(tmp_path, "bio.csv", bio),
                                   write(tmp_path, "guild.csv", guild))


def error(tmp_path, **tables):
    with pytest.raises(TableError) as info:
        load(tmp_path, **tables)
    return str(info.value)


def test_reference_invest_tables_read_unchanged():
    t = read_pollination_tables(reference("pollination", "case1", "biophysical.csv"),
                                reference("pollination", "case1", "guild.csv"))
    assert [g.species for g in t.guilds] == ["ground_small", "cavity_mid", "bumblebee"]
    assert t.substrates == ["ground", "cavity"]
    assert t.seasons == ["spring", "summer", "autumn"]
    assert t.guilds[2].alpha == 900
    assert t.abundance_share(t.guilds[0]) == pytest.approx(0.5)


def test_semicolons_decimal_commas_and_upper_case_headers(tmp_path):
    bio = BIO.replace(",", ";").replace(".", ",").upper()
    guild = GUILD.replace(",", ";").replace(".", ",").replace("species", "Species")
    t = load(tmp_path, bio, guild)
    assert t.biophysical.floral["summer"].tolist() == [0.4, 0.9]
    assert t.guilds[0].alpha == 200.0
    assert t.guilds[0].species == "bee"


def test_tab_separated_and_byte_order_mark(tmp_path):
    t = load(tmp_path, "\ufeff" + BIO.replace(",", "\t"))
    assert t.biophysical.codes.tolist() == [1, 2]


def test_missing_codes_listed_not_whole_table(tmp_path):
    t = load(tmp_path)
    with pytest.raises(TableError) as info:
        t.check_codes(np.array([1, 2, 7, 42]))
    msg = str(info.value)
    assert "bio.csv" in msg and "7, 42" in msg and "2 code(s)" in msg
    assert "0.5" not in msg     # no dump of the table


def test_season_only_in_one_table(tmp_path):
    bio = BIO.replace("floral_resources_summer_index", "floral_resources_autumn_index")
    msg = error(tmp_path, bio=bio)
    assert "season 'summer'" in msg and "guild.csv" in msg and "bio.csv" in msg


def test_substrate_only_in_one_table(tmp_path):
    guild = GUILD.replace("nesting_suitability_ground_index", "nesting_suitability_cavity_index")
    msg = error(tmp_path, guild=guild)
    assert "substrate 'cavity'" in msg and "guild.csv" in msg


def test_value_outside_0_1_names_file_line_column_value(tmp_path):
    msg = error(tmp_path, bio=BIO.replace("2,0.1,0.0,0.9", "2,0.1,0.0,1.7"))
    assert "bio.csv, line 3" in msg and "floral_resources_summer_index" in msg and "1.7" in msg


def test_alpha_not_positive(tmp_path):
    msg = error(tmp_path, guild=GUILD.replace(",200,", ",0,"))
    assert "guild.csv, line 2" in msg and "alpha" in msg and "'bee'" in msg


def test_duplicate_codes(tmp_path):
    msg = error(tmp_path, bio=BIO + "1,0.2,0.2,0.2\n")
    assert "'1'" in msg and "lines 2 and 4" in msg and "lucode" in msg


def test_duplicate_species(tmp_path):
    msg = error(tmp_path, guild=GUILD + "bee,1.0,0.5,0.5,300,1\n")
    assert "'bee'" in msg and "species" in msg


def test_empty_table(tmp_path):
    assert "empty" in error(tmp_path, bio="")
    assert "guild.csv is empty" in error(tmp_path, guild=GUILD.splitlines()[0] + "\n")


def test_not_a_number(tmp_path):
    msg = error(tmp_path, bio=BIO.replace("1,0.5,", "1,veel,"))
    assert "'veel'" in msg and "not a number" in msg and "line 2" in msg


def test_missing_required_column(tmp_path):
    msg = error(tmp_path, guild=GUILD.replace("alpha", "afstand"))
    assert "'alpha' is missing" in msg and "afstand" in msg


def test_missing_file(tmp_path):
    with pytest.raises(TableError, match="does not exist"):
        read_pollination_tables(str(tmp_path / "nope.csv"), str(tmp_path / "nope2.csv"))


def test_dutch_defaults_cover_every_lgn_code_with_four_seasons():
    from zoemzone_plugin.engine.io.csvtable import read_csv
    from zoemzone_plugin.paths import default_table
    t = read_pollination_tables(default_table("biophysical_nl.csv"),
                                default_table("guilds_nl.csv"))
    lgn = {int(r["lucode"]) for r in read_csv(default_table("lgn_legend.csv")).rows}
    assert {29, 251, 252, 253, 321, 322, 323, 331, 332, 333} <= lgn
    assert set(t.biophysical.codes.tolist()) == lgn
    assert t.seasons == ["earlyspring", "latespring", "summer", "latesummer"]
    assert {"ground", "cavity"} <= set(t.substrates)
    assert [g.species for g in t.guilds] == ["ground_solitary", "cavity_solitary", "bumblebee"]
