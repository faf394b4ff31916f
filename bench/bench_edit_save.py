"""How long one edit takes to be committed to the review file (target: 95th percentile under 10 ms).

Run: .venv/bin/python bench/bench_edit_save.py [--edits N]
Times `ReviewStore.set_assessment` on a copy of the demo review in a temporary
folder on the same disk as the working directory, alternating ratings so every
call really writes. Prints the figures as a Markdown table row for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from report import print_timings  # bench/ is on sys.path when its scripts run

from equity_desktop.core.demo.review import write_demo
from equity_desktop.core.framework.content import load_framework
from equity_desktop.core.review.scales import Rating
from equity_desktop.core.review.store import ReviewStore


def measure(edits: int) -> list[float]:
    framework = load_framework()
    ids = [c.id for c in framework.conditions]
    cycle = [Rating.EMERGING, Rating.PROGRESSING, Rating.IN_PLACE]
    with tempfile.TemporaryDirectory(prefix=".bench-", dir=Path.cwd()) as folder:
        path = write_demo(Path(folder) / "bench.eqreview", framework)
        with ReviewStore.open(path) as store:
            times = []
            for n in range(edits):
                start = time.perf_counter()
                store.set_assessment(ids[n % len(ids)], cycle[n % 3], f"note {n}")
                times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=500)
    print_timings("edits", measure(parser.parse_args().edits))


if __name__ == "__main__":
    main()
