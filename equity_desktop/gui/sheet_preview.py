"""The first rows of a sheet as the spreadsheet shows them, the header row highlighted: the wizard's sheet step
and the screening window's Columns dialog show the same table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from equity_desktop.core.enrollment.cells import column_letter

HEADER_BACKGROUND = "#dde6f2"
HEADER_TEXT = "#000000"
MAX_COLUMN_WIDTH = 220


def fill_preview(table: QTableWidget, rows: list[list[str]], header_row: int | None) -> None:
    """Show `rows` (FileReading.preview) in `table`, lettered like the spreadsheet; `header_row` is 1-based."""
    width = max((len(row) for row in rows), default=0)
    table.clear()
    table.setRowCount(len(rows))
    table.setColumnCount(width)
    table.setHorizontalHeaderLabels([column_letter(i) for i in range(width)])
    bold = QFont()
    bold.setBold(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if r + 1 == header_row:
                item.setFont(bold)
                item.setBackground(QBrush(QColor(HEADER_BACKGROUND)))
                item.setForeground(QBrush(QColor(HEADER_TEXT)))  # dark on the light band, on a dark palette too
            table.setItem(r, c, item)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.resizeColumnsToContents()
    for c in range(width):
        table.setColumnWidth(c, min(table.columnWidth(c), MAX_COLUMN_WIDTH))
    if header_row:
        label = QCoreApplication.translate("SheetPreview", "{0} header").format(header_row)
        table.setVerticalHeaderItem(header_row - 1, QTableWidgetItem(label))
