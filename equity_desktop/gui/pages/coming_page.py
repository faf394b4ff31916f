"""A page whose feature has not landed yet, clearly marked as coming (Data & MGI, Action plan, Export)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from equity_desktop.gui.pages.item_list_page import heading_label


class ComingPage(QWidget):
    def __init__(self, title: str, promise: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comingPage")
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(title, self))
        badge = heading_label(self.tr("Coming in a later version"), self, "comingBadge")
        layout.addWidget(badge)
        layout.addWidget(heading_label(promise, self, "pageIntro"))
        layout.addStretch(1)
