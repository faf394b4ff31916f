"""The action plan as a PDF a principal can read in five minutes and sign (issue 6), in English or Spanish (issue 19).

Cover, a one-page summary (where each component stands, isolation, the top priorities), the plan
itself in landscape tables whose header repeats on every page, enrollment and isolation with the
same charts as on screen, the 7-year timeline, sign-off lines; with `full`, every stage's key
actions, benchmarks and map conditions with their ratings and evidence. Status is always written
in words beside its symbol, never shown by colour alone; counts under the suppression size print as
"<10" (DESIGN.md "Privacy").

Every fixed text comes from the core's catalogues (`core.i18n`), numbers and dates in the language's format. In
a language other than English the framework's text is its unofficial translation (`load_framework_in`): the
cover says so, every page's footer carries the marker, and the full record prints the English original under
each translated item.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer

from equity_desktop.core.framework.content import Framework, item_number, load_framework
from equity_desktop.core.framework.translations import is_official, load_framework_in, notice
from equity_desktop.core.i18n import ENGLISH, Texts, texts
from equity_desktop.core.i18n.message import said
from equity_desktop.core.output import print_words as words
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
from equity_desktop.core.plan.items import PLAN_YEARS, plan_years, sort_items, timeline
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

    framework: Framework  # in the language printed: a translation's `translation` note marks it unofficial
    review: Review
    snapshots: list[Snapshot]
    rule: Rule
    printed_on: date
    suppression_size: int
    ballots: tuple = ()  # the members' collected ballots (core.review.ballots.Ballot), for the full record
    rationales: dict | None = None  # item id -> the team's reason for the agreed rating
    language: str = ENGLISH  # of every fixed text and number (core.i18n)

    @property
    def texts(self) -> Texts:
        return texts(self.language)


def load_plan_data(review_path: Path | str, printed_on: date | None = None, language: str = ENGLISH) -> PlanData:
    """Read a review read-only (it may be open for editing in the window at the same time); the framework in
    `language` (its unofficial translation for a language other than English)."""
    from equity_desktop.core.review.store import ReviewStore

    with ReviewStore.open(review_path, read_only=True) as store:
        from equity_desktop.core.review.ballots import ballots

        framework = store.framework if texts(language).is_english else load_framework_in(language)
        return PlanData(framework, store.load(), store.snapshots(), store.mgi_rule(),
                        printed_on or date.today(), store.suppression_size(), tuple(ballots(store)),
                        store.rationales(), texts(language).language)


def write_plan_pdf(review_path: Path | str, out: Path | str, paper: str = "letter", full: bool = False,
                   progress: Progress | None = None, printed_on: date | None = None,
                   language: str = ENGLISH) -> Path:
    """Write the plan of the review at `review_path` to `out` (atomically), in `language` ("en" or "es").
    Runs in a worker process in the GUI."""
    tr = texts(language)
    if progress:
        progress(0.02, tr.t("progress.reading_review"))
    data = load_plan_data(review_path, printed_on, language)
    return write_plan(data, out, paper, full, progress)


def write_plan(data: PlanData, out: Path | str, paper: str = "letter", full: bool = False,
               progress: Progress | None = None) -> Path:
    profile, tr = data.review.profile, data.texts
    author = ", ".join(m.name for m in data.review.team[:3]) or "Equity Desktop"
    footer = tr.t("plan.footer", school=profile.school)
    if not is_official(data.framework):  # the marker on every page that may show the translated framework
        footer += " · " + tr.t("translation.marker")
    return build(out, plan_story(data, paper, full), paper, title=tr.t("plan.pdf_title", school=profile.school),
                 author=author, subject=tr.t("plan.pdf_subject", district=profile.district)
                 + (", " + profile.school_year if profile.school_year else ""),
                 footer=footer, dated=data.printed_on, progress=progress, texts=tr)


def plan_story(data: PlanData, paper: str, full: bool) -> list:
    width, height = PAPERS[paper]
    portrait_width, landscape_width = width - 2 * MARGIN, height - 2 * MARGIN
    story = _cover(data, full) + [PageBreak()] + _summary(data, portrait_width)
    story += [NextPageTemplate("landscape"), PageBreak()] + _plan_table(data, landscape_width)
    story += [PageBreak()] + _timeline(data, landscape_width)
    story += [NextPageTemplate("portrait"), PageBreak()] + _enrollment(data, portrait_width)
    story += [PageBreak()] + _sign_off(data, portrait_width)
    if full:
        story += [PageBreak()] + ratings_section(data.framework, data.review, portrait_width, data.ballots,
                                                 data.rationales or {}, data.texts)
    return story


# ---- cover and summary -------------------------------------------------------------------------

def translation_notice(framework: Framework, tr: Texts, full: bool) -> list:
    """The unofficial translation's notice (nothing for the official English): the translation's own words, and
    where the English original is to be found."""
    if is_official(framework):
        return []
    where = tr.t("translation.original_in_record" if full else "translation.original_with_full")
    return [Spacer(1, 4 * mm), markup(f"<b>{clean(notice(framework))}</b> {clean(where)}", "notice")]


def _cover(data: PlanData, full: bool = False) -> list:
    profile, team, tr = data.review.profile, data.review.team, data.texts
    story = [Spacer(1, 30 * mm), Heading(tr.t("plan.title"), 0, "title"), para(profile.school, "subtitle"),
             para(profile.district, "subtitle")]
    facts = [(tr.t("cover.school_year"), profile.school_year), (tr.t("cover.magnet_theme"), profile.magnet_theme),
             (tr.t("cover.program"), tr.label(profile.program_type) if profile.program_type else ""),
             (tr.t("cover.grades"), profile.grades_served), (tr.t("cover.printed"), tr.date(data.printed_on))]
    story += [Spacer(1, 6 * mm)] + [markup(f"<b>{label}:</b> {clean(value)}") for label, value in facts if value]
    story += translation_notice(data.framework, tr, full)
    story += [Spacer(1, 8 * mm), para(tr.t("cover.team"), "h2")]
    if team:
        rows = [[para(tr.t("cover.name"), "head"), para(tr.t("cover.role"), "head"),
                 para(tr.t("cover.speaks_for"), "head")]]
        rows += [[para(m.name, "cell"), para(m.role, "cell"), para(tr.label(m.group) if m.group else "", "cell")]
                 for m in team]
        story.append(grid(rows, [60 * mm, 85 * mm, 30 * mm]))
    else:
        story.append(para(tr.t("cover.no_team"), "small"))
    story += [Spacer(1, 10 * mm), para(tr.t("cover.against", citation=data.framework.citation), "small")]
    return story


def _summary(data: PlanData, width: float) -> list:
    framework, review, tr = data.framework, data.review, data.texts
    values = review.values()
    story = [Heading(tr.t("summary.title"), 0), para(tr.t("summary.components"), "h2")]
    rows = [[para(tr.t("summary.component"), "head"), para(tr.t("summary.stage"), "head"),
             para(tr.t("summary.why"), "head")]]
    for placement in placements(framework, values):
        total = len(placement.stage.conditions_for(placement.component.id))
        why = (tr.t("summary.sustained_why") if placement.sustained else
               tr.n("summary.held_back", len(placement.holding_back), total=tr.count(total),
                    stage=placement.stage.name))
        label = tr.t("summary.sustained") if placement.sustained else placement.stage.name
        rows.append([para(placement.component.name, "cell_bold"), para(label, "cell"), para(why, "cell")])
    story.append(grid(rows, [48 * mm, 42 * mm, width - 90 * mm]))
    story += [para(tr.t("summary.isolation"), "h2")] + _isolation_summary(data)
    story += [para(tr.t("summary.top", count=tr.count(TOP_PRIORITIES)), "h2")]
    open_items = [i for i in sort_items(review.plan.items, "due") if i.status is not ActionStatus.DONE]
    if open_items:
        rows = [[para(tr.t("summary.action"), "head"), para(tr.t("summary.lead"), "head"),
                 para(tr.t("summary.due"), "head"), para(tr.t("summary.status"), "head")]]
        rows += [[para(i.title, "cell"), para(i.lead or "—", "cell"), para(i.due or tr.t("plan.not_set"), "cell"),
                  para(words.status_text(tr, i.status), "cell")] for i in open_items[:TOP_PRIORITIES]]
        story.append(grid(rows, [width - 100 * mm, 40 * mm, 25 * mm, 35 * mm]))
    else:
        story.append(para(tr.t("summary.no_open_items"), "small"))
    counts = {s: sum(1 for i in review.plan.items if i.status is s) for s in ActionStatus}
    story.append(Spacer(1, 3 * mm))
    story.append(para(tr.n("summary.items_in_all", len(review.plan.items),
                           statuses=", ".join(f"{tr.count(n)} {tr.label(s).lower()}" for s, n in counts.items())),
                      "small"))
    return story


def _by_member(account: str, team, tr: Texts) -> str:
    """" by Ana Peña" when who imported is a team member (by name); else nothing: the computer's account name
    ("root", "jsmith") is not a person the team would recognise on paper."""
    wanted = " ".join(account.split()).casefold()
    member = next((m for m in team if wanted and " ".join(m.name.split()).casefold() == wanted), None)
    return tr.t("enrollment.imported_by", name=member.name) if member else ""


def _latest_result(data: PlanData):
    """Every year's result as print may show it (privacy.for_print), and the latest."""
    from equity_desktop.core.enrollment.privacy import for_print
    from equity_desktop.core.enrollment.review_data import results_by_year

    measured = results_by_year(data.snapshots, data.rule) if data.snapshots else []
    results = [for_print(r, data.suppression_size) for r in measured]
    return results, (results[-1] if results else None)


