"""Snapshots in the review file: aggregated counts round-trip; the demo shows isolation and a trend."""

import sqlite3

import pytest

from equity_desktop.core import errors
from equity_desktop.core.demo.district import STUDENTS, WORKBOOK, YEARS, write_students, write_workbook
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.mgi import RELATIVE, Rule, measure
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.snapshot import Snapshot
from equity_desktop.core.enrollment.table import Unit
from equity_desktop.core.enrollment.trends import progress_goal
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.paths import resource_path


def snapshot(year="2024-25", black=10.0):
    school = Unit("S", "1", "school", year, counts={(g.RACE, g.BLACK): black, (g.RACE, g.WHITE): NOT_AVAILABLE},
                  total=40.0, outcomes={"Gifted": {(g.RACE, g.BLACK): 2.0}}, outcome_totals={"Gifted": 5.0})
    district = Unit("D", None, "district", year, counts={(g.RACE, g.BLACK): 100.0}, shares={(g.ECONOMIC,
                                                                                          g.ECON_GROUP): 70.0})
    return Snapshot(year, school, district, "f.xlsx", "Sheet", "ab" * 32, {"shape": "wide"}, "district row")


def test_snapshot_round_trip_keeps_not_available_apart_from_numbers(new_review):
    new_review.add_snapshot(snapshot())
    (back,) = new_review.snapshots()
    assert back.school.counts == {(g.RACE, g.BLACK): 10.0, (g.RACE, g.WHITE): NOT_AVAILABLE}
    assert back.school.outcomes == {"Gifted": {(g.RACE, g.BLACK): 2.0}} and back.school.total == 40.0
    assert back.district.shares == {(g.ECONOMIC, g.ECON_GROUP): 70.0}
    assert (back.source_file, back.mapping, back.imported_by) == ("f.xlsx", {"shape": "wide"}, "Tester")


def test_a_second_import_of_a_year_replaces_it(new_review):
    new_review.add_snapshot(snapshot(black=10.0))
    new_review.add_snapshot(snapshot(black=12.0))
    new_review.add_snapshot(snapshot("2023-24"))
    assert [(s.year, s.school.counts[(g.RACE, g.BLACK)]) for s in new_review.snapshots()] == [
        ("2023-24", 10.0), ("2024-25", 12.0)]
    new_review.remove_snapshot("2023-24")
    assert [s.year for s in new_review.snapshots()] == ["2024-25"]


def test_mgi_rule_setting(new_review):
    assert new_review.mgi_rule() == Rule()
    new_review.set_mgi_rule(Rule(RELATIVE, 25))
    assert new_review.mgi_rule() == Rule(RELATIVE, 25.0)
    with pytest.raises(errors.InvalidEditError, match="must be from 0.5 to 100.0"):
        new_review.set_mgi_rule(Rule("points", 0))


def test_a_version_1_review_gains_the_tables_when_opened(tmp_path, new_review):
    path = new_review.path
    new_review.close()
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE enrollment_count; DROP TABLE enrollment_snapshot; DROP TABLE action_item; "
                       "DROP TABLE objective; DROP TABLE dismissed_suggestion; DROP TABLE change_log; "
                       "DROP TABLE ballot; DROP TABLE consensus; PRAGMA user_version = 1;")
    conn.close()
    with ReviewStore.open(path, read_only=True) as store:
        assert store.snapshots() == [] and store.action_plan().items == ()
    with ReviewStore.open(path) as store:
        store.add_snapshot(snapshot())
        assert len(store.snapshots()) == 1


def test_demo_review_shows_isolation_and_the_progress_goal(demo_file):
    with ReviewStore.open(demo_file, read_only=True) as store:
        snapshots = store.snapshots()
        rule = store.mgi_rule()
    assert [s.year for s in snapshots] == list(YEARS)
    results = [measure(s.school, s.district, rule, s.district_source) for s in snapshots]
    assert all({r.group for r in result.isolated_groups} == {g.BLACK, g.HISPANIC} for result in results)
    steps = [s for s in progress_goal(results) if s.group == g.HISPANIC]
    assert len(steps) == 2 and all(s.met for s in steps)


def test_demo_district_has_the_modelled_shape():
    table = read_enrollment(resource_path("sample", WORKBOOK), "2024-25")
    (district,) = table.references
    total = district.total
    share = {grp: 100 * district.counts[(g.RACE, grp)] / total for grp in (g.HISPANIC, g.BLACK, g.WHITE)}
    assert len(table.units) == 60 and 66 < share[g.HISPANIC] < 72 and 16 < share[g.BLACK] < 22
    assert 5 < share[g.WHITE] < 9 and table.suppressed > 0
    assert 17 < 100 * district.counts[(g.ENGLISH_LEARNER, g.EL_GROUP)] / total < 24
    assert 66 < 100 * district.counts[(g.ECONOMIC, g.ECON_GROUP)] / total < 74


def test_shipped_demo_district_files_are_what_the_generator_writes(tmp_path):
    """The files in resources/sample can be rebuilt from the code (python -m equity_desktop.core.demo.district)."""
    write_workbook(tmp_path / WORKBOOK)
    write_students(tmp_path / STUDENTS)
    assert (tmp_path / STUDENTS).read_bytes() == resource_path("sample", STUDENTS).read_bytes()
    for year in YEARS:
        ours, shipped = (read_enrollment(p, year) for p in (tmp_path / WORKBOOK, resource_path("sample", WORKBOOK)))
        assert [u.counts for u in ours.units] == [u.counts for u in shipped.units]
