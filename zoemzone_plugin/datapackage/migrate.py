"""Packages made by an older plugin brought to ``schema.SCHEMA_VERSION`` when they are opened
(by the dock, or as the target of zoemzone:importpartnerdata), so their database enforces the
same rules as a new package's.

The version is the row ``schema_version`` of the package table. An upgrade adds and replaces
triggers and functions, and adds the tables of a newer version (``schema.Table.since``) with
their lookup rows: no existing row is changed or dropped, so duplicates a package already has
stay (only new ones are refused). It runs in one transaction that first locks the package
table and reads the version again, so two programs opening the same old package at once
upgrade it once. Then the new tables' styles and forms are stored in the package, as a new
package has them. A package of a newer version than this plugin knows is left alone.

Errors the user can act on are raised as ``InputError``.
"""
import os
import sqlite3

from qgis.core import QgsDataSourceUri, QgsException, QgsProviderRegistry

from ..engine.errors import InputError
from ..engine.progress import NullFeedback
from . import create, ddl, schema

VERSION_KEY = "schema_version"


def _version(value):
    """The version a package table's value says; a package without one is version 1."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1


def upgrade_geopackage(path):
    """Bring the GeoPackage package ``path`` to the current version; returns the version it
    had."""
    table = ddl.ident(schema.PACKAGE_TABLE)
    read = "SELECT value FROM %s WHERE key = %s" % (table, ddl.literal(VERSION_KEY, ddl.GPKG))
    try:
        connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    except sqlite3.Error as error:
        raise InputError("The data package {path} cannot be opened: {error}", path=path,
                         error=str(error)) from None
    try:
        row = connection.execute(read).fetchone()
        if _version(row and row[0]) >= schema.SCHEMA_VERSION:
            return _version(row[0])
        # IMMEDIATE: the write lock before the version is read again
        connection.execute("BEGIN IMMEDIATE")
        try:
            row = connection.execute(read).fetchone()
            before = _version(row and row[0])
            upgraded = before < schema.SCHEMA_VERSION
            if upgraded:
                for statement in ddl.gpkg_upgrade(before):
                    connection.execute(statement)
                connection.execute(_record_version(row is not None, ddl.GPKG, table))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        raise InputError(
            "The data package {path} could not be brought to version {version} (its newer "
            "rules and tables): {error}. Open it where you may write to the file.", path=path,
            version=schema.SCHEMA_VERSION, error=str(error)) from None
    finally:
        connection.close()
    if upgraded:
        new = _added_since(before)
        create.add_spatial_indexes(path, new)
        _save_styles(lambda name: create.geopackage_layer(path, name), path, new)
    return before


def _added_since(before):
    return [t for t in schema.TABLES if t.since > before]


def _save_styles(open_layer, target, tables):
    """The styles and forms of the new ``tables`` that have one, stored in the package."""
    styled = [t for t in create.styled_tables() if t in tables]
    if styled:
        create.save_styles(open_layer, target, NullFeedback(), tables=styled)


def _record_version(exists, dialect, table):
    value = ddl.literal(str(schema.SCHEMA_VERSION), dialect)
    if exists:
        return "UPDATE %s SET value = %s WHERE key = %s;" % (
            table, value, ddl.literal(VERSION_KEY, dialect))
    return "INSERT INTO %s (id, key, value) SELECT coalesce(max(id), 0) + 1, %s, %s FROM %s;" % (
        table, ddl.literal(VERSION_KEY, dialect), value, table)


def upgrade_postgis(connection, schema_name):
    """Bring the PostGIS package in ``schema_name`` of ``connection`` (a
    QgsAbstractDatabaseProviderConnection) to the current version; returns the version it
    had."""
    table = "%s.%s" % (ddl.ident(schema_name), ddl.ident(schema.PACKAGE_TABLE))
    read = "SELECT value FROM %s WHERE key = %s" % (table, ddl.literal(VERSION_KEY,
                                                                       ddl.POSTGIS))
    try:
        rows = connection.executeSql(read)
        before = _version(rows[0][0] if rows else None)
        if before >= schema.SCHEMA_VERSION:
            return before
        postgis = connection.executeSql(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = "
            "e.extnamespace WHERE e.extname = 'postgis'")[0][0]
        steps = ddl.postgis_upgrade(schema_name, postgis, before) + [
            _record_version(bool(rows), ddl.POSTGIS, table)]
        # one query string is one transaction; the DO block reads the version again under
        # the lock and does nothing when another program upgraded the package meanwhile
        connection.executeSql(
            "LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE;\nDO $upgrade$ BEGIN\n"
            "IF coalesce((SELECT value FROM %s WHERE key = %s), '1')::integer < %d THEN\n%s\n"
            "END IF;\nEND $upgrade$;" % (
                table, table, ddl.literal(VERSION_KEY, ddl.POSTGIS), schema.SCHEMA_VERSION,
                "\n".join("EXECUTE %s;" % ddl.literal(step, ddl.POSTGIS) for step in steps)))
    except (QgsException, IndexError) as error:
        raise InputError(
            "The data package in schema '{schema}' could not be brought to version {version} "
            "(its newer rules and tables): {error}. Ask the owner of the schema to open it "
            "once.", schema=schema_name, version=schema.SCHEMA_VERSION,
            error=str(error).strip()) from None
    _save_styles(lambda name: create.postgis_layer(connection, schema_name, name),
                 schema_name, _added_since(before))
    return before


def upgrade_layer_package(layer):
    """Bring the package ``layer`` belongs to (a GeoPackage file or a PostGIS schema) to the
    current version; returns the version it had, or None when the layer is no package's."""
    provider = layer.providerType()
    if provider == "ogr":
        path = layer.source().split("|")[0]
        if not path.lower().endswith(".gpkg") or not _has_package_table_gpkg(path):
            return None
        return upgrade_geopackage(path)
    if provider != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.createConnection(uri.connectionInfo(True), {})
        rows = connection.executeSql("SELECT to_regclass(%s) IS NOT NULL" % ddl.literal(
            "%s.%s" % (ddl.ident(uri.schema()), ddl.ident(schema.PACKAGE_TABLE)),
            ddl.POSTGIS))
    except QgsException as error:
        raise InputError("The database of the layer '{layer}' could not be read: {error}",
                         layer=layer.name(), error=str(error).strip()) from None
    if not rows or rows[0][0] not in (True, "t", "true", 1):
        return None
    return upgrade_postgis(connection, uri.schema())


def _has_package_table_gpkg(path):
    if not os.path.isfile(path):
        return False
    try:
        connection = sqlite3.connect(path)
    except sqlite3.Error:
        return False
    try:
        return connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            (schema.PACKAGE_TABLE,)).fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        connection.close()
