"""Adding enrollment to a review: read the file, pick the review's school and its district, keep the counts.

The review's school is the import's school, decided here once for the wizard and the command line:
the school is found by the code (else the name) the review's earlier years were imported under, else
by the review's school name; a snapshot of another school than the earlier years' is refused unless
the person confirms it (a trend from one school to another would be a plausible wrong number).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from equity_desktop.core.enrollment.analysis import DISTRICT_REFERENCE, find_schools, reference_for
from equity_desktop.core.enrollment.errors import YEAR_STEP, EnrollmentFileError, where_said
from equity_desktop.core.enrollment.groups import normalise
from equity_desktop.core.enrollment.outcome_files import add_outcomes
from equity_desktop.core.enrollment.reading import companion_reference, read_enrollment
from equity_desktop.core.enrollment.snapshot import Snapshot, make_snapshot
from equity_desktop.core.enrollment.table import EnrollmentTable, Note, Unit, same_code
from equity_desktop.core.i18n.message import Arg, Grouped, Message


class ReviewSchool(NamedTuple):
    """Who the review is about, as far as enrollment files are concerned."""

    name: str
    code: str | None = None
    earlier: tuple[tuple[str, str | None], ...] = ()  # (name, code) of the schools already imported

    @classmethod
    def of(cls, profile_school: str, earlier: Sequence[Snapshot]) -> ReviewSchool:
        schools = tuple(dict.fromkeys((s.school.name, s.school.code) for s in earlier))
        latest = max(earlier, key=lambda s: s.year).school if earlier else None
        return cls(profile_school, latest.code if latest else None, schools)


def _same_school(unit: Unit, name: str, code: str | None) -> bool:
    if unit.code and code:
        return same_code(unit.code, code)
    return normalise(unit.name) == normalise(name)


def find_review_school(table: EnrollmentTable, school: ReviewSchool) -> Unit | None:
    """The file's unit for the review's school: by the earlier years' code, then name, then a unique part of it."""
    if school.code and (found := [u for u in table.units if same_code(u.code, school.code)]):
        return found[0]
    wanted = normalise(school.name)
    for name, _ in school.earlier:
        if found := [u for u in table.units if normalise(u.name) == normalise(name)]:
            return found[0]
    if found := [u for u in table.units if normalise(u.name) == wanted]:
        return found[0]
    containing = {(u.code, u.name): u for u in table.units if wanted and wanted in normalise(u.name)}
    return next(iter(containing.values())) if len(containing) == 1 else None


def other_school(unit: Unit, school: ReviewSchool) -> str:
    """A sentence when `unit` is not the school of the review's earlier years; empty when it is (or none)."""
    if not school.earlier or any(_same_school(unit, name, code) for name, code in school.earlier):
        return ""
    name, code = school.earlier[-1]
    theirs = Message("error.school_and_code", name=name, code=code) if code else name
    return Message("error.other_school", school=unit.label, theirs=theirs)


class OtherSchoolError(EnrollmentFileError):
    """The chosen school is not the school of the review's earlier years (the caller may confirm and retry)."""


def check_no_errors(table: EnrollmentTable) -> None:
    """Cells the program could not read block an import or a computation; all of them are listed."""
    if table.errors:
        listed: list[Arg] = []
        for note in table.errors:
            listed += ["\n  "] if listed else []
            listed += [where_said(table.path.name, table.sheet, note.row, note.column), ": ", _said(note)]
        raise EnrollmentFileError(table.path, Message("error.cells_not_read", n=len(table.errors),
                                                      count=Grouped(len(table.errors)), notes=tuple(listed)))


def _said(note: Note) -> str:
    """A note's sentence as a message (its English as the note says it)."""
    if note.message_id:
        message = Message(note.message_id, **dict(note.args))
        if message == note.message:
            return message
    return note.message


def snapshots_for(table: EnrollmentTable, school: str, year: str | None = None,
                  district_table: EnrollmentTable | None = None, reference: str = DISTRICT_REFERENCE) -> list[Snapshot]:
    """One snapshot per school year of `school` (a name or code) in the table."""
    check_no_errors(table)
    units = find_schools(table, school) if len(table.units) != 1 else table.units
    if year:
        units = [u for u in units if u.year == year or u.year is None]
    if year:  # a file without a year column (CRDC): every row is of the year given, the district's rows too
        for other in (*table.units, *table.references):
            other.year = other.year or year
    snapshots = []
    for unit in units:
        unit_year = year or unit.year
        if not unit_year:
            raise EnrollmentFileError(table.path, Message("error.no_year"), sheet=table.sheet, step=YEAR_STEP)
        unit.year = unit_year
        compared, source, _ = reference_for(table, unit.year, district_table, unit.district, reference)
        snapshots.append(make_snapshot(table, unit, compared, source, unit_year))
    return snapshots


def import_into(store, path: Path | str, *, sheet: str | int | None = None, school: str | None = None,
                year: str | None = None, mapping: dict | None = None,
                district_file: Path | str | None = None, other_school_ok: bool = False,
                reference: str = DISTRICT_REFERENCE, outcome_files: Sequence[Path | str] = ()) -> list[Snapshot]:
    """Read `path` and store a snapshot of the review's school for each school year found.

    `outcome_files` (CRDC Gifted and Talented, Suspensions…) add outcome counts for disproportionality.
    Without `school`, the review's own school is found (`find_review_school`). A school other than the
    one of the review's earlier years raises OtherSchoolError unless `other_school_ok`. Nothing is
    written unless every snapshot could be made.
    """
    table = read_enrollment(path, sheet, mapping=mapping, year=year)
    for outcome_file in outcome_files:
        add_outcomes(table, read_enrollment(outcome_file, year=year))
    district_table = (read_enrollment(district_file, year=year) if district_file
                      else companion_reference(table, reference, year))
    ours = ReviewSchool.of(store.profile().school, store.snapshots())
    if school is None and len(table.units) != 1:
        found = find_review_school(table, ours)
        school = (found.code or found.name) if found else ours.name
    snapshots = snapshots_for(table, school or ours.name, year, district_table, reference)
    if not other_school_ok and snapshots and (sentence := other_school(snapshots[0].school, ours)):
        raise OtherSchoolError(table.path, Message("error.other_school_refused", sentence=sentence), sheet=table.sheet)
    for snapshot in snapshots:
        store.add_snapshot(snapshot)
    return snapshots
