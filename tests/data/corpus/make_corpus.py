"""Writes the corpus of enrollment files modelled on real published layouts (README.md beside this file).

    python tests/data/corpus/make_corpus.py [OUT_DIR]

Every header, code and cell convention is copied from the real layout named in README.md; the school names
and the numbers are invented. The output is byte-for-byte the same on every run (the .xlsx files get fixed
zip and document dates), so `test_corpus.py` can check that the committed files are what this script writes.
The expected numbers in README.md and in test_corpus.py are worked out by hand from the tables below; the
asserts at the bottom of each writer only check that the tables agree with themselves (a total is the sum of
its parts), not what any program makes of them.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2024, 1, 1)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

Row = list[object]


def write_csv(path: Path, rows: Iterable[Row], delimiter: str = ",") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def write_xlsx(path: Path, sheets: dict[str, list[Row]], percent_columns: dict[str, set[int]] | None = None) -> None:
    """An .xlsx with fixed document and zip dates, so the bytes do not depend on the day it is written."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for column in (percent_columns or {}).get(name, set()):
            for cells in sheet.iter_cols(min_col=column, max_col=column):
                for c in cells:
                    if isinstance(c.value, float):
                        c.number_format = "0.0%"
    book.properties.creator = "make_corpus.py"
    book.properties.created = FIXED_DATE
    book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    _fix_zip_dates(buffer.getvalue(), path)


