"""The rating vocabulary of a review (DESIGN.md "Rating scale") and of its school profile.

Values are stored in the review file as the enum values (stable strings); the
labels are what people read. A rating is never shown by colour alone, so every
value has a label.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from equity_desktop.core.framework.content import Framework


class LabelledEnum(StrEnum):
    """A string enum whose members are declared as ``NAME = "stored value", "Label people read"``."""

    label: str

    def __new__(cls, value: str, label: str = ""):  # "" only so type checkers accept Rating(stored_value)
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class Rating(LabelledEnum):
    """Rating of a map condition or a key action."""

    UNRATED = "unrated", "Unrated"
    NOT_STARTED = "not_started", "Not started"
    EMERGING = "emerging", "Emerging"
    PROGRESSING = "progressing", "Progressing"
    IN_PLACE = "in_place", "In place"
    NOT_APPLICABLE = "not_applicable", "Not applicable"


class BenchmarkStatus(LabelledEnum):
    """Status of a stage benchmark."""

    UNRATED = "unrated", "Unrated"
    NOT_MET = "not_met", "Not met"
    PARTLY_MET = "partly_met", "Partly met"
    MET = "met", "Met"


class StakeholderGroup(LabelledEnum):
    """Who a team member speaks for; the first planning benchmark asks for all of them."""

    STUDENT = "student", "Student"
    TEACHER = "teacher", "Teacher"
    FAMILY = "family", "Family"
    ADMINISTRATOR = "administrator", "Administrator"
    DISTRICT = "district", "District"
    PARTNER = "partner", "Partner"
    COMMUNITY = "community", "Community"


class ProgramType(LabelledEnum):
    """How the magnet program is organised in the school."""

    DISTRICT_WIDE = "district_wide", "District-wide"
    PROGRAM_WITHIN_SCHOOL = "program_within_school", "Program within a school"
    SCHOOL_WIDE = "school_wide", "School-wide"


def scale_for(framework: Framework, item_id: str) -> type[Rating] | type[BenchmarkStatus]:
    """The scale an item is rated on: benchmark statuses for a benchmark, ratings for the rest."""
    from equity_desktop.core.framework.content import ItemKind  # loaded by then; kept off this module's import

    return BenchmarkStatus if framework.item(item_id).kind is ItemKind.BENCHMARK else Rating
