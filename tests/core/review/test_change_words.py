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


def test_beside_the_spanish_translation_a_change_is_said_in_spanish():
    from equity_desktop.core.framework.translations import load_framework_in

    spanish = load_framework_in("es")
    what = change_words.what(spanish, "rating/s1.map.de.1")
    assert what.startswith("Etapa 1 · Diversidad y equidad 1 “") and what.endswith(": calificación")
    assert change_words.value(spanish, "rating/s1.map.de.1", "in_place") == "Implementado"
    item = {"title": "Talleres para familias", "lead": "Rosa", "status": "in_progress"}
    assert change_words.what(spanish, "item/ab12", item) == "Acción «Talleres para familias»"
    assert change_words.value(spanish, "item/ab12", item, ("lead",)) == "Responsable: “Rosa”"
    member = {"name": "Rosa Delgado", "role": "Orientadora", "group": "family"}
    assert change_words.value(spanish, "team/x", member) == "Rosa Delgado, Orientadora, Familias"
    assert change_words.what(spanish, "profile/magnet_theme") == "Perfil de la escuela: Tema magnet"
    assert change_words.value(spanish, "ballot/u", {"member": "Ana", "ratings": {"a": 1, "b": 2}}) == \
        "2 calificaciones"
    assert change_words.value(spanish, "item/ab12", None) == "eliminado"
