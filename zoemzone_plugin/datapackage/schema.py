"""The tables of the Zoem Zone data package, defined once for GeoPackage and PostGIS alike.

Pure data: ``ddl`` renders it as SQL for either back end and ``create`` builds the styles and
forms from it. Every rule here is enforced by the database itself (NOT NULL, CHECK, foreign
keys, triggers), so a row that breaks one is refused whichever program writes it; the forms
only help the user to get it right first time.

Contract for programs that write to a package:
- geometries in EPSG:28992; measure and habitat sizes are computed by the database (leave them
  empty); the database sets ``created_at`` and ``modified_at`` itself, whatever a program
  writes there, and refuses a change of ``created_at``/``created_by`` once a row exists; in
  PostGIS it sets ``created_by``/``modified_by`` to the database user too (a GeoPackage has
  no users: there they are whatever the program writes);
- a measure with the measure type and the geometry (within ``DUPLICATE_TOLERANCE``) of one
  already in its table is a duplicate, and the database refuses it;
- ``measure_type`` is a ``measure_types.code``, ``status`` a ``statuses.code``, ``partner_id``
  a ``partners.id`` and ``partners.kind`` a ``partner_kinds.code``; a measure type must allow
  the geometry it is drawn with (``measure_types.allows_point/line/polygon``);
- an application to the stimuleringsfonds (``applications``, drawn as an area, or
  ``applications_point``, drawn as a point: the same columns) has an ``applicant_kind`` of
  ``applicant_kinds`` other than ``partner`` (a direct partner cannot apply alone: it takes
  part only as ``co_applicant_partner_id``, a ``partners.id``), a ``status`` of
  ``application_statuses``, amounts that are not negative and an ``amount_granted_eur`` not
  above ``amount_requested_eur``.
"""
from dataclasses import dataclass

from ..engine.kansenkaart.catalogue import read_catalogue
from ..paths import default_table

# 2: the database sets the created/modified stamps and refuses duplicate measures;
# 3: the applications to the stimuleringsfonds and their lookups (tables with ``since=3``).
# A package of an older version is brought to this one when it is opened (``migrate``)
SCHEMA_VERSION = 3
SRID = 28992
GEOMETRY_COLUMN = "geom"
STYLE_NAME = "zoemzone"
CATALOGUE = "measures_nl.csv"
# the table a program looks for to recognise a Zoem Zone package
PACKAGE_TABLE = "zoemzone_package"
# geometries closer than this (Hausdorff distance, in metres of EPSG:28992) are "the same": a
# round trip through another CRS moves vertices by a hair
DUPLICATE_TOLERANCE = 0.01

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
    not_above: str = None       # a number column of the same row this one may not exceed
    refused: tuple = None       # (value, English reason, translated in the forms): a
                                # value the column never takes
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
    duplicate_key: str = None   # a column: two rows with the same value in it and the same
                                # geometry (within DUPLICATE_TOLERANCE) are duplicates
    since: int = 1              # the schema version that added the table (``migrate``)

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


def _lookup(name, title, extra=(), since=1):
    return Table(name, title, (
        Column("id", "key", tr("Id")),
        Column("code", "text", tr("Code"), not_null=True, unique=True, nonempty=True),
        Column("name_nl", "text", tr("Name (Dutch)"), not_null=True, nonempty=True),
        Column("name_en", "text", tr("Name (English)")),
    ) + tuple(extra), lookup=True, label="name_nl", since=since)


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
                 measure_kind=kind, duplicate_key="measure_type")


