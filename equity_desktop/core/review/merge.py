"""Merging another copy of the review into this one: what only the other copy changed is taken, what both
changed differently is a conflict for the user to decide, and nothing is lost.

Two copies share a review's identity (`meta.review_id`, copied with the file, whether by *Save a Copy As* or a
file manager) and the start of their change logs. For each key (`review_state`) the log tells who changed it
since the copies parted: the other copy's revisions this copy has not seen are *theirs*, this copy's that the
other has not seen are *ours*. The base, when both changed a key, is the value of the last revision both hold;
a record (an action item, a team member) is then merged field by field, so that one copy's new due date and
the other's new lead are both kept. Values that ended up the same are not a conflict.

The merge is applied in one transaction (`ReviewStore.apply_values`); the other copy's revisions are added to
this copy's log, so that its values stay in the history even where this copy's were kept, and a second merge
of the same copy finds nothing new. Undoing the merge removes them again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from equity_desktop.core import errors
from equity_desktop.core.i18n.message import Message
from equity_desktop.core.review import review_state
from equity_desktop.core.review.review_state import absent, kind_of
from equity_desktop.core.review.store import LoggedChange, ReviewStore


class Side(NamedTuple):
    """One copy's value of a key, with who changed it last and when (empty when the log does not say)."""

    value: Any
    changed_by: str = ""
    changed_at: str = ""


class Conflict(NamedTuple):
    """A key both copies changed differently since they parted. For a record, `fields` names the fields in
    conflict (the others are merged already, in `ours` and `theirs` alike)."""

    key: str
    ours: Side
    theirs: Side
    fields: tuple[str, ...] = ()


class MergePlan(NamedTuple):
    """What merging `source` would do: the values taken, the conflicts, and the other copy's log."""

    source: Path
    taken: dict[str, Any]          # key -> the value taken (changed only in the other copy, or merged by field)
    conflicts: tuple[Conflict, ...]
    log: tuple[LoggedChange, ...]  # the other copy's revisions this copy has not seen
    snapshots: dict[str, Any]      # school year -> the other copy's snapshot (for keys taken or in conflict)
    kept: int                      # keys this copy changed and the other did not: kept as they are

    @property
    def empty(self) -> bool:
        return not self.taken and not self.conflicts and not self.log


def plan_merge(ours: ReviewStore, path: Path | str) -> MergePlan:
    """Compare this review with the copy at `path` (opened read-only); refuse a file that is not a copy of it."""
    path = Path(path)
    with ReviewStore.open(path, read_only=True, framework=ours.framework) as theirs:
        _check_same_review(ours, theirs, path)
        their_state, their_log = theirs.state(), theirs.change_log()
        their_snapshots = {s.year: s for s in theirs.snapshots()}
    our_state, our_log = ours.state(), ours.change_log()
    our_revs = {change.rev for change in our_log}
    their_revs = {change.rev for change in their_log}
    ours_by_key, theirs_by_key = _by_key(our_log), _by_key(their_log)
    taken: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    kept = 0
    for key in sorted({*our_state, *their_state, *ours_by_key, *theirs_by_key}):
        mine, other = our_state.get(key, absent(key)), their_state.get(key, absent(key))
        if mine == other:
            continue
        our_history, their_history = ours_by_key.get(key, []), theirs_by_key.get(key, [])
        their_new = [c for c in their_history if c.rev not in our_revs]
        our_new = [c for c in our_history if c.rev not in their_revs]
        if not their_new and our_new:
            kept += 1
            continue
        if their_new and not our_new:
            taken[key] = other
            continue
        common = [c for c in our_history if c.rev in their_revs]
        base = json.loads(common[-1].value) if common else _UNKNOWN
        merged, fields = _three_way(base, mine, other)
        if not fields:
            if merged == mine:
                kept += 1
            else:
                taken[key] = merged
            continue
        ours_side = _side(mine if not isinstance(merged, dict) else {**merged, **_pick(mine, fields)}, our_history)
        theirs_side = _side(other if not isinstance(merged, dict) else {**merged, **_pick(other, fields)},
                            their_history)
        conflicts.append(Conflict(key, ours_side, theirs_side, fields))
    years = {review_state.name_of(key) for key in [*taken, *(c.key for c in conflicts)] if kind_of(key) == "snapshot"}
    return MergePlan(path, taken, tuple(conflicts), tuple(c for c in their_log if c.rev not in our_revs),
                     {year: their_snapshots.get(year) for year in years}, kept)


