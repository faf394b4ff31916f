"""Disproportionality of an outcome (seeds/004; 34 CFR 300.647): risk, risk ratio, expected vs actual.

Risk = students of the group with the outcome / students of the group enrolled.
The risk ratio compares it with the risk of all other students. Below the
minimum cell size (numerator) or n-size (denominator) no ratio is shown, and
the row says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from equity_desktop.core import settings
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.table import Unit, enrollment_of, numbers
from equity_desktop.core.i18n.message import Message

MIN_CELL = int(settings.RISK_MIN_CELL.default)
MIN_N = int(settings.RISK_MIN_N.default)
_GROUPS = tuple(g.all_groups())  # built once: risk_ratios runs for every school and outcome of a state file
# Why a ratio is not shown: core.i18n Messages (issue 19), each made once.
_NO_DATA = Message("result.risk_no_data")
_NO_OTHER = Message("result.risk_no_other")


@dataclass(frozen=True)
class RiskRow:
    outcome: str
    dimension: str
    group: str
    enrolled: float | None
    actual: float | None
    expected: float | None
    risk: float | None              # percent
    comparison_risk: float | None   # percent, all other students
    risk_ratio: float | None
    why_not_shown: str = ""
    withheld: str = ""  # set by privacy.for_print when the row's counts are withheld from print


def risk_ratios(unit: Unit, outcome: str, min_cell: int = MIN_CELL, min_n: int = MIN_N) -> list[RiskRow]:
    """One row per group with enrollment data; the ratio only where the size rules allow it."""
    flagged = unit.outcomes.get(outcome, {})
    everyone = enrollment_of(unit)
    all_with = unit.outcome_totals.get(outcome)
    if all_with is None:  # no "Total" row: the race/ethnicity groups add up to everyone
        parts = numbers([flagged.get((g.RACE, group)) for group in g.RACE_GROUPS if (g.RACE, group) in flagged])
        all_with = sum(parts) if parts else None
    rows = []
    for key in _GROUPS:
        if key not in unit.counts:
            continue
        enrolled, actual = unit.counts.get(key), flagged.get(key)
        if not isinstance(enrolled, float) or not isinstance(actual, float) or everyone is None \
                or not isinstance(all_with, float):
            rows.append(RiskRow(outcome, *key, None, None, None, None, None, None, _NO_DATA))
            continue
        others, others_with = everyone - enrolled, all_with - actual
        risk = 100.0 * actual / enrolled if enrolled else None
        other_risk = 100.0 * others_with / others if others else None
        expected = enrolled * all_with / everyone if everyone else None
        why = _why_not(actual, enrolled, others, others_with, min_cell, min_n)
        ratio = None if why or not other_risk or risk is None else risk / other_risk
        if not why and not other_risk:
            why = _NO_OTHER
        rows.append(RiskRow(outcome, *key, enrolled, actual, expected, risk, other_risk, ratio, why))
    return rows


def _why_not(actual: float, enrolled: float, others: float, others_with: float, min_cell: int, min_n: int) -> str:
    if enrolled < min_n:
        return _too_few("result.risk_few_in_group", min_n)
    if actual < min_cell:
        return _too_few("result.risk_few_with_outcome", min_cell)
    if others < min_n:
        return _too_few("result.risk_few_others", min_n)
    if others_with < min_cell:
        return _too_few("result.risk_few_others_with_outcome", min_cell)
    return ""


@lru_cache(maxsize=256)
def _too_few(message_id: str, size: int) -> Message:
    return Message(message_id, size=size)
