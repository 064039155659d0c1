"""zoemzone:kansenkaart: where which measure helps wild bees most, and which parcels first."""
import datetime
import os

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputFile,
                       QgsProcessingParameterDistance, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString, QgsProcessingUtils, QgsRasterLayer,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ... import help_numbers
from ...engine import defaults
from ...engine.io.gdalio import RasterReader, write_labels
from ...engine.kansenkaart.runner import kansenkaart_to_files
from ...engine.kansenkaart.ranking import parse_breaks, read_breaks_file
from ...engine.io.rasterize import burn_ids
from ...paths import plugin_version
from ...styling import (LayerStyler, style_best_measure, style_gain, style_parcel_ranking,
                        style_priority)
from ..base import ZoemZoneAlgorithm
from ..pollination_inputs import (add_catalogue_input, add_pollination_inputs,
                                  read_catalogue_input, read_inputs)



class KansenkaartAlgorithm(ZoemZoneAlgorithm):
    ALGORITHM_ID = "kansenkaart"
    GROUP_ID = "kansenkaart"

    AVAILABLE_LAND = "AVAILABLE_LAND"
    PARCELS = "PARCELS"
    W_SUPPLY = "W_SUPPLY"
    W_YEARROUND = "W_YEARROUND"
    W_CONNECTIVITY = "W_CONNECTIVITY"
    DISPERSAL_DISTANCE = "DISPERSAL_DISTANCE"
    NETWORK_NODES = "NETWORK_NODES"
    STONE_AREA = "STONE_AREA"
    FOOD_THRESHOLD = "FOOD_THRESHOLD"
    PRIORITY_BREAKS = "PRIORITY_BREAKS"
    BREAKS = "BREAKS"
    BREAKS_FILE = "BREAKS_FILE"
    # PRIORITY_BREAKS: the parameter each choice reads
    BREAKS_FROM = (None, BREAKS, BREAKS_FILE)
    GAIN = "GAIN"
    BEST_MEASURE = "BEST_MEASURE"
    PRIORITY = "PRIORITY"
    MEASURE_GAINS = "MEASURE_GAINS"
    PARCEL_RANKING = "PARCEL_RANKING"
    BREAKS_JSON = "BREAKS_JSON"

    def displayName(self):  # noqa: N802
        return self.tr("Kansenkaart (opportunity map)")

    def help_text(self):
        return self.tr(
            "<p>The opportunity map: for every place, the measure from the catalogue that "
            "helps wild bees most there, and what it adds. Three terms, each scaled to 0–1 and "
            "weighted: <b>supply</b>, the increase in total pollinator supply over the whole "
            "map if the measure were applied to that cell alone (exact, from one correlation "
            "per guild instead of one model run per cell); <b>year-round</b>, the food it "
            "brings in the seasons where nearby nests go hungry (see Seasonal food gaps); "
            "<b>connectivity</b>, the increase in the habitat network's equivalent connected "
            "area (ECA) if the measure made a stepping stone there, linked to the patches "
            "with p = {p0} at the dispersal distance and up to {reach} times that distance (the "
            "dPC of a new node, as in Conefor and Graphab). The patches are the Network "
            "nodes of Connectivity graph or, without them, today's habitat (the richest "
            "{richer} % of the nest sites, in patches of at least {min_area} ha).</p>"
            "<p>Linear measures (column 'linear' of the catalogue: field "
            "margins, verges, hedges) go only on cells with an edge: a boundary with another "
            "land use (a road, a watercourse, another crop) or, with parcels given, with "
            "another parcel. There they count for the share of the cell that a strip of their "
            "width along the edge covers, never on whole cells or inside a parcel.</p>"
            "<p>Outputs: the gain, the best measure (by weighted score), "
            "priority classes 1–5, optionally one gain raster per measure, and the parcels "
            "ranked by their summed score.</p><p><b>Priority classes</b> (PRIORITY_BREAKS): "
            "by default class 1 is the highest fifth of this run's scores, so every map has "
            "20 % highest priority and a municipality's class 1 is not the province's. "
            "<i>Fixed breaks</i> cut the scores at four increasing numbers in BREAKS "
            "(b1, b2, b3, b4: class 1 from b4 up, class 5 below b1; a score on a break goes "
            "up). <i>A reference run</i> takes the scale (what the gains and the year-round "
            "food are divided by) and the breaks of another run from its breaks file "
            "(BREAKS_FILE), so a cell gets the class that run would give it: run the "
            "province once, then every municipality with the province's file. The "
            "municipality's classes then equal the province's except within two foraging "
            "kernel radii of its edge (where land beyond the edge is missing), and wherever "
            "the connectivity term differs (its habitat is the richest {richer} % of this "
            "run's nest sites). The weights must be the reference run's.</p><p>Every run writes "
            "its scale and breaks, with the weights, plugin version and inputs, to "
            "<i>&lt;priority raster&gt;.breaks.json</i> beside the priority raster.</p>").format(
                p0=help_numbers.default("network", "probability"), reach=help_numbers.reach(),
                richer=help_numbers.percent(
                    1.0 - defaults.value("kansenkaart", "habitat_quantile")),
                min_area=help_numbers.default("patches", "min_area"))

    def initAlgorithm(self, config=None):  # noqa: N802
        add_pollination_inputs(self)
        add_catalogue_input(self)
        self.add(QgsProcessingParameterFeatureSource(
            self.AVAILABLE_LAND, self.tr("Available land"), [QgsProcessing.TypeVectorPolygon],
            optional=True),
            self.tr("Optional: polygons where measures are possible (e.g. partners' land); "
                    "empty: everywhere a measure's land use allows."))
        self.add(QgsProcessingParameterFeatureSource(
            self.PARCELS, self.tr("Parcels to rank"), [QgsProcessing.TypeVectorPolygon],
            optional=True),
            self.tr("Optional: parcels to rank by their summed score (ids from an integer "
                    "field 'id', else the feature's position). Their boundaries are also edges "
                    "where linear measures may go."))
        for name, label, key, text in (
                (self.W_SUPPLY, self.tr("Weight of supply"), "w_supply",
                 self.tr("Weight of the gain in pollinator supply.")),
                (self.W_YEARROUND, self.tr("Weight of year-round food"), "w_yearround",
                 self.tr("Weight of closing seasonal food gaps.")),
                (self.W_CONNECTIVITY, self.tr("Weight of connectivity"), "w_connectivity",
                 self.tr("Weight of the stepping stone's gain in the habitat network "
                         "(ECA)."))):
            self.add_number(name, label, "kansenkaart", key, text)
        self.add(QgsProcessingParameterDistance(
            self.DISPERSAL_DISTANCE, self.tr("Dispersal distance"), None, "LANDUSE",
            optional=True, minValue=0.0),
            self.tr("For the connectivity term: the dispersal distance crossed with p = {p0} "
                    "(with p = 0.5 the median dispersal distance) in metres, also for given "
                    "network nodes; empty: {factor} × the largest foraging alpha of the guilds "
                    "(2 × alpha is the kernel's mean flight distance).").format(
                        p0=help_numbers.default("network", "probability"),
                        factor=help_numbers.default("kansenkaart", "dispersal_alpha_factor")))
        self.add(QgsProcessingParameterFeatureSource(
            self.NETWORK_NODES, self.tr("Network nodes"), [QgsProcessing.TypeVectorPolygon],
            optional=True),
            self.tr("Optional: the habitat patches of the network, e.g. the Network nodes of "
                    "Connectivity graph, with their 'capacity' field (else their area in m²); "
                    "empty: today's habitat."))
        self.add_number(
            self.STONE_AREA, self.tr("Stepping-stone area (ha)"), "kansenkaart", "stone_area",
            self.tr("The capacity of the stepping stone a measure makes, in the unit of the "
                    "network's capacities (m²: {stone_area} ha; the Bijenlandschap's least "
                    "stepping stone is {least_stone} ha).").format(
                        stone_area=help_numbers.default("kansenkaart", "stone_area"),
                        least_stone=help_numbers.default("bijenlandschap",
                                                         "stepping_stone_area")))
        self.add_number(
            self.FOOD_THRESHOLD, self.tr("Food threshold"), "foodgaps", "threshold",
            self.tr("For the year-round term, as in Seasonal food gaps."))
        self.add(QgsProcessingParameterEnum(
            self.PRIORITY_BREAKS, self.tr("Priority classes from"),
            [self.tr("Quintiles of this run"), self.tr("Fixed breaks (BREAKS)"),
             self.tr("A reference run's scale and breaks (BREAKS_FILE)")], defaultValue=0),
            self.tr("0: the highest fifth of this run's scores is class 1; 1: the scores are "
                    "cut at BREAKS; 2: as the run that wrote BREAKS_FILE (e.g. the "
                    "province's), so classes mean the same in every run."))
        self.add(QgsProcessingParameterString(
            self.BREAKS, self.tr("Fixed breaks"), optional=True),
            self.tr("With fixed breaks: four increasing scores separated by commas, "
                    "e.g. 0.2, 0.4, 0.6, 0.8 (or by semicolons with decimal commas: "
                    "0,2; 0,4; 0,6; 0,8). Class 1 from the last up, class 5 below the "
                    "first."))
        self.add(QgsProcessingParameterFile(
            self.BREAKS_FILE, self.tr("Reference run's breaks file"), extension="json",
            optional=True),
            self.tr("With a reference run: the .breaks.json file that run wrote beside its "
                    "priority raster."))
        self.add(QgsProcessingParameterRasterDestination(self.GAIN, self.tr("Gain in supply")),
                 self.tr("Increase in total pollinator supply if the best measure were applied "
                         "to the cell alone."))
        self.add(QgsProcessingParameterRasterDestination(self.BEST_MEASURE,
                                                         self.tr("Best measure")),
                 self.tr("The catalogue id of the best measure; nodata where none is allowed."))
        self.add(QgsProcessingParameterRasterDestination(self.PRIORITY, self.tr("Priority")),
                 self.tr("Classes 1 (highest scores) to 5, cut as PRIORITY_BREAKS says."))
        self.add(QgsProcessingParameterFolderDestination(
            self.MEASURE_GAINS, self.tr("Gain per measure (folder)"), optional=True,
            createByDefault=False),
            self.tr("Optional: one gain raster per measure, named by its code."))
        self.add(QgsProcessingParameterFeatureSink(
            self.PARCEL_RANKING, self.tr("Parcel ranking"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=False),
            self.tr("The parcels with summed and mean score, best measure and rank."))
        self.addOutput(QgsProcessingOutputFile(self.BREAKS_JSON, self.tr("Priority breaks file")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        landuse_path, tables = read_inputs(self, parameters, context, feedback)
        priority = self.priority_breaks(parameters, context)
        catalogue = read_catalogue_input(self, parameters, context, tables)
        reader = self.run_engine(RasterReader, landuse_path)
        grid = reader.grid
        reader.close()
        crs = self.parameterAsRasterLayer(parameters, "LANDUSE", context).crs()
        available = self.id_raster(parameters, self.AVAILABLE_LAND, context, grid, crs)
        parcels = self.id_raster(parameters, self.PARCELS, context, grid, crs)
        network = self.network_raster(parameters, context, grid, crs)
        folder = self.parameterAsString(parameters, self.MEASURE_GAINS, context)
        distance = parameters.get(self.DISPERSAL_DISTANCE)
        outputs = {name: self.output_path(parameters, name, context)
                   for name in (self.GAIN, self.BEST_MEASURE, self.PRIORITY)}
        with self.cluster(feedback) as cluster:
            result = self.run_engine(
                kansenkaart_to_files, landuse_path, tables, catalogue, outputs,
                available_path=available and available[0], parcels_path=parcels and parcels[0],
                gains_folder=folder or None,
                w_supply=self.parameterAsDouble(parameters, self.W_SUPPLY, context),
                w_yearround=self.parameterAsDouble(parameters, self.W_YEARROUND, context),
                w_connectivity=self.parameterAsDouble(parameters, self.W_CONNECTIVITY, context),
                dispersal_distance=(None if distance in (None, "") else
                                    self.parameterAsDouble(parameters, self.DISPERSAL_DISTANCE,
                                                           context)),
                food_threshold=self.parameterAsDouble(parameters, self.FOOD_THRESHOLD, context),
                patches_path=network and network[0], capacities=network and network[1],
                stone_area=10000.0 * self.parameterAsDouble(parameters, self.STONE_AREA, context),
                feedback=feedback, memory_budget_mb=self.memory_budget_mb(), priority=priority,
                run_info=self.run_info(parameters, context), cluster=cluster)
        outputs[self.BREAKS_JSON] = result.breaks_file
        if result.network is not None:
            feedback.pushInfo(self.tr(
                "Connectivity: {patches} patches; the network term is within {bound} % of "
                "its lower estimate everywhere (distances on cells of {size} m).").format(
                    patches=result.network.network.capacities.size,
                    bound="%.1f" % (100.0 * result.network.bound),
                    size="%g" % (result.network.factor * grid.pixel_size)))
        if folder:
            outputs[self.MEASURE_GAINS] = folder
            self.style_measure_gains(folder, catalogue, feedback)
        if parcels is not None:
            outputs[self.PARCEL_RANKING] = self.write_ranking(
                parameters, context, result.ranking, parcels, catalogue)
        self.style(context, outputs, catalogue)
        return outputs

    def priority_breaks(self, parameters, context):
        """The engine's PriorityBreaks for PRIORITY_BREAKS (None: this run's quintiles),
        refusing BREAKS or BREAKS_FILE given where the choice does not read it: a run would
        silently cut its classes otherwise than the user meant."""
        mode = self.parameterAsEnum(parameters, self.PRIORITY_BREAKS, context)
        given = {self.BREAKS: self.parameterAsString(parameters, self.BREAKS, context).strip(),
                 self.BREAKS_FILE: self.parameterAsFile(parameters, self.BREAKS_FILE, context)}
        wanted = self.BREAKS_FROM[mode]
        choice = self.parameterDefinition(self.PRIORITY_BREAKS).options()[mode]
        for name, value in given.items():
            if value and name != wanted:
                raise QgsProcessingException(self.tr(
                    "{name} is '{value}', but PRIORITY_BREAKS is '{choice}', which does not "
                    "use it. Empty {name}, or choose the priority classes that use it.").format(
                        name=name, value=value, choice=choice))
        if wanted == self.BREAKS:
            return self.run_engine(parse_breaks, given[self.BREAKS], parameter=self.BREAKS)
        if wanted == self.BREAKS_FILE:
            if not given[self.BREAKS_FILE]:
                raise QgsProcessingException(self.tr(
                    "BREAKS_FILE is empty, but PRIORITY_BREAKS is '{choice}'. Give the "
                    ".breaks.json file the reference run wrote beside its priority "
                    "raster.").format(choice=choice))
            return self.run_engine(read_breaks_file, given[self.BREAKS_FILE],
                                   parameter=self.BREAKS_FILE)
        return None

    def run_info(self, parameters, context):
        """What the breaks file says beside the scale and breaks: which plugin wrote it,
        when, and from which inputs, so a reference file can be traced to its run."""
        inputs = {d.name(): self.parameterAsString(parameters, d.name(), context)
                  for d in self.parameterDefinitions() if not d.isDestination()}
        return {"plugin_version": plugin_version(),
                "created": datetime.datetime.now(datetime.timezone.utc).isoformat(
                    timespec="seconds"),
                "inputs": inputs}

    def network_raster(self, parameters, context, grid, crs):
        """(patch raster file, capacities) of the network nodes, or None: node n (1-based
        position) burnt wherever it touches a cell, so that no node is lost between cell
        centres; capacity from the 'capacity' field that Connectivity graph writes, else the
        area in m²."""
        source = self.source_of(parameters, self.NETWORK_NODES, context,
                                QgsWkbTypes.PolygonGeometry)
        if source is None:
            return None
        numbered = self.features_with_ids(source)
        index = source.fields().lookupField("capacity")
        if index >= 0:
            capacities = self.field_numbers(numbered, source.fields().at(index).name(),
                                            self.NETWORK_NODES)
        else:
            capacities = [feature.geometry().area() for _, feature in numbered]
        features = [(n, wkb) for n, (_, wkb) in enumerate(
            self.layer_features(source, crs, context), start=1)]
        path = QgsProcessingUtils.generateTempFilename("network_nodes.tif")
        self.run_engine(write_labels, path, grid, burn_ids(grid, features, all_touched=True),
                        product="network_nodes")
        return path, np.asarray(capacities, np.float64)

    def id_raster(self, parameters, name, context, grid, crs):
        """(id raster file, {id: feature}, CRS) of a polygon input burnt by cell centre into
        a temporary file on the land use's grid, or None."""
        source = self.source_of(parameters, name, context, QgsWkbTypes.PolygonGeometry,
                                projected=False)
        if source is None:
            return None
        numbered = self.features_with_ids(source)
        path = QgsProcessingUtils.generateTempFilename(name.lower() + ".tif")
        self.run_engine(write_labels, path, grid,
                        burn_ids(grid, self.layer_features(source, crs, context)),
                        product=name.lower())
        return path, dict(numbered), source.sourceCrs()

    def write_ranking(self, parameters, context, ranking, parcels, catalogue):
        _, features, crs = parcels
        code_of = {m.id: m.code for m in catalogue.measures}
        rows = [(features[pid].geometry(),
                 [pid, r.rank, r.score_sum, None if np.isnan(r.score_mean) else r.score_mean,
                  code_of.get(r.best_measure, ""), r.scored_cells])
                for pid, r in ranking.items() if pid in features]
        return self.write_sink(
            parameters, self.PARCEL_RANKING, context,
            [("id", QVariant.Int), ("rank", QVariant.Int), ("score_sum", QVariant.Double),
             ("score_mean", QVariant.Double), ("best_measure", QVariant.String),
             ("cells", QVariant.Int)], QgsWkbTypes.MultiPolygon, crs, rows)

    def style(self, context, outputs, catalogue):
        styles = {self.GAIN: style_gain, self.PRIORITY: style_priority,
                  self.BEST_MEASURE: lambda layer: style_best_measure(layer, catalogue),
                  self.PARCEL_RANKING: style_parcel_ranking}
        for key, style in styles.items():
            if key in outputs:
                LayerStyler.attach(context, outputs[key], style,
                                   self.parameterDefinition(key).description())

    def style_measure_gains(self, folder, catalogue, feedback):
        """A style file beside each measure's gain raster (<code>.qml), which QGIS applies
        whenever the raster is opened: Processing does not load a folder's files."""
        for measure in catalogue.measures:
            path = os.path.join(folder, "%s.tif" % measure.code)
            layer = QgsRasterLayer(path, measure.code)
            if not layer.isValid():
                continue
            style_gain(layer)
            message, saved = layer.saveDefaultStyle()
            if not saved:
                feedback.reportError(self.tr(
                    "The style of {path} could not be saved: {error}").format(
                        path=path, error=message))
