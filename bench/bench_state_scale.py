"""Screening state- and nation-sized files, each next to DuckDB reading the same file and doing the same group-by.

Run: make bench-state   (installs DuckDB into .bench-data/site for this benchmark only, then runs this)
  or .venv/bin/python bench/bench_state_scale.py [--runs N]
The files come from bench/state_files.py (written once into .bench-data/). Every measure is a process of
its own, so that peak memory is that process's: `equity-desktop screen FILE -o OUT` end to end (interpreter
start, reading, MGI for every school, writing the list), and DuckDB reading the CSV as text and summing the
counts per school and group (the long files) or per district (the wide file). The median of --runs runs.
Targets (issue 16): `screen` within 2x DuckDB; the 5M-row file under 1.5 GB peak; under 300 bytes of peak
memory per input row, growing linearly (2M against 5M rows). Prints a Markdown table for docs/benchmarks.md.
The floor next to each file is a process that only starts the interpreter and imports what `screen` imports
for that file (pandas only for the long files, which it reads by pandas' C parser): no program that reads the
file with these libraries can be faster.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
from pathlib import Path

from state_files import CCD_2M, CCD_5M, WIDE, write  # bench/ is on sys.path when its scripts run

DATA = Path(__file__).resolve().parent.parent / ".bench-data"
SITE = DATA / "site"  # DuckDB, installed for the benchmark only (make bench-state)
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - start
if done.returncode:
    sys.exit(done.stderr[-2000:])
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""
DUCKDB = """
import sys
sys.path.insert(0, sys.argv[1])
import duckdb
query = {
    "long": "SELECT NCESSCH, RACE_ETHNICITY, SEX, SUM(TRY_CAST(STUDENT_COUNT AS DOUBLE)) "
            "FROM read_csv(?, all_varchar=true) WHERE TOTAL_INDICATOR LIKE 'Category Set A%' "
            "OR TOTAL_INDICATOR = 'Education Unit Total' GROUP BY ALL",
    "wide": "SELECT \\"District Code\\", SUM(TRY_CAST(\\"Total Enrollment\\" AS DOUBLE)), "
            + ", ".join(f'SUM(TRY_CAST("{c}" AS DOUBLE))' for c in sys.argv[4].split("|"))
            + " FROM read_csv(?, all_varchar=true) GROUP BY ALL",
}[sys.argv[3]]
print(len(duckdb.connect().execute(query, [sys.argv[2]]).fetchall()))
"""


def measured(command: list[str], runs: int) -> tuple[float, float]:
    """(median seconds, median peak MB) of `command`, each run in a fresh process."""
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout))
    return (statistics.median(r["seconds"] for r in results), statistics.median(r["peak_mb"] for r in results))


def screen(path: Path, runs: int) -> tuple[float, float]:
    return measured([sys.executable, "-m", "equity_desktop", "screen", str(path), "-o", str(DATA / "screen_out.csv")],
                    runs)


# What `screen` imports before it reads a file: the command line, the reader, the measuring and the writer; a long
# file past 32 MB is read by pandas (text_columns.py).
FLOOR = ("import equity_desktop.cli.main, equity_desktop.cli.enrollment, equity_desktop.core.enrollment.reading, "
         "equity_desktop.core.enrollment.mgi_columns, equity_desktop.core.enrollment.screen_export")


def floor(kind: str, runs: int) -> tuple[float, float]:
    return measured([sys.executable, "-c", FLOOR + ("; import pandas" if kind == "long" else "")], runs)


def duckdb(path: Path, kind: str, runs: int) -> tuple[float, float]:
    from state_files import WIDE_HEADER

    return measured([sys.executable, "-c", DUCKDB, str(SITE), str(path), kind, "|".join(WIDE_HEADER[6:])], runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    if not (SITE / "duckdb").exists():
        sys.exit(f"DuckDB is not in {SITE}; run `make bench-state`, which installs it there for this benchmark.")
    files = write(DATA)
    rows = {name: sum(1 for _ in open(path, "rb")) - 1 for name, path in files.items()}
    print(f"Machine: {platform.system()} {platform.machine()}, Python {platform.python_version()}, "
          f"{len(__import__('os').sched_getaffinity(0))} cores; median of {runs} runs, each a fresh process.\n")
    print("| file | rows | `screen` s | DuckDB s | ratio (target ≤ 2×) | `screen` peak MB | bytes per row "
          "(target < 300) | DuckDB peak MB | floor s (interpreter + imports) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, kind in ((CCD_5M, "long"), (CCD_2M, "long"), (WIDE, "wide")):
        ours, peak = screen(files[name], runs)
        theirs, their_peak = duckdb(files[name], kind, runs)
        least, _ = floor(kind, runs)
        print(f"| {name} | {rows[name]:,} | {ours:.2f} | {theirs:.2f} | {ours / theirs:.2f}× | {peak:.0f} | "
              f"{peak * 1024 * 1024 / rows[name]:.0f} | {their_peak:.0f} | {least:.2f} |")


if __name__ == "__main__":
    main()
