"""A QStandardItemModel kept showing a list of keyed rows by changing only what differs.

The action plan's tables are brought up to date after every edit. Rebuilding them took a quarter of a
second with 1,000 items (bench/bench_stall_plan.py), and every rebuild dropped the selection and the
scroll position. `KeyedRows.show(rows)` compares the rows with those shown: a cell whose text changed is
rewritten; rows that left are removed, rows that arrived inserted, and rows whose order changed taken out
and put back: only the fewest, those outside the longest run still in order. A row's first cell carries its
key, so a view's current index says which row it is on (`key_of`).

`fit_columns` sizes columns to the texts they hold, as Qt's ResizeToContents does; that mode measures every
row again after each change of a cell (16 ms with 1,000 rows, even in a hidden table).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

_KEY = Qt.ItemDataRole.UserRole
Row = tuple[Hashable, Sequence[str]]  # (key, the texts of its cells)
# With more rows to add, take out or move than this (a new filter or sort order), refilling is quicker.
_MOST_STEPS = 64


def in_order(values: Sequence[int]) -> set[int]:
    """The values of a longest increasing subsequence of the distinct `values`: the rows that need not move."""
    tails: list[int] = []       # the smallest last value of an increasing run of each length
    tail_at: list[int] = []     # where that value is in `values`
    before = [-1] * len(values)  # the position of the value before each in its run
    for position, value in enumerate(values):
        length = bisect_left(tails, value)
        before[position] = tail_at[length - 1] if length else -1
        if length == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[length], tail_at[length] = value, position
    kept, position = set(), tail_at[-1] if tail_at else -1
    while position >= 0:
        kept.add(values[position])
        position = before[position]
    return kept


def key_of(index: QModelIndex) -> Hashable | None:
    """The key of the row `index` is in (None for no index)."""
    return index.siblingAtColumn(0).data(_KEY) if index.isValid() else None


class KeyedRows:
    """The rows of `model`, by key."""

    def __init__(self, model: QStandardItemModel):
        self.model = model
        self.keys: list[Hashable] = []
        self._texts: dict[Hashable, tuple[str, ...]] = {}

    def row_of(self, key: Hashable) -> int | None:
        return self.keys.index(key) if key in self._texts else None

    def show(self, rows: Sequence[Row]) -> bool:
        """Show `rows` (distinct keys) in their order; whether anything shown changed."""
        keys = [key for key, _ in rows]
        texts = {key: tuple(cells) for key, cells in rows}
        changed = keys != self.keys
        if changed:
            target = {key: position for position, key in enumerate(keys)}
            stay = in_order([target[key] for key in self.keys if key in target])
            if len(keys) - len(stay) + len(self.keys) - len(stay) > _MOST_STEPS:
                self._refill(keys, texts)
                return True
            self._arrange(keys, texts, target, stay)
        for row, key in enumerate(keys):
            if self._texts[key] != texts[key]:
                self._rewrite(row, self._texts[key], texts[key])
                changed = True
        self._texts = texts
        return changed

    def _arrange(self, keys, texts, target: dict, stay: set[int]) -> None:
        """Take out the rows that left or are out of order (bottom up), then put each in its place (top down)."""
        taken = {}
        for row in reversed(range(len(self.keys))):
            key = self.keys[row]
            if key not in target:
                self.model.removeRow(row)
                del self._texts[key]
            elif target[key] not in stay:
                taken[key] = self.model.takeRow(row)
        for position, key in enumerate(keys):
            if position not in stay:
                self.model.insertRow(position, taken.pop(key, None) or self._new_row(key, texts[key]))
        self.keys = keys

    def _refill(self, keys, texts) -> None:
        self.model.setRowCount(0)
        for key in keys:
            self.model.appendRow(self._new_row(key, texts[key]))
        self.keys, self._texts = keys, texts

    def _new_row(self, key, texts: Sequence[str]) -> list[QStandardItem]:
        self._texts[key] = tuple(texts)
        cells = [QStandardItem(text) for text in texts]
        cells[0].setData(key, _KEY)
        return cells

    def _rewrite(self, row: int, old: Sequence[str], new: Sequence[str]) -> None:
        for column, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self.model.item(row, column).setText(after)


def fit_columns(view: QTableView, columns: Iterable[int], rows: Sequence[Row]) -> None:
    """Size each of `columns` of `view` to its widest text in `rows` or its heading, whichever is wider."""
    header = view.horizontalHeader()
    # What the item delegate adds to a text: a margin each side (the focus frame's and 1), and the grid line.
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    margin += int(view.showGrid())
    for column in columns:
        texts = {cells[column] for _, cells in rows}
        width = max([header.sectionSizeHint(column),
                     *(view.fontMetrics().horizontalAdvance(text) + margin for text in texts)])
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)
