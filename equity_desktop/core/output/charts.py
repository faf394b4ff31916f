"""The MGI charts, drawn once for the screen and the PDF (no Qt).

Each chart is a reportlab `Drawing`: the PDF export places it as vector graphics, and the window
shows the same drawing rendered to SVG (`svg_bytes`) by Qt's SVG renderer, so what the team sees is
what it prints. Why reportlab and not matplotlib or Qt Charts: docs/architecture.md. reportlab is
imported only when a chart is made (~0.2 s), never on the program's start-up path; the window makes its
charts with `svg_chart` in a thread of its own, so neither that import nor the drawing stops it.

Everything is readable in grayscale and without colour: the school is a dark bar, the district a
white bar with a black outline, the ±threshold band a light-grey area edged with dashes; every bar
carries its value as text, and every line ends with its group's name.

Every word and number on a chart comes from `core.i18n` in the language given (`texts`, English unless given), so
a Spanish PDF's chart reads "27,0 %" and "aislado"; the group names are the caller's (the PDF passes them
translated).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from equity_desktop.core.enrollment.mgi import Rule, SchoolResult
from equity_desktop.core.enrollment.review_data import TrendLine
from equity_desktop.core.i18n import ENGLISH, Texts
from equity_desktop.core.i18n import texts as texts_in

FONT, BOLD = "Helvetica", "Helvetica-Bold"
DARK, MID, LIGHT, BAND = 0.15, 0.45, 0.75, 0.88  # grey levels (0 black, 1 white)
# Line styles for trends: dash patterns and marker shapes tell groups apart without colour.
_DASHES = (None, (6, 3), (2, 2), (8, 3, 2, 3), (1, 3), (10, 4))


def _grey(level: float):
    from reportlab.lib.colors import Color

    return Color(level, level, level)


def isolation_chart(result: SchoolResult, dimension: str, width: float = 520, height: float | None = None,
                    texts: Texts | None = None):
    """School vs district share of each group of `dimension`, with the band of the review's rule."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    from equity_desktop.core.output.print_words import group_name

    tr = texts or texts_in(ENGLISH)
    rows = [r for r in result.groups if r.dimension == dimension]
    bar, gap, top, bottom = 11, 10, 34, 30
    height = height or top + bottom + len(rows) * (2 * bar + gap)
    drawing = Drawing(width, height)
    label_w = min(190, width * 0.36)
    left, right = label_w + 8, width - 70
    scale = (right - left) / 100.0
    x_of = lambda share: left + max(0.0, min(100.0, share)) * scale  # noqa: E731 - a local formula
    _legend(drawing, result.rule, width, height, tr)
    for tick in range(0, 101, 20):
        x = x_of(tick)
        drawing.add(Line(x, bottom - 4, x, height - top + 6, strokeColor=_grey(LIGHT), strokeWidth=0.4))
        drawing.add(String(x, bottom - 14, tr.percent(tick, 0), fontName=FONT, fontSize=7, textAnchor="middle"))
    y = height - top
    for r in rows:
        y -= 2 * bar + gap
        group = group_name(tr, r.group)
        name = group if len(group) <= 34 else group[:33] + "…"
        drawing.add(String(label_w, y + bar - 3, name, fontName=BOLD if r.isolated else FONT, fontSize=8.5,
                           textAnchor="end"))
        if r.isolated:
            drawing.add(String(label_w, y - 6, tr.t("chart.isolated"), fontName=FONT, fontSize=7, textAnchor="end"))
        district = r.district.share
        if district is not None:
            limit = result.rule.limit(district)
            low, high = x_of(district - limit), x_of(district + limit)
            drawing.add(Rect(low, y - 2, high - low, 2 * bar + 4, fillColor=_grey(BAND), strokeColor=None))
            for x in (low, high):
                drawing.add(Line(x, y - 2, x, y + 2 * bar + 2, strokeColor=_grey(MID), strokeWidth=0.7,
                                 strokeDashArray=(2, 2)))
        _bar(drawing, left, y + bar, r.school.share, scale, _grey(DARK), None, _missing(r.school.withheld, tr), tr)
        _bar(drawing, left, y, district, scale, _grey(1.0), _grey(0.0), _missing(r.district.withheld, tr), tr)
    drawing.add(Line(left, bottom - 4, left, height - top + 6, strokeColor=_grey(0.0), strokeWidth=0.8))
    return drawing


