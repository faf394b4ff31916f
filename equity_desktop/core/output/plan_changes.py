"""What an edited workbook would change in a review, as the window, the command line and their tests read it.

Nothing here is applied: `core.output.plan_xlsx` reads a workbook into these, `core.output.workbook_merge` sets
them against what the program changed since the export, and the front end shows them and asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from equity_desktop.core.review.plan_records import ActionItem, Objective
from equity_desktop.core.review.scales import BenchmarkStatus, Rating

if TYPE_CHECKING:
    from equity_desktop.core.i18n import Texts


class WorkbookConflict(NamedTuple):
    """Something changed both in the workbook and, differently, in the program since the workbook was written."""

    what: str              # the item, by number and text
    program: str           # the program's value, in words
    workbook: str          # the workbook's
    rating: tuple | None = None       # (item id, value, note) to write when the workbook's is chosen
    item: ActionItem | None = None    # the item to write when the workbook's is chosen


class PlanChanges(NamedTuple):
    """What an edited workbook would change; nothing is applied until the program is told to."""

    ratings: list[tuple[str, Rating | BenchmarkStatus, str]]  # (item id, value, note) for each changed item
    objectives: dict[int, Objective]                         # new objectives, by the id they will get
    items: dict[int, ActionItem]                              # new and changed items, by id
    descriptions: list[str]                                   # one line per change, for the confirmation
    notes: list[str]                                          # what was read but left alone (kept items …)
    conflicts: tuple[WorkbookConflict, ...] = ()              # changed in both; the program's value unless chosen

    @property
    def empty(self) -> bool:
        return not (self.ratings or self.items or self.objectives or self.conflicts)

    def choosing(self, workbook_wins: set[int], words: Texts | None = None) -> PlanChanges:
        """The changes with the conflicts numbered in `workbook_wins` decided for the workbook (the others keep
        the program's value); each so decided is listed among the changes, in `words`' language (English)."""
        from equity_desktop.core.i18n import texts

        words = words or texts("en")
        ratings = {r[0]: r for r in self.ratings}
        items = dict(self.items)
        descriptions = list(self.descriptions)
        for number, conflict in enumerate(self.conflicts):
            if number not in workbook_wins:
                continue
            descriptions.append(words.t("return.chosen", what=conflict.what, workbook=conflict.workbook,
                                        program=conflict.program))
            if conflict.rating is not None:
                ratings[conflict.rating[0]] = conflict.rating
            if conflict.item is not None:
                merged = items.get(conflict.item.id, conflict.item)
                changed = {f: getattr(conflict.item, f) for f in ActionItem._fields
                           if getattr(conflict.item, f) != getattr(merged, f)}
                items[conflict.item.id] = merged._replace(**changed) if changed else conflict.item
        return self._replace(ratings=list(ratings.values()), items=items, descriptions=descriptions,
                             conflicts=())
