"""The district a review started from a district file begins with (issue 18, item 7)."""

from __future__ import annotations

from equity_desktop.core.enrollment.screening_file import school_snapshots
from equity_desktop.core.review.from_file import district_name, district_of
from equity_desktop.paths import resource_path


def test_a_total_rows_label_names_no_district():
    assert district_name("District Total") == ""
    assert district_name("Total") == ""
    assert district_name("All Schools") == ""
    assert district_name("0612345") == ""
    assert district_name("Riverbend USD Total") == "Riverbend USD"
    assert district_name("Riverbend Unified School District") == "Riverbend Unified School District"


def test_the_schools_own_district_else_a_named_district_row_else_nothing(tmp_path):
    two = tmp_path / "two.csv"
    two.write_text("District,School,Year,Blk,Hisp,Wht,Total\n"
                   "North USD,North Elementary,2024-25,100,50,30,180\n"
                   "South USD,South High,2024-25,60,60,60,180\n"
                   "South USD,South Elementary,2024-25,10,20,150,180\n", encoding="utf-8")
    assert district_of(school_snapshots(two, None, None, "South High")) == "South USD"
    sample = resource_path("sample", "riverbend_enrollment_2022-2025.xlsx")
    assert district_of(school_snapshots(sample, None, None, "0417")) == ""  # its district row is "District Total"
