"""Work in a thread of the window's process: results handed back on the GUI thread, forgotten work never run."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QObject

from equity_desktop.gui.thread_jobs import ThreadJobs


@pytest.fixture
def jobs():
    executor = ThreadPoolExecutor(max_workers=1)
    owner = QObject()
    yield ThreadJobs(executor, owner)
    executor.shutdown()


def test_a_result_comes_back_on_the_gui_thread_and_a_forgotten_job_never_runs(jobs, qtbot):
    handed: list[tuple] = []
    jobs.finished.connect(lambda key, result: handed.append((key, result, threading.current_thread().name)))
    gate, ran = threading.Event(), []
    jobs.submit("first", lambda: gate.wait(5) and threading.current_thread().name)
    jobs.submit("second", lambda: ran.append(True))
    jobs.cancel("second")  # still waiting behind the first: it is not run at all
    assert jobs.keys() == ["first"]
    gate.set()
    qtbot.waitUntil(lambda: bool(handed))
    key, worker, receiver = handed[0]
    assert key == "first" and worker != threading.main_thread().name == receiver
    assert handed == [("first", worker, receiver)] and not ran and jobs.keys() == []


def test_an_error_in_the_thread_is_raised_on_the_gui_thread(jobs):
    jobs.submit("broken", lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        jobs.wait()
    assert jobs.keys() == []
