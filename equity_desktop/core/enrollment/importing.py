"""Adding enrollment to a review: read the file, pick the review's school and its district, keep the counts."""

from __future__ import annotations

from pathlib import Path

from equity_desktop.core.enrollment.analysis import find_schools, reference_for
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.snapshot import Snapshot, make_snapshot
from equity_desktop.core.enrollment.table import EnrollmentTable


def check_no_errors(table: EnrollmentTable) -> None:
    """Cells the program could not read block an import or a computation; all of them are listed."""
    if table.errors:
        listed = "\n  ".join(note.text(table.path.name, table.sheet) for note in table.errors)
        raise EnrollmentFileError(table.path, f"{len(table.errors)} cell(s) could not be read; correct them "
                                              f"and try again:\n  {listed}")


def snapshots_for(table: EnrollmentTable, school: str, year: str | None = None,
                  district_table: EnrollmentTable | None = None) -> list[Snapshot]:
    """One snapshot per school year of `school` (a name or code) in the table."""
    check_no_errors(table)
    units = find_schools(table, school) if len(table.units) != 1 else table.units
    if year:
        units = [u for u in units if u.year == year or u.year is None]
    snapshots = []
    for unit in units:
        unit_year = year or unit.year
        if not unit_year:
            raise EnrollmentFileError(table.path, "the file does not say which school year it is; give the year "
                                                  "(for example --year 2024-25).", sheet=table.sheet)
        unit.year = unit_year
        reference, source, _ = reference_for(table, unit.year, district_table)
        snapshots.append(make_snapshot(table, unit, reference, source, unit_year))
    return snapshots


def import_into(store, path: Path | str, *, sheet: str | int | None = None, school: str | None = None,
                year: str | None = None, mapping: dict | None = None,
                district_file: Path | str | None = None) -> list[Snapshot]:
    """Read `path` and store a snapshot of the review's school for each school year found.

    Nothing is written unless every snapshot could be made.
    """
    table = read_enrollment(path, sheet, mapping=mapping, year=year)
    district_table = read_enrollment(district_file, year=year) if district_file else None
    snapshots = snapshots_for(table, school or store.profile().school, year, district_table)
    for snapshot in snapshots:
        store.add_snapshot(snapshot)
    return snapshots
