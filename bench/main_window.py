"""The program's main window on a review, offscreen, as the GUI benchmarks open it."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings

from equity_desktop.gui.app import make_application
from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.main_window import MainWindow


@contextlib.contextmanager
def window_on(write_review: Callable[[Path], Path]) -> Iterator[tuple[object, MainWindow]]:
    """(application, main window) at 1366x768 with the review `write_review(folder)` writes, in a folder of the
    working directory that is removed afterwards (with the window's settings)."""
    app = make_application()
    with tempfile.TemporaryDirectory(prefix=".bench-", dir=Path.cwd()) as name:
        folder = Path(name)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, data_dir=folder)
        window.resize(1366, 768)
        window.show()
        window.open_review(write_review(folder))
        try:
            yield app, window
        finally:
            window.close()
