"""CRDC outcome files (Gifted and Talented, Advanced Placement, Suspensions, IDEA by race) read beside the
school enrollment file and feeding disproportionality. Numbers checked by hand in the comments."""

from __future__ import annotations

import pytest
from conftest import write_csv

from equity_desktop.cli.main import main
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.disproportionality import risk_ratios
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.federal_names import GIFTED, ISS, OSS
from equity_desktop.core.enrollment.outcome_files import add_outcomes
from equity_desktop.core.enrollment.reading import read_enrollment

W, B, H = (g.RACE, g.WHITE), (g.RACE, g.BLACK), (g.RACE, g.HISPANIC)
IDS = ["LEA_STATE", "LEA_STATE_NAME", "LEAID", "LEA_NAME", "SCHID", "SCH_NAME", "COMBOKEY", "JJ"]
RACES = ["HI", "AM", "AS", "HP", "BL", "WH", "TR"]


def ids(schid: str, name: str) -> list[str]:
    return ["AL", "ALABAMA", "0100005", "Albertville City", schid, name, "0100005" + schid, "No"]


def by_race(counts: dict[str, tuple[int, int]]) -> list[int]:
    return [n for r in RACES for n in counts.get(r, (0, 0))]


def enrollment(tmp_path):
    header = IDS + [f"SCH_ENR_{r}_{s}" for r in RACES for s in "MF"] + ["TOT_ENR_M", "TOT_ENR_F"]
    # Middle: Hispanic 100 + 110 = 210, Black 20 + 22 = 42, White 150 + 160 = 310; 562 students.
    middle = by_race({"HI": (100, 110), "BL": (20, 22), "WH": (150, 160)}) + [270, 292]
    # Primary: Hispanic 60, Black 40, White 100; 200 students.
    primary = by_race({"HI": (30, 30), "BL": (20, 20), "WH": (50, 50)}) + [100, 100]
    return write_csv(tmp_path / "Enrollment.csv", [header, ids("00870", "Albertville Middle") + middle,
                                                   ids("00871", "Albertville Primary") + primary])


def gifted(tmp_path):
    header = IDS + ["SCH_GT_IND"] + [f"SCH_GTENR_{r}_{s}" for r in RACES for s in "MF"] + ["TOT_GTENR_M",
                                                                                           "TOT_GTENR_F"]
    # Middle: Hispanic 6 + 6 = 12 gifted, Black 1 + 1 = 2, White 30 + 26 = 56; 70 gifted in all.
    middle = by_race({"HI": (6, 6), "BL": (1, 1), "WH": (30, 26)}) + [37, 33]
    primary = by_race({}) + [-9, -9]  # no gifted program: reserve codes
    primary[:14] = [-9] * 14
    return write_csv(tmp_path / "Gifted and Talented.csv",
                     [header, ids("00870", "Albertville Middle") + ["Yes"] + middle,
                      ids("00871", "Albertville Primary") + ["No"] + primary,
                      ids("00999", "Elsewhere High") + ["Yes"] + by_race({"WH": (5, 5)}) + [5, 5]])


def test_gifted_file_feeds_the_risk_ratio(tmp_path):
    table = read_enrollment(enrollment(tmp_path))
    outcomes = read_enrollment(gifted(tmp_path))
    assert outcomes.units[0].outcomes[GIFTED][W] == 56.0
    notes = add_outcomes(table, outcomes)
    middle, primary = table.units
    assert middle.outcomes[GIFTED][H] == 12.0 and middle.outcomes[GIFTED][(g.GENDER, "Male")] == 37.0
    assert primary.outcomes[GIFTED][H] is NOT_AVAILABLE
    assert any("1 school of Gifted and Talented.csv is not in this enrollment file" in n.message for n in notes)
    rows = {(r.dimension, r.group): r for r in risk_ratios(middle, GIFTED)}
    hispanic = rows[H]
    # Risk 12 / 210 = 5.714 %; all others: (70 - 12) / (562 - 210) = 58 / 352 = 16.477 %; ratio 0.3468.
    assert hispanic.risk == pytest.approx(12 / 210 * 100)
    assert hispanic.comparison_risk == pytest.approx(58 / 352 * 100)
    assert hispanic.risk_ratio == pytest.approx((12 / 210) / (58 / 352))
    assert rows[B].risk_ratio is None and "minimum cell size" in rows[B].why_not_shown  # 2 gifted < 10


