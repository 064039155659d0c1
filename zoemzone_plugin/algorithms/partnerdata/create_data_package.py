"""zoemzone:createdatapackage: an empty data package (GeoPackage or PostGIS) with its tables,
lookups, styles and forms."""
from qgis.core import (QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterProviderConnection, QgsProcessingParameterString)

from ...datapackage.create import create_geopackage, create_postgis
from ...datapackage.schema import SRID
from ..base import ZoemZoneAlgorithm


class CreateDataPackageAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "createdatapackage"
    GROUP_ID = "data"

    OUTPUT = "OUTPUT"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    OVERWRITE = "OVERWRITE"

    def displayName(self):  # noqa: N802
        return self.tr("Create data package")

    def help_text(self):
        return self.tr(
            "<p>Creates an empty Zoem Zone data package: the place where the partnership keeps "
            "its partners, measures (areas, lines and points), existing habitat, observations, "
            "study areas and the applications to the stimuleringsfonds (areas and points), in "
            "EPSG:28992.</p><p>Give either a GeoPackage file (one file to "
            "mail or put on a shared drive) or a saved PostgreSQL connection with PostGIS "
            "(when many partners edit at once), not both.</p><p>The package holds the lookup "
            "lists (measure types from the measure catalogue, statuses, partner kinds, kinds "
            "of applicant, application statuses) and a "
            "style and form per layer, so it opens with drop-down lists of valid values in "
            "any QGIS, also without this plugin. The database itself refuses rows that break "
            "the rules: missing required values, unknown measure types, statuses or "
            "partners, negative amounts or counts, sizes of 0, a granted amount above the "
            "amount requested, and a direct partner applying alone (a partner takes part "
            "only as co-applicant).</p><p>Existing data is never "
            "replaced unless 'Overwrite existing data' is checked.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("GeoPackage"), self.tr("GeoPackage (*.gpkg)"), optional=True,
            createByDefault=False),
            self.tr("The new GeoPackage file (.gpkg). Leave empty when creating the package "
                    "in PostGIS."))
        self.add(QgsProcessingParameterProviderConnection(
            self.CONNECTION, self.tr("PostgreSQL connection"), "postgres", optional=True),
            self.tr("A saved PostgreSQL connection to a database with PostGIS (or in which "
                    "you may add it). Leave empty when creating a GeoPackage."))
        self.add(QgsProcessingParameterString(
            self.SCHEMA, self.tr("Schema (PostGIS)"), defaultValue="zoemzone"),
            self.tr("The schema the package's tables are created in: lower-case letters, "
                    "digits and '_'. Only used with a PostgreSQL connection."))
        self.add(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite existing data"), defaultValue=False),
            self.tr("Replace an existing GeoPackage file, or an existing Zoem Zone package "
                    "in the schema, with an empty package. Everything in it is lost."))
        self.addOutput(QgsProcessingOutputString(self.SCHEMA, self.tr("Schema")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        schema_name = self.parameterAsString(parameters, self.SCHEMA, context).strip()
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        if bool(path) == bool(connection):
            raise QgsProcessingException(self.tr(
                "Give either a GeoPackage file (OUTPUT) or a PostgreSQL connection "
                "(CONNECTION) for the data package, not both and not neither."))
        if path:
            feedback.pushInfo(self.tr("Creating the data package {path} (EPSG:{srid})").format(
                path=path, srid=SRID))
            path = self.run_engine(create_geopackage, path, overwrite, feedback)
            feedback.pushInfo(self.tr("Created the data package {path}.").format(path=path))
            return {self.OUTPUT: path, self.SCHEMA: ""}
        feedback.pushInfo(self.tr(
            "Creating the data package in schema '{schema}' of connection '{connection}' "
            "(EPSG:{srid})").format(schema=schema_name, connection=connection, srid=SRID))
        self.run_engine(create_postgis, connection, schema_name, overwrite, feedback)
        feedback.pushInfo(self.tr("Created the data package in schema '{schema}'.").format(
            schema=schema_name))
        return {self.OUTPUT: None, self.SCHEMA: schema_name}
