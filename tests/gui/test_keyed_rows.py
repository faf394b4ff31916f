"""KeyedRows: the model ends up showing the rows asked for, and gets there touching only the rows that changed."""

from __future__ import annotations

import random
from itertools import combinations

import pytest
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel

from equity_desktop.gui.keyed_rows import KeyedRows, in_order, key_of


def _rows(keys, tag="") -> list:
    return [(key, [f"item {key}{tag}", f"lead {key % 7}"]) for key in keys]


def _shown(model) -> list:
    return [(key_of(model.index(row, 0)), [model.item(row, c).text() for c in range(model.columnCount())])
            for row in range(model.rowCount())]


class _Signals:
    """How many rows the model said were inserted and removed, and which cells changed."""

    def __init__(self, model):
        self.inserted = self.removed = 0
        self.changed: list[tuple[int, int]] = []
        model.rowsInserted.connect(lambda _parent, first, last: self._add("inserted", last - first + 1))
        model.rowsRemoved.connect(lambda _parent, first, last: self._add("removed", last - first + 1))
        model.dataChanged.connect(lambda top_left, _bottom_right, _roles: self.changed.append(
            (top_left.row(), top_left.column())))

    def _add(self, name: str, count: int) -> None:
        setattr(self, name, getattr(self, name) + count)


@pytest.fixture
def shown(qapp):
    model = QStandardItemModel(0, 2)
    rows = KeyedRows(model)
    rows.show(_rows(range(200)))
    return model, rows


def test_in_order_finds_a_longest_increasing_run():
    values = random.Random(3).sample(range(40), 12)
    longest = max((set(run) for size in range(len(values), 0, -1) for run in combinations(values, size)
                   if list(run) == sorted(run)), key=len)
    kept = in_order(values)
    assert len(kept) == len(longest) and [v for v in values if v in kept] == sorted(kept)
    assert in_order([]) == set() and in_order([4, 1, 2, 3, 0]) == {1, 2, 3}


def test_a_changed_text_rewrites_that_cell_only(shown):
    model, rows = shown
    signals = _Signals(model)
    wanted = _rows(range(200))
    wanted[120] = (120, ["renamed", "lead 1"])
    assert rows.show(wanted) and _shown(model) == wanted
    assert signals.changed == [(120, 0)] and signals.inserted == signals.removed == 0
    assert not rows.show(wanted) and signals.changed == [(120, 0)]  # nothing new: nothing touched


def test_one_moved_row_is_taken_out_and_put_back_and_the_others_stay(shown):
    model, rows = shown
    signals = _Signals(model)
    keep = QPersistentModelIndex(model.index(150, 1))
    keys = list(range(200))
    keys.insert(180, keys.pop(20))  # moved down past 160 rows
    assert rows.show(_rows(keys))
    assert _shown(model) == _rows(keys) and signals.inserted == signals.removed == 1
    assert keep.row() == 149 and key_of(model.index(keep.row(), 0)) == 150 and rows.row_of(20) == 180


def test_rows_that_leave_or_arrive_are_removed_or_inserted(shown):
    model, rows = shown
    signals = _Signals(model)
    keys = [key for key in range(200) if key not in (5, 77)] + [500]
    keys.insert(30, 400)
    assert rows.show(_rows(keys, " again"))
    assert _shown(model) == _rows(keys, " again") and signals.inserted == signals.removed == 2
    assert rows.row_of(77) is None and rows.row_of(400) == 30


def test_any_change_ends_with_the_rows_asked_for(shown):
    model, rows = shown
    rng = random.Random(16)
    keys = list(range(200))
    for step in range(40):
        keys = [key for key in keys if rng.random() > 0.02] + rng.sample(range(1000, 1100), rng.randrange(3))
        keys = list(dict.fromkeys(keys))
        if step % 5 == 0:
            rng.shuffle(keys)  # a new sort order: refilled
        else:
            for _ in range(rng.randrange(4)):
                keys.insert(rng.randrange(len(keys) + 1), keys.pop(rng.randrange(len(keys))))
        rows.show(_rows(keys, f" {step % 3}"))
        assert _shown(model) == _rows(keys, f" {step % 3}"), step
