"""What every PDF the program prints shares (the plan and the blank checklist).

An embedded Unicode TrueType font (DejaVu Sans, shipped in resources/fonts) so that "Nguyễn" and
"Lefèvre" print as typed; paragraph styles sized for a black-and-white printer; portrait and
landscape page templates; tables of any length, laid out a page at a time, whose header repeats on every
page; a footer with the framework citation and "Page X of Y"; PDF bookmarks for every heading;
title/author/subject metadata, the document's language (/Lang) and a viewer that shows the title rather than the
file name; and the write through a temporary file. Every fixed text comes from `core.i18n` in the language the
document is printed in (English unless told).
The same story on the same day gives the same bytes: the document is dated by the day it is printed (no
time of day) and reportlab's "invariant" mode derives the file's ID from its content, not from the clock.
reportlab is imported here only, when a PDF is made.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n import ENGLISH, Texts, texts
from equity_desktop.paths import resource_path

FONT, BOLD, ITALIC = "EquitySans", "EquitySans-Bold", "EquitySans-Oblique"
PAPERS = {"letter": LETTER, "a4": A4}
CITATION = texts(ENGLISH).t("pdf.citation")  # every page's last footer line (DESIGN.md: cite it in every PDF)
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
        "head": ParagraphStyle("head", body, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
        # An unofficial translation's notice: boxed, so that nobody takes the translated text for the official one.
        "notice": ParagraphStyle("notice", body, borderColor=colors.black, borderWidth=0.8, borderPadding=5,
                                 spaceBefore=10, spaceAfter=12),  # room for the box drawn outside the text
    }


def clean(text: object) -> str:
    """Text as Paragraph markup: NFC, XML-escaped, line breaks kept; never "None"."""
    text = "" if text is None else unicodedata.normalize("NFC", str(text))
    return escape(text).replace("\n", "<br/>")


class Text(Paragraph):
    """A paragraph that breaks its lines once per width.

    A table measures each cell to find where a page ends, again when it splits there and again when it
    draws it; a paragraph's lines depend on its width only, so the second and third time reuse the first.
    """

    _wrapped_for: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's name)
        if self._wrapped_for is None or self._wrapped_for[0] != availWidth:
            self._wrapped_for = (availWidth, super().wrap(availWidth, availHeight))
        return self._wrapped_for[1]


def para(text: object, style: str = "body") -> Paragraph:
    return Text(clean(text), styles()[style])


def markup(markup_text: str, style: str = "body") -> Paragraph:
    """A paragraph whose caller built the markup (bold labels) from already-cleaned text."""
    return Text(markup_text, styles()[style])


class Heading(Text):
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


def grid(rows: list[list], widths: list[float], *, header_rows: int = 1, extra: list | None = None) -> PagedTable:
    """A table that repeats its header on every page, with thin rules that print in grey.

    `extra` style commands whose rows are given as body rows (not negative, not in the header) style those rows;
    the others, such as (0, 1) to (-1, -1) for every body row, apply to each page's part of the table.
    """
    return PagedTable(rows[:header_rows], rows[header_rows:], widths, extra or [])


def plain_columns(first: int, last: int, *, align: str = "LEFT") -> list:
    """Style commands for columns of plain strings in bold, below a one-row header: short values that never wrap
    (item numbers, timeline marks). The table draws them itself, at a fraction of a paragraph's cost in a long
    plan; their leading is a "cell" paragraph's, so the rows keep their height."""
    start, end = (first, 1), (last, -1)
    return [("FONTNAME", start, end, BOLD), ("LEADING", start, end, 10), ("ALIGN", start, end, align)]


def plain_width(texts: Iterable[str], least: float) -> float:
    """How wide a plain column must be for the widest of `texts` ("12.10"), and never narrower than `least`."""
    register_fonts()
    return max([least] + [pdfmetrics.stringWidth(text, BOLD, 8) + 6 for text in texts])  # 3 pt padding a side


def _table(rows: list[list], widths: list[float], header_rows: int, extra: list) -> Table:
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
    table.setStyle(TableStyle(commands + extra))
    return table


