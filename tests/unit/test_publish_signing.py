"""Keys: created owner-only, never overwritten, refused when others can read them; the trust list is 0600."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from nämndklient.cli.main import main
from nämndklient.publishing.signing import (
    KeyFileError,
    Signature,
    TrustStore,
    generate_keypair,
    load_private_key,
    load_public_key,
    sign,
    verify,
)


def test_keygen_writes_an_owner_only_private_key_and_a_public_key(tmp_path: Path) -> None:
    private, public, fp = generate_keypair(tmp_path / "sek")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in private.read_bytes() and b"PUBLIC KEY" in public.read_bytes()
    assert len(fp) == 64
    with pytest.raises(KeyFileError, match="skrivs aldrig över"):
        generate_keypair(tmp_path / "sek")


def test_a_private_key_others_can_read_is_refused(tmp_path: Path) -> None:
    private, _, _ = generate_keypair(tmp_path / "sek")
    os.chmod(private, 0o644)
    with pytest.raises(KeyFileError, match="chmod 600"):
        load_private_key(private)


def test_signatures_verify_and_any_change_breaks_them(tmp_path: Path) -> None:
    private, _, fp = generate_keypair(tmp_path / "sek")
    sig = sign(load_private_key(private), b"manifest")
    parsed = Signature.from_json(sig.to_json())
    assert verify(parsed, b"manifest") and parsed.fingerprint == fp
    assert not verify(parsed, b"manifesT")
    with pytest.raises(ValueError):
        Signature.from_json(b'{"algorithm": "RSA"}')


def test_the_trust_list_is_owner_only_and_holds_public_keys(tmp_path: Path) -> None:
    _, public, fp = generate_keypair(tmp_path / "sek")
    store = TrustStore(tmp_path / "cfg" / "trusted.json")
    assert not store.is_trusted(fp)
    store.add(load_public_key(public), "Sekretariatet")
    store.add(load_public_key(public), "Sekretariatet")  # once only
    assert store.is_trusted(fp) and len(store.keys()) == 1
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert "PRIVATE" not in store.path.read_text()


def test_keygen_and_trust_commands_never_log_key_material(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert main(["keygen", "-o", str(tmp_path / "sek")]) == 0
    assert main(["trust", str(tmp_path / "sek.pub"), "--name", "RS sekretariat"]) == 0
    assert "Litar nu på RS sekretariat" in capsys.readouterr().out
    secret = (tmp_path / "sek.key").read_text().splitlines()[1]
    assert secret not in caplog.text
    assert TrustStore().path.is_file()
    assert main(["keygen", "-o", str(tmp_path / "sek")]) == 2
    assert main(["trust", str(tmp_path / "sek.key")]) == 2
