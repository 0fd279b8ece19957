"""Options and failure paths of the meeting pack: broken files, secrecy, duplex, selection, notes."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from nämndklient.packs import merge
from nämndklient.packs.builder import build_pack
from nämndklient.packs.spec import PackAttachment
from nämndklient.packs.styles import PAGE_H, PAGE_W, sv_date_range
from tests.helpers.pack_sample import make_pdf, sample_meeting
from tests.unit.test_pack_support import (
    broken_meeting,
    diagonal_text,
    encrypted_pdf,
    needs_poppler,
    options,
    outline_of,
    page_texts,
)


@needs_poppler
def test_broken_attachments_get_a_placeholder_and_one_warning_each(tmp_path: Path) -> None:
    result = build_pack(broken_meeting(), options(), tmp_path / "p.pdf")
    assert len(result.warnings) == 3
    for name, why in (("protokoll.docx", "filen är inte en PDF"), ("avklippt.pdf", "filen är skadad"),
                      ("last.pdf", "filen är krypterad")):
        assert sum(name in w and why in w for w in result.warnings) == 1
        page = next(t for t in page_texts(result.path) if f"Filen {name} kunde inte läsas" in t)
        assert why in page and "Bilagan saknas i utskicket" in page
    assert len(PdfReader(result.path).pages) == result.pages
    outline = dict((t, lvl) for lvl, t in result.outline)
    assert outline["Bilaga 1: Hel bilaga"] == 1
    assert outline["Bilaga 4: Låst (kunde inte läsas)"] == 1


def test_pdf_with_only_an_owner_password_is_merged(tmp_path: Path) -> None:
    meeting = sample_meeting(items=1, attachments=0)
    item = replace(meeting.items[0], attachments=(PackAttachment("Skyddad", "s.pdf", encrypted_pdf("")),))
    result = build_pack(replace(meeting, items=(item,)), options(), tmp_path / "p.pdf")
    assert result.warnings == ()


@needs_poppler
def test_confidential_item_is_withheld_by_default(tmp_path: Path) -> None:
    meeting = sample_meeting(items=3, attachments=1, pages=2)
    secret = replace(meeting.items[1], confidential=True)
    meeting = replace(meeting, items=(meeting.items[0], secret, meeting.items[2]))
    result = build_pack(meeting, options(), tmp_path / "p.pdf")
    texts = page_texts(result.path)
    withheld = [t for t in texts if "innehåller sekretessbelagda uppgifter" in t]
    assert len(withheld) == 1
    assert "Ärende 2 Investeringsplan för fastigheter 2025–2029 innehåller sekretessbelagda uppgifter och " \
           "ingår inte i detta utskick" in " ".join(withheld[0].split())
    assert not any("Underlag 1 – Investeringsplan" in t for t in texts)  # its attachment is left out
    assert (1, "Bilaga 1: Underlag 1 till ärende 2") not in result.outline
    assert sum("SEKRETESS" in t for t in texts) == 1  # only the withheld page's own label

    full = build_pack(meeting, options(include_confidential=True), tmp_path / "full.pdf")
    texts = page_texts(full.path)
    assert any("Underlag 1 – Investeringsplan" in t for t in texts)
    assert all("SEKRETESS" in t for t in texts)
    assert all(Counter(d) >= Counter("SEKRETESS") for d in diagonal_text(full.path))
    assert full.pages >= result.pages + 2


@needs_poppler
def test_duplex_starts_every_item_on_an_odd_page(tmp_path: Path) -> None:
    meeting = sample_meeting(items=5, attachments=1, pages=2)  # item text 1 page + 2 = odd length
    result = build_pack(meeting, options(duplex=True, notes="appendix"), tmp_path / "p.pdf")
    starts = [page for level, _, page in outline_of(result.path) if level == 0][1:]
    assert starts and all(p % 2 == 0 for p in starts)  # 0-based even = printed odd
    texts = page_texts(result.path)
    blanks = [n for n, t in enumerate(texts) if "Denna sida är avsiktligt tom" in t]
    assert blanks
    for n in blanks:
        assert f"Sida {n + 1} av {result.pages}" in texts[n]
    simplex = build_pack(meeting, options(notes="appendix"), tmp_path / "s.pdf")
    assert result.pages == simplex.pages + len(blanks)


def test_item_selection(tmp_path: Path) -> None:
    meeting = sample_meeting(items=4, attachments=1, pages=1)
    result = build_pack(meeting, options(item_keys=("item-3", "item-1", "nope")), tmp_path / "p.pdf")
    items = [t for lvl, t in result.outline if lvl == 0][1:]
    assert items == ["1. Delårsrapport januari–augusti", "3. Regional utvecklingsstrategi – remissvar"]
    assert result.warnings == ("Okänt ärende 'nope' hoppades över.",)


@needs_poppler
def test_notes_as_appendix_or_after_each_item(tmp_path: Path) -> None:
    meeting = sample_meeting(items=4, attachments=1, pages=1)  # items 3 and 4 carry a note / question
    none = build_pack(meeting, options(), tmp_path / "none.pdf")
    assert not any("Mina anteckningar" in t for t in page_texts(none.path))

    appendix = build_pack(meeting, options(notes="appendix"), tmp_path / "a.pdf")
    texts = page_texts(appendix.path)
    assert appendix.outline[-1] == (0, "Mina anteckningar")
    tail = texts[-1]
    assert "Fråga om kostnadsutvecklingen i ärende 3." in tail
    assert "Fråga att ställa: Hur påverkas de mindre sjukstugorna?" in " ".join(tail.split())

    after = build_pack(meeting, options(notes="after_item"), tmp_path / "b.pdf")
    texts = page_texts(after.path)
    assert (0, "Mina anteckningar") not in after.outline
    item3 = outline_of(after.path)
    start = next(p for lvl, t, p in item3 if t.startswith("3. "))
    assert "Mina anteckningar" in texts[start] and "ärende 3." in texts[start]


def test_failed_build_leaves_no_file_and_keeps_the_old_one(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "kallelse.pdf"
    out.write_bytes(b"old pack")

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(merge.PackWriter, "add_attachment_page", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        build_pack(sample_meeting(items=2, attachments=1, pages=1), options(), out)
    assert out.read_bytes() == b"old pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kallelse.pdf"]

    out.unlink()
    with pytest.raises(RuntimeError):
        build_pack(sample_meeting(items=2, attachments=1, pages=1), options(), out)
    assert list(tmp_path.iterdir()) == []


def _rotated(pdf: bytes, degrees: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        page.rotate(degrees)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_attachment_pages_are_a4_upright_and_inside_the_bands(tmp_path: Path) -> None:
    meeting = sample_meeting(items=1, attachments=0)
    atts = (PackAttachment("Liggande", "l.pdf", make_pdf(1, "Liggande", landscape=True)),
            PackAttachment("Roterad", "r.pdf", _rotated(make_pdf(1, "Roterad"), 90)))
    item = replace(meeting.items[0], attachments=atts)
    result = build_pack(replace(meeting, items=(item,)), options(), tmp_path / "p.pdf")
    reader = PdfReader(result.path)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)), p.rotation)
             for p in reader.pages]
    assert sizes[-2] == (round(PAGE_H), round(PAGE_W), 0)  # landscape stays landscape, on A4
    assert sizes[-1] == (round(PAGE_H), round(PAGE_W), 0)  # /Rotate 90 is turned into a landscape page
    assert all(s[:2] in {(round(PAGE_W), round(PAGE_H)), (round(PAGE_H), round(PAGE_W))} for s in sizes)


def test_fit_matrix_keeps_content_clear_of_header_and_footer() -> None:
    g = merge.PageGeometry(0, 0, PAGE_W, PAGE_H, 0)
    ops = merge._fit_matrix(g, PAGE_W, PAGE_H).split()
    s, ty = float(ops[1]), float(ops[6])
    assert ty >= merge.BAND - 0.01
    assert ty + s * PAGE_H <= PAGE_H - merge.BAND + 0.01


@pytest.mark.parametrize(("start", "end", "text"), [
    (date(2024, 1, 26), date(2024, 1, 26), "26 januari 2024"),
    (date(2024, 3, 26), date(2024, 3, 27), "26–27 mars 2024"),
    (date(2024, 3, 30), date(2024, 4, 2), "30 mars–2 april 2024"),
    (date(2024, 12, 30), date(2025, 1, 2), "30 december 2024–2 januari 2025"),
])
def test_swedish_dates(start: date, end: date, text: str) -> None:
    assert sv_date_range(start, end) == text


@needs_poppler
def test_markup_characters_and_very_long_text(tmp_path: Path) -> None:
    from nämndklient.domain.records import Block, BlockKind, Section

    meeting = sample_meeting(items=1, attachments=0)
    long = " ".join(["Beslutet gäller <b>inte</b> R&D-budgeten."] * 700)
    item = replace(meeting.items[0], title="Över <gränsen> & " + "mycket lång rubrik " * 12,
                   proposed_decision=(Block(BlockKind.PARAGRAPH, long),),
                   sections=(Section("Bakgrund", tuple(Block(BlockKind.NUMBERED, f"Punkt {n}") for n in range(60))),))
    result = build_pack(replace(meeting, items=(item,)), options(), tmp_path / "p.pdf")
    text = "".join(page_texts(result.path))
    assert "Över <gränsen> &" in text
    assert "Beslutet gäller <b>inte</b> R&D-budgeten." in text
    assert "60. Punkt 59" in text
    assert result.pages >= 5


@needs_poppler
def test_the_agenda_is_grouped_by_category_as_in_the_application(tmp_path: Path) -> None:
    meeting = sample_meeting(items=4, attachments=0, pages=1)
    result = build_pack(meeting, options(), tmp_path / "p.pdf")
    agenda = page_texts(result.path)[1]
    categories = list(dict.fromkeys(i.category for i in meeting.items if i.category))
    assert categories
    positions = [agenda.index(c.upper()) for c in categories]
    assert positions == sorted(positions)
    first_item = agenda.index(meeting.items[0].title)
    assert positions[0] < first_item
