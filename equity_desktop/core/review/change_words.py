"""A change of a review in words, for the merge's list and its conflicts: what it is (by item number and text,
never an internal id) and the value (a rating's label, a record's title, "removed").

One place for every front end: the merge dialog, the command line and their tests say a change the same way.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from equity_desktop.core.framework.content import Framework
from equity_desktop.core.framework.display import framework_words, item_label
from equity_desktop.core.i18n import Texts
from equity_desktop.core.review.plan_records import field_label
from equity_desktop.core.review.review_state import kind_of, name_of
from equity_desktop.core.review.scales import ProgramType, StakeholderGroup, scale_for
from equity_desktop.core.wording import shortened

_TEXT = 60
_REMOVABLE = ("team", "objective", "item", "snapshot", "ballot", "setting")


def what(framework: Framework, key: str, *values: Any) -> str:
    """What `key` is, in words (in the framework's language); `values` (either side's) name a record that one side
    removed."""
    words = framework_words(framework)
    kind, name = kind_of(key), name_of(key)
    if kind in ("rating", "note", "rationale") and framework.has_item(name):
        return words.t(f"change.{kind}", item=item_label(framework, name, _TEXT))
    record = next((v for v in values if isinstance(v, dict)), {})
    if kind == "profile":
        return words.t("change.profile", field=_known(words, f"profile.{name}", name))
    if kind == "team":
        return words.t("change.team", name=record.get("name", "")).strip()
    if kind in ("objective", "item"):
        return words.t(f"change.{kind}", title=shortened(record.get("title", ""), _TEXT))
    if kind == "dismissed":
        return words.t("change.suggestion", name=name)
    if kind == "snapshot":
        return words.t("change.snapshot", name=name)
    if kind == "setting":
        return words.t("change.setting", name=_known(words, f"setting.{name}", name))
    if kind == "ballot":
        return words.t("change.ballot", member=record.get("member", "")).strip()
    return key


def value(framework: Framework, key: str, found: Any, fields: tuple[str, ...] = ()) -> str:
    """A key's value in words (in the framework's language); for a record in conflict, only its `fields`."""
    words = framework_words(framework)
    kind, name = kind_of(key), name_of(key)
    if found is None:
        return words.t("change.removed" if kind in _REMOVABLE else "change.empty")
    if kind == "rating" and framework.has_item(name):
        return words.label(scale_for(framework, name)(found))
    if kind == "dismissed":
        return words.t("change.dismissed" if found else "change.offered_again")
    if kind == "profile" and name == "program_type":
        return words.label(ProgramType(found)) if found else words.t("change.not_chosen")
    if kind == "team":
        group = words.label(StakeholderGroup(found["group"])) if found.get("group") else words.t("change.no_group")
        return ", ".join(part for part in (found["name"], found.get("role", ""), group) if part)
    if kind == "snapshot":
        return words.t("change.imported", file=found.get("file", ""), date=str(found.get("imported_at", ""))[:10])
    if kind == "ballot":
        return words.n("change.ratings", len(found.get("ratings", {})))
    if isinstance(found, dict):
        shown = fields or tuple(sorted(found))
        return "; ".join(f"{field_label(f, words)}: {_text(words, found.get(f))}" for f in shown)
    return _text(words, found)


def _known(words: Texts, message_id: str, fallback: str) -> str:
    found = words.messages.get(message_id)
    return found if isinstance(found, str) else fallback


def _text(words: Texts, found: Any) -> str:
    if isinstance(found, Enum):
        text = words.label(found)
    else:
        text = "" if found is None else str(getattr(found, "label", found))
    return f"“{shortened(text, _TEXT)}”" if text else words.t("change.empty")
