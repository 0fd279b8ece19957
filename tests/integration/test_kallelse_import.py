"""A published kallelse PDF becomes one meeting, its items, and each item's pages as its papers.

The kallelse is made as a secretariat makes one: a Word document from python-docx
(cover, föredragningslista, each item's papers from a new page), exported to PDF by
LibreOffice with bookmarks, and once without them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from nämndklient.cli.main import main
from tests.helpers.files import db_digest
from tests.helpers.office_documents import (
    STYRMODELL,
    AgendaEntry,
    convert_to_pdf_without_bookmarks,
    convert_with_libreoffice,
    kallelse_docx,
    soffice,
)

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is installed by make test")
ONLY_ON_PAGE_17 = "Fjällbjörkskogen"


def _entries(extra: str = "") -> list[AgendaEntry]:
    long_papers = [f"Avsnitt {n}. Uppföljningen av åtgärderna fortsätter enligt plan." for n in range(1, 17)]
    return [
        AgendaEntry(1, "Ekonomisk rapport", None, "Ekonomidirektör",
                    ["Ekonomisk rapport per december.", "Resultatet för perioden är −973 Mkr."]),
        AgendaEntry(2, "Direktiv för översyn av styrmodellen", "RS/342/2022", "Regiondirektör", STYRMODELL),
        AgendaEntry(3, "Läkemedel", None, "Chef Läkemedelsenheten",
                    ["Läkemedelskostnaderna ökar.", f"Information lämnas på mötet.{extra}"]),
        AgendaEntry(4, "Uppföljning av åtgärdsplanen", None, "Ekonomidirektör", long_papers),
    ]


def _kallelse(folder: Path, *, bookmarks: bool = True, extra: str = "") -> Path:
    """Item 4's papers put one section on each page; page 17 of them holds a word found nowhere else."""
    docx = kallelse_docx("Regionstyrelsen", "fredag 26 januari 2024", "09.00–16.00",
                         "Regionens hus, sal Storsjön", _entries(extra), folder / "Kallelse RS 2024-01-26.docx")
    import docx as python_docx
    from docx.enum.text import WD_BREAK

    d = python_docx.Document(str(docx))
    body = [p for p in d.paragraphs if p.text.startswith("Avsnitt ")]
    for p in body[1:]:
        p.insert_paragraph_before().add_run().add_break(WD_BREAK.PAGE)
    last = body[-1].insert_paragraph_before()
    last.add_run().add_break(WD_BREAK.PAGE)
    body[-1].add_run(f" På denna sida nämns {ONLY_ON_PAGE_17}.")
    d.save(str(docx))
    if bookmarks:
        return convert_with_libreoffice(docx, "pdf", folder)
    out = folder / "utan"
    out.mkdir(exist_ok=True)
    return convert_to_pdf_without_bookmarks(docx, out)


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("bookmarks", [True, False], ids=["bookmarks", "headings"])
def test_a_kallelse_becomes_its_meeting_items_and_papers(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         bookmarks: bool) -> None:
    pdf = _kallelse(tmp_path, bookmarks=bookmarks)
    db = str(tmp_path / "m.sqlite")
    code, out, err = _cli(capsys, "--db", db, "import", str(pdf))
    assert code == 0, err
    assert f"{pdf.name}: kallelse" in out
    _, out, _ = _cli(capsys, "--db", db, "list", "meetings", "--format", "json")
    (meeting,) = [m for m in json.loads(out) if m["key"] == "RS:2024-01-26"]
    assert (meeting["start_time"], meeting["place"]) == ("09:00:00", "Regionens hus, sal Storsjön")
    items = meeting["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("1", "Ekonomisk rapport"), ("2", "Direktiv för översyn av styrmodellen"), ("3", "Läkemedel"),
        ("4", "Uppföljning av åtgärdsplanen")]
    assert items[1]["dnr"] == "RS/342/2022"
    assert items[2]["presenters"] == ["Chef Läkemedelsenheten"]
    _, out, _ = _cli(capsys, "--db", db, "list", "documents", "--format", "json")
    docs = {d["title"]: d for d in json.loads(out)}
    papers = docs["4. Uppföljning av åtgärdsplanen"]
    first, last = papers["details"]["pages"]
    assert last - first + 1 == 17  # the item's page range, kept as an attachment of its own
    assert docs[STYRMODELL.title]["dnr"] == "RS/342/2022"  # the tjänsteskrivelse in item 2's pages, read as one


