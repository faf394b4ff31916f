"""Wide tables, already aggregated (a column per group), read row by row; long tables are in long_tables.py."""

from __future__ import annotations

from operator import itemgetter

import numpy as np

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.cells import (
    NOT_AVAILABLE,
    cell_text,
    is_blank,
    number_or_none,
    parse_number,
    quoted,
    shortened,
)
from equity_desktop.core.enrollment.federal_names import crdc_nonbinary, crdc_sex_total
from equity_desktop.core.enrollment.groups import normalise
from equity_desktop.core.enrollment.layout import Column, Layout, header_key
from equity_desktop.core.enrollment.roles import parse_outcome_count
from equity_desktop.core.enrollment.table import (
    INFO,
    SCHOOL,
    WARNING,
    Arg,
    Key,
    NoteBook,
    Number,
    Unit,
    add,
    column_name,
)
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
            book.add(WARNING, "note.no_school_name", row_number)
        return None
    name, code, level, year = found
    district = keyer.district_of(row)
    if evidence is not None:
        if level != keyer.unit_level and total_by_word_only(name) and not evidence.confirms(row, level, district):
            book.add(INFO, "note.total_in_name", row_number, name=shortened(name, 60))
            level = keyer.unit_level
        evidence.saw(row, level, district)
    if level == SUBTOTAL:
        book.add(INFO, "note.subtotal", row_number, name=name)
        return None
    key = (level, district, code or normalise(name), year)
    if key not in units:
        units[key] = Unit(name, code, level, year, row_number, district=district)
    elif not repeats_expected:
        first = units[key]
        if code:
            book.add(WARNING, "note.repeats", row_number, name=name, code=code, first_row=str(first.row),
                     first=first.name)
        else:
            book.add(WARNING, "note.repeats_no_code", row_number, name=name, first_row=str(first.row), first=first.name)
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
    if not (shares or unknown or outcomes or layout.first(lay.GRADE)):
        found_by_columns = _WideColumns(data, layout, counts, totals, keyer).units(book)
        if found_by_columns is not None:
            return found_by_columns
    scale = _share_scale(data, [c for cols in shares.values() for c in cols])
    if scale != 1.0:
        book.add(INFO, "note.fractions")
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
        book.add(INFO, "note.nonbinary_reserve", n=book.optional_withheld)
    found = list(units.values())
    _outcome_totals_by_sex(found)
    return found


