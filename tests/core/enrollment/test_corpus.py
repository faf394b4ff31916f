"""The corpus of enrollment files modelled on real published layouts (tests/data/corpus/README.md).

Every expected number is worked out by hand from the tables in tests/data/corpus/make_corpus.py; the
arithmetic is in the comments (and in the README). Where the program does not reach the hand number the test
is xfail(strict=True) and its reason says what the program does wrong: the program is to be changed to meet
the test, never the test to meet the program.
"""

from __future__ import annotations

import json
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.disproportionality import risk_ratios
from equity_desktop.core.enrollment.mgi import GroupResult, SchoolResult
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.table import EnrollmentTable, Unit, enrollment_of

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "data" / "corpus"

HISPANIC, AIAN, ASIAN, BLACK, PACIFIC, WHITE, TWO = (g.HISPANIC, g.AMERICAN_INDIAN, g.ASIAN, g.BLACK, g.PACIFIC,
                                                     g.WHITE, g.TWO_OR_MORE)
RACE = g.RACE


def pct(value: float):
    """A share or difference worked out by hand to 4 decimals."""
    return pytest.approx(value, abs=1e-3)


def read(name: str) -> EnrollmentTable:
    return read_enrollment(CORPUS / name, sheet=None)


def school(table: EnrollmentTable, name: str | None = None, code: str | None = None,
           year: str | None = None) -> Unit:
    found = [u for u in table.units if (name is None or u.name == name) and (code is None or u.code == code)
             and (year is None or (u.year or "").startswith(year))]
    assert len(found) == 1, f"{name or code}: {[(u.name, u.code) for u in table.units]}"
    return found[0]


def result(results: list[SchoolResult], name: str | None = None, code: str | None = None,
           year: str | None = None) -> SchoolResult:
    found = [r for r in results if (name is None or r.school == name) and (code is None or r.school_id == code)
             and (year is None or (r.year or "").startswith(year))]
    assert len(found) == 1, f"{name or code}: {[(r.school, r.school_id, r.year) for r in results]}"
    return found[0]


def group(found: SchoolResult, name: str, dimension: str = RACE) -> GroupResult:
    return next(r for r in found.groups if r.dimension == dimension and r.group == name)


def warned(found: SchoolResult, *patterns: str) -> bool:
    """Some warning of the result matches every pattern (regular expressions, case ignored)."""
    return any(all(re.search(p, w, re.IGNORECASE) for p in patterns) for w in found.warnings)


def noted(table: EnrollmentTable, *patterns: str) -> bool:
    return any(all(re.search(p, n, re.IGNORECASE) for p in patterns) for n in table.note_texts())


def left_out(found: SchoolResult, dimension: str, whose: str = "the school") -> float:
    """Students of the total the result says are in no group of `dimension` (its coverage, next to the numbers)."""
    return sum(c.total - c.read for c in found.coverage if c.dimension == dimension and c.whose == whose)


def not_a_number(value: object) -> bool:
    """Suppressed or missing: NOT_AVAILABLE (or absent), never a count such as 0."""
    return value is NOT_AVAILABLE or value is None


def test_corpus_files_are_what_make_corpus_writes(tmp_path):
    runpy.run_path(str(CORPUS / "make_corpus.py"))["main"](tmp_path)  # run_path leaves no __pycache__ behind
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".csv", ".txt", ".xlsx"))
    for name in written:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name


# ------------------------------------------------------------------------------------------------------------
# 1. ccd_052_long.csv — NCES CCD membership, long (districts 0100420 and 0100450)
# ------------------------------------------------------------------------------------------------------------

CEDAR, HILLCREST, BIRCH = "Cedar Valley Elementary School", "Hillcrest Primary School", "Birch Hollow Elementary School"
PINE, LAKESIDE, FOX = "Pine Ridge Elementary School", "Lakeside Elementary School", "Fox Run Elementary School"


@pytest.fixture(scope="module")
def ccd052() -> EnrollmentTable:
    return read("ccd_052_long.csv")


def test_ccd052_is_read_without_a_mapping(ccd052):
    assert ccd052.layout.shape == "long"
    assert {u.name for u in ccd052.units} == {CEDAR, HILLCREST, BIRCH, PINE, LAKESIDE, FOX}
    assert len({u.district for u in ccd052.units}) == 2  # LEAIDs 0100420 and 0100450


def test_ccd052_detail_rows_and_unit_total_without_double_counting(ccd052):
    cedar = school(ccd052, CEDAR)
    assert cedar.total == 160  # Education Unit Total (the subtotals would make it 320, 480 …)
    assert cedar.counts[(RACE, WHITE)] == 18  # 5 + 4 + 6 + 3
    assert cedar.counts[(RACE, BLACK)] == 79  # 20 + 18 + 22 + 19
    assert cedar.counts[(RACE, HISPANIC)] == 42  # 10 + 12 + 11 + 9
    assert cedar.counts[(RACE, AIAN)] == 1  # 0 + 1 + 0 + 0
    assert cedar.counts[(g.GENDER, "Male")] == 84  # 10+0+3+20+0+2+5 + 11+0+2+22+1+2+6
    assert cedar.counts[(g.GENDER, "Female")] == 76  # 160 - 84
    birch = school(ccd052, BIRCH)
    assert birch.total == 140 and birch.counts[(RACE, WHITE)] == 41  # 9 + 10 + 10 + 12


