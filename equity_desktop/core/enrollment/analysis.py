"""From a read table to isolation results: choosing the district reference and the school(s).

The reference is, in this order: the district file given (`--district-file`),
a district (or state) total row in the file for the same school year, or the
sum of every school in the file. The result always says which was used.

Where the reference came from, its warnings and why a school has none are core.i18n `Message`s (issue 19): the
English sentence as always, said in another language by `said`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from equity_desktop.core.enrollment import collector
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.groups import normalise
from equity_desktop.core.enrollment.mgi import Compared, Rule, SchoolResult, is_empty, measure_against, sum_units
from equity_desktop.core.enrollment.table import DISTRICT, STATE, EnrollmentTable, Unit, same_code
from equity_desktop.core.i18n.message import Arg, Grouped, Message

# What a school is compared with: its district (the rule's own reference), the state row, or the whole file.
DISTRICT_REFERENCE, STATE_REFERENCE, FILE_REFERENCE = REFERENCES = ("district", "state", "file")
# The references in words, for every surface that offers the choice (the wizard, the screening window).
REFERENCE_LABELS = {
    DISTRICT_REFERENCE: Message("result.reference_district"),
    STATE_REFERENCE: Message("result.reference_state"),
    FILE_REFERENCE: Message("result.reference_file"),
}
PROGRESS_EVERY = 2_000  # schools measured between two progress reports
Progress = Callable[[float, str], None]


def reference_for(table: EnrollmentTable, year: str | None, district_table: EnrollmentTable | None = None,
                  district: str | None = None, reference: str = DISTRICT_REFERENCE) -> tuple[Unit, str, list[str]]:
    """(reference unit, where it came from in words, warnings) for the schools of one school year.

    In a file of several districts (a district column with more than one value), a school is compared
    with its own `district`: that district's total row, else the sum of that district's schools.
    `reference` "state" takes the file's state row instead, "file" the sum of every school in the file.
    """
    return ReferenceFinder(table, district_table, reference).find(year, district)


class ReferenceFinder:
    """The reference of every school of one table, each found once.

    A state file lists 100,000 schools in 1,000 districts: looking through all of them again for each
    district (to count the districts, to pick out its schools) took minutes, so the schools are indexed by
    district once, and a reference found (or the reason there is none) is kept for the next school of the
    same year and district.
    """

    def __init__(self, table: EnrollmentTable, district_table: EnrollmentTable | None = None,
                 reference: str = DISTRICT_REFERENCE):
        self.table, self.district_table, self.reference = table, district_table, reference
        self._found: dict[tuple[str | None, str | None], tuple[Unit, str, list[str]] | EnrollmentFileError] = {}
        self._by_district: dict[str, list[Unit]] | None = None

    def find(self, year: str | None, district: str | None) -> tuple[Unit, str, list[str]]:
        # The state row and the whole file are the same for every district of a year.
        key = (year, district if self.reference == DISTRICT_REFERENCE else None)
        if key not in self._found:
            try:
                self._found[key] = self._look_up(year, district)
            except EnrollmentFileError as error:
                self._found[key] = error
        found = self._found[key]
        if isinstance(found, EnrollmentFileError):
            raise found
        return found

    def _look_up(self, year: str | None, district: str | None) -> tuple[Unit, str, list[str]]:
        table, district_table = self.table, self.district_table
        if self.reference == STATE_REFERENCE:
            return _state_row(district_table or table, year)
        if self.reference == FILE_REFERENCE:
            units = [u for u in table.units if _same_year(u, year) and not is_empty(u)]
            unit, warnings = sum_units(units, "All schools in the file")
            return unit, Message("result.source_file_sum", n=len(units), file=table.path.name), warnings
        if district_table is not None:
            if district and len(district_table.units) > 1:  # a sheet or file of many districts: the school's own
                return _district_in(district_table, year, district)
            unit, source, warnings = _reference_in(district_table, year, f"{district_table.path.name}")
            if district and district_table.unit_level == DISTRICT and _another_district(unit, district):
                raise EnrollmentFileError(district_table.path,
                                          Message("error.analysis_other_district", district=district,
                                                  label=unit.label), sheet=district_table.sheet)
            return unit, source, warnings
        if len(self.by_district) > 1:
            return self._own_district(year, district)
        return _reference_in(table, year, table.path.name)

    @property
    def by_district(self) -> dict[str, list[Unit]]:
        """The schools of each district named in the file, in file order."""
        if self._by_district is None:
            self._by_district = {}
            for unit in self.table.units:
                if unit.district:
                    self._by_district.setdefault(unit.district, []).append(unit)
        return self._by_district

    def _own_district(self, year: str | None, district: str | None) -> tuple[Unit, str, list[str]]:
        table, file = self.table, self.table.path.name
        if not district:
            raise EnrollmentFileError(table.path, Message("error.analysis_no_district",
                                                          districts=len(self.by_district)), sheet=table.sheet)
        rows = [u for u in table.references if u.level == DISTRICT and u.district == district and _same_year(u, year)]
        if rows:
            return rows[0], Message("result.source_district_row", name=rows[0].name, district=district, file=file,
                                    where=_at_row(rows[0])), []
        units = [u for u in self.by_district.get(district, ()) if _same_year(u, year)]
        unit, warnings = sum_units(units, f"All schools of {district}")
        return unit, Message("result.source_district_sum", n=len(units), district=district, file=file), warnings


def _at_row(unit: Unit) -> Arg:
    """', row 12' after where a reference row is, when the row is known ('' when not)."""
    return Message("result.at_row", row=str(unit.row)) if unit.row else ""


def _same_year(unit: Unit, year: str | None) -> bool:
    """A row of the school year asked for; a row without a year is of every year (a file without a year column)."""
    return unit.year == year or not year or not unit.year


def _another_district(unit: Unit, district: str) -> bool:
    """True only when the school's district (a code or a name) is surely not `unit`: a code that differs from the
    unit's code, or, without codes, a different name. A code beside a name alone cannot be checked."""
    if unit.code and district.strip().isdigit():
        return not same_code(unit.code, district)
    if not district.strip().isdigit():
        return normalise(unit.name) != normalise(district) and not (unit.code and same_code(unit.code, district))
    return False


