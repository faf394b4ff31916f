"""A page of read-only text (the framework guide, a stage overview) whose links jump inside the program.

Links look like `goto:PAGE` or `goto:PAGE#ITEM`; anything else is ignored,
since the program never opens a browser or the network.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget


def goto(page: str, item_id: str = "") -> str:
    """The href of a link to a page (and an item on it)."""
    return f"goto:{page}#{item_id}" if item_id else f"goto:{page}"


class DocumentPage(QTextBrowser):
    navigation_requested = Signal(str, str)  # page key, item id ("" for none)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentPage")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "goto":
            self.navigation_requested.emit(url.path(), url.fragment())

    def show_html(self, html: str) -> None:
        """Replace the text, keeping the reader's place."""
        position = self.verticalScrollBar().value()
        self.setHtml(html)
        self.verticalScrollBar().setValue(position)

    def find_text(self, text: str) -> bool:
        """Select and scroll to the first occurrence of `text`."""
        self.moveCursor(self.textCursor().MoveOperation.Start)
        return self.find(text, QTextDocument.FindFlag(0))
