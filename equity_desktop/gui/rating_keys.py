"""Which key rates what: the same keys in the page view and the workshop view.

Ratings: 1 Not started, 2 Emerging, 3 Progressing, 4 In place, 0 Not applicable.
Benchmarks: 1 Not met, 2 Partly met, 3 Met. Unrated is the absence of a choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from equity_desktop.core.review.scales import Rating
from equity_desktop.gui.translation import words


def choices(scale) -> list[tuple[str, object]]:
    """(key, value) for every value a person can choose on `scale`, in the order the buttons show them."""
    values = [v for v in scale if v is not scale.UNRATED and v is not Rating.NOT_APPLICABLE]
    keyed = [(str(n), v) for n, v in enumerate(values, start=1)]
    if scale is Rating:
        keyed.append(("0", Rating.NOT_APPLICABLE))
    return keyed


def value_for_key(scale, key_text: str):
    """The value the key `key_text` chooses on `scale`, or None."""
    return dict(choices(scale)).get(key_text)


def short_label(value) -> str:
    if value is Rating.NOT_APPLICABLE:
        return QCoreApplication.translate("RatingKeys", "N/A")
    return words().label(value)
