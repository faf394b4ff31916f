"""Help → Equity Desktop Guide (F1): the built-in guide, opened at the section about what is on screen.

The guide's text is resources/help/guide.html, not words in this code: a translation or a correction is a
change to that file alone. Its places ({settings_file}, {data_folder}, {log_file}) are filled in with this
computer's. The window is not modal: a team reads it beside the page it explains.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from equity_desktop.gui.crash_log import LOG_NAME
from equity_desktop.paths import resource_path

# The section of the guide about each page (stage pages by their kind); a page not named opens at the top.
SECTIONS = {"guide": "review", "profile": "review", "team": "review", "overview": "placement",
            "actions": "ratings", "map": "ratings", "benchmarks": "ratings", "data": "mgi", "plan": "plan",
            "export": "export", "workshop": "workshop"}


def section_for(page_key: str | None) -> str:
    """The guide's section for the page `page_key` ("s2.map", "data", "workshop"); "" (the top) for None, the
    start page."""
    if not page_key:
        return ""
    return SECTIONS.get(page_key.rpartition(".")[2], "review")


def guide_html(settings_file: str, data_folder: Path) -> str:
    text = resource_path("help", "guide.html").read_text(encoding="utf-8")
    places = {"{settings_file}": settings_file, "{data_folder}": str(data_folder),
              "{log_file}": str(data_folder / LOG_NAME)}
    for mark, place in places.items():
        text = text.replace(mark, f"<code>{place}</code>")
    return text


class HelpWindow(QDialog):
    def __init__(self, settings_file: str, data_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Equity Desktop Guide"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("Equity Desktop Guide"))
        self.browser.setOpenLinks(True)  # the contents' links go to their sections
        self.browser.setHtml(guide_html(settings_file, data_folder))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def show_section(self, section: str) -> None:
        """Show the window (again) with `section` at the top, and give it the keyboard."""
        self.show()
        self.raise_()
        self.activateWindow()
        if section:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