def _missing(withheld: str, tr: Texts) -> str:
    return tr.t("chart.withheld" if withheld else "chart.not_available")


def _bar(drawing, left: float, y: float, share: float | None, scale: float, fill, stroke, missing: str,
         tr: Texts) -> None:
    from reportlab.graphics.shapes import Rect, String

    if share is None:
        drawing.add(String(left + 4, y + 2, missing, fontName=FONT, fontSize=7))
        return
    drawing.add(Rect(left, y, max(0.5, share * scale), 10, fillColor=fill, strokeColor=stroke, strokeWidth=0.6))
    drawing.add(String(left + share * scale + 4, y + 2, tr.percent(share), fontName=FONT, fontSize=7.5))


def _legend(drawing, rule: Rule, width: float, height: float, tr: Texts) -> None:
    from reportlab.graphics.shapes import Rect, String

    y = height - 14
    band = tr.t("chart.band_points" if rule.kind == "points" else "chart.band_relative",
                threshold=tr.general(rule.threshold))
    items = ((_grey(DARK), None, tr.t("chart.school")), (_grey(1.0), _grey(0.0), tr.t("chart.district")),
             (_grey(BAND), None, band))
    x = 8.0
    for fill, stroke, text in items:
        drawing.add(Rect(x, y, 14, 9, fillColor=fill, strokeColor=stroke, strokeWidth=0.6))
        drawing.add(String(x + 18, y + 1.5, text, fontName=FONT, fontSize=8))
        x += 30 + 4.6 * len(text)


# Groups under 3 % of the school and the district in every year crowd the axis; the table has them.
MIN_TREND_SHARE = 3.0