def _fix_zip_dates(data: bytes, path: Path) -> None:
    """openpyxl stamps the zip entries and docProps/core.xml with the time of saving; pin both."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                start = text.find("<dcterms:modified")
                if start >= 0:
                    end = text.find("</dcterms:modified>", start)
                    text = (text[:start] + '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z'
                            + text[end:])
                content = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, content)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------------------------------
# 1. NCES CCD school membership, long layout (ccd_sch_052_YYYY_l_1a_MMDDYY.csv)
# --------------------------------------------------------------------------------------------------------------

CCD_052_HEADER = ["SCHOOL_YEAR", "FIPST", "STATENAME", "ST", "SCH_NAME", "STATE_AGENCY_NO", "UNION", "ST_LEAID",
                  "LEAID", "ST_SCHID", "NCESSCH", "SCHID", "GRADE", "RACE_ETHNICITY", "SEX", "STUDENT_COUNT",
                  "TOTAL_INDICATOR", "DMS_FLAG"]
SET_A = "Category Set A - By Race/Ethnicity; Sex; Grade"
BY_GRADE = "Subtotal 4 - By Grade"
RACE_SEX = "Derived - Subtotal by Race/Ethnicity and Sex minus Adult Education Count"
UNIT_NO_AE = "Derived - Education Unit Total minus Adult Education Count"
UNIT = "Education Unit Total"
NO_CAT = "No Category Codes"
NOT_SPEC = "Not Specified"
CCD_RACES = ["American Indian or Alaska Native", "Asian", "Black or African American", "Hispanic/Latino",
             "Native Hawaiian or Other Pacific Islander", "Two or more races", "White"]
AI, AS, BL, HI, HP, TR, WH = CCD_RACES
K, G1 = "Kindergarten", "Grade 1"

# (race) -> (K male, K female, Grade 1 male, Grade 1 female). None: the row is blank (DMS_FLAG says why).
CCD_SCHOOLS: list[dict] = [
    {"leaid": "0100420", "st_leaid": "AL-420", "schno": "00101", "name": "Cedar Valley Elementary School",
     "counts": {HI: (10, 12, 11, 9), AI: (0, 1, 0, 0), AS: (3, 2, 2, 4), BL: (20, 18, 22, 19), HP: (0, 0, 1, 0),
                TR: (2, 3, 2, 1), WH: (5, 4, 6, 3)},
     "drop_zero_rows": False, "manual_adjustment_grade": G1},
    {"leaid": "0100420", "st_leaid": "AL-420", "schno": "00102", "name": "Hillcrest Primary School",
     "counts": {HI: (6, 5, 7, 4), AI: (0, 0, 0, 0), AS: (8, 10, 9, 7), BL: (4, 3, 3, 5), HP: (0, 0, 0, 0),
                TR: (2, 2, 0, 1), WH: (30, 28, 27, 31)},
     "drop_zero_rows": True, "not_specified": 4},
    {"leaid": "0100420", "st_leaid": "AL-420", "schno": "00103", "name": "Birch Hollow Elementary School",
     "counts": {HI: (15, 14, 13, 16), AI: (0, 0, 1, 0), AS: (1, 0, 0, 1), BL: (9, 10, 8, 7), HP: (0, 0, 0, 0),
                TR: (1, 1, 0, 2), WH: (9, 10, 10, 12)},
     "drop_zero_rows": False},
    {"leaid": "0100450", "st_leaid": "AL-450", "schno": "00201", "name": "Pine Ridge Elementary School",
     "counts": {HI: (3, 2, 2, 4), AI: (1, 0, 0, 1), AS: (0, 1, 1, 0), BL: (5, 4, 6, 3), HP: (0, 0, 0, 0),
                TR: (1, 1, 0, 2), WH: (40, 38, 36, 39)},
     "drop_zero_rows": False},
    # Grade 1 Two or more races Female was not reported: its row is blank, its race/sex subtotal Missing;
    # the state reported the grade subtotals and the unit totals (it holds 3 students).
    {"leaid": "0100450", "st_leaid": "AL-450", "schno": "00202", "name": "Lakeside Elementary School",
     "counts": {HI: (12, 10, 11, 13), AI: (0, 0, 0, 0), AS: (2, 2, 1, 3), BL: (25, 27, 24, 22), HP: (0, 1, 0, 0),
                TR: (2, 1, 2, None), WH: (14, 12, 13, 15)},
     "drop_zero_rows": False, "hidden": 3},
    # A school so small that every count is suppressed (as NCES does for 040386003535 in 2024-25).
    {"leaid": "0100450", "st_leaid": "AL-450", "schno": "00203", "name": "Fox Run Elementary School",
     "counts": None, "drop_zero_rows": False},
]


def _ccd_052_rows() -> list[Row]:
    rows: list[Row] = [CCD_052_HEADER]
    for school in CCD_SCHOOLS:
        ident = ["2023-2024", "01", "ALABAMA", "AL", school["name"], "01", "", school["st_leaid"], school["leaid"],
                 f"{school['st_leaid']}-{school['schno'][-4:]}", school["leaid"] + school["schno"],
                 "01" + school["schno"]]
        rows += [[*ident, grade, race, sex, "" if count is None else count, indicator, flag]
                 for grade, race, sex, count, indicator, flag in _ccd_052_school(school)]
    return rows


def _ccd_052_school(school: dict) -> list[tuple[str, str, str, int | None, str, str]]:
    """(GRADE, RACE_ETHNICITY, SEX, STUDENT_COUNT, TOTAL_INDICATOR, DMS_FLAG) rows of one school."""
    out: list[tuple[str, str, str, int | None, str, str]] = []
    counts = school["counts"]
    if counts is None:  # every cell suppressed
        for grade in (K, G1):
            for race in CCD_RACES:
                for sex in ("Female", "Male"):
                    out.append((grade, race, sex, None, SET_A, "Suppressed"))
        for grade in (K, G1):
            out.append((grade, NO_CAT, NO_CAT, None, BY_GRADE, "Suppressed"))
        out.append((NO_CAT, NO_CAT, NO_CAT, None, UNIT_NO_AE, "Suppressed"))
        out.append((NO_CAT, NO_CAT, NO_CAT, None, UNIT, "Suppressed"))
        return out
    drop = school["drop_zero_rows"]
    hidden = school.get("hidden", 0)
    unspecified = school.get("not_specified", 0)
    grade_totals = {K: 0, G1: 0}
    race_sex: dict[tuple[str, str], int | None] = {}
    for grade_index, grade in enumerate((K, G1)):
        for race in CCD_RACES:
            for sex_index, sex in enumerate(("Male", "Female")):
                n = counts[race][2 * grade_index + sex_index]
                if n is None:
                    out.append((grade, race, sex, None, SET_A, "Not reported"))
                    race_sex[(race, sex)] = None
                    grade_totals[grade] += hidden
                    continue
                grade_totals[grade] += n
                previous = race_sex.get((race, sex), 0)
                race_sex[(race, sex)] = None if previous is None else previous + n
                if not (n == 0 and drop):
                    out.append((grade, race, sex, n, SET_A, "Reported"))
    if unspecified:
        out.append((NOT_SPEC, NOT_SPEC, NOT_SPEC, unspecified, SET_A, "Reported"))
    for grade in (K, G1):
        flag = "Manual adjustment" if school.get("manual_adjustment_grade") == grade else "Reported"
        out.append((grade, NO_CAT, NO_CAT, grade_totals[grade], BY_GRADE, flag))
    if unspecified:
        out.append((NOT_SPEC, NO_CAT, NO_CAT, unspecified, BY_GRADE, "Reported"))
    for race in CCD_RACES:
        for sex in ("Female", "Male"):
            n = race_sex[(race, sex)]
            if n is None:
                out.append((NO_CAT, race, sex, None, RACE_SEX, "Missing"))
            elif not (n == 0 and drop):
                out.append((NO_CAT, race, sex, n, RACE_SEX, "Derived"))
    if unspecified:
        out.append((NO_CAT, NOT_SPEC, NOT_SPEC, unspecified, RACE_SEX, "Derived"))
    total = grade_totals[K] + grade_totals[G1] + unspecified
    out.append((NO_CAT, NO_CAT, NO_CAT, total, UNIT_NO_AE, "Derived"))
    out.append((NO_CAT, NO_CAT, NO_CAT, total, UNIT, "Reported"))
    return out


def write_ccd_052(out: Path) -> None:
    rows = _ccd_052_rows()
    totals = {r[10]: r[15] for r in rows[1:] if r[16] == UNIT}
    assert totals == {"010042000101": 160, "010042000102": 196, "010042000103": 140, "010045000201": 190,
                      "010045000202": 215, "010045000203": ""}, totals
    write_csv(out / "ccd_052_long.csv", rows)


# --------------------------------------------------------------------------------------------------------------
# 2. NCES CCD Public Elementary/Secondary School Universe Survey, 2013-14 (sc131a_supp.txt): wide, tab-separated
# --------------------------------------------------------------------------------------------------------------

CCD_WIDE_HEADER = ["SURVYEAR", "NCESSCH", "FIPST", "LEAID", "SCHNO", "STID", "SEASCH", "LEANM", "SCHNAM", "LCITY",
                   "LSTATE", "TYPE", "STATUS", "LEVEL", "CHARTR", "FRELCH", "REDLCH", "TOTFRL", "MEMBER", "AM",
                   "ASIAN", "HISP", "BLACK", "WHITE", "PACIFIC", "TR", "TOTETH"]
# LEAID, SCHNO, STID, SEASCH, LEANM, SCHNAM, LCITY, TYPE, STATUS, LEVEL, FRELCH, REDLCH,
# MEMBER, AM, ASIAN, HISP, BLACK, WHITE, PACIFIC, TR, TOTETH
CCD_WIDE_SCHOOLS: list[tuple] = [
    ("2912300", "00511", "077-101", "1050", "RIVERBEND R-IV", "RIVERBEND ELEM.", "RIVERBEND", 1, 1, 1, 150, 30,
     300, 2, 6, 45, 120, 110, 1, 16, 300),
    ("2912300", "00512", "077-101", "2050", "RIVERBEND R-IV", "RIVERBEND MIDDLE", "RIVERBEND", 1, 1, 2, 60, 15,
     250, 1, 4, 20, 30, 185, 0, 10, 250),
    ("2912300", "00513", "077-101", "1050", "RIVERBEND R-IV", "RIVERBEND HIGH", "RIVERBEND", 1, 1, 3, -9, -9,
     410, 3, 8, -9, 95, 240, 0, 14, -9),
    ("2912300", "00514", "077-101", "3050", "RIVERBEND R-IV", "RIVERBEND ALTERNATIVE", "RIVERBEND", 4, 2, 4, -2, -2,
     -2, -2, -2, -2, -2, -2, -2, -2, -2),
    ("2914500", "00801", "109-005", "4010", "STONE CO. R-II", "STONE CO. ELEM.", "GALENA", 1, 1, 1, 70, 12,
     180, 4, 1, 9, 2, 158, 0, 6, 180),
    ("2914500", "00802", "109-005", "1050", "STONE CO. R-II", "STONE CO. HIGH", "GALENA", 1, 1, 3, 80, 10,
     220, 3, 2, 12, 5, 190, 0, 8, 220),
    ("2914500", "00803", "109-005", "4020", "STONE CO. R-II", "STONE CO. PRIMARY", "GALENA", 1, 1, 1, 40, 8,
     -1, 0, 0, 3, 1, 86, 0, 2, 92),
]


def write_ccd_wide(out: Path) -> None:
    rows: list[Row] = [CCD_WIDE_HEADER]
    for (leaid, schno, stid, seasch, leanm, schnam, city, type_, status, level, free, reduced,
         member, am, asian, hisp, black, white, pacific, tr, toteth) in CCD_WIDE_SCHOOLS:
        races = [am, asian, hisp, black, white, pacific, tr]
        if all(v >= 0 for v in races):
            assert toteth == sum(races), schnam
            assert member in (toteth, -1), schnam
        totfrl = free + reduced if free >= 0 and reduced >= 0 else min(free, reduced)
        rows.append(["2013", leaid + schno, "29", leaid, schno, stid, seasch, leanm, schnam, city, "MO", type_,
                     status, level, "2", free, reduced, totfrl, member, *races, toteth])
    write_csv(out / "ccd_wide_old.txt", rows, delimiter="\t")


# --------------------------------------------------------------------------------------------------------------
# 3./4. Civil Rights Data Collection, 2020-21 school files (Enrollment.csv, Gifted and Talented.csv,
#        Advanced Placement.csv) and 2021-22 Enrollment.csv
# --------------------------------------------------------------------------------------------------------------

CRDC_ID_HEADER = ["LEA_STATE", "LEA_STATE_NAME", "LEAID", "LEA_NAME", "SCHID", "SCH_NAME", "COMBOKEY", "JJ"]
CRDC_RACES = ["HI", "AM", "AS", "HP", "BL", "WH", "TR"]
CRDC_LEAS = {"3904380": "Maple Grove City", "3910011": "Westfield Local"}
# (LEAID, SCHID, name, JJ)
CRDC_SCHOOLS = [
    ("3904380", "00101", "Maple Grove High School", "No"),
    ("3904380", "00102", "Maple Grove Middle School", "No"),
    ("3904380", "00103", "Cedar Elementary School", "No"),
    ("3904380", "00104", "Maple Grove Juvenile Center", "Yes"),
    ("3910011", "00201", "Westfield Elementary School", "No"),
    ("3910011", "00202", "Westfield High School", "No"),
]
# SCHID -> race -> (male, female); then LEP, 504, IDEA (male, female). Negative numbers are CRDC reserve codes.
CRDC_ENROLLMENT = {
    "00101": ({"HI": (20, 22), "AM": (1, 0), "AS": (10, 12), "HP": (0, 1), "BL": (150, 160), "WH": (60, 55),
               "TR": (8, 11)}, (30, 25), (6, 4), (35, 20)),
    "00102": ({"HI": (15, 14), "AM": (0, 1), "AS": (20, 18), "HP": (0, 0), "BL": (40, 45), "WH": (110, 120),
               "TR": (6, 6)}, (10, 8), (3, 5), (22, 15)),
    "00103": ({"HI": (12, 10), "AM": (0, 0), "AS": (3, -11), "HP": (0, 0), "BL": (70, 72), "WH": (25, 30),
               "TR": (4, 5)}, (14, 12), (-5, -5), (18, 9)),
    "00104": ({"HI": (1, 0), "AM": (0, 0), "AS": (0, 0), "HP": (0, 0), "BL": (12, 2), "WH": (6, 1),
               "TR": (1, 0)}, (-9, -9), (0, 0), (8, 1)),
    "00201": ({"HI": (5, 6), "AM": (0, 1), "AS": (2, 3), "HP": (0, 0), "BL": (4, 5), "WH": (140, 132),
               "TR": (7, 5)}, (2, 1), (4, 3), (20, 12)),
    "00202": ({"HI": (8, 9), "AM": (1, 1), "AS": (4, 6), "HP": (1, 0), "BL": (10, 12), "WH": (180, 176),
               "TR": (6, 8)}, (-3, -3), (5, 4), (-6, -6)),
}


def _ocr_total(values: Iterable[int]) -> int:
    """OCR's TOT_ columns: the sum of the race cells, a reserve code counted as 0 (2020-21 manual, 5.5.2)."""
    return sum(v for v in values if v >= 0)


