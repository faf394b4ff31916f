"""The Magnet School Development Framework as immutable objects.

The text lives in ``resources/framework/framework.json`` (verbatim from the 2018
publication, with stable ids and source pages); this module checks its shape
(framework_schema) and turns it into immutable records (NamedTuple: a tenth of a frozen dataclass's
class-creation cost, which counts at start-up). Reviews refer to items
by id only, so the content can be corrected without touching any review file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from equity_desktop.core.errors import FrameworkContentError
from equity_desktop.core.framework.schema import check_document
from equity_desktop.core.i18n.message import Message
from equity_desktop.paths import resource_path


class ItemKind(StrEnum):
    """What can be rated in a review."""

    CONDITION = "condition"
    KEY_ACTION = "key_action"
    BENCHMARK = "benchmark"


class Footnote(NamedTuple):
    number: int
    text: str


class Section(NamedTuple):
    title: str
    page: int
    paragraphs: tuple[str, ...]


class Element(NamedTuple):
    """One of the six elements of magnet success."""

    id: str
    name: str
    description: str
    page: int


class Component(NamedTuple):
    """One of the five core magnet components."""

    id: str
    name: str
    description: str
    page: int
    footnotes: tuple[Footnote, ...] = ()


class KeyAction(NamedTuple):
    id: str
    stage_id: str
    group_id: str
    text: str
    page: int
    points: tuple[str, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    kind: ItemKind = ItemKind.KEY_ACTION


class KeyActionGroup(NamedTuple):
    id: str
    title: str
    text: str
    page: int
    actions: tuple[KeyAction, ...]
    footnotes: tuple[Footnote, ...] = ()


class Benchmark(NamedTuple):
    id: str
    stage_id: str
    number: int
    text: str
    page: int
    kind: ItemKind = ItemKind.BENCHMARK


class Condition(NamedTuple):
    """A condition of a stage's implementation map, under one component."""

    id: str
    stage_id: str
    component_id: str
    number: int
    text: str
    page: int
    kind: ItemKind = ItemKind.CONDITION


class Timeframe(NamedTuple):
    text: str
    page: int


class Stage(NamedTuple):
    id: str
    number: int
    name: str
    page: int
    description: str
    key_actions_intro: str
    key_action_groups: tuple[KeyActionGroup, ...]
    timeframe: Timeframe
    benchmarks_intro: str
    benchmarks: tuple[Benchmark, ...]
    map_intro: str
    map_page: int
    conditions: tuple[Condition, ...]
    footnotes: tuple[Footnote, ...] = ()

    @property
    def key_actions(self) -> tuple[KeyAction, ...]:
        return tuple(action for group in self.key_action_groups for action in group.actions)

    def conditions_for(self, component_id: str) -> tuple[Condition, ...]:
        return tuple(c for c in self.conditions if c.component_id == component_id)


Item = Condition | KeyAction | Benchmark


class StagePart(NamedTuple):
    """One list a stage is rated in: its key actions, one component's map conditions, or its benchmarks."""

    title: str  # "key actions", "map: Family Engagement", "benchmarks": read after "Stage 2 "
    items: tuple[Item, ...]


def item_number(item: Item) -> str:
    """How people cite an item within its stage: key action "1.3", condition "4", benchmark "2.1"."""
    if isinstance(item, KeyAction):
        return item.id.split(".ka.")[1]
    if isinstance(item, Benchmark):
        return f"{item.stage_id[1:]}.{item.number}"
    return str(item.number)


class TranslationNote(NamedTuple):
    """Carried by a framework read from a translation (``framework.<language>.json``, see `translations`)."""

    language: str
    official: bool
    notice: str  # shown wherever the translated text is, on screen and in print
    source_sha256: str  # of the English framework.json the translation was made from


