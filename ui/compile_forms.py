"""Compile the Designer forms in ui/ into Python modules: `make ui` runs this; a test checks they are current.

pyside6-uic's output imports some thirty Qt names whether the form uses them or
not, and the first use of each PySide type costs start-up time (~8 ms for this
form's unused QtGui names), so the imports are cut down to the names the
generated code uses. Nothing else is changed.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

UI = Path(__file__).parent
FORMS = {"main_window.ui": UI.parent / "equity_desktop" / "gui" / "ui_main_window.py",
         "import_wizard.ui": UI.parent / "equity_desktop" / "gui" / "ui_import_wizard.py"}


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic was not found; it comes with PySide6-Essentials (make installs it).")
    return found


def _used_names(tree: ast.Module) -> set[str]:
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


def trim_imports(source: str) -> str:
    """Drop from each `from … import (…)` the names the rest of the module never uses."""
    tree = ast.parse(source)
    used = _used_names(tree)
    lines = source.splitlines()
    for node in reversed([n for n in tree.body if isinstance(n, ast.ImportFrom)]):
        names = [alias.name for alias in node.names if alias.name in used]
        replacement = [f"from {node.module} import {', '.join(names)}"] if names else []
        lines[node.lineno - 1:node.end_lineno] = replacement
    return "\n".join(lines) + "\n"


def compile_form(form: str) -> str:
    raw = subprocess.run([uic(), str(UI / form)], capture_output=True, text=True, check=True).stdout
    return trim_imports(raw)


def main() -> None:
    for form, target in FORMS.items():
        target.write_text(compile_form(form), encoding="utf-8")
        print(f"{form} -> {target.relative_to(UI.parent)}")


if __name__ == "__main__":
    main()
