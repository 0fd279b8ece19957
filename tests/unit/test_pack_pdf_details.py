"""PDF details of the meeting pack read back with pikepdf, pdffonts and qpdf: subset tags, links, XMP (#17)."""

from __future__ import annotations

import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pikepdf
import pytest

from nämndklient.packs.builder import build_pack
from nämndklient.packs.merge import PRINT_FLAG, distinct_subset_tags
from nämndklient.packs.spec import AppendixTable, PackResult
from tests.helpers.pack_sample import sample_meeting
from tests.unit.test_pack_support import needs_poppler, needs_qpdf, options

MEETING = sample_meeting(items=4, attachments=1, pages=2)
TABLE = AppendixTable("Nyckeltal", ("Mått", "2024"), (("Sjukfrånvaro", "5,9 %"),))


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> PackResult:
    out = tmp_path_factory.mktemp("pack") / "kallelse.pdf"
    return build_pack(MEETING, options(member_name="Anna Andersson", draft=True, notes="appendix",
                                       extra_appendix=(TABLE,)), out)


def _fonts(pdf: pikepdf.Pdf) -> list[tuple[str, bytes]]:
    out = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font and "/FontDescriptor" in obj:
            d = obj.FontDescriptor
            assert d.FontName == obj.BaseFont  # renamed consistently
            out.append((str(obj.BaseFont)[1:], d.FontFile2.read_raw_bytes()))
    return out


@needs_poppler
def test_every_font_subset_has_a_tag_of_its_own(pack: PackResult) -> None:
    rows = subprocess.run(["pdffonts", str(pack.path)], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0] for line in rows.splitlines()[2:]]
    assert len(names) >= 3 and not any(n.startswith("AAAAAA+") for n in names)
    assert all(re.fullmatch(r"[A-Z]{6}\+DejaVu[\w-]+", n) for n in names), names
    with pikepdf.open(pack.path) as pdf:
        programs: dict[str, set[bytes]] = defaultdict(set)
        for name, program in _fonts(pdf):
            programs[name[:6]].add(program)
    assert all(len(p) == 1 for p in programs.values())  # one tag, one subset (ISO 32000 9.6.4)
    assert len(programs) == len({p for ps in programs.values() for p in ps})


def test_tags_come_from_the_subset_so_a_rebuild_gives_the_same_names(pack: PackResult, tmp_path: Path) -> None:
    with pikepdf.open(pack.path) as pdf:
        assert distinct_subset_tags(pdf) == 0  # already distinct: a second pass changes nothing
    again = build_pack(MEETING, options(member_name="Anna Andersson", draft=True, notes="appendix",
                                        extra_appendix=(TABLE,)), tmp_path / "igen.pdf")
    assert again.path.read_bytes() == pack.path.read_bytes()


def test_links_are_printed_and_say_where_they_go(pack: PackResult) -> None:
    with pikepdf.open(pack.path) as pdf:
        links = [(n, a) for n, page in enumerate(pdf.pages) for a in page.obj.get("/Annots", [])
                 if a.get("/Subtype") == pikepdf.Name.Link]
        assert len(links) >= len(MEETING.items)
        for _n, link in links:
            assert int(link.F) & PRINT_FLAG
            target = pdf.pages.index(pikepdf.Page(link.Dest[0])) + 1
            assert str(link.Contents).startswith("Gå till ") and str(link.Contents).endswith(f"sidan {target}")
        first = str(links[0][1].Contents)
        assert first == f"Gå till 1. {MEETING.items[0].title}, sidan {first.rsplit(' ', 1)[1]}"


def test_xmp_metadata_has_title_language_and_creation_date(pack: PackResult) -> None:
    with pikepdf.open(pack.path) as pdf:
        meta = pdf.open_metadata()
        title = str(pdf.docinfo.Title)
        assert meta["dc:title"] == title and "Kallelse och handlingar" in title
        assert meta["dc:language"] == {"sv-SE"}
        assert meta["xmp:CreateDate"] == "2026-11-23T10:15:00"
        assert str(pdf.docinfo.CreationDate) == "D:20261123101500"  # the two agree
        assert meta["dc:creator"] == [str(pdf.docinfo.Author)]
        assert "xmp:MetadataDate" not in meta  # no clock reading: rebuilds stay identical
        xml = pdf.Root.Metadata.read_bytes()
        assert "/Filter" not in pdf.Root.Metadata and b"<?xpacket end=" in xml


@needs_qpdf
def test_qpdf_check_passes(pack: PackResult) -> None:
    proc = subprocess.run(["qpdf", "--check", str(pack.path)], capture_output=True, text=True)
    assert proc.returncode == 0 and "No syntax or stream encoding errors" in proc.stdout, proc.stdout + proc.stderr