@dataclass(frozen=True, slots=True)
class Framework:
    title: str
    citation: str
    short_citation: str
    licence: str
    page_note: str
    introduction: Section
    definition: Section
    purpose: Section
    structure: Section
    elements_intro: str
    elements: tuple[Element, ...]
    components_intro: str
    components: tuple[Component, ...]
    stages_intro: str
    stages: tuple[Stage, ...]
    conclusion: Section
    _items: dict[str, Item] = field(repr=False, compare=False, default_factory=dict)
    translation: TranslationNote | None = None  # None: the official English text

    def __post_init__(self) -> None:
        for stage in self.stages:
            items: tuple[Item, ...] = (*stage.key_actions, *stage.benchmarks, *stage.conditions)
            for item in items:
                self._items[item.id] = item

    @property
    def conditions(self) -> tuple[Condition, ...]:
        return tuple(c for stage in self.stages for c in stage.conditions)

    @property
    def benchmarks(self) -> tuple[Benchmark, ...]:
        return tuple(b for stage in self.stages for b in stage.benchmarks)

    @property
    def key_actions(self) -> tuple[KeyAction, ...]:
        return tuple(a for stage in self.stages for a in stage.key_actions)

    def item(self, item_id: str) -> Item:
        """The condition, key action or benchmark with this id (KeyError if none)."""
        return self._items[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._items

    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def component(self, component_id: str) -> Component:
        return next(c for c in self.components if c.id == component_id)

    def stage_parts(self, stage: Stage) -> list[StagePart]:
        """A stage's items in the order the printed record, the checklist and the workbook list them."""
        maps = [StagePart(f"map: {c.name}", stage.conditions_for(c.id)) for c in self.components]
        return [StagePart("key actions", stage.key_actions), *(m for m in maps if m.items),
                StagePart("benchmarks", stage.benchmarks)]


def _footnotes(raw: dict) -> tuple[Footnote, ...]:
    return tuple(Footnote(f["number"], f["text"]) for f in raw.get("footnotes", ()))


def _section(raw: dict) -> Section:
    return Section(raw["title"], raw["page"], tuple(raw["paragraphs"]))


def _group(raw: dict, stage_id: str) -> KeyActionGroup:
    actions = tuple(
        KeyAction(a["id"], stage_id, raw["id"], a["text"], a["page"], tuple(a.get("points", ())), _footnotes(a))
        for a in raw["actions"]
    )
    return KeyActionGroup(raw["id"], raw["title"], raw["text"], raw["page"], actions, _footnotes(raw))


def _stage(raw: dict) -> Stage:
    sid = raw["id"]
    return Stage(
        id=sid,
        number=raw["number"],
        name=raw["name"],
        page=raw["page"],
        description=raw["description"],
        key_actions_intro=raw["key_actions_intro"],
        key_action_groups=tuple(_group(g, sid) for g in raw["key_action_groups"]),
        timeframe=Timeframe(raw["timeframe"]["text"], raw["timeframe"]["page"]),
        benchmarks_intro=raw["benchmarks_intro"],
        benchmarks=tuple(Benchmark(b["id"], sid, n, b["text"], b["page"]) for n, b in enumerate(raw["benchmarks"], 1)),
        map_intro=raw["map_intro"],
        map_page=raw["map_page"],
        conditions=tuple(
            Condition(c["id"], sid, c["component"], int(c["id"].rsplit(".", 1)[1]), c["text"], c["page"])
            for c in raw["map"]
        ),
        footnotes=_footnotes(raw),
    )


def framework_from_document(raw: dict, source: str = "framework.json") -> Framework:
    """Check `raw` (the parsed content document) and build the Framework from it."""
    check_document(raw, source)
    return Framework(
        title=raw["title"],
        citation=raw["citation"],
        short_citation=raw["short_citation"],
        licence=raw["licence"],
        page_note=raw["page_note"],
        introduction=_section(raw["introduction"]),
        definition=_section(raw["definition"]),
        purpose=_section(raw["purpose"]),
        structure=_section(raw["structure"]),
        elements_intro=raw["elements_intro"],
        elements=tuple(Element(e["id"], e["name"], e["description"], e["page"]) for e in raw["elements"]),
        components_intro=raw["components_intro"],
        components=tuple(
            Component(c["id"], c["name"], c["description"], c["page"], _footnotes(c)) for c in raw["components"]
        ),
        stages_intro=raw["stages_intro"],
        stages=tuple(_stage(s) for s in raw["stages"]),
        conclusion=_section(raw["conclusion"]),
        translation=_translation_note(raw.get("translation"), source),
    )


def _translation_note(raw: object, source: str) -> TranslationNote | None:
    """The 'translation' entry of a translated content file; the English file has none."""
    if raw is None:
        return None
    entry = raw if isinstance(raw, dict) else {}
    values: list[Any] = [entry.get(name) for name in TranslationNote._fields]
    note = TranslationNote(*values)
    texts = (note.language, note.notice, note.source_sha256)
    if not isinstance(note.official, bool) or not all(isinstance(text, str) and text.strip() for text in texts):
        raise FrameworkContentError(Message("error.framework_translation_entry", file=str(source)))
    return note


def read_framework(path: Path) -> Framework:
    """Load a content file; any problem becomes a FrameworkContentError naming file and entry."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise FrameworkContentError(
            Message("error.framework_unreadable", file=str(path), reason=str(error.strerror))) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FrameworkContentError(
            Message("error.framework_not_json", file=str(path), reason=str(error))) from error
    return framework_from_document(raw, path.name)


@cache
def load_framework() -> Framework:
    """The framework shipped with the program (read once per process)."""
    return read_framework(resource_path("framework", "framework.json"))
