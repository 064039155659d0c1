"""SQL for the data package from the one definition in ``schema``: GeoPackage and PostGIS.

Both back ends get the same tables, columns and rules, each in its own words:

- GeoPackage (SQLite): CHECK constraints, and triggers for what SQLite does not enforce by
  itself (its foreign keys only work when a program switches them on, so triggers check the
  references) and for the sizes computed from the geometry (``ST_Area``/``ST_Length``, which
  QGIS and GDAL provide through SpatiaLite). The tables are registered in ``gpkg_contents`` and
  ``gpkg_geometry_columns`` so any GeoPackage reader lists them.
- PostGIS: typed geometry columns, CHECK and FOREIGN KEY constraints, BEFORE triggers for
  sizes, the measure type's geometry, refused values and the created/modified stamps, and
  AFTER triggers that refuse duplicate measures.

A value a column never takes (``Column.refused``, such as a partner applying alone) is refused
by a trigger in both, not by a CHECK: its message says why and what to do instead.

The messages in the triggers are SQL text stored in the package: they are English and name the
table and column, as the database's own constraint messages do.
"""
from . import schema

GPKG, POSTGIS = "gpkg", "postgis"
GPKG_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_GPKG_TYPES = {"autokey": "INTEGER", "key": "INTEGER", "integer": "INTEGER", "real": "REAL",
               "text": "TEXT", "boolean": "BOOLEAN", "date": "DATE", "datetime": "DATETIME"}
_PG_TYPES = {"autokey": "serial", "key": "integer", "integer": "integer",
             "real": "double precision", "text": "text", "boolean": "boolean", "date": "date",
             "datetime": "timestamp with time zone"}
_PG_GEOMETRY = {"MULTIPOLYGON": "MultiPolygon", "MULTILINESTRING": "MultiLineString",
                "POINT": "Point"}
_PATTERNS = {"cbs_municipality": {GPKG: "{c} GLOB 'GM[0-9][0-9][0-9][0-9]'",
                                  POSTGIS: "{c} ~ '^GM[0-9]{{4}}$'"}}
_SIZE_FUNCTIONS = {"area": "ST_Area", "length": "ST_Length"}


def ident(name):
    return '"%s"' % str(name).replace('"', '""')


