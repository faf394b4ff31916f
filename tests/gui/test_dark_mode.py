"""Light, dark and high-contrast desktops: every text the style sheet colours, and the palette's own pairs, reach
WCAG AA (4.5:1) against their background; on a dark palette page introductions and charts follow it; in high
contrast the sheet uses the desktop's colours only."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from equity_desktop.core.contrast import AA_TEXT, contrast_ratio, parse_colour
from equity_desktop.gui import theme

Role = QPalette.ColorRole
# The pairs the program's text sits on. Not the selection's (HighlightedText on Highlight): that is the desktop's
# own choice, which the program follows (Qt's built-in light palette has 3.7:1 there).
PALETTE_PAIRS = [(Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
                 (Role.ButtonText, Role.Button)]
_NAMES = {"window": Role.Window, "window-text": Role.WindowText, "base": Role.Base, "text": Role.Text,
          "alternate-base": Role.AlternateBase, "button": Role.Button, "button-text": Role.ButtonText,
          "highlight": Role.Highlight, "highlighted-text": Role.HighlightedText, "mid": Role.Mid,
          "midlight": Role.Midlight, "dark": Role.Dark, "light": Role.Light}


def _dark_palette() -> QPalette:
    return theme.dark_desktop_palette()


def _light_palette() -> QPalette:
    return QApplication.style().standardPalette()


# Two of Windows 11's contrast themes as the desktop hands them to Qt (Settings → Accessibility → Contrast themes):
# window, text, button, button text, selection, selected text, link.
CONTRAST_THEMES = {
    "night sky": ("#000000", "#ffffff", "#000000", "#ffee32", "#d6b4fd", "#2b2b2b", "#8080ff"),
    "desert": ("#fffaef", "#3d3d3d", "#fffaef", "#202020", "#903909", "#fff5e3", "#1c5e75"),
}


def _contrast_palette(name: str) -> QPalette:
    window, text, button, button_text, highlight, highlighted, link = CONTRAST_THEMES[name]
    palette = QPalette()
    for roles, colour in (((Role.Window, Role.Base, Role.AlternateBase, Role.ToolTipBase), window),
                          ((Role.WindowText, Role.Text, Role.ToolTipText, Role.BrightText), text),
                          ((Role.Button,), button), ((Role.ButtonText,), button_text),
                          ((Role.Highlight,), highlight), ((Role.HighlightedText,), highlighted),
                          ((Role.Link,), link), ((Role.Mid, Role.Dark), text)):
        for role in roles:
            palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def desktop(qapp):
    """Sets the application's palette and style sheet as a desktop would; puts both back afterwards."""
    palette, sheet = qapp.palette(), qapp.styleSheet()

    def use(new: QPalette) -> None:
        qapp.setPalette(new)
        theme.apply(qapp)

    yield use
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _rgb(text: str, palette: QPalette):
    if match := re.fullmatch(r"palette\(([\w-]+)\)", text.strip()):
        colour = palette.color(_NAMES[match.group(1)])
        return colour.red(), colour.green(), colour.blue()
    found = parse_colour(text)
    assert found is not None, text
    return found


def _rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        properties = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body))
        rules.append((" ".join(selector.split()), properties))
    return rules


def _text_pairs(palette: QPalette, high_contrast: bool = False) -> list[tuple[str, tuple, tuple]]:
    """Every (where, text colour, background colour) the palette and the style sheet put together."""
    pairs = [(f"palette {fg.name}/{bg.name}", _rgb(f"palette({_name(fg)})", palette),
              _rgb(f"palette({_name(bg)})", palette)) for fg, bg in PALETTE_PAIRS if _name(fg) and _name(bg)]
    for selector, properties in _rules(theme.style_sheet(palette, high_contrast)):
        background = properties.get("background") or properties.get("background-color")
        text = properties.get("color")
        if text is None and background is None:
            continue
        grounds = [background] if background else ["palette(window)", "palette(base)"]  # on a page or a card
        fg = text or ("palette(button-text)" if "Button" in selector else "palette(window-text)")
        for ground in grounds:
            pairs.append((selector, _rgb(fg, palette), _rgb(ground, palette)))
    return pairs


