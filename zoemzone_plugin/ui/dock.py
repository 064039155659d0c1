"""The Zoem Zone dock: pick the data package, load its layers with styles and forms, filter by
partner, see the measures by status and type, open the kansenkaart and measure scenario
pre-filled with the loaded layers, and the website and advice reports with the package and the
last chain run's outputs.

The work is done by the functions of ``package``; this module holds the widgets and keeps
them in step with the project (a saved project reopens with its package and filter).
"""
import os

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProject, QgsRasterLayer
from qgis.gui import (QgsDockWidget, QgsFileWidget, QgsMapLayerComboBox,
                      QgsProviderConnectionComboBox)
from qgis.PyQt.QtCore import QRect, QSize, Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox,
                                 QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                                 QRadioButton, QScrollArea, QStackedWidget, QStyle,
                                 QStyleOptionHeader, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout, QWidget)

from ..algorithms.pollination_inputs import (BIOPHYSICAL_TABLE, GUILD_TABLE, LANDUSE,
                                             MEASURES_CATALOGUE)
from ..datapackage import schema
from ..i18n import tr
from ..paths import ICON, resource
from . import package
from .package import (ADVICE_REPORT, CHAIN_REQUIRED, CREATE_PACKAGE, GPKG, KANSENKAART,
                      MEASURE_SCENARIO, NO_PARTNER, POSTGRES, PUBLISH_WEBSITE, SCOPE,
                      PackageProblem, PackageSource)

OBJECT_NAME = "ZoemZoneDock"
ALL_PARTNERS = None
# the layer signals after which the summary (and for partners the filter list) is redone
EDIT_SIGNALS = ("featureAdded", "featuresDeleted", "attributeValueChanged", "afterCommitChanges",
                "afterRollBack", "subsetStringChanged")
# the project entries (under SCOPE) of the land use and tables the dialogs are opened with
LANDUSE_ENTRY = "landuse"               # the layer id
TABLE_ENTRIES = {BIOPHYSICAL_TABLE: "tables/biophysical", GUILD_TABLE: "tables/guilds",
                 MEASURES_CATALOGUE: "tables/measures"}


class UpwardHeader(QHeaderView):
    """Column headers written upwards from the second column on: a count column is then as
    narrow as its numbers whatever its status is called ("in progress", "gerealiseerd"), so
    the measure types and all counts fit a dock of 350 px."""

    MARGIN = 4

    def __init__(self, parent=None):
        super().__init__(Qt.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignLeft | Qt.AlignBottom)

    def sectionSizeFromContents(self, index):  # noqa: N802
        size = super().sectionSizeFromContents(index)
        return size if index == 0 else QSize(size.height(), size.width())

    def paintSection(self, painter, rect, index):  # noqa: N802
        if index == 0:
            super().paintSection(painter, rect, index)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = index
        self.style().drawControl(QStyle.CE_HeaderSection, option, painter, self)
        painter.save()
        painter.setFont(self.font())
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        painter.drawText(QRect(self.MARGIN, 0, rect.height() - 2 * self.MARGIN, rect.width()),
                         Qt.AlignLeft | Qt.AlignVCenter,
                         str(self.model().headerData(index, Qt.Horizontal, Qt.DisplayRole)))
        painter.restore()


