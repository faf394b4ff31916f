"""Running a long read in a worker process, so that the window never waits on it.

A thread is not enough: python-calamine parses a whole sheet, and the student-row counter counts a
whole column, in single calls that hold the GIL for 200–300 ms on a 350,000-row file; a window
sharing that GIL would freeze for as long. A separate process shares nothing, and cancelling it
is final (it is terminated; nothing was written, since the worker only reads).

The target must be a module-level function taking `progress=` (it is pickled by name), and
`cancelled=` if it wants to look itself. The caller polls `events()` (the GUI from a timer) and gets
("progress", fraction, message), then exactly one of ("done", result), ("error", sentence) for an
EquityError, ("cancelled",) or ("crash", traceback text).

Cancel asks, it does not kill: `cancel()` sets an event that `cancelled()` reports and that the next
progress report turns into `Cancelled`, so a writer stops between two steps and its temporary file is
removed (core.atomic). Only a worker that has not stopped `CANCEL_GRACE` seconds later (one long C
call) is terminated; a reader, which writes nothing, loses nothing either way.

On Linux the worker caps its own address space (`memory_limit`): a read that runs away despite the
checks of limits.py ends in a MemoryError and a sentence, instead of swapping the whole machine.
"""

from __future__ import annotations

import inspect
import multiprocessing
import os
import sys
import time
import traceback
from collections.abc import Callable

from equity_desktop.core.enrollment.errors import error_message
from equity_desktop.core.errors import Cancelled, EquityError
from equity_desktop.core.i18n.message import Message

# spawn everywhere: fork is unsafe in a process running Qt's threads, and it is what Windows and macOS use.
_CONTEXT = multiprocessing.get_context("spawn")
_GIB = 1 << 30
MEMORY_FLOOR = 3 * _GIB  # the interpreter, pandas and calamine map ~1 GB of address space before reading a byte


def memory_limit() -> int | None:
    """The address space a worker may use, in bytes: 3/4 of physical memory, at least 3 GiB; None where the
    limit does not apply. Linux only: macOS does not enforce RLIMIT_AS, Windows has no setrlimit."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        return None
    return max(MEMORY_FLOOR, physical * 3 // 4)


def _limit_memory() -> None:
    limit = memory_limit()
    if limit is None:
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    # Never raise a limit someone set lower (ulimit -v, a container); only lower an unlimited one.
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


CANCEL_GRACE = 3.0  # seconds a worker has to stop by itself once cancelled


def _work(connection, target: Callable, args: tuple, kwargs: dict, stop) -> None:
    def progress(fraction: float, message: str) -> None:
        if stop.is_set():
            raise Cancelled()
        connection.send(("progress", fraction, message))

    if "cancelled" in inspect.signature(target).parameters:
        kwargs = {**kwargs, "cancelled": stop.is_set}

    try:
        _limit_memory()
    except (ValueError, OSError):  # a limit the system refuses: read without one, as before
        pass
    try:
        connection.send(("done", target(*args, progress=progress, **kwargs)))
    except Cancelled:
        connection.send(("cancelled",))
    except EquityError as error:
        connection.send(("error", error_message(error)))  # str(error), a Message to be said in the window's language
    except MemoryError:
        connection.send(("error", Message("error.worker_out_of_memory")))
    except BaseException as error:  # a Rust panic (pyo3) is a BaseException; the window shows it as a program error
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        connection.send(("crash", traceback.format_exc()))
    finally:
        connection.close()


class BackgroundJob:
    """One call of `target(*args, progress=..., **kwargs)` in a worker process."""

    def __init__(self, target: Callable, *args, **kwargs):
        self._receive, send = _CONTEXT.Pipe(duplex=False)
        self._stop = _CONTEXT.Event()
        self._process = _CONTEXT.Process(target=_work, args=(send, target, args, kwargs, self._stop), daemon=True)
        self._send = send
        self.finished = False
        self.terminated = False  # True when cancel had to end the worker by force
        self._deadline: float | None = None

    def start(self) -> None:
        self._process.start()
        self._send.close()  # the worker holds the only sending end, so its exit is seen as end of data

    def events(self) -> list[tuple]:
        """What the worker has said since the last call (never blocks)."""
        found = []
        if self._deadline is not None and not self.finished and time.monotonic() > self._deadline:
            self._terminate()
            return [("cancelled",)]
        while not self.finished and self._receive.poll():
            try:
                event = self._receive.recv()
            except EOFError:  # the worker died without a word (killed, or out of memory)
                event = ("error", Message("error.worker_ended"))
            found.append(event)
            if event[0] != "progress":
                self.finished = True
                # Not joined here: a worker that held 400 MB takes up to 0.2 s to exit, and this runs on the
                # GUI thread. multiprocessing reaps it when the next worker starts, or at exit.
                self._process.join(timeout=0)
        return found

    def cancel(self) -> None:
        """Ask the worker to stop (it raises Cancelled at its next progress report); never blocks.

        `events()` then gives ("cancelled",) once it has stopped, and terminates it past CANCEL_GRACE.
        """
        if self.finished or self._deadline is not None:
            return
        self._stop.set()
        self._deadline = time.monotonic() + CANCEL_GRACE

    def _terminate(self) -> None:
        self.finished = True
        if self._process.is_alive():
            self._process.terminate()
            self.terminated = True
        self._process.join(timeout=5)
        self._receive.close()

    def wait(self, timeout: float = 60.0) -> list[tuple]:
        """Block until the worker is done (tests and scripts); every event, in order."""
        found = []
        while not self.finished and self._receive.poll(timeout):
            found.extend(self.events())
        return found
