"""Export: the PDF plan (with a preview of its pages), the Excel copy and its return, and the blank checklist.

Every file is made by a core function in a worker process (the window keeps answering) from the review
as saved on disk — each edit is saved the moment it is made, so the file is always current — and
written through a temporary file renamed into place. An edited workbook is compared with the review
first; its changes are listed and applied only when the person agrees, as one undoable edit. The
preview gets the PDF and its page sizes from the worker and draws each page only when it is scrolled
near (gui/page_preview.py), so a 400-page plan opens at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.output.preview import PreviewDocument, preview_plan
from equity_desktop.core.review.store import file_name_for
from equity_desktop.core.wording import plural
from equity_desktop.gui.background_task import BackgroundTask, ReadProgress
from equity_desktop.gui.flow_layout import FlowLayout
from equity_desktop.gui.page_preview import PagePreview
from equity_desktop.gui.pages.item_list_page import heading_label, row_button
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.saved_file_bar import SavedFileBar
from equity_desktop.gui.translation import said_here

_LETTER_COUNTRIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                     QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia)


def default_paper() -> str:
    """Letter where it is the usual paper (the United States, Canada, …), A4 everywhere else."""
    return "letter" if QLocale().territory() in _LETTER_COUNTRIES else "a4"


class ExportPage(QWidget):
    finished = Signal(str)  # what was done, as the status line says it (tests and the status bar listen)

    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Export"), self))
        layout.addWidget(heading_label(self.tr(
            "Print the action plan for the principal to read and sign, take an Excel copy home and bring it back "
            "edited, or print a blank checklist for a team working on paper."), self, "pageIntro"))

        # Rows that wrap (FlowLayout) rather than widen the window: large text, or a longer language.
        options = FlowLayout()
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(default_paper()))
        self.full_check = QCheckBox(self.tr("Include every rating and evidence note"), self)
        self.full_check.setObjectName("fullCheck")
        options.addWidget(QLabel(self.tr("Paper:"), self))
        options.addWidget(self.paper_combo)
        options.addWidget(self.full_check)
        layout.addLayout(options)

        buttons = FlowLayout()
        self.preview_button = row_button(self.tr("&Preview"), self.preview, buttons, self)
        self.pdf_button = row_button(self.tr("Save &PDF…"), self.choose_pdf, buttons, self)
        self.print_button = row_button(self.tr("P&rint…"), self.print_plan, buttons, self)
        self.xlsx_button = row_button(self.tr("Save E&xcel Copy…"), self.choose_xlsx, buttons, self)
        self.import_button = row_button(self.tr("&Import Edited Excel…"), self.choose_workbook, buttons, self)
        layout.addLayout(buttons)
        # The checklist on a line of its own: on one line with the plan's buttons the page was wider than a
        # 1024 screen, and it is a different thing (blank, for a team working on paper).
        buttons = FlowLayout()
        checklist_label = QLabel(self.tr("Blank checklist for paper:"), self)
        buttons.addWidget(checklist_label)
        self.stage_combo = QComboBox(self)
        self.stage_combo.setObjectName("checklistStage")
        self.stage_combo.setAccessibleName(self.tr("Stages on the checklist"))
        self.stage_combo.addItem(self.tr("All stages"), None)
        for stage in session.framework.stages:
            self.stage_combo.addItem(self.tr("Stage {0}: {1}").format(stage.number, stage.name), stage.number)
        buttons.addWidget(self.stage_combo)
        self.checklist_button = row_button(self.tr("Blank &Checklist…"), self.choose_checklist, buttons, self)
        checklist_label.setBuddy(self.stage_combo)
        layout.addLayout(buttons)
        self.import_button.setEnabled(not session.read_only)

        self.progress = ReadProgress(self, self.tr("Cancel"))
        self.progress.cancel_requested.connect(self.cancel)
        layout.addWidget(self.progress)
        status = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPageLabel")
        status.addWidget(self.status, 1)
        status.addWidget(self.page_label)
        layout.addLayout(status)
        self.saved_bar = SavedFileBar(self)  # Open / Show in Folder, once a file is saved
        layout.addWidget(self.saved_bar)

        self.scroll = PagePreview(self)
        self.scroll.setObjectName("previewArea")
        self.scroll.setAccessibleName(self.tr("Preview of the printed plan"))
        self.scroll.placeholder = self.tr("Press Preview to see the pages as they will print.")
        self.scroll.page_changed.connect(
            lambda page, pages: self.page_label.setText(self.tr("Page {0} of {1}").format(page, pages)))
        layout.addWidget(self.scroll, 1)

    @property
    def paper(self) -> str:
        return self.paper_combo.currentData()

    # ---- running a job --------------------------------------------------------------------------

    def _run(self, target, *args, done, crash: str) -> BackgroundTask:
        self.cancel()
        self.status.clear()
        self.saved_bar.hide()
        if self.task is not None:
            self.task.deleteLater()  # the finished job's timer and pipe go with it
        self.task = BackgroundTask(target, *args, parent=self, crash_text=crash)
        self.task.done.connect(done)
        self.task.failed.connect(self._failed)
        self.progress.start(self.task)
        return self.task

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.progress.hide()
            self.status.setText(self.tr("Cancelled; no file was written."))

    def _failed(self, sentence: str) -> None:
        sentence = said_here(sentence)
        self.status.setText(sentence)
        self.finished.emit(sentence)

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.finished.emit(text)

    def _saved(self, path, sentence: str) -> None:
        """Say where the file went, and offer to open it or show it in its folder."""
        self._done(sentence.format(path))
        self.saved_bar.show_file(Path(path))

    def _suggested(self, suffix: str, what: str = "plan") -> str:
        stem = Path(file_name_for(self.session.profile.school)).stem
        folder = self.session.path.parent
        return str(folder / f"{stem} — {what}{suffix}")

    # ---- the PDF and its preview ------------------------------------------------------------------

    def preview(self) -> BackgroundTask:
        return self._run(preview_plan, str(self.session.path), self.paper, self.full_check.isChecked(),
                         done=self._show_pages, crash=self.tr(
                             "The preview could not be drawn because of an error in the program; please report it. "
                             "Your review is not affected."))

    def _show_pages(self, document: PreviewDocument) -> None:
        self.scroll.set_document(document)
        self._done(self.tr("Preview: {0}.").format(plural(len(document.sizes), self.tr("page"), self.tr("pages"))))

    @property
    def preview_images(self) -> list[QSize]:
        """Each previewed page's size on screen. Only the pages near the screen are drawn, so there is no image
        of every page any more; this is kept, under its old name, for tests/gui/test_plan_pages.py."""
        return self.scroll.page_sizes

    def choose_pdf(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Action Plan as PDF"), self._suggested(".pdf"),
                                                self.tr("PDF (*.pdf)"))
        if chosen:
            self.save_pdf(Path(chosen))

    def save_pdf(self, path: Path) -> BackgroundTask:
        from equity_desktop.core.output.plan_pdf import write_plan_pdf

        path = path.with_suffix(".pdf") if path.suffix.lower() != ".pdf" else path
        return self._run(write_plan_pdf, str(self.session.path), str(path), self.paper, self.full_check.isChecked(),
                         done=lambda out: self._saved(out, self.tr("Saved the action plan to {0}.")),
                         crash=self.tr("The PDF could not be written because of an error in the program; please "
                                       "report it. No file was written."))

    # ---- printing ---------------------------------------------------------------------------------------

    def print_plan(self) -> BackgroundTask:
        """Write the plan's PDF (as Save PDF does, in a worker), then ask the system's print dialog for a printer."""
        return self._run(preview_plan, str(self.session.path), self.paper, self.full_check.isChecked(),
                         done=self._ask_printer, crash=self.tr(
                             "The plan could not be printed because of an error in the program; please report it. "
                             "Your review is not affected."))

    def _ask_printer(self, document: PreviewDocument) -> None:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        from equity_desktop.gui.plan_printing import printer_for

        self.scroll.set_document(document)  # what will print, on screen while the dialog asks
        self.printer = printer_for(document)
        self.print_dialog = QPrintDialog(self.printer, self)
        self.print_dialog.setObjectName("printDialog")
        self.print_dialog.setMinMax(1, len(document.sizes))
        self.print_dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        self.print_dialog.accepted.connect(lambda: self._print(document))
        self.print_dialog.rejected.connect(lambda: self._done(self.tr("Nothing was printed.")))
        QDialog.open(self.print_dialog)  # QPrintDialog's own open() wants a receiver; the plain one is QDialog's

    def _print(self, document: PreviewDocument) -> None:
        from equity_desktop.gui.plan_printing import PrintFailed, print_document

        try:
            count = print_document(document, self.printer)
        except PrintFailed as error:
            self._done(self.tr("The printer {0} could not be opened; nothing was printed. Check that it is "
                               "switched on and connected, or choose another.").format(error))
            return
        where = self.printer.outputFileName() or self.printer.printerName()
        self._done(self.tr("Sent {0} of the action plan to {1}.").format(
            plural(count, self.tr("page"), self.tr("pages")), where))

    # ---- the blank checklist ----------------------------------------------------------------------

    def choose_checklist(self) -> None:
        stage = self.stage_combo.currentData()
        what = self.tr("checklist") + (f" stage {stage}" if stage else "")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Blank Checklist"),
                                                self._suggested(".pdf", what), self.tr("PDF (*.pdf)"))
        if chosen:
            self.save_checklist(Path(chosen))

    def save_checklist(self, path: Path) -> BackgroundTask:
        from equity_desktop.core.output.checklist_pdf import write_checklist_pdf

        return self._run(write_checklist_pdf, str(path), self.paper, self.stage_combo.currentData(),
                         done=lambda out: self._saved(out, self.tr("Saved the blank checklist to {0}.")),
                         crash=self.tr("The checklist could not be written because of an error in the program; "
                                       "please report it. No file was written."))

    # ---- Excel, out and back ---------------------------------------------------------------------------

    def choose_xlsx(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save an Excel Copy"), self._suggested(".xlsx"),
                                                self.tr("Excel (*.xlsx)"))
        if chosen:
            self.save_xlsx(Path(chosen))

    def save_xlsx(self, path: Path) -> BackgroundTask:
        from equity_desktop.core.output.plan_xlsx import export_review_xlsx

        path = path.with_suffix(".xlsx") if path.suffix.lower() != ".xlsx" else path
        return self._run(export_review_xlsx, str(self.session.path), str(path),
                         done=lambda out: self._saved(out, self.tr(
                             "Saved the plan and every rating to {0}. Edit it in Excel, then bring it back with "
                             "Import Edited Excel.")),
                         crash=self.tr("The workbook could not be written because of an error in the program; "
                                       "please report it. No file was written."))

    def choose_workbook(self) -> None:
        if self.session.read_only:
            self._done(self.tr("This review is open read-only; save a copy (File → Save a Copy As…) to bring "
                               "changes back into it."))
            return
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Bring Back an Edited Excel Copy"),
                                                str(self.session.path.parent), self.tr("Excel (*.xlsx)"))
        if chosen:
            self.read_workbook(Path(chosen))

    def read_workbook(self, path: Path) -> BackgroundTask:
        from equity_desktop.core.output.plan_xlsx import read_review_changes

        return self._run(read_review_changes, str(self.session.path), str(path),
                         done=lambda changes: self.confirm_changes(changes, path),
                         crash=self.tr("The workbook could not be read because of an error in the program; please "
                                       "report it. Nothing was changed."))

    def confirm_changes(self, changes, path: Path) -> None:
        """List what the workbook changes and apply it only if the person agrees."""
        if changes.empty:
            self._done(self.tr("{0} holds no changes to this review.").format(path.name)
                       + "".join(f" {note}" for note in changes.notes))
            return
        if changes.conflicts:
            # Each item changed both here and in the workbook is decided on its own, as in a merge of copies.
            from equity_desktop.gui.workshop_dialogs import WorkbookReturnDialog

            self.confirm = WorkbookReturnDialog(changes, path.name, self)
            self.confirm.setObjectName("confirmChanges")
            self.confirm.finished.connect(lambda result: self._answered(bool(result), self.confirm.chosen(), path))
            self.confirm.open()
            return
        self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Apply the Changes from Excel?"),
                                   self.tr("{0} changes {1} in this review. Apply them? You can undo this "
                                           "with Edit → Undo.").format(path.name, plural(
                                               len(changes.descriptions), self.tr("thing"), self.tr("things"))),
                                   QMessageBox.StandardButton.Cancel, self)
        self.confirm.setObjectName("confirmChanges")
        self.confirm.setDetailedText("\n".join(changes.descriptions + changes.notes))
        apply = self.confirm.addButton(self.tr("Apply Changes"), QMessageBox.ButtonRole.AcceptRole)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm.finished.connect(lambda _result: self._answered(self.confirm.clickedButton() is apply, changes,
                                                                     path))
        self.confirm.open()

    def _answered(self, agreed: bool, changes, path: Path) -> None:
        if agreed and self.session.apply_spreadsheet(changes, f"workbook {path.name}"):
            self._done(self.tr("Applied {0} from {1}.").format(
                plural(len(changes.descriptions), self.tr("change"), self.tr("changes")), path.name))
        elif not agreed:
            self._done(self.tr("Nothing was changed."))
