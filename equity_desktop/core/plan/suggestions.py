"""Suggested action items, drawn from the review's gaps (issue 6; seeds/004 "Needs Assessment" → "Action Plan").

Four kinds of gap: a benchmark Not met or Partly met (in a stage some component has reached), a map
condition of a component's current stage rated Not started or Emerging, a group isolated in the latest
school year, and an outcome whose risk ratio shows disproportionality. Nothing is added to the plan
here: the team accepts (the suggestion becomes an editable item linked to its gap), or dismisses it.
"""

from __future__ import annotations

from typing import NamedTuple

from equity_desktop.core import settings
from equity_desktop.core.framework.content import Framework
from equity_desktop.core.framework.display import item_caption
from equity_desktop.core.plan.items import first_year_of, school_year_label
from equity_desktop.core.review.placement import placements
from equity_desktop.core.review.plan_records import ActionItem, ActionPlan, GapKind
from equity_desktop.core.review.scales import BenchmarkStatus, Rating

# The progress goal (seeds/000): an isolated group's share moves 2 points a year toward the district's.
POINTS_PER_YEAR = settings.GOAL_POINTS_PER_YEAR.default
# A risk ratio at or above 2 (twice as likely) or at or below 0.5 (half as likely) is worth a plan item;
# states set their own thresholds for significant disproportionality (2.0–3.0 is common).
HIGH_RATIO, LOW_RATIO = settings.RISK_RATIO_HIGH.default, settings.RISK_RATIO_LOW.default
_WEAK_RATINGS = (Rating.NOT_STARTED, Rating.EMERGING)
_OPEN_BENCHMARK = (BenchmarkStatus.NOT_MET, BenchmarkStatus.PARTLY_MET)


class Suggestion(NamedTuple):
    kind: GapKind
    ref: str
    component_id: str
    stage_number: int | None
    gap_text: str        # the gap, as the team reads it in the list and on the item
    item: ActionItem     # the draft the team edits when it accepts (id 0 until accepted)

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.ref}"


def suggestions(framework: Framework, values, plan: ActionPlan, *, snapshots=(), rule=None,
                school_year: str = "", include_dismissed: bool = False,
                suppression_size: int = int(settings.SUPPRESSION_SIZE.default)) -> list[Suggestion]:
    """Every open gap that no item answers yet and the team has not dismissed (unless asked), in the order above.

    An accepted suggestion's words end up in the printed plan, so they quote no figure that
    `privacy.for_print` withholds under the review's `suppression_size`.
    """
    placed = placements(framework, values)
    found = _benchmark_gaps(framework, values, placed) + _condition_gaps(framework, values, placed)
    if snapshots and rule is not None:
        found += _enrollment_gaps(snapshots, rule, school_year, suppression_size)
    taken = plan.linked_gaps() | (set() if include_dismissed else plan.dismissed)
    return [s for s in found if s.key not in taken]


def _benchmark_gaps(framework: Framework, values, placed) -> list[Suggestion]:
    reached = max(p.stage.number for p in placed)
    result = []
    for stage in framework.stages[:reached]:
        for benchmark in stage.benchmarks:
            status = values.get(benchmark.id, BenchmarkStatus.UNRATED)
            if status not in _OPEN_BENCHMARK:
                continue
            gap = f"Benchmark {stage.number}.{benchmark.number} ({stage.name}) is {status.label}: “{benchmark.text}”"
            draft = ActionItem(0, f"Meet benchmark {stage.number}.{benchmark.number}: {benchmark.text}",
                               stage_number=stage.number, gap_kind=GapKind.BENCHMARK, gap_ref=benchmark.id,
                               gap_text=gap, metric=f"Benchmark {stage.number}.{benchmark.number} status",
                               baseline=status.label, target=BenchmarkStatus.MET.label)
            result.append(Suggestion(GapKind.BENCHMARK, benchmark.id, "", stage.number, gap, draft))
    return result


def _condition_gaps(framework: Framework, values, placed) -> list[Suggestion]:
    result = []
    for placement in placed:
        if placement.sustained:
            continue
        stage, component = placement.stage, placement.component
        for condition in placement.holding_back:
            rating = Rating(values.get(condition.id, Rating.UNRATED))
            if rating not in _WEAK_RATINGS:
                continue
            gap = (f"{component.name}, {stage.name} map, condition {condition.number} is {rating.label}: "
                   f"“{condition.text}”")
            draft = ActionItem(0, f"Put in place: {condition.text}", component_id=component.id,
                               stage_number=stage.number, gap_kind=GapKind.CONDITION, gap_ref=condition.id,
                               gap_text=gap, metric=f"Rating of {item_caption(framework, condition.id)}",
                               baseline=rating.label, target=Rating.IN_PLACE.label)
            result.append(Suggestion(GapKind.CONDITION, condition.id, component.id, stage.number, gap, draft))
    return result


