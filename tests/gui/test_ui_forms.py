"""The compiled forms match their Designer sources: edit ui/*.ui, then run `make ui`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
FORMS = {"main_window.ui": "equity_desktop/gui/ui_main_window.py"}


def _code(text: str) -> list[str]:
    # The header names the uic version; only the code must match.
    return [line for line in text.splitlines() if not line.startswith("#")]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_compiled_form_is_up_to_date(form):
    uic = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    assert uic, "pyside6-uic is missing; it comes with PySide6-Essentials"
    fresh = subprocess.run([uic, str(ROOT / "ui" / form)], capture_output=True, text=True, check=True).stdout
    committed = (ROOT / FORMS[form]).read_text(encoding="utf-8")
    assert _code(fresh) == _code(committed), f"run `make ui`: {FORMS[form]} is older than ui/{form}"


def test_workspace_is_built_from_the_form(demo_window):
    workspace = demo_window.workspace
    assert workspace.form.navigator is workspace.navigator
    assert workspace.form.splitter.indexOf(workspace.stack) == 1
    assert workspace.strip.parent() is workspace.form.stripHost
