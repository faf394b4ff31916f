"""The action plan: the model's rules, its storage, and the suggestions drawn from the gaps."""

from __future__ import annotations

from datetime import date

import pytest

from equity_desktop.core.errors import InvalidEditError
from equity_desktop.core.plan.items import (
    clean_text,
    filter_items,
    item_problems,
    overdue,
    plan_years,
    sort_items,
    timeline,
)
from equity_desktop.core.plan.suggestions import isolation_target, suggestions
from equity_desktop.core.review.plan_records import ActionItem, ActionPlan, ActionStatus, GapKind, Objective
from equity_desktop.core.review.scales import BenchmarkStatus, Rating
from equity_desktop.core.review.store import ReviewStore

ITEMS = (
    ActionItem(1, "B", component_id="fe", stage_number=2, lead="Zoë", due="2027-06-30",
               status=ActionStatus.IN_PROGRESS),
    ActionItem(2, "A", component_id="de", stage_number=3, lead="angela", due="2026-12-01"),
    ActionItem(3, "C", stage_number=1, status=ActionStatus.DONE),
)


def test_every_field_of_an_item_survives_the_file(new_review):
    item = ActionItem(7, "Evening workshops", objective_id=1, component_id="fe", stage_number=2,
                      gap_kind=GapKind.CONDITION, gap_ref="s2.map.fe.4", gap_text="Emerging", root_cause="3 pm",
                      theory_of_action="If … then …", steps="1.\n2.", lead="Thanh Nguyễn", responsible="François",
                      resources="childcare", funding_source="Title I", start="2026-11-01", due="2027-06-15",
                      metric="attendance", baseline="35", target="60", target_date="2027-06-15",
                      status=ActionStatus.ON_HOLD, progress_notes="planned", position=3, uid="a1b2")
    new_review.write_plan({1: Objective(1, "Families", 1, uid="c3")}, {7: item}, {"benchmark:s1.bench.1": True})
    path = new_review.path
    new_review.close()
    with ReviewStore.open(path) as store:
        plan = store.action_plan()
        assert plan.items == (item,) and plan.objectives == (Objective(1, "Families", 1, uid="c3"),)
        assert plan.dismissed == {"benchmark:s1.bench.1"}
        store.write_plan({1: None}, {}, {"benchmark:s1.bench.1": False})
        plan = store.action_plan()
    assert plan.objectives == () and plan.items[0].objective_id is None and plan.dismissed == set()


def test_a_failed_plan_write_changes_nothing(new_review):
    new_review.write_plan(items={1: ActionItem(1, "kept")})
    with pytest.raises(InvalidEditError, match="9 is not a stage"):  # refused by the store, not only the form
        new_review.write_plan(items={1: None, 2: ActionItem(2, "bad", stage_number=9)})
    assert [i.title for i in new_review.action_plan().items] == ["kept"]


def test_ratings_and_plan_written_together_are_all_saved_or_none(new_review):
    from equity_desktop.core.errors import InvalidEditError

    with pytest.raises(InvalidEditError):
        new_review.write_plan(items={1: ActionItem(1, "x")},
                              assessments=[("s1.map.de.1", Rating.IN_PLACE, "ok"), ("s1.bench.1", "in_place", "")])
    assert new_review.assessments() == {} and new_review.action_plan().items == ()
    new_review.write_plan(assessments=[("s1.map.de.1", Rating.IN_PLACE, "ok"), ("s1.bench.1", "met", "x")])
    assert {k: a.value for k, a in new_review.assessments().items()} == {"s1.map.de.1": Rating.IN_PLACE,
                                                                         "s1.bench.1": BenchmarkStatus.MET}


def test_problems_name_the_field_and_the_fix():
    assert item_problems(ActionItem(1, "ok", start="2027-01-01", due="2027-02-01")) == []
    problems = item_problems(ActionItem(1, " ", start="March", due="2026-01-01", target_date="2027-02-30"))
    assert any("needs a title" in p for p in problems)
    assert any('Start "March" is not a date; write it as YYYY-MM-DD' in p for p in problems)
    assert any("Target date" in p for p in problems)
    assert item_problems(ActionItem(1, "x", start="2027-02-01", due="2027-01-01")) == [
        "The due date 2027-01-01 is before the start date 2027-02-01; correct one of them."]


def test_text_is_stored_in_one_unicode_form():
    decomposed = "Nguye\u0302\u0303n"
    assert clean_text(f"  {decomposed} ") == "Nguyễn" and clean_text(None) == ""


