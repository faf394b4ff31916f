"""The action plan as a PDF a principal can read in five minutes and sign (issue 6).

Cover, a one-page summary (where each component stands, isolation, the top priorities), the plan
itself in landscape tables whose header repeats on every page, enrollment and isolation with the
same charts as on screen, the 7-year timeline, sign-off lines; with `full`, every stage's key
actions, benchmarks and map conditions with their ratings and evidence. Status is always written
in words beside its symbol, never shown by colour alone; counts under the suppression size print as
"<10" (DESIGN.md "Privacy").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer

from equity_desktop.core.framework.content import Framework, item_number
from equity_desktop.core.output.pdf_kit import (
    LIGHT,
    MARGIN,
    MARK_FILL,
    PAPERS,
    Heading,
    Progress,
    build,
    chart,
    clean,
    grid,
    markup,
    para,
    plain_columns,
    plain_width,
    section,
)
from equity_desktop.core.plan.items import PLAN_YEARS, plan_years, sort_items, status_text, timeline
from equity_desktop.core.review.document import Review
from equity_desktop.core.review.placement import placements
from equity_desktop.core.review.plan_records import ActionItem, ActionPlan, ActionStatus
from equity_desktop.core.review.scales import Rating

if TYPE_CHECKING:  # imported when a plan with enrollment is printed, not before
    from equity_desktop.core.enrollment.mgi import Rule
    from equity_desktop.core.enrollment.snapshot import Snapshot

TOP_PRIORITIES = 5
MARK = "■"


class PlanData(NamedTuple):
    """Everything the plan prints, read once from the review."""

    framework: Framework
    review: Review
    snapshots: list[Snapshot]
    rule: Rule
    printed_on: date
    suppression_size: int
    ballots: tuple = ()  # the members' collected ballots (core.review.ballots.Ballot), for the full record
    rationales: dict | None = None  # item id -> the team's reason for the agreed rating


def load_plan_data(review_path: Path | str, printed_on: date | None = None) -> PlanData:
    """Read a review read-only (it may be open for editing in the window at the same time)."""
    from equity_desktop.core.review.store import ReviewStore

    with ReviewStore.open(review_path, read_only=True) as store:
        from equity_desktop.core.review.ballots import ballots

        return PlanData(store.framework, store.load(), store.snapshots(), store.mgi_rule(),
                        printed_on or date.today(), store.suppression_size(), tuple(ballots(store)),
                        store.rationales())


def write_plan_pdf(review_path: Path | str, out: Path | str, paper: str = "letter", full: bool = False,
                   progress: Progress | None = None, printed_on: date | None = None) -> Path:
    """Write the plan of the review at `review_path` to `out` (atomically). Runs in a worker process in the GUI."""
    if progress:
        progress(0.02, "Reading the review…")
    data = load_plan_data(review_path, printed_on)
    return write_plan(data, out, paper, full, progress)


def write_plan(data: PlanData, out: Path | str, paper: str = "letter", full: bool = False,
               progress: Progress | None = None) -> Path:
    profile = data.review.profile
    author = ", ".join(m.name for m in data.review.team[:3]) or "Equity Desktop"
    return build(out, plan_story(data, paper, full), paper, title=f"Action plan — {profile.school}",
                 author=author, subject=f"Equity self-review and action plan, {profile.district}"
                 f"{', ' + profile.school_year if profile.school_year else ''}",
                 footer=f"{profile.school} — action plan", dated=data.printed_on, progress=progress)


def plan_story(data: PlanData, paper: str, full: bool) -> list:
    width, height = PAPERS[paper]
    portrait_width, landscape_width = width - 2 * MARGIN, height - 2 * MARGIN
    story = _cover(data) + [PageBreak()] + _summary(data, portrait_width)
    story += [NextPageTemplate("landscape"), PageBreak()] + _plan_table(data, landscape_width)
    story += [PageBreak()] + _timeline(data, landscape_width)
    story += [NextPageTemplate("portrait"), PageBreak()] + _enrollment(data, portrait_width)
    story += [PageBreak()] + _sign_off(data, portrait_width)
    if full:
        story += [PageBreak()] + ratings_section(data.framework, data.review, portrait_width, data.ballots,
                                                 data.rationales or {})
    return story


# ---- cover and summary -------------------------------------------------------------------------

def _cover(data: PlanData) -> list:
    profile, team = data.review.profile, data.review.team
    story = [Spacer(1, 30 * mm), Heading("Action plan", 0, "title"), para(profile.school, "subtitle"),
             para(profile.district, "subtitle")]
    facts = [("School year", profile.school_year), ("Magnet theme", profile.magnet_theme),
             ("Program", profile.program_type.label if profile.program_type else ""),
             ("Grades", profile.grades_served), ("Printed", data.printed_on.strftime("%d %B %Y").lstrip("0"))]
    story += [Spacer(1, 6 * mm)] + [markup(f"<b>{label}:</b> {clean(value)}") for label, value in facts if value]
    story += [Spacer(1, 8 * mm), para("The team", "h2")]
    if team:
        rows = [[para("Name", "head"), para("Role", "head"), para("Speaks for", "head")]]
        rows += [[para(m.name, "cell"), para(m.role, "cell"), para(m.group.label if m.group else "", "cell")]
                 for m in team]
        story.append(grid(rows, [60 * mm, 85 * mm, 30 * mm]))
    else:
        story.append(para("No team members are listed in the review.", "small"))
    story += [Spacer(1, 10 * mm), para(f"Self-review against the {data.framework.citation}", "small")]
    return story


def _summary(data: PlanData, width: float) -> list:
    framework, review = data.framework, data.review
    values = review.values()
    story = [Heading("Summary", 0), para("Where each core component stands", "h2")]
    rows = [[para("Component", "head"), para("Stage", "head"), para("Why it sits there", "head")]]
    for placement in placements(framework, values):
        why = ("Every map condition in all four stages is In place." if placement.sustained else
               f"{len(placement.holding_back)} of {len(placement.stage.conditions_for(placement.component.id))} "
               f"conditions of the {placement.stage.name} map not yet In place.")
        rows.append([para(placement.component.name, "cell_bold"), para(placement.label, "cell"), para(why, "cell")])
    story.append(grid(rows, [48 * mm, 42 * mm, width - 90 * mm]))
    story += [para("Minority group isolation", "h2")] + _isolation_summary(data)
    story += [para(f"Top {TOP_PRIORITIES} priorities", "h2")]
    open_items = [i for i in sort_items(review.plan.items, "due") if i.status is not ActionStatus.DONE]
    if open_items:
        rows = [[para("Action", "head"), para("Lead", "head"), para("Due", "head"), para("Status", "head")]]
        rows += [[para(i.title, "cell"), para(i.lead or "—", "cell"), para(i.due or "not set", "cell"),
                  para(status_text(i.status), "cell")] for i in open_items[:TOP_PRIORITIES]]
        story.append(grid(rows, [width - 100 * mm, 40 * mm, 25 * mm, 35 * mm]))
    else:
        story.append(para("The plan has no open action items yet.", "small"))
    counts = {s: sum(1 for i in review.plan.items if i.status is s) for s in ActionStatus}
    story.append(Spacer(1, 3 * mm))
    story.append(para(f"{len(review.plan.items)} action items in all: "
                      + ", ".join(f"{n} {s.label.lower()}" for s, n in counts.items()) + ".", "small"))
    return story


def _by_member(account: str, team) -> str:
    """" by Ana Peña" when who imported is a team member (by name); else nothing: the computer's account name
    ("root", "jsmith") is not a person the team would recognise on paper."""
    wanted = " ".join(account.split()).casefold()
    member = next((m for m in team if wanted and " ".join(m.name.split()).casefold() == wanted), None)
    return f" by {member.name}" if member else ""


def _latest_result(data: PlanData):
    """Every year's result as print may show it (privacy.for_print), and the latest."""
    from equity_desktop.core.enrollment.privacy import for_print
    from equity_desktop.core.enrollment.review_data import results_by_year

    measured = results_by_year(data.snapshots, data.rule) if data.snapshots else []
    results = [for_print(r, data.suppression_size) for r in measured]
    return results, (results[-1] if results else None)


