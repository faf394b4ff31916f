"""Screening a 350,000-row student-level district file, against the raw parse and openpyxl.

Run: .venv/bin/python bench/bench_import.py
Measures, in one run and on the same file (bench/district_students.py writes it):
  - `equity-desktop screen FILE.xlsx -o OUT.csv` end to end, as a separate process (peak memory too);
  - the raw python-calamine parse of the same workbook;
  - pandas.read_excel(engine="openpyxl") of it;
  - `equity-desktop screen FILE.csv` of the same rows as CSV.
Targets (issue 4): screen within 1.3x the raw parse, at least 6x faster than openpyxl, peak memory under
500 MB, the CSV screened in under 1 s. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

from district_students import ROWS, SCHOOLS, write  # bench/ is on sys.path when its scripts run

SCREEN = [sys.executable, "-m", "equity_desktop", "screen"]


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run_screen(path: Path, out: Path) -> tuple[float, float]:
    """(seconds, peak resident MB) of a screen run in its own process."""
    start = time.perf_counter()
    subprocess.run([*SCREEN, str(path), "-o", str(out)], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def calamine_parse(path: Path) -> None:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    book.get_sheet_by_index(0).to_python()
    book.close()


def openpyxl_read(path: Path) -> None:
    import pandas

    pandas.read_excel(path, engine="openpyxl")


def main() -> None:
    xlsx, text = write(Path(".bench-data"))
    out = Path(".bench-data") / "screen.csv"
    run_screen(text, out)  # warm the file cache and the interpreter's bytecode
    screen_xlsx, peak = run_screen(xlsx, out)
    raw = min(timed(lambda: calamine_parse(xlsx)) for _ in range(2))
    slow = timed(lambda: openpyxl_read(xlsx))
    screen_csv = min(run_screen(text, out)[0] for _ in range(3))
    machine = f"{platform.system()} {platform.machine()}, {platform.processor() or 'cpu'}, Python " \
              f"{platform.python_version()}"
    print(f"{ROWS:,} student rows, {SCHOOLS} schools ({xlsx.stat().st_size / 1e6:.1f} MB xlsx); {machine}\n")
    print("| measure | seconds | target |")
    print("|---|---|---|")
    print(f"| `screen` of the .xlsx, end to end (own process) | {screen_xlsx:.2f} | ≤ {1.3 * raw:.2f} (1.3 × raw) |")
    print(f"| raw python-calamine parse | {raw:.2f} | |")
    print(f"| `pandas.read_excel(engine=\"openpyxl\")` | {slow:.2f} | ≥ 6 × screen: {slow / screen_xlsx:.1f} × |")
    print(f"| `screen` of the same rows as .csv (own process) | {screen_csv:.2f} | < 1 |")
    print(f"| peak memory of `screen` (.xlsx) | {peak:.0f} MB | < 500 MB |")


if __name__ == "__main__":
    main()
