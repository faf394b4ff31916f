"""How long the full PDF plan takes to write, and its page count: the demo review, and a plan of N items.

Run: .venv/bin/python bench/bench_plan_pdf.py [--runs N] [--items 1000]
Targets: the demo review's full PDF under 1 s (issue 6); a 1,000-item plan's full PDF under 5 s (issue 16).
Each run is a fresh process (as `equity-desktop export demo.eqreview -o plan.pdf --full` is), so reportlab's
import, the font registration and the review's reading are all counted; a first run warms the bytecode and
the OS file cache and is not counted. With `--items`, only the demo review with a plan of that many items
(core.demo.large_plan: built through the store, 50 items an objective) is measured.
Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from report import print_timings  # bench/ is on sys.path when its scripts run

CHILD = """
import json, sys, time
start = time.perf_counter()
from equity_desktop.core.output.plan_pdf import write_plan_pdf
from equity_desktop.core.output.checklist_pdf import write_checklist_pdf
imported = time.perf_counter()
out = write_plan_pdf(sys.argv[1], sys.argv[2], full=sys.argv[3] == "full", paper=sys.argv[4])
done = time.perf_counter()
cpu = time.process_time()  # the process's own time: on a shared machine the wall time also counts the others'
from pypdf import PdfReader
print(json.dumps({"total": (done - start) * 1000, "import": (imported - start) * 1000,
                  "cpu": cpu * 1000, "pages": len(PdfReader(out).pages), "bytes": out.stat().st_size}))
"""


def run(review: Path, out: Path, kind: str, paper: str) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, str(review), str(out), kind, paper],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--items", type=int, default=0, help="measure a plan of this many action items instead")
    args = parser.parse_args()
    from equity_desktop.core.demo.large_plan import write_large_plan
    from equity_desktop.core.demo.review import write_demo

    with tempfile.TemporaryDirectory() as folder:
        if args.items:
            review = write_large_plan(Path(folder) / "large.eqreview", args.items)
            runs = (("full", "letter"),)
        else:
            review = write_demo(Path(folder) / "demo.eqreview")
            runs = (("full", "letter"), ("full", "a4"), ("plan", "letter"))
        run(review, Path(folder) / "warm.pdf", "full", "letter")  # bytecode and the OS file cache
        for kind, paper in runs:
            results = [run(review, Path(folder) / "plan.pdf", kind, paper) for _ in range(args.runs)]
            name = "with --full" if kind == "full" else "without --full"
            median_import, median_cpu = (statistics.median(r[key] for r in results) for key in ("import", "cpu"))
            size = f"{args.items} items" if args.items else "the demo review"
            print(f"\nPlan of {size} {name}, {paper}: {results[0]['pages']} pages, {results[0]['bytes'] / 1024:.0f} KB;"
                  f" import of reportlab and the modules: median {median_import:.0f} ms; CPU time of the whole "
                  f"process: median {median_cpu:.0f} ms")
            print_timings(f"{name}, {paper}: runs", [r["total"] for r in results])


if __name__ == "__main__":
    main()
