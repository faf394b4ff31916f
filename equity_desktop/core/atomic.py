"""Every file the program writes appears whole or not at all (DESIGN.md "Architecture").

One helper for every writer (PDF, XLSX, CSV, JSON mappings, new reviews, copies, the demo): the content
is written to a hidden temporary file beside the target, flushed to the disk, renamed into place, and
the folder is flushed too, so that a failed, cancelled or killed write never leaves a half-written
file under the real name and never destroys the previous copy.

The temporary name is fixed per target (``.NAME.part``), so the next write to the same name clears
what a killed writer left, including SQLite's ``-journal``/``-wal``/``-shm`` beside it: a stale
journal beside a fresh temporary database would otherwise be rolled back into it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n.message import Message

# What SQLite may leave beside a database it was writing when the process died.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def partial_path(path: Path) -> Path:
    """The hidden temporary name a write of `path` goes through."""
    return path.with_name(f".{path.name}.part")


def remove_partial(partial: Path) -> None:
    """Delete a temporary file and whatever SQLite left beside it; missing files are fine."""
    for name in (partial, *(partial.with_name(partial.name + side) for side in SQLITE_SIDE_FILES)):
        try:
            name.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder: the write itself will say so


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then flush and rename the result to `path`.

    On any failure nothing is left behind and `path` keeps its old content. An OSError becomes a
    sentence naming the file and folder; other exceptions (SQLite's, a writer's own EquityError)
    pass through unchanged for the caller to word.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise EquityError(Message("error.atomic_no_folder", folder=str(path.parent)))
    partial = partial_path(path)
    remove_partial(partial)  # left by a writer that was killed
    try:
        write(partial)
        _flush_file(partial)
        os.replace(partial, path)
        flush_folder(path.parent)
    except PermissionError as error:
        raise EquityError(Message("error.atomic_permission", name=path.name, folder=str(path.parent),
                                  reason=str(error.strerror))) from error
    except OSError as error:
        raise EquityError(Message("error.atomic_failed", name=path.name, folder=str(path.parent),
                                  reason=str(error.strerror or error))) from error
    finally:
        remove_partial(partial)
    return path


def _flush_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def flush_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handle to flush."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares, FAT on a stick) cannot flush a folder
    finally:
        os.close(fd)