def test_ccd052_shares_and_federal_status(ccd052):
    cedar = result(measure_table(ccd052), CEDAR)
    assert group(cedar, WHITE).school.share == pct(11.25)  # 18 / 160
    assert group(cedar, BLACK).school.share == pct(49.375)  # 79 / 160
    assert cedar.minority_share == pct(88.75) and cedar.federal_isolated  # 100 - 11.25 > 50


def test_ccd052_each_school_against_its_own_district(ccd052):
    results = measure_table(ccd052)
    cedar, hillcrest = result(results, CEDAR), result(results, HILLCREST)
    # District 0100420 = its three schools: total 160 + 196 + 140 = 496, White 18 + 116 + 41 = 175.
    white = group(cedar, WHITE)
    assert white.district.share == pct(35.2823)  # 175 / 496
    assert white.difference == pct(-24.0323) and white.isolated and white.direction == "under"  # 11.25 - 35.2823
    black = group(cedar, BLACK)
    assert black.district.share == pct(25.8065)  # (79 + 15 + 34) / 496
    assert black.difference == pct(23.5685) and black.isolated  # 49.375 - 25.8065
    assert group(cedar, HISPANIC).district.share == pct(24.5968)  # (42 + 22 + 58) / 496
    assert group(hillcrest, WHITE).difference == pct(23.9014) and group(hillcrest, WHITE).isolated  # 59.1837 - 35.2823
    asian = group(hillcrest, ASIAN)
    assert asian.district.share == pct(9.4758) and not asian.isolated  # 47 / 496; 17.3469 - 9.4758 = +7.87
    assert "0100420" in cedar.district_source or "AL-420" in cedar.district_source


def test_ccd052_not_specified_students_are_in_no_group(ccd052):
    hillcrest = school(ccd052, HILLCREST)
    assert hillcrest.total == 196  # 192 in the seven groups + 4 Not Specified
    found = result(measure_table(ccd052), HILLCREST)
    assert group(found, WHITE).school.share == pct(59.1837)  # 116 / 196, not 116 / 192 = 60.42
    assert left_out(found, RACE) == 4  # the race groups read add up to 192 of 196
    assert warned(found, r"\b4\b", r"\b196\b", "no group")


def test_ccd052_dropped_zero_rows_read_as_zero(ccd052):
    hillcrest = school(ccd052, HILLCREST)  # no AIAN and no NHPI rows at all, no Two or more races male G1 row
    assert hillcrest.counts[(RACE, AIAN)] == 0
    assert hillcrest.counts[(RACE, PACIFIC)] == 0
    assert hillcrest.counts[(RACE, TWO)] == 5  # 2 + 2 + 1
    assert noted(ccd052, "no row", "read as 0")


def test_ccd052_not_reported_row_is_not_a_count(ccd052):
    lakeside = school(ccd052, LAKESIDE)
    assert lakeside.total == 215
    assert not_a_number(lakeside.counts.get((RACE, TWO)))  # 2 + 1 + 2 + blank: never 5, never 0
    found = result(measure_table(ccd052), LAKESIDE)
    assert group(found, TWO).school.share is None


def test_ccd052_lakeside_shares_over_its_total(ccd052):
    found = result(measure_table(ccd052), LAKESIDE)
    assert group(found, WHITE).school.share == pct(25.1163)  # 54 / 215
    assert group(found, BLACK).school.share == pct(45.5814)  # 98 / 215
    assert found.minority_share == pct(74.8837) and found.federal_isolated


def test_ccd052_suppressed_school_has_no_numbers(ccd052):
    fox = school(ccd052, FOX)
    assert not_a_number(fox.total)  # every row blank and Suppressed: not a school of 0 students
    assert all(not_a_number(fox.counts.get((RACE, grp))) for grp in g.RACE_GROUPS)


def test_ccd052_district_with_a_suppressed_school(ccd052):
    pine = result(measure_table(ccd052), PINE)
    white = group(pine, WHITE)
    assert white.school.share == pct(80.5263)  # 153 / 190
    assert white.district.share == pct(51.1111)  # (153 + 54) / (190 + 215); Fox Run adds nothing
    assert white.difference == pct(29.4152) and white.isolated
    assert group(pine, BLACK).district.share == pct(28.6420)  # (18 + 98) / 405


# ------------------------------------------------------------------------------------------------------------
# 2. ccd_wide_old.txt — NCES CCD school universe 2013-14 (sc131a), tab-separated, reserve codes -1 -2 -9
# ------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ccd_wide() -> EnrollmentTable:
    return read("ccd_wide_old.txt")


