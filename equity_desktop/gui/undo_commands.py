"""Undoable edits. Each command holds the value before and after; applying either goes through the session.

The first `redo()` Qt makes on push is skipped: the session has already applied
the edit (so a failed save never reaches the stack). A later undo or redo that
fails makes the command obsolete, so Qt drops it instead of the stack lying
about what the file holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from equity_desktop.core.errors import EquityError


class EditCommand(QUndoCommand):
    """An edit that `apply(state)` sets to `before` (undo) or `after` (redo)."""

    def __init__(self, text: str, apply: Callable[[object], None], before: object, after: object,
                 on_error: Callable[[EquityError], None]):
        super().__init__(text)
        self._apply = apply
        self._before = before
        self._after = after
        self._on_error = on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # applied by the session before the push
            return
        self._run(self._after)

    def undo(self) -> None:
        self._run(self._before)

    def _run(self, state: object) -> None:
        try:
            self._apply(state)
        except EquityError as error:
            self.setObsolete(True)
            self._on_error(error)
