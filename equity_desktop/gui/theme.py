"""Light or dark: the style sheet's few own colours, chosen to go with the system's palette.

The style sheet (ui/style.qss) leaves text and backgrounds to the palette wherever it can, so a dark
desktop gives a dark window. Where it does name a colour (the rating chosen, the placement strip's "here",
a refusal in red, the focus frame) it names a $token, filled here from LIGHT or DARK, whichever suits the
palette; each pair of text and background passes WCAG AA (tests/gui/test_dark_mode.py). When the desktop
switches between light and dark while the program runs, the sheet is applied again.
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QGuiApplication, QPalette
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


def colours(palette: QPalette) -> dict[str, str]:
    return DARK if is_dark(palette) else LIGHT


def style_sheet(palette: QPalette) -> str:
    """The program's style sheet with the colours that suit `palette`."""
    return Template(ui_path("style.qss").read_text(encoding="utf-8")).substitute(colours(palette))


def apply(app: QApplication) -> None:
    """Give `app` the style sheet for its palette now, and again whenever the desktop's colours change."""
    app.setStyleSheet(style_sheet(app.palette()))
    if not app.property("themeFollowed"):
        app.setProperty("themeFollowed", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))
