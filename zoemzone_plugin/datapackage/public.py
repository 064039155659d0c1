"""The ``public`` flag on packages made before it existed: added when a package is opened.

A package created by an earlier version lacks the column; it gains it (false for every row,
so nothing becomes public by the upgrade) the first time the dock or the website publisher
opens it. Like the schema's column it may be empty, which counts as not public.
"""
from osgeo import ogr

from . import schema
from .ddl import ident


def public_tables():
    return [t.name for t in schema.TABLES
            if any(c.name == schema.PUBLIC for c in t.columns)]


def add_public_to_geopackage(path):
    """Add the column to the tables of the GeoPackage at ``path`` that lack it; their names."""
    dataset = ogr.Open(path, 1)
    added = []
    try:
        for name in public_tables():
            layer = dataset.GetLayerByName(name)
            if layer is None or layer.GetLayerDefn().GetFieldIndex(schema.PUBLIC) >= 0:
                continue
            field = ogr.FieldDefn(schema.PUBLIC, ogr.OFTInteger)
            field.SetSubType(ogr.OFSTBoolean)
            field.SetDefault("0")
            layer.CreateField(field)
            added.append(name)
    finally:
        dataset = None
    return added


def add_public_to_postgis(connection, schema_name):
    """The same for the schema ``schema_name`` of a QgsAbstractDatabaseProviderConnection."""
    for name in public_tables():
        connection.executeSql("ALTER TABLE %s.%s ADD COLUMN IF NOT EXISTS %s boolean DEFAULT "
                              "false" % (ident(schema_name), ident(name),
                                         ident(schema.PUBLIC)))
