"""The screening list as a Qt model: one row per school and year (core.enrollment.screen_export.screen_rows), a
school whose numbers carry a warning marked ⚠, and the filter behind "only schools outside the band"."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from equity_desktop.core import settings
from equity_desktop.core.enrollment.analysis import screening_order
from equity_desktop.core.enrollment.screen_export import screen_rows

# Headings on two lines where one would make a column of short numbers wide.
COLUMNS = (("School", "school"), ("Code", "school_id"), ("Year", "year"),
           ("Groups outside\nthe band", "isolated_groups"),
           ("Which, by how many points", "groups_outside_band"), ("Minority %", "minority_share"),
           ("Federal\nMSAP", "federal_isolated"), ("Diversity\n(Simpson)", "simpson"),
           ("Dissimi-\nlarity", "dissimilarity"), ("Compared with", "district_source"))
SCHOOL_COLUMN, WHICH_COLUMN, COMPARED_COLUMN = 0, 4, len(COLUMNS) - 1
SORT_ROLE = Qt.ItemDataRole.UserRole
WARNING_MARK = "\u26a0"  # ⚠: the core gave warnings about this school's numbers (SchoolResult.warnings)


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
        self.rows: list[dict] = []
        self.results: list = []

    def set_results(self, results: list) -> None:
        self.beginResetModel()
        self.results = screening_order(results)
        self.rows = screen_rows(self.results)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] == "federal_isolated":
            return settings.FEDERAL_MINORITY_SHARE.source  # the rule in the core's words, with its source
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        key = COLUMNS[index.column()][1]
        value = self.rows[index.row()][key]
        warned = index.column() == SCHOOL_COLUMN and self.has_warnings(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{WARNING_MARK} {value}" if warned else _shown(key, value)
        if role == Qt.ItemDataRole.ToolTipRole and warned:
            return "\n".join(f"{WARNING_MARK} {w}" for w in self.results[index.row()].warnings)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COMPARED_COLUMN:
            return self.tr("Compared with the {0}").format(value)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WHICH_COLUMN and value:
            return value  # the column is narrower than a long list of groups
        if role == SORT_ROLE:  # numbers sort as numbers; a missing value sorts first
            if value is None:
                return -1.0
            return float(value) if isinstance(value, (int, float)) else str(value).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)) and key != "year":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def outside_band(self, row: int) -> bool:
        return self.rows[row]["isolated_groups"] > 0

    def has_warnings(self, row: int) -> bool:
        return bool(self.results[row].warnings)


class ScreeningFilter(QSortFilterProxyModel):
    """'Only schools outside the band' and a school name or code to find."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_outside = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, only_outside: bool, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self.only_outside, self.text = only_outside, text.strip().casefold()
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.only_outside, self.text = only_outside, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        if self.only_outside and not model.outside_band(row):
            return False
        found = model.rows[row]
        return not self.text or self.text in found["school"].casefold() or self.text == (found["school_id"] or "")
