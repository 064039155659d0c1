"""What the dock does with a data package, without widgets: the source and its check, loading
the layers into a group with their stored styles and forms, the partner filter, the summary of
measures and the parameters the Processing dialogs are opened with.

The dock (``dock``) is a thin layer of widgets over these functions, so tests call them
directly.
"""
import os
from collections import Counter
from dataclasses import dataclass

from qgis.core import (Qgis, QgsApplication, QgsEditorWidgetSetup, QgsFeatureRequest,
                       QgsLayerTreeGroup, QgsMessageLog, QgsProject, QgsRasterLayer,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

from ..datapackage import migrate, schema
from ..datapackage.create import (configure_layer, geopackage_layer, localise_layer,
                                  postgis_layer, postgres_connection, styled_tables)
from ..datapackage.public import add_public_to_geopackage, add_public_to_postgis
from ..engine.errors import InputError
from ..i18n import tr, user_language

GPKG = "gpkg"
POSTGRES = "postgres"
DEFAULT_SCHEMA = "zoemzone"
SCOPE = "zoemzone"                      # project entries: QgsProject.writeEntry(SCOPE, ...)
GROUP_PROPERTY = "zoemzone/package"     # custom property of the layer group (the source key)
TABLE_PROPERTY = "zoemzone/table"       # custom property of a loaded layer: its table name
# the layers of the map, top to bottom, then the lookup lists the forms need
MAP_TABLES = ("measures_point", "measures_line", "measures_area", "applications_point",
              "applications", "observations", "habitats", "study_areas")
LOOKUP_TABLES = ("partners", "measure_types", "statuses", "partner_kinds", "applicant_kinds",
                 "application_statuses")
MEASURE_FIELD = "measure_type"
PARTNER_FIELD = "partner_id"
NO_PARTNER = -1                         # the partner filter's "no partner" entry
KANSENKAART = "zoemzone:kansenkaart"
MEASURE_SCENARIO = "zoemzone:measurescenario"
CREATE_PACKAGE = "zoemzone:createdatapackage"
PUBLISH_WEBSITE = "zoemzone:publishwebsite"
ADVICE_REPORT = "zoemzone:advicereport"
PRODUCT_ITEM = "ZOEMZONE_PRODUCT"       # GDAL metadata item naming what a plugin raster holds
LANDUSE_PRODUCT = "landuse"
# the chain's rasters as parameters of the website and the advice report: {parameter: the
# ZOEMZONE_PRODUCT the plugin writes into them}
CHAIN_RASTERS = {"PRIORITY": "priority", "BEST_MEASURE": "best_measure", "GAIN": "gain",
                 "SUPPLY": "supply", "FOOD_GAPS": "food_gaps"}
# the chain's vectors are written by QGIS, so untagged: {parameter: fields only that output
# has} (Habitat patches, Connectivity graph's nodes and links, the kansenkaart's ranking)
CHAIN_VECTORS = {"PATCHES": {"id", "area_m2", "quality"},
                 "NETWORK_NODES": {"id", "capacity", "dPC", "dPCconnector"},
                 "NETWORK_LINKS": {"from_id", "to_id", "distance", "probability"},
                 "PARCEL_RANKING": {"id", "rank", "score_sum"}}
# what a publish dialog cannot do without: the kansenkaart's priority and best measure
CHAIN_REQUIRED = ("PRIORITY", "BEST_MEASURE")


def group_name():
    return tr("Zoem Zone")


@dataclass(frozen=True)
class PackageSource:
    """Where a package is: a GeoPackage file, or a schema of a saved PostgreSQL connection."""
    kind: str = GPKG
    path: str = ""
    connection: str = ""
    schema: str = DEFAULT_SCHEMA

    def key(self):
        if self.kind == GPKG:
            return "gpkg:%s" % os.path.abspath(self.path) if self.path else "gpkg:"
        return "postgres:%s:%s" % (self.connection, self.schema)

    def describe(self):
        if self.kind == GPKG:
            return self.path
        return tr("schema '{schema}' of connection '{connection}'").format(
            schema=self.schema, connection=self.connection)

    def parameter(self):
        """The source as the PACKAGE parameter of the website and the advice report take it
        (``parameter_source`` reads it back)."""
        if self.kind == GPKG:
            return self.path
        if self.schema == DEFAULT_SCHEMA:
            return self.connection
        return "%s/%s" % (self.connection, self.schema)

    def write(self, project=None):
        """Remember the source in the project (relative to it when the project saves relative
        paths)."""
        project = project or QgsProject.instance()
        project.writeEntry(SCOPE, "source/kind", self.kind)
        project.writeEntry(SCOPE, "source/path", project.writePath(self.path) if self.path else "")
        project.writeEntry(SCOPE, "source/connection", self.connection)
        project.writeEntry(SCOPE, "source/schema", self.schema)

    @classmethod
    def read(cls, project=None):
        """The source remembered in the project, or None."""
        project = project or QgsProject.instance()
        kind, ok = project.readEntry(SCOPE, "source/kind", "")
        if not ok or kind not in (GPKG, POSTGRES):
            return None
        path = project.readEntry(SCOPE, "source/path", "")[0]
        return cls(kind, project.readPath(path) if path else "",
                   project.readEntry(SCOPE, "source/connection", "")[0],
                   project.readEntry(SCOPE, "source/schema", DEFAULT_SCHEMA)[0]
                   or DEFAULT_SCHEMA)


class PackageProblem(Exception):
    """A source that cannot be opened as a package, with a message for the user and, when
    creating a package would help, the parameters of zoemzone:createdatapackage."""

    def __init__(self, message, create_parameters=None):
        super().__init__(message)
        self.message = message
        self.create_parameters = create_parameters


def new_package_path(folder):
    """A GeoPackage in ``folder`` that does not exist yet (zoemzone.gpkg, else zoemzone_2.gpkg
    …), so the offer to create a package never points at a file it would refuse to replace."""
    path = os.path.join(folder, "zoemzone.gpkg")
    number = 2
    while os.path.exists(path):
        path = os.path.join(folder, "zoemzone_%d.gpkg" % number)
        number += 1
    return path


def _suggested_output(path):
    """Where a new package could go instead of ``path``, a file that is not one."""
    return new_package_path(os.path.dirname(os.path.abspath(path)))


def _geopackage_tables(path):
    from osgeo import gdal, ogr
    if not path:
        raise PackageProblem(tr("Choose the data package: a GeoPackage file (.gpkg) or a saved "
                                "PostgreSQL connection."), {})
    if not os.path.exists(path):
        raise PackageProblem(
            tr("The file {path} does not exist. Choose the data package's file, or create a "
               "new data package.").format(path=path),
            {"OUTPUT": path if path.lower().endswith(".gpkg") else _suggested_output(path)})
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(path, 0)
    finally:
        gdal.PopErrorHandler()
    if dataset is None or dataset.GetDriver().GetName() != "GPKG":
        raise PackageProblem(
            tr("{path} is not a GeoPackage, so it is no Zoem Zone data package. Choose the "
               "package's .gpkg file, or create a new data package.").format(path=path),
            {"OUTPUT": _suggested_output(path)})
    return {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())}


