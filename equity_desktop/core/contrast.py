"""Colour arithmetic for readable screens: WCAG contrast, and a chart's colours turned for a dark background.

WCAG 2.1 (success criterion 1.4.3, level AA) asks 4.5:1 between text and its background; the window's
style sheet is checked against it in light and dark palettes (tests/gui/test_dark_mode.py). The charts are
drawn once, for paper (dark marks on white); on a dark screen their lightness is turned over
(`for_dark_background`), so black labels become white and the school's dark bar a light one, and every
difference of lightness the grayscale print relies on is kept. Plain functions of RGB triples: no Qt here.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Callable

RGB = tuple[int, int, int]
AA_TEXT = 4.5  # WCAG 2.1 AA, normal text

_HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
_RGB = re.compile(r"rgb\(\s*([\d.]+%?)\s*,\s*([\d.]+%?)\s*,\s*([\d.]+%?)\s*\)")


def parse_colour(text: str) -> RGB | None:
    """`text` ("#1f4e8c", "#fff", "rgb(20%,20%,20%)", "rgb(31, 78, 140)") as red, green, blue of 0–255."""
    text = text.strip()
    if match := _HEX.fullmatch(text):
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    if match := _RGB.fullmatch(text):
        return tuple(_channel(part) for part in match.groups())  # type: ignore[return-value]
    return None


def _channel(part: str) -> int:
    return round(float(part[:-1]) * 2.55) if part.endswith("%") else round(float(part))


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2.1's relative luminance: 0 for black, 1 for white."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2.1's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def for_dark_background(rgb: RGB) -> RGB:
    """`rgb` with its lightness turned over (hue and saturation kept): black ↔ white, dark grey ↔ light grey."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    return tuple(round(c * 255) for c in colorsys.hls_to_rgb(hue, 1 - lightness, saturation))  # type: ignore


def recolour_svg(svg: bytes, change: Callable[[RGB], RGB]) -> bytes:
    """`svg` with every colour it names (#rrggbb, #rgb, rgb(…)) replaced by `change(colour)`."""
    def replace(match: re.Match) -> str:
        found = parse_colour(match.group(0))
        if found is None:
            return match.group(0)
        return "#{:02x}{:02x}{:02x}".format(*change(found))

    either = re.compile(f"{_RGB.pattern}|{_HEX.pattern}")  # one pass: a colour replaced is not changed again
    return either.sub(replace, svg.decode("utf-8")).encode("utf-8")