def test_ccd_wide_old_is_read_as_wide(ccd_wide):
    assert ccd_wide.layout.shape == "wide"
    elem = school(ccd_wide, "RIVERBEND ELEM.")
    assert elem.counts[(RACE, WHITE)] == 110 and elem.counts[(RACE, BLACK)] == 120
    assert elem.counts[(RACE, HISPANIC)] == 45 and elem.counts[(RACE, PACIFIC)] == 1
    assert elem.counts[(RACE, TWO)] == 16 and elem.counts[(RACE, AIAN)] == 2  # TR, AM


def test_ccd_wide_old_reserve_codes_are_never_counts(ccd_wide):
    for unit in ccd_wide.units:
        for value in [unit.total, *unit.counts.values()]:
            assert not (isinstance(value, float) and value < 0), unit.name
    closed = [u for u in ccd_wide.units if u.name == "RIVERBEND ALTERNATIVE"]
    for unit in closed:  # STATUS 2, every count -2 (not applicable)
        assert not_a_number(unit.total) and not_a_number(unit.counts.get((RACE, WHITE)))


def test_ccd_wide_old_shares_over_member(ccd_wide):
    high = school(ccd_wide, "RIVERBEND HIGH")
    assert high.total == 410  # MEMBER
    assert high.counts[(RACE, HISPANIC)] is NOT_AVAILABLE  # -9: did not meet NCES data quality standards
    found = result(measure_table(ccd_wide), "RIVERBEND HIGH")
    assert group(found, WHITE).school.share == pct(58.5366)  # 240 / 410, not 240 / 360
    assert group(found, BLACK).school.share == pct(23.1707)  # 95 / 410
    assert found.minority_share == pct(41.4634) and found.federal_isolated is False


def test_ccd_wide_old_each_school_against_its_own_district(ccd_wide):
    results = measure_table(ccd_wide)
    elem = result(results, "RIVERBEND ELEM.")
    # District 2912300 = ELEM + MIDDLE + HIGH (the closed school adds nothing): 300 + 250 + 410 = 960.
    white = group(elem, WHITE)
    assert white.school.share == pct(36.6667)  # 110 / 300
    assert white.district.share == pct(55.7292)  # (110 + 185 + 240) / 960
    assert white.difference == pct(-19.0625) and white.isolated
    black = group(elem, BLACK)
    assert black.district.share == pct(25.5208) and black.isolated  # (120 + 30 + 95) / 960; 40.0 - 25.52
    assert group(result(results, "RIVERBEND MIDDLE"), WHITE).difference == pct(18.2708)  # 74.0 - 55.7292


def test_ccd_wide_old_total_from_toteth_when_member_is_missing(ccd_wide):
    primary = school(ccd_wide, "STONE CO. PRIMARY")  # MEMBER -1 (missing); TOTETH 92 = 0+0+3+1+86+0+2
    found = result(measure_table(ccd_wide), "STONE CO. PRIMARY")
    assert not (isinstance(primary.total, float) and primary.total < 0)
    assert enrollment_of(primary) == 92
    assert group(found, WHITE).school.share == pct(93.4783)  # 86 / 92


def test_ccd_wide_old_second_district(ccd_wide):
    found = result(measure_table(ccd_wide), "STONE CO. ELEM.")
    white = group(found, WHITE)
    assert white.school.share == pct(87.7778)  # 158 / 180
    assert white.district.share == pct(88.2114)  # (158 + 190 + 86) / (180 + 220 + 92)
    assert not white.isolated


# ------------------------------------------------------------------------------------------------------------
# 3. crdc_school.csv (2020-21) and crdc_school_2122.csv (2021-22) — CRDC school enrollment
# ------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def crdc() -> EnrollmentTable:
    return read("crdc_school.csv")


HIGH, MIDDLE, CEDAR_ES = "Maple Grove High School", "Maple Grove Middle School", "Cedar Elementary School"


def test_crdc_school_sexes_are_summed_per_group(crdc):
    assert len(crdc.units) == 6 and len({u.district for u in crdc.units}) == 2
    high = school(crdc, HIGH)
    assert high.counts[(RACE, WHITE)] == 115  # 60 + 55
    assert high.counts[(RACE, BLACK)] == 310  # 150 + 160
    assert high.counts[(RACE, HISPANIC)] == 42  # 20 + 22
    assert high.counts[(g.GENDER, "Female")] == 261 and high.counts[(g.GENDER, "Male")] == 249
    assert high.counts[(g.ENGLISH_LEARNER, g.EL_GROUP)] == 55  # 30 + 25
    assert high.counts[(g.DISABILITY, g.SWD_GROUP)] == 55  # 35 + 20


def test_crdc_school_shares(crdc):
    high = result(measure_table(crdc), HIGH)
    assert group(high, WHITE).school.share == pct(22.5490)  # 115 / 510 (TOT_ENR_M 249 + TOT_ENR_F 261)
    assert group(high, BLACK).school.share == pct(60.7843)  # 310 / 510
    assert high.minority_share == pct(77.4510) and high.federal_isolated
    assert group(high, g.EL_GROUP, g.ENGLISH_LEARNER).school.share == pct(10.7843)  # 55 / 510
    assert group(high, "Female", g.GENDER).school.share == pct(51.1765)  # 261 / 510


