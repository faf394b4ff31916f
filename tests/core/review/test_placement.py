"""Stage placement and readiness (DESIGN.md), derived from ratings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equity_desktop.core.review.placement import SUSTAINED_LABEL, place_component, placements, stage_progress
from equity_desktop.core.review.scales import BenchmarkStatus, Rating


def all_in_place(framework, component_id, through_stage):
    return {c.id: Rating.IN_PLACE for s in framework.stages[:through_stage] for c in s.conditions_for(component_id)}


def test_nothing_rated_places_everything_in_planning(framework):
    result = placements(framework, {})
    assert [p.stage.name for p in result] == ["Planning"] * 5
    assert all(len(p.holding_back) == 3 for p in result)


def test_component_moves_on_when_its_conditions_are_in_place(framework):
    values = all_in_place(framework, "fe", 1)
    fe = place_component(framework, values, "fe")
    assert fe.stage.name == "Early Implementation" and len(fe.holding_back) == 6
    assert place_component(framework, values, "de").stage.name == "Planning"


def test_not_applicable_is_skipped(framework):
    values = all_in_place(framework, "pa", 1)
    values["s1.map.pa.2"] = Rating.NOT_APPLICABLE
    assert place_component(framework, values, "pa").stage.number == 2


def test_progressing_still_holds_back(framework):
    values = all_in_place(framework, "em", 2)
    values["s2.map.em.3"] = Rating.PROGRESSING
    placed = place_component(framework, values, "em")
    assert placed.stage.number == 2
    assert [c.id for c in placed.holding_back] == ["s2.map.em.3"]
    assert "s2.map.em.3 Progressing" in placed.explanation(values)


def test_everything_in_place_is_sustained(framework):
    placed = place_component(framework, all_in_place(framework, "ci", 4), "ci")
    assert placed.sustained and placed.label == SUSTAINED_LABEL and placed.holding_back == ()
    assert "all four stages" in placed.explanation({})


def test_earlier_gap_wins_over_later_progress(framework):
    values = all_in_place(framework, "de", 4)
    values["s1.map.de.3"] = Rating.EMERGING
    assert place_component(framework, values, "de").stage.number == 1


CONDITION_RATINGS = st.sampled_from(list(Rating))


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_placement_is_the_earliest_stage_with_a_gap(framework, data):
    component = data.draw(st.sampled_from([c.id for c in framework.components]))
    values = {c.id: data.draw(CONDITION_RATINGS) for s in framework.stages for c in s.conditions_for(component)}
    placed = place_component(framework, values, component)
    gaps = [s.number for s in framework.stages for c in s.conditions_for(component)
            if values[c.id] not in (Rating.IN_PLACE, Rating.NOT_APPLICABLE)]
    if gaps:
        assert placed.stage.number == min(gaps) and not placed.sustained
        assert all(values[c.id] not in (Rating.IN_PLACE, Rating.NOT_APPLICABLE) for c in placed.holding_back)
    else:
        assert placed.sustained


def test_stage_ready_only_when_every_benchmark_is_met(framework):
    values = {b.id: BenchmarkStatus.MET for b in framework.stage("s1").benchmarks}
    assert stage_progress(framework, values, "s1").ready_to_move_on
    values["s1.bench.2"] = BenchmarkStatus.PARTLY_MET
    progress = stage_progress(framework, values, "s1")
    assert not progress.ready_to_move_on
    assert (progress.benchmarks_met, progress.benchmarks_total) == (3, 4)
    assert [b.id for b in progress.benchmarks_not_met] == ["s1.bench.2"]


def test_progress_counts_rated_items(framework):
    values = {"s2.map.de.1": Rating.NOT_APPLICABLE, "s2.map.de.2": Rating.EMERGING, "s2.ka.1.1": Rating.IN_PLACE}
    progress = stage_progress(framework, values, "s2")
    assert (progress.conditions_rated, progress.conditions_total) == (2, 23)
    assert (progress.actions_rated, progress.actions_total) == (1, 10)
