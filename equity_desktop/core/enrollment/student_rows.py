"""Student-level files: one row per student, counted per school and group, then dropped.

Counting is one pass in C (a Counter over the picked cells of every row) followed by
a loop over the distinct combinations, so a 350,000-row district file costs a
fraction of the time it takes to parse it.
No student row, id or name outlives this module.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.aggregate_rows import report_unknown_values
from equity_desktop.core.enrollment.cells import cell_text, parse_flag
from equity_desktop.core.enrollment.groups import normalise
from equity_desktop.core.enrollment.layout import Column, Layout
from equity_desktop.core.enrollment.table import ERROR, WARNING, Key, NoteBook, Unit, add, column_name
from equity_desktop.core.enrollment.units import SUBTOTAL, UnitKeyer, level_of_name

# Lunch status columns name the status rather than flag it.
_LUNCH = {"free": True, "reduced": True, "f": True, "r": True, "free lunch": True, "reduced lunch": True,
          "reduced price": True, "paid": False, "full": False, "full price": False, "p": False, "n": False,
          "none": False, "not eligible": False}


def build_students(rows: list[list[object]], layout: Layout, keyer: UnitKeyer, book: NoteBook) -> list[Unit]:
    unit_columns = [c for c in (keyer.code_col, keyer.name_col, keyer.year_col) if c is not None]
    dimensions = _dimension_columns(layout)
    outcomes = [c for c in layout.columns if c.role and c.role.startswith("outcome:")]
    picked = [c.index for c in unit_columns] + [c.index for c, _ in dimensions] + [c.index for c in outcomes]
    data = _padded(rows[layout.header_row:], max(picked) + 1)
    getter = itemgetter(*picked) if len(picked) > 1 else (lambda row: (row[picked[0]],))
    # One pass in C over the rows: how many students share each (school, group values, outcomes) combination.
    combos = Counter(map(getter, data))
    k, d = len(unit_columns), len(dimensions)
    unknown: dict[tuple[int, str], int] = {}
    mappings = [_value_mapping(column, dimension, layout, _values_at(combos, k + i), book, unknown)
                for i, (column, dimension) in enumerate(dimensions)]
    flags = [_outcome_flags(column, _values_at(combos, k + d + j), book) for j, column in enumerate(outcomes)]
    names = [(column.role or "").split(":", 1)[1] for column in outcomes]
    result: dict[tuple, Unit | None] = {}  # None: the row names no school
    no_school = 0
    for combo, n in combos.items():
        unit_key = combo[:k]
        if unit_key not in result:
            blank = k and not any(cell_text(v) for v in unit_key)
            result[unit_key] = None if blank else _new_unit(unit_key, keyer)
        unit = result[unit_key]
        if unit is None:
            no_school += n if any(cell_text(v) for v in combo[k:]) else 0
            continue
        unit.total = add(unit.total, float(n))
        keys = [key for key in (m.get(combo[k + i]) for i, m in enumerate(mappings)) if key]
        for key in keys:
            if key[0] == lay.UNSPECIFIED:
                unit.unspecified[key[1]] = add(unit.unspecified.get(key[1]), float(n))
            else:
                unit.counts[key] = add(unit.counts.get(key), float(n))
        for j, name in enumerate(names):
            if flags[j].get(combo[k + d + j]):
                unit.outcome_totals[name] = add(unit.outcome_totals.get(name), float(n))
                per_group = unit.outcomes.setdefault(name, {})
                for key in keys:
                    per_group[key] = add(per_group.get(key), float(n))
    units = [u for u in result.values() if u is not None]
    _fill_zeros(units, mappings, names)
    if no_school:
        book.add(WARNING, "note.students_no_school", n=no_school)
    report_unknown_values(unknown, layout, book)
    return [u for u in units if u.level != SUBTOTAL]


def _padded(data: list[list[object]], width: int) -> list[list[object]]:
    """Rows at least `width` long (a CSV's short lines gain blank cells)."""
    if not data or min(map(len, data)) >= width:
        return data
    return [row if len(row) >= width else list(row) + [None] * (width - len(row)) for row in data]


def _values_at(combos: Counter, position: int) -> Counter:
    values: Counter = Counter()
    for combo, n in combos.items():
        values[combo[position]] += n
    return values


def _fill_zeros(units, mappings: list[dict], outcomes: list[str]) -> None:
    """A group nobody in the school belongs to is a real 0, not missing data."""
    keys = {key for mapping in mappings for key in mapping.values() if key and key[0] != lay.UNSPECIFIED}
    for unit in units:
        for key in keys:
            unit.counts.setdefault(key, 0.0)
        for name in outcomes:
            unit.outcome_totals.setdefault(name, 0.0)
            per_group = unit.outcomes.setdefault(name, {})
            for key in keys:
                per_group.setdefault(key, 0.0)


def _new_unit(key: tuple, keyer: UnitKeyer) -> Unit:
    cells = iter(key)
    code = cell_text(next(cells)) or None if keyer.code_col else None
    name = cell_text(next(cells)) if keyer.name_col else ""
    year = lay.normalise_year(next(cells)) if keyer.year_col else keyer.default_year
    name = name or code or keyer.single or "School"
    return Unit(name, code, level_of_name(name, keyer.unit_level), year, None, total=0.0)


def _dimension_columns(layout: Layout) -> list[tuple[Column, str]]:
    found = []
    for column in layout.columns:
        role = column.role or ""
        if role.startswith("category:") and role != f"category:{lay.ANY}":
            found.append((column, role.split(":")[1]))
        elif role.startswith("flag:"):
            found.append((column, role.split(":")[1]))
    return found


def _value_mapping(column: Column, dimension: str, layout: Layout, values: Counter, book: NoteBook,
                   unknown: dict) -> dict[object, Key | None]:
    """Each distinct cell value of a column, mapped once to its group (None: no group)."""
    overrides = layout.values.get(dimension, {})
    mapping: dict[object, Key | None] = {}
    bad: Counter = Counter()
    for value, n in values.items():
        text = cell_text(value)
        if text in overrides:
            mapping[value] = (dimension, overrides[text]) if overrides[text] else None
        elif dimension in g.PARTITIONS:
            mapping[value] = g.group_for_value(normalise(text), dimension)
            if mapping[value] is None and (missing := g.unspecified_dimension(normalise(text), dimension)):
                mapping[value] = (lay.UNSPECIFIED, missing)
            elif mapping[value] is None and text:
                unknown[(column.index, text)] = n
        else:
            flag = parse_flag(value)
            if flag is None:
                flag = _LUNCH.get(normalise(text)) if dimension == g.ECONOMIC else None
            if flag is None:
                bad[text] += n
            mapping[value] = (dimension, g.FLAG_GROUPS[dimension]) if flag else None
    for text, n in bad.items():
        book.add(ERROR, "note.not_yes_no", column=column_name(column), text=text, n=n)
    return mapping


def _outcome_flags(column: Column, values: Counter, book: NoteBook) -> dict[object, bool]:
    flags = {}
    for value in values:
        flag = parse_flag(value)
        if flag is None:
            book.add(WARNING, "note.outcome_not_yes_no", column=column_name(column), text=cell_text(value))
        flags[value] = bool(flag)
    return flags
