"""How long one edit on the Action plan page holds the GUI thread with 1,000 action items (target: under 50 ms).

Run: .venv/bin/python bench/bench_stall_plan.py [--items 1000] [--repeats 50] [--profile]
Opens the demo review with a plan of `--items` items (core.demo.large_plan) in the main window (offscreen,
1366×768) on the Action plan page, and times what a person does, each from the key press until the store has
committed, the undo stack, the table, the suggestions and the form are up to date (the timeline, on its
hidden tab, is only marked out of date) and pending events (the repaint) are processed:
  - a typed field committed: text typed into the title, lead or due field (not timed), then Tab (timed);
  - a status changed with the arrow key in the form's status box;
  - the same with the table sorted by status, so the item's row moves;
  - Ctrl+Z and Ctrl+Y pressed in the item table.
For comparison (no edit, no target): the page's first opening, a new sort order, and the component filter
set and cleared.
Each repetition chooses another item, spread over the whole table. `--profile` prints a cProfile of
the field commits instead. Prints a Markdown table per edit for docs/benchmarks.md, and how much of each
was the store's committed transaction (fsync included), which this page cannot make shorter.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from main_window import window_on  # noqa: E402 - bench/ is on sys.path when its scripts run
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from report import print_timings  # noqa: E402

from equity_desktop.core.demo.large_plan import write_large_plan  # noqa: E402

FIELDS = ("title", "lead", "due")
SORT_KEYS = ("status", "due", "lead", "component", "stage", "plan")
LEADS = ("Rosa Delgado", "Marcus Lee", "Ana Ruiz")  # QTest types ASCII only


class PlanEdits:
    """The window on the plan page and what a person does there, each timed into `times` under its label.

    `in_store` gets the part of each that the store's committed transaction took (write_plan, fsync included):
    on this machine an fsync takes from under 1 ms to 20 ms from one minute to the next, so the rest is
    what the window itself spends.
    """

    def __init__(self, app, window):
        self.app, self.window = app, window
        self.times: dict[str, list[float]] = {}
        self.in_store: dict[str, list[float]] = {}
        self._store_seconds = 0.0
        self._time_commits(window.session.store)
        self._timed("the page opened (once)", lambda: window.workspace.show_page("plan"))
        self.page = window.workspace.current_page()
        self.table, self.form = self.page.item_table, self.page.form

    def _time_commits(self, store) -> None:
        write_plan = store.write_plan

        def timed_write_plan(*args, **kwargs):
            start = time.perf_counter()
            try:
                return write_plan(*args, **kwargs)
            finally:
                self._store_seconds += time.perf_counter() - start

        store.write_plan = timed_write_plan

    def _timed(self, label: str, press) -> None:
        self._store_seconds = 0.0
        start = time.perf_counter()
        press()
        self.app.processEvents()
        self.times.setdefault(label, []).append((time.perf_counter() - start) * 1000)
        self.in_store.setdefault(label, []).append(self._store_seconds * 1000)

    def choose(self, row: int) -> None:
        index = self.table.model().index(row, 0)
        self.table.scrollTo(index)
        self.table.setFocus()
        QTest.mouseClick(self.table.viewport(), Qt.MouseButton.LeftButton, pos=self.table.visualRect(index).center())
        self.app.processEvents()

    def commit_field(self, n: int) -> None:
        name = FIELDS[n % len(FIELDS)]
        text = {"title": f"Edited item {n}", "lead": LEADS[n % len(LEADS)], "due": f"2031-06-{1 + n % 28:02d}"}[name]
        field = self.form.fields[name]
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field, text)
        self.app.processEvents()
        self._timed("field commit (type, Tab)", lambda: QTest.keyClick(field, Qt.Key.Key_Tab))

    def change_status(self, label: str = "status change") -> None:
        status = self.form.fields["status"]
        status.setFocus()
        self.app.processEvents()
        key = Qt.Key.Key_Down if status.currentIndex() < status.count() - 1 else Qt.Key.Key_Up
        self._timed(label, lambda: QTest.keyClick(status, key))

    def undo(self) -> None:
        self.table.setFocus()
        self.app.processEvents()  # leaving the form is the person's click on the table, not part of the undo
        self._timed("undo (Ctrl+Z)",
                    lambda: QTest.keyClick(self.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))

    def redo(self) -> None:
        # Ctrl+Y: Ctrl+Shift+Z is bound twice to the redo action on Linux, which Qt calls ambiguous and drops.
        self._timed("redo (Ctrl+Y)",
                    lambda: QTest.keyClick(self.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier))

    def sort_by(self, key: str) -> None:
        combo = self.page.sort_combo
        self._timed("sort order changed (not an edit)", lambda: combo.setCurrentIndex(combo.findData(key)))

    def filter_component(self, index: int) -> None:
        self._timed("component filter set or cleared (not an edit)",
                    lambda: self.page.component_filter.setCurrentIndex(index))


def measure(items: int, repeats: int, profiler: cProfile.Profile | None) -> PlanEdits:
    """The edits made `repeats` times each on a plan of `items` (with `profiler`: only the field commits)."""
    with window_on(lambda folder: write_large_plan(folder / "large.eqreview", items)) as (app, window):
        edits = PlanEdits(app, window)
        rows = edits.table.model().rowCount()
        assert rows == items, f"the table shows {rows} rows, not {items}"
        for n in range(repeats):
            edits.choose(n * rows // repeats)
            if profiler:
                profiler.runcall(edits.commit_field, n)
                continue
            edits.commit_field(n)
            edits.undo()
            edits.redo()
            edits.change_status()
        if not profiler:
            for n in range(repeats):
                edits.sort_by(SORT_KEYS[n % len(SORT_KEYS)])
                edits.filter_component((n + 1) % 2)
            edits.page.sort_combo.setCurrentIndex(edits.page.sort_combo.findData("status"))
            for n in range(repeats):
                edits.choose(n * rows // repeats)
                edits.change_status("status change, sorted by status (row moves)")
        window.close_review()
    return edits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the field commits")
    args = parser.parse_args()
    profiler = cProfile.Profile() if args.profile else None
    edits = measure(args.items, args.repeats, profiler)
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        return
    for label, times in edits.times.items():
        print_timings(f"{args.items} items: {label}", times)
        print()
    print("| of which the store's committed transaction | median ms | max ms | the rest (the window), median ms |")
    print("|---|---|---|---|")
    for label, times in edits.in_store.items():
        if not any(times):
            continue  # no edit, nothing saved
        rest = [total - store for total, store in zip(edits.times[label], times, strict=True)]
        print(f"| {label} | {statistics.median(times):.2f} | {max(times):.2f} | {statistics.median(rest):.2f} |")


if __name__ == "__main__":
    main()
