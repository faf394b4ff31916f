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
from equity_desktop.core.framework.display import framework_words, item_label
from equity_desktop.core.output.plan_changes import PlanChanges, WorkbookConflict
from equity_desktop.core.review.document import Review
from equity_desktop.core.review.plan_records import ActionItem, Objective, field_label

_LABEL_TEXT = 60


def since_written(framework: Framework, base: Review, current: Review, read: PlanChanges) -> PlanChanges:
    """`read` (the workbook against `base`) as changes to `current`, with the conflicts between them."""
    lines: list[str] = []
    conflicts: list[WorkbookConflict] = []
    words = framework_words(framework)  # said in the language of the framework the person sees
    ratings = _ratings(framework, words, base, current, read, lines, conflicts)
    objectives, items, notes = _plan(words, base, current, read, lines, conflicts)
    return PlanChanges(ratings, objectives, items, lines, [*read.notes, *notes], tuple(conflicts))


def _rating_words(words, value, note: str) -> str:
    if note:
        return words.t("return.rating_words", rating=words.label(value), note=note)
    return words.t("return.rating_no_note", rating=words.label(value))


def _ratings(framework, words, base, current, read, lines, conflicts):
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
            conflicts.append(WorkbookConflict(label, _rating_words(words, now_value, now_note),
                                              _rating_words(words, value, note), rating=(item_id, value, note)))
            continue
        if (merged_value, merged_note) == (now_value, now_note):
            continue
        taken.append((item_id, merged_value, merged_note))
        what = ([words.t("return.rating_changed", old=words.label(now_value), new=words.label(merged_value))]
                if merged_value != now_value else [])
        what += [words.t("return.note_changed")] if merged_note != now_note else []
        lines.append(words.t("return.rating", item=label, what="; ".join(what)))
    return taken


def _plan(words, base, current, read, lines, conflicts):
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
        lines.append(words.t("return.new_objective", title=objective.title))
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
            lines.append(words.t("return.new_item", title=item.title))
            next_item += 1
            continue
        now = plan.item(ident) if plan.item(ident) and plan.item(ident).uid == old.uid else None
        if now is None:
            notes.append(words.t("return.deleted", title=old.title))
            continue
        changed = [f for f in ActionItem._fields if f not in ("id", "uid") and getattr(item, f) != getattr(old, f)]
        taken = {f: getattr(item, f) for f in changed if getattr(now, f) == getattr(old, f)}
        clashing = [f for f in changed if getattr(now, f) not in (getattr(old, f), getattr(item, f))]
        merged = now._replace(**taken)
        if merged != now:
            items[ident] = merged
            lines.append(words.t("return.item_changed", title=now.title,
                                 fields=", ".join(field_label(f, words) for f in taken).lower()))
        if clashing:
            names = ", ".join(field_label(f, words) for f in clashing).lower()
            conflicts.append(WorkbookConflict(
                words.t("return.item_conflict", title=now.title, fields=names),
                "; ".join(f"{field_label(f, words)}: {_field(words, getattr(now, f))}" for f in clashing),
                "; ".join(f"{field_label(f, words)}: {_field(words, getattr(item, f))}" for f in clashing),
                item=merged._replace(**{f: getattr(item, f) for f in clashing})))
    return objectives, items, notes


def _field(words, value) -> str:
    text = (words.label(value) if hasattr(value, "label") else None) or ("" if value is None else str(value))
    return f"“{text}”" if text else words.t("change.empty")