def _name(role) -> str:
    """The style sheet's name of `role` ("" for roles a style sheet cannot name: tooltips, links)."""
    return next((name for name, r in _NAMES.items() if r == role), "")


@pytest.mark.parametrize("which", ["light", "dark"])
def test_every_text_the_style_sheet_colours_reaches_wcag_aa(qapp, which):
    palette = _light_palette() if which == "light" else _dark_palette()
    assert theme.is_dark(palette) == (which == "dark")
    pairs = _text_pairs(palette)
    assert len(pairs) > 12  # the sheet's rules were read
    low = [(where, round(contrast_ratio(fg, bg), 2)) for where, fg, bg in pairs if contrast_ratio(fg, bg) < AA_TEXT]
    assert low == []
    for fg, bg in [(Role.ToolTipText, Role.ToolTipBase), (Role.Link, Role.Base), (Role.Link, Role.Window)]:
        colours = [palette.color(r) for r in (fg, bg)]
        assert contrast_ratio(*[(c.red(), c.green(), c.blue()) for c in colours]) >= AA_TEXT, (which, fg, bg)


@pytest.mark.parametrize("which", sorted(CONTRAST_THEMES))
def test_in_a_contrast_theme_the_style_sheet_uses_the_desktops_colours_only(qapp, which):
    palette = _contrast_palette(which)
    own = {palette.color(role).name() for role in Role if role not in (Role.NColorRoles,)}
    sheet = theme.style_sheet(palette, high_contrast=True)
    named = set(re.findall(r"#[0-9a-fA-F]{6}\b", re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)))
    assert named and named <= own, named - own  # no colour of the program's own
    low = [(where, round(contrast_ratio(fg, bg), 2)) for where, fg, bg in _text_pairs(palette, high_contrast=True)
           if contrast_ratio(fg, bg) < AA_TEXT]
    assert low == []
    assert theme.style_sheet(palette) != sheet  # without the desktop's request, the program's light or dark tokens


def test_the_sheet_follows_the_desktops_contrast_request(qapp, desktop):
    asked = qapp.property("desktopHighContrast")
    try:
        qapp.setProperty("desktopHighContrast", True)  # as follow_contrast_preference records Windows' request
        desktop(_contrast_palette("night sky"))
        assert "#d6b4fd" in qapp.styleSheet()  # the theme's selection colour marks the chosen rating
        qapp.setProperty("desktopHighContrast", False)
        theme.apply(qapp)
        assert "#d6b4fd" not in qapp.styleSheet()
    finally:
        qapp.setProperty("desktopHighContrast", asked)


def test_on_a_dark_desktop_introductions_and_charts_follow_the_palette(qtbot, desktop, demo_window):
    desktop(_dark_palette())
    workspace = demo_window.workspace
    for key in ("s2.map", "profile", "data"):
        page = workspace.show_page(key)
        qtbot.waitUntil(page.isVisible)
        intros = [label for label in page.findChildren(QLabel) if label.objectName() == "pageIntro"
                  and label.isVisible()]
        assert intros, key
        for label in intros:
            fg, bg = (label.palette().color(role) for role in (label.foregroundRole(), Role.Window))
            assert contrast_ratio(fg.getRgb()[:3], bg.getRgb()[:3]) >= AA_TEXT, (key, fg.name(), bg.name())
    chart = workspace.pages["data"].isolation_chart
    qtbot.waitUntil(chart.is_drawn, timeout=20_000)
    assert chart.property("dark") is True  # its labels and bars turned for the dark window
    desktop(_light_palette())
    qtbot.waitUntil(lambda: chart.property("dark") is False)
