"""The shipped framework: counts, ids, and text identical to the 2018 publication."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parents[2] / "data"

SOURCE = (DATA / "framework_source.txt").read_text(encoding="utf-8")
# The source text is a PDF extraction: paragraphs may be broken across blank
# lines ("right for your\n\ncommunity.") and carry footnote markers.
FLAT_SOURCE = re.sub(r"\s+", " ", re.sub("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", SOURCE))


def test_four_stages_in_order(framework):
    assert [s.name for s in framework.stages] == ["Planning", "Early Implementation", "Full Implementation",
                                                  "Optimization"]
    assert [s.number for s in framework.stages] == [1, 2, 3, 4]


def test_benchmark_counts(framework):
    assert [len(s.benchmarks) for s in framework.stages] == [4, 4, 3, 6]
    assert len(framework.benchmarks) == 17


def test_map_condition_counts(framework):
    assert [len(s.conditions) for s in framework.stages] == [15, 23, 25, 26]
    assert len(framework.conditions) == 89


def test_map_conditions_per_component(framework):
    per_component = {s.id: [len(s.conditions_for(c.id)) for c in framework.components] for s in framework.stages}
    assert per_component == {"s1": [3, 3, 3, 3, 3], "s2": [4, 4, 4, 6, 5], "s3": [5, 6, 5, 5, 4],
                             "s4": [6, 5, 5, 5, 5]}


def test_key_action_groups(framework):
    assert [len(s.key_action_groups) for s in framework.stages] == [3, 4, 5, 5]
    assert [len(s.key_actions) for s in framework.stages] == [10, 10, 14, 13]


def test_elements_and_components(framework):
    assert [e.name for e in framework.elements] == ["Leadership and Management", "Communication", "Data Use",
                                                    "Theme Integration", "Professional Development", "Sustainability"]
    assert [c.name for c in framework.components] == ["Diversity and Equity", "Enrollment Management",
                                                      "Curriculum and Instruction", "Family Engagement", "Partnerships"]


def test_ids_are_unique_and_follow_the_design(framework):
    ids = [i.id for i in (*framework.conditions, *framework.benchmarks, *framework.key_actions)]
    assert len(ids) == len(set(ids)) == 89 + 17 + 47
    assert framework.item("s2.map.fe.3").text == ("Joint workshops build parent-staff partnerships between home "
                                                  "and school.")
    assert framework.item("s4.bench.6").text == ("A new plan is created that details future implementation activities "
                                                 "and how magnet services will be expanded and sustained.")


@pytest.mark.parametrize("item_id, text", [
    ("s1.map.de.2", "A logic model presents the magnet school’s diversity and equity goals."),
    ("s3.map.ci.3", "Each student works with his or her teachers to co-design learning plans that are personalized, "
                    "paced, and sequenced to meet the needs and interests of the individual student."),
    ("s1.bench.4", "Program funding is secured to implement and support the magnet school."),
    ("s3.bench.3", "The magnet school's sustainability plan is being executed."),
    ("s4.ka.2.3", "Encourage family members to be active in school governance and to advocate for their children's "
                  "education."),
])
def test_spot_texts(framework, item_id, text):
    assert framework.item(item_id).text == text


def test_extraction_artefacts_are_mended(framework):
    assert framework.stages[0].key_action_groups[0].title == "Decide if a magnet school is right for your community."
    assert framework.stages[3].key_action_groups[0].title == "Elevate magnet school processes and practices."
    assert "²" not in framework.stages[0].description
    assert framework.stages[0].footnotes[0].number == 2


def _all_texts(framework):
    for stage in framework.stages:
        yield stage.description
        yield stage.timeframe.text
        yield stage.key_actions_intro
        yield stage.benchmarks_intro
        yield stage.map_intro
        for group in stage.key_action_groups:
            yield group.title
            if group.text:
                yield group.text
            for action in group.actions:
                yield action.text
                yield from action.points
        for item in (*stage.benchmarks, *stage.conditions):
            yield item.text
    for element in framework.elements:
        yield element.description
    for component in framework.components:
        yield component.description
    for section in (framework.introduction, framework.definition, framework.purpose, framework.structure,
                    framework.conclusion):
        yield from section.paragraphs


def test_every_text_is_verbatim_from_the_source(framework):
    texts = list(_all_texts(framework))
    assert len(texts) > 200
    missing = [t[:80] for t in texts if t not in FLAT_SOURCE]
    assert missing == []


def test_pages_lie_within_the_publication(framework):
    pages = [i.page for i in (*framework.conditions, *framework.benchmarks, *framework.key_actions)]
    assert min(pages) >= 8 and max(pages) <= 28
    assert [s.map_page for s in framework.stages] == [13, 18, 23, 28]
    assert [s.timeframe.page for s in framework.stages] == [12, 17, 22, 27]


def test_objects_are_immutable(framework):
    with pytest.raises(dataclasses.FrozenInstanceError):
        framework.stages = ()
    with pytest.raises(AttributeError):
        framework.stages[0].name = "Changed"
    assert isinstance(framework.stages, tuple) and isinstance(framework.stages[0].conditions, tuple)


def test_citation_names_the_publication(framework):
    assert "Magnet School Development Framework" in framework.citation and "2018" in framework.citation
