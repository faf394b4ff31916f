"""How long the full PDF plan of the demo review takes to write (target: under 1 s), and its page count.

Run: .venv/bin/python bench/bench_plan_pdf.py [--runs N]
Each run is a fresh process (as `equity-desktop export demo.eqreview -o plan.pdf --full` is), so reportlab's
import, the font registration and the review's reading are all counted; the first run after a fresh
install also compiles reportlab's bytecode and is reported apart. Prints a Markdown table for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
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
from pypdf import PdfReader
print(json.dumps({"total": (done - start) * 1000, "import": (imported - start) * 1000,
                  "pages": len(PdfReader(out).pages), "bytes": out.stat().st_size}))
"""


def run(review: Path, out: Path, kind: str, paper: str) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, str(review), str(out), kind, paper],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    from equity_desktop.core.demo.review import write_demo

    with tempfile.TemporaryDirectory() as folder:
        review = write_demo(Path(folder) / "demo.eqreview")
        run(review, Path(folder) / "warm.pdf", "full", "letter")  # bytecode and the OS file cache
        for kind, paper in (("full", "letter"), ("full", "a4"), ("plan", "letter")):
            results = [run(review, Path(folder) / "plan.pdf", kind, paper) for _ in range(args.runs)]
            name = "with --full" if kind == "full" else "without --full"
            median_import = sorted(r["import"] for r in results)[len(results) // 2]
            print(f"\nPlan {name}, {paper}: {results[0]['pages']} pages, {results[0]['bytes'] / 1024:.0f} KB; "
                  f"import of reportlab and the modules: median {median_import:.0f} ms")
            print_timings(f"{name}, {paper}: runs", [r["total"] for r in results])


if __name__ == "__main__":
    main()
