"""District screening: every school of a district file with its isolation flags, sortable, filterable,
exported to XLSX or CSV, and a new review started from any school with its enrollment already imported.

The file is read in a worker process (as in the import wizard); the isolation of each school is
measured by core.enrollment.analysis, listed by core.enrollment.screen_export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.enrollment.analysis import measure_table, screening_order
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.file_reading import FileReading, read_for_import
from equity_desktop.core.enrollment.importing import check_no_errors, snapshots_for
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.screen_export import SCREEN_FIELDS, screen_rows, write_screen
from equity_desktop.core.errors import EquityError
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.gui.background_task import BackgroundTask, ReadProgress
from equity_desktop.gui.error_dialogs import show_error
from equity_desktop.gui.import_wizard import SPREADSHEETS
from equity_desktop.gui.rule_controls import RuleControls

COLUMNS = (("School", "school"), ("Code", "school_id"), ("Year", "year"),
           ("Groups outside the band", "isolated_groups"),
           ("Which, by how many points", "groups_outside_band"), ("Minority %", "minority_share"),
           ("Federal MSAP", "federal_isolated"), ("Diversity (Simpson)", "simpson"),
           ("Dissimilarity", "dissimilarity"))
SORT_ROLE = Qt.ItemDataRole.UserRole


def _shown(key: str, value) -> str:
    if value is None or value == "":
        return "—"
    if key == "federal_isolated":
        return "isolated (over 50 %)" if value else "not isolated"
    if key == "minority_share":
        return f"{value:.1f} %"
    if key in ("simpson", "dissimilarity"):
        return f"{value:.2f}"
    return str(value)


class ScreeningModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.results: list = []

    def set_results(self, results: list) -> None:
        self.beginResetModel()
        self.results = screening_order(results)
        self.rows = screen_rows(self.results)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        key = COLUMNS[index.column()][1]
        value = self.rows[index.row()][key]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(key, value)
        if role == SORT_ROLE:  # numbers sort as numbers; a missing value sorts first
            if value is None:
                return -1.0
            return float(value) if isinstance(value, (int, float)) else str(value).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)) and key != "year":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def outside_band(self, row: int) -> bool:
        return self.rows[row]["isolated_groups"] > 0


class ScreeningFilter(QSortFilterProxyModel):
    """'Only schools outside the band' and a school name or code to find."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_outside = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, only_outside: bool, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self.only_outside, self.text = only_outside, text.strip().casefold()
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.only_outside, self.text = only_outside, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        if self.only_outside and not model.outside_band(row):
            return False
        found = model.rows[row]
        return not self.text or self.text in found["school"].casefold() or self.text == (found["school_id"] or "")


