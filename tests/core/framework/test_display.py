"""How the screen names and shows framework items (issue 18, items 4 and 14)."""

from __future__ import annotations

import re

from equity_desktop.core.framework.display import item_caption, item_label, on_screen


def test_captions_are_the_cards_titles_with_their_stage(framework):
    assert item_caption(framework, "s1.map.de.1") == "Stage 1 · Diversity and Equity 1"
    assert item_caption(framework, "s2.ka.1.3") == "Stage 2 · Key action 1.3"
    assert item_caption(framework, "s4.bench.6") == "Stage 4 · Benchmark 6"


def test_a_label_has_the_caption_and_the_start_of_the_text_never_the_id(framework):
    for stage in framework.stages:
        for item in (*stage.conditions, *stage.key_actions, *stage.benchmarks):
            label = item_label(framework, item.id, 24)
            assert not re.search(r"\bs\d\.(map|ka|bench)\.", label)
            quoted = label.split("\u201c", 1)[1].rstrip("\u201d")
            assert len(quoted) <= 24 and item.text.startswith(quoted.rstrip("…"))


def test_the_books_page_navigation_is_left_out_on_screen_and_nothing_else(framework):
    for stage in framework.stages:
        shown = on_screen(stage.map_intro)
        assert "next page" not in shown and "page" not in shown.replace("magnet", "")
        assert shown == stage.map_intro.replace(" on the next page", "")  # only the navigation goes
        for text in (stage.description, stage.key_actions_intro, stage.benchmarks_intro):
            assert on_screen(text) == " ".join(text.split()) or "next page" in text


def test_navigation_phrases_and_sentences():
    assert on_screen("See the map on page 12 for details.") == "See the map for details."
    assert on_screen("The stages follow. See the next page.") == "The stages follow."
    assert on_screen("Benchmarks (see page 14) mark progress.") == "Benchmarks mark progress."
    assert on_screen("Move to the next stage when ready.") == "Move to the next stage when ready."


def test_the_spanish_translation_loses_its_page_navigation_on_screen_too():
    from equity_desktop.core.framework.translations import load_framework_in

    for stage in load_framework_in("es").stages:
        shown = on_screen(stage.map_intro)
        assert "página" not in shown and shown == stage.map_intro.replace(" en la página siguiente", "")
    assert on_screen("Vea el cuadro (véase la página 12) y siga.") == "Vea el cuadro y siga."
    assert on_screen("Las páginas siguientes muestran el mapa.") == "Las páginas siguientes muestran el mapa."


def test_captions_speak_the_language_of_the_framework_they_caption(framework):
    from equity_desktop.core.framework.display import item_caption, item_label
    from equity_desktop.core.framework.translations import load_framework_in

    spanish = load_framework_in("es")
    assert item_caption(framework, "s2.ka.1.3") == "Stage 2 · Key action 1.3"
    assert item_caption(spanish, "s2.ka.1.3") == "Etapa 2 · Acción clave 1.3"
    assert item_caption(spanish, "s4.bench.6") == "Etapa 4 · Hito 6"
    assert item_caption(spanish, "s1.map.de.1") == "Etapa 1 · Diversidad y equidad 1"
    assert item_label(spanish, "s1.map.de.1").startswith("Etapa 1 · Diversidad y equidad 1 “El equipo")
