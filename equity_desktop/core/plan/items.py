"""The action plan's rules (DESIGN.md "Action plan"; seeds/004 "Action Planning"; seeds/002 7-year plan).

The records (objectives, action items, status) are in `core.review.plan_records`. Each item names
the gap it answers (a benchmark, a map condition, an isolated group or a disproportionate outcome), its root
cause and theory of action (If … then …), steps, lead and people responsible,
resources and funding, dates, evidence of impact, status and progress notes.

Dates are ISO strings ("2027-03-31") or empty; a school year runs from 1 July
to 30 June, and the plan covers seven school years from the review's year.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from equity_desktop.core.i18n.message import Message, Term
from equity_desktop.core.review.plan_records import (
    DATE_FIELDS,
    FIELD_LABELS,
    STATUS_MARKS,
    ActionItem,
    ActionPlan,
    ActionStatus,
)

PLAN_YEARS = 7
_SCHOOL_YEAR_STARTS = 7  # July


def status_text(status: ActionStatus) -> str:
    return f"{STATUS_MARKS[status]} {status.label}"


def clean_text(text: object) -> str:
    """Text as it is stored: NFC (so "Nguyễn" typed on a Mac equals the one typed on Windows), no outer spaces."""
    return unicodedata.normalize("NFC", "" if text is None else str(text)).strip()


def parse_date(text: str) -> date | None:
    """An ISO date, or None when empty; ValueError (with the reason) when it is not a date."""
    text = text.strip()
    return date.fromisoformat(text) if text else None


def date_problem(label: str | Term, text: str) -> str:
    """A sentence when `text` is not a date in YYYY-MM-DD form; empty when it is fine (or empty)."""
    try:
        parse_date(text)
    except ValueError:
        return Message("error.plan_not_a_date", label=label, text=text)
    return ""


def field_term(name: str) -> Term:
    """A plan item field's label inside a sentence: English as FIELD_LABELS has it, else the catalogue's."""
    return Term(FIELD_LABELS[name], f"field.{name}")


def item_problems(item: ActionItem) -> list[str]:
    """What makes an item impossible to save, each as a sentence (empty when it can be saved)."""
    return list(field_problems(item).values())


def field_problems(item: ActionItem) -> dict[str, str]:
    """What makes an item impossible to save, by the field to correct (a form shows each beside its field)."""
    problems: dict[str, str] = {} if item.title.strip() else {"title": Message("error.plan_needs_title")}
    problems |= {name: p for name in DATE_FIELDS if (p := date_problem(field_term(name), getattr(item, name)))}
    start, due = _safe_date(item.start), _safe_date(item.due)
    if start and due and due < start:
        problems["due"] = Message("error.plan_due_before_start", due=item.due, start=item.start)
    return problems


def _safe_date(text: str) -> date | None:
    try:
        return parse_date(text)
    except ValueError:
        return None


# ---- school years and the 7-year timeline ------------------------------------------------------

def first_year_of(school_year: str, today: date | None = None) -> int:
    """The calendar year a school year starts in: "2026-27" → 2026; today's school year when unreadable."""
    head = school_year.strip()[:4]
    if head.isdigit():
        return int(head)
    return school_year_of(today or date.today())


def school_year_label(start_year: int) -> str:
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def school_year_of(day: date) -> int:
    return day.year if day.month >= _SCHOOL_YEAR_STARTS else day.year - 1


def current_school_year(today: date | None = None) -> str:
    """The school year `today` falls in, as a new review starts with it: "2026-27" from July 2026 to June 2027."""
    return school_year_label(school_year_of(today or date.today()))


def plan_years(school_year: str, today: date | None = None) -> list[str]:
    """The seven school years of the plan, starting with the review's: ["2026-27", …, "2032-33"]."""
    first = first_year_of(school_year, today)
    return [school_year_label(first + n) for n in range(PLAN_YEARS)]


class TimelineRow(NamedTuple):
    item: ActionItem
    first: int | None  # index into the plan years, or None when the item has no readable dates
    last: int | None
    note: str          # "before the plan", "continues after the plan", "no dates yet" or ""


def timeline(items: Iterable[ActionItem], school_year: str) -> list[TimelineRow]:
    """Which of the seven plan years each item spans (start to due; one year when only one date is set)."""
    first_year = first_year_of(school_year)
    rows = []
    for item in items:
        start, due = _safe_date(item.start), _safe_date(item.due)
        if start is None and due is None:
            rows.append(TimelineRow(item, None, None, "no dates yet"))
            continue
        first, last = start or due, due or start
        assert first is not None and last is not None  # one of the two is set (checked above)
        a = school_year_of(first) - first_year
        b = school_year_of(last) - first_year
        notes = []
        if a < 0:
            notes.append("started before the plan")
        if b >= PLAN_YEARS:
            notes.append("continues after the plan")
        if b < 0 or a >= PLAN_YEARS:
            rows.append(TimelineRow(item, None, None, "outside the plan years"))
            continue
        rows.append(TimelineRow(item, max(a, 0), min(b, PLAN_YEARS - 1), "; ".join(notes)))
    return rows


# ---- sorting and filtering (the Action plan page and the CLI share these) ------------------------

SORT_KEYS = ("plan", "due", "status", "lead", "component", "stage")
_STATUS_ORDER = {status: number for number, status in enumerate(ActionStatus)}


def sort_items(items: Iterable[ActionItem], key: str, plan: ActionPlan | None = None) -> list[ActionItem]:
    """Items in plan order, or by due date (undated last), status, lead, component or stage."""
    items = list(items)
    if key == "plan":
        order = {i.id: n for n, i in enumerate((plan or ActionPlan(items=tuple(items))).in_plan_order())}
        return sorted(items, key=lambda i: order.get(i.id, len(order)))
    keys = {
        "due": lambda i: (not i.due, i.due, i.id),
        "status": lambda i: (_STATUS_ORDER[i.status], i.due or "9999", i.id),
        "lead": lambda i: (not i.lead, i.lead.casefold(), i.id),
        "component": lambda i: (not i.component_id, i.component_id, i.id),
        "stage": lambda i: (i.stage_number is None, i.stage_number or 0, i.id),
    }
    return sorted(items, key=keys[key])


def filter_items(items: Iterable[ActionItem], *, component: str | None = None, stage: int | None = None,
                 status: ActionStatus | None = None, lead: str | None = None,
                 due_by: str | None = None) -> list[ActionItem]:
    """Items matching every filter given (None means any); `due_by` keeps items due on or before that date."""
    return [i for i in items
            if (component is None or i.component_id == component)
            and (stage is None or i.stage_number == stage)
            and (status is None or i.status == status)
            and (lead is None or i.lead == lead)
            and (due_by is None or (i.due and i.due <= due_by))]


def overdue(item: ActionItem, today: date) -> bool:
    due = _safe_date(item.due)
    return bool(due and due < today and item.status is not ActionStatus.DONE)
