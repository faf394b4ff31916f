"""The core's translation seam (core.i18n, issue 19): which language, every message in every language with the
same fields, plurals, and numbers, percentages and dates as each language writes them."""

from __future__ import annotations

import string
from datetime import date

import pytest

from equity_desktop.core.i18n import LANGUAGES, language_code, language_from_environment, texts
from equity_desktop.core.i18n import en as english
from equity_desktop.core.review.plan_records import ActionStatus
from equity_desktop.core.review.scales import BenchmarkStatus, ProgramType, Rating, StakeholderGroup

LABELLED = (Rating, BenchmarkStatus, ActionStatus, StakeholderGroup, ProgramType)


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "es_US.UTF-8"}, "es"),
    ({"LANG": "es"}, "es"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
    ({"LC_ALL": "es_MX.UTF-8", "LANG": "en_US.UTF-8"}, "es"),     # LC_ALL first
    ({"LC_ALL": "en_US.UTF-8", "LANG": "es_ES.UTF-8"}, "en"),
    ({"LC_ALL": "", "LC_MESSAGES": "es_ES", "LANG": "en_US"}, "es"),  # an empty variable is not set
    ({"LANG": "fr_FR.UTF-8"}, "en"),                                # no French: English
])
def test_the_language_follows_the_environment(environ, expected):
    assert language_from_environment(environ) == expected


@pytest.mark.parametrize("name, expected", [("es", "es"), ("es-MX", "es"), ("es_US.UTF-8", "es"), ("ES", "es"),
                                            ("en", "en"), ("de", "en"), ("", "en"), (None, "en"), ("C", "en")])
def test_a_language_is_named_by_its_code_or_any_locale_name(name, expected):
    assert language_code(name) == expected
    assert texts(name).language == expected


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_every_message_is_translated_with_the_same_fields(language):
    translated = texts(language).messages
    missing = [key for key in english.MESSAGES if key not in translated]
    assert not missing, f"not translated into {language}: {missing}"
    for key, source in english.MESSAGES.items():
        target = translated[key]
        assert type(target) is type(source), key
        if isinstance(source, str):
            assert isinstance(target, str) and _fields(target) == _fields(source), key
            assert target.strip(), key
        else:
            assert isinstance(target, dict) and "other" in target and "one" in target, key
            wanted = set().union(*(_fields(form) for form in source.values()))
            for form in target.values():
                assert _fields(form) == wanted, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_of_the_review_is_in_every_language_and_tells_values_apart(language):
    tr = texts(language)
    for scale in LABELLED:
        labels = [tr.label(value) for value in scale]
        assert all(labels) and len(set(labels)) == len(labels), scale
        if language != "en":
            assert all(f"{scale.__name__}.{value.value}" in tr.messages for value in scale), scale


def test_english_labels_are_the_labels_the_program_always_had():
    tr = texts("en")
    for scale in LABELLED:
        assert [tr.label(value) for value in scale] == [value.label for value in scale]


@pytest.mark.parametrize("language, number, count, decimal, percent, signed, big", [
    ("en", "1,234.5", "1,234", "0.58", "27.0 %", "+4.2", "33,932"),
    ("es", "1.234,5", "1.234", "0,58", "27,0 %", "+4,2", "33.932"),
])
def test_numbers_as_each_language_writes_them(language, number, count, decimal, percent, signed, big):
    tr = texts(language)
    assert tr.number(1234.5, 1) == number
    assert tr.count(1234) == count
    assert tr.decimal(0.5812, 2) == decimal
    assert tr.percent(27.0) == percent
    assert tr.signed(4.21) == signed
    assert tr.count(33932) == big
    assert tr.signed(-0.04) == tr.signed(0.0) == ("+0.0" if language == "en" else "+0,0")  # never "-0.0"
    assert tr.percent(100, 0) == "100 %"
    assert tr.general(10.0) == "10"


def test_dates_in_words():
    assert texts("en").date(date(2026, 11, 30)) == "30 November 2026"
    assert texts("en").date(date(2027, 3, 5)) == "5 March 2027"  # no leading zero, as the cover printed it
    assert texts("es").date(date(2026, 11, 30)) == "30 de noviembre de 2026"


@pytest.mark.parametrize("count, en, es", [
    (0, "In 2024-25, 0 groups are isolated (x).", "En 2024-25, 0 grupos están aislados (x)."),
    (1, "In 2024-25, 1 group is isolated (x).", "En 2024-25, 1 grupo está aislado (x)."),
    (2, "In 2024-25, 2 groups are isolated (x).", "En 2024-25, 2 grupos están aislados (x)."),
])
def test_plurals_in_both_languages(count, en, es):
    assert texts("en").n("summary.isolated_groups", count, year="2024-25", rule="x") == en
    assert texts("es").n("summary.isolated_groups", count, year="2024-25", rule="x") == es


def test_a_plural_count_is_written_as_the_language_writes_numbers():
    assert texts("es").n("summary.items_in_all", 1, statuses="1 en curso") == "1 acción en total: 1 en curso."
    assert texts("es").n("summary.items_in_all", 1234, statuses="…") == "1.234 acciones en total: …."
    # English keeps the words it printed before the seam: "1 action items in all" (its catalogue has one form).
    assert texts("en").n("summary.items_in_all", 1, statuses="1 in progress") == "1 action items in all: 1 in progress."


def test_messages_are_asked_for_the_right_way():
    tr = texts("es")
    with pytest.raises(TypeError):
        tr.t("summary.isolated_groups")
    with pytest.raises(TypeError):
        tr.n("plan.title", 2)
    with pytest.raises(KeyError):
        tr.t("no.such.message")
    assert tr.t("plan.pdf_title", school="Cedar Grove") == "Plan de acción — Cedar Grove"
    assert texts("en").pdf_lang == "en-US" and tr.pdf_lang == "es-US"
