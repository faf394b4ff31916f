"""Light or dark: the style sheet's few own colours, chosen to go with the system's palette.

The style sheet (ui/style.qss) leaves text and backgrounds to the palette wherever it can, so a dark
desktop gives a dark window. Where it does name a colour (the rating chosen, the placement strip's "here",
a refusal in red, the focus frame) it names a $token, filled here from LIGHT or DARK, whichever suits the
palette; each pair of text and background passes WCAG AA (tests/gui/test_dark_mode.py). When the desktop
switches between light and dark while the program runs, the sheet is applied again.
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QGuiApplication, QPalette
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