def _district_in(table: EnrollmentTable, year: str | None, district: str) -> tuple[Unit, str, list[str]]:
    """The row of `district` (by code, leading zeros forgiven, else by name) in a table of districts."""
    def matches(unit: Unit) -> bool:
        named = same_code(unit.code, district) or normalise(unit.name) == normalise(district)
        return named and _same_year(unit, year)

    found = [u for u in table.units if matches(u)]
    if not found:
        raise EnrollmentFileError(table.path, Message("error.analysis_district_not_listed", district=district),
                                  sheet=table.sheet)
    return found[0], Message("result.source_district_in", name=found[0].name, file=table.path.name,
                             sheet=table.sheet.strip(), where=_at_row(found[0])), []


def _state_row(table: EnrollmentTable, year: str | None) -> tuple[Unit, str, list[str]]:
    rows = [u for u in (*table.references, *table.units) if u.level == STATE and _same_year(u, year)]
    if not rows:
        raise EnrollmentFileError(table.path, Message("error.analysis_no_state_row"), sheet=table.sheet)
    return rows[0], Message("result.source_state_row", name=rows[0].name, file=table.path.name,
                            where=_at_row(rows[0])), []


def _reference_in(table: EnrollmentTable, year: str | None, file: str) -> tuple[Unit, str, list[str]]:
    above = DISTRICT if table.unit_level == "school" else STATE
    for level in (above, STATE):
        rows = [u for u in table.references if u.level == level and _same_year(u, year)]
        if rows:
            state = level == STATE
            warnings: list[str] = [Message("result.state_total_rows" if state else "result.district_total_rows",
                                           rows=len(rows))] if len(rows) > 1 else []
            return rows[0], Message("result.source_state_row" if state else "result.source_district_total",
                                    name=rows[0].name, file=file, where=_at_row(rows[0])), warnings
    units = [u for u in table.units if _same_year(u, year)]
    if len(units) == 1 and table.unit_level != "school":
        return units[0], Message("result.source_only_row", name=units[0].name, file=file), []
    if not units:
        raise EnrollmentFileError(table.path, Message("error.analysis_nothing_to_compare", year=str(year)),
                                  sheet=table.sheet)
    unit, warnings = sum_units(units, "All schools in the file")
    return unit, Message("result.source_sum", n=len(units), file=file), warnings