def _postgis_tables(source):
    if not source.connection:
        raise PackageProblem(tr("Choose a saved PostgreSQL connection, or a GeoPackage file."),
                             {})
    if not source.schema:
        raise PackageProblem(tr("Give the schema that holds the data package (e.g. "
                                "zoemzone)."), {"CONNECTION": source.connection})
    try:
        connection = postgres_connection(source.connection)
    except InputError as error:
        raise PackageProblem(error.translated(tr)) from None
    try:
        tables = connection.tables(source.schema)
    except Exception as error:  # noqa: BLE001 (QgsProviderConnectionException and the like)
        raise PackageProblem(tr("The database of connection '{connection}' could not be "
                                "read: {error}").format(connection=source.connection,
                                                        error=str(error).strip())) from None
    names = {t.tableName() for t in tables}
    if not names:
        raise PackageProblem(
            tr("The schema '{schema}' of connection '{connection}' does not exist or holds "
               "no tables: there is no data package in it yet.").format(
                schema=source.schema, connection=source.connection),
            {"CONNECTION": source.connection, "SCHEMA": source.schema})
    return names


def check_source(source):
    """The table names of the package at ``source``; PackageProblem when there is none or it
    lacks tables."""
    names = _package_tables(source)
    missing = [t.name for t in schema.TABLES if t.name not in names]
    if missing:
        raise PackageProblem(tr("{source} is an incomplete Zoem Zone data package: it lacks "
                                "the tables {tables}.").format(source=source.describe(),
                                                               tables=", ".join(missing)))
    return names


