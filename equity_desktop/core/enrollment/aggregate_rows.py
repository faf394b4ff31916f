"""Tables that are already aggregated: wide (a column per group) and long (a row per group)."""

from __future__ import annotations

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE, cell_text, number_or_none, quoted, shortened
from equity_desktop.core.enrollment.federal_names import crdc_nonbinary, crdc_sex_total
from equity_desktop.core.enrollment.groups import group_for_value, normalise, unspecified_dimension
from equity_desktop.core.enrollment.layout import Column, Layout, header_key
from equity_desktop.core.enrollment.roles import parse_outcome_count
from equity_desktop.core.enrollment.table import INFO, SCHOOL, WARNING, Key, NoteBook, Number, Unit, add, column_name
from equity_desktop.core.enrollment.units import (
    SUBTOTAL,
    UnitKeyer,
    cell,
    is_footnote,
    is_total_value,
    number,
    row_is_blank,
    total_by_word_only,
)

Units = dict[tuple, Unit]


def _unit_for(units: Units, row: list[object], row_number: int, keyer: UnitKeyer, book: NoteBook,
              repeats_expected: bool = True, evidence: _TotalEvidence | None = None) -> Unit | None:
    found = keyer.identify(row)
    if found is None:
        if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
            book.add(WARNING, "this row has numbers but no school name or code; it was left out.", row_number)
        return None
    name, code, level, year = found
    district = keyer.district_of(row)
    if evidence is not None:
        if level != keyer.unit_level and total_by_word_only(name) and not evidence.confirms(row, level, district):
            book.add(INFO, f'"{shortened(name, 60)}" has "Total" in its name, but its numbers are not the sum of '
                           "the rows above it: it was read as a school.", row_number)
            level = keyer.unit_level
        evidence.saw(row, level, district)
    if level == SUBTOTAL:
        book.add(INFO, f'"{name}" looks like a subtotal; it was left out.', row_number)
        return None
    key = (level, district, code or normalise(name), year)
    if key not in units:
        units[key] = Unit(name, code, level, year, row_number, district=district)
    elif not repeats_expected:
        first = units[key]
        book.add(WARNING, f'"{name}" ({code or "no code"}) repeats row {first.row} ("{first.name}"); the two rows were '
                          "added together. If they are different schools, give them different codes.", row_number)
    return units[key]


def _group_columns(layout: Layout, prefix: str) -> dict[Key, list[Column]]:
    found: dict[Key, list[Column]] = {}
    for column in layout.columns:
        if column.role and column.role.startswith(prefix + ":"):
            _, dimension, group = column.role.split(":", 2)
            found.setdefault((dimension, group), []).append(column)
    return found


def _share_scale(rows: list[list[object]], columns: list[Column]) -> float:
    """100 when every share column holds fractions (0.125 for 12.5 %), else 1.

    Decided for the whole table, not per column: a column of small percentages
    (0.1 % Pacific Islander) must not be mistaken for fractions.
    """
    largest = 0.0
    for row in rows:
        for column in columns:
            value = cell(row, column)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                largest = max(largest, float(value))
    return 100.0 if 0 < largest <= 1.0 else 1.0


