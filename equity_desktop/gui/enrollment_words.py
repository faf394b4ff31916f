"""Words the import wizard and the screening window share, so both say the same thing the same way.

The choices of reference (what a school is compared with), a note's level, and where a problem with the
header row or the columns is put right. The core decides which reference is used and writes the sentences;
these are only the names the window gives them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.analysis import (
    DISTRICT_REFERENCE,
    FILE_REFERENCE,
    REFERENCE_LABELS,
    STATE_REFERENCE,
)
from equity_desktop.core.enrollment.errors import COLUMNS_STEP, HEADER_STEP, where
from equity_desktop.core.enrollment.file_reading import FileReading
from equity_desktop.core.enrollment.role_labels import role_label
from equity_desktop.core.enrollment.roles import parse_outcome_count
from equity_desktop.core.enrollment.table import ERROR, WARNING, EnrollmentTable, Note, where_in
from equity_desktop.gui.translation import words


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnrollmentWords", text)


def spreadsheet_files() -> str:
    """The file dialog's filter for the files an enrollment or outcome can be read from."""
    return _tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;All files (*)")


def reference_word(reference: str) -> str:
    """What a school is compared with (analysis.REFERENCE_LABELS), in the window's language."""
    return {DISTRICT_REFERENCE: _tr("its own district"),
            STATE_REFERENCE: _tr("the state (its row or sheet in the file)"),
            FILE_REFERENCE: _tr("the whole file (every school in it)")}.get(reference) or REFERENCE_LABELS[reference]


def level_word(level: str) -> str:
    """A note's level: Error, Warning, else Note."""
    return {ERROR: _tr("Error"), WARNING: _tr("Warning")}.get(level) or _tr("Note")


def shape_words() -> dict[str, str]:
    """The shapes a table can have (role_labels.SHAPE_LABELS), in the window's language, in the core's order."""
    return {lay.WIDE: _tr("one row per school, a column per group"),
            lay.LONG: _tr("one row per school and group (a group column and a count column)"),
            lay.STUDENT: _tr("one row per student (counted here; the rows are not kept)")}


def _plain_roles() -> dict[str, str]:
    return {lay.IGNORE: _tr("not used"), lay.SCHOOL_NAME: _tr("School name"), lay.SCHOOL_ID: _tr("School code"),
            lay.DISTRICT_NAME: _tr("District name"), lay.DISTRICT_ID: _tr("District code"),
            lay.LEVEL: _tr("Level (school, district, state)"), lay.YEAR: _tr("School year"),
            lay.TOTAL: _tr("Total enrollment"), lay.VALUE: _tr("Count (of the row's group)"), lay.GRADE: _tr("Grade"),
            lay.TOTAL_INDICATOR: _tr("Total indicator (CCD)"),
            lay.COUNT_STATUS: _tr("Status of the count (CCD DMS_FLAG)")}


def role_word(role: str | None) -> str:
    """What a column holds (role_labels.role_label) in the window's language: 'Count: White', 'not used'. A group
    or a dimension is named as the core's catalogue names it; a role this does not know keeps the core's words."""
    plain = _plain_roles()
    if not role:
        return plain[lay.IGNORE]
    if role in plain:
        return plain[role]
    tr = words()
    kind, _, rest = role.partition(":")
    dimension_word = (lambda d: tr.word(f"dimension.{d}", g.DIMENSION_LABELS[d]))  # noqa: E731
    try:
        if kind == "category":
            if rest == lay.ANY:
                return _tr("Any group (a group per row)")
            return _tr("{0} (a group per row)").format(dimension_word(rest))
        if kind == "outcome":
            return _tr("Outcome: {0}").format(rest)
        if kind == lay.OUTCOME_COUNT:
            (_, group), outcome = parse_outcome_count(role)
            return _tr("Outcome {0}: {1}").format(outcome, tr.word(f"group.{group}", group))
        if kind == lay.UNSPECIFIED:
            return _tr("Not specified: {0} unknown").format(dimension_word(rest).lower())
        _, _, group = rest.partition(":")
        measure = {"count": _tr("Count: {0}"), "share": _tr("Percent: {0}"), "flag": _tr("Yes/no flag: {0}")}[kind]
        return measure.format(tr.word(f"group.{group}", group))
    except (KeyError, ValueError):
        return role_label(role)


def fill_reference_combo(combo: QComboBox) -> None:
    """The reference choices, each carrying its core name (analysis.REFERENCES) as its data."""
    combo.clear()
    for reference in REFERENCE_LABELS:
        combo.addItem(reference_word(reference), reference)
    combo.setCurrentIndex(0)


def note_line(note: Note, table: EnrollmentTable, *, name_the_file: bool = True) -> str:
    """'Warning — file.csv, sheet "S", row 4: …' as the wizard's report lists it; without `name_the_file`
    'Warning — row 4: …', under a heading that names the file and sheet once. In the window's language."""
    tr = words()
    text = note.text(table.path.name, table.sheet, tr)
    if not name_the_file:
        named = where(table.path.name, table.sheet) if tr.is_english else where_in(tr, table.path.name, table.sheet)
        text = text.removeprefix(named).lstrip(",: ")
    return f"{level_word(note.level)} — {text}"


def correcting_step(reading: FileReading) -> str:
    """The step that puts the reading's problem right (FileReading.problem_step); without a header row found,
    the header row."""
    step = getattr(reading, "problem_step", "")
    return step or (HEADER_STEP if reading.problem and reading.layout is None else "")


def step_hint(step: str, header: str, columns: str) -> str:
    """The sentence that sends the person to the step that corrects `step` (errors.HEADER_STEP or COLUMNS_STEP);
    each window says in `header` and `columns` where that step is in it."""
    return {HEADER_STEP: header, COLUMNS_STEP: columns}.get(step or "", "")
