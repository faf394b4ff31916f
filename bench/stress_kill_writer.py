"""Kill the review's writer with SIGKILL at random moments: every review must open again and keep every
acknowledged edit; an export killed half-way must never leave a half-written file under its real name.

Run: .venv/bin/python bench/stress_kill_writer.py --trials 1000 --seed 1 [--jobs 2] [--dir FOLDER]
     .venv/bin/python bench/stress_kill_writer.py --seed 1 --trial 417   (one trial again, its folder kept)

Each trial works in its own folder, on a fresh copy of the demo review (or, in the migration trials, of an
older-format review, one of them left with the hot journal of a killed migration), and runs one of:

- edits: 1 to 3 writer processes, one after the other, each opening the review with `ReviewStore.open` and
  editing it until it is killed: ratings with evidence notes (a quarter of them 2 to 50 KB, so that one
  transaction spans many pages), action plan items written and deleted, profile changes, team members
  added. After each store method returns, the writer appends the edit (its number, what it set, a digest
  of the value) to an acknowledgement log and fsyncs it. The kill comes 5 to 400 ms after the writer has
  imported the program and is about to open the review (Python's own start-up, about 100 ms, is not
  counted), or 0 to 25 ms after it for some writers (during the open, its recovery or its migration).
- migration: the same, on a format 1 or 2 review, the first writer mostly killed during the migration.
- write_demo, plan PDF, save copy: a process writing the demo review, the PDF action plan
  (`write_plan_pdf`) or a copy of a review holding a megabyte of notes (`ReviewStore.save_copy`), all
  through `write_atomically`, killed at a random moment of its run (0 to 1.15 times how long the same
  write takes here), with or without an older file under the final name.

Then this process opens the review read-only and read-write (in a random order); each must succeed. Every
acknowledged edit must be in the file: the item's stored value is its last acknowledged one, or the value of
the edit that was in flight when its writer was killed (that edit may have committed); each acknowledged
rating is also in the item's history. Anything else counts as lost. An untouched value that changed counts
as "changed by no edit". For the exports: the file under the final name is absent, the older file, or
complete (it opens and holds the whole review / pypdf reads it); then the same write is retried here and
must succeed. Files left in the trial's folder after all that (temporary files, journals, lock notes) are
counted by kind. Exit code 1 if any review is unopenable, any edit lost or any value changed by no edit,
any export half-written or not retried, any writer failed by itself, or a hot journal stayed after an
open (an open that did not recover). A trial's plan (phase, writers, delays, edits) follows from --seed
and its number; the kill moment is wall-clock time, so `--trial N` repeats the plan, not the exact instant.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import itertools
import json
import os
import platform
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from multiprocessing import get_context
from pathlib import Path
from typing import Any, NamedTuple

from equity_desktop.core.framework.content import Framework, load_framework
from equity_desktop.core.review.document import SchoolProfile, TeamMember
from equity_desktop.core.review.plan_records import ActionItem, ActionStatus
from equity_desktop.core.review.scales import ProgramType, StakeholderGroup, scale_for
from equity_desktop.core.review.store import ReviewStore

SCRIPT = Path(__file__).resolve()
REPO = SCRIPT.parent.parent
PHASES = {"edits": 0.60, "migration": 0.15, "write_demo": 0.05, "plan PDF": 0.10, "save copy": 0.10}
ABSENT = "absent"
PRINTED_ON = date(2026, 11, 22)  # the PDF's date: every export of a review is the same
READY, OPENED, DONE = b"R", b"O", b"D"  # what a writer says on its stdout
MAX_JOBS = 2  # the machine has 2 cores and is shared
CHILD_TIMEOUT = 60.0

# The kinds of kill, in the order the summary lists them.
KILL_KINDS = {
    "open": "during the open (recovery, migration)",
    "edit-hot": "during an edit's commit (hot journal left)",
    "edit-unsynced": "early in an edit (journal not yet synced, file untouched)",
    "edit": "between edits, or in one before its journal (no journal)",
    "write_demo": "writing the demo review",
    "plan PDF": "writing the PDF plan",
    "save copy": "writing a copy of the review",
    "finished": "after the export had finished (too late)",
}


# ---- the edits a writer makes ----------------------------------------------------------------------

class Edit(NamedTuple):
    """One store call: `key` names what it sets (rating:ITEM, plan:ID, profile, team:NAME), `digest` the value."""

    seq: int
    kind: str
    key: str
    shown: str
    digest: str
    payload: tuple


def digest(*values: Any) -> str:
    plain = [v.value if isinstance(v, Enum) else v for v in values]
    return hashlib.blake2b(repr(plain).encode("utf-8"), digest_size=8).hexdigest()


def item_digest(item: ActionItem) -> str:
    return digest(*item._replace(uid=""))  # the uid is the store's to give: a writer's new item has none


def profile_digest(profile: SchoolProfile) -> str:
    return digest(*profile)


def _text(rng: random.Random, size: int) -> str:
    """`size` characters of text that does not compress, with spaces, line breaks and a few accented letters."""
    raw = base64.b64encode(rng.randbytes(size * 3 // 4 + 3)).decode("ascii")[:size]
    return raw.replace("+", " ").replace("/", "é").replace("Q", "\n")


def _note(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return _text(rng, rng.randint(2_000, 50_000))  # spans many pages, in the row and in the history
    return _text(rng, rng.randint(0, 300))


def rating_pool(framework: Framework) -> list[str]:
    """The items the writers rate: few enough that the same item is edited again and again."""
    conditions = framework.conditions
    return ([c.id for c in conditions[:: max(1, len(conditions) // 6)][:6]]
            + [b.id for b in framework.benchmarks[:3]] + [a.id for a in framework.key_actions[:3]])


PLAN_IDS = range(1, 9)  # the demo has items 1 to 6: 7 and 8 are new


def make_edit(framework: Framework, stream: str, seq: int) -> Edit:
    """Edit number `seq` of the writer `stream`: the same on every call, so the checker can tell the in-flight one."""
    rng = random.Random(f"{stream}/{seq}")
    draw = rng.random()
    if draw < 0.6:
        item_id = rng.choice(rating_pool(framework))
        value = rng.choice(list(scale_for(framework, item_id)))
        note = _note(rng)
        return Edit(seq, "rating", f"rating:{item_id}", value.value, digest(value, note), (item_id, value, note))
    if draw < 0.8:
        ident = rng.choice(PLAN_IDS)
        if rng.random() < 0.1:
            return Edit(seq, "plan", f"plan:{ident}", "deleted", ABSENT, (ident, None))
        item = ActionItem(
            ident, f"Stress item {ident}: {_text(rng, rng.randint(5, 80))}", objective_id=rng.choice([None, 1, 2, 3]),
            component_id=rng.choice(["", *(c.id for c in framework.components)]),
            stage_number=rng.choice([None, *range(1, len(framework.stages) + 1)]),
            lead=_text(rng, rng.randint(0, 40)), status=rng.choice(list(ActionStatus)),
            progress_notes=_note(rng), position=ident)
        return Edit(seq, "plan", f"plan:{ident}", item.status.value, item_digest(item), (ident, item))
    if draw < 0.9:
        from equity_desktop.core.demo.review import PROFILE

        profile = PROFILE._replace(school_year=rng.choice(["2026-27", "2027-28", "2028-29"]),
                                   magnet_theme=_text(rng, rng.choice([20, 200, 6_000])),
                                   program_type=rng.choice([None, *ProgramType]))
        shown = profile.program_type.value if profile.program_type else "none"
        return Edit(seq, "profile", "profile", shown, profile_digest(profile), (profile,))
    name = f"Stress-{stream}-{seq}"
    member = TeamMember(name, _text(rng, rng.randint(0, 60)), rng.choice(list(StakeholderGroup)))
    return Edit(seq, "team", f"team:{name}", "added", "present", (member,))


def apply_edit(store: ReviewStore, edit: Edit) -> None:
    if edit.kind == "rating":
        store.set_assessment(*edit.payload)
    elif edit.kind == "plan":
        ident, item = edit.payload
        store.write_plan(items={ident: item})
    elif edit.kind == "profile":
        store.set_profile(*edit.payload)
    else:
        store.add_team_member(*edit.payload)


def ack_line(writer: int, edit: Edit) -> str:
    return f"{writer} {edit.seq} {edit.key} {edit.shown} {edit.digest}\n"


class Ack(NamedTuple):
    writer: int
    seq: int
    key: str
    digest: str


def read_acks(log: Path) -> list[Ack]:
    """The acknowledged edits, in order; a line cut off by the kill is no acknowledgement."""
    if not log.exists():
        return []
    acks = []
    for line in log.read_text(encoding="utf-8").splitlines(keepends=True):
        parts = line.split()
        if line.endswith("\n") and len(parts) == 5:
            acks.append(Ack(int(parts[0]), int(parts[1]), parts[2], parts[4]))
    return acks


# ---- what a review holds, as key -> digest -----------------------------------------------------------

def read_state(store: ReviewStore) -> dict[str, str]:
    state = {f"rating:{a.item_id}": digest(a.value, a.note) for a in store.assessments().values()}
    plan = store.action_plan()
    state.update({f"plan:{item.id}": item_digest(item) for item in plan.items})
    state.update({f"objective:{o.id}": digest(*o) for o in plan.objectives})
    state["dismissed"] = digest(sorted(plan.dismissed))
    state["profile"] = profile_digest(store.profile())
    state.update({f"team:{m.name}": "present" for m in store.team()})
    state["snapshots"] = digest([(s.year, s.sha256) for s in store.snapshots()])
    return state


def read_history(store: ReviewStore, keys: Iterable[str]) -> dict[str, set[str]]:
    """rating:ITEM -> the digests of every value the item's history holds."""
    return {key: {digest(a.value, a.note) for a in store.history(key.split(":", 1)[1])}
            for key in keys if key.startswith("rating:")}


