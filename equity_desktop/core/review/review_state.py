"""The review as keys and plain values: what the change log records and what a merge compares.

Every part of a review a person can change has a key, the same in every copy of the review:

| key | value |
|---|---|
| `profile/<field>` | the profile field's text (a program type as its stored value, "" when not chosen) |
| `rating/<item id>`, `note/<item id>` | the stored rating or status, the evidence note |
| `rationale/<item id>` | why the team agreed on the item's rating (a workshop's consensus) |
| `team/<uid>` | `{"name", "role", "group", "position"}` |
| `objective/<uid>` | `{"title", "position"}` |
| `item/<uid>` | the action item's fields, its objective named by the objective's uid |
| `dismissed/<gap key>` | `true` |
| `snapshot/<school year>` | what identifies the snapshot (file, sheet, hash, import time, a digest of counts) |
| `setting/<name>` | the isolation rule, threshold and suppression size |
| `ballot/<uid>` | a collected ballot: `{"member", "ratings", "version"}` |

An absent key has the value `absent(key)`: an unrated item, an empty note, a removed record (None).
Only the store writes; this module only reads, so a copy opened read-only can be read the same way.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from equity_desktop.core import settings
from equity_desktop.core.review.plan_records import ActionItem

PROFILE_FIELDS = ("school", "district", "school_year", "magnet_theme", "program_type", "grades_served")
SETTINGS = ("mgi_rule", "mgi_threshold", settings.SUPPRESSION_SIZE.key)
# Fields of an action item as the log holds them: the integer ids are local to one copy and not kept.
ITEM_FIELDS = tuple(name for name in ActionItem._fields if name not in ("id", "objective_id", "uid"))

_DEFAULTS = {"rating": "unrated", "note": "", "rationale": "", "profile": ""}


def absent(key: str) -> Any:
    """The value a key has when the review holds nothing under it."""
    return _DEFAULTS.get(kind_of(key))


def kind_of(key: str) -> str:
    return key.split("/", 1)[0]


def name_of(key: str) -> str:
    return key.split("/", 1)[1]


def version_of(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _uid_column(conn: sqlite3.Connection) -> str:
    """A file from before uids (opened read-only, not migrated) gets the uids its migration would give."""
    return "uid" if version_of(conn) >= 4 else "'r' || id"


def read_state(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every key the review holds, with its value (absent keys are left out)."""
    return dict(_pairs(conn, None))


def read_kind(conn: sqlite3.Connection, kind: str) -> dict[str, Any]:
    """Every key of one kind ("ballot", "rationale"…) the review holds, with its value."""
    return dict(_pairs(conn, {kind}))


def read_values(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, Any]:
    """The value of each of `keys` (its `absent` value when the review holds nothing under it)."""
    keys = set(keys)
    found = dict(_pairs(conn, {kind_of(key) for key in keys}, keys))
    return {key: found.get(key, absent(key)) for key in keys}


