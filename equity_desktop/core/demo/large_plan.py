"""The demo review with a large action plan (1,000 items, say): what the scale benchmarks and tests open.

Built the same way every time, through the store as the program writes a plan. Each item copies every
field of one of the demo's own items, so its cells wrap and its gap links as a real plan's do, and gets
its own title; the items are spread over one objective per 50 items, with their statuses varied.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from equity_desktop.core.demo.review import write_demo
from equity_desktop.core.framework.content import Framework
from equity_desktop.core.review.plan_records import ActionStatus, Objective
from equity_desktop.core.review.review_state import uid_sequence
from equity_desktop.core.review.store import ReviewStore

ITEMS_PER_OBJECTIVE = 50


def write_large_plan(path: Path | str, count: int, framework: Framework | None = None) -> Path:
    """Write the demo review to `path` with its plan replaced by `count` items (ids 1 to `count`)."""
    path = write_demo(path, framework)
    with ReviewStore.open(path, framework=framework, uids=uid_sequence("large plan")) as store:
        models = store.load().plan.in_plan_order()
        objectives = {n: Objective(n, f"Objective {n} of the large plan: {models[n % len(models)].title[:60]}", n)
                      for n in range(1, -(-count // ITEMS_PER_OBJECTIVE) + 1)}
        statuses = itertools.cycle(ActionStatus)
        items = {n: models[n % len(models)]._replace(
                    id=n, uid="", position=n, objective_id=1 + (n - 1) // ITEMS_PER_OBJECTIVE, status=next(statuses),
                    title=f"Item {n}: {models[n % len(models)].title}")
                 for n in range(1, count + 1)}
        store.write_plan(objectives, {**{item.id: None for item in models}, **items})
    return path
