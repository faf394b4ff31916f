"""A malformed content file fails at load with a message naming the bad entry."""

from __future__ import annotations

import copy
import json

import pytest

from equity_desktop.core.errors import FrameworkContentError
from equity_desktop.core.framework.content import framework_from_document, read_framework
from equity_desktop.paths import resource_path


@pytest.fixture(scope="module")
def raw():
    return json.loads(resource_path("framework", "framework.json").read_text(encoding="utf-8"))


def broken(raw, change):
    doc = copy.deepcopy(raw)
    change(doc)
    return doc


def test_the_shipped_file_passes(raw):
    assert len(framework_from_document(raw).conditions) == 89


def test_missing_field_names_the_entry(raw):
    doc = broken(raw, lambda d: d["stages"][1]["map"][3].pop("text"))
    missing = r"stages\[1\]\.map\[3\] \(s2\.map\.de\.4\) is missing field 'text'"
    with pytest.raises(FrameworkContentError, match=missing):
        framework_from_document(doc)


def test_wrong_type_names_the_field(raw):
    doc = broken(raw, lambda d: d["stages"][0]["benchmarks"][2].update(page="twelve"))
    with pytest.raises(FrameworkContentError, match=r"stages\[0\]\.benchmarks\[2\]\.page should be int, not str"):
        framework_from_document(doc)


def test_empty_text_is_refused(raw):
    doc = broken(raw, lambda d: d["components"][4].update(description="  "))
    with pytest.raises(FrameworkContentError, match=r"components\[4\]\.description should be a non-empty text"):
        framework_from_document(doc)


def test_duplicate_id_is_refused(raw):
    doc = broken(raw, lambda d: d["stages"][2]["benchmarks"][1].update(id="s3.bench.1"))
    with pytest.raises(FrameworkContentError, match="s3.bench.1"):
        framework_from_document(doc)


def test_unknown_component_is_refused(raw):
    doc = broken(raw, lambda d: d["stages"][3]["map"][0].update(component="xx"))
    with pytest.raises(FrameworkContentError, match="names component 'xx'"):
        framework_from_document(doc)


def test_missing_top_level_section(raw):
    doc = broken(raw, lambda d: d.pop("elements"))
    with pytest.raises(FrameworkContentError, match="missing field 'elements'"):
        framework_from_document(doc)


def test_newer_schema_is_refused(raw):
    doc = broken(raw, lambda d: d.update(schema_version=99))
    with pytest.raises(FrameworkContentError, match="schema_version is 99"):
        framework_from_document(doc)


def test_invalid_json_names_the_file(tmp_path):
    bad = tmp_path / "framework.json"
    bad.write_text('{"title": ', encoding="utf-8")
    with pytest.raises(FrameworkContentError, match="framework.json is not valid JSON"):
        read_framework(bad)


def test_message_says_what_to_do(raw):
    doc = broken(raw, lambda d: d["stages"][0].pop("timeframe"))
    with pytest.raises(FrameworkContentError, match="Reinstall Equity Desktop"):
        framework_from_document(doc)


def test_an_id_off_its_pattern_is_named(framework):
    import copy
    import json

    import pytest

    from equity_desktop.core.errors import FrameworkContentError
    from equity_desktop.core.framework.content import framework_from_document
    from equity_desktop.paths import resource_path

    raw = json.loads(resource_path("framework", "framework.json").read_text(encoding="utf-8"))
    for mutate, message in (
        (lambda d: d["stages"][1]["map"][2].__setitem__("id", "s2.map.de.x"),
         "does not follow the pattern s2.map.de.N"),
        (lambda d: d["stages"][0]["benchmarks"][1].__setitem__("id", "s1.bench.1"),
         "does not follow the pattern s1.bench.2"),
        (lambda d: d["stages"][2]["map"][1].__setitem__("id", d["stages"][2]["map"][0]["id"]), "repeats id"),
    ):
        broken = copy.deepcopy(raw)
        mutate(broken)
        with pytest.raises(FrameworkContentError, match=message):
            framework_from_document(broken)