def _isolation_summary(data: PlanData) -> list:
    from equity_desktop.core.enrollment.review_data import federal_sentence

    _, result = _latest_result(data)
    if result is None:
        return [para("No enrollment has been imported into this review, so isolation is not measured.", "body")]
    isolated = result.isolated_groups
    lines = [f"{g.group}: {g.status()}" for g in isolated]
    head = (f"In {result.year}, {len(isolated)} group{'s are' if len(isolated) != 1 else ' is'} isolated "
            f"({data.rule.describe()}).")
    return [para(head)] + [para(f"• {line}") for line in lines] + [para(federal_sentence(result))]


# ---- the plan and the timeline (landscape) -------------------------------------------------------

def _labelled(parts: list[tuple[str, str]]) -> str:
    return "<br/>".join(f"<b>{label}</b> {clean(text)}" if label else clean(text) for label, text in parts if text)


def _item_row(number: str, item: ActionItem, framework: Framework) -> list:
    where = []
    if item.component_id:
        where.append(framework.component(item.component_id).name)
    if item.stage_number:
        where.append(framework.stages[item.stage_number - 1].name)
    action = markup("<br/>".join([f"<b>{clean(item.title)}</b>"] + ([clean(" · ".join(where))] if where else [])),
                    "cell")
    why = markup(_labelled([("Gap:", item.gap_text), ("Root cause:", item.root_cause),
                            ("Theory of action:", item.theory_of_action)]) or "—", "cell")
    how = markup(_labelled([("", item.steps), ("Resources:", item.resources),
                            ("Funding:", item.funding_source)]) or "—", "cell")
    who = markup("<br/>".join(([f"<b>{clean(item.lead)}</b>"] if item.lead else [])
                              + ([f"With: {clean(item.responsible)}"] if item.responsible else [])) or "—", "cell")
    when = para(" – ".join(d for d in (item.start, item.due) if d) or "not set", "cell")
    target = " → ".join(t for t in (item.baseline, item.target) if t)
    evidence = markup(_labelled([("", item.metric), ("", target),
                                 ("By", item.target_date)]) or "—", "cell")
    status = markup(_labelled([("", status_text(item.status)), ("", item.progress_notes)]), "cell")
    return [number, action, why, how, who, when, evidence, status]  # the number in plain_columns' style


