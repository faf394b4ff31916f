"""Long tables (a row per school and group, as CCD's membership file), counted on columns.

Each decision is taken once per distinct cell or combination of cells, as the row-by-row reading took
it: which unit a combination of name, code, level, year and district is (units.UnitKeyer), which group a
combination of category cells counts for, what a count cell or a DMS_FLAG holds. numpy then adds the
rows' counts per unit and group. The notes are those of a row-by-row reading, in the same order: notes
about rows are gathered with their row numbers and added sorted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.aggregate_rows import _fill_dropped_zero_rows, report_unknown_values
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE, cell_text, parse_number
from equity_desktop.core.enrollment.columns import Coded, Columns, first_seen, group_sums
from equity_desktop.core.enrollment.groups import group_for_value, normalise, unspecified_dimension
from equity_desktop.core.enrollment.layout import Column, Layout
from equity_desktop.core.enrollment.table import ERROR, INFO, WARNING, Arg, Key, NoteBook, Number, Unit, column_name
from equity_desktop.core.enrollment.units import SUBTOTAL, UnitKeyer, is_total_value

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
# What a count cell holds.
_NUMBER, _WITHHELD, _BLANK, _BAD = 0, 1, 2, 3
_COUNT_TARGET, _UNSPECIFIED_TARGET = "count", "unspecified"


@dataclass
class _Counts:
    """A number per row: its value, whether a number is there, whether it is not available (suppressed).
    Neither: the cell is blank, no part of a sum."""

    value: np.ndarray
    present: np.ndarray
    withheld: np.ndarray

    @property
    def available(self) -> np.ndarray:
        return self.present & ~self.withheld


class _RowNotes:
    """Notes about single rows, added to the book in row order (and within a row, in the order made)."""

    def __init__(self) -> None:
        # row, order made, level, message id, column, arguments (the order made keeps the dicts from being compared)
        self.notes: list[tuple[int, int, str, str, str | None, dict[str, Arg]]] = []

    def add(self, rows: np.ndarray, level: str, message_id: str, column: str | None = None, **args: Arg) -> None:
        self.notes.extend((int(row), len(self.notes), level, message_id, column, args) for row in rows)

    def into(self, book: NoteBook) -> None:
        for row, _, level, message_id, column, args in sorted(self.notes, key=lambda note: note[:2]):
            book.add_note(level, message_id, row, column, args)


def _counts(data: Columns, column: Column, rows: np.ndarray, book: NoteBook, notes: _RowNotes) -> _Counts:
    """The numbers of one column on the rows in `rows` (a mask), with suppressed and blank cells counted and
    text that is no number reported, as units.number does cell by cell."""
    coded = data.column(column.index)
    kinds, numbers = [], []
    for value in coded.values:
        try:
            parsed = parse_number(value)
        except ValueError:
            kinds.append(_BAD)
            numbers.append(0.0)
            continue
        kinds.append(_WITHHELD if parsed is NOT_AVAILABLE else _BLANK if parsed is None else _NUMBER)
        numbers.append(parsed if isinstance(parsed, float) else 0.0)
    kind = coded.spread(kinds, np.int8)
    book.suppressed += int(np.count_nonzero(rows & (kind == _WITHHELD)))
    book.blank += int(np.count_nonzero(rows & (kind == _BLANK)))
    bad = rows & (kind == _BAD)
    if bad.any():
        for code in np.unique(coded.codes[bad]):
            notes.add(data.row_numbers(bad & (coded.codes == code)), ERROR, "note.not_a_number", column_name(column),
                      text=cell_text(coded.values[code]))
    return _Counts(coded.spread(numbers, np.float64), kind == _NUMBER, kind == _WITHHELD)


def _sum(parts: list[_Counts], length: int) -> _Counts:
    """Columns added row by row: not available wins, a blank is no part."""
    value, present, withheld = np.zeros(length), np.zeros(length, dtype=bool), np.zeros(length, dtype=bool)
    for part in parts:
        value += np.where(part.available, part.value, 0.0)
        present |= part.present
        withheld |= part.withheld
    return _Counts(value, present & ~withheld, withheld)


def _as_flagged(count: _Counts, flag: Coded, rows: np.ndarray, book: NoteBook) -> _Counts:
    """The rows' counts as DMS_FLAG says they are; a blank count of a reported row is missing, not 0."""
    said = [normalise(cell_text(value)) for value in flag.values]
    no_students = flag.spread([s in _NO_STUDENTS for s in said], bool)
    missing = flag.spread([s in _MISSING for s in said], bool)
    none = ~count.present & ~count.withheld
    book.blank -= int(np.count_nonzero(rows & none))  # counted as blank cells; the flag says what they are
    missing = (missing | none) & ~no_students
    book.suppressed += int(np.count_nonzero(rows & missing & ~count.withheld))
    value = np.where(no_students & ~count.available, 0.0, count.value)
    return _Counts(value, (count.present | no_students) & ~missing, (count.withheld & ~no_students) | missing)


