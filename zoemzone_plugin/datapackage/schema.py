"""The tables of the Zoem Zone data package, defined once for GeoPackage and PostGIS alike.

Pure data: ``ddl`` renders it as SQL for either back end and ``create`` builds the styles and
forms from it. Every rule here is enforced by the database itself (NOT NULL, CHECK, foreign
keys, triggers), so a row that breaks one is refused whichever program writes it; the forms
only help the user to get it right first time.

Contract for programs that write to a package:
- geometries in EPSG:28992; measure and habitat sizes are computed by the database (leave them
  empty); ``created_at``/``modified_at`` are filled in by the database when left empty;
- ``measure_type`` is a ``measure_types.code``, ``status`` a ``statuses.code``, ``partner_id``
  a ``partners.id`` and ``partners.kind`` a ``partner_kinds.code``; a measure type must allow
  the geometry it is drawn with (``measure_types.allows_point/line/polygon``).
"""
from dataclasses import dataclass

from ..engine.catalogue import read_catalogue
from ..paths import default_table

SCHEMA_VERSION = 1
SRID = 28992
GEOMETRY_COLUMN = "geom"
STYLE_NAME = "zoemzone"
CATALOGUE = "measures_nl.csv"
# the table a program looks for to recognise a Zoem Zone package
PACKAGE_TABLE = "zoemzone_package"

# column types: "autokey" is an integer primary key the database numbers, "key" one whose
# values are given (lookups keep the catalogue's ids)
TYPES = ("autokey", "key", "integer", "real", "text", "boolean", "date", "datetime")
# defaults that are not constants
NOW = "now"        # the current date and time
USER = "user"      # the user's name (forms only: a GeoPackage has no users)
# the column a partner ticks to have a measure or habitat shown on the published website
PUBLIC = "public"
# value patterns (rendered per back end by ddl)
PATTERNS = {"cbs_municipality": "GM followed by four digits"}


def tr(text):
    """Marks a text for translation; it is translated where it is shown (forms, messages)."""
    return text


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    alias: str                  # English label, translated in the forms
    not_null: bool = False
    default: object = None      # a constant, NOW or USER
    unique: bool = False
    minimum: float = None       # smallest value allowed ...
    exclusive: bool = False     # ... itself not allowed (> instead of >=)
    nonempty: bool = False      # text that is not only spaces
    pattern: str = None         # a key of PATTERNS
    references: tuple = None    # (table, column) of a lookup or of partners
    not_before: str = None      # a date column of the same row this one may not precede
    computed: str = None        # "area" (m²) or "length" (m) of the geometry, by the database
    stamp: str = None           # "created_at", "created_by", "modified_at" or "modified_by"
    multiline: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    title: str                  # English layer title, translated in the forms
    columns: tuple
    geometry: str = None        # "MULTIPOLYGON", "MULTILINESTRING" or "POINT"
    lookup: bool = False        # a list of allowed values the forms offer
    label: str = None           # the column a drop-down list shows for a row
    measure_kind: str = None    # "polygon", "line" or "point": checked against measure_types

    @property
    def key(self):
        return self.columns[0].name

    def column(self, name):
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    @property
    def size_column(self):
        return next((c for c in self.columns if c.computed), None)


def _stamps():
    return (
        Column("created_by", "text", tr("Created by"), default=USER, stamp="created_by"),
        Column("created_at", "datetime", tr("Created at"), default=NOW, stamp="created_at"),
        Column("modified_by", "text", tr("Modified by"), default=USER, stamp="modified_by"),
        Column("modified_at", "datetime", tr("Modified at"), default=NOW, stamp="modified_at"),
    )


def _lookup(name, title, extra=()):
    return Table(name, title, (
        Column("id", "key", tr("Id")),
        Column("code", "text", tr("Code"), not_null=True, unique=True, nonempty=True),
        Column("name_nl", "text", tr("Name (Dutch)"), not_null=True, nonempty=True),
        Column("name_en", "text", tr("Name (English)")),
    ) + tuple(extra), lookup=True, label="name_nl")


def _partner():
    return Column("partner_id", "integer", tr("Partner"), references=("partners", "id"))


def _public():
    """What a partner allows to be published on the website (type, status, year, partner);
    nothing is until the partner says so: empty counts as not public, so programs that write
    rows without the column (earlier plugin versions, imports) keep working."""
    return Column(PUBLIC, "boolean", tr("Public (shown on the published website)"),
                  default=False)


def _measures(name, title, geometry, kind, size):
    """A measure table; ``size`` is the computed size column (None for points)."""
    columns = (
        Column("fid", "autokey", tr("Id")),
        Column("measure_type", "text", tr("Measure type"), not_null=True,
               references=("measure_types", "code")),
        _partner(),
        Column("status", "text", tr("Status"), not_null=True, default="idee",
               references=("statuses", "code")),
        Column("start_date", "date", tr("Start date")),
        Column("end_date", "date", tr("End date"), not_before="start_date"),
        size,
        Column("fund_applied", "boolean", tr("Stimuleringsfonds applied for"), default=False),
        Column("fund_amount_eur", "real", tr("Stimuleringsfonds amount (EUR)"), minimum=0),
        _public(),
        Column("notes", "text", tr("Notes"), multiline=True),
    ) + _stamps()
    return Table(name, title, tuple(c for c in columns if c is not None), geometry=geometry,
                 measure_kind=kind)


