"""Screening state- and nation-sized files, each next to DuckDB reading the same file and doing the same group-by.

Run: make bench-state   (installs DuckDB into .bench-data/site for this benchmark only, then runs this)
  or .venv/bin/python bench/bench_state_scale.py [--runs N]
The files come from bench/state_files.py (written once into .bench-data/). Every measure is a process of
its own, so that peak memory is that process's: `equity-desktop screen FILE -o OUT` end to end (interpreter
start, reading, MGI for every school, writing the list), and DuckDB reading the CSV as text and summing the
counts per school and group (the long files) or per district (the wide file). The median of --runs runs, the
measures of a file taken in turn (screen, DuckDB, floor, screen, DuckDB, …) so that other work on the machine
weighs on each alike.
Targets (issue 16): `screen` within 2x DuckDB; the 5M-row file under 1.5 GB peak; under 300 bytes of peak
memory per input row, growing linearly (2M against 5M rows); and, in the same run, `screen` of the 350,000-row
student workbook (bench/district_students.py) within 1.3x the raw python-calamine parse of it (the parse timed
inside its own process, as bench/bench_import.py times it). Prints Markdown tables for docs/benchmarks.md.
The floor next to each file is a process that only starts the interpreter and imports what `screen` imports
for that file (pyarrow only for the long files, which it reads by pyarrow's CSV reader): no program that reads
the file with these libraries can be faster. The last column is `screen` of the long files as the installers
ship it, without pyarrow (pandas' C parser reads them).
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


def once(command: list[str]) -> dict:
    """{"seconds", "peak_mb"} of one run of `command` in a fresh process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """(median seconds, median peak MB) of each command, run in turn (A, B, C, A, B, C, …), each run a fresh
    process: load from other work on the machine then falls on all of them alike."""
    results: dict[str, list[dict]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(once(command))
    return {name: (statistics.median(r["seconds"] for r in found), statistics.median(r["peak_mb"] for r in found))
            for name, found in results.items()}


def screen(path: Path) -> list[str]:
    return [sys.executable, "-m", "equity_desktop", "screen", str(path), "-o", str(DATA / "screen_out.csv")]


# `screen` as the installers ship it: without pyarrow, pandas' C parser reads a large text file (text_columns.py).
WITHOUT_PYARROW = ("import sys; sys.modules['pyarrow'] = None; from equity_desktop.cli.main import main; "
                   "sys.exit(main(sys.argv[1:]))")


def screen_without_pyarrow(path: Path) -> list[str]:
    return [sys.executable, "-c", WITHOUT_PYARROW, "screen", str(path), "-o", str(DATA / "screen_out.csv")]


# What `screen` imports before it reads a file: the command line, the reader, the measuring and the writer; a long
# file past 32 MB is read by pyarrow (text_columns.py).
FLOOR = ("import equity_desktop.cli.main, equity_desktop.cli.enrollment, equity_desktop.core.enrollment.reading, "
         "equity_desktop.core.enrollment.mgi_columns, equity_desktop.core.enrollment.screen_export")


def floor(kind: str) -> list[str]:
    return [sys.executable, "-c", FLOOR + ("; import pyarrow.csv" if kind == "long" else "")]


RAW_PARSE = """
import sys, time
import python_calamine
start = time.perf_counter()
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
book.get_sheet_by_index(0).to_python()
book.close()
print(time.perf_counter() - start)
"""


def raw_parse(path: Path) -> float:
    """The time python-calamine takes to parse the workbook's first sheet, in a fresh process."""
    return float(subprocess.run([sys.executable, "-c", RAW_PARSE, str(path)], capture_output=True, text=True,
                                check=True).stdout)


def duckdb(path: Path, kind: str) -> list[str]:
    from state_files import WIDE_HEADER

    return [sys.executable, "-c", DUCKDB, str(SITE), str(path), kind, "|".join(WIDE_HEADER[6:])]


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
          "(target < 300) | DuckDB peak MB | floor s (interpreter + imports) | without pyarrow s (ratio) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, kind in ((CCD_5M, "long"), (CCD_2M, "long"), (WIDE, "wide")):
        commands = {"ours": screen(files[name]), "theirs": duckdb(files[name], kind), "floor": floor(kind)}
        if kind == "long":
            commands["plain"] = screen_without_pyarrow(files[name])
        found = interleaved(commands, runs)
        (ours, peak), (theirs, their_peak), (least, _) = found["ours"], found["theirs"], found["floor"]
        plain = f"{found['plain'][0]:.2f} ({found['plain'][0] / theirs:.2f}×)" if "plain" in found else "(the same)"
        print(f"| {name} | {rows[name]:,} | {ours:.2f} | {theirs:.2f} | {ours / theirs:.2f}× | {peak:.0f} | "
              f"{peak * 1024 * 1024 / rows[name]:.0f} | {their_peak:.0f} | {least:.2f} | {plain} |")
    workbook = DATA / "district_students.xlsx"
    if not workbook.exists():
        subprocess.run([sys.executable, str(Path(__file__).parent / "district_students.py"), str(DATA)], check=True)
    ours_runs, raw_runs = [], []
    for _ in range(runs):
        ours_runs.append(once(screen(workbook)))
        raw_runs.append(raw_parse(workbook))
    ours = statistics.median(r["seconds"] for r in ours_runs)
    peak = statistics.median(r["peak_mb"] for r in ours_runs)
    raw = statistics.median(raw_runs)
    print("\n| file | `screen` s | raw calamine parse s | ratio (target ≤ 1.3×) | `screen` peak MB |")
    print("|---|---|---|---|---|")
    print(f"| {workbook.name} | {ours:.2f} | {raw:.2f} | {ours / raw:.2f}× | {peak:.0f} |")


if __name__ == "__main__":
    main()