def literal(value, dialect):
    """``value`` as an SQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        if dialect == POSTGIS:
            return "TRUE" if value else "FALSE"
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'%s'" % str(value).replace("'", "''")


def _raise(message):
    return "SELECT RAISE(ABORT, %s);" % literal(message, GPKG)


def _checks(table, dialect):
    """(name, expression) of the CHECK constraints of ``table``."""
    out = []
    for column in table.columns:
        c = ident(column.name)
        prefix = "%s_%s_" % (table.name, column.name)
        numeric = column.type in ("integer", "real")
        if dialect == GPKG and numeric:
            kinds = "'integer'" if column.type == "integer" else "'integer', 'real'"
            out.append((prefix + "number", "%s IS NULL OR typeof(%s) IN (%s)" % (c, c, kinds)))
        if dialect == GPKG and column.type == "boolean":
            out.append((prefix + "boolean", "%s IN (0, 1)" % c))
        if dialect == GPKG and column.type == "date":
            # a modifier makes SQLite normalise impossible days (04-31 becomes 05-01)
            out.append((prefix + "date", "%s IS NULL OR date(%s, '+0 days') IS %s" % (c, c, c)))
        if dialect == GPKG and column.type == "datetime":
            out.append((prefix + "datetime", "%s IS NULL OR (typeof(%s) = 'text' AND "
                                             "julianday(%s) IS NOT NULL)" % (c, c, c)))
        if column.nonempty:
            out.append((prefix + "not_empty", "trim(%s) <> ''" % c))
        if column.minimum is not None:
            name = "positive" if column.exclusive and column.minimum == 0 else "minimum"
            out.append((prefix + name, "%s %s %s" % (c, ">" if column.exclusive else ">=",
                                                      literal(column.minimum, dialect))))
        if column.pattern:
            out.append((prefix + "pattern", _PATTERNS[column.pattern][dialect].format(c=c)))
        if column.not_before:
            out.append((prefix + "not_before_" + column.not_before,
                        "%s >= %s" % (c, ident(column.not_before))))
        if column.not_above:
            # not named after the other column too: PostgreSQL cuts names at 63 characters
            out.append((prefix + "not_above",
                        "%s <= %s" % (c, ident(column.not_above))))
    return out


def _refused_message(table, column):
    value, reason = column.refused
    return "%s.%s = %s is refused: %s" % (table.name, column.name, literal(value, GPKG), reason)


def _default(column, dialect):
    if column.default is None or column.default == schema.USER:
        return None
    if column.default == schema.NOW:
        return "(%s)" % GPKG_NOW if dialect == GPKG else "now()"
    return literal(column.default, dialect)


def _column_sql(table, column, dialect, qualify=lambda t: ident(t)):
    if column.type == "autokey":
        return "%s %s" % (ident(column.name), "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"
                          if dialect == GPKG else "serial PRIMARY KEY")
    if column.type == "key":
        return "%s %s" % (ident(column.name), "INTEGER PRIMARY KEY NOT NULL"
                          if dialect == GPKG else "integer PRIMARY KEY")
    parts = [ident(column.name), (_GPKG_TYPES if dialect == GPKG else _PG_TYPES)[column.type]]
    if column.not_null:
        parts.append("NOT NULL")
    default = _default(column, dialect)
    if default is not None:
        parts.append("DEFAULT " + default)
    if column.unique:
        parts.append("CONSTRAINT %s UNIQUE" % ident("%s_%s_unique" % (table.name, column.name)))
    if column.references and dialect == GPKG:
        # declared for readers that switch foreign keys on; the triggers enforce it always
        ref_table, ref_column = column.references
        parts.append("REFERENCES %s (%s)" % (qualify(ref_table), ident(ref_column)))
    return " ".join(parts)


def _geometry_sql(table, dialect, postgis_schema=None):
    if dialect == GPKG:
        return "%s %s NOT NULL" % (ident(schema.GEOMETRY_COLUMN), table.geometry)
    return "%s %s.geometry(%s, %d) NOT NULL" % (
        ident(schema.GEOMETRY_COLUMN), ident(postgis_schema), _PG_GEOMETRY[table.geometry],
        schema.SRID)


def create_table(table, dialect, qualify=ident, postgis_schema=None):
    lines = [_column_sql(table, table.columns[0], dialect, qualify)]
    if table.geometry:
        lines.append(_geometry_sql(table, dialect, postgis_schema))
    lines += [_column_sql(table, c, dialect, qualify) for c in table.columns[1:]]
    lines += ["CONSTRAINT %s CHECK (%s)" % (ident(name), expression)
              for name, expression in _checks(table, dialect)]
    if dialect == POSTGIS:
        lines += ["CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s)" % (
            ident("%s_%s_fkey" % (table.name, c.name)), ident(c.name),
            qualify(c.references[0]), ident(c.references[1]))
            for c in table.columns if c.references]
    return "CREATE TABLE %s (\n  %s\n);" % (qualify(table.name), ",\n  ".join(lines))


# -- GeoPackage ---------------------------------------------------------------------------

def _gpkg_triggers(table):
    t, out = table.name, []
    key = ident(table.key)
    for column in table.columns:
        if not column.references:
            continue
        c = ident(column.name)
        ref_table, ref_column = column.references
        missing = "NEW.%s IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s WHERE %s = NEW.%s)" % (
            c, ident(ref_table), ident(ref_column), c)
        message = "%s.%s: the value is not a %s.%s (foreign key)" % (
            t, column.name, ref_table, ref_column)
        for event, suffix in (("INSERT", "insert"), ("UPDATE OF %s" % c, "update")):
            out.append("CREATE TRIGGER %s BEFORE %s ON %s WHEN %s\nBEGIN %s END;" % (
                ident("%s_%s_fk_%s" % (t, column.name, suffix)), event, ident(t), missing,
                _raise(message)))
    for other, column in schema.referencing(t):
        out += _gpkg_guards(t, other, column)
    for column in table.columns:
        if column.refused:
            c = ident(column.name)
            refused = "NEW.%s = %s" % (c, literal(column.refused[0], GPKG))
            for event, suffix in (("INSERT", "insert"), ("UPDATE OF %s" % c, "update")):
                out.append("CREATE TRIGGER %s BEFORE %s ON %s WHEN %s\nBEGIN %s END;" % (
                    ident("%s_%s_refused_%s" % (t, column.name, suffix)), event, ident(t),
                    refused, _raise(_refused_message(table, column))))
    if table.measure_kind:
        allowed = ident("allows_" + table.measure_kind)
        wrong = ("EXISTS (SELECT 1 FROM %s WHERE %s = NEW.%s AND NOT %s)" % (
            ident("measure_types"), ident("code"), ident("measure_type"), allowed))
        message = "%s.measure_type: this measure type cannot be drawn as a %s " \
                  "(measure_types.allows_%s)" % (t, table.measure_kind, table.measure_kind)
        for event, suffix in (("INSERT", "insert"), ("UPDATE OF measure_type", "update")):
            out.append("CREATE TRIGGER %s BEFORE %s ON %s WHEN %s\nBEGIN %s END;" % (
                ident("%s_measure_kind_%s" % (t, suffix)), event, ident(t), wrong,
                _raise(message)))
    size = table.size_column
    if size is not None:
        s, g = ident(size.name), ident(schema.GEOMETRY_COLUMN)
        value = "coalesce(%s(NEW.%s), 0)" % (_SIZE_FUNCTIONS[size.computed], g)
        out.append("CREATE TRIGGER %s AFTER INSERT ON %s\nBEGIN UPDATE %s SET %s = %s "
                   "WHERE %s = NEW.%s; END;" % (ident("%s_%s_insert" % (t, size.name)),
                                                ident(t), ident(t), s, value, key, key))
        out.append("CREATE TRIGGER %s AFTER UPDATE OF %s, %s ON %s WHEN NEW.%s IS NOT %s\n"
                   "BEGIN UPDATE %s SET %s = %s WHERE %s = NEW.%s; END;" % (
                       ident("%s_%s_update" % (t, size.name)), g, s, ident(t), s, value,
                       ident(t), s, value, key, key))
    out += _gpkg_stamp_triggers(table)
    out += _gpkg_duplicate_triggers(table)
    return out


def _gpkg_guards(t, other, column):
    """Triggers that keep a row of table ``t`` while ``other.column`` refers to it."""
    ref = ident(column.references[1])
    used = "EXISTS (SELECT 1 FROM %s WHERE %s = OLD.%s)" % (
        ident(other.name), ident(column.name), ref)
    message = "%s: this row is used in %s.%s; change or delete those rows first" % (
        t, other.name, column.name)
    return [
        "CREATE TRIGGER %s BEFORE DELETE ON %s WHEN %s\nBEGIN %s END;" % (
            ident("%s_used_by_%s_%s_delete" % (t, other.name, column.name)), ident(t), used,
            _raise(message)),
        "CREATE TRIGGER %s BEFORE UPDATE OF %s ON %s WHEN NEW.%s IS NOT OLD.%s AND %s\n"
        "BEGIN %s END;" % (ident("%s_used_by_%s_%s_update" % (t, other.name, column.name)),
                           ref, ident(t), ref, ref, used, _raise(message)),
    ]


def _gpkg_stamp_triggers(table):
    """The database's clock in created_at and modified_at, whatever the program wrote there,
    and created_at/created_by kept once the row exists.

    SQLite's triggers cannot change NEW, so the clock is written by an UPDATE after the
    insert; within one statement SQLite's 'now' is one value, which is how the check on
    created_at tells that UPDATE from a program's (a program that writes that very moment
    into created_at gets away with the database's time). A GeoPackage has no users:
    created_by and modified_by are the program's word."""
    if not any(c.stamp for c in table.columns):
        return []
    t, key = ident(table.name), ident(table.key)
    edited = [ident(schema.GEOMETRY_COLUMN)] if table.geometry else []
    edited += [ident(c.name) for c in table.columns[1:] if not c.stamp and not c.computed]
    message = "%s: created_at and created_by are set by the database when a row is added " \
              "and cannot be changed" % table.name
    return [
        "CREATE TRIGGER %s AFTER INSERT ON %s\nBEGIN UPDATE %s SET created_at = %s, "
        "modified_at = %s WHERE %s = NEW.%s; END;" % (
            ident("%s_stamps_insert" % table.name), t, t, GPKG_NOW, GPKG_NOW, key, key),
        "CREATE TRIGGER %s AFTER UPDATE OF %s, modified_at ON %s WHEN NEW.modified_at IS NOT "
        "%s\nBEGIN UPDATE %s SET modified_at = %s WHERE %s = NEW.%s; END;" % (
            ident("%s_stamps_update" % table.name), ", ".join(edited), t, GPKG_NOW, t,
            GPKG_NOW, key, key),
        "CREATE TRIGGER %s BEFORE UPDATE OF created_at, created_by ON %s WHEN NEW.created_by "
        "IS NOT OLD.created_by OR (NEW.created_at IS NOT OLD.created_at AND NEW.created_at IS "
        "NOT %s)\nBEGIN %s END;" % (ident("%s_created_kept" % table.name), t, GPKG_NOW,
                                      _raise(message)),
    ]


