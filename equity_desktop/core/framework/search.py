"""Find any text of the framework and say where it lives, so the GUI can jump there (Ctrl+F).

Every searchable passage has a `place`: the page key the navigator knows
(`guide`, `s2.overview`, `s2.actions`, `s2.map`, `s2.benchmarks`) and, for a
rated item, its id. Matching is case- and accent-insensitive and every word of
the query must occur, in any order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from equity_desktop.core.framework.content import Framework

_SNIPPET = 90


@dataclass(frozen=True, slots=True)
class Passage:
    page: str  # navigator page key
    item_id: str | None  # the rated item to focus, if the passage is one
    title: str  # where it is, as a person reads it ("Stage 2 map · Family Engagement 3")
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    passage: Passage
    snippet: str  # the text around the first match


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _stage_passages(framework: Framework, stage) -> list[Passage]:
    key = stage.id
    where = f"Stage {stage.number} {stage.name}"
    passages = [Passage(f"{key}.overview", None, where, stage.description),
                Passage(f"{key}.overview", None, f"{where} · Timeframe", stage.timeframe.text)]
    for group in stage.key_action_groups:
        passages.append(Passage(f"{key}.actions", None, f"{where} · Key actions", f"{group.title}. {group.text}"))
        passages += [Passage(f"{key}.actions", a.id, f"{where} · Key action", " ".join((a.text, *a.points)))
                     for a in group.actions]
    passages += [Passage(f"{key}.benchmarks", b.id, f"{where} · Benchmark {b.number}", b.text)
                 for b in stage.benchmarks]
    names = {c.id: c.name for c in framework.components}
    passages += [Passage(f"{key}.map", c.id, f"{where} map · {names[c.component_id]} {c.number}", c.text)
                 for c in stage.conditions]
    return passages


@lru_cache(maxsize=4)
def passages(framework: Framework) -> tuple[Passage, ...]:
    """Every searchable passage, in reading order."""
    found = [Passage("guide", None, section.title, " ".join(section.paragraphs))
             for section in (framework.introduction, framework.definition, framework.purpose, framework.structure)]
    found += [Passage("guide", None, f"Element of success · {e.name}", e.description) for e in framework.elements]
    found += [Passage("guide", None, f"Core component · {c.name}", c.description) for c in framework.components]
    for stage in framework.stages:
        found += _stage_passages(framework, stage)
    return tuple(found)


def _snippet(text: str, folded: str, word: str) -> str:
    # Folding can change lengths (ß → ss), so the position is approximate; that is fine for context.
    at = max(folded.find(word), 0)
    start = max(at - 30, 0)
    piece = text[start:start + _SNIPPET].strip()
    return ("…" if start else "") + piece + ("…" if start + _SNIPPET < len(text) else "")


def search(framework: Framework, query: str, limit: int = 50) -> list[Hit]:
    """Passages containing every word of `query`; rated items (conditions, actions, benchmarks) first."""
    words = _fold(query).split()
    if not words:
        return []
    hits = []
    for passage in passages(framework):
        folded = _fold(f"{passage.title} {passage.text}")
        if all(word in folded for word in words):
            hits.append(Hit(passage, _snippet(passage.text, _fold(passage.text), words[0])))
    hits.sort(key=lambda hit: hit.passage.item_id is None)  # stable: reading order within each kind
    return hits[:limit]


def match_span(text: str, query: str) -> tuple[int, int] | None:
    """Where the query is in `text`, as (start, length) in `text`'s own characters, folded as `search` folds.

    The whole query when it is there as typed, else its first word found; None when neither is. A window
    marks this span on the card a search jumped to.
    """
    folded, origin = [], []  # each folded character, and the character of `text` it came from
    for at, char in enumerate(text):
        for piece in _fold(char):
            folded.append(piece)
            origin.append(at)
    haystack = "".join(folded)
    for needle in (" ".join(_fold(query).split()), *_fold(query).split()):
        found = haystack.find(needle) if needle else -1
        if found >= 0:
            start, end = origin[found], origin[found + len(needle) - 1] + 1
            return start, end - start
    return None
