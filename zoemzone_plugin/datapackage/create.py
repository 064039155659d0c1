"""Building a data package with QGIS: tables and lookups from ``ddl``, then a style and form
per layer saved in the package's ``layer_styles`` so any QGIS opens it with both.

Errors the user can act on are raised as ``InputError`` (translated by the algorithm).
"""
import os
import re

from osgeo import ogr, osr
from qgis.core import (QgsCategorizedSymbolRenderer, QgsDataSourceUri, QgsDefaultValue,
                       QgsEditorWidgetSetup, QgsFeatureRequest, QgsFieldConstraints, QgsException,
                       QgsProviderRegistry, QgsRendererCategory, QgsSymbol, QgsVectorLayer,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ..engine.errors import Cancelled, InputError
from ..engine.progress import NullFeedback
from ..i18n import tr, user_language
from . import ddl, schema

STATUS_COLOURS = {"idee": "#f2d544", "gepland": "#f18f01", "in uitvoering": "#3f88c5",
                  "gerealiseerd": "#2a9d3f",
                  # applications to the stimuleringsfonds
                  "ingediend": "#f2d544", "toegekend": "#3f88c5", "afgewezen": "#9e9e9e",
                  "uitgevoerd": "#2a9d3f"}
# the lookup whose values a table's status categories are, by the table the column refers to
STATUS_VALUES = {"statuses": schema.STATUSES,
                 "application_statuses": schema.APPLICATION_STATUSES}
LAYER_COLOURS = {"habitats": "#7fbf7b", "observations": "#e6a700", "study_areas": "#555555"}
_SCHEMA_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_RESERVED_SCHEMAS = ("public", "information_schema", "topology", "tiger")


def styled_tables():
    """The tables that get a style and form: all but the lookups and the package table."""
    return [t for t in schema.TABLES if not t.lookup and t.name != schema.PACKAGE_TABLE]


def _check(feedback, percent):
    if feedback.isCanceled():
        raise Cancelled()
    feedback.setProgress(percent)


# -- styles and forms ---------------------------------------------------------------------

def _value_relation(column, lookup_layer, measure_kind):
    ref_table, key = column.references
    label = schema.table(ref_table).label
    config = {"Layer": lookup_layer.id(), "LayerName": ref_table,
              "LayerSource": lookup_layer.publicSource(),
              "LayerProviderName": lookup_layer.providerType(), "Key": key, "Value": label,
              "AllowNull": not column.not_null, "OrderByValue": True, "AllowMulti": False,
              "UseCompleter": False, "NofColumns": 1, "FilterExpression": ""}
    if ref_table == "measure_types" and measure_kind:
        config["FilterExpression"] = '"allows_%s"' % measure_kind
    return QgsEditorWidgetSetup("ValueRelation", config)


def _default_expression(column):
    if column.computed:
        return "%s($geometry)" % column.computed
    if column.default == schema.NOW:
        return "now()"
    if column.default == schema.USER:
        return "@user_full_name"
    if isinstance(column.default, bool):
        return "true" if column.default else "false"
    if isinstance(column.default, str):
        return "'%s'" % column.default.replace("'", "''")
    if column.default is not None:
        return repr(column.default)
    return None


def _form_constraint(table, column):
    """(expression, description) a form checks before the database does, or None: every
    rule of the column, and-ed, with their descriptions one after the other."""
    c = '"%s"' % column.name
    if column.computed:
        return None
    rules = []
    if column.minimum is not None:
        description = (tr("Must be more than 0.") if column.exclusive
                       else tr("May not be negative."))
        rules.append(("%s IS NULL OR %s %s %r" % (c, c, ">" if column.exclusive else ">=",
                                                  column.minimum), description))
    for other, operator, text in (
            (column.not_before, ">=", tr("May not be before '{field}'.")),
            (column.not_above, "<=", tr("May not be more than '{field}'."))):
        if other:
            rules.append(('%s IS NULL OR "%s" IS NULL OR %s %s "%s"' % (
                c, other, c, operator, other),
                text.format(field=tr(table.column(other).alias))))
    if column.refused:
        value, reason = column.refused
        rules.append(("%s IS NULL OR %s <> '%s'" % (c, c, value.replace("'", "''")),
                      tr(reason)))
    if column.pattern == "cbs_municipality":
        rules.append(("%s IS NULL OR regexp_match(%s, '^GM[0-9]{4}$')" % (c, c),
                      tr("A CBS municipality code: GM and four digits, e.g. GM0935.")))
    if column.nonempty:
        rules.append(("%s IS NULL OR trim(%s) <> ''" % (c, c), tr("May not be empty.")))
    if not rules:
        return None
    if len(rules) == 1:
        return rules[0]
    return (" AND ".join("(%s)" % e for e, _ in rules), " ".join(d for _, d in rules))


def _symbol(layer, colour):
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(colour))
    geometry = layer.geometryType()
    if geometry == QgsWkbTypes.PolygonGeometry:
        symbol.setOpacity(0.75)
    elif geometry == QgsWkbTypes.LineGeometry:
        symbol.symbolLayer(0).setWidth(1.2)
    elif geometry == QgsWkbTypes.PointGeometry:
        symbol.setSize(3.5)
    return symbol