def _duplicate_message(table):
    return "%s: duplicate of a row with the same %s and the same geometry (within %s m)" % (
        table.name, table.duplicate_key, literal(schema.DUPLICATE_TOLERANCE, GPKG))


def _gpkg_duplicate_triggers(table):
    """A row refused when one with the same duplicate key and the same geometry is there.

    After the row is written, so a row that breaks another rule is refused for that; SQLite
    lets one connection write at a time, so two programs adding the same rows at once cannot
    both pass. The candidates come from the GeoPackage's R-tree of bounding boxes (stored as
    float32, rounded outwards, so the box test never drops a duplicate)."""
    if not table.duplicate_key:
        return []
    t, fid, k = ident(table.name), ident(table.key), ident(table.duplicate_key)
    g, d = ident(schema.GEOMETRY_COLUMN), literal(schema.DUPLICATE_TOLERANCE, GPKG)
    found = ("EXISTS (SELECT 1 FROM {rtree} r JOIN {t} o ON o.{fid} = r.id WHERE "
             "r.minx <= ST_MaxX(NEW.{g}) + {d} AND r.maxx >= ST_MinX(NEW.{g}) - {d} AND "
             "r.miny <= ST_MaxY(NEW.{g}) + {d} AND r.maxy >= ST_MinY(NEW.{g}) - {d} AND "
             "o.{k} = NEW.{k} AND o.{fid} <> NEW.{fid} AND "
             "HausdorffDistance(o.{g}, NEW.{g}) <= {d})").format(
                 rtree=ident("rtree_%s_%s" % (table.name, schema.GEOMETRY_COLUMN)), t=t,
                 fid=fid, g=g, d=d, k=k)
    changed = "(NEW.{g} IS NOT OLD.{g} OR NEW.{k} IS NOT OLD.{k})".format(g=g, k=k)
    raise_ = _raise(_duplicate_message(table))
    return [
        "CREATE TRIGGER %s AFTER INSERT ON %s WHEN %s\nBEGIN %s END;" % (
            ident("%s_no_duplicate_insert" % table.name), t, found, raise_),
        "CREATE TRIGGER %s AFTER UPDATE OF %s, %s ON %s WHEN %s AND %s\nBEGIN %s END;" % (
            ident("%s_no_duplicate_update" % table.name), g, k, t, changed, found, raise_),
    ]


