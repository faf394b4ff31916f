"""Every role the detector gives a column carries its reason; decisions made from the cells reach the report.

Column roles by evidence, not by name alone (issue 15): a column of codes is never a count, a column that
adds up to 100 on every row is a percentage, and the person sees why and can correct it.
"""

from __future__ import annotations

import json

import pytest
from conftest import write_csv

from equity_desktop.cli.main import main
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.errors import COLUMNS_STEP, HEADER_STEP, EnrollmentFileError
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.role_labels import decision

W, B = (g.RACE, g.WHITE), (g.RACE, g.BLACK)


def _by_header(table) -> dict[str, lay.Column]:
    return {c.header: c for c in table.layout.columns}


def test_a_column_that_never_changes_within_a_school_is_a_code_not_students(tmp_path):
    # "Region" and "Pupils" are both numbers nobody named; Region is one number per school (3, 5, 7, 2).
    rows = [["School", "Race", "Region", "Pupils"]]
    for school, region, white, black, hispanic in (("Ash", 3, 40, 10, 5), ("Birch", 5, 12, 30, 8),
                                                   ("Cedar", 7, 9, 9, 20), ("Dogwood", 2, 50, 1, 3)):
        rows += [[school, "White", region, white], [school, "Black", region, black],
                 [school, "Hispanic", region, hispanic]]
    table = read_enrollment(write_csv(tmp_path / "regions.csv", rows))
    columns = _by_header(table)
    assert columns["Region"].role is None and columns["Region"].by_values
    assert "one number per school" in columns["Region"].reason
    assert columns["Pupils"].role == lay.VALUE and columns["Pupils"].by_values
    ash = next(u for u in table.units if u.name == "Ash")
    assert (ash.counts[W], ash.counts[B]) == (40.0, 10.0)  # not 43 and 13: the region is not added in
    assert any("Region" in n and "one number per school" in n for n in table.note_texts())


def test_a_state_code_on_every_row_is_reported_as_not_counted(tmp_path):
    rows = [["School", "Race", "State code", "Count"]]
    for school, white, black in (("Ash", 40, 10), ("Birch", 12, 30), ("Cedar", 9, 9)):
        rows += [[school, "White", 36, white], [school, "Black", 36, black]]
    table = read_enrollment(write_csv(tmp_path / "state.csv", rows))
    state = _by_header(table)["State code"]
    assert state.role is None
    # Its header names a code; with the same number on every row the evidence says so too.
    assert "same number (36) on every row" in state.reason
    assert decision(state).startswith("not used (")


def test_zero_padded_values_are_codes(tmp_path):
    rows = [["School", "Race", "Locator", "Students"]]
    for school, building, white, black in (("Ash", "0417", 40, 10), ("Birch", "0032", 12, 30)):
        rows += [[school, "White", building, white], [school, "Black", building, black]]
    table = read_enrollment(write_csv(tmp_path / "padded.csv", rows))
    building = _by_header(table)["Locator"]
    assert building.role is None and '"0417"' in building.reason and building.by_values


def test_percentages_by_evidence_say_so(tmp_path):
    rows = [["School", "White", "Black", "Hispanic"], ["Ash", 50, 30, 20], ["Birch", 10.5, 60.2, 29.3],
            ["Cedar", 33.3, 33.3, 33.4]]
    table = read_enrollment(write_csv(tmp_path / "pct.csv", rows))
    white = _by_header(table)["White"]
    assert white.role == f"share:{g.RACE}:{g.WHITE}" and "add up to 100" in white.reason
    # One note for the three columns, naming them all.
    notes = [n for n in table.note_texts() if "add up to 100" in n]
    assert len(notes) == 1 and all(h in notes[0] for h in ('"White"', '"Black"', '"Hispanic"'))