def _isolation_summary(data: PlanData) -> list:
    tr = data.texts
    _, result = _latest_result(data)
    if result is None:
        return [para(tr.t("summary.no_enrollment"), "body")]
    isolated = result.isolated_groups
    lines = [f"{words.group_name(tr, g.group)}: {words.group_status(tr, g, data.suppression_size)}" for g in isolated]
    head = tr.n("summary.isolated_groups", len(isolated), year=result.year, rule=words.rule_describe(tr, data.rule))
    return [para(head)] + [para(f"• {line}") for line in lines] + [para(words.federal_sentence(tr, result))]


# ---- the plan and the timeline (landscape) -------------------------------------------------------

def _labelled(parts: list[tuple[str, str]]) -> str:
    return "<br/>".join(f"<b>{label}</b> {clean(text)}" if label else clean(text) for label, text in parts if text)


def _item_row(number: str, item: ActionItem, framework: Framework, tr: Texts) -> list:
    where = []
    if item.component_id:
        where.append(framework.component(item.component_id).name)
    if item.stage_number:
        where.append(framework.stages[item.stage_number - 1].name)
    action = markup("<br/>".join([f"<b>{clean(item.title)}</b>"] + ([clean(" · ".join(where))] if where else [])),
                    "cell")
    why = markup(_labelled([(tr.t("item.gap"), item.gap_text), (tr.t("item.root_cause"), item.root_cause),
                            (tr.t("item.theory"), item.theory_of_action)]) or "—", "cell")
    how = markup(_labelled([("", item.steps), (tr.t("item.resources"), item.resources),
                            (tr.t("item.funding"), item.funding_source)]) or "—", "cell")
    who = markup("<br/>".join(([f"<b>{clean(item.lead)}</b>"] if item.lead else [])
                              + ([clean(tr.t("item.with", people=item.responsible))] if item.responsible else []))
                 or "—", "cell")
    when = para(" – ".join(d for d in (item.start, item.due) if d) or tr.t("plan.not_set"), "cell")
    target = " → ".join(t for t in (item.baseline, item.target) if t)
    evidence = markup(_labelled([("", item.metric), ("", target),
                                 (tr.t("item.by"), item.target_date)]) or "—", "cell")
    status = markup(_labelled([("", words.status_text(tr, item.status)), ("", item.progress_notes)]), "cell")
    return [number, action, why, how, who, when, evidence, status]  # the number in plain_columns' style