def _area():
    return Column("area_m2", "real", tr("Area (m²)"), minimum=0, exclusive=True,
                  computed="area")


PARTNER_KINDS = (
    ("gemeente", "gemeente", "municipality"),
    ("provincie", "provincie", "province"),
    ("natuurorganisatie", "natuurorganisatie", "nature organisation"),
    ("agrariër", "agrariër", "farmer"),
    ("bedrijf", "bedrijf", "company"),
    ("kennisinstelling", "kennisinstelling", "knowledge institution"),
    ("burgerinitiatief", "burgerinitiatief", "citizens' initiative"),
    ("school/stichting", "school / stichting", "school / foundation"),
)
STATUSES = (
    ("idee", "idee", "idea"),
    ("gepland", "gepland", "planned"),
    ("in uitvoering", "in uitvoering", "in progress"),
    ("gerealiseerd", "gerealiseerd", "realised"),
)
MEASURE_KINDS = ("point", "line", "polygon")

TABLES = (
    Table(PACKAGE_TABLE, tr("Zoem Zone package"), (
        Column("id", "key", tr("Id")),
        Column("key", "text", tr("Key"), not_null=True, unique=True, nonempty=True),
        Column("value", "text", tr("Value")),
    )),
    _lookup("partner_kinds", tr("Partner kinds")),
    _lookup("statuses", tr("Statuses")),
    _lookup("measure_types", tr("Measure types"), (
        Column("allows_point", "boolean", tr("May be a point"), not_null=True, default=False),
        Column("allows_line", "boolean", tr("May be a line"), not_null=True, default=False),
        Column("allows_polygon", "boolean", tr("May be a polygon"), not_null=True,
               default=False),
        Column("width_m", "real", tr("Width of a line (m)"), minimum=0, exclusive=True),
    )),
    Table("partners", tr("Partners"), (
        Column("id", "autokey", tr("Id")),
        Column("name", "text", tr("Name"), not_null=True, unique=True, nonempty=True),
        Column("kind", "text", tr("Kind"), not_null=True,
               references=("partner_kinds", "code")),
        Column("contact", "text", tr("Contact")),
    ) + _stamps(), label="name"),
    _measures("measures_area", tr("Measures (areas)"), "MULTIPOLYGON", "polygon", _area()),
    _measures("measures_line", tr("Measures (lines)"), "MULTILINESTRING", "line",
              Column("length_m", "real", tr("Length (m)"), minimum=0, exclusive=True,
                     computed="length")),
    _measures("measures_point", tr("Measures (points)"), "POINT", "point", None),
    Table("habitats", tr("Existing habitat"), (
        Column("fid", "autokey", tr("Id")),
        Column("habitat_type", "text", tr("Habitat type"), not_null=True, nonempty=True),
        _partner(),
        _area(),
        _public(),
        Column("notes", "text", tr("Notes"), multiline=True),
    ) + _stamps(), geometry="MULTIPOLYGON"),
    Table("observations", tr("Observations"), (
        Column("fid", "autokey", tr("Id")),
        Column("species", "text", tr("Species"), not_null=True, nonempty=True),
        Column("observation_date", "date", tr("Date"), not_null=True),
        Column("individual_count", "integer", tr("Count"), minimum=0),
        Column("source", "text", tr("Source")),
        Column("coordinate_uncertainty_m", "real", tr("Coordinate uncertainty (m)"),
               minimum=0),
        Column("notes", "text", tr("Notes"), multiline=True),
    ) + _stamps(), geometry="POINT"),
    Table("study_areas", tr("Study areas"), (
        Column("fid", "autokey", tr("Id")),
        Column("name", "text", tr("Name"), not_null=True, nonempty=True),
        Column("cbs_code", "text", tr("CBS municipality code"), unique=True,
               pattern="cbs_municipality"),
    ) + _stamps(), geometry="MULTIPOLYGON"),
)
BY_NAME = {t.name: t for t in TABLES}
MEASURE_TABLES = tuple(t.name for t in TABLES if t.measure_kind)
LOOKUP_TABLES = tuple(t.name for t in TABLES if t.lookup)


def table(name):
    return BY_NAME[name]


def referencing(name):
    """(table, column) of every column that refers to table ``name``."""
    return [(t, c) for t in TABLES for c in t.columns if c.references and
            c.references[0] == name]


def lookup_rows(catalogue_path=None):
    """{table: [row dict]} of the rows a new package starts with: the partner kinds, the
    statuses, the measure types of the catalogue (default: the Dutch one) and the package's
    own description."""
    catalogue = read_catalogue(catalogue_path or default_table(CATALOGUE), None)
    measures = [{"id": m.id, "code": m.code, "name_nl": m.name_nl, "name_en": m.name_en,
                 "allows_point": "point" in m.geometries, "allows_line": "line" in m.geometries,
                 "allows_polygon": "polygon" in m.geometries, "width_m": m.width_m}
                for m in catalogue]
    return {
        PACKAGE_TABLE: [{"id": 1, "key": "schema_version", "value": str(SCHEMA_VERSION)},
                        {"id": 2, "key": "srid", "value": str(SRID)}],
        "partner_kinds": [{"id": i, "code": c, "name_nl": nl, "name_en": en}
                          for i, (c, nl, en) in enumerate(PARTNER_KINDS, start=1)],
        "statuses": [{"id": i, "code": c, "name_nl": nl, "name_en": en}
                     for i, (c, nl, en) in enumerate(STATUSES, start=1)],
        "measure_types": measures,
    }
