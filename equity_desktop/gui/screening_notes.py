"""Under the screening list: what the selected school was compared with and the core's warnings about its
numbers, beside what the reading of the file noted (the same notes the import wizard's report lists); and the
sentence that sums the list up."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QWidget

from equity_desktop.core.enrollment.file_reading import FileReading
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.screening import ListedSchool, ScreeningList
from equity_desktop.core.enrollment.table import ERROR
from equity_desktop.core.wording import plural
from equity_desktop.gui.enrollment_words import note_line
from equity_desktop.gui.screening_model import WARNING_MARK
from equity_desktop.gui.translation import said_here

NAMED_SOURCES = 3  # the summary names what the schools were compared with, up to this many references


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

    def show_school(self, result: ListedSchool | None) -> None:
        if result is None:
            self.school.setHtml(escape(self.tr("Select a school in the list to see what it is compared with and "
                                               "any warning about its numbers.")))
            return
        year = f", {result.year}" if result.year else ""
        lines = [f"<b>{escape(result.school)}{escape(year)}</b>",
                 escape(self.tr("Compared with the {0}.").format(said_here(result.district_source)))]
        lines += [f"{WARNING_MARK} {escape(said_here(w))}" for w in result.warnings]
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

    def list_summary(self, listing: ScreeningList, shown: int, rule: Rule, suppressed: int) -> str:
        """How many schools are listed and shown, how many are outside the band and what they were compared with;
        with a state's thousand districts, how many references rather than each."""
        locale, sources = self.locale(), listing.sources
        if len(sources) <= NAMED_SOURCES:
            compared = self.tr("Compared with the {0}.").format("; ".join(said_here(s) for s in sources))
        else:
            compared = self.tr("Each school is compared with its own reference ({0} in all; select a school to see "
                               "which).").format(locale.toString(len(sources)))
        text = self.tr("{0} listed, {1} shown; {2} with a group outside the band ({3}).").format(
            plural(len(listing), self.tr("school"), self.tr("schools"), locale.toString(len(listing))),
            locale.toString(shown), locale.toString(int(listing.outside().sum())),
            rule.describe()) + " " + compared
        warned = int(listing.warned.sum())
        if warned:
            text += self.tr(" {0} {1} with a warning about their numbers (select one to read it).").format(
                WARNING_MARK, locale.toString(warned))
        if suppressed:
            text += self.tr(" {0} suppressed cells were read as not available.").format(locale.toString(suppressed))
        return text
