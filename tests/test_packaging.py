"""Every package of the program is listed for the wheel (pyproject's explicit list misses a new folder silently)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_in_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "equity_desktop").rglob("__init__.py")
               if "__pycache__" not in init.parts}
    assert on_disk - listed == set()
    assert {"equity_desktop.core.review", "equity_desktop.cli"} <= on_disk
