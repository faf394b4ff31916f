"""Import Enrollment: file → sheet and header row → columns → school, year and outcome files → report → import.

The pages are the Designer form ui/import_wizard.ui (compiled to ui_import_wizard.py by `make ui`); the columns
page holds column_mapping.ColumnMappingPanel, the same panel as the screening window's Columns dialog.
Every read of the file, and of each outcome file (outcome_files.py), runs in a worker process (BackgroundTask)
with a progress bar and Cancel; the window keeps answering. Nothing touches the review until Import is pressed:
then the school years are stored in one transaction, as one undoable edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidgetItem, QMessageBox, QWidget, QWizard

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.analysis import DISTRICT_REFERENCE as DISTRICT
from equity_desktop.core.enrollment.analysis import reference_for
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.file_reading import FileReading, read_for_import
from equity_desktop.core.enrollment.importing import ReviewSchool, find_review_school, other_school, snapshots_for
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.table import ERROR, EnrollmentTable, enrollment_of
from equity_desktop.core.wording import plural
from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.background_task import BackgroundTask, ReadProgress
from equity_desktop.gui.enrollment_words import (
    correcting_step,
    fill_reference_combo,
    note_line,
    spreadsheet_files,
    step_hint,
)
from equity_desktop.gui.outcome_files import OutcomeFile, fill_outcome_list, with_outcomes
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.sheet_preview import fill_preview
from equity_desktop.gui.translation import said_here, words
from equity_desktop.gui.ui_import_wizard import Ui_ImportWizard

ALL_YEARS = ""


class ImportWizard(QWizard):
    def __init__(self, session: ReviewSession, path: Path | None = None, parent: QWidget | None = None,
                 settings: AppSettings | None = None):
        super().__init__(parent)
        self.form = Ui_ImportWizard()
        self.form.setupUi(self)
        self.setObjectName("importWizard")
        self.session = session
        self.settings = settings
        self._focus_after_read: QWidget | None = None  # who has the keyboard when a read ends
        self.reading: FileReading | None = None
        self.task: BackgroundTask | None = None
        self.snapshots: list = []
        self.outcome_files: list[OutcomeFile] = []
        self.table: EnrollmentTable | None = None  # the reading's table with the outcome files' counts
        self._advance_when_read = False
        self.progress = ReadProgress(self)
        self.progress.cancel_requested.connect(self.cancel_reading)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        # Enter always means Next (or Import), the default button: Cancel and Back never take it over when they
        # have the keyboard, so Enter never throws the wizard away.
        for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
            self.button(which).setAutoDefault(False)
            self.button(which).setDefault(False)
        f = self.form
        for label in (f.fileProblem, f.sheetProblem):
            label.setObjectName("problem")
        f.browseButton.clicked.connect(self.browse)
        f.fileEdit.textEdited.connect(self._file_edited)
        f.sheetCombo.activated.connect(lambda: self.read(sheet=f.sheetCombo.currentData()))
        f.headerSpin.editingFinished.connect(self._header_changed)
        f.columnsPanel.header_hint = self.tr("Choose the header row on step 2 (Back).")
        f.columnsPanel.mapping_loaded.connect(lambda mapping: self.read(sheet=self.reading.sheet, mapping=mapping))
        f.schoolCombo.currentIndexChanged.connect(self._show_reference)
        f.yearCombo.currentTextChanged.connect(self._show_reference)
        fill_reference_combo(f.referenceCombo)
        f.referenceCombo.currentIndexChanged.connect(self._show_reference)
        f.addOutcomeButton.clicked.connect(self.add_outcome_file)
        f.removeOutcomeButton.clicked.connect(self.remove_outcome_file)
        f.outcomeList.currentRowChanged.connect(self._enable_remove)
        self._enable_remove()
        self.currentIdChanged.connect(self._entered)
        if path is not None:
            f.fileEdit.setText(str(path))
            self.read()
        elif settings is not None and (last := settings.last_enrollment_file()) is not None:
            # The next year of the same workbook is one Enter away (Enter in the box is Next); typing replaces it.
            f.fileEdit.setText(str(last))
            f.fileEdit.selectAll()

    # ---- reading in the worker ---------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        text = self.form.fileEdit.text().strip()
        return Path(text) if text else None

    def read(self, sheet=None, mapping: dict | None = None, *, advance: bool = False) -> None:
        """Read the file (again) off the GUI thread; `advance` goes to the next page when it worked."""
        if self.path is None:
            return
        self.cancel_reading()
        self._advance_when_read = advance
        task = BackgroundTask(read_for_import, self.path, sheet, mapping, parent=self)
        task.done.connect(self._read_done)
        task.failed.connect(self._read_failed)
        self._start(task, (self.currentPage() or self.form.filePage).layout())

    def _start(self, task: BackgroundTask, layout) -> None:
        """Run `task`, its progress bar and Cancel at the end of `layout`, the pages disabled meanwhile; the widget
        that had the keyboard has it back when the task ends (disabling it moved the focus to a button)."""
        self.task = task
        focused = QApplication.focusWidget()
        if self._focus_after_read is None and focused is not None and self.isAncestorOf(focused):
            self._focus_after_read = focused
        layout.addWidget(self.progress)
        self._set_page_enabled(False)
        self.progress.start(task)

    def cancel_reading(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None
        self.progress.hide()
        self._set_page_enabled(True)
        self._enable_remove()

    def _give_focus_back(self) -> None:
        """After a read: the keyboard where it was before (the sheet box, not "< Back"), else on Next."""
        widget, self._focus_after_read = self._focus_after_read, None
        if widget is None or not widget.isVisible() or not widget.isEnabled() or widget in self._wizard_buttons():
            self._focus_next()
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _wizard_buttons(self) -> list[QWidget]:
        return [self.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)]

    def _focus_next(self) -> None:
        """The default button (Next, or Import on the last step) takes the keyboard: Enter goes on."""
        last = self.currentPage() is self.form.reportPage
        button = self.button(QWizard.WizardButton.FinishButton if last else QWizard.WizardButton.NextButton)
        button.setDefault(True)
        if button.isEnabled() and button.isVisible():
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        self.cancel_reading()  # nothing was written: the review is as it was
        super().reject()

    def _set_page_enabled(self, enabled: bool) -> None:
        progress = self.progress  # it stays enabled, and so do the boxes around it (Cancel must answer)
        for page_id in self.pageIds():
            for child in self.page(page_id).findChildren(QWidget):
                if child is not progress and not progress.isAncestorOf(child) and not child.isAncestorOf(progress):
                    child.setEnabled(enabled)
        self.button(QWizard.WizardButton.NextButton).setEnabled(enabled)

    def _read_done(self, reading: FileReading) -> None:
        self.task = None
        self._set_page_enabled(True)
        self._give_focus_back()
        self.reading = reading
        self.form.fileProblem.setText("")
        self._show_sheet()
        self.form.columnsPanel.show_reading(reading)
        self._show_schools()
        self._add_outcomes()
        advance, self._advance_when_read = self._advance_when_read, False
        if advance and self.currentPage() is self.form.filePage:
            self.next()
        elif advance and self.currentPage() is self.form.mappingPage and not reading.problem:
            self.next()

    def _read_failed(self, sentence: str) -> None:
        self.task = None
        self._set_page_enabled(True)
        self._focus_after_read = None
        self._advance_when_read = False
        self.reading = None
        self._add_outcomes()
        self.form.fileProblem.setText(said_here(sentence))
        if self.currentPage() is not self.form.filePage:
            self.restart()

    # ---- page 1: the file -------------------------------------------------------------------

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the Enrollment File"), str(self._start_folder()),
                                                spreadsheet_files())
        if chosen:
            self.form.fileEdit.setText(chosen)
            self._file_edited()
            self._focus_after_read = self.button(QWizard.WizardButton.NextButton)  # then Enter goes on
            self.read()

    def _start_folder(self) -> Path:
        """Where Browse… opens: the file's folder, else the last enrollment file's, else the documents folder."""
        last = self.settings.last_enrollment_file() if self.settings is not None else None
        if self.path is not None and self.path.parent.is_dir():
            return self.path.parent
        if last is not None:
            return last.parent
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())

    def _file_edited(self) -> None:
        self.reading = None
        self.form.fileProblem.setText("")

    # ---- page 2: sheet and header row --------------------------------------------------------

    def _show_sheet(self) -> None:
        f, reading = self.form, self.reading
        f.sheetCombo.clear()
        for info in reading.sheets:
            f.sheetCombo.addItem(info.name + (self.tr(" (hidden)") if info.hidden else ""), info.name)
        f.sheetCombo.setCurrentIndex(max(0, f.sheetCombo.findData(reading.sheet)))
        header_row = reading.layout.header_row if reading.layout else 0
        f.headerSpin.blockSignals(True)
        f.headerSpin.setMaximum(max(1, len(reading.preview)))
        f.headerSpin.setValue(header_row or 1)
        f.headerSpin.blockSignals(False)
        f.sheetProblem.setText(self._problem_here(reading))
        fill_preview(f.previewTable, reading.preview, header_row)

    def _problem_here(self, reading: FileReading) -> str:
        """The reading's problem as the sheet step says it: with the step that puts it right (without a header
        row found, this one)."""
        if not reading.problem:
            return ""
        hint = step_hint(correcting_step(reading), self.tr("Choose the header row above."),
                         self.tr("Correct it on the next step, 3. Check what each column holds."))
        return f"{said_here(reading.problem)} {hint}".strip()

    def _header_changed(self) -> None:
        if self.reading and (not self.reading.layout or self.form.headerSpin.value() != self.reading.layout.header_row):
            self.read(sheet=self.reading.sheet, mapping={"format": lay.MAPPING_FORMAT,
                                                         "header_row": self.form.headerSpin.value()})

    # ---- page 3: columns (column_mapping.ColumnMappingPanel) ---------------------------------------

    def current_mapping(self) -> dict:
        """The mapping the columns step describes, in the core's mapping format (what Save the Mapping writes)."""
        return self.form.columnsPanel.current_mapping(header_row=self.form.headerSpin.value())

    # ---- page 4: school and year -------------------------------------------------------------

    def _show_schools(self) -> None:
        f, reading = self.form, self.reading
        f.schoolCombo.blockSignals(True)
        f.schoolCombo.clear()
        units = {}
        for unit in reading.table.units if reading.table else ():
            units.setdefault(unit.label, unit.code or unit.name)
        for label, key in units.items():
            f.schoolCombo.addItem(label, key)
        ours = self._review_school()
        found = find_review_school(reading.table, ours) if reading.table else None
        # The review's school, never simply the first in the file; none chosen when the file lacks it.
        f.schoolCombo.setCurrentIndex(f.schoolCombo.findData(found.code or found.name) if found else -1)
        f.schoolCombo.setPlaceholderText(self.tr("{0} is not in this file; choose the school").format(ours.name))
        f.schoolCombo.blockSignals(False)
        f.yearCombo.blockSignals(True)
        f.yearCombo.clear()
        years = reading.years
        if len(years) > 1:
            f.yearCombo.addItem(self.tr("every year in the file ({0})").format(", ".join(years)), ALL_YEARS)
        f.yearCombo.addItems(years)
        if not years:
            f.yearCombo.setEditText(self.session.profile.school_year)
            f.yearCombo.lineEdit().setPlaceholderText(self.tr("the file does not say; type it, e.g. 2024-25"))
        f.yearCombo.blockSignals(False)
        self._show_reference()

    def chosen_year(self) -> str | None:
        combo = self.form.yearCombo
        data = combo.currentData() if combo.currentText() == combo.itemText(combo.currentIndex()) else None
        if data == ALL_YEARS:
            return None
        return (combo.currentText() or "").strip() or None

    def _show_reference(self) -> None:
        if not (self.reading and self.reading.table):
            return
        try:
            year = self.chosen_year() or (self.reading.years[-1] if self.reading.years else None)
            key = self.form.schoolCombo.currentData()
            chosen = next((u for u in self.reading.table.units if key in (u.code, u.name)), None)
            reference = self.chosen_reference()
            _, source, _ = reference_for(self.reading.table, year, self.reading.references.get(reference),
                                         district=chosen.district if chosen else None, reference=reference)
            self.form.referenceLabel.setText(self.tr("The school is compared with the {0}.").format(said_here(source)))
        except EnrollmentFileError as error:
            self.form.referenceLabel.setText(error.sentence(words()))

    def chosen_reference(self) -> str:
        return self.form.referenceCombo.currentData() or DISTRICT

    def _review_school(self) -> ReviewSchool:
        return ReviewSchool.of(self.session.profile.school, self.session.snapshots())

    def _make_snapshots(self) -> bool:
        if self.form.schoolCombo.currentIndex() < 0:
            self.form.referenceLabel.setText(self.tr("Choose the school in the list first."))
            return False
        try:
            reference = self.chosen_reference()
            self.snapshots = snapshots_for(self.table, self.form.schoolCombo.currentData() or "",
                                           self.chosen_year(), self.reading.references.get(reference), reference)
        except EnrollmentFileError as error:
            self.form.referenceLabel.setText(error.sentence(words()))
            return False
        if self.snapshots and (sentence := other_school(self.snapshots[0].school, self._review_school())):
            answer = QMessageBox.question(
                self, self.tr("Import Another School?"),
                self.tr("{0}. Import it into this review anyway?").format(said_here(sentence)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.snapshots = []
                return False
        if not self.snapshots:
            self.form.referenceLabel.setText(self.tr("That school has no rows for this year in the file; choose "
                                                     "another year."))
        return bool(self.snapshots)

    # ---- page 4: outcome files (outcome_files.py) ------------------------------------------------

    def add_outcome_file(self) -> None:
        start = str(self._start_folder())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an Outcome File"), start, spreadsheet_files())
        if not chosen:
            return
        self.cancel_reading()
        path = Path(chosen)
        task = BackgroundTask(read_enrollment, path, parent=self)
        task.done.connect(lambda table: self._outcome_read(OutcomeFile(path, table)))
        task.failed.connect(lambda sentence: self._outcome_read(OutcomeFile(path, problem=sentence)))
        self._start(task, self.form.outcomeLayout)

    def _outcome_read(self, file: OutcomeFile) -> None:
        self.task = None
        self._set_page_enabled(True)
        self._give_focus_back()
        self.outcome_files = [f for f in self.outcome_files if f.path != file.path] + [file]
        self._add_outcomes()
        self.form.outcomeList.setCurrentRow(len(self.outcome_files) - 1)

    def remove_outcome_file(self) -> None:
        row = self.form.outcomeList.currentRow()
        if 0 <= row < len(self.outcome_files):
            del self.outcome_files[row]
            self._add_outcomes()

    def _add_outcomes(self) -> None:
        """Put the outcome files' counts into (a copy of) the reading's table, and say what each adds."""
        table = self.reading.table if self.reading else None
        self.table = with_outcomes(table, self.outcome_files) if table is not None else None
        fill_outcome_list(self.form.outcomeList, self.outcome_files)
        self._enable_remove()

    def _enable_remove(self) -> None:
        self.form.removeOutcomeButton.setEnabled(self.task is None and self.form.outcomeList.currentRow() >= 0)

    # ---- page 5: report ----------------------------------------------------------------------

    def _show_report(self) -> None:
        f, table = self.form, self.table
        f.reportList.clear()
        for note in table.notes:
            item = QListWidgetItem(note_line(note, table))
            if note.level == ERROR:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            f.reportList.addItem(item)
        for file in self.outcome_files:
            if not file.usable:
                f.reportList.addItem(self.tr("Warning — not used as an outcome file: {0}").format(
                    said_here(file.problem)))
        existing = {s.year for s in self.session.snapshots()}
        lines = []
        for snapshot in self.snapshots:
            students = enrollment_of(snapshot.school)
            replaced = self.tr(" — replaces the {0} enrollment imported before").format(snapshot.year) \
                if snapshot.year in existing else ""
            lines.append(self.tr("{0}, {1}: {2}, compared with the {3}{4}{5}.").format(
                snapshot.school.label, snapshot.year, self.tr("— students") if students is None else
                plural(round(students), self.tr("student"), self.tr("students")),
                said_here(snapshot.district_source), replaced, self._outcomes_of(snapshot.school)))
        errors = len(table.errors)
        if errors:
            lines.append(self.tr("{0} below must be corrected in the file before it can be imported.").format(
                plural(errors, self.tr("error"), self.tr("errors"))))
        lines.append(self.tr("{0} read as not available, never as 0.").format(
            plural(table.suppressed, self.tr("suppressed cell"), self.tr("suppressed cells"))))
        f.summaryLabel.setText("\n".join(lines))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(not errors)

    def _outcomes_of(self, school) -> str:
        if school.outcomes:
            return self.tr("; outcomes: {0}").format(", ".join(sorted(school.outcomes)))
        if any(file.usable for file in self.outcome_files):
            return self.tr("; no outcome file has a row for this school")
        return ""

    # ---- moving between pages ----------------------------------------------------------------

    def _entered(self, _page_id: int) -> None:
        if self.currentPage() is self.form.reportPage and self.table is not None:
            self._show_report()

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        page, f = self.currentPage(), self.form
        if self.task is not None:
            return False  # a read is under way
        if page is f.filePage:
            if self.path is None:
                f.fileProblem.setText(self.tr("Choose a file first (Browse…)."))
                return False
            if self.reading is None or self.reading.path != self.path:
                self.read(advance=True)
                return False
            return True
        if page is f.sheetPage:
            if self.reading.layout is None:
                f.sheetProblem.setText(self._problem_here(self.reading))
                return False
            return True
        if page is f.mappingPage:
            mapping = self.current_mapping()
            if self.reading.table is None or mapping != self.reading.layout.to_mapping():
                self.read(sheet=self.reading.sheet, mapping=mapping, advance=True)
                return False
            return True
        if page is f.schoolPage:
            return self._make_snapshots()
        return super().validateCurrentPage()

    def accept(self) -> None:
        if self.reading is None or self.reading.table is None or self.reading.table.errors or not self.snapshots:
            return
        if self.session.import_snapshots(self.snapshots):
            if self.settings is not None and self.path is not None:
                self.settings.set_last_enrollment_file(self.path)
            super().accept()
