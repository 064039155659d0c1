"""The two tables of the pollination model, in InVEST's column conventions.

Analysts reuse InVEST tables unchanged, so column names follow InVEST exactly: substrates and
seasons are read from the column names, in the order the columns appear. Names are lower-cased
as InVEST lower-cases them (column names in read_csv, guild names here), so a table written
with capitals ('Apis', 'Spring') names the same guilds, seasons and InVEST files
(pollinator_supply_apis.tif) as in InVEST; other columns (descriptions) are ignored.
"""
import re
from dataclasses import dataclass

import numpy as np

from ..io.csvtable import check_codes, read_csv
from ..errors import Phrase, TableError

_GUILD_NESTING = re.compile(r"^nesting_suitability_(.+)_index$")
_GUILD_FORAGING = re.compile(r"^foraging_activity_(.+)_index$")
_BIO_NESTING = re.compile(r"^nesting_(.+)_availability_index$")
_BIO_FLORAL = re.compile(r"^floral_resources_(.+)_index$")


@dataclass
class Guild:
    species: str
    nesting: dict          # substrate -> suitability ns(s, n)
    foraging: dict         # season -> activity as given
    alpha: float           # metres
    relative_abundance: float


@dataclass
class Biophysical:
    codes: np.ndarray      # land-use codes, table order
    nesting: dict          # substrate -> availability per code
    floral: dict           # season -> floral resources per code


@dataclass
class PollinationTables:
    guilds: list
    biophysical: Biophysical
    substrates: list
    seasons: list
    biophysical_file: str

    def abundance_share(self, guild):
        """sa(s): the guild's relative abundance over the sum of all guilds."""
        return guild.relative_abundance / sum(g.relative_abundance for g in self.guilds)

    def foraging_share(self, guild, season):
        """fa(s, j): the guild's activity in a season over its activity in all seasons."""
        return guild.foraging[season] / sum(guild.foraging.values())

    def check_codes(self, present_codes):
        """Refuse land-use codes of the raster that the table does not describe, naming them."""
        check_codes(self.biophysical.codes, present_codes, self.biophysical_file)

def _names(table, pattern):
    return [m.group(1) for m in map(pattern.match, table.columns) if m]


def _need_names(table, names, what, example):
    if not names:
        raise TableError(
            "{file}: no {what} columns found. Add columns named like '{example}'.",
            file=table.name, what=what, example=example)


def read_guilds(path):
    table = read_csv(path)
    for column in ("species", "alpha", "relative_abundance"):
        table.require(column, "The guild table needs the columns species, "
                      "nesting_suitability_<substrate>_index, foraging_activity_<season>_index, "
                      "alpha and relative_abundance.")
    substrates = _names(table, _GUILD_NESTING)
    seasons = _names(table, _GUILD_FORAGING)
    _need_names(table, substrates, Phrase("nesting suitability"),
                "nesting_suitability_ground_index")
    _need_names(table, seasons, Phrase("foraging activity"), "foraging_activity_spring_index")
    table.unique("species", lambda i: table.rows[i]["species"].lower())
    guilds = []
    for i, row in enumerate(table.rows):
        if not row["species"]:
            raise TableError("{file}, line {line}: the species name is empty.",
                             file=table.name, line=table.lines[i])
        alpha = table.number(i, "alpha")
        if alpha <= 0:
            raise TableError(
                "{file}, line {line}: alpha of '{species}' is {value}; it must be a foraging "
                "distance in metres above 0.",
                file=table.name, line=table.lines[i], species=row["species"],
                value=row["alpha"])
        guild = Guild(
            species=row["species"].lower(),
            nesting={n: table.number(i, "nesting_suitability_%s_index" % n, 0, 1)
                     for n in substrates},
            foraging={j: table.number(i, "foraging_activity_%s_index" % j, 0, 1)
                      for j in seasons},
            alpha=alpha,
            relative_abundance=table.number(i, "relative_abundance", 0, 1))
        if not any(guild.foraging.values()):
            raise TableError(
                "{file}, line {line}: '{species}' has foraging activity 0 in every season. "
                "Give it activity above 0 in at least one season.",
                file=table.name, line=table.lines[i], species=guild.species)
        guilds.append(guild)
    if not any(g.relative_abundance for g in guilds):
        raise TableError("{file}: relative_abundance is 0 for every guild. Give at least one "
                         "guild a relative abundance above 0.", file=table.name)
    return guilds, substrates, seasons, table.name


def read_biophysical(path):
    table = read_csv(path)
    table.require("lucode", "The biophysical table needs the columns lucode, "
                  "nesting_<substrate>_availability_index and floral_resources_<season>_index.")
    substrates = _names(table, _BIO_NESTING)
    seasons = _names(table, _BIO_FLORAL)
    _need_names(table, substrates, Phrase("nesting availability"),
                "nesting_ground_availability_index")
    _need_names(table, seasons, Phrase("floral resources"), "floral_resources_spring_index")
    table.unique("lucode", lambda i: table.integer(i, "lucode"))
    n = len(table.rows)
    codes = np.array([table.integer(i, "lucode") for i in range(n)], dtype=np.int64)
    nesting = {s: np.array([table.number(i, "nesting_%s_availability_index" % s, 0, 1)
                            for i in range(n)]) for s in substrates}
    floral = {j: np.array([table.number(i, "floral_resources_%s_index" % j, 0, 1)
                           for i in range(n)]) for j in seasons}
    return Biophysical(codes, nesting, floral), substrates, seasons, table.name


def _same_names(kind, in_guild, in_bio, guild_file, bio_file):
    for name in in_guild:
        if name not in in_bio:
            raise TableError(
                "The {kind} '{name}' is in {guild_file} but not in {bio_file}. Add it to "
                "{bio_file} or remove it from {guild_file}.",
                kind=kind, name=name, guild_file=guild_file, bio_file=bio_file)
    for name in in_bio:
        if name not in in_guild:
            raise TableError(
                "The {kind} '{name}' is in {bio_file} but not in {guild_file}. Add it to "
                "{guild_file} or remove it from {bio_file}.",
                kind=kind, name=name, guild_file=guild_file, bio_file=bio_file)


def read_pollination_tables(biophysical_path, guild_path):
    return combine_tables(read_guilds(guild_path), read_biophysical(biophysical_path))


def combine_tables(guild_table, biophysical_table):
    """PollinationTables from the results of read_guilds and read_biophysical, read apart
    where a caller names each table's own faults as its input."""
    guilds, g_substrates, g_seasons, guild_file = guild_table
    bio, b_substrates, b_seasons, bio_file = biophysical_table
    _same_names(Phrase("substrate"), g_substrates, b_substrates, guild_file, bio_file)
    _same_names(Phrase("season"), g_seasons, b_seasons, guild_file, bio_file)
    return PollinationTables(guilds, bio, g_substrates, g_seasons, bio_file)
