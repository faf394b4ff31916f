"""File → Workshop: prepare ballots, collect them, type in a paper ballot, merge another copy of the review.

The window owns one of these; it builds the actions and their menu, asks the person through
`workshop_dialogs`, lets the core decide (`core.review.ballots`, `merge`), and applies the result through the
session as one undoable edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from equity_desktop.core.errors import EquityError
from equity_desktop.core.review import ballots
from equity_desktop.core.review.store import SUFFIX
from equity_desktop.core.wording import plural
from equity_desktop.gui.error_dialogs import show_error
from equity_desktop.gui.translation import said_here


class WorkshopActions(QObject):
    def __init__(self, window: QWidget, folder):
        super().__init__(window)
        self.window = window
        self._folder = folder  # the window's last folder, as a callable
        self.prepare_action = self._action(self.tr("&Prepare Ballots…"), self.prepare, "prepareBallotsAction")
        self.collect_action = self._action(self.tr("&Collect Ballots…"), self.collect, "collectBallotsAction")
        self.paper_action = self._action(self.tr("Enter a &Paper Ballot…"), self.paper, "paperBallotAction")
        self.merge_action = self._action(self.tr("&Merge Another Copy…"), self.merge, "mergeCopyAction")
        self.actions = (self.prepare_action, self.collect_action, self.paper_action, self.merge_action)
        self.menu = QMenu(self.tr("Wor&kshop"), window)
        self.menu.addActions([self.prepare_action, self.collect_action, self.paper_action])
        self.menu.addSeparator()
        self.menu.addAction(self.merge_action)
        self.set_session(None)

    def _action(self, text: str, slot, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def session(self):
        return self.window.session

    def set_session(self, session) -> None:
        """Enable what an open, writable review allows (a ballot is not a review: it collects nothing)."""
        usable = session is not None and not session.read_only and session.ballot is None
        for action in self.actions:
            action.setEnabled(usable)

    # ---- ballots ---------------------------------------------------------------------------------

    def prepare(self) -> list[Path]:
        from equity_desktop.gui.workshop_dialogs import PrepareBallotsDialog  # dialogs load when first used

        dialog = PrepareBallotsDialog([m.name for m in self.session.team], Path(self._folder()), self.window)
        if not dialog.exec():
            return []
        return self.prepare_into(Path(dialog.folder.text()), dialog.chosen_members(), dialog.chosen_scope())

    def prepare_into(self, folder: Path, members: list[str], scope: str) -> list[Path]:
        named = [m for m in members if m]
        try:
            written = ballots.prepare_ballots(self.session.store, folder, named, scope)
            if "" in members and named:
                written += ballots.prepare_ballots(self.session.store, folder, [], scope)
        except EquityError as error:
            show_error(self.window, self.tr("The ballots were not written"), error)
            return []
        self.window.statusBar().showMessage(self.tr("Wrote {0} to {1}").format(
            plural(len(written), self.tr("ballot"), self.tr("ballots")), folder), 10000)
        return written

    def collect(self, paths: list[Path] | None = None, confirm=None) -> bool:
        """Collect the ballots at `paths` (asked for when None) after showing what would be taken;
        `confirm(text)` stands in for the person in tests."""
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Collect ballots"), self._folder(),
                                                     self.tr("Ballots (*{0})").format(ballots.BALLOT_SUFFIX))
            paths = [Path(p) for p in chosen]
        if not paths:
            return False
        found = ballots.collect_ballots(self.session.store, self._expanded(paths))
        if not found.values:
            show_error(self.window, self.tr("No ballot was collected"),
                       "\n".join(said_here(s) for s in found.skipped)
                       or self.tr("There was no ballot among the files chosen."))
            return False
        text = "\n".join([self.tr("To be taken:"), *map(said_here, found.taken),
                          *([self.tr("Not taken:"), *map(said_here, found.skipped)] if found.skipped else [])])
        if confirm is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Collect ballots"), text,
                              QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self.window)
            box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Collect"))
            confirm = lambda _text: box.exec() == QMessageBox.StandardButton.Ok  # noqa: E731
        if not confirm(text):
            return False
        return self.session.collect(found.values, len(found.values))

    @staticmethod
    def _expanded(paths: list[Path]) -> list[Path]:
        """A folder stands for the ballots in it."""
        found = []
        for path in paths:
            found += sorted(path.glob(f"*{ballots.BALLOT_SUFFIX}")) if path.is_dir() else [path]
        return found

    def paper(self, enter=None) -> bool:
        """Type in a paper ballot; `enter(dialog)` stands in for the person in tests."""
        from equity_desktop.gui.workshop_dialogs import PaperBallotDialog

        dialog = PaperBallotDialog(self.session.framework, self.window)
        accepted = enter(dialog) if enter is not None else dialog.exec()
        if not accepted or dialog.ballot is None:
            return False
        ballot = dialog.ballot
        return self.session.collect({f"ballot/{ballot.uid}": ballot.as_value()}, 1)

    # ---- merging another copy --------------------------------------------------------------------

    def merge(self, path: Path | None = None, choose=None) -> bool:
        """Merge the copy at `path` (asked for when None); `choose(dialog)` stands in for the person in tests."""
        from equity_desktop.core.review import merge
        from equity_desktop.gui.workshop_dialogs import MergeDialog

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Merge another copy of the review"),
                                                    self._folder(), self.tr("Equity reviews (*{0})").format(SUFFIX))
            if not chosen:
                return False
            path = Path(chosen)
        self.window.workspace.commit_pending_edit()
        try:
            plan = merge.plan_merge(self.session.store, path)
        except EquityError as error:
            show_error(self.window, self.tr("Cannot merge this file"), error)
            return False
        if plan.empty:
            QMessageBox.information(self.window, self.tr("Nothing to merge"), self.tr(
                "{0} holds nothing this review does not have already.").format(path.name))
            return False
        dialog = MergeDialog(self.session.framework, plan, self.window)
        accepted = choose(dialog) if choose is not None else dialog.exec()
        if not accepted:
            return False
        return self.session.merge_copy(merge.resolve(plan, dialog.choices()), path.name)
