"""What a killed writer, a damaged file or a lost lock note leaves behind never locks a user out.

Each test reproduces a failure seen in the trust review (issue 21) with a real process killed with
os._exit at the worst moment, or a file damaged the way a tool outside the program would damage it.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from equity_desktop.core import errors
from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.demo.review import write_demo
from equity_desktop.core.review import integrity
from equity_desktop.core.review.lock import ReviewLock, lock_path_for
from equity_desktop.core.review.migrations import APPLICATION_ID, MIGRATIONS
from equity_desktop.core.review.store import ReviewStore

KILL_MID_TRANSACTION = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # a tiny cache: changed pages spill into the file before the commit
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE assessment SET value = 'not_started', note = 'half-saved ' || hex(randomblob(400))")
conn.execute("UPDATE assessment_history SET note = hex(randomblob(400))")
os._exit(9)
"""


def kill_mid_transaction(path: Path) -> None:
    subprocess.run([sys.executable, "-c", KILL_MID_TRANSACTION, str(path)], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0, "the writer should have left a hot journal"


def ratings(path: Path) -> dict:
    with ReviewStore.open(path, read_only=True) as store:
        return {k: (a.value, a.note) for k, a in store.assessments().items()}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "equity_desktop", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_a_hot_journal_is_rolled_back_before_a_read_only_open(demo_copy, demo_file, tmp_path):
    before = ratings(demo_file)
    kill_mid_transaction(demo_copy)
    assert ratings(demo_copy) == before  # read-only first: it used to fail "cannot be written"
    assert not demo_copy.with_name(demo_copy.name + "-journal").exists()
    with ReviewStore.open(demo_copy) as store:  # and read-write after it
        assert store.load().profile.school


def test_the_export_command_opens_a_review_killed_mid_save(demo_copy, tmp_path):
    kill_mid_transaction(demo_copy)
    result = run_cli("export", str(demo_copy), "-o", str(tmp_path / "plan.pdf"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_a_review_that_cannot_be_written_is_recovered_into_a_copy(demo_copy, demo_file, monkeypatch):
    before = ratings(demo_file)
    kill_mid_transaction(demo_copy)
    damaged_bytes = demo_copy.read_bytes()
    monkeypatch.setattr(integrity, "folder_writable", lambda path: False)  # a locked USB stick
    with ReviewStore.open(demo_copy, read_only=True) as store:
        assert store.recovered_from == demo_copy
        assert {k: (a.value, a.note) for k, a in store.assessments().items()} == before
    assert demo_copy.read_bytes() == damaged_bytes  # nothing was written on the stick
    with pytest.raises(errors.ReviewReadOnlyError):
        ReviewStore.open(demo_copy)


def test_a_migration_killed_half_way_is_rolled_back_and_redone(tmp_path):
    old = tmp_path / "old.eqreview"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executescript(MIGRATIONS[0] + MIGRATIONS[1] + "PRAGMA user_version = 2;")
    conn.execute("INSERT INTO profile (id, school, district) VALUES (1, 'Old School', 'D')")
    conn.close()
    script = ("import os, sqlite3, sys; from equity_desktop.core.review.migrations import MIGRATIONS\n"
              "c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('PRAGMA cache_size = 1')\n"
              "c.execute('BEGIN IMMEDIATE'); [c.execute(s) for s in MIGRATIONS[2].split(';') if s.strip()]\n"
              "c.execute(\"UPDATE profile SET school = hex(randomblob(3000))\"); os._exit(9)")
    subprocess.run([sys.executable, "-c", script, str(old)], check=False)
    assert old.with_name(old.name + "-journal").exists()
    with ReviewStore.open(old) as store:
        assert store.profile().school == "Old School"
        assert store.action_plan().items == ()


def test_the_demo_can_be_written_again_after_a_killed_attempt(tmp_path, demo_copy):
    target = tmp_path / "demo.eqreview"
    # What a killed `demo -o` left: its temporary database with a hot journal of another database beside it.
    partial = tmp_path / ".demo.eqreview.part"
    kill_mid_transaction(demo_copy)
    partial.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    demo_copy.with_name(demo_copy.name + "-journal").rename(partial.with_name(partial.name + "-journal"))
    for _ in range(2):
        write_demo(target)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".demo")) == []
        assert ratings(target)


def test_a_failed_write_leaves_neither_a_partial_file_nor_a_changed_original(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old plan")

    def half_then_fail(partial: Path) -> None:
        partial.write_bytes(b"half a new pl")
        raise OSError(28, "No space left on device")

    with pytest.raises(errors.EquityError, match="check the disk has space"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


@pytest.mark.parametrize(("damage", "named"), [
    ("DROP TABLE dismissed_suggestion", "dismissed_suggestion"),
    ("ALTER TABLE action_item DROP COLUMN progress_notes", "progress_notes"),
    ("DELETE FROM profile", "profile"),
    ("PRAGMA ignore_check_constraints = ON; UPDATE assessment SET value = 'brilliant' "
     "WHERE item_id = (SELECT MIN(item_id) FROM assessment)", "brilliant"),
    ("UPDATE assessment SET value = 'in_place' WHERE item_id = 's1.bench.1'", "s1.bench.1"),
    ("PRAGMA ignore_check_constraints = ON; UPDATE action_item SET stage_number = 7", "stage_number"),
    ("PRAGMA ignore_check_constraints = ON; UPDATE team_member SET stakeholder_group = 'pirate'", "pirate"),
])
def test_a_damaged_review_is_refused_at_open_with_a_sentence_and_no_lock(demo_copy, damage, named):
    conn = sqlite3.connect(demo_copy, isolation_level=None)
    conn.executescript(damage)
    conn.close()
    for read_only in (False, True):
        with pytest.raises(errors.CorruptReviewError, match=named) as refused:
            ReviewStore.open(demo_copy, read_only=read_only)
        assert "damaged" in str(refused.value) and "open a backup" in str(refused.value)
    assert not lock_path_for(demo_copy).exists()
    lock = ReviewLock(demo_copy)
    assert lock.acquire() is None  # nobody kept it
    lock.release()


def test_the_command_line_says_one_sentence_for_a_damaged_review(demo_copy, tmp_path):
    conn = sqlite3.connect(demo_copy, isolation_level=None)
    conn.execute("DROP TABLE objective")
    conn.close()
    result = run_cli("export", str(demo_copy), "-o", str(tmp_path / "p.pdf"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "objective" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_failure_after_the_lock_is_taken_releases_it(demo_copy, monkeypatch):
    def full_disk(conn, path):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # SQLITE_FULL
        raise error

    monkeypatch.setattr(integrity, "remove_stale_journal", full_disk)  # the last step of an open, lock held
    with pytest.raises(errors.ReviewWriteError, match="is full"):
        ReviewStore.open(demo_copy)
    monkeypatch.undo()
    with ReviewStore.open(demo_copy) as store:  # the lock was given back
        assert store.profile().school


def test_deleting_the_lock_note_does_not_let_a_second_copy_write(demo_copy):
    with ReviewStore.open(demo_copy):
        lock_path_for(demo_copy).unlink()
        with pytest.raises(errors.ReviewInUseError):
            ReviewStore.open(demo_copy)
        # Another process, too: the review file itself is locked.
        fd = os.open(demo_copy, os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)


def test_reading_a_wal_review_leaves_one_file(demo_copy, tmp_path):
    conn = sqlite3.connect(demo_copy, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.execute("UPDATE profile SET magnet_theme = 'STEM by WAL'")
    conn.close()
    result = run_cli("export", str(demo_copy), "-o", str(tmp_path / "p.pdf"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in demo_copy.parent.iterdir() if p.name.startswith(demo_copy.name)) == [
        demo_copy.name]
    with ReviewStore.open(demo_copy, read_only=True) as store:
        assert store.profile().magnet_theme == "STEM by WAL"


def test_a_program_bug_is_not_told_as_a_drive_problem(new_review):
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with new_review._transaction():
            new_review._conn.execute("SELECT * FROM no_such_table")


def test_a_full_disk_during_an_edit_gives_the_full_disk_sentence(new_review):
    pages = new_review._conn.execute("PRAGMA page_count").fetchone()[0]
    new_review._conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: as on a full disk
    with pytest.raises(errors.ReviewWriteError, match="is full"):
        new_review.set_profile(new_review.profile()._replace(magnet_theme="x" * 200_000))
    assert new_review.profile().magnet_theme == ""


def _writers(demo_file: Path):
    from equity_desktop.core.enrollment.layout import save_mapping
    from equity_desktop.core.enrollment.screen_export import SCREEN_FIELDS, write_screen
    from equity_desktop.core.output.checklist_pdf import write_checklist_pdf
    from equity_desktop.core.output.plan_pdf import write_plan_pdf
    from equity_desktop.core.output.plan_xlsx import export_review_xlsx

    def copy(out: Path) -> None:
        with ReviewStore.open(demo_file, read_only=True) as store:
            store.save_copy(out)

    row = dict.fromkeys(SCREEN_FIELDS, "x")
    return {
        "plan.pdf": lambda out: write_plan_pdf(demo_file, out),
        "checklist.pdf": lambda out: write_checklist_pdf(out, stage=1),
        "plan.xlsx": lambda out: export_review_xlsx(str(demo_file), str(out)),
        "screen.csv": lambda out: write_screen([row], SCREEN_FIELDS, out),
        "mapping.json": lambda out: save_mapping({"header_row": 1}, out),
        "copy.eqreview": copy,
        "demo.eqreview": lambda out: write_demo(out),
    }


@pytest.mark.parametrize("name", ["plan.pdf", "checklist.pdf", "plan.xlsx", "screen.csv", "mapping.json",
                                  "copy.eqreview", "demo.eqreview"])
def test_a_full_disk_at_any_writer_leaves_the_old_file_and_a_sentence(demo_file, tmp_path, monkeypatch, name):
    from equity_desktop.core import atomic

    target = tmp_path / name
    target.write_bytes(b"the copy made last week")

    def disk_full(path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_flush_file", disk_full)
    with pytest.raises(errors.EquityError) as refused:
        _writers(demo_file)[name](target)
    assert "No space left on device" in str(refused.value) and name in str(refused.value)
    assert target.read_bytes() == b"the copy made last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file, journal or lock left
    monkeypatch.undo()
    _writers(demo_file)[name](target)  # and with space again, the same call writes it
    assert target.read_bytes() != b"the copy made last week"


def test_a_review_that_cannot_be_read_is_a_sentence(demo_copy, monkeypatch):
    from equity_desktop.core.review import store as store_module

    def denied(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_module, "_check_readable_review", denied)
    with pytest.raises(errors.ReviewFileError, match="you do not have permission to open it"):
        ReviewStore.open(demo_copy, read_only=True)


def test_a_journal_sqlite_ignores_is_not_a_recovery_and_is_cleared(demo_copy, demo_file, monkeypatch):
    # What a writer killed before its journal's header was synced leaves (bench/stress_kill_writer.py found 285).
    journal = demo_copy.with_name(demo_copy.name + "-journal")
    journal.write_bytes(bytes(1024))
    monkeypatch.setattr(integrity, "folder_writable", lambda path: False)
    with ReviewStore.open(demo_copy, read_only=True) as store:
        assert store.recovered_from is None  # not a damaged review to recover, on a stick or anywhere
    monkeypatch.undo()
    with ReviewStore.open(demo_copy) as store:
        assert store.profile().school
    assert not journal.exists()  # one self-contained file again
    assert ratings(demo_copy) == ratings(demo_file)
