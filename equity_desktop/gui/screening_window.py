"""District screening: every school of a district file with its isolation flags, sortable, filterable,
exported to XLSX or CSV, and a new review started from any school with its enrollment already imported.

The file is read in a worker process, with the same detection as the import wizard (file_reading); the
person corrects the header row and the columns in the same columns step (columns_dialog) and chooses what the
schools are compared with. The isolation of each school is measured by core.enrollment.analysis, listed by
core.enrollment.screen_export; a school the core has warnings about is marked in the list and its warnings
shown under it, beside the notes of the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.enrollment.analysis import DISTRICT_REFERENCE, measure_table
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.file_reading import FileReading, read_for_import
from equity_desktop.core.enrollment.importing import check_no_errors, snapshots_for
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.screen_export import SCREEN_FIELDS, write_screen
from equity_desktop.core.errors import EquityError
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.gui.background_task import BackgroundTask, ReadProgress
from equity_desktop.gui.columns_dialog import ColumnsDialog
from equity_desktop.gui.enrollment_words import correcting_step, fill_reference_combo, step_hint
from equity_desktop.gui.error_dialogs import show_error
from equity_desktop.gui.import_wizard import SPREADSHEETS
from equity_desktop.gui.rule_controls import RuleControls
from equity_desktop.gui.screening_model import WARNING_MARK, WHICH_COLUMN, ScreeningFilter, ScreeningModel
from equity_desktop.gui.screening_notes import ScreeningNotes


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
        self.columns_dialog = None
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(self._build_file_row())
        layout.addLayout(self._build_measure_row())
        layout.addLayout(self._build_filter_row())
        self.model = ScreeningModel(self)
        self.proxy = ScreeningFilter(self)
        self.proxy.setSourceModel(self.model)
        splitter = QSplitter(Qt.Orientation.Vertical, central)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table(splitter))
        self.notes = ScreeningNotes(splitter)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
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
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.setMaximumWidth(260)  # a long sheet name is elided, not the file's name beside it
        self.sheet_combo.activated.connect(lambda: self.read(self.path, self.sheet_combo.currentData()))
        sheet_label = QLabel(self.tr("S&heet:"), self)
        sheet_label.setBuddy(self.sheet_combo)
        self.columns_button = QPushButton(self.tr("&Columns…"), self)
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setToolTip(self.tr("The header row and what each column holds, as the program read "
                                               "them; correct them and read the file again"))
        self.columns_button.clicked.connect(self.open_columns)
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(sheet_label)
        row.addWidget(self.sheet_combo)
        row.addWidget(self.columns_button)
        return row

    def _build_measure_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.reference_combo = QComboBox(self)
        self.reference_combo.setObjectName("referenceCombo")
        self.reference_combo.setAccessibleName(self.tr("Compare each school with"))
        fill_reference_combo(self.reference_combo)
        self.reference_combo.currentIndexChanged.connect(self.measure)
        compare_label = QLabel(self.tr("Compare &with:"), self)
        compare_label.setBuddy(self.reference_combo)
        self.rule_controls = RuleControls(self)
        self.rule_controls.changed.connect(self.measure)
        row.addWidget(compare_label)
        row.addWidget(self.reference_combo)
        row.addSpacing(16)
        row.addWidget(self.rule_controls)
        row.addStretch(1)
        return row

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.only_outside = QCheckBox(self.tr("Only schools outside the &band"), self)
        self.only_outside.setObjectName("onlyOutside")
        self.only_outside.toggled.connect(self._filter)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find a school by name or code"))
        self.find_edit.setAccessibleName(self.tr("Find a school by name or code"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._filter)
        row.addWidget(self.only_outside)
        row.addWidget(self.find_edit, 1)
        return row

    def _build_table(self, parent: QWidget) -> QTableView:
        self.table = QTableView(parent)
        self.table.setObjectName("screeningTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line a school; long cells are elided, their tooltip says it all
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order until a heading is clicked
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHICH_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHICH_COLUMN, 200)
        header.setStretchLastSection(True)  # "Compared with": what is left; in full under the list
        self.table.doubleClicked.connect(self.start_review)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        return self.table

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
        self.columns_button.setEnabled(self.reading is not None and self.task is None)

    # ---- reading -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a District File"), start, self.tr(SPREADSHEETS))
        if chosen:
            self.read(Path(chosen))

    def read(self, path: Path, sheet=None) -> None:
        """Read `path` (its `sheet`, else the sheet of schools) as the program detects it."""
        self.cancel_reading()
        self.path = path
        self.file_label.setText(str(path))
        self.task = BackgroundTask(read_for_import, path, sheet, parent=self)
        self.task.done.connect(self._read_done)
        self.task.failed.connect(self._read_failed)
        self.columns_button.setEnabled(False)
        self.progress.start(self.task)

    def cancel_reading(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None
        self.progress.hide()
        self.columns_button.setEnabled(self.reading is not None)

    def _read_done(self, reading: FileReading) -> None:
        self.task = None
        self.sheet_combo.clear()
        for info in reading.sheets:
            self.sheet_combo.addItem(info.name + (self.tr(" (hidden)") if info.hidden else ""), info.name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(reading.sheet)))
        self._take(reading)
        if reading.table is None and correcting_step(reading):
            self.open_columns()  # the header row or a column must be chosen before anything can be listed

    def _take(self, reading: FileReading) -> None:
        """Show `reading` (as first read, or as read again with the person's columns)."""
        self.reading = reading
        self.notes.show_file(reading)
        self.measure()

    def _read_failed(self, sentence: str) -> None:
        self.task = None
        self.reading = None
        self.notes.show_file(None)
        self._show_problem(sentence)

    def open_columns(self) -> None:
        """The columns step: the header row and what each column holds, read again with Apply."""
        if self.reading is None:
            return
        if self.columns_dialog is not None:
            self.columns_dialog.reject()
        dialog = ColumnsDialog(self.reading, self)
        dialog.applied.connect(self._take)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "columns_dialog", None))
        self.columns_dialog = dialog
        dialog.open()

    # ---- measuring -----------------------------------------------------------------------------

    def rule(self) -> Rule:
        return self.rule_controls.rule()

    def reference(self) -> str:
        return self.reference_combo.currentData() or DISTRICT_REFERENCE

    def measure(self, *_changed) -> None:
        """Isolation of every school under the chosen rule and reference (after a read, or when either changes)."""
        reading = self.reading
        if reading is None:
            return
        if reading.table is None:
            self._show_problem(reading.problem, correcting_step(reading))
            return
        try:
            check_no_errors(reading.table)
            reference = self.reference()
            results = measure_table(reading.table, self.rule(), district_table=reading.references.get(reference),
                                    reference=reference)
        except EquityError as error:
            self._show_problem(str(error), getattr(error, "step", None) or "")
            return
        chosen = self._selected_key()
        self.model.set_results(results)
        self._set_has_results(bool(results))
        self._filter()
        self._select(chosen)

    def _show_problem(self, sentence: str, step: str = "") -> None:
        """Nothing to list: the sentence says why, and where it is put right."""
        self.model.set_results([])
        self._set_has_results(False)
        hint = step_hint(step, self.tr("Choose the header row under “Columns…”."),
                         self.tr("Correct it under “Columns…”."))
        self.summary.setText(f"{sentence} {hint}".strip())
        self.notes.show_school(None)

    def _filter(self) -> None:
        self.proxy.set_filter(self.only_outside.isChecked(), self.find_edit.text())
        rows = self.model.rows
        outside = sum(1 for row in range(len(rows)) if self.model.outside_band(row))
        warned = sum(1 for row in range(len(rows)) if self.model.has_warnings(row))
        sources = sorted({r.district_source for r in self.model.results})
        table = self.reading.table if self.reading else None
        text = self.tr("{0} schools listed, {1} shown; {2} with a group outside the band ({3}). Compared with the "
                       "{4}.").format(len(rows), self.proxy.rowCount(), outside, self.rule().describe(),
                                      "; ".join(sources))
        if warned:
            text += self.tr(" {0} {1} with a warning about their numbers (select one to read it).").format(
                WARNING_MARK, warned)
        if table is not None and table.suppressed:
            text += self.tr(" {0} suppressed cells were read as not available.").format(table.suppressed)
        self.summary.setText(text)

    # ---- the selected school -------------------------------------------------------------------

    def _selected_key(self) -> tuple | None:
        result = self.selected_result()
        return None if result is None else (result.school, result.school_id, result.year)

    def _select(self, key: tuple | None) -> None:
        """Select again the school that was selected before the list was measured again."""
        found = next((row for row, r in enumerate(self.model.results) if (r.school, r.school_id, r.year) == key),
                     None)
        index = self.proxy.mapFromSource(self.model.index(found, 0)) if found is not None else None
        if index is not None and index.isValid():
            self.table.selectRow(index.row())
        self._show_selected()

    def _show_selected(self, *_selection) -> None:
        self.notes.show_school(self.selected_result())

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
