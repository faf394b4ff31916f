"""`equity-desktop selftest`: proves an installed copy works, step by step, without touching the user's files.

For a district's IT staff after a deployment and for the frozen-build smoke test in CI: it loads the
framework, writes the demo review in a temporary folder, makes its plan PDF in a worker process (the
way the window does, so a frozen build's multiprocessing is proven), then opens the main window on
the demo and closes it. Each step prints one line; the first that fails says what failed and the
command exits 1. The window uses whatever Qt platform is in force (`QT_QPA_PLATFORM=offscreen` for a
machine without a screen), so on a desktop it also proves Qt's display libraries are installed.

The lines are in the language of cli.language (LANG): each step says its result as a `Message`, said in that
language by `run_selftest`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from equity_desktop import APP_NAME, __version__
from equity_desktop.cli.language import language
from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n.message import Message, said


def _framework(folder: Path) -> str:
    from equity_desktop.core.framework.content import load_framework

    framework = load_framework()
    conditions = sum(len(stage.conditions) for stage in framework.stages)
    benchmarks = sum(len(stage.benchmarks) for stage in framework.stages)
    return Message("cli.selftest_framework", stages=len(framework.stages), conditions=conditions,
                   benchmarks=benchmarks)


def _demo(folder: Path) -> str:
    from equity_desktop.core.demo.review import write_demo

    write_demo(folder / "demo.eqreview")
    return Message("cli.selftest_demo")


def _worker_pdf(folder: Path) -> str:
    from equity_desktop.core.enrollment.background import BackgroundJob
    from equity_desktop.core.output.plan_pdf import write_plan_pdf

    out = folder / "plan.pdf"
    job = BackgroundJob(write_plan_pdf, folder / "demo.eqreview", out, paper="letter", full=True)
    job.start()
    events = job.wait(timeout=120)
    last = events[-1] if events else ("error", Message("cli.selftest_worker_silent"))
    if last[0] != "done":
        raise RuntimeError(Message("cli.selftest_worker_failed", why=last[1] if isinstance(last[1], str)
                                   else str(last[1])))
    if not out.read_bytes().startswith(b"%PDF-"):
        raise RuntimeError(Message("cli.selftest_not_pdf", name=out.name))
    return Message("cli.selftest_pdf", kb=out.stat().st_size // 1024)


def _window(folder: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QSettings

    from equity_desktop.gui.app import make_application
    from equity_desktop.gui.app_settings import AppSettings
    from equity_desktop.gui.main_window import MainWindow

    app = make_application()
    # Settings and data in the temporary folder: the user's recent files and window size stay as they were.
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, data_dir=folder, show_start_page=False)
    window.show()
    if not window.open_review(folder / "demo.eqreview"):
        raise RuntimeError(Message("cli.selftest_window_failed"))
    keys = window.workspace.navigator.keys()
    for key in keys:  # every page, since each one's module loads when it is first shown
        window.workspace.show_page(key)
        QCoreApplication.processEvents()
    title = window.windowTitle()
    window.close()  # closes the review too
    QCoreApplication.processEvents()
    return Message("cli.selftest_window", pages=len(keys), platform=app.platformName(), title=title)


def _languages(folder: Path) -> str:
    """The window's Spanish catalogue and Qt's own load (an installer that left them out shows English), and the
    guide F1 opens is there."""
    from PySide6.QtCore import QCoreApplication

    from equity_desktop.gui.app import make_application
    from equity_desktop.gui.translation import install_translations
    from equity_desktop.paths import resource_path

    app = make_application()
    installed = install_translations(app, "es")
    try:
        menu = QCoreApplication.translate("MainWindow", "&File")
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        install_translations(app, "en")
    if (menu, cancel) != ("&Archivo", "Cancelar"):
        raise RuntimeError(Message("cli.selftest_no_catalogues", found=len(installed)))
    if not resource_path("help", "guide.html").is_file():
        raise RuntimeError(Message("cli.selftest_no_guide"))
    return Message("cli.selftest_languages")


STEPS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("Framework", _framework),
    ("Demo review", _demo),
    ("Plan PDF", _worker_pdf),
    ("Main window", _window),
    ("Languages and help", _languages),
)


# Each step's name in another language, by message id (English: the name in STEPS, as it always printed).
_STEP_NAMES = {"Framework": "cli.selftest_step_framework", "Demo review": "cli.selftest_step_demo",
               "Plan PDF": "cli.selftest_step_pdf", "Main window": "cli.selftest_step_window",
               "Languages and help": "cli.selftest_step_languages"}


def _step_name(tr: Texts, name: str) -> str:
    return tr.word(_STEP_NAMES[name], name) if name in _STEP_NAMES else name


def _error_text(error: Exception, tr: Texts) -> str:
    """What a failed step says: its Message in tr's language, any other error as Python words it."""
    return said(error.args[0], tr) if len(error.args) == 1 and isinstance(error.args[0], Message) else str(error)


def run_selftest(args: argparse.Namespace | None = None) -> int:
    tr = language(args)
    build = tr.t("cli.selftest_installed" if getattr(sys, "frozen", False) else "cli.selftest_source")
    print(tr.t("cli.selftest_head", app=APP_NAME, version=__version__, build=build,
               python=sys.version.split()[0]))
    with tempfile.TemporaryDirectory(prefix="equity-selftest-") as temporary:
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                result = step(Path(temporary))
            except Exception as error:  # noqa: BLE001 - the point is to name the failing step, whatever it is
                print(tr.t("cli.selftest_failed", name=_step_name(tr, name), error=_error_text(error, tr)),
                      file=sys.stderr)
                return 1
            milliseconds = (time.perf_counter() - started) * 1000
            print(tr.t("cli.selftest_ok", name=_step_name(tr, name), result=said(result, tr),
                       ms=f"{milliseconds:.0f}" if tr.is_english else tr.number(milliseconds)))
    print(tr.t("cli.selftest_done"))
    return 0


def add_command(commands) -> None:
    selftest = commands.add_parser("selftest", help="check that this copy of the program works (for IT staff)")
    selftest.set_defaults(run=run_selftest)
