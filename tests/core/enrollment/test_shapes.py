"""The three shapes, detected, and the mess real files carry."""

import pytest
from conftest import WIDE_HEADER, WIDE_ROWS, WIDE_TOTAL, write_csv, write_xlsx

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.layout import LONG, STUDENT, WIDE, write_mapping
from equity_desktop.core.enrollment.reading import read_enrollment

B, H, W = (g.RACE, g.BLACK), (g.RACE, g.HISPANIC), (g.RACE, g.WHITE)


def by_name(table):
    return {u.name: u for u in table.units}


def test_wide_with_title_rows_and_district_total(wide_file):
    table = read_enrollment(wide_file)
    assert table.layout.shape == WIDE and table.layout.header_row == 2
    oak = by_name(table)["Oak School"]
    assert (oak.code, oak.year, oak.total, oak.counts[H]) == ("001", "2024-25", 200.0, 120.0)
    assert oak.counts[(g.DISABILITY, g.SWD_GROUP)] == 20.0
    assert [r.name for r in table.references] == ["District Total"]


def test_subtotal_rows_are_left_out_and_said(tmp_path):
    rows = [WIDE_HEADER, WIDE_ROWS[0], ["Elementary subtotal", "", 200] + [1] * 9, *WIDE_ROWS[1:], WIDE_TOTAL]
    table = read_enrollment(write_xlsx(tmp_path / "s.xlsx", {"S": rows}))
    assert set(by_name(table)) == {"Oak School", "Pine School", "Elm School"}
    assert any("Elementary subtotal" in n and "left out" in n and "row 3" in n for n in table.note_texts())


def test_blank_rows_and_columns_and_thousands_separators(tmp_path):
    rows = [["", "School", "", "Total", "Black", "White"], [], ["", "Big School", "", "1,200", "1,000", "200"],
            ["", "", "", "", "", ""], ["", "Small School", "", "100", "50", "50"]]
    table = read_enrollment(write_csv(tmp_path / "b.csv", rows))
    assert by_name(table)["Big School"].counts[B] == 1000.0 and len(table.units) == 2


def test_percentages_as_text_and_as_fractions(tmp_path):
    text = [["School", "Total", "% Black", "% White"], ["A", 100, "12.5%", "87.5%"]]
    fractions = [["School", "Total", "% Black", "% White"], ["A", 100, 0.125, 0.875]]
    for rows in (text, fractions):
        unit = read_enrollment(write_xlsx(tmp_path / "p.xlsx", {"S": rows})).units[0]
        assert unit.shares[B] == pytest.approx(12.5) and unit.shares[W] == pytest.approx(87.5)


def test_small_percentages_are_not_mistaken_for_fractions(tmp_path):
    rows = [["School", "% Hispanic", "% Pacific Islander"], ["A", 93.3, 0.1], ["B", 50.0, 0.4]]
    unit = read_enrollment(write_xlsx(tmp_path / "p.xlsx", {"S": rows})).units[0]
    assert unit.shares[(g.RACE, g.PACIFIC)] == pytest.approx(0.1)


def test_suppressed_cells_are_not_available_and_counted(tmp_path):
    rows = [["School", "Black", "White", "Asian"], ["A", "*", 20, "<10"], ["B", 30, "--", -9]]
    table = read_enrollment(write_xlsx(tmp_path / "s.xlsx", {"S": rows}))
    a = by_name(table)["A"]
    assert a.counts[B] is NOT_AVAILABLE and a.counts[(g.RACE, g.ASIAN)] is NOT_AVAILABLE
    assert table.suppressed == 4
    assert any("4 suppressed cells" in n for n in table.note_texts())


