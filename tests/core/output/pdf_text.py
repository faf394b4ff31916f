"""The text of a written PDF as the tests search it: pages as extracted by pypdf, with the layout's line breaks
undone (`words`) or every space dropped (`squeezed`, for text that wraps differently on each page)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def words(text: str) -> str:
    """Text as extracted, with the line breaks and hyphenation of the layout undone, for searching."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def pages(path: Path) -> list[str]:
    return [words(page.extract_text()) for page in PdfReader(path).pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)
