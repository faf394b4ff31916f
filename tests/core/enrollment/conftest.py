"""Helpers that write small spreadsheets for the enrollment tests."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

REAL = Path("/work/shared/fixtures/real")
FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "data"


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with open(path, "w", newline="", encoding=encoding) as file:
        csv.writer(file, delimiter=delimiter).writerows(rows)
    return path


WIDE_HEADER = ["School Name", "School Code", "Total Enrollment", "Hispanic", "Black", "White", "Asian",
               "Female", "Male", "English Learners", "SWD", "Economically Disadvantaged"]
WIDE_ROWS = [
    ["Oak School", "001", 200, 120, 40, 30, 10, 100, 100, 50, 20, 150],
    ["Pine School", "002", 300, 90, 150, 45, 15, 140, 160, 30, 36, 210],
    ["Elm School", "003", 500, 300, 100, 75, 25, 260, 240, 120, 55, 300],
]
WIDE_TOTAL = ["District Total", "", 1000, 510, 290, 150, 50, 500, 500, 200, 111, 660]


@pytest.fixture
def wide_file(tmp_path) -> Path:
    return write_xlsx(tmp_path / "district.xlsx", {"2024-25": [["Enrollment by school"], WIDE_HEADER, *WIDE_ROWS,
                                                               WIDE_TOTAL]})


@pytest.fixture(scope="session")
def real_dir() -> Path:
    if not REAL.is_dir():
        pytest.skip("the real fixtures (../shared/fixtures/real) are not on this machine")
    return REAL