PLAN_HEADER = ("plan.col.number", "plan.col.action", "plan.col.why", "plan.col.steps", "plan.col.lead",
               "plan.col.dates", "plan.col.evidence", "plan.col.status")  # message ids


def _plan_table(data: PlanData, width: float) -> list:
    plan, framework, tr = data.review.plan, data.framework, data.texts
    story = [Heading(tr.t("plan.title"), 0)]
    if not plan.items:
        return story + [para(tr.t("plan.no_items"))]
    numbers = item_numbers(plan)
    number = plain_width(numbers.values(), 10 * mm)  # "12.10" on one line
    lead, dates, evidence, status = 30 * mm, 22 * mm, 30 * mm, 28 * mm
    free = width - (number + lead + dates + evidence + status)  # action, why, how share the rest
    widths = [number, free * 0.30, free * 0.40, free * 0.30, lead, dates, evidence, status]
    rows = [[para(tr.t(h), "head") for h in PLAN_HEADER]]
    bands = []
    for objective_number, (objective, items) in enumerate(_by_objective(plan), start=1):
        title = (tr.t("plan.objective", number=objective_number, title=objective) if objective
                 else tr.t("plan.no_objective"))
        bands.append(len(rows))
        rows.append([markup(f"<b>{clean(title)}</b>", "cell")] + [""] * 7)
        rows += [_item_row(numbers[item.id], item, framework, tr) for item in items]
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
    plan, profile, tr = data.review.plan, data.review.profile, data.texts
    years = plan_years(profile.school_year, data.printed_on)
    story = [Heading(tr.t("timeline.title"), 0),
             para(tr.t("timeline.explained", first=years[0], last=years[-1], mark=MARK), "small")]
    if not plan.items:
        return story + [para(tr.t("timeline.no_items"))]
    numbers = item_numbers(plan)
    year_width, number, lead, note = 17 * mm, plain_width(numbers.values(), 10 * mm), 32 * mm, 30 * mm
    widths = [number, width - number - lead - PLAN_YEARS * year_width - note, lead] + [year_width] * PLAN_YEARS + [note]
    rows = [[para(h, "head") for h in ("#", tr.t("timeline.action"), tr.t("timeline.lead"), *years,
                                       tr.t("timeline.note"))]]
    # Numbers and year marks are plain strings: 8,000 fewer paragraphs in a 1,000-item plan.
    # A ■ on a grey cell: the mark says what the fill says, in colour and in grayscale alike.
    extra = plain_columns(0, 0) + plain_columns(3, 2 + PLAN_YEARS, align="CENTER")
    extra.append(("LEADING", (-1, 1), (-1, -1), 10))  # an empty note ("") no taller than a line of text
    for r, row in enumerate(timeline(plan.in_plan_order(), profile.school_year), start=1):
        runs = range(row.first, row.last + 1) if row.first is not None and row.last is not None else range(0)
        marks = [MARK if year in runs else "" for year in range(PLAN_YEARS)]
        note_text = words.timeline_note(tr, row.note)
        rows.append([numbers[row.item.id], para(row.item.title, "cell"), para(row.item.lead or "—", "cell"), *marks,
                     para(note_text, "cell") if note_text else ""])
        if runs:  # one fill over the item's years, not one a cell
            extra.append(("BACKGROUND", (3 + runs[0], r), (3 + runs[-1], r), MARK_FILL))
    return story + [grid(rows, widths, extra=extra)]