def _applications(name, title, geometry):
    """An application table. Its geometry is where the project is (a schoolyard, a verge, a
    bee hotel's spot), not the drawn measure, so any measure type goes with either
    geometry."""
    return Table(name, title, (
        Column("fid", "autokey", tr("Id")),
        Column("applicant_name", "text", tr("Applicant"), not_null=True, nonempty=True),
        Column("applicant_kind", "text", tr("Kind of applicant"), not_null=True,
               references=("applicant_kinds", "code"), refused=(PARTNER_APPLICANT, tr(
                   "A direct partner cannot apply alone: choose the group that applies (a "
                   "foundation, school, society, association or residents' group) as "
                   "applicant and the partner as co-applicant (co_applicant_partner_id)."))),
        Column("co_applicant_partner_id", "integer", tr("Co-applicant (partner)"),
               references=("partners", "id")),
        Column("title", "text", tr("Title"), not_null=True, nonempty=True),
        Column("description", "text", tr("Description"), multiline=True),
        Column("measure_type", "text", tr("Planned measure type"),
               references=("measure_types", "code")),
        Column("measure_size_m2", "real", tr("Planned size (m²)"), minimum=0, exclusive=True),
        Column("amount_requested_eur", "real", tr("Amount requested (EUR)"), not_null=True,
               minimum=0),
        Column("amount_granted_eur", "real", tr("Amount granted (EUR)"), minimum=0,
               not_above="amount_requested_eur"),
        Column("status", "text", tr("Status"), not_null=True, default="ingediend",
               references=("application_statuses", "code")),
        Column("submitted_on", "date", tr("Submitted on")),
        Column("realised_on", "date", tr("Realised on"), not_before="submitted_on"),
        Column("public", "boolean", tr("Public"), not_null=True, default=False),
    ) + _stamps(), geometry=geometry, since=3)


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
# who may apply to the stimuleringsfonds; a direct partner only together with one of the others
APPLICANT_KINDS = (
    ("stichting", "stichting", "foundation"),
    ("school", "school", "school"),
    ("heemkundekring", "heemkundekring", "local history society"),
    ("agrarische natuurvereniging", "agrarische natuurvereniging",
     "agricultural nature association"),
    ("inwonersgroep", "inwonersgroep", "residents' group"),
    ("partner", "partner (alleen als medeaanvrager)", "partner (co-applicant only)"),
    ("other", "overig", "other"),
)
PARTNER_APPLICANT = "partner"
APPLICATION_STATUSES = (
    ("ingediend", "ingediend", "submitted"),
    ("toegekend", "toegekend", "granted"),
    ("afgewezen", "afgewezen", "refused"),
    ("uitgevoerd", "uitgevoerd", "carried out"),
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
    _lookup("applicant_kinds", tr("Kinds of applicant"), since=3),
    _lookup("application_statuses", tr("Application statuses"), since=3),
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
    _applications("applications", tr("Fund applications (areas)"), "MULTIPOLYGON"),
    _applications("applications_point", tr("Fund applications (points)"), "POINT"),
)
BY_NAME = {t.name: t for t in TABLES}
MEASURE_TABLES = tuple(t.name for t in TABLES if t.measure_kind)
LOOKUP_TABLES = tuple(t.name for t in TABLES if t.lookup)


def table(name):
    return BY_NAME[name]


def added_in(version):
    """The tables schema version ``version`` added."""
    return [t for t in TABLES if t.since == version]


def referencing(name):
    """(table, column) of every column that refers to table ``name``."""
    return [(t, c) for t in TABLES for c in t.columns if c.references and
            c.references[0] == name]


def lookup_rows(catalogue_path=None):
    """{table: [row dict]} of the rows a new package starts with: the partner kinds, the
    statuses, the kinds of applicant and the application statuses, the measure types of the
    catalogue (default: the Dutch one) and the package's own description."""
    catalogue = read_catalogue(catalogue_path or default_table(CATALOGUE), None)
    measures = [{"id": m.id, "code": m.code, "name_nl": m.name_nl, "name_en": m.name_en,
                 "allows_point": "point" in m.geometries, "allows_line": "line" in m.geometries,
                 "allows_polygon": "polygon" in m.geometries, "width_m": m.width_m}
                for m in catalogue]
    rows = {
        PACKAGE_TABLE: [{"id": 1, "key": "schema_version", "value": str(SCHEMA_VERSION)},
                        {"id": 2, "key": "srid", "value": str(SRID)}],
        "measure_types": measures,
    }
    for name, values in (("partner_kinds", PARTNER_KINDS), ("statuses", STATUSES),
                         ("applicant_kinds", APPLICANT_KINDS),
                         ("application_statuses", APPLICATION_STATUSES)):
        rows[name] = [{"id": i, "code": c, "name_nl": nl, "name_en": en}
                      for i, (c, nl, en) in enumerate(values, start=1)]
    return rows
