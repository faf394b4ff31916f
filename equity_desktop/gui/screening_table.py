"""The screening list's view: one line a school, columns as wide as a sample of their texts, sorted by the heading
clicked, and the school selected kept selected when the list is sorted, filtered or measured again.

At 100,000 schools nothing here measures every row: the rows are one line high (Fixed), and the columns are
sized once per file from a sample (Qt's ResizeToContents measured a thousand rows again at every sort, asking
Python for each cell).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from equity_desktop.core.enrollment.screening import ListedSchool
from equity_desktop.gui.screening_model import COMPARED_COLUMN, ISOLATED_COLUMN, WHICH_COLUMN, ScreeningModel

FIT_SAMPLE, FIT_MOST = 100, 360  # a column is as wide as the texts of this many rows, up to this many pixels
WHICH_WIDTH = 200  # "Which, by how many points": a long list of groups, read in full in its tooltip


class ScreeningTable(QTableView):
    def __init__(self, model: ScreeningModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screeningTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # arrows move through the schools; Tab leaves the list, not 10 columns later
        self.setWordWrap(False)  # one line a school; long cells are elided, their tooltip says it all
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        # The list opens as the core orders a screening: the most isolated schools first (most groups outside the
        # band, then the widest gap), then A to Z, which is what a screening is read for. The indicator says so;
        # set before sorting is enabled, which sorts by it (the header's default is the first column, Z to A).
        header.setSortIndicator(ISOLATED_COLUMN, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHICH_COLUMN, WHICH_WIDTH)
        header.setStretchLastSection(True)  # "Compared with": what is left; in full under the list

    def screening(self) -> ScreeningModel:
        model = self.model()
        assert isinstance(model, ScreeningModel)
        return model

    def fit_columns(self) -> None:
        """Each column as wide as its heading and the texts of a sample of its rows."""
        model, header, metrics = self.screening(), self.horizontalHeader(), self.fontMetrics()
        rows = model.rowCount()
        sample = sorted({rows * n // FIT_SAMPLE for n in range(FIT_SAMPLE)}) if rows else []
        padding = 2 * metrics.horizontalAdvance("M")
        for column in range(model.columnCount()):
            if column in (WHICH_COLUMN, COMPARED_COLUMN):
                continue  # a long list of groups, and the last column: what is left of the width
            texts = model.headerData(column, Qt.Orientation.Horizontal).split("\n")
            texts += [model.index(row, column).data() for row in sample]
            header.resizeSection(column, min(FIT_MOST, max(metrics.horizontalAdvance(t) for t in texts) + padding))

    def selected_row(self) -> int | None:
        """The row of the list (ScreeningList) of the school selected; None when none is."""
        rows = self.selectionModel().selectedRows()
        return self.screening().school_row(rows[0].row()) if rows else None

    def selected_school(self) -> ListedSchool | None:
        row, listing = self.selected_row(), self.screening().listing
        return None if row is None or listing is None else listing.school_at(row)

    def select(self, school_row: int | None) -> None:
        """Select the school in the list's `school_row` again, when it is still shown."""
        row = self.screening().row_of(school_row)
        if row >= 0:
            self.selectRow(row)