def test_crdc_school_against_its_own_district(crdc):
    results = measure_table(crdc)
    high = result(results, HIGH)
    # LEA 3904380: 510 + 395 + 231 + 23 = 1159 students; White 115 + 230 + 55 + 7 = 407.
    white = group(high, WHITE)
    assert white.district.share == pct(35.1165)  # 407 / 1159
    assert white.difference == pct(-12.5675) and white.isolated  # 22.5490 - 35.1165
    black = group(high, BLACK)
    assert black.district.share == pct(47.5410) and black.isolated  # 551 / 1159; 60.7843 - 47.5410 = +13.24
    assert group(high, HISPANIC).district.share == pct(8.1104)  # (42 + 29 + 22 + 1) / 1159
    middle = result(results, MIDDLE)
    assert group(middle, WHITE).difference == pct(23.1113)  # 230 / 395 = 58.2278 - 35.1165
    assert group(middle, BLACK).difference == pct(-26.0220)  # 85 / 395 = 21.5190 - 47.5410
    cedar = result(results, CEDAR_ES)
    assert group(cedar, WHITE).difference == pct(-11.3070)  # 55 / 231 = 23.8095 - 35.1165


def test_crdc_school_second_district(crdc):
    # LEA 3910011: 310 + 422 = 732, White 272 + 356 = 628 -> 85.7923 %.
    results = measure_table(crdc)
    westfield = result(results, "Westfield Elementary School")
    assert group(westfield, WHITE).district.share == pct(85.7923)
    assert group(westfield, WHITE).difference == pct(1.9496) and not group(westfield, WHITE).isolated  # 87.7419
    high = result(results, "Westfield High School")
    assert group(high, WHITE).difference == pct(-1.4321)  # 356 / 422 = 84.3602


def test_crdc_school_reserve_codes_are_not_available(crdc):
    cedar = school(crdc, CEDAR_ES)
    assert cedar.counts[(RACE, ASIAN)] is NOT_AVAILABLE  # 3 boys + -11 (suppressed) girls
    assert cedar.counts[(RACE, WHITE)] == 55
    found = result(measure_table(crdc), CEDAR_ES)
    assert group(found, WHITE).school.share == pct(23.8095)  # 55 / 231 (TOT_ENR 114 + 117)
    assert group(found, BLACK).school.share == pct(61.4719)  # 142 / 231
    westfield = school(crdc, "Westfield High School")
    assert westfield.counts[(g.ENGLISH_LEARNER, g.EL_GROUP)] is NOT_AVAILABLE  # -3 skip logic failure
    assert westfield.counts[(g.DISABILITY, g.SWD_GROUP)] is NOT_AVAILABLE  # -6 force certified
    juvenile = school(crdc, "Maple Grove Juvenile Center")
    assert juvenile.counts[(g.ENGLISH_LEARNER, g.EL_GROUP)] is NOT_AVAILABLE  # -9 not applicable


@pytest.fixture(scope="module")
def crdc_2122() -> EnrollmentTable:
    return read("crdc_school_2122.csv")


def test_crdc_2122_withheld_nonbinary_keeps_the_race_counts(crdc_2122):
    high = school(crdc_2122, HIGH)
    assert high.counts[(RACE, WHITE)] == 112  # 58 + 54; the -12 nonbinary part is withheld, as in TOT_ENR_X
    found = result(measure_table(crdc_2122), HIGH)
    white = group(found, WHITE)
    assert white.school.share == pct(22.0472)  # 112 / (248 + 260)
    assert white.district.share == pct(34.8632)  # (112 + 228 + 55) / (508 + 394 + 231)
    assert white.isolated


def test_crdc_2122_nonbinary_students_are_counted(crdc_2122):
    middle = school(crdc_2122, MIDDLE)
    assert middle.counts[(RACE, WHITE)] == 228  # 108 + 118 + 2
    assert middle.counts[(g.GENDER, "Nonbinary")] == 3  # TOT_ENR_X
    found = result(measure_table(crdc_2122), MIDDLE)
    assert group(found, WHITE).school.share == pct(57.8680)  # 228 / 394
    assert group(found, "Nonbinary", g.GENDER).school.share == pct(0.7614)  # 3 / (188 + 203 + 3)


def test_crdc_2122_english_learners(crdc_2122):
    high = school(crdc_2122, HIGH)
    assert high.counts[(g.ENGLISH_LEARNER, g.EL_GROUP)] == 52  # 28 + 24, X withheld
    found = result(measure_table(crdc_2122), MIDDLE)
    assert group(found, g.EL_GROUP, g.ENGLISH_LEARNER).school.share == pct(4.3147)  # (9 + 8 + 0) / 394


# ------------------------------------------------------------------------------------------------------------
# 4. crdc_gifted.csv, crdc_ap.csv — CRDC outcome files for the same COMBOKEYs
# ------------------------------------------------------------------------------------------------------------

HIGH_KEY = "390438000101"


def _by_combokey(table: EnrollmentTable, key: str) -> Unit:
    """The school of a COMBOKEY (LEAID 7 + SCHID 5), whichever of the two the program keeps as the code."""
    found = [u for u in table.units if u.code == key or (u.code == key[7:] and u.district == key[:7])]
    assert len(found) == 1, [(u.name, u.code, u.district) for u in table.units]
    return found[0]