def _crdc_ids(leaid: str, schid: str, name: str, jj: str) -> Row:
    return ["OH", "OHIO", leaid, CRDC_LEAS[leaid], schid, name, leaid + schid, jj]


def write_crdc_enrollment(out: Path) -> None:
    header = list(CRDC_ID_HEADER)
    header += [f"SCH_ENR_{r}_{s}" for r in CRDC_RACES for s in "MF"]
    header += ["TOT_ENR_M", "TOT_ENR_F", "SCH_ENR_LEP_M", "SCH_ENR_LEP_F", "SCH_ENR_504_M", "SCH_ENR_504_F",
               "SCH_ENR_IDEA_M", "SCH_ENR_IDEA_F"]
    rows: list[Row] = [header]
    for leaid, schid, name, jj in CRDC_SCHOOLS:
        races, lep, s504, idea = CRDC_ENROLLMENT[schid]
        cells = [v for r in CRDC_RACES for v in races[r]]
        males = _ocr_total(races[r][0] for r in CRDC_RACES)
        females = _ocr_total(races[r][1] for r in CRDC_RACES)
        rows.append([*_crdc_ids(leaid, schid, name, jj), *cells, males, females, *lep, *s504, *idea])
    assert [r[-8] + r[-7] for r in rows[1:]] == [510, 395, 231, 23, 310, 422]
    write_csv(out / "crdc_school.csv", rows)


