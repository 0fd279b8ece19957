"""Backups follow the key: after encrypt, decrypt, encrypt again or a new passphrase, one passphrase opens all."""

from __future__ import annotations

from pathlib import Path

import pytest

from nämndklient.cli.main import main
from nämndklient.persistence import cipher, integrity, recovery
from nämndklient.persistence.database import backup_sqlite, open_database
from nämndklient.services.encryption import change_passphrase, decrypt_database, encrypt_database

A, B, C = "första lösenfrasen A", "andra lösenfrasen B", "tredje lösenfrasen C"


@pytest.fixture(autouse=True)
def _fast(fast_kdf: None) -> None:
    pass


def opens(path: Path, passphrase: str) -> bool:
    """Does the passphrase open this file, the way a member would try it (the file's own salt)?"""
    if not cipher.is_encrypted(path):
        return False
    return integrity.opens_with(path, cipher.key_for_file(path, passphrase))


def backups(db: Path) -> list[Path]:
    return sorted(db.parent.glob(db.name + ".*.bak"))


def test_encrypt_decrypt_encrypt_leaves_no_backup_under_the_first_passphrase(demo_db_path: Path) -> None:
    backup_sqlite(demo_db_path, "före-uppgradering-0002")  # a plaintext backup from an upgrade
    first = encrypt_database(demo_db_path, A)
    assert first.key is not None
    assert all(opens(b, A) for b in backups(demo_db_path)) and len(backups(demo_db_path)) == 2
    second = decrypt_database(demo_db_path, first.key)
    assert opens(second.backup, A)  # decrypting keeps the backups encrypted
    under_a = backups(demo_db_path)
    assert len(under_a) == 3

    third = encrypt_database(demo_db_path, B)
    assert set(third.removed_backups) == set(under_a)  # B cannot open them: removed, and said so
    left = backups(demo_db_path)
    assert left == [third.backup]
    for f in [demo_db_path, *left]:
        assert opens(f, B) and not opens(f, A), f.name
    assert not list(demo_db_path.parent.glob("*.tmp")) and not recovery.journal_path(demo_db_path).exists()


def test_encrypting_again_with_the_same_passphrase_keeps_the_old_backups_under_the_new_key(
        demo_db_path: Path) -> None:
    first = encrypt_database(demo_db_path, A)
    assert first.key is not None
    decrypt_database(demo_db_path, first.key)
    old = backups(demo_db_path)
    again = encrypt_database(demo_db_path, A)
    assert again.removed_backups == () and set(again.rekeyed_backups) == set(old)
    assert again.key is not None
    for f in [demo_db_path, *backups(demo_db_path)]:
        assert cipher.read_salt(f) == again.key.salt, f.name  # one key, one salt, for all


def test_a_new_passphrase_rekeys_every_backup_and_removes_one_it_cannot_open(demo_db_path: Path) -> None:
    conv = encrypt_database(demo_db_path, A)
    assert conv.key is not None
    for label in ("manuell-1", "manuell-2", "före-uppgradering-0001"):
        backup_sqlite(demo_db_path, label, key=conv.key)
    stranger = demo_db_path.with_name(demo_db_path.name + ".främmande-1.bak")
    other = open_database(demo_db_path.parent / "other.sqlite", key=cipher.new_key(C))
    other.dispose()
    (demo_db_path.parent / "other.sqlite").rename(stranger)  # under a passphrase nobody gave us

    changed = change_passphrase(demo_db_path, conv.key, B)
    assert changed.removed_backups == (stranger,) and not stranger.exists()
    assert len(changed.rekeyed_backups) == 4
    for f in [demo_db_path, *backups(demo_db_path)]:
        assert opens(f, B) and not opens(f, A), f.name
    assert len(backups(demo_db_path)) == 5


def test_the_cli_names_each_removed_backup(demo_db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").write_text(A)
    (tmp_path / "b").write_text(B)
    assert main(["--db", str(demo_db_path), "encrypt", "--passphrase-file", str(tmp_path / "a")]) == 0
    assert main(["--db", str(demo_db_path), "decrypt", "--passphrase-file", str(tmp_path / "a")]) == 0
    capsys.readouterr()
    assert main(["--db", str(demo_db_path), "encrypt", "--passphrase-file", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert out.count("Tog bort säkerhetskopian") == 2 and "tidigare lösenfras" in out
    assert all(opens(b, B) and not opens(b, A) for b in backups(demo_db_path))
