"""The action plan's records, as the review document holds them: objectives, action items, their status.

They live with the document because the store reads and writes them; the plan's rules (dates, the
7-year timeline, sorting, filtering, suggestions) live in `core.plan` and work on these records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from equity_desktop.core.review.scales import LabelledEnum

if TYPE_CHECKING:
    from equity_desktop.core.i18n import Texts


class ActionStatus(LabelledEnum):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    ON_HOLD = "on_hold", "On hold"
    DONE = "done", "Done"


# Status is never shown by colour alone: a mark and the word, on screen and on paper.
STATUS_MARKS = {ActionStatus.NOT_STARTED: "○", ActionStatus.IN_PROGRESS: "◐", ActionStatus.ON_HOLD: "‖",
                ActionStatus.DONE: "●"}


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
    uid: str = ""  # the same in every copy of the review; assigned by the store


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
    uid: str = ""  # the same in every copy of the review; assigned by the store (`id` is this copy's own)

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



def field_label(name: str, words: Texts | None = None) -> str:
    """A plan item field's label: FIELD_LABELS in English, the catalogue's "field.<name>" in another language
    (`words`, a core.i18n Texts), a readable form of the name for a field neither knows."""
    english = FIELD_LABELS.get(name, name.replace("_", " ").capitalize())
    return english if words is None else words.word(f"field.{name}", english)

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
        ordered = sorted(self.objectives, key=lambda o: (o.position, o.id))
        rank: dict[int | None, int] = {o.id: n for n, o in enumerate(ordered)}
        return sorted(self.items, key=lambda i: (rank.get(i.objective_id, len(rank)), i.position, i.id))