# ---- enrollment and isolation (portrait) ----------------------------------------------------------

def _enrollment(data: PlanData, width: float) -> list:
    from equity_desktop.core.enrollment import groups as g
    from equity_desktop.core.enrollment.review_data import dimensions_in, trend_lines
    from equity_desktop.core.enrollment.trends import progress_goal
    from equity_desktop.core.output import charts

    tr = data.texts
    story = [Heading(tr.t("enrollment.title"), 0)]
    results, result = _latest_result(data)  # already redacted for print: nothing below decides what is withheld
    if result is None:
        return story + [para(tr.t("enrollment.none"))]
    size = data.suppression_size
    snapshot = sorted(data.snapshots, key=lambda s: s.year)[-1]
    story += [para(tr.t("enrollment.source", year=result.year, file=snapshot.source_file, sheet=snapshot.source_sheet,
                        day=snapshot.imported_at[:10], by=_by_member(snapshot.imported_by, data.review.team, tr),
                        reference=result.district_source), "small"),
              para(words.rule_sentence(tr, data.rule)), para(words.federal_sentence(tr, result)),
              para(words.diversity_sentence(tr, result))]
    # worded for print by for_print
    story += [para(tr.t("enrollment.read_with_care", warning=w), "small") for w in result.warnings]
    for dimension in dimensions_in(result):
        label = words.dimension_label(tr, dimension)
        rows = [[para(tr.t(h), "head") for h in ("mgi.col.group", "mgi.col.school_n", "mgi.col.school_share",
                                                 "mgi.col.district_n", "mgi.col.district_share",
                                                 "mgi.col.difference", "mgi.col.status")]]
        for r in words.isolation_rows(tr, result, dimension):
            rows.append([para(r.group, "cell"), para(r.school_n, "cell_right"), para(r.school_share, "cell_right"),
                         para(r.district_n, "cell_right"), para(r.district_share, "cell_right"),
                         para(r.difference, "cell_right"),
                         para((tr.t("mgi.isolated_prefix") if r.isolated else "") + r.status,
                              "cell_bold" if r.isolated else "cell")])
        # Spanish words are longer ("reservado" in a count's column, "Indígena americano o nativo de Alaska").
        columns = [48 * mm, 16 * mm] if tr.is_english else [44 * mm, 20 * mm]
        table = grid(rows, columns + [17 * mm, 19 * mm, 18 * mm, 18 * mm, width - 136 * mm])
        story += [*section(tr.t("enrollment.dimension_year", dimension=label, year=result.year), 1, "h2"), table]
    story.append(para(tr.t("enrollment.suppression", size=tr.count(size)), "small"))
    story += [*section(tr.t("enrollment.charts"), 1, "h2", room=90 * mm),
              chart(charts.isolation_chart(result, g.RACE, width, texts=tr))]
    if len(results) > 1:
        story += [Spacer(1, 4 * mm), chart(charts.trend_chart(words.trend_lines(tr, trend_lines(results, g.RACE)),
                                                            width, 230, tr.t("chart.trend_title"), texts=tr))]
        steps = progress_goal(results)
        if steps:
            story += [KeepTogether([para(tr.t("enrollment.progress_goal"), "h3")]
                                   + [para(("✓ " if s.met else "✗ ") + words.progress_sentence(tr, s))
                                      for s in steps])]
    risks = [r for r in result.disproportionality if r.enrolled is not None or r.withheld]
    if risks:
        rows = [[para(tr.t(h), "head") for h in ("risk.col.outcome", "risk.col.group", "risk.col.enrolled",
                                                 "risk.col.with_outcome", "risk.col.expected", "risk.col.ratio",
                                                 "risk.col.why")]]
        rows += [[para(tr.word(f"outcome.{r.outcome}", r.outcome), "cell"), para(words.group_name(tr, r.group), "cell"),
                  para(_count(r.enrolled, tr), "cell_right"), para(_count(r.actual, tr), "cell_right"),
                  para("—" if r.expected is None else tr.decimal(r.expected, 1), "cell_right"),
                  para("—" if r.risk_ratio is None else tr.decimal(r.risk_ratio, 2), "cell_right"),
                  para(said(r.why_not_shown, tr), "cell")] for r in risks]
        story += [*section(tr.t("enrollment.disproportionality"), 1, "h2", room=50 * mm),
                  grid(rows, [28 * mm, 45 * mm, 17 * mm, 20 * mm, 17 * mm, 17 * mm, width - 144 * mm])]
    return story