def build_wide(rows: list[list[object]], layout: Layout, keyer: UnitKeyer, book: NoteBook) -> list[Unit]:
    counts, shares = _group_columns(layout, "count"), _group_columns(layout, "share")
    unknown = [c for c in layout.columns if c.role and c.role.startswith(lay.UNSPECIFIED + ":")]
    outcomes = [(c, *parse_outcome_count(c.role)) for c in layout.columns
                if c.role and c.role.startswith(lay.OUTCOME_COUNT + ":")]
    totals = layout.roles().get(lay.TOTAL, [])[:1]
    if not totals:  # CRDC: no total column, but TOT_ENR_M + TOT_ENR_F (+ X) are every student
        totals = [c for c in layout.columns if c.role and crdc_sex_total(header_key(c.header))]
    data = rows[layout.header_row:]
    scale = _share_scale(data, [c for cols in shares.values() for c in cols])
    if scale != 1.0:
        book.add(INFO, "the percentage columns hold fractions (0.125 for 12.5 %); they were read as percentages.")
    grade = layout.first(lay.GRADE)
    only_totals = grade is not None and any(is_total_value(cell(r, grade)) for r in data)
    numeric = [c for c in layout.columns if c.role and c.role.split(":")[0] in _NUMERIC_ROLES]
    optional = {c.index for c in numeric if crdc_nonbinary(header_key(c.header))}
    evidence = _TotalEvidence(totals[0] if len(totals) == 1 else None, counts)
    units: Units = {}
    for row_number, row in enumerate(data, start=layout.header_row + 1):
        if row_is_blank(row) or only_totals and not is_total_value(cell(row, grade)):
            continue
        if _is_footnote_row(row, numeric, book, row_number):
            continue
        unit = _unit_for(units, row, row_number, keyer, book, repeats_expected=grade is not None,
                         evidence=evidence)
        if unit is None:
            continue
        for key, columns in counts.items():
            unit.counts[key] = add(unit.counts.get(key), _sum(row, columns, row_number, book, optional=optional))
        for key, columns in shares.items():
            unit.shares[key] = add(unit.shares.get(key), _sum(row, columns, row_number, book, scale))
        unit.total = add(unit.total, _sum(row, totals, row_number, book, optional=optional))
        for column in unknown:
            dimension = column.role.split(":", 1)[1]  # type: ignore[union-attr]
            unit.unspecified[dimension] = add(unit.unspecified.get(dimension),
                                              number(row, column, row_number, book))
        for column, key, outcome in outcomes:
            per_group = unit.outcomes.setdefault(outcome, {})
            per_group[key] = add(per_group.get(key), _sum(row, [column], row_number, book, optional=optional))
    if book.optional_withheld:
        book.add(INFO, f"{book.optional_withheld} nonbinary (_X) cells hold a reserve code, as where a state does "
                       "not collect nonbinary; the groups are the male and female students.")
    found = list(units.values())
    _outcome_totals_by_sex(found)
    return found


# Roles whose cells are numbers: a row with none of them filled in holds no data.
_NUMERIC_ROLES = {"count", "share", lay.TOTAL, lay.UNSPECIFIED, lay.OUTCOME_COUNT}


def _is_footnote_row(row: list[object], numeric: list[Column], book: NoteBook, row_number: int) -> bool:
    """A row under the table with text and no number ("Source: …", "* suppressed") is a footnote, not a school."""
    if any(not row_is_blank([cell(row, c)]) for c in numeric):
        return False
    texts = [cell_text(v) for v in row if not row_is_blank([v])]
    if not texts or not is_footnote(texts[0]):
        return False
    book.add(INFO, f"{quoted(shortened(texts[0], 60))} is a note under the table, not a school; it was left out.",
             row_number)
    return True


def _outcome_totals_by_sex(units: list[Unit]) -> None:
    """CRDC gives every outcome by sex (TOT_GTENR_M, TOT_GTENR_F): their sum is everyone with the outcome."""
    sexes = [(g.GENDER, sex) for sex in g.GENDER_GROUPS]
    for unit in units:
        for name, per_group in unit.outcomes.items():
            parts = [per_group[k] for k in sexes if k in per_group]
            if name not in unit.outcome_totals and parts and all(isinstance(p, float) for p in parts):
                unit.outcome_totals[name] = float(sum(parts))  # type: ignore[arg-type]


class _TotalEvidence:
    """Whether a row named like a total ("… Total", "Total …") adds up the rows above it: only then is it one.

    A subtotal equals the schools since the previous subtotal; a district total equals its district's schools.
    "Total Community Health Academy", whose numbers are its own, stays a school.
    """

    def __init__(self, total: Column | None, counts: dict[Key, list[Column]]):
        self.columns = [total] if total is not None else [c for k, cols in counts.items() if k[0] == g.RACE
                                                          for c in cols]
        self.since_subtotal: list[float] = []
        self.by_district: dict[str | None, list[float]] = {}

    def size(self, row: list[object]) -> float | None:
        values = [number_or_none(cell(row, c)) for c in self.columns]
        return float(sum(values)) if values and all(isinstance(v, float) for v in values) else None  # type: ignore

    def confirms(self, row: list[object], level: str, district: str | None) -> bool:
        size = self.size(row)
        above = self.since_subtotal if level == SUBTOTAL else self.by_district.get(district, [])
        return size is not None and bool(above) and abs(size - sum(above)) <= max(1.0, 0.005 * size)

    def saw(self, row: list[object], level: str, district: str | None) -> None:
        if level == SUBTOTAL:
            self.since_subtotal = []
        elif level == SCHOOL:
            size = self.size(row) or 0.0
            self.since_subtotal.append(size)
            self.by_district.setdefault(district, []).append(size)


