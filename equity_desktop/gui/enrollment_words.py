"""Words the import wizard and the screening window share, so both say the same thing the same way.

The choices of reference (what a school is compared with), a note's level, and where a problem with the
header row or the columns is put right. The core decides which reference is used and writes the sentences;
these are only the names the window gives them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from equity_desktop.core.enrollment.analysis import REFERENCE_LABELS
from equity_desktop.core.enrollment.errors import COLUMNS_STEP, HEADER_STEP, where
from equity_desktop.core.enrollment.file_reading import FileReading
from equity_desktop.core.enrollment.table import ERROR, WARNING, EnrollmentTable, Note, where_in
from equity_desktop.gui.translation import words

LEVEL_WORDS = {ERROR: "Error", WARNING: "Warning"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnrollmentWords", text)


def fill_reference_combo(combo: QComboBox) -> None:
    """The reference choices, each carrying its core name (analysis.REFERENCES) as its data."""
    combo.clear()
    for reference, text in REFERENCE_LABELS.items():
        combo.addItem(_tr(text), reference)
    combo.setCurrentIndex(0)


def note_line(note: Note, table: EnrollmentTable, *, name_the_file: bool = True) -> str:
    """'Warning — file.csv, sheet "S", row 4: …' as the wizard's report lists it; without `name_the_file`
    'Warning — row 4: …', under a heading that names the file and sheet once. In the window's language."""
    tr = words()
    text = note.text(table.path.name, table.sheet, tr)
    if not name_the_file:
        named = where(table.path.name, table.sheet) if tr.is_english else where_in(tr, table.path.name, table.sheet)
        text = text.removeprefix(named).lstrip(",: ")
    return f"{_tr(LEVEL_WORDS.get(note.level, 'Note'))} — {text}"


def correcting_step(reading: FileReading) -> str:
    """The step that puts the reading's problem right (FileReading.problem_step); without a header row found,
    the header row."""
    step = getattr(reading, "problem_step", "")
    return step or (HEADER_STEP if reading.problem and reading.layout is None else "")


def step_hint(step: str, header: str, columns: str) -> str:
    """The sentence that sends the person to the step that corrects `step` (errors.HEADER_STEP or COLUMNS_STEP);
    each window says in `header` and `columns` where that step is in it."""
    return {HEADER_STEP: header, COLUMNS_STEP: columns}.get(step or "", "")
