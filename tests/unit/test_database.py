"""Opening the database: migrations, backups, and every file we must refuse without touching it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from nämndklient.persistence import database as database_module
from nämndklient.persistence.database import DatabaseError, DatabaseTooNew, DiskFull, open_database
from nämndklient.persistence.migrations import HEAD, KNOWN_REVISIONS
from nämndklient.persistence.models import Base
from tests.helpers.files import digest, digest_tree


def test_new_database_is_created_at_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "new.sqlite")
    assert db.created
    with db.engine.connect() as con:
        assert con.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
        assert con.scalar(text("PRAGMA journal_mode")) == "wal"
        assert con.scalar(text("PRAGMA foreign_keys")) == 1
    db.dispose()
    again = open_database(tmp_path / "sub" / "new.sqlite")
    assert not again.created
    again.dispose()


def test_migrations_create_exactly_the_models_tables_and_columns(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(tmp_path / "m.sqlite")
    with db.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), Base.metadata)
        tables = set(inspect(con).get_table_names())
    db.dispose()
    # The search index is created by the migration and has no model: the only allowed difference.
    def search_index_only(d: tuple) -> bool:  # type: ignore[type-arg]
        obj = d[1]
        table = getattr(obj, "table", obj)
        return d[0] in ("remove_table", "remove_index") and table.name.startswith("search_")

    assert [d for d in diff if not search_index_only(d)] == []
    assert set(Base.metadata.tables) <= tables


def test_known_revisions_match_the_migration_scripts() -> None:
    versions = Path(database_module.__file__).parent / "migrations" / "versions"
    scripts = sorted(p.stem for p in versions.glob("*.py") if not p.name.startswith("_"))
    assert scripts == sorted(KNOWN_REVISIONS)
    assert KNOWN_REVISIONS[-1] == HEAD


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = digest_tree(path)
    with pytest.raises(DatabaseTooNew, match="nyare version"):
        open_database(path)
    assert digest_tree(path) == before


@pytest.mark.parametrize(
    "content",
    [b"Det h\xc3\xa4r \xc3\xa4r ett brev, ingen databas.\n", b"%PDF-1.7\n" + b"\x00" * 100, b"SQLite format 3"],
    ids=["text", "pdf", "truncated-header"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not-a-db.sqlite"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(DatabaseError, match=r"inte en databas|kan inte läsas"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-db.sqlite"]


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="inte Nämndklients"):
        open_database(path)
    assert digest(path) == before


@contextlib.contextmanager
def read_only_dir(path: Path) -> Iterator[Path]:
    """A truly read-only folder: a read-only bind mount as root (who ignores permissions), else chmod."""
    if os.geteuid() == 0:
        view = path.with_name(path.name + "-ro")
        view.mkdir()
        try:
            subprocess.run(["mount", "--bind", str(path), str(view)], check=True, capture_output=True)
            subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            pytest.skip(f"kan inte skapa en skrivskyddad montering här: {exc}")
        try:
            yield view
        finally:
            subprocess.run(["umount", str(view)], check=False)
    else:
        path.chmod(0o555)
        try:
            yield path
        finally:
            path.chmod(0o755)


def test_a_database_in_a_read_only_location_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    db = open_database(folder / "db.sqlite")
    db.dispose()
    con = sqlite3.connect(folder / "db.sqlite")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = digest_tree(folder / "db.sqlite")
    with read_only_dir(folder) as ro:
        with pytest.raises(DatabaseError, match="skrivskyddad"):
            open_database(ro / "db.sqlite")
        with pytest.raises(DatabaseError, match="skrivskyddad"):
            open_database(ro / "new.sqlite")
    assert digest_tree(folder / "db.sqlite") == before


def test_a_full_disk_gives_a_clear_error_and_rolls_back(demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nämndklient.services.personal import save_item_note

    db = open_database(demo_db_path)
    with db.session() as s:
        pages = s.scalar(text("PRAGMA page_count"))
    db.dispose()
    monkeypatch.setattr(database_module, "extra_pragmas", [f"PRAGMA max_page_count={pages}"])
    db = open_database(demo_db_path)
    with pytest.raises(DiskFull, match="Disken är full"), db.session() as s:
        save_item_note(s, "RS:2024-01-26/ekonomisk-rapport", "x" * 200_000)
    with db.session() as s:
        assert s.scalar(text("SELECT count(*) FROM personal_note")) == 0
    db.dispose()


def test_an_older_database_is_backed_up_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0000_older'")
    con.commit()
    con.close()
    monkeypatch.setattr(database_module, "KNOWN_REVISIONS", ("0000_older", *KNOWN_REVISIONS))
    monkeypatch.setattr(database_module, "_upgrade", lambda engine: _stamp_head(engine))
    db = open_database(path)
    assert db.backup is not None and db.backup.exists()
    backup = sqlite3.connect(db.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000_older",)
    backup.close()
    with db.engine.connect() as con2:
        assert con2.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
    db.dispose()


def _stamp_head(engine: object) -> None:
    with engine.begin() as con:  # type: ignore[attr-defined]
        con.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": HEAD})