def trend_chart(lines: list[TrendLine], width: float = 520, height: float = 260, title: str = "",
                texts: Texts | None = None):
    """Each group's share of the school over the school years (a heavy line with dots, one line style per group)
    against the district's (a thin grey dashed line), each group named at the right with both last values."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String

    tr = texts or texts_in(ENGLISH)
    lines = [line for line in lines
             if any(v is not None and v >= MIN_TREND_SHARE for v in (*line.school, *line.district))]
    drawing = Drawing(width, height)
    years = lines[0].years if lines else ()
    values = [v for line in lines for v in (*line.school, *line.district) if v is not None]
    ceiling = min(100.0, max(10.0, (max(values, default=10.0) // 10 + 1) * 10))
    left, right, bottom, top = 44, width - 200, 28, height - 26
    drawing.add(String(left, height - 14, title, fontName=BOLD, fontSize=9))
    _trend_legend(drawing, right + 6, height, tr)
    x_of = lambda i: left + (right - left) * (i / max(1, len(years) - 1) if len(years) > 1 else 0.5)  # noqa: E731
    y_of = lambda v: bottom + (top - bottom) * v / ceiling  # noqa: E731
    for tick in range(0, int(ceiling) + 1, 10 if ceiling <= 50 else 20):
        drawing.add(Line(left, y_of(tick), right, y_of(tick), strokeColor=_grey(BAND), strokeWidth=0.4))
        drawing.add(String(left - 4, y_of(tick) - 3, tr.percent(tick, 0), fontName=FONT, fontSize=7,
                           textAnchor="end"))
    for index, year in enumerate(years):
        drawing.add(String(x_of(index), bottom - 14, year, fontName=FONT, fontSize=7.5, textAnchor="middle"))
    drawing.add(Rect(left, bottom, right - left, top - bottom, fillColor=None, strokeColor=_grey(0.0),
                     strokeWidth=0.6))
    labels = []
    for number, line in enumerate(lines):
        dash = _DASHES[number % len(_DASHES)]
        for series, grey, stroke in ((line.district, _grey(MID), 0.8), (line.school, _grey(DARK), 1.6)):
            points = [(x_of(i), y_of(v)) for i, v in enumerate(series) if v is not None]
            if len(points) > 1:
                drawing.add(PolyLine([c for p in points for c in p], strokeColor=grey, strokeWidth=stroke,
                                     strokeDashArray=dash if series is line.school else (3, 2)))
            for x, y in points if series is line.school else ():
                drawing.add(Circle(x, y, 2.2, fillColor=_grey(DARK if number % 2 == 0 else 1.0),
                                   strokeColor=_grey(0.0), strokeWidth=0.6))
        last = next((v for v in reversed(line.school) if v is not None), None)
        district = next((v for v in reversed(line.district) if v is not None), None)
        if last is not None:
            name = line.group if len(line.group) <= 30 else line.group[:29] + "…"
            against = tr.t("chart.against_district", share=tr.percent(district)) if district is not None else ""
            labels.append((y_of(last) - 3, f"{name} {tr.percent(last)}{against}"))
    for y, text in zip(_spread([y for y, _ in labels], bottom - 4), (t for _, t in labels)):
        drawing.add(String(right + 6, y, text, fontName=FONT, fontSize=7.5))
    return drawing


# The legend says what the lines are as they are drawn (the window's sentence under the chart says the same).
TREND_LEGEND = (("school", texts_in(ENGLISH).t("chart.legend_school")),
                ("district", texts_in(ENGLISH).t("chart.legend_district")))


def _trend_legend(drawing, x: float, height: float, tr: Texts) -> None:
    """What the lines are, drawn as they are drawn: the school's dark, dotted, one style per group; the district's
    thin, grey and dashed."""
    from reportlab.graphics.shapes import Circle, Line, String

    for row, kind in enumerate(("school", "district")):
        text = tr.t(f"chart.legend_{kind}")
        y = height - 9 - 10 * row
        if kind == "school":
            drawing.add(Line(x, y + 2.5, x + 18, y + 2.5, strokeColor=_grey(DARK), strokeWidth=1.6))
            drawing.add(Circle(x + 9, y + 2.5, 2.2, fillColor=_grey(DARK), strokeColor=_grey(0.0), strokeWidth=0.6))
        else:
            drawing.add(Line(x, y + 2.5, x + 18, y + 2.5, strokeColor=_grey(MID), strokeWidth=0.8,
                             strokeDashArray=(3, 2)))
        drawing.add(String(x + 22, y, text, fontName=FONT, fontSize=7))


def _spread(wanted: list[float], lowest: float, spacing: float = 9.5) -> list[float]:
    """Label heights near `wanted`, none closer than `spacing`, none under `lowest` (order kept)."""
    order = sorted(range(len(wanted)), key=lambda i: -wanted[i])
    placed = [0.0] * len(wanted)
    previous = None
    for i in order:
        y = wanted[i] if previous is None else min(wanted[i], previous - spacing)
        placed[i] = previous = y
    shortfall = lowest - min(placed, default=lowest)
    return [y + shortfall for y in placed] if shortfall > 0 else placed


def svg_bytes(drawing) -> bytes:
    """The drawing as SVG, for Qt's SVG renderer."""
    from reportlab.graphics import renderSVG

    # useClip: no <clipPath> element; Qt's SVG Tiny renderer draws a clipPath's rectangle as a black box.
    return renderSVG.drawToString(drawing, useClip=True).encode("utf-8")


class SvgChart(NamedTuple):
    """A chart drawn for the screen: its SVG and its size in points."""

    svg: bytes
    width: float
    height: float


def svg_chart(make: Callable[[float], Any], width: float) -> SvgChart:
    """The drawing `make(width)` returns (a chart of this module), as SVG for the window.

    Plain Python reading results nobody changes once made, so it may run in a thread other than the window's.
    """
    drawing = make(width)
    return SvgChart(svg_bytes(drawing), drawing.width, drawing.height)
