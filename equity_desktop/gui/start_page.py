"""What shows when no review is open: recent reviews with their school and progress, New, Open, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from equity_desktop import APP_NAME
from equity_desktop.core.errors import EquityError
from equity_desktop.core.framework.content import Framework
from equity_desktop.core.review.store import summarize
from equity_desktop.gui.translation import words

_PATH = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        title = QLabel(f"<h1>{APP_NAME}</h1>", self)
        intro = QLabel(self.tr(
            "A school team's equity self-review against the Magnet School Development Framework "
            "(U.S. Department of Education, 2018). Everything stays on this computer; every change is saved "
            "as you make it."), self)
        intro.setWordWrap(True)
        intro.setObjectName("pageIntro")
        layout.addWidget(title)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        for text, signal, name in ((self.tr("New review…"), self.new_requested, "newButton"),
                                   (self.tr("Open…"), self.open_requested, "openButton"),
                                   (self.tr("Open the demo review"), self.demo_requested, "demoButton")):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<h3>Recent reviews</h3>"), self))
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName(self.tr("Recent reviews"))
        self.recent.itemActivated.connect(self._chosen)
        self.recent.itemClicked.connect(self._chosen)
        layout.addWidget(self.recent, 1)

    def show_recent(self, paths: list[Path], framework: Framework) -> None:
        """List `paths` with each review's school and progress (or why it cannot be read now)."""
        self.recent.clear()
        for path in paths:
            try:
                summary = summarize(path, framework)
            except EquityError as error:
                text = self.tr("{0}\n{1}").format(path.name, error.sentence(words()))
            else:
                text = self.tr("{0} — {1}\n{2} of {3} map conditions rated · {4}").format(
                    summary.school, summary.district, summary.conditions_rated, summary.conditions_total, path)
            item = QListWidgetItem(text)
            item.setData(_PATH, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if not paths:
            self.recent.addItem(QListWidgetItem(self.tr("No recent reviews yet. Start a new one, or open the demo "
                                                        "to look around.")))

    def _chosen(self, item: QListWidgetItem) -> None:
        path = item.data(_PATH)
        if path:
            self.recent_chosen.emit(Path(path))
