"""Numbered schema migrations of the review file.

`PRAGMA user_version` holds the number of the last migration applied. To change
the schema, append a migration; never edit one that has shipped. A file whose
user_version is above len(MIGRATIONS) comes from a newer program and is refused.
"""

from __future__ import annotations

import hashlib
import sqlite3

# "EQRV" in ASCII: marks an SQLite file as an Equity Desktop review.
APPLICATION_ID = 0x45515256

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE profile (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    school        TEXT NOT NULL,
    district      TEXT NOT NULL,
    school_year   TEXT NOT NULL DEFAULT '',
    magnet_theme  TEXT NOT NULL DEFAULT '',
    program_type  TEXT CHECK (program_type IN ('district_wide', 'program_within_school', 'school_wide')),
    grades_served TEXT NOT NULL DEFAULT '',
    changed_by    TEXT NOT NULL DEFAULT '',
    changed_at    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE team_member (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    role     TEXT NOT NULL DEFAULT '',
    stakeholder_group TEXT NOT NULL
        CHECK (stakeholder_group IN ('student', 'teacher', 'family', 'administrator', 'district', 'partner', 'community'))
);
-- One row per rated framework item (map condition, key action or benchmark).
CREATE TABLE assessment (
    item_id    TEXT PRIMARY KEY,
    value      TEXT NOT NULL CHECK (value IN ('unrated', 'not_started', 'emerging', 'progressing', 'in_place',
                                              'not_applicable', 'not_met', 'partly_met', 'met')),
    note       TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
-- Every change to an assessment, so that no edit is ever lost and merges can be explained.
CREATE TABLE assessment_history (
    id         INTEGER PRIMARY KEY,
    item_id    TEXT NOT NULL,
    value      TEXT NOT NULL,
    note       TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX assessment_history_item ON assessment_history (item_id);
"""

# Enrollment snapshots: one per school year, aggregated counts only (never student rows).
_V2 = """
CREATE TABLE enrollment_snapshot (
    id              INTEGER PRIMARY KEY,
    school_year     TEXT NOT NULL UNIQUE,
    school_name     TEXT NOT NULL,
    school_code     TEXT,
    district_name   TEXT NOT NULL,
    district_source TEXT NOT NULL,
    source_file     TEXT NOT NULL,
    source_sheet    TEXT NOT NULL,
    source_sha256   TEXT NOT NULL,
    mapping         TEXT NOT NULL,
    imported_at     TEXT NOT NULL,
    imported_by     TEXT NOT NULL
);
-- value NULL: the file had the cell but its number was suppressed ("not available").
CREATE TABLE enrollment_count (
    snapshot_id INTEGER NOT NULL REFERENCES enrollment_snapshot (id),
    level       TEXT NOT NULL CHECK (level IN ('school', 'district')),
    measure     TEXT NOT NULL CHECK (measure IN ('count', 'share', 'total', 'outcome', 'outcome_total')),
    outcome     TEXT NOT NULL DEFAULT '',
    dimension   TEXT NOT NULL DEFAULT '',
    grp         TEXT NOT NULL DEFAULT '',
    value       REAL CHECK (value IS NULL OR value >= 0),
    PRIMARY KEY (snapshot_id, level, measure, outcome, dimension, grp)
);
"""

# The action plan: objectives, their action items, and the suggestions the team dismissed.
_V3 = """
CREATE TABLE objective (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    title    TEXT NOT NULL
);
CREATE TABLE action_item (
    id               INTEGER PRIMARY KEY,
    position         INTEGER NOT NULL DEFAULT 0,
    objective_id     INTEGER REFERENCES objective (id),
    title            TEXT NOT NULL,
    component_id     TEXT NOT NULL DEFAULT '',
    stage_number     INTEGER CHECK (stage_number IS NULL OR stage_number BETWEEN 1 AND 4),
    gap_kind         TEXT NOT NULL DEFAULT ''
        CHECK (gap_kind IN ('', 'benchmark', 'condition', 'isolation', 'disproportionality')),
    gap_ref          TEXT NOT NULL DEFAULT '',
    gap_text         TEXT NOT NULL DEFAULT '',
    root_cause       TEXT NOT NULL DEFAULT '',
    theory_of_action TEXT NOT NULL DEFAULT '',
    steps            TEXT NOT NULL DEFAULT '',
    lead             TEXT NOT NULL DEFAULT '',
    responsible      TEXT NOT NULL DEFAULT '',
    resources        TEXT NOT NULL DEFAULT '',
    funding_source   TEXT NOT NULL DEFAULT '',
    start            TEXT NOT NULL DEFAULT '',
    due              TEXT NOT NULL DEFAULT '',
    metric           TEXT NOT NULL DEFAULT '',
    baseline         TEXT NOT NULL DEFAULT '',
    target           TEXT NOT NULL DEFAULT '',
    target_date      TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'on_hold', 'done')),
    progress_notes   TEXT NOT NULL DEFAULT '',
    changed_by       TEXT NOT NULL DEFAULT '',
    changed_at       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE dismissed_suggestion (
    gap_key      TEXT PRIMARY KEY,
    dismissed_by TEXT NOT NULL,
    dismissed_at TEXT NOT NULL
);
"""

# Merging copies and collecting ballots (issue 17). Rows get a `uid` that stays the same in every copy of the
# review (rows that existed before take one derived from their id, so two copies migrated apart still agree);
# `change_log` records every change by key, so that two copies can be merged against what they share; `ballot`
# keeps each member's collected individual ratings; `consensus` the team's reason for an agreed rating.
# The team table is rebuilt so that a member's stakeholder group can be left unchosen ('').
_V4 = """
CREATE TABLE team_member_v4 (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    role     TEXT NOT NULL DEFAULT '',
    stakeholder_group TEXT NOT NULL
        CHECK (stakeholder_group IN ('', 'student', 'teacher', 'family', 'administrator', 'district', 'partner',
                                     'community')),
    uid      TEXT
);
INSERT INTO team_member_v4 (id, position, name, role, stakeholder_group)
    SELECT id, position, name, role, stakeholder_group FROM team_member;
DROP TABLE team_member;
ALTER TABLE team_member_v4 RENAME TO team_member;
ALTER TABLE objective ADD COLUMN uid TEXT;
ALTER TABLE action_item ADD COLUMN uid TEXT;
UPDATE team_member SET uid = 'r' || id WHERE uid IS NULL;
UPDATE objective SET uid = 'r' || id WHERE uid IS NULL;
UPDATE action_item SET uid = 'r' || id WHERE uid IS NULL;
CREATE UNIQUE INDEX team_member_uid ON team_member (uid);
CREATE UNIQUE INDEX objective_uid ON objective (uid);
CREATE UNIQUE INDEX action_item_uid ON action_item (uid);
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY,
    rev        TEXT NOT NULL UNIQUE,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_log_key ON change_log (key);
CREATE TABLE ballot (
    uid          TEXT PRIMARY KEY,
    member       TEXT NOT NULL,
    ratings      TEXT NOT NULL,
    version      TEXT NOT NULL,
    source_file  TEXT NOT NULL DEFAULT '',
    collected_by TEXT NOT NULL DEFAULT '',
    collected_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE consensus (
    item_id   TEXT PRIMARY KEY,
    rationale TEXT NOT NULL DEFAULT ''
);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
LATEST_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema up to LATEST_VERSION, each migration in its own transaction."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
        # executescript() commits first; the explicit BEGIN makes the migration
        # and its version bump one atomic step.
        if number == 4:
            script += _identity_script(conn)
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")


def derived_identity(created_at: str, created_with: str) -> str:
    """The identity of a review made before reviews had one: the same in every copy of the same file.

    Two copies of an older review, each migrated on its own laptop, must still be recognised as one review.
    """
    return "d" + hashlib.sha256(f"{created_at}\n{created_with}".encode()).hexdigest()[:31]


def _identity_script(conn: sqlite3.Connection) -> str:
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    if "review_id" in meta:
        return ""
    identity = derived_identity(meta.get("created_at", ""), meta.get("created_with", ""))
    return f"INSERT INTO meta VALUES ('review_id', '{identity}');"


def expected_columns(version: int) -> dict[str, frozenset[str]]:
    """Table → columns a review at `version` must have (built by running the migrations in memory)."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: frozenset(row[1] for row in conn.execute(f"PRAGMA table_info({table})")) for table in tables}
    finally:
        conn.close()