# 2021-22: nonbinary (_X) columns, EL instead of LEP, -12 "suppressed for privacy protections".
CRDC_2122 = {
    "00101": ({"HI": (21, 23, -12), "AM": (1, 0, -12), "AS": (11, 12, -12), "HP": (0, 1, -12),
               "BL": (148, 158, -12), "WH": (58, 54, -12), "TR": (9, 12, -12)},
              (28, 24, -12), (5, 4, -12), (33, 21, -12)),
    "00102": ({"HI": (14, 15, 0), "AM": (0, 1, 0), "AS": (19, 18, 1), "HP": (0, 0, 0), "BL": (41, 44, 0),
               "WH": (108, 118, 2), "TR": (6, 7, 0)}, (9, 8, 0), (3, 5, 0), (21, 15, 1)),
    "00103": ({"HI": (12, 11, -9), "AM": (0, 0, -9), "AS": (3, 2, -9), "HP": (0, 0, -9), "BL": (69, 70, -9),
               "WH": (26, 29, -9), "TR": (4, 5, -9)}, (13, 12, -9), (-12, -12, -9), (17, 9, -9)),
}


def write_crdc_2122(out: Path) -> None:
    header = list(CRDC_ID_HEADER)
    header += [f"SCH_ENR_{r}_{s}" for r in CRDC_RACES for s in "MFX"]
    header += ["TOT_ENR_M", "TOT_ENR_F", "TOT_ENR_X"]
    header += [f"SCH_ENR_{g}_{s}" for g in ("EL", "504", "IDEA") for s in "MFX"]
    rows: list[Row] = [header]
    for leaid, schid, name, jj in CRDC_SCHOOLS[:3]:
        races, el, s504, idea = CRDC_2122[schid]
        cells = [v for r in CRDC_RACES for v in races[r]]
        totals = []
        for index in range(3):
            parts = [races[r][index] for r in CRDC_RACES]
            # TOT_ENR_X: every part withheld (-12) or not applicable (-9) leaves the total withheld too.
            totals.append(parts[0] if all(p < 0 for p in parts) else _ocr_total(parts))
        rows.append([*_crdc_ids(leaid, schid, name, jj), *cells, *totals, *el, *s504, *idea])
    assert [r[29:32] for r in rows[1:]] == [[248, 260, -12], [188, 203, 3], [114, 117, -9]]
    write_csv(out / "crdc_school_2122.csv", rows)


# SCHID -> (indicator, race -> (male, female), LEP, IDEA); None: no program (every count -9)
CRDC_GIFTED = {
    "00101": ("Yes", {"HI": (2, 3), "AM": (0, 0), "AS": (3, 4), "HP": (0, 0), "BL": (10, 14), "WH": (12, 11),
                      "TR": (1, 2)}, (1, 0), (1, 1)),
    "00102": ("Yes", {"HI": (1, 2), "AM": (0, 0), "AS": (8, 7), "HP": (0, 0), "BL": (4, 5), "WH": (25, 28),
                      "TR": (1, 1)}, (0, 1), (2, 0)),
    "00103": ("No", None, None, None),
    "00104": ("No", None, None, None),
    "00201": ("Yes", {"HI": (0, 1), "AM": (0, 0), "AS": (1, 1), "HP": (0, 0), "BL": (0, 1), "WH": (15, 17),
                      "TR": (1, 0)}, (0, 0), (1, 0)),
    "00202": ("Yes", {"HI": (1, 1), "AM": (0, 0), "AS": (1, 2), "HP": (0, 0), "BL": (1, 2), "WH": (20, 22),
                      "TR": (0, 1)}, (-3, -3), (1, 1)),
}


