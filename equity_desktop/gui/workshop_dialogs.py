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
from equity_desktop.core.output.plan_changes import PlanChanges
from equity_desktop.core.review import ballots, change_words
from equity_desktop.core.review.merge import MergePlan
from equity_desktop.core.wording import plural
from equity_desktop.gui.translation import said_here, words


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
        for key, text in self.scope_names().items():
            self.scope.addItem(text, key)
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

    def scope_names(self) -> dict[str, str]:
        """The items a ballot can be about (core.review.ballots' scopes), by scope."""
        return {"all": self.tr("Every item (key actions, map and benchmarks)"),
                "map": self.tr("The map conditions of every stage"),
                "benchmarks": self.tr("The benchmarks of every stage"), "s1": self.tr("Stage 1 only"),
                "s2": self.tr("Stage 2 only"), "s3": self.tr("Stage 3 only"), "s4": self.tr("Stage 4 only")}

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
                    raise EquityError(self.tr("Line {0}: {1}").format(row, said_here(error))) from None
            if not entries:
                raise EquityError(self.tr("Type at least one line: an item code and its rating."))
            self.ballot = ballots.paper_ballot(self.member.text(), entries)
        except EquityError as error:
            self.problem.setText(said_here(error))
            return
        self.accept()


class _ConflictsDialog(QDialog):
    """What a merge takes, and a choice for each conflict; the first side (this review's value) unless changed.

    Merging another copy and taking back an edited workbook both ask this; they differ only in their words."""

    def __init__(self, title: str, summary: str, taken_label: str, taken: list[str], notes: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._layout = QVBoxLayout(self)
        text = QLabel(summary, self)
        text.setWordWrap(True)
        self._layout.addWidget(text)
        listing = QListWidget(self)
        listing.setAccessibleName(taken_label)
        # An item's number and text make long lines: wrap them rather than hide their end behind a scroll bar.
        listing.setWordWrap(True)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setResizeMode(QListWidget.ResizeMode.Adjust)
        for line in [*taken, *notes]:
            QListWidgetItem(said_here(line), listing)  # the core's sentences, in the window's language
        self._layout.addWidget(QLabel(taken_label + ":", self))
        self._layout.addWidget(listing, 1)
        self._choices: dict[str, QButtonGroup] = {}
        self._rows: QVBoxLayout | None = None
        self._holder: QWidget | None = None

    def _add_conflict(self, key: str, title: str, sides: list[tuple[str, str]]) -> None:
        """A box titled by the item, one radio button per side (name, words); the first is checked."""
        if self._rows is None:
            self._layout.addWidget(QLabel(self.tr("Changed on both sides — choose which to keep (the other value "
                                                  "stays in the history):"), self))
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            self._holder = QWidget(area)
            self._rows = QVBoxLayout(self._holder)
            self._rows.addStretch(1)
            area.setWidget(self._holder)
            self._layout.addWidget(area, 2)
        box = QGroupBox(title, self._holder)
        column = QVBoxLayout(box)
        group = QButtonGroup(box)
        for number, (name, text) in enumerate(sides):
            button = QRadioButton(text, box)
            button.setProperty("side", name)
            button.setChecked(number == 0)
            group.addButton(button)
            column.addWidget(button)
        self._choices[key] = group
        self._rows.insertWidget(self._rows.count() - 1, box)

    def _add_buttons(self, accept_text: str) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)
        self.resize(720, 560)

    def choices(self) -> dict[str, str]:
        return {key: group.checkedButton().property("side") for key, group in self._choices.items()}

    def choose(self, key: str, side: str) -> None:
        """Check one side of a conflict (what a click does; tests use it too)."""
        for button in self._choices[key].buttons():
            if button.property("side") == side:
                button.setChecked(True)


class MergeDialog(_ConflictsDialog):
    """What merging another copy takes, and a choice for each conflict (this copy's value unless changed)."""

    def __init__(self, framework: Framework, plan: MergePlan, parent: QWidget | None = None):
        taken = [f"{change_words.what(framework, key, value)} → {change_words.value(framework, key, value)}"
                 for key, value in plan.taken.items()]
        super().__init__(
            self.tr("Merge {0}").format(plan.source.name),
            self.tr("From {0}: {1} taken (changed only there), {2} to decide (changed on both sides), {3} kept "
                    "from this copy (changed only here).").format(
                plan.source.name, plural(len(plan.taken), self.tr("change"), self.tr("changes")),
                plural(len(plan.conflicts), self.tr("conflict"), self.tr("conflicts")),
                plural(plan.kept, self.tr("change"), self.tr("changes"))),
            self.tr("Changes taken from the other copy"), taken, [], parent)
        self.plan = plan
        for conflict in plan.conflicts:
            sides = []
            for side, name, label in ((conflict.ours, "ours", self.tr("This copy")),
                                      (conflict.theirs, "theirs", self.tr("The other copy"))):
                who = ", ".join(part for part in (side.changed_by, side.changed_at[:16].replace("T", " ")) if part)
                text = f"{label}: {change_words.value(framework, conflict.key, side.value, conflict.fields)}"
                sides.append((name, text + (f" ({who})" if who else "")))
            self._add_conflict(conflict.key, change_words.what(framework, conflict.key, conflict.ours.value,
                                                               conflict.theirs.value), sides)
        self._add_buttons(self.tr("Merge"))


class WorkbookReturnDialog(_ConflictsDialog):
    """What an edited workbook brings back (`core.output.plan_changes.PlanChanges`), with a choice for each
    item changed both here and in the workbook since it was written (the value here unless changed)."""

    def __init__(self, changes: PlanChanges, name: str, parent: QWidget | None = None):
        super().__init__(
            self.tr("Apply the Changes from Excel?"),
            self.tr("{0}: {1} changed only in the workbook, {2} changed both here and in the workbook since it was "
                    "written. You can undo this with Edit → Undo.").format(
                name, plural(len(changes.descriptions), self.tr("change"), self.tr("changes")),
                plural(len(changes.conflicts), self.tr("item"), self.tr("items"))),
            self.tr("Changes taken from the workbook"), list(changes.descriptions), list(changes.notes), parent)
        self.changes = changes
        for number, conflict in enumerate(changes.conflicts):
            self._add_conflict(str(number), conflict.what,
                               [("here", self.tr("Here: {0}").format(conflict.program)),
                                ("workbook", self.tr("In the workbook: {0}").format(conflict.workbook))])
        self._add_buttons(self.tr("Apply Changes"))

    def chosen(self) -> PlanChanges:
        """The changes with each conflict decided as the person chose."""
        return self.changes.choosing({int(key) for key, side in self.choices().items() if side == "workbook"},
                                     words())
