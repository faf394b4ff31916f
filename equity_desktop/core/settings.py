"""Every rule and setting the program applies, declared once: default, limits, unit and source.

The store reads and checks review settings through these declarations, the command line builds its
options from them, and the GUI builds its controls from them; no other module writes a default or a
limit of its own. A setting a review can change is stored in the review's `meta` table under `key`.
"""

from __future__ import annotations

from typing import NamedTuple

from equity_desktop.core.i18n.message import Message, Term


class Setting(NamedTuple):
    """A number the program applies, with where it comes from."""

    key: str          # name in the review file and on the command line (--key with - for _)
    label: str        # what people read
    default: float
    minimum: float
    maximum: float
    unit: str
    source: str
    decimals: int = 0
    review_setting: bool = False  # True: each review may set its own (stored in the review)

    def problem(self, value: object) -> str:
        """A sentence when `value` is not allowed; empty when it is."""
        label = Term(self.label, f"error.setting_label_{self.key}")
        unit = Term(self.unit, f"error.setting_unit_{self.key}")
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return Message("error.setting_not_number", label=label, example=self.text(self.default))
        if number != number or not self.minimum <= number <= self.maximum:  # NaN fails too
            return Message("error.setting_range", label=label, low=self.text(self.minimum),
                           high=self.text(self.maximum), unit=unit, value=repr(value))
        if self.decimals == 0 and not number.is_integer():
            return Message("error.setting_whole", label=label, unit=unit)
        return ""

    def value(self, value: object) -> float:
        """`value` as this setting's number; ValueError with the sentence when it is not allowed."""
        if problem := self.problem(value):
            raise ValueError(problem)
        number = round(float(value), self.decimals)  # type: ignore[arg-type]
        return number if self.decimals else float(int(number))

    def text(self, number: float) -> str:
        return f"{number:.{self.decimals}f}" if self.decimals else f"{number:.0f}"


# ---- minority group isolation --------------------------------------------------------------------------

# Named as a rule the district uses, not as if the reader were in Miami-Dade (issue 18).
MIAMI_DADE = ("The district-relative rule (as used by Miami-Dade County Public Schools; Bridges Collaborative "
              "member profile, seeds/000)")

ISOLATION_THRESHOLD = Setting(
    "mgi_threshold", "The isolation threshold", 10.0, 0.5, 100.0, "points (or % of the district share)",
    MIAMI_DADE + ": a group is isolated when its school share is more than 10 points from its district share.",
    decimals=1, review_setting=True)

# How the threshold is measured: in percentage points, or relative to the district share.
ISOLATION_KINDS = ("points", "relative")
ISOLATION_KIND_DEFAULT = "points"

FEDERAL_MINORITY_SHARE = Setting(
    "federal_minority_share", "The federal isolation line", 50.0, 50.0, 50.0, "% minority students",
    "34 CFR 280.4 (Magnet Schools Assistance Program): a school is minority-group-isolated when minority "
    "students are more than 50 % of its enrollment.")

GOAL_POINTS_PER_YEAR = Setting(
    "goal_points_per_year", "The progress goal", 2.0, 2.0, 2.0, "points a year toward the district share",
    MIAMI_DADE + ": an under-represented group's share moves at least 2 points a year toward its district "
    "share.", decimals=1)

# ---- privacy ---------------------------------------------------------------------------------------------

SUPPRESSION_SIZE = Setting(
    "suppression_size", "The smallest count printed", 10, 1, 100, "students",
    "DESIGN.md \"Privacy\": a count under this size is never printed, nor anything that reveals it "
    "(its share, its difference, its chart label, or a complementary cell that would give it away).",
    review_setting=True)

# Presets people meet in published rules; any whole number in the limits may be typed instead.
SUPPRESSION_PRESETS: tuple[tuple[int, str], ...] = (
    (10, Message("setting.suppress_under_default", count=10)),
    (5, Message("setting.suppress_under", count=5)),
    (11, Message("setting.suppress_at_most", count=10)),
    (16, Message("setting.suppress_at_most", count=15)),
    (20, Message("setting.suppress_under", count=20)),
)

# ---- disproportionality ----------------------------------------------------------------------------------

RISK_MIN_CELL = Setting(
    "risk_min_cell", "The minimum cell size for a risk ratio", 10, 1, 100, "students with the outcome",
    "34 CFR 300.647 (significant disproportionality): no risk ratio when the group's count with the outcome "
    "is under the minimum cell size; 10 is the rule's presumptively reasonable default.")

RISK_MIN_N = Setting(
    "risk_min_n", "The minimum n-size for a risk ratio", 30, 1, 1000, "students enrolled",
    "34 CFR 300.647 (significant disproportionality): no risk ratio when the group's enrollment is under the "
    "minimum n-size; 30 is the rule's presumptively reasonable default.")

RISK_RATIO_HIGH = Setting(
    "risk_ratio_high", "The risk ratio that asks for action", 2.0, 1.0, 10.0, "times the others' risk",
    "Used for suggestions (seeds/004): a ratio of 2 or more means the group is twice as likely to have the "
    "outcome.", decimals=2)

RISK_RATIO_LOW = Setting(
    "risk_ratio_low", "The risk ratio that asks for action (under-representation)", 0.5, 0.01, 1.0,
    "times the others' risk", "Used for suggestions (seeds/004): half the others' risk or less.", decimals=2)

ALL: tuple[Setting, ...] = (ISOLATION_THRESHOLD, FEDERAL_MINORITY_SHARE, GOAL_POINTS_PER_YEAR, SUPPRESSION_SIZE,
                            RISK_MIN_CELL, RISK_MIN_N, RISK_RATIO_HIGH, RISK_RATIO_LOW)
