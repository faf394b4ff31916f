"""NCES Common Core of Data files: the long membership file (ccd_sch_052) with every TOTAL_INDICATOR kind,
DMS_FLAG and "Not Specified", and the older wide school universe files (MEMBER, AM, HISP… with the year in
the name and reserve codes). Numbers checked by hand in the comments."""

from __future__ import annotations

import pytest
from conftest import write_csv

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.layout import COUNT_STATUS, LONG, WIDE
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.snapshot import rows_of, unit_from_rows

W, B, H = (g.RACE, g.WHITE), (g.RACE, g.BLACK), (g.RACE, g.HISPANIC)
HEADER = ["SCHOOL_YEAR", "FIPST", "STATENAME", "ST", "SCH_NAME", "STATE_AGENCY_NO", "UNION", "ST_LEAID", "LEAID",
          "ST_SCHID", "NCESSCH", "SCHID", "GRADE", "RACE_ETHNICITY", "SEX", "STUDENT_COUNT", "TOTAL_INDICATOR",
          "DMS_FLAG"]
SET_A = "Category Set A - By Race/Ethnicity; Sex; Grade"
BY_RACE_SEX = "Derived - Subtotal by Race/Ethnicity and Sex minus Adult Education Count"
BY_GRADE = "Subtotal 4 - By Grade"
UNIT_TOTAL = "Education Unit Total"
DERIVED_TOTAL = "Derived - Education Unit Total minus Adult Education Count"


def ccd_row(school: str, nces: str, grade: str, race: str, sex: str, count, indicator: str, flag="Reported"):
    return ["2022-2023", "55", "WISCONSIN", "WI", school, "01", "", "WI-400001", "5500001", f"WI-400001-{nces[-4:]}",
            nces, nces[-4:], grade, race, sex, count, indicator, flag]


def test_not_specified_and_dms_flag(tmp_path):
    nces = "550000100010"
    rows = [HEADER,
            # 30 White + 20 Black + 5 "Not Specified" in grade 1; grade 12 "Not applicable" (no such grade).
            ccd_row("Elm", nces, "Grade 1", "White", "Female", "30", SET_A),
            ccd_row("Elm", nces, "Grade 1", "Black or African American", "Male", "20", SET_A),
            ccd_row("Elm", nces, "Grade 1", "Not Specified", "Female", "5", SET_A),
            ccd_row("Elm", nces, "Grade 12", "Hispanic/Latino", "Male", "", SET_A, "Not applicable"),
            ccd_row("Elm", nces, "Grade 1", "No Category Codes", "No Category Codes", "55", BY_GRADE),
            ccd_row("Elm", nces, "No Category Codes", "No Category Codes", "No Category Codes", "55", UNIT_TOTAL)]
    nces2 = "550000100020"
    rows += [ccd_row("Oak", nces2, "Grade 1", "White", "Female", "40", SET_A),
             ccd_row("Oak", nces2, "Grade 1", "Black or African American", "Female", "", SET_A, "Not reported"),
             ccd_row("Oak", nces2, "No Category Codes", "No Category Codes", "No Category Codes", "48", UNIT_TOTAL)]
    table = read_enrollment(write_csv(tmp_path / "ccd.csv", rows))
    assert table.layout.shape == LONG and table.layout.first(COUNT_STATUS) is not None
    elm, oak = table.units
    assert elm.total == 55.0 and elm.counts[W] == 30.0 and elm.counts[B] == 20.0
    assert elm.unspecified == {g.RACE: 5.0}
    assert elm.counts[H] == 0.0                      # "Not applicable": no students, not missing
    assert oak.counts[B] is NOT_AVAILABLE            # "Not reported": not available, never 0
    assert not any("Not Specified" in n and "names no group" in n for n in table.note_texts())

    result = measure_table(table, school="Elm")[0]
    white = next(r for r in result.groups if r.group == g.WHITE)
    assert white.school.share == pytest.approx(30 / 55 * 100)  # of all 55 students, "Not Specified" included
    assert result.minority_share == pytest.approx(100 - 30 / 55 * 100)
    said = " ".join(result.warnings)
    assert "no race/ethnicity for 5 of its 55 students" in said and "not specified" in said
    assert result.simpson is None  # not every student is in a group


def test_not_specified_under_the_suppression_size_is_not_printed(tmp_path):
    from equity_desktop.core.enrollment.privacy import for_print

    nces = "550000100010"
    rows = [HEADER, ccd_row("Elm", nces, "Grade 1", "White", "Female", "300", SET_A),
            ccd_row("Elm", nces, "Grade 1", "Black or African American", "Male", "200", SET_A),
            ccd_row("Elm", nces, "Grade 1", "Not Specified", "Female", "3", SET_A),
            ccd_row("Elm", nces, "No Category Codes", "No Category Codes", "No Category Codes", "503", UNIT_TOTAL)]
    result = measure_table(read_enrollment(write_csv(tmp_path / "ccd.csv", rows)))[0]
    printed = " ".join(for_print(result, 10).warnings)
    assert "fewer than 10" in printed and " 3 " not in printed


