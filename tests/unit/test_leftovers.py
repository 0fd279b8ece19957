"""What killed or failed work leaves beside the database: cleaned at start when it is ours and redundant,
never a file that could be the only copy, and a -wal never deleted silently."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from nämndklient.cli.main import main
from nämndklient.persistence import database as database_module
from nämndklient.persistence import recovery
from nämndklient.persistence.database import DatabaseDamaged, DatabaseError, backup_sqlite, open_database
from nämndklient.persistence.migrations import HEAD, KNOWN_REVISIONS
from tests.helpers.files import digest, digest_tree


def names(folder: Path) -> list[str]:
    """The files, without SQLite's own -wal/-shm (a connection's, not a leftover of ours)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def test_a_killed_rekey_or_backup_leaves_temporary_files_that_the_next_start_removes(demo_db_path: Path) -> None:
    folder = demo_db_path.parent
    backup = backup_sqlite(demo_db_path, "manuell")
    ours = [recovery.temp_for(demo_db_path), recovery.temp_for(backup),
            folder / "demo.sqlite.före-kryptering-20240101-000000-000001.tmp",  # a killed backup_sqlite
            folder / "demo.sqlite.omkryptering.tmp-journal", folder / "demo.sqlite.omkryptering.json.tmp"]
    for f in ours:
        shutil.copyfile(demo_db_path, f)
    not_ours = [folder / "anteckningar.tmp", folder / "other.sqlite.omkryptering.tmp"]
    for f in not_ours:
        f.write_text("someone else's")
    open_database(demo_db_path).dispose()
    assert names(folder) == sorted(["demo.sqlite", backup.name] + [f.name for f in not_ours])


def test_a_conversion_copy_beside_a_missing_database_is_never_removed(demo_db_path: Path) -> None:
    copy = recovery.temp_for(demo_db_path)
    shutil.copyfile(demo_db_path, copy)
    demo_db_path.unlink()  # the only copy of the member's database is now the temporary file
    with pytest.raises(DatabaseError, match="enda kopian"):
        open_database(demo_db_path)
    assert names(demo_db_path.parent) == [copy.name]


def _older(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0000_older'")
    con.commit()
    con.close()


def test_a_failed_migration_leaves_no_stray_backup(demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _older(demo_db_path)
    monkeypatch.setattr(database_module, "KNOWN_REVISIONS", ("0000_older", *KNOWN_REVISIONS))

    def failing(engine: Engine) -> None:
        with engine.begin() as con:
            con.execute(text("UPDATE alembic_version SET version_num = 'halvvägs'"))
            raise RuntimeError("migreringen föll")

    monkeypatch.setattr(database_module, "_upgrade", failing)
    before = sorted(p.name for p in demo_db_path.parent.iterdir())
    with pytest.raises(RuntimeError):
        open_database(demo_db_path)
    assert names(demo_db_path.parent) == before  # rolled back, and its now useless copy removed
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000_older",)
    con.close()


def test_a_killed_migrations_backup_is_replaced_by_the_next_attempts(
        demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _older(demo_db_path)
    monkeypatch.setattr(database_module, "KNOWN_REVISIONS", ("0000_older", *KNOWN_REVISIONS))
    stray = backup_sqlite(demo_db_path, "före-uppgradering-0000_older")  # the killed attempt's copy
    keep = backup_sqlite(demo_db_path, "före-uppgradering-0001_initial")  # another upgrade's: kept

    def upgrade(engine: Engine) -> None:
        with engine.begin() as con:
            con.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": HEAD})

    monkeypatch.setattr(database_module, "_upgrade", upgrade)
    db = open_database(demo_db_path)
    assert db.backup is not None and db.backup != stray
    db.dispose()
    baks = sorted(demo_db_path.parent.glob("*.bak"))
    assert baks == sorted([db.backup, keep]) and not stray.exists()


def test_a_wal_beside_an_empty_database_is_reported_and_left_alone(
        tmp_path: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tom.sqlite"
    path.write_bytes(b"")
    wal = tmp_path / "tom.sqlite-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28 + demo_db_path.read_bytes()[:4096])
    before = digest_tree(path)
    with pytest.raises(DatabaseDamaged, match="ofullständig eller skadad"):
        open_database(path)
    assert main(["--db", str(path), "list", "meetings"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "tom.sqlite-wal" in err and "ingenting ändrades" in err
    assert digest_tree(path) == before and digest(wal) == before["tom.sqlite-wal"]


def test_an_empty_wal_beside_an_empty_database_holds_nothing_and_a_new_database_is_made(tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite"
    path.write_bytes(b"")
    (tmp_path / "ny.sqlite-wal").write_bytes(b"")
    db = open_database(path)
    assert db.created
    db.dispose()


def test_a_decryption_killed_after_its_commit_is_finished_before_the_file_is_judged(
        demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_kdf: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    from nämndklient.persistence import cipher
    from nämndklient.services.encryption import decrypt_database, encrypt_database

    key = encrypt_database(demo_db_path, "en lösenfras här").key
    assert key is not None
    with monkeypatch.context() as m:
        m.setattr(recovery, "roll_forward", lambda db: False)  # killed right after the journal was written
        decrypt_database(demo_db_path, key)
    assert recovery.journal_path(demo_db_path).exists() and cipher.is_encrypted(demo_db_path)
    (tmp_path / "pass").write_text("en lösenfras här")
    monkeypatch.setenv("NAMNDKLIENT_PASSPHRASE_FILE", str(tmp_path / "pass"))
    assert main(["--db", str(demo_db_path), "list", "meetings", "--format", "json"]) == 0
    assert '"key": "RS:2024-01-26"' in capsys.readouterr().out
    assert not cipher.is_encrypted(demo_db_path) and not recovery.journal_path(demo_db_path).exists()
