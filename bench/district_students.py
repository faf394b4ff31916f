"""A deterministic student-level district file: 350,000 rows over 400 schools (a large urban district).

Run: .venv/bin/python bench/district_students.py [FOLDER]
Writes district_students.xlsx and district_students.csv (same rows) into FOLDER
(default .bench-data/, ignored by git); kept between runs because writing the
workbook takes about a minute.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

ROWS, SCHOOLS = 350_000, 400
HEADER = ["Student ID", "School Code", "School Name", "Race/Ethnicity", "Gender", "ELL", "SWD", "FRL Status",
          "Gifted"]
RACES = ["Hispanic", "Black", "White", "Asian", "Two or More Races", "American Indian", "Pacific Islander"]


def rows():
    rng = random.Random(350_000)
    mixes = [[rng.uniform(0.1, 1.0) * w for w in (69, 19, 7, 2.6, 1.8, 0.3, 0.3)] for _ in range(SCHOOLS)]
    for number in range(ROWS):
        school = number * SCHOOLS // ROWS
        yield [f"S{number:07d}", f"{school + 1000}", f"School {school + 1000}",
               rng.choices(RACES, mixes[school])[0], "F" if rng.random() < 0.49 else "M",
               "Y" if rng.random() < 0.2 else "N", "Y" if rng.random() < 0.12 else "N",
               rng.choices(("Free", "Reduced", "Paid"), (60, 10, 30))[0], "Y" if rng.random() < 0.08 else "N"]


def write(folder: Path) -> tuple[Path, Path]:
    from openpyxl import Workbook

    folder.mkdir(exist_ok=True)
    xlsx, text = folder / "district_students.xlsx", folder / "district_students.csv"
    if xlsx.exists() and text.exists():
        return xlsx, text
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Students")
    sheet.append(HEADER)
    with open(text, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        for row in rows():
            sheet.append(row)
            writer.writerow(row)
    book.save(xlsx)
    return xlsx, text


if __name__ == "__main__":
    for path in write(Path(sys.argv[1] if len(sys.argv) > 1 else ".bench-data")):
        print(path, f"{path.stat().st_size / 1e6:.1f} MB")