def write_crdc_gifted(out: Path) -> None:
    header = [*CRDC_ID_HEADER, "SCH_GT_IND"]
    header += [f"SCH_GTENR_{r}_{s}" for r in CRDC_RACES for s in "MF"]
    header += ["TOT_GTENR_M", "TOT_GTENR_F", "SCH_GTENR_LEP_M", "SCH_GTENR_LEP_F", "SCH_GTENR_IDEA_M",
               "SCH_GTENR_IDEA_F"]
    rows: list[Row] = [header]
    for leaid, schid, name, jj in CRDC_SCHOOLS:
        indicator, races, lep, idea = CRDC_GIFTED[schid]
        if races is None:
            rows.append([*_crdc_ids(leaid, schid, name, jj), indicator, *([-9] * 20)])
            continue
        cells = [v for r in CRDC_RACES for v in races[r]]
        males = _ocr_total(races[r][0] for r in CRDC_RACES)
        females = _ocr_total(races[r][1] for r in CRDC_RACES)
        rows.append([*_crdc_ids(leaid, schid, name, jj), indicator, *cells, males, females, *lep, *idea])
    assert [(r[23], r[24]) for r in rows[1:]] == [(28, 34), (39, 43), (-9, -9), (-9, -9), (17, 20), (23, 28)]
    write_csv(out / "crdc_gifted.csv", rows)


# SCHID -> (indicator, courses, self-selection, race -> (male, female), LEP, IDEA)
CRDC_AP = {
    "00101": ("Yes", 8, "Yes", {"HI": (3, 4), "AM": (0, 0), "AS": (5, 6), "HP": (0, 0), "BL": (18, 25),
                                "WH": (20, 19), "TR": (1, 2)}, (2, 1), (1, 2)),
    "00202": ("Yes", 5, "No", {"HI": (1, 2), "AM": (0, 0), "AS": (2, 3), "HP": (0, 0), "BL": (2, 3),
                               "WH": (30, 35), "TR": (1, 2)}, (-3, -3), (0, 1)),
}


def write_crdc_ap(out: Path) -> None:
    header = [*CRDC_ID_HEADER, "SCH_APENR_IND", "SCH_APCOURSES", "SCH_APSEL"]
    header += [f"SCH_APENR_{r}_{s}" for r in CRDC_RACES for s in "MF"]
    header += ["TOT_APENR_M", "TOT_APENR_F", "SCH_APENR_LEP_M", "SCH_APENR_LEP_F", "SCH_APENR_IDEA_M",
               "SCH_APENR_IDEA_F"]
    rows: list[Row] = [header]
    for leaid, schid, name, jj in CRDC_SCHOOLS:
        if schid not in CRDC_AP:
            # No grades 9-12: not applicable (-9); the juvenile-justice facility skipped by the COVID
            # directional indicator (-13, listed in the 2020-21 manual).
            code = -13 if jj == "Yes" else -9
            rows.append([*_crdc_ids(leaid, schid, name, jj), str(code), code, str(code), *([code] * 20)])
            continue
        indicator, courses, selection, races, lep, idea = CRDC_AP[schid]
        cells = [v for r in CRDC_RACES for v in races[r]]
        males = _ocr_total(races[r][0] for r in CRDC_RACES)
        females = _ocr_total(races[r][1] for r in CRDC_RACES)
        rows.append([*_crdc_ids(leaid, schid, name, jj), indicator, courses, selection, *cells, males, females,
                     *lep, *idea])
    assert [(r[25], r[26]) for r in rows[1:] if r[8] == "Yes"] == [(47, 56), (36, 45)]
    write_csv(out / "crdc_ap.csv", rows)


# --------------------------------------------------------------------------------------------------------------
# 5. Massachusetts DESE school profile, "Enrollment by Race/Gender" (percent columns, no % in the headers),
#    with the TOTAL of "Enrollment by Grade" beside it
# --------------------------------------------------------------------------------------------------------------

DESE_HEADER = ["SCHOOL", "ORG CODE", "TOTAL", "African American", "Asian", "Hispanic", "White", "Native American",
               "Native Hawaiian, Pacific Islander", "Multi-Race, Non-Hispanic", "Males", "Females", "Non-Binary"]
# name, org code, TOTAL, then the percentages in header order (None: blank cell)
DESE_SCHOOLS: list[tuple] = [
    ("Adams Elementary", "01230005", 400, 30.0, 5.0, 45.0, 15.0, 0.5, 0.0, 4.5, 51.0, 49.0, 0.0),
    ("Bradford Elementary", "01230010", 350, 8.0, 12.0, 10.0, 65.4, 0.3, 0.3, 4.0, 50.6, 49.4, 0.0),
    ("Carver Middle", "01230305", 600, 20.2, 7.5, 30.3, 37.0, 0.2, 0.1, 4.8, 52.0, 48.0, 0.0),
    ("Dunbar High", "01230505", 900, 25.0, 6.0, 35.1, 30.0, 0.3, 0.1, 3.4, 49.9, 50.0, 0.1),
    ("Elm Street Elementary", "01230015", 250, 2.0, 3.2, 4.8, 86.0, 0.4, 0.0, 3.6, 48.8, 51.2, 0.0),
    ("Fairview Elementary", "01230020", 0, *([None] * 10)),
    ("Greenwood Early Learning Center", "01230025", 0, *([None] * 10)),
]


