"""A page changed outside the program is tampering; a damaged salt is not a wrong passphrase.

SQLCipher keeps an HMAC per page. With the right key, a page whose HMAC fails was
changed by something other than SQLCipher: the file is refused before anything
writes to it. The salt (the first 16 bytes) is outside every HMAC: flipping one of
its bytes makes any passphrase derive a wrong key. It is told apart from a wrong
passphrase with a copy of the salt kept elsewhere: the key in the keyring (key and
salt), or the backups beside the file, which share its salt (one key for all).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nämndklient.cli.main import main
from nämndklient.persistence import cipher
from nämndklient.persistence.database import (
    DatabaseTampered,
    HeaderDamaged,
    WrongPassphrase,
    backup_sqlite,
    open_database,
)
from nämndklient.services import keychain
from nämndklient.services.encryption import encrypt_database, key_opens, open_key
from tests.helpers.files import digest_tree

PASS = "rätt lösenfras för filen"


@pytest.fixture(autouse=True)
def _fast(fast_kdf: None) -> None:
    pass


def flip(path: Path, offset: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x01]))


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_page_whose_hmac_fails_is_reported_as_tampering_and_nothing_is_written(
        demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    key = encrypt_database(demo_db_path, PASS).key
    assert key is not None
    pages = demo_db_path.stat().st_size // cipher.PAGE_SIZE
    flip(demo_db_path, (pages - 2) * cipher.PAGE_SIZE + 1000)  # a page no start-up query reads
    before, files = digest_tree(demo_db_path), listing(tmp_path)

    with pytest.raises(DatabaseTampered, match="manipulerad") as exc:
        open_database(demo_db_path, key=key)
    assert f"sidan {pages - 1}" in str(exc.value) and "ingenting skrevs" in str(exc.value)
    assert exc.value.backup is not None and str(exc.value.backup) in str(exc.value)

    (tmp_path / "pass").write_text(PASS)
    monkeypatch.setenv("NAMNDKLIENT_PASSPHRASE_FILE", str(tmp_path / "pass"))
    files.append("pass")
    code = main(["--db", str(demo_db_path), "note", "RS:2024-01-26/ekonomisk-rapport", "skrivs inte"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.count("\n") == 0 and "manipulerad" in err, err
    assert digest_tree(demo_db_path) == before and listing(tmp_path) == sorted(files)


def test_a_flipped_salt_byte_with_the_key_in_the_keyring_is_a_damaged_header(
        demo_db_path: Path, ring: object, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    key = encrypt_database(demo_db_path, PASS).key
    assert key is not None
    for bak in demo_db_path.parent.glob("*.bak"):
        bak.unlink()  # the keyring alone must be enough
    keychain.store_key(demo_db_path, key)
    flip(demo_db_path, 5)
    before = digest_tree(demo_db_path)
    with pytest.raises(HeaderDamaged, match="inte fel lösenfras"):
        key_opens(demo_db_path, key)
    with pytest.raises(HeaderDamaged):
        open_database(demo_db_path, key=key)
    monkeypatch.delenv("NAMNDKLIENT_PASSPHRASE_FILE", raising=False)
    assert main(["--db", str(demo_db_path), "list", "meetings"]) == 2
    err = capsys.readouterr().err.strip()
    assert "skadat huvud" in err and "Lösenfrasen stämmer inte" not in err
    assert digest_tree(demo_db_path) == before


def test_a_flipped_salt_byte_is_told_from_a_wrong_passphrase_by_the_backups(demo_db_path: Path) -> None:
    conv = encrypt_database(demo_db_path, PASS)
    assert conv.key is not None
    backup_sqlite(demo_db_path, "manuell", key=conv.key)
    other = open_database(demo_db_path.parent / "annan.sqlite", key=cipher.new_key(PASS))  # another salt
    other.dispose()
    os.replace(demo_db_path.parent / "annan.sqlite", demo_db_path.with_name("demo.sqlite.annan-1.bak"))
    flip(demo_db_path, 0)
    before = digest_tree(demo_db_path)
    with pytest.raises(HeaderDamaged, match="skadat huvud") as exc:
        open_key(demo_db_path, PASS)
    assert exc.value.backup is not None
    with pytest.raises(WrongPassphrase):  # a wrong passphrase is still called that
        open_key(demo_db_path, "en helt annan lösenfras")
    assert digest_tree(demo_db_path) == before


def test_without_a_copy_of_the_salt_a_damaged_header_cannot_be_told_apart(demo_db_path: Path) -> None:
    encrypt_database(demo_db_path, PASS)
    for bak in demo_db_path.parent.glob("*.bak"):
        bak.unlink()
    flip(demo_db_path, 9)
    with pytest.raises(WrongPassphrase):  # the limit: nothing else knows the salt, so it cannot be said
        open_key(demo_db_path, PASS)


def test_an_untouched_encrypted_database_opens_after_the_full_check(demo_db_path: Path) -> None:
    key = encrypt_database(demo_db_path, PASS).key
    db = open_database(demo_db_path, key=key)
    assert db.encrypted
    db.dispose()


def test_the_full_check_runs_once_per_state_of_the_file_and_again_after_any_change(
        demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nämndklient.persistence import integrity

    key = encrypt_database(demo_db_path, PASS).key
    calls: list[Path] = []
    real = integrity.hmac_failures
    monkeypatch.setattr(integrity, "hmac_failures", lambda p, k: calls.append(p) or real(p, k))
    monkeypatch.setattr(integrity, "_passed", set())  # as a new process: only the record on disk counts
    open_database(demo_db_path, key=key, migrate=False).dispose()
    monkeypatch.setattr(integrity, "_passed", set())
    open_database(demo_db_path, key=key, migrate=False).dispose()
    assert len(calls) == 1  # the second start found the file as it was when it passed
    pages = demo_db_path.stat().st_size // cipher.PAGE_SIZE
    flip(demo_db_path, (pages - 2) * cipher.PAGE_SIZE + 77)
    with pytest.raises(DatabaseTampered):
        open_database(demo_db_path, key=key)
    assert len(calls) == 2
