"""Cold start: process start until the main window is shown on the demo review and the event loop is idle.

Run: .venv/bin/python bench/bench_cold_start.py [--runs N]
Measures, in the same run and alternating, a bare PySide6 QMainWindow and
`equity-desktop demo.eqreview` (the real entry point, cli.main). The child
reports when two zero-timers have fired after the review was opened, i.e. the
window is on screen and the event loop has nothing left to do. Uses the
display in $QT_QPA_PLATFORM / $DISPLAY, or offscreen when there is none.
Target: the program at most 2x the bare window.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit())))
app.exec()
"""

# The real start-up path; only QApplication.exec is wrapped so the child can say when it is idle. The
# wrapper is installed when the program itself imports QtWidgets, so the import order stays the program's.
PROGRAM = """
import importlib.abc, importlib.machinery, sys


def exec_then_report(real_exec):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def exec_(*args):
        app = QApplication.instance()

        def ready():
            window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
            assert window.session is not None, "the review did not open"
            print("ready", flush=True)
            app.quit()
        # run_gui opens the review from a zero-timer queued before exec; ours run after it.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, ready))
        return real_exec()
    return exec_


class WrapExecOnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            module.QApplication.exec = exec_then_report(module.QApplication.exec)
        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, WrapExecOnImport())
from equity_desktop.cli.main import main
sys.exit(main([sys.argv[1]]))
"""


def time_child(code: str, *args: str) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=CHILD_ENV)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "ready":
        raise SystemExit(f"the child did not become ready (exit {child.returncode})")
    return elapsed * 1000


# An installed program runs from bytecode (pip and PyInstaller compile it); a machine with
# PYTHONDONTWRITEBYTECODE set would otherwise compile every module of ours from source at each start.
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    if not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        CHILD_ENV["QT_QPA_PLATFORM"] = "offscreen"
    import equity_desktop
    from equity_desktop.core.demo.review import write_demo

    compileall.compile_dir(Path(equity_desktop.__file__).parent, quiet=1)

    with tempfile.TemporaryDirectory() as folder:
        demo = write_demo(Path(folder) / "demo.eqreview")
        CHILD_ENV["XDG_CONFIG_HOME"] = folder  # the program's settings go here, not to the user's
        time_child(BARE), time_child(PROGRAM, str(demo))  # warm the disk cache once
        bare, program = [], []
        for _ in range(runs):
            bare.append(time_child(BARE))
            program.append(time_child(PROGRAM, str(demo)))
    b, p = statistics.median(bare), statistics.median(program)
    platform_name = CHILD_ENV.get("QT_QPA_PLATFORM", "xcb")
    print("| runs | bare QMainWindow ms (median) | Equity Desktop on the demo ms (median) | ratio | Qt platform "
          "| machine |")
    print("|---|---|---|---|---|---|")
    print(f"| {runs} | {b:.0f} | {p:.0f} | {p / b:.2f}× | {platform_name} | "
          f"{platform.system()} {platform.machine()}, Python {platform.python_version()} |")


if __name__ == "__main__":
    main()