class _Categories:
    """The category columns of a long table, whether each has "Total" rows, and what each value counts for."""

    def __init__(self, layout: Layout, data: Columns):
        self.columns = [c for c in layout.columns if c.role and c.role.startswith("category:")]
        grade = layout.first(lay.GRADE)
        self.filters = [c for c in (*self.columns, grade) if c is not None]
        self.has_total = {c.index: any(is_total_value(v) for v in data.column(c.index).values) for c in self.filters}
        self.overrides = layout.values

    def lookup(self, column: Column, text: str) -> tuple[str, str] | None:
        """(dimension, group); (UNSPECIFIED, dimension) for "Not Specified"; None for no group."""
        dimension = (column.role or "").split(":", 1)[1]
        for dim, values in self.overrides.items():
            if text in values and (dimension in (dim, lay.ANY)):
                return (dim, values[text]) if values[text] else None
        found = group_for_value(normalise(text), None if dimension == lay.ANY else dimension)
        if found is None and (unknown := unspecified_dimension(normalise(text), dimension)):
            return lay.UNSPECIFIED, unknown
        return found

    def others_total(self, cells: dict[int, object], column: Column | None) -> bool:
        """Every other filter column is at its "Total" value where the column has one."""
        return all(not self.has_total[c.index] or is_total_value(cells[c.index]) for c in self.filters
                   if c is not column)


@dataclass
class _Combination:
    """What a row with these category cells counts for."""

    total: bool  # the row is the unit's total (no TOTAL_INDICATOR: every category at "Total")
    targets: list[tuple[str, Key | str]]  # (count, group) or (unspecified, dimension), in column order
    unknown: list[tuple[int, str]]  # values that name no group: (column index, text)


def _combination(categories: _Categories, cells: dict[int, object], by_indicator: bool) -> _Combination:
    columns = categories.columns
    total = (not by_indicator and bool(columns) and all(is_total_value(cells[c.index]) for c in columns)
             and categories.others_total(cells, None))
    targets: list[tuple[str, Key | str]] = []
    unknown: list[tuple[int, str]] = []
    for column in columns:
        text = cell_text(cells[column.index])
        found = categories.lookup(column, text)
        if found is None and text and not is_total_value(text):
            unknown.append((column.index, text))
        if found and categories.others_total(cells, column):
            targets.append((_UNSPECIFIED_TARGET, found[1]) if found[0] == lay.UNSPECIFIED else (_COUNT_TARGET, found))
    return _Combination(total, targets, unknown)


def _identities(data: Columns, keyer: UnitKeyer, rows: np.ndarray, notes: _RowNotes) -> tuple[np.ndarray, list[Unit]]:
    """Each row's unit (-1 for none) and the units in the order of their first row in `rows`, as
    aggregate_rows._unit_for makes them (a unit takes the name of its first row)."""
    columns = keyer.columns()
    codes, combos = data.combined([c.index for c in columns])
    width = max((c.index for c in columns), default=-1) + 1
    keys: dict[tuple, int] = {}
    found: list[tuple[str, str | None, str, str | None, str | None]] = []
    unit_of = np.full(len(combos) + 1, -1, dtype=np.int64)
    nameless, subtotals = [], []
    for number, combo in enumerate(combos):
        row: list[object] = [None] * width
        for column, value in zip(columns, combo):
            row[column.index] = value
        identified = keyer.identify(row)
        if identified is None:
            nameless.append(number)
            found.append(("", None, "", None, None))
            continue
        name, code, level, year = identified
        district = keyer.district_of(row)
        found.append((name, code, level, year, district))
        if level == SUBTOTAL:
            subtotals.append(number)
            continue
        unit_of[number] = keys.setdefault((level, district, code or normalise(name), year), len(keys))
    _row_notes(data, codes, rows, nameless, subtotals, found, notes)
    per_row = np.where(rows, unit_of[codes], -1)
    counted = np.flatnonzero(per_row >= 0)
    numbered, firsts = first_seen(per_row[counted])  # units numbered in the order of their first row
    per_row[counted] = numbered
    units = []
    for first in counted[firsts].tolist():
        name, code, level, year, district = found[codes[first]]
        units.append(Unit(name, code, level, year, first + data.first_row, district=district))
    return per_row, units


