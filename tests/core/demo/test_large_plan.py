"""The large plan the scale benchmarks and tests open: the size asked for, the same every time."""

from __future__ import annotations

from equity_desktop.core.demo.large_plan import ITEMS_PER_OBJECTIVE, write_large_plan
from equity_desktop.core.review.plan_records import ActionStatus
from equity_desktop.core.review.store import ReviewStore


def _plan(path):
    with ReviewStore.open(path, read_only=True) as store:
        return store.action_plan()


def test_the_plan_has_the_items_asked_for_spread_over_objectives(framework, tmp_path):
    plan = _plan(write_large_plan(tmp_path / "a.eqreview", 120, framework))
    assert [item.id for item in plan.in_plan_order()] == list(range(1, 121))
    assert len(plan.objectives) == -(-120 // ITEMS_PER_OBJECTIVE) == 3
    assert {item.status for item in plan.items} == set(ActionStatus) and len({i.title for i in plan.items}) == 120
    assert _plan(write_large_plan(tmp_path / "b.eqreview", 120, framework)) == plan
