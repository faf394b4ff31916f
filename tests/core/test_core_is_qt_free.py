"""The core never imports Qt (DESIGN.md): checked in the source and in a fresh interpreter."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import equity_desktop.core

CORE = Path(equity_desktop.core.__file__).parent
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_core_module_imports_qt():
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) >= 8
    offenders = {p.name: imported_roots(p) & QT_PACKAGES for p in modules if imported_roots(p) & QT_PACKAGES}
    assert offenders == {}


def test_importing_the_core_and_cli_loads_no_qt():
    names = [".".join(p.relative_to(CORE.parent).with_suffix("").parts) for p in CORE.rglob("*.py")]
    modules = " ".join(f"import equity_desktop.{name.removesuffix('.__init__')};" for name in sorted(names))
    commands = "import equity_desktop.cli.main, equity_desktop.cli.enrollment, equity_desktop.cli.plan;"
    code = (f"import sys; {modules} {commands} "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_detector_catches_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n")
    assert imported_roots(bad) & QT_PACKAGES == {"PySide6"}
