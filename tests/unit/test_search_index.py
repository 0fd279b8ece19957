"""The full-text index: Swedish letters, queries without diacritics, ranking, and staying in step."""

from __future__ import annotations

import pytest

from nämndklient.persistence import search_index
from nämndklient.persistence.search_index import SearchEntry, fts_query, has_diacritics, search


@pytest.fixture
def db(empty_db):  # type: ignore[no-untyped-def]
    with empty_db.session() as s:
        for ref, title, body in [
            ("item:a", "Hälso- och sjukvård", "Tillgänglighet i sjukvården ska förbättras."),
            ("item:b", "Sjukvard utan prickar", "Ett dokument som skrevs utan svenska tecken."),
            ("item:c", "Ekonomi", "Nämnden får ett underskott."),
            ("item:d", "Resor", "Vi far till Östersund med tåg."),
        ]:
            search_index.upsert(s, SearchEntry(ref=ref, kind="item", title=title, body=body, body_code="RS",
                                               year=2024))
    return empty_db


def refs(db, query: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return [h.ref for h in search(s, query, **kw)]


def test_a_query_without_diacritics_finds_words_with_them_and_exact_hits_rank_first(db) -> None:  # type: ignore[no-untyped-def]
    assert refs(db, "sjukvard") == ["item:b", "item:a"]


def test_a_query_with_diacritics_is_not_widened(db) -> None:  # type: ignore[no-untyped-def]
    assert refs(db, "får") == ["item:c"]
    assert refs(db, "far") == ["item:d", "item:c"]  # typed without: both, the exact word first


def test_prefixes_match_as_you_type_and_swedish_letters_work(db) -> None:  # type: ignore[no-untyped-def]
    assert refs(db, "Öster") == ["item:d"]
    assert refs(db, "ostersund") == ["item:d"]
    assert refs(db, "tillgängl") == ["item:a"]


def test_hits_are_highlighted_in_context(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        (hit,) = search(s, "underskott")
    assert f"{search_index.HIGHLIGHT_START}underskott{search_index.HIGHLIGHT_END}" in hit.snippet


def test_filters_by_body_year_and_kind(db) -> None:  # type: ignore[no-untyped-def]
    assert refs(db, "sjukvard", body_code="HSN") == []
    assert refs(db, "sjukvard", year=2023) == []
    assert refs(db, "sjukvard", kind="note") == []
    assert len(refs(db, "sjukvard", body_code="RS", year=2024, kind="item")) == 2


def test_updates_and_removals_keep_the_index_in_step(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        search_index.upsert(s, SearchEntry(ref="item:c", kind="item", title="Ekonomi", body="Överskott i år."))
    assert refs(db, "underskott") == []
    assert refs(db, "överskott") == ["item:c"]
    with db.session() as s:
        search_index.remove(s, "item:c")
    assert refs(db, "överskott") == []


@pytest.mark.parametrize("query", ["", "   ", '"', "AND OR NOT", "*", "(", "NEAR(a b)", "a:b", "'; DROP TABLE x"])
def test_any_typed_text_is_a_safe_query(db, query: str) -> None:  # type: ignore[no-untyped-def]
    refs(db, query)  # never an FTS syntax error


def test_query_helpers() -> None:
    assert fts_query("sjukv öst") == '"sjukv"* "öst"*'
    assert fts_query("  ") is None
    assert has_diacritics("får") and not has_diacritics("far")


def test_demo_documents_are_searchable_without_diacritics(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session() as s:
        titles = {h.title for h in search(s, "vardforbundet")}
    assert titles == {"Protokollsutdrag: Uppsikt av hälso- och sjukvårdsnämnden"}


def test_a_query_broader_than_the_rank_limit_shows_the_newest_first(db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(search_index, "RANK_LIMIT", 1)
    with db.session() as s:
        result = search_index.search_ranked(s, "sjukvard")
    assert result.broad and [h.ref for h in result.hits] == ["item:b", "item:a"]
    with db.session() as s:
        assert not search_index.search_ranked(s, "underskott").broad
