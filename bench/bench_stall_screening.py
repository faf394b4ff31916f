"""How long the district screening window stops answering at state scale, and how long MGI takes there.

Run: .venv/bin/python bench/bench_stall_screening.py [SCHOOLS]   (default 100,000 schools in 1,000 districts)
Writes screening_<SCHOOLS>.csv (deterministic, one row per school: district, school, total, seven race counts,
gender, English learners, disabilities, economic status, a few suppressed cells) into .bench-data/ once, then:

1. the core alone: `read_enrollment` of the file, then `measure_table` on it (each school against the sum of its
   district's schools), the list as columns (`ScreeningList.of`, what the worker sends the window) and the rows
   an export writes (`screen_rows`), each timed once;
2. the window: a 10 ms watchdog QTimer on the GUI thread while the screening window opens the file offscreen
   (read and measured in its worker), while each column heading is clicked (sorted), while a 5-letter Find
   query is typed letter by letter and cleared, while the threshold is changed, "only outside the band" ticked,
   the reference changed (read and measured again) and the list exported. The longest gap between two firings
   is the longest the window stalled; "seconds" is how long the step took. Target (issue 16): never more than
   100 ms.
Prints Markdown tables for docs/benchmarks.md.
"""

from __future__ import annotations

import csv
import os
import platform
import random
import sys
import time
from pathlib import Path

from bench_import_stall import watch  # bench/ is on sys.path when its scripts run

HEADER = ["District Code", "District Name", "School Code", "School Name", "Total Enrollment", "Hispanic",
          "American Indian", "Asian", "Black", "Pacific Islander", "White", "Two or More Races", "Female", "Male",
          "English Learners", "Students with Disabilities", "Economically Disadvantaged"]
# Race mixes scaled at random: schools far from their district and schools close to it.
MIXES = [(30, 0.5, 4, 15, 0.5, 45, 5), (20, 0.5, 2, 70, 0.2, 5, 2), (90, 0.5, 1, 4, 0.1, 3, 1),
         (25, 2, 10, 10, 1, 46, 6)]
FIND = "ridge"  # in the name of a tenth of the schools


def rows(schools: int, districts: int, seed: int = 16):
    rng = random.Random(seed)
    places = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Birch", "Willow", "Aspen", "Spruce", "Alder"]
    for number in range(schools):
        district = number * districts // schools
        mix = [w * rng.uniform(0.4, 1.6) for w in rng.choice(MIXES)]
        total = rng.randint(80, 2400)
        races = [round(total * w / sum(mix)) for w in mix]
        races[0] += total - sum(races)  # the groups add up to the total
        cells = [str(n) if n >= 10 or rng.random() > 0.2 else "*" for n in races]
        girls = round(total * rng.uniform(0.45, 0.53))
        ridge = "Ridge " if number % 10 == 3 else ""
        yield [f"{district:05d}", f"District {district}", f"{district:05d}{number:06d}",
               f"{ridge}{rng.choice(places)} School {number}", str(total), *cells, str(girls), str(total - girls),
               str(round(total * rng.uniform(0.02, 0.4))), str(round(total * rng.uniform(0.08, 0.2))),
               str(round(total * rng.uniform(0.1, 0.9)))]


def write(folder: Path, schools: int) -> Path:
    path = folder / f"screening_{schools}.csv"
    if not path.exists():
        folder.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        with open(partial, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(HEADER)
            writer.writerows(rows(schools, max(1, schools // 100)))
        partial.replace(path)
    return path


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"


def time_core(path: Path) -> list[tuple[str, float]]:
    from equity_desktop.core.enrollment.analysis import measure_table
    from equity_desktop.core.enrollment.reading import read_enrollment
    from equity_desktop.core.enrollment.screen_export import screen_rows
    from equity_desktop.core.enrollment.screening import ScreeningList

    timings = []
    start = time.perf_counter()
    table = read_enrollment(path)
    timings.append(("read_enrollment (for reference; not this issue)", time.perf_counter() - start))
    start = time.perf_counter()
    results = measure_table(table)
    timings.append(("measure_table: every school against its district", time.perf_counter() - start))
    start = time.perf_counter()
    ScreeningList.of(results)
    timings.append(("ScreeningList.of: the list as columns (in the worker)", time.perf_counter() - start))
    start = time.perf_counter()
    screen_rows(results)
    timings.append(("screen_rows: the list's rows, in screening order (export)", time.perf_counter() - start))
    return timings


def time_window(path: Path) -> list[tuple[str, float, float]]:
    """(what was done, longest GUI stall ms, seconds it took) for each step a person takes."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from equity_desktop.gui.screening_window import ScreeningWindow

    app = QApplication.instance() or QApplication([])
    screen = ScreeningWindow(None, None, path.parent)
    screen.resize(1280, 800)
    screen.show()
    found = []

    def step(label: str, action, busy=lambda: False) -> None:
        """Watch the GUI thread while `action()` runs and while `busy()` stays true."""
        started = [False]

        def running() -> bool:
            if not started[0]:
                started[0] = True
                action()
            return busy()

        worst, seconds, _ = watch(app, running)
        found.append((label, worst, seconds))

    def measuring() -> bool:
        return screen.task is not None

    step(f"open {path.name}: read and measured", lambda: screen.read(path), measuring)
    assert screen.model.rowCount() > 0, screen.summary.text()
    header = screen.table.horizontalHeader()
    for column in range(screen.model.columnCount()):
        heading = screen.model.headerData(column, Qt.Orientation.Horizontal).replace("\n", " ")
        screen.table.scrollTo(screen.model.index(0, column))
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        step(f"sort by “{heading}” (click its heading)",
             lambda x=x: QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5)))
    screen.find_edit.setFocus()

    def filtering() -> bool:  # the window filters once typing pauses
        return screen.find_timer.isActive()

    for letter in FIND:
        step(f"type “{letter}” in Find", lambda letter=letter: QTest.keyClick(screen.find_edit, letter), filtering)
    shown = screen.model.rowCount()
    step("clear Find (Ctrl+A, Backspace)", lambda: (QTest.keyClick(screen.find_edit, Qt.Key.Key_A,
                                                                   Qt.KeyboardModifier.ControlModifier),
                                                     QTest.keyClick(screen.find_edit, Qt.Key.Key_Backspace)),
         filtering)
    assert 0 < shown < screen.model.rowCount(), (shown, screen.model.rowCount())
    step("threshold 10 → 15 (applied to the list)", lambda: screen.rule_controls.threshold_spin.setValue(15),
         measuring)
    step("only schools outside the band (tick)", lambda: screen.only_outside.click())
    step("compare with the whole file (measured again)",
         lambda: screen.reference_combo.setCurrentIndex(screen.reference_combo.findData("file")), measuring)
    export = path.parent / f"{path.stem}-export.csv"
    step("export the list shown to CSV (written in the worker)", lambda: screen.export(export), measuring)
    screen.close()
    return found


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    schools = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    path = write(Path(__file__).resolve().parent.parent / ".bench-data", schools)
    core = time_core(path)
    window = time_window(path)
    print(f"| {schools:,} schools: core step | seconds | machine |")
    print("|---|---|---|")
    for label, seconds in core:
        print(f"| {label} | {seconds:.2f} | {machine()} |")
    print()
    print(f"| {schools:,} schools: window step | longest GUI stall ms | seconds | machine |")
    print("|---|---|---|---|")
    for label, worst, seconds in window:
        print(f"| {label} | {worst:.0f} | {seconds:.2f} | {machine()} |")


if __name__ == "__main__":
    sys.exit(main())
