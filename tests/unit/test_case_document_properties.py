"""Whatever the input, the case-document parser returns a record or raises ImportFailure.

Exports arrive damaged in every way (lost lines, doubled lines, stray Unicode from
PDF conversion), and the importer must turn each of them into a message, never a
traceback.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nämndklient.domain.records import CaseDocumentRecord, ImportFailure, Skipped
from nämndklient.importers.case_document import looks_like_case_document, parse_case_document

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"
SEED_TEXTS = [
    (SEEDS / n).read_text(encoding="utf-8")
    for n in (
        "000_ff8657e5c647dc6e.txt",
        "002_82814d268af5d26e.txt",
        "003_0345254484cbeff7.txt",
        "004_15c26e256e8b5bd5.txt",
    )
]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments that steer random text towards the parser's decisions.
FRAGMENTS = st.sampled_from(
    [
        "Ärendebeskrivning",
        "### Beslut",
        "**Förslag till beslut**",
        "I tjänsten",
        "Utdrag till",
        "Utdrag till: A, B och C.",
        "Sammanfattning",
        "Beslutsunderlag",
        "Arbetsutskottet beslutar att",
        "RS/454/2023",
        "Dnr: HSN/1:2/2019",
        "2023-02-31",
        "2023-08-10",
        "Tfn:",
        "E-post: [A@B.SE](mailto:a@b.se)",
        "- ",
        "1. ",
        "## ",
        "**",
        "",
        "Sara Lewerentz",
        "Hälso- och sjukvårdsnämnden",
    ]
)


def check(text: str) -> None:
    looks_like_case_document(text)
    for lenient in (False, True):
        skipped: list[Skipped] = []
        try:
            rec = parse_case_document(text, "fuzz.txt", lenient=lenient, skipped=skipped)
        except ImportFailure as err:
            assert err.file == "fuzz.txt"
            assert err.line >= 0
            continue
        assert isinstance(rec, CaseDocumentRecord)
        assert rec.sections
        assert all(s.file == "fuzz.txt" and s.line >= 1 for s in skipped)
        if not lenient:
            assert skipped == []


@SETTINGS
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    check(text)


@SETTINGS
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=40))
def test_random_lines_from_fragments(lines: list[str]) -> None:
    check("\n".join(lines))


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(SEED_TEXTS)).split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            lines.append("")
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "mangle"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.one_of(FRAGMENTS, st.text(max_size=60))))
        else:
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.text(min_size=1, max_size=5)) + lines[i][pos:]
    return "\n".join(lines)


@SETTINGS
@given(mutated_seed())
def test_mutated_seeds(text: str) -> None:
    check(text)


@SETTINGS
@given(st.sampled_from(SEED_TEXTS))
def test_seeds_parse_strictly(text: str) -> None:
    assert looks_like_case_document(text)
    assert parse_case_document(text, "seed.txt").sections
