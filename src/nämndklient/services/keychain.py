"""The derived database key in the operating system's keyring (never the passphrase itself).

Storing the derived key rather than the passphrase means that whoever reads
the keyring entry can open this one file, but learns nothing they could try
on the member's other accounts. Where there is no keyring (CI, a headless
Linux without Secret Service) every call says so and the caller asks for the
passphrase instead: a missing keyring is never an error that stops the program.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..persistence.cipher import DatabaseKey

log = logging.getLogger(__name__)

SERVICE = "namndklient"


class KeyringUnavailable(Exception):
    """No usable keyring: the message is for the member."""


def _account(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def _backend():  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringUnavailable(
            "Det finns ingen nyckelring i operativsystemet (till exempel Secret Service på Linux); "
            "lösenfrasen får anges vid varje start."
        )
    return backend


def keyring_status() -> str | None:
    """None when a keyring is available, else a sentence saying why not."""
    try:
        _backend()
    except KeyringUnavailable as exc:
        return str(exc)
    return None


def store_key(path: Path, key: DatabaseKey) -> None:
    from keyring.errors import KeyringError

    backend = _backend()
    try:
        backend.set_password(SERVICE, _account(path), key.to_text())
    except KeyringError as exc:
        raise KeyringUnavailable(f"Nyckelringen tog inte emot nyckeln ({type(exc).__name__}).") from exc


def fetch_key(path: Path) -> DatabaseKey | None:
    """The stored key for this database, or None: none stored, no keyring, or an unreadable entry."""
    from keyring.errors import KeyringError

    try:
        text = _backend().get_password(SERVICE, _account(path))
    except KeyringUnavailable:
        return None
    except KeyringError:
        log.warning("Nyckelringen kunde inte läsas", exc_info=True)
        return None
    if not text:
        return None
    try:
        return DatabaseKey.from_text(text)
    except ValueError:
        log.warning("Nyckeln i nyckelringen för %s har fel form; den används inte", path)
        return None


def forget_key(path: Path) -> bool:
    """Remove the stored key; True if there was one."""
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        _backend().delete_password(SERVICE, _account(path))
    except (KeyringUnavailable, PasswordDeleteError):
        return False
    except KeyringError:
        log.warning("Nyckeln kunde inte tas bort ur nyckelringen", exc_info=True)
        return False
    return True
