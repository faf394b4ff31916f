"""The words the printed outputs say about the review's values, in the language printed (`core.i18n.Texts`).

Labels of enums and groups, a plan item's status, a timeline note, the title of a part of a stage, the ballots'
distribution, and the enrollment sentences (the rule, the federal status, diversity, each group's status, the
progress goal).

The enrollment sentences are the enrollment engine's own (`core.enrollment.review_data`, `mgi`, `trends`): that
engine owns their wording and returns them as core.i18n Messages (issue 19), which are said here in the language
printed, so the PDF says exactly what the window says. Only what privacy.for_print withholds is worded here from
the kind of withholding. No reportlab here: the workbook uses these words too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n.message import said
from equity_desktop.core.review.plan_records import STATUS_MARKS, ActionStatus

if TYPE_CHECKING:
    from equity_desktop.core.enrollment.mgi import GroupResult, Rule, SchoolResult
    from equity_desktop.core.enrollment.review_data import IsolationRow, TrendLine
    from equity_desktop.core.enrollment.trends import ProgressStep
    from equity_desktop.core.framework.content import StagePart
    from equity_desktop.core.review.consensus import ItemVotes

# The notes core.plan.items.timeline writes, by message id.
_TIMELINE_NOTES = {"no dates yet": "timeline.no_dates", "started before the plan": "timeline.before",
                   "continues after the plan": "timeline.after", "outside the plan years": "timeline.outside"}


def status_text(tr: Texts, status: ActionStatus) -> str:
    """A plan item's status as a mark and a word ("◐ In progress"): never shown by colour alone."""
    return f"{STATUS_MARKS[status]} {tr.label(status)}"


def timeline_note(tr: Texts, note: str) -> str:
    """A timeline row's note ("started before the plan; continues after the plan") in the language printed."""
    if tr.is_english or not note:
        return note
    return "; ".join(tr.t(_TIMELINE_NOTES[part]) if part in _TIMELINE_NOTES else part for part in note.split("; "))


def part_title(tr: Texts, part: StagePart) -> str:
    """What follows "Stage 2 " in a heading: "key actions", "map: Family Engagement", "benchmarks"
    (Framework.stage_parts' English titles; the component's name is already in the framework's language)."""
    if tr.is_english:
        return part.title
    if part.title.startswith("map: "):
        return tr.t("part.map", component=part.title.removeprefix("map: "))
    return tr.t("part.key_actions" if part.title == "key actions" else "part.benchmarks")


def votes_describe(tr: Texts, votes: ItemVotes) -> str:
    """The ballots' distribution in words, never in colour alone: "In place 3 · Progressing 2"."""
    if tr.is_english:
        return votes.describe()
    counted = " · ".join(f"{tr.label(level)} {tr.count(count)}" for level, count in reversed(votes.counts()) if count)
    return counted or tr.t("ballots.none")


def agreement_words(tr: Texts, votes: ItemVotes) -> str:
    if tr.is_english:
        return votes.agreement_words()
    if not votes.votes:
        return tr.t("ballots.nobody")
    if votes.spread == 0 and votes.agreement == 1.0:
        return tr.t("ballots.all_agree")
    return tr.n("ballots.apart", votes.spread, share=tr.percent(round(votes.agreement * 100), 0))


# ---- enrollment -------------------------------------------------------------------------------------

def group_name(tr: Texts, group: str) -> str:
    """A group's canonical name (core.enrollment.groups) in the language printed; any other name as it is."""
    return tr.word(f"group.{group}", group)


def dimension_label(tr: Texts, dimension: str) -> str:
    from equity_desktop.core.enrollment.groups import DIMENSION_LABELS

    return DIMENSION_LABELS[dimension] if tr.is_english else tr.t(f"dimension.{dimension}")


def rule_describe(tr: Texts, rule: Rule) -> str:
    """"more than 10 percentage points from the district share" (mgi.Rule.describe)."""
    return said(rule.describe(), tr)


def rule_sentence(tr: Texts, rule: Rule) -> str:
    from equity_desktop.core.enrollment.review_data import rule_sentence as english

    return said(english(rule), tr)


def federal_sentence(tr: Texts, result: SchoolResult) -> str:
    from equity_desktop.core.enrollment.review_data import federal_sentence as english

    return said(english(result), tr)


def diversity_sentence(tr: Texts, result: SchoolResult) -> str:
    from equity_desktop.core.enrollment.review_data import diversity_sentence as english

    return said(english(result), tr)


def group_status(tr: Texts, group: GroupResult, size: int = 10) -> str:
    """"over-represented by 51.0 points", "within the band (+4.2 points)", or why there is no answer (a withheld
    figure's reason is privacy.reason's Message, with the size the copy was withheld under)."""
    return said(group.status(), tr)


def isolation_rows(tr: Texts, result: SchoolResult, dimension: str, suppression: int | None = None
                   ) -> list[IsolationRow]:
    """review_data.isolation_rows (with the review's suppression size when given), its words and numbers in the
    language printed."""
    from dataclasses import replace

    from equity_desktop.core.enrollment.review_data import SUPPRESSION_SIZE
    from equity_desktop.core.enrollment.review_data import isolation_rows as english

    rows = english(result, dimension, suppression or SUPPRESSION_SIZE)
    if tr.is_english:
        return rows
    size = result.print_size or suppression or SUPPRESSION_SIZE  # as review_data.isolation_rows decides it
    translated = []
    for row in rows:
        r = row.result
        status = group_status(tr, r, size)
        if row.small and not r.school.withheld:
            status += tr.t("status.small", size=tr.count(size))
        translated.append(replace(row, group=group_name(tr, r.group), school_n=count_text(tr, r.school, size),
                                  school_share=share_text(tr, r.school.share),
                                  district_n=count_text(tr, r.district, size),
                                  district_share=share_text(tr, r.district.share),
                                  difference="—" if r.difference is None else tr.signed(r.difference),
                                  status=status))
    return translated


def withheld_note(tr: Texts, result: SchoolResult) -> str:
    """Why the federal share and the diversity figures are not printed (privacy.for_print's withheld_note, a
    Message)."""
    return said(result.withheld_note, tr)


def count_text(tr: Texts, share, size: int) -> str:
    """privacy.count_text in the language printed: "<10" when withheld as small, "withheld" as a complement."""
    from equity_desktop.core.enrollment import privacy

    if share.withheld == privacy.SMALL:
        return f"<{size}"
    if share.withheld == privacy.COMPLEMENT:
        return tr.t("privacy.withheld")
    return "—" if share.n is None else tr.count(share.n)


def share_text(tr: Texts, share: float | None) -> str:
    return "—" if share is None else tr.percent(share)


def trend_lines(tr: Texts, lines: list[TrendLine]) -> list[TrendLine]:
    """The lines with their groups named in the language printed."""
    from dataclasses import replace

    return lines if tr.is_english else [replace(line, group=group_name(tr, line.group)) for line in lines]


def progress_sentence(tr: Texts, step: ProgressStep) -> str:
    return said(step.sentence(), tr)