def find_schools(table: EnrollmentTable, wanted: str) -> list[Unit]:
    """The units a --school argument names: by code, then by exact name, then by a unique part of the name."""
    for test in (lambda u: u.code == wanted.strip(), lambda u: normalise(u.name) == normalise(wanted),
                 lambda u: normalise(wanted) in normalise(u.name)):
        found = [u for u in table.units if test(u)]
        if found and len({(u.code, u.name) for u in found}) == 1:
            return found
        if found:
            names = "; ".join(sorted({u.label for u in found})[:6])
            raise EnrollmentFileError(table.path, Message("error.analysis_several_schools", wanted=wanted,
                                                          names=names), sheet=table.sheet)
    examples = "; ".join(u.label for u in table.units[:5])
    raise EnrollmentFileError(table.path, Message("error.analysis_no_such_school", wanted=wanted,
                                                  examples=examples), sheet=table.sheet)


def not_measured(unit: Unit, rule: Rule, error: EnrollmentFileError) -> SchoolResult:
    """A school of a screening with no reference: listed, not measured, with the reason."""
    # Every school of a district without a reference has the same error (ReferenceFinder keeps it): said once.
    warning = getattr(error, "_not_measured", None)
    if warning is None:
        warning = Message("result.not_measured", reason=_reason(error))
        setattr(error, "_not_measured", warning)  # noqa: B010 - not an attribute of the class
    return SchoolResult(unit.name, unit.code, unit.year, district_source="", rule=rule, groups=[],
                        minority_share=None, simpson=None, simpson_normalized=None, dissimilarity=None,
                        warnings=[warning])


def _reason(error: EnrollmentFileError) -> str:
    """The error's sentence (without where it is) as a message when it is one and was not cut short."""
    said = error.as_message()  # "file, sheet: message", its message argument the error's own
    reason = dict(said.arguments).get("message") if isinstance(said, Message) else None
    return reason if isinstance(reason, Message) and reason == error.message else error.message


def only_a_total(table: EnrollmentTable, unit: Unit) -> EnrollmentFileError:
    """Why a unit that is its own reference (the sheet holds one total row) cannot be measured."""
    return EnrollmentFileError(table.path, Message("error.analysis_only_a_total", name=unit.name), sheet=table.sheet)


def measure_table(table: EnrollmentTable, rule: Rule = Rule(), *, school: str | None = None,
                  district_table: EnrollmentTable | None = None, reference: str = DISTRICT_REFERENCE,
                  progress: Progress | None = None) -> list[SchoolResult]:
    """Isolation results for one school (every year of it) or every school in the table.

    `progress(fraction, message)` is told every few thousand schools (a state file has 100,000).
    """
    return list(measured(table, rule, school=school, district_table=district_table, reference=reference,
                         progress=progress))


def measured(table: EnrollmentTable, rule: Rule = Rule(), *, school: str | None = None,
             district_table: EnrollmentTable | None = None, reference: str = DISTRICT_REFERENCE,
             progress: Progress | None = None) -> Iterator[SchoolResult]:
    """measure_table's results one at a time, so that a state file's need not all be held at once: the
    screening list keeps only their figures (a third of the worker's memory went to them)."""
    # A school with 0 students has no shares to measure: listed only when asked for by name.
    units = find_schools(table, school) if school else [u for u in table.units if not is_empty(u)]
    finder = ReferenceFinder(table, district_table, reference)
    compared_with: dict[int, Compared] = {}  # each reference's shares, computed once for all its schools
    first_error: EnrollmentFileError | None = None
    sourced = False
    with collector.paused():
        for number, unit in enumerate(units):
            if progress and number % PROGRESS_EVERY == 0:
                progress(number / len(units), Message("result.measuring_school", number=Grouped(number + 1),
                                                      schools=Grouped(len(units))))
            try:
                compared, source, warnings = finder.find(unit.year, unit.district)
            except EnrollmentFileError as error:
                # Screening every school: a school with no reference is listed as not measured, with the reason;
                # the others are measured. Only when no school can be measured is the file refused.
                if school:
                    raise
                first_error = first_error or error
                yield not_measured(unit, rule, error)
                continue
            if compared is unit:
                raise only_a_total(table, unit)
            if id(compared) not in compared_with:
                compared_with[id(compared)] = Compared(compared)
            result = measure_against(unit, compared_with[id(compared)], rule, source)
            result.warnings = warnings + result.warnings
            sourced = sourced or bool(result.district_source)
            yield result
    if first_error is not None and not sourced:
        raise first_error