def _count(n: float | None, tr: Texts) -> str:
    return "—" if n is None else tr.count(n)


# ---- sign-off -------------------------------------------------------------------------------------

SIGN_OFF_ROLES = ("signoff.principal", "signoff.team_lead", "signoff.district", "signoff.family", "signoff.partner")


def _sign_off(data: PlanData, width: float) -> list:
    tr = data.texts
    story = [Heading(tr.t("signoff.title"), 0), para(tr.t("signoff.agreement"))]
    rows = [[para(tr.t(h), "head") for h in ("signoff.role", "signoff.name", "signoff.signature", "signoff.date")]]
    rows += [[para(tr.t(role), "cell"), "", "", ""] for role in SIGN_OFF_ROLES]
    table = grid(rows, [45 * mm, 50 * mm, width - 125 * mm, 30 * mm],
                 extra=[("ROWBACKGROUNDS", (0, 1), (-1, -1), ["white"]), ("TOPPADDING", (0, 1), (-1, -1), 14),
                        ("BOTTOMPADDING", (0, 1), (-1, -1), 14), ("LINEBELOW", (0, 1), (-1, -1), 0.8, "black")])
    return story + [Spacer(1, 6 * mm), table]


# ---- every rating (the --full appendix) -----------------------------------------------------------

def rating_text(value, tr: Texts | None = None) -> str:
    return (tr or texts(ENGLISH)).label(value if value is not None else Rating.UNRATED)


