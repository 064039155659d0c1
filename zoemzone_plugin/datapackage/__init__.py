"""The Zoem Zone data package: the partnership's shared data in a GeoPackage or PostGIS schema.

``schema`` defines the tables once (pure Python), ``ddl`` turns that definition into SQL for
either back end, ``create`` builds a package with QGIS (tables, lookups, styles and forms).
"""
