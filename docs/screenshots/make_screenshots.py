"""Screenshots of every page at 1366×768 (a common school laptop), for the user guide and for review.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py
Writes PNGs next to this script, on a fresh copy of the demo review, with
settings kept in a temporary folder (the user's own are not touched).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from equity_desktop.core.demo import write_demo  # noqa: E402
from equity_desktop.gui.app import make_application  # noqa: E402
from equity_desktop.gui.app_settings import AppSettings  # noqa: E402
from equity_desktop.gui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).parent
SIZE = (1366, 768)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def save(widget, app: QApplication, name: str) -> None:
    settle(app)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def main() -> None:
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        demo = write_demo(folder / "Cedar Grove.eqreview")
        window = MainWindow(settings, data_dir=folder / "data")
        window.resize(*SIZE)
        window.show()
        window.open_review(demo)
        window.close_review()
        save(window, app, "00-start-page")
        window.open_review(demo)
        workspace = window.workspace
        for number, key in enumerate(workspace.navigator.keys(), start=1):
            workspace.show_page(key)
            if key.endswith(".map") or key.endswith(".actions") or key.endswith(".benchmarks"):
                workspace.current_page().focus_first()
            save(window, app, f"{number:02d}-{key.replace('.', '-')}")
        workspace.show_page("s2.map", "s2.map.em.2")
        workspace.strip.toggle_explanation("em")
        save(window, app, "30-why-enrollment-management-is-here")
        workspace.strip.toggle_explanation("em")
        window.search.setText("family engagement")
        window.search.update_hits("family engagement")
        save(window, app, "31-search")
        window.search.completer_.popup().grab().save(str(OUT / "31-search-results.png"))
        window.search.completer_.popup().hide()
        workspace.show_page("s4.map")
        window.workshop_action.trigger()
        window.showNormal()
        window.resize(*SIZE)
        save(window, app, "32-workshop-view")
        window.leave_workshop()
        window.resize(*SIZE)
        window.about_action.trigger()
        save(window.about_dialog, app, "33-about")
        window.about_dialog.close()
        window.close_review()
        window.new_action.trigger()
        window.new_dialog.school.setText("Lincoln Magnet Middle School")
        window.new_dialog.district.setText("Riverbend Unified School District")
        save(window.new_dialog, app, "34-new-review")
        window.new_dialog.reject()
        window.close()


if __name__ == "__main__":
    main()
