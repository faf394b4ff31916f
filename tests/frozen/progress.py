"""`make dist` run from the tests with its progress on the terminal: a newcomer's first `make test` spends minutes
building the frozen program and the packages, and must see that it is working, and on what.

The lines go past pytest's output capture. Of PyInstaller's log (INFO, asked for with PYI_LOG) only the lines that
start a stage are shown; make's own commands, warnings and errors are shown whole; and when nothing is said for a
while a line says the build is still under way.
"""

from __future__ import annotations

import queue
import re
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

# PyInstaller's lines that start a stage of the build; everything else at INFO is detail.
STAGE = re.compile(r"\b(Building (Analysis|PYZ|PKG|EXE|COLLECT)\b|Analyzing modules|Looking for dynamic libraries|"
                   r"Build complete|completed successfully)|WARNING|ERROR|Error|error:")
QUIET_SECONDS = 30  # "still building" after this long without a line shown


def shown(line: str) -> bool:
    """Whether a line of `make dist` is worth a line on the terminal."""
    if line.startswith(("INFO:", "DEBUG:")) or re.match(r"^\d+ (INFO|DEBUG):", line):
        return bool(STAGE.search(line))
    return bool(line.strip())


def run_make(target: str, cwd: Path, say: Callable[[str], None], *variables: str) -> tuple[int, list[str]]:
    """Run `make target` in `cwd`, saying each line worth showing as it comes; its exit code and every line."""
    started = time.monotonic()
    process = subprocess.Popen(["make", "--no-print-directory", target, *variables], cwd=cwd, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, bufsize=1)
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        with process.stdout:
            for line in process.stdout:
                lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    every: list[str] = []
    last_said = started
    while True:
        try:
            line = lines.get(timeout=QUIET_SECONDS)
        except queue.Empty:
            line = ""
        now = time.monotonic()
        stamp = f"[make {target} {int(now - started) // 60}:{int(now - started) % 60:02d}]"
        if line is None:
            break  # the reader closed the pipe: make has finished
        if line:
            every.append(line)
        if line and shown(line):
            say(f"{stamp} {line}")
            last_said = now
        elif now - last_said >= QUIET_SECONDS:
            say(f"{stamp} still building…")
            last_said = now
    return process.wait(), every