def _row_notes(data: Columns, codes: np.ndarray, rows: np.ndarray, nameless: list[int], subtotals: list[int],
               found: list[tuple], notes: _RowNotes) -> None:
    """The notes of rows that name no unit (with numbers) and of subtotal rows, which are left out."""
    if nameless:
        mask = rows & np.isin(codes, nameless) & data.numeric
        notes.add(data.row_numbers(mask), WARNING, "note.no_school_name")
    if subtotals:
        mask = rows & np.isin(codes, subtotals)
        for index in np.flatnonzero(mask):
            notes.add(np.array([index + data.first_row]), INFO, "note.subtotal", name=found[codes[index]][0])


def build_long(data: Columns, layout: Layout, keyer: UnitKeyer, book: NoteBook) -> list[Unit]:
    values = layout.roles().get(lay.VALUE, [])
    outcomes = [c for c in layout.columns if c.role and c.role.startswith("outcome:")]
    if len(values) > 1 and not all(c.by_values for c in values):  # else the evidence note already says so
        book.add(INFO, "note.sum_of_columns", columns=", ".join(column_name(c) for c in values))
    indicator, status = layout.first(lay.TOTAL_INDICATOR), layout.first(lay.COUNT_STATUS)
    used = [c.index for c in layout.columns if c.role]
    data.load(used)  # one pass over a text file for every column the layout reads
    rows = ~data.blank_rows(used)
    categories = _Categories(layout, data)
    unit_total = np.zeros(data.length, dtype=bool)
    skipped = 0
    if indicator is not None:  # CCD: detail rows and the unit total only; no double counting
        categories.has_total = dict.fromkeys(categories.has_total, False)
        kinds = data.column(indicator.index)
        said = [normalise(cell_text(value)) for value in kinds.values]
        detail, total = _ccd_rows(set(said), indicator, book)
        kept = kinds.spread([s.startswith((detail, total)) for s in said], bool)
        skipped = int(np.count_nonzero(rows & ~kept))
        rows &= kept
        unit_total = kinds.spread([s.startswith(total) for s in said], bool)
    notes = _RowNotes()
    unit_of, units = _identities(data, keyer, rows, notes)
    rows &= unit_of >= 0
    count = _sum([_counts(data, c, rows, book, notes) for c in values], data.length)
    if status is not None:
        count = _as_flagged(count, data.column(status.index), rows, book)
    flagged = {(c.role or "").split(":", 1)[1]: _counts(data, c, rows, book, notes) for c in outcomes}
    notes.into(book)
    # A filter column without "Total" rows changes nothing a row counts for (CCD's GRADE): left out, the rows
    # fall into a few dozen combinations instead of one per grade.
    deciding = [c.index for c in categories.filters if c in categories.columns or categories.has_total[c.index]]
    combo_codes, combos = data.combined(deciding)
    decided = [_combination(categories, dict(zip(deciding, combo)), indicator is not None) for combo in combos]
    total_rows = rows & (unit_total | np.array([d.total for d in decided] + [False], dtype=bool)[combo_codes])
    _add_totals(units, unit_of, total_rows, count, flagged)
    detail_rows = rows & ~total_rows
    _add_groups(units, unit_of, detail_rows, combo_codes, decided, count, flagged)
    if skipped:
        book.add(INFO, "note.subtotal_rows", n=skipped)
    report_unknown_values(_unknown(decided, combo_codes, detail_rows), layout, book)
    _fill_dropped_zero_rows(units, book)
    return units


def _ccd_rows(kinds: set[str], indicator: Column, book: NoteBook) -> tuple[str, str]:
    for detail, total in _CCD_KINDS:
        if any(k.startswith(detail) for k in kinds):
            if detail != _CCD_KINDS[0][0]:
                book.add(INFO, "note.ccd_derived", column=column_name(indicator))
            return detail, total
    book.add(WARNING, "note.ccd_no_kind", column=column_name(indicator))
    return _CCD_KINDS[0]


def _sums(keys: np.ndarray, rows: np.ndarray, counts: _Counts, size: int) -> list[Number]:
    """The counts of the rows in `rows` added per key, as numbers for a Unit."""
    at = np.flatnonzero(rows)
    added = _grouped(keys[at], counts, at, size)
    # Not available where a count was withheld, None where no count was there, else the sum: the few of the first
    # two are put in after the numbers (a state file has half a million sums).
    found: list[Number] = added.value.tolist()
    for index in np.flatnonzero(added.withheld).tolist():
        found[index] = NOT_AVAILABLE
    for index in np.flatnonzero(~added.present & ~added.withheld).tolist():
        found[index] = None
    return found


