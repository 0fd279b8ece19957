"""The derived key in the keyring: stored, fetched, forgotten; no keyring is said, not fatal."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from nämndklient.persistence.cipher import DatabaseKey
from nämndklient.services import keychain
from tests.helpers.keyrings import MemoryKeyring, none, using_keyring


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    with using_keyring(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


def test_store_fetch_forget_the_derived_key_not_the_passphrase(ring: MemoryKeyring, tmp_path: Path) -> None:
    key = DatabaseKey(os.urandom(32), os.urandom(16))
    path = tmp_path / "a.sqlite"
    assert keychain.keyring_status() is None
    assert keychain.fetch_key(path) is None
    keychain.store_key(path, key)
    ((service, account), stored), = ring.entries.items()
    assert service == "namndklient" and account == str(path.resolve())
    assert stored == key.to_text() and "lösen" not in stored
    assert keychain.fetch_key(tmp_path / "." / "a.sqlite") == key  # the same file by another spelling
    assert keychain.fetch_key(tmp_path / "b.sqlite") is None
    assert keychain.forget_key(path) is True
    assert keychain.fetch_key(path) is None
    assert keychain.forget_key(path) is False


def test_a_garbled_entry_is_ignored(ring: MemoryKeyring, tmp_path: Path) -> None:
    ring.set_password("namndklient", str((tmp_path / "a.sqlite").resolve()), "skräp")
    assert keychain.fetch_key(tmp_path / "a.sqlite") is None


def test_no_keyring_is_said_clearly_and_nothing_fails(tmp_path: Path) -> None:
    key = DatabaseKey(os.urandom(32), os.urandom(16))
    with using_keyring(none()):
        status = keychain.keyring_status()
        assert status is not None and "ingen nyckelring" in status
        assert keychain.fetch_key(tmp_path / "a.sqlite") is None
        assert keychain.forget_key(tmp_path / "a.sqlite") is False
        with pytest.raises(keychain.KeyringUnavailable, match="lösenfrasen får anges"):
            keychain.store_key(tmp_path / "a.sqlite", key)
