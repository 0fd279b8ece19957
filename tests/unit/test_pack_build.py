"""The meeting pack read back: structure, text, fonts, metadata, determinism."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from nämndklient.packs.builder import build_pack
from nämndklient.packs.spec import AppendixTable, PackResult
from tests.helpers.pack_sample import SAMI, sample_meeting
from tests.unit.test_pack_support import (
    diagonal_text,
    needs_poppler,
    needs_qpdf,
    options,
    outline_of,
    page_texts,
)

MEETING = sample_meeting(items=5, attachments=2, pages=3)
TABLE = AppendixTable("Nyckeltal", ("Mått", "2023", "2024"), (("Sjukfrånvaro", "6,1 %", "5,9 %"),
                                                             ("Nettokostnad, Mkr", "1 754", "−1 812")))


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> PackResult:
    out = tmp_path_factory.mktemp("pack") / "kallelse.pdf"
    return build_pack(MEETING, options(member_name="Anna Andersson", notes="appendix",
                                       extra_appendix=(TABLE,)), out)


@needs_qpdf
def test_qpdf_check_passes(pack: PackResult) -> None:
    proc = subprocess.run(["qpdf", "--check", str(pack.path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No syntax or stream encoding errors" in proc.stdout


def test_page_count_adds_up(pack: PackResult) -> None:
    reader = PdfReader(pack.path)
    assert len(reader.pages) == pack.pages
    marks = outline_of(pack.path)
    # every attachment contributes exactly its 3 pages, between its bookmark and the next one
    starts = [p for _, _, p in marks] + [pack.pages]
    for k, (level, title, page) in enumerate(marks):
        if level == 1:
            assert starts[k + 1] - page == 3, title
    assert sum(1 for m in marks if m[0] == 1) == 10


def test_outline_matches_agenda(pack: PackResult) -> None:
    marks = outline_of(pack.path)
    assert [(lvl, t) for lvl, t, _ in marks] == list(pack.outline)
    expected = [(0, "Föredragningslista")]
    for item in MEETING.items:
        expected.append((0, f"{item.number}. {item.title}"))
        expected += [(1, f"Bilaga {j}: {a.title}") for j, a in enumerate(item.attachments, 1)]
    expected += [(0, "Mina anteckningar"), (0, "Nyckeltal")]
    assert list(pack.outline) == expected


@needs_poppler
def test_agenda_lists_items_with_their_pages_and_links(pack: PackResult) -> None:
    texts = page_texts(pack.path, layout=True)
    marks = outline_of(pack.path)
    agenda = "\n".join(t for t in texts[1:4] if "Föredragningslista" in t)
    for level, title, page in marks[1:]:
        shown = title.split(". ", 1)[1] if level == 0 and ". " in title else title
        lines = agenda.splitlines()
        at = next(n for n, ln in enumerate(lines) if shown in ln)
        # the diagonal watermark's letters may push a page number onto the next text line
        near = [ln for ln in lines[at:at + 3] if ln.strip()][:2]
        assert any(ln.rstrip().endswith(str(page + 1)) for ln in near), (title, near)
        assert shown in texts[page] or level == 1  # item pages name their title
    reader = PdfReader(pack.path)
    targets = set()
    for p in range(1, 4):
        for annot in reader.pages[p].get("/Annots") or []:
            dest = annot.get_object()["/Dest"]
            targets.add(reader.get_page_number(dest[0].get_object()))
    assert {page for _, _, page in marks[1:]} <= targets


@needs_poppler
def test_every_page_has_header_and_footer(pack: PackResult) -> None:
    texts = page_texts(pack.path)
    assert len(texts) == pack.pages
    for n, text in enumerate(texts, 1):
        assert f"Sida {n} av {pack.pages}" in text
        assert "Regionstyrelsen · 26 januari 2024" in text
    attachment_pages = [t for t in texts if "Rad 1 på sidan" in t]
    assert len(attachment_pages) == 30
    assert all("Bilaga" in t.split("Rad 1")[0] for t in attachment_pages)


@needs_poppler
def test_cover_and_item_text(pack: PackResult) -> None:
    cover = page_texts(pack.path)[0]
    for words in ("Kallelse och handlingar", "26 januari 2024, kl. 09.00", "Utskriven 23 november 2026",
                  "Anna Andersson", "Regionens hus"):
        assert words in cover
    item = next(t for t in page_texts(pack.path) if "FÖRSLAG TILL BESLUT" in t)
    assert "Diarienummer RS/401/2024" in item
    assert "1. Delårsrapport januari–augusti godkänns." in item


@needs_poppler
def test_sami_and_swedish_letters_survive(pack: PackResult) -> None:
    text = "".join(page_texts(pack.path))
    assert SAMI in text
    assert "Föredragande Anna Lindqvist, Mats Ågren" in text


@needs_poppler
def test_all_fonts_embedded(pack: PackResult) -> None:
    out = subprocess.run(["pdffonts", str(pack.path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    assert all(re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", r) for r in rows), out
    assert "Helvetica" not in out


def test_metadata(pack: PackResult) -> None:
    reader = PdfReader(pack.path)
    meta = reader.metadata
    assert meta.title == "Regionstyrelsen 26 januari 2024 – Kallelse och handlingar"
    assert meta.author == "Regionstyrelsen"
    assert "Kallelse och handlingar" in meta.subject
    assert meta["/CreationDate"] == "D:20261123101500"
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    assert reader.trailer["/ID"][0] == reader.trailer["/ID"][1]


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    opts = options(member_name="Anna Andersson", notes="after_item", duplex=True)
    a = build_pack(MEETING, opts, tmp_path / "a.pdf")
    b = build_pack(MEETING, opts, tmp_path / "b.pdf")
    assert a.path.read_bytes() == b.path.read_bytes()
    c = build_pack(MEETING, options(member_name="Bo Berg"), tmp_path / "c.pdf")
    assert PdfReader(c.path).trailer["/ID"][0] != PdfReader(a.path).trailer["/ID"][0]


@needs_poppler
def test_watermark_for_personal_copy_and_draft(pack: PackResult, tmp_path: Path) -> None:
    assert all("Personligt exemplar – Anna Andersson" in t for t in page_texts(pack.path))
    draft = build_pack(MEETING, options(draft=True), tmp_path / "utkast.pdf")
    texts = page_texts(draft.path)
    assert all("UTKAST" in t for t in texts)  # the footer marking
    assert all(Counter(d) >= Counter("UTKAST") for d in diagonal_text(draft.path))  # ... and diagonally
    assert not any("Personligt exemplar" in t for t in page_texts(draft.path))


@needs_poppler
def test_appendix_table(pack: PackResult) -> None:
    last = page_texts(pack.path)[-1]
    assert "Nyckeltal" in last and "Sjukfrånvaro" in last and "−1 812" in last


def test_no_items_still_gives_cover_and_agenda(tmp_path: Path) -> None:
    empty = sample_meeting(items=0)
    result = build_pack(empty, options(), tmp_path / "tom.pdf")
    assert result.pages == 2
    assert result.outline == ((0, "Föredragningslista"),)