def test_long_ccd_membership_uses_only_rows_that_do_not_double_count(tmp_path):
    header = ["SCHOOL_YEAR", "LEAID", "NCESSCH", "SCH_NAME", "GRADE", "RACE_ETHNICITY", "SEX", "STUDENT_COUNT",
              "TOTAL_INDICATOR"]
    detail = "Category Set A - By Race/Ethnicity; Sex; Grade"
    rows = [header]
    counts = {("Black or African American", "Female"): 30, ("Black or African American", "Male"): 20,
              ("White", "Female"): 25, ("White", "Male"): 25, ("Hispanic", "Female"): 50, ("Hispanic", "Male"): 50}
    for grade in ("Grade 1", "Grade 2"):
        for (race, sex), n in counts.items():
            rows.append(["2023-2024", "0100", "010000100001", "Oak School", grade, race, sex, n, detail])
    rows.append(["2023-2024", "0100", "010000100001", "Oak School", "No Category Codes", "No Category Codes",
                 "No Category Codes", 400, "Education Unit Total"])
    rows.append(["2023-2024", "0100", "010000100001", "Oak School", "Grade 1", "No Category Codes",
                 "No Category Codes", 200, "Subtotal 4 - By Grade"])
    rows.append(["2023-2024", "0100", "010000100001", "Oak School", "No Category Codes", "White",
                 "No Category Codes", 100, "Derived - Subtotal by Race/Ethnicity minus Adult Education Count"])
    table = read_enrollment(write_csv(tmp_path / "ccd.csv", rows))
    unit = table.units[0]
    assert table.layout.shape == LONG and unit.code == "010000100001" and unit.year == "2023-24"
    assert unit.total == 400.0
    assert unit.counts[B] == 100.0 and unit.counts[W] == 100.0 and unit.counts[H] == 200.0
    assert unit.counts[(g.GENDER, "Female")] == 210.0 and unit.counts[(g.GENDER, "Male")] == 190.0
    assert any("2 subtotal rows" in n for n in table.note_texts())


def test_long_with_total_rows_per_grade_uses_the_totals(tmp_path):
    rows = [["School", "Grade", "Race", "Count"],
            ["A", "K", "Black", 10], ["A", "1", "Black", 12], ["A", "All Grades", "Black", 22],
            ["A", "K", "White", 5], ["A", "1", "White", 5], ["A", "All Grades", "White", 10],
            ["A", "All Grades", "Total", 32]]
    unit = read_enrollment(write_csv(tmp_path / "l.csv", rows)).units[0]
    assert unit.counts[B] == 22.0 and unit.counts[W] == 10.0 and unit.total == 32.0


def test_long_subgroup_column_of_every_dimension(tmp_path):
    rows = [["School", "Student Group", "Enrollment"], ["A", "All Students", 100], ["A", "Black", 60],
            ["A", "White", 40], ["A", "Female", 55], ["A", "Male", 45], ["A", "English Learners", 12],
            ["A", "Homeless", 3]]
    table = read_enrollment(write_csv(tmp_path / "l.csv", rows))
    unit = table.units[0]
    assert unit.total == 100.0 and unit.counts[(g.GENDER, "Female")] == 55.0
    assert unit.counts[(g.ENGLISH_LEARNER, g.EL_GROUP)] == 12.0
    assert any('"Homeless"' in n and "names no group" in n for n in table.note_texts())


def test_student_level_rows_are_counted_and_dropped(tmp_path):
    rows = [["Student ID", "School", "Race/Ethnicity", "Sex", "ELL", "IEP", "FRL", "AP"],
            ["1", "A", "Black", "F", "Y", "N", "Free", "Y"], ["2", "A", "White", "M", "N", "Y", "Paid", "N"],
            ["3", "A", "BL", "F", "No", "", "Reduced", "N"], ["4", "B", "Hispanic", "X", "1", "0", "Paid", "Y"]]
    table = read_enrollment(write_csv(tmp_path / "students.csv", rows))
    a = by_name(table)["A"]
    assert table.layout.shape == STUDENT and a.total == 3.0
    assert a.counts[B] == 2.0 and a.counts[W] == 1.0 and a.counts[H] == 0.0
    assert a.counts[(g.GENDER, "Female")] == 2.0 and a.counts[(g.ENGLISH_LEARNER, g.EL_GROUP)] == 1.0
    assert a.counts[(g.DISABILITY, g.SWD_GROUP)] == 1.0 and a.counts[(g.ECONOMIC, g.ECON_GROUP)] == 2.0
    assert a.outcomes["AP enrollment"][B] == 1.0 and a.outcome_totals["AP enrollment"] == 1.0
    assert by_name(table)["B"].counts[(g.GENDER, "Nonbinary")] == 1.0
    assert "Student ID" in " ".join(table.note_texts())  # reported as not used; never stored


def test_student_level_bad_flag_is_an_error_naming_the_column(tmp_path):
    rows = [["School", "Race", "ELL"], ["A", "Black", "Y"], ["A", "White", "maybe"]]
    table = read_enrollment(write_csv(tmp_path / "s.csv", rows))
    assert [n.column for n in table.errors] == ['C ("ELL")'] and "maybe" in table.errors[0].message


def test_wide_rows_by_grade_with_an_all_grades_row(tmp_path):
    rows = [["Grade", "White", "Black", "Total"], ["K", 1, 2, 3], ["1", 4, 5, 9], ["All Grades", 5, 7, 12]]
    table = read_enrollment(write_xlsx(tmp_path / "State.xlsx", {"State ": rows}))
    unit = table.units[0]
    assert (unit.name, unit.level, unit.counts[B], unit.total) == ("State", "state", 7.0, 12.0)