def _sum(row: list[object], columns: list[Column], row_number: int, book: NoteBook, scale: float = 1.0,
         optional: set[int] | frozenset[int] = frozenset()) -> Number:
    """The columns' cells added; a suppressed cell of an `optional` column (CRDC's nonbinary) adds nothing."""
    total: Number = None
    for column in columns:
        value = number(row, column, row_number, book, scale)
        if value is NOT_AVAILABLE and column.index in optional:
            book.suppressed -= 1  # counted by number(); it is not a suppressed count of students
            book.optional_withheld += 1
            value = None
        total = add(total, value)
    return total


class _Categories:
    """The category columns of a long table and whether each has "Total" rows."""

    def __init__(self, layout: Layout, data: list[list[object]]):
        self.columns = [c for c in layout.columns if c.role and c.role.startswith("category:")]
        grade = layout.first(lay.GRADE)
        self.filters = [c for c in (*self.columns, grade) if c is not None]
        self.has_total = {c.index: any(is_total_value(cell(r, c)) for r in data) for c in self.filters}
        self.overrides = layout.values
        self.cache: dict[tuple[int, str], tuple[str, str] | None] = {}
        self.unknown: dict[tuple[int, str], int] = {}

    def group(self, column: Column, value: object) -> tuple[str, str] | None:
        text = cell_text(value)
        key = (column.index, text)
        if key not in self.cache:
            self.cache[key] = self._lookup(column, text)
        found = self.cache[key]
        if found is None and text and not is_total_value(text):
            self.unknown[key] = self.unknown.get(key, 0) + 1
        return found

    def _lookup(self, column: Column, text: str) -> tuple[str, str] | None:
        """(dimension, group); (UNSPECIFIED, dimension) for "Not Specified"; None for no group."""
        dimension = column.role.split(":", 1)[1]
        for dim, values in self.overrides.items():
            if text in values and (dimension in (dim, lay.ANY)):
                return (dim, values[text]) if values[text] else None
        found = group_for_value(normalise(text), None if dimension == lay.ANY else dimension)
        if found is None and (unknown := unspecified_dimension(normalise(text), dimension)):
            return lay.UNSPECIFIED, unknown
        return found

    def others_total(self, row: list[object], column: Column | None) -> bool:
        """Every other filter column is at its "Total" value where the column has one."""
        return all(not self.has_total[c.index] or is_total_value(cell(row, c))
                   for c in self.filters if c is not column)


def build_long(rows: list[list[object]], layout: Layout, keyer: UnitKeyer, book: NoteBook) -> list[Unit]:
    data = rows[layout.header_row:]
    values = layout.roles().get(lay.VALUE, [])
    outcomes = [c for c in layout.columns if c.role and c.role.startswith("outcome:")]
    if len(values) > 1 and not all(c.by_values for c in values):  # else the evidence note already says so
        book.add(INFO, "the count of each row is the sum of columns " + ", ".join(column_name(c) for c in values)
                 + ".")
    indicator, status = layout.first(lay.TOTAL_INDICATOR), layout.first(lay.COUNT_STATUS)
    categories = _Categories(layout, data)
    detail, unit_total = ("", "")
    if indicator is not None:  # CCD: detail rows and the unit total only; no double counting
        categories.has_total = dict.fromkeys(categories.has_total, False)
        detail, unit_total = _ccd_rows(data, indicator, book)
    units: Units = {}
    skipped = 0
    for row_number, row in enumerate(data, start=layout.header_row + 1):
        if row_is_blank(row):
            continue
        kind = normalise(cell_text(cell(row, indicator))) if indicator else ""
        if indicator is not None and not kind.startswith((detail, unit_total)):
            skipped += 1
            continue
        unit = _unit_for(units, row, row_number, keyer, book)
        if unit is None:
            continue
        count = _sum(row, values, row_number, book)
        if status is not None:
            count = _as_flagged(count, cell(row, status), book)
        flagged = {c.role.split(":", 1)[1]: number(row, c, row_number, book) for c in outcomes}
        if (unit_total and kind.startswith(unit_total)) or (not indicator and categories.columns and all(
                is_total_value(cell(row, c)) for c in categories.columns) and categories.others_total(row, None)):
            unit.total = add(unit.total, count)
            for name, n in flagged.items():
                unit.outcome_totals[name] = add(unit.outcome_totals.get(name), n)
            continue
        for column in categories.columns:
            found = categories.group(column, cell(row, column))
            if found and found[0] == lay.UNSPECIFIED:
                if categories.others_total(row, column):
                    unit.unspecified[found[1]] = add(unit.unspecified.get(found[1]), count)
            elif found and categories.others_total(row, column):
                unit.counts[found] = add(unit.counts.get(found), count)
                for name, n in flagged.items():
                    per_group = unit.outcomes.setdefault(name, {})
                    per_group[found] = add(per_group.get(found), n)
    if skipped:
        book.add(INFO, f"{skipped} subtotal rows (by TOTAL_INDICATOR) were left out so that nothing is counted "
                       "twice.")
    report_unknown_values(categories.unknown, layout, book)
    _fill_dropped_zero_rows(list(units.values()), book)
    return list(units.values())


