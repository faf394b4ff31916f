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

# The real start-up path; only QApplication.exec is wrapped so the child can say when it is idle.
PROGRAM = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def exec_then_report(*args):
    app = QApplication.instance()
    def ready():
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
        assert window.session is not None, "the review did not open"
        print("ready", flush=True)
        app.quit()
    # run_gui opens the review from a zero-timer queued before exec; ours run after it.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, ready))
    return real_exec()
QApplication.exec = exec_then_report
from equity_desktop.cli import main
sys.exit(main([sys.argv[1]]))
"""


def time_child(code: str, *args: str) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "ready":
        raise SystemExit(f"the child did not become ready (exit {child.returncode})")
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    if not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from equity_desktop.core.demo import write_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = write_demo(Path(folder) / "demo.eqreview")
        os.environ["XDG_CONFIG_HOME"] = folder  # the program's settings go here, not to the user's
        time_child(BARE), time_child(PROGRAM, str(demo))  # warm the disk cache once
        bare, program = [], []
        for _ in range(runs):
            bare.append(time_child(BARE))
            program.append(time_child(PROGRAM, str(demo)))
    b, p = statistics.median(bare), statistics.median(program)
    platform_name = os.environ.get("QT_QPA_PLATFORM", "xcb")
    print("| runs | bare QMainWindow ms (median) | Equity Desktop on the demo ms (median) | ratio | Qt platform | machine |")
    print("|---|---|---|---|---|---|")
    print(f"| {runs} | {b:.0f} | {p:.0f} | {p / b:.2f}× | {platform_name} | "
          f"{platform.system()} {platform.machine()}, Python {platform.python_version()} |")


if __name__ == "__main__":
    main()