def test_sorting_and_filtering():
    assert [i.id for i in sort_items(ITEMS, "due")] == [2, 1, 3]
    assert [i.id for i in sort_items(ITEMS, "lead")] == [2, 1, 3]
    assert [i.id for i in sort_items(ITEMS, "stage")] == [3, 1, 2]
    assert [i.id for i in sort_items(ITEMS, "status")] == [2, 1, 3]
    assert [i.id for i in filter_items(ITEMS, component="fe")] == [1]
    assert [i.id for i in filter_items(ITEMS, status=ActionStatus.DONE)] == [3]
    assert [i.id for i in filter_items(ITEMS, due_by="2027-01-01")] == [2]
    assert [i.id for i in filter_items(ITEMS, lead="Zoë", stage=2)] == [1]
    assert overdue(ITEMS[1], date(2027, 1, 1)) and not overdue(ITEMS[2], date(2030, 1, 1))


def test_plan_order_follows_objectives():
    plan = ActionPlan((Objective(1, "second", 2), Objective(2, "first", 1)),
                      (ActionItem(1, "a", objective_id=1), ActionItem(2, "b"), ActionItem(3, "c", objective_id=2)))
    assert [i.id for i in plan.in_plan_order()] == [3, 1, 2]


def test_the_seven_years_and_the_timeline():
    assert plan_years("2026-27") == ["2026-27", "2027-28", "2028-29", "2029-30", "2030-31", "2031-32", "2032-33"]
    assert plan_years("", today=date(2026, 3, 1))[0] == "2025-26"
    rows = timeline([ActionItem(1, "a", start="2026-09-01", due="2028-06-30"), ActionItem(2, "b", due="2027-01-01"),
                     ActionItem(3, "c"), ActionItem(4, "d", start="2025-01-01", due="2040-01-01"),
                     ActionItem(5, "e", due="2045-01-01")], "2026-27")
    assert [(r.first, r.last) for r in rows] == [(0, 1), (0, 0), (None, None), (0, 6), (None, None)]
    assert rows[2].note == "no dates yet" and "before the plan" in rows[3].note and "after" in rows[3].note
    assert rows[4].note == "outside the plan years"


def test_isolation_target_moves_two_points_a_year_and_stops_at_the_district():
    assert isolation_target(8.0, 19.0, "2025-26", "") == (10.0, "2026-27")
    assert isolation_target(63.0, 18.9, "2024-25", "2026-27") == (59.0, "2026-27")
    assert isolation_target(18.0, 19.0, "2024-25", "2028-29")[0] == 19.0


def test_demo_suggestions_cover_every_kind_of_gap_and_leave_out_what_is_answered(demo_file):
    with ReviewStore.open(demo_file, read_only=True) as store:
        review = store.load()
        found = suggestions(store.framework, review.values(), review.plan, snapshots=store.snapshots(),
                            rule=store.mgi_rule(), school_year=review.profile.school_year)
        framework = store.framework
    keys = {s.key for s in found}
    assert "benchmark:s3.bench.2" in keys and "condition:s2.map.em.4" in keys
    assert "isolation:race_ethnicity/Black or African American" in keys
    answered = review.plan.linked_gaps() | review.plan.dismissed
    assert answered and not keys & answered
    black = next(s for s in found if s.kind is GapKind.ISOLATION)
    assert black.item.title == ("Lower the share of Black or African American students from 63.0 % toward the "
                                "district's 18.9 % — 2 points a year: 59.0 % by 2026-27")
    # every condition offered is of its component's current stage and rated Not started or Emerging
    for s in (s for s in found if s.kind is GapKind.CONDITION):
        assert review.value_of(s.ref) in (Rating.NOT_STARTED, Rating.EMERGING)
        assert framework.item(s.ref).stage_id == f"s{s.stage_number}"
    # a benchmark Met is never offered
    assert not any(review.value_of(s.ref) is BenchmarkStatus.MET for s in found if s.kind is GapKind.BENCHMARK)


def test_a_disproportionate_outcome_is_suggested(tmp_path, framework):
    from equity_desktop.core.demo.district import STUDENTS
    from equity_desktop.core.enrollment.importing import import_into
    from equity_desktop.core.review.document import SchoolProfile
    from equity_desktop.paths import resource_path

    with ReviewStore.create(tmp_path / "r.eqreview", SchoolProfile("S", "D", "2024-25")) as store:
        import_into(store, resource_path("sample", STUDENTS), school="0417")
        found = suggestions(framework, {}, ActionPlan(), snapshots=store.snapshots(), rule=store.mgi_rule())
    outcome = [s for s in found if s.kind is GapKind.DISPROPORTIONALITY]
    assert outcome and all("times" in s.gap_text and "risk ratio" in s.item.title for s in outcome)


@pytest.mark.parametrize(("today", "year"), [(date(2026, 11, 30), "2026-27"), (date(2027, 6, 30), "2026-27"),
                                             (date(2027, 7, 1), "2027-28"), (date(2099, 12, 31), "2099-00")])
def test_a_new_review_starts_in_the_school_year_of_today(today, year):
    from equity_desktop.core.plan.items import current_school_year, first_year_of

    assert current_school_year(today) == year
    assert first_year_of("", today) == int(year[:4])  # an unreadable year is read as today's, by the same rule
