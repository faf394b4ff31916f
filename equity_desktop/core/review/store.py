"""The review file (`.eqreview`, SQLite): the only code that reads or writes it.

Opening validates on a read-only connection first (is it SQLite, is it ours,
is it from a newer program, is it intact) so that a file we refuse is never
written. Every edit is one short transaction, committed before the method
returns; the GUI says "saved" only after that.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from equity_desktop import __version__
from equity_desktop.core import errors, settings
from equity_desktop.core.atomic import partial_path, write_atomically
from equity_desktop.core.framework.content import Framework, load_framework
from equity_desktop.core.i18n.message import Message
from equity_desktop.core.review import integrity, review_state
from equity_desktop.core.review.document import Assessment, Review, SchoolProfile, TeamMember
from equity_desktop.core.review.lock import ReviewLock, current_user
from equity_desktop.core.review.migrations import APPLICATION_ID, LATEST_VERSION, migrate
from equity_desktop.core.review.plan_records import (
    TEXT_FIELDS,
    ActionItem,
    ActionPlan,
    ActionStatus,
    GapKind,
    Objective,
)
from equity_desktop.core.review.review_state import new_uid
from equity_desktop.core.review.scales import BenchmarkStatus, ProgramType, Rating, StakeholderGroup, scale_for

SUFFIX = ".eqreview"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PROFILE_FIELDS = review_state.PROFILE_FIELDS


def file_name_for(school: str) -> str:
    """A safe file name for a school's review: "Cedar Grove Elementary.eqreview"."""
    cleaned = "".join(ch if ch.isalnum() or ch in " -_.'" else " " for ch in school)
    return (" ".join(cleaned.split()).strip(". ") or "Review") + SUFFIX


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ReviewStore:
    """An open review file. Use `ReviewStore.create` or `ReviewStore.open`; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ReviewLock | None, *,
                 framework: Framework, author: str, clock: Callable[[], str], read_only: bool,
                 uids: Callable[[], str] = new_uid):
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._lock = lock
        self.framework = framework
        self.author = author
        self._clock = clock
        self._new_uid = uids  # records' and changes' identities (the demo's are the same on every write)
        # Set when the review could not be recovered in place: this read-only store shows a recovered copy.
        self.recovered_from: Path | None = None

    # ---- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, profile: SchoolProfile, *, framework: Framework | None = None,
               author: str | None = None, clock: Callable[[], str] = utc_now,
               uids: Callable[[], str] = new_uid) -> ReviewStore:
        """Create a new review file at `path` (which must not exist) holding `profile`, and open it.

        The file is built under a temporary name and renamed into place, so a
        review never appears half-made.
        """
        path = Path(path)
        if path.exists():
            raise errors.ReviewExistsError(path, Message("review_error.exists", name=path.name))
        if not profile.school.strip():
            raise errors.InvalidEditError(Message("review_error.needs_school"))

        def build(partial: Path) -> None:
            conn = sqlite3.connect(partial, isolation_level=None)
            store = cls._wrap(partial, conn, framework, author, clock, lock=None, read_only=False, uids=uids)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate(conn)
                with store._transaction():
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('created_with', ?), ('created_at', ?), "
                                 "('review_id', ?)", (f"Equity Desktop {__version__}", store._clock(), uids()))
                    conn.execute("INSERT INTO profile (id, school, district) VALUES (1, '', '')")
                store.set_profile(profile)
            finally:
                conn.close()

        try:
            write_atomically(path, build)
        except errors.ReviewFileError as error:  # worded for the temporary file: say it of the review
            raise type(error)(path, _renamed(error.args[0] if error.args else str(error), partial_path(path).name,
                                             path.name)) from error
        except sqlite3.Error as error:
            raise _translate(path, error) from error
        return cls.open(path, framework=framework, author=author, clock=clock, uids=uids)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, framework: Framework | None = None,
             author: str | None = None, clock: Callable[[], str] = utc_now,
             uids: Callable[[], str] = new_uid) -> ReviewStore:
        """Open an existing review, refusing (with a sentence) anything we should not write to.

        What a killed writer left is rolled back first (`integrity.recover`); a review that cannot be
        written beside is recovered into a temporary copy, which a read-only store then reads
        (`store.recovered_from` says so). No failure path keeps the lock.
        """
        path = Path(path)
        framework = framework or load_framework()
        source = _recovered_and_checked(path, framework)
        if read_only:
            store = cls._wrap(path, _connect_read_only(source), framework, author, clock, lock=None, read_only=True)
            store.recovered_from = path if source != path else None
            return store
        if source != path or not _writable(path):
            raise errors.ReviewReadOnlyError(path, Message("review_error.read_only_file", name=path.name))
        lock = ReviewLock(path)
        try:
            holder = lock.acquire()
        except OSError as error:
            raise errors.ReviewReadOnlyError(
                path, Message("review_error.folder_read_only", name=path.name, reason=str(error.strerror))
            ) from error
        if holder is not None:
            raise errors.ReviewInUseError(path, _in_use_sentence(path, holder), holder)
        conn = None
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=2.0)
            if conn.execute("PRAGMA user_version").fetchone()[0] != LATEST_VERSION:
                migrate(conn)  # checked before migrating (_check_file); the new tables are checked after
                integrity.check_integrity(conn, path, LATEST_VERSION, framework)
            integrity.remove_stale_journal(conn, path)
            return cls._wrap(path, conn, framework, author, clock, lock=lock, read_only=False, uids=uids)
        except BaseException as error:
            if conn is not None:
                conn.close()  # before the lock: closing our lock's descriptor must not drop SQLite's own locks
            lock.release()
            if isinstance(error, sqlite3.Error):
                raise _translate(path, error) from error
            raise

    @classmethod
    def _wrap(cls, path, conn, framework, author, clock, *, lock, read_only, uids=new_uid) -> ReviewStore:
        if not read_only:
            # DELETE journal keeps a closed review one self-contained file (USB sticks, e-mail);
            # FULL sync makes each committed edit survive a power cut.
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        return cls(path, conn, lock, framework=framework or load_framework(), author=author or current_user(),
                   clock=clock, read_only=read_only, uids=uids)

    def close(self) -> None:
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # ---- reading ---------------------------------------------------------------------------

    def profile(self) -> SchoolProfile:
        row = self._conn.execute(f"SELECT {', '.join(_PROFILE_FIELDS)} FROM profile WHERE id = 1").fetchone()
        values = dict(zip(_PROFILE_FIELDS, row))
        values["program_type"] = ProgramType(values["program_type"]) if values["program_type"] else None
        return SchoolProfile(**values)

    def team(self) -> tuple[TeamMember, ...]:
        rows = self._conn.execute(
            f"SELECT id, name, role, stakeholder_group, {self._uid} FROM team_member ORDER BY position, id"
        ).fetchall()
        return tuple(TeamMember(name, role, StakeholderGroup(group) if group else None, id=ident, uid=uid)
                     for ident, name, role, group, uid in rows)

    @property
    def _uid(self) -> str:
        """The uid column, or for a file from before uids (read-only, not migrated) the uids its migration gives."""
        return "uid" if review_state.version_of(self._conn) >= 4 else "'r' || id AS uid"

    def identity(self) -> str:
        """What every copy of this review shares (and no other review has)."""
        return review_state.identity(self._conn)

    def meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def state(self) -> dict:
        """The whole review as keys and values (`review_state`)."""
        return review_state.read_state(self._conn)

    def values(self, keys) -> dict:
        return review_state.read_values(self._conn, keys)

    def values_of_kind(self, kind: str) -> dict:
        """Every key of one kind with its value: `values_of_kind("ballot")`."""
        return review_state.read_kind(self._conn, kind)

    def change_log(self) -> list[LoggedChange]:
        """Every change recorded since the review could be merged, oldest first."""
        if review_state.version_of(self._conn) < 4:
            return []
        return [LoggedChange(*row) for row in self._conn.execute(
            "SELECT rev, key, value, changed_by, changed_at, source FROM change_log ORDER BY seq")]

    def assessments(self) -> dict[str, Assessment]:
        rows = self._conn.execute("SELECT item_id, value, note, changed_by, changed_at FROM assessment")
        result = {}
        for item_id, value, note, by, at in rows:
            if not self.framework.has_item(item_id):
                continue  # an item a later framework edition dropped: kept in the file, not shown
            result[item_id] = Assessment(item_id, scale_for(self.framework, item_id)(value), note, by, at)
        return result

    def history(self, item_id: str) -> list[Assessment]:
        rows = self._conn.execute(
            "SELECT value, note, changed_by, changed_at FROM assessment_history WHERE item_id = ? ORDER BY id",
            (item_id,),
        )
        scale = scale_for(self.framework, item_id)
        return [Assessment(item_id, scale(value), note, by, at) for value, note, by, at in rows]

    def load(self) -> Review:
        return Review(self.profile(), self.team(), self.assessments(), self.action_plan())

    def save_copy(self, destination: Path | str) -> Path:
        """Write a consistent copy of the review to `destination` (replacing it), via a temporary file.

        Works on a read-only review too: that is how a team makes its own editable copy.
        """
        destination = Path(destination)
        if destination.resolve() == self.path.resolve():
            raise errors.ReviewWriteError(destination, Message("review_error.copy_is_review", name=destination.name))

        def backup(partial: Path) -> None:
            target = sqlite3.connect(partial)
            try:
                self._conn.backup(target)
            finally:
                target.close()

        try:
            write_atomically(destination, backup)
        except (sqlite3.Error, errors.EquityError) as error:
            reason = error.__cause__ if isinstance(error, errors.EquityError) and error.__cause__ else error
            reason = getattr(reason, "strerror", None) or reason
            raise errors.ReviewWriteError(destination, Message(
                "review_error.copy_failed", name=destination.name, folder=str(destination.parent), reason=str(reason)
            )) from error
        return destination

    # ---- editing: each method is one committed transaction --------------------------------

    def set_profile(self, profile: SchoolProfile) -> None:
        if not profile.school.strip():
            raise errors.InvalidEditError(Message("review_error.needs_school"))
        values = [getattr(profile, name) for name in _PROFILE_FIELDS]
        values[_PROFILE_FIELDS.index("program_type")] = profile.program_type.value if profile.program_type else None
        assignments = ", ".join(f"{name} = ?" for name in _PROFILE_FIELDS)
        with self._transaction(), self._logged(f"profile/{name}" for name in _PROFILE_FIELDS):
            self._conn.execute(f"UPDATE profile SET {assignments}, changed_by = ?, changed_at = ? WHERE id = 1",
                               (*values, self.author, self._clock()))

    def add_team_member(self, member: TeamMember, position: int | None = None) -> TeamMember:
        """Add `member` at the end of the team, or back at `position` under its old id and uid (undoing a removal)."""
        uid = member.uid or self._new_uid()
        with self._transaction(), self._logged([f"team/{uid}"]):
            if position is None:
                position = self._conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM team_member").fetchone()[0]
            cursor = self._conn.execute(
                "INSERT INTO team_member (id, position, name, role, stakeholder_group, uid) VALUES (?, ?, ?, ?, ?, ?)",
                (member.id, position, member.name, member.role, _group_value(member.group), uid),
            )
        return member._replace(id=cursor.lastrowid, uid=uid)

    def team_position(self, member_id: int) -> int | None:
        row = self._conn.execute("SELECT position FROM team_member WHERE id = ?", (member_id,)).fetchone()
        return row[0] if row else None

    def update_team_member(self, member: TeamMember) -> None:
        with self._transaction(), self._logged(self._uid_keys("team", "team_member", [member.id])):
            cursor = self._conn.execute(
                "UPDATE team_member SET name = ?, role = ?, stakeholder_group = ? WHERE id = ?",
                (member.name, member.role, _group_value(member.group), member.id),
            )
            if cursor.rowcount != 1:
                raise errors.InvalidEditError(Message("review_error.member_gone", name=repr(member.name)))

    def remove_team_member(self, member_id: int) -> None:
        with self._transaction(), self._logged(self._uid_keys("team", "team_member", [member_id])):
            self._conn.execute("DELETE FROM team_member WHERE id = ?", (member_id,))

    def set_assessment(self, item_id: str, value: Rating | BenchmarkStatus | str | None,
                       note: str | None = None) -> Assessment:
        """Rate a condition or key action, or set a benchmark's status, with its evidence note.

        `None` keeps what is stored (an item never rated counts as Unrated with no note).
        """
        with self._transaction(), self._logged([f"rating/{item_id}", f"note/{item_id}"]):
            return self._write_assessment(item_id, value, note)

    def _write_assessment(self, item_id: str, value, note: str | None) -> Assessment:
        if not self.framework.has_item(item_id):
            raise errors.InvalidEditError(Message("review_error.not_an_item", item=repr(item_id)))
        scale = scale_for(self.framework, item_id)
        if value is not None:
            try:
                value = scale(value)
            except ValueError:
                allowed = ", ".join(v.value for v in scale)
                raise errors.InvalidEditError(
                    Message("review_error.not_a_rating", value=repr(value), item=item_id, allowed=allowed)) from None
        stored = self._conn.execute("SELECT value, note FROM assessment WHERE item_id = ?", (item_id,)).fetchone()
        stored_value, stored_note = stored or (scale.UNRATED.value, "")
        saved = Assessment(item_id, scale(stored_value) if value is None else value,
                           stored_note if note is None else note, self.author, self._clock())
        row = (item_id, saved.value.value, saved.note, saved.changed_by, saved.changed_at)
        self._conn.execute("INSERT OR REPLACE INTO assessment VALUES (?, ?, ?, ?, ?)", row)
        self._conn.execute(
            "INSERT INTO assessment_history (item_id, value, note, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)",
            row,
        )
        return saved

    def set_note(self, item_id: str, note: str) -> Assessment:
        """Change only the evidence note of an item (its rating stays as it is)."""
        return self.set_assessment(item_id, None, note)

    # ---- the action plan -----------------------------------------------------------------------

    def action_plan(self) -> ActionPlan:
        if self._conn.execute("PRAGMA user_version").fetchone()[0] < 3:
            return ActionPlan()  # a file from before the action plan, opened read-only (not migrated)
        objectives = tuple(Objective(*row) for row in self._conn.execute(
            f"SELECT id, title, position, {self._uid} FROM objective ORDER BY position, id"))
        columns = ", ".join(self._uid if name == "uid" else name for name in ActionItem._fields)
        items = []
        for row in self._conn.execute(f"SELECT {columns} FROM action_item ORDER BY position, id"):
            item = ActionItem(*row)
            items.append(item._replace(gap_kind=GapKind(item.gap_kind), status=ActionStatus(item.status)))
        dismissed = frozenset(row[0] for row in self._conn.execute("SELECT gap_key FROM dismissed_suggestion"))
        return ActionPlan(objectives, tuple(items), dismissed)

    def write_plan(self, objectives: Mapping[int, Objective | None] | None = None,
                   items: Mapping[int, ActionItem | None] | None = None,
                   dismissed: Mapping[str, bool] | None = None,
                   assessments: Sequence[tuple[str, Rating | BenchmarkStatus, str]] = (), source: str = "") -> None:
        """Put (or, for None, delete) objectives and items by id, dismiss or restore suggestions, and set ratings:
        one transaction.

        Every plan edit, its undo and an accepted spreadsheet go through here, so each is saved whole or not at all.
        `source` says in the change log where the edit came from ("workbook plan.xlsx"); empty for the window.
        """
        columns = ActionItem._fields
        for item in (items or {}).values():
            if item is not None and (problem := self._item_problem(item)):
                raise errors.InvalidEditError(Message("review_error.item_not_saved", id=str(item.id),
                                                      title=repr(item.title[:40]), problem=problem))
        objectives, items = dict(objectives or {}), dict(items or {})
        touched = [*(f"rating/{item_id}" for item_id, _, _ in assessments),
                   *(f"note/{item_id}" for item_id, _, _ in assessments),
                   *self._uid_keys("objective", "objective", objectives),
                   *self._uid_keys("item", "action_item", items),
                   *(f"dismissed/{key}" for key in dismissed or {})]
        gone_objectives = [ident for ident, objective in objectives.items() if objective is None]
        touched += self._uid_keys("item", "action_item", [ident for (ident,) in self._conn.execute(
            f"SELECT id FROM action_item WHERE objective_id IN ({', '.join('?' * len(gone_objectives))})",
            gone_objectives)])
        with self._transaction(), self._logged(touched, source) as logged:
            for item_id, value, note in assessments:
                self._write_assessment(item_id, value, note)
            for ident, objective in objectives.items():
                if objective is None:
                    self._conn.execute("UPDATE action_item SET objective_id = NULL WHERE objective_id = ?", (ident,))
                    self._conn.execute("DELETE FROM objective WHERE id = ?", (ident,))
                else:
                    uid = objective.uid or self._uid_of("objective", ident) or self._new_uid()
                    logged.add(f"objective/{uid}")
                    self._conn.execute("INSERT OR REPLACE INTO objective (id, title, position, uid) "
                                       "VALUES (?, ?, ?, ?)", (ident, objective.title, objective.position, uid))
            for ident, item in items.items():
                if item is None:
                    self._conn.execute("DELETE FROM action_item WHERE id = ?", (ident,))
                    continue
                item = item._replace(uid=item.uid or self._uid_of("action_item", ident) or self._new_uid())
                logged.add(f"item/{item.uid}")
                values = [v.value if isinstance(v, (GapKind, ActionStatus)) else v for v in item]
                self._conn.execute(
                    f"INSERT OR REPLACE INTO action_item ({', '.join(columns)}, changed_by, changed_at) "
                    f"VALUES ({', '.join('?' * (len(columns) + 2))})", (*values, self.author, self._clock()))
            for key, gone in (dismissed or {}).items():
                if gone:
                    self._conn.execute("INSERT OR REPLACE INTO dismissed_suggestion VALUES (?, ?, ?)",
                                       (key, self.author, self._clock()))
                else:
                    self._conn.execute("DELETE FROM dismissed_suggestion WHERE gap_key = ?", (key,))

    def _item_problem(self, item: ActionItem) -> str:
        """What the store refuses to write, whoever asks (the form checks the same before)."""
        if item.stage_number is not None and item.stage_number not in range(1, len(self.framework.stages) + 1):
            return f"{item.stage_number} is not a stage (1 to {len(self.framework.stages)})"
        components = {c.id for c in self.framework.components}
        if item.component_id and item.component_id not in components:
            return f"{item.component_id!r} is not a component ({', '.join(sorted(components))})"
        if not isinstance(item.status, ActionStatus) or not isinstance(item.gap_kind, GapKind):
            return f"its status {item.status!r} or gap kind {item.gap_kind!r} is not one the plan knows"
        if bad := next((name for name in (*TEXT_FIELDS, "gap_ref") if not isinstance(getattr(item, name), str)), None):
            return f"its {bad} is not text"
        return ""

    # ---- enrollment snapshots and the MGI settings --------------------------------------------
    # The enrollment modules are imported inside the methods: they are not needed to open a review.

    def snapshots(self) -> list:
        """Every enrollment snapshot (core.enrollment.snapshot.Snapshot), oldest school year first."""
        from equity_desktop.core.enrollment.snapshot import Snapshot, unit_from_rows

        if self._conn.execute("PRAGMA user_version").fetchone()[0] < 2:
            return []  # a file from before snapshots existed, opened read-only (not migrated)
        result = []
        for (ident, year, name, code, district, source, file, sheet, sha, mapping, at, by) in self._conn.execute(
                "SELECT id, school_year, school_name, school_code, district_name, district_source, source_file, "
                "source_sheet, source_sha256, mapping, imported_at, imported_by FROM enrollment_snapshot "
                "ORDER BY school_year").fetchall():
            rows = self._conn.execute("SELECT level, measure, outcome, dimension, grp, value FROM enrollment_count "
                                      "WHERE snapshot_id = ?", (ident,)).fetchall()
            school = unit_from_rows(name, code, "school", year, [r[1:] for r in rows if r[0] == "school"])
            reference = unit_from_rows(district, None, "district", year, [r[1:] for r in rows if r[0] == "district"])
            result.append(Snapshot(year, school, reference, file, sheet, sha, json.loads(mapping), source, at, by,
                                   ident))
        return result

    def add_snapshot(self, snapshot) -> None:
        """Store a school year's snapshot, replacing the one of the same year, in one transaction."""
        self.replace_snapshots([snapshot.year], [snapshot])

    def replace_snapshots(self, years: list[str], snapshots: list) -> None:
        """Remove the snapshots of `years`, then store `snapshots`, all in one transaction (an import, or its undo).

        A snapshot that was stored before keeps its import time and importer (undo puts it back as it was).
        """
        every_year = {*years, *(s.year for s in snapshots)}
        with self._transaction(), self._logged(f"snapshot/{year}" for year in every_year):
            for year in every_year:
                self._delete_snapshot(year)
            for snapshot in snapshots:
                self._insert_snapshot(snapshot)

    def _insert_snapshot(self, snapshot) -> None:
        from equity_desktop.core.enrollment.snapshot import rows_of

        cursor = self._conn.execute(
            "INSERT INTO enrollment_snapshot (school_year, school_name, school_code, district_name, "
            "district_source, source_file, source_sheet, source_sha256, mapping, imported_at, imported_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (snapshot.year, snapshot.school.name, snapshot.school.code, snapshot.district.name,
             snapshot.district_source, snapshot.source_file, snapshot.source_sheet, snapshot.sha256,
             json.dumps(snapshot.mapping, ensure_ascii=False), snapshot.imported_at or self._clock(),
             snapshot.imported_by or self.author))
        rows = rows_of(snapshot.school, "school") + rows_of(snapshot.district, "district")
        self._conn.executemany("INSERT INTO enrollment_count VALUES (?, ?, ?, ?, ?, ?, ?)",
                               [(cursor.lastrowid, *row) for row in rows])

    def remove_snapshot(self, year: str) -> None:
        with self._transaction(), self._logged([f"snapshot/{year}"]):
            self._delete_snapshot(year)

    def _delete_snapshot(self, year: str) -> None:
        self._conn.execute("DELETE FROM enrollment_count WHERE snapshot_id IN "
                           "(SELECT id FROM enrollment_snapshot WHERE school_year = ?)", (year,))
        self._conn.execute("DELETE FROM enrollment_snapshot WHERE school_year = ?", (year,))

    def mgi_rule(self):
        """The review's isolation rule (threshold and points/relative); 10 points when never set."""
        from equity_desktop.core.enrollment.mgi import Rule

        stored = dict(self._conn.execute("SELECT key, value FROM meta WHERE key IN ('mgi_rule', 'mgi_threshold')"))
        return Rule(stored.get("mgi_rule", settings.ISOLATION_KIND_DEFAULT),
                    float(stored.get("mgi_threshold", settings.ISOLATION_THRESHOLD.default)))

    def set_mgi_rule(self, rule) -> None:
        if rule.kind not in settings.ISOLATION_KINDS:
            raise errors.InvalidEditError(Message("review_error.rule_kind", kind=repr(rule.kind)))
        if problem := settings.ISOLATION_THRESHOLD.problem(rule.threshold):
            raise errors.InvalidEditError(problem)
        with self._transaction(), self._logged(["setting/mgi_rule", "setting/mgi_threshold"]):
            self._conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                                   [("mgi_rule", rule.kind), ("mgi_threshold", repr(float(rule.threshold)))])

    def suppression_size(self) -> int:
        """The smallest count the review's printed and exported copies show (settings.SUPPRESSION_SIZE)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (settings.SUPPRESSION_SIZE.key,)).fetchone()
        return int(settings.SUPPRESSION_SIZE.value(row[0]) if row else settings.SUPPRESSION_SIZE.default)

    def set_suppression_size(self, size: int) -> None:
        if problem := settings.SUPPRESSION_SIZE.problem(size):
            raise errors.InvalidEditError(problem)
        with self._transaction(), self._logged([f"setting/{settings.SUPPRESSION_SIZE.key}"]):
            self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                               (settings.SUPPRESSION_SIZE.key, str(int(size))))

    def set_ballot_meta(self, values: Mapping[str, str]) -> None:
        """Say whose ballot this file is and what it asks about (`core.review.ballots`)."""
        with self._transaction():
            self._conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(values.items()))

    def rationales(self) -> dict[str, str]:
        """Item id -> why the team agreed on its rating (a workshop's consensus)."""
        if review_state.version_of(self._conn) < 4:
            return {}
        return dict(self._conn.execute("SELECT item_id, rationale FROM consensus"))

    def set_rationale(self, item_id: str, rationale: str) -> None:
        if not self.framework.has_item(item_id):
            raise errors.InvalidEditError(Message("review_error.not_an_item", item=repr(item_id)))
        with self._transaction(), self._logged([f"rationale/{item_id}"]):
            self._put(f"rationale/{item_id}", rationale.strip())

    # ---- merging: values by key ----------------------------------------------------------------

    def apply_values(self, values: Mapping[str, object], *, add_log: Sequence[LoggedChange] = (),
                     remove_log: Sequence[str] = (), source: str = "") -> None:
        """Set each key to its value (`review_state`; a snapshot key takes the Snapshot itself, or None), add
        another copy's revisions to the log and remove revisions (undoing a merge), in one transaction.

        Afterwards the log's last revision of every key touched holds the key's value: where the value written
        is not the last revision added (a conflict decided for this copy, a record merged by field), a revision
        of this store's author records it.
        """
        order = {"objective": 0, "item": 2}  # an item names its objective: objectives first
        keys = sorted(values, key=lambda k: (order.get(review_state.kind_of(k), 1), k))
        with self._transaction():
            self._conn.executemany("DELETE FROM change_log WHERE rev = ?", [(rev,) for rev in remove_log])
            self._conn.executemany(
                "INSERT OR IGNORE INTO change_log (rev, key, value, changed_by, changed_at, source) "
                "VALUES (?, ?, ?, ?, ?, ?)", [tuple(change) for change in add_log])
            for key in keys:
                self._put(key, values[key])
            touched = sorted({*keys, *(c.key for c in add_log)})
            if remove_log:
                touched = sorted({*touched, *(key for (key,) in self._conn.execute(
                    "SELECT DISTINCT key FROM change_log"))})
            current = review_state.read_values(self._conn, touched)
            last = dict(self._conn.execute(
                f"SELECT key, value FROM change_log WHERE seq IN (SELECT MAX(seq) FROM change_log WHERE key IN "
                f"({', '.join('?' * len(touched))}) GROUP BY key)", touched))
            self._log([(key, value) for key, value in current.items()
                       if review_state.encode(value) != last.get(key, review_state.encode(review_state.absent(key)))],
                      source)

    def _put(self, key: str, value) -> None:
        """Write one key's value (no log: `apply_values` keeps the log)."""
        kind, name = review_state.kind_of(key), review_state.name_of(key)
        if kind == "profile":
            if name not in _PROFILE_FIELDS:
                raise errors.InvalidEditError(Message("review_error.not_profile_field", name=repr(name)))
            self._conn.execute(f"UPDATE profile SET {name} = ? WHERE id = 1",
                               (value or None if name == "program_type" else value or "",))
        elif kind == "rating":
            self._write_assessment(name, value or "unrated", None)
        elif kind == "note":
            self._write_assessment(name, None, value or "")
        elif kind == "rationale":
            self._conn.execute("DELETE FROM consensus WHERE item_id = ?", (name,))
            if value:
                self._conn.execute("INSERT INTO consensus VALUES (?, ?)", (name, value))
        elif kind == "setting":
            self._conn.execute("DELETE FROM meta WHERE key = ?", (name,))
            if value is not None:
                self._conn.execute("INSERT INTO meta VALUES (?, ?)", (name, value))
        elif kind == "dismissed":
            self._conn.execute("DELETE FROM dismissed_suggestion WHERE gap_key = ?", (name,))
            if value:
                self._conn.execute("INSERT INTO dismissed_suggestion VALUES (?, ?, ?)", (name, self.author,
                                                                                         self._clock()))
        elif kind == "snapshot":
            self._delete_snapshot(name)
            if value is not None:
                self._insert_snapshot(value)
        elif kind == "ballot":
            self._conn.execute("DELETE FROM ballot WHERE uid = ?", (name,))
            if value is not None:
                self._conn.execute("INSERT INTO ballot (uid, member, ratings, version, collected_by, collected_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?)", (name, value["member"], review_state.encode(
                                       value["ratings"]), value["version"], self.author, self._clock()))
        elif kind in ("team", "objective", "item"):
            self._put_record(kind, name, value)
        else:
            raise errors.InvalidEditError(Message("review_error.not_review_key", key=repr(key)))

    def _put_record(self, kind: str, uid: str, value: dict | None) -> None:
        table = {"team": "team_member", "objective": "objective", "item": "action_item"}[kind]
        ident = self._conn.execute(f"SELECT id FROM {table} WHERE uid = ?", (uid,)).fetchone()
        if value is None:
            if ident and kind == "objective":
                self._conn.execute("UPDATE action_item SET objective_id = NULL WHERE objective_id = ?", ident)
            self._conn.execute(f"DELETE FROM {table} WHERE uid = ?", (uid,))
            return
        fields = dict(value)
        if kind == "team":
            fields["stakeholder_group"] = fields.pop("group") or ""
        if kind == "item":
            objective = self._conn.execute("SELECT id FROM objective WHERE uid = ?",
                                           (fields.pop("objective"),)).fetchone()
            fields["objective_id"] = objective[0] if objective else None
            record = ActionItem(0, **{name: fields[name] for name in review_state.ITEM_FIELDS})
            record = record._replace(gap_kind=GapKind(record.gap_kind), status=ActionStatus(record.status))
            if problem := self._item_problem(record):
                raise errors.InvalidEditError(Message("review_error.item_not_merged", title=repr(record.title[:40]),
                                                      problem=problem))
            fields.update(changed_by=self.author, changed_at=self._clock())
        names = sorted(fields)
        if ident:
            self._conn.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                               (*(fields[n] for n in names), ident[0]))
        else:
            self._conn.execute(f"INSERT INTO {table} ({', '.join(names)}, uid) "
                               f"VALUES ({', '.join('?' * len(names))}, ?)", (*(fields[n] for n in names), uid))

    # ---- the change log -------------------------------------------------------------------------

    @contextmanager
    def _logged(self, keys: Iterable[str], source: str = "") -> Iterator[set[str]]:
        """Inside a transaction: record in the change log every key whose value the body changed.

        The body adds the keys of records it creates to the set it is given.
        """
        keys = set(keys)
        before = review_state.read_values(self._conn, keys)
        yield keys
        after = review_state.read_values(self._conn, keys)
        self._log([(key, value) for key, value in sorted(after.items())
                   if value != before.get(key, review_state.absent(key))], source)

    def _log(self, changes: Sequence[tuple[str, object]], source: str = "") -> None:
        at = self._clock()
        self._conn.executemany(
            "INSERT INTO change_log (rev, key, value, changed_by, changed_at, source) VALUES (?, ?, ?, ?, ?, ?)",
            [(self._new_uid(), key, review_state.encode(value), self.author, at, source) for key, value in changes])

    def _uid_of(self, table: str, ident: int | None) -> str | None:
        row = self._conn.execute(f"SELECT uid FROM {table} WHERE id = ?", (ident,)).fetchone()
        return row[0] if row else None

    def _uid_keys(self, kind: str, table: str, idents: Iterable[int | None]) -> list[str]:
        """The change-log keys of the rows of `table` with these ids (rows not there yet have none)."""
        return [f"{kind}/{uid}" for ident in idents if (uid := self._uid_of(table, ident))]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.read_only:
            raise errors.ReviewReadOnlyError(self.path, Message("review_error.open_read_only", name=self.path.name))
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _translate(self.path, error) from error
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException as error:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise _translate(self.path, error) from error
            raise


