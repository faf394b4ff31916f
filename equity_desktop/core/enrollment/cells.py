"""What one spreadsheet cell means: a number, "not available" (suppressed), a flag, or blank.

Published files hide small counts behind markers (`*`, `<10`, `--`, CCD and
CRDC reserve codes). Those are read as NOT_AVAILABLE, never as 0 and never as
a number, and every one is counted so that the report can say how many there were.
"""

from __future__ import annotations

import math
import re


class NotAvailable:
    """A suppressed or withheld value: known to exist, not known how large."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_AVAILABLE"

    def __bool__(self) -> bool:
        return False


NOT_AVAILABLE = NotAvailable()

_MARKERS = {"*", "**", "***", "--", "-", "---", "†", "‡", "n/a", "na", "n.a.", "#", "s", "~", "null", "n<10",
            "<10", "<5", "<3", "<11", "<=10", "≤10", "<20", "<1", ">95", ">99", "≥95", ">=95", "<1%", ">95%",
            ">99%", "<5%", "<10%", "suppressed", "ds", "ps", "rv", "fs", "dnr", "rs"}
_MARKER_PATTERN = re.compile(r"^(?:n\s*)?[<>≤≥]=?\s*\d+(?:\.\d+)?\s*%?$")
# CCD reserve codes (-1 missing, -2 not applicable, -3 suppressed, -9 not reported) and CRDC codes
# (-2 to -13); real counts and percentages are never negative.
_RESERVE_CODES = {-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13}
_BLANKS = {"", "nan", "none"}
_LONGEST_BLANK = max(map(len, _BLANKS))
_TRUE = {"y", "yes", "1", "true", "t", "x", "1.0"}
_FALSE = {"n", "no", "0", "false", "f", "0.0"}


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if type(value) is str and len(value) > _LONGEST_BLANK and not (value[0].isspace() or value[-1].isspace()):
        return False  # strip() leaves it as it is (lower() never shortens it): longer than every blank spelling
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, str) and value.strip().lower() in _BLANKS


def is_marker(text: str) -> bool:
    """True when `text` is a suppression marker such as `*`, `<10` or `>95`."""
    cleaned = text.strip().lower()
    return cleaned in _MARKERS or bool(_MARKER_PATTERN.match(cleaned))


def parse_number(value: object) -> float | None | NotAvailable:
    """A count or percentage from a cell: a float, NOT_AVAILABLE for a marker, None for blank.

    Raises ValueError for text that is none of these (the caller names the cell).
    Text percentages ("12.5%") give 12.5; thousands separators are removed.
    """
    if type(value) is not str:
        return _parse_number(value)
    # A column of a large file repeats a few thousand texts ("0" to "2400", "*"): each is parsed once.
    found = _PARSED.get(value, _UNSEEN)
    if found is _UNSEEN:
        try:
            found = _parse_number(value)
        except ValueError:
            found = _NOT_A_NUMBER
        if len(_PARSED) >= _PARSED_MOST:
            _PARSED.clear()
        _PARSED[value] = found
    if found is _NOT_A_NUMBER:
        raise ValueError(value)
    return found  # type: ignore[return-value]


_PARSED: dict[str, object] = {}
_PARSED_MOST = 100_000  # texts kept; past that the cache starts again
_UNSEEN, _NOT_A_NUMBER = object(), object()


def _parse_number(value: object) -> float | None | NotAvailable:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        return NOT_AVAILABLE if value in _RESERVE_CODES or value < 0 else float(value)
    if is_blank(value):
        return None
    text = str(value).strip()
    if is_marker(text):
        return NOT_AVAILABLE
    cleaned = text.replace(",", "").replace("\u00a0", "").replace(" ", "").rstrip("%")
    number = float(cleaned)  # ValueError for real text
    if math.isnan(number) or math.isinf(number):
        raise ValueError(value)
    if number < 0:
        return NOT_AVAILABLE
    return number


def number_or_none(value: object) -> float | None:
    """The cell's number, or None for anything else (blank, a marker, text): for judging, never for counting."""
    try:
        parsed = parse_number(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, float) else None


def parse_flag(value: object) -> bool | None:
    """True/False for Y/N, Yes/No, 1/0, TRUE/FALSE, X/blank; None when the cell says neither."""
    if is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def cell_text(value: object) -> str:
    """A cell as the text a person sees in the spreadsheet (codes keep their leading zeros)."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if type(value) is str and value.isprintable() and "  " not in value and value[:1] != " " != value[-1:]:
        return value  # its only whitespace is single spaces inside it (every other kind is not printable)
    return " ".join(str(value).split())


QUOTED_CHARS = 60  # a cell quoted in a message: enough to find it in the sheet, never a whole page of it


def shortened(text: str, limit: int = QUOTED_CHARS) -> str:
    """`text` cut to `limit` characters, with "…" when something was cut.

    Every message that quotes what a file holds (a cell, a header, a sheet name) goes through this or
    `quoted`: a 5 MB cell must not become a 5 MB error message.
    """
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def quoted(value: object, limit: int = QUOTED_CHARS) -> str:
    """A cell as a message quotes it: '"Oak School"', its text cut to `limit` characters."""
    return f'"{shortened(value if isinstance(value, str) else cell_text(value), limit)}"'


_MESSAGE_CHARS = 1200  # far above any sentence the program writes, far below a quoted megabyte


def cap_quotes(message: str) -> str:
    """`message` with every quoted span cut to QUOTED_CHARS, and the whole cut to a readable length.

    The safety net under `quoted`: some messages quote cells with plain f-strings. Quote marks pair from
    the left, as a reader pairs them; a cell holding a quote mark of its own can upset the pairing, hence
    the second rule, which keeps the end of the sentence (where it says what to do).
    """
    if len(message) <= QUOTED_CHARS:
        return message
    parts = message.split('"')
    if len(parts) > 2:  # odd parts are quoted, but for the last part after an unpaired quote
        message = '"'.join(shortened(part) if index % 2 and index < len(parts) - 1 else part
                           for index, part in enumerate(parts))
    if len(message) > _MESSAGE_CHARS:
        message = message[:_MESSAGE_CHARS - 300].rstrip() + " … " + message[-300:].lstrip()
    return message


def column_letter(index: int) -> str:
    """Spreadsheet column letters for a 0-based index: 0 -> A, 27 -> AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
