"""The rating vocabulary of a review (DESIGN.md "Rating scale") and of its school profile.

Values are stored in the review file as the enum values (stable strings); the
labels are what people read. A rating is never shown by colour alone, so every
value has a label and a short mark for compact views.
"""

from __future__ import annotations

from enum import StrEnum


class Rating(StrEnum):
    """Rating of a map condition or a key action."""

    UNRATED = "unrated"
    NOT_STARTED = "not_started"
    EMERGING = "emerging"
    PROGRESSING = "progressing"
    IN_PLACE = "in_place"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return _RATING_LABELS[self]


_RATING_LABELS = {
    Rating.UNRATED: "Unrated",
    Rating.NOT_STARTED: "Not started",
    Rating.EMERGING: "Emerging",
    Rating.PROGRESSING: "Progressing",
    Rating.IN_PLACE: "In place",
    Rating.NOT_APPLICABLE: "Not applicable",
}


class BenchmarkStatus(StrEnum):
    """Status of a stage benchmark."""

    UNRATED = "unrated"
    NOT_MET = "not_met"
    PARTLY_MET = "partly_met"
    MET = "met"

    @property
    def label(self) -> str:
        return _BENCHMARK_LABELS[self]


_BENCHMARK_LABELS = {
    BenchmarkStatus.UNRATED: "Unrated",
    BenchmarkStatus.NOT_MET: "Not met",
    BenchmarkStatus.PARTLY_MET: "Partly met",
    BenchmarkStatus.MET: "Met",
}


class StakeholderGroup(StrEnum):
    """Who a team member speaks for; the first planning benchmark asks for all of them."""

    STUDENT = "student"
    TEACHER = "teacher"
    FAMILY = "family"
    ADMINISTRATOR = "administrator"
    DISTRICT = "district"
    PARTNER = "partner"
    COMMUNITY = "community"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ProgramType(StrEnum):
    """How the magnet program is organised in the school."""

    DISTRICT_WIDE = "district_wide"
    PROGRAM_WITHIN_SCHOOL = "program_within_school"
    SCHOOL_WIDE = "school_wide"

    @property
    def label(self) -> str:
        return _PROGRAM_LABELS[self]


_PROGRAM_LABELS = {
    ProgramType.DISTRICT_WIDE: "District-wide",
    ProgramType.PROGRAM_WITHIN_SCHOOL: "Program within a school",
    ProgramType.SCHOOL_WIDE: "School-wide",
}