def state_of(path: Path, framework: Framework) -> dict[str, str]:
    with ReviewStore.open(path, read_only=True, framework=framework) as store:
        return read_state(store)


# ---- the writer processes ---------------------------------------------------------------------------

def _say(marker: bytes) -> None:
    os.write(sys.stdout.fileno(), marker)


def child_main(kind: str, spec: dict) -> None:
    """A writer: says READY once its imports are done, then writes until it is killed."""
    framework = load_framework()
    if kind == "edits":
        _say(READY)
        store = ReviewStore.open(spec["review"], framework=framework)
        _say(OPENED)
        with open(spec["log"], "a", encoding="utf-8") as log:
            for seq in itertools.count(1):
                edit = make_edit(framework, spec["stream"], seq)
                apply_edit(store, edit)  # committed when it returns
                log.write(ack_line(spec["writer"], edit))
                log.flush()
                os.fsync(log.fileno())
    elif kind == "write_demo":
        from equity_desktop.core.demo import district, review  # noqa: F401 (imported before READY)
        from equity_desktop.core.enrollment import importing  # noqa: F401

        _say(READY)
        review.write_demo(spec["target"], framework)
        _say(DONE)
    elif kind == "plan PDF":
        from equity_desktop.core.output.plan_pdf import write_plan_pdf

        _say(READY)
        write_plan_pdf(spec["review"], spec["target"], printed_on=PRINTED_ON)
        _say(DONE)
    elif kind == "save copy":
        store = ReviewStore.open(spec["review"], read_only=spec["read_only"], framework=framework)
        _say(READY)
        store.save_copy(spec["target"])
        _say(DONE)
    else:
        raise SystemExit(f"unknown writer {kind!r}")