def test_discipline_adds_single_and_multiple_suspensions_with_and_without_disabilities(tmp_path):
    header = IDS
    for kind in ("SINGOOS", "MULTOOS", "ISS"):
        header = header + [f"SCH_DISCWODIS_{kind}_{r}_{s}" for r in RACES for s in "MF"]
        header = header + [f"SCH_DISCWDIS_{kind}_IDEA_{r}_{s}" for r in RACES for s in "MF"]
    row = ids("00870", "Albertville Middle")
    # Black students with out-of-school suspensions: one (4 + 3), more than one (2 + 1), and with disabilities
    # one (1 + 0), more than one (1 + 1): 13 students. In-school: 5 + 5 without disabilities, 0 with: 10.
    for _kind, black in (("SINGOOS", ((4, 3), (1, 0))), ("MULTOOS", ((2, 1), (1, 1))), ("ISS", ((5, 5), (0, 0)))):
        row = row + by_race({"BL": black[0], "WH": (1, 1)}) + by_race({"BL": black[1]})
    table = read_enrollment(write_csv(tmp_path / "Suspensions.csv", [header, row]))
    unit = table.units[0]
    assert unit.outcomes[OSS][B] == 13.0 and unit.outcomes[ISS][B] == 10.0
    assert unit.outcomes[OSS][W] == 4.0  # (1 + 1) single + (1 + 1) multiple


def test_an_enrollment_file_is_not_an_outcome_file(tmp_path):
    table = read_enrollment(enrollment(tmp_path))
    with pytest.raises(EnrollmentFileError, match="no column of this file counts students with an outcome"):
        add_outcomes(table, read_enrollment(enrollment(tmp_path)))


def test_mgi_with_outcomes_prints_the_disproportionality(tmp_path, capsys):
    assert main(["mgi", str(enrollment(tmp_path)), "--outcomes", str(gifted(tmp_path)), "--school",
                 "Albertville Middle"]) == 0
    out = capsys.readouterr().out
    assert "Disproportionality: Gifted" in out
    [result] = measure_table(read_enrollment(enrollment(tmp_path)), school="Albertville Middle")
    assert not result.disproportionality  # without the outcome file, none


def test_a_file_without_a_year_is_compared_with_its_district_not_itself(tmp_path):
    # The wizard gives the year a CRDC file does not hold; every school is then of that year, so the district
    # is the sum of both schools (562 + 200), never the chosen school alone.
    from equity_desktop.core.enrollment.importing import snapshots_for

    table = read_enrollment(enrollment(tmp_path))
    [snapshot] = snapshots_for(table, "Albertville Middle", "2020-21")
    assert snapshot.district_source == "sum of the 2 schools in Enrollment.csv"
    assert snapshot.district.total == 762.0


def test_matching_says_one_school_in_the_singular(tmp_path):
    table = read_enrollment(enrollment(tmp_path))
    notes = [n.message for n in add_outcomes(table, read_enrollment(gifted(tmp_path)))]
    assert any(m.startswith("1 school of Gifted and Talented.csv is not in this enrollment file and was left")
               for m in notes)


def test_the_reference_of_a_year_the_file_does_not_name_is_every_school(tmp_path):
    # The wizard shows the reference for the year typed before any snapshot is made: rows without a year are
    # of that year.
    from equity_desktop.core.enrollment.analysis import reference_for

    table = read_enrollment(enrollment(tmp_path))
    unit, source, _ = reference_for(table, "2017-18", district="0100005")
    assert unit.total == 762.0 and source == "sum of the 2 schools in Enrollment.csv"
