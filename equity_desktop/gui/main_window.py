"""The main window: open a review and show where each of its five components stands.

This is the foundation's window; the guided self-review (navigator, pages,
workshop view) grows from it. It renders what core functions return and holds
no rule of its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equity_desktop import APP_NAME, __version__
from equity_desktop.core.errors import EquityError
from equity_desktop.core.placement import placements, stage_progress
from equity_desktop.core.store import ReviewStore
from equity_desktop.gui.error_dialogs import ask_open_read_only, show_error


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    # Rows follow the wrapped text as the window (and so the last column) changes width.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class MainWindow(QMainWindow):
    review_opened = Signal(Path)
    review_closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: ReviewStore | None = None
        self.setObjectName("mainWindow")
        self.resize(1100, 700)
        self._build_pages()
        self._build_menus()
        self._show_title()

    # ---- building ---------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.pages = QStackedWidget(self)
        self.empty_page = QLabel(self.tr("No review is open. Choose File → Open… to open a .eqreview file."))
        self.empty_page.setObjectName("emptyPage")
        self.empty_page.setWordWrap(True)
        self.pages.addWidget(self.empty_page)

        self.review_page = QWidget(self)
        layout = QVBoxLayout(self.review_page)
        self.header = QLabel(self.review_page)
        self.header.setObjectName("reviewHeader")
        self.header.setWordWrap(True)
        self.placement_table = _table(self.review_page, "placementTable",
                                      [self.tr("Component"), self.tr("Stage"), self.tr("Why it sits there")])
        self.progress_table = _table(self.review_page, "progressTable",
                                     [self.tr("Stage"), self.tr("Map conditions rated"), self.tr("Key actions rated"),
                                      self.tr("Benchmarks met"), self.tr("Ready to move on")])
        layout.addWidget(self.header)
        layout.addWidget(QLabel(self.tr("<b>Where each component stands</b>")))
        layout.addWidget(self.placement_table, 3)
        layout.addWidget(QLabel(self.tr("<b>Progress by stage</b>")))
        layout.addWidget(self.progress_table, 2)
        self.pages.addWidget(self.review_page)
        self.setCentralWidget(self.pages)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._choose_review)
        self.close_action = QAction(self.tr("&Close"), self, shortcut=QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_review)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.open_action, self.close_action, quit_action):
            file_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Equity Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # ---- documents ----------------------------------------------------------------------------

    def _choose_review(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a review"), "",
                                              self.tr("Equity reviews (*.eqreview)"))
        if path:
            self.open_review(Path(path))

    def open_review(self, path: Path, read_only: bool = False) -> bool:
        """Open `path`; on a refusal show its sentence (offering read-only where that helps)."""
        try:
            store = ReviewStore.open(path, read_only=read_only)
        except EquityError as error:
            if getattr(error, "can_open_read_only", False) and not read_only:
                box = ask_open_read_only(self, error)
                box.accepted.connect(lambda: self.open_review(path, read_only=True))
            else:
                show_error(self, self.tr("Cannot open the review"), error)
            return False
        self.close_review()
        self.store = store
        self.refresh()
        self.pages.setCurrentWidget(self.review_page)
        self.review_opened.emit(path)
        return True

    def close_review(self) -> None:
        if self.store is None:
            return
        self.store.close()
        self.store = None
        self.pages.setCurrentWidget(self.empty_page)
        self._show_title()
        self.review_closed.emit()

    def refresh(self) -> None:
        """Re-render the open review from the store."""
        review = self.store.load()
        framework = self.store.framework
        values = review.values()
        profile = review.profile
        facts = [profile.district, profile.school_year, profile.magnet_theme,
                 profile.program_type.label if profile.program_type else "", profile.grades_served]
        mode = self.tr(" (read-only)") if self.store.read_only else ""
        self.header.setText(f"<h2>{profile.school}{mode}</h2>" + " · ".join(f for f in facts if f))
        placed = placements(framework, values)
        _fill(self.placement_table, [[p.component.name, p.label, p.explanation(values)] for p in placed])
        for row, placement in enumerate(placed):
            # The full texts of the conditions holding the component back, on hover.
            self.placement_table.item(row, 2).setToolTip("\n\n".join(f"{c.id}: {c.text}" for c in placement.holding_back))
        rows = []
        for stage in framework.stages:
            progress = stage_progress(framework, values, stage.id)
            of = self.tr("{0} of {1}")
            rows.append([f"{stage.number}. {stage.name}",
                         of.format(progress.conditions_rated, progress.conditions_total),
                         of.format(progress.actions_rated, progress.actions_total),
                         of.format(progress.benchmarks_met, progress.benchmarks_total),
                         self.tr("Yes") if progress.ready_to_move_on else self.tr("Not yet")])
        _fill(self.progress_table, rows)
        self._show_title(profile.school)

    def _show_title(self, school: str | None = None) -> None:
        self.setWindowTitle(f"{school} — {APP_NAME}" if school else APP_NAME)

    def _about(self) -> None:
        from equity_desktop.core.framework import load_framework

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Equity Desktop"),
                          f"{APP_NAME} {__version__}\n\n{load_framework().citation}", QMessageBox.StandardButton.Ok,
                          self)
        box.open()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.close_review()
        super().closeEvent(event)