def _package_tables(source):
    """The table names of the package at ``source``, of any version; PackageProblem when
    there is none."""
    if source.kind == GPKG:
        names = _geopackage_tables(source.path)
        create = {"OUTPUT": _suggested_output(source.path)}
    else:
        names = _postgis_tables(source)
        create = {"CONNECTION": source.connection, "SCHEMA": ""}
    if schema.PACKAGE_TABLE not in names:
        raise PackageProblem(
            tr("{source} is not a Zoem Zone data package: it lacks the table '{table}' every "
               "package has. Choose another source, or create a new data package.").format(
                source=source.describe(), table=schema.PACKAGE_TABLE), create)
    return names


def parameter_source(text):
    """The package a PACKAGE parameter names, or None when it is empty: a GeoPackage file, or a
    saved PostgreSQL connection's name, with "/schema" when the package is not in the schema
    "zoemzone". PackageProblem when there is no package there, so an algorithm refuses it
    before writing anything."""
    text = text.strip()
    if not text:
        return None
    if text.lower().endswith(".gpkg") or os.path.isfile(text):
        if not os.path.isfile(text):
            raise PackageProblem(tr("Data package: the file '{path}' does not exist.").format(
                path=text))
        source = PackageSource(GPKG, path=text)
    else:
        connection, slash, schema_name = text.rpartition("/")
        source = (PackageSource(POSTGRES, connection=connection.strip(),
                                schema=schema_name.strip() or DEFAULT_SCHEMA)
                  if slash else PackageSource(POSTGRES, connection=text))
    _package_tables(source)
    return source


def package_layer(source, table_name):
    """The table ``table_name`` of the package at ``source`` as it is stored (not upgraded,
    no forms): what an algorithm that only reads the package needs."""
    if source.kind == GPKG:
        return geopackage_layer(source.path, table_name)
    return postgis_layer(postgres_connection(source.connection), source.schema, table_name)


def open_layers(source):
    """{table: QgsVectorLayer} of every table the dock loads, named by their (translated)
    titles, with the style and form stored in the package. A package of an older version is
    upgraded first (``migrate``); one that cannot be (a read-only file, a schema the user does
    not own) opens as it is, with a warning in the message log, unless it lacks tables of
    the new version: then the reason the upgrade failed is the problem."""
    _package_tables(source)
    failed = _upgrade(source)
    try:
        check_source(source)
    except PackageProblem:
        if failed:
            raise PackageProblem(failed) from None
        raise
    if source.kind == GPKG:
        add_public_to_geopackage(source.path)

        def opened(name):
            return geopackage_layer(source.path, name)
    else:
        connection = postgres_connection(source.connection)
        add_public_to_postgis(connection, source.schema)

        def opened(name):
            return postgis_layer(connection, source.schema, name)
    layers = {}
    for name in MAP_TABLES + LOOKUP_TABLES:
        layer = opened(name)
        if not layer.isValid():
            raise PackageProblem(tr("QGIS cannot open the table '{table}' of {target}.").format(
                table=name, target=source.describe()))
        layer.setName(tr(schema.table(name).title))
        layer.setCustomProperty(TABLE_PROPERTY, name)
        layers[name] = layer
    _ensure_forms(layers)
    return layers


def _upgrade(source):
    """Upgrade the package at ``source``; the message why it could not be, or None."""
    try:
        if source.kind == GPKG:
            migrate.upgrade_geopackage(source.path)
        else:
            migrate.upgrade_postgis(postgres_connection(source.connection), source.schema)
    except InputError as error:
        message = error.translated(tr)
        QgsMessageLog.logMessage(message, group_name(), Qgis.Warning)
        return message
    return None


def _ensure_forms(layers):
    """QGIS applies the package's stored default style (and form) when it opens a layer; a
    package whose styles were lost gets them rebuilt from the schema. Either way the labels
    and drop-down names are then put in the user's language, not the creator's."""
    lookups = {name: layers[name] for name in LOOKUP_TABLES}
    for table in styled_tables():
        layer = layers.get(table.name)
        if layer is None:
            continue
        if not any(layer.attributeAlias(i) for i in range(layer.fields().count())):
            try:
                configure_layer(layer, table, lookups)
            except InputError as error:
                raise PackageProblem(error.translated(tr)) from None
        localise_layer(layer, table, lookups)


def link_value_relations(layers):
    """Point the drop-down lists of the forms at the lookup layers loaded with them (the
    stored style names the lookup table; the layer id it holds is of another session)."""
    for layer in layers.values():
        for index, field in enumerate(layer.fields()):
            setup = layer.editorWidgetSetup(index)
            if setup.type() != "ValueRelation":
                continue
            config = dict(setup.config())
            target = layers.get(config.get("LayerName")) or next(
                (lyr for lyr in layers.values() if lyr.name() == config.get("LayerName")), None)
            if target is not None and config.get("Layer") != target.id():
                config["Layer"] = target.id()
                layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueRelation", config))