def test_a_mapping_overrides_detection_and_round_trips(tmp_path):
    rows = [["Campus", "Blk", "Wht", "Enr"], ["A", 10, 30, 40], ["B", 20, 20, 40]]
    path = write_xlsx(tmp_path / "m.xlsx", {"S": rows})
    mapping = {"format": "equity-desktop-mapping", "version": 1, "shape": "wide", "header_row": 1,
               "columns": {"Campus": "school_name", "Blk": "count:race_ethnicity:Black or African American",
                           "Wht": "count:race_ethnicity:White", "Enr": "total"}}
    table = read_enrollment(path, mapping=mapping)
    assert by_name(table)["A"].counts[B] == 10.0 and by_name(table)["A"].total == 40.0
    saved = tmp_path / "saved.json"
    write_mapping(table.layout, saved)
    from equity_desktop.core.enrollment.layout import read_mapping

    again = read_enrollment(path, mapping=read_mapping(saved))
    assert by_name(again)["B"].counts[W] == 20.0


def test_a_mapping_renames_values_of_a_long_table(tmp_path):
    rows = [["School", "Race", "Count"], ["A", "Afro-American", 10], ["A", "White", 30]]
    mapping = {"format": "equity-desktop-mapping", "values": {"race_ethnicity": {"Afro-American": g.BLACK}}}
    unit = read_enrollment(write_csv(tmp_path / "v.csv", rows), mapping=mapping).units[0]
    assert unit.counts[B] == 10.0


def test_year_from_a_year_column_and_the_year_filter(tmp_path):
    rows = [["School Year", "School", "Black", "White"], ["2022-2023", "A", 1, 2], ["2023-2024", "A", 3, 4]]
    path = write_csv(tmp_path / "y.csv", rows)
    table = read_enrollment(path)
    assert table.years() == ["2022-23", "2023-24"]
    assert [u.counts[B] for u in read_enrollment(path, year="2023-24").units] == [3.0]


CCD_052 = ["SCHOOL_YEAR", "FIPST", "STATENAME", "ST", "SCH_NAME", "STATE_AGENCY_NO", "UNION", "ST_LEAID", "LEAID",
           "ST_SCHID", "NCESSCH", "SCHID", "GRADE", "RACE_ETHNICITY", "SEX", "STUDENT_COUNT", "TOTAL_INDICATOR",
           "DMS_FLAG"]


def test_ccd_052_sums_student_count_only_never_the_fips_code(tmp_path):
    # The NCES CCD membership layout (ccd_sch_052), every identifier column kept as NCES publishes them.
    detail = "Category Set A - By Race/Ethnicity; Sex; Grade"
    ids = ["2022-2023", "01", "ALABAMA", "AL", "Oak School", "01", "", "AL-101", "0100005", "AL-101-0010",
           "010000500870", "0100870"]
    rows = [CCD_052]
    for race, sex, n in (("White", "Female", 40), ("White", "Male", 35), ("Black or African American", "Female", 12),
                         ("Black or African American", "Male", 13)):
        rows.append([*ids, "Grade 7", race, sex, n, detail, "Reported"])
    rows.append([*ids, "No Category Codes", "No Category Codes", "No Category Codes", 100, "Education Unit Total",
                 "Reported"])
    table = read_enrollment(write_csv(tmp_path / "ccd052.csv", rows))
    values = [c.header for c in table.layout.columns if c.role == "value"]
    assert values == ["STUDENT_COUNT"]
    unit = table.units[0]
    assert unit.counts[W] == 75.0 and unit.counts[B] == 25.0 and unit.total == 100.0  # not 75 + 4 × 1 (FIPST)
    assert unit.code == "010000500870"
    assert not any("sum of columns" in n for n in table.note_texts())


def test_nyc_dbn_keeps_two_schools_of_one_name_apart_and_total_inside_a_name_is_a_school(tmp_path):
    rows = [["DBN", "School Name", "Total Enrollment", "Black", "White", "Hispanic"],
            ["09X360", "P.S. 360", 400, 200, 20, 180],
            ["31R360", "P.S. 360", 500, 50, 400, 50],
            ["24Q293", "World Academy for Total Community Health", 300, 30, 30, 240],
            ["", "Citywide Total", 1200, 280, 450, 470]]
    table = read_enrollment(write_csv(tmp_path / "nyc.csv", rows), year="2024-25")
    assert sorted(u.code for u in table.units) == ["09X360", "24Q293", "31R360"]
    assert {u.code: u.counts[W] for u in table.units}["31R360"] == 400.0  # not merged into 420
    assert [u.name for u in table.references] == ["Citywide Total"]


