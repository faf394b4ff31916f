"""From a read table to isolation results: choosing the district reference and the school(s).

The reference is, in this order: the district file given (`--district-file`),
a district (or state) total row in the file for the same school year, or the
sum of every school in the file. The result always says which was used.
"""

from __future__ import annotations

from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.groups import normalise
from equity_desktop.core.enrollment.mgi import Rule, SchoolResult, is_empty, measure, sum_units
from equity_desktop.core.enrollment.table import DISTRICT, STATE, EnrollmentTable, Unit, same_code

# What a school is compared with: its district (the rule's own reference), the state row, or the whole file.
DISTRICT_REFERENCE, STATE_REFERENCE, FILE_REFERENCE = REFERENCES = ("district", "state", "file")
# The references in words, for every surface that offers the choice (the wizard, the screening window).
REFERENCE_LABELS = {
    DISTRICT_REFERENCE: "its own district",
    STATE_REFERENCE: "the state (its row or sheet in the file)",
    FILE_REFERENCE: "the whole file (every school in it)",
}


def reference_for(table: EnrollmentTable, year: str | None, district_table: EnrollmentTable | None = None,
                  district: str | None = None, reference: str = DISTRICT_REFERENCE) -> tuple[Unit, str, list[str]]:
    """(reference unit, where it came from in words, warnings) for the schools of one school year.

    In a file of several districts (a district column with more than one value), a school is compared
    with its own `district`: that district's total row, else the sum of that district's schools.
    `reference` "state" takes the file's state row instead, "file" the sum of every school in the file.
    """
    if reference == STATE_REFERENCE:
        return _state_row(district_table or table, year)
    if reference == FILE_REFERENCE:
        units = [u for u in table.units if (u.year == year or not year or not u.year) and not is_empty(u)]
        unit, warnings = sum_units(units, "All schools in the file")
        return unit, f"sum of all {len(units)} schools in {table.path.name}", warnings
    if district_table is not None:
        if district and len(district_table.units) > 1:  # a sheet or file of many districts: the school's own
            return _district_in(district_table, year, district)
        unit, source, warnings = _reference_in(district_table, year, f"{district_table.path.name}")
        if district and district_table.unit_level == DISTRICT and _another_district(unit, district):
            raise EnrollmentFileError(district_table.path, f"the school's district ({district}) is not the district "
                                                           f"of this file ({unit.label}); give the school's own "
                                                           "district's file, or compare with the state.",
                                      sheet=district_table.sheet)
        return unit, source, warnings
    if districts_in(table) > 1:
        return _own_district(table, year, district)
    return _reference_in(table, year, table.path.name)


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
        return ((same_code(unit.code, district) or normalise(unit.name) == normalise(district))
                and (unit.year == year or not year or not unit.year))

    found = [u for u in table.units if matches(u)]
    if not found:
        raise EnrollmentFileError(table.path, f"the school's district ({district}) is not in this list of "
                                              "districts; compare with the state instead, or give the district's "
                                              "own file.", sheet=table.sheet)
    where = f", row {found[0].row}" if found[0].row else ""
    return found[0], f'district "{found[0].name}" in {table.path.name}, sheet "{table.sheet.strip()}"{where}', []


def _state_row(table: EnrollmentTable, year: str | None) -> tuple[Unit, str, list[str]]:
    rows = [u for u in (*table.references, *table.units)
            if u.level == STATE and (u.year == year or not year or not u.year)]
    if not rows:
        raise EnrollmentFileError(table.path, "the file has no state row to compare with; compare with the "
                                              "district, or give a state file as the district file.",
                                  sheet=table.sheet)
    where = f", row {rows[0].row}" if rows[0].row else ""
    return rows[0], f'state row "{rows[0].name}" in {table.path.name}{where}', []


def districts_in(table: EnrollmentTable) -> int:
    return len({u.district for u in table.units if u.district})


def _own_district(table: EnrollmentTable, year: str | None, district: str | None) -> tuple[Unit, str, list[str]]:
    file = table.path.name
    if not district:
        raise EnrollmentFileError(table.path, f"the file holds {districts_in(table)} districts, and this school's "
                                              "row names none; fill in its district, or compare it with the state "
                                              "or with every school in the file.", sheet=table.sheet)
    def same_year(unit: Unit) -> bool:
        return unit.year == year or not year or not unit.year

    rows = [u for u in table.references if u.level == DISTRICT and u.district == district and same_year(u)]
    if rows:
        where = f", row {rows[0].row}" if rows[0].row else ""
        return rows[0], f'district row "{rows[0].name}" of {district} in {file}{where}', []
    units = [u for u in table.units if u.district == district and same_year(u)]
    unit, warnings = sum_units(units, f"All schools of {district}")
    return unit, f"sum of the {len(units)} schools of {district} in {file}", warnings