def ratings_section(framework: Framework, review: Review, width: float, ballots: tuple = (),
                    rationales: dict | None = None, tr: Texts | None = None) -> list:
    """Each stage's key actions, map conditions and benchmarks, with rating and evidence: the full record;
    with collected ballots, each item's distribution in words and the team's reason for its rating.

    For a translated framework each item's English original is printed under its translation (the official
    text, one glance away: issue 19)."""
    from equity_desktop.core.review.consensus import votes_for

    tr = tr or texts(ENGLISH)
    original = None if is_official(framework) else load_framework()
    story = [Heading(tr.t("record.title"), 0), para(tr.t("record.explained"), "small")]
    if original is not None:
        story += [para(notice(framework) + " " + tr.t("translation.original_below"), "small")]
    # A Spanish rating is up to "Cumplido en parte": a column wide enough that no label breaks inside a word.
    rating = 26 * mm if tr.is_english else 31 * mm
    widths = [16 * mm, width - 16 * mm - rating - 55 * mm, rating, 55 * mm]
    header = [para(tr.t(h), "head") for h in ("record.col.number",
                                              "record.col.text" if original is None else "record.col.text_translated",
                                              "record.col.rating", "record.col.evidence")]

    for stage in framework.stages:
        story += [PageBreak() if stage.number > 1 else Spacer(1, 2 * mm),
                  Heading(tr.t("record.stage", number=stage.number, name=stage.name), 1)]
        for part in framework.stage_parts(stage):
            rows = [header]
            for item in part.items:
                found = review.assessments.get(item.id)
                evidence = [found.note] if found and found.note else []
                votes = votes_for(framework, ballots, item.id) if ballots else None
                if votes is not None and votes.votes:
                    evidence.append(tr.t("record.ballots", votes=words.votes_describe(tr, votes),
                                         agreement=words.agreement_words(tr, votes)))
                if reason := (rationales or {}).get(item.id):
                    evidence.append(tr.t("record.reason", reason=reason))
                text = para(item.text, "cell") if original is None else _with_original(item.text,
                                                                                        original.item(item.id).text, tr)
                rows.append([para(item_number(item), "cell_bold"), text,
                             para(rating_text(found.value if found else None, tr), "cell_bold"),
                             para(" ".join(evidence), "cell")])
            story += [*section(tr.t("record.part", number=stage.number, part=words.part_title(tr, part)), 2),
                      grid(rows, widths)]
    return story


def _with_original(translated: str, english: str, tr: Texts):
    """A translated item's text with its English original under it, labelled, in the record's smaller type."""
    return markup(f"{clean(translated)}<br/><font size=\"7\" color=\"#555555\"><i>{clean(tr.t('record.original'))}"
                  f"</i> {clean(english)}</font>", "cell")
