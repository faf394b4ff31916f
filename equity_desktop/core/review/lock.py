"""Detect a review that another running copy of the program has open.

A small lock file next to the review (``.NAME.eqreview.lock``) is locked with
the operating system's advisory lock while the review is open for writing. The
OS drops the lock when the process dies, so a crash never leaves a review
locked for good; the file's content only says who holds it, for the message.
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


def lock_path_for(review_path: Path) -> Path:
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
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class ReviewLock:
    """An exclusive, process-wide lock on one review file."""

    def __init__(self, review_path: Path):
        self.path = lock_path_for(review_path)
        self._fd: int | None = None

    def acquire(self) -> dict | None:
        """Take the lock; return None on success, or what the holder wrote about itself."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                holder = self._read_holder(fd)
                os.close(fd)
                return holder
            # The holder may have released and deleted the file between our open
            # and our lock: then we hold a lock on a file nobody else will see.
            if self._still_linked(fd):
                break
            os.close(fd)
        self._fd = fd
        self._write_holder(fd)
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

    def _still_linked(self, fd: int) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), os.stat(self.path))
        except OSError:
            return False

    @staticmethod
    def _write_holder(fd: int) -> None:
        info = {
            "user": current_user(),
            "host": _host_name(),
            "pid": os.getpid(),
            "since": datetime.now().strftime("%H:%M on %Y-%m-%d"),
        }
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        # Windows locks byte 0, which blocks writes there; the info starts after it.
        os.write(fd, b" " + json.dumps(info).encode())

    @staticmethod
    def _read_holder(fd: int) -> dict:
        try:
            os.lseek(fd, 1, os.SEEK_SET)
            return json.loads(os.read(fd, 4096).decode() or "{}")
        except (OSError, ValueError):
            return {}


def _host_name() -> str:
    # os.uname / COMPUTERNAME rather than the socket module: this runs on every start-up.
    return os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")
