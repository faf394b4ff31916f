"""What starts before the work: the command line without Qt, the window without the command parsers.

`--version`, `mgi`, `screen` and `framework` run in a fresh interpreter with `-X importtime`, which
names every module imported, as the installed `equity-desktop` command would run them.
(tests/frozen/test_frozen_build.py checks the same of the frozen program, whose run-time hooks could
load Qt before our code runs.)
"""

from __future__ import annotations

import multiprocessing.spawn
import subprocess
import sys
from pathlib import Path

import pytest

from equity_desktop.cli import main as cli_main
from equity_desktop.cli.main import _review_to_open, _started_by_multiprocessing
from equity_desktop.paths import resource_path

QT_PACKAGES = {"PySide6", "shiboken6"}
SAMPLE = str(resource_path("sample", "riverbend_enrollment_2022-2025.xlsx"))  # the demo district, 23 KB


def imported_modules(*args: str) -> set[str]:
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "equity_desktop", *args],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip() for line in lines[1:]}  # the first line is the header


@pytest.mark.parametrize("args", [("--version",), ("mgi", SAMPLE), ("screen", SAMPLE), ("framework",)],
                         ids=lambda args: args[0])
def test_the_command_line_imports_no_qt(args):
    modules = imported_modules(*args)
    assert "equity_desktop.cli.main" in modules  # the check saw our own imports
    assert {name for name in modules if name.split(".")[0] in QT_PACKAGES} == set()


@pytest.mark.parametrize(("argv", "review"), [([], None), (["a.eqreview"], Path("a.eqreview")), ([""], None),
                                              (["--", "-odd.eqreview"], Path("-odd.eqreview"))])
def test_the_review_to_open(argv, review):
    assert _review_to_open(argv) == review


def test_a_plain_review_name_opens_without_building_the_parser(monkeypatch):
    def no_parser():
        raise AssertionError("the parser was built")

    monkeypatch.setattr(cli_main, "_gui_parser", no_parser)
    assert _review_to_open(["demo.eqreview"]) == Path("demo.eqreview")


def test_two_names_are_still_an_error(capsys):
    with pytest.raises(SystemExit) as done:
        _review_to_open(["a.eqreview", "b.eqreview"])
    assert done.value.code == 2 and "unrecognized arguments" in capsys.readouterr().err


def test_multiprocessing_children_are_recognised(monkeypatch):
    # The frozen program imports multiprocessing (~30 ms) only for its own workers and resource tracker.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    worker = multiprocessing.spawn.get_command_line(tracker_fd=6, pipe_handle=8)
    tracker = [sys.executable, "-B", "-S", "-I", "-c", "from multiprocessing.resource_tracker import main;main(5)"]
    assert _started_by_multiprocessing(worker) and _started_by_multiprocessing(tracker)
    assert not _started_by_multiprocessing([sys.executable, "mgi", "file.xlsx"])
    assert not _started_by_multiprocessing([sys.executable, "demo.eqreview"])
