"""A district's screening list: its rows, and writing them to CSV, XLSX or JSON through a temporary file
renamed into place."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.enrollment.mgi import SchoolResult
from equity_desktop.core.enrollment.screening import FIELDS, ScreeningList
from equity_desktop.core.errors import EquityError

_FORMATS = (".csv", ".xlsx", ".json")

SCREEN_FIELDS = FIELDS


def screen_rows(results: list[SchoolResult]) -> list[dict]:
    """One row per school and year, isolated schools first: what the list shows and what is exported."""
    return ScreeningList.of(results).rows()


def write_list(listing: ScreeningList, order: Sequence[int], path: Path,
               progress: Callable[[float, str], None] | None = None) -> Path:
    """Write the schools of `listing` in `order` (the rows a window shows) to `path`; run in a worker process."""
    if progress:
        progress(0.0, f"Listing {len(order):,} schools")
    rows = listing.rows(order)
    if progress:
        progress(0.5, f"Writing {len(order):,} schools to {path.name}")
    return write_screen(rows, SCREEN_FIELDS, path)


def write_screen(rows: list[dict], fields: tuple[str, ...], path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise EquityError(f"{path.name}: the list can be written as .csv, .xlsx or .json; end the name with one "
                          "of those.")

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