class Killed(NamedTuple):
    said: bytes  # the markers the writer wrote before it died
    exited_by_itself: int | None  # its exit code if it was not killed by us
    stderr: str


def run_and_kill(kind: str, spec: dict, delay: float) -> Killed:
    """Start a writer, wait until it is READY, let it run for `delay` seconds, then SIGKILL it."""
    proc = subprocess.Popen([sys.executable, str(SCRIPT), "--child", kind, json.dumps(spec)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    try:
        assert proc.stdout is not None
        ready = select.select([proc.stdout], [], [], CHILD_TIMEOUT)[0]
        said = os.read(proc.stdout.fileno(), 1) if ready else b""
        if said == READY:
            time.sleep(delay)
        exited = proc.poll()
        if exited is None:
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=CHILD_TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return Killed(said + out, exited, err.decode("utf-8", "replace"))


# ---- the fixtures: made once, copied for every trial ------------------------------------------------

@dataclass
class Fixtures:
    folder: Path
    demo: Path
    big: Path  # the demo with a megabyte of evidence notes: what the copies copy
    old_demo: Path  # a demo review with another school name: what an older file under the final name holds
    bases: dict[str, list[Path]]  # base name -> the review file and, for a killed migration, its journal
    states: dict[str, dict[str, str]]  # base name (and "old") -> its state
    old_pdf: Path
    seconds: dict[str, float]  # how long write_demo, the PDF and save_copy take here


def _older_format(source: Path, target: Path, version: int) -> Path:
    shutil.copyfile(source, target)
    drop = {1: ["enrollment_count", "enrollment_snapshot"], 2: []}[version] + [
        "action_item", "objective", "dismissed_suggestion", "change_log", "ballot", "consensus"]
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        for table in drop:
            conn.execute(f"DROP TABLE {table}")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


_KILL_MIGRATION = """
import os, sqlite3, sys
from equity_desktop.core.review.migrations import MIGRATIONS
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA cache_size = 1")  # a tiny cache: changed pages reach the file before the commit
c.execute("BEGIN IMMEDIATE")
for statement in MIGRATIONS[2].split(";"):
    if statement.strip():
        c.execute(statement)
c.execute("UPDATE assessment_history SET note = hex(randomblob(1500))")
os._exit(9)
"""


def make_fixtures(folder: Path) -> Fixtures:
    """Write the demo review and the other starting files into `folder`, and time the exports."""
    from equity_desktop.core.demo.review import write_demo
    from equity_desktop.core.output.plan_pdf import write_plan_pdf

    framework = load_framework()
    folder.mkdir(parents=True, exist_ok=True)
    seconds = {}
    target = folder / "demo.eqreview"
    start = time.perf_counter()
    write_demo(target, framework)
    seconds["write_demo"] = time.perf_counter() - start
    old_demo = folder / "old.eqreview"
    shutil.copyfile(target, old_demo)
    with ReviewStore.open(old_demo, framework=framework) as store:
        store.set_profile(store.profile()._replace(school="An older review under the same name"))
    v2 = _older_format(target, folder / "v2.eqreview", 2)
    v1 = _older_format(target, folder / "v1.eqreview", 1)
    killed = folder / "v2-killed.eqreview"
    shutil.copyfile(v2, killed)
    subprocess.run([sys.executable, "-c", _KILL_MIGRATION, str(killed)], check=False, cwd=REPO)
    journal = killed.with_name(killed.name + "-journal")
    assert journal.stat().st_size > 0, "the killed migration should have left a hot journal"
    bases = {"demo": [target], "format 2": [v2], "format 1": [v1], "format 2, migration killed": [killed, journal]}
    states = {}
    for name, files in bases.items():
        scratch = folder / "scratch"
        scratch.mkdir(exist_ok=True)
        copy = copy_base(files, scratch / "review.eqreview")
        states[name] = state_of(copy, framework)  # the killed migration is rolled back here, in the copy
        shutil.rmtree(scratch)
    states["old"] = state_of(old_demo, framework)
    old_pdf = folder / "old.pdf"
    start = time.perf_counter()
    write_plan_pdf(target, old_pdf, paper="a4", printed_on=date(2025, 1, 1))
    seconds["plan PDF"] = time.perf_counter() - start
    big = folder / "big.eqreview"
    shutil.copyfile(target, big)
    with ReviewStore.open(big, framework=framework) as store:
        for seq in range(1, 101):
            apply_edit(store, make_edit(framework, "big", seq))
    states["big"] = state_of(big, framework)
    start = time.perf_counter()
    with ReviewStore.open(big, read_only=True, framework=framework) as store:
        store.save_copy(folder / "timing-copy.eqreview")
    seconds["save copy"] = time.perf_counter() - start
    (folder / "timing-copy.eqreview").unlink()
    return Fixtures(folder, target, big, old_demo, bases, states, old_pdf, seconds)


def copy_base(files: list[Path], review: Path) -> Path:
    """Copy a base review (and the journal a killed writer left beside it) to `review`."""
    shutil.copyfile(files[0], review)
    for side in files[1:]:
        shutil.copyfile(side, review.with_name(review.name + side.name[len(files[0].name):]))
    return review


# ---- one trial --------------------------------------------------------------------------------------

@dataclass
class TrialResult:
    index: int
    phase: str
    base: str = ""
    kills: list[str] = field(default_factory=list)
    opened: bool = True
    errors: list[str] = field(default_factory=list)  # why the review (or an export) would not open
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # values no edit set
    half_written: list[str] = field(default_factory=list)
    failed_retries: list[str] = field(default_factory=list)
    writer_errors: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    plan: list[str] = field(default_factory=list)  # what the trial did, for a failure's report
    folder: str = ""
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        hot = any(leftover.startswith("hot journal") for leftover in self.leftovers)  # an open that did not recover
        return bool(self.errors or self.lost or self.changed or self.half_written or self.failed_retries
                    or self.writer_errors or hot)


def trial_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"stress-kill-writer/{seed}/{index}")


def choose_phase(rng: random.Random) -> str:
    return rng.choices(list(PHASES), weights=list(PHASES.values()))[0]


def run_trial(seed: int, index: int, fixtures: Fixtures, work: Path, phase: str | None = None,
              keep: bool = False) -> TrialResult:
    """Trial `index` of `seed`: its folder is removed afterwards unless it failed or `keep` is set."""
    rng = trial_rng(seed, index)
    chosen = choose_phase(rng)
    phase = phase or chosen
    folder = work / f"trial-{index:05d}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    result = TrialResult(index, phase, folder=str(folder))
    start = time.perf_counter()
    try:
        if phase in ("edits", "migration"):
            _edit_trial(rng, fixtures, folder, result)
        else:
            _export_trial(rng, fixtures, folder, result)
    except Exception as error:  # the harness itself: reported as a writer error, never hidden
        result.writer_errors.append(f"trial harness: {type(error).__name__}: {error}")
    result.seconds = time.perf_counter() - start
    if not (keep or result.failed):
        shutil.rmtree(folder, ignore_errors=True)
    return result


def _delay(rng: random.Random, early: float) -> tuple[float, str]:
    if rng.random() < early:
        return rng.uniform(0.0, 0.025), "early"
    return rng.uniform(0.005, 0.400), "late"


def _edit_trial(rng: random.Random, fixtures: Fixtures, folder: Path, result: TrialResult) -> None:
    framework = load_framework()
    if result.phase == "edits":
        result.base = "demo"
        writers = rng.choices([1, 2, 3], weights=[55, 28, 17])[0]
    else:
        result.base = rng.choice(["format 1", "format 2", "format 2, migration killed"])
        writers = rng.choice([1, 2])
    review = copy_base(fixtures.bases[result.base], folder / "review.eqreview")
    log = folder / "acknowledged.log"
    streams = []
    for writer in range(1, writers + 1):
        stream = f"{rng.getrandbits(32):08x}"
        streams.append(stream)
        early = 0.6 if (result.phase == "migration" and writer == 1) else 0.15 if writer == 1 else 0.3
        delay, when = _delay(rng, early)
        result.plan.append(f"writer {writer}: stream {stream}, killed {delay * 1000:.1f} ms after ready ({when})")
        killed = run_and_kill("edits", {"review": str(review), "log": str(log), "stream": stream,
                                        "writer": writer}, delay)
        if killed.exited_by_itself is not None or READY not in killed.said:
            result.writer_errors.append(f"writer {writer} stopped by itself (exit {killed.exited_by_itself}): "
                                        f"{_last_line(killed.stderr)}")
            result.kills.append("open")
            break
        journal = review.with_name(review.name + "-journal")
        if OPENED not in killed.said:
            result.kills.append("open")
        elif journal.exists():
            result.kills.append("edit-hot" if journal.read_bytes()[:8] == _JOURNAL_MAGIC else "edit-unsynced")
        else:
            result.kills.append("edit")
    check = verify_review(review, log, streams, fixtures.states[result.base], framework,
                          read_only_first=rng.random() < 0.5)
    result.opened = check.opened
    result.errors += check.errors
    result.acknowledged = check.acknowledged
    result.lost += check.lost
    result.changed += check.changed
    result.leftovers += leftovers(folder)


class Check(NamedTuple):
    opened: bool
    errors: list[str]
    acknowledged: int
    lost: list[str]
    changed: list[str]


def verify_review(review: Path, log: Path, streams: list[str], base: dict[str, str], framework: Framework,
                  read_only_first: bool = True) -> Check:
    """Open `review` read-only and read-write; every edit acknowledged in `log` must be in it.

    `streams` are the writers' edit streams, in the order they ran; `base` is the state the review started from.
    """
    acks = read_acks(log)
    # Per key, the values it may hold: its last acknowledged value, or any edit of it in flight after that.
    allowed: dict[str, set[str]] = {}
    last: dict[str, Ack] = {}
    for writer, stream in enumerate(streams, start=1):
        mine = [a for a in acks if a.writer == writer]
        for ack in mine:
            allowed[ack.key] = {ack.digest}
            last[ack.key] = ack
        in_flight = make_edit(framework, stream, (mine[-1].seq if mine else 0) + 1)
        allowed.setdefault(in_flight.key, {base.get(in_flight.key, ABSENT)}).add(in_flight.digest)
    # One entry per lost edit (and per changed key), however many checks and opens find it.
    opened, errors = True, []
    lost: dict[str, str] = {}
    changed: dict[str, str] = {}
    for read_only in (read_only_first, not read_only_first):
        mode = "read-only" if read_only else "read-write"
        try:
            with ReviewStore.open(review, read_only=read_only, framework=framework) as store:
                state = read_state(store)
                history = read_history(store, {a.key for a in acks})
        except Exception as error:
            opened = False
            errors.append(f"{mode} open: {type(error).__name__}: {error}")
            continue
        for ack in acks:
            if ack.key in history and ack.digest not in history[ack.key]:
                lost.setdefault(f"writer {ack.writer} edit {ack.seq} ({ack.key})",
                                f"acknowledged {ack.digest}, not in the item's history ({mode} open)")
        for key, values in allowed.items():
            stored = state.get(key, ABSENT)
            if stored in values:
                continue
            if key in last:
                ack = last[key]
                lost.setdefault(f"writer {ack.writer} edit {ack.seq} ({key})",
                                f"acknowledged {ack.digest}, stored {stored} ({mode} open)")
            else:
                changed.setdefault(key, f"stored {stored}, neither as before nor the in-flight edit ({mode} open)")
        for key in (state.keys() | base.keys()) - allowed.keys():
            if state.get(key, ABSENT) != base.get(key, ABSENT):
                changed.setdefault(key, f"stored {state.get(key, ABSENT)}, was {base.get(key, ABSENT)}, and no "
                                        f"edit set it ({mode} open)")
    return Check(opened, errors, len(acks), [f"{edit}: {why}" for edit, why in sorted(lost.items())],
                 [f"{key}: {why}" for key, why in sorted(changed.items())])


def leftovers(folder: Path) -> list[str]:
    """Temporary files, SQLite side files and lock notes left in `folder` (after a successful open and close),
    each as "KIND: NAME" (KIND one of LEFTOVER_KINDS)."""
    found = []
    for path in sorted(folder.iterdir()):
        name = path.name
        if name.endswith("-journal"):
            head = path.read_bytes()[:8]
            kind = "hot journal" if head == _JOURNAL_MAGIC else "empty journal" if not head else "journal, not hot"
        elif name.endswith(("-wal", "-shm")):
            kind = "WAL file"
        elif name.startswith(".") and ".part" in name:
            kind = "temporary file"
        elif name.startswith(".") and name.endswith(".lock"):
            kind = "lock note"
        else:
            continue
        found.append(f"{kind}: {name}")
    return found


# SQLite writes a journal's header with its magic number zeroed and fills it in only when it syncs the journal,
# before the first page of the database is written: a journal killed before that is not hot, and SQLite ignores it
# (https://sqlite.org/fileformat2.html#the_rollback_journal), but does not delete it either.
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
LEFTOVER_KINDS = {
    "hot journal": "hot journal (would be rolled back)",
    "journal, not hot": "journal never synced, not hot (SQLite ignores it)",
    "empty journal": "empty journal",
    "WAL file": "WAL file",
    "temporary file": "temporary file (.NAME.part*)",
    "lock note": "lock note",
}


def _export_trial(rng: random.Random, fixtures: Fixtures, folder: Path, result: TrialResult) -> None:
    from equity_desktop.core.demo.review import write_demo
    from equity_desktop.core.output.plan_pdf import write_plan_pdf

    framework = load_framework()
    review = copy_base([fixtures.demo], folder / "review.eqreview")
    result.base = "demo"
    with_old = rng.random() < 0.5
    if result.phase == "write_demo":
        target = folder / "demo.eqreview"
        old = fixtures.old_demo
        spec: dict[str, Any] = {"target": str(target)}
    elif result.phase == "plan PDF":
        target = folder / "plan.pdf"
        old = fixtures.old_pdf
        spec = {"review": str(review), "target": str(target)}
    else:
        review = copy_base([fixtures.big], review)  # a megabyte to copy: a longer moment to kill it in
        result.base = "big"
        target = folder / "copy.eqreview"
        old = fixtures.old_demo
        spec = {"review": str(review), "target": str(target), "read_only": rng.random() < 0.5}
    if with_old:
        shutil.copyfile(old, target)
    delay = rng.uniform(0.0, 1.15 * fixtures.seconds[result.phase])
    result.plan.append(f"{result.phase}, {'over an older file' if with_old else 'new file'}, killed "
                       f"{delay * 1000:.1f} ms after ready, {spec}")
    killed = run_and_kill(result.phase, spec, delay)
    if killed.exited_by_itself not in (None, 0) or READY not in killed.said:
        result.writer_errors.append(f"{result.phase} stopped by itself (exit {killed.exited_by_itself}): "
                                    f"{_last_line(killed.stderr)}")
    result.kills.append("finished" if DONE in killed.said else result.phase)

    # Under the final name: nothing, the older file, or a complete one.
    if target.exists():
        problem = _export_problem(target, result.phase, fixtures, framework, old if with_old else None)
        if problem:
            result.half_written.append(f"after the kill: {problem}")
    elif with_old:
        result.half_written.append(f"after the kill: the older {target.name} is gone")
    # The same write again, here: it must succeed and leave nothing behind.
    try:
        if result.phase == "write_demo":
            write_demo(target, framework)
        elif result.phase == "plan PDF":
            write_plan_pdf(review, target, printed_on=PRINTED_ON)
        else:
            with ReviewStore.open(review, read_only=True, framework=framework) as store:
                store.save_copy(target)
        problem = _export_problem(target, result.phase, fixtures, framework, None)
        if problem:
            result.failed_retries.append(f"the retry wrote {problem}")
    except Exception as error:
        result.failed_retries.append(f"retry: {type(error).__name__}: {error}")
    # The review the export read (and a copy's writer held) still opens, read-only and read-write.
    check = verify_review(review, folder / "no-edits.log", [], fixtures.states[result.base], framework,
                          read_only_first=rng.random() < 0.5)
    result.opened = check.opened
    result.errors += check.errors
    result.changed += check.changed
    result.leftovers += leftovers(folder)


def _export_problem(target: Path, phase: str, fixtures: Fixtures, framework: Framework, old: Path | None) -> str:
    """What is wrong with `target`, written by `phase`: '' when it is `old` as it was, or complete."""
    if old is not None and target.read_bytes() == old.read_bytes():
        return ""
    if phase == "plan PDF":
        return _pdf_problem(target)
    expected = [fixtures.states["big" if phase == "save copy" else "demo"]]
    expected += [fixtures.states["old"]] if old is not None else []
    for read_only in (True, False):
        try:
            with ReviewStore.open(target, read_only=read_only, framework=framework) as store:
                state = read_state(store)
        except Exception as error:
            return f"{target.name} does not open ({'read-only' if read_only else 'read-write'}): " \
                   f"{type(error).__name__}: {error}"
        if state not in expected:
            return f"{target.name} opens but holds neither the older review nor the whole new one"
    return ""


def _pdf_problem(target: Path) -> str:
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        return f"{target.name} is not a whole PDF ({len(data)} bytes)"
    try:
        import pypdf  # the test extra: a deeper look when it is installed
    except ImportError:
        return ""
    try:
        pages = len(pypdf.PdfReader(target).pages)
    except Exception as error:
        return f"{target.name} does not parse: {type(error).__name__}: {error}"
    return "" if pages > 0 else f"{target.name} has no pages"


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no message)"


