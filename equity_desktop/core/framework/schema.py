"""Shape check of the framework content document, run at every load.

A malformed content file must fail with a message that names the bad entry
(``stages[1].map[3] (s2.map.de.4): missing field 'text'``), not with a KeyError
somewhere in the GUI. The expected shape is written once, as data, below.
"""

from __future__ import annotations

from typing import Any

from equity_desktop.core.errors import FrameworkContentError
from equity_desktop.core.i18n.message import Message

# A spec maps a field to a type, a nested spec, or a one-element list [spec]
# meaning "a list of these". A field name ending in "?" is optional. Texts must
# not be empty, except where the spec says MAY_BE_EMPTY.
MAY_BE_EMPTY = "text that may be empty"
FOOTNOTE = {"number": int, "text": str}
SECTION = {"title": str, "page": int, "paragraphs": [str]}
ITEM = {"id": str, "text": str, "page": int, "footnotes?": [FOOTNOTE]}
ACTION = {**ITEM, "points?": [str]}
GROUP = {"id": str, "title": str, "text": MAY_BE_EMPTY, "page": int, "footnotes?": [FOOTNOTE], "actions": [ACTION]}
CONDITION = {**ITEM, "component": str}
ELEMENT = {"id": str, "name": str, "description": str, "page": int}
COMPONENT = {**ELEMENT, "footnotes?": [FOOTNOTE]}
STAGE = {
    "id": str,
    "number": int,
    "name": str,
    "page": int,
    "description": str,
    "footnotes?": [FOOTNOTE],
    "key_actions_intro": str,
    "key_action_groups": [GROUP],
    "timeframe": {"text": str, "page": int},
    "benchmarks_intro": str,
    "benchmarks": [ITEM],
    "map_intro": str,
    "map_page": int,
    "map": [CONDITION],
}
DOCUMENT = {
    "schema_version": int,
    "title": str,
    "citation": str,
    "short_citation": str,
    "licence": str,
    "page_note": str,
    "introduction": SECTION,
    "definition": SECTION,
    "purpose": SECTION,
    "structure": SECTION,
    "elements_intro": str,
    "elements": [ELEMENT],
    "components_intro": str,
    "components": [COMPONENT],
    "stages_intro": str,
    "stages": [STAGE],
    "conclusion": SECTION,
}
SCHEMA_VERSION = 1


def check_document(raw: Any, source: str = "framework.json") -> None:
    """Raise FrameworkContentError naming the first bad entry of `raw`."""
    _check(raw, DOCUMENT, "", source)
    if raw["schema_version"] != SCHEMA_VERSION:
        _fail(source, "schema_version", f"is {raw['schema_version']}, this program reads {SCHEMA_VERSION}")
    _check_ids(raw, source)


def _fail(source: str, where: str, problem: str) -> None:
    raise FrameworkContentError(
        Message("error.framework_damaged", file=str(source), where=where or "the document", problem=problem))


def _describe(where: str, value: Any) -> str:
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return f"{where} ({value['id']})"
    return where


def _check(value: Any, spec: Any, where: str, source: str) -> None:
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            _fail(source, where, "should be an object")
        for key, sub in spec.items():
            name = key.rstrip("?")
            path = f"{where}.{name}" if where else name
            if name not in value:
                if not key.endswith("?"):
                    _fail(source, _describe(where, value), f"is missing field '{name}'")
                continue
            _check(value[name], sub, path, source)
    elif isinstance(spec, list):
        if not isinstance(value, list):
            _fail(source, where, "should be a list")
        for index, entry in enumerate(value):
            _check(entry, spec[0], f"{where}[{index}]", source)
    elif spec is MAY_BE_EMPTY:
        if not isinstance(value, str):
            _fail(source, where, "should be a text")
    elif spec is str:
        if not isinstance(value, str) or not value.strip():
            _fail(source, where, "should be a non-empty text")
    elif not isinstance(value, spec) or isinstance(value, bool):
        _fail(source, where, f"should be {spec.__name__}, not {type(value).__name__}")


def _check_ids(raw: dict, source: str) -> None:
    """Ids are what reviews store: they must be unique and follow the documented pattern."""
    component_ids = [c["id"] for c in raw["components"]]
    seen: set[str] = set()

    # Exact strings, not regular expressions: compiling one pattern per id cost ~4 ms of every start-up.
    def claim(where: str, ident: str, expected: str, numbered: bool = False) -> None:
        follows = (ident.startswith(expected) and ident[len(expected):].isdigit()) if numbered else ident == expected
        if not follows:
            shown = f"{expected}N" if numbered else expected
            _fail(source, where, f"has id '{ident}', which does not follow the pattern {shown}")
        if ident in seen:
            _fail(source, where, f"repeats id '{ident}'")
        seen.add(ident)

    for s_index, stage in enumerate(raw["stages"]):
        sid = f"s{s_index + 1}"
        claim(f"stages[{s_index}]", stage["id"], sid)
        for g_index, group in enumerate(stage["key_action_groups"]):
            gwhere = f"stages[{s_index}].key_action_groups[{g_index}]"
            claim(gwhere, group["id"], f"{sid}.ka.{g_index + 1}")
            for a_index, action in enumerate(group["actions"]):
                claim(f"{gwhere}.actions[{a_index}]", action["id"], f"{group['id']}.{a_index + 1}")
        for b_index, bench in enumerate(stage["benchmarks"]):
            claim(f"stages[{s_index}].benchmarks[{b_index}]", bench["id"], f"{sid}.bench.{b_index + 1}")
        for c_index, cond in enumerate(stage["map"]):
            where = f"stages[{s_index}].map[{c_index}] ({cond['id']})"
            if cond["component"] not in component_ids:
                _fail(source, where, f"names component '{cond['component']}', which is not one of {component_ids}")
            claim(where, cond["id"], f"{sid}.map.{cond['component']}.", numbered=True)
