"""An edited workbook's return as a merge: its changes (against what it was written from) set against what
was changed in the program since the export.

A rating or an action item field changed only in the workbook is taken; changed in the program only, it stays;
changed on both sides to different values, it is a `WorkbookConflict` (the program's value unless the person
chooses the workbook's). Items and objectives added in Excel get numbers after those the program has now. An
item deleted in the program after the export is not brought back; a note says so. Each change is said by the
item's number and text, never by an internal id.
"""

from __future__ import annotations

from equity_desktop.core.framework.content import Framework
from equity_desktop.core.framework.display import item_label
from equity_desktop.core.output.plan_changes import PlanChanges, WorkbookConflict
from equity_desktop.core.review.document import Review
from equity_desktop.core.review.plan_records import FIELD_LABELS, ActionItem, Objective

_LABEL_TEXT = 60


def since_written(framework: Framework, base: Review, current: Review, read: PlanChanges) -> PlanChanges:
    """`read` (the workbook against `base`) as changes to `current`, with the conflicts between them."""
    lines: list[str] = []
    conflicts: list[WorkbookConflict] = []
    ratings = _ratings(framework, base, current, read, lines, conflicts)
    objectives, items, notes = _plan(base, current, read, lines, conflicts)
    return PlanChanges(ratings, objectives, items, lines, [*read.notes, *notes], tuple(conflicts))


def _rating_words(value, note: str) -> str:
    return f"{value.label}" + (f" — “{note}”" if note else " (no evidence note)")


def _ratings(framework, base, current, read, lines, conflicts):
    taken = []
    for item_id, value, note in read.ratings:
        scale = type(value)
        old = base.assessments.get(item_id)
        now = current.assessments.get(item_id)
        old_value, old_note = (old.value, old.note) if old else (scale.UNRATED, "")
        now_value, now_note = (now.value, now.note) if now else (scale.UNRATED, "")
        label = item_label(framework, item_id, _LABEL_TEXT)
        merged_value = value if now_value == old_value else now_value
        merged_note = note if now_note == old_note else now_note
        value_conflict = value != old_value and now_value not in (old_value, value)
        note_conflict = note != old_note and now_note not in (old_note, note)
        if value_conflict or note_conflict:
            conflicts.append(WorkbookConflict(label, _rating_words(now_value, now_note), _rating_words(value, note),
                                              rating=(item_id, value, note)))
            continue
        if (merged_value, merged_note) == (now_value, now_note):
            continue
        taken.append((item_id, merged_value, merged_note))
        what = [f"{now_value.label} → {merged_value.label}"] if merged_value != now_value else []
        what += ["evidence note changed"] if merged_note != now_note else []
        lines.append(f"Rating of {label}: {'; '.join(what)}")
    return taken


def _plan(base, current, read, lines, conflicts):
    plan = current.plan
    next_objective, next_item = plan.next_objective_id(), plan.next_item_id()
    objective_ids: dict[int, int] = {}
    objectives: dict[int, Objective] = {}
    known = {o.title.casefold(): o.id for o in plan.objectives}
    for ident, objective in read.objectives.items():
        if objective.title.casefold() in known:  # added in the program too, under the same title
            objective_ids[ident] = known[objective.title.casefold()]
            continue
        objective_ids[ident] = next_objective
        objectives[next_objective] = objective._replace(id=next_objective, position=next_objective)
        lines.append(f"New objective: {objective.title}")
        next_objective += 1
    items: dict[int, ActionItem] = {}
    notes = []
    titles = {i.title.casefold() for i in plan.items}
    for ident, item in read.items.items():
        item = item._replace(objective_id=objective_ids.get(item.objective_id, item.objective_id))
        old = base.plan.item(ident)
        if old is None and item.title.casefold() in titles:
            continue  # a row typed in Excel that an earlier return of this workbook added already
        if old is None:
            items[next_item] = item._replace(id=next_item, position=next_item, uid="")
            lines.append(f"New action item: {item.title}")
            next_item += 1
            continue
        now = plan.item(ident) if plan.item(ident) and plan.item(ident).uid == old.uid else None
        if now is None:
            notes.append(f"“{old.title}” was deleted in the program after the workbook was written; its changes "
                         "in the workbook were not applied (undo the deletion first to keep them).")
            continue
        changed = [f for f in ActionItem._fields if f not in ("id", "uid") and getattr(item, f) != getattr(old, f)]
        taken = {f: getattr(item, f) for f in changed if getattr(now, f) == getattr(old, f)}
        clashing = [f for f in changed if getattr(now, f) not in (getattr(old, f), getattr(item, f))]
        merged = now._replace(**taken)
        if merged != now:
            items[ident] = merged
            lines.append(f"Action item “{now.title}”: {', '.join(FIELD_LABELS.get(f, f) for f in taken).lower()} "
                         "changed")
        if clashing:
            names = ", ".join(FIELD_LABELS.get(f, f) for f in clashing).lower()
            conflicts.append(WorkbookConflict(
                f"Action item “{now.title}” ({names})",
                "; ".join(f"{FIELD_LABELS.get(f, f)}: {_field(getattr(now, f))}" for f in clashing),
                "; ".join(f"{FIELD_LABELS.get(f, f)}: {_field(getattr(item, f))}" for f in clashing),
                item=merged._replace(**{f: getattr(item, f) for f in clashing})))
    return objectives, items, notes


def _field(value) -> str:
    text = getattr(value, "label", None) or ("" if value is None else str(value))
    return f"“{text}”" if text else "empty"
