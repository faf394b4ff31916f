"""Files we must refuse: each gets its own sentence, and none is written to."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from equity_desktop.core import errors
from equity_desktop.core.review.migrations import APPLICATION_ID, LATEST_VERSION
from equity_desktop.core.review.scales import Rating
from equity_desktop.core.review.store import ReviewStore


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(path, error_type, pattern):
    before = digest(path)
    with pytest.raises(error_type, match=pattern) as caught:
        ReviewStore.open(path)
    assert digest(path) == before, "a refused file must not be written"
    assert str(caught.value).endswith(".")
    return caught.value


def test_missing_file(tmp_path):
    with pytest.raises(errors.ReviewNotFoundError, match="was not found"):
        ReviewStore.open(tmp_path / "nowhere.eqreview")


def test_zero_bytes(tmp_path):
    empty = tmp_path / "empty.eqreview"
    empty.touch()
    refused(empty, errors.EmptyReviewFileError, r"is empty \(0 bytes\)")


def test_not_sqlite(tmp_path):
    text = tmp_path / "enrollment.eqreview"
    text.write_text("School,Hispanic,Black\nCedar Grove,120,45\n")
    refused(text, errors.NotAReviewError, "is not an Equity Desktop review")


def test_sqlite_of_another_program(tmp_path):
    other = tmp_path / "other.eqreview"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    refused(other, errors.NotAReviewError, "database of another program")


def test_newer_version(demo_copy):
    conn = sqlite3.connect(demo_copy)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    error = refused(demo_copy, errors.NewerReviewError, "saved by a newer version")
    assert "not changed" in str(error)
    with pytest.raises(errors.NewerReviewError):
        ReviewStore.open(demo_copy, read_only=True)


def test_corrupt_pages(demo_copy):
    data = bytearray(demo_copy.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Keep the header (so it still says SQLite and ours) and garble the pages after the first.
    for offset in range(page_size + 8, len(data), 7):
        data[offset] = 0xA5
    demo_copy.write_bytes(bytes(data))
    refused(demo_copy, errors.CorruptReviewError, "is damaged")


def test_truncated_file(demo_copy):
    data = demo_copy.read_bytes()
    demo_copy.write_bytes(data[: len(data) // 3])
    refused(demo_copy, errors.CorruptReviewError, "is damaged")


def test_header_only_garbage(tmp_path):
    fake = tmp_path / "fake.eqreview"
    fake.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    refused(fake, errors.CorruptReviewError, "is damaged")


def test_read_only_file_is_refused_for_writing_and_offered_read_only(demo_copy):
    demo_copy.chmod(0o444)
    try:
        error = refused(demo_copy, errors.ReviewReadOnlyError, "is read-only")
        assert error.can_open_read_only
        with ReviewStore.open(demo_copy, read_only=True) as store:
            assert store.assessments()["s1.map.de.1"].value is Rating.IN_PLACE
    finally:
        demo_copy.chmod(0o644)


def test_open_in_another_copy_is_detected(demo_copy):
    first = ReviewStore.open(demo_copy)
    try:
        error = refused(demo_copy, errors.ReviewInUseError, "open in another copy of Equity Desktop")
        assert error.can_open_read_only and error.holder["pid"] == os.getpid()
        with ReviewStore.open(demo_copy, read_only=True) as viewer:
            assert viewer.read_only
    finally:
        first.close()


def test_open_in_another_process_is_detected(demo_copy):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from equity_desktop.core.review.store import ReviewStore
            store = ReviewStore.open({str(demo_copy)!r})
            print("open", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        refused(demo_copy, errors.ReviewInUseError, "open in another copy")
    finally:
        holder.communicate("\n", timeout=30)
    # The other process has ended: its lock went with it.
    ReviewStore.open(demo_copy).close()


def test_lock_of_a_crashed_process_does_not_block(demo_copy):
    script = (f"from equity_desktop.core.review.store import ReviewStore; import os; "
              f"ReviewStore.open({str(demo_copy)!r}); os._exit(1)")
    subprocess.run([sys.executable, "-c", script], check=False)
    assert (demo_copy.parent / f".{demo_copy.name}.lock").exists()  # left behind by the "crash"
    ReviewStore.open(demo_copy).close()


def test_sqlite_lock_held_elsewhere_gives_a_sentence(new_review):
    blocker = sqlite3.connect(new_review.path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    new_review._conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(errors.ReviewLockedError, match="busy in another program"):
            new_review.set_assessment("s1.map.de.1", Rating.IN_PLACE)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert new_review.assessments() == {}


def test_application_id_constant_spells_eqrv():
    assert APPLICATION_ID.to_bytes(4, "big") == b"EQRV"