def gpkg_upgrade(before):
    """The SQL that brings a GeoPackage package of version ``before`` to
    ``schema.SCHEMA_VERSION`` (without the version's own row). Rows are left as they are."""
    steps = {2: _gpkg_version_2, 3: lambda: _gpkg_add_tables(3)}
    return [sql for version in range(before + 1, schema.SCHEMA_VERSION + 1)
            for sql in steps[version]()]


def _gpkg_version_2():
    """The stamp triggers replaced and the duplicate triggers added; duplicates already there
    stay, only new ones are refused."""
    out = []
    for table in schema.TABLES:
        if table.since > 2:
            continue
        triggers = _gpkg_stamp_triggers(table) + _gpkg_duplicate_triggers(table)
        if not triggers:
            continue
        for name in ("created_at", "modified_at", "stamps_insert", "stamps_update",
                     "created_kept", "no_duplicate_insert", "no_duplicate_update"):
            out.append("DROP TRIGGER IF EXISTS %s;" % ident("%s_%s" % (table.name, name)))
        out += triggers
    return out


def _gpkg_add_tables(version):
    """The tables ``version`` added, with their rules, registration and lookup rows, and the
    triggers that keep a row of an older table while a new one refers to it."""
    out = []
    for table in schema.added_in(version):
        out.append(create_table(table, GPKG))
        out += _gpkg_triggers(table)
        out += _gpkg_register(table)
    for table in schema.TABLES:
        if table.since < version:
            for other, column in schema.referencing(table.name):
                if other.since == version:
                    out += _gpkg_guards(table.name, other, column)
    return out + _inserts(_new_rows(version), GPKG)


