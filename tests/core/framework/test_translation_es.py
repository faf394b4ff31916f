"""The framework in Spanish (resources/framework/framework.es.json): complete, same ids and shape as the
English text, marked as an unofficial translation, and made from the English file shipped now."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from equity_desktop.core.errors import FrameworkContentError
from equity_desktop.core.framework.content import (
    Benchmark,
    Condition,
    KeyAction,
    framework_from_document,
    load_framework,
    read_framework,
)
from equity_desktop.core.framework.schema import check_document
from equity_desktop.core.framework.translations import (
    LANGUAGES,
    english_sha256,
    framework_language,
    id_difference,
    is_official,
    is_up_to_date,
    load_framework_in,
    notice,
    translation_of,
    translation_path,
)
from equity_desktop.paths import resource_path

ENGLISH_PATH = resource_path("framework", "framework.json")
SPANISH_PATH = resource_path("framework", "framework.es.json")

# Texts that may read the same in both languages: proper nouns and acronyms only, each a word or two.
# None of the shipped texts needs it today; add to it only for such a name, never for a sentence.
SAME_IN_BOTH = frozenset({"MSAP", "SEM", "LEA", "NIRN", "Montessori"})
# Fields that are data, not text: kept exactly as in English.
NOT_TEXT = frozenset({"id", "component"})


def _document(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def english_raw() -> dict:
    return _document(ENGLISH_PATH)


@pytest.fixture(scope="module")
def spanish_raw() -> dict:
    return _document(SPANISH_PATH)


@pytest.fixture(scope="module")
def spanish():
    return load_framework_in("es")


def pairs(english: Any, spanish: Any, where: str = "") -> Iterator[tuple[str, Any, Any]]:
    """Every leaf of the English document with the Spanish value at the same place; a missing place or a
    different shape fails at once. The Spanish document's own `translation` entry is not compared."""
    if isinstance(english, dict):
        assert isinstance(spanish, dict), f"{where}: should be an object"
        missing = set(english) - set(spanish)
        extra = set(spanish) - set(english) - ({"translation"} if where == "" else set())
        assert not missing and not extra, f"{where or 'document'}: missing {sorted(missing)}, extra {sorted(extra)}"
        assert [k for k in spanish if k in english] == list(english), f"{where or 'document'}: keys in another order"
        for key, value in english.items():
            yield from pairs(value, spanish[key], f"{where}.{key}" if where else key)
    elif isinstance(english, list):
        assert isinstance(spanish, list) and len(spanish) == len(english), f"{where}: list of another length"
        for index, (a, b) in enumerate(zip(english, spanish)):
            yield from pairs(a, b, f"{where}[{index}]")
    else:
        assert type(spanish) is type(english), f"{where}: {type(spanish).__name__}, not {type(english).__name__}"
        yield where, english, spanish


def field_of(where: str) -> str:
    return re.sub(r"\[\d+\]$", "", where).rsplit(".", 1)[-1]


def test_same_shape_and_every_text_translated(english_raw, spanish_raw):
    texts = 0
    for where, english, spanish in pairs(english_raw, spanish_raw):
        if not isinstance(english, str) or field_of(where) in NOT_TEXT:
            assert spanish == english, f"{where}: {spanish!r} should stay {english!r}"
            continue
        if not english.strip():
            assert spanish == english, f"{where}: empty in English, so empty in Spanish"
            continue
        texts += 1
        assert spanish.strip(), f"{where}: no Spanish text"
        assert spanish != english or english in SAME_IN_BOTH, f"{where}: not translated ({english[:60]!r})"
        assert spanish == spanish.strip() and "  " not in spanish, f"{where}: stray spaces"
    assert texts == 264  # 268 texts; 4 key action groups have no introduction


def test_allowlist_holds_only_short_names():
    assert all(len(name.split()) <= 2 and name[0].isupper() for name in SAME_IN_BOTH)


def test_translation_keeps_numbers_and_closing_punctuation(english_raw, spanish_raw):
    """A cheap guard against a dropped sentence or clause: the same figures (dates, years, "7-year plan",
    "17 U.S.C. § 105") and the same closing punctuation."""
    for where, english, spanish in pairs(english_raw, spanish_raw):
        if not isinstance(english, str) or field_of(where) in NOT_TEXT or not english:
            continue
        figures = sorted(re.findall(r"\d+", spanish.replace("siglo XXI", "siglo 21")))
        assert figures == sorted(re.findall(r"\d+", english)), f"{where}: figures differ"
        if english[-1] in ".:;)?”" and not english.endswith("; and"):
            assert spanish[-1] == english[-1], f"{where}: ends with {spanish[-1]!r}, the English with {english[-1]!r}"


def test_no_english_left_in_the_running_text(spanish_raw):
    """Footnotes and the citation keep English titles of publications; everything else is Spanish."""
    leftovers = []
    for where, _, spanish in pairs(spanish_raw, spanish_raw):
        if isinstance(spanish, str) and field_of(where) not in NOT_TEXT and "footnotes" not in where \
                and "citation" not in where and not where.startswith("translation"):
            found = re.findall(r"\b(?:the|and|of|with|for|to|is|are)\b", spanish)
            if found:
                leftovers.append((where, found))
    assert leftovers == []


