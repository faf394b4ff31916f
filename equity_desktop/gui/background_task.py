"""A worker-process job (core.enrollment.background) seen from the window: signals, driven by a timer.

The timer only polls a pipe, so the window keeps answering while a 350,000-row file is read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from equity_desktop.core.enrollment.background import BackgroundJob
from equity_desktop.gui import crash_log
from equity_desktop.gui.translation import said_here

POLL_MS = 40


class BackgroundTask(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)  # a sentence for the person (a core.i18n Message is said in the window's language)

    def __init__(self, target: Callable, *args, parent: QObject | None = None, crash_text: str = "", **kwargs):
        super().__init__(parent)
        self.job = BackgroundJob(target, *args, **kwargs)
        self.task_name = f"{getattr(target, '__module__', '?')}.{getattr(target, '__qualname__', '?')}"
        self.crash_text = crash_text or self.tr(
            "The file could not be read because of an error in the program; please report it with the file's "
            "name. Nothing was imported.")
        self.cancelled = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def start(self) -> None:
        self.job.start()
        self.timer.start()

    def cancel(self) -> None:
        """Ask the worker to stop; nothing more is emitted. The timer runs on until it has stopped (or is ended
        after core.enrollment.background.CANCEL_GRACE), so a writer removes its temporary file itself."""
        self.cancelled = True
        self.job.cancel()

    @property
    def running(self) -> bool:
        return self.timer.isActive() and not self.cancelled

    def _poll(self) -> None:
        events = self.job.events()
        if self.cancelled:
            if self.job.finished:
                self.timer.stop()
            crashes = [event[1] for event in events if event[0] == "crash"]
            for detail in crashes:  # a bug is logged even when nobody waits for the answer
                self._report_crash(detail)
            return
        for event in events:
            if event[0] == "progress":
                self.progress.emit(event[1], event[2])
                continue
            self.timer.stop()
            if event[0] == "done":
                self.done.emit(event[1])
            elif event[0] == "error":
                self.failed.emit(event[1])
            else:  # a bug: the sentence says so, the traceback goes to the log (and the terminal) for a report
                self.failed.emit(self._report_crash(event[1]))

    def _report_crash(self, detail: str) -> str:
        """Log a worker's traceback (never the arguments it was given); return the sentence to show."""
        print(detail, file=sys.stderr)
        log = crash_log.current()
        if log is None or not log.worker_crash(self.task_name, detail):
            return self.crash_text
        return self.crash_text + " " + self.tr("The details are in the log file {0}.").format(log.path)


class ReadProgress(QWidget):
    """A task's progress bar and message, with its own Cancel (the owner decides what cancelling means)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget, cancel_text: str = ""):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.cancel = QPushButton(cancel_text or self.tr("Cancel Reading"), self)
        self.cancel.setObjectName("cancelReadButton")
        self.cancel.clicked.connect(self.cancel_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.hide()

    def start(self, task: BackgroundTask) -> None:
        """Show `task`'s progress until it ends, and start it."""
        task.progress.connect(self.show_progress)
        task.done.connect(self.hide)
        task.failed.connect(self.hide)
        self.show_progress(0.0, self.tr("Starting"))
        self.show()
        task.start()

    def show_progress(self, fraction: float, message: str) -> None:
        self.label.setText(said_here(message) + "…")  # the core's words, in the window's language
        self.bar.setValue(round(fraction * 100))