def _new_rows(version):
    names = {t.name for t in schema.added_in(version)}
    return {name: rows for name, rows in schema.lookup_rows().items() if name in names}


def _gpkg_register(table):
    """The rows that list ``table`` in gpkg_contents (and gpkg_geometry_columns), so any
    GeoPackage reader finds it."""
    features = table.geometry is not None
    out = ["INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
           "last_change, srs_id) VALUES (%s, %s, %s, %s, %s, %s);" % (
               literal(table.name, GPKG), literal("features" if features else "attributes",
                                                  GPKG),
               literal(table.name, GPKG), literal(table.title, GPKG), GPKG_NOW,
               schema.SRID if features else "NULL")]
    if features:
        out.append("INSERT INTO gpkg_geometry_columns (table_name, column_name, "
                   "geometry_type_name, srs_id, z, m) VALUES (%s, %s, %s, %d, 0, 0);" % (
                       literal(table.name, GPKG), literal(schema.GEOMETRY_COLUMN, GPKG),
                       literal(table.geometry, GPKG), schema.SRID))
    return out


def _inserts(rows, dialect, qualify=ident):
    out = []
    for table in schema.TABLES:
        for row in rows.get(table.name, ()):
            names = list(row)
            out.append("INSERT INTO %s (%s) VALUES (%s);" % (
                qualify(table.name), ", ".join(ident(n) for n in names),
                ", ".join(literal(row[n], dialect) for n in names)))
    return out


def gpkg_script(rows, srs_wkt):
    """The SQL that turns a new, empty GeoPackage into a package: the RD New coordinate
    system, the tables with their rules, their registration, and the lookup ``rows``."""
    out = ["INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
           "organization_coordsys_id, definition, description) VALUES ('Amersfoort / RD New', "
           "%d, 'EPSG', %d, %s, 'Rijksdriehoekstelsel');" % (
               schema.SRID, schema.SRID, literal(srs_wkt, GPKG))]
    for table in schema.TABLES:
        out.append(create_table(table, GPKG))
        out += _gpkg_triggers(table)
        out += _gpkg_register(table)
    out += _inserts(rows, GPKG)
    return "\n".join(out)


# -- PostGIS ------------------------------------------------------------------------------

def _pg_functions(s, postgis):
    q = ident(s)
    size = """CREATE FUNCTION {q}.{name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.{column} := coalesce({postgis}.{function}(NEW.{geom}), 0);
  RETURN NEW;
END $$;"""
    out = [size.format(q=q, name=ident("zz_%s" % c), column=ident(c), postgis=ident(postgis),
                       function=f, geom=ident(schema.GEOMETRY_COLUMN))
           for c, f in (("area_m2", "ST_Area"), ("length_m", "ST_Length"))]
    out.append(_pg_stamps_function(q))
    out.append(_pg_refused_function(q))
    out.append("""CREATE FUNCTION {q}.zz_measure_kind() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  allowed boolean;
BEGIN
  EXECUTE format('SELECT %I FROM %I.measure_types WHERE code = $1',
                 'allows_' || TG_ARGV[0], TG_TABLE_SCHEMA)
    INTO allowed USING NEW.measure_type;
  IF allowed IS FALSE THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = format('%s.measure_type: the measure type %L cannot be drawn as a %s '
                       '(measure_types.allows_%s)', TG_TABLE_NAME, NEW.measure_type,
                       TG_ARGV[0], TG_ARGV[0]);
  END IF;
  RETURN NEW;
END $$;""".format(q=q))
    return out


