"""What the Data & MGI page shows, computed from a review's snapshots (no Qt, so the PDF can share it).

Numbers come from `mgi.measure`; this module only chooses, orders and words them. On screen, small counts
(under the suppression size, DESIGN.md "Privacy") are marked; a printed copy words a result that
`privacy.for_print` has already redacted, so these functions never decide what is withheld.

Its sentences are core.i18n `Message`s (issue 19): the English words as always, said in another language by
`said` (the window, and the printouts through core.output.print_words).
"""

from __future__ import annotations

from dataclasses import dataclass

from equity_desktop.core import settings
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import privacy
from equity_desktop.core.enrollment.mgi import GroupResult, Rule, SchoolResult, measure, points
from equity_desktop.core.i18n.message import Message, Number

SUPPRESSION_SIZE = int(settings.SUPPRESSION_SIZE.default)


def results_by_year(snapshots: list, rule: Rule) -> list[SchoolResult]:
    """The school's isolation in each imported school year, oldest first, under the review's rule."""
    return [measure(s.school, s.district, rule, s.district_source) for s in sorted(snapshots, key=lambda s: s.year)]


def dimensions_in(result: SchoolResult) -> list[str]:
    """The dimensions the file had numbers for, in the order of DIMENSIONS."""
    present = {r.dimension for r in result.groups}
    return [d for d in g.DIMENSIONS if d in present]


def is_small(n: float | None, suppression: int = SUPPRESSION_SIZE) -> bool:
    return n is not None and 0 < n < suppression


def count_text(n: float | None, suppression: int | None = None) -> str:
    """'1,234'; '—' when not available; '<10' when `suppression` is given and n is under it (print)."""
    if n is None:
        return "—"
    if suppression is not None and is_small(n, suppression):
        return f"<{suppression}"
    return f"{n:,.0f}" if float(n).is_integer() else f"{n:,.1f}"


def share_text(share: float | None) -> str:
    return "—" if share is None else f"{share:.1f} %"


@dataclass(frozen=True)
class IsolationRow:
    """One line of the isolation table, as words and numbers."""

    group: str
    school_n: str
    school_share: str
    district_n: str
    district_share: str
    difference: str
    status: str
    isolated: bool | None
    small: bool
    result: GroupResult


def isolation_rows(result: SchoolResult, dimension: str, suppression: int = SUPPRESSION_SIZE) -> list[IsolationRow]:
    """The table's rows; for a printed result (privacy.for_print) the withheld figures are already gone."""
    size = result.print_size or suppression
    rows = []
    for r in (r for r in result.groups if r.dimension == dimension):
        small = bool(r.school.withheld) or is_small(r.school.n, size)
        status = Message("result.status_small", status=r.status(), size=size) if small and not r.school.withheld \
            else r.status()
        rows.append(IsolationRow(r.group, privacy.count_text(r.school, size), share_text(r.school.share),
                                 privacy.count_text(r.district, size), share_text(r.district.share),
                                 "—" if r.difference is None else points(r.difference), status, r.isolated,
                                 small, r))
    return rows


def rule_sentence(rule: Rule) -> str:
    """The rule and its source in one sentence."""
    # Named as a rule a district uses, not as if the reader were in Miami-Dade (issue 18).
    return Message("rule.sentence", rule=rule.describe())


def federal_sentence(result: SchoolResult) -> str:
    if result.minority_share is None and result.federal_withheld is not None:
        state = Message("federal.isolated" if result.federal_withheld else "federal.not_isolated")
        return Message("federal.withheld", state=state, why=result.withheld_note)  # privacy.for_print's Message
    if result.minority_share is None:
        return Message("federal.unknown")
    state = Message("federal.isolated" if result.federal_isolated else "federal.not_isolated")
    return Message("federal.known", share=Number(result.minority_share, ".1f", percent=True), state=state)


def diversity_sentence(result: SchoolResult) -> str:
    if result.simpson is None and result.withheld_note:
        return Message("diversity.withheld", why=result.withheld_note)
    if result.simpson is None:
        return Message("diversity.unknown")
    simpson, normalized = Number(result.simpson, ".2f"), Number(result.simpson_normalized or 0.0, ".2f")
    if result.dissimilarity is not None:
        return Message("result.diversity_dissimilarity", simpson=simpson, normalized=normalized,
                       dissimilarity=Number(result.dissimilarity, ".2f"))
    return Message("result.diversity", simpson=simpson, normalized=normalized)


@dataclass(frozen=True)
class TrendLine:
    group: str
    years: tuple[str, ...]
    school: tuple[float | None, ...]
    district: tuple[float | None, ...]


def trend_lines(results: list[SchoolResult], dimension: str) -> list[TrendLine]:
    """Each group's school and district share in every year, for the groups any year has."""
    years = tuple(r.year or "" for r in results)
    by_group: dict[str, tuple[list, list]] = {}
    for index, result in enumerate(results):
        for r in result.groups:
            if r.dimension != dimension:
                continue
            school, district = by_group.setdefault(r.group, ([None] * len(results), [None] * len(results)))
            school[index], district[index] = r.school.share, r.district.share
    return [TrendLine(group, years, tuple(s), tuple(d)) for group, (s, d) in by_group.items()]

