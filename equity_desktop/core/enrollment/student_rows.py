"""Student-level files: one row per student, counted per school and group, then dropped.

Counting works column by column (Counter over zipped columns runs in C), so a
350,000-row district file costs a fraction of the time it takes to parse it.
No student row, id or name outlives this module.
"""

from __future__ import annotations

from collections import Counter
from itertools import repeat, zip_longest

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.aggregate_rows import report_unknown_values
from equity_desktop.core.enrollment.cells import cell_text, parse_flag
from equity_desktop.core.enrollment.groups import normalise
from equity_desktop.core.enrollment.layout import Column, Layout
from equity_desktop.core.enrollment.table import ERROR, WARNING, Key, NoteBook, Unit, column_name
from equity_desktop.core.enrollment.units import SUBTOTAL, UnitKeyer, level_of_name

# Lunch status columns name the status rather than flag it.
_LUNCH = {"free": True, "reduced": True, "f": True, "r": True, "free lunch": True, "reduced lunch": True,
          "reduced price": True, "paid": False, "full": False, "full price": False, "p": False, "n": False,
          "none": False, "not eligible": False}


def build_students(rows: list[list[object]], layout: Layout, keyer: UnitKeyer, book: NoteBook) -> list[Unit]:
    data = [row for row in rows[layout.header_row:] if any(v not in (None, "") for v in row)]
    if not data:
        return []
    width = max(c.index for c in layout.columns) + 1
    columns = list(zip_longest(*data, fillvalue=None)) + [(None,) * len(data)] * width
    units = _unit_keys(columns, keyer, len(data))
    totals = Counter(units)
    result = {key: _new_unit(key, keyer, n) for key, n in totals.items()}
    dimension_columns = _dimension_columns(layout)
    unknown: dict[tuple[int, str], int] = {}
    groups_of = {}
    for column, dimension in dimension_columns:
        mapping = _value_mapping(column, dimension, layout, columns[column.index], book, unknown)
        groups_of[column.index] = mapping
        for (unit, value), n in Counter(zip(units, columns[column.index])).items():
            key = mapping.get(value)
            if key:
                counts = result[unit].counts
                counts[key] = counts.get(key, 0.0) + n
        for unit in result.values():  # a group nobody in the school belongs to is a real 0, not missing
            for key in set(mapping.values()) - {None}:
                unit.counts.setdefault(key, 0.0)
    for column in layout.columns:
        if column.role and column.role.startswith("outcome:"):
            _count_outcome(column, columns, units, result, dimension_columns, groups_of, book)
    report_unknown_values(unknown, layout, book)
    return [u for u in result.values() if u.level != SUBTOTAL]


def _unit_keys(columns: list[tuple], keyer: UnitKeyer, n: int) -> list[tuple]:
    code = columns[keyer.code_col.index] if keyer.code_col else repeat(None, n)
    name = columns[keyer.name_col.index] if keyer.name_col else repeat(None, n)
    year = columns[keyer.year_col.index] if keyer.year_col else repeat(keyer.default_year, n)
    return list(zip(code, name, year))


def _new_unit(key: tuple, keyer: UnitKeyer, n: int) -> Unit:
    code, name, year = (cell_text(key[0]) or None, cell_text(key[1]), key[2])
    if keyer.year_col:
        year = lay.normalise_year(year)
    name = name or code or keyer.single or "School"
    return Unit(name, code, level_of_name(name, keyer.unit_level), year, None, total=float(n))


def _dimension_columns(layout: Layout) -> list[tuple[Column, str]]:
    found = []
    for column in layout.columns:
        role = column.role or ""
        if role.startswith("category:") and role != f"category:{lay.ANY}":
            found.append((column, role.split(":")[1]))
        elif role.startswith("flag:"):
            found.append((column, role.split(":")[1]))
    return found


def _value_mapping(column: Column, dimension: str, layout: Layout, cells: tuple, book: NoteBook,
                   unknown: dict) -> dict[object, Key | None]:
    """Each distinct cell value of a column, mapped once to its group (None: no group)."""
    overrides = layout.values.get(dimension, {})
    mapping: dict[object, Key | None] = {}
    bad: Counter = Counter()
    for value, n in Counter(cells).items():
        text = cell_text(value)
        if text in overrides:
            mapping[value] = (dimension, overrides[text]) if overrides[text] else None
        elif dimension in g.PARTITIONS:
            mapping[value] = g.group_for_value(normalise(text), dimension)
            if mapping[value] is None and text:
                unknown[(column.index, text)] = n
        else:
            flag = parse_flag(value)
            if flag is None:
                flag = _LUNCH.get(normalise(text)) if dimension == g.ECONOMIC else None
            if flag is None:
                bad[text] += n
            mapping[value] = (dimension, g.FLAG_GROUPS[dimension]) if flag else None
    for text, n in bad.items():
        book.add(ERROR, f'"{text}" ({n} rows) is not a yes/no value; use Y/N, Yes/No, 1/0, TRUE/FALSE or X/blank.',
                 column=column_name(column))
    return mapping


def _count_outcome(column: Column, columns: list[tuple], units: list[tuple], result: dict[tuple, Unit],
                   dimension_columns: list[tuple[Column, str]], groups_of: dict, book: NoteBook) -> None:
    name = column.role.split(":", 1)[1]
    flags = {}
    for value in set(columns[column.index]):
        flags[value] = parse_flag(value)
        if flags[value] is None:
            book.add(WARNING, f'"{cell_text(value)}" is not a yes/no value; those students count as without the '
                              "outcome.", column=column_name(column))
    outcome = [flags[v] for v in columns[column.index]]
    for unit_key, flagged in Counter(u for u, f in zip(units, outcome) if f).items():
        result[unit_key].outcome_totals[name] = float(flagged)
    for dim_column, _ in dimension_columns:
        mapping = groups_of[dim_column.index]
        for (unit_key, value), n in Counter((u, v) for u, v, f in zip(units, columns[dim_column.index], outcome)
                                            if f).items():
            key = mapping.get(value)
            if key:
                per_group = result[unit_key].outcomes.setdefault(name, {})
                per_group[key] = per_group.get(key, 0.0) + n
    for unit in result.values():
        unit.outcome_totals.setdefault(name, 0.0)
        for key in {k for m in groups_of.values() for k in m.values() if k}:
            unit.outcomes.setdefault(name, {}).setdefault(key, 0.0)