class _WideColumns:
    """build_wide on columns, for the regular files that make up most of a state's: a column per group and a
    total, one row per school. Each distinct cell of a number column is read once (parse_number), numpy adds the
    columns of a group; each row's school is found by the row reader's rules (UnitKeyer, is_footnote). A file
    with anything else — percentage, "not specified" or outcome columns, a grade column, a cell that is no number,
    a school on two rows, a name read as a total only for the word "Total" — is left to the row reader
    (`units` gives None), which words and orders its notes; the book is not touched then."""

    def __init__(self, data: list[list[object]], layout: Layout, counts: dict[Key, list[Column]],
                 totals: list[Column], keyer: UnitKeyer):
        self.data, self.layout, self.counts, self.totals, self.keyer = data, layout, counts, totals, keyer
        self.first_row = layout.header_row + 1
        self.shortest = min(map(len, data), default=0)

    def units(self, book: NoteBook) -> list[Unit] | None:
        counts, totals = self.counts, self.totals
        numeric = [c for c in self.layout.columns if c.role and c.role.split(":")[0] in _NUMERIC_ROLES]
        if any(crdc_nonbinary(header_key(c.header)) for c in numeric):
            return None
        parsed: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for index in dict.fromkeys(c.index for c in (*numeric, *totals)):
            read = self._parsed(index)
            if read is None:
                return None
            parsed[index] = read
        # Rows with no number filled in: blank (skipped), a note under the table (left out), else read as the row
        # reader does.
        filled = np.zeros(len(self.data), dtype=bool)
        for column in numeric:
            filled |= ~parsed[column.index][2]
        rows = np.ones(len(self.data), dtype=bool)
        notes: list[tuple[int, str, str, dict[str, Arg]]] = []  # row, level, message id, arguments
        for at in np.flatnonzero(~filled).tolist():
            texts = [cell_text(v) for v in self.data[at] if not is_blank(v)]
            if not texts:
                rows[at] = False
            elif is_footnote(texts[0]):
                notes.append((at, INFO, "note.footnote", {"text": quoted(shortened(texts[0], 60))}))
                rows[at] = False
        identified = self._identities(rows, notes)
        if identified is None:
            return None
        unit_of, made = identified
        order = np.flatnonzero(unit_of >= 0)  # a row per unit, in the units' order
        suppressed = blank = 0
        values: list[list[Number]] = []
        for columns in (*counts.values(), totals):
            value = np.zeros(len(order))
            has = np.zeros(len(order), dtype=bool)
            withheld = np.zeros(len(order), dtype=bool)
            for column in columns:
                kinds, numbers, _ = parsed[column.index]
                kind, number = kinds[order], numbers[order]
                suppressed += int(np.count_nonzero(kind == _WITHHELD))
                blank += int(np.count_nonzero(kind == _BLANK))
                got = kind == _NUMBER
                value = np.where(got, np.where(has, value + number, number), value)
                has |= got
                withheld |= kind == _WITHHELD
            values.append([NOT_AVAILABLE if w else v if h else None
                           for v, h, w in zip(value.tolist(), has.tolist(), withheld.tolist())])
        for at, level, message_id, args in sorted(notes, key=lambda note: note[0]):
            book.add_note(level, message_id, at + self.first_row, None, args)
        book.suppressed += suppressed
        book.blank += blank
        keys = list(counts)
        count_values = values[:len(keys)]
        for unit, row in zip(made, zip(*count_values) if keys else ((),) * len(made)):
            unit.counts = dict(zip(keys, row))
        if totals:
            for unit, total in zip(made, values[-1]):
                unit.total = total
        _outcome_totals_by_sex(made)
        return made

    def _parsed(self, index: int) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """Per row, what the column's cell is, its number, and whether it is blank; each distinct cell read once.
        None when one is no number (the row reader reports each such cell) or a true/false cell."""
        data = self.data
        cells = (list(map(itemgetter(index), data)) if index < self.shortest else
                 [row[index] if index < len(row) else None for row in data])
        distinct = list(dict.fromkeys(cells))
        if any(type(v) in (int, float) and v in (0, 1) for v in distinct) and bool in set(map(type, cells)):
            return None  # True and 1 are one key of a dict; the row reader refuses a true/false cell
        kinds, numbers, blanks = [], [], []
        for value in distinct:
            try:
                found = parse_number(value)
            except ValueError:
                return None
            kinds.append(_WITHHELD if found is NOT_AVAILABLE else _BLANK if found is None else _NUMBER)
            numbers.append(found if isinstance(found, float) else 0.0)
            blanks.append(is_blank(value))
        places = {value: code for code, value in enumerate(distinct)}
        codes = np.fromiter(map(places.__getitem__, cells), dtype=np.int64, count=len(cells))
        return (np.array(kinds, dtype=np.int8)[codes], np.array(numbers, dtype=np.float64)[codes],
                np.array(blanks, dtype=bool)[codes])

    def _identities(self, rows: np.ndarray, notes: list[tuple[int, str, str, dict[str, Arg]]]) -> tuple[np.ndarray,
                                                                                           list[Unit]] | None:
        """Each row's unit (-1 for none) and the units in the order of their rows, as _unit_for finds them; None
        when a unit has two rows or a name is a total only by the word "Total" (the row reader handles both)."""
        keyer, first_row = self.keyer, self.first_row
        unit_of = np.full(len(rows), -1, dtype=np.int64)
        keys: set[tuple] = set()
        units: list[Unit] = []
        for at in np.flatnonzero(rows).tolist():
            row = self.data[at]
            found = keyer.identify(row)
            if found is None:
                if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row):
                    notes.append((at, WARNING, "note.no_school_name", {}))
                continue
            name, code, level, year = found
            if level != keyer.unit_level and total_by_word_only(name):
                return None  # whether its numbers add up the rows above is read row by row
            if level == SUBTOTAL:
                notes.append((at, INFO, "note.subtotal", {"name": name}))
                continue
            district = keyer.district_of(row)
            key = (level, district, code or normalise(name), year)
            if key in keys:
                return None  # a unit on two rows: added together, with a note per row, by the row reader
            keys.add(key)
            unit_of[at] = len(units)
            units.append(Unit(name, code, level, year, at + first_row, district=district))
        return unit_of, units


_NUMBER, _WITHHELD, _BLANK = 0, 1, 2


# Roles whose cells are numbers: a row with none of them filled in holds no data.
_NUMERIC_ROLES = {"count", "share", lay.TOTAL, lay.UNSPECIFIED, lay.OUTCOME_COUNT}


def _is_footnote_row(row: list[object], numeric: list[Column], book: NoteBook, row_number: int) -> bool:
    """A row under the table with text and no number ("Source: …", "* suppressed") is a footnote, not a school."""
    if any(not row_is_blank([cell(row, c)]) for c in numeric):
        return False
    texts = [cell_text(v) for v in row if not row_is_blank([v])]
    if not texts or not is_footnote(texts[0]):
        return False
    book.add(INFO, "note.footnote", row_number, text=quoted(shortened(texts[0], 60)))
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
    every = sum(len(groups) for groups in seen.values())
    for unit in units:
        if len(unit.counts) == every:  # it has every group some school has: nothing to fill
            continue
        for dimension in {d for d, _ in unit.counts}:
            for group in seen[dimension] - {grp for d, grp in unit.counts if d == dimension}:
                unit.counts[(dimension, group)] = 0.0
                filled += 1
    if filled:
        book.add(INFO, "note.zero_rows_filled", n=filled)


def report_unknown_values(unknown: dict[tuple[int, str], int], layout: Layout, book: NoteBook) -> None:
    columns = {c.index: c for c in layout.columns}
    for (index, text), times in sorted(unknown.items()):
        book.add(WARNING, "note.unknown_value", column=column_name(columns[index]), text=text, n=times)

