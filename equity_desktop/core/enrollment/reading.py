"""Reading an enrollment sheet end to end: file -> rows -> layout -> aggregated table with its report."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable
from pathlib import Path

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.aggregate_rows import build_wide
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE, cap_quotes, cell_text, quoted, shortened
from equity_desktop.core.enrollment.errors import COLUMNS_STEP, EnrollmentFileError
from equity_desktop.core.enrollment.groups import DIMENSION_LABELS, PARTITIONS
from equity_desktop.core.enrollment.long_tables import build_long
from equity_desktop.core.enrollment.role_labels import decision, role_label
from equity_desktop.core.enrollment.sources import OUT_OF_MEMORY, Sheet, list_sheets, read_sheet, sheet_words
from equity_desktop.core.enrollment.student_rows import build_students
from equity_desktop.core.enrollment.table import (
    ERROR,
    INFO,
    WARNING,
    Arg,
    EnrollmentTable,
    Key,
    Note,
    NoteBook,
    Unit,
    column_name,
)
from equity_desktop.core.enrollment.units import UnitKeyer
from equity_desktop.core.i18n.message import Message, Term

Progress = Callable[[float, str], None]
_ROW_BUILDERS = {lay.WIDE: build_wide, lay.STUDENT: build_students}


def read_enrollment(path: Path | str, sheet: str | int | None = None, *, mapping: dict | None = None,
                    year: str | None = None, progress: Progress | None = None) -> EnrollmentTable:
    """The aggregated enrollment of one sheet, with every oddity in `notes`.

    Raises EnrollmentFileError when the file cannot be read or understood at all;
    cell-level problems are notes of level "error", so that a report can list them all.
    """
    # A large sheet is millions of small lists and strings, none in a reference cycle; with the cyclic
    # garbage collector running, each allocation burst rescans the growing heap (twice as slow on 350,000 rows).
    paused = gc.isenabled()
    gc.disable()
    try:
        return _read_enrollment(Path(path), sheet, mapping, year, progress)
    except MemoryError:  # past the limits of limits.py, on a small machine: a sentence, not a traceback
        raise EnrollmentFileError(path, OUT_OF_MEMORY) from None
    finally:
        if paused:
            gc.enable()


def _read_enrollment(path: Path, sheet: str | int | None, mapping: dict | None, year: str | None,
                     progress: Progress | None) -> EnrollmentTable:
    report = progress or (lambda fraction, message: None)
    report(0.0, f"Reading {path.name}")
    return table_from_sheet(read_sheet(path, sheet), mapping, year, report, sheet_chosen=sheet is not None)


def table_from_sheet(source: Sheet, mapping: dict | None = None, year: str | None = None,
                     progress: Progress | None = None, *, sheet_chosen: bool = True) -> EnrollmentTable:
    """The aggregated table of a sheet already read (the import wizard reads once, then re-maps)."""
    report = progress or (lambda fraction, message: None)
    path, rows = source.path, source.rows
    report(0.7, "Finding the header and the columns")
    if not any(any(cell_text(v) for v in row) for row in rows):
        raise EnrollmentFileError(path, Message("error.sheet_empty"), sheet=source.name)
    layout = lay.apply_mapping(rows, mapping, path, source.name) if mapping else lay.detect_layout(
        rows, path, source.name)
    default_year = lay.normalise_year(year) if year else _year_of(source.name, rows[:layout.header_row - 1], path)
    keyer = UnitKeyer(layout, source.name, default_year)
    book = NoteBook()
    _check_columns(layout, path, source.name, book)
    if layout.shape == lay.LONG:
        numbers = {c.index for c in layout.columns if c.role == lay.VALUE or (c.role or "").startswith("outcome:")}
        units = build_long(source.columns(layout.header_row, numbers), layout, keyer, book)
    else:
        units = _ROW_BUILDERS[layout.shape](source.all_rows(), layout, keyer, book)
    report(0.95, "Checking the numbers")
    if year and keyer.year_col:
        units = _only_year(units, lay.normalise_year(year) or year, path, source.name)
    table = EnrollmentTable(path, source.name, source.reader, layout,
                            [u for u in units if u.level == keyer.unit_level],
                            [u for u in units if u.level != keyer.unit_level], [], book.suppressed, book.blank,
                            source.row_count - layout.header_row, keyer.unit_level)
    if not table.units:
        only = ", ".join(quoted(u.name) for u in table.references[:3])
        row = str(layout.header_row)
        raise EnrollmentFileError(path, Message("error.only_totals", row=row, totals=only) if only
                                  else Message("error.no_school_rows", row=row), sheet=source.name)
    if not sheet_chosen and len(source.sheets) > 1:
        hidden = Term(" (hidden)", "note.hidden")
        others: list[Arg] = []
        for info in source.sheets[:20]:
            if info.name != source.name:
                others += [", "] if others else []
                others += [quoted(info.name), hidden] if info.hidden else [quoted(info.name)]
        others += [" …"] if len(source.sheets) > 20 else []
        book.add(INFO, "note.other_sheets", sheets=tuple(others))
    _summarise(table, book)
    table.notes = [_capped(note) for note in book.finish()]
    report(1.0, "Done")
    return table


def _capped(note: Note) -> Note:
    """The note with what it quotes of the file cut short (cells.cap_quotes): notes are made all over the
    package, some quoting a cell with a plain f-string, and a 5 MB cell must not make a 5 MB note."""
    message, column = cap_quotes(note.message), cap_quotes(note.column) if note.column else note.column
    if message == note.message and column == note.column:
        return note
    return dataclasses.replace(note, message=message, column=column)


def _year_of(sheet_name: str, preamble: list[list[object]], path: Path) -> str | None:
    texts = [sheet_name, *(cell_text(v) for row in preamble for v in row if isinstance(v, str)), path.stem]
    return next((found for text in texts if (found := lay.school_year_in(text))), None)


def _only_year(units: list[Unit], year: str, path: Path, sheet: str) -> list[Unit]:
    chosen = [u for u in units if u.year == year]
    if not chosen:
        years = ", ".join(sorted({u.year for u in units if u.year})) or Message("error.no_years")
        raise EnrollmentFileError(path, Message("error.year_not_in_file", year=year, years=years), sheet=sheet)
    return chosen


def _check_columns(layout: lay.Layout, path: Path, sheet: str, book: NoteBook) -> None:
    roles = [c.role or "" for c in layout.columns]
    if not any(r.startswith(("count:", "share:", "category:", "flag:", lay.OUTCOME_COUNT + ":")) for r in roles):
        raise EnrollmentFileError(path, Message("error.no_group_column", row=str(layout.header_row)), sheet=sheet,
                                  step=COLUMNS_STEP)
    if layout.shape == lay.LONG and lay.VALUE not in roles:
        raise EnrollmentFileError(path, Message("error.no_count_column", row=str(layout.header_row)), sheet=sheet,
                                  step=COLUMNS_STEP)
    # Roles decided from the cells: the person sees the evidence and can correct it. One note per reason.
    decided: dict[str, list[lay.Column]] = {}
    for column in layout.columns:
        if column.by_values:
            decided.setdefault(column.reason, []).append(column)
    for reason, columns in decided.items():
        if len(columns) == 1:
            book.add(INFO, "note.decided_column", column=column_name(columns[0]), decision=decision(columns[0]))
            continue
        # the role labels are Messages: joined as a tuple, so that another language says its own labels
        distinct = list(dict.fromkeys(role_label(c.role) for c in columns))
        labels = tuple(part for index, label in enumerate(distinct) for part in ((", ", label) if index else (label,)))
        listed = ", ".join(column_name(c) for c in columns)
        if distinct == [role_label(None)]:
            book.add(INFO, "note.decided_columns_unused", columns=listed, reason=reason)
        else:
            book.add(INFO, "note.decided_columns", columns=listed, labels=labels, reason=reason)
    unused = layout.unrecognised()
    if unused:
        listed = ", ".join(column_name(c) for c in unused[:12])
        if len(unused) > 12:
            book.add(INFO, "note.unused_columns_more", columns=listed, more=len(unused) - 12)
        else:
            book.add(INFO, "note.unused_columns", columns=listed)
    if any(c.header and c.key != c.header and c.role for c in layout.columns):
        repeated = sorted({c.header for c in layout.columns if c.key != c.header and c.role})
        book.add(WARNING, "note.header_repeats", headers=", ".join(quoted(h) for h in repeated))


def _summarise(table: EnrollmentTable, book: NoteBook) -> None:
    if table.suppressed:
        book.add(INFO, "note.suppressed_cells", n=table.suppressed)
    if table.blank_cells:
        book.add(INFO, "note.blank_cells", n=table.blank_cells)
    left_out = [u for u in table.references if u.level not in ("district", "state")]
    for unit in left_out:
        book.add(INFO, "note.left_out", unit.row, name=quoted(unit.name))
    units = table.units + table.references
    keys = {k for u in units for k in u.counts}
    for key in sorted(keys):
        if all(u.counts.get(key) is NOT_AVAILABLE for u in units):
            book.add(WARNING, "note.suppressed_everywhere", group=Term(key[1], f"group.{key[1]}"))
    if any(isinstance(n, float) and not n.is_integer() for u in units for n in u.counts.values()):
        book.add(INFO, "note.fractional")
    partitions = [(dimension, keys_of) for dimension, keys_of in _PARTITION_KEYS if not keys.isdisjoint(keys_of)]
    for unit in units:
        _check_total(unit, book, partitions)
        for (_, group), share in unit.shares.items():
            if isinstance(share, float) and share > 100.05:
                book.add(ERROR, "note.share_over_100", unit.row, unit=shortened(unit.label),
                         group=Term(group, f"group.{group}"), share=share)


# Each dimension's keys, made once: the check runs for every school of a state file.
_PARTITION_KEYS = tuple((dimension, tuple((dimension, group) for group in groups))
                        for dimension, groups in PARTITIONS.items())


def _check_total(unit: Unit, book: NoteBook, partitions: list[tuple[str, tuple[Key, ...]]]) -> None:
    """The unit's groups of each dimension against its total; `partitions` are the dimensions the table has."""
    total = unit.total
    if not isinstance(total, float) or total <= 0:
        return
    counts = unit.counts
    for dimension, keys in partitions:
        present = [v for v in map(counts.get, keys) if v is not None]
        if present and all(isinstance(v, float) for v in present):  # table.numbers: every one a number
            found = sum(present)  # type: ignore[arg-type]
            if abs(found - total) > max(1.0, 0.005 * total):
                book.add(WARNING, "note.total_mismatch", unit.row, unit=shortened(unit.label),
                         dimension=Term(DIMENSION_LABELS[dimension], f"dimension.{dimension}", lower=True),
                         found=float(found), total=total)


def companion_reference(table: EnrollmentTable, reference: str = "district",
                        year: str | None = None) -> EnrollmentTable | None:
    """In a workbook of School, District and State sheets, the sheet the schools are compared with: the
    District sheet (its row for each school's district), or the State sheet for the "state" reference.
    None when the workbook has no such sheet, or the table is not a school sheet of a workbook."""
    if table.unit_level != "school" or reference not in ("district", "state"):
        return None
    try:
        sheets = list_sheets(table.path)
    except EnrollmentFileError:
        return None
    for info in sheets:
        if info.name != table.sheet and not info.hidden and reference in sheet_words(info.name):
            return read_enrollment(table.path, info.name, year=year)
    return None
