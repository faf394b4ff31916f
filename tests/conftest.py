"""Shared fixtures. GUI tests (tests/gui) are marked `gui` automatically and run offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists: the suite never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui/" in item.path.as_posix():
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def framework():
    from equity_desktop.core.framework.content import load_framework

    return load_framework()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo review, written once per test run; copy it before editing."""
    from equity_desktop.core.demo.review import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.eqreview")


@pytest.fixture
def demo_copy(demo_file, tmp_path) -> Path:
    copy = tmp_path / "copy.eqreview"
    copy.write_bytes(demo_file.read_bytes())
    return copy


@pytest.fixture
def new_review(tmp_path):
    """A fresh, open review store; closed after the test."""
    from equity_desktop.core.review.document import SchoolProfile
    from equity_desktop.core.review.store import ReviewStore

    store = ReviewStore.create(tmp_path / "new.eqreview", SchoolProfile("Test School", "Test District"),
                               author="Tester")
    yield store
    store.close()
