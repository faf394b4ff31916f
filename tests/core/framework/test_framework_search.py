"""Search over the framework text: what Ctrl+F finds and where it says to go."""

from equity_desktop.core.framework.search import passages, search


def test_every_rated_item_is_searchable(framework):
    ids = {p.item_id for p in passages(framework) if p.item_id}
    assert ids == {c.id for c in framework.conditions} | {b.id for b in framework.benchmarks} | {
        a.id for a in framework.key_actions}


def test_a_condition_is_found_by_its_words_in_any_order_and_case(framework):
    condition = framework.item("s2.map.fe.3")
    words = condition.text.split()
    hits = search(framework, f"{words[-1].upper()} {words[0]}")
    assert "s2.map.fe.3" in [h.passage.item_id for h in hits]
    hit = next(h for h in hits if h.passage.item_id == "s2.map.fe.3")
    assert hit.passage.page == "s2.map"
    assert "Family Engagement" in hit.passage.title


def test_accents_do_not_matter(framework):
    assert search(framework, "dévelopment") == search(framework, "development")


def test_rated_items_come_before_prose(framework):
    hits = search(framework, "diversity")
    kinds = [h.passage.item_id is None for h in hits]
    assert kinds == sorted(kinds) and any(kinds) and not all(kinds)


def test_prose_jumps_to_its_page(framework):
    timeframe = framework.stages[0].timeframe.text
    hits = search(framework, " ".join(timeframe.split()[3:7]))
    assert any(h.passage.page == "s1.overview" for h in hits)
    element = framework.elements[0]
    assert any(h.passage.page == "guide" for h in search(framework, element.name))


def test_nothing_for_blank_or_unknown_words(framework):
    assert search(framework, "   ") == []
    assert search(framework, "zzqxv") == []


def test_snippet_is_short_and_contains_the_word(framework):
    for hit in search(framework, "benchmark"):
        assert len(hit.snippet) <= 92
    hit = search(framework, "stakeholders")[0]
    assert "stakeholders" in hit.snippet.lower()


def test_match_span_finds_the_query_as_typed_or_its_first_word_in_the_texts_own_characters():
    from equity_desktop.core.framework.search import match_span

    text = "Families of English learners attend Straße meetings"
    assert match_span(text, "english LEARNERS") == (12, 16)
    assert match_span(text, "meetings families") == (43, 8)  # not together: the first word found
    assert match_span(text, "strasse") == (36, 6)  # ß folds to ss, and the span is the text's own
    assert match_span("Écoles", "ecoles") == (0, 6)
    assert match_span(text, "zzz") is None and match_span(text, "  ") is None
