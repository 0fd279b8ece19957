"""Word diffs and re-anchoring: pure functions, checked on examples and properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nämndklient.publishing.anchoring import locate, render_diff, word_diff

words = st.lists(st.sampled_from(["nämnden", "beslutar", "att", "budget", "2024", "ökas", "med", "10", "mkr", "."]),
                 max_size=30).map(" ".join)


@given(words, words)
@settings(max_examples=200)
def test_the_diff_rebuilds_both_texts(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert "".join(t for op, t in ops if op != "insert") == old
    assert "".join(t for op, t in ops if op != "delete") == new
    assert all(op in ("equal", "insert", "delete") for op, _ in ops)


def test_the_diff_shows_changed_words_only() -> None:
    ops = word_diff("Budgeten ökas med 10 mkr.", "Budgeten ökas med 12 mkr.")
    assert ("delete", "10") in ops and ("insert", "12") in ops
    assert render_diff(ops) == "Budgeten ökas med [-10-]{+12+} mkr."


def test_an_exact_passage_is_found_where_it_moved() -> None:
    old = "Inledning. Nämnden föreslås besluta att anta planen. Slut."
    new = "Ny inledning med mer text. Nämnden föreslås besluta att anta planen. Slut."
    found = locate(new, "föreslås besluta att anta planen", prefix="Nämnden ", suffix=". Slut", hint=old.index("föreslås"))
    assert found is not None and found.passage(new) == "föreslås besluta att anta planen" and found.score == 1.0


def test_context_picks_the_right_one_of_two_identical_passages() -> None:
    text = "Under 2023: kostnaderna ökar. Under 2024: kostnaderna ökar."
    found = locate(text, "kostnaderna ökar", prefix="Under 2024: ")
    assert found is not None and found.start == text.rindex("kostnaderna ökar")


def test_a_lightly_edited_passage_is_found_fuzzily_and_a_removed_one_is_not() -> None:
    text = "Regionstyrelsen beslutade den 1 juni 2022 att ge regiondirektören i uppdrag att utvärdera styrmodellen."
    found = locate(text, "beslutade den 1 juni 2022 att ge direktören uppdraget att utvärdera styrmodellen")
    assert found is not None and 0.75 <= found.score < 1 and "utvärdera styrmodellen" in found.passage(text)
    assert locate(text, "Investeringsbudgeten för fastigheter minskar kraftigt nästa år") is None
