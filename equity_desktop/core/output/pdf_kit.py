"""What every PDF the program prints shares (the plan and the blank checklist).

An embedded Unicode TrueType font (DejaVu Sans, shipped in resources/fonts) so that "Nguyễn" and
"Lefèvre" print as typed; paragraph styles sized for a black-and-white printer; portrait and
landscape page templates; a footer with the framework citation and "Page X of Y"; PDF bookmarks
for every heading; title/author/subject metadata; and the write through a temporary file.
reportlab is imported here only, when a PDF is made.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph, Table, TableStyle

from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.errors import EquityError
from equity_desktop.paths import resource_path

FONT, BOLD, ITALIC = "EquitySans", "EquitySans-Bold", "EquitySans-Oblique"
PAPERS = {"letter": LETTER, "a4": A4}
CITATION = ("Magnet School Development Framework, U.S. Department of Education, Magnet Schools Assistance Program "
            "Technical Assistance Center, 2018 (public domain).")
MARGIN = 16 * mm
GREY, LIGHT, RULE = colors.HexColor("#555555"), colors.HexColor("#e6e6e6"), colors.HexColor("#888888")
MARK_FILL = colors.HexColor("#bdbdbd")
Progress = Callable[[float, str], None]


@cache
def register_fonts() -> None:
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"), (ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=26, leading=31, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=14, leading=18, spaceAfter=6),
        "h1": ParagraphStyle("h1", body, fontName=BOLD, fontSize=16, leading=20, spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", body, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10, textColor=GREY),
        "cell": ParagraphStyle("cell", body, fontSize=8, leading=10, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", body, fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT),
        "mark": ParagraphStyle("mark", body, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0, alignment=1),
        "head": ParagraphStyle("head", body, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
    }


def clean(text: object) -> str:
    """Text as Paragraph markup: NFC, XML-escaped, line breaks kept; never "None"."""
    text = "" if text is None else unicodedata.normalize("NFC", str(text))
    return escape(text).replace("\n", "<br/>")


def para(text: object, style: str = "body") -> Paragraph:
    return Paragraph(clean(text), styles()[style])


def markup(markup_text: str, style: str = "body") -> Paragraph:
    """A paragraph whose caller built the markup (bold labels) from already-cleaned text."""
    return Paragraph(markup_text, styles()[style])


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark at `level` (0 = a section)."""

    def __init__(self, text: str, level: int = 0, style: str | None = None):
        super().__init__(clean(text), styles()[style or ("h1", "h2", "h3")[min(level, 2)]])
        self.outline_text = unicodedata.normalize("NFC", text)
        self.level = level


def chart(drawing):
    """A chart from core.charts with its labels in the embedded font (the screen draws them in Helvetica)."""
    swap = {"Helvetica": FONT, "Helvetica-Bold": BOLD}
    drawing.initialFontName = FONT  # the renderer sets its starting font before any label
    pending = [drawing]
    while pending:
        node = pending.pop()
        if hasattr(node, "fontName"):
            node.fontName = swap.get(node.fontName, node.fontName)
        pending.extend(getattr(node, "contents", ()))
    return drawing


def section(text: str, level: int = 1, style: str | None = None, room: float = 35 * mm) -> list:
    """A heading that starts a new page when less than `room` is left, so it never ends a page alone."""
    return [CondPageBreak(room), Heading(text, level, style)]


def grid(rows: list[list], widths: list[float], *, header_rows: int = 1, zebra: bool = False,
         extra: list | None = None) -> Table:
    """A table that repeats its header on every page, with thin rules that print in grey."""
    table = Table(rows, colWidths=widths, repeatRows=header_rows, splitByRow=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 1.0, colors.black),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        commands += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f4f4"))
                     for r in range(header_rows + 1, len(rows), 2)]
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def _numbered_canvas(footer_lines: tuple[str, ...]):
    """A canvas that holds every page back until the end, so each footer can say "Page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self):
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, 11 * mm, width - MARGIN, 11 * mm)
            self.setFont(FONT, 6.5)
            self.setFillColor(GREY)
            for line, text in enumerate(footer_lines):
                self.drawString(MARGIN, (8 - 3 * line) * mm, text)
            self.setFont(BOLD, 8)
            self.setFillColor(colors.black)
            self.drawRightString(width - MARGIN, 8 * mm, f"Page {number} of {total}")
            self.restoreState()

    return NumberedCanvas


class Document(BaseDocTemplate):
    """Portrait ("portrait") and landscape ("landscape") pages; headings become bookmarks as they are placed."""

    def __init__(self, path: Path, paper: str, *, title: str, author: str, subject: str,
                 progress: Progress | None = None, flowables: int = 0):
        size = PAPERS[paper]
        super().__init__(str(path), pagesize=size, title=title, author=author, subject=subject,
                         creator="Equity Desktop", initialFontName=FONT,  # never an unembedded Helvetica
                         leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=16 * mm)
        self.addPageTemplates([_template("portrait", size), _template("landscape", landscape(size))])
        self._progress = progress
        self._placed, self._total = 0, max(flowables, 1)
        self._bookmarks = 0

    def afterFlowable(self, flowable) -> None:
        self._placed += 1
        if self._progress and self._placed % 20 == 0:
            self._progress(min(0.95, self._placed / self._total), "Laying out the pages…")
        if isinstance(flowable, Heading):
            self._bookmarks += 1
            key = f"h{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_text, key, level=flowable.level, closed=flowable.level > 0)


def _template(name: str, size: tuple[float, float]) -> PageTemplate:
    width, height = size
    frame = Frame(MARGIN, 16 * mm, width - 2 * MARGIN, height - MARGIN - 16 * mm, id=name,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def build(path: Path | str, story: list, paper: str, *, title: str, author: str, subject: str, footer: str,
          progress: Progress | None = None) -> Path:
    """Lay out `story` and write the PDF through a temporary file renamed into place.

    The footer is `footer` over the framework citation (DESIGN.md: cite it in every PDF), with "Page X of Y".
    """
    if paper not in PAPERS:
        raise EquityError(f"{paper!r} is not a paper size; use letter or a4.")
    register_fonts()

    def write(partial: Path) -> None:
        document = Document(partial, paper, title=title, author=author, subject=subject, progress=progress,
                            flowables=len(story))
        document.build(story, canvasmaker=_numbered_canvas((footer, CITATION)))

    return write_atomically(path, write)
