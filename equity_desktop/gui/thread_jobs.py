"""Short calls run in a thread of the window's process, their results handed back on the GUI thread.

For work that must not stop the window yet is too small for a worker process (BackgroundTask starts a
fresh interpreter, ~0.5 s): drawing a chart, drawing one page of the preview. The call runs in the
executor it is given; a single-thread executor per kind of work also keeps a library that is not
thread-safe (PDFium) to one thread. The results are collected by a timer that polls the futures, as
BackgroundTask polls its pipe: no Qt object is touched outside the GUI thread, and a widget closed
meanwhile never collects (its timer goes with it).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from concurrent.futures import Executor, Future, wait

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 10


class ThreadJobs(QObject):
    """Calls identified by a key; each one's result comes back as `finished(key, result)` on the GUI thread."""

    finished = Signal(object, object)

    def __init__(self, executor: Executor, parent: QObject):
        super().__init__(parent)
        self._executor = executor
        self._jobs: dict[Hashable, Future] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.collect)

    def submit(self, key: Hashable, function: Callable, *args) -> None:
        self._jobs[key] = self._executor.submit(function, *args)
        if not self._timer.isActive():
            self._timer.start()

    def keys(self) -> list[Hashable]:
        """The jobs submitted and not yet handed back (running or waiting for the thread)."""
        return list(self._jobs)

    def cancel(self, key: Hashable) -> None:
        """Forget the job `key`: one still waiting for the thread is not run at all."""
        future = self._jobs.pop(key, None)
        if future is not None:
            future.cancel()

    def wait(self) -> None:
        """Block until every job, and any a result handler submits, has been handed back. For code that must
        see a result at once (tests); the window itself never waits."""
        while self._jobs:
            wait(list(self._jobs.values()))
            self.collect()

    def collect(self) -> None:
        """Hand back every finished job. An exception raised in the thread is raised here, on the GUI thread,
        where the program's excepthook reports it."""
        for key, future in list(self._jobs.items()):
            if future.done() and self._jobs.get(key) is future:
                del self._jobs[key]
                self.finished.emit(key, future.result())
        if not self._jobs:
            self._timer.stop()