def test_a_campus_number_header_is_a_school_code(tmp_path):
    rows = [["Campus #", "Campus Name", "Total Enrolled", "Hisp/Latino", "Blk/Afr Amer", "Wht", "2+ Races"],
            ["101912001", "Austin High", 100, 60, 20, 15, 5], ["101912002", "Bowie High", 100, 30, 30, 35, 5]]
    table = read_enrollment(write_csv(tmp_path / "tx.csv", rows), year="2024-25")
    roles = {c.header: c.role for c in table.layout.columns}
    assert roles["Campus #"] == "school_id" and roles["Campus Name"] == "school_name"
    assert roles["Total Enrolled"] == "total" and roles["2+ Races"] == f"count:{g.RACE}:{g.TWO_OR_MORE}"
    assert table.units[0].counts[H] == 60.0 and table.units[0].total == 100.0


def test_a_long_table_without_its_zero_rows_reads_them_as_zero(tmp_path):
    rows = [["School", "Race", "Count"],
            ["A", "White", 50], ["A", "Black", 30], ["A", "Hispanic", 20],
            ["B", "Black", 60], ["B", "Hispanic", 40]]  # no White row for B: the publisher dropped its 0
    table = read_enrollment(write_csv(tmp_path / "long.csv", rows), year="2024-25")
    b = next(u for u in table.units if u.name == "B")
    assert b.counts[W] == 0.0
    [result] = measure_table(table, school="B")
    assert result.minority_share == 100.0 and result.federal_isolated is True and result.simpson is not None
    assert any("1 combination" in n and "have no row in the file" in n for n in table.note_texts())


def test_percentage_columns_without_a_percent_sign_are_shares(tmp_path):
    # A state profile: each row's race columns add up to 100, beside the real enrollment.
    rows = [["School", "Enrollment", "White", "Black", "Hispanic", "Asian"],
            ["A", 500, 50.0, 30.0, 15.0, 5.0], ["B", 1000, 10.2, 60.3, 25.5, 4.0], ["C", 200, 25, 25, 25, 25],
            ["District Total", 1700, 22.6, 47.6, 22.4, 7.4]]
    table = read_enrollment(write_csv(tmp_path / "profile.csv", rows), year="2024-25")
    roles = {c.header: c.role for c in table.layout.columns}
    assert roles["White"] == f"share:{g.RACE}:{g.WHITE}"
    a = next(u for u in table.units if u.name == "A")
    assert a.shares[W] == 50.0 and W not in a.counts
    [result] = measure_table(table, school="A")
    white = next(r for r in result.groups if r.group == g.WHITE)
    assert white.school.share == 50.0 and white.district.share == pytest.approx(22.6)


def test_a_crdc_school_file_sums_the_sexes_and_reads_reserve_codes(tmp_path):
    # The CRDC school enrollment layout: identifiers, then race × sex columns, then totals; -9 is a reserve code.
    header = ["LEA_STATE", "LEA_STATE_NAME", "LEAID", "LEA_NAME", "SCHID", "SCH_NAME", "COMBOKEY", "JJ"]
    races = ["HI", "AM", "AS", "HP", "BL", "WH", "TR"]
    header += [f"SCH_ENR_{r}_{s}" for r in races for s in ("M", "F")] + ["TOT_ENR_M", "TOT_ENR_F",
                                                                         "SCH_ENR_LEP_M", "SCH_ENR_LEP_F"]
    ids = ["AL", "ALABAMA", "0100005", "Albertville City", "00870", "Albertville Middle", "010000500870", "No"]
    counts = [100, 110, 1, 2, 5, 4, 0, 0, 20, 22, 300, 310, 6, 8] + [432, 456, 40, -9]
    table = read_enrollment(write_csv(tmp_path / "crdc.csv", [header, ids + counts]), year="2020-21")
    unit = table.units[0]
    assert unit.code == "010000500870" and unit.district == "0100005"
    assert unit.counts[H] == 210.0 and unit.counts[W] == 610.0 and unit.counts[B] == 42.0
    assert unit.counts[(g.GENDER, "Male")] == 432.0 and unit.counts[(g.GENDER, "Female")] == 456.0
    assert unit.counts[(g.ENGLISH_LEARNER, g.EL_GROUP)] is NOT_AVAILABLE  # 40 + a reserve code is not known
