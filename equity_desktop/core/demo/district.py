"""The fictional Riverbend Unified School District: 60 schools over three school years.

Modelled on Miami-Dade's figures (seeds/000): a majority-minority district of
about 69 % Hispanic, 19 % Black and 7 % White students, 20 % English learners
and 70 % economically disadvantaged, with magnet schools over 70 % Black or
95 % Hispanic, some of them moving 2 points a year toward the district.
The numbers come from a seeded generator, so the shipped files can be rebuilt
byte for byte: `python -m equity_desktop.core.demo.district resources/sample`.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from equity_desktop.core.enrollment import groups as g

DISTRICT = "Riverbend Unified School District"
YEARS = ("2022-23", "2023-24", "2024-25")
WORKBOOK = "riverbend_enrollment_2022-2025.xlsx"
STUDENTS = "riverbend_students_2024-25.csv"
DEMO_SCHOOL_CODE = "0417"
RACE_ORDER = (g.HISPANIC, g.BLACK, g.WHITE, g.ASIAN, g.TWO_OR_MORE, g.AMERICAN_INDIAN, g.PACIFIC)
HEADERS = ("School Code", "School Name", "Magnet", "Total Enrollment", "Hispanic/Latino",
           "Black or African American", "White", "Asian", "Two or More Races", "American Indian or Alaska Native",
           "Native Hawaiian or Other Pacific Islander", "Female", "Male", "English Learners",
           "Students with Disabilities", "Economically Disadvantaged")
# The mix of the ordinary schools; with the magnets the district comes to about 69 / 19 / 7.
_DISTRICT_MIX = (72.0, 16.0, 7.2, 2.6, 1.8, 0.3, 0.3)
# (code, name, magnet, mix in RACE_ORDER for the first year, yearly change of the mix)
_MAGNETS = (
    (DEMO_SCHOOL_CODE, "Cedar Grove Magnet Elementary School", (22.0, 68.0, 5.0, 2.5, 2.0, 0.3, 0.2),
     (2.5, -2.5, 0, 0, 0, 0, 0)),
    ("0112", "Bayview Magnet Middle School", (18.0, 74.0, 4.0, 1.5, 2.0, 0.3, 0.2), (2.2, -2.2, 0, 0, 0, 0, 0)),
    ("0233", "Northside Arts Magnet High School", (20.0, 72.0, 4.0, 1.8, 1.8, 0.2, 0.2), (0.6, -0.6, 0, 0, 0, 0, 0)),
    ("0358", "Coral Way International Magnet", (95.5, 1.5, 2.0, 0.5, 0.5, 0.0, 0.0), (-2.1, 1.6, 0.5, 0, 0, 0, 0)),
    ("0521", "Southridge STEM Magnet Academy", (95.0, 2.0, 2.0, 0.5, 0.5, 0.0, 0.0), (-0.4, 0.4, 0, 0, 0, 0, 0)),
    ("0644", "Lakeshore Montessori Magnet", (40.0, 15.0, 35.0, 5.0, 4.6, 0.2, 0.2), (2.0, 0, -2.0, 0, 0, 0, 0)),
)
_NAMES = ("Alder", "Birchwood", "Brookside", "Canal Street", "Crestview", "Dogwood", "Eastgate", "Elm Park",
          "Fairlawn", "Fernwood", "Glenview", "Harbor", "Hillcrest", "Ibis", "Jasmine", "Juniper", "Kingsway",
          "Laurel", "Linden", "Magnolia", "Maple Ridge", "Meadowbrook", "Mangrove", "Oakland Park", "Orchard",
          "Palmetto", "Pinecrest", "Poinciana", "Quail Run", "Redland", "Ridgewood", "Riverside", "Rosewood",
          "Sabal Palm", "Seminole", "Silver Lake", "Sunset", "Sweetwater", "Tamarind", "Twin Lakes", "Union Park",
          "Vista", "Westchester", "Willow", "Woodlawn", "Cypress", "Flagler", "Horizon", "Kendall", "Liberty",
          "Miller Drive", "Northwood", "Olympia", "Palm Springs")
_LEVELS = ("Elementary School", "Elementary School", "Middle School", "K-8 Center", "High School")


@dataclass
class SchoolYear:
    code: str
    name: str
    magnet: bool
    year: str
    race: dict[str, int]
    female: int
    male: int
    english_learners: int
    disabilities: int
    economic: int

    @property
    def total(self) -> int:
        return sum(self.race.values())


def _split(total: int, percents: tuple[float, ...]) -> list[int]:
    """Whole counts in proportion to `percents` that add up to `total` (largest remainder)."""
    weights = [max(p, 0.0) for p in percents]
    exact = [total * w / sum(weights) for w in weights]
    counts = [int(x) for x in exact]
    for index in sorted(range(len(exact)), key=lambda i: exact[i] - counts[i], reverse=True)[:total - sum(counts)]:
        counts[index] += 1
    return counts


def _ordinary_mix(rng: random.Random) -> tuple[float, ...]:
    return tuple(max(0.0, p * rng.uniform(0.75, 1.25)) for p in _DISTRICT_MIX)


def school_years() -> list[SchoolYear]:
    """Every school in every year, the same on every run."""
    rng = random.Random(20261122)
    plans: list[tuple[str, str, bool, tuple[float, ...], tuple[float, ...]]] = [
        (code, name, True, mix, step) for code, name, mix, step in _MAGNETS]
    for index, place in enumerate(_NAMES):
        code = f"{1001 + index * 17}"  # four digits, never one of the magnets' codes
        plans.append((code, f"{place} {_LEVELS[index % len(_LEVELS)]}", False, _ordinary_mix(rng),
                      tuple(rng.uniform(-0.4, 0.4) for _ in RACE_ORDER)))
    result = []
    for code, name, magnet, mix, step in plans:
        size = rng.randint(350, 1250)
        el_rate, swd_rate, econ_rate = rng.uniform(0.14, 0.27), rng.uniform(0.09, 0.15), rng.uniform(0.6, 0.8)
        if mix[0] > 90:
            el_rate = rng.uniform(0.33, 0.40)
        for number, year in enumerate(YEARS):
            total = size + rng.randint(-25, 25)
            race = dict(zip(RACE_ORDER, _split(total, tuple(m + number * s for m, s in zip(mix, step)))))
            female = round(total * rng.uniform(0.47, 0.53))
            result.append(SchoolYear(code, name, magnet, year, race, female, total - female,
                                     round(total * el_rate), round(total * swd_rate), round(total * econ_rate)))
    return result


def _row(school: SchoolYear) -> list[Any]:
    return [school.code, school.name, "Yes" if school.magnet else "No", school.total,
            *(school.race[group] for group in RACE_ORDER), school.female, school.male, school.english_learners,
            school.disabilities, school.economic]


def _suppressed(row: list[Any], school: SchoolYear) -> list[Any]:
    """Counts under 5 of the two smallest groups hidden as '*' in a few schools, as real files do."""
    if school.code[-1] in "39" and school.code != DEMO_SCHOOL_CODE:
        for column in (9, 10):
            if 0 < row[column] < 5:
                row[column] = "*"
    return row


def write_workbook(path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    data = school_years()
    for year in YEARS:
        sheet = book.create_sheet(year)
        sheet.append([f"{DISTRICT} — fictional demo data for Equity Desktop. Counts under 5 of small groups are "
                      "suppressed (*) in some schools."])
        sheet.append([f"Enrollment by school, {year} (October membership)"])
        sheet.append(list(HEADERS))
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        rows = [s for s in data if s.year == year]
        for school in rows:
            sheet.append(_suppressed(_row(school), school))
        totals = ["", "District Total", ""] + [sum(_row(s)[i] for s in rows) for i in range(3, len(HEADERS))]
        sheet.append(totals)
        sheet.freeze_panes = "A4"
    book.save(path)
    return path


def write_students(path: Path, year: str = YEARS[-1]) -> Path:
    """The same district, one row per (fictional) student, with a gifted-programme flag."""
    rng = random.Random(7)
    gifted_rate = {g.WHITE: 0.16, g.ASIAN: 0.18, g.HISPANIC: 0.07, g.BLACK: 0.04}
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["Student ID", "School Code", "School Name", "Race/Ethnicity", "Gender", "ELL", "SWD",
                         "FRL Status", "Gifted"])
        number = 0
        for school in (s for s in school_years() if s.year == year):
            races = [group for group in RACE_ORDER for _ in range(school.race[group])]
            rng.shuffle(races)
            flags = [rng.sample(range(school.total), k) for k in
                     (school.female, school.english_learners, school.disabilities, school.economic)]
            female, learners, disabled, poor = (set(f) for f in flags)
            for index, race in enumerate(races):
                number += 1
                writer.writerow([f"D{number:06d}", school.code, school.name, race,
                                 "F" if index in female else "M", "Y" if index in learners else "N",
                                 "Y" if index in disabled else "N",
                                 ("Free" if index % 5 else "Reduced") if index in poor else "Paid",
                                 "Y" if rng.random() < gifted_rate.get(race, 0.08) else "N"])
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/sample")
    folder.mkdir(parents=True, exist_ok=True)
    print(write_workbook(folder / WORKBOOK))
    print(write_students(folder / STUDENTS))
