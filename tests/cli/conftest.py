"""Command-line fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture
def locale(monkeypatch):
    """The environment's locale as a terminal sets it (LC_ALL and LC_MESSAGES cleared, LANG as given)."""
    def set_to(value: str) -> None:
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        monkeypatch.setenv("LANG", value)
    set_to("C.UTF-8")
    return set_to
