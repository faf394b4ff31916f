"""Ctrl+F: a box that finds any text of the framework as you type and jumps to it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from equity_desktop.core.framework.content import Framework

_HIT = Qt.ItemDataRole.UserRole


class SearchBox(QLineEdit):
    passage_chosen = Signal(str, str, str)  # page key, item id ("" if none), text to find on the page

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
            self.model.appendRow(item)
        if self.hits:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def choose(self, number: int) -> None:
        passage = self.hits[number].passage
        self.completer_.popup().hide()
        self.passage_chosen.emit(passage.page, passage.item_id or "", " ".join(passage.text.split()[:6]))

    def choose_first(self) -> None:
        if self.completer_.popup().isVisible() and self.completer_.popup().currentIndex().isValid():
            return  # the completer's own activation handles the highlighted row
        if self.hits:
            self.choose(0)

    def _activated(self, index: QModelIndex) -> None:
        self.choose(index.data(_HIT))
