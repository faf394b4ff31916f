"""A row of controls that wraps onto the next line when the window is too narrow for it (Qt's flow layout
example): a page's buttons and choices never make the window wider than the screen, whatever the text size or
the language. Left to right, each control as wide as it asks to be (`justify`: each line's controls share its
whole width, as in a row of a QHBoxLayout); a line as tall as its tallest control.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1, justify: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._justify = justify
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    def __del__(self):
        while self.takeAt(0) is not None:
            pass

    # ---- QLayout -------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if width not in self._heights:  # asked many times a layout: measured once a width until it changes
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self.__dict__.get("_heights", {}).clear()  # (Qt may invalidate before __init__ has set it)
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All on one line."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, Qt.Orientation.Horizontal) if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as its widest control: the others go onto lines of their own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ---- arranging -----------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        control = QSizePolicy.ControlType.PushButton
        found = style.layoutSpacing(control, control, orientation, None, widget)
        return found if found >= 0 else style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the controls out in `rect` (only measure unless `move`); the height the lines take."""
        margins: QMargins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._visible()
        if not items:
            return 0
        gap_x, gap_y = self._gap(items[0], Qt.Orientation.Horizontal), self._gap(items[0], Qt.Orientation.Vertical)
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in items:
            minimum = item.minimumSize()
            hint = item.sizeHint().expandedTo(minimum)
            if area.width() > 0:  # a control wider than the whole line gets the line (down to its minimum)
                hint.setWidth(max(min(hint.width(), area.width()), minimum.width()))
            if lines[-1] and x + hint.width() > area.x() + area.width():
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + gap_x
        top = area.y()
        for line in lines:
            height = max(hint.height() for _, hint in line)
            if self._justify and area.width() > 0:
                spare = max(0, area.width() - sum(hint.width() for _, hint in line) - gap_x * (len(line) - 1))
                line = [(item, QSize(hint.width() + spare // len(line) + (1 if n < spare % len(line) else 0),
                                     hint.height())) for n, (item, hint) in enumerate(line)]
            if move:  # each control centred on its line, as in a row of a QHBoxLayout
                left = area.x()
                for item, hint in line:
                    item.setGeometry(QRect(QPoint(left, top + (height - hint.height()) // 2), hint))
                    left += hint.width() + gap_x
            top += height + gap_y
        return top - gap_y - rect.y() + margins.bottom()