_UNKNOWN = object()  # no revision both copies hold: they differed before either logged a change


def _three_way(base: Any, mine: Any, other: Any) -> tuple[Any, tuple[str, ...]]:
    """(merged value, fields in conflict): a side equal to the base gives way to the other; two records are
    merged field by field; anything else is a conflict (its fields, or ("",) for a whole value)."""
    if base is not _UNKNOWN:
        if mine == base:
            return other, ()
        if other == base:
            return mine, ()
    if isinstance(mine, dict) and isinstance(other, dict):
        old = base if isinstance(base, dict) else {}
        merged, fields = {}, []
        for name in sorted({*mine, *other}):
            value, conflict = _three_way(old.get(name, _UNKNOWN), mine.get(name), other.get(name))
            merged[name] = value
            if conflict:
                fields.append(name)
        return merged, tuple(fields)
    return mine, ("",)


def _pick(record: Any, fields: tuple[str, ...]) -> dict:
    return {name: record.get(name) for name in fields} if isinstance(record, dict) else {}


def _side(value: Any, history: list[LoggedChange]) -> Side:
    last = history[-1] if history else None
    return Side(value, last.changed_by if last else "", last.changed_at if last else "")


def _by_key(log: list[LoggedChange]) -> dict[str, list[LoggedChange]]:
    found: dict[str, list[LoggedChange]] = {}
    for change in log:
        found.setdefault(change.key, []).append(change)
    return found


def _check_same_review(ours: ReviewStore, theirs: ReviewStore, path: Path) -> None:
    if theirs.identity() == ours.identity():
        return
    mine, other = ours.profile(), theirs.profile()
    if mine.school.strip().casefold() != other.school.strip().casefold():
        raise errors.MergeRefusedError(path, Message("review_error.merge_other_school", name=path.name,
                                                     other=other.school, mine=mine.school))
    raise errors.MergeRefusedError(path, Message("review_error.merge_unrelated", name=path.name, school=other.school))


class Resolved(NamedTuple):
    """A merge ready to apply: the values to write (taken and the conflicts as decided) and the log to add."""

    values: dict[str, Any]
    log: tuple[LoggedChange, ...]


def resolve(plan: MergePlan, choices: Mapping[str, str]) -> Resolved:
    """The merge with each conflict decided: `choices[key]` is "ours" or "theirs" (ours when not given).

    Snapshot keys carry the snapshot itself (or None), as `ReviewStore.apply_values` writes them.
    """
    values = dict(plan.taken)
    for conflict in plan.conflicts:
        chosen = conflict.theirs if choices.get(conflict.key) == "theirs" else conflict.ours
        values[conflict.key] = chosen.value
    for key in values:
        if kind_of(key) == "snapshot":
            values[key] = plan.snapshots.get(review_state.name_of(key)) if values[key] is not None else None
    return Resolved(values, plan.log)


def undo_state(store: ReviewStore, resolved: Resolved) -> Resolved:
    """What puts the review back as it was before `resolved`: the values it had and none of the added log."""
    values = store.values(resolved.values)
    snapshots = {s.year: s for s in store.snapshots()} if any(kind_of(k) == "snapshot" for k in values) else {}
    for key in values:
        if kind_of(key) == "snapshot":
            values[key] = snapshots.get(review_state.name_of(key))
    return Resolved(values, ())


def apply(store: ReviewStore, resolved: Resolved, remove: tuple[LoggedChange, ...] = (),
          source: str = "") -> None:
    """Write a merge (or, with `remove` = the log it added, its undo) in one transaction."""
    store.apply_values(resolved.values, add_log=resolved.log, remove_log=[c.rev for c in remove], source=source)


def merge_everything(store: ReviewStore, path: Path | str, prefer: Callable[[Conflict], str] = lambda c: "ours"
                     ) -> MergePlan:
    """Plan and apply a merge in one step, deciding each conflict with `prefer` (the command line's way)."""
    plan = plan_merge(store, path)
    apply(store, resolve(plan, {c.key: prefer(c) for c in plan.conflicts}), source=f"merge {Path(path).name}")
    return plan
