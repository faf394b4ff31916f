"""The New Jersey DOE files in ../shared/fixtures/real, with numbers checked by hand against the sheets."""

import pytest

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.layout import LONG, WIDE
from equity_desktop.core.enrollment.reading import read_enrollment

ENROLLMENT = "nj_enrollment_2019-20_slice.xlsx"
SPED = "nj_sped_placement_by_race_2023-24_slice.xlsx"


def test_school_sheet_header_on_row_3_year_from_the_title(real_dir):
    table = read_enrollment(real_dir / ENROLLMENT, "School")
    assert table.layout.shape == WIDE and table.layout.header_row == 3
    texas = table.units[0]
    # Row 4: 533 students; White 3, Black 22, Hispanic 368, Asian 128, Native American 0, Hawaiian Native 5, Two+ 7.
    assert (texas.name, texas.code, texas.year, texas.total) == ("Texas Avenue School", "060", "2019-20", 533.0)
    assert texas.counts[(g.RACE, g.HISPANIC)] == 368.0
    assert texas.counts[(g.RACE, g.AMERICAN_INDIAN)] == 0.0  # spelled "Native American" on this sheet
    assert texas.counts[(g.RACE, g.PACIFIC)] == 5.0          # spelled "Hawaiian Native"
    assert texas.shares[(g.ENGLISH_LEARNER, g.EL_GROUP)] == 37.3  # percent-only column
    assert texas.shares[(g.ECONOMIC, g.ECON_GROUP)] is NOT_AVAILABLE  # %Free Lunch is the top-code ">95"
    endeavour = table.units[1]
    assert endeavour.shares[(g.ECONOMIC, g.ECON_GROUP)] == pytest.approx(9.8 + 21.9)  # free + reduced


def test_state_sheet_with_a_trailing_space_and_fractional_counts(real_dir):
    table = read_enrollment(real_dir / ENROLLMENT, "State")
    state = table.units[0]
    assert table.sheet == "State " and state.level == "state"
    assert state.counts[(g.RACE, g.BLACK)] == 201018.5 and state.total == 1375828.5
    assert state.counts[(g.RACE, g.AMERICAN_INDIAN)] == 1984.0    # spelled "American Indian" on this sheet
    assert state.counts[(g.ECONOMIC, g.ECON_GROUP)] == 458483.5 + 66798.5
    assert state.counts[(g.GENDER, "Nonbinary")] == 16.0
    assert any("fractional" in n for n in table.note_texts())


def test_texas_avenue_against_the_state(real_dir):
    school = read_enrollment(real_dir / ENROLLMENT, "School")
    state = read_enrollment(real_dir / ENROLLMENT, "State")
    result = measure_table(school, school="Texas Avenue", district_table=state)[0]
    black = next(r for r in result.groups if r.group == g.BLACK)
    # 22 / 533 = 4.128 %; 201,018.5 / 1,375,828.5 = 14.611 %: 10.48 points under, over the 10-point threshold.
    assert black.school.share == pytest.approx(4.1276, abs=1e-3)
    assert black.district.share == pytest.approx(14.6107, abs=1e-3)
    assert black.difference == pytest.approx(-10.483, abs=1e-3) and black.isolated and black.direction == "under"
    assert result.minority_share == pytest.approx(100 - 300 / 533, abs=1e-6) and result.federal_isolated


def test_sped_file_long_shape_header_on_row_6(real_dir):
    table = read_enrollment(real_dir / SPED)
    assert table.layout.shape == LONG and table.layout.header_row == 6 and table.unit_level == "district"
    units = {u.name: u for u in table.units}
    # Placement columns summed: 39 + 11 + 0 + 0 + 0 + 0 + 0 and 27 + 13 + 0 + ...
    assert units["Atlantic County Vocational School District"].counts[(g.RACE, g.HISPANIC)] == 50.0
    assert units["Atlantic Highlands School District"].counts[(g.RACE, g.WHITE)] == 40.0
    # Absecon's Asian row has "*" in two placements: the sum is not known, never read as 0.
    assert units["Absecon Public Schools District"].counts[(g.RACE, g.ASIAN)] is NOT_AVAILABLE
    assert table.suppressed > 0


CHICAGO = "chicago_ps_racial_ethnic_2018-19_schools.csv"
# The Chicago headers glue "No"/"Pct" to each group ("WhiteNo", "African AmericanPct") and keep two categories
# that are no federal group ("Asian/ Pacific Islander (Retired)", "Not Available").
CHICAGO_GROUPS = {"White": g.WHITE, "African American": g.BLACK, "Native American/Alaskan": g.AMERICAN_INDIAN,
                  "Hispanic": g.HISPANIC, "Multi-Racial": g.TWO_OR_MORE, "Asian": g.ASIAN,
                  "Hawaiian/Pacific Islander": g.PACIFIC}


def test_chicago_is_read_without_a_mapping_and_every_share_is_the_publishers(real_dir):
    import csv

    table = read_enrollment(real_dir / CHICAGO, year="2018-19")
    assert len(table.units) == 657 and table.references[0].name == "District Total"
    results = {r.school_id: r for r in measure_table(table)}
    with open(real_dir / CHICAGO, encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["School ID"].strip()]
    checked = 0
    for row in rows:
        shares = {r.group: r.school.share for r in results[row["School ID"].strip()].groups}
        total = float(row[" Total "].replace(",", ""))
        for header, group in CHICAGO_GROUPS.items():
            count = float(row[f"{header}No"].replace(",", ""))
            # Over the school's total, as the publisher computed its own Pct column (one decimal).
            assert shares[group] == pytest.approx(100 * count / total, abs=1e-9)
            # The publisher's one-decimal percentage is our share rounded, twice at worst (17 / 420 = 4.048 % is
            # printed 4.1: 4.048 -> 4.05 -> 4.1), so it is within 0.055 points of it.
            assert abs(shares[group] - float(row[f"{header}Pct"])) <= 0.055 + 1e-9, row["School Name"]
            checked += 1
    assert checked == 657 * 7


def test_chicago_says_which_students_no_group_holds(real_dir):
    table = read_enrollment(real_dir / CHICAGO, year="2018-19")
    [result] = measure_table(table, school="609798")  # Hiram H Belding: 577 of 583 in the seven groups
    assert any("add up to 577 of its 583 students: 6 students are in no group" in w for w in result.warnings)
    assert any("add up to 360,041 of its 361,314 students" in w for w in result.warnings)  # the district row
