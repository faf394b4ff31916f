"""One helper finds resources/ and ui/ in a checkout, an installed wheel and a frozen build."""

from __future__ import annotations

import sys

import pytest

from equity_desktop import paths


@pytest.fixture
def fresh_cache():
    paths._root_holding.cache_clear()
    yield
    paths._root_holding.cache_clear()


def test_framework_file_is_found(fresh_cache):
    assert paths.resource_path("framework", "framework.json").is_file()


def test_frozen_build_looks_in_meipass_first(fresh_cache, tmp_path, monkeypatch):
    (tmp_path / "resources" / "framework").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("framework", "x.json") == tmp_path / "resources" / "framework" / "x.json"


def test_missing_folder_says_what_to_do(fresh_cache, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "_roots", lambda: [tmp_path])
    with pytest.raises(FileNotFoundError, match="reinstall Equity Desktop"):
        paths.ui_path("main_window.ui")
