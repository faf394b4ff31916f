"""The error an enrollment file can cause, naming file, sheet, row and column."""

from __future__ import annotations

from pathlib import Path

from equity_desktop.core.enrollment.cells import cap_quotes, shortened
from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n.message import Arg, Message, said

HEADER_STEP, COLUMNS_STEP, YEAR_STEP = "header", "columns", "year"


class EnrollmentFileError(EquityError):
    """A file that cannot be read or understood; `str()` says where and what to do.

    The message is capped (`cap_quotes`): whatever a file holds, the sentence stays a sentence.
    """

    def __init__(self, path: Path | str, message: str, *, sheet: str | None = None, row: int | None = None,
                 column: str | None = None, step: str | None = None):
        self.path, self.sheet, self.row, self.column = Path(path), sheet, row, column
        # Where the person puts it right: HEADER_STEP, COLUMNS_STEP or YEAR_STEP. The sentence names no surface;
        # the wizard shows it on that step, the command line adds its own flag (--map, --year).
        self.step = step
        self.message = cap_quotes(message)  # without the "file, sheet, row" prefix
        self._said = message  # a core.i18n Message where catalogued, said in another language by `sentence`
        super().__init__(f"{where(self.path.name, sheet, row, column)}: {self.message}")

    def sentence(self, tr: Texts | None = None) -> str:
        """The error in tr's language: where it is and what it says (English, as `str()`, without tr)."""
        if tr is None or tr.is_english:
            return str(self)
        return (f"{where_in(tr, self.path.name, self.sheet, self.row, self.column)}: "
                f"{cap_quotes(said(self._said, tr))}")

    def as_message(self) -> str:
        """`str(self)` as a text that says itself in another language (a core.i18n Message where the message is
        catalogued): what a reading keeps as its `problem`, what a worker process sends back."""
        message = self._said if isinstance(self._said, Message) and cap_quotes(self._said) == self._said \
            else self.message  # cut short: the English as shown, in every language
        return Message("error.located", where=where_said(self.path.name, self.sheet, self.row, self.column),
                       message=message)


def error_message(error: EquityError) -> str:
    """An error's sentence as `str(error)` says it, kept so that it can be said in another language later."""
    if isinstance(error, EnrollmentFileError):
        return error.as_message()
    found = error.args[0] if len(error.args) == 1 else None
    return found if isinstance(found, Message) else str(error)


def where(file: str, sheet: str | None = None, row: int | None = None, column: str | None = None) -> str:
    """'file.xlsx, sheet "School", row 12, column F' — the parts that are known."""
    parts = [file]
    if sheet:
        parts.append(f'sheet "{shortened(sheet)}"')
    if row is not None:
        parts.append(f"row {row}")
    if column:
        parts.append(f"column {cap_quotes(column)}")
    return ", ".join(parts)


def where_said(file: str, sheet: str | None = None, row: int | None = None, column: str | None = None) -> Arg:
    """`where` as a message argument: English as `where` writes it, in another language as `where_in` does."""
    parts: list[Arg] = [file]
    if sheet:
        parts += [", ", Message("note.where_sheet", sheet=shortened(sheet))]
    if row is not None:
        parts += [", ", Message("note.where_row", row=str(row))]
    if column:
        parts += [", ", Message("note.where_column", column=cap_quotes(column))]
    return tuple(parts)


def where_in(tr: Texts, file: str, sheet: str | None = None, row: int | None = None,
             column: str | None = None) -> str:
    """errors.where in tr's language: the same parts, named by the catalogue."""
    parts = [file]
    if sheet:
        parts.append(tr.t("note.where_sheet", sheet=shortened(sheet)))
    if row is not None:
        parts.append(tr.t("note.where_row", row=str(row)))
    if column:
        parts.append(tr.t("note.where_column", column=cap_quotes(column)))
    return ", ".join(parts)
