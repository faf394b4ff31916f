"""Errors a user can cause. `str(error)` is the sentence to show: what happened and what to do."""

from __future__ import annotations

from pathlib import Path

from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n.message import Message, said


class EquityError(Exception):
    """Base of every error the user can cause; never shown with a traceback.

    Its message is a sentence; a `core.i18n.message.Message` (an English str with its message id) when the
    sentence has been catalogued, so that `sentence(tr)` can say it in another language.
    """

    def sentence(self, tr: Texts | None = None) -> str:
        """What the error says, in tr's language where its message is catalogued (English without tr)."""
        message = self.args[0] if len(self.args) == 1 and isinstance(self.args[0], str) else None
        return said(message, tr) if message is not None else str(self)


class FrameworkContentError(EquityError):
    """The framework content file is missing a field or has a wrong value."""


class ReviewFileError(EquityError):
    """A review file could not be opened, created or written."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(message)
        self.path = Path(path)


class ReviewNotFoundError(ReviewFileError):
    pass


class EmptyReviewFileError(ReviewFileError):
    pass


class NotAReviewError(ReviewFileError):
    pass


class CorruptReviewError(ReviewFileError):
    pass


class NewerReviewError(ReviewFileError):
    pass


class ReviewExistsError(ReviewFileError):
    pass


class ReviewReadOnlyError(ReviewFileError):
    """The file cannot be written; it can still be opened read-only."""

    can_open_read_only = True


class ReviewInUseError(ReviewFileError):
    """Another running copy of the program has the file open; it can be opened read-only."""

    can_open_read_only = True

    def __init__(self, path: Path | str, message: str, holder: dict | None = None):
        super().__init__(path, message)
        self.holder = holder or {}


class ReviewLockedError(ReviewFileError):
    """Another program holds SQLite's lock on the file for longer than we wait."""


class ReviewWriteError(ReviewFileError):
    """Writing failed part-way (disk full, stick removed); the edit was rolled back."""


class MergeRefusedError(ReviewFileError):
    """The file offered to a merge (a copy, a ballot, a workbook) is not a copy of this review."""


class Cancelled(EquityError):
    """The person asked a long task to stop; raised from its progress report, so what it wrote is cleaned up."""

    def __init__(self, message: str | None = None):
        super().__init__(Message("error.task_cancelled") if message is None else message)


class InvalidEditError(EquityError):
    """An edit the review cannot take (unknown item, value outside the scale)."""
