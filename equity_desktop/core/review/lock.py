"""Detect a review that another running copy of the program has open.

The review file itself is locked with the operating system's lock while it is open for writing, so
deleting or replacing any other file cannot let a second copy in; the OS drops the lock when the
process dies, so a crash never leaves a review locked for good. A small note beside the review
(``.NAME.eqreview.lock``) only says who holds it, for the message; losing it loses nothing.

POSIX: `flock` on a descriptor of the review. It is independent of the `fcntl` byte locks SQLite
takes, but closing any descriptor of a file drops that process's `fcntl` locks, so the store closes
its SQLite connection before it releases this lock. Windows: one byte far past the end of the file
is locked (`msvcrt.locking` locks are mandatory there, and SQLite reads and locks near the start).
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_WINDOWS_LOCK_OFFSET = 1 << 40  # beyond any review and beyond SQLite's own lock bytes (at 1 GiB)


def lock_path_for(review_path: Path) -> Path:
    """The note beside the review that names who has it open."""
    return review_path.with_name(f".{review_path.name}.lock")


def current_user() -> str:
    """The login name, for 'who changed it' and 'who has it open'."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in containers and some kiosks
        return "unknown user"


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class ReviewLock:
    """An exclusive, process-wide lock on one review file."""

    def __init__(self, review_path: Path):
        self.review_path = review_path
        self.path = lock_path_for(review_path)
        self._fd: int | None = None

    def acquire(self) -> dict | None:
        """Take the lock; return None on success, or what the holder wrote about itself.

        OSError when the review cannot be opened for writing (read-only medium, no permission).
        """
        fd = os.open(self.review_path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        if not _try_lock(fd):
            os.close(fd)
            return self._read_holder()
        self._fd = fd
        self._write_holder()
        return None

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only medium; the OS lock is what matters
        os.close(self._fd)  # closing drops the OS lock
        self._fd = None

    def _write_holder(self) -> None:
        info = {
            "user": current_user(),
            "host": _host_name(),
            "pid": os.getpid(),
            "since": datetime.now().strftime("%H:%M on %Y-%m-%d"),
        }
        try:
            self.path.write_text(json.dumps(info), encoding="utf-8")
        except OSError:
            pass  # only the message would lack the name; the lock holds without it

    def _read_holder(self) -> dict:
        try:
            holder = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}
        return holder if isinstance(holder, dict) else {}


def _host_name() -> str:
    # os.uname / COMPUTERNAME rather than the socket module: this runs on every start-up.
    return os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")