def _group_value(group: StakeholderGroup | None) -> str:
    return StakeholderGroup(group).value if group else ""


class LoggedChange(NamedTuple):
    """One entry of the change log: `key` became `value` (JSON text), by whom, when, from where."""

    rev: str
    key: str
    value: str
    changed_by: str
    changed_at: str
    source: str = ""


class ReviewSummary(NamedTuple):
    """What the start page shows of a recent review, read without opening it for editing."""

    path: Path
    school: str
    district: str
    conditions_rated: int
    conditions_total: int


def summarize(path: Path | str, framework: Framework | None = None) -> ReviewSummary:
    """Read a review's school and progress without locking or writing it (EquityError if unreadable)."""
    path = Path(path)
    framework = framework or load_framework()
    conn = _connect_read_only(_recovered_and_checked(path, framework))
    try:
        school, district = conn.execute("SELECT school, district FROM profile WHERE id = 1").fetchone()
        rated = {row[0] for row in conn.execute(
            "SELECT item_id FROM assessment WHERE value != 'unrated'")}
    except sqlite3.Error as error:
        raise _translate(path, error) from error
    finally:
        conn.close()
    conditions = {c.id for c in framework.conditions}
    return ReviewSummary(path, school, district, len(rated & conditions), len(conditions))


# ---- helpers ---------------------------------------------------------------------------------