def package_group(project=None):
    """The layer group the dock loaded (recognised by its custom property), or None."""
    nodes = list((project or QgsProject.instance()).layerTreeRoot().children())
    while nodes:
        node = nodes.pop(0)
        if isinstance(node, QgsLayerTreeGroup):
            if node.customProperty(GROUP_PROPERTY):
                return node
            nodes.extend(node.children())
    return None


def remove_package(project=None):
    """Remove the group loaded before, with its layers."""
    project = project or QgsProject.instance()
    group = package_group(project)
    if group is None:
        return
    ids = group.findLayerIds()
    group.parent().removeChildNode(group)
    project.removeMapLayers([i for i in ids if project.mapLayer(i) is not None])


def load_package(source, project=None):
    """Load the package at ``source`` into the group "Zoem Zone" at the top of the layer tree
    (replacing one loaded before); returns {table: layer}. Raises PackageProblem."""
    project = project or QgsProject.instance()
    layers = open_layers(source)
    remove_package(project)
    group = project.layerTreeRoot().insertGroup(0, group_name())
    group.setCustomProperty(GROUP_PROPERTY, source.key())
    for name in MAP_TABLES:
        project.addMapLayer(layers[name], False)
        group.addLayer(layers[name])
    lookups = group.addGroup(tr("Lookup lists"))
    for name in LOOKUP_TABLES:
        project.addMapLayer(layers[name], False)
        lookups.addLayer(layers[name])
    lookups.setExpanded(False)
    link_value_relations(layers)
    return layers


def loaded_layers(project=None):
    """{table: layer} of the package loaded in the project (e.g. a saved project reopened),
    or {} when there is none or it is incomplete."""
    project = project or QgsProject.instance()
    group = package_group(project)
    if group is None:
        return {}
    layers = {}
    for layer_id in group.findLayerIds():
        layer = project.mapLayer(layer_id)
        name = layer.customProperty(TABLE_PROPERTY) if layer is not None else None
        if isinstance(layer, QgsVectorLayer) and name:
            layers[name] = layer
    return layers if all(n in layers for n in MAP_TABLES + LOOKUP_TABLES) else {}


# -- partners, filter and summary -----------------------------------------------------------

