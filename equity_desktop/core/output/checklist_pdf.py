"""A blank checklist for teams working on paper: every key action, map condition and benchmark of a stage
(or of all four), quoted from the framework, with empty rating boxes and ruled lines for evidence notes.

It doubles as a workshop's paper ballot: a name line at the top, each item's code (1.DE.4) and each box's key
(1–4, 0), exactly what *Enter a Paper Ballot…* asks to be typed (`core.review.ballots`).

In English or Spanish (`language`): every fixed text from `core.i18n`; in Spanish the items are the framework's
unofficial translation, which the first page says in a box and every page's footer marks. The checklist is a form
to fill in, not the record, so it does not repeat the English original (the full record of the PDF plan does).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from equity_desktop.core.errors import EquityError
from equity_desktop.core.framework.content import Framework, ItemKind
from equity_desktop.core.framework.translations import is_official, load_framework_in, notice
from equity_desktop.core.i18n import ENGLISH, Texts, texts
from equity_desktop.core.output.pdf_kit import (
    FONT,
    MARGIN,
    PAPERS,
    RULE,
    Heading,
    Progress,
    build,
    clean,
    grid,
    markup,
    para,
    section,
)
from equity_desktop.core.output.print_words import part_title
from equity_desktop.core.review.ballots import RATING_KEYS, STATUS_KEYS, item_code

BOX = "☐"
NOTE_LINES = 4


def _ratings(tr: Texts) -> list[str]:
    """Each box with the key a paper ballot is typed in with: "☐ 1 Not started" … "☐ 0 Not applicable"."""
    return [f"{key} {tr.label(value)}" for key, value in sorted(RATING_KEYS.items(), key=lambda kv: kv[0] == "0")]


def _statuses(tr: Texts) -> list[str]:
    return [f"{key} {tr.label(value)}" for key, value in STATUS_KEYS.items()]


def write_checklist_pdf(out: Path | str, paper: str = "letter", stage: int | None = None,
                        framework: Framework | None = None, progress: Progress | None = None,
                        printed_on: date | None = None, language: str = ENGLISH) -> Path:
    """The blank checklist (one stage, or all four) in `language` ("en" or "es"), dated `printed_on` (today
    unless given) in its metadata. `framework` overrides the framework of `language`."""
    tr = texts(language)
    framework = framework or load_framework_in(tr.language)
    if stage is not None and not 1 <= stage <= len(framework.stages):
        raise EquityError(tr.t("checklist.no_stage", stage=stage, last=len(framework.stages)))
    stages = framework.stages if stage is None else (framework.stages[stage - 1],)
    width = PAPERS[paper][0] - 2 * MARGIN
    story = [Heading(tr.t("checklist.title"), 0, "title"), para(tr.t("checklist.intro"), "body")]
    if not is_official(framework):
        story.append(markup(f"<b>{clean(notice(framework))}</b>", "notice"))
    story += [markup(tr.t("checklist.school_date")), markup(tr.t("checklist.name_line"))]
    for number, current in enumerate(stages):
        story += [PageBreak() if number else Spacer(1, 4 * mm)] + _stage(framework, current, width, tr)
    title = tr.t("checklist.title_stage", stage=stage) if stage else tr.t("checklist.title")
    footer = title if is_official(framework) else f"{title} · {tr.t('translation.marker')}"
    return build(out, story, paper, title=title, author="Equity Desktop", subject=framework.short_citation,
                 footer=footer, dated=printed_on or date.today(), progress=progress, texts=tr)


def _boxes(labels: list[str]):
    return markup("<br/>".join(f"{BOX} {clean(label)}" for label in labels), "cell")


def _lines(width: float) -> Table:
    table = Table([[""]] * NOTE_LINES, colWidths=[width], rowHeights=[5.2 * mm] * NOTE_LINES)
    # Its cells are empty, but a table names its font for every cell: reportlab's default is Helvetica, which
    # the PDF would then reference without embedding it.
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def _rows(framework: Framework, items, labels: list[str], width: float, tr: Texts) -> Table:
    # Spanish rating words are longer ("2 Cumplido en parte"): a wider box column, so that none breaks in two.
    boxes = 33 * mm if tr.is_english else 37 * mm
    widths = [20 * mm, width - 20 * mm - boxes - 56 * mm, boxes, 56 * mm]
    text = "record.col.text" if is_official(framework) else "record.col.text_unofficial"
    rows = [[para(tr.t(h), "head") for h in ("checklist.col.code", text, "record.col.rating", "record.col.evidence")]]
    rows += [[para(item_code(framework, item.id), "cell_bold"), para(item.text, "cell"), _boxes(labels),
              _lines(widths[-1] - 6)] for item in items]
    return grid(rows, widths)


def _stage(framework: Framework, stage, width: float, tr: Texts) -> list:
    story = [Heading(tr.t("record.stage", number=stage.number, name=stage.name), 1, "h1")]
    for part in framework.stage_parts(stage):
        labels = _statuses(tr) if part.items[0].kind is ItemKind.BENCHMARK else _ratings(tr)
        story += [*section(tr.t("record.part", number=stage.number, part=part_title(tr, part)), 2),
                  _rows(framework, part.items, labels, width, tr)]
    return story
