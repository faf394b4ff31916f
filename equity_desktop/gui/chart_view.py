"""Shows a chart of core.charts: the same reportlab drawing the PDF prints, rendered by Qt's SVG renderer.

The drawing is made again for the widget's width, so its text keeps one size whatever the window's
width; the height is the drawing's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from equity_desktop.core.output.charts import svg_bytes

Factory = Callable[[float], object]  # width in points -> reportlab Drawing
# The drawing's sizes are print points (8-point labels); on screen one point is drawn this many pixels wide,
# so that labels read at the size of the window's own text.
SCALE = 1.4


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.renderer = QSvgRenderer(self)
        self._factory: Factory | None = None
        self._drawn_width = -1
        self._height = 0

    def set_chart(self, factory: Factory | None, description: str = "") -> None:
        """Draw `factory(width)` from now on (None: nothing); `description` is read by screen readers."""
        self._factory = factory
        self._drawn_width = -1
        self.setAccessibleDescription(description)
        self._redraw()

    def _redraw(self) -> None:
        width = max(360, self.width())
        if self._factory is None:
            self.renderer.load(QByteArray())
            self._height = 0
        elif width != self._drawn_width:
            drawing = self._factory(width / SCALE)
            self.renderer.load(QByteArray(svg_bytes(drawing)))
            self._height = int(drawing.height * SCALE)
        self._drawn_width = width
        self.setFixedHeight(self._height)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, self._height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._factory is not None and abs(self.width() - self._drawn_width) > 8:
            self._redraw()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.renderer.isValid():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            size = self.renderer.defaultSize()
            self.renderer.render(painter, QRectF(0, 0, size.width() * SCALE, size.height() * SCALE))