def test_an_extract_of_the_derived_rows_is_read_from_the_derived_subtotal(tmp_path):
    nces = "550000100010"
    rows = [HEADER, ccd_row("Elm", nces, "No Category Codes", "White", "Female", "12", BY_RACE_SEX),
            ccd_row("Elm", nces, "No Category Codes", "White", "Male", "10", BY_RACE_SEX),
            ccd_row("Elm", nces, "No Category Codes", "Hispanic/Latino", "Female", "28", BY_RACE_SEX),
            ccd_row("Elm", nces, "No Category Codes", "No Category Codes", "No Category Codes", "50", DERIVED_TOTAL)]
    table = read_enrollment(write_csv(tmp_path / "derived.csv", rows))
    elm = table.units[0]
    assert (elm.counts[W], elm.counts[H], elm.total) == (22.0, 28.0, 50.0)
    assert any("no Category Set A rows" in n for n in table.note_texts())


def test_unspecified_survives_the_review_file():
    from equity_desktop.core.enrollment.table import Unit

    unit = Unit("Elm", counts={W: 30.0}, total=35.0, unspecified={g.RACE: 5.0})
    rows = [row[1:] for row in rows_of(unit, "school")]
    again = unit_from_rows("Elm", None, "school", "2022-23", rows)
    assert again.unspecified == {g.RACE: 5.0} and again.counts == {W: 30.0}


OLD_WIDE = ["SURVYEAR", "FIPST", "LEAID", "SCHNO", "NCESSCH", "LEANM09", "SCHNAM09", "MEMBER09", "AM09", "ASIAN09",
            "HISP09", "BLACK09", "WHITE09", "TOTETH09", "AMALM09", "AMALF09", "ASALM09", "ASALF09", "HIALM09",
            "HIALF09", "BLALM09", "BLALF09", "WHALM09", "WHALF09", "FRELCH09", "REDLCH09", "TOTFRL09"]


def test_older_ccd_wide_school_universe(tmp_path):
    rows = [OLD_WIDE,
            ["2008", "36", "3600001", "00001", "360000100001", "Alpha CSD", "Alpha ES", 200, 2, 10, 80, 60, 48, 200,
             1, 1, 5, 5, 40, 40, 30, 30, 24, 24, 50, 20, 70],
            ["2008", "36", "3600001", "00002", "360000100002", "Alpha CSD", "Beta MS", 300, -1, 20, 30, 50, 200, 300,
             -1, -1, 10, 10, 15, 15, 25, 25, 100, 100, -9, -9, -9],
            ["2008", "36", "3600002", "00003", "360000200003", "Gamma UFSD", "Delta HS", 100, 0, 5, 5, 10, 80, 100,
             0, 0, 3, 2, 3, 2, 5, 5, 40, 40, 10, 5, 15]]
    table = read_enrollment(write_csv(tmp_path / "sc081b.csv", rows))
    assert table.layout.shape == WIDE
    alpha = table.units[0]
    assert (alpha.name, alpha.code, alpha.district) == ("Alpha ES", "360000100001", "3600001")
    assert alpha.total == 200.0 and alpha.counts[H] == 80.0 and alpha.counts[(g.RACE, g.AMERICAN_INDIAN)] == 2.0
    assert alpha.counts[(g.GENDER, "Male")] == 1 + 5 + 40 + 30 + 24  # the races of each sex added
    assert alpha.counts[(g.ECONOMIC, g.ECON_GROUP)] == 70.0   # TOTFRL, not FRELCH + REDLCH + TOTFRL
    beta = table.units[1]
    assert beta.counts[(g.RACE, g.AMERICAN_INDIAN)] is NOT_AVAILABLE  # -1: missing
    # Alpha against its own district (Alpha CSD: Alpha ES + Beta MS), never the whole file.
    result = measure_table(table, school="Alpha ES")[0]
    hispanic = next(r for r in result.groups if r.group == g.HISPANIC)
    assert hispanic.district.share == pytest.approx((80 + 30) / 500 * 100)
    assert "Alpha CSD" in result.district_source or "3600001" in result.district_source
    # The American Indian count of Beta is missing: the district's share is of Alpha's 200 students only.
    indian = next(r for r in result.groups if r.group == g.AMERICAN_INDIAN)
    assert indian.district.share == pytest.approx(2 / 200 * 100)
    assert result.dissimilarity is None and any("1 of 2 schools" in w for w in result.warnings)
