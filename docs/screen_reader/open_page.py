"""Open Equity Desktop on the demo review at one page (or the start page), for docs/screen_reader/walk.py.

Run by session.sh: `open_page.py start | s1.map | data | …` (a navigator key). Quits by itself after a minute.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from equity_desktop.core.demo.review import write_demo
from equity_desktop.gui.app import make_application
from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.main_window import MainWindow

if __name__ == "__main__":
    app = make_application()
    folder = Path(tempfile.mkdtemp())
    window = MainWindow(AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)),
                        data_dir=folder / "data")
    window.resize(1366, 768)
    window.show()
    if sys.argv[1] != "start":
        window.open_review(write_demo(folder / "demo.eqreview"))
        window.workspace.show_page(sys.argv[1])
    QTimer.singleShot(60_000, app.quit)
    app.exec()
