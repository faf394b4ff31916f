"""The frozen tests say what `make dist` is doing while it builds, line by line, not once it has finished."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import progress  # noqa: E402

FAKE = """\
dist:
\t@echo "python -m PyInstaller installer/equity_desktop.spec"
\t@echo "123 INFO: PyInstaller: 6.10.0"
\t@echo "456 INFO: Building Analysis because Analysis-00.toc is non existent"
\t@sleep 1
\t@echo "789 INFO: Processing standard module hook 'hook-numpy.py'"
\t@echo "900 INFO: Building EXE from EXE-00.toc completed successfully."
"""


def test_stages_are_said_as_they_come_and_detail_is_left_out(tmp_path, monkeypatch):
    (tmp_path / "Makefile").write_text(FAKE)
    monkeypatch.setattr(progress, "QUIET_SECONDS", 0.4)
    said: list[tuple[float, str]] = []
    started = time.monotonic()
    code, lines = progress.run_make("dist", tmp_path, lambda line: said.append((time.monotonic() - started, line)))
    assert code == 0 and len(lines) == 5
    texts = [line for _, line in said]
    assert [t.split("] ", 1)[1] for t in texts if "still" not in t] == [
        "python -m PyInstaller installer/equity_desktop.spec",
        "456 INFO: Building Analysis because Analysis-00.toc is non existent",
        "900 INFO: Building EXE from EXE-00.toc completed successfully."]
    assert any("still building" in t for t in texts)  # a second with nothing to show
    assert said[1][0] < 0.9  # the stage was shown while make was still running
    assert texts[0].startswith("[make dist 0:00] ")