def _writable(path: Path) -> bool:
    # os.access alone says yes to root; a file with no write bits is one the user marked read-only.
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def _exists_as_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _recovered_and_checked(path: Path, framework: Framework) -> Path:
    """Roll back what a killed writer left (in place, or in a temporary copy when `path` cannot be written),
    then refuse anything that is not an intact review; the file to read."""
    exists = _exists_as_file(path)
    can_write = exists and _writable(path) and integrity.folder_writable(path)
    source = integrity.recover(path, can_write) if exists else path
    _check_file(source, framework, shown_as=path)
    return source


def _check_file(path: Path, framework: Framework, shown_as: Path | None = None) -> None:
    """Refuse, without writing a byte, any file that is not an intact review we can read.

    `path` is the file to check (a recovered copy, perhaps); sentences name `shown_as`, the review.
    """
    try:
        _check_readable_review(path, framework, shown_as or path)
    except errors.ReviewFileError:
        raise
    except PermissionError as error:
        shown = shown_as or path
        raise errors.ReviewReadOnlyError(
            shown, Message("review_error.no_permission", name=shown.name, reason=str(error.strerror))
        ) from error
    except OSError as error:
        shown = shown_as or path
        raise errors.ReviewFileError(
            shown, Message("review_error.cannot_read", name=shown.name, reason=str(error.strerror or error))
        ) from error


