"""Wide tables, already aggregated (a column per group), read row by row; long tables are in long_tables.py."""

from __future__ import annotations

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE, cell_text, number_or_none, quoted, shortened
from equity_desktop.core.enrollment.federal_names import crdc_nonbinary, crdc_sex_total
from equity_desktop.core.enrollment.groups import normalise
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

