"""A merge of another copy, and a collection of ballots, killed (SIGKILL) at random moments while they are
written: the review always opens, and holds either everything the step brought or exactly what it held
before — never part of it. Each step is one transaction; this is the test that it stays so."""

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
TRIALS = 8

# The writer: everything is read and decided first ("ready"), then the one write that may be killed.
WRITER = """
import sys
import time
from equity_desktop.core.review import ballots, merge
from equity_desktop.core.review.store import ReviewStore

kind, review, others = sys.argv[1], sys.argv[2], sys.argv[3:]
with ReviewStore.open(review) as store:
    if kind == "merge":
        step = merge.resolve(merge.plan_merge(store, others[0]), {})
        print("ready", flush=True)
        started = time.perf_counter()
        merge.apply(store, step, source="merge other")
    else:
        values = ballots.collect_ballots(store, others).values
        print("ready", flush=True)
        started = time.perf_counter()
        store.apply_values(values)
    print(time.perf_counter() - started, flush=True)
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


def _run(args: list[str], env: dict, delay: float | None) -> float | None:
    """Run the writer; kill it `delay` seconds after it is ready (None: let it finish). The seconds its write
    took if it finished, else None."""
    with subprocess.Popen([sys.executable, "-c", WRITER, *args], stdout=subprocess.PIPE, text=True,
                          env=env) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        if delay is not None:
            time.sleep(delay)
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
        took = child.stdout.readline().strip()
        child.wait(60)
    assert delay is not None or child.returncode == 0
    return float(took) if child.returncode == 0 else None


@pytest.fixture(scope="module")
def sources(demo_file, framework, tmp_path_factory):
    folder = tmp_path_factory.mktemp("killed")
    other = folder / "other.eqreview"
    shutil.copyfile(demo_file, other)
    _rate_everything(other, framework, 1, "Ben")
    with ReviewStore.open(demo_file, read_only=True) as review:
        names = [f"Member {n}" for n in range(8)]
        (folder / "ballots").mkdir()
        paper = ballots.prepare_ballots(review, folder / "ballots", names)
    for number, ballot in enumerate(paper):
        _rate_everything(ballot, framework, number, names[number])
    return other, paper


@pytest.mark.parametrize("kind", ["merge", "collect"])
def test_a_killed_merge_or_collection_leaves_the_review_whole(kind, sources, demo_file, tmp_path):
    other, paper = sources
    others = [str(other)] if kind == "merge" else [str(p) for p in paper]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    before = _snapshot(demo_file)

    finished = tmp_path / "finished.eqreview"
    shutil.copyfile(demo_file, finished)
    took = _run([kind, str(finished), *others], env, None)
    assert took is not None
    after = _snapshot(finished)
    assert after != before

    rng = random.Random(f"{SEED}-{kind}")
    seen = {"before": 0, "after": 0}
    for trial in range(TRIALS):
        review = tmp_path / f"trial {trial}.eqreview"
        shutil.copyfile(demo_file, review)
        # Delays spread over the write (it starts right after "ready") and a little past it.
        finished_in_time = _run([kind, str(review), *others], env, rng.uniform(0, took * 1.2) if trial else 0.0)
        state = _snapshot(review)  # opens, with the integrity check and any recovery a real open does
        assert state in (before, after), f"trial {trial}: the review holds part of the {kind}"
        seen["after" if state == after else "before"] += 1
        assert finished_in_time is None or state == after
    assert seen["before"] >= 2  # kills during the write, not only before it began (trial 0)
