"""`encrypt`, `decrypt`, `passphrase` and key_for: passphrases from files, stdin or the keyring, exit code 2 otherwise."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nämndklient.cli import security
from nämndklient.cli.main import UsageError, exit_code_for
from nämndklient.persistence import cipher
from nämndklient.persistence.database import WrongPassphrase, open_database
from nämndklient.services import keychain
from nämndklient.services.personal import main_note, save_item_note
from tests.helpers.files import digest
from tests.helpers.keyrings import MemoryKeyring, using_keyring

ITEM = "RS:2024-01-26/ekonomisk-rapport"
PASS = "en lösenfras för cli"


@pytest.fixture(autouse=True)
def fast(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)
    monkeypatch.setattr(security, "WRONG_PASSPHRASE_DELAY", 0.0)
    monkeypatch.delenv(security.ENV_PASSPHRASE_FILE, raising=False)
    with using_keyring(MemoryKeyring()) as ring:
        yield ring  # type: ignore[misc]


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    security.add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return security.COMMANDS[args.command](args)


def secret(tmp_path: Path, name: str, text: str) -> Path:
    f = tmp_path / name
    f.write_text(text + "\n", encoding="utf-8")
    return f


def test_encrypt_passphrase_decrypt_round_trip(demo_db_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(demo_db_path)
    with db.session() as s:
        save_item_note(s, ITEM, "Anteckning från terminalen")
    db.dispose()
    pw = secret(tmp_path, "pw.txt", PASS)
    assert run("--db", str(demo_db_path), "encrypt", "--passphrase-file", str(pw), "--remember") == 0
    out = capsys.readouterr().out
    assert "Säkerhetskopia (krypterad)" in out and "nyckelringen" in out
    assert cipher.is_encrypted(demo_db_path)
    assert security.key_for(demo_db_path) == keychain.fetch_key(demo_db_path)  # from the keyring

    new = secret(tmp_path, "new.txt", "en ny lösenfras för cli")
    assert run("--db", str(demo_db_path), "passphrase", "--passphrase-file", str(pw),
               "--new-passphrase-file", str(new)) == 0
    assert "Bytte lösenfras" in capsys.readouterr().out
    key = security.key_for(demo_db_path)  # the keyring entry followed the change
    assert key is not None and key.salt == cipher.read_salt(demo_db_path)
    db = open_database(demo_db_path, key=key)
    with db.session() as s:
        assert main_note(s, ITEM) == "Anteckning från terminalen"
    db.dispose()

    assert run("--db", str(demo_db_path), "decrypt", "--passphrase-file", str(new)) == 0
    assert not cipher.is_encrypted(demo_db_path) and keychain.fetch_key(demo_db_path) is None
    assert security.key_for(demo_db_path) is None


def test_passphrases_from_stdin_when_it_is_not_a_terminal(demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert run("--db", str(demo_db_path), "encrypt") == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\nen helt ny lösenfras\n"))
    assert run("--db", str(demo_db_path), "passphrase") == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("en helt ny lösenfras\n"))
    assert run("--db", str(demo_db_path), "decrypt") == 0
    assert not cipher.is_encrypted(demo_db_path)


def test_key_for_reads_the_environment_and_otherwise_refuses_with_exit_2(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert security.key_for(demo_db_path) is None  # plaintext: no key needed, nothing asked
    run("--db", str(demo_db_path), "encrypt", "--passphrase-file", str(secret(tmp_path, "pw.txt", PASS)))
    with pytest.raises(UsageError, match="NAMNDKLIENT_PASSPHRASE_FILE") as exc:
        security.key_for(demo_db_path)
    assert exit_code_for(exc.value) == 2
    monkeypatch.setenv(security.ENV_PASSPHRASE_FILE, str(secret(tmp_path, "env.txt", PASS)))
    key = security.key_for(demo_db_path)
    assert security.key_for_db(str(demo_db_path)) == key
    assert security.key_for_db("postgresql://värd/nämnd") is None
    assert security.key_for_db(tmp_path / "ny.sqlite") is None
    assert key is not None and open_database(demo_db_path, key=key).encrypted
    monkeypatch.setenv(security.ENV_PASSPHRASE_FILE, str(secret(tmp_path, "bad.txt", "fel lösenfras")))
    before = digest(demo_db_path)
    with pytest.raises(WrongPassphrase) as wrong:
        security.key_for(demo_db_path)
    assert exit_code_for(wrong.value) == 2 and digest(demo_db_path) == before


def test_bad_input_is_refused_with_a_sentence(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(UsageError, match="filen är tom"):
        run("--db", str(demo_db_path), "encrypt", "--passphrase-file", str(empty))
    with pytest.raises(UsageError, match="minst 8 tecken"):
        run("--db", str(demo_db_path), "encrypt", "--passphrase-file", str(secret(tmp_path, "k.txt", "kort")))
    with pytest.raises(UsageError, match="inte krypterad"):
        run("--db", str(demo_db_path), "decrypt", "--passphrase-file", str(secret(tmp_path, "p.txt", PASS)))
    with pytest.raises(UsageError, match="finns inte"):
        run("--db", str(tmp_path / "saknas.sqlite"), "encrypt")
    typed = iter([PASS, PASS + "x"])
    monkeypatch.setattr(security.getpass, "getpass", lambda prompt: next(typed))
    monkeypatch.setattr(sys, "stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})())
    with pytest.raises(UsageError, match="inte lika"):
        run("--db", str(demo_db_path), "encrypt")
    assert not cipher.is_encrypted(demo_db_path)