def _pairs(conn: sqlite3.Connection, kinds: set[str] | None, keys: set[str] | None = None):
    """(key, value) of the review, of the given kinds only when `kinds` is given.

    `keys`, when given, narrows the record tables to those rows (an edit logs a few keys, not the plan).
    """
    version = version_of(conn)

    def wanted(kind: str) -> bool:
        return kinds is None or kind in kinds

    def names(kind: str) -> list[str] | None:
        return None if keys is None else [name_of(key) for key in keys if kind_of(key) == kind]

    if wanted("profile"):
        row = conn.execute(f"SELECT {', '.join(PROFILE_FIELDS)} FROM profile WHERE id = 1").fetchone()
        for name, value in zip(PROFILE_FIELDS, row or ()):
            yield f"profile/{name}", value or ""
    if wanted("rating") or wanted("note"):
        items = None if keys is None else [*(names("rating") or ()), *(names("note") or ())]
        for item_id, value, note in _rows(conn, "SELECT item_id, value, note FROM assessment", "item_id", items):
            yield f"rating/{item_id}", value
            yield f"note/{item_id}", note
    if wanted("setting"):
        for name, value in conn.execute(f"SELECT key, value FROM meta WHERE key IN ({', '.join('?' * len(SETTINGS))})",
                                        SETTINGS):
            yield f"setting/{name}", value
    uid = _uid_column(conn)
    if wanted("team"):
        for ident, name, role, group, position in _rows(
                conn, f"SELECT {uid}, name, role, stakeholder_group, position FROM team_member", uid, names("team")):
            yield f"team/{ident}", {"name": name, "role": role, "group": group, "position": position}
    if version >= 3 and (wanted("objective") or wanted("item")):
        objectives = {ident: (own, title, position) for ident, own, title, position in
                      conn.execute(f"SELECT id, {uid}, title, position FROM objective")}
        if wanted("objective"):
            chosen = names("objective")
            for own, title, position in objectives.values():
                if chosen is None or own in chosen:
                    yield f"objective/{own}", {"title": title, "position": position}
        if wanted("item"):
            columns = ", ".join(("objective_id", *ITEM_FIELDS))
            for own, objective_id, *values in _rows(conn, f"SELECT {uid}, {columns} FROM action_item", uid,
                                                    names("item")):
                record = dict(zip(ITEM_FIELDS, values))
                record["objective"] = objectives[objective_id][0] if objective_id in objectives else None
                yield f"item/{own}", record
    if version >= 3 and wanted("dismissed"):
        for (gap_key,) in _rows(conn, "SELECT gap_key FROM dismissed_suggestion", "gap_key", names("dismissed")):
            yield f"dismissed/{gap_key}", True
    if version >= 2 and wanted("snapshot"):
        yield from _snapshots(conn, names("snapshot"))
    if version >= 4 and wanted("rationale"):
        for item_id, rationale in _rows(conn, "SELECT item_id, rationale FROM consensus", "item_id",
                                        names("rationale")):
            yield f"rationale/{item_id}", rationale
    if version >= 4 and wanted("ballot"):
        for ident, member, ratings, version_text in _rows(
                conn, "SELECT uid, member, ratings, version FROM ballot", "uid", names("ballot")):
            yield f"ballot/{ident}", {"member": member, "ratings": json.loads(ratings), "version": version_text}


def _rows(conn: sqlite3.Connection, query: str, column: str, chosen: list[str] | None) -> list[tuple]:
    if chosen is None:
        return conn.execute(query).fetchall()
    wanted = sorted(set(chosen))
    if not wanted:
        return []
    return conn.execute(f"{query} WHERE {column} IN ({', '.join('?' * len(wanted))})", wanted).fetchall()


def _snapshots(conn: sqlite3.Connection, years: list[str] | None):
    query = ("SELECT id, school_year, school_name, source_file, source_sheet, source_sha256, imported_at, imported_by "
             "FROM enrollment_snapshot")
    for ident, year, school, file, sheet, sha, at, by in _rows(conn, query, "school_year", years):
        counts = conn.execute("SELECT level, measure, outcome, dimension, grp, value FROM enrollment_count "
                              "WHERE snapshot_id = ? ORDER BY level, measure, outcome, dimension, grp", (ident,))
        digest = hashlib.sha256(json.dumps(counts.fetchall()).encode()).hexdigest()[:16]
        yield f"snapshot/{year}", {"school": school, "file": file, "sheet": sheet, "sha256": sha,
                                   "imported_at": at, "imported_by": by, "counts": digest}


def identity(conn: sqlite3.Connection) -> str:
    """The review's identity, shared by all its copies (derived, for a file from before identities)."""
    from equity_desktop.core.review.migrations import derived_identity

    meta = dict(conn.execute("SELECT key, value FROM meta"))
    return meta.get("review_id") or derived_identity(meta.get("created_at", ""), meta.get("created_with", ""))


def encode(value: Any) -> str:
    """A value as the change log stores it (sorted keys: the same value is always the same text)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def new_uid() -> str:
    """A record's or a change's identity: unique across every copy of every review."""
    return uuid.uuid4().hex


def uid_sequence(seed: str) -> Callable[[], str]:
    """Uids that are the same on every run (the demo and benchmark reviews are written byte for byte alike)."""
    numbers = itertools.count(1)
    return lambda: hashlib.sha256(f"{seed}/{next(numbers)}".encode()).hexdigest()[:32]