def _pg_stamps_function(q):
    """created_* and modified_* from the database's clock and user, whatever the program
    wrote; created_* kept once the row exists."""
    return """CREATE OR REPLACE FUNCTION {q}.zz_stamps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.created_at := now();
    NEW.created_by := session_user::text;
  ELSIF NEW.created_at IS DISTINCT FROM OLD.created_at
        OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation',
      MESSAGE = format('%s: created_at and created_by are set by the database when a row is '
                       'added and cannot be changed', TG_TABLE_NAME);
  END IF;
  NEW.modified_at := now();
  NEW.modified_by := session_user::text;
  RETURN NEW;
END $$;""".format(q=q)


def _pg_refused_function(q):
    """Refuses the row whose column TG_ARGV[0] holds the value TG_ARGV[1], with the message
    TG_ARGV[2]."""
    return """CREATE OR REPLACE FUNCTION {q}.zz_refused() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  value text;
BEGIN
  EXECUTE format('SELECT ($1).%I::text', TG_ARGV[0]) INTO value USING NEW;
  IF value = TG_ARGV[1] THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = TG_ARGV[2];
  END IF;
  RETURN NEW;
END $$;""".format(q=q)


def _pg_duplicate_function(s, postgis, table):
    """A row refused when one with the same duplicate key and the same geometry is there.

    Two transactions cannot see each other's new rows, so each takes a lock on (table, key
    value) first: the second waits until the first commits and then sees its rows (in READ
    COMMITTED, QGIS's and PostgreSQL's default, each statement takes a fresh snapshot).
    After the row is written, so a row that breaks another rule is refused for that."""
    p = ident(postgis)
    return """CREATE OR REPLACE FUNCTION {q}.{name}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  other integer;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.{k} IS NOT DISTINCT FROM OLD.{k}
     AND NEW.{g}::text = OLD.{g}::text THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext({table}), hashtext(NEW.{k}::text));
  SELECT o.{fid} INTO other FROM {q}.{t} o
   WHERE o.{k} = NEW.{k} AND o.{fid} <> NEW.{fid}
     AND o.{g} OPERATOR({p}.&&) {p}.ST_Expand(NEW.{g}, {d})
     AND {p}.ST_HausdorffDistance(o.{g}, NEW.{g}) <= {d}
   LIMIT 1;
  IF other IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'unique_violation',
      MESSAGE = format('%s (%s %s)', {message}, {fid_name}, other);
  END IF;
  RETURN NULL;
END $$;""".format(q=ident(s), name=ident("zz_%s_no_duplicate" % table.name),
                  t=ident(table.name), table=literal("%s.%s" % (s, table.name), POSTGIS),
                  k=ident(table.duplicate_key), g=ident(schema.GEOMETRY_COLUMN),
                  fid=ident(table.key), fid_name=literal(table.key, POSTGIS), p=p,
                  d=literal(schema.DUPLICATE_TOLERANCE, POSTGIS),
                  message=literal(_duplicate_message(table), POSTGIS))


def _pg_duplicate_trigger(s, table):
    q, t = ident(s), ident(table.name)
    return "CREATE TRIGGER %s AFTER INSERT OR UPDATE OF %s, %s ON %s.%s FOR EACH ROW " \
           "EXECUTE FUNCTION %s.%s();" % (
               ident("%s_no_duplicate" % table.name), ident(schema.GEOMETRY_COLUMN),
               ident(table.duplicate_key), q, t, q, ident("zz_%s_no_duplicate" % table.name))


def postgis_upgrade(s, postgis, before):
    """The SQL that brings the PostGIS package of version ``before`` in schema ``s`` to
    ``schema.SCHEMA_VERSION`` (without the version's own row). Rows are left as they are."""
    steps = {2: lambda: _pg_version_2(s, postgis), 3: lambda: _pg_add_tables(s, postgis, 3)}
    return [sql for version in range(before + 1, schema.SCHEMA_VERSION + 1)
            for sql in steps[version]()]


