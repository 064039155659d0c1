"""Names of measures, guilds, seasons and substrates in the user's language, for reports
and legends.

The pollination tables name guilds and seasons by codes (InVEST's convention: no spaces,
no underscores in seasons); people read names. The names live in a table
(resources/tables/names_nl.csv: kind, code, name_nl, name_en) beside the default tables; a
code the table does not know (a user's own guild) is shown as it is.
"""
from .engine.io.csvtable import read_csv
from .i18n import user_language
from .paths import default_table

NAMES_TABLE = "names_nl.csv"


def names(kind, path=None, language=None):
    """{code: name} of one kind ('guild', 'season' or 'substrate'), in ``language`` (default:
    the user's; the Dutch name where the English one is missing)."""
    table = read_csv(path or default_table(NAMES_TABLE))
    column = "name_nl" if (language or user_language()) == "nl" else "name_en"
    return {row["code"]: row[column] or row["name_nl"] for row in table.rows
            if row["kind"] == kind}


def measure_names(catalogue, language=None):
    """{measure id: name} in ``language`` (default: the user's; the Dutch name where the
    English one is missing)."""
    dutch = (language or user_language()) == "nl"
    return {m.id: (m.name_nl if dutch else m.name_en or m.name_nl) for m in catalogue.measures}
