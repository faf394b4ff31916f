"""Ctrl+F: a box that finds any text of the framework as you type and jumps to it.

The list of results is wider than the box (a result is a title and the words around the match) and opens
leftwards from the box's right edge, which sits at the window's right edge; the card it jumps to marks
the match.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from equity_desktop.core.framework.content import Framework

_HIT = Qt.ItemDataRole.UserRole
RESULTS_WIDTH = 720  # pixels the list of results would like: a title and 90 characters around the match


class SearchBox(QLineEdit):
    # page key, item id ("" if none), and the text to find on the page: for an item, the words searched for
    # (marked on its card); for prose, the passage's first words (found in the page's text)
    passage_chosen = Signal(str, str, str)

    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.setObjectName("searchBox")
        self.setAccessibleName(self.tr("Search the framework"))
        self.setPlaceholderText(self.tr("Search the framework (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.hits: list = []  # framework_search.Hit, in the order shown
        self.model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model, self)
        # The model already holds only matches; the completer must not filter them again by prefix.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self.update_hits)
        self.returnPressed.connect(self.choose_first)

    def update_hits(self, text: str) -> None:
        from equity_desktop.core.framework.search import search  # not needed until the first search

        self.hits = search(self.framework, text) if len(text.strip()) >= 2 else []
        self.model.clear()
        for number, hit in enumerate(self.hits):
            item = QStandardItem(f"{hit.passage.title} — {hit.snippet}")
            item.setData(number, _HIT)
            item.setToolTip(hit.passage.text)
            self.model.appendRow(item)
        if self.hits:
            self.completer_.complete(self.results_rect())
        else:
            self.completer_.popup().hide()

    def results_rect(self) -> QRect:
        """Where the list opens, in the box's coordinates: under it, as wide as its results (at most the
        window's width), its right edge on the box's right edge."""
        popup = self.completer_.popup()
        metrics = popup.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.model.item(row).text()) for row in range(self.model.rowCount())),
                      default=0)
        wanted = max(RESULTS_WIDTH, longest + popup.verticalScrollBar().sizeHint().width() + 24)
        width = max(self.width(), min(wanted, self.window().width() - 16))
        return QRect(self.width() - width, 0, width, self.height())

    def choose(self, number: int) -> None:
        passage = self.hits[number].passage
        self.completer_.popup().hide()
        find = self.text().strip() if passage.item_id else " ".join(passage.text.split()[:6])
        self.passage_chosen.emit(passage.page, passage.item_id or "", find)

    def choose_first(self) -> None:
        if self.completer_.popup().isVisible() and self.completer_.popup().currentIndex().isValid():
            return  # the completer's own activation handles the highlighted row
        if self.hits:
            self.choose(0)

    def _activated(self, index: QModelIndex) -> None:
        self.choose(index.data(_HIT))
