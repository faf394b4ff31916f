"""Light or dark: the style sheet's few own colours, chosen to go with the system's palette.

The style sheet (ui/style.qss) leaves text and backgrounds to the palette wherever it can, so a dark
desktop gives a dark window. Where it does name a colour (the rating chosen, the placement strip's "here",
a refusal in red, the focus frame) it names a $token, filled here from LIGHT or DARK, whichever suits the
palette; each pair of text and background passes WCAG AA (tests/gui/test_dark_mode.py). When the desktop asks
for high contrast (Windows' contrast themes), every token is one of the desktop's own colours instead. When the
desktop switches between light and dark, or its contrast setting, while the program runs, the sheet is applied
again.

The sheet's type sizes (page headings, the workshop view's large type for a projector) were set against the 9 pt
of Windows' and most Linux desktops' text: when the person's text is larger (a desktop's text size at 200 %, or
the program's font made larger), they grow in proportion (`text_scale`), so a heading stays larger than the text
under it and the workshop view stays the largest type on screen. They never shrink.
"""

from __future__ import annotations

import re
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from equity_desktop.paths import ui_path

LIGHT = {
    "accent": "#1f4e8c",  # the focus frame, the chosen rating's background
    "accent_border": "#0b2545",
    "accent_text": "#ffffff",
    "here_background": "#e3ecf7",
    "here_text": "#0b2545",
    "problem": "#8b0000",
    "ready": "#2e7d32",
}
DARK = {
    "accent": "#8ab4f8",
    "accent_border": "#d2e3fc",
    "accent_text": "#0b2545",
    "here_background": "#1f3a5c",
    "here_text": "#e8f0fb",
    "problem": "#ff8a80",
    "ready": "#81c995",
}


_ROLE = QPalette.ColorRole
# A dark desktop's palette, as Windows 11's and GNOME's dark themes give it: what the screenshots and the tests of
# a dark window run on (a real dark desktop hands the program its own).
DARK_DESKTOP = {
    _ROLE.Window: "#202020", _ROLE.WindowText: "#ffffff", _ROLE.Base: "#2d2d2d", _ROLE.AlternateBase: "#383838",
    _ROLE.Text: "#ffffff", _ROLE.Button: "#3c3c3c", _ROLE.ButtonText: "#ffffff", _ROLE.Highlight: "#0067c0",
    _ROLE.HighlightedText: "#ffffff", _ROLE.ToolTipBase: "#2b2b2b", _ROLE.ToolTipText: "#ffffff",
    _ROLE.Link: "#8ab4f8", _ROLE.PlaceholderText: "#a8a8a8", _ROLE.Mid: "#5a5a5a", _ROLE.Dark: "#1a1a1a",
    _ROLE.Light: "#4a4a4a", _ROLE.Midlight: "#404040", _ROLE.Shadow: "#000000", _ROLE.BrightText: "#ffffff",
}


def dark_desktop_palette() -> QPalette:
    """DARK_DESKTOP as a palette, with disabled text greyed out as desktops do."""
    palette = QPalette()
    for role, colour in DARK_DESKTOP.items():
        palette.setColor(role, QColor(colour))
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether `palette` puts light text on a dark window."""
    window = palette.color(QPalette.ColorRole.Window).lightnessF()
    return window < palette.color(QPalette.ColorRole.WindowText).lightnessF()


def high_contrast_colours(palette: QPalette) -> dict[str, str]:
    """A high-contrast desktop's own colours for every token: whoever chose "Night sky" or "Desert" chose
    those colours to read, so the program adds none of its own (a refusal and "ready" stay words and a frame)."""
    def named(role: QPalette.ColorRole) -> str:
        return palette.color(role).name()

    text, highlight, on_highlight = (named(_ROLE.WindowText), named(_ROLE.Highlight), named(_ROLE.HighlightedText))
    return {"accent": highlight, "accent_border": text, "accent_text": on_highlight, "here_background": highlight,
            "here_text": on_highlight, "problem": text, "ready": text}


# The style hints and their accessibility hints, held for the program's life: PySide 6.11 marks the accessibility
# hints' wrapper deleted as soon as the style hints' wrapper it came from is collected (and calling a stale one can
# crash), so both are asked for once and kept.
_HINTS: list[object] = []


def follow_contrast_preference(app: QApplication) -> None:
    """Keep the desktop's contrast request (Windows' contrast themes, macOS' "Increase contrast"; Qt 6.10+
    reports it, other desktops say no preference) in the application's property "desktopHighContrast", and
    apply the sheet again when it changes. Called once, as the program starts."""
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    _HINTS[:] = [hints, accessibility]
    high = Qt.ContrastPreference.HighContrast
    app.setProperty("desktopHighContrast", accessibility.contrastPreference() == high)

    def changed(preference: Qt.ContrastPreference) -> None:
        app.setProperty("desktopHighContrast", preference == high)
        apply(app, app.property("highContrastWanted"))

    accessibility.contrastPreferenceChanged.connect(changed)


def colours(palette: QPalette, high_contrast: bool = False) -> dict[str, str]:
    if high_contrast:
        return high_contrast_colours(palette)
    return DARK if is_dark(palette) else LIGHT


DESIGN_POINT_SIZE = 9.0  # the text size the style sheet's font sizes were chosen against
_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def text_scale(font: QFont) -> float:
    """How much larger than the sheet's design the person's text is (1 at 9 pt or smaller)."""
    size = font.pointSizeF()
    return max(1.0, size / DESIGN_POINT_SIZE) if size > 0 else 1.0


def style_sheet(palette: QPalette, high_contrast: bool = False, scale: float = 1.0) -> str:
    """The program's style sheet with the colours that suit `palette` (the palette's own in high contrast), its
    type sizes `scale` times the design's."""
    sheet = Template(ui_path("style.qss").read_text(encoding="utf-8")).substitute(colours(palette, high_contrast))
    if scale == 1.0:
        return sheet
    return _FONT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * scale:.4g}pt", sheet)


def apply(app: QApplication, high_contrast: bool | None = None) -> None:
    """Give `app` the style sheet for its palette now, and again whenever the desktop's colours or its contrast
    setting change. `high_contrast` None: as the desktop asks."""
    if not app.property("themeFollowed"):
        app.setProperty("themeFollowed", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: apply(app, app.property("highContrastWanted")))
        # A larger (or smaller) text for the whole program: the sheet's type sizes follow it.
        app.fontChanged.connect(lambda _font: apply(app, app.property("highContrastWanted")))
    wanted = bool(app.property("desktopHighContrast")) if high_contrast is None else high_contrast
    app.setProperty("highContrastWanted", high_contrast)  # None: follow the desktop
    app.setStyleSheet(style_sheet(app.palette(), wanted, text_scale(app.font())))
