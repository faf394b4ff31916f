"""Keeps a table's first column (the one people read, e.g. an action's title) readable in a narrow window.

The first column takes the width the others leave. In a window 1024 wide the others left it so little that
"Raise the share of …" showed as "Raise the…". When that happens the columns that may be narrowed (long
names, elided anyway, with the whole text in the form beside the table) give way down to a floor first;
only then does the table scroll sideways, with the first column still at its minimum.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

FIRST_MINIMUM = 240  # pixels: four or five words of an action's title
SHRUNK_MINIMUM = 64  # pixels a narrowed column keeps: a word and its ellipsis


class FirstColumnFitter(QObject):
    """Sizes column 0 of `view` to the room left, narrowing the `flexible` columns (index: preferred width)."""

    def __init__(self, view: QTableView, flexible: Mapping[int, int]):
        super().__init__(view)
        self.view = view
        self.flexible = dict(flexible)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column, width in self.flexible.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Give column 0 what the others leave, narrowing the flexible ones if it would fall under its minimum."""
        header = self.view.horizontalHeader()
        shown = [c for c in range(1, header.count()) if not header.isSectionHidden(c)]
        fixed = sum(header.sectionSize(c) for c in shown if c not in self.flexible)
        room = self.view.viewport().width() - fixed
        widths = dict(self.flexible)
        deficit = FIRST_MINIMUM + sum(widths.values()) - room
        if deficit > 0:
            give = {c: w - SHRUNK_MINIMUM for c, w in widths.items()}
            total = sum(give.values()) or 1
            # Rounded up: a pixel over, from rounding, would bring the sideways scroll bar.
            widths = {c: w - math.ceil(give[c] * min(1.0, deficit / total)) for c, w in widths.items()}
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        header.resizeSection(0, max(FIRST_MINIMUM, room - sum(widths.values())))
