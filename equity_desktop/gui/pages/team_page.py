"""The review team, and which stakeholder groups it represents (planning benchmark 1 asks for all of them)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.review.document import Review, TeamMember
from equity_desktop.core.review.scales import StakeholderGroup
from equity_desktop.gui.pages.item_list_page import heading_label
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.translation import words

_NAME, _ROLE, _GROUP = range(3)


class TeamPage(QWidget):
    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Team"), self))
        layout.addWidget(heading_label(self.tr(
            "Who carries out the review. A diverse team that represents every stakeholder group is the first "
            "benchmark of the Planning stage. Double-click a name or role, or move to it with the arrow keys and "
            "press F2, to change it."), self, "pageIntro"))
        self.coverage = QLabel(self)
        self.coverage.setObjectName("teamCoverage")
        self.coverage.setWordWrap(True)
        layout.addWidget(self.coverage)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("teamTable")
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Stakeholder group")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The arrow keys move between cells (typing or F2 edits one); Tab leaves the table. With Tab moving
        # between cells, Qt wraps from the last cell to the first, and a keyboard user could never get out.
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if session.read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._item_edited)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add Member"), self)  # Alt+A: no Tab through every cell
        self.remove_button = QPushButton(self.tr("&Remove Selected"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(not session.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        session.team_changed.connect(self.refresh)
        session.edit_failed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.table.blockSignals(True)  # filling the table is not the user editing it
        self.table.setRowCount(len(self.session.team))
        for row, member in enumerate(self.session.team):
            for column, text in ((_NAME, member.name), (_ROLE, member.role)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.table.setItem(row, column, item)
            self.table.setCellWidget(row, _GROUP, self._group_box(member))
        self.table.blockSignals(False)
        self._show_coverage()

    def _group_box(self, member: TeamMember) -> QComboBox:
        box = QComboBox(self.table)
        box.setAccessibleName(self.tr("Stakeholder group of {0}").format(member.name))
        box.setPlaceholderText(self.tr("Choose…"))  # a new member speaks for no group until someone says which
        for group in StakeholderGroup:
            box.addItem(words().label(group), group.value)
        box.setCurrentIndex(box.findData(member.group.value) if member.group is not None else -1)
        box.setEnabled(not self.session.read_only)
        box.activated.connect(lambda _i, box=box, member_id=member.id: self._regroup(member_id, box.currentData()))
        return box

    def _show_coverage(self) -> None:
        # Only chosen groups count (core: Review.missing_groups); a member with none chosen is named here.
        missing = Review(self.session.profile, tuple(self.session.team)).missing_groups()
        present = [words().label(g) for g in StakeholderGroup if g not in missing]
        text = self.tr("<b>Represented ({0} of {1}):</b> {2}").format(
            len(present), len(StakeholderGroup), ", ".join(present) or self.tr("nobody yet"))
        unchosen = [m.name for m in self.session.team if m.group is None]
        if unchosen:
            text += "<br>" + self.tr("<b>No group chosen yet:</b> {0} — choose whom each speaks for.").format(
                escape(", ".join(unchosen)))
        if missing:
            text += "<br>" + self.tr("<b>Missing:</b> {0} — invite someone who speaks for them.").format(
                ", ".join(words().label(g) for g in missing))
        else:
            text += "<br>" + self.tr("Every stakeholder group is represented.")
        self.coverage.setText(text)

    def _member(self, member_id: int) -> TeamMember:
        return next(m for m in self.session.team if m.id == member_id)

    def _item_edited(self, item: QTableWidgetItem) -> None:
        member = self._member(item.data(Qt.ItemDataRole.UserRole))
        field = "name" if item.column() == _NAME else "role"
        text = item.text().strip()
        if field == "name" and not text:
            self.refresh()  # a member needs a name; put the old one back
            return
        self.session.update_member(member._replace(**{field: text}))

    def _regroup(self, member_id: int, value: str) -> None:
        self.session.update_member(self._member(member_id)._replace(group=StakeholderGroup(value)))

    def _add(self) -> None:
        if self.session.add_member(TeamMember(self.tr("New member"), "", None)):
            row = self.table.rowCount() - 1
            self.table.setCurrentCell(row, _NAME)
            self.table.editItem(self.table.item(row, _NAME))

    def _remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.session.remove_member(self.table.item(row, _NAME).data(Qt.ItemDataRole.UserRole))
