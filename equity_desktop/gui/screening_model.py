"""The screening list as a Qt model: one row per school and year (core.enrollment.screening.ScreeningList), a
school whose numbers carry a warning marked ⚠, sorted by the heading clicked and filtered by Find and "only
schools outside the band".

A state file lists 100,000 schools, and a QSortFilterProxyModel asked Python for a cell at every comparison
(23 s to sort a column, 1 s a letter typed in Find). Here the model itself sorts and filters, with numpy on
the keys the worker worked out (ScreeningList.sort_key, matching): `shown` holds the list's rows in the order
shown, and a cell's text is made only when the view paints it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from equity_desktop.core import settings
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.screening import ListedSchool, ScreeningList
from equity_desktop.gui.translation import said_here

# Headings on two lines where one would make a column of short numbers wide; the window shows them in its language
# (ScreeningModel.headings, in the same order).
COLUMNS = (("School", "school"), ("Code", "school_id"), ("Year", "year"),
           ("Groups outside\nthe band", "isolated_groups"),
           ("Which, by how many points", "groups_outside_band"), ("Minority %", "minority_share"),
           ("Federal\nMSAP", "federal_isolated"), ("Diversity\n(Simpson)", "simpson"),
           ("Dissimi-\nlarity", "dissimilarity"), ("Compared with", "district_source"))
SCHOOL_COLUMN, ISOLATED_COLUMN, WHICH_COLUMN, COMPARED_COLUMN = 0, 3, 4, len(COLUMNS) - 1
SORT_ROLE = Qt.ItemDataRole.UserRole  # the number a cell sorts by
WARNING_MARK = "\u26a0"  # ⚠: the core gave warnings about this school's numbers (SchoolResult.warnings)
_NONE = np.empty(0, dtype=np.int64)


def _shown(key: str, value) -> str:
    if value is None or value == "":
        return "—"
    if key == "federal_isolated":
        return "isolated" if value else "not isolated"
    if key == "minority_share":
        return f"{value:.1f} %"
    if key in ("simpson", "dissimilarity"):
        return f"{value:.2f}"
    return str(value)


class ScreeningModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.listing: ScreeningList | None = None
        self.shown = _NONE  # the list's rows, in the order shown
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder  # -1: the screening order
        self.only_outside, self.find = False, ""
        self._sorted = _NONE  # every row of the list in the order shown, before filtering
        self._found: np.ndarray | None = None  # the rows Find shows, worked out once per text

    # ---- what is listed ------------------------------------------------------------------------------------

    def set_listing(self, listing: ScreeningList | None) -> None:
        self.beginResetModel()
        self.listing, self._found = listing, None
        self._sort()
        self._filter()
        self.endResetModel()

    def set_rule(self, rule: Rule) -> None:
        """Whether each school is outside the band, under `rule` (the list is not measured again)."""
        if self.listing is None or self.listing.rule == rule:
            return
        self.beginResetModel()
        self.listing = self.listing.with_rule(rule)
        self._sort()
        self._filter()
        self.endResetModel()

    def set_filter(self, only_outside: bool, text: str) -> None:
        text = text.strip().casefold()
        if (only_outside, text) == (self.only_outside, self.find):
            return
        self.beginResetModel()
        if text != self.find:
            self._found = None
        self.only_outside, self.find = only_outside, text
        self._filter()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # Qt override: a heading clicked
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()  # the selection and the current cell stay on their school
        schools = [int(self.shown[i.row()]) for i in before]
        self.sort_column, self.sort_order = column, order
        self._sort()
        self._filter()
        after = [self.index(self.row_of(school), i.column()) for school, i in zip(schools, before)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sort(self) -> None:
        listing = self.listing
        if listing is None:
            self._sorted = _NONE
            return
        order = listing.order
        if 0 <= self.sort_column < len(COLUMNS):
            keys = listing.sort_key(COLUMNS[self.sort_column][1])[order]
            # Stable, like Qt's own sort: schools alike keep their screening order, in either direction.
            descending = self.sort_order == Qt.SortOrder.DescendingOrder
            order = order[np.argsort(-keys if descending else keys, kind="stable")]
        self._sorted = order

    def _filter(self) -> None:
        listing = self.listing
        if listing is None:
            self.shown = _NONE
            return
        if self._found is None:
            self._found = listing.matching(self.find)
        keep = self._found & listing.outside() if self.only_outside else self._found
        self.shown = self._sorted[keep[self._sorted]]

    # ---- rows and schools -------------------------------------------------------------------------------------

    def school_row(self, row: int) -> int:
        """The row of the list (ScreeningList) shown in `row`."""
        return int(self.shown[row])

    def row_of(self, school_row: int | None) -> int:
        """Where the list's `school_row` is shown; -1 when it is not."""
        found = np.flatnonzero(self.shown == school_row) if school_row is not None else _NONE
        return int(found[0]) if len(found) else -1

    def school_at(self, row: int) -> ListedSchool:
        assert self.listing is not None
        return self.listing.school_at(self.school_row(row))

    # ---- Qt ------------------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headings(self) -> tuple[str, ...]:
        """The column headings (COLUMNS' English), in the window's language."""
        return (self.tr("School"), self.tr("Code"), self.tr("Year"), self.tr("Groups outside\nthe band"),
                self.tr("Which, by how many points"), self.tr("Minority %"), self.tr("Federal\nMSAP"),
                self.tr("Diversity\n(Simpson)"), self.tr("Dissimi-\nlarity"), self.tr("Compared with"))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headings()[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # A heading clicked first sorts A to Z, small to large, as in a spreadsheet (without this the header
            # keeps the order of the column sorted before: the list opens most isolated first, descending).
            return Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] == "federal_isolated":
            return settings.FEDERAL_MINORITY_SHARE.source  # the rule in the core's words, with its source
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        listing = self.listing
        if listing is None or not index.isValid():
            return None
        row, key = self.school_row(index.row()), COLUMNS[index.column()][1]
        value = listing.value(row, key)
        warned = index.column() == SCHOOL_COLUMN and bool(listing.warned[row])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{WARNING_MARK} {value}" if warned else _shown(key, value)
        if role == Qt.ItemDataRole.ToolTipRole and warned:
            return "\n".join(f"{WARNING_MARK} {said_here(w)}" for w in listing.warnings[row])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COMPARED_COLUMN:
            return self.tr("Compared with the {0}").format(value)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WHICH_COLUMN and value:
            return value  # the column is narrower than a long list of groups
        if role == SORT_ROLE:
            return float(listing.sort_key(key)[row])
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)) and key != "year":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