def test_crdc_gifted_outcomes_per_race():
    gifted = read("crdc_gifted.csv")
    high = _by_combokey(gifted, HIGH_KEY)
    per_group = high.outcomes["Gifted"]
    assert per_group[(RACE, BLACK)] == 24  # 10 + 14
    assert per_group[(RACE, WHITE)] == 23  # 12 + 11
    assert per_group[(RACE, HISPANIC)] == 5  # 2 + 3
    assert per_group[(RACE, ASIAN)] == 7  # 3 + 4
    assert not high.counts or high.counts.get((RACE, BLACK)) != 24  # gifted students are not enrollment
    cedar = _by_combokey(gifted, "390438000103")  # SCH_GT_IND No, every count -9
    assert not_a_number(cedar.outcomes.get("Gifted", {}).get((RACE, BLACK)))


def test_crdc_gifted_total_is_tot_gtenr():
    high = _by_combokey(read("crdc_gifted.csv"), HIGH_KEY)
    assert high.outcome_totals["Gifted"] == 62  # TOT_GTENR_M 28 + TOT_GTENR_F 34
    assert _by_combokey(read("crdc_gifted.csv"), "391001100202").outcome_totals["Gifted"] == 51  # 23 + 28


def test_crdc_gifted_disproportionality_with_the_enrollment_file(crdc):
    gifted = _by_combokey(read("crdc_gifted.csv"), HIGH_KEY)
    high = school(crdc, HIGH)
    high.outcomes, high.outcome_totals = gifted.outcomes, gifted.outcome_totals  # joined on COMBOKEY
    rows = {(r.dimension, r.group): r for r in risk_ratios(high, "Gifted")}
    black = rows[(RACE, BLACK)]
    assert black.risk == pct(7.7419)  # 24 / 310
    assert black.comparison_risk == pct(19.0)  # (62 - 24) / (510 - 310)
    assert black.risk_ratio == pytest.approx(0.4075, abs=1e-4)
    assert black.expected == pytest.approx(37.686, abs=1e-3)  # 310 * 62 / 510
    assert rows[(RACE, WHITE)].risk_ratio == pytest.approx(2.0256, abs=1e-4)  # (23 / 115) / (39 / 395)


def test_gifted_risk_arithmetic_on_the_corpus_numbers():
    """The numbers the file should give, put in by hand: what the join above must reproduce."""
    high = Unit("Maple Grove High School", HIGH_KEY, total=510.0)
    enrolled = {HISPANIC: 42, AIAN: 1, ASIAN: 22, PACIFIC: 1, BLACK: 310, WHITE: 115, TWO: 19}
    gifted = {HISPANIC: 5, AIAN: 0, ASIAN: 7, PACIFIC: 0, BLACK: 24, WHITE: 23, TWO: 3}
    high.counts = {(RACE, k): float(v) for k, v in enrolled.items()}
    high.outcomes = {"Gifted": {(RACE, k): float(v) for k, v in gifted.items()}}
    high.outcome_totals = {"Gifted": 62.0}
    rows = {r.group: r for r in risk_ratios(high, "Gifted")}
    assert rows[BLACK].risk_ratio == pytest.approx(0.4075, abs=1e-4)  # (24 / 310) / (38 / 200)
    assert rows[WHITE].risk_ratio == pytest.approx(2.0256, abs=1e-4)  # (23 / 115) / (39 / 395)
    assert rows[BLACK].expected == pytest.approx(37.686, abs=1e-3)  # 310 * 62 / 510
    assert rows[HISPANIC].risk_ratio is None and "minimum cell" in rows[HISPANIC].why_not_shown  # 5 < 10
    assert rows[ASIAN].risk_ratio is None and "n-size" in rows[ASIAN].why_not_shown  # 22 < 30 enrolled


def test_crdc_ap_outcomes_per_race(crdc):
    ap = read("crdc_ap.csv")
    high = _by_combokey(ap, HIGH_KEY)
    assert high.outcomes["AP enrollment"][(RACE, BLACK)] == 43  # 18 + 25
    assert high.outcomes["AP enrollment"][(RACE, WHITE)] == 39  # 20 + 19
    enrolled = school(crdc, HIGH)
    enrolled.outcomes, enrolled.outcome_totals = high.outcomes, high.outcome_totals  # joined on COMBOKEY
    rows = {r.group: r for r in risk_ratios(enrolled, "AP enrollment") if r.dimension == RACE}
    assert rows[BLACK].risk == pct(13.8710)  # 43 / 310
    assert rows[BLACK].comparison_risk == pct(30.0)  # (103 - 43) / (510 - 310)
    assert rows[BLACK].risk_ratio == pytest.approx(0.4624, abs=1e-4)
    assert rows[WHITE].risk_ratio == pytest.approx(2.0931, abs=1e-4)  # (39 / 115) / (64 / 395)
    middle = _by_combokey(ap, "390438000102")  # no grades 9-12: every AP item -9
    assert not_a_number(middle.outcomes.get("AP enrollment", {}).get((RACE, BLACK)))


