"""The program's log: `equity-desktop.log` in the user's data folder, so that a crash leaves something to report.

It holds when the program started (its version, the platform, Python and Qt), and the traceback of
every program error, in the window or in a worker process. Nothing else: no names, no ratings, no
file contents; only tracebacks, paths and versions. (An exception's message is part of its
traceback: code must not put a student's data in one.) It rotates at 1 MB and keeps three old files.

One log is installed at GUI start (`install`); code that meets a program error asks for `current()`.
The file is opened on the first line written, so the ~15 ms of `logging.handlers`' imports are not
part of the start-up: `run_gui` writes the start line once the window is up, and a crash before
that writes it first.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSysInfo, qVersion

from equity_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    import logging

LOG_NAME = "equity-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3


def platform_text() -> str:
    """What the program runs on: the system, Python and Qt (no user or machine name)."""
    import PySide6

    return (f"{QSysInfo.prettyProductName()} ({QSysInfo.currentCpuArchitecture()}), Python {sys.version.split()[0]}, "
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}")


def about() -> str:
    """The program's version and what it runs on, in one line (for a report)."""
    return f"{APP_NAME} {__version__} on {platform_text()}"


class CrashLog:
    """The log file in `folder`. Writing never raises: each write says whether the line reached the file."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / LOG_NAME
        self._handler: logging.Handler | None = None  # records go to it directly: no logger reaches the file
        self._failed = False

    def start(self) -> bool:
        """Open the log and write the start line (once; later calls only say whether it is open)."""
        return self._open() is not None

    def crash(self, detail: str) -> bool:
        """A program error in the window: `detail` is its formatted traceback."""
        return self._write(f"Program error\n{detail.rstrip()}")

    def worker_crash(self, task: str, detail: str) -> bool:
        """A program error in a worker process running `task` (a function's name); `detail` is its traceback."""
        return self._write(f"Program error in a worker process ({task})\n{detail.rstrip()}")

    def close(self) -> None:
        if self._handler is not None:
            self._handler.close()
        self._handler = None

    def _write(self, message: str, level: str = "ERROR") -> bool:
        handler = self._open()
        if handler is None:
            return False
        self._emit(handler, level, message)
        return True

    @staticmethod
    def _emit(handler: logging.Handler, level: str, message: str) -> None:
        import logging

        handler.handle(logging.makeLogRecord({"name": "equity_desktop", "levelname": level,
                                              "levelno": logging.getLevelName(level), "msg": message}))

    def _open(self) -> logging.Handler | None:
        if self._handler is not None or self._failed:
            return self._handler
        import logging
        from logging.handlers import RotatingFileHandler

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        except OSError as error:  # a full disk or a folder the user cannot write: the dialog says so
            self._failed = True
            print(f"The log {self.path} cannot be written: {error}", file=sys.stderr)
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self._handler = handler
        self._emit(handler, "INFO", f"{APP_NAME} {__version__} started on {platform_text()}; log {self.path}")
        return handler


_current: CrashLog | None = None


def install(folder: Path) -> CrashLog:
    """Make the log in `folder` the program's log (replacing any other); the file opens on its first line."""
    global _current
    uninstall()
    _current = CrashLog(folder)
    return _current


def current() -> CrashLog | None:
    return _current


def uninstall() -> None:
    global _current
    if _current is not None:
        _current.close()
    _current = None
