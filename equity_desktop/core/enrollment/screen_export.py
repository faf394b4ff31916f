"""A district's screening list: its rows, and writing them to CSV, XLSX or JSON through a temporary file
renamed into place."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np

from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.enrollment.mgi import SchoolResult
from equity_desktop.core.enrollment.screening import FIELDS, ScreeningList
from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n.message import Message

_FORMATS = (".csv", ".xlsx", ".json")

SCREEN_FIELDS = FIELDS


def screen_rows(results: list[SchoolResult]) -> list[dict]:
    """One row per school and year, isolated schools first: what the list shows and what is exported."""
    return ScreeningList.of(results).rows()


def write_list(listing: ScreeningList, order: Sequence[int], path: Path,
               progress: Callable[[float, str], None] | None = None) -> Path:
    """Write the schools of `listing` in `order` (the rows a window shows) to `path`; run in a worker process."""
    if progress:
        progress(0.0, f"Writing {len(order):,} schools to {path.name}")
    return write_listing(listing, path, order)


def write_listing(listing: ScreeningList, path: Path, order: Sequence[int] | None = None) -> Path:
    """Write the schools of `listing` in `order` (by default the screening order) to `path`: the same bytes as
    `write_screen(listing.rows(order), SCREEN_FIELDS, path)`, a CSV written column by column (a state's list is
    100 MB, most of it the warnings its schools share: each text is made once)."""
    if path.suffix.lower() != ".csv":
        return write_screen(listing.rows(order), SCREEN_FIELDS, path)

    def write(partial: Path) -> None:
        with open(partial, "w", newline="", encoding="utf-8-sig") as file:  # BOM: Excel opens it as UTF-8
            file.write(",".join(_csv_field(f) for f in SCREEN_FIELDS) + _LINE_END)
            for lines in _csv_lines(listing, order):
                file.write(lines)

    write_atomically(path, write)
    return path


# csv.writer's excel dialect: fields joined by commas, lines ended by \r\n, a field quoted ("" for a quote) when
# it holds a comma, a quote or a line break.
_LINE_END = "\r\n"
_QUOTED = re.compile('[,"\r\n]')
_CHUNK = 20_000  # rows formatted and written at a time


def _csv_field(value: object) -> str:
    """One field as csv.writer writes it (None as the empty field, as write_screen writes it)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return '"' + text.replace('"', '""') + '"' if _QUOTED.search(text) else text


def _csv_lines(listing: ScreeningList, order: Sequence[int] | None) -> Iterator[str]:
    rows = (listing.order if order is None else np.asarray(order, dtype=np.int64)).tolist()
    warned: dict[int, str] = {}  # each set of warnings once (the schools of a district share theirs)
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        columns = []
        for field in SCREEN_FIELDS:
            if field == "warnings":
                texts = []
                for row in chunk:
                    warnings = listing.warnings[row]
                    text = warned.get(id(warnings))
                    if text is None:
                        text = warned[id(warnings)] = _csv_field(" | ".join(warnings))
                    texts.append(text)
                columns.append(texts)
            else:
                columns.append(_csv_column(listing.values(field, chunk)))
        yield _LINE_END.join(map(",".join, zip(*columns))) + _LINE_END if chunk else ""


def _csv_column(values: list) -> list[str]:
    """The fields of a column, as _csv_field makes them; a column of plain texts (no comma, quote or line break in
    any: one search over all of them) is taken as it is."""
    if all(type(v) is str for v in values) and not _QUOTED.search("\x00".join(values)):
        return values
    if all(type(v) is float or v is None for v in values):  # a float's text never needs quotes
        return ["" if v is None else repr(v) for v in values]
    return list(map(_csv_field, values))


def write_screen(rows: list[dict], fields: tuple[str, ...], path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise EquityError(Message("error.list_format", name=path.name))

    def write(partial: Path) -> None:
        if suffix == ".csv":
            with open(partial, "w", newline="", encoding="utf-8-sig") as file:  # BOM: Excel opens it as UTF-8
                writer = csv.DictWriter(file, fields)
                writer.writeheader()
                writer.writerows({k: "" if r[k] is None else r[k] for k in fields} for r in rows)
        elif suffix == ".json":
            partial.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            _write_xlsx(rows, fields, partial)

    write_atomically(path, write)
    return path


def _write_xlsx(rows: list[dict], fields: tuple[str, ...], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Screening"
    sheet.append([f.replace("_", " ").capitalize() for f in fields])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([row[f] for f in fields])
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJ", (44, 12, 9, 10, 60, 14, 10, 9, 12, 50)):
        sheet.column_dimensions[letter].width = width
    book.save(path)