# CCD membership (ccd_sch_052): TOTAL_INDICATOR says what a row adds up. The detail rows and the unit's total
# are read; subtotals would count the same students twice. Files without Category Set A (an extract of the
# derived rows) are read from the derived subtotal by race and sex and the derived total, both without adult
# education, so that the groups and the total are of the same students.
_CCD_KINDS = (("category set a", "education unit total"),
              ("derived subtotal by race ethnicity and sex", "derived education unit total"))
# DMS_FLAG: what the count of a CCD row is. "Not applicable" (a grade the school does not offer) is no students;
# not reported, missing or suppressed is not available, never 0.
_NO_STUDENTS = {"not applicable"}
_MISSING = {"not reported", "missing", "suppressed", "not available", "nr"}


def _ccd_rows(data: list[list[object]], indicator: Column, book: NoteBook) -> tuple[str, str]:
    kinds = {normalise(cell_text(cell(row, indicator))) for row in data}
    for detail, total in _CCD_KINDS:
        if any(k.startswith(detail) for k in kinds):
            if detail != _CCD_KINDS[0][0]:
                book.add(INFO, "the file has no Category Set A rows; the groups are read from the derived "
                               "subtotal by race/ethnicity and sex, and the total from the derived education unit "
                               "total (both without adult education).", column=column_name(indicator))
            return detail, total
    book.add(WARNING, "no TOTAL_INDICATOR value is \u201cCategory Set A\u201d or a derived subtotal by race and sex, "
                      "so no row says how many students of each group there are; choose what the columns hold.",
             column=column_name(indicator))
    return _CCD_KINDS[0]


def _as_flagged(count: Number, flag: object, book: NoteBook) -> Number:
    """The row's count as its DMS_FLAG says it is; a blank count of a reported row is missing, not 0."""
    said = normalise(cell_text(flag))
    if count is None:
        book.blank -= 1  # number() counted a blank cell "not available"; the flag says what it is instead
    if said in _NO_STUDENTS:
        return count if isinstance(count, float) else 0.0
    if said in _MISSING or count is None:
        if count is not NOT_AVAILABLE:
            book.suppressed += 1
        return NOT_AVAILABLE
    return count


def _fill_dropped_zero_rows(units: list[Unit], book: NoteBook) -> None:
    """Publishers leave out the rows whose count is 0: a group the file has for some school, missing for another
    school that has the same dimension, is 0 there (else the most isolated schools lose their federal status)."""
    seen: dict[str, set[str]] = {}
    for unit in units:
        for dimension, group in unit.counts:
            seen.setdefault(dimension, set()).add(group)
    filled = 0
    for unit in units:
        for dimension in {d for d, _ in unit.counts}:
            for group in seen[dimension] - {grp for d, grp in unit.counts if d == dimension}:
                unit.counts[(dimension, group)] = 0.0
                filled += 1
    if filled:
        book.add(INFO, f"{filled} combinations of a school and a group have no row in the file and were read as 0 "
                       "(publishers leave out rows whose count is 0).")


def report_unknown_values(unknown: dict[tuple[int, str], int], layout: Layout, book: NoteBook) -> None:
    columns = {c.index: c for c in layout.columns}
    for (index, text), times in sorted(unknown.items()):
        book.add(WARNING, f'the value "{text}" ({times} row{"s" if times != 1 else ""}) names no group the program '
                          "knows; those rows were left out. If it names a group, say which in a mapping file's "
                          "\u201cvalues\u201d (docs/enrollment.md).",
                 column=column_name(columns[index]))

