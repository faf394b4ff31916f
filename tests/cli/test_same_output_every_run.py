"""Every output is identical run to run (issue 16): the screening list and the MGI results, written by
separate processes with different string-hash seeds (set and dict orders of strings change with the seed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from equity_desktop.core.demo.district import WORKBOOK
from equity_desktop.paths import resource_path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _run(arguments: list[str], seed: int) -> bytes:
    environment = dict(os.environ, PYTHONHASHSEED=str(seed))
    return subprocess.run([sys.executable, "-m", "equity_desktop", *arguments], capture_output=True, check=True,
                          env=environment).stdout


def test_screen_and_mgi_write_the_same_bytes_under_other_hash_seeds(tmp_path):
    workbook = str(resource_path("sample", WORKBOOK))
    ccd = str(CORPUS / "ccd_052_long.csv")
    for arguments in (["screen", workbook, "-o", "{out}"], ["screen", ccd, "-o", "{out}"],
                      ["mgi", workbook, "--format", "json"]):
        written = set()
        for seed in (1, 2, 3):
            out = tmp_path / f"out_{seed}.csv"
            printed = _run([a.replace("{out}", str(out)) for a in arguments], seed)
            written.add((printed.replace(str(out).encode(), b"OUT"), out.read_bytes() if out.exists() else b""))
        assert len(written) == 1, f"{arguments[0]} wrote different output under other hash seeds"