# ---- many trials, and the summary -------------------------------------------------------------------

_FIXTURES: Fixtures | None = None


def _init_worker(fixtures: Fixtures) -> None:
    global _FIXTURES
    _FIXTURES = fixtures


def _pooled_trial(seed: int, index: int, work: str) -> TrialResult:
    assert _FIXTURES is not None
    return run_trial(seed, index, _FIXTURES, Path(work))


def run_trials(seed: int, trials: int, fixtures: Fixtures, work: Path, jobs: int) -> list[TrialResult]:
    results = []
    jobs = max(1, min(jobs, MAX_JOBS))
    started = time.perf_counter()
    with ProcessPoolExecutor(jobs, mp_context=get_context("fork"), initializer=_init_worker,
                             initargs=(fixtures,)) as pool:
        futures = [pool.submit(_pooled_trial, seed, index, str(work)) for index in range(trials)]
        for done, future in enumerate(as_completed(futures), start=1):
            results.append(future.result())
            if done % 100 == 0 or done == trials:
                bad = sum(r.failed for r in results)
                print(f"  {done}/{trials} trials, {time.perf_counter() - started:.0f} s, {bad} failed",
                      file=sys.stderr, flush=True)
    return sorted(results, key=lambda r: r.index)


def summary(results: list[TrialResult], seconds: float, jobs: int) -> str:
    phases = Counter(r.phase for r in results)
    kills = Counter(k for r in results for k in r.kills)
    leftover_kinds = Counter(leftover.split(":")[0] for r in results for leftover in r.leftovers)
    rows = [
        ("trials", f"{len(results)} ({', '.join(f'{p} {phases[p]}' for p in PHASES if phases[p])})"),
        ("writers started", str(sum(kills.values()))),
        *((f"killed {text}", str(kills[kind])) for kind, text in KILL_KINDS.items()),
        ("unopenable files", str(sum(not r.opened for r in results))),
        ("acknowledged edits", str(sum(r.acknowledged for r in results))),
        ("lost edits", str(sum(len(r.lost) for r in results))),
        ("values changed by no edit", str(sum(len(r.changed) for r in results))),
        ("exports half-written under the final name", str(sum(len(r.half_written) for r in results))),
        ("failed retries of an export", str(sum(len(r.failed_retries) for r in results))),
        ("writers that stopped by themselves", str(sum(len(r.writer_errors) for r in results))),
        ("leftover temporary files (after the opens)", str(sum(len(r.leftovers) for r in results))),
        *((f"leftover: {text}", str(leftover_kinds[kind])) for kind, text in LEFTOVER_KINDS.items()
          if leftover_kinds[kind]),
        ("wall time", f"{seconds:.0f} s ({jobs} trials at a time; {platform.system()} {platform.machine()}, "
                      f"{os.cpu_count()} cores, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version})"),
    ]
    return "\n".join(["| what | count |", "|---|---|", *(f"| {what} | {count} |" for what, count in rows)])


