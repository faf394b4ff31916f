"""A change of a review in words, for the merge's list and its conflicts: what it is (by item number and text,
never an internal id) and the value (a rating's label, a record's title, "removed").

One place for every front end: the merge dialog, the command line and their tests say a change the same way.
"""

from __future__ import annotations

from typing import Any

from equity_desktop.core.framework.content import Framework
from equity_desktop.core.framework.display import item_label
from equity_desktop.core.review.plan_records import FIELD_LABELS
from equity_desktop.core.review.review_state import kind_of, name_of
from equity_desktop.core.review.scales import ProgramType, StakeholderGroup, scale_for
from equity_desktop.core.wording import plural, shortened

_PROFILE = {"school": "School", "district": "District", "school_year": "School year", "magnet_theme": "Magnet theme",
            "program_type": "Program type", "grades_served": "Grades served"}
_SETTINGS = {"mgi_rule": "Isolation rule", "mgi_threshold": "Isolation threshold",
             "suppression_size": "Smallest count printed"}
_TEXT = 60


def what(framework: Framework, key: str, *values: Any) -> str:
    """What `key` is, in words; `values` (either side's) name a record that one side removed."""
    kind, name = kind_of(key), name_of(key)
    if kind in ("rating", "note", "rationale") and framework.has_item(name):
        part = {"rating": "rating", "note": "evidence note", "rationale": "the team's reason"}[kind]
        return f"{item_label(framework, name, _TEXT)}: {part}"
    record = next((v for v in values if isinstance(v, dict)), {})
    if kind == "profile":
        return f"School profile: {_PROFILE.get(name, name)}"
    if kind == "team":
        return f"Team member {record.get('name', '')}".strip()
    if kind == "objective":
        return f"Objective “{shortened(record.get('title', ''), _TEXT)}”"
    if kind == "item":
        return f"Action item “{shortened(record.get('title', ''), _TEXT)}”"
    if kind == "dismissed":
        return f"Suggestion {name}"
    if kind == "snapshot":
        return f"Enrollment {name}"
    if kind == "setting":
        return f"Setting: {_SETTINGS.get(name, name)}"
    if kind == "ballot":
        return f"Ballot of {record.get('member', '')}".strip()
    return key


def value(framework: Framework, key: str, found: Any, fields: tuple[str, ...] = ()) -> str:
    """A key's value in words; for a record in conflict, only its `fields`."""
    kind, name = kind_of(key), name_of(key)
    if found is None:
        return "removed" if kind in ("team", "objective", "item", "snapshot", "ballot", "setting") else "empty"
    if kind == "rating" and framework.has_item(name):
        return scale_for(framework, name)(found).label
    if kind == "dismissed":
        return "dismissed" if found else "offered again"
    if kind == "profile" and name == "program_type":
        return ProgramType(found).label if found else "not chosen"
    if kind == "team":
        group = StakeholderGroup(found["group"]).label if found.get("group") else "no group chosen"
        return ", ".join(part for part in (found["name"], found.get("role", ""), group) if part)
    if kind == "snapshot":
        return f"imported from {found.get('file', '')} on {str(found.get('imported_at', ''))[:10]}"
    if kind == "ballot":
        return plural(len(found.get("ratings", {})), "rating")
    if isinstance(found, dict):
        shown = fields or tuple(sorted(found))
        return "; ".join(f"{FIELD_LABELS.get(f, f.replace('_', ' ').capitalize())}: {_text(found.get(f))}"
                         for f in shown)
    return _text(found)


def _text(found: Any) -> str:
    text = "" if found is None else str(getattr(found, "label", found))
    return f"“{shortened(text, _TEXT)}”" if text else "empty"
