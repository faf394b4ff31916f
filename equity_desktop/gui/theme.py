"""Light or dark: the style sheet's few own colours, chosen to go with the system's palette.

The style sheet (ui/style.qss) leaves text and backgrounds to the palette wherever it can, so a dark
desktop gives a dark window. Where it does name a colour (the rating chosen, the placement strip's "here",
a refusal in red, the focus frame) it names a $token, filled here from LIGHT or DARK, whichever suits the
palette; each pair of text and background passes WCAG AA (tests/gui/test_dark_mode.py). When the desktop asks
for high contrast (Windows' contrast themes), every token is one of the desktop's own colours instead. When the
desktop switches between light and dark, or its contrast setting, while the program runs, the sheet is applied
again.
"""

from __future__ import annotations

import contextlib
from string import Template

from PySide6.QtCore import Qt
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


def high_contrast_colours(palette: QPalette) -> dict[str, str]:
    """A high-contrast desktop's own colours for every token: whoever chose "Night sky" or "Desert" chose
    those colours to read, so the program adds none of its own (a refusal and "ready" stay words and a frame)."""
    def named(role: QPalette.ColorRole) -> str:
        return palette.color(role).name()

    text, highlight, on_highlight = (named(_ROLE.WindowText), named(_ROLE.Highlight), named(_ROLE.HighlightedText))
    return {"accent": highlight, "accent_border": text, "accent_text": on_highlight, "here_background": highlight,
            "here_text": on_highlight, "problem": text, "ready": text}


def desktop_asks_high_contrast() -> bool:
    """Whether the desktop's accessibility settings ask for high contrast (Windows' contrast themes, macOS'
    "Increase contrast"; Qt 6.10+ reports it, other desktops say no preference)."""
    try:
        return (QGuiApplication.styleHints().accessibility().contrastPreference()
                == Qt.ContrastPreference.HighContrast)
    except RuntimeError:  # PySide 6.11 keeps a dead wrapper of the hints once the application's palette is set
        return False


def colours(palette: QPalette, high_contrast: bool = False) -> dict[str, str]:
    if high_contrast:
        return high_contrast_colours(palette)
    return DARK if is_dark(palette) else LIGHT


def style_sheet(palette: QPalette, high_contrast: bool = False) -> str:
    """The program's style sheet with the colours that suit `palette` (the palette's own in high contrast)."""
    return Template(ui_path("style.qss").read_text(encoding="utf-8")).substitute(colours(palette, high_contrast))


def apply(app: QApplication, high_contrast: bool | None = None) -> None:
    """Give `app` the style sheet for its palette now, and again whenever the desktop's colours or its contrast
    setting change. `high_contrast` None: as the desktop asks."""
    wanted = desktop_asks_high_contrast() if high_contrast is None else high_contrast
    app.setStyleSheet(style_sheet(app.palette(), wanted))
    if not app.property("themeFollowed"):
        app.setProperty("themeFollowed", True)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: apply(app))
        with contextlib.suppress(RuntimeError):  # the dead wrapper above: no signal, the sheet stays as chosen
            hints.accessibility().contrastPreferenceChanged.connect(lambda _preference: apply(app))
