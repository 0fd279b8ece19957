"""The member's notes, read marks and flags survive every re-import, revision and migration."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import Flag, Note, ReadMark
from nämndklient.persistence.writer import PersonalDataTouched, guard_personal
from nämndklient.services import catalog, personal
from nämndklient.services.importing import import_paths
from tests.conftest import SEEDS

ITEM = "RS:2024-01-26/ekonomisk-rapport"


def personal_rows(db) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    with db.session() as s:
        notes = [(n.target_key, n.text, n.quote) for n in s.scalars(select(Note).order_by(Note.id))]
        reads = [(r.target_key, r.fingerprint) for r in s.scalars(select(ReadMark))]
        flags = [(f.target_key, f.question) for f in s.scalars(select(Flag))]
    return [notes, reads, flags]


def make_personal(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        personal.save_item_note(s, ITEM, "Fråga om prognosen för HSN.")
        personal.add_item_note(s, ITEM, "Stämmer siffran?", quote="−973 miljoner kronor")
        personal.mark_read(s, ITEM)
        personal.set_flag(s, ITEM, "Hur ska underskottet hanteras?")


def test_reimporting_the_same_documents_changes_nothing(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_personal(demo_db)
    before = personal_rows(demo_db)
    with demo_db.session() as s:
        meetings_before = catalog.meetings(s)
    outcome = import_paths(demo_db, sorted(SEEDS.glob("*.txt")))
    assert outcome.report.created == {} and outcome.report.updated == {}
    assert outcome.report.unchanged == 5
    assert personal_rows(demo_db) == before
    with demo_db.session() as s:
        assert catalog.meetings(s) == meetings_before


def test_a_revised_document_becomes_a_new_version_and_notes_stay(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_personal(demo_db)
    before = personal_rows(demo_db)
    revised = tmp_path / "001_cfd44e3ece793d5a.txt"
    text = (SEEDS / revised.name).read_text(encoding="utf-8")
    revised.write_text(text.replace("Chef Läkemedelsenheten", "Läkemedelschef"), encoding="utf-8")
    outcome = import_paths(demo_db, [revised])
    assert outcome.report.updated.get("dokument") == 1
    assert personal_rows(demo_db) == before
    with demo_db.session() as s:
        doc = catalog.document(s, "plan_och_budget:RS/595/2023")
        assert doc is not None and doc.version == 2
        old = catalog.document_content(s, doc.key, version=1)
        assert old is not None and "Chef Läkemedelsenheten".encode() in old
        item = catalog.item_detail(s, "RS:2024-01-26/läkemedel").item
        assert "Läkemedelschef" in item.presenters


def test_an_item_dropped_from_a_revision_is_marked_withdrawn_and_keeps_its_notes(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_personal(demo_db)
    revised = tmp_path / "001_cfd44e3ece793d5a.txt"
    text = (SEEDS / revised.name).read_text(encoding="utf-8")
    revised.write_text(text.replace("<li>• Ekonomisk rapport</li> <li>• Läkemedel</li>", "<li>• Läkemedel</li>", 1),
                       encoding="utf-8")
    import_paths(demo_db, [revised])
    with demo_db.session() as s:
        meeting = catalog.find_meeting(s, "RS:2024-01-26")
        dropped = next(i for i in meeting.items if i.key == ITEM)
        assert dropped.withdrawn and dropped.state == "withdrawn" and dropped.notes == 2
        assert next(i.title for i in meeting.items if not i.withdrawn) == "Läkemedel"


def test_migrating_on_open_keeps_personal_data(demo_db_path: Path, tmp_path: Path) -> None:
    db = open_database(demo_db_path)
    make_personal(db)
    before = personal_rows(db)
    db.dispose()
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_db_path, copy)
    again = open_database(copy)
    assert personal_rows(again) == before
    again.dispose()


def test_an_import_session_may_not_touch_personal_rows(demo_db) -> None:  # type: ignore[no-untyped-def]
    make_personal(demo_db)
    with pytest.raises(PersonalDataTouched), demo_db.session() as s:
        guard_personal(s)
        s.scalars(select(Note)).first().text = "overwritten"  # type: ignore[union-attr]
    with pytest.raises(PersonalDataTouched), demo_db.session() as s:
        guard_personal(s)
        s.delete(s.scalars(select(Flag)).first())
    assert personal_rows(demo_db)[0][0][1] == "Fråga om prognosen för HSN."


def test_personal_tables_have_no_foreign_keys_to_published_rows() -> None:
    from nämndklient.persistence.models import PERSONAL_TABLES, Base

    for name in PERSONAL_TABLES:
        assert not Base.metadata.tables[name].foreign_keys, name


def test_read_state_shows_a_change_since_reading(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.services.attachments import attach_files
    from tests.helpers.pdfs import make_pdf

    with demo_db.session() as s:
        personal.mark_read(s, ITEM)
        assert catalog.item_detail(s, ITEM).item.state == "current"
    pdf = tmp_path / "Bilaga_ekonomi.pdf"
    pdf.write_bytes(make_pdf(["Ekonomisk rapport januari"]))
    attach_files(demo_db, ITEM, [pdf])
    with demo_db.session() as s:
        info = catalog.item_detail(s, ITEM)
        assert info.item.state == "changed" and info.item.read
        assert [a.page_count for a in info.attachments] == [1]


def test_one_case_on_two_agenda_points_gives_two_items(empty_db) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from nämndklient.domain.records import AgendaItemRecord, ImportReport, MeetingKind, MeetingRecord
    from nämndklient.persistence.writer import store_meeting

    record = MeetingRecord("RS", dt.date(2024, 2, 1), dt.date(2024, 2, 1), MeetingKind.MEETING, "Sammanträde", (
        AgendaItemRecord(1, "Budget 2025: information", "Informationsärenden", dnr="RS/7/2024"),
        AgendaItemRecord(2, "Budget 2025: beslut", "Beslutsärenden", dnr="RS/7/2024"),
    ))
    for _ in range(2):  # and importing it again changes nothing
        with empty_db.session() as s:
            store_meeting(s, record, ImportReport())
    with empty_db.session() as s:
        items = catalog.find_meeting(s, "RS:2024-02-01").items
    assert [(i.key, i.title, i.withdrawn) for i in items] == [
        ("RS:2024-02-01/RS/7/2024", "Budget 2025: information", False),
        ("RS:2024-02-01/RS/7/2024#2", "Budget 2025: beslut", False),
    ]


def test_the_expiry_migration_keeps_personal_data_and_backs_up_first(demo_db_path: Path) -> None:
    """0002 -> 0003 adds `agenda_item.expired_at`; notes, read marks and flags come through unchanged."""
    from alembic import command
    from sqlalchemy import inspect, text

    from nämndklient.persistence.migrations import HEAD
    from nämndklient.persistence.migrations.runner import alembic_config

    db = open_database(demo_db_path)
    make_personal(db)
    before = personal_rows(db)
    cfg = alembic_config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0002_publishing")
    with db.engine.connect() as con:
        assert "expired_at" not in {c["name"] for c in inspect(con).get_columns("agenda_item")}
    db.dispose()

    again = open_database(demo_db_path)
    assert again.backup is not None and "0002_publishing" in again.backup.name
    with again.engine.connect() as con:
        assert con.scalar(text("SELECT version_num FROM alembic_version")) == HEAD  # 0003, and any later
        assert con.scalar(text("SELECT count(*) FROM agenda_item WHERE expired_at IS NOT NULL")) == 0
    assert personal_rows(again) == before
    again.dispose()
