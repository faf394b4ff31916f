"""Start the Qt application and open the main window (on a review, if one was given)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from equity_desktop import APP_NAME, __version__
from equity_desktop.gui import crash_log, theme
from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.error_dialogs import install_excepthook
from equity_desktop.gui.main_window import MainWindow
from equity_desktop.gui.translation import install_translations, program_language
from equity_desktop.paths import resource_path


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Equity Desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons", "equity-desktop-256.png"))))
    # Names the installed .desktop entry, so Linux desktops show its icon and name for the window.
    app.setDesktopFileName("equity-desktop")
    theme.follow_contrast_preference(app)
    theme.apply(app)  # the style sheet's colours for a light, a dark or a high-contrast desktop
    return app


class FileOpenEvents(QObject):
    """Opens the review macOS names in a file-open event.

    Finder sends a double-clicked `.eqreview` (and one dropped on the Dock icon) to the running
    program as an event, not as a command-line argument as Windows and Linux do.
    """

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = Path(event.file())
        open_later(self.window, path)
        return True


def watch_file_open_events(app: QApplication, window: MainWindow) -> FileOpenEvents | None:
    """On macOS, the filter that opens what Finder sends; elsewhere none (file-open events never come).

    A filter on the application sees every event of every object, each through Python: some 1,300 while
    the window opens on a review (~30 ms of a start of ~210 ms), and every event after.
    """
    if sys.platform != "darwin":
        return None
    events = FileOpenEvents(window)
    app.installEventFilter(events)
    return events


def open_later(window: MainWindow, review: Path) -> None:
    # From the event loop, so the window is on screen before any error dialog about the file;
    # if the file cannot be opened, the start page offers the other ways in.
    QTimer.singleShot(0, lambda: window.open_review(review) or window.show_start_page())


# The start line waits until the window is up: opening the log costs ~15 ms of imports, and nobody
# waits on it. A program error before then writes the start line itself.
LOG_START_DELAY_MS = 2000


def install_crash_reporting(data_dir: Path) -> crash_log.CrashLog:
    """Keep the log in `data_dir` and show program errors in the crash dialog; the log, to start."""
    log = crash_log.install(data_dir)
    install_excepthook()
    return log


def run_gui(review: Path | None = None) -> int:
    app = make_application()
    # The user's data folder, the same one MainWindow chooses when given none (it needs the names set above).
    data_dir = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    log = install_crash_reporting(data_dir)
    settings = AppSettings()
    install_translations(app, program_language(settings.language()))  # before any window: every tr() sees it
    window = MainWindow(settings, data_dir=data_dir, show_start_page=review is None)
    watch_file_open_events(app, window)
    window.show()
    QTimer.singleShot(LOG_START_DELAY_MS, log.start)
    if review is not None:
        open_later(window, review)
    return app.exec()