def failure_report(result: TrialResult, seed: int) -> str:
    lines = [f"trial {result.index} ({result.phase}, base {result.base}) FAILED; repeat its plan with: "
             f".venv/bin/python bench/stress_kill_writer.py --seed {seed} --trial {result.index}",
             f"  folder kept: {result.folder}", *(f"  {step}" for step in result.plan),
             f"  kills: {', '.join(result.kills)}"]
    for label, items in (("unopenable", result.errors), ("lost", result.lost), ("changed", result.changed),
                         ("half-written", result.half_written), ("retry failed", result.failed_retries),
                         ("writer error", result.writer_errors), ("leftover", result.leftovers)):
        lines += [f"  {label}: {item}" for item in items[:10]]
    return "\n".join(lines)


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child_main(sys.argv[2], json.loads(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=MAX_JOBS, help=f"trials at a time (at most {MAX_JOBS})")
    parser.add_argument("--trial", type=int, help="run only this trial, verbosely, and keep its folder")
    parser.add_argument("--dir", type=Path, help="where the trials' folders go (default: the temporary folder)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="stress-kill-writer-", dir=args.dir))
    started = time.perf_counter()
    fixtures = make_fixtures(work / "fixtures")
    print(f"fixtures in {time.perf_counter() - started:.1f} s: " + ", ".join(
        f"{name} {s * 1000:.0f} ms" for name, s in fixtures.seconds.items()), file=sys.stderr)
    if args.trial is not None:
        result = run_trial(args.seed, args.trial, fixtures, work, keep=True)
        print(failure_report(result, args.seed) if result.failed else
              "\n".join([f"trial {result.index} ({result.phase}, base {result.base}) passed in "
                         f"{result.seconds:.2f} s; folder {result.folder}", *result.plan,
                         f"kills: {', '.join(result.kills)}; acknowledged edits: {result.acknowledged}; "
                         f"leftovers: {result.leftovers or 'none'}"]))
        return 1 if result.failed else 0
    results = run_trials(args.seed, args.trials, fixtures, work, args.jobs)
    seconds = time.perf_counter() - started
    failed = [r for r in results if r.failed]
    for result in failed[:20]:
        print(failure_report(result, args.seed))
    print(f"Killing the writer: {args.trials} trials, seed {args.seed}")
    print(summary(results, seconds, max(1, min(args.jobs, MAX_JOBS))))
    if not failed:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"failed trials' folders kept under {work}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
