"""Outcome files read beside an enrollment file, for disproportionality.

Since 2017-18 the CRDC publishes each outcome in a file of its own (Gifted and Talented, Advanced Placement,
Suspensions…), keyed like the enrollment file (COMBOKEY, LEAID + SCHID). The outcome counts of each school
are copied into the same school of the enrollment table, matched by code (leading zeros forgiven), else by
name and district, and by school year when both say one. What cannot be matched is said, never guessed.
"""

from __future__ import annotations

from equity_desktop.core.enrollment.cells import quoted, shortened
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.groups import normalise
from equity_desktop.core.enrollment.table import INFO, WARNING, EnrollmentTable, Note, Unit, same_code
from equity_desktop.core.i18n.message import Message


def add_outcomes(table: EnrollmentTable, outcomes: EnrollmentTable) -> list[Note]:
    """Copy the outcome counts of `outcomes` into the matching schools of `table`; the notes say what was
    matched and what was not (they are also added to `table.notes`)."""
    names = sorted({name for unit in outcomes.units for name in unit.outcomes})
    if not names:
        raise EnrollmentFileError(outcomes.path, Message("error.no_outcome_column"), sheet=outcomes.sheet)
    matched, unmatched = 0, []
    index = _Index(table.units)
    for source in outcomes.units:
        if not source.outcomes:
            continue
        target = index.match(source)
        if target is None:
            unmatched.append(source)
            continue
        matched += 1
        for name, per_group in source.outcomes.items():
            target.outcomes[name] = dict(per_group)
            if name in source.outcome_totals:
                target.outcome_totals[name] = source.outcome_totals[name]
    file = outcomes.path.name
    notes = [Note.of(INFO, "note.outcomes_read", names=", ".join(names), file=file, matched=matched,
                     schools=len(table.units))]
    if unmatched:
        shown = ", ".join(quoted(shortened(u.label)) for u in unmatched[:5])
        if len(unmatched) > 5:
            notes.append(Note.of(WARNING, "note.outcomes_unmatched_more", n=len(unmatched), file=file, shown=shown,
                                 more=len(unmatched) - 5))
        else:
            notes.append(Note.of(WARNING, "note.outcomes_unmatched", n=len(unmatched), file=file, shown=shown))
    without = len([u for u in table.units if not u.outcomes])
    if without:
        notes.append(Note.of(WARNING, "note.outcomes_missing", n=without, file=file))
    table.notes.extend(notes)
    return notes


class _Index:
    """The enrollment file's schools by code (leading zeros dropped) and by name, built once: a national CRDC
    file has ~98,000 schools, and matching each against every other took an hour."""

    def __init__(self, units: list[Unit]):
        self.by_code: dict[str, list[Unit]] = {}
        self.by_name: dict[str, list[Unit]] = {}
        for unit in units:
            if unit.code:
                self.by_code.setdefault(_code_key(unit.code), []).append(unit)
            self.by_name.setdefault(normalise(unit.name), []).append(unit)

    def match(self, source: Unit) -> Unit | None:
        def same_year(unit: Unit) -> bool:
            return not (unit.year and source.year) or unit.year == source.year

        if source.code:
            by_code = [u for u in self.by_code.get(_code_key(source.code), []) if same_year(u)]
            if by_code:
                return by_code[0] if len(by_code) == 1 else None
        by_name = [u for u in self.by_name.get(normalise(source.name), []) if same_year(u)
                   and (not (u.district and source.district) or same_code(u.district, source.district))]
        return by_name[0] if len(by_name) == 1 else None


def _code_key(code: str) -> str:
    """The key under which codes are the same for same_code(): leading zeros forgiven."""
    return code.strip().lstrip("0")
