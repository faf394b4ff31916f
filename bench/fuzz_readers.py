"""Fuzz the spreadsheet readers: N mutated files through `equity-desktop mgi FILE`, counted by outcome.

Run: .venv/bin/python bench/fuzz_readers.py [-n 2000] [--seed 1] [--workers 2]

Each input is a small valid file (tests/data, resources/sample, /work/shared/fixtures/real, the hostile
corpus of tests/core/enrollment/hostile_files.py) with a few random edits: bytes flipped, cut, repeated,
or tokens that parsers care about; for a zip, half the time inside one part, packed again with right CRCs.

Worker processes each run many inputs through the command line's own `main()` in-process and report
every outcome; a worker that dies mid-input (an abort, exit 134) is counted against that input and
replaced. The corpus's far-corner and bomb files, and every mutation of them, run instead as a
subprocess each (`python -m equity_desktop mgi FILE`), where an abort shows as the exit status.

Outcomes: result (exit 0), sentence (exit 2, the program's sentence on stderr), traceback (an exception reached the
top, or exit 1), abort (the process died), hang (no answer within --timeout seconds).
Prints the counts, the worst time and the worst peak memory (ru_maxrss of the child processes).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core" / "enrollment"))

import hostile_files  # noqa: E402 - found through the line above

OUTCOMES = ("result", "sentence", "traceback", "abort", "hang")
# Bases not mutated: they are large once unpacked (mutating inside them means inflating 200 MB) or sparse.
NOT_MUTATED = {"zip-bomb-zeros.xlsx", "zip-bomb-zeros.ods", "text-over-limit.csv", "workbook-over-limit.xlsx"}


def classify(code: int | None, stderr: str) -> str:
    if code is None:
        return "hang"
    if code == 0:
        return "result"
    # Exit 2 with the program's own words: one sentence, or for cell errors a sentence and the cells it lists.
    if code == 2 and "Traceback" not in stderr and any(line.startswith("equity-desktop: ")
                                                       for line in stderr.splitlines()):
        return "sentence"
    if code in (1, 2):
        return "traceback"
    return "abort"  # 134 (SIGABRT), -6, -9 (killed for memory)


def run_in_process(path: str) -> dict:
    """One input through the command line's main(), in this process."""
    from equity_desktop.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["mgi", path])
    except BaseException as error:  # noqa: BLE001 - the point is to count what escapes
        if isinstance(error, KeyboardInterrupt):
            raise
        code, err = 1, io.StringIO(f"Traceback: {type(error).__module__}.{type(error).__name__}: {error}"[:500])
    seconds = time.perf_counter() - started
    return {"path": path, "outcome": classify(code, err.getvalue()), "seconds": seconds,
            "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "detail": err.getvalue()[-300:]}


def worker() -> None:
    """Read paths from stdin, answer one JSON line each."""
    for line in sys.stdin:
        print(json.dumps(run_in_process(line.strip())), flush=True)


def run_subprocess(path: str, timeout: float) -> dict:
    """One input through `python -m equity_desktop mgi`, its own peak memory taken from wait4()."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen([sys.executable, "-m", "equity_desktop", "mgi", path], stdout=subprocess.DEVNULL,
                                   stderr=err, cwd=ROOT)
        code: int | None = None
        rss = 0
        while time.perf_counter() - started < timeout:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                code, rss = os.waitstatus_to_exitcode(status), usage.ru_maxrss
                process.returncode = code
                break
            time.sleep(0.02)
        else:
            process.kill()
            process.wait()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {"path": path, "outcome": classify(code, stderr), "seconds": time.perf_counter() - started,
            "rss_kb": rss, "detail": stderr[-300:]}


class Pool:
    """Worker subprocesses fed one path at a time, so that a death is pinned on the input it was reading."""

    def __init__(self, count: int, timeout: float):
        self.timeout = timeout
        self.workers = [self._start() for _ in range(count)]

    def _start(self) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, __file__, "--worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, cwd=ROOT, bufsize=1)

    def run(self, paths: list[str]) -> list[dict]:
        import selectors

        results, pending = [], list(reversed(paths))
        busy: dict[int, tuple[str, float]] = {}
        selector = selectors.DefaultSelector()
        for index, process in enumerate(self.workers):
            selector.register(process.stdout, selectors.EVENT_READ, index)

        def feed(index: int) -> None:
            if pending:
                path = pending.pop()
                busy[index] = (path, time.perf_counter())
                self.workers[index].stdin.write(path + "\n")
                self.workers[index].stdin.flush()

        def replace(index: int) -> None:
            selector.unregister(self.workers[index].stdout)
            self.workers[index].kill()
            self.workers[index].wait()
            self.workers[index] = self._start()
            selector.register(self.workers[index].stdout, selectors.EVENT_READ, index)

        for index in range(len(self.workers)):
            feed(index)
        while busy:
            for key, _ in selector.select(timeout=1.0):
                index = key.data
                line = self.workers[index].stdout.readline()
                path, started = busy.pop(index)
                if line:
                    results.append(json.loads(line))
                else:  # the worker died reading this input
                    code = self.workers[index].wait()
                    results.append({"path": path, "outcome": classify(code, ""), "seconds":
                                    time.perf_counter() - started, "rss_kb": 0, "detail": f"exit status {code}"})
                    replace(index)
                feed(index)
            for index, (path, started) in list(busy.items()):
                if time.perf_counter() - started > self.timeout:
                    busy.pop(index)
                    results.append({"path": path, "outcome": "hang", "seconds": self.timeout, "rss_kb": 0,
                                    "detail": ""})
                    replace(index)
                    feed(index)
        for process in self.workers:
            process.stdin.close()
            process.wait()
        return results


def inputs(count: int, seed: int, folder: Path) -> tuple[list[str], list[str]]:
    """(paths for the pool, paths for a subprocess each): `count` mutated files, plus the corpus bombs as they are."""
    rng = random.Random(seed)
    corpus = folder / "corpus"
    bases = {name: data for name, data in hostile_files.seeds().items()}
    for path in hostile_files.write_corpus(corpus, [n for n in hostile_files.CORPUS if n not in NOT_MUTATED]):
        bases[path.name] = path.read_bytes()
    names = sorted(bases)
    pooled, alone = [], [str(p) for p in hostile_files.write_corpus(corpus, hostile_files.ABORTS_AND_BOMBS)]
    suffixes = (".xlsx", ".xls", ".ods", ".csv")
    for number in range(count):
        name = rng.choice(names)
        suffix = Path(name).suffix if rng.random() < 0.9 else rng.choice(suffixes)
        path = folder / f"input-{number:05d}{suffix}"
        path.write_bytes(hostile_files.mutate(bases[name], rng, rng.randrange(1, 8)))
        (alone if name in hostile_files.ABORTS_AND_BOMBS else pooled).append(str(path))
    return pooled, alone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000, help="mutated inputs (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before an input counts as a hang")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuzz-readers-") as folder:
        pooled, alone = inputs(args.n, args.seed, Path(folder))
        results = Pool(args.workers, args.timeout).run(pooled)
        with ThreadPoolExecutor(args.workers) as threads:
            results += list(threads.map(lambda path: run_subprocess(path, args.timeout), alone))
    counts = {outcome: sum(r["outcome"] == outcome for r in results) for outcome in OUTCOMES}
    worst = max(results, key=lambda r: r["seconds"])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    biggest = max(results, key=lambda r: r["rss_kb"])  # a pool worker's figure is its peak so far
    print(f"inputs      {len(results)} ({len(pooled)} in {args.workers} worker processes, {len(alone)} as a "
          f"subprocess each; seed {args.seed})")
    for outcome in OUTCOMES:
        print(f"{outcome + 's':<11} {counts[outcome]}")
    print(f"worst time  {worst['seconds']:.2f} s ({Path(worst['path']).name})")
    print(f"worst peak  {peak / 1024:.0f} MB (ru_maxrss of the child processes; first reached at "
          f"{Path(biggest['path']).name})")
    print(f"wall time   {time.perf_counter() - started:.0f} s")
    for result in results:
        if result["outcome"] not in ("result", "sentence"):
            print(f"  {result['outcome']}: {Path(result['path']).name}: {result['detail'].strip()[-240:]}")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