class ZoemZoneDock(QgsDockWidget):
    def __init__(self, parent=None, project=None):
        super().__init__(tr("Zoem Zone"), parent)
        self.setObjectName(OBJECT_NAME)
        try:
            self.setWindowIcon(QIcon(resource(ICON)))
        except FileNotFoundError:
            pass
        self.project = project or QgsProject.instance()
        self.layers = {}                  # {table: layer} of the loaded package
        self.loaded_source = None         # the PackageSource of those layers
        self.added = {}                   # {layer id: serial} of the layers added since the
        self._serial = 0                  # project was opened (package.chain_outputs)
        self.summary = {}                 # {(measure type, status): count} as shown
        self.create_parameters = None     # of the create-a-package offer shown, if any
        self._dialogs = []                # the Processing dialogs opened and not yet deleted
        self._build()
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(150)
        self._summary_timer.timeout.connect(self.refresh_summary)
        self._partner_timer = QTimer(self)
        self._partner_timer.setSingleShot(True)
        self._partner_timer.setInterval(150)
        self._partner_timer.timeout.connect(self.refresh_partners)
        self.project.readProject.connect(self._project_read)
        self.project.cleared.connect(self._project_cleared)
        self.project.layersWillBeRemoved.connect(self._layers_removed)
        self.project.layersAdded.connect(self._layers_added)
        self.project.layersRemoved.connect(self._show_landuse)
        self._check_rasters(self.project.mapLayers().values())
        self._project_read()

    # -- widgets ----------------------------------------------------------------------------

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        # messages: a wrapped label (a message bar is too narrow in a dock) and the offer
        self.message_frame = QFrame(body)
        self.message_frame.setFrameShape(QFrame.StyledPanel)
        message_layout = QVBoxLayout(self.message_frame)
        message_layout.setContentsMargins(6, 6, 6, 6)
        self.message_label = QLabel(self.message_frame)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        message_layout.addWidget(self.message_label)
        message_buttons = QHBoxLayout()
        self.create_button = QPushButton(tr("Create a data package…"), self.message_frame)
        self.create_button.setToolTip(tr("Open 'Create data package' with this file or "
                                         "connection; the new package is loaded when done."))
        self.create_button.clicked.connect(self.open_create_dialog)
        close_button = QPushButton(tr("Close"), self.message_frame)
        close_button.clicked.connect(self.clear_message)
        message_buttons.addWidget(self.create_button)
        message_buttons.addStretch(1)
        message_buttons.addWidget(close_button)
        message_layout.addLayout(message_buttons)
        self.message_frame.hide()
        layout.addWidget(self.message_frame)

        source_box = QGroupBox(tr("Data package"), body)
        source_layout = QVBoxLayout(source_box)
        kinds = QVBoxLayout()
        self.gpkg_radio = QRadioButton(tr("GeoPackage file"), source_box)
        self.postgres_radio = QRadioButton(tr("PostGIS connection"), source_box)
        self.gpkg_radio.setChecked(True)
        kinds.addWidget(self.gpkg_radio)
        kinds.addWidget(self.postgres_radio)
        source_layout.addLayout(kinds)
        self.source_stack = QStackedWidget(source_box)
        self.file_widget = QgsFileWidget(self.source_stack)
        self.file_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.file_widget.setDialogTitle(tr("Zoem Zone data package"))
        self.file_widget.setToolTip(tr("The data package: a GeoPackage file (.gpkg)."))
        self.source_stack.addWidget(self.file_widget)
        postgres_page = QWidget(self.source_stack)
        postgres_form = QFormLayout(postgres_page)
        postgres_form.setContentsMargins(0, 0, 0, 0)
        postgres_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.connection_combo = QgsProviderConnectionComboBox("postgres", postgres_page)
        self.connection_combo.setToolTip(tr(
            "A saved PostgreSQL connection (add one in the Browser: PostgreSQL › New "
            "Connection)."))
        self.schema_edit = QLineEdit(package.DEFAULT_SCHEMA, postgres_page)
        self.schema_edit.setToolTip(tr("The schema that holds the data package."))
        postgres_form.addRow(tr("Connection"), self.connection_combo)
        postgres_form.addRow(tr("Schema"), self.schema_edit)
        self.source_stack.addWidget(postgres_page)
        source_layout.addWidget(self.source_stack)
        self.load_button = QPushButton(tr("Load layers"), source_box)
        self.load_button.setToolTip(tr(
            "Load the package's layers into the group 'Zoem Zone', with the styles and forms "
            "stored in it."))
        source_layout.addWidget(self.load_button)
        layout.addWidget(source_box)
        self.gpkg_radio.toggled.connect(
            lambda checked: self.source_stack.setCurrentIndex(0 if checked else 1))

        measures_box = QGroupBox(tr("Measures"), body)
        measures_layout = QVBoxLayout(measures_box)
        filter_form = QFormLayout()
        self.partner_combo = QComboBox(measures_box)
        self.partner_combo.setToolTip(tr("Show only the measures of one partner."))
        filter_form.addRow(tr("Partner"), self.partner_combo)
        measures_layout.addLayout(filter_form)
        self.summary_table = QTableWidget(measures_box)
        self.summary_table.setHorizontalHeader(UpwardHeader(self.summary_table))
        self.summary_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.summary_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.summary_table.verticalHeader().hide()
        self.summary_table.setTextElideMode(Qt.ElideRight)
        self.summary_table.setWordWrap(False)
        self.summary_table.setToolTip(tr("The number of measures by type and status, of the "
                                         "partner chosen above; unsaved edits included."))
        measures_layout.addWidget(self.summary_table)
        layout.addWidget(measures_box)

        run_box = QGroupBox(tr("Kansenkaart"), body)
        run_layout = QFormLayout(run_box)
        run_layout.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.landuse_combo = QgsMapLayerComboBox(run_box)
        self.landuse_combo.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.landuse_combo.setAllowEmptyLayer(True)
        self.landuse_combo.setToolTip(tr(
            "The land-use raster (e.g. LGN) the kansenkaart and measure scenario are run on; "
            "rasters made by this plugin (priority, gain …) are not offered. Saved with the "
            "project."))
        run_layout.addRow(tr("Land-use raster"), self.landuse_combo)
        self.table_widgets = {}
        for name, label, tooltip in (
                (BIOPHYSICAL_TABLE, tr("Biophysical table"),
                 tr("Nesting and floral values per land-use code (CSV); empty: the Dutch LGN "
                    "table. Saved with the project.")),
                (GUILD_TABLE, tr("Guild table"),
                 tr("The bee guilds (CSV); empty: the Dutch default guilds. Saved with the "
                    "project.")),
                (MEASURES_CATALOGUE, tr("Measure catalogue"),
                 tr("The measures (CSV); empty: the Dutch catalogue. Saved with the "
                    "project."))):
            widget = QgsFileWidget(run_box)
            widget.setFilter(tr("CSV table (*.csv)"))
            widget.setDialogTitle(label)
            widget.setToolTip(tooltip)
            widget.lineEdit().setPlaceholderText(tr("Dutch default"))
            widget.fileChanged.connect(lambda path, name=name: self._table_chosen(name, path))
            run_layout.addRow(label, widget)
            self.table_widgets[name] = widget
        self.measure_layer_combo = QComboBox(run_box)
        self.measure_layer_combo.setToolTip(tr("The measures a measure scenario is run for."))
        run_layout.addRow(tr("Measures for a scenario"), self.measure_layer_combo)
        buttons = QVBoxLayout()
        self.kansenkaart_button = QPushButton(tr("Kansenkaart…"), run_box)
        self.kansenkaart_button.setToolTip(tr(
            "Open the kansenkaart on the land use and tables above, with the measure areas as "
            "available land."))
        self.scenario_button = QPushButton(tr("Measure scenario…"), run_box)
        self.scenario_button.setToolTip(tr(
            "Open a measure scenario for the measures shown (with the partner filter), on the "
            "land use and tables above."))
        buttons.addWidget(self.kansenkaart_button)
        buttons.addWidget(self.scenario_button)
        run_layout.addRow(buttons)
        layout.addWidget(run_box)

        publish_box = QGroupBox(tr("Publish for partners"), body)
        publish_layout = QVBoxLayout(publish_box)
        self.website_button = QPushButton(tr("Publish website…"), publish_box)
        self.website_button.setToolTip(tr(
            "Open 'Publish kansenkaart website' with the loaded package and the outputs of the "
            "last kansenkaart chain run in the project."))
        self.report_button = QPushButton(tr("Advice reports…"), publish_box)
        self.report_button.setToolTip(tr(
            "Open 'Advice report (PDF per area)' with the loaded package, its study areas, the "
            "outputs of the last kansenkaart chain run in the project and the land use and "
            "tables above."))
        publish_layout.addWidget(self.website_button)
        publish_layout.addWidget(self.report_button)
        layout.addWidget(publish_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        for combo in (self.connection_combo, self.partner_combo, self.measure_layer_combo,
                      self.landuse_combo):
            # long names (of partners, connections, layers) may not widen the dock
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        self.load_button.clicked.connect(lambda: self.load())
        self.partner_combo.currentIndexChanged.connect(self._partner_chosen)
        self.landuse_combo.activated.connect(
            lambda index: self.set_landuse(self.landuse_combo.currentLayer()))
        self.kansenkaart_button.clicked.connect(lambda: self.open_algorithm(KANSENKAART))
        self.scenario_button.clicked.connect(lambda: self.open_algorithm(MEASURE_SCENARIO))
        self.website_button.clicked.connect(lambda: self.open_algorithm(PUBLISH_WEBSITE))
        self.report_button.clicked.connect(lambda: self.open_algorithm(ADVICE_REPORT))
        self._enable()

    def _enable(self):
        loaded = bool(self.layers)
        for widget in (self.partner_combo, self.summary_table, self.measure_layer_combo,
                       self.kansenkaart_button, self.scenario_button, self.website_button,
                       self.report_button):
            widget.setEnabled(loaded)

    # -- the source -------------------------------------------------------------------------

    def source(self):
        """The source as chosen in the dock."""
        if self.gpkg_radio.isChecked():
            return PackageSource(GPKG, path=self.file_widget.filePath().strip())
        return PackageSource(POSTGRES, connection=self.connection_combo.currentConnection(),
                             schema=self.schema_edit.text().strip())

    def set_source(self, source):
        if source is None:
            source = PackageSource()
        if source.kind == GPKG:
            self.gpkg_radio.setChecked(True)
            self.file_widget.setFilePath(source.path)
        else:
            self.postgres_radio.setChecked(True)
            if source.connection:
                self.connection_combo.setConnection(source.connection)
            self.schema_edit.setText(source.schema)

    def load(self):
        """Load the chosen package; True when loaded, else the message says why."""
        source = self.source()
        source.write(self.project)
        self.clear_message()
        try:
            layers = package.load_package(source, self.project)
        except PackageProblem as problem:
            create = problem.create_parameters
            if create is not None and source.kind == GPKG and not create.get("OUTPUT"):
                # no file chosen yet: offer a new one beside the project (else in the home
                # folder), not a dialog whose output is "[Skip output]"
                create = dict(create, OUTPUT=package.new_package_path(
                    self.project.homePath() or os.path.expanduser("~")))
            self.show_message(problem.message, Qgis.Warning, create)
            return False
        self._attach(layers, source)
        self.show_message(tr("Loaded the data package {source}.").format(
            source=source.describe()), Qgis.Success)
        return True

    def show_message(self, text, level=Qgis.Info, create_parameters=None):
        """Show ``text``; with ``create_parameters`` (a dict) offer to create a package."""
        colours = {Qgis.Success: "#dff0d8", Qgis.Warning: "#fcf3cf",
                   Qgis.Critical: "#f8d7da"}
        self.message_frame.setStyleSheet(
            "QFrame { background-color: %s; }" % colours.get(level, "#e8f0fe"))
        self.message_label.setText(text)
        self.create_parameters = (None if create_parameters is None
                                  else dict(create_parameters))
        self.create_button.setVisible(create_parameters is not None)
        self.message_frame.show()

    def clear_message(self):
        self.message_label.clear()
        self.create_parameters = None
        self.message_frame.hide()

    def message(self):
        """The text of the message shown, or ''."""
        return self.message_label.text() if not self.message_frame.isHidden() else ""

    def create_dialog(self):
        """The zoemzone:createdatapackage dialog with the offer's parameters (not shown)."""
        parameters = {k: v for k, v in (self.create_parameters or {}).items() if v}
        dialog = package.algorithm_dialog(CREATE_PACKAGE, parameters, self.window())
        if dialog is not None and hasattr(dialog, "algorithmFinished"):
            dialog.algorithmFinished.connect(
                lambda ok, results: self._package_created(dialog, ok, results))
        return dialog

    def open_create_dialog(self):
        self._show(self.create_dialog())

    def _package_created(self, dialog, ok, results):
        """Load the package just created."""
        if not ok:
            return
        if results.get("OUTPUT"):
            self.set_source(PackageSource(GPKG, path=results["OUTPUT"]))
        elif results.get("SCHEMA"):
            try:
                connection = dialog.mainWidget().wrappers["CONNECTION"].parameterValue()
            except (AttributeError, KeyError):
                connection = self.source().connection
            self.set_source(PackageSource(POSTGRES, connection=connection or "",
                                          schema=results["SCHEMA"]))
        else:
            return
        self.load()

    # -- the loaded package -----------------------------------------------------------------

    def _attach(self, layers, source):
        self._detach()
        self.layers = dict(layers)
        self.loaded_source = source
        for name in schema.MEASURE_TABLES:
            for signal in EDIT_SIGNALS:
                getattr(self.layers[name], signal).connect(self._schedule_summary)
        for signal in EDIT_SIGNALS[:-1]:
            getattr(self.layers["partners"], signal).connect(self._schedule_partners)
        self.measure_layer_combo.clear()
        for name in ("measures_area", "measures_line", "measures_point"):
            self.measure_layer_combo.addItem(self.layers[name].name(), name)
        self.refresh_partners()
        remembered = self.project.readEntry(SCOPE, "partner", "")[0]
        self._enable()
        self.set_partner(int(remembered) if remembered.lstrip("-").isdigit() else ALL_PARTNERS)

    def _detach(self):
        for name in schema.MEASURE_TABLES:
            layer = self.layers.get(name)
            for signal in EDIT_SIGNALS if layer is not None else ():
                try:
                    getattr(layer, signal).disconnect(self._schedule_summary)
                except (TypeError, RuntimeError):
                    pass
        layer = self.layers.get("partners")
        for signal in EDIT_SIGNALS[:-1] if layer is not None else ():
            try:
                getattr(layer, signal).disconnect(self._schedule_partners)
            except (TypeError, RuntimeError):
                pass
        self.layers = {}
        self.loaded_source = None
        self.summary = {}
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.blockSignals(False)
        self.measure_layer_combo.clear()
        self.summary_table.clear()
        self.summary_table.setRowCount(0)
        self.summary_table.setColumnCount(0)
        self._enable()

    def _project_read(self, *args):
        source = PackageSource.read(self.project)
        self.added = {}                   # the project's layers: none added after another
        self.set_source(source)
        self._show_landuse()
        self._show_tables()
        layers = package.loaded_layers(self.project)
        if layers:
            self._attach(layers, source)
        else:
            self._detach()

    def _project_cleared(self):
        self.added = {}
        self._detach()
        self.clear_message()
        self.set_source(PackageSource())
        self._show_landuse()
        self._show_tables()

    def _layers_removed(self, layer_ids):
        ours = {layer.id() for layer in self.layers.values()}
        if ours.intersection(layer_ids):
            self._detach()
        self.landuse_combo.setExceptedLayerList([
            layer for layer in self.landuse_combo.exceptedLayerList()
            if layer.id() not in layer_ids])

    def _layers_added(self, layers):
        self._serial += 1
        self.added.update((layer.id(), self._serial) for layer in layers)
        self._check_rasters(layers)
        self._show_landuse()

    # -- land use and tables ----------------------------------------------------------------

    def _check_rasters(self, layers):
        """Keep the rasters among ``layers`` that are no land use out of the chooser; each
        file is opened once when added (a project on a network share may hold many)."""
        refused = {layer.id(): layer for layer in self.landuse_combo.exceptedLayerList()}
        for layer in layers:
            if isinstance(layer, QgsRasterLayer):
                if package.landuse_candidate(layer):
                    refused.pop(layer.id(), None)
                else:
                    refused[layer.id()] = layer
        self.landuse_combo.setExceptedLayerList(list(refused.values()))

    def _show_landuse(self, *args):
        """Show the land use remembered in the project, if it is one; no raster is ever
        chosen for the user (the combo box would otherwise take the first)."""
        chosen = self.project.mapLayer(self.project.readEntry(SCOPE, LANDUSE_ENTRY, "")[0])
        self.landuse_combo.setLayer(chosen if package.landuse_candidate(chosen) else None)

    def _show_tables(self):
        for name, widget in self.table_widgets.items():
            path = self.project.readEntry(SCOPE, TABLE_ENTRIES[name], "")[0]
            widget.setFilePath(self.project.readPath(path) if path else "")

    def set_landuse(self, layer):
        """Choose ``layer`` (or None) as land use and remember it in the project; a raster
        that is no candidate is not taken."""
        remembered = layer.id() if package.landuse_candidate(layer) else ""
        if self.project.readEntry(SCOPE, LANDUSE_ENTRY, "")[0] != remembered:
            self.project.writeEntry(SCOPE, LANDUSE_ENTRY, remembered)
        self._show_landuse()

    def _table_chosen(self, name, path):
        path = path.strip()
        remembered = self.project.writePath(path) if path else ""
        if self.project.readEntry(SCOPE, TABLE_ENTRIES[name], "")[0] != remembered:
            self.project.writeEntry(SCOPE, TABLE_ENTRIES[name], remembered)

    def run_inputs(self):
        """The land use and tables chosen, as parameters of the kansenkaart and the measure
        scenario (an empty table: the algorithm's Dutch default). The rasters are checked
        again, as a file may have been written over by a plugin step since it was added."""
        self._check_rasters(self.project.mapLayers().values())
        self._show_landuse()
        layer = self.landuse_combo.currentLayer()
        inputs = {LANDUSE: layer.id()} if layer is not None else {}
        for name, widget in self.table_widgets.items():
            if widget.filePath().strip():
                inputs[name] = widget.filePath().strip()
        return inputs

    # -- partner filter ---------------------------------------------------------------------

    def _schedule_partners(self, *args):
        self._partner_timer.start()

    def refresh_partners(self):
        """Fill the partner list from the partners table, keeping the choice."""
        if not self.layers:
            return
        current = self.partner_combo.currentData()
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItem(tr("All partners"), ALL_PARTNERS)
        for partner_id, name in package.partners(self.layers):
            self.partner_combo.addItem(str(name), partner_id)
        self.partner_combo.addItem(tr("No partner given"), NO_PARTNER)
        index = self.partner_combo.findData(current)
        self.partner_combo.setCurrentIndex(max(index, 0))
        self.partner_combo.blockSignals(False)
        if index < 0 and current is not ALL_PARTNERS:
            self._partner_chosen()        # the partner chosen was deleted

    def set_partner(self, partner):
        """Filter the measures by ``partner`` (an id, NO_PARTNER or ALL_PARTNERS)."""
        index = self.partner_combo.findData(partner)
        if index < 0:
            index = 0
        if index == self.partner_combo.currentIndex():
            self._partner_chosen()
        else:
            self.partner_combo.setCurrentIndex(index)

    def partner(self):
        return self.partner_combo.currentData()

    def _partner_chosen(self, *args):
        if not self.layers:
            return
        partner = self.partner()
        refused = package.apply_partner_filter(self.layers, partner)
        if refused:
            self.show_message(tr("The filter cannot be changed while {layers} has unsaved "
                                 "edits: save or discard them first.").format(
                layers=", ".join(layer.name() for layer in refused)), Qgis.Warning)
        remembered = "" if partner is None else str(partner)
        if self.project.readEntry(SCOPE, "partner", "")[0] != remembered:
            self.project.writeEntry(SCOPE, "partner", remembered)
        self.refresh_summary()

    # -- summary ----------------------------------------------------------------------------

    def _schedule_summary(self, *args):
        self._summary_timer.start()

    def refresh_summary(self):
        """Count the measures shown by type (rows) and status (columns)."""
        self._summary_timer.stop()
        if not self.layers:
            return
        self.summary = dict(package.summarise(self.layers))
        types = package.lookup_labels(self.layers, "measure_types")
        statuses = package.lookup_labels(self.layers, "statuses")
        status_codes = [code for code, _, _ in schema.STATUSES]
        status_codes += sorted({s for _, s in self.summary if s not in status_codes},
                               key=str)
        type_codes = sorted({t for t, _ in self.summary}, key=lambda c: str(types.get(c, c)))
        table = self.summary_table
        table.clear()
        table.setRowCount(len(type_codes) + 1)
        table.setColumnCount(len(status_codes) + 2)
        table.setHorizontalHeaderLabels([tr("Measure type")] +
                                        [str(statuses.get(s, s)) for s in status_codes] +
                                        [tr("Total")])
        bold = table.font()
        bold.setBold(True)
        for row, type_code in enumerate(type_codes + [None]):
            label = QTableWidgetItem(tr("Total") if type_code is None
                                     else str(types.get(type_code, type_code)))
            label.setToolTip(label.text())
            table.setItem(row, 0, label)
            for column, status in enumerate(status_codes + [None], start=1):
                count = sum(n for (t, s), n in self.summary.items()
                            if (type_code is None or t == type_code) and
                            (status is None or s == status))
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(row, column, item)
            if type_code is None:
                for column in range(table.columnCount()):
                    table.item(row, column).setFont(bold)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)   # the rest, names elided
        table.resizeRowsToContents()
        height = (header.sizeHint().height() + table.verticalHeader().length() +
                  2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height())
        table.setMinimumHeight(min(height, 320))

    def total(self):
        """The number of measures shown."""
        return sum(self.summary.values())

    # -- Processing -------------------------------------------------------------------------

    def chain_outputs(self):
        """{parameter: layer} of the last kansenkaart chain run's outputs in the project."""
        return package.chain_outputs(self.project, self.added)

    def algorithm_parameters(self, algorithm_id):
        measures = self.measure_layer_combo.currentData() or "measures_area"
        parameters = package.algorithm_parameters(
            algorithm_id, self.layers, measures, self.loaded_source,
            self.chain_outputs() if algorithm_id in (PUBLISH_WEBSITE, ADVICE_REPORT) else None)
        if algorithm_id == PUBLISH_WEBSITE:
            return parameters             # the website draws no land use
        return dict(parameters, **self.run_inputs())

    def algorithm_dialog(self, algorithm_id):
        """The dialog of ``algorithm_id`` pre-filled with the loaded layers (not shown)."""
        return package.algorithm_dialog(algorithm_id, self.algorithm_parameters(algorithm_id),
                                        self.window())

    def open_algorithm(self, algorithm_id):
        if not self.layers:
            self.show_message(tr("Load a data package first."), Qgis.Warning)
            return None
        if algorithm_id in (PUBLISH_WEBSITE, ADVICE_REPORT):
            if not all(name in self.chain_outputs() for name in CHAIN_REQUIRED):
                self.show_message(tr(
                    "The project holds no priority and best measure rasters of a kansenkaart "
                    "run to publish. Run 'Kansenkaart chain (whole pilot)' (Processing Toolbox "
                    "› Zoem Zone › Kansenkaart) first, then try again."), Qgis.Warning)
                return None
        elif LANDUSE not in self.run_inputs():
            # left empty, Processing would take the active layer, e.g. the Priority output
            self.show_message(tr("Choose the land-use raster above first (add it to the "
                                 "project if it is not in the list)."), Qgis.Warning)
            return None
        return self._show(self.algorithm_dialog(algorithm_id))

    def _show(self, dialog):
        if dialog is None:
            self.show_message(tr(
                "The Zoem Zone Processing algorithms are not available: enable the Processing "
                "plugin and restart QGIS."), Qgis.Critical)
            return None
        self._dialogs.append(dialog)
        # Processing deletes a dialog when it is closed (reject() sets WA_DeleteOnClose unless
        # a run goes on in the background), so it is forgotten then, never asked anything after
        dialog.destroyed.connect(lambda *args: self._forget(dialog))
        dialog.show()
        return dialog

    def _forget(self, dialog):
        self._dialogs = [d for d in self._dialogs if d is not dialog]

    # -- unload -----------------------------------------------------------------------------

    def cleanup(self):
        """Disconnect from the project and the layers (the plugin is unloaded)."""
        self._summary_timer.stop()
        self._partner_timer.stop()
        for signal, slot in ((self.project.readProject, self._project_read),
                             (self.project.cleared, self._project_cleared),
                             (self.project.layersWillBeRemoved, self._layers_removed),
                             (self.project.layersAdded, self._layers_added),
                             (self.project.layersRemoved, self._show_landuse)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._detach()
        for dialog in self._dialogs:
            dialog.close()
        self._dialogs = []