def test_the_same_kallelse_again_changes_nothing_and_a_revision_keeps_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "m.sqlite"
    first = _kallelse(tmp_path)
    assert _cli(capsys, "--db", str(db), "import", str(first))[0] == 0
    item = "RS:2024-01-26/läkemedel"
    assert _cli(capsys, "--db", str(db), "note", item, "Fråga om kostnadsökningen")[0] == 0
    before = db_digest(db)
    code, out, _ = _cli(capsys, "--db", str(db), "import", str(first))
    assert code == 0 and "oförändrade filer 1" in out
    assert db_digest(db) == before

    revised_dir = tmp_path / "rev"
    revised_dir.mkdir()
    revised = _kallelse(revised_dir, extra=" Ett kompletterande underlag har tillkommit.")
    code, out, err = _cli(capsys, "--db", str(db), "import", str(revised))
    assert code == 0, err
    _, out, _ = _cli(capsys, "--db", str(db), "list", "documents", "--format", "json")
    docs = {d["title"]: d for d in json.loads(out)}
    assert docs["3. Läkemedel"]["version"] == 2 and docs["1. Ekonomisk rapport"]["version"] == 1
    _, out, _ = _cli(capsys, "--db", str(db), "list", "items", "--format", "json")
    assert next(i for i in json.loads(out) if i["key"] == item)["notes"] == 1


def test_the_tjansteskrivelse_reaches_its_item_and_the_pack_once(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "m.sqlite")
    assert _cli(capsys, "--db", db, "import", str(_kallelse(tmp_path)))[0] == 0
    pack = tmp_path / "pack.pdf"
    code, _, err = _cli(capsys, "--db", db, "pack", "RS:2024-01-26", "-o", str(pack))
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(pack).pages)
    # the proposal set apart on the item page, the officer's report once: as the kallelse's own pages
    assert text.count("Direktiv för översyn av styrmodell fastställs enligt förslag.") == 2
    assert text.count("Sex delmål för översynen föreslås i direktivet") == 1


def test_a_word_only_on_page_17_of_an_attachment_is_found_on_that_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "m.sqlite")
    assert _cli(capsys, "--db", db, "import", str(_kallelse(tmp_path)))[0] == 0
    code, out, _ = _cli(capsys, "--db", db, "search", ONLY_ON_PAGE_17, "--format", "json")
    assert code == 0
    hits = json.loads(out)
    pages = [h for h in hits if h["kind"] == "page"]
    assert len(pages) == 1 and pages[0]["ref"].endswith("#17")
    assert pages[0]["meeting_key"] == "RS:2024-01-26"
    assert "sida 17" in pages[0]["title"]
    # the attachment's page 17 really is where the word stands
    _, out, _ = _cli(capsys, "--db", db, "list", "documents", "--format", "json")
    key = pages[0]["ref"].removeprefix("page:").rsplit("#", 1)[0]
    assert any(d["key"] == key for d in json.loads(out))


def test_the_packs_cover_names_region_body_weekday_time_and_place_from_the_kallelse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "m.sqlite")
    assert _cli(capsys, "--db", db, "import", str(_kallelse(tmp_path)))[0] == 0
    pack = tmp_path / "pack.pdf"
    assert _cli(capsys, "--db", db, "pack", "RS:2024-01-26", "--duplex", "-o", str(pack))[0] == 0
    reader = PdfReader(pack)
    cover = reader.pages[0].extract_text()
    for words in ("Region Jämtland Härjedalen", "Regionstyrelsen", "fredag 26 januari 2024, kl. 09.00",
                  "Regionens hus, sal Storsjön"):
        assert words in cover, words
    texts = [p.extract_text() for p in reader.pages]
    blanks = [n for n, t in enumerate(texts) if "Denna sida är avsiktligt tom" in t]
    starts = {n for n, t in enumerate(texts) if t.splitlines() and any(
        line.startswith("ÄRENDE ") for line in t.splitlines()[:6])}
    for n in blanks:  # a blank page only where the next item would otherwise start on an even page
        assert (n + 1) % 2 == 0 and n + 1 in starts
