"""The import wizard's outcome files: CRDC Gifted and Talented, Advanced Placement, Suspensions… read beside
the enrollment file, so that the school's snapshots carry outcome counts for disproportionality.

Each file is read in the worker (core.enrollment.reading.read_enrollment); core.enrollment.outcome_files
matches its schools with the enrollment file's and writes the sentences. Here they are only listed, one
line per file. The reading the wizard keeps is never written into: the outcomes go into a copy, made again
whenever a file is added or removed or the enrollment file is read again, so Remove and Back undo nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.outcome_files import add_outcomes
from equity_desktop.core.enrollment.table import EnrollmentTable, Note
from equity_desktop.gui.translation import said_here, words


@dataclass
class OutcomeFile:
    """One file of the list: its table when it could be read, else the sentence saying why not."""

    path: Path
    table: EnrollmentTable | None = None
    problem: str = ""
    notes: list[Note] = field(default_factory=list)  # what add_outcomes said of it, the count first

    @property
    def usable(self) -> bool:
        return self.table is not None and not self.problem

    def line(self) -> str:
        if not self.usable:
            return _tr("Not used \u2014 {0}").format(said_here(self.problem))
        return self.notes[0].sentence(words()) if self.notes else self.path.name


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeFiles", text)


def _writable_copy(table: EnrollmentTable) -> EnrollmentTable:
    """A copy add_outcomes may write into: it sets the units' outcomes and appends to the notes, nothing else.
    (Far cheaper than a deep copy of a file of thousands of schools.)"""
    units = [dataclasses.replace(u, outcomes=dict(u.outcomes), outcome_totals=dict(u.outcome_totals))
             for u in table.units]
    return dataclasses.replace(table, units=units, notes=list(table.notes))


def with_outcomes(table: EnrollmentTable, files: list[OutcomeFile]) -> EnrollmentTable:
    """`table` with the outcomes of every usable file (the same table when there is none); each file's notes,
    or the sentence of why it cannot be used, are set on it."""
    if all(f.table is None for f in files):
        return table
    combined = _writable_copy(table)
    for file in files:
        if file.table is None:
            continue  # its sentence says why it could not be read
        try:
            file.notes, file.problem = add_outcomes(combined, file.table), ""
        except EnrollmentFileError as error:
            file.notes, file.problem = [], error.sentence(words())
    return combined


def fill_outcome_list(widget: QListWidget, files: list[OutcomeFile]) -> None:
    """One line per file; its tooltip holds every note (the schools left out)."""
    row = widget.currentRow()
    widget.clear()
    for file in files:
        item = QListWidgetItem(file.line(), widget)
        item.setToolTip("\n".join(note.sentence(words()) for note in file.notes) if file.usable
                        else said_here(file.problem))
    widget.setCurrentRow(min(row, widget.count() - 1))
