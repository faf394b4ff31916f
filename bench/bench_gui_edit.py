"""One rating made in the window, from the key press to "saved" and every view redrawn (target: p95 < 10 ms).

Run: .venv/bin/python bench/bench_gui_edit.py [--edits N]
Opens a copy of the demo in the main window (offscreen), shows a stage map and
its overview, and times a key press on a rating card: the store's committed
transaction, the undo stack, and the placement strip, card, counter and
overview updates, with pending events processed. Prints a Markdown row.
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from main_window import window_on  # noqa: E402 - bench/ is on sys.path when its scripts run
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from report import print_timings  # noqa: E402

from equity_desktop.core.demo.review import write_demo  # noqa: E402


def measure(edits: int) -> list[float]:
    with window_on(lambda folder: write_demo(folder / "bench.eqreview")) as (app, window):
        window.workspace.show_page("s3.overview")  # built, so it re-renders on every edit
        page = window.workspace.show_page("s3.map")
        cards = list(page.cards.values())
        keys = [Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
        times = []
        for n in range(edits):
            card = cards[n % len(cards)]
            start = time.perf_counter()
            QTest.keyClick(card, keys[n % 3])
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=300)
    print_timings("edits", measure(parser.parse_args().edits))


if __name__ == "__main__":
    main()
