"""Encryption at rest: keys, encrypted databases, conversions, and the refusals that leave files untouched."""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from nämndklient.persistence import cipher
from nämndklient.persistence import database as database_module
from nämndklient.persistence.cipher import DatabaseKey, derive_key, new_key
from nämndklient.persistence.database import (
    DatabaseDamaged,
    DatabaseError,
    PassphraseRequired,
    WrongPassphrase,
    backup_sqlite,
    open_database,
)
from nämndklient.persistence.migrations import HEAD, KNOWN_REVISIONS
from nämndklient.persistence.search_index import search
from nämndklient.services import encryption
from nämndklient.services.encryption import (
    Throttle,
    change_passphrase,
    decrypt_database,
    encrypt_database,
    verify_passphrase,
)
from nämndklient.services.personal import flag_question, main_note, mark_read, save_item_note, set_flag
from tests.helpers.files import digest, digest_tree

ITEM = "RS:2024-01-26/ekonomisk-rapport"
PASS = "korrekt häst batteri häftklammer"
MARKER = "HEMLIGMARKÖR7f3a9c"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at the real cost takes 0.4 s a call; the tests check the parameters once, below."""
    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)


def personalise(db: database_module.Database) -> None:
    with db.session() as s:
        save_item_note(s, ITEM, "Min anteckning om likviditeten")
        mark_read(s, ITEM)
        set_flag(s, ITEM, "Varför ökar kostnaderna?")


def assert_personal_data(db: database_module.Database) -> None:
    with db.session() as s:
        assert main_note(s, ITEM) == "Min anteckning om likviditeten"
        assert flag_question(s, ITEM) == "Varför ökar kostnaderna?"
        assert s.scalar(text("SELECT count(*) FROM personal_read_mark")) >= 1
        assert search(s, "likviditeten")


def checkpoint(db: database_module.Database) -> None:
    with db.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- keys ---------------------------------------------------------------------------------------


def test_the_key_never_shows_itself() -> None:
    key = new_key(PASS)
    secret = key.pragma_value()[2:66]
    assert secret not in repr(key) and secret not in str(key) and secret not in f"{key!r} {[key]}"
    with pytest.raises(TypeError):
        pickle.dumps(key)
    assert DatabaseKey.from_text(key.to_text()) == key
    assert derive_key(PASS, key.salt) == key
    assert derive_key(PASS + "x", key.salt) != key
    assert derive_key(PASS, os.urandom(16)) != key
    with pytest.raises(ValueError):
        derive_key("", key.salt)


def test_the_real_kdf_is_scrypt_with_owasp_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cipher, "SCRYPT_N", 2**17)
    salt = bytes(range(16))
    expected = hashlib.scrypt("å".encode(), salt=salt, n=2**17, r=8, p=1, maxmem=256 * 2**20, dklen=32)
    assert derive_key("å", salt) == DatabaseKey(expected, salt)
    assert derive_key("a\u030a", salt) == DatabaseKey(expected, salt)  # å typed as a + ring: same key


def test_is_encrypted_tells_files_apart(tmp_path: Path, demo_db_path: Path) -> None:
    (tmp_path / "letter.txt").write_bytes(b"Hej! " * 4096)  # whole pages, but not random
    (tmp_path / "random.bin").write_bytes(os.urandom(3 * 4096))
    (tmp_path / "short.bin").write_bytes(os.urandom(4000))
    db = open_database(tmp_path / "enc.sqlite", key=new_key(PASS))
    db.dispose()
    assert cipher.is_encrypted(tmp_path / "enc.sqlite")
    assert cipher.is_encrypted(tmp_path / "random.bin")  # cannot be told apart without the key: said so
    assert not cipher.is_encrypted(demo_db_path)
    assert not cipher.is_encrypted(tmp_path / "letter.txt")
    assert not cipher.is_encrypted(tmp_path / "short.bin")
    assert not cipher.is_encrypted(tmp_path / "missing.sqlite")


# --- opening encrypted databases ---------------------------------------------------------------


def test_a_new_encrypted_database_has_the_usual_pragmas_and_no_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "enc.sqlite"
    key = new_key(PASS)
    db = open_database(path, key=key)
    assert db.created and db.encrypted
    with db.engine.connect() as con:
        assert con.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
        assert con.scalar(text("PRAGMA journal_mode")) == "wal"
        assert con.scalar(text("PRAGMA foreign_keys")) == 1
        assert con.scalar(text("PRAGMA secure_delete")) == 1
    db.dispose()
    assert path.read_bytes()[:16] == key.salt  # the salt travels in the file: no sidecar
    again = open_database(path, key=derive_key(PASS, cipher.read_salt(path)))
    assert not again.created and again.key == key
    again.dispose()


def test_plaintext_connections_get_secure_delete_too(tmp_path: Path) -> None:
    db = open_database(tmp_path / "plain.sqlite")
    with db.engine.connect() as con:
        assert con.scalar(text("PRAGMA secure_delete")) == 1
    db.dispose()


def test_marker_text_never_reaches_the_disk_in_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "enc.sqlite"
    db = open_database(path, key=new_key(PASS))
    with db.session() as s:
        s.execute(text("INSERT INTO search_entry(ref, kind, title, body) VALUES ('document:x', 'document', :t, :b)"),
                  {"t": "Sekretessärende", "b": f"Innehåll {MARKER} hemligt"})
    with db.session() as s:  # found through the encrypted index
        assert [h.ref for h in search(s, MARKER)] == ["document:x"]
    files = sorted(p for p in tmp_path.iterdir() if p.name.startswith("enc.sqlite"))
    assert _sidecar_names(files) >= {"enc.sqlite", "enc.sqlite-wal"}  # read while the WAL holds the text
    for f in files:
        raw = f.read_bytes()
        assert MARKER.encode() not in raw and MARKER.encode("utf-16-le") not in raw, f.name
    db.dispose()
    assert MARKER.encode() not in path.read_bytes()


def _sidecar_names(files: list[Path]) -> set[str]:
    return {f.name for f in files}


def test_no_key_wrong_key_and_right_key(tmp_path: Path) -> None:
    path = tmp_path / "enc.sqlite"
    db = open_database(path, key=new_key(PASS))
    db.dispose()
    before = digest_tree(path)
    with pytest.raises(PassphraseRequired, match="krypterad"):
        open_database(path)
    with pytest.raises(WrongPassphrase, match="Lösenfrasen stämmer inte"):
        open_database(path, key=derive_key("fel lösenfras", cipher.read_salt(path)))
    with pytest.raises(WrongPassphrase):  # a key for another file (another salt)
        open_database(path, key=new_key(PASS))
    assert digest_tree(path) == before
    open_database(path, key=derive_key(PASS, cipher.read_salt(path))).dispose()


def test_a_file_of_random_pages_is_called_encrypted_honestly(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite"
    path.write_bytes(os.urandom(2 * 4096))
    before = digest(path)
    with pytest.raises(PassphraseRequired, match="inte går att skilja från en krypterad"):
        open_database(path)
    with pytest.raises(WrongPassphrase):
        open_database(path, key=derive_key(PASS, cipher.read_salt(path)))
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["noise.sqlite"]


def test_a_damaged_encrypted_database_names_the_newest_backup(demo_db_path: Path) -> None:
    conv = encrypt_database(demo_db_path, PASS)
    key = conv.key
    assert key is not None
    older = backup_sqlite(demo_db_path, "manuell", key=key)
    raw = bytearray(demo_db_path.read_bytes())
    raw[200:260] = os.urandom(60)  # inside page 1, past the salt
    demo_db_path.write_bytes(raw)
    before = digest(demo_db_path)
    with pytest.raises(DatabaseDamaged, match="skadad") as exc:
        open_database(demo_db_path, key=key)
    assert exc.value.backup == older and str(older) in str(exc.value)
    with pytest.raises(WrongPassphrase):  # with a wrong key every page fails: not called damage
        open_database(demo_db_path, key=derive_key("fel lösenfras", key.salt))
    assert digest(demo_db_path) == before
    restored = open_database(older, key=key)  # the named backup opens with the same passphrase
    assert_personal_data_or_content(restored)
    restored.dispose()


def assert_personal_data_or_content(db: database_module.Database) -> None:
    with db.session() as s:
        assert s.scalar(text("SELECT count(*) FROM agenda_item")) > 0


def test_damage_past_the_first_page_is_reported_when_read(demo_db_path: Path) -> None:
    key = encrypt_database(demo_db_path, PASS).key
    size = demo_db_path.stat().st_size
    raw = bytearray(demo_db_path.read_bytes())
    for page in range(1, size // 4096):
        raw[page * 4096 + 100: page * 4096 + 110] = b"\x00" * 10
    demo_db_path.write_bytes(raw)
    with pytest.raises(DatabaseDamaged, match="skadad"):
        db = open_database(demo_db_path, key=key)
        try:
            with db.session() as s:
                s.execute(text("SELECT count(*) FROM document WHERE text LIKE '%a%'")).all()
        finally:
            db.dispose()


def test_an_encrypted_database_is_backed_up_encrypted_before_an_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    key = new_key(PASS)
    db = open_database(path, key=key)
    with db.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0000_older'"))
    db.dispose()
    monkeypatch.setattr(database_module, "KNOWN_REVISIONS", ("0000_older", *KNOWN_REVISIONS))
    monkeypatch.setattr(database_module, "_upgrade", lambda engine: None)
    db = open_database(path, key=key)
    assert db.backup is not None
    assert cipher.is_encrypted(db.backup) and db.backup.read_bytes()[:16] == key.salt
    con = cipher.connect(db.backup, key)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000_older",)
    con.close()
    db.dispose()
    with pytest.raises(PassphraseRequired):
        backup_sqlite(path, "utan-nyckel")


# --- conversions --------------------------------------------------------------------------------


def test_encrypt_keeps_everything_and_leaves_no_plaintext_copy(demo_db_path: Path) -> None:
    db = open_database(demo_db_path)
    personalise(db)
    with db.session() as s:
        s.execute(text("UPDATE document SET text = text || :m WHERE id = (SELECT min(id) FROM document)"),
                  {"m": f" {MARKER}"})
        s.execute(text("INSERT INTO search_entry(ref, kind, title, body) VALUES ('document:x', 'document', 'x', :b)"),
                  {"b": f"Innehåll {MARKER}"})
    db.dispose()
    upgrade_backup = backup_sqlite(demo_db_path, "före-uppgradering-0001")  # an older plaintext copy
    assert MARKER.encode() in upgrade_backup.read_bytes()

    progress: list[str] = []
    conv = encrypt_database(demo_db_path, PASS, progress=progress.append)
    assert conv.key is not None and progress and conv.rows > 100
    assert cipher.is_encrypted(demo_db_path) and cipher.is_encrypted(conv.backup)
    assert conv.rekeyed_backups == (upgrade_backup,)
    for f in demo_db_path.parent.iterdir():
        assert MARKER.encode() not in f.read_bytes(), f.name
    assert not [p for p in demo_db_path.parent.iterdir() if p.suffix == ".tmp"]

    db = open_database(demo_db_path, key=derive_key(PASS, cipher.read_salt(demo_db_path)))
    assert_personal_data(db)
    with db.session() as s:
        assert [h.kind for h in search(s, MARKER)] == ["document"]
    db.dispose()
    backup = open_database(conv.backup, key=conv.key, migrate=False)
    assert_personal_data(backup)
    backup.dispose()


def test_encrypting_twice_or_a_weak_passphrase_is_refused(demo_db_path: Path) -> None:
    with pytest.raises(ValueError, match="minst 8 tecken"):
        encrypt_database(demo_db_path, "kort")
    assert not cipher.is_encrypted(demo_db_path)
    encrypt_database(demo_db_path, PASS)
    before = digest(demo_db_path)
    with pytest.raises(DatabaseError, match="redan krypterad"):
        encrypt_database(demo_db_path, PASS)
    assert digest(demo_db_path) == before


def test_decrypt_and_change_passphrase_round_trip(demo_db_path: Path) -> None:
    db = open_database(demo_db_path)
    personalise(db)
    db.dispose()
    key = encrypt_database(demo_db_path, PASS).key
    assert key is not None

    before = digest(demo_db_path)
    with pytest.raises(WrongPassphrase):
        change_passphrase(demo_db_path, derive_key("inte rätt alls", key.salt), "en helt ny lösenfras")
    assert digest(demo_db_path) == before

    conv = change_passphrase(demo_db_path, key, "en helt ny lösenfras")
    new = conv.key
    assert new is not None and new.salt != key.salt
    with pytest.raises(WrongPassphrase):
        open_database(demo_db_path, key=derive_key(PASS, cipher.read_salt(demo_db_path)))
    backups = sorted(demo_db_path.parent.glob("demo.sqlite.*.bak"))
    assert len(backups) == 2 and set(conv.rekeyed_backups) | {conv.backup} == set(backups)
    assert conv.removed_backups == ()
    for b in backups:  # one passphrase opens the database and all its backups; the old one opens none
        assert cipher.read_salt(b) == new.salt
    db = open_database(demo_db_path, key=derive_key("en helt ny lösenfras", cipher.read_salt(demo_db_path)))
    assert_personal_data(db)
    db.dispose()

    plain = decrypt_database(demo_db_path, new)
    assert plain.key is None and not cipher.is_encrypted(demo_db_path)
    assert cipher.is_encrypted(plain.backup)  # the copy taken before decrypting stays encrypted
    db = open_database(demo_db_path)
    assert not db.encrypted
    assert_personal_data(db)
    db.dispose()
    con = sqlite3.connect(demo_db_path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_a_failed_check_leaves_the_original_as_it_was(demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(demo_db_path)

    def broken_verify(src: object, dst: Path, key: object) -> int:
        raise DatabaseError(f"{dst}: tabellen x har 0 rader i stället för 1; originalet är orört.")

    monkeypatch.setattr(encryption, "_verify", broken_verify)
    with pytest.raises(DatabaseError, match="originalet är orört"):
        encrypt_database(demo_db_path, PASS)
    assert digest(demo_db_path) == before
    assert sorted(p.name for p in demo_db_path.parent.iterdir() if p.name.startswith("demo")) == ["demo.sqlite"]


# --- the lock screen's check --------------------------------------------------------------------


def test_verify_passphrase_and_the_growing_delay(demo_db_path: Path) -> None:
    key = encrypt_database(demo_db_path, PASS).key
    slept: list[float] = []
    now = [100.0]
    throttle = Throttle(base=1.0, cap=4.0, sleep=slept.append, clock=lambda: now[0])
    db = open_database(demo_db_path, key=key)
    assert verify_passphrase(db, PASS, throttle=throttle)
    assert slept == []
    for _ in range(4):
        assert not verify_passphrase(db, "fel", throttle=throttle)
    assert slept == [1.0, 2.0, 4.0, 4.0]
    assert throttle.remaining() == 4.0
    now[0] += 1.5
    assert throttle.remaining() == 2.5
    assert verify_passphrase(db, PASS, throttle=throttle) and throttle.delay() == 0.0
    assert not verify_passphrase(db, "", throttle=throttle)
    db.dispose()
    before = digest(demo_db_path)
    assert verify_passphrase(demo_db_path, PASS)
    assert not verify_passphrase(demo_db_path, "fel lösenfras")
    assert digest(demo_db_path) == before
