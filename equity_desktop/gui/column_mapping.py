"""The columns step: what each column of the header holds, as the program read it and why, for the person to
correct. The import wizard's third page and the screening window's Columns dialog are this one panel.

The panel shows a FileReading (core.enrollment.file_reading) and gives back a mapping in the core's format
(core.enrollment.layout); reading the file again with it is the owner's business, in its worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.cells import column_letter
from equity_desktop.core.enrollment.errors import COLUMNS_STEP, HEADER_STEP, EnrollmentFileError
from equity_desktop.core.enrollment.file_reading import FileReading
from equity_desktop.core.enrollment.role_labels import decision, role_choices
from equity_desktop.gui.enrollment_words import correcting_step, role_word, shape_words
from equity_desktop.gui.translation import said_here, words

LETTER, HEADER, SAMPLES, HOLDS, WHY = range(5)
KEY_ROLE = Qt.ItemDataRole.UserRole  # on the header cell: the mapping's key (unique when a header repeats)


class ColumnMappingPanel(QWidget):
    mapping_edited = Signal()      # the person changed a column's role or the table's shape
    mapping_loaded = Signal(dict)  # a mapping file was loaded: the owner reads the file again with it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reading: FileReading | None = None
        # Where the header row is chosen, in the owner's words ("Choose the header row above.").
        self.header_hint = self.tr("Choose the header row first.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_shape_row())
        self.table = QTableWidget(self)
        self.table.setObjectName("mappingTable")
        self.table.setAccessibleName(self.tr("Columns and what they hold"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line a column, as high as its drop-down; tooltips hold the rest
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.shape_combo.sizeHint().height() + 2)
        layout.addWidget(self.table, 1)
        self.unrecognised = QLabel(self)
        self.unrecognised.setObjectName("unrecognisedLabel")
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        for label in (self.unrecognised, self.problem):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

    def _build_shape_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.shape_combo = QComboBox(self)
        self.shape_combo.setObjectName("shapeCombo")
        for shape, text in shape_words().items():
            self.shape_combo.addItem(text, shape)
        self.shape_combo.activated.connect(self._shape_chosen)
        label = QLabel(self.tr("The &rows are:"), self)
        label.setBuddy(self.shape_combo)
        self.load_button = QPushButton(self.tr("&Load a Mapping…"), self)
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button = QPushButton(self.tr("Sa&ve the Mapping…"), self)
        self.save_button.clicked.connect(self.save_mapping)
        row.addWidget(label)
        row.addWidget(self.shape_combo)
        row.addStretch(1)
        row.addWidget(self.load_button)
        row.addWidget(self.save_button)
        return row

    # ---- showing a reading -----------------------------------------------------------------------

    def show_reading(self, reading: FileReading | None) -> None:
        self.reading = reading
        layout = reading.layout if reading else None
        shape = layout.shape if layout else lay.WIDE
        self.shape_combo.setCurrentIndex(max(0, self.shape_combo.findData(shape)))
        self._fill(shape)

    def _shape_chosen(self) -> None:
        self._fill(self.shape_combo.currentData())
        self.mapping_edited.emit()

    def _fill(self, shape: str) -> None:
        layout = self.reading.layout if self.reading else None
        columns = [c for c in layout.columns if c.header] if layout else []
        table = self.table
        table.clear()
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header"), self.tr("First values"),
                                         self.tr("Holds"), self.tr("Why")])
        table.setRowCount(len(columns))
        below = self.reading.preview[layout.header_row:layout.header_row + 3] if layout else []
        choices = role_choices(shape)
        for row, column in enumerate(columns):
            table.setItem(row, LETTER, QTableWidgetItem(column_letter(column.index)))
            header = QTableWidgetItem(column.header)
            header.setData(KEY_ROLE, column.key)
            table.setItem(row, HEADER, header)
            samples = [r[column.index] for r in below if column.index < len(r) and r[column.index]]
            first = QTableWidgetItem(", ".join(samples))
            first.setToolTip(first.text())
            table.setItem(row, SAMPLES, first)
            table.setCellWidget(row, HOLDS, self._role_combo(column, choices, row))
            why = QTableWidgetItem(said_here(column.reason))  # the core's words, like its other sentences
            why.setToolTip(said_here(decision(column)))
            table.setItem(row, WHY, why)
        self._size_columns()
        self._show_messages()

    def _role_combo(self, column: lay.Column, choices: list[tuple[str, str]], row: int) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("What column {0} holds").format(column.header))
        for _label, role in choices:
            combo.addItem(role_word(role), role)
        role = column.role or lay.IGNORE
        if combo.findData(role) < 0:
            combo.addItem(role_word(role), role)
        combo.setCurrentIndex(combo.findData(role))
        combo.currentIndexChanged.connect(lambda _index, r=row: self._role_chosen(r))
        return combo

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        for c in (LETTER, HEADER, HOLDS):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(SAMPLES, 160)  # samples can be long; the drop-down must stay in view
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)

    def _role_chosen(self, row: int) -> None:
        why = self.table.item(row, WHY)
        why.setText(self.tr("your choice"))
        why.setToolTip(self.tr("read as {0} (your choice)").format(self.table.cellWidget(row, HOLDS).currentText()))
        self.mapping_edited.emit()

    def _show_messages(self) -> None:
        reading, lines = self.reading, []
        if reading and reading.layout:
            unused = [c.header for c in reading.layout.unrecognised()]
            if unused:
                lines.append(self.tr("Not recognised (left out unless you choose what they hold): {0}.").format(
                    ", ".join(f"\u201c{h}\u201d" for h in unused)))
        if reading and reading.table:
            lines += [n.text(reading.path.name, reading.sheet, words()) for n in reading.table.notes
                      if "names no group" in n.message]
        self.unrecognised.setText("\n".join(lines))
        self.show_problem(reading.problem if reading else "", correcting_step(reading) if reading else "")

    def show_problem(self, sentence: str, step: str = "") -> None:
        """The sentence saying why the file could not be read as it is, and where to put it right."""
        hint = {COLUMNS_STEP: self.tr("Correct it in the list above."), HEADER_STEP: self.header_hint}.get(step, "")
        self.problem.setText(f"{said_here(sentence)} {hint}".strip() if sentence else "")

    # ---- the mapping -----------------------------------------------------------------------------

    def current_mapping(self, header_row: int | None = None) -> dict:
        """The mapping the drop-downs describe (layout's format, the same file Save writes); `header_row` is
        used when no header row was found."""
        layout = self.reading.layout if self.reading else None
        table = self.table
        columns = {table.item(row, HEADER).data(KEY_ROLE): table.cellWidget(row, HOLDS).currentData()
                   for row in range(table.rowCount())}
        return {"format": lay.MAPPING_FORMAT, "version": 1, "shape": self.shape_combo.currentData(),
                "header_row": layout.header_row if layout else header_row,
                "columns": columns, "values": layout.values if layout else {}}

    def _folder(self) -> str:
        return str(self.reading.path.parent) if self.reading else str(Path.home())

    def load_mapping(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Load a Mapping"), self._folder(),
                                                self.tr("Mappings (*.json)"))
        if chosen:
            self.load_mapping_from(Path(chosen))

    def load_mapping_from(self, path: Path) -> None:
        try:
            mapping = lay.read_mapping(path)
        except EnrollmentFileError as error:
            self.show_problem(error.sentence(words()))
            return
        self.mapping_loaded.emit(mapping)

    def save_mapping(self) -> None:
        path = self.reading.path if self.reading else Path.home() / "enrollment"
        suggested = path.with_name(path.stem + "-mapping.json")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Mapping"), str(suggested),
                                                self.tr("Mappings (*.json)"))
        if not chosen:
            return
        try:
            lay.save_mapping(self.current_mapping(), chosen)
        except OSError as error:
            self.show_problem(self.tr("{0} could not be written ({1}); choose another folder.").format(
                chosen, error.strerror))
