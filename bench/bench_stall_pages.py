"""The longest the window stops answering on the heavy pages: the export preview, the maps, Data & MGI.

Run: .venv/bin/python bench/bench_stall_pages.py [--items 1000] [--runs 5] [--only preview|map|data]
Target (issue 16): nothing on the GUI thread takes more than 100 ms.

A watchdog QTimer fires every 10 ms on the GUI thread; the longest gap between two firings is the
longest stall (as in bench_import_stall.py). Each scenario runs in a fresh process, so a first visit
pays its imports as it does in the program:

- preview: the Export page of a plan of `--items` action items (about 430 pages at 1,000) previews it,
  then scrolls from the first page to the last half a window at a time, one step per 60 Hz frame,
  counting the frames that show every page on screen drawn; then jumps to the middle page and waits
  until it is drawn. The resident memory (RSS) is sampled on every tick: the growth over the window
  before Preview is reported.
- map: the first visit of each stage's map, chosen in the navigator, until it is painted.
- data: the first visit of Data & MGI (the demo's three school years), then its Trends tab.

The map and Data & MGI visits run `--runs` times, each in a fresh process: the median and the worst are
printed, since one run on a shared machine can be slowed by another program. Prints Markdown tables for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TICK_MS = 10
FRAME_S = 1 / 60
SETTLE_S = 0.5  # keep watching after the work: a chart or a page drawn later counts too


def rss_mb() -> float:
    """This process's resident memory (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class Watchdog:
    """Gaps between the firings of a 10 ms timer on the GUI thread, and the largest RSS seen.

    Each gap is kept as wall time and as the GUI thread's CPU time in it: on a busy machine other programs
    lengthen a gap, while its CPU time is what the window itself spent; a long gap with little CPU is
    the GUI thread waiting (for the GIL, a lock, or the processor).
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[tuple[float, float]] = []
        self.peak_rss = rss_mb()
        self.last = (time.perf_counter(), time.thread_time())
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = (time.perf_counter(), time.thread_time())
        self.gaps.append((now[0] - self.last[0], now[1] - self.last[1]))
        self.last = now
        self.peak_rss = max(self.peak_rss, rss_mb())

    def start(self) -> None:
        self.gaps.clear()
        self.last = (time.perf_counter(), time.thread_time())
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        """The longest gap in ms (the time since the last firing included), and the CPU time in it."""
        self._tick()
        self.timer.stop()
        wall, cpu = max(self.gaps)
        return wall * 1000, cpu * 1000


def pump(seconds: float, until=lambda: False) -> None:
    """Run the event loop for `seconds`, or until `until()` is true."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not until():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def stall(watchdog: Watchdog, action, until=lambda: True, timeout: float = 600.0) -> tuple[tuple[float, float], float]:
    """((longest stall ms, its CPU ms), seconds until `until()`) for `action()` run from the event loop, plus a
    settle."""
    from PySide6.QtCore import QTimer

    watchdog.start()
    start = time.perf_counter()
    QTimer.singleShot(0, action)
    pump(0.02)  # the action runs
    pump(timeout, until)
    seconds = time.perf_counter() - start
    pump(SETTLE_S)
    return watchdog.stop(), seconds


def open_window(folder: Path, review: Path):
    from PySide6.QtCore import QSettings

    from equity_desktop.gui.app import make_application
    from equity_desktop.gui.app_settings import AppSettings
    from equity_desktop.gui.main_window import MainWindow

    make_application()
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, data_dir=folder)
    window.resize(1366, 768)
    window.show()
    assert window.open_review(review)
    pump(0.5)
    return window


# ---- scenarios (each in its own process) ------------------------------------------------------------
# Each returns {"rows": {what: [longest stall ms, its CPU ms, seconds]}, "notes": {...}}.