def _check_readable_review(path: Path, framework: Framework, shown: Path) -> None:
    name = shown.name
    if not path.exists():
        raise errors.ReviewNotFoundError(
            shown, Message("review_error.not_found", name=name, folder=str(shown.parent)))
    if path.is_dir():
        raise errors.NotAReviewError(shown, Message("review_error.folder", name=name, suffix=SUFFIX))
    if path.stat().st_size == 0:
        raise errors.EmptyReviewFileError(shown, Message("review_error.empty", name=name))
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise errors.NotAReviewError(shown, Message("review_error.not_a_review", name=name, suffix=SUFFIX))
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as error:
        raise _translate(shown, error) from error
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise errors.NotAReviewError(shown, Message("review_error.other_database", name=name, suffix=SUFFIX))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            raise errors.NewerReviewError(
                shown, Message("review_error.newer", name=name, version=str(version), latest=str(LATEST_VERSION)))
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise integrity.damaged(shown)
        integrity.check_integrity(conn, shown, version, framework)
    except sqlite3.DatabaseError as error:
        raise _translate(shown, error) from error
    finally:
        conn.close()


def _in_use_sentence(path: Path, holder: dict) -> str:
    if {"user", "host", "since"} <= holder.keys():
        return Message("review_error.in_use_by", name=path.name, user=str(holder["user"]), host=str(holder["host"]),
                       since=str(holder["since"]))
    return Message("review_error.in_use", name=path.name)


