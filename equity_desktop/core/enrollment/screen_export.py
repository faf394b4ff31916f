"""A district's screening list: its rows, and writing them to CSV, XLSX or JSON through a temporary file
renamed into place."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.enrollment.analysis import screening_order
from equity_desktop.core.enrollment.mgi import points
from equity_desktop.core.errors import EquityError

_FORMATS = (".csv", ".xlsx", ".json")

SCREEN_FIELDS = ("school", "school_id", "year", "isolated_groups", "groups_outside_band", "minority_share",
                 "federal_isolated", "simpson", "dissimilarity", "district_source", "withheld_groups", "warnings")


def screen_rows(results) -> list[dict]:
    """One row per school and year, isolated schools first: what the list shows and what is exported."""
    rows = []
    for result in screening_order(results):
        outside = "; ".join(f"{g.group} {points(g.difference)}" for g in result.isolated_groups)
        rows.append({"school": result.school, "school_id": result.school_id, "year": result.year,
                     "isolated_groups": len(result.isolated_groups), "groups_outside_band": outside,
                     "minority_share": result.minority_share, "federal_isolated": result.federal_isolated,
                     "simpson": result.simpson, "dissimilarity": result.dissimilarity,
                     "district_source": result.district_source,
                     # With --suppress: groups whose figures (and so whose isolation) are withheld from print.
                     "withheld_groups": sum(1 for g in result.groups if g.school.withheld or g.district.withheld),
                     # What to read with care, as next to the numbers on screen (coverage, suppressed groups).
                     "warnings": " | ".join(result.warnings)})
    return rows


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
