"""Cold start: process start until the main window is shown on the demo review and the event loop is idle.

Run: .venv/bin/python bench/bench_cold_start.py [--runs N] [--before FOLDER]
Measures, in the same run and alternating, a bare PySide6 QMainWindow and
`equity-desktop demo.eqreview` (the real entry point, cli.main). The child
reports when two zero-timers have fired after the review was opened, i.e. the
window is on screen and the event loop has nothing left to do. Uses the
display in $QT_QPA_PLATFORM / $DISPLAY, or offscreen when there is none.
Target: the program at most 2x the bare window.

`--before FOLDER` times a second copy of the package in the same runs, to see a change against the
same machine's mood: FOLDER holds `equity_desktop/` as it was (with `resources` and `ui` beside it,
links will do), found first on PYTHONPATH. For example, for the tree's last commit:
    git archive HEAD equity_desktop | tar -x -C /tmp/before && ln -s "$PWD/resources" "$PWD/ui" /tmp/before
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
# The finder is a plain class: importlib.abc would import importlib.resources (~9 ms) that the program
# itself never imports, and the bare window would not pay (importlib.machinery is loaded by site already).
PROGRAM = """
import importlib.machinery, sys


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


class WrapExecOnImport:
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


def time_child(code: str, *args: str, env: dict | None = None) -> float:
    # `-P`: `python -c` would otherwise put the current folder first on sys.path, and run from the repository,
    # the package found there, ahead of the installed one and of a --before copy on PYTHONPATH.
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-P", "-c", code, *args], stdout=subprocess.PIPE, text=True,
                             env=env or CHILD_ENV)
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
    parser.add_argument("--before", type=Path, metavar="FOLDER",
                        help="a folder holding another copy of the equity_desktop package, timed alongside")
    options = parser.parse_args()
    if not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        CHILD_ENV["QT_QPA_PLATFORM"] = "offscreen"
    import equity_desktop
    from equity_desktop.core.demo.review import write_demo

    compileall.compile_dir(Path(equity_desktop.__file__).parent, quiet=1)
    if options.before:
        compileall.compile_dir(options.before / "equity_desktop", quiet=1)

    with tempfile.TemporaryDirectory() as folder:
        demo = str(write_demo(Path(folder) / "demo.eqreview"))
        CHILD_ENV["XDG_CONFIG_HOME"] = folder  # the program's settings go here, not to the user's
        programs = {"this tree": CHILD_ENV}
        if options.before:  # found first on PYTHONPATH, ahead of the editable install
            programs[f"before ({options.before})"] = {**CHILD_ENV, "PYTHONPATH": str(options.before.resolve())}
        time_child(BARE)  # warm the disk cache
        for env in programs.values():
            time_child(PROGRAM, demo, env=env)
        bare, program = [], {name: [] for name in programs}
        for _ in range(options.runs):
            bare.append(time_child(BARE))
            for name, env in programs.items():
                program[name].append(time_child(PROGRAM, demo, env=env))
    b = statistics.median(bare)
    platform_name = CHILD_ENV.get("QT_QPA_PLATFORM", "xcb")
    machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    code = "| code " if options.before else ""
    print(f"{code}| runs | bare QMainWindow ms (median) | Equity Desktop on the demo ms (median) | ratio "
          "| Qt platform | machine |")
    print("|---" * (7 if options.before else 6) + "|")
    for name, times in program.items():
        p = statistics.median(times)
        code = f"| {name} " if options.before else ""
        print(f"{code}| {options.runs} | {b:.0f} | {p:.0f} | {p / b:.2f}× | {platform_name} | {machine} |")

if __name__ == "__main__":
    main()