def test_english_resource_is_the_one_translated(spanish_raw):
    recorded = spanish_raw["translation"]["source_sha256"]
    assert hashlib.sha256(ENGLISH_PATH.read_bytes()).hexdigest() == english_sha256()
    assert english_sha256() == recorded, (
        "resources/framework/framework.json changed since the Spanish translation was made: review "
        "framework.es.json against the change, then record the new sha256 in its translation.source_sha256 "
        "(docs/translating.md)")


def test_marked_as_unofficial(spanish_raw, spanish):
    entry = spanish_raw["translation"]
    assert entry["language"] == "es" and entry["official"] is False
    note = translation_of(spanish)
    assert note.language == "es" and note.official is False and note.notice == entry["notice"]
    assert "no oficial" in note.notice.lower() and "inglés" in note.notice
    assert not is_official(spanish) and notice(spanish) == note.notice
    assert is_up_to_date(spanish)


def test_english_is_unchanged_and_official(framework):
    assert load_framework() is framework
    assert framework.translation is None and is_official(framework) and notice(framework) == ""
    assert framework.title == "Magnet School Development Framework"
    with pytest.raises(ValueError):
        translation_of(framework)


@pytest.mark.parametrize("language", ["en", "en_US.UTF-8", "fr", "de_DE", "", None, "C", "POSIX", "spanish"])
def test_other_languages_give_english(language, framework):
    assert load_framework_in(language) is framework


@pytest.mark.parametrize("language", ["es", "ES", "es-MX", "es_US.UTF-8", "es_ES@euro", " es "])
def test_spanish_locales_give_spanish_read_once(language, spanish):
    assert framework_language(language) == "es"
    assert load_framework_in(language) is spanish


def test_languages_and_files():
    assert LANGUAGES == ("en", "es")
    assert translation_path("en") == ENGLISH_PATH and translation_path("es") == SPANISH_PATH


def test_spanish_loads_through_the_same_loader(spanish_raw, spanish, framework):
    check_document(spanish_raw, "framework.es.json")
    again = read_framework(SPANISH_PATH)
    assert type(again) is type(framework) and again == spanish
    assert id_difference(framework, spanish) == ""


def test_same_counts(spanish, framework):
    def counts(f):
        return {
            "stages": len(f.stages),
            "components": len(f.components),
            "elements": len(f.elements),
            "conditions": [len(s.conditions) for s in f.stages],
            "per component": [[len(s.conditions_for(c.id)) for c in f.components] for s in f.stages],
            "benchmarks": [len(s.benchmarks) for s in f.stages],
            "groups": [len(s.key_action_groups) for s in f.stages],
            "key actions": [len(s.key_actions) for s in f.stages],
            "footnotes": sum(len(x.footnotes) for x in (*f.components, *f.stages, *f.key_actions,
                                                        *(g for s in f.stages for g in s.key_action_groups))),
        }

    assert counts(spanish) == counts(framework)
    assert (len(spanish.stages), len(spanish.components), len(spanish.elements)) == (4, 5, 6)
    assert (len(spanish.conditions), len(spanish.benchmarks), len(spanish.key_actions)) == (89, 17, 47)


def test_every_item_has_its_spanish_text(spanish, framework):
    for item in (*framework.key_actions, *framework.benchmarks, *framework.conditions):
        other = spanish.item(item.id)
        assert type(other) is type(item)
        assert (other.stage_id, other.page, other.kind) == (item.stage_id, item.page, item.kind)
        if isinstance(item, Condition):
            assert isinstance(other, Condition)
            assert (other.component_id, other.number) == (item.component_id, item.number)
        if isinstance(item, Benchmark):
            assert isinstance(other, Benchmark) and other.number == item.number
        if isinstance(item, KeyAction):
            assert isinstance(other, KeyAction) and other.group_id == item.group_id
            assert len(other.points) == len(item.points) and len(other.footnotes) == len(item.footnotes)
        assert other.text.strip() and other.text != item.text, item.id


def test_names_in_spanish(spanish, framework):
    assert [s.name for s in spanish.stages] == ["Planificación", "Implementación inicial", "Implementación plena",
                                                "Optimización"]
    assert [c.name for c in spanish.components] == ["Diversidad y equidad", "Gestión de la matrícula",
                                                    "Currículo y enseñanza", "Participación de las familias",
                                                    "Alianzas"]
    assert [e.id for e in spanish.elements] == [e.id for e in framework.elements]
    assert all(e.name != f.name for e, f in zip(spanish.elements, framework.elements))


def test_a_damaged_translation_entry_is_named(spanish_raw):
    raw = copy.deepcopy(spanish_raw)
    del raw["translation"]["notice"]
    with pytest.raises(FrameworkContentError, match="framework.es.json is damaged: its 'translation' entry"):
        framework_from_document(raw, "framework.es.json")
    raw["translation"] = "es"
    with pytest.raises(FrameworkContentError, match="'translation' entry"):
        framework_from_document(raw, "framework.es.json")


def test_a_translation_that_lost_an_item_is_told_apart(spanish_raw, framework):
    raw = copy.deepcopy(spanish_raw)
    raw["stages"][3]["map"].pop()
    shorter = framework_from_document(raw, "framework.es.json")
    assert id_difference(framework, shorter) == "184 ids where the English has 185"
