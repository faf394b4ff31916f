"""A blank checklist for teams working on paper: every key action, map condition and benchmark of a stage
(or of all four), quoted from the framework, with empty rating boxes and ruled lines for evidence notes.

It doubles as a workshop's paper ballot: a name line at the top, each item's code (1.DE.4) and each box's key
(1–4, 0), exactly what *Enter a Paper Ballot…* asks to be typed (`core.review.ballots`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from equity_desktop.core.errors import EquityError
from equity_desktop.core.framework.content import Framework, ItemKind, load_framework
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
from equity_desktop.core.review.ballots import RATING_KEYS, STATUS_KEYS, item_code

BOX = "☐"
NOTE_LINES = 4
# Each box with the key a paper ballot is typed in with: "☐ 1 Not started" … "☐ 0 Not applicable".
_RATINGS = [f"{key} {value.label}" for key, value in sorted(RATING_KEYS.items(), key=lambda kv: kv[0] == "0")]
_STATUSES = [f"{key} {value.label}" for key, value in STATUS_KEYS.items()]


def write_checklist_pdf(out: Path | str, paper: str = "letter", stage: int | None = None,
                        framework: Framework | None = None, progress: Progress | None = None,
                        printed_on: date | None = None) -> Path:
    """The blank checklist (one stage, or all four), dated `printed_on` (today unless given) in its metadata."""
    framework = framework or load_framework()
    if stage is not None and not 1 <= stage <= len(framework.stages):
        raise EquityError(f"There is no stage {stage}; the framework has stages 1 to {len(framework.stages)}.")
    stages = framework.stages if stage is None else (framework.stages[stage - 1],)
    width = PAPERS[paper][0] - 2 * MARGIN
    story = [Heading("Self-review checklist", 0, "title"),
             para("Magnet School Development Framework — for teams working on paper. Tick one box per item and "
                  "write the evidence on the lines; enter the ratings in Equity Desktop afterwards.", "body"),
             markup("<b>School:</b> ______________________________ &nbsp; <b>Date:</b> ______________"),
             markup("<b>Name</b> (a member's own ballot, or who recorded the team's ratings): "
                    "________________________________")]
    for number, current in enumerate(stages):
        story += [PageBreak() if number else Spacer(1, 4 * mm)] + _stage(framework, current, width)
    title = "Self-review checklist" + (f", stage {stage}" if stage else "")
    return build(out, story, paper, title=title, author="Equity Desktop", subject=framework.short_citation,
                 footer=title, dated=printed_on or date.today(), progress=progress)


def _boxes(labels: list[str]):
    return markup("<br/>".join(f"{BOX} {clean(label)}" for label in labels), "cell")


def _lines(width: float) -> Table:
    table = Table([[""]] * NOTE_LINES, colWidths=[width], rowHeights=[5.2 * mm] * NOTE_LINES)
    # Its cells are empty, but a table names its font for every cell: reportlab's default is Helvetica, which
    # the PDF would then reference without embedding it.
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def _rows(framework: Framework, items, labels: list[str], width: float) -> Table:
    widths = [20 * mm, width - 20 * mm - 33 * mm - 56 * mm, 33 * mm, 56 * mm]
    rows = [[para(h, "head") for h in ("Code", "Text (quoted from the framework)", "Rating", "Evidence")]]
    rows += [[para(item_code(framework, item.id), "cell_bold"), para(item.text, "cell"), _boxes(labels),
              _lines(widths[-1] - 6)] for item in items]
    return grid(rows, widths)


def _stage(framework: Framework, stage, width: float) -> list:
    story = [Heading(f"Stage {stage.number}: {stage.name}", 1, "h1")]
    for part in framework.stage_parts(stage):
        labels = _STATUSES if part.items[0].kind is ItemKind.BENCHMARK else _RATINGS
        story += [*section(f"Stage {stage.number} {part.title}", 2), _rows(framework, part.items, labels, width)]
    return story