def _status_lookup(table):
    """The lookup the table's status refers to, or None."""
    try:
        return table.column("status").references[0]
    except KeyError:
        return None


def _renderer(layer, table):
    statuses = STATUS_VALUES.get(_status_lookup(table))
    if statuses:
        categories = [QgsRendererCategory(code, _symbol(layer, STATUS_COLOURS[code]), name)
                      for code, name, _ in statuses]
        layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    elif table.name == "study_areas":
        symbol = _symbol(layer, LAYER_COLOURS[table.name])
        symbol.symbolLayer(0).setBrushStyle(0)    # Qt.NoBrush: outline only
        symbol.symbolLayer(0).setStrokeWidth(0.6)
        layer.renderer().setSymbol(symbol)
    elif table.name in LAYER_COLOURS:
        layer.renderer().setSymbol(_symbol(layer, LAYER_COLOURS[table.name]))


def configure_layer(layer, table, lookup_layers):
    """Aliases, widgets (value relations to ``lookup_layers``), defaults, form constraints,
    read-only fields and renderer of ``layer``, all from the schema."""
    form = layer.editFormConfig()
    for column in table.columns:
        index = layer.fields().indexOf(column.name)
        if index < 0:
            raise InputError("The layer '{layer}' lacks the field '{field}'.",
                             layer=table.name, field=column.name)
        layer.setFieldAlias(index, tr(column.alias))
        if column.references:
            layer.setEditorWidgetSetup(index, _value_relation(
                column, lookup_layers[column.references[0]], table.measure_kind))
        elif column.type == "boolean":
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("CheckBox", {}))
        elif column.type in ("date", "datetime"):
            date = column.type == "date"
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("DateTime", {
                "field_format": "yyyy-MM-dd" if date else "yyyy-MM-dd HH:mm:ss",
                "display_format": "yyyy-MM-dd" if date else "yyyy-MM-dd HH:mm",
                "calendar_popup": True, "allow_null": True}))
        elif column.multiline:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(
                "TextEdit", {"IsMultiline": True, "UseHtml": False}))
        expression = _default_expression(column)
        if expression:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(
                expression, bool(column.computed) or column.stamp in ("modified_at",
                                                                       "modified_by")))
        constraint = _form_constraint(table, column)
        if constraint:
            layer.setConstraintExpression(index, *constraint)
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if column.type in ("autokey", "key") or column.computed or column.stamp:
            form.setReadOnly(index, True)
    layer.setEditFormConfig(form)
    if table.geometry:
        _renderer(layer, table)


def display_column(table_name, lookup_layer):
    """The column a drop-down list of ``table_name`` shows: name_en in English when every
    row of the lookup has one (a partner's own row may lack it), else the table's label."""
    label = schema.table(table_name).label
    if label != "name_nl" or user_language() == "nl" or lookup_layer is None:
        return label
    index = lookup_layer.fields().indexOf("name_en")
    if index < 0:
        return label
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([index])
    for feature in lookup_layer.getFeatures(request):
        value = feature[index]
        if value is None or (isinstance(value, QVariant) and value.isNull()) or \
                not str(value).strip():
            return label
    return "name_en"


def localise_layer(layer, table, lookup_layers):
    """Form labels, drop-down names and status legend in the user's language.

    The style stored in a package (what a QGIS without the plugin shows) has the labels of
    the QGIS that created it and Dutch drop-down names; the dock applies this whenever it
    opens a package, so every partner reads their own language."""
    english = user_language() != "nl"
    columns = [(c, layer.fields().indexOf(c.name)) for c in table.columns]
    columns = [(c, index) for c, index in columns if index >= 0]
    # on a layer styled from its data source QGIS 3.22 can drop a field's widget when its
    # alias is set again (seen with the stored package style): kept and set again after
    setups = {index: layer.editorWidgetSetup(index) for _, index in columns}
    for column, index in columns:
        layer.setFieldAlias(index, tr(column.alias))
    for column, index in columns:
        setup = setups[index]
        if column.references and setup.type() == "ValueRelation":
            config = dict(setup.config())
            config["Value"] = display_column(column.references[0],
                                             lookup_layers.get(column.references[0]))
            setup = QgsEditorWidgetSetup("ValueRelation", config)
        layer.setEditorWidgetSetup(index, setup)
    renderer = layer.renderer()
    if table.measure_kind and isinstance(renderer, QgsCategorizedSymbolRenderer):
        names = {code: (en if english else nl) for code, nl, en in schema.STATUSES}
        for i, category in enumerate(renderer.categories()):
            if category.value() in names:
                renderer.updateCategoryLabel(i, names[category.value()])


