"""Each page of an attached PDF is in the search index on its own, and leaves it with the document.

Replaced by a shorter version, expired with its confidential item, or wiped with everything: the
page entries go, and a search no longer finds the word.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text, update

from nämndklient.persistence import search_index
from nämndklient.persistence.database import Database
from nämndklient.persistence.models import AgendaItem
from nämndklient.services.attachments import attach_documents, attach_files
from nämndklient.services.confidential import expire_due
from nämndklient.services.reading import search_grouped
from nämndklient.services.wipe import wipe_published
from tests.helpers.pdfs import make_pdf

ITEM = "RS:2024-01-26/ekonomisk-rapport"
WORD = "Kvastfeningsbilagan"  # in no seed document
DOC = f"attachment:file:{ITEM}/Bilaga_om_kassan.pdf"


def _attach(db: Database, folder: Path, pages: list[str]) -> Path:
    pdf = folder / "Bilaga_om_kassan.pdf"
    pdf.write_bytes(make_pdf(pages))
    attach_files(db, ITEM, [pdf])
    return pdf


def _page_refs(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(text("SELECT ref FROM search_entry WHERE kind = 'page'")).all())


def _found(db: Database, word: str = WORD) -> set[str]:
    with db.session() as s:
        return {h.ref for h in search_index.search(s, word, limit=100)}


def test_every_page_is_indexed_with_the_meeting_and_found_on_its_page(demo_db: Database, tmp_path: Path) -> None:
    _attach(demo_db, tmp_path, ["Kassan i januari", f"Kassan i februari och {WORD}", "Kassan i mars"])
    refs = _page_refs(demo_db)
    with demo_db.session() as s:
        key = s.scalar(text("SELECT key FROM document WHERE file_name = 'Bilaga_om_kassan.pdf'"))
        assert refs == [f"page:{key}#{n}" for n in (1, 2, 3)]
        (group,) = [g for g in search_grouped(s, WORD) if g.kind == "page"]
    assert _found(demo_db) == {f"page:{key}#2"}
    assert (group.meeting_key, group.item_key, group.item_heading) == ("RS:2024-01-26", ITEM, "§ 1 Ekonomisk rapport")
    (row,) = group.rows
    assert (row.page, row.document_key, row.open_ref) == (2, key, f"item:{ITEM}")


def test_attaching_the_same_file_again_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    from tests.helpers.files import db_digest

    pdf = _attach(demo_db, tmp_path, ["En", f"Två {WORD}"])
    demo_db.dispose()
    before = db_digest(demo_db.path)
    attach_files(demo_db, ITEM, [pdf])
    demo_db.dispose()
    assert db_digest(demo_db.path) == before


def test_a_replaced_document_leaves_no_page_it_no_longer_has(demo_db: Database, tmp_path: Path) -> None:
    _attach(demo_db, tmp_path, ["Kassan i januari", "Kassan i februari", f"Kassan i mars och {WORD}"])
    assert len(_page_refs(demo_db)) == 3 and _found(demo_db)
    _attach(demo_db, tmp_path, ["Kassan i januari, rättad", "Kassan i februari, rättad"])  # a new version
    refs = _page_refs(demo_db)
    assert len(refs) == 2 and all(r.endswith(("#1", "#2")) for r in refs)
    assert _found(demo_db) == set()
    assert _found(demo_db, "rättad") == set(refs)


def test_page_entries_expire_with_their_confidential_item(demo_db: Database, tmp_path: Path) -> None:
    _attach(demo_db, tmp_path, ["Personalärende", f"Uppgifter om {WORD}"])
    with demo_db.session() as s:
        s.execute(update(AgendaItem).where(AgendaItem.key == ITEM).values(confidential=True, confidential_days=30))
    with demo_db.session() as s:
        assert expire_due(s, dt.date(2024, 1, 26) + dt.timedelta(days=30)) == []  # the last day: still kept
    assert _found(demo_db)
    with demo_db.session() as s:
        (expired,) = expire_due(s, dt.date(2024, 3, 1))
    assert expired.key == ITEM
    assert _page_refs(demo_db) == [] and _found(demo_db) == set()
    with demo_db.session() as s:  # and the words are out of both FTS5 indexes, not only the entry table
        for index in ("search_folded", "search_exact"):
            assert s.scalar(text(f"SELECT count(*) FROM {index} WHERE {index} MATCH :w"), {"w": WORD}) == 0


def test_page_entries_go_with_rensa_allt_and_notes_stay(demo_db: Database, tmp_path: Path) -> None:
    from nämndklient.services import personal

    _attach(demo_db, tmp_path, ["Sida ett", f"Sida två om {WORD}"])
    with demo_db.session() as s:
        personal.save_item_note(s, ITEM, f"Fråga om {WORD}")
    assert len(_page_refs(demo_db)) == 2
    wipe_published(demo_db, keep_notes=True, pack_cache=tmp_path / "cache")
    assert _page_refs(demo_db) == []
    with demo_db.session() as s:
        assert {h.kind for h in search_index.search(s, WORD)} == {"note"}


def test_a_scanned_page_is_named_when_tesseract_is_missing(demo_db: Database, tmp_path: Path,
                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.importers import ocr

    monkeypatch.setattr(ocr, "available_ocr", lambda: None)
    pdf = tmp_path / "Inskannad.pdf"
    pdf.write_bytes(make_pdf(["Sida ett med text", "", "Sida tre med text"]))  # page 2: no text layer
    outcome = attach_documents(demo_db, ITEM, [pdf])
    (u,) = outcome.unsearchable
    assert (u.file, u.pages, u.ocr_missing) == ("Inskannad.pdf", (2,), True)
    assert len(_page_refs(demo_db)) == 3  # the page is there to open; it has no words to find
