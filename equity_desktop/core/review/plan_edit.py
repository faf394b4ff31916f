"""The plan as `ReviewStore.write_plan` leaves it, worked out from the plan before and the edit (no reading back).

Reading a 1,000-item plan back from the file takes 25 ms, and the window did it after every edit
(bench/bench_stall_plan.py); the edit itself names everything that changed. `tests/core/review/test_plan_edit.py`
checks this against what the store reads back for every kind of plan edit.
"""

from __future__ import annotations

from collections.abc import Mapping

from equity_desktop.core.review.plan_records import ActionItem, ActionPlan, Objective
from equity_desktop.core.review.review_state import new_uid


def _in_order(records):
    """As the store reads them: by position, then id."""
    return tuple(sorted(records, key=lambda record: (record.position, record.id)))


def plan_after(plan: ActionPlan, objectives: Mapping[int, Objective | None] | None = None,
               items: Mapping[int, ActionItem | None] | None = None,
               dismissed: Mapping[str, bool] | None = None) -> ActionPlan:
    """`plan` after `write_plan(objectives, items, dismissed)`: records put or (None) deleted by id.

    In the store's order: a deleted objective leaves its items without one, then the items given are put.
    """
    kept_objectives = {o.id: o for o in plan.objectives}
    kept_items = {i.id: i for i in plan.items}
    for ident, objective in (objectives or {}).items():
        if objective is not None:
            kept_objectives[ident] = objective
            continue
        kept_objectives.pop(ident, None)
        kept_items.update({i.id: i._replace(objective_id=None) for i in kept_items.values() if i.objective_id == ident})
    for ident, item in (items or {}).items():
        if item is None:
            kept_items.pop(ident, None)
        else:
            kept_items[ident] = item
    gone = {key for key, dismiss in (dismissed or {}).items() if dismiss}
    back = {key for key, dismiss in (dismissed or {}).items() if not dismiss}
    return ActionPlan(_in_order(kept_objectives.values()), _in_order(kept_items.values()),
                      frozenset((plan.dismissed | gone) - back))


def with_uids(plan: ActionPlan, objectives: Mapping[int, Objective | None] | None = None,
              items: Mapping[int, ActionItem | None] | None = None
              ) -> tuple[dict[int, Objective | None], dict[int, ActionItem | None]]:
    """The edit's records, each with the uid it keeps in every copy of the review: its own, the uid of the
    record it replaces, or a new one.

    Given before the edit is first applied, so that the plan in memory, the file, and every undo and redo of
    the edit agree on it (a deleted item put back by undo is the same item to a later merge).
    """
    def kept(record, earlier):
        if record is None or record.uid:
            return record
        return record._replace(uid=earlier.uid if earlier is not None and earlier.uid else new_uid())

    return ({ident: kept(o, plan.objective(ident)) for ident, o in (objectives or {}).items()},
            {ident: kept(i, plan.item(ident)) for ident, i in (items or {}).items()})