def write_state_profile(out: Path) -> None:
    rows: list[Row] = [["Enrollment by Race/Gender Report (School) 2023-24"],
                       ["Massachusetts Department of Elementary and Secondary Education"],
                       ["District: Springdale (01230000)"],
                       []]
    rows.append(DESE_HEADER)
    for school in DESE_SCHOOLS:
        races, genders = school[3:10], school[10:]
        if school[2]:
            assert abs(sum(races) - 100) <= 0.15 and abs(sum(genders) - 100) <= 0.15, school[0]
        rows.append(list(school))
    write_xlsx(out / "state_profile_percent.xlsx", {"Race-Gender": rows})


# --------------------------------------------------------------------------------------------------------------
# 6. New Jersey DOE enrollment workbook, School sheet (enrollment_1920.xlsx), several districts of two counties
# --------------------------------------------------------------------------------------------------------------

NJ_RACES = ["White", "Black", "Hispanic", "Asian", "Native American", "Hawaiian Native", "Two or More Races"]
NJ_GRADES = ["Pre-K Half Day", "Pre-K\n Full day", "Kindergarten Halfday", "Kindergarten Fullday", "First Grade",
             "Second Grade", "Third Grade", "Fourth Grade", "Fifth Grade", "Sixth Grade", "Seventh Grade",
             "Eighth Grade", "Ninth Grade", "Tenth Grade", "Eleventh Grade", "Twelfth Grade", "Ungraded"]
NJ_PROGRAMS = ["%Free Lunch", "%Reduced Lunch", "%English Learners", "%Migrant", "%Military", "%Homeless"]
NJ_HEADER = ["County Code", "County Name", "District Code", "District Name", "School Code", "School Name",
             "Total Enrollment"]
for _race in NJ_RACES:
    NJ_HEADER += [_race, ("% " if _race == "White" else "%") + _race]
NJ_HEADER += NJ_GRADES + NJ_PROGRAMS
# county code, county, district code, district, school code, school, total, race counts (NJ_RACES order),
# the grade columns that hold the students, programme percentages
NJ_ROWS: list[tuple] = [
    ("07", "Essex", "0120", "Brookfield City", "050", "Lincoln Elementary School", 230,
     (12, 150, 60, 5, 0, 1, 2), range(3, 9), (">95", "3.1", "12.6", "0", "0", "1.3")),
    ("07", "Essex", "0120", "Brookfield City", "060", "Washington Elementary School", 310,
     (140, 60, 80, 20, 1, 0, 9), range(3, 9), ("41.3", "6.5", "8.1", "0", "0", ".6")),
    ("07", "Essex", "0120", "Brookfield City", "070", "Total Community Health Academy", 180,
     (20, 90, 62, 4, 1, 0, 3), range(12, 16), ("77.8", "5.0", "10.0", "0", "0", "2.2")),
    ("07", "Essex", "0120", "Brookfield City", "080", "Brookfield High School", 820,
     (250, 300, 220, 30, 2, 1, 17), range(12, 16), ("62.4", "7.1", "9.9", "0", ".1", "1.0")),
    # The district's own row: 20 students more than its schools (pupils in district programmes that are
    # not listed as a school), so a test can tell the row from the sum of the schools.
    ("07", "Essex", "0120", "Brookfield City", "999", "District Total", 1560,
     (430, 606, 425, 60, 4, 2, 33), range(3, 16), ("64.0", "6.2", "10.3", "0", ".1", "1.2")),
    # No district row for this district: its reference is the sum of its schools. School code 050 repeats
    # Lincoln's: a school code is unique only within its district.
    ("07", "Essex", "0450", "Glen Park Twp", "040", "Glen Park Elementary School", 400,
     (300, 20, 40, 30, 0, 0, 10), range(3, 9), ("8.0", "2.5", "3.0", "0", "1.5", "0")),
    ("07", "Essex", "0450", "Glen Park Twp", "050", "Glen Park Middle School", 350,
     (240, 25, 45, 30, 1, 1, 8), range(9, 12), ("9.1", "2.9", "2.0", "0", "1.1", "0")),
    ("13", "Monmouth", "0690", "Harbor View Regional", "010", "Harbor View High School", 500,
     (100, 50, 300, 40, 2, 0, 8), range(12, 16), ("55.0", "8.0", "15.2", ".4", "0", ".8")),
    ("13", "Monmouth", "0690", "Harbor View Regional", "020", "Harbor View Middle School", 300,
     (90, 30, 160, 15, 0, 1, 4), range(9, 12), ("58.3", "7.7", "18.0", ".3", "0", "1.0")),
    ("13", "Monmouth", "0690", "Harbor View Regional", "999", "District Total", 800,
     (190, 80, 460, 55, 2, 1, 12), range(9, 16), ("56.3", "7.9", "16.3", ".4", "0", ".9")),
]