PLAN_HEADER = ("#", "Action", "Why (gap, root cause, theory of action)", "Steps and resources", "Lead and team",
               "Start – due", "Evidence of impact", "Status")


def _plan_table(data: PlanData, width: float) -> list:
    plan, framework = data.review.plan, data.framework
    story = [Heading("Action plan", 0)]
    if not plan.items:
        return story + [para("No action items yet. Accept suggestions on the Action plan page, or add items.")]
    numbers = item_numbers(plan)
    number = plain_width(numbers.values(), 10 * mm)  # "12.10" on one line
    lead, dates, evidence, status = 30 * mm, 22 * mm, 30 * mm, 28 * mm
    free = width - (number + lead + dates + evidence + status)  # action, why, how share the rest
    widths = [number, free * 0.30, free * 0.40, free * 0.30, lead, dates, evidence, status]
    rows = [[para(h, "head") for h in PLAN_HEADER]]
    bands = []
    for objective_number, (objective, items) in enumerate(_by_objective(plan), start=1):
        title = f"Objective {objective_number}: {objective}" if objective else "Items with no objective"
        bands.append(len(rows))
        rows.append([markup(f"<b>{clean(title)}</b>", "cell")] + [""] * 7)
        rows += [_item_row(numbers[item.id], item, framework) for item in items]
    # An objective's band spans the row and is never left alone at the foot of a page (it and its first item
    # do not split).
    bands_style = [cmd for r in bands for cmd in (("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), LIGHT),
                                                  ("NOSPLIT", (0, r), (-1, r + 1)))]
    return story + [grid(rows, widths, extra=plain_columns(0, 0) + bands_style)]


def _by_objective(plan: ActionPlan) -> list[tuple[str, list[ActionItem]]]:
    groups: dict[int | None, list[ActionItem]] = {}
    for item in plan.in_plan_order():
        key = item.objective_id if plan.objective(item.objective_id) else None
        groups.setdefault(key, []).append(item)
    return [(objective.title if (objective := plan.objective(key)) else "", items) for key, items in groups.items()]


def item_numbers(plan: ActionPlan) -> dict[int, str]:
    """"2.1" for the first item of the second objective: how the printed plan and the timeline name items."""
    return {item.id: f"{o}.{n}" for o, (_, items) in enumerate(_by_objective(plan), start=1)
            for n, item in enumerate(items, start=1)}


def _timeline(data: PlanData, width: float) -> list:
    plan, profile = data.review.plan, data.review.profile
    years = plan_years(profile.school_year, data.printed_on)
    story = [Heading("The 7-year timeline", 0),
             para(f"Each action item across the seven school years of the plan, {years[0]} to {years[-1]}; "
                  f"a filled cell marked {MARK} is a year the item runs (from its start date to its due date).",
                  "small")]
    if not plan.items:
        return story + [para("No action items yet.")]
    numbers = item_numbers(plan)
    year_width, number, lead, note = 17 * mm, plain_width(numbers.values(), 10 * mm), 32 * mm, 30 * mm
    widths = [number, width - number - lead - PLAN_YEARS * year_width - note, lead] + [year_width] * PLAN_YEARS + [note]
    rows = [[para(h, "head") for h in ("#", "Action", "Lead", *years, "Note")]]
    # Numbers and year marks are plain strings: 8,000 fewer paragraphs in a 1,000-item plan.
    # A ■ on a grey cell: the mark says what the fill says, in colour and in grayscale alike.
    extra = plain_columns(0, 0) + plain_columns(3, 2 + PLAN_YEARS, align="CENTER")
    extra.append(("LEADING", (-1, 1), (-1, -1), 10))  # an empty note ("") no taller than a line of text
    for r, row in enumerate(timeline(plan.in_plan_order(), profile.school_year), start=1):
        runs = range(row.first, row.last + 1) if row.first is not None and row.last is not None else range(0)
        marks = [MARK if year in runs else "" for year in range(PLAN_YEARS)]
        rows.append([numbers[row.item.id], para(row.item.title, "cell"), para(row.item.lead or "—", "cell"), *marks,
                     para(row.note, "cell") if row.note else ""])
        if runs:  # one fill over the item's years, not one a cell
            extra.append(("BACKGROUND", (3 + runs[0], r), (3 + runs[-1], r), MARK_FILL))
    return story + [grid(rows, widths, extra=extra)]


# ---- enrollment and isolation (portrait) ----------------------------------------------------------

def _enrollment(data: PlanData, width: float) -> list:
    from equity_desktop.core.enrollment import groups as g
    from equity_desktop.core.enrollment.review_data import (
        dimensions_in,
        diversity_sentence,
        federal_sentence,
        isolation_rows,
        rule_sentence,
        trend_lines,
    )
    from equity_desktop.core.enrollment.trends import progress_goal
    from equity_desktop.core.output import charts

    story = [Heading("Enrollment and minority group isolation", 0)]
    results, result = _latest_result(data)  # already redacted for print: nothing below decides what is withheld
    if result is None:
        return story + [para("No enrollment has been imported into this review. Import the school's enrollment "
                             "on the Data & MGI page to measure isolation.")]
    size = data.suppression_size
    snapshot = sorted(data.snapshots, key=lambda s: s.year)[-1]
    story += [para(f"School year {result.year}. Source: {snapshot.source_file}, sheet “{snapshot.source_sheet}”, "
                   f"imported {snapshot.imported_at[:10]}{_by_member(snapshot.imported_by, data.review.team)}. "
                   f"Compared with: {result.district_source}.", "small"),
              para(rule_sentence(data.rule)), para(federal_sentence(result)), para(diversity_sentence(result))]
    story += [para(f"Read with care: {w}", "small") for w in result.warnings]  # worded for print by for_print
    for dimension in dimensions_in(result):
        label = g.DIMENSION_LABELS[dimension]
        rows = [[para(h, "head") for h in ("Group", "School n", "School %", "District n", "District %",
                                           "± points", "Status")]]
        for r in isolation_rows(result, dimension):
            rows.append([para(r.group, "cell"), para(r.school_n, "cell_right"), para(r.school_share, "cell_right"),
                         para(r.district_n, "cell_right"), para(r.district_share, "cell_right"),
                         para(r.difference, "cell_right"),
                         para(("ISOLATED: " if r.isolated else "") + r.status, "cell_bold" if r.isolated else "cell")])
        table = grid(rows, [48 * mm, 16 * mm, 17 * mm, 19 * mm, 18 * mm, 18 * mm, width - 136 * mm])
        story += [*section(f"{label}, {result.year}", 1, "h2"), table]
    story.append(para(f"Counts under {size} are printed as “<{size}” to protect students' privacy, and so is every "
                      "figure that would reveal one: its share, its difference, its chart label and, where the "
                      "other counts and the total would give it away, the next smallest count (“withheld”).",
                      "small"))
    story += [*section("Charts", 1, "h2", room=90 * mm),
              chart(charts.isolation_chart(result, g.RACE, width))]
    if len(results) > 1:
        story += [Spacer(1, 4 * mm), chart(charts.trend_chart(trend_lines(results, g.RACE), width, 230,
                                                            "Race/ethnicity share over the years"))]
        steps = progress_goal(results)
        if steps:
            story += [KeepTogether([para("Progress goal: 2 points a year toward the district share", "h3")]
                                   + [para(("✓ " if s.met else "✗ ") + s.sentence()) for s in steps])]
    risks = [r for r in result.disproportionality if r.enrolled is not None or r.withheld]
    if risks:
        rows = [[para(h, "head") for h in ("Outcome", "Group", "Enrolled", "With outcome", "Expected",
                                           "Risk ratio", "Why no ratio")]]
        rows += [[para(r.outcome, "cell"), para(r.group, "cell"),
                  para(_count(r.enrolled), "cell_right"), para(_count(r.actual), "cell_right"),
                  para("—" if r.expected is None else f"{r.expected:.1f}", "cell_right"),
                  para("—" if r.risk_ratio is None else f"{r.risk_ratio:.2f}", "cell_right"),
                  para(r.why_not_shown, "cell")] for r in risks]
        story += [*section("Disproportionality", 1, "h2", room=50 * mm),
                  grid(rows, [28 * mm, 45 * mm, 17 * mm, 20 * mm, 17 * mm, 17 * mm, width - 144 * mm])]
    return story


def _count(n: float | None) -> str:
    return "—" if n is None else f"{n:,.0f}" if float(n).is_integer() else f"{n:,.1f}"


# ---- sign-off -------------------------------------------------------------------------------------

def _sign_off(data: PlanData, width: float) -> list:
    story = [Heading("Sign-off", 0),
             para("We have read this action plan and agree to carry it out and to review it together at least "
                  "once each semester.")]
    rows = [[para(h, "head") for h in ("Role", "Name", "Signature", "Date")]]
    roles = ["Principal", "Leadership team lead", "District representative", "Family representative",
             "Partner representative"]
    rows += [[para(role, "cell"), "", "", ""] for role in roles]
    table = grid(rows, [45 * mm, 50 * mm, width - 125 * mm, 30 * mm],
                 extra=[("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white"]), ("TOPPADDING", (0, 1), (-1, -1), 14),
                        ("BOTTOMPADDING", (0, 1), (-1, -1), 14), ("LINEBELOW", (0, 1), (-1, -1), 0.8, "black")])
    return story + [Spacer(1, 6 * mm), table]