def _renamed(message: str, old: str, new: str) -> str:
    """`message` naming `new` where it named `old` (a Message stays one, with its arguments renamed)."""
    if isinstance(message, Message):
        return Message(message.message_id, **{key: value.replace(old, new) if type(value) is str else value
                                              for key, value in message.arguments})
    return message.replace(old, new)


# SQLite's primary result codes (https://sqlite.org/rescode.html) that a user or a drive can cause.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 10, 11, 13, 14, 26, 3


def _translate(path: Path, error: sqlite3.Error) -> errors.ReviewFileError:
    """Turn a condition SQLite reports about the file into the sentence a user can act on.

    Classified by SQLite's result code, never by the words of its message. Anything else (a CHECK
    that failed, a missing table, an SQL mistake) is a program bug: it is raised as it is, so that it
    reaches the crash report instead of being told as a drive problem.
    """
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    name = path.name
    if primary in (_BUSY, _LOCKED):
        return errors.ReviewLockedError(path, Message("review_error.busy", name=name))
    if primary in (_READONLY, _PERM):
        return errors.ReviewReadOnlyError(path, Message("review_error.cannot_write", name=name))
    if primary == _FULL:
        return errors.ReviewWriteError(path, Message("review_error.disk_full", name=name))
    if primary in (_CORRUPT, _NOTADB):
        return integrity.damaged(path)
    if primary == _CANTOPEN:
        return errors.ReviewFileError(path, Message("review_error.cannot_open", name=name))
    if primary == _IOERR:
        return errors.ReviewWriteError(path, Message("review_error.io", name=name))
    raise error
