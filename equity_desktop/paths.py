"""The one place that finds the shipped `resources/` and `ui/` folders.

They live at the top of a source checkout, inside the package (``_data/``) in an
installed wheel, and under ``sys._MEIPASS`` in a frozen PyInstaller build. Every
other module asks here instead of building paths of its own.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR / "_data")  # installed wheel
    roots.append(_PACKAGE_DIR.parent)  # source checkout or editable install
    return roots


@cache
def _root_holding(folder: str) -> Path:
    for root in _roots():
        if (root / folder).is_dir():
            return root / folder
    searched = ", ".join(str(root / folder) for root in _roots())
    raise FileNotFoundError(
        f"The program's {folder}/ folder is missing (looked in {searched}); reinstall Equity Desktop.")


def resource_path(*parts: str) -> Path:
    """Path of a file under `resources/`, e.g. ``resource_path("framework", "framework.json")``."""
    return _root_holding("resources").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    """Path of a Designer form or style sheet under `ui/`."""
    return _root_holding("ui").joinpath(*parts)


def is_program_folder(folder: Path) -> bool:
    """Whether `folder` is the program's own `resources/` or inside it (the sample files): never a place to suggest
    for saving a person's files."""
    try:
        shipped = resource_path().resolve()
        return Path(folder).resolve().is_relative_to(shipped)
    except (FileNotFoundError, OSError):
        return False
