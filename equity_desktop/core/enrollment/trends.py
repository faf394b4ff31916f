"""The progress goal across school years (seeds/000): an under-represented group's share moves
2 points a year toward its district share."""

from __future__ import annotations

from dataclasses import dataclass

from equity_desktop.core import settings
from equity_desktop.core.enrollment.mgi import SchoolResult, group_term
from equity_desktop.core.i18n.message import Message, Number

POINTS_PER_YEAR = settings.GOAL_POINTS_PER_YEAR.default


@dataclass(frozen=True)
class ProgressStep:
    dimension: str
    group: str
    from_year: str
    to_year: str
    from_share: float
    to_share: float
    district_share: float
    moved: float       # points toward the district share (negative: away from it)
    needed: float      # 2 points for each year between the two
    closed: bool       # no longer isolated in the later year

    @property
    def met(self) -> bool:
        return self.moved >= self.needed or self.closed

    def sentence(self) -> str:
        """The step in words, a core.i18n Message (English as always; `said` gives another language)."""
        how = Message("progress.reached_band") if self.closed and self.moved < self.needed \
            else Message("progress.moved", points=Number(self.moved, "+.1f"))
        return Message("progress.sentence", group=group_term(self.group), first=self.from_year, last=self.to_year,
                       from_share=Number(self.from_share, ".1f", percent=True),
                       to_share=Number(self.to_share, ".1f", percent=True),
                       district=Number(self.district_share, ".1f", percent=True), how=how,
                       needed=float(self.needed), verdict=Message("progress.met" if self.met else "progress.not_met"))


def start_year(year: str) -> int | None:
    digits = year[:4]
    return int(digits) if digits.isdigit() else None


def progress_goal(results: list[SchoolResult], points_per_year: float = POINTS_PER_YEAR) -> list[ProgressStep]:
    """For each pair of consecutive years of one school: every group isolated as under-represented in the
    earlier year, and how far it moved toward the district share."""
    dated = sorted(((r.year, r) for r in results if r.year), key=lambda pair: pair[0])
    steps = []
    for (year_before, before), (year_after, after) in zip(dated, dated[1:]):
        elapsed = (start_year(year_after) or 0) - (start_year(year_before) or 0)
        elapsed = elapsed if elapsed > 0 else 1
        later = {(r.dimension, r.group): r for r in after.groups}
        for group in before.groups:
            now = later.get((group.dimension, group.group))
            if not (group.isolated and group.direction == "under") or now is None or now.difference is None:
                continue
            was, became, district = group.school.share, now.school.share, now.district.share
            if was is None or became is None or district is None:  # never: isolated, or a difference, has both
                continue
            steps.append(ProgressStep(group.dimension, group.group, year_before, year_after, was, became, district,
                                      became - was, points_per_year * elapsed, not now.isolated))
    return steps