def test_crdc_ap_total_is_tot_apenr():
    ap = read("crdc_ap.csv")
    assert _by_combokey(ap, HIGH_KEY).outcome_totals["AP enrollment"] == 103  # 47 + 56
    assert _by_combokey(ap, "391001100202").outcome_totals["AP enrollment"] == 81  # 36 + 45


# ------------------------------------------------------------------------------------------------------------
# 5. state_profile_percent.xlsx — Massachusetts DESE Enrollment by Race/Gender: percentages, no % in headers
# ------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def profile() -> EnrollmentTable:
    return read("state_profile_percent.xlsx")


def test_state_profile_percentages_are_shares(profile):
    results = measure_table(profile)
    adams = result(results, "Adams Elementary")
    assert group(adams, WHITE).school.share == pct(15.0)
    assert group(adams, HISPANIC).school.share == pct(45.0)
    assert group(adams, TWO).school.share == pct(4.5)  # "Multi-Race, Non-Hispanic"
    assert group(adams, PACIFIC).school.share == pct(0.0)  # "Native Hawaiian, Pacific Islander"
    assert group(adams, "Male", g.GENDER).school.share == pct(51.0)  # "Males"
    assert adams.minority_share == pct(85.0) and adams.federal_isolated
    assert result(results, "Bradford Elementary").federal_isolated is False  # 100 - 65.4 = 34.6
    assert result(results, "Carver Middle").minority_share == pct(63.0)  # 100 - 37.0
    assert result(results, "Elm Street Elementary").minority_share == pct(14.0)


def test_state_profile_district_is_weighted_by_total(profile):
    results = measure_table(profile)
    adams = result(results, "Adams Elementary")
    white = group(adams, WHITE)
    # (15.0*400 + 65.4*350 + 37.0*600 + 30.0*900 + 86.0*250) / 2500 = 99590 / 2500
    assert white.district.share == pct(39.836)
    assert white.difference == pct(-24.836) and white.isolated
    # (45*400 + 10*350 + 30.3*600 + 35.1*900 + 4.8*250) / 2500 = 72470 / 2500
    assert group(adams, HISPANIC).district.share == pct(28.988)
    assert group(result(results, "Bradford Elementary"), WHITE).difference == pct(25.564)
    assert not group(result(results, "Dunbar High"), HISPANIC).isolated  # 35.1 - 28.988 = +6.11


def test_state_profile_empty_schools_are_left_out(profile):
    results = measure_table(profile)
    assert {r.school for r in results} == {"Adams Elementary", "Bradford Elementary", "Carver Middle",
                                           "Dunbar High", "Elm Street Elementary"}
    assert warned(result(results, "Adams Elementary"), r"\b2 schools\b", r"\b0 students\b")


# ------------------------------------------------------------------------------------------------------------
# 6. county_districts.xlsx — New Jersey School sheet, three districts, district rows coded 999
# ------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def county() -> EnrollmentTable:
    return read("county_districts.xlsx")


def test_county_districts_schools_and_district_rows(county):
    names = {u.name for u in county.units}
    assert {"Lincoln Elementary School", "Washington Elementary School", "Brookfield High School",
            "Glen Park Elementary School", "Glen Park Middle School", "Harbor View High School",
            "Harbor View Middle School"} <= names
    assert "District Total" not in names
    assert {u.district for u in county.units} == {"0120", "0450", "0690"}
    rows = sorted((u.district, u.total) for u in county.references if u.level == "district")
    assert rows == [("0120", 1560), ("0690", 800)]  # school code 999; Glen Park (0450) has none
    # School code 050 in two districts: two schools.
    assert {u.name for u in county.units if (u.code or "").lstrip("0") == "50"} == {
        "Lincoln Elementary School", "Glen Park Middle School"}


def test_county_school_whose_name_starts_with_total(county):
    academy = school(county, "Total Community Health Academy")
    assert academy.total == 180 and academy.counts[(RACE, WHITE)] == 20
    found = result(measure_table(county), "Total Community Health Academy")
    assert group(found, WHITE).school.share == pct(11.1111)  # 20 / 180
    assert group(found, WHITE).difference == pct(-16.4530) and group(found, WHITE).isolated  # vs 430 / 1560
    assert group(found, BLACK).difference == pct(11.1538) and group(found, BLACK).isolated  # 50.0 - 606 / 1560


def test_county_school_against_its_district_row(county):
    results = measure_table(county)
    lincoln = result(results, "Lincoln Elementary School")
    white = group(lincoln, WHITE)
    assert white.school.share == pct(5.2174)  # 12 / 230
    assert white.district.share == pct(27.5641)  # the row: 430 / 1560, not the schools' 422 / 1540 = 27.4026
    assert white.difference == pct(-22.3467) and white.isolated
    black = group(lincoln, BLACK)
    assert black.school.share == pct(65.2174) and black.district.share == pct(38.8462)  # 150/230; 606/1560
    assert black.isolated
    assert lincoln.minority_share == pct(94.7826) and lincoln.federal_isolated
    washington = result(results, "Washington Elementary School")
    assert group(washington, WHITE).difference == pct(17.5972)  # 140 / 310 = 45.1613 - 27.5641
    harbor = result(results, "Harbor View High School")
    assert group(harbor, HISPANIC).district.share == pct(57.5)  # its row: 460 / 800
    assert group(harbor, HISPANIC).difference == pct(2.5)  # 300 / 500 = 60.0