class PagedTable(Flowable):
    """A table of any length, handed to reportlab a page at a time; it prints as one Table would.

    reportlab splits a long Table at a page break by building a new Table of all the rows still to come,
    recomputing its spans and style commands over every one of them: quadratic in the length (a 1,000-item
    plan took 18 s). Here each page gets a Table of a window of rows a little taller than the page; the rows
    after it stay a list, and the commands of single rows are kept with their row.
    """

    def __init__(self, header: list[list], body: list[list], widths: list[float], extra: list,
                 by_row: list[list] | None = None, hint: int = 16):
        super().__init__()
        self.hAlign = "CENTER"  # as a Table
        self._header, self._body, self._widths, self._hint = header, body, widths, hint
        self._shared = [c for c in extra if not self._of_body_rows(c)]
        if by_row is None:  # commands of body rows, by their first row, counted from it
            by_row = [[] for _ in body]
            for name, (c0, r0), (c1, r1), *rest in filter(self._of_body_rows, extra):
                by_row[r0 - len(header)].append((name, (c0, 0), (c1, r1 - r0), *rest))
        self._by_row = by_row
        self._fitted: tuple[float, float, Table] | None = None

    def _of_body_rows(self, command) -> bool:
        return min(command[1][1], command[2][1]) >= len(self._header)

    def _window(self, count: int) -> Table:
        count = min(count, len(self._body))
        first, last = len(self._header), len(self._header) + count - 1
        commands = self._shared + [(name, (c0, first + b + r0), (c1, min(first + b + r1, last)), *rest)
                                   for b in range(count) for name, (c0, r0), (c1, r1), *rest in self._by_row[b]]
        return _table(self._header + self._body[:count], self._widths, len(self._header), commands)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        count = self._hint
        while True:  # a window taller than the room left, or the whole rest
            table = self._window(count)
            width, height = table.wrapOn(getattr(self, "canv", None), availWidth, availHeight)
            if height > availHeight or count >= len(self._body):
                break
            count *= 2
        self._fitted = (availWidth, availHeight, table)
        return width, height

    def split(self, availWidth, availHeight):  # noqa: N803
        if self._fitted is None or self._fitted[:2] != (availWidth, availHeight):
            self.wrap(availWidth, availHeight)
        assert self._fitted is not None
        parts = self._fitted[2].splitOn(getattr(self, "canv", None), availWidth, availHeight)
        if len(parts) < 2:  # the header and no row fit: the frame moves the whole table on
            return parts
        placed = parts[0]._nrows - len(self._header)
        rest = PagedTable(self._header, self._body[placed:], self._widths, self._shared, self._by_row[placed:],
                          hint=placed + placed // 2 + 2)
        return [parts[0], rest]

    def draw(self) -> None:
        assert self._fitted is not None  # a frame wraps a flowable before it draws it
        self._fitted[2].drawOn(self.canv, 0, 0)

    def identity(self, maxLen=None):  # noqa: N803
        """What reportlab's LayoutError names (a row taller than a page): the part of the table that was tried."""
        return self._fitted[2].identity(maxLen) if self._fitted else super().identity(maxLen)


def _numbered_canvas(footer_lines: tuple[str, ...], dated: date, page_of: Callable[[int, int], str]):
    """A canvas that holds every page back until the end, so each footer can say "Page X of Y"."""
    stamp = f"D:{dated:%Y%m%d}000000+00'00'"  # the PDF's creation and modification date

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []
            self.setDateFormatter(lambda *clock: stamp)

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
            self.setFillColor(GREY)
            page = page_of(number, total)
            room = width - 2 * MARGIN
            for line, text in enumerate(footer_lines):
                # A line longer than its room (a Spanish citation, a long school name) is set smaller rather than
                # run off the page or under "Page X of Y".
                fits = room - (pdfmetrics.stringWidth(page, BOLD, 8) + 4 * mm if line == 0 else 0)
                self.setFont(FONT, min(6.5, 6.5 * fits / max(pdfmetrics.stringWidth(text, FONT, 6.5), 1)))
                self.drawString(MARGIN, (8 - 3 * line) * mm, text)
            self.setFont(BOLD, 8)
            self.setFillColor(colors.black)
            self.drawRightString(width - MARGIN, 8 * mm, page)
            self.restoreState()

    return NumberedCanvas


class Document(BaseDocTemplate):
    """Portrait ("portrait") and landscape ("landscape") pages; headings become bookmarks as they are placed."""

    def __init__(self, path: Path, paper: str, *, title: str, author: str, subject: str,
                 progress: Progress | None = None, flowables: int = 0, tr: Texts | None = None):
        size = PAPERS[paper]
        self._texts = tr or texts(ENGLISH)
        # lang: the catalog's /Lang, so that a screen reader reads the text in its language (WCAG 3.1.1);
        # displayDocTitle: a viewer's title bar shows the title, not the file name (WCAG 2.4.2, PDF/UA).
        super().__init__(str(path), pagesize=size, title=title, author=author, subject=subject,
                         creator="Equity Desktop", initialFontName=FONT,  # never an unembedded Helvetica
                         invariant=1, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=16 * mm, lang=self._texts.pdf_lang, displayDocTitle=True)
        self.addPageTemplates([_template("portrait", size), _template("landscape", landscape(size))])
        self._progress = progress
        self._placed, self._total = 0, max(flowables, 1)
        self._bookmarks = 0

    def afterFlowable(self, flowable) -> None:
        self._placed += 1
        if self._progress and self._placed % 20 == 0:
            self._progress(min(0.95, self._placed / self._total), self._texts.t("progress.laying_out"))
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


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams compressed only, not also ASCII85-encoded (reportlab's default, for 7-bit mail).

    Without reportlab's C accelerator the encoding is pure Python: a tenth of a long plan's time, and the
    file a fifth larger. rl_config is global, so it is put back after the build.
    """
    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def build(path: Path | str, story: list, paper: str, *, title: str, author: str, subject: str, footer: str,
          dated: date, progress: Progress | None = None, texts: Texts | None = None) -> Path:
    """Lay out `story` and write the PDF through a temporary file renamed into place.

    The footer is `footer` over the framework citation (DESIGN.md: cite it in every PDF), with "Page X of Y".
    `dated` is the day the document says it was made (its metadata; the cover prints it where it has one).
    `texts` is the language the document is printed in: its footer words and its /Lang (English unless given).
    """
    tr = texts or _english()
    if paper not in PAPERS:
        raise EquityError(tr.t("pdf.bad_paper", paper=repr(paper)))
    register_fonts()

    def write(partial: Path) -> None:
        document = Document(partial, paper, title=title, author=author, subject=subject, progress=progress,
                            flowables=len(story), tr=tr)
        page_of = lambda number, total: tr.t("pdf.page_of", number=tr.count(number), total=tr.count(total))  # noqa: E731
        with _binary_streams():
            document.build(story, canvasmaker=_numbered_canvas((footer, tr.t("pdf.citation")), dated, page_of))

    return write_atomically(path, write)


def _english() -> Texts:
    """English texts (`build`'s parameter `texts` shadows the module function of that name)."""
    return texts(ENGLISH)
