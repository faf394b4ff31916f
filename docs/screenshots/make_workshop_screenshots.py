"""Screenshots of the workshop (issue 17): the merge and ballot dialogs, a map page with the collected ballots
under the card, the workshop view with its distribution (anonymous, then with names) and a ballot in ballot
mode — at 1366x768 and 1024x768, the screens a consultant's laptop and projector have. The workshop view
is full screen, so each size runs on an X server of that size:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/make_workshop_screenshots.py 1366x768
    xvfb-run -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots/make_workshop_screenshots.py 1024x768

Written to docs/screenshots/workshop/<size>/; the review files are made in a temporary folder.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from equity_desktop.core.demo.review import write_demo
from equity_desktop.core.review import merge
from equity_desktop.core.review.scales import Rating
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.gui.app import make_application
from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.main_window import MainWindow
from equity_desktop.gui.workshop_dialogs import MergeDialog, PaperBallotDialog, PrepareBallotsDialog

OUT = Path(__file__).resolve().parent / "workshop"
CONDITION = "s1.map.de.1"


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    app.processEvents()
    widget.grab().save(str(path))


def _other_laptop(demo: Path, folder: Path) -> Path:
    """A copy rated differently on another laptop: a conflict on one condition, a change taken on another."""
    other = folder / "laptop 2.eqreview"
    shutil.copyfile(demo, other)
    with ReviewStore.open(other, author="Ben Ode") as store:
        store.set_assessment(CONDITION, Rating.NOT_STARTED, "We have not seen the adopted plan.")
        store.set_assessment("s1.map.de.2", Rating.EMERGING)
    return other


def shoot(app: QApplication, width: int, height: int, folder: Path) -> None:
    out = OUT / f"{width}x{height}"
    out.mkdir(parents=True, exist_ok=True)
    demo = write_demo(folder / "demo.eqreview")
    other = _other_laptop(demo, folder)
    window = MainWindow(AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)),
                        data_dir=folder / "data")
    window.resize(width, height)
    window.show()
    window.open_review(demo)
    window.session.rate(CONDITION, Rating.EMERGING)

    dialog = MergeDialog(window.session.framework, merge.plan_merge(window.session.store, other), window)
    dialog.show()
    _save(app, dialog, out / "01-merge-a-copy.png")
    dialog.close()
    names = [member.name for member in window.session.team]
    prepare = PrepareBallotsDialog(names, folder, window)
    prepare.show()
    _save(app, prepare, out / "02-prepare-ballots.png")
    prepare.close()

    written = window.workshop_files.prepare_into(folder, names[:4], "s1")
    for number, path in enumerate(written):
        with ReviewStore.open(path) as ballot:
            ballot.set_assessment(CONDITION, [Rating.NOT_STARTED, Rating.IN_PLACE, Rating.PROGRESSING,
                                              Rating.PROGRESSING][number],
                                  ["No plan seen yet.", "Adopted March 2023.", "", "Adopted, not yet shared."][number])
            ballot.set_assessment("s1.map.de.2", Rating.IN_PLACE)
    window.workshop_files.collect(written, confirm=lambda text: True)
    window.workspace.show_page("s1.map", CONDITION)
    _save(app, window, out / "03-map-page-with-ballots.png")
    window.enter_workshop()
    _save(app, window, out / "04-workshop-view-distribution.png")
    QTest.keyClick(window.workshop, Qt.Key.Key_N)
    _save(app, window, out / "05-workshop-view-with-names.png")
    window.leave_workshop()
    paper = PaperBallotDialog(window.session.framework, window)
    paper.show()
    _save(app, paper, out / "06-paper-ballot.png")
    paper.close()
    window.open_review(written[0])
    window.resize(width, height)
    _save(app, window, out / "07-ballot-mode.png")
    window.close_review()
    window.close()


if __name__ == "__main__":
    application = make_application()  # the program's own style sheet: the workshop view's large type
    width, height = (int(n) for n in (sys.argv[1] if len(sys.argv) > 1 else "1366x768").split("x"))
    with tempfile.TemporaryDirectory() as temporary:
        shoot(application, width, height, Path(temporary))
    print(f"written to {OUT / f'{width}x{height}'}")
