"""Rensa allt: every published row, the search index, backups and cached packs go; notes stay if asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from nämndklient.persistence import search_index
from nämndklient.persistence.database import Database, backup_sqlite, open_database
from nämndklient.persistence.models import PERSONAL_TABLES, Base, Note
from nämndklient.services import personal
from nämndklient.services.wipe import backups_of, published_tables, wipe_published

ITEM = "RS:2024-01-26/ekonomisk-rapport"
WORD = "förtroendemannabudget"  # in the plan och budget, searchable in the demo database


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as con:
        return int(con.scalar(text(f'SELECT count(*) FROM "{table}"')) or 0)


def _personal(db: Database) -> None:
    with db.session() as s:
        personal.save_item_note(s, ITEM, "Min egen anteckning om prognosen")
        personal.mark_read(s, ITEM)
        personal.set_flag(s, ITEM, "Hur täcks underskottet?")


def _setup(path: Path, tmp_path: Path) -> tuple[Database, Path, Path]:
    db = open_database(path)
    _personal(db)
    with db.session() as s:
        assert search_index.search(s, WORD)
    bak = backup_sqlite(path, "före-uppgradering-0002_publishing")
    cache = tmp_path / "cache" / "möteshandlingar"
    cache.mkdir(parents=True)
    (cache / "RS_2024-01-26_kallelse.pdf").write_bytes(b"%PDF-1.7 budget")
    return db, bak, cache


def test_published_tables_are_every_published_model_and_no_personal_one() -> None:
    names = set(published_tables())
    assert {"meeting", "agenda_item", "document", "document_version", "kpi", "budget_line", "source_file"} <= names
    assert not names & PERSONAL_TABLES
    assert names | PERSONAL_TABLES == set(Base.metadata.tables)


def test_wipe_keeping_notes_removes_all_published_material_and_keeps_the_members_rows(
        demo_db_path: Path, tmp_path: Path) -> None:
    db, bak, cache = _setup(demo_db_path, tmp_path)
    personal_before = {t: _count(db, t) for t in PERSONAL_TABLES}
    assert personal_before["personal_note"] == 1
    report = wipe_published(db, keep_notes=True, pack_cache=cache)

    assert report.published_rows > 100 and report.personal_rows == 0
    assert all(_count(db, t) == 0 for t in published_tables())
    assert {t: _count(db, t) for t in PERSONAL_TABLES} == personal_before
    with db.session() as s:
        assert search_index.search(s, WORD) == []
        assert [h.ref for h in search_index.search(s, "prognosen")] == ["note:1"]  # the note is still found
        assert s.scalar(select(func.count()).select_from(Note)) == 1
        assert s.scalar(text("SELECT count(*) FROM search_entry WHERE kind != 'note'")) == 0
    assert report.backups == [bak] and not bak.exists() and backups_of(demo_db_path) == []
    assert report.cache_files == 1 and list(cache.iterdir()) == []
    wal = demo_db_path.with_name(demo_db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    db.dispose()
    data = demo_db_path.read_bytes()
    assert WORD.encode() not in data and b"Regionstyrelsen" not in data
    assert b"Min egen anteckning" in data
    again = open_database(demo_db_path)  # still a database of ours, at the current schema
    assert _count(again, "personal_note") == 1
    again.dispose()


def test_wipe_without_notes_empties_the_personal_tables_too(demo_db_path: Path, tmp_path: Path) -> None:
    db, _, cache = _setup(demo_db_path, tmp_path)
    report = wipe_published(db, keep_notes=False, pack_cache=cache)
    assert report.personal_rows == 3
    assert all(_count(db, t) == 0 for t in [*published_tables(), *PERSONAL_TABLES, "search_entry"])
    db.dispose()
    assert b"Min egen anteckning" not in demo_db_path.read_bytes()


def test_the_database_part_is_one_transaction(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, bak, cache = _setup(demo_db_path, tmp_path)
    before = {t: _count(db, t) for t in published_tables()}

    def broken(session, *, keep_kinds=()) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("index failed after the tables were emptied")

    monkeypatch.setattr(search_index, "clear", broken)
    with pytest.raises(RuntimeError):
        wipe_published(db, keep_notes=True, pack_cache=cache)
    assert {t: _count(db, t) for t in published_tables()} == before  # rolled back: nothing went
    assert bak.exists() and any(cache.iterdir())  # files are touched only after the commit
    db.dispose()


def test_the_app_can_be_filled_again_after_a_wipe(demo_db_path: Path, tmp_path: Path) -> None:
    from nämndklient.services.importing import import_seed_documents

    db, _, cache = _setup(demo_db_path, tmp_path)
    wipe_published(db, keep_notes=True, pack_cache=cache)
    import_seed_documents(db)
    with db.session() as s:
        assert search_index.search(s, WORD)
        assert personal.main_note(s, ITEM) == "Min egen anteckning om prognosen"
    db.dispose()
