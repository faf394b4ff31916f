"""The screening window's columns step: the header row and what each column holds, corrected and read again.

The same panel as the import wizard's third page (column_mapping.ColumnMappingPanel), with the sheet's first
rows above it for choosing the header row. Every read runs in a worker process; Apply hands the window the
file as read with the person's columns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.file_reading import FileReading, read_for_import
from equity_desktop.gui.background_task import BackgroundTask, ReadProgress
from equity_desktop.gui.column_mapping import ColumnMappingPanel
from equity_desktop.gui.sheet_preview import fill_preview


class ColumnsDialog(QDialog):
    applied = Signal(object)  # the FileReading read with the person's header row and columns

    def __init__(self, reading: FileReading, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("columnsDialog")
        self.setWindowTitle(self.tr("What Each Column Holds — {0}").format(reading.path.name))
        self.reading = reading
        self.task: BackgroundTask | None = None
        self._apply_when_read = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self._build_header_row())
        self.preview = QTableWidget(self)
        self.preview.setObjectName("previewTable")
        self.preview.setAccessibleName(self.tr("First rows of the sheet"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.panel = ColumnMappingPanel(self)
        self.panel.header_hint = self.tr("Choose the header row above: the row that names the columns.")
        self.panel.mapping_loaded.connect(lambda mapping: self.read(mapping))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.progress = ReadProgress(self)
        self.progress.cancel_requested.connect(self.cancel_reading)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Read the file again with this header row and these columns"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        room = parent.size() if parent is not None else self.screen().availableGeometry().size()
        self.resize(min(980, room.width() - 40), min(680, room.height() - 40))
        self.show_reading(reading)

    def _build_header_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("headerSpin")
        self.header_spin.setMinimum(1)
        self.header_spin.setKeyboardTracking(False)
        self.header_spin.editingFinished.connect(self._header_changed)
        label = QLabel(self.tr("&Header row:"), self)
        label.setBuddy(self.header_spin)
        row.addWidget(label)
        row.addWidget(self.header_spin)
        row.addWidget(QLabel(self.tr("(highlighted in the sheet's first rows below)"), self), 1)
        return row

    def show_reading(self, reading: FileReading) -> None:
        self.reading = reading
        self.intro.setText(self.tr("How the program reads {0}, sheet \u201c{1}\u201d. Correct the header row or what "
                                   "a column holds, then Apply: the file is read again.").format(reading.path.name,
                                                                                                 reading.sheet))
        header_row = reading.layout.header_row if reading.layout else None
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, len(reading.preview)))
        self.header_spin.setValue(header_row or 1)
        self.header_spin.blockSignals(False)
        fill_preview(self.preview, reading.preview, header_row)
        self.panel.show_reading(reading)

    # ---- reading again ---------------------------------------------------------------------------

    def mapping(self) -> dict:
        """What the dialog says: the header row alone when it changed (the columns are detected there again),
        else the header row and every column's role."""
        layout = self.reading.layout
        if layout is None or self.header_spin.value() != layout.header_row:
            return {"format": lay.MAPPING_FORMAT, "header_row": self.header_spin.value()}
        return self.panel.current_mapping()

    def apply(self) -> None:
        reading, mapping = self.reading, self.mapping()
        if reading.table is not None and not reading.problem and reading.layout.to_mapping() == mapping:
            self._finish(reading)  # nothing changed since the last read
            return
        self.read(mapping, apply=True)

    def _header_changed(self) -> None:
        if self.reading.layout is None or self.header_spin.value() != self.reading.layout.header_row:
            self.read(self.mapping())

    def read(self, mapping: dict, *, apply: bool = False) -> None:
        self.cancel_reading()
        self._apply_when_read = apply
        self.task = BackgroundTask(read_for_import, self.reading.path, self.reading.sheet, mapping, parent=self)
        self.task.done.connect(self._read_done)
        self.task.failed.connect(self._read_failed)
        self._set_enabled(False)
        self.progress.start(self.task)

    def cancel_reading(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None
        self.progress.hide()
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.header_spin, self.preview, self.panel, self.apply_button):
            widget.setEnabled(enabled)

    def _read_done(self, reading: FileReading) -> None:
        self.task = None
        self._set_enabled(True)
        self.show_reading(reading)
        if self._apply_when_read and reading.table is not None and not reading.problem:
            self._finish(reading)

    def _read_failed(self, sentence: str) -> None:
        self.task = None
        self._set_enabled(True)
        self.panel.show_problem(sentence)

    def _finish(self, reading: FileReading) -> None:
        self.applied.emit(reading)
        self.accept()

    def reject(self) -> None:
        self.cancel_reading()
        super().reject()