def test_header_decisions_say_its_header_and_the_mapping_says_the_mapping(tmp_path):
    path = write_csv(tmp_path / "plain.csv", [["School", "White", "Black", "Total"], ["Ash", 5, 5, 10]])
    columns = _by_header(read_enrollment(path))
    assert columns["White"].reason == "its header" and not columns["White"].by_values
    mapped = _by_header(read_enrollment(path, mapping={"format": lay.MAPPING_FORMAT,
                                                       "columns": {"Black": lay.IGNORE}}))
    assert mapped["Black"].reason == "the mapping" and decision(mapped["Black"]) == "not used (the mapping)"


def test_problems_name_the_step_not_a_command_line_flag(tmp_path):
    no_groups = write_csv(tmp_path / "nogroups.csv", [["School", "Colour", "Total"], ["Ash", "red", 3]])
    with pytest.raises(EnrollmentFileError) as raised:
        read_enrollment(no_groups)
    assert raised.value.step == COLUMNS_STEP and "--map" not in str(raised.value)
    no_header = write_csv(tmp_path / "noheader.csv", [["a", "b"], [1, 2]])
    with pytest.raises(EnrollmentFileError) as raised:
        read_enrollment(no_header)
    assert raised.value.step == HEADER_STEP and "--map" not in str(raised.value)


def test_the_command_line_adds_how_to_correct_it_there(tmp_path, capsys):
    no_groups = write_csv(tmp_path / "nogroups.csv", [["School", "Colour", "Total"], ["Ash", "red", 3]])
    assert main(["mgi", str(no_groups)]) == 2
    error = capsys.readouterr().err
    assert "choose what each column holds" in error and "--map" in error and "equity-desktop columns" in error


def test_columns_command_shows_every_decision_and_its_mapping_corrects_it(tmp_path, capsys):
    # "Mystery" holds students the detector cannot name: the person saves the mapping, names the column, and
    # passes it back; the school's Black count then includes them.
    path = write_csv(tmp_path / "mystery.csv", [["School", "White", "Mystery", "Total"], ["Ash", 60, 40, 100],
                                                 ["Birch", 30, 70, 100]])
    saved = tmp_path / "m.json"
    assert main(["columns", str(path), "--save-mapping", str(saved)]) == 0
    out = capsys.readouterr().out
    assert 'B ("White"): read as Count: White (its header)' in out
    assert 'C ("Mystery"): not used (the program does not know this header)' in out
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert mapping["columns"]["Mystery"] == lay.IGNORE
    mapping["columns"]["Mystery"] = f"count:{g.RACE}:{g.BLACK}"
    saved.write_text(json.dumps(mapping), encoding="utf-8")
    assert main(["mgi", str(path), "--map", str(saved), "--school", "Ash", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)[0]
    black = next(r for r in result["groups"] if r["group"] == g.BLACK)
    assert black["school_n"] == 40 and black["school_share"] == pytest.approx(40.0)
    assert not any("no race" in w for w in result["warnings"])


def test_the_real_new_jersey_placement_file_says_why_each_column_was_read(real_dir, capsys):
    # A file nobody here wrote: county codes "01"…, seven placement columns with no "Count" header.
    assert main(["columns", str(real_dir / "nj_sped_placement_by_race_2023-24_slice.xlsx")]) == 0
    out = capsys.readouterr()
    assert 'A ("County Code"): not used (its values are zero-padded codes (such as "01"), never counts)' in out.out
    assert 'I ("Separate School"): read as Count (of the row\'s group) (numbers that vary from row to row' in out.out
    # The seven evidence decisions are one note, not seven.
    assert sum("no column is named Count" in line for line in out.err.splitlines()) == 1


def test_the_real_chicago_file_is_read_by_its_headers(real_dir, capsys):
    assert main(["columns", str(real_dir / "chicago_ps_racial_ethnic_2018-19_schools.csv")]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert lines and all("(its header)" in line or line.endswith(")") for line in lines)
    assert any("read as Percent: White (its header)" in line for line in lines)


def test_columns_of_a_file_that_is_not_a_spreadsheet_is_one_sentence(tmp_path, capsys):
    fake = tmp_path / "enrollment.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert main(["columns", str(fake)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("equity-desktop: enrollment.xlsx: this is a PNG image") and "Traceback" not in err
