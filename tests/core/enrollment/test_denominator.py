"""The denominator rule: a share is a count over the school's total enrollment whenever the file gives one.

The case the trust review found: a school of 77 students, 46 of them American Indian in a column headed
"Native" that no spelling names. Dividing by the 13 students the recognised columns hold made White
46.2 % and the school "not isolated"; over the total it is White 7.8 %, minority 92.2 %, isolated.
"""

from __future__ import annotations

import csv

import pytest

from equity_desktop.cli.main import main
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.reading import read_enrollment

HEADER = ["School", "School Code", "Total", "White", "Hispanic", "Black", "Native", "PI", "2+"]
ROWS = [["Little Creek School", "101", 77, 6, 4, 3, 46, 0, 18],
        ["Big Valley School", "102", 900, 600, 150, 100, 20, 5, 25],
        ["District Total", "", 977, 606, 154, 103, 66, 5, 43]]


@pytest.fixture
def district(tmp_path):
    path = tmp_path / "district.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *ROWS])
    return path


def test_shares_are_of_the_total_and_the_gap_is_said_next_to_them(district):
    [result] = measure_table(read_enrollment(district, year="2024-25"), school="101")
    race = {r.group: r for r in result.groups if r.dimension == g.RACE}
    assert round(race[g.WHITE].school.share, 1) == 7.8
    assert round(result.minority_share, 1) == 92.2 and result.federal_isolated is True
    [gap] = [w for w in result.warnings if "the school" in w]
    assert "add up to 13 of its 77 students: 64 students are in no group" in gap
    assert result.simpson is None and result.dissimilarity is None  # they would be wrong, not vague


def test_groups_that_add_up_to_more_than_the_total_are_flagged(tmp_path):
    path = tmp_path / "codes.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["School", "Total", "White", "Hispanic", "Black"],
                                      ["A", 100, 60, 60, 30], ["B", 100, 50, 30, 20]])
    result = next(r for r in measure_table(read_enrollment(path, year="2024-25")) if r.school == "A")
    assert any("add up to 150, more than its total of 100" in w for w in result.warnings)


def test_without_a_total_the_shares_are_of_the_groups_sum(tmp_path):
    path = tmp_path / "no_total.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["School", "White", "Hispanic", "Black"], ["A", 30, 50, 20], ["B", 10, 80, 10]])
    result = next(r for r in measure_table(read_enrollment(path, year="2024-25")) if r.school == "A")
    race = {r.group: r for r in result.groups if r.dimension == g.RACE}
    assert race[g.WHITE].school.share == pytest.approx(30.0)


def test_the_command_line_table_prints_the_gap_with_the_numbers(district, capsys):
    assert main(["mgi", str(district), "--school", "101", "--year", "2024-25"]) == 0
    out = capsys.readouterr().out
    assert "7.8" in out and "Warning: In the school, the race/ethnicity groups read from the file add up to 13" in out
