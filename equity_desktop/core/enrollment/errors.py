"""The error an enrollment file can cause, naming file, sheet, row and column."""

from __future__ import annotations

from pathlib import Path

from equity_desktop.core.enrollment.cells import cap_quotes, shortened
from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n.message import said

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
