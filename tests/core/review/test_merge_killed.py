"""A merge of another copy, and a collection of ballots, killed (SIGKILL) while they are written: the review
always opens, and holds either everything the step brought or exactly what it held before — never part of it.
Each step is one transaction; this is the test that it stays so.

Two kinds of kill: at a chosen SQL statement of the write (the writer stops there and waits to be killed, so the
kill lands mid-transaction however busy the machine is: the review must be as before), and at a random moment
across the write (either outcome, never a mixture).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from equity_desktop.core.review import ballots
from equity_desktop.core.review.scales import BenchmarkStatus, Rating
from equity_desktop.core.review.store import ReviewStore

SEED = 20261130
AT_STATEMENT, AT_RANDOM = 5, 5  # trials of each kind, per step

# The writer: everything is read and decided first ("ready"), then the one write that is killed. With a
# statement number, it stops as that statement of the write begins ("stopped") and waits to be killed.
WRITER = """
import sys
import time
from equity_desktop.core.review import ballots, merge
from equity_desktop.core.review.store import ReviewStore

kind, stop_at, review, others = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
statements = 0

def traced(sql):
    global statements
    statements += 1
    if statements == stop_at:
        print("stopped", flush=True)
        time.sleep(600)

with ReviewStore.open(review) as store:
    if kind == "merge":
        step = merge.resolve(merge.plan_merge(store, others[0]), {})
    else:
        values = ballots.collect_ballots(store, others).values
    print("ready", flush=True)
    store._conn.set_trace_callback(traced)
    started = time.perf_counter()
    if kind == "merge":
        merge.apply(store, step, source="merge other")
    else:
        store.apply_values(values)
    store._conn.set_trace_callback(None)
    print(time.perf_counter() - started, statements, flush=True)
"""


def _rate_everything(path: Path, framework, offset: int, author: str) -> None:
    """Every rating and note of the review changed (a big write: the kill has something to interrupt)."""
    levels, statuses = list(Rating), list(BenchmarkStatus)
    with ReviewStore.open(path, framework=framework, author=author) as store:
        for number, item_id in enumerate(ballots.items_in_scope(framework, "all")):
            scale = statuses if ".bench." in item_id else levels
            store.set_assessment(item_id, scale[(number + offset) % len(scale)], f"{author}'s note {number}")


def _snapshot(path: Path) -> tuple:
    """The review's values and its log, without the log's entry ids (each writer draws new ones)."""
    with ReviewStore.open(path, read_only=True) as store:
        return store.state(), sorted((c.key, c.value, c.changed_by, c.source) for c in store.change_log())


class Writer:
    def __init__(self, kind: str, review: Path, others: list[str]):
        self.command = [sys.executable, "-c", WRITER, kind]
        self.review, self.others = review, others
        self.env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}

    def run(self, stop_at: int = 0, delay: float | None = None) -> tuple[float, int] | None:
        """Run the writer to the end (seconds and statements of its write), or kill it at statement `stop_at`
        or `delay` seconds after it is ready (then None, unless it finished first)."""
        with subprocess.Popen([*self.command, str(stop_at), str(self.review), *self.others],
                              stdout=subprocess.PIPE, text=True, env=self.env) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            if stop_at:
                assert child.stdout.readline().strip() == "stopped"
                os.kill(child.pid, signal.SIGKILL)
            elif delay is not None:
                time.sleep(delay)
                if child.poll() is None:
                    os.kill(child.pid, signal.SIGKILL)
            last = child.stdout.readline().split()
            child.wait(60)
        if child.returncode != 0:
            return None
        return float(last[0]), int(last[1])


@pytest.fixture(scope="module")
def sources(demo_file, framework, tmp_path_factory):
    folder = tmp_path_factory.mktemp("killed")
    other = folder / "other.eqreview"
    shutil.copyfile(demo_file, other)
    _rate_everything(other, framework, 1, "Ben")
    names = [f"Member {n}" for n in range(8)]
    (folder / "ballots").mkdir()
    with ReviewStore.open(demo_file, read_only=True) as review:
        paper = ballots.prepare_ballots(review, folder / "ballots", names)
    for number, ballot in enumerate(paper):
        _rate_everything(ballot, framework, number, names[number])
    return other, paper


@pytest.mark.parametrize("kind", ["merge", "collect"])
def test_a_killed_merge_or_collection_leaves_the_review_whole(kind, sources, demo_file, tmp_path):
    other, paper = sources
    others = [str(other)] if kind == "merge" else [str(p) for p in paper]
    before = _snapshot(demo_file)
    finished = tmp_path / "finished.eqreview"
    shutil.copyfile(demo_file, finished)
    done = Writer(kind, finished, others).run()
    assert done is not None
    took, statements = done
    after = _snapshot(finished)
    assert after != before and statements > 3  # a real write of several statements, the commit last

    rng = random.Random(f"{SEED}-{kind}")
    # The first statement, the last (the commit itself) and random ones between.
    stops = [1, statements, *rng.sample(range(2, statements), min(AT_STATEMENT - 2, statements - 2))]
    for trial, stop_at in enumerate(stops):
        review = tmp_path / f"stopped {trial}.eqreview"
        shutil.copyfile(demo_file, review)
        assert Writer(kind, review, others).run(stop_at=stop_at) is None
        assert _snapshot(review) == before, f"killed at statement {stop_at} of {statements}: not as before"
    for trial in range(AT_RANDOM):
        review = tmp_path / f"random {trial}.eqreview"
        shutil.copyfile(demo_file, review)
        finished_in_time = Writer(kind, review, others).run(delay=rng.uniform(0, took * 1.2))
        state = _snapshot(review)  # opens, with the integrity check and any recovery a real open does
        assert state in (before, after), f"killed at random ({trial}): the review holds part of the {kind}"
        assert finished_in_time is None or state == after
