"""A file of several districts: each school is compared with its own district, never with the whole file."""

from __future__ import annotations

import csv

import pytest
from conftest import write_xlsx

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.reading import read_enrollment

HEADER = ["LEAID", "District Name", "School Code", "School Name", "Total", "White", "Black", "Hispanic"]


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    return path


def test_each_school_is_compared_with_its_own_district_sum(tmp_path):
    # A county file: North is mostly White, South mostly Black. A school code repeats in the two districts.
    path = write(tmp_path / "county.csv", [
        ["0100001", "North", "010", "North Elementary", 100, 80, 10, 10],
        ["0100001", "North", "020", "North Middle", 100, 70, 20, 10],
        ["0100002", "South", "010", "South Elementary", 100, 10, 80, 10],
        ["0100002", "South", "020", "South Middle", 100, 20, 70, 10],
    ])
    table = read_enrollment(path, year="2024-25")
    assert len(table.units) == 4  # the same school code in two districts is two schools
    results = {r.school: r for r in measure_table(table)}
    north = {r.group: r for r in results["North Elementary"].groups if r.dimension == g.RACE}
    assert north[g.WHITE].district.share == pytest.approx(75.0)  # North's 150 of 200, not the county's 45 %
    assert north[g.WHITE].isolated is False
    assert "sum of the 2 schools of 0100001" in results["North Elementary"].district_source
    south = {r.group: r for r in results["South Middle"].groups if r.dimension == g.RACE}
    assert south[g.BLACK].district.share == pytest.approx(75.0)


def test_a_district_total_row_is_that_districts_reference(tmp_path):
    path = write(tmp_path / "county.csv", [
        ["0100001", "North", "010", "North Elementary", 100, 80, 10, 10],
        ["0100001", "North", "", "District Total", 1000, 700, 200, 100],
        ["0100002", "South", "010", "South Elementary", 100, 10, 80, 10],
        ["0100002", "South", "", "District Total", 1000, 200, 700, 100],
    ])
    results = {r.school: r for r in measure_table(read_enrollment(path, year="2024-25"))}
    white = next(r for r in results["North Elementary"].groups if r.group == g.WHITE)
    assert white.district.share == pytest.approx(70.0)
    assert results["South Elementary"].district_source.startswith('district row "District Total" of 0100002')


def test_the_reference_can_be_the_state_row_or_the_whole_file_and_the_result_says_which(tmp_path, capsys):
    import json

    from equity_desktop.cli.main import main

    path = write(tmp_path / "state.csv", [
        ["0100001", "North", "010", "North Elementary", 100, 80, 10, 10],
        ["0100002", "South", "010", "South Elementary", 100, 10, 80, 10],
        ["", "", "", "Statewide Total", 10000, 5000, 3000, 2000],
    ])
    table = read_enrollment(path, year="2024-25")
    [state] = [r for r in measure_table(table, reference="state") if r.school == "North Elementary"]
    assert state.district_source.startswith('state row "Statewide Total"')
    assert next(r for r in state.groups if r.group == g.WHITE).district.share == pytest.approx(50.0)
    [whole] = [r for r in measure_table(table, reference="file") if r.school == "North Elementary"]
    assert whole.district_source == "sum of all 2 schools in state.csv"
    assert next(r for r in whole.groups if r.group == g.WHITE).district.share == pytest.approx(45.0)
    assert main(["mgi", str(path), "--year", "2024-25", "--reference", "state", "--format", "json"]) == 0
    assert {r["district_source"][:9] for r in json.loads(capsys.readouterr().out)} == {"state row"}


def test_a_workbook_of_state_district_and_school_sheets_reads_the_schools_against_their_districts(tmp_path,
                                                                                                   capsys):
    import json

    from equity_desktop.cli.main import main

    head = ["District Code", "District Name", "Total", "White", "Black", "Hispanic"]
    path = write_xlsx(tmp_path / "state.xlsx", {
        "State": [["Level", "Total", "White", "Black", "Hispanic"], ["State", 3000, 1500, 900, 600]],
        "District": [head, ["0110", "North", 1000, 800, 100, 100], ["0220", "South", 2000, 700, 800, 500]],
        "School": [["District Code", "District Name", "School Code", "School Name", "Total", "White", "Black",
                    "Hispanic"],
                   ["0110", "North", "010", "North Elementary", 100, 80, 10, 10],
                   ["0220", "South", "010", "South Elementary", 100, 10, 80, 10]],
    })
    assert main(["mgi", str(path), "--year", "2024-25", "--format", "json"]) == 0  # no --sheet: the School sheet
    results = {r["school"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(results) == {"North Elementary", "South Elementary"}
    assert results["South Elementary"]["district_source"].startswith('district "South" in state.xlsx, sheet "District"')
    white = next(x for x in results["South Elementary"]["groups"] if x["group"] == g.WHITE)
    assert white["district_share"] == pytest.approx(35.0)
    assert main(["mgi", str(path), "--year", "2024-25", "--reference", "state", "--format", "json"]) == 0
    white = next(x for x in json.loads(capsys.readouterr().out)[0]["groups"] if x["group"] == g.WHITE)
    assert white["district_share"] == pytest.approx(50.0)


def test_the_real_new_jersey_workbook_never_compares_a_sheet_with_itself(real_dir, capsys):
    from equity_desktop.cli.main import main

    workbook = str(real_dir / "nj_enrollment_2019-20_slice.xlsx")
    # The slice's District sheet lacks the schools' districts: a sentence, never a comparison with something else.
    assert main(["mgi", workbook]) == 2
    assert "the school's district (0110) is not in this list of districts" in capsys.readouterr().err
    assert main(["mgi", workbook, "--reference", "state", "--school", "Texas Avenue"]) == 0
    out = capsys.readouterr().out
    assert 'state row "State"' in out and "14.6" in out  # 201,018.5 of 1,375,828.5 Black students statewide
    assert main(["mgi", workbook, "--sheet", "State"]) == 2  # it used to compare the state with itself, exit 0
    assert "holds only the total of State" in capsys.readouterr().err


def test_screening_lists_a_school_whose_district_is_missing_as_not_measured(tmp_path, capsys):
    from equity_desktop.cli.main import main

    head = ["District Code", "District Name", "Total", "White", "Black", "Hispanic"]
    path = write_xlsx(tmp_path / "state.xlsx", {
        "District": [head, ["0110", "North", 1000, 800, 100, 100]],  # South (0220) has no row
        "School": [["District Code", "District Name", "School Code", "School Name", "Total", "White", "Black",
                    "Hispanic"],
                   ["0110", "North", "010", "North Elementary", 100, 80, 10, 10],
                   ["0220", "South", "010", "South Elementary", 100, 10, 80, 10]],
    })
    table, districts = read_enrollment(path, year="2024-25"), read_enrollment(path, "District", year="2024-25")
    results = {r.school: r for r in measure_table(table, district_table=districts)}
    assert results["North Elementary"].district_source.startswith('"North" in state.xlsx')
    south = results["South Elementary"]
    assert not south.groups and south.minority_share is None and not south.district_source
    assert south.warnings[0].startswith("not measured: the school's district (0220) is not the district of this file")
    with pytest.raises(EnrollmentFileError):  # asked for by name, the school's problem is the answer
        measure_table(table, school="South Elementary", district_table=districts)
    assert main(["screen", str(path), "--year", "2024-25"]) == 0
    assert "South Elementary" in capsys.readouterr().out