def _value(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def _rows(layer, *fields):
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(list(fields), layer.fields())
    for feature in layer.getFeatures(request):
        yield tuple(_value(feature[f]) for f in fields)


def partners(layers):
    """[(id, name)] of the partners, by name."""
    return sorted(((pid, name) for pid, name in _rows(layers["partners"], "id", "name")
                   if pid is not None), key=lambda r: (str(r[1]).lower(), r[0]))


def partner_filter(partner):
    """The subset string of the measure layers for ``partner`` (an id, NO_PARTNER, or None
    for all partners)."""
    if partner is None:
        return ""
    if partner == NO_PARTNER:
        return '"%s" IS NULL' % PARTNER_FIELD
    return '"%s" = %d' % (PARTNER_FIELD, int(partner))


def apply_partner_filter(layers, partner):
    """Filter the measure layers; returns the layers that refused (being edited)."""
    expression = partner_filter(partner)
    refused = []
    for name in schema.MEASURE_TABLES:
        layer = layers.get(name)
        if layer is not None and layer.subsetString() != expression:
            if not layer.setSubsetString(expression):
                refused.append(layer)
    return refused


def summarise(layers):
    """Counter {(measure type code, status code): number of measures} over the measure layers
    as they are now: with the partner filter and with unsaved edits."""
    counts = Counter()
    for name in schema.MEASURE_TABLES:
        layer = layers.get(name)
        if layer is not None:
            counts.update(_rows(layer, MEASURE_FIELD, "status"))
    return counts


def lookup_labels(layers, table):
    """{code: name} of a lookup table, in the user's language where the table has it."""
    dutch = user_language() == "nl"
    return {code: nl if dutch else (en or nl)
            for code, nl, en in _rows(layers[table], "code", "name_nl", "name_en")}


# -- Processing ---------------------------------------------------------------------------

def _has_features(layer):
    request = QgsFeatureRequest().setLimit(1).setNoAttributes().setFlags(
        QgsFeatureRequest.NoGeometry)
    return next(iter(layer.getFeatures(request)), None) is not None


def landuse_candidate(layer):
    """Whether ``layer`` may be offered as land use: a raster GDAL reads whose metadata item
    ZOEMZONE_PRODUCT is unset (a raster from elsewhere, such as LGN) or ``landuse``. Another
    product of the plugin is refused: the priority classes 2–5 are valid LGN codes, so a
    scenario run on them reports a gain without any error."""
    return raster_product(layer) in (None, "", LANDUSE_PRODUCT)


def raster_product(layer):
    """The metadata item ZOEMZONE_PRODUCT of a raster layer GDAL reads (None when unset),
    or False for any other layer or a file GDAL cannot open (any more)."""
    from osgeo import gdal
    if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
        return False
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.Open(layer.source())
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        return False
    return dataset.GetMetadataItem(PRODUCT_ITEM)


def chain_parameter(layer):
    """The parameter of the website and advice report that ``layer`` fits as an output of the
    kansenkaart chain (PRIORITY … PARCEL_RANKING), or None. A raster by its product, a
    vector by its fields; the package's own layers are never one."""
    if isinstance(layer, QgsVectorLayer):
        if layer.customProperty(TABLE_PROPERTY):
            return None
        names = set(layer.fields().names())
        return next((p for p, fields in CHAIN_VECTORS.items() if fields <= names), None)
    product = raster_product(layer)
    return next((p for p, tag in CHAIN_RASTERS.items() if tag == product), None)


def file_time(layer):
    """The modification time of the file a layer reads, 0 for one without a file."""
    path = layer.source().split("|")[0]
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0


def chain_outputs(project=None, added=None):
    """{parameter: layer} of the project's outputs of the kansenkaart chain, per parameter
    the one of the last run.

    "Last" is the order the dock saw layers added in this session (``added``: {layer id:
    serial}; Processing adds a run's outputs when it finishes, and a temporary vector output
    is a memory layer with no file time); layers that came with the project count as added
    first, and among them (or within one addition) the newest file wins. The order of the
    project's layers says nothing about when they were made."""
    added = added or {}
    best = {}
    for layer in (project or QgsProject.instance()).mapLayers().values():
        parameter = chain_parameter(layer)
        if parameter is None:
            continue
        key = (added.get(layer.id(), 0), file_time(layer))
        if parameter not in best or key > best[parameter][0]:
            best[parameter] = (key, layer)
    return {parameter: layer for parameter, (_, layer) in best.items()}


def algorithm_parameters(algorithm_id, layers, measures_table="measures_area", source=None,
                         chain=None):
    """The parameters a Processing dialog is opened with, from the loaded layers (by layer
    id, so the partner filter applies). The land use and tables are the dock's choice.

    - measurescenario: MEASURES = the chosen measure layer, MEASURE_FIELD = its measure type
      field, PATCHES = the existing habitat when there is any (for the change in ECA);
    - kansenkaart: AVAILABLE_LAND = the measure areas when there are any (the land partners
      have offered); PARCELS is left for the user's own parcels;
    - publishwebsite, advicereport: the ``chain`` outputs ({parameter: layer}, from
      ``chain_outputs``), the package ``source`` as PACKAGE, its study areas (by their
      name) and the language QGIS runs in.
    """
    if algorithm_id in (PUBLISH_WEBSITE, ADVICE_REPORT):
        parameters = {name: layer.id() for name, layer in (chain or {}).items()}
        parameters["STUDY_AREAS"] = layers["study_areas"].id()
        parameters["LANGUAGE"] = 0 if user_language() == "nl" else 1
        if source is not None:
            parameters["PACKAGE"] = source.parameter()
        if algorithm_id == ADVICE_REPORT:
            parameters["AREA_FIELD"] = "name"
        return parameters
    if algorithm_id == MEASURE_SCENARIO:
        parameters = {"MEASURES": layers[measures_table].id(), "MEASURE_FIELD": MEASURE_FIELD}
        if _has_features(layers["habitats"]):
            parameters["PATCHES"] = layers["habitats"].id()
        return parameters
    if algorithm_id == KANSENKAART:
        parameters = {}
        if _has_features(layers["measures_area"]):
            parameters["AVAILABLE_LAND"] = layers["measures_area"].id()
        return parameters
    raise KeyError(algorithm_id)


def algorithm_dialog(algorithm_id, parameters, parent=None):
    """A Processing dialog of ``algorithm_id`` filled with ``parameters`` (not shown), or None
    when the algorithm is not registered."""
    alg = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if alg is None:
        return None
    dialog = alg.createCustomParametersWidget(parent)
    if not dialog:
        from processing.gui.AlgorithmDialog import AlgorithmDialog
        dialog = AlgorithmDialog(alg, parent=parent)
    dialog.setParameters(parameters)
    return dialog
