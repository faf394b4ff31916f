"""WCAG contrast and the charts' colours for a dark screen (core.contrast)."""

from __future__ import annotations

import pytest

from equity_desktop.core.contrast import (
    contrast_ratio,
    for_dark_background,
    parse_colour,
    recolour_svg,
    relative_luminance,
)


def test_colours_are_read_in_the_forms_the_style_sheet_and_the_charts_use():
    assert parse_colour("#1f4e8c") == (31, 78, 140)
    assert parse_colour("#FFF") == (255, 255, 255)
    assert parse_colour("rgb(20%,20%,20%)") == (51, 51, 51)
    assert parse_colour("rgb(31, 78, 140)") == (31, 78, 140)
    assert parse_colour("palette(text)") is None


def test_contrast_follows_wcag():
    black, white = (0, 0, 0), (255, 255, 255)
    assert relative_luminance(black) == 0 and relative_luminance(white) == pytest.approx(1)
    assert contrast_ratio(black, white) == pytest.approx(21)
    assert contrast_ratio(white, black) == contrast_ratio(black, white)
    assert contrast_ratio((118, 118, 118), white) == pytest.approx(4.54, abs=0.01)  # the lightest AA grey on white


def test_a_chart_turned_for_a_dark_screen_keeps_its_differences_of_lightness():
    assert for_dark_background((0, 0, 0)) == (255, 255, 255)
    school, district = for_dark_background((51, 51, 51)), for_dark_background((204, 204, 204))
    assert relative_luminance(school) > relative_luminance(district)  # the school's bar is now the light one
    hue = for_dark_background((31, 78, 140))
    assert hue[2] > hue[0]  # still blue
    svg = b'<text style="fill: rgb(0%,0%,0%); stroke: none"/><rect fill="#333333"/>'
    turned = b'<text style="fill: #ffffff; stroke: none"/><rect fill="#cccccc"/>'
    assert recolour_svg(svg, for_dark_background) == turned