def save_styles(open_layer, target, feedback, start=50, end=100, tables=None):
    """Configure and save the style and form of the styled ``tables`` (default: all) as their
    default style in the package's layer_styles; ``open_layer(table_name)`` gives a
    QgsVectorLayer on it."""
    lookups = {}
    for name in schema.LOOKUP_TABLES + ("partners",):
        lookups[name] = open_layer(name)
    tables = tables or styled_tables()
    for i, table in enumerate(tables):
        _check(feedback, start + (end - start) * i / len(tables))
        layer = lookups.get(table.name) or open_layer(table.name)
        configure_layer(layer, table, lookups)
        error = layer.saveStyleToDatabase(schema.STYLE_NAME, tr(
            "Zoem Zone style and form: drop-down lists of the valid measure types, partners "
            "and statuses."), True, "")
        if error:
            raise InputError("The style of '{table}' could not be saved in {target}: {error}",
                             table=table.name, target=target, error=error)
    feedback.setProgress(end)


def _opened(layer, table_name, target):
    if not layer.isValid():
        raise InputError("QGIS cannot open the table '{table}' of {target}.",
                         table=table_name, target=target)
    return layer


# -- GeoPackage ---------------------------------------------------------------------------

def geopackage_layer(path, table_name):
    return QgsVectorLayer("%s|layername=%s" % (path, table_name), table_name, "ogr")