# ---- every rating (the --full appendix) -----------------------------------------------------------

def rating_text(value) -> str:
    return value.label if value is not None else Rating.UNRATED.label


def ratings_section(framework: Framework, review: Review, width: float, ballots: tuple = (),
                    rationales: dict | None = None) -> list:
    """Each stage's key actions, map conditions and benchmarks, with rating and evidence: the full record;
    with collected ballots, each item's distribution in words and the team's reason for its rating."""
    from equity_desktop.core.review.consensus import votes_for

    story = [Heading("Ratings and evidence", 0),
             para("Every item of the framework as the team rated it, with its evidence note. Items never rated "
                  "read “Unrated”.", "small")]
    widths = [16 * mm, width - 16 * mm - 26 * mm - 55 * mm, 26 * mm, 55 * mm]
    header = [para(h, "head") for h in ("#", "Text (quoted from the framework)", "Rating", "Evidence")]

    for stage in framework.stages:
        story += [PageBreak() if stage.number > 1 else Spacer(1, 2 * mm),
                  Heading(f"Stage {stage.number}: {stage.name}", 1)]
        for part in framework.stage_parts(stage):
            rows = [header]
            for item in part.items:
                found = review.assessments.get(item.id)
                evidence = [found.note] if found and found.note else []
                votes = votes_for(framework, ballots, item.id) if ballots else None
                if votes is not None and votes.votes:
                    evidence.append(f"Ballots: {votes.describe()} ({votes.agreement_words()}).")
                if reason := (rationales or {}).get(item.id):
                    evidence.append(f"Team's reason: {reason}")
                rows.append([para(item_number(item), "cell_bold"), para(item.text, "cell"),
                             para(rating_text(found.value if found else None), "cell_bold"),
                             para(" ".join(evidence), "cell")])
            story += [*section(f"Stage {stage.number} {part.title}", 2), grid(rows, widths)]
    return story