def preview(folder: Path, items: int) -> dict:
    from equity_desktop.core.demo.large_plan import write_large_plan

    window = open_window(folder, write_large_plan(folder / "large.eqreview", items))
    page = window.workspace.show_page("export")
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("letter"))  # whatever the machine's locale
    pump(0.3)
    watchdog = Watchdog()
    before = rss_mb()
    finished: list[str] = []
    page.finished.connect(finished.append)
    rows = {}
    (wall, cpu), seconds = stall(watchdog, page.preview, lambda: bool(finished))
    assert finished[0].startswith("Preview:"), finished[0]
    rows["Preview pressed until the pages are shown"] = [wall, cpu, seconds]
    bar = page.scroll.verticalScrollBar()
    step = max(1, page.scroll.viewport().height() // 2)
    drawn = getattr(page.scroll, "visible_pages_drawn", lambda: True)  # every page was drawn before issue 16
    frames: list[bool] = []

    def scroll_down() -> None:
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + step)
            pump(FRAME_S)
            frames.append(drawn())

    (wall, cpu), seconds = stall(watchdog, scroll_down, lambda: bar.value() >= bar.maximum())
    rows["scroll from the first page to the last"] = [wall, cpu, seconds]
    (wall, cpu), seconds = stall(watchdog, lambda: bar.setValue(bar.maximum() // 2), drawn)
    rows["jump to the middle until its page is drawn"] = [wall, cpu, seconds]
    cache = getattr(page.scroll, "cache", None)
    return {"rows": rows, "notes": {"pages": int(finished[0].split()[1]), "rss": watchdog.peak_rss - before,
                                    "held": len(cache) if cache is not None else "every page",
                                    "frames": 100 * sum(frames) / max(1, len(frames))}}


def maps(folder: Path) -> dict:
    from equity_desktop.core.demo.review import write_demo

    window = open_window(folder, write_demo(folder / "demo.eqreview"))
    watchdog = Watchdog()
    rows = {}
    for stage in window.session.framework.stages:
        key = f"{stage.id}.map"
        rows[f"first visit of {key}"] = [*stall(watchdog, lambda key=key: window.workspace.navigator.select(key))[0],
                                         None]
    return {"rows": rows, "notes": {}}


def drawn(chart) -> bool:
    """Whether `chart` shows its drawing; before issue 16 a chart was drawn before set_chart returned."""
    return chart.is_drawn() if hasattr(chart, "is_drawn") else chart.renderer.isValid()


def data(folder: Path) -> dict:
    from equity_desktop.core.demo.review import write_demo

    window = open_window(folder, write_demo(folder / "demo.eqreview"))
    watchdog = Watchdog()
    charts = lambda: "data" in window.workspace.pages and drawn(window.workspace.pages["data"].isolation_chart)  # noqa: E731
    (wall, cpu), seconds = stall(watchdog, lambda: window.workspace.navigator.select("data"), charts)
    rows = {"first visit, until the Isolation chart is drawn": [wall, cpu, seconds]}
    page = window.workspace.pages["data"]
    (wall, cpu), seconds = stall(watchdog, lambda: page.tabs.setCurrentIndex(1), lambda: drawn(page.trend_chart))
    rows["Trends tab, first time, until its chart is drawn"] = [wall, cpu, seconds]
    return {"rows": rows, "notes": {}}


# ---- running and printing -------------------------------------------------------------------------

def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.machine()) if Path("/proc/cpuinfo").exists() else ""
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return (f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores{load}, "
            f"Python {platform.python_version()}")


def child(scenario: str, items: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-stall-") as folder:
        run = {"preview": lambda: preview(Path(folder), items), "map": lambda: maps(Path(folder)),
               "data": lambda: data(Path(folder))}[scenario]
        print(json.dumps(run()))


def in_child(scenario: str, items: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", scenario, "--items", str(items)],
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"The {scenario} run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_runs(title: str, runs: list[dict]) -> None:
    """One row per measured step: the median and the worst of the runs' longest stalls."""
    print(f"| {title} | longest GUI stall ms, median (worst) | GUI-thread CPU ms in it, median | seconds |")
    print("|---|---|---|---|")
    for key in runs[0]["rows"]:
        walls, cpus, seconds = (sorted(run["rows"][key][n] or 0.0 for run in runs) for n in range(3))
        worst = f" ({walls[-1]:.0f})" if len(runs) > 1 else ""
        took = f"{seconds[len(runs) // 2]:.2f}" if seconds[-1] else ""
        print(f"| {key} | {walls[len(runs) // 2]:.0f}{worst} | {cpus[len(runs) // 2]:.0f} | {took} |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1000, help="action items of the previewed plan")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes for the map and Data & MGI visits")
    parser.add_argument("--only", choices=("preview", "map", "data"))
    parser.add_argument("--child", choices=("preview", "map", "data"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.items)
    print(f"Machine: {machine()}\n")
    if args.only in (None, "preview"):
        run = in_child("preview", args.items)
        notes = run["notes"]
        print_runs(f"export preview, {notes['pages']} pages", [run])
        print(f"RSS growth over the window before Preview, peak: {notes['rss']:.0f} MB; pages held as images "
              f"at the end: {notes['held']}; scrolling frames (half a window each, at 60 Hz) that showed every page "
              f"on screen drawn: {notes['frames']:.0f} %.\n")
    if args.only in (None, "map"):
        print_runs("map pages (demo review)", [in_child("map", 0) for _ in range(args.runs)])
    if args.only in (None, "data"):
        print_runs("Data & MGI (demo review)", [in_child("data", 0) for _ in range(args.runs)])


if __name__ == "__main__":
    sys.exit(main())
