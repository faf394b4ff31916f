"""An enrollment snapshot as a review keeps it: one school year's aggregated counts for the school and its
district, with where they came from (file name, sheet, SHA-256, import time, mapping). Never student rows.

The import's notes are core.i18n `Message`s while the snapshot is in memory (issue 19), so the window can say
them in its language; what a review file keeps of a snapshot is unchanged (a snapshot read back from one has no
notes, and any English text it holds is shown as it is).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.errors import where_said
from equity_desktop.core.enrollment.table import EnrollmentTable, Note, Unit
from equity_desktop.core.i18n.message import Message

SCHOOL_LEVEL, DISTRICT_LEVEL = "school", "district"
UNSPECIFIED_GROUP = "(not specified)"


@dataclass
class Snapshot:
    year: str
    school: Unit
    district: Unit
    source_file: str
    source_sheet: str
    sha256: str
    mapping: dict
    district_source: str
    imported_at: str = ""
    imported_by: str = ""
    id: int | None = None
    notes: list[str] = field(default_factory=list)  # what the import reported (Messages); shown, not stored


def make_snapshot(table: EnrollmentTable, school: Unit, district: Unit, district_source: str,
                  year: str) -> Snapshot:
    return Snapshot(year, school, district, table.path.name, table.sheet, table.sha256, table.layout.to_mapping(),
                    district_source, notes=[_note_said(table, note) for note in table.notes])


def _note_said(table: EnrollmentTable, note: Note) -> str:
    """table.note_texts()'s English line for `note` ('file.csv, row 4: …'), as a message when the note is one (a
    note cut short, or of free text, stays the English it says)."""
    english = note.text(table.path.name, table.sheet)
    if note.message_id:
        said = Message("error.located", where=where_said(table.path.name, table.sheet, note.row, note.column),
                       message=Message(note.message_id, **dict(note.args)))
        if said == english:
            return said
    return english


def rows_of(unit: Unit, level: str) -> list[tuple[str, str, str, str, str, float | None]]:
    """(level, measure, outcome, dimension, group, value) rows; None stands for "not available"."""
    def value(v):
        return None if v is NOT_AVAILABLE else v

    rows = [(level, "count", "", d, grp, value(v)) for (d, grp), v in unit.counts.items() if v is not None]
    rows += [(level, "share", "", d, grp, value(v)) for (d, grp), v in unit.shares.items() if v is not None]
    if unit.total is not None:
        rows.append((level, "total", "", "", "", value(unit.total)))
    # "Not Specified" students are kept as a count of no group (the schema's measures stay as they are).
    rows += [(level, "count", "", d, UNSPECIFIED_GROUP, value(v)) for d, v in unit.unspecified.items() if v is not None]
    for outcome, per_group in unit.outcomes.items():
        rows += [(level, "outcome", outcome, d, grp, value(v)) for (d, grp), v in per_group.items() if v is not None]
    for outcome, v in unit.outcome_totals.items():
        if v is not None:
            rows.append((level, "outcome_total", outcome, "", "", value(v)))
    return rows


def unit_from_rows(name: str, code: str | None, level: str, year: str,
                   rows: list[tuple[str, str, str, str, float | None]]) -> Unit:
    """The inverse of rows_of, from (measure, outcome, dimension, group, value) rows of one level."""
    unit = Unit(name, code, level, year)
    for measure, outcome, dimension, group, raw in rows:
        value = NOT_AVAILABLE if raw is None else float(raw)
        if measure == "count" and group == UNSPECIFIED_GROUP:
            unit.unspecified[dimension] = value
        elif measure == "count":
            unit.counts[(dimension, group)] = value
        elif measure == "share":
            unit.shares[(dimension, group)] = value
        elif measure == "total":
            unit.total = value
        elif measure == "outcome":
            unit.outcomes.setdefault(outcome, {})[(dimension, group)] = value
        elif measure == "outcome_total":
            unit.outcome_totals[outcome] = value
    return unit
