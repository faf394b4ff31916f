"""`plan_after` gives the plan the store reads back after each kind of plan edit the window makes, once the
edit's records have their uids (`with_uids`, as the window gives them)."""

from __future__ import annotations

import pytest

from equity_desktop.core.review.plan_edit import plan_after, with_uids
from equity_desktop.core.review.plan_records import ActionItem, ActionStatus, Objective
from equity_desktop.core.review.store import ReviewStore


@pytest.fixture
def store(demo_copy):
    with ReviewStore.open(demo_copy) as opened:
        yield opened


def _edits(plan):
    """(objectives, items, dismissed) of every kind of edit: field, move, add, delete, objectives, suggestions."""
    first, second = plan.in_plan_order()[:2]
    objective = plan.objectives[0]
    members = {i.id: i._replace(objective_id=None) for i in plan.items if i.objective_id == objective.id}
    return [
        ({}, {first.id: first._replace(lead="Rosa Delgado", status=ActionStatus.DONE)}, {}),
        ({}, {second.id: second._replace(position=-1)}, {}),  # moved to the top of its objective
        ({}, {99: ActionItem(99, "Added", objective_id=objective.id, position=99)}, {}),
        ({}, {first.id: None}, {}),
        ({77: Objective(77, "Added objective", 0)}, {}, {}),
        ({objective.id: objective._replace(title="Renamed", position=9)}, {}, {}),
        ({objective.id: None}, members, {}),
        ({objective.id: None}, {}, {}),  # the store leaves the items without it on its own
        ({}, {}, {"benchmark:s3.bench.2": True, "condition:s3.map.ci.3": False}),
    ]


@pytest.mark.parametrize("number", range(9))
def test_the_plan_after_an_edit_is_what_the_store_reads_back(store, number):
    before = store.action_plan()
    objectives, items, dismissed = _edits(before)[number]
    objectives, items = with_uids(before, objectives, items)
    store.write_plan(objectives, items, dismissed)
    assert plan_after(before, objectives, items, dismissed) == store.action_plan()


def test_an_item_deleted_and_put_back_keeps_its_uid(store):
    plan = store.action_plan()
    first = plan.in_plan_order()[0]
    assert first.uid
    store.write_plan(items={first.id: None})
    store.write_plan(items={first.id: first})
    assert store.action_plan().item(first.id).uid == first.uid
    added = with_uids(plan, items={99: ActionItem(99, "New")})[1][99]
    edited = with_uids(plan, items={first.id: first._replace(uid="", lead="Someone")})[1][first.id]
    assert added.uid and added.uid not in {i.uid for i in plan.items}
    assert edited.uid == first.uid
