"""District screening: every school of a district file with its isolation flags, sortable, filterable,
exported to XLSX or CSV, and a new review started from any school with its enrollment already imported.

The file is read and its schools measured in a worker process (core.enrollment.screening_file), with the same
detection as the import wizard (file_reading); the person corrects the header row and the columns in the same
columns step (columns_dialog) and chooses what the schools are compared with. The window receives the schools
as a ScreeningList (core.enrollment.screening), which the model sorts and filters without a Python call per
school: a state file of 100,000 schools never stops the window for more than a tenth of a second
(bench/bench_stall_screening.py). A school the core has warnings about is marked in the list and its warnings
shown under it, beside the notes of the file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.enrollment.analysis import DISTRICT_REFERENCE
from equity_desktop.core.enrollment.file_reading import FileReading
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.screening import ListedSchool, ScreeningList
from equity_desktop.core.enrollment.screening_file import (
    Screening,
    export_listing,
    save_listing,
    school_snapshots,
    screen_file,
)
from equity_desktop.core.errors import EquityError
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.from_file import district_of
from equity_desktop.core.wording import plural
from equity_desktop.gui.background_task import BackgroundTask, ReadProgress
from equity_desktop.gui.columns_dialog import ColumnsDialog
from equity_desktop.gui.enrollment_words import correcting_step, fill_reference_combo, spreadsheet_files, step_hint
from equity_desktop.gui.error_dialogs import show_error
from equity_desktop.gui.rule_controls import RuleControls
from equity_desktop.gui.screening_model import ScreeningModel
from equity_desktop.gui.screening_notes import ScreeningNotes
from equity_desktop.gui.screening_table import ScreeningTable
from equity_desktop.gui.translation import said_here
from equity_desktop.paths import is_program_folder

FIND_PAUSE_MS = 150  # Find filters once typing pauses this long
# A step left for a later turn of the event loop: a timer, not 0 ms, which Qt posts as an event and runs before
# the input, the painting and the other timers waiting, so that a chain of them is one long pause again.
NEXT_TURN_MS = 1


class ScreeningWindow(QMainWindow):
    review_started = Signal(Path)
    list_exported = Signal(Path)

    def __init__(self, parent: QWidget | None = None, path: Path | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("screeningWindow")
        self.folder = folder or Path.home()  # where new reviews are saved
        self.setWindowTitle(self.tr("District Screening — Equity Desktop"))
        self.resize(1280, 720)
        self.reading: FileReading | None = None  # as read, without its schools (the model's list has them)
        self.task: BackgroundTask | None = None
        self.path: Path | None = None
        self.sheet: str | int | None = None  # as asked for (None: the program chose), to read it again alike
        self.mapping: dict | None = None  # the person's header row and columns, when corrected
        self.has_results = False
        self.fitted: Path | None = None  # the file whose texts the columns were sized for
        self.columns_dialog = None
        self.spool: Path | None = None  # where the worker leaves each list it measured (core...screening_file)
        self.listing_file: Path | None = None  # the file the list shown was left in (exported from there)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(self._build_file_row())
        layout.addLayout(self._build_measure_row())
        layout.addLayout(self._build_filter_row())
        self.model = ScreeningModel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, central)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table(splitter))
        self.notes = ScreeningNotes(splitter)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.progress = ReadProgress(central, self.tr("Cancel"))
        self.progress.cancel_requested.connect(self.cancel_task)
        layout.addWidget(self.progress)
        self.summary = QLabel(central)
        self.summary.setObjectName("screeningSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_action_row())
        self.setCentralWidget(central)
        self._select_first = self.tr("Select a school in the list first.")
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
        self.rule_controls.changed.connect(self._rule_changed)
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
        self.find_timer = QTimer(self)
        self.find_timer.setSingleShot(True)
        self.find_timer.setInterval(FIND_PAUSE_MS)
        self.find_timer.timeout.connect(self._filter)
        self.find_edit.textChanged.connect(self._find_typed)
        row.addWidget(self.only_outside)
        row.addWidget(self.find_edit, 1)
        return row

    def _build_table(self, parent: QWidget) -> ScreeningTable:
        self.table = ScreeningTable(self.model, parent)
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
        self.has_results = has
        self._enable()

    def _enable(self) -> None:
        """What can be done now: with a list, filter it; with no work under way, export it or start a review;
        with a file read, correct its columns."""
        idle = self.task is None
        for widget in (self.only_outside, self.find_edit):
            widget.setEnabled(self.has_results)
        for widget in (self.export_button, self.start_button):
            widget.setEnabled(self.has_results and idle)
        self.columns_button.setEnabled(self.reading is not None and idle)

    # ---- work in the worker process -----------------------------------------------------------------------------

    def _run(self, target, *args, done, failed, crash_text: str = "") -> None:
        """Run `target(*args)` in a worker process (one at a time: a new one cancels the one under way)."""
        self.cancel_task()
        self.task = BackgroundTask(target, *args, parent=self, crash_text=crash_text)
        self.task.done.connect(done)
        self.task.failed.connect(failed)
        self.progress.start(self.task)
        self._enable()

    def cancel_task(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self._task_ended()

    def _task_ended(self) -> None:
        self.task = None
        self.progress.hide()
        self._enable()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Closed: the work under way is cancelled, and the lists the worker left are removed."""
        self.cancel_task()
        if self.spool is not None:
            shutil.rmtree(self.spool, ignore_errors=True)
            self.spool = None
        super().closeEvent(event)

    # ---- reading and measuring -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a District File"), start, spreadsheet_files())
        if chosen:
            self.read(Path(chosen))

    def read(self, path: Path, sheet=None, mapping: dict | None = None) -> None:
        """Read `path` (its `sheet`, else the sheet of schools; with `mapping`, else the columns as the program
        detects them) and measure every school, in the worker process."""
        self.path, self.sheet, self.mapping = path, sheet, mapping
        self.file_label.setText(str(path))
        self._run(screen_file, path, sheet, mapping, self.reference(), self.rule(), self._spool(),
                  done=self._screened, failed=self._read_failed)

    def _spool(self) -> Path:
        """The folder the worker leaves the lists in (removed when the window closes)."""
        if self.spool is None or not self.spool.is_dir():
            self.spool = Path(tempfile.mkdtemp(prefix="equity-screening-"))
        return self.spool

    def measure(self, *_changed) -> None:
        """Against another reference, every school is measured again: its schools are read again in the worker
        (the window does not hold them; see core.enrollment.screening_file). A reading under way when the
        reference changes is measured again when it answers (_screened)."""
        if self.path is not None and self.reading is not None and self.reading.table is not None:
            self.read(self.path, self.sheet, self.mapping)

    def _rule_changed(self, rule: Rule) -> None:
        """Under another rule only the isolation of each group changes: the list works it out at once."""
        chosen = self.table.selected_row()
        self.model.set_rule(rule)
        self._listed(chosen)

    def _screened(self, screening: Screening) -> None:
        if screening.reference != self.reference():  # chosen while the file was read: measured again
            screening.discard()
            self.read(screening.reading.path, self.sheet, self.mapping)  # the same file, sheet and columns
            return
        task = self.task
        reading = self.reading = screening.reading
        self.sheet_combo.clear()
        for info in reading.sheets:
            self.sheet_combo.addItem(info.name + (self.tr(" (hidden)") if info.hidden else ""), info.name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(reading.sheet)))
        self.notes.show_file(reading)
        if screening.listing_file is not None or screening.listing is not None:
            # Receiving the answer, reading the list, showing it and sizing the columns are short pauses of the
            # window, one turn of the event loop after the other, rather than one long one. The work is not over
            # until the list is shown.
            QTimer.singleShot(NEXT_TURN_MS, self, lambda: self._take_listing(task, screening))
            return
        self._task_ended()
        if reading.table is None:
            self._show_problem(reading.problem, correcting_step(reading))
            if correcting_step(reading) and self.columns_dialog is None:
                self.open_columns()  # the header row or a column must be chosen before anything can be listed
        else:
            self._show_problem(screening.problem, screening.problem_step)

    def _take_listing(self, task: BackgroundTask | None, screening: Screening) -> None:
        if task is not self.task:  # another reading began meanwhile
            screening.discard()
        else:
            listing = screening.take_listing()
            if self.listing_file is not None:
                self.listing_file.unlink(missing_ok=True)  # the list shown before: its file is not needed any more
            self.listing_file = screening.listing_file
            QTimer.singleShot(NEXT_TURN_MS, self, lambda: self._show_listing(task, listing))

    def _show_listing(self, task: BackgroundTask | None, listing: ScreeningList | None) -> None:
        if task is not self.task or listing is None:
            return  # another reading began meanwhile
        self._task_ended()
        chosen = self.selected_result()
        if listing.rule != self.rule():  # the rule was changed while the list was measured
            listing = listing.with_rule(self.rule())
        self.model.set_listing(listing)
        self._set_has_results(len(listing) > 0)
        if self.fitted != self.path:  # a new file: its columns as wide as its texts; later, as the person left them
            self.fitted = self.path
            QTimer.singleShot(NEXT_TURN_MS, self, self.table.fit_columns)
        self._listed(self._row_of_school(chosen))

    def _take(self, reading: FileReading) -> None:
        """The file as read again with the person's header row and columns: measured with them, in the worker."""
        mapping = reading.layout.to_mapping() if reading.layout is not None else None
        self.read(reading.path, reading.sheet, mapping)

    def _read_failed(self, sentence: str) -> None:
        self._task_ended()
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

    def rule(self) -> Rule:
        return self.rule_controls.rule()

    def reference(self) -> str:
        return self.reference_combo.currentData() or DISTRICT_REFERENCE

    def _show_problem(self, sentence: str, step: str = "") -> None:
        """Nothing to list: the sentence says why, and where it is put right."""
        self.model.set_listing(None)
        self._set_has_results(False)
        hint = step_hint(step, self.tr("Choose the header row under “Columns…”."),
                         self.tr("Correct it under “Columns…”."))
        self.summary.setText(f"{said_here(sentence)} {hint}".strip())
        self.notes.show_school(None)

    # ---- the list shown --------------------------------------------------------------------------------------

    def _find_typed(self) -> None:
        self.find_timer.start()  # filtered once typing pauses, not at every letter

    def _filter(self) -> None:
        chosen = self.table.selected_row()
        self.model.set_filter(self.only_outside.isChecked(), self.find_edit.text())
        self._listed(chosen)

    def _listed(self, chosen: int | None) -> None:
        """After the list changed: the school selected before selected again, and the summary under the list."""
        self._select(chosen)
        self._summarize()

    def _summarize(self) -> None:
        if self.model.listing is not None:
            table = self.reading.table if self.reading else None
            self.summary.setText(self.notes.list_summary(self.model.listing, self.model.rowCount(), self.rule(),
                                                         table.suppressed if table else 0))

    # ---- the selected school -------------------------------------------------------------------

    def _row_of_school(self, school: ListedSchool | None) -> int | None:
        """The school selected in the list before, in the new list (the file read again)."""
        listing = self.model.listing
        return None if school is None or listing is None else listing.row_of(school)

    def _select(self, school_row: int | None) -> None:
        """Select again the school that was selected before the list changed (when it is still shown)."""
        self.table.select(school_row)
        self._show_selected()

    def _show_selected(self, *_selection) -> None:
        school = self.selected_result()
        self.notes.show_school(school)
        if school is not None and self.summary.text() == self._select_first:
            self._summarize()  # "Select a school in the list first." is answered

    def selected_result(self) -> ListedSchool | None:
        return self.table.selected_school()

    # ---- export and new review -------------------------------------------------------------------

    def export_folder(self) -> Path:
        """Where an export is suggested: beside the file screened, unless that is the program's own (its sample
        files) or a folder the person cannot write to; then their documents folder."""
        folder = self.path.parent if self.path is not None else self.folder
        if is_program_folder(folder) or not os.access(folder, os.W_OK):
            return self.folder
        return folder

    def choose_export(self) -> None:
        suggested = self.export_folder() / (self.path.stem + "-screening.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the List"), str(suggested),
                                                self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if chosen:
            self.export(Path(chosen))

    def export(self, path: Path) -> None:
        """Write the rows shown (filtered, in the order shown) to .xlsx or .csv, in the worker process, from the
        file the list was left in (the window saves it there itself if the worker could not); `list_exported`
        says when it is written."""
        assert self.model.listing is not None
        if self.listing_file is None or not self.listing_file.exists():
            self.listing_file = save_listing(self.model.listing, self._spool())
        shown = self._spool() / "shown.npy"
        np.save(shown, self.model.shown)
        count = self.model.rowCount()
        self._run(export_listing, self.listing_file, shown, self.rule(), path,
                  done=lambda _: self._exported(path, count), failed=self._export_failed,
                  crash_text=self.tr("The list could not be written because of an error in the program; please "
                                     "report it. Nothing was written."))

    def _exported(self, path: Path, count: int) -> None:
        self._task_ended()
        schools = plural(count, self.tr("school"), self.tr("schools"), self.locale().toString(count))
        self.statusBar().showMessage(self.tr("Exported {0} to {1}").format(schools, path), 8000)
        self.list_exported.emit(path)

    def _export_failed(self, sentence: str) -> None:
        self._task_ended()
        show_error(self, self.tr("The list was not exported"), sentence)

    def start_review(self, *_args) -> None:
        """A new review for the school selected, holding its enrollment from this file, every year of it: the
        school is read again in the worker process first, so that the new review's profile starts with its
        district as the file names it; then the person says where the review goes."""
        result = self.selected_result()
        if result is None:
            self.summary.setText(self._select_first)
            return
        self._run(school_snapshots, self.path, self.sheet, self.mapping, result.school_id or result.school,
                  done=lambda snapshots: self._ask_for_review(result, snapshots), failed=self._review_failed)

    def _ask_for_review(self, result: ListedSchool, snapshots: list) -> None:
        from equity_desktop.gui.new_review_dialog import NewReviewDialog

        self._task_ended()
        references = self.reading.table.references if self.reading and self.reading.table else ()
        dialog = NewReviewDialog(self.folder, self)
        dialog.prefill(result.school, district_of(snapshots, references), result.year or "")
        dialog.accepted.connect(lambda: self._store_review(dialog.path(), dialog.profile(), snapshots))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.new_dialog = dialog

    def create_review(self, path: Path, profile: SchoolProfile, school: str) -> None:
        """A new review for `school` holding its enrollment from this file, every year of it, with no questions
        asked: the school is read again in the worker process, the review written when it answers;
        `review_started` says when."""
        self._run(school_snapshots, self.path, self.sheet, self.mapping, school,
                  done=lambda snapshots: self._task_ended() or self._store_review(path, profile, snapshots),
                  failed=self._review_failed)

    def _store_review(self, path: Path, profile: SchoolProfile, snapshots: list) -> None:
        from equity_desktop.core.review.store import ReviewStore

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            store = ReviewStore.create(path, profile)
            try:
                store.replace_snapshots([], snapshots)
            finally:
                store.close()
        except (EquityError, OSError) as error:
            self._review_failed(error)
            return
        self.review_started.emit(path)

    def _review_failed(self, error: EquityError | OSError | str) -> None:
        self._task_ended()
        show_error(self, self.tr("Cannot create the review"), error)