def _add_totals(units: list[Unit], unit_of: np.ndarray, rows: np.ndarray, count: _Counts,
                flagged: dict[str, _Counts]) -> None:
    """The total rows of each unit: its total and, per outcome, everyone with the outcome."""
    if not rows.any():
        return
    having = np.bincount(unit_of[rows], minlength=len(units)) > 0
    totals = _sums(unit_of, rows, count, len(units))
    per_outcome = {name: _sums(unit_of, rows, counts, len(units)) for name, counts in flagged.items()}
    for index in np.flatnonzero(having):
        unit = units[index]
        unit.total = totals[index]
        for name, sums in per_outcome.items():
            unit.outcome_totals[name] = sums[index]


def _add_groups(units: list[Unit], unit_of: np.ndarray, rows: np.ndarray, combo_codes: np.ndarray,
                decided: list[_Combination], count: _Counts, flagged: dict[str, _Counts]) -> None:
    """Each row's count added to every group its categories name, in the order a row-by-row reading adds them
    (row by row, and within a row column by column), so that each unit's groups come in that order.

    First the rows are added per unit and combination of categories (many rows, few combinations: CCD's
    grades), then each sum is spread over the groups its combination names."""
    targets = {target: number for number, target in enumerate(dict.fromkeys(t for d in decided for t in d.targets))}
    if not targets or not rows.any():
        return
    at = np.flatnonzero(rows)
    pair, firsts = first_seen(unit_of[at] * len(decided) + combo_codes[at])
    pairs = len(firsts)
    by_pair = [_grouped(pair, counts, at, pairs) for counts in (count, *flagged.values())]
    pair_unit, pair_combo = unit_of[at[firsts]], combo_codes[at[firsts]]
    width = max(len(d.targets) for d in decided)
    slots = np.full((len(decided), width), -1, dtype=np.int64)
    for number, combination in enumerate(decided):
        slots[number, :len(combination.targets)] = [targets[t] for t in combination.targets]
    spread = slots[pair_combo]  # pairs x slots, read pair by pair: the order of their first rows
    filled = spread.ravel() >= 0
    source = np.repeat(np.arange(pairs), width)[filled]
    target = spread.ravel()[filled]
    final, final_firsts = first_seen(pair_unit[source] * len(targets) + target)
    size = len(final_firsts)
    sums = [_sums(final, np.ones(len(final), dtype=bool), _Counts(c.value[source], c.present[source],
                                                                  c.withheld[source]), size) for c in by_pair]
    names = list(targets)
    owner_of = pair_unit[source[final_firsts]]
    chosen = target[final_firsts].tolist()
    if not flagged and all(kind == _COUNT_TARGET for kind, _ in names):  # counts only: each unit's at once
        order = np.argsort(owner_of, kind="stable")  # each unit's groups together, in the order they came
        keys = [names[chosen[at]][1] for at in order.tolist()]
        numbers = [sums[0][at] for at in order.tolist()]
        ends = np.cumsum(np.bincount(owner_of, minlength=len(units))).tolist()
        start = 0
        for unit, end in zip(units, ends):
            if end > start:
                unit.counts.update(zip(keys[start:end], numbers[start:end]))
            start = end
        return
    owners = owner_of.tolist()
    outcome_lists = list(zip(flagged, sums[1:]))
    for number, (owner, chosen_target) in enumerate(zip(owners, chosen)):
        unit = units[owner]
        kind, key = names[chosen_target]
        if kind == _UNSPECIFIED_TARGET:
            unit.unspecified[key] = sums[0][number]
            continue
        unit.counts[key] = sums[0][number]
        for name, per_pair in outcome_lists:
            unit.outcomes.setdefault(name, {})[key] = per_pair[number]


def _grouped(keys: np.ndarray, counts: _Counts, at: np.ndarray, size: int) -> _Counts:
    """The counts of the rows `at` added per key (0 ..< size)."""
    value, withheld, seen = group_sums(keys, counts.value[at], counts.available[at],
                                       (counts.present | counts.withheld)[at], size)
    return _Counts(value, seen & ~withheld, withheld)


def _unknown(decided: list[_Combination], combo_codes: np.ndarray, rows: np.ndarray) -> dict[tuple[int, str], int]:
    """Values naming no group, with the number of rows in `rows` that hold them."""
    unknown: dict[tuple[int, str], int] = {}
    times = np.bincount(combo_codes[rows], minlength=len(decided))
    for number, combination in enumerate(decided):
        for key in combination.unknown:
            if times[number]:
                unknown[key] = unknown.get(key, 0) + int(times[number])
    return unknown