def _pg_add_tables(s, postgis, version):
    """The tables ``version`` added, with their rules and lookup rows (their foreign keys
    keep the rows of the older tables they refer to)."""
    out = [_pg_refused_function(ident(s))]
    for table in schema.added_in(version):
        out += _pg_table(s, postgis, table)
    return out + _inserts(_new_rows(version), POSTGIS, _pg_qualify(s))


def _pg_version_2(s, postgis):
    """The stamp function replaced and the duplicate triggers added; duplicates already
    there stay, only new ones are refused."""
    out = [_pg_stamps_function(ident(s))]
    for table in schema.TABLES:
        if table.duplicate_key and table.since <= 2:
            out.append(_pg_duplicate_function(s, postgis, table))
            out.append("DROP TRIGGER IF EXISTS %s ON %s.%s;" % (
                ident("%s_no_duplicate" % table.name), ident(s), ident(table.name)))
            out.append(_pg_duplicate_trigger(s, table))
    return out


def _pg_triggers(s, table):
    q, t, out = ident(s), ident(table.name), []
    size = table.size_column
    if size is not None:
        out.append("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON %s.%s FOR EACH ROW "
                   "EXECUTE FUNCTION %s.%s();" % (ident("%s_%s" % (table.name, size.name)), q,
                                                  t, q, ident("zz_" + size.name)))
    if any(c.stamp for c in table.columns):
        out.append("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON %s.%s FOR EACH ROW "
                   "EXECUTE FUNCTION %s.zz_stamps();" % (ident("%s_stamps" % table.name), q,
                                                         t, q))
    for column in table.columns:
        if column.refused:
            out.append("CREATE TRIGGER %s BEFORE INSERT OR UPDATE OF %s ON %s.%s FOR EACH ROW "
                       "EXECUTE FUNCTION %s.zz_refused(%s, %s, %s);" % (
                           ident("%s_%s_refused" % (table.name, column.name)),
                           ident(column.name), q, t, q, literal(column.name, POSTGIS),
                           literal(column.refused[0], POSTGIS),
                           literal(_refused_message(table, column), POSTGIS)))
    if table.measure_kind:
        out.append("CREATE TRIGGER %s BEFORE INSERT OR UPDATE OF measure_type ON %s.%s FOR "
                   "EACH ROW EXECUTE FUNCTION %s.zz_measure_kind(%s);" % (
                       ident("%s_measure_kind" % table.name), q, t, q,
                       literal(table.measure_kind, POSTGIS)))
    if table.duplicate_key:
        out.append(_pg_duplicate_trigger(s, table))
    if table.geometry:
        out.append("CREATE INDEX %s ON %s.%s USING gist (%s);" % (
            ident("%s_geom_idx" % table.name), q, t, ident(schema.GEOMETRY_COLUMN)))
    for column in table.columns:
        if column.references:
            out.append("CREATE INDEX %s ON %s.%s (%s);" % (
                ident("%s_%s_idx" % (table.name, column.name)), q, t, ident(column.name)))
    return out


def _pg_qualify(s):
    return lambda name: "%s.%s" % (ident(s), ident(name))


def _pg_table(s, postgis, table):
    qualify = _pg_qualify(s)
    return [create_table(table, POSTGIS, qualify, postgis),
            "COMMENT ON TABLE %s IS %s;" % (qualify(table.name), literal(table.title, POSTGIS))
            ] + _pg_triggers(s, table)


def postgis_script(s, postgis, rows):
    """The SQL that creates the package in the (new) schema ``s`` of a database whose PostGIS
    lives in schema ``postgis``, with the lookup ``rows``."""
    out = ["CREATE SCHEMA %s;" % ident(s)]
    out += _pg_functions(s, postgis)
    out += [_pg_duplicate_function(s, postgis, t) for t in schema.TABLES if t.duplicate_key]
    for table in schema.TABLES:
        out += _pg_table(s, postgis, table)
    out += _inserts(rows, POSTGIS, _pg_qualify(s))
    return "\n".join(out)
