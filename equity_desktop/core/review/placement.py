"""Where each component stands, and whether a stage is ready to move on (DESIGN.md "Stage placement").

Derived from the ratings every time, never stored: a component's stage is the
earliest stage whose map conditions for it are not all In place (Not applicable
ones are skipped); a component with every condition In place in all four stages
is "Optimization — sustained". A stage is ready to move on when all its
benchmarks are Met. Each result carries its reasons so the UI can say why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from equity_desktop.core.framework.content import Benchmark, Component, Condition, Framework, Stage
from equity_desktop.core.review.scales import BenchmarkStatus, Rating

Values = Mapping[str, Rating | BenchmarkStatus]  # item id -> value; a missing id is Unrated
SUSTAINED_LABEL = "Optimization — sustained"


class Placement(NamedTuple):
    component: Component
    stage: Stage  # the stage the component works in (the last stage when sustained)
    sustained: bool
    holding_back: tuple[Condition, ...]  # conditions of `stage` not yet In place

    @property
    def label(self) -> str:
        return SUSTAINED_LABEL if self.sustained else self.stage.name

    def explanation(self, values: Values) -> str:
        """One sentence a team can read: why the component sits here."""
        if self.sustained:
            return f"{self.component.name}: every map condition in all four stages is In place."
        count = len(self.holding_back)
        noun = "condition" if count == 1 else "conditions"
        states = ", ".join(f"{c.id} {_rating(values, c.id).label}" for c in self.holding_back)
        return (f"{self.component.name} is in {self.stage.name}: {count} {noun} of the "
                f"{self.stage.name} map not yet In place ({states}).")


class StageProgress(NamedTuple):
    stage: Stage
    conditions_rated: int
    conditions_total: int
    actions_rated: int
    actions_total: int
    benchmarks_met: int
    benchmarks_total: int
    benchmarks_not_met: tuple[Benchmark, ...]  # every benchmark not yet Met, whatever its status

    @property
    def ready_to_move_on(self) -> bool:
        return self.benchmarks_met == self.benchmarks_total


def _rating(values: Values, item_id: str) -> Rating:
    return Rating(values.get(item_id, Rating.UNRATED))


def _holds_back(values: Values, condition: Condition) -> bool:
    return _rating(values, condition.id) not in (Rating.IN_PLACE, Rating.NOT_APPLICABLE)


def place_component(framework: Framework, values: Values, component_id: str) -> Placement:
    component = framework.component(component_id)
    for stage in framework.stages:
        holding = tuple(c for c in stage.conditions_for(component_id) if _holds_back(values, c))
        if holding:
            return Placement(component, stage, False, holding)
    return Placement(component, framework.stages[-1], True, ())


def placements(framework: Framework, values: Values) -> tuple[Placement, ...]:
    """The placement of each of the five components, in the framework's order."""
    return tuple(place_component(framework, values, c.id) for c in framework.components)


def stage_progress(framework: Framework, values: Values, stage_id: str) -> StageProgress:
    stage = framework.stage(stage_id)
    not_met = tuple(b for b in stage.benchmarks if values.get(b.id) != BenchmarkStatus.MET)
    return StageProgress(
        stage=stage,
        conditions_rated=sum(_rating(values, c.id) is not Rating.UNRATED for c in stage.conditions),
        conditions_total=len(stage.conditions),
        actions_rated=sum(_rating(values, a.id) is not Rating.UNRATED for a in stage.key_actions),
        actions_total=len(stage.key_actions),
        benchmarks_met=len(stage.benchmarks) - len(not_met),
        benchmarks_total=len(stage.benchmarks),
        benchmarks_not_met=not_met,
    )

