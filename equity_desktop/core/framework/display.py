"""The framework as a screen names and shows it: an item's caption ("Stage 1 · Diversity and Equity 1"),
its label for undo and menus (caption and the start of its text), and its text without the printed
book's navigation.

The framework's text is quoted verbatim. Its map introductions, though, send the reader to "the next
page" of the printed book, which on screen is a page that does not exist; `on_screen` leaves that phrase
out (print keeps it). resources/framework/framework.json is not changed for this: the phrase is found
where it is shown, by one function.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from equity_desktop.core.framework.content import Benchmark, Framework, KeyAction
from equity_desktop.core.wording import shortened

if TYPE_CHECKING:
    from equity_desktop.core.i18n import Texts

LABEL_TEXT = 36  # characters of an item's text in its label, before "…"

# Phrases of the printed book that point at its pages: "on the next page", "on the following pages",
# "on page 12", "(see page 12)" — and the same in the framework's Spanish translation ("en la página
# siguiente", "en las páginas siguientes", "en la página 12", "(véase la página 12)").
_NAVIGATION = re.compile(
    r"\s*\((?:see\s+)?(?:the\s+)?(?:next|following|previous|facing)\s+pages?\)"
    r"|\s*\((?:see\s+)?pages?\s+\d+(?:[–-]\d+)?\)"
    r"|\s+(?:on|in)\s+the\s+(?:next|following|previous|facing)\s+pages?\b"
    r"|\s+on\s+pages?\s+\d+(?:[–-]\d+)?\b"
    r"|\s*\((?:v[ée]ase\s+)?(?:la\s+|las\s+)?p[áa]ginas?\s+(?:siguientes?|anterior(?:es)?|\d+(?:[–-]\d+)?)\)"
    r"|\s+en\s+(?:la|las)\s+p[áa]ginas?\s+(?:siguientes?|anterior(?:es)?|\d+(?:[–-]\d+)?)\b",
    re.IGNORECASE)
# A sentence that only points at a page ("See the next page.", "Turn the page."): left out whole.
_ONLY_NAVIGATION = re.compile(r"^(?:see|turn to|continue on|continued on)\s+(?:the\s+)?(?:next|following)\s+"
                              r"pages?\.?$|^turn the page\.?$", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def on_screen(text: str) -> str:
    """A framework paragraph as the screen shows it: verbatim, but without the printed book's page navigation
    ("Review the map on the next page to understand…" reads "Review the map to understand…")."""
    sentences = [_NAVIGATION.sub("", sentence) for sentence in _SENTENCE.split(text.strip())]
    return " ".join(s for s in sentences if s and not _ONLY_NAVIGATION.match(s.strip()))


def framework_words(framework: Framework) -> Texts:
    """The core's words in the language of `framework` (English, or its translation's): what is said about an
    item goes with the item's own text."""
    from equity_desktop.core.i18n import texts

    return texts(framework.translation.language if framework.translation else "en")


def item_caption(framework: Framework, item_id: str) -> str:
    """How the window heads an item's card, with its stage: "Stage 1 · Diversity and Equity 1",
    "Stage 2 · Key action 1.3", "Stage 4 · Benchmark 6" — in the framework's own language ("Etapa 2 · Acción
    clave 1.3" beside the Spanish translation), so a caption never mixes two languages."""
    words = framework_words(framework)
    item = framework.item(item_id)
    stage = framework.stage(item.stage_id)
    if isinstance(item, KeyAction):
        name = words.t("caption.key_action", number=item.id.split(".ka.")[1])
    elif isinstance(item, Benchmark):
        name = words.t("caption.benchmark", number=item.number)
    else:
        name = f"{framework.component(item.component_id).name} {item.number}"
    return words.t("caption.stage", number=stage.number, name=name)


def item_label(framework: Framework, item_id: str, limit: int = LABEL_TEXT) -> str:
    """The caption and the start of the item's text, for an undo entry or a menu:
    'Stage 1 · Diversity and Equity 1 “The district and school leadership…”'."""
    return f"{item_caption(framework, item_id)} \u201c{shortened(framework.item(item_id).text, limit)}\u201d"
