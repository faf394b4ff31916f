"""What a review holds, as plain immutable values read from (and written through) the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from equity_desktop.core.review.plan_records import ActionPlan
from equity_desktop.core.review.scales import BenchmarkStatus, ProgramType, Rating, StakeholderGroup


class SchoolProfile(NamedTuple):
    school: str
    district: str
    school_year: str = ""
    magnet_theme: str = ""
    program_type: ProgramType | None = None
    grades_served: str = ""


class TeamMember(NamedTuple):
    name: str
    role: str
    group: StakeholderGroup | None  # None until someone chooses whom the member speaks for
    id: int | None = None  # assigned by the store
    uid: str = ""  # the same in every copy of the review; assigned by the store


class Assessment(NamedTuple):
    """The rating (or benchmark status) of one framework item, with its evidence."""

    item_id: str
    value: Rating | BenchmarkStatus
    note: str = ""
    changed_by: str = ""
    changed_at: str = ""


@dataclass(frozen=True, slots=True)
class Review:
    """A snapshot of a whole review: what the GUI shows and the CLI prints."""

    profile: SchoolProfile
    team: tuple[TeamMember, ...] = ()
    assessments: dict[str, Assessment] = field(default_factory=dict)
    plan: ActionPlan = ActionPlan()

    def value_of(self, item_id: str) -> Rating | BenchmarkStatus | None:
        """The stored value, or None when the item was never rated."""
        found = self.assessments.get(item_id)
        return found.value if found else None

    def values(self) -> dict[str, Rating | BenchmarkStatus]:
        """Item id → rating or benchmark status: what placement and progress work on."""
        return {item_id: found.value for item_id, found in self.assessments.items()}

    def missing_groups(self) -> tuple[StakeholderGroup, ...]:
        """Stakeholder groups nobody on the team represents."""
        present = {member.group for member in self.team if member.group is not None}
        return tuple(group for group in StakeholderGroup if group not in present)