def _reference_in(table: EnrollmentTable, year: str | None, file: str) -> tuple[Unit, str, list[str]]:
    above = DISTRICT if table.unit_level == "school" else STATE
    for level in (above, STATE):
        rows = [u for u in table.references if u.level == level and (u.year == year or not year or not u.year)]
        if rows:
            where = f", row {rows[0].row}" if rows[0].row else ""
            warnings = [f"the file has {len(rows)} {level} total rows; the first was used."] if len(rows) > 1 else []
            return rows[0], f'{level} row "{rows[0].name}" in {file}{where}', warnings
    units = [u for u in table.units if u.year == year or not year or not u.year]
    if len(units) == 1 and table.unit_level != "school":
        return units[0], f'"{units[0].name}" in {file}', []
    if not units:
        raise EnrollmentFileError(table.path, f"there is nothing to compare with for {year}: no district row and "
                                              "no schools in that year.", sheet=table.sheet)
    unit, warnings = sum_units(units, "All schools in the file")
    return unit, f"sum of the {len(units)} schools in {file}", warnings


def find_schools(table: EnrollmentTable, wanted: str) -> list[Unit]:
    """The units a --school argument names: by code, then by exact name, then by a unique part of the name."""
    for test in (lambda u: u.code == wanted.strip(), lambda u: normalise(u.name) == normalise(wanted),
                 lambda u: normalise(wanted) in normalise(u.name)):
        found = [u for u in table.units if test(u)]
        if found and len({(u.code, u.name) for u in found}) == 1:
            return found
        if found:
            names = "; ".join(sorted({u.label for u in found})[:6])
            raise EnrollmentFileError(table.path, f'"{wanted}" matches several schools ({names}); give its code or '
                                                  "its full name.", sheet=table.sheet)
    examples = "; ".join(u.label for u in table.units[:5])
    raise EnrollmentFileError(table.path, f'no school is called or coded "{wanted}". Schools in the file include: '
                                          f"{examples}.", sheet=table.sheet)


def measure_table(table: EnrollmentTable, rule: Rule = Rule(), *, school: str | None = None,
                  district_table: EnrollmentTable | None = None,
                  reference: str = DISTRICT_REFERENCE) -> list[SchoolResult]:
    """Isolation results for one school (every year of it) or every school in the table."""
    # A school with 0 students has no shares to measure: listed only when asked for by name.
    units = find_schools(table, school) if school else [u for u in table.units if not is_empty(u)]
    references: dict[tuple[str | None, str | None], tuple[Unit, str, list[str]] | EnrollmentFileError] = {}
    results = []
    for unit in units:
        key = (unit.year, unit.district)
        if key not in references:
            try:
                references[key] = reference_for(table, unit.year, district_table, unit.district, reference)
            except EnrollmentFileError as error:
                references[key] = error
        found = references[key]
        if isinstance(found, EnrollmentFileError):
            # Screening every school: a school with no reference is listed as not measured, with the reason;
            # the others are measured. Only when no school can be measured is the file refused.
            if school:
                raise found
            results.append(SchoolResult(unit.name, unit.code, unit.year, district_source="", rule=rule, groups=[],
                                        minority_share=None, simpson=None, simpson_normalized=None,
                                        dissimilarity=None, warnings=[f"not measured: {found.message}"]))
            continue
        compared, source, warnings = found
        if compared is unit:
            raise EnrollmentFileError(table.path, f"this sheet holds only the total of {unit.name}, with nothing to "
                                                  "compare it with; choose the sheet that lists the schools.",
                                      sheet=table.sheet)
        result = measure(unit, compared, rule, source)
        result.warnings = warnings + result.warnings
        results.append(result)
    if results and all(not r.district_source for r in results):
        raise next(r for r in references.values() if isinstance(r, EnrollmentFileError))
    return results


def screening_order(results: list[SchoolResult]) -> list[SchoolResult]:
    """Isolated schools first (most isolated groups, then largest gap), then the rest by name."""
    def key(result: SchoolResult):
        gaps = [abs(r.difference) for r in result.isolated_groups if r.difference is not None]
        return (-len(gaps), -max(gaps, default=0.0), result.school.casefold(), result.year or "")
    return sorted(results, key=key)
