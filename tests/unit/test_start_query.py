"""The quick start query (plain sqlite3) gives exactly what the ORM service gives the start view."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nämndklient.persistence import start_query
from nämndklient.services import personal, reading
from nämndklient.services.attachments import attach_files
from tests.helpers.pdfs import make_pdf
from tests.helpers.reading_state import read_flag_and_change

DAYS = (dt.date(2020, 1, 1), dt.date(2024, 3, 1), dt.date(2024, 11, 6), dt.date(2024, 12, 11), dt.date(2030, 1, 1))


def _agree(db, path: Path, bodies_sets: list[tuple[str, ...]]) -> int:  # type: ignore[no-untyped-def]
    """Compare every start list and summary list; the number of meetings compared."""
    con = start_query.open_read_only(path)
    assert con is not None
    compared = 0
    try:
        with db.session() as s:
            for bodies in bodies_sets:
                for day in DAYS:
                    for limit in (1, 6):
                        assert start_query.start_list(con, day, bodies, limit) == reading.start_list(s, day, bodies, limit)
                for kwargs in ({}, {"newest_first": True}, {"since": DAYS[2], "limit": 3}):
                    quick = start_query.meeting_summaries(con, bodies, **kwargs)  # type: ignore[arg-type]
                    assert quick == reading.meeting_summaries(s, bodies, **kwargs)  # type: ignore[arg-type]
                    compared += len(quick)
    finally:
        con.close()
    return compared


def test_quick_query_matches_the_orm_on_the_demo_with_reads_flags_and_changes(demo_db, demo_db_path: Path,  # type: ignore[no-untyped-def]
                                                                             tmp_path: Path) -> None:
    read_flag_and_change(demo_db, tmp_path)
    with demo_db.session() as s:
        bodies = tuple(code for code, _ in reading.bodies(s))
    assert _agree(demo_db, demo_db_path, [(), bodies[:1], bodies]) > 0
    con = start_query.open_read_only(demo_db_path)
    assert con is not None
    january = next(m for m in start_query.meeting_summaries(con) if m.key == "RS:2024-01-26")
    con.close()
    assert (january.items, january.unread, january.changed, january.flagged) == (5, 3, 1, 1)


def test_quick_query_matches_the_orm_on_generated_material(tmp_path: Path) -> None:
    from nämndklient.bench.large import build_large_database
    from nämndklient.persistence.database import open_database

    path = build_large_database(tmp_path / "large.sqlite", years=2, meetings_per_year=3, items_per_meeting=4,
                                notes=5, attachments=False, kpis=5)
    db = open_database(path)
    try:
        with db.session() as s:
            keys = [i for m in reading.meeting_summaries(s) for i in _item_keys(s, m.key)]
            for key in keys[::3]:
                personal.mark_read(s, key)
            for key in keys[::5]:
                personal.set_flag(s, key, "Fråga")
        pdf = tmp_path / "Bilaga.pdf"
        pdf.write_bytes(make_pdf(["Ändrad"]))
        attach_files(db, keys[0], [pdf])
        assert _agree(db, path, [(), ("RS",), ("HSN", "RUN")]) > 0
        with db.session() as s:
            assert any(m.changed for m in reading.meeting_summaries(s))
    finally:
        db.dispose()


def _item_keys(session, meeting_key: str) -> list[str]:  # type: ignore[no-untyped-def]
    from nämndklient.services import catalog

    return [i.key for i in catalog.find_meeting(session, meeting_key).items]


def test_only_a_plain_database_at_this_schema_gets_the_quick_path(demo_db_path: Path, tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    assert start_query.open_read_only(missing) is None
    assert not missing.exists()  # read-only: never creates the file
    garbage = tmp_path / "encrypted.sqlite"
    garbage.write_bytes(bytes(range(256)) * 64)  # what an encrypted file looks like to sqlite3
    assert start_query.open_read_only(garbage) is None
    older = tmp_path / "older.sqlite"
    older.write_bytes(demo_db_path.read_bytes())
    with sqlite3.connect(older) as con:
        con.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    assert start_query.open_read_only(older) is None
    con = start_query.open_read_only(demo_db_path)
    assert con is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        con.execute("DELETE FROM personal_note")
    con.close()


def _imported_after(module: str) -> bool:
    code = f"import sys, {module}; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ}).stdout
    return out.strip() == "True"


@pytest.mark.parametrize("module", ["nämndklient.persistence.start_query", "nämndklient.gui.models.meetings",
                                    "nämndklient.gui.context", "nämndklient.app"])
def test_the_start_path_does_not_import_sqlalchemy(module: str) -> None:
    assert not _imported_after(module)


def test_the_start_view_does_not_import_sqlalchemy() -> None:
    assert not _imported_after("nämndklient.gui.views.start")