def write_county_districts(out: Path) -> None:
    rows: list[Row] = [["This excel spread sheet contains one table with the 2023-2024 NJ enrollment data School "
                        "counts. The table spans columns A through AR, with row 3 as the header row. The table "
                        "includes enrollment data reported by the districts aggregated at the school level. Note "
                        "that rows 1 through 3 are frozen.\n"],
                       [" 2023-2024 Enrollment Data School Counts"],
                       NJ_HEADER]
    for county_code, county, district_code, district, school_code, school, total, races, grades, programs \
            in NJ_ROWS:
        assert sum(races) == total, school
        row: Row = [county_code, county, district_code, district, school_code, school, total]
        for n in races:
            row += [n, round(100.0 * n / total, 1)]
        per_grade = [0] * len(NJ_GRADES)
        used = list(grades)
        for i, index in enumerate(used):
            per_grade[index] = total // len(used) + (1 if i < total % len(used) else 0)
        assert sum(per_grade) == total
        rows.append(row + per_grade + list(programs))
    write_xlsx(out / "county_districts.xlsx", {"School": rows})


# --------------------------------------------------------------------------------------------------------------
# 7. NYC DOE Demographic Snapshot 2017-18 to 2021-22 (public), School sheet
# --------------------------------------------------------------------------------------------------------------

NYC_GRADES = ["Grade 3K", "Grade PK (Half Day & Full Day)", "Grade K"] + [f"Grade {n}" for n in range(1, 13)]
NYC_HEADER = ["DBN", "School Name", "Year", "Total Enrollment", *NYC_GRADES]
for _group in ("Female", "Male", "Asian", "Black", "Hispanic", "Multi-Racial", "Native American", "White",
               "Missing Race/Ethnicity Data", "Students with Disabilities", "English Language Learners", "Poverty"):
    NYC_HEADER += [f"# {_group}", f"% {_group}"]
NYC_HEADER.append("Economic Need Index")
# DBN, name, total, grade indexes used, female, male, Asian, Black, Hispanic, Multi-Racial, Native American,
# White, Missing, SWD, ELL, poverty (a number or "Above 95%"), ENI
NYC_SCHOOLS: list[tuple] = [
    ("01M101", "P.S. 101 Harbor View", 300, range(2, 8), 148, 152, 30, 60, 150, 6, 3, 48, 3, 75, 40, 240, 0.78),
    ("20K101", "P.S. 101 Harbor View", 500, range(2, 8), 245, 255, 200, 10, 90, 15, 0, 180, 5, 90, 110, 350, 0.66),
    ("02M445", "Academy for Total Wellness", 400, range(11, 15), 210, 190, 40, 120, 180, 8, 4, 44, 4, 100, 60,
     "Above 95%", 0.91),
    ("15K322", "P.S. 322 Prospect Garden", 700, range(1, 8), 352, 348, 70, 35, 105, 40, 2, 440, 8, 120, 35, 210,
     0.32),
    ("09X555", "Bronx Community Middle School", 350, range(8, 11), 170, 180, 5, 140, 195, 2, 3, 4, 1, 98, 70,
     "Above 95%", 0.95),
    ("25Q600", "Queens Science Academy", 600, range(11, 15), 290, 310, 300, 30, 150, 12, 3, 100, 5, 84, 66, 420,
     0.61),
    ("31R700", "Staten Island Harbor School", 450, range(8, 11), 220, 230, 40, 30, 120, 10, 2, 245, 3, 90, 20, 200,
     0.45),
    ("84K800", "Brooklyn Charter Collegiate", 200, range(2, 8), 104, 96, 2, 150, 44, 2, 0, 2, 0, 30, 12, 170, 0.82),
]


def write_big_city(out: Path) -> None:
    rows: list[Row] = [NYC_HEADER]
    for (dbn, name, total, grades, female, male, asian, black, hispanic, multi, native, white, missing, swd, ell,
         poverty, eni) in NYC_SCHOOLS:
        assert female + male == total and asian + black + hispanic + multi + native + white + missing == total
        used = list(grades)
        per_grade = [0] * len(NYC_GRADES)
        for i, index in enumerate(used):
            per_grade[index] = total // len(used) + (1 if i < total % len(used) else 0)
        row: Row = [dbn, name, "2021-22", total, *per_grade]
        for n in (female, male, asian, black, hispanic, multi, native, white, missing, swd, ell):
            row += [n, round(n / total, 3)]
        row += [poverty, poverty] if isinstance(poverty, str) else [poverty, round(poverty / total, 3)]
        rows.append([*row, eni])
    rows.append([])
    rows.append(["Source: NYC Department of Education, Demographic Snapshot 2017-18 to 2021-22 (public). "
                 "Counts as of October 31 of each school year."])
    percent = {i + 1 for i, h in enumerate(NYC_HEADER) if h.startswith("%") or h == "Economic Need Index"}
    write_xlsx(out / "big_city_codes.xlsx", {"School": rows}, {"School": percent})


# --------------------------------------------------------------------------------------------------------------
# 8. Race columns the program may not know: a district office export, and the NYC 2013-14 to 2017-18 snapshot
# --------------------------------------------------------------------------------------------------------------

UNRECOGNISED_HEADER = ["School Name", "Total", "Asian #", "Black #", "Hispanic #", "White #", "Native #", "PI #",
                       "2+ #", "Race Unknown #"]
UNRECOGNISED_ROWS: list[tuple] = [
    ("Adams Elementary", 400, 20, 100, 120, 100, 10, 5, 30, 15),
    ("Baker Middle", 500, 50, 50, 90, 245, 5, 5, 45, 10),
    ("Carver High", 900, 90, 270, 270, 180, 15, 10, 45, 20),
    ("Dewey Elementary", 200, 4, 10, 16, 160, 2, 0, 6, 2),
]


