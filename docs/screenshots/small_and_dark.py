"""Screenshots of every page on a 1024×600 screen, on a dark desktop (issue 18), and in Spanish (issue 19).

Run by make_screenshots.py (`make screenshots`), or alone:
QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/small_and_dark.py
Writes docs/screenshots/1024x600/, docs/screenshots/dark/ (1366×768, a dark palette as Windows 11 and GNOME
give it) and docs/screenshots/es/ (1366×768, the Spanish catalogues installed as `LANG=es_US.UTF-8` does), on
fresh copies of the demo review, with settings in a temporary folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from equity_desktop.core.demo.review import write_demo  # noqa: E402
from equity_desktop.core.review import ballots  # noqa: E402
from equity_desktop.core.review.store import ReviewStore  # noqa: E402
from equity_desktop.gui import theme  # noqa: E402
from equity_desktop.gui.app import make_application  # noqa: E402
from equity_desktop.gui.app_settings import AppSettings  # noqa: E402
from equity_desktop.gui.main_window import MainWindow  # noqa: E402
from equity_desktop.gui.translation import install_translations  # noqa: E402

HERE = Path(__file__).parent
Role = QPalette.ColorRole


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, app: QApplication, path: Path) -> None:
    settle(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path)


def wait_for(app: QApplication, done, rounds: int = 3000) -> None:
    import time

    for _ in range(rounds):
        if done():
            break
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def every_page(window: MainWindow, app: QApplication, demo: Path, out: Path) -> None:
    """The start page, each page of the demo review, and the windows a team meets on the way."""
    window.close_review()
    save(window, app, out / "00-start-page.png")
    window.open_review(demo)
    workspace = window.workspace
    for number, key in enumerate(workspace.navigator.keys(), start=1):
        page = workspace.show_page(key)
        if hasattr(page, "focus_first"):
            page.focus_first()
        if key == "data":
            wait_for(app, lambda page=page: page.isolation_chart.is_drawn() or not page.isolation_chart.isVisible(),
                     500)
        save(window, app, out / f"{number:02d}-{key.replace('.', '-')}.png")
    data = workspace.show_page("data")
    data.tabs.currentWidget().verticalScrollBar().setValue(10_000)
    wait_for(app, data.isolation_chart.is_drawn, 500)
    save(window, app, out / "30-data-isolation-chart.png")
    data.tabs.setCurrentIndex(1)
    wait_for(app, data.trend_chart.is_drawn, 500)
    save(window, app, out / "31-data-trends.png")
    data.tabs.setCurrentIndex(0)
    export = workspace.show_page("export")
    export.preview()
    wait_for(app, lambda: export.task is None or not export.task.running)
    save(window, app, out / "32-export-preview.png")
    folded = workspace.strip.collapsed
    workspace.strip.set_collapsed(not folded)
    workspace.show_page("s2.map").focus_first()
    save(window, app, out / f"33-strip-{'in-full' if folded else 'folded'}.png")
    workspace.strip.set_collapsed(folded)
    words = "family engagement" if window.framework.translation is None else "participación familiar"
    window.search.setText(words)
    window.search.update_hits(words)
    settle(app)
    save(window.search.completer_.popup(), app, out / "34-search-results.png")
    window.search.completer_.popup().hide()
    window.search.choose(next(i for i, hit in enumerate(window.search.hits) if hit.passage.item_id))
    save(window, app, out / "35-search-match-marked.png")
    window.search.clear()
    workspace.show_page("plan").tabs.setCurrentIndex(0)
    window.show_help()
    save(window.help_window, app, out / "36-guide-at-the-action-plan.png")
    window.help_window.close()
    size = window.size()
    workspace.show_page("s2.map")
    window.workshop_action.trigger()
    window.showNormal()
    window.resize(size)
    save(window, app, out / "37-workshop-view.png")
    window.leave_workshop()
    window.resize(size)
    window.close_review()
    window.new_action.trigger()
    save(window.new_dialog, app, out / "38-new-review.png")
    window.new_dialog.reject()


def ballot_mode(window: MainWindow, app: QApplication, demo: Path, folder: Path, out: Path) -> None:
    with ReviewStore.open(demo) as review:
        ballot, = ballots.prepare_ballots(review, folder, ["Ana Ruiz"], "s1")
    window.open_review(ballot)
    window.workspace.show_page("s1.map").focus_first()
    save(window, app, out / "39-ballot-mode.png")
    window.close_review()


def run(app: QApplication, folder: Path, name: str, size: tuple[int, int], dark: bool, language: str = "en"
        ) -> None:
    out = HERE / name
    translators = install_translations(app, language)
    palette = app.palette()
    if dark:
        app.setPalette(theme.dark_desktop_palette())
    theme.apply(app)
    settings = AppSettings(QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat))
    settings.set_strip_collapsed(size[1] < 700)  # as a short screen starts (main_window.SHORT_SCREEN)
    demo = write_demo(folder / f"{name} Cedar Grove.eqreview")
    window = MainWindow(settings, data_dir=folder / "data")
    window.resize(*size)
    window.show()
    try:
        every_page(window, app, demo, out)
        ballot_mode(window, app, demo, folder / f"{name}-ballots", out)
    finally:
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
        app.setPalette(palette)
        theme.apply(app)


def main(app: QApplication | None = None) -> None:
    app = app or make_application()
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "1024x600-ballots").mkdir()
        (Path(folder) / "dark-ballots").mkdir()
        (Path(folder) / "es-ballots").mkdir()
        run(app, Path(folder), "1024x600", (1024, 600), dark=False)
        run(app, Path(folder), "dark", (1366, 768), dark=True)
        run(app, Path(folder), "es", (1366, 768), dark=False, language="es")


if __name__ == "__main__":
    main()
