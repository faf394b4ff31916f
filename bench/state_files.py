"""Deterministic state-scale enrollment files, laid out as the public files they model.

Run: .venv/bin/python bench/state_files.py [FOLDER]
Writes into FOLDER (default .bench-data/, ignored by git), once; later runs reuse them:
  - ccd_052_long_5m.csv: a CCD school membership file (ccd_sch_052) in its long layout, the 18 columns and
    value spellings of the 2023-24 release (tests/data/corpus/ccd_052_long.csv has the real header): per
    school its grades x 7 races x 2 sexes as "Category Set A" rows, the subtotal rows publishers add
    ("Subtotal 4 - By Grade"), and the "Education Unit Total"; 55,000 schools, about 5 million rows.
  - ccd_052_long_2m.csv: the same with 22,000 schools (about 2 million rows), to show that time and memory
    grow linearly.
  - wide_100k.csv: a national one-row-per-school file, a column per race, 100,000 schools in 1,000 districts,
    modelled on a state profile export (school and district names and codes, total, seven race columns).
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Iterator
from pathlib import Path

CCD_HEADER = ["SCHOOL_YEAR", "FIPST", "STATENAME", "ST", "SCH_NAME", "STATE_AGENCY_NO", "UNION", "ST_LEAID", "LEAID",
              "ST_SCHID", "NCESSCH", "SCHID", "GRADE", "RACE_ETHNICITY", "SEX", "STUDENT_COUNT", "TOTAL_INDICATOR",
              "DMS_FLAG"]
CCD_RACES = ["American Indian or Alaska Native", "Asian", "Black or African American", "Hispanic/Latino",
             "Native Hawaiian or Other Pacific Islander", "Two or more races", "White"]
CCD_GRADES = ["Pre-Kindergarten", "Kindergarten"] + [f"Grade {n}" for n in range(1, 13)]
SET_A = "Category Set A - By Race/Ethnicity; Sex; Grade"
BY_GRADE = "Subtotal 4 - By Grade"
UNIT_TOTAL = "Education Unit Total"
STATES = [("01", "ALABAMA", "AL"), ("06", "CALIFORNIA", "CA"), ("12", "FLORIDA", "FL"), ("17", "ILLINOIS", "IL"),
          ("36", "NEW YORK", "NY"), ("48", "TEXAS", "TX")]
# Every school's race mix is one of these weights, scaled at random: isolated schools and mixed ones.
MIXES = [(1, 5, 15, 30, 0.5, 4, 45), (0.5, 2, 70, 20, 0.2, 2, 5), (0.5, 1, 4, 90, 0.1, 1, 3),
         (2, 10, 10, 25, 1, 6, 46)]
WIDE_HEADER = ["State", "District Code", "District Name", "School Code", "School Name", "Total Enrollment",
               "American Indian or Alaska Native", "Asian", "Black or African American", "Hispanic/Latino",
               "Native Hawaiian or Other Pacific Islander", "Two or More Races", "White"]
CCD_5M, CCD_2M, WIDE = "ccd_052_long_5m.csv", "ccd_052_long_2m.csv", "wide_100k.csv"


def _spread(rng: random.Random, total: int, weights: list[float]) -> list[int]:
    """`total` students spread over the weights (largest remainders), so that the parts add up to it."""
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    parts = [int(e) for e in exact]
    for index in sorted(range(len(exact)), key=lambda i: parts[i] - exact[i])[:total - sum(parts)]:
        parts[index] += 1
    return parts


def ccd_rows(schools: int, seed: int = 52) -> Iterator[list[str]]:
    rng = random.Random(seed)
    for number in range(schools):
        fips, state, st = STATES[number % len(STATES)]
        district = number // 50
        leaid = f"{fips}{district:05d}"
        school_id = f"{leaid}{number % 100000:05d}"
        first = rng.choice((0, 1, 2, 7, 8))  # elementary, middle or high: about six grades each
        grades = CCD_GRADES[first:first + 6]
        mix = [w * rng.uniform(0.4, 1.6) for w in MIXES[rng.randrange(len(MIXES))]]
        common = ["2023-2024", fips, state, st, f"School {number} of District {district}", fips, "",
                  f"{st}-{district:05d}", leaid, f"{st}-{district:05d}-{number:06d}", school_id, f"{number:07d}"]
        total = 0
        for grade in grades:
            in_grade = 0
            for race, count in zip(CCD_RACES, _spread(rng, rng.randint(30, 120), mix)):
                girls = sum(rng.random() < 0.49 for _ in range(count)) if count < 8 else round(count * 0.49)
                for sex, n in (("Female", girls), ("Male", count - girls)):
                    flag = "Reported" if rng.random() > 0.002 else "Suppressed"
                    yield [*common, grade, race, sex, str(n) if flag == "Reported" else "", SET_A, flag]
                in_grade += count
            yield [*common, grade, "No Category Codes", "No Category Codes", str(in_grade), BY_GRADE, "Reported"]
            total += in_grade
        yield [*common, "No Category Codes", "No Category Codes", "No Category Codes", str(total), UNIT_TOTAL,
               "Reported"]


def wide_rows(schools: int = 100_000, seed: int = 100) -> Iterator[list[str]]:
    rng = random.Random(seed)
    for number in range(schools):
        _, _, st = STATES[number % len(STATES)]
        district = number // 100
        mix = [w * rng.uniform(0.4, 1.6) for w in MIXES[rng.randrange(len(MIXES))]]
        total = rng.randint(80, 2400)
        races = [str(n) if n >= 10 or rng.random() > 0.3 else "*" for n in _spread(rng, total, mix)]
        yield [st, f"{district:06d}", f"District {district}", f"{district:06d}{number % 100:04d}",
               f"School {number} of District {district}", str(total), *races]


def _write(path: Path, header: list[str], rows: Iterator[list[str]]) -> Path:
    if not path.exists():
        partial = path.with_suffix(".partial")
        with open(partial, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            writer.writerows(rows)
        partial.replace(path)
    return path


def write(folder: Path) -> dict[str, Path]:
    """The three files in `folder`, written when missing (about a minute for the 5-million-row one)."""
    folder.mkdir(exist_ok=True)
    return {CCD_5M: _write(folder / CCD_5M, CCD_HEADER, ccd_rows(55_000)),
            CCD_2M: _write(folder / CCD_2M, CCD_HEADER, ccd_rows(22_000)),
            WIDE: _write(folder / WIDE, WIDE_HEADER, wide_rows())}


if __name__ == "__main__":
    for name, written in write(Path(sys.argv[1] if len(sys.argv) > 1 else ".bench-data")).items():
        print(name, written, written.stat().st_size // 1_000_000, "MB")
