"""The list on the left: every page of a review, and which one is showing.

Page keys are plain strings shared with search and links: `guide`, `profile`,
`team`, `s1.overview`, `s1.actions`, `s1.map`, `s1.benchmarks`, … , `data`,
`plan`, `export`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from equity_desktop.core.framework.content import Framework

_KEY = Qt.ItemDataRole.UserRole


class Navigator(QTreeWidget):
    page_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Pages of the review"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._changed)

    def populate(self, framework: Framework, only: set[str] | None = None) -> None:
        """Every page, or (a ballot) the guide, the stages and only the pages in `only`."""
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        self._add(None, "guide", self.tr("About the framework"))
        if only is None:
            self._add(None, "profile", self.tr("School profile"))
            self._add(None, "team", self.tr("Team"))
        for stage in framework.stages:
            parts = [(suffix, title) for suffix, title in (
                ("actions", self.tr("Key actions")), ("map", self.tr("Map")), ("benchmarks", self.tr("Benchmarks")))
                if only is None or f"{stage.id}.{suffix}" in only]
            if not parts:
                continue
            title = self.tr("Stage {0} · {1}").format(stage.number, stage.name)
            parent = self._add(None, f"{stage.id}.overview", title)
            for suffix, title in parts:
                self._add(parent, f"{stage.id}.{suffix}", title)
        if only is None:
            self._add(None, "data", self.tr("Data & MGI"))
            self._add(None, "plan", self.tr("Action plan"))
            self._add(None, "export", self.tr("Export"))
        self.expandAll()
        self.blockSignals(False)

    def _add(self, parent: QTreeWidgetItem | None, key: str, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        item.setData(0, _KEY, key)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[key] = item
        return item

    def keys(self) -> list[str]:
        return list(self._items)

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(0, _KEY) if item else None

    def select(self, key: str) -> None:
        """Show `key` as selected (emits page_selected if it changed)."""
        self.setCurrentItem(self._items[key])

    def _changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self.page_selected.emit(current.data(0, _KEY))
