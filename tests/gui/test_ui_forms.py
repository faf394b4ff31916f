"""The compiled forms match their Designer sources: edit ui/*.ui, then run `make ui`."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def _compiler():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "ui" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code(text: str) -> list[str]:
    # The header names the uic version; only the code must match.
    return [line for line in text.splitlines() if not line.startswith("#")]


compiler = _compiler()


@pytest.mark.parametrize("form", sorted(compiler.FORMS))
def test_compiled_form_is_up_to_date(form):
    committed = compiler.FORMS[form].read_text(encoding="utf-8")
    assert _code(compiler.compile_form(form)) == _code(committed), f"run `make ui`: ui/{form} changed"


def test_trimming_keeps_only_the_names_the_code_uses():
    source = "from a import (B, C,\n    D)\nfrom e import F\n\nx = B(D)\n"
    assert compiler.trim_imports(source) == "from a import B, D\n\nx = B(D)\n"


def test_workspace_is_built_from_the_form(demo_window):
    workspace = demo_window.workspace
    assert workspace.form.navigator is workspace.navigator
    assert workspace.form.splitter.indexOf(workspace.stack) == 1
    assert workspace.strip.parent() is workspace.form.stripHost