class ScreeningWindow(QMainWindow):
    review_started = Signal(Path)

    def __init__(self, parent: QWidget | None = None, path: Path | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("screeningWindow")
        self.folder = folder or Path.home()  # where new reviews are saved
        self.setWindowTitle(self.tr("District Screening — Equity Desktop"))
        self.resize(1280, 720)
        self.reading: FileReading | None = None
        self.task: BackgroundTask | None = None
        self.path: Path | None = None
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(self._build_file_row())
        layout.addLayout(self._build_filter_row())
        self.model = ScreeningModel(self)
        self.proxy = ScreeningFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(central)
        self.table.setObjectName("screeningTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.start_review)
        layout.addWidget(self.table, 1)
        self.progress = ReadProgress(central)
        self.progress.cancel_requested.connect(self.cancel_reading)
        layout.addWidget(self.progress)
        self.summary = QLabel(central)
        self.summary.setObjectName("screeningSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_action_row())
        self.setCentralWidget(central)
        self._set_has_results(False)
        if path is not None:
            self.read(path)

    # ---- building ------------------------------------------------------------------------------

    def _build_file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open a District File…"), self)
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file open. Open the district's enrollment file (one row per school, "
                                         "or one row per student) to list every school."), self)
        self.file_label.setWordWrap(True)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.activated.connect(lambda: self.read(self.path, self.sheet_combo.currentData()))
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(QLabel(self.tr("Sheet:"), self))
        row.addWidget(self.sheet_combo)
        return row

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.only_outside = QCheckBox(self.tr("Only schools &outside the band"), self)
        self.only_outside.setObjectName("onlyOutside")
        self.only_outside.toggled.connect(self._filter)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find a school by name or code"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._filter)
        self.rule_controls = RuleControls(self)
        self.rule_controls.changed.connect(self.measure)
        row.addWidget(self.only_outside)
        row.addWidget(self.find_edit, 1)
        row.addWidget(self.rule_controls)
        return row

    def _build_action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export the List…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.start_button = QPushButton(self.tr("&Start a Review for This School…"), self)
        self.start_button.setObjectName("startReviewButton")
        self.start_button.clicked.connect(self.start_review)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        return row

    def _set_has_results(self, has: bool) -> None:
        for widget in (self.export_button, self.start_button, self.only_outside, self.find_edit):
            widget.setEnabled(has)

    # ---- reading -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a District File"), start, self.tr(SPREADSHEETS))
        if chosen:
            self.read(Path(chosen))

    def read(self, path: Path, sheet=None) -> None:
        self.cancel_reading()
        self.path = path
        self.file_label.setText(str(path))
        self.task = BackgroundTask(read_for_import, path, sheet, parent=self)
        self.task.done.connect(self._read_done)
        self.task.failed.connect(self._read_failed)
        self.progress.start(self.task)

    def cancel_reading(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None
        self.progress.hide()

    def _read_done(self, reading: FileReading) -> None:
        self.task = None
        self.reading = reading
        self.sheet_combo.clear()
        for info in reading.sheets:
            self.sheet_combo.addItem(info.name + (self.tr(" (hidden)") if info.hidden else ""), info.name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(reading.sheet)))
        self.measure()

    def _read_failed(self, sentence: str) -> None:
        self.task = None
        self.reading = None
        self.model.set_results([])
        self._set_has_results(False)
        self.summary.setText(sentence)

    def rule(self) -> Rule:
        return self.rule_controls.rule()

    def measure(self, *_rule) -> None:
        """Isolation of every school under the chosen rule (after a read, or when the rule changes)."""
        reading = self.reading
        if reading is None:
            return
        try:
            if reading.table is None:
                raise EquityError(reading.problem)
            check_no_errors(reading.table)
            results = measure_table(reading.table, self.rule())
        except EquityError as error:
            self._read_failed(str(error))
            return
        self.model.set_results(results)
        self._set_has_results(bool(results))
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filter(self.only_outside.isChecked(), self.find_edit.text())
        rows = self.model.rows
        outside = sum(1 for row in range(len(rows)) if self.model.outside_band(row))
        sources = sorted({r.district_source for r in self.model.results})
        table = self.reading.table if self.reading else None
        text = self.tr("{0} schools listed, {1} shown; {2} with a group outside the band ({3}). Compared with the "
                       "{4}.").format(len(rows), self.proxy.rowCount(), outside, self.rule().describe(),
                                      "; ".join(sources))
        if table is not None and table.suppressed:
            text += self.tr(" {0} suppressed cells were read as not available.").format(table.suppressed)
        self.summary.setText(text)

    # ---- export and new review -------------------------------------------------------------------

    def choose_export(self) -> None:
        suggested = self.path.with_name(self.path.stem + "-screening.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the List"), str(suggested),
                                                self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if chosen:
            self.export(Path(chosen))

    def export(self, path: Path) -> bool:
        """Write the rows shown (filtered, in the order shown) to .xlsx or .csv."""
        shown = [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                 for r in range(self.proxy.rowCount())]
        try:
            write_screen(shown, SCREEN_FIELDS, path)
        except (EquityError, OSError) as error:
            show_error(self, self.tr("The list was not exported"), error)
            return False
        self.statusBar().showMessage(self.tr("Exported {0} schools to {1}").format(len(shown), path), 8000)
        return True

    def selected_result(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.results[self.proxy.mapToSource(rows[0]).row()] if rows else None

    def start_review(self, *_args) -> None:
        result = self.selected_result()
        if result is None:
            self.summary.setText(self.tr("Select a school in the list first."))
            return
        from equity_desktop.gui.new_review_dialog import NewReviewDialog

        unit = next(u for u in self.reading.table.units if u.name == result.school and u.code == result.school_id)
        district = next((u.name for u in self.reading.table.references if u.level == "district"), "")
        dialog = NewReviewDialog(self.folder, self)
        dialog.prefill(result.school, district, result.year or "")
        dialog.accepted.connect(lambda: self.create_review(dialog.path(), dialog.profile(), unit.code or unit.name))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.new_dialog = dialog

    def create_review(self, path: Path, profile: SchoolProfile, school: str) -> bool:
        """A new review for `school` holding its enrollment from this file, every year of it."""
        from equity_desktop.core.review.store import ReviewStore

        try:
            snapshots = snapshots_for(self.reading.table, school)
            path.parent.mkdir(parents=True, exist_ok=True)
            store = ReviewStore.create(path, profile)
            try:
                store.replace_snapshots([], snapshots)
            finally:
                store.close()
        except (EquityError, EnrollmentFileError, OSError) as error:
            show_error(self, self.tr("Cannot create the review"), error)
            return False
        self.review_started.emit(path)
        return True
