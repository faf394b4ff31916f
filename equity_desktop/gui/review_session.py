"""An open review as the GUI sees it: the store, a cache of what it holds, and the undo stack.

Every edit a widget makes goes through here: it is saved by the store at once
(one transaction), recorded on the undo stack, and announced by a signal so
every view of the item re-renders. Widgets never call the store themselves.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtGui import QUndoStack

from equity_desktop.core.errors import EquityError
from equity_desktop.core.framework.display import item_label
from equity_desktop.core.output.print_words import rule_describe
from equity_desktop.core.review.ballots import ballot_info
from equity_desktop.core.review.document import Assessment, SchoolProfile, TeamMember
from equity_desktop.core.review.plan_edit import plan_after, with_uids
from equity_desktop.core.review.scales import scale_for
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.core.wording import plural, shortened
from equity_desktop.gui.translation import words
from equity_desktop.gui.undo_commands import EditCommand

UNDO_TEXT = 90  # characters of an edit's name at most, so that "Undo …" fits the Edit menu of a 1024-wide window
ITEM_TEXT = 24  # characters of a framework item's text in an edit's name ("Rate Stage 1 · … “The district…” as …")


class ReviewSession(QObject):
    item_changed = Signal(str)  # item id whose rating or note changed
    profile_changed = Signal()
    team_changed = Signal()
    enrollment_changed = Signal()  # snapshots imported or removed, or the isolation rule changed
    plan_changed = Signal()  # an objective or action item added, edited or removed, or a suggestion dismissed
    saved = Signal(str)  # the time of the save, as the user reads it
    edit_failed = Signal(object)  # the EquityError, whose message says what to do
    workshop_changed = Signal()  # ballots collected, a team's reason changed, or another copy merged

    def __init__(self, store: ReviewStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.framework = store.framework
        self.undo_stack = QUndoStack(self)
        review = store.load()
        self.profile = review.profile
        self.team = list(review.team)
        self.assessments = dict(review.assessments)
        self.plan = review.plan
        self._snapshots: list | None = None  # read when the Data & MGI page first asks
        self._ballots: list | None = None
        self.ballot = ballot_info(store)  # set when the file is a member's ballot, not a review
        self._rationales: dict[str, str] | None = None

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def path(self):
        return self.store.path

    def values(self) -> dict:
        return {item_id: a.value for item_id, a in self.assessments.items()}

    def assessment(self, item_id: str) -> Assessment:
        found = self.assessments.get(item_id)
        return found or Assessment(item_id, scale_for(self.framework, item_id).UNRATED)

    # ---- edits ---------------------------------------------------------------------------------

    def rate(self, item_id: str, value) -> bool:
        current = self.assessment(item_id)
        if current.value == value:
            return True
        label = words().label(scale_for(self.framework, item_id)(value))
        return self._edit(self.tr("Rate {0} as {1}").format(item_label(self.framework, item_id, ITEM_TEXT), label),
                          self._apply_assessment,
                          (item_id, current.value, current.note), (item_id, value, current.note))

    def set_note(self, item_id: str, note: str) -> bool:
        current = self.assessment(item_id)
        if current.note == note:
            return True
        return self._edit(self.tr("Evidence for {0}").format(item_label(self.framework, item_id, ITEM_TEXT)),
                          self._apply_assessment,
                          (item_id, current.value, current.note), (item_id, current.value, note))

    def set_profile(self, profile: SchoolProfile) -> bool:
        if profile == self.profile:
            return True
        return self._edit(self.tr("Edit school profile"), self._apply_profile, self.profile, profile)

    def add_member(self, member: TeamMember) -> bool:
        # The id is chosen here so that undoing and redoing the addition address the same row.
        member = member._replace(id=max((m.id for m in self.team), default=0) + 1)
        return self._edit(self.tr("Add {0} to the team").format(member.name), self._apply_member,
                          ("remove", member), ("add", (member, None)))

    def update_member(self, member: TeamMember) -> bool:
        old = next(m for m in self.team if m.id == member.id)
        if old == member:
            return True
        return self._edit(self.tr("Edit team member {0}").format(member.name), self._apply_member,
                          ("update", old), ("update", member))

    def remove_member(self, member_id: int) -> bool:
        member = next(m for m in self.team if m.id == member_id)
        position = self.store.team_position(member_id)
        return self._edit(self.tr("Remove {0} from the team").format(member.name), self._apply_member,
                          ("add", (member, position)), ("remove", member))

    # ---- enrollment --------------------------------------------------------------------------

    def snapshots(self) -> list:
        """The imported school years (core.enrollment.snapshot.Snapshot), oldest first."""
        if self._snapshots is None:
            self._snapshots = self.store.snapshots()
        return self._snapshots

    def mgi_rule(self):
        return self.store.mgi_rule()

    def set_mgi_rule(self, rule) -> bool:
        current = self.mgi_rule()
        if rule == current:
            return True
        return self._edit(self.tr("Isolation rule: {0}").format(rule_describe(words(), rule)), self._apply_rule,
                          current, rule)

    def suppression_size(self) -> int:
        return self.store.suppression_size()

    def set_suppression_size(self, size: int) -> bool:
        current = self.suppression_size()
        if size == current:
            return True
        text = self.tr("Printed copies withhold counts under {0}").format(size)
        return self._edit(text, self._apply_suppression, current, size)

    def import_snapshots(self, snapshots: list) -> bool:
        """Store the imported school years (replacing those years); one undoable edit."""
        years = [s.year for s in snapshots]
        before = [s for s in self.snapshots() if s.year in years]
        text = self.tr("Import enrollment {0}").format(", ".join(years))
        return self._edit(text, self._apply_snapshots, (years, before), (years, snapshots))

    def remove_snapshot(self, year: str) -> bool:
        before = [s for s in self.snapshots() if s.year == year]
        return self._edit(self.tr("Remove enrollment {0}").format(year), self._apply_snapshots,
                          ([year], before), ([year], []))

    # ---- the action plan ----------------------------------------------------------------------------
    # One state shape for every plan edit: (objectives by id, items by id, dismissed by gap key, ratings);
    # None for an objective or item means "not there", so undo of an addition deletes it.

    def suggestions(self, include_dismissed: bool = False) -> list:
        from equity_desktop.core.plan.suggestions import suggestions

        return suggestions(self.framework, self.values(), self.plan, snapshots=self.snapshots(),
                           rule=self.mgi_rule(), school_year=self.profile.school_year,
                           include_dismissed=include_dismissed, suppression_size=self.store.suppression_size())

    def put_item(self, item) -> bool:
        old = self.plan.item(item.id)
        if old == item:
            return True
        text = self.tr("Edit action item {0}") if old else self.tr("Add action item {0}")
        return self._edit_plan(text.format(item.title), ({}, {item.id: old}, {}, []),
                          ({}, {item.id: item}, {}, []))

    def new_item(self, draft, objective_id: int | None = None):
        """Add `draft` (a suggestion's, or an empty one) as a new item at the end of the plan; the item, or None."""
        ident = self.plan.next_item_id()
        item = draft._replace(id=ident, position=ident,
                              objective_id=draft.objective_id if objective_id is None else objective_id)
        return self.plan.item(ident) if self.put_item(item) else None

    def remove_item(self, item_id: int) -> bool:
        old = self.plan.item(item_id)
        return self._edit_plan(self.tr("Delete action item {0}").format(old.title),
                          ({}, {item_id: old}, {}, []), ({}, {item_id: None}, {}, []))

    def put_objective(self, objective) -> bool:
        old = self.plan.objective(objective.id)
        if old == objective:
            return True
        return self._edit_plan(self.tr("Objective {0}").format(objective.title),
                          ({objective.id: old}, {}, {}, []), ({objective.id: objective}, {}, {}, []))

    def remove_objective(self, objective_id: int) -> bool:
        """Delete an objective; its items stay in the plan, with no objective (undo puts them back under it)."""
        old = self.plan.objective(objective_id)
        items = {i.id: i for i in self.plan.items if i.objective_id == objective_id}
        return self._edit_plan(self.tr("Delete objective {0}").format(old.title),
                          ({objective_id: old}, items, {}, []),
                          ({objective_id: None}, {k: i._replace(objective_id=None) for k, i in items.items()}, {}, []))

    def dismiss_suggestion(self, key: str, dismissed: bool = True) -> bool:
        text = self.tr("Dismiss suggestion") if dismissed else self.tr("Restore suggestion")
        return self._edit_plan(text, ({}, {}, {key: not dismissed}, []), ({}, {}, {key: dismissed}, []))

    def apply_spreadsheet(self, changes, source: str = "") -> bool:
        """An edited workbook's changes (core.plan_xlsx.PlanChanges): one undoable edit, saved in one transaction,
        with `source` ("workbook plan.xlsx") in the change log as the edits' origin."""
        before_ratings = [(item_id, self.assessment(item_id).value, self.assessment(item_id).note)
                          for item_id, _, _ in changes.ratings]
        before = ({k: None for k in changes.objectives}, {k: self.plan.item(k) for k in changes.items}, {},
                  before_ratings)
        return self._edit_plan(self.tr("Import the plan from Excel"), before,
                               (changes.objectives, changes.items, {}, changes.ratings), source)

    def _edit_plan(self, text: str, before, after, source: str = "") -> bool:
        """A plan edit: its records get the uids they keep in every copy (`plan_edit.with_uids`) before the
        first apply, so that every undo and redo writes the same records."""
        objectives, items, dismissed, ratings = after
        return self._edit(text, partial(self._apply_plan, source=source), before,
                          (*with_uids(self.plan, objectives, items), dismissed, ratings))

    def _edit(self, text: str, apply, before, after) -> bool:
        """Apply `after` now; on success put the edit on the undo stack, named by `text` cut to a length the
        Edit menu shows whole (an action item's title can be a paragraph)."""
        try:
            apply(after)
        except EquityError as error:
            self.edit_failed.emit(error)
            return False
        self.undo_stack.push(EditCommand(shortened(text, UNDO_TEXT), apply, before, after, self.edit_failed.emit))
        return True

    # ---- applying a state: store first, then cache, then signals --------------------------------

    def _apply_assessment(self, state) -> None:
        item_id, value, note = state
        self.assessments[item_id] = self.store.set_assessment(item_id, value, note)
        self._saved()
        self.item_changed.emit(item_id)

    def _apply_profile(self, profile: SchoolProfile) -> None:
        self.store.set_profile(profile)
        self.profile = profile
        self._saved()
        self.profile_changed.emit()

    def _apply_member(self, state) -> None:
        action, payload = state
        if action == "add":
            self.store.add_team_member(*payload)
        elif action == "update":
            self.store.update_team_member(payload)
        else:
            self.store.remove_team_member(payload.id)
        self.team = list(self.store.team())
        self._saved()
        self.team_changed.emit()

    def _apply_rule(self, rule) -> None:
        self.store.set_mgi_rule(rule)
        self._saved()
        self.enrollment_changed.emit()

    def _apply_suppression(self, size: int) -> None:
        self.store.set_suppression_size(size)
        self._saved()
        self.enrollment_changed.emit()

    def _apply_snapshots(self, state) -> None:
        years, snapshots = state
        self.store.replace_snapshots(years, snapshots)
        self._snapshots = None
        self._saved()
        self.enrollment_changed.emit()

    def _apply_plan(self, state, source: str = "") -> None:
        objectives, items, dismissed, ratings = state
        self.store.write_plan(objectives, items, dismissed, assessments=ratings, source=source)
        self.plan = plan_after(self.plan, objectives, items, dismissed)  # reading 1,000 items back takes 25 ms
        if ratings:
            stored = self.store.assessments()
            self.assessments.update({item_id: stored[item_id] for item_id, _, _ in ratings})
        self._saved()
        for item_id, _, _ in ratings:
            self.item_changed.emit(item_id)
        self.plan_changed.emit()

    def _saved(self) -> None:
        self.saved.emit(QDateTime.currentDateTime().toString("HH:mm"))

    # ---- workshops: ballots, the team's reasons, merging another copy ---------------------------

    def ballots(self) -> list:
        """The members' ballots the review holds (core.review.ballots.Ballot), read once until they change."""
        if self._ballots is None:
            from equity_desktop.core.review.ballots import ballots

            self._ballots = [] if self.ballot else ballots(self.store)
        return self._ballots

    def rationale(self, item_id: str) -> str:
        if self._rationales is None:
            self._rationales = self.store.rationales()
        return self._rationales.get(item_id, "")

    def set_rationale(self, item_id: str, text: str) -> bool:
        before = self.rationale(item_id)
        if " ".join(text.split()) == " ".join(before.split()):
            return True
        label = item_label(self.framework, item_id, ITEM_TEXT)
        return self._edit(self.tr("Reason for {0}").format(label), self._apply_workshop,
                          {f"rationale/{item_id}": before}, {f"rationale/{item_id}": text.strip()})

    def collect(self, values: dict, count: int) -> bool:
        """Store collected ballots (core.review.ballots.collect_ballots' values): one edit, undone whole."""
        text = self.tr("Collect {0}").format(plural(count, self.tr("ballot"), self.tr("ballots")))
        return self._edit(text, self._apply_workshop, self.store.values(values), values)

    def merge_copy(self, resolved, name: str) -> bool:
        """Apply a decided merge (core.review.merge.Resolved) of the copy `name`: one edit; undo removes what it
        brought, including the other copy's history."""
        from equity_desktop.core.review import merge

        before = (merge.undo_state(self.store, resolved), resolved.log)
        return self._edit(self.tr("Merge {0}").format(name), partial(self._apply_merge, source=f"merge {name}"),
                          before, (resolved, ()))

    def _apply_merge(self, state, source: str) -> None:
        from equity_desktop.core.review import merge

        resolved, remove = state
        merge.apply(self.store, resolved, remove=remove, source=source)
        self._reload()

    def _apply_workshop(self, values: dict) -> None:
        """Ballots or a team's reason: nothing else of the review changes, so only they are read again."""
        self.store.apply_values(values)
        self._ballots = self._rationales = None
        self._saved()
        self.workshop_changed.emit()

    def _reload(self) -> None:
        """After an edit that may touch any part of the review (a merge, collected ballots): read it again."""
        review = self.store.load()
        changed = [item_id for item_id in {*self.assessments, *review.assessments}
                   if self.assessments.get(item_id) != review.assessments.get(item_id)]
        self.profile, self.team, self.assessments, self.plan = (review.profile, list(review.team),
                                                                dict(review.assessments), review.plan)
        self._snapshots = self._ballots = self._rationales = None
        self._saved()
        for item_id in sorted(changed):
            self.item_changed.emit(item_id)
        self.profile_changed.emit()
        self.team_changed.emit()
        self.enrollment_changed.emit()
        self.plan_changed.emit()
        self.workshop_changed.emit()

    def set_ballot_member(self, name: str) -> bool:
        """Put the member's name on a blank ballot (not undoable: it says whose the file is)."""
        from equity_desktop.core.review.ballots import ballot_info

        name = " ".join(name.split())
        if not name or self.ballot is None:
            return False
        try:
            self.store.set_ballot_meta({"member": name})
        except EquityError as error:
            self.edit_failed.emit(error)
            return False
        self.ballot = ballot_info(self.store)
        self._saved()
        self.profile_changed.emit()  # the window's title names the member
        return True
