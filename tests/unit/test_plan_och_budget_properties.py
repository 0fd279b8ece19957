"""Fuzzing the *Plan och budget* importer: any input yields a plan or an ImportFailure, nothing else."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nämndklient.domain.records import ImportFailure, PlanRecord, Skipped
from nämndklient.importers.plan_och_budget import parse_plan

SEED_LINES = (Path(__file__).resolve().parents[2] / "resources" / "seeds" / "001_cfd44e3ece793d5a.txt").read_text(
    encoding="utf-8"
).split("\n")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_edit = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, len(SEED_LINES) - 1), st.just("")),
    st.tuples(st.just("duplicate"), st.integers(0, len(SEED_LINES) - 1), st.just("")),
    st.tuples(st.just("swap"), st.integers(0, len(SEED_LINES) - 1), st.just("")),
    st.tuples(st.just("insert"), st.integers(0, len(SEED_LINES) - 1),
              st.text(alphabet=st.sampled_from("\t -–,.0123456789abcÅÄÖ<>/#%()*"), max_size=12)),
)


def _mutate(edits: list[tuple[str, int, str]]) -> str:
    lines = list(SEED_LINES)
    for op, at, chars in edits:
        if not lines:
            break
        at %= len(lines)
        if op == "delete":
            del lines[at]
        elif op == "duplicate":
            lines.insert(at, lines[at])
        elif op == "swap" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], lines[at]
        elif op == "insert":
            pos = len(chars) % (len(lines[at]) + 1)
            lines[at] = lines[at][:pos] + chars + lines[at][pos:]
    return "\n".join(lines)


def _parses_or_refuses(text: str, lenient: bool) -> None:
    skipped: list[Skipped] = []
    try:
        plan = parse_plan(text, "fuzz.txt", lenient=lenient, skipped=skipped)
    except ImportFailure as failure:
        assert failure.file == "fuzz.txt"
        assert "internt fel" not in failure.expected, failure  # the safety net must not be what catches it
        return
    assert isinstance(plan, PlanRecord)
    assert all(s.file == "fuzz.txt" and s.line >= 1 for s in skipped)


@FUZZ
@given(st.text(max_size=400), st.booleans())
def test_random_text(text, lenient):
    _parses_or_refuses(text, lenient)


@FUZZ
@given(st.text(max_size=300), st.booleans())
def test_random_text_after_a_plan_title(text, lenient):
    _parses_or_refuses("# Plan och budget 2024\n\nRegionstyrelsen\n\n" + text, lenient)


@FUZZ
@given(st.lists(_edit, min_size=1, max_size=8), st.booleans())
def test_mutated_seed(edits, lenient):
    _parses_or_refuses(_mutate(edits), lenient)


@FUZZ
@given(st.lists(st.sampled_from(SEED_LINES), max_size=80), st.booleans())
def test_shuffled_seed_lines(lines, lenient):
    _parses_or_refuses("\n".join(lines), lenient)


def test_lenient_mode_on_the_seed_skips_nothing():
    skipped: list[Skipped] = []
    plan = parse_plan("\n".join(SEED_LINES), "seed.txt", lenient=True, skipped=skipped)
    assert skipped == []
    assert len(plan.meetings) == 10