def test_county_percent_only_programme_columns(county):
    results = measure_table(county)
    lincoln = result(results, "Lincoln Elementary School")
    english = group(lincoln, g.EL_GROUP, g.ENGLISH_LEARNER)
    assert english.school.share == pct(12.6) and english.district.share == pct(10.3)  # %English Learners; its row
    assert group(lincoln, g.ECON_GROUP, g.ECONOMIC).school.share is None  # %Free Lunch ">95" + %Reduced 3.1
    economic = group(result(results, "Washington Elementary School"), g.ECON_GROUP, g.ECONOMIC)
    assert economic.school.share == pct(47.8)  # free 41.3 + reduced 6.5
    assert economic.district.share == pct(70.2)  # the district row: 64.0 + 6.2
    assert economic.difference == pct(-22.4) and economic.isolated
    # Glen Park has no row: (8.0 + 2.5) * 400 + (9.1 + 2.9) * 350 = 8400 over 750 students.
    glen = group(result(results, "Glen Park Elementary School"), g.ECON_GROUP, g.ECONOMIC)
    assert glen.district.share == pct(11.2) and glen.difference == pct(-0.7)


def test_county_district_without_a_row_is_the_sum_of_its_schools(county):
    found = result(measure_table(county), "Glen Park Elementary School")
    white = group(found, WHITE)
    assert white.school.share == pct(75.0)  # 300 / 400
    assert white.district.share == pct(72.0)  # (300 + 240) / (400 + 350)
    assert group(found, HISPANIC).district.share == pct(11.3333)  # (40 + 45) / 750
    assert "0450" in found.district_source or "Glen Park" in found.district_source


# ------------------------------------------------------------------------------------------------------------
# 7. big_city_codes.xlsx — NYC Demographic Snapshot 2017-18 to 2021-22, School sheet
# ------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nyc() -> EnrollmentTable:
    return read("big_city_codes.xlsx")


def test_big_city_same_name_in_two_boroughs(nyc):
    harbor = sorted((u.code, u.total) for u in nyc.units if u.name == "P.S. 101 Harbor View")
    assert harbor == [("01M101", 300), ("20K101", 500)]


def test_big_city_footnote_is_not_a_school(nyc):
    assert len(nyc.units) == 8
    assert not any("source" in f"{u.name} {u.code}".lower() for u in nyc.units)


def test_big_city_total_in_a_school_name(nyc):
    wellness = school(nyc, "Academy for Total Wellness")
    assert wellness.code == "02M445" and wellness.total == 400 and wellness.counts[(RACE, WHITE)] == 44


def test_big_city_shares_against_the_city(nyc):
    results = measure_table(nyc)
    manhattan = result(results, code="01M101")
    # City (the file's 8 schools): total 3500; White 1063, Hispanic 1034, Asian 687.
    white = group(manhattan, WHITE)
    assert white.school.share == pct(16.0)  # 48 / 300
    assert white.district.share == pct(30.3714)  # 1063 / 3500
    assert white.isolated
    assert group(manhattan, HISPANIC).difference == pct(20.4571)  # 150 / 300 = 50.0 - 29.5429
    assert manhattan.minority_share == pct(84.0) and manhattan.federal_isolated
    assert left_out(manhattan, RACE) == 3  # "Missing Race/Ethnicity Data"
    assert warned(manhattan, r"\b300\b", "no group")
    brooklyn = result(results, code="20K101")
    assert group(brooklyn, ASIAN).difference == pct(20.3714) and group(brooklyn, ASIAN).isolated  # 40.0 - 19.6286
    wellness = result(results, code="02M445")
    assert group(wellness, WHITE).difference == pct(-19.3714)  # 44 / 400 = 11.0


# ------------------------------------------------------------------------------------------------------------
# 8. unrecognised_race.csv, unrecognised_race_nyc.csv — students in columns the program does not know
# ------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def unrecognised() -> EnrollmentTable:
    return read("unrecognised_race.csv")


def test_unrecognised_shares_are_over_the_total(unrecognised):
    results = measure_table(unrecognised)
    adams = result(results, "Adams Elementary")
    assert group(adams, WHITE).school.share == pct(25.0)  # 100 / 400, not 100 / 340 = 29.41
    assert group(adams, BLACK).school.share == pct(25.0)
    assert group(adams, HISPANIC).school.share == pct(30.0)
    assert left_out(adams, RACE) == 60  # Native 10 + PI 5 + 2+ 30 + Race Unknown 15: 400 - 340
    assert warned(adams, r"\b400\b", "no group")
    assert adams.simpson is None and adams.dissimilarity is None


