"""A change in words, as the merge dialog lists it: by item number and text, never an internal id."""

from __future__ import annotations

from equity_desktop.core.review import change_words


def test_changes_are_named_by_number_and_text_and_valued_in_words(framework):
    what = change_words.what(framework, "rating/s1.map.de.1")
    assert what.startswith("Stage 1 · Diversity and Equity 1 “") and what.endswith(": rating")
    assert "s1.map.de.1" not in what
    assert change_words.value(framework, "rating/s1.map.de.1", "in_place") == "In place"
    item = {"title": "Evening workshops for families", "lead": "Rosa", "due": "2027-05-01"}
    assert change_words.what(framework, "item/ab12", item) == "Action item “Evening workshops for families”"
    assert change_words.value(framework, "item/ab12", item, ("lead",)) == "Lead: “Rosa”"
    assert change_words.value(framework, "item/ab12", None) == "removed"
    member = {"name": "Rosa Delgado", "role": "Counselor", "group": "", "position": 3}
    assert change_words.value(framework, "team/x", member) == "Rosa Delgado, Counselor, no group chosen"
    assert change_words.what(framework, "profile/magnet_theme") == "School profile: Magnet theme"
    assert change_words.value(framework, "ballot/u", {"member": "Ana", "ratings": {"a": 1}, "version": "1"}) == \
        "1 rating"
    assert change_words.value(framework, "note/s1.map.de.1", "") == "empty"
