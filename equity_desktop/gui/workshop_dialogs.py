"""The workshop's dialogs: prepare ballots, enter a paper ballot, and decide a merge's conflicts.

They only gather the person's choices and show what the core found (`core.review.ballots`, `merge`,
`change_words`); every rule and every sentence about a ballot or a change comes from the core.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.errors import EquityError
from equity_desktop.core.framework.content import Framework
from equity_desktop.core.review import ballots, change_words
from equity_desktop.core.review.merge import MergePlan
from equity_desktop.core.wording import plural

SCOPE_NAMES = {"all": "Every item (key actions, map and benchmarks)", "map": "The map conditions of every stage",
               "benchmarks": "The benchmarks of every stage", "s1": "Stage 1 only", "s2": "Stage 2 only",
               "s3": "Stage 3 only", "s4": "Stage 4 only"}


class PrepareBallotsDialog(QDialog):
    """Whose ballots, about which items, into which folder."""

    def __init__(self, members: list[str], folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare Ballots"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each member rates privately on a ballot file of their own; bring the files back "
                               "with Collect Ballots. A blank ballot can be copied for anyone else."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Team members who get a ballot"))
        for name in members:
            item = QListWidgetItem(name, self.members)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        form = QFormLayout()
        form.addRow(self.tr("Ballots for:"), self.members)
        self.blank = QCheckBox(self.tr("Also one blank ballot, to copy"), self)
        self.blank.setChecked(not members)
        form.addRow("", self.blank)
        self.scope = QComboBox(self)
        for key, text in SCOPE_NAMES.items():
            self.scope.addItem(self.tr(text), key)
        form.addRow(self.tr("&Items:"), self.scope)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(folder), self)
        self.folder.setAccessibleName(self.tr("Folder for the ballots"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&Folder:"), row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write Ballots"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the ballots"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_members(self) -> list[str]:
        names = [self.members.item(n).text() for n in range(self.members.count())
                 if self.members.item(n).checkState() == Qt.CheckState.Checked]
        return names + ([""] if self.blank.isChecked() else [])

    def chosen_scope(self) -> str:
        return self.scope.currentData()


class PaperBallotDialog(QDialog):
    """A fast keyboard grid: the member's name, then item code, Tab, rating key, Enter — line after line."""

    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.ballot: ballots.Ballot | None = None
        self.setWindowTitle(self.tr("Enter a Paper Ballot"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.member = QLineEdit(self)
        self.member.setPlaceholderText(self.tr("The name written on the ballot"))
        form.addRow(self.tr("&Member:"), self.member)
        layout.addLayout(form)
        hint = QLabel(self.tr("Type the item code printed on the checklist (such as 1.DE.4, 2.KA.1.3 or 3.B.2), "
                              "Tab, the rating (1 Not started … 4 In place, 0 Not applicable; benchmarks 1 Not met, "
                              "2 Partly met, 3 Met), Enter for the next line."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.grid = QTableWidget(1, 2, self)
        self.grid.setHorizontalHeaderLabels([self.tr("Item code"), self.tr("Rating")])
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setAccessibleName(self.tr("Ratings from the paper ballot"))
        self.grid.setTabKeyNavigation(True)
        self.grid.itemChanged.connect(self._grow)
        layout.addWidget(self.grid, 1)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("errorText")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Ballot"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAutoDefault(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 520)

    def _grow(self, item: QTableWidgetItem) -> None:
        """A line typed in the last row opens the next, so Enter and Tab keep going."""
        if item.row() == self.grid.rowCount() - 1 and item.text().strip():
            self.grid.setRowCount(self.grid.rowCount() + 1)

    def lines(self) -> list[tuple[int, str, str]]:
        found = []
        for row in range(self.grid.rowCount()):
            code, key = (self.grid.item(row, column) for column in (0, 1))
            code_text, key_text = (code.text().strip() if code else ""), (key.text().strip() if key else "")
            if code_text or key_text:
                found.append((row + 1, code_text, key_text))
        return found

    def _accept(self) -> None:
        entries = []
        try:
            for row, code, key in self.lines():
                try:
                    entries.append(ballots.paper_entry(self.framework, code, key))
                except EquityError as error:
                    raise EquityError(self.tr("Line {0}: {1}").format(row, error)) from None
            if not entries:
                raise EquityError(self.tr("Type at least one line: an item code and its rating."))
            self.ballot = ballots.paper_ballot(self.member.text(), entries)
        except EquityError as error:
            self.problem.setText(str(error))
            return
        self.accept()


class MergeDialog(QDialog):
    """What merging another copy takes, and a choice for each conflict (this copy's value unless changed)."""

    def __init__(self, framework: Framework, plan: MergePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Merge {0}").format(plan.source.name))
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("From {0}: {1} taken (changed only there), {2} to decide (changed on both "
                                 "sides), {3} kept from this copy (changed only here).").format(
            plan.source.name, plural(len(plan.taken), "change"), plural(len(plan.conflicts), "conflict"),
            plural(plan.kept, "change")), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        taken = QListWidget(self)
        taken.setAccessibleName(self.tr("Changes taken from the other copy"))
        for key, value in plan.taken.items():
            QListWidgetItem(f"{change_words.what(framework, key, value)} → {change_words.value(framework, key, value)}",
                            taken)
        layout.addWidget(QLabel(self.tr("Taken from the other copy:"), self))
        layout.addWidget(taken, 1)
        self._choices: dict[str, QButtonGroup] = {}
        if plan.conflicts:
            layout.addWidget(QLabel(self.tr("Changed on both sides — choose which to keep (the other value stays "
                                            "in the history):"), self))
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            holder = QWidget(area)
            rows = QVBoxLayout(holder)
            for conflict in plan.conflicts:
                rows.addWidget(self._conflict_box(framework, conflict, holder))
            rows.addStretch(1)
            area.setWidget(holder)
            layout.addWidget(area, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _conflict_box(self, framework: Framework, conflict, parent: QWidget) -> QGroupBox:
        box = QGroupBox(change_words.what(framework, conflict.key, conflict.ours.value, conflict.theirs.value), parent)
        column = QVBoxLayout(box)
        group = QButtonGroup(box)
        for side, name, label in ((conflict.ours, "ours", self.tr("This copy")),
                                  (conflict.theirs, "theirs", self.tr("The other copy"))):
            who = ", ".join(part for part in (side.changed_by, side.changed_at[:16].replace("T", " ")) if part)
            text = f"{label}: {change_words.value(framework, conflict.key, side.value, conflict.fields)}"
            button = QRadioButton(text + (f" ({who})" if who else ""), box)
            button.setProperty("side", name)
            button.setChecked(name == "ours")
            group.addButton(button)
            column.addWidget(button)
        self._choices[conflict.key] = group
        return box

    def choices(self) -> dict[str, str]:
        return {key: group.checkedButton().property("side") for key, group in self._choices.items()}

    def choose(self, key: str, side: str) -> None:
        """Check one side of a conflict (what a click does; tests use it too)."""
        for button in self._choices[key].buttons():
            if button.property("side") == side:
                button.setChecked(True)