def test_unrecognised_federal_status_is_over_the_total(unrecognised):
    baker = result(measure_table(unrecognised), "Baker Middle")
    assert baker.minority_share == pct(51.0)  # 100 - 245 / 500; over the 435 recognised it would be 43.68
    assert baker.federal_isolated
    white = group(baker, WHITE)
    assert white.district.share == pct(34.25)  # (100 + 245 + 180 + 160) / 2000
    assert white.difference == pct(14.75) and white.isolated
    assert left_out(baker, RACE) == 65 and warned(baker, r"\b500\b", "no group")  # 5 + 5 + 45 + 10


def test_unrecognised_nyc_snapshot_each_year():
    table = read("unrecognised_race_nyc.csv")
    results = measure_table(table)
    later = result(results, code="03M211", year="2016")
    white = group(later, WHITE)
    assert white.school.share == pct(14.8387)  # 46 / 310
    assert white.district.share == pct(31.7895)  # (46 + 33 + 160 + 365) / 1900
    assert white.isolated
    assert group(later, HISPANIC).difference == pct(31.5569)  # 175 / 310 = 56.4516 - 473 / 1900 = 24.8947
    assert left_out(later, RACE) == 12  # "Multiple Race Categories Not Represented"
    assert warned(later, r"\b310\b", "no group")
    earlier = result(results, code="03M211", year="2015")
    assert group(earlier, WHITE).school.share == pct(15.625)  # 50 / 320
    assert group(earlier, WHITE).district.share == pct(32.3529)  # 605 / 1870


# ------------------------------------------------------------------------------------------------------------
# 9. long_no_zero_rows.csv — School, Race, Count without the rows of 0
# ------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def long_table() -> EnrollmentTable:
    return read("long_no_zero_rows.csv")


def test_long_missing_rows_are_zero(long_table):
    alder = school(long_table, "Alder Elementary")
    assert alder.counts[(RACE, TWO)] == 0 and alder.counts[(RACE, AIAN)] == 0 and alder.counts[(RACE, PACIFIC)] == 0
    assert school(long_table, "Birch Elementary").counts[(RACE, PACIFIC)] == 0
    assert noted(long_table, r"\b4\b", "read as 0")  # Alder 3 + Birch 1


def test_long_shares_and_district(long_table):
    alder = result(measure_table(long_table), "Alder Elementary")
    hispanic = group(alder, HISPANIC)
    assert hispanic.school.share == pct(60.0)  # 120 / 200
    assert hispanic.district.share == pct(37.1429)  # (120 + 50 + 150 + 200) / 1400
    assert hispanic.difference == pct(22.8571) and hispanic.isolated
    white = group(alder, WHITE)
    assert white.difference == pct(-15.7143) and white.isolated  # 15.0 - 430 / 1400
    two = group(alder, TWO)
    assert two.school.share == pct(0.0) and two.district.share == pct(2.4286) and not two.isolated  # 34 / 1400
    assert alder.minority_share == pct(85.0) and alder.federal_isolated


# ------------------------------------------------------------------------------------------------------------
# The command line on the corpus
# ------------------------------------------------------------------------------------------------------------

def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "equity_desktop.cli.main", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)


def test_cli_mgi_json_long_file():
    done = _cli("mgi", str(CORPUS / "long_no_zero_rows.csv"), "--format", "json")
    assert done.returncode == 0, done.stderr
    alder = next(r for r in json.loads(done.stdout) if r["school"] == "Alder Elementary")
    groups = {x["group"]: x for x in alder["groups"] if x["dimension"] == RACE}
    assert groups[HISPANIC]["school_share"] == pct(60.0) and groups[HISPANIC]["district_share"] == pct(37.1429)
    assert groups[HISPANIC]["isolated"] is True
    assert groups[TWO]["school_n"] == 0
    assert alder["federal_mgi"] == {"minority_share": pct(85.0), "isolated": True}


def test_cli_mgi_json_warns_about_students_left_out():
    done = _cli("mgi", str(CORPUS / "unrecognised_race.csv"), "--format", "json", "--school", "Baker Middle")
    assert done.returncode == 0, done.stderr
    [baker] = json.loads(done.stdout)
    assert baker["federal_mgi"]["minority_share"] == pct(51.0) and baker["federal_mgi"]["isolated"] is True
    assert any("500" in w and "no group" in w for w in baker["warnings"])  # 65 of its 500 students left out


def test_cli_screen_county_file(tmp_path):
    out = tmp_path / "screen.json"
    done = _cli("screen", str(CORPUS / "county_districts.xlsx"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = {r["school"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert "District Total" not in rows
    lincoln = rows["Lincoln Elementary School"]
    assert lincoln["federal_isolated"] is True and lincoln["minority_share"] == pct(94.7826)  # 100 - 12 / 230
    assert lincoln["isolated_groups"] == 2  # White -22.35, Black +26.37; Hispanic 26.09 - 27.24, EL 12.6 - 10.3 within
    glen = rows["Glen Park Elementary School"]
    assert glen["federal_isolated"] is False and glen["minority_share"] == pct(25.0)  # 100 - 300 / 400
