"""Under the screening list: what the selected school was compared with and the core's warnings about its
numbers, beside what the reading of the file noted (the same notes the import wizard's report lists)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QWidget

from equity_desktop.core.enrollment.file_reading import FileReading
from equity_desktop.core.enrollment.mgi import SchoolResult
from equity_desktop.core.enrollment.table import ERROR
from equity_desktop.gui.enrollment_words import note_line
from equity_desktop.gui.screening_model import WARNING_MARK


def _pane(parent: QWidget, name: str, accessible: str) -> QTextBrowser:
    pane = QTextBrowser(parent)
    pane.setObjectName(name)
    pane.setAccessibleName(accessible)
    pane.setOpenLinks(False)
    return pane


class ScreeningNotes(QSplitter):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.school = _pane(self, "schoolNotes", self.tr("The selected school: what it is compared with, and "
                                                         "warnings about its numbers"))
        self.file = _pane(self, "fileNotes", self.tr("What the reading of the file noted"))
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.show_school(None)
        self.show_file(None)

    def show_school(self, result: SchoolResult | None) -> None:
        if result is None:
            self.school.setHtml(escape(self.tr("Select a school in the list to see what it is compared with and "
                                               "any warning about its numbers.")))
            return
        year = f", {result.year}" if result.year else ""
        lines = [f"<b>{escape(result.school)}{escape(year)}</b>",
                 escape(self.tr("Compared with the {0}.").format(result.district_source))]
        lines += [f"{WARNING_MARK} {escape(w)}" for w in result.warnings]
        if not result.warnings:
            lines.append(escape(self.tr("No warning about this school's numbers.")))
        self.school.setHtml("<br>".join(lines))

    def show_file(self, reading: FileReading | None) -> None:
        table = reading.table if reading else None
        if table is None:
            self.file.setHtml(escape(self.tr("Nothing has been read from the file yet; the sentence below says "
                                             "why.")) if reading else "")
            return
        heading = self.tr("{0}, sheet \u201c{1}\u201d: what the reading noted").format(table.path.name, table.sheet)
        lines = [f"<b>{escape(heading)}</b>"]
        for note in table.notes:
            text = escape(note_line(note, table, name_the_file=False))
            lines.append(f"<b>{text}</b>" if note.level == ERROR else text)
        if not table.notes:
            lines.append(escape(self.tr("Nothing to note.")))
        self.file.setHtml("<br>".join(lines))
