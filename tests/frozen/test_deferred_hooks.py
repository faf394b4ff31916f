"""installer/hooks/rthook_on_first_import.py, run from source: a deferred hook waits for its module's first import.

Stand-ins for PyInstaller's hooks record what was imported when they ran. The frozen program itself is
checked in test_frozen_build.py (no Qt on the command line; Qt's plugin path and a worker still work).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HOOK = Path(__file__).resolve().parents[2] / "installer" / "hooks" / "rthook_on_first_import.py"

STAND_IN = """
import sys
qt = sorted(name for name in sys.modules if name.startswith("PySide6.Qt"))
sys.hook_runs.append([{module!r}, {probe!r} in vars(sys.modules[{module!r}]), qt])
"""

# PySide6 as in the program; colorsys and wave, two small modules nothing imports at start; json, which
# the program below has imported before the hook is installed.
HOOKS = {"json": "json_hook", "PySide6": "qt_hook", "colorsys": "colorsys_hook", "wave": "wave_hook"}
PROBES = {"json": "dumps", "PySide6": "__version__", "colorsys": "rgb_to_hsv", "wave": "open"}

PROGRAM = f"""
import importlib.util, json, runpy, sys
sys.hook_runs = []
hook = runpy.run_path({str(HOOK)!r})
hook["install"]({HOOKS!r})
finder = sys.meta_path[0]
runs = {{"at install": list(sys.hook_runs)}}
import argparse, sqlite3  # other imports do not wake it
importlib.util.find_spec("wave")  # found, not loaded: its hook must wait
runs["other imports"] = list(sys.hook_runs)
from PySide6.QtWidgets import QWidget
import PySide6.QtGui, colorsys
runs["watching"] = finder in sys.meta_path
import wave
runs["all"] = sys.hook_runs
runs["watching at the end"] = finder in sys.meta_path
runs["own loader"] = type(colorsys.__loader__).__name__ == type(json.__loader__).__name__
print(json.dumps(runs))
"""


def test_each_hook_runs_once_right_after_its_module(tmp_path):
    for module, hook in HOOKS.items():
        (tmp_path / f"_deferred_{hook}.py").write_text(STAND_IN.format(module=module, probe=PROBES[module]))
    result = subprocess.run([sys.executable, "-c", PROGRAM], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(tmp_path), "PATH": ""}, timeout=60)
    assert result.returncode == 0, result.stderr
    runs = json.loads(result.stdout)
    assert [run[:2] for run in runs["at install"]] == [["json", True]]  # imported already: run at once
    assert runs["other imports"] == runs["at install"]
    # Each once, after its module's own code; Qt's before any Qt module is loaded (the real one imports QtCore).
    assert [run[:2] for run in runs["all"]] == [["json", True], ["PySide6", True], ["colorsys", True], ["wave", True]]
    assert runs["all"][1][2] == []
    assert runs["watching"] is True and runs["watching at the end"] is False  # it left once all had run
    assert runs["own loader"] is True  # the wrapper is gone once the module has loaded