def _remove_geopackage(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def create_geopackage(path, overwrite=False, feedback=None, catalogue_path=None):
    """Create the package as the GeoPackage ``path``; returns the path."""
    feedback = feedback or NullFeedback()
    path = os.path.abspath(path)
    if not path.lower().endswith(".gpkg"):
        raise InputError("The file {path} does not end in .gpkg; a data package is a "
                         "GeoPackage file (.gpkg).", path=path)
    if os.path.exists(path):
        if not overwrite:
            raise InputError(
                "The file {path} already exists and may hold data. Choose another file name, "
                "or set 'Overwrite existing data' (OVERWRITE) to replace it with an empty "
                "package: everything in it is lost.", path=path)
        _remove_geopackage(path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rows = schema.lookup_rows(catalogue_path)
    _check(feedback, 5)
    try:
        _create_geopackage_tables(path, rows)
        _check(feedback, 40)
        save_styles(lambda name: _opened(geopackage_layer(path, name), name, path), path,
                    feedback, 40, 100)
    except BaseException:
        _remove_geopackage(path)
        raise
    return path


def _create_geopackage_tables(path, rows):
    import sqlite3
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(path)
    if dataset is None:
        raise InputError("GDAL cannot create the GeoPackage {path}. Check that the folder "
                         "exists and that you may write in it.", path=path)
    dataset = None
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(schema.SRID)
    script = ddl.gpkg_script(rows, srs.ExportToWkt())
    connection = sqlite3.connect(path)
    try:
        connection.executescript("BEGIN;\n%s\nCOMMIT;" % script)
    finally:
        connection.close()
    add_spatial_indexes(path, schema.TABLES)


def add_spatial_indexes(path, tables):
    """The GeoPackage R-tree of every geometry table of ``tables`` that has none yet."""
    dataset = ogr.Open(path, 1)
    for table in tables:
        if not table.geometry:
            continue
        arguments = "'%s', '%s'" % (table.name, schema.GEOMETRY_COLUMN)
        result = dataset.ExecuteSQL("SELECT HasSpatialIndex(%s)" % arguments)
        exists = result.GetNextFeature().GetField(0)
        dataset.ReleaseResultSet(result)
        if not exists:
            dataset.ReleaseResultSet(dataset.ExecuteSQL(
                "SELECT CreateSpatialIndex(%s)" % arguments))
    dataset = None


# -- PostGIS ------------------------------------------------------------------------------

def postgres_connection(name):
    """The saved QGIS PostgreSQL connection ``name``."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name, False) if metadata else None
    except QgsException:
        connection = None
    if connection is None:
        raise InputError("There is no saved PostgreSQL connection named '{name}'. Add it in "
                         "the Browser (PostgreSQL › New Connection) or choose another.",
                         name=name)
    return connection


def _sql(connection, sql, connection_name):
    try:
        return connection.executeSql(sql)
    except QgsException as error:
        raise InputError("The database of connection '{connection}' refused: {error}",
                         connection=connection_name, error=str(error)) from None


def _postgis_schema(connection, name):
    rows = _sql(connection, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
                            "ON n.oid = e.extnamespace WHERE e.extname = 'postgis'", name)
    if rows:
        return rows[0][0]
    try:
        connection.executeSql("CREATE EXTENSION IF NOT EXISTS postgis")
    except QgsException as error:
        raise InputError("The database of connection '{connection}' has no PostGIS, and it "
                         "could not be added ({error}). Ask its administrator to run "
                         "CREATE EXTENSION postgis; in it.", connection=name,
                         error=str(error)) from None
    return _postgis_schema(connection, name)


def postgis_layer(connection, schema_name, table_name):
    uri = QgsDataSourceUri(connection.uri())
    table = schema.table(table_name)
    uri.setDataSource(schema_name, table_name,
                      schema.GEOMETRY_COLUMN if table.geometry else None, "", table.key)
    if table.geometry:
        uri.setSrid(str(schema.SRID))
        uri.setWkbType(QgsWkbTypes.parseType(table.geometry))
    return QgsVectorLayer(uri.uri(False), table_name, "postgres")


def create_postgis(connection_name, schema_name, overwrite=False, feedback=None,
                   catalogue_path=None):
    """Create the package in schema ``schema_name`` of the saved connection; returns the
    schema name."""
    feedback = feedback or NullFeedback()
    if not _SCHEMA_NAME.match(schema_name or "") or schema_name.startswith("pg_"):
        raise InputError("'{schema}' cannot be used as a schema name: use lower-case letters, "
                         "digits and '_', starting with a letter (e.g. zoemzone).",
                         schema=schema_name)
    connection = postgres_connection(connection_name)
    postgis = _postgis_schema(connection, connection_name)
    if schema_name in _RESERVED_SCHEMAS or schema_name == postgis:
        raise InputError("The package needs a schema of its own, not '{schema}', which holds "
                         "the database's shared objects. Choose another name, e.g. zoemzone.",
                         schema=schema_name)
    place = {"schema": schema_name, "connection": connection_name}
    exists = _sql(connection, "SELECT 1 FROM pg_namespace WHERE nspname = %s" %
                  ddl.literal(schema_name, ddl.POSTGIS), connection_name)
    tables = [r[0] for r in _sql(
        connection, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                    "c.relnamespace WHERE n.nspname = %s AND c.relkind IN ('r', 'v', 'm', "
                    "'p', 'f') ORDER BY 1" % ddl.literal(schema_name, ddl.POSTGIS),
        connection_name)]
    if tables and not overwrite:
        raise InputError(
            "The schema '{schema}' of connection '{connection}' already holds tables "
            "({tables}). Choose another schema, or set 'Overwrite existing data' (OVERWRITE) "
            "to replace the package with an empty one: all its data is lost.",
            tables=", ".join(tables[:8]), **place)
    if tables and schema.PACKAGE_TABLE not in tables:
        raise InputError(
            "The schema '{schema}' of connection '{connection}' holds tables ({tables}) but is "
            "not a Zoem Zone package, so it is not replaced even with OVERWRITE. Choose "
            "another schema name, or empty this schema yourself.",
            tables=", ".join(tables[:8]), **place)
    _check(feedback, 5)
    rows = schema.lookup_rows(catalogue_path)
    script = ddl.postgis_script(schema_name, postgis, rows)
    if exists:
        styles = ddl.literal(schema_name, ddl.POSTGIS)
        script = ("DROP SCHEMA %s CASCADE;\nDO $$ BEGIN IF to_regclass('layer_styles') IS NOT "
                  "NULL THEN DELETE FROM layer_styles WHERE f_table_catalog = "
                  "current_database() AND f_table_schema = %s; END IF; END $$;\n%s" % (
                      ddl.ident(schema_name), styles, script))
    # one call: PostgreSQL runs the statements of one query string in one transaction
    _sql(connection, script, connection_name)
    _check(feedback, 40)
    target = (tr("schema '{schema}' of connection '{connection}'")
              .format(**place))
    save_styles(lambda name: _opened(postgis_layer(connection, schema_name, name), name,
                                     target), target, feedback, 40, 100)
    return schema_name
