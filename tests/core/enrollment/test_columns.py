"""The column engine's numbering (columns.first_seen, Columns.combined) gives the same codes whichever way it takes:
numpy's sort, a key's least row by indexing (keys in a small range), hashing (pyarrow, else pandas), and runs of one
key (a large file lists each school's rows together). Each is compared with the plain definition on random keys."""

from __future__ import annotations

import numpy as np
import pytest

from equity_desktop.core.enrollment import columns
from equity_desktop.core.enrollment.columns import Coded, Columns, first_seen


def _by_definition(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes numbered in order of first appearance, and each code's first row, by a loop."""
    numbers: dict[int, int] = {}
    firsts = []
    codes = []
    for row, value in enumerate(key.tolist()):
        if value not in numbers:
            numbers[value] = len(numbers)
            firsts.append(row)
        codes.append(numbers[value])
    return np.array(codes, dtype=np.int64), np.array(firsts, dtype=np.int64)


def _keys(rng: np.random.Generator, rows: int, distinct: int, run: int, scale: int) -> np.ndarray:
    values = rng.integers(0, distinct, size=rows // run + 1) * scale
    return np.repeat(values, rng.integers(1, 2 * run, size=len(values)))[:rows]


@pytest.mark.parametrize("seed", range(12))
def test_first_seen_gives_the_same_codes_every_way(seed, monkeypatch):
    rng = np.random.default_rng(seed)
    rows = int(rng.integers(1, 5000))
    key = _keys(rng, rows, int(rng.integers(1, 3000)), int(rng.integers(1, 40)),
                int(rng.choice([1, 7, 1 << 40])))  # a small range, a wider one, one past any table: hashed
    codes, firsts = _by_definition(key)
    assert columns._hashed(key).tolist() == codes.tolist()
    if key.max() < 1 << 24:  # the range path allocates a place per key up to the largest
        assert [part.tolist() for part in columns._first_seen_in_range(key)] == [codes.tolist(), firsts.tolist()]
    for runs_from, by_sorting in ((10**9, 10**9), (10**9, 0), (0, 10**9), (0, 0)):
        monkeypatch.setattr(columns, "_RUNS_FROM", runs_from)
        monkeypatch.setattr(columns, "_BY_SORTING", by_sorting)
        assert [part.tolist() for part in first_seen(key)] == [codes.tolist(), firsts.tolist()]


def test_first_seen_hashes_with_pandas_without_pyarrow(monkeypatch):
    import builtins

    real = builtins.__import__

    def without_pyarrow(name, *args, **kwargs):
        if name == "pyarrow":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    key = np.array([5 << 40, 3, 5 << 40, 9, 3, 1 << 41], dtype=np.int64)
    monkeypatch.setattr(builtins, "__import__", without_pyarrow)
    assert columns._hashed(key).tolist() == [0, 1, 0, 2, 1, 3]


@pytest.mark.parametrize("seed", range(8))
def test_combined_reads_runs_as_it_reads_rows(seed, monkeypatch):
    rng = np.random.default_rng(100 + seed)
    rows = int(rng.integers(50, 4000))
    parts = {}
    for index in range(3):
        distinct = int(rng.integers(1, 400))
        codes = _keys(rng, rows, distinct, int(rng.integers(1, 60)), 1)
        parts[index] = Coded(np.concatenate([codes, np.zeros(rows - len(codes), dtype=np.int64)]).astype(np.int32),
                             [f"v{n}" for n in range(distinct)])

    def combined(runs_from: int):
        monkeypatch.setattr(columns, "_RUNS_FROM", runs_from)
        return Columns(rows, 2, lambda indices: {i: parts[i] for i in indices}).combined([0, 1, 2])

    by_rows, by_runs = combined(10**9), combined(0)
    assert by_rows[0].tolist() == by_runs[0].tolist() and by_rows[1] == by_runs[1]