def _enrollment_gaps(snapshots, rule, school_year: str, suppression_size: int) -> list[Suggestion]:
    from equity_desktop.core.enrollment.privacy import for_print
    from equity_desktop.core.enrollment.review_data import results_by_year

    results = results_by_year(snapshots, rule)
    if not results:
        return []
    printed = for_print(results[-1], suppression_size)
    return _isolation_gaps(results[-1], printed, school_year) + _outcome_gaps(printed)


def isolation_target(share: float, district: float, data_year: str, school_year: str) -> tuple[float, str]:
    """The share 2 points a year toward the district's (never past it), and the school year it is due in.

    Due in the review's school year, or the year after the data when that is later.
    """
    data_start = first_year_of(data_year)
    due = max(data_start + 1, first_year_of(school_year) if school_year.strip()[:4].isdigit() else 0)
    step = POINTS_PER_YEAR * (due - data_start)
    target = min(share + step, district) if district > share else max(share - step, district)
    return target, school_year_label(due)


def _isolation_gaps(result, printed, school_year: str) -> list[Suggestion]:
    """A suggestion per isolated group; for a group whose figures print withheld, the words quote none of them."""
    found = []
    shown = {(r.dimension, r.group): r for r in printed.groups}
    for group in result.isolated_groups:
        share, district = group.school.share, group.district.share
        if share is None or district is None:
            continue
        target, due_year = isolation_target(share, district, result.year or "", school_year)
        verb = "Raise" if group.direction == "under" else "Lower"
        ref = f"{group.dimension}/{group.group}"
        target_date = f"{int(due_year[:4]) + 1}-06-30"
        printed_group = shown[(group.dimension, group.group)]
        if printed_group.school.withheld or printed_group.district.withheld:
            side = "under" if group.direction == "under" else "over"
            title = (f"{verb} the share of {group.group} students toward the district's share — "
                     f"{POINTS_PER_YEAR:g} points a year by {due_year}")
            gap = (f"{group.group} students are {side}-represented in {result.year}; the group is small, so its "
                   "figures are not printed.")
            draft = ActionItem(0, title, component_id="em", gap_kind=GapKind.ISOLATION, gap_ref=ref, gap_text=gap,
                               metric=f"Share of {group.group} students in the school's enrollment",
                               target=f"{POINTS_PER_YEAR:g} points a year toward the district's share",
                               target_date=target_date)
        else:
            title = (f"{verb} the share of {group.group} students from {share:.1f} % toward the district's "
                     f"{district:.1f} % — {POINTS_PER_YEAR:g} points a year: {target:.1f} % by {due_year}")
            gap = (f"{group.group} students are {group.status()} in {result.year} ({share:.1f} % of the school, "
                   f"{district:.1f} % of the district).")
            draft = ActionItem(0, title, component_id="em", gap_kind=GapKind.ISOLATION, gap_ref=ref, gap_text=gap,
                               metric=f"Share of {group.group} students in the school's enrollment",
                               baseline=f"{share:.1f} % ({result.year})", target=f"{target:.1f} %",
                               target_date=target_date)
        found.append(Suggestion(GapKind.ISOLATION, ref, "em", None, gap, draft))
    return found


def _outcome_gaps(result) -> list[Suggestion]:
    found = []
    for row in result.disproportionality:
        ratio = row.risk_ratio
        if ratio is None or LOW_RATIO < ratio < HIGH_RATIO:
            continue
        if ratio >= HIGH_RATIO:
            how = f"{ratio:.1f} times as likely as"
        else:
            how = f"{1 / ratio:.1f} times less likely than"
        gap = (f"{row.group} students are {how} other students to be counted in “{row.outcome}” in {result.year} "
               f"(risk {row.risk:.1f} % against {row.comparison_risk:.1f} %).")
        title = f"Close the gap in “{row.outcome}” for {row.group} students (risk ratio {ratio:.2f})"
        ref = f"{row.outcome}/{row.dimension}/{row.group}"
        draft = ActionItem(0, title, component_id="de", gap_kind=GapKind.DISPROPORTIONALITY, gap_ref=ref,
                           gap_text=gap, metric=f"Risk ratio of “{row.outcome}” for {row.group} students",
                           baseline=f"{ratio:.2f} ({result.year})",
                           target=f"between {LOW_RATIO:g} and {HIGH_RATIO:g}")
        found.append(Suggestion(GapKind.DISPROPORTIONALITY, ref, "de", None, gap, draft))
    return found
