"""The action plan of a review (DESIGN.md "Action plan"; seeds/004 "Action Planning"; seeds/002 7-year plan).

Objectives group action items. Each item names the gap it answers (a benchmark,
a map condition, an isolated group or a disproportionate outcome), its root
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

from equity_desktop.core.scales import LabelledEnum

PLAN_YEARS = 7
_SCHOOL_YEAR_STARTS = 7  # July


class ActionStatus(LabelledEnum):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    ON_HOLD = "on_hold", "On hold"
    DONE = "done", "Done"


# Status is never shown by colour alone: a mark and the word, on screen and on paper.
STATUS_MARKS = {ActionStatus.NOT_STARTED: "○", ActionStatus.IN_PROGRESS: "◐", ActionStatus.ON_HOLD: "‖",
                ActionStatus.DONE: "●"}


def status_text(status: ActionStatus) -> str:
    return f"{STATUS_MARKS[status]} {status.label}"


class GapKind(LabelledEnum):
    NONE = "", "No linked gap"
    BENCHMARK = "benchmark", "Benchmark"
    CONDITION = "condition", "Map condition"
    ISOLATION = "isolation", "Isolated group"
    DISPROPORTIONALITY = "disproportionality", "Disproportionate outcome"


class Objective(NamedTuple):
    id: int
    title: str
    position: int = 0


class ActionItem(NamedTuple):
    """One action item; `id` is chosen by whoever adds it, so undo and redo address the same row."""

    id: int
    title: str
    objective_id: int | None = None
    component_id: str = ""          # "de", "em", "ci", "fe", "pa" or empty
    stage_number: int | None = None  # 1-4
    gap_kind: GapKind = GapKind.NONE
    gap_ref: str = ""               # framework item id, or "dimension/group", or "outcome/dimension/group"
    gap_text: str = ""              # the gap as the suggestion worded it when it was accepted
    root_cause: str = ""
    theory_of_action: str = ""      # "If … then …"
    steps: str = ""
    lead: str = ""
    responsible: str = ""
    resources: str = ""
    funding_source: str = ""
    start: str = ""
    due: str = ""
    metric: str = ""
    baseline: str = ""
    target: str = ""
    target_date: str = ""
    status: ActionStatus = ActionStatus.NOT_STARTED
    progress_notes: str = ""
    position: int = 0

    @property
    def gap_key(self) -> str:
        """What links the item to its suggestion: "benchmark:s1.bench.2"; empty when it answers no gap."""
        return f"{self.gap_kind.value}:{self.gap_ref}" if self.gap_kind is not GapKind.NONE else ""


# Every text field of an item, in the order forms, tables and spreadsheets show them.
TEXT_FIELDS = ("title", "gap_text", "root_cause", "theory_of_action", "steps", "lead", "responsible", "resources",
               "funding_source", "start", "due", "metric", "baseline", "target", "target_date", "progress_notes")
DATE_FIELDS = ("start", "due", "target_date")
FIELD_LABELS = {
    "title": "Action", "objective_id": "Objective", "component_id": "Component", "stage_number": "Stage",
    "gap_kind": "Gap kind", "gap_ref": "Gap", "gap_text": "Gap it answers", "root_cause": "Root cause",
    "theory_of_action": "Theory of action (If … then …)", "steps": "Steps", "lead": "Lead",
    "responsible": "People responsible", "resources": "Resources", "funding_source": "Funding source",
    "start": "Start", "due": "Due", "metric": "Metric", "baseline": "Baseline", "target": "Target",
    "target_date": "Target date", "status": "Status", "progress_notes": "Progress notes",
}


class ActionPlan(NamedTuple):
    objectives: tuple[Objective, ...] = ()
    items: tuple[ActionItem, ...] = ()
    dismissed: frozenset[str] = frozenset()  # gap keys of suggestions the team dismissed

    def objective(self, objective_id: int | None) -> Objective | None:
        return next((o for o in self.objectives if o.id == objective_id), None)

    def item(self, item_id: int) -> ActionItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def next_item_id(self) -> int:
        return max((i.id for i in self.items), default=0) + 1

    def next_objective_id(self) -> int:
        return max((o.id for o in self.objectives), default=0) + 1

    def leads(self) -> list[str]:
        return sorted({i.lead for i in self.items if i.lead}, key=str.casefold)

    def linked_gaps(self) -> set[str]:
        return {i.gap_key for i in self.items if i.gap_key}

    def in_plan_order(self) -> list[ActionItem]:
        """Items grouped under their objectives (in objective order), items without one last."""
        rank = {o.id: n for n, o in enumerate(sorted(self.objectives, key=lambda o: (o.position, o.id)))}
        return sorted(self.items, key=lambda i: (rank.get(i.objective_id, len(rank)), i.position, i.id))


def clean_text(text: object) -> str:
    """Text as it is stored: NFC (so "Nguyễn" typed on a Mac equals the one typed on Windows), no outer spaces."""
    return unicodedata.normalize("NFC", "" if text is None else str(text)).strip()


def parse_date(text: str) -> date | None:
    """An ISO date, or None when empty; ValueError (with the reason) when it is not a date."""
    text = text.strip()
    return date.fromisoformat(text) if text else None


def date_problem(label: str, text: str) -> str:
    """A sentence when `text` is not a date in YYYY-MM-DD form; empty when it is fine (or empty)."""
    try:
        parse_date(text)
    except ValueError:
        return f"{label} \"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31."
    return ""


def item_problems(item: ActionItem) -> list[str]:
    """What makes an item impossible to save, each as a sentence (empty when it can be saved)."""
    problems = [] if item.title.strip() else ["An action item needs a title; type what will be done."]
    problems += [p for name in DATE_FIELDS if (p := date_problem(FIELD_LABELS[name], getattr(item, name)))]
    start, due = _safe_date(item.start), _safe_date(item.due)
    if start and due and due < start:
        problems.append(f"The due date {item.due} is before the start date {item.start}; correct one of them.")
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
    today = today or date.today()
    return today.year if today.month >= _SCHOOL_YEAR_STARTS else today.year - 1


def school_year_label(start_year: int) -> str:
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def school_year_of(day: date) -> int:
    return day.year if day.month >= _SCHOOL_YEAR_STARTS else day.year - 1


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
        a = school_year_of(start or due) - first_year
        b = school_year_of(due or start) - first_year
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


def sort_items(items: Iterable[ActionItem], key: str, plan: ActionPlan | None = None) -> list[ActionItem]:
    """Items in plan order, or by due date (undated last), status, lead, component or stage."""
    items = list(items)
    if key == "plan":
        order = {i.id: n for n, i in enumerate((plan or ActionPlan(items=tuple(items))).in_plan_order())}
        return sorted(items, key=lambda i: order.get(i.id, len(order)))
    keys = {
        "due": lambda i: (not i.due, i.due, i.id),
        "status": lambda i: (list(ActionStatus).index(i.status), i.due or "9999", i.id),
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
            and (status is None or i.status is status)
            and (lead is None or i.lead == lead)
            and (due_by is None or (i.due and i.due <= due_by))]


def overdue(item: ActionItem, today: date) -> bool:
    due = _safe_date(item.due)
    return bool(due and due < today and item.status is not ActionStatus.DONE)
