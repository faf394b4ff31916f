"""Before a review is read: roll back what a killed writer left, and refuse a damaged file with a sentence.

- **Recovery.** A process killed in the middle of a save leaves a *hot journal* beside the review.
  SQLite rolls it back on the next read-write connection, but a read-only connection cannot, and
  fails. So the journal is rolled back (and a review someone switched to WAL is folded back into one
  file) on a read-write connection before anything else looks at the file; when the file or its
  folder cannot be written, the recovery happens on a copy in the temporary folder, which is then
  what a read-only window shows.
- **Integrity.** Every table and column the file's format version must have, and every stored value
  that has a fixed vocabulary, is checked at open, on the read-only connection and before the lock
  is taken: a damaged review is refused with a sentence instead of failing later in `load()`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from enum import StrEnum
from functools import cache
from pathlib import Path

from equity_desktop.core import errors, settings
from equity_desktop.core.atomic import SQLITE_SIDE_FILES
from equity_desktop.core.framework.content import Framework
from equity_desktop.core.i18n.message import Message
from equity_desktop.core.review.migrations import expected_columns
from equity_desktop.core.review.plan_records import ActionStatus, GapKind
from equity_desktop.core.review.scales import ProgramType, StakeholderGroup, scale_for

_WAL_HEADER_OFFSET = 18  # file format write/read versions: 2 means WAL
# A rollback journal's header starts with these bytes once SQLite has synced it; before that (a writer
# killed while writing its journal) the database was not touched and SQLite ignores the file.
_JOURNAL_MAGIC = bytes((0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7))


def _hot_journal(journal: Path) -> bool:
    try:
        with journal.open("rb") as handle:
            return handle.read(len(_JOURNAL_MAGIC)) == _JOURNAL_MAGIC
    except OSError:
        return False


def needs_recovery(path: Path) -> bool:
    """A hot journal, a WAL file, or a database in WAL mode beside/at `path`."""
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.exists() and _hot_journal(journal):
            return True
        if path.with_name(path.name + "-wal").exists():
            return True
        with path.open("rb") as handle:
            handle.seek(_WAL_HEADER_OFFSET)
            return handle.read(2) == b"\x02\x02"
    except OSError:
        return False  # unreadable: the checks after this one say why


def recover(path: Path, can_write: bool) -> Path:
    """Roll back a hot journal (or fold a WAL in) and return the file to read: `path`, or a recovered copy.

    `can_write` says whether the review and its folder may be written; if not, the recovery is done
    on a copy in the temporary folder, and that copy's path is returned.
    """
    if not needs_recovery(path):
        return path
    target = path
    if not can_write:
        target = Path(tempfile.mkdtemp(prefix="equity-desktop-recovered-")) / path.name
        for side in ("", *SQLITE_SIDE_FILES):
            source = path.with_name(path.name + side)
            if source.exists():
                shutil.copyfile(source, target.with_name(target.name + side))
    conn = sqlite3.connect(target, isolation_level=None, timeout=2.0)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a read-write read rolls a hot journal back
        if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            conn.execute("PRAGMA journal_mode = DELETE")  # checkpoints, then removes -wal and -shm
    except sqlite3.Error:
        pass  # busy in another program, or damaged: the checks that follow say which, in a sentence
    finally:
        conn.close()
    return target


def remove_stale_journal(conn: sqlite3.Connection, path: Path) -> None:
    """Delete a journal SQLite ignores (a writer killed before it synced one), so the review is one file again.

    Safe under BEGIN IMMEDIATE: taking it rolls back a hot journal first, and no other writer can hold one.
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists():
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        journal.unlink(missing_ok=True)
    except OSError:
        pass  # harmless: SQLite ignores it, and the next edit replaces it
    finally:
        conn.execute("COMMIT")


def folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK)


def check_integrity(conn: sqlite3.Connection, path: Path, version: int, framework: Framework) -> None:
    """Refuse (CorruptReviewError) a review missing a table or column of its format, or holding a value
    outside its vocabulary; names the first problem found."""
    problem = _schema_problem(conn, version) or _value_problem(conn, version, framework)
    if problem:
        raise damaged(path, problem)


def damaged(path: Path, problem: str = "") -> errors.CorruptReviewError:
    if problem:
        return errors.CorruptReviewError(path, Message("review_error.damaged_detail", name=path.name, problem=problem))
    return errors.CorruptReviewError(path, Message("review_error.damaged", name=path.name))


@cache
def _expected(version: int) -> dict[str, frozenset[str]]:
    return expected_columns(version)


def _schema_problem(conn: sqlite3.Connection, version: int) -> str:
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, columns in _expected(version).items():
        if table not in present:
            return f"the table {table} is missing"
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if missing := sorted(columns - have):
            return f"the table {table} has no column {missing[0]}"
    return ""


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _value_problem(conn: sqlite3.Connection, version: int, framework: Framework) -> str:
    if conn.execute("SELECT count(*) FROM profile WHERE id = 1").fetchone()[0] != 1:
        return "the school profile is missing"
    stored = dict(conn.execute("SELECT key, value FROM meta"))
    if stored.get("mgi_rule", settings.ISOLATION_KIND_DEFAULT) not in settings.ISOLATION_KINDS:
        return f"the isolation rule is {str(stored['mgi_rule'])[:40]!r}"
    for setting in (settings.ISOLATION_THRESHOLD, settings.SUPPRESSION_SIZE):
        if setting.key in stored and setting.problem(stored[setting.key]):
            return f"the setting {setting.key} is {str(stored[setting.key])[:40]!r}"
    checks: list[tuple[str, str, tuple[object, ...]]] = [
        ("profile", "program_type", (None, "", *_values(ProgramType))),
        # A member's group may be left unchosen since format 4.
        ("team_member", "stakeholder_group", ("", *_values(StakeholderGroup))[version < 4:]),
    ]
    if version >= 3:
        checks += [("action_item", "status", _values(ActionStatus)), ("action_item", "gap_kind", _values(GapKind)),
                   ("action_item", "stage_number", (None, 1, 2, 3, 4))]
    for table, column, allowed in checks:
        for (value,) in conn.execute(f"SELECT DISTINCT {column} FROM {table}"):
            if value not in allowed:
                return f"{table}.{column} holds {str(value)[:40]!r}"
    for table in ("assessment", "assessment_history"):
        # DISTINCT: a long-lived review's history holds thousands of rows but few pairs; this runs at every open.
        for item_id, value in conn.execute(f"SELECT DISTINCT item_id, value FROM {table}"):
            if not framework.has_item(item_id):
                continue  # an item a later edition dropped: kept, never shown
            if value not in _values(scale_for(framework, item_id)):
                return f"the rating of {item_id} is {str(value)[:40]!r}"
    return ""