def write_unrecognised(out: Path) -> None:
    for row in UNRECOGNISED_ROWS:
        assert sum(row[2:]) == row[1], row[0]
    write_csv(out / "unrecognised_race.csv", [UNRECOGNISED_HEADER, *UNRECOGNISED_ROWS])


NYC_OLD_HEADER = ["DBN", "School Name", "Year", "Total Enrollment", "Grade PK (Half Day & Full Day)", "Grade K",
                  *[f"Grade {n}" for n in range(1, 13)]]
for _group in ("Female", "Male", "Asian", "Black", "Hispanic", "Multiple Race Categories Not Represented", "White",
               "Students with Disabilities", "English Language Learners", "Poverty"):
    NYC_OLD_HEADER += [f"# {_group}", f"% {_group}"]
NYC_OLD_HEADER.append("Economic Need Index")
# DBN, name, year, total, female, Asian, Black, Hispanic, Multiple Race Categories Not Represented, White,
# SWD, ELL, poverty, ENI ("No Data" the first year, as in the real file)
NYC_OLD_ROWS: list[tuple] = [
    ("03M211", "P.S. 211 Riverside Park", "2015-16", 320, 160, 20, 60, 180, 10, 50, 80, 40, 270, "81.20%"),
    ("03M211", "P.S. 211 Riverside Park", "2016-17", 310, 152, 22, 55, 175, 12, 46, 75, 38, 262, "80.10%"),
    ("13K212", "P.S. 212 Fort Greene", "2015-16", 450, 224, 30, 250, 120, 20, 30, 100, 35, 380, "84.00%"),
    ("13K212", "P.S. 212 Fort Greene", "2016-17", 460, 231, 32, 245, 128, 22, 33, 104, 37, 385, "83.50%"),
    ("26Q213", "P.S. 213 Bayside Hills", "2015-16", 600, 296, 300, 20, 90, 30, 160, 90, 80, 300, "No Data"),
    ("26Q213", "P.S. 213 Bayside Hills", "2016-17", 620, 305, 315, 18, 95, 32, 160, 95, 84, 310, "49.90%"),
    ("31R214", "P.S. 214 Great Kills", "2015-16", 500, 247, 40, 10, 70, 15, 365, 110, 20, 150, "30.40%"),
    ("31R214", "P.S. 214 Great Kills", "2016-17", 510, 252, 42, 12, 75, 16, 365, 112, 22, 160, "31.00%"),
]


def write_unrecognised_nyc(out: Path) -> None:
    rows: list[Row] = [NYC_OLD_HEADER]
    for dbn, name, year, total, female, asian, black, hispanic, other, white, swd, ell, poverty, eni in NYC_OLD_ROWS:
        assert asian + black + hispanic + other + white == total, (dbn, year)
        grades = [0] * 14
        for i in range(1, 7):  # Grade K .. Grade 5
            grades[i] = total // 6 + (1 if i - 1 < total % 6 else 0)
        row: Row = [dbn, name, year, total, *grades]
        for n in (female, total - female, asian, black, hispanic, other, white, swd, ell, poverty):
            row += [n, round(100.0 * n / total, 1)]
        rows.append([*row, eni])
    write_csv(out / "unrecognised_race_nyc.csv", rows)


# --------------------------------------------------------------------------------------------------------------
# 9. A district's long file without its zero rows
# --------------------------------------------------------------------------------------------------------------

LONG_ROWS: list[tuple[str, str, int]] = [
    ("Alder Elementary", "Hispanic/Latino", 120),
    ("Alder Elementary", "Black or African American", 40),
    ("Alder Elementary", "White", 30),
    ("Alder Elementary", "Asian", 10),
    ("Birch Elementary", "American Indian or Alaska Native", 1),
    ("Birch Elementary", "Asian", 15),
    ("Birch Elementary", "Black or African American", 30),
    ("Birch Elementary", "Hispanic/Latino", 50),
    ("Birch Elementary", "Two or More Races", 4),
    ("Birch Elementary", "White", 100),
    ("Cypress Middle", "American Indian or Alaska Native", 3),
    ("Cypress Middle", "Asian", 25),
    ("Cypress Middle", "Black or African American", 90),
    ("Cypress Middle", "Hispanic/Latino", 150),
    ("Cypress Middle", "Native Hawaiian or Other Pacific Islander", 2),
    ("Cypress Middle", "Two or More Races", 10),
    ("Cypress Middle", "White", 120),
    ("Dogwood High", "American Indian or Alaska Native", 6),
    ("Dogwood High", "Asian", 40),
    ("Dogwood High", "Black or African American", 150),
    ("Dogwood High", "Hispanic/Latino", 200),
    ("Dogwood High", "Native Hawaiian or Other Pacific Islander", 4),
    ("Dogwood High", "Two or More Races", 20),
    ("Dogwood High", "White", 180),
]


def write_long_no_zero_rows(out: Path) -> None:
    assert sum(n for *_, n in LONG_ROWS) == 1400
    write_csv(out / "long_no_zero_rows.csv", [["School", "Race", "Count"], *LONG_ROWS])


WRITERS = (write_ccd_052, write_ccd_wide, write_crdc_enrollment, write_crdc_2122, write_crdc_gifted, write_crdc_ap,
           write_state_profile, write_county_districts, write_big_city, write_unrecognised, write_unrecognised_nyc,
           write_long_no_zero_rows)


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for writer in WRITERS:
        writer(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
