"""Shows a chart of core.charts: the same reportlab drawing the PDF prints, rendered by Qt's SVG renderer.

The drawing is made for the widget's width, so its text keeps one size whatever the window's width; the
height is the drawing's own. It is made in a thread (gui/thread_jobs.py), not on the GUI thread: the
first chart imports reportlab (~0.1–0.2 s) and each takes 20–50 ms of pure Python, which on the GUI thread
stalled the first visit of Data & MGI for 0.2–0.4 s (bench/bench_stall_pages.py). A chart is drawn only
while it is on screen, once its page is laid out, at the width it is shown at: a tab not opened costs
nothing, and a chart is not drawn at a passing width while its page settles.

The drawing is made for paper (dark marks on white). On a dark palette its colours' lightness is turned
over (core.contrast.for_dark_background): white labels, a light bar for the school, as readable as print.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from equity_desktop.core.contrast import for_dark_background, recolour_svg
from equity_desktop.core.output.charts import SvgChart, svg_chart
from equity_desktop.gui.theme import is_dark
from equity_desktop.gui.thread_jobs import ThreadJobs

Factory = Callable[[float], object]  # width in points -> reportlab Drawing
# The drawing's sizes are print points (8-point labels); on screen one point is drawn this many pixels wide,
# so that labels read at the size of the window's own text.
SCALE = 1.4
MIN_WIDTH = 360
REDRAW_STEP = 8  # pixels of width a chart may be off before it is drawn again
PLACEHOLDER_HEIGHT = 240  # room kept for a chart not drawn yet, so the page hardly moves when it comes

# One thread for every chart: they queue behind each other, and reportlab is imported once, by it.
_DRAWER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chart")


class ChartView(QWidget):
    drawn = Signal()  # a drawing of the current chart is on screen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._svg = QSvgRenderer(self)
        self._factory: Factory | None = None
        self._shown: tuple[Factory, int] | None = None  # the chart on screen and the width it was drawn for
        self._paper = b""  # the SVG as drawn, for paper: shown as it is, or turned for a dark palette
        self._jobs = ThreadJobs(_DRAWER, self)
        self._jobs.finished.connect(self._arrived)
        # Drawing starts in the next turn of the event loop, when the page's layout has settled.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self._start)
        self.setFixedHeight(0)

    def set_chart(self, factory: Factory | None, description: str = "") -> None:
        """Show `factory(width)` from now on (None: nothing); `description` is read by screen readers."""
        self._factory = factory
        self.setAccessibleDescription(description)
        if factory is None:
            self._svg.load(QByteArray())
            self._shown = None
            self.setFixedHeight(0)
        elif self._shown is None:
            self.setFixedHeight(PLACEHOLDER_HEIGHT)
        self._settle.start()
        self.update()

    def is_drawn(self) -> bool:
        """Whether the current chart is on screen (perhaps drawn for a width it is about to leave)."""
        return self._factory is not None and self._shown is not None and self._shown[0] is self._factory

    @property
    def renderer(self) -> QSvgRenderer:
        """The chart on screen, once the drawing under way or due has come: this waits for it, as code that
        inspects a chart right after setting it expects (the window itself never waits)."""
        self._start()
        self._jobs.wait()
        return self._svg

    # ---- drawing in the thread ---------------------------------------------------------------------------

    def _wanted(self) -> tuple[Factory, int] | None:
        """The chart and width the screen needs, if it is not on screen already; None while hidden or empty."""
        if self._factory is None or not self.isVisible():
            return None
        width = max(MIN_WIDTH, self.width())
        if self._shown and self._shown[0] is self._factory and abs(self._shown[1] - width) <= REDRAW_STEP:
            return None
        return self._factory, width

    def _start(self) -> None:
        """Draw what the screen needs, unless a drawing is under way (its arrival looks again)."""
        wanted = self._wanted()
        if wanted is not None and not self._jobs.keys():
            self._jobs.submit(wanted, svg_chart, wanted[0], wanted[1] / SCALE)

    def _arrived(self, drawn: tuple[Factory, int], chart: SvgChart) -> None:
        if drawn[0] is self._factory:  # else the chart was replaced while it was drawn
            self._paper = chart.svg
            self._load()
            self._shown = drawn
            self.setFixedHeight(int(chart.height * SCALE))
            self.update()
            self.drawn.emit()
        self._start()

    def _load(self) -> None:
        dark = is_dark(self.palette())
        self._svg.load(QByteArray(recolour_svg(self._paper, for_dark_background) if dark else self._paper))
        self.setProperty("dark", dark)  # which colours are on screen (tests read it)

    # ---- Qt ----------------------------------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._paper:
            self._load()  # the desktop turned dark or light: the same drawing, its colours turned
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, self.height())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._settle.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._settle.start()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        if self._svg.isValid():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            size = self._svg.defaultSize()
            self._svg.render(painter, QRectF(0, 0, size.width() * SCALE, size.height() * SCALE))
        elif self._factory is not None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Drawing the chart…"))
