"""Confidential items expire: content gone from every version and the search index; record and notes stay."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, text

from nämndklient.domain import records as r
from nämndklient.persistence import search_index
from nämndklient.persistence.database import Database, open_database
from nämndklient.persistence.models import AgendaItem, Case, Document, DocumentVersion, ItemDocument, Note
from nämndklient.persistence.writer import Source, store_document, store_meeting
from nämndklient.services import catalog, personal
from nämndklient.services.confidential import expire_due, is_due, run_expiry
from tests.helpers.pack_sample import make_pdf

MARKER = "Kvastfeningsrapporten"  # a word no seed document contains
MEETING_DAY = dt.date(2024, 9, 10)
SECRET = "RS:2024-09-10/personalärende"
LATER = "RS:2024-09-10/upphandling"
PUBLIC = "RS:2024-09-10/budgetuppföljning"
OTHER = "RS:2024-10-15/budgetuppföljning"


def _document(session, key: str, body_text: str, case: Case | None = None, version_text: str = "") -> Document:  # type: ignore[no-untyped-def]
    return store_document(
        session, key=key, kind=r.DocumentKind.ATTACHMENT, title=key.rsplit("/", 1)[-1],
        source=Source(key.rsplit("/", 1)[-1] + ".pdf", "pdf", make_pdf(1, version_text or body_text), "application/pdf"),
        text=body_text, details={"sections": [body_text]}, case=case, date=MEETING_DAY,
        report=r.ImportReport(), page_count=1,
    )


def _attach(item: AgendaItem, doc: Document) -> None:
    item.attachments.append(ItemDocument(document=doc, order=len(item.attachments)))


def build(path: Path) -> Database:
    """One meeting: a confidential item (30 days), one confidential for 400 days, one public; a later meeting."""
    db = open_database(path)
    with db.session() as s:
        meeting = store_meeting(s, r.MeetingRecord("RS", MEETING_DAY, MEETING_DAY, r.MeetingKind.MEETING,
                                                   "Regionstyrelsens sammanträde", (
            r.AgendaItemRecord(1, "Personalärende", "Beslutsärenden", confidential=True),
            r.AgendaItemRecord(2, "Upphandling", "Beslutsärenden", confidential=True),
            r.AgendaItemRecord(3, "Budgetuppföljning", "Information"),
        )), r.ImportReport())
        other = store_meeting(s, r.MeetingRecord("RS", dt.date(2024, 10, 15), dt.date(2024, 10, 15),
                                                 r.MeetingKind.MEETING, "Regionstyrelsens sammanträde", (
            r.AgendaItemRecord(1, "Budgetuppföljning", "Information"),)), r.ImportReport())
        secret, later, public = sorted(meeting.items, key=lambda i: i.order)
        case = Case(key="RS/99/2024", dnr="RS/99/2024", title="Personalärende")
        s.add(case)
        secret.case, secret.confidential_days = case, 30
        later.confidential_days = 400
        ts = _document(s, "tjansteskrivelse:RS/99/2024", f"Tjänsteskrivelse om {MARKER} och dess följder.", case)
        first = _document(s, f"attachment:file:{SECRET}/Utredning", f"{MARKER} version ett")
        s.flush()
        _document(s, f"attachment:file:{SECRET}/Utredning", f"{MARKER} version två")  # a second version
        shared = _document(s, "attachment:file:shared/Sammanställning", f"Sammanställning {MARKER}")
        _attach(secret, first)
        _attach(secret, shared)
        _attach(public, shared)  # also shown by a public item: stays
        _attach(later, _document(s, f"attachment:file:{LATER}/Anbud", "Anbud som ännu är hemliga"))
        _attach(other.items[0], _document(s, f"attachment:file:{OTHER}/Rapport", "Rapport"))
        assert ts.case is case
        personal.save_item_note(s, SECRET, f"Min anteckning: fråga om {MARKER}")
        personal.add_item_note(s, SECRET, "Citat", quote=f"{MARKER} och dess följder")
        personal.mark_read(s, SECRET)
    return db


def _search(db: Database, query: str) -> set[str]:
    with db.session() as s:
        return {h.ref for h in search_index.search(s, query, limit=100)}


def _contents(db: Database, key: str) -> list[tuple[bytes | None, str, dict]]:  # type: ignore[type-arg]
    with db.session() as s:
        doc = s.scalar(select(Document).where(Document.key == key))
        assert doc is not None
        rows = [(v.content, v.text, v.details) for v in s.scalars(
            select(DocumentVersion).where(DocumentVersion.document_id == doc.id))]
        return [(None, doc.text, doc.details), *rows]


def test_due_is_strictly_after_the_last_day_of_confidentiality() -> None:
    assert not is_due(MEETING_DAY, 30, dt.date(2024, 10, 10))
    assert is_due(MEETING_DAY, 30, dt.date(2024, 10, 11))
    assert not is_due(MEETING_DAY, None, dt.date(2099, 1, 1))


def test_nothing_is_removed_before_the_confidentiality_lapses(tmp_path: Path) -> None:
    db = build(tmp_path / "m.sqlite")
    with db.session() as s:
        assert expire_due(s, dt.date(2024, 10, 10)) == []
    assert "note:1" in _search(db, MARKER) and f"document:attachment:file:{SECRET}/Utredning" in _search(db, MARKER)
    assert all(row[1] for row in _contents(db, f"attachment:file:{SECRET}/Utredning"))
    db.dispose()


def test_expiry_removes_content_and_search_entries_and_keeps_record_and_notes(tmp_path: Path) -> None:
    db = build(tmp_path / "m.sqlite")
    with db.session() as s:
        notes_before = [(n.id, n.text, n.quote) for n in s.scalars(select(Note).order_by(Note.id))]
        assert s.scalars(select(Note).where(Note.quote.is_not(None))).one().prefix == "Tjänsteskrivelse om "
        expired = expire_due(s, dt.date(2024, 10, 11))
    assert [(e.key, e.number, e.title, e.dnr, e.expired_on, e.documents) for e in expired] == [
        (SECRET, "1", "Personalärende", "RS/99/2024", dt.date(2024, 10, 11), 2)]
    assert expired[0].lapsed_on == dt.date(2024, 10, 10)

    # Every version of the item's own documents and its case's documents: no bytes, no text, no details.
    for key in (f"attachment:file:{SECRET}/Utredning", "tjansteskrivelse:RS/99/2024"):
        assert _contents(db, key)[1:] and all(row == (None, "", {}) for row in _contents(db, key)), key
    # A document a public item also shows stays, and so does the item that has not lapsed.
    assert all(row[1] for row in _contents(db, "attachment:file:shared/Sammanställning"))
    assert all(row[1] for row in _contents(db, f"attachment:file:{LATER}/Anbud"))

    # Search: the member's notes still find the word; the documents and the item no longer do.
    found = _search(db, MARKER)
    assert found == {"note:1", "note:2", "document:attachment:file:shared/Sammanställning"}
    assert not any(ref.startswith("item:" + SECRET) for ref in _search(db, "Personalärende"))
    with db.session() as s:
        raw = s.scalar(text("SELECT count(*) FROM search_folded WHERE search_folded MATCH 'version'"))
        assert raw == 0

        # The record: number, title, dnr and the day, in the catalogue and the agenda.
        info = next(i for i in catalog.items(s) if i.key == SECRET)
        assert (info.number, info.title, info.dnr, info.state, info.expired_on) == (
            "1", "Personalärende", "RS/99/2024", "expired", dt.date(2024, 10, 11))
        assert next(i for i in catalog.items(s) if i.key == LATER).state == "current"
        assert catalog.item_detail(s, SECRET).item.expired_on == dt.date(2024, 10, 11)
        assert [(n.id, n.text, n.quote) for n in s.scalars(select(Note).order_by(Note.id))] == notes_before
        quoted = s.scalars(select(Note).where(Note.quote.is_not(None))).one()
        assert (quoted.prefix, quoted.suffix, quoted.orphaned) == (None, None, True)  # the document's words go
        assert catalog.document_content(s, f"attachment:file:{SECRET}/Utredning") is None
    db.dispose()


def test_expiry_is_idempotent_and_catches_content_a_reimport_brought_back(tmp_path: Path) -> None:
    db = build(tmp_path / "m.sqlite")
    today = dt.date(2024, 10, 11)
    with db.session() as s:
        assert len(expire_due(s, today)) == 1
    with db.session() as s:
        assert expire_due(s, today + dt.timedelta(days=1)) == []
        item = s.scalar(select(AgendaItem).where(AgendaItem.key == SECRET))
        assert item is not None and item.expired_at == today  # the first day is kept
        # A revised document arrives for the expired item (a package imported again).
        _document(s, f"attachment:file:{SECRET}/Utredning", f"{MARKER} version tre")
    assert f"document:attachment:file:{SECRET}/Utredning" in _search(db, MARKER)
    with db.session() as s:
        assert expire_due(s, today + dt.timedelta(days=2)) == []  # not reported again…
    assert all(row == (None, "", {}) for row in _contents(db, f"attachment:file:{SECRET}/Utredning"))  # …but cleared
    assert f"document:attachment:file:{SECRET}/Utredning" not in _search(db, MARKER)
    db.dispose()


def test_run_expiry_truncates_the_wal_and_empties_the_pack_cache(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    db = build(path)
    cache = tmp_path / "cache"
    (cache / "sub").mkdir(parents=True)
    (cache / "RS_2024-09-10_kallelse.pdf").write_bytes(MARKER.encode())
    (cache / "sub" / "x.pdf").write_bytes(b"x")
    assert run_expiry(db, dt.date(2024, 10, 10), pack_cache=cache) == []
    assert (cache / "RS_2024-09-10_kallelse.pdf").exists()  # nothing expired: nothing to clear
    assert len(run_expiry(db, dt.date(2024, 10, 11), pack_cache=cache)) == 1
    assert list(cache.iterdir()) == []
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    db.dispose()
    # Nothing of the removed text is left in the file's free pages or index segments.
    data = path.read_bytes()
    assert b"version ett" not in data and "version två".encode() not in data
    assert "Tjänsteskrivelse om".encode() not in data
