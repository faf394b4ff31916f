"""How counts and long texts read, for every front end: "1 school", "3 schools", never "school(s)".

On the core's floor so that every room, the window, the command line and the PDF say a count the same
way. The words themselves stay with the caller (the window passes its translated forms).
"""

from __future__ import annotations

ELLIPSIS = "…"


def plural(count: int, one: str, many: str | None = None, number: str | None = None) -> str:
    """`count` with the word that fits it: plural(1, "school") is "1 school", plural(3, "school") "3 schools",
    plural(2, "child", "children") "2 children". `number` is the count as the caller writes it (a locale's
    "1,234"); without it the count is written with thousands separators."""
    word = one if count == 1 else (many if many is not None else one + "s")
    return f"{number if number is not None else f'{count:,}'} {word}"


def shortened(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters: cut at a word where it is longer, and ended with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + ELLIPSIS
