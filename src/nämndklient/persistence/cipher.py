"""Encryption at rest: the database key, and DB-API connections with or without it.

The member's passphrase is stretched once with scrypt (standard library) into a
256-bit key; SQLCipher is then given that key raw, together with the file's
salt (`PRAGMA key = "x'<key><salt>'"`). Two reasons: SQLCipher's own PBKDF2 would
run again on every pooled connection, and the salt then sits in the file's
first 16 bytes, so no sidecar file is needed to derive the key again.

Nothing here imports SQLAlchemy or Qt: the start-up path needs only this to
tell whether it must ask for a passphrase.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default, which every file we encrypt uses
SALT_SIZE = 16
KEY_SIZE = 32
# scrypt N=2**17, r=8, p=1: OWASP's recommended minimum, about 0.4 s and 128 MiB here.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_SCRYPT_MAXMEM = 256 * 1024 * 1024
_TEXT_PREFIX = "scrypt-v1"


class DatabaseKey:
    """The derived key and the salt of one encrypted file; never the passphrase.

    `repr` and `str` do not show the key, so it cannot end up in a log or a crash report.
    """

    __slots__ = ("_key", "salt")

    def __init__(self, key: bytes, salt: bytes) -> None:
        if len(key) != KEY_SIZE or len(salt) != SALT_SIZE:
            raise ValueError("en databasnyckel är 32 byte med 16 byte salt")
        self._key = bytes(key)
        self.salt = bytes(salt)

    def __repr__(self) -> str:
        return f"DatabaseKey(<hemlig>, salt={self.salt.hex()[:8]}…)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseKey):
            return NotImplemented
        return hmac.compare_digest(self._key + self.salt, other._key + other.salt)

    def __hash__(self) -> int:
        return hash(self.salt)

    def __reduce__(self) -> Any:  # pickling would write the key somewhere we do not control
        raise TypeError("DatabaseKey kan inte sparas med pickle")

    def pragma_value(self) -> str:
        """The value for `PRAGMA key`: raw key and salt, so SQLCipher runs no KDF of its own."""
        return f"x'{self._key.hex()}{self.salt.hex()}'"

    def to_text(self) -> str:
        """The form kept in the operating system's keyring."""
        return f"{_TEXT_PREFIX}:{self._key.hex()}:{self.salt.hex()}"

    @classmethod
    def from_text(cls, text: str) -> DatabaseKey:
        prefix, key, salt = text.split(":")
        if prefix != _TEXT_PREFIX:
            raise ValueError(f"okänd nyckelform {prefix!r}")
        return cls(bytes.fromhex(key), bytes.fromhex(salt))


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so that å typed as one character or as a + ring gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes) -> DatabaseKey:
    if not passphrase:
        raise ValueError("lösenfrasen är tom")
    key = hashlib.scrypt(normalise_passphrase(passphrase), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                         maxmem=_SCRYPT_MAXMEM, dklen=KEY_SIZE)
    return DatabaseKey(key, salt)


def new_key(passphrase: str) -> DatabaseKey:
    """A key for a file about to be written, with a fresh random salt."""
    return derive_key(passphrase, os.urandom(SALT_SIZE))


def read_salt(path: Path) -> bytes:
    with Path(path).open("rb") as fh:
        return fh.read(SALT_SIZE)


def key_for_file(path: Path, passphrase: str) -> DatabaseKey:
    """The key the passphrase gives for this existing encrypted file (its salt is its first 16 bytes)."""
    return derive_key(passphrase, read_salt(path))


def looks_encrypted(head: bytes, size: int) -> bool:
    """As honestly as a file allows: is this an SQLCipher database rather than some other file?

    An encrypted database is whole pages of bytes that look random. A text file,
    a PDF or a truncated SQLite file fails one of these tests; a file of random
    bytes in whole pages passes and cannot be told apart without the key.
    """
    if size < PAGE_SIZE or size % PAGE_SIZE or head.startswith(SQLITE_MAGIC):
        return False
    page = head[SALT_SIZE:PAGE_SIZE]
    return len(page) == PAGE_SIZE - SALT_SIZE and len(set(page)) >= 200


def is_encrypted(path: Path) -> bool:
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(PAGE_SIZE)
    except OSError:
        return False
    return looks_encrypted(head, size)


def _uri(path: Path, readonly: bool, immutable: bool) -> str:
    params = "mode=ro&immutable=1" if immutable else "mode=ro" if readonly else "mode=rwc"
    return f"file:{quote(str(Path(path)))}?{params}"


def connect(path: Path, key: DatabaseKey | None, *, readonly: bool = False, immutable: bool = False,
            check_same_thread: bool = True) -> Any:
    """A DB-API connection: stdlib sqlite3 without a key, SQLCipher with one.

    `immutable` reads without creating -wal/-shm files or taking locks, for
    inspecting a file that must stay byte-for-byte as it was.
    """
    uri = _uri(path, readonly or immutable, immutable)
    if key is None:
        return sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread)
    from sqlcipher3 import dbapi2 as sqlcipher

    con = sqlcipher.connect(uri, uri=True, check_same_thread=check_same_thread)
    try:
        con.execute(f'PRAGMA key = "{key.pragma_value()}"')
        # A wrong key is an expected answer, not something to print on stderr.
        con.execute("PRAGMA cipher_log_level = NONE")
    except Exception:
        con.close()
        raise
    return con


def is_wrong_key_error(exc: BaseException) -> bool:
    """SQLCipher's answer when page 1 cannot be decrypted: a wrong key or a damaged first page."""
    return "file is not a database" in str(exc).lower()


def database_errors() -> tuple[type[BaseException], ...]:
    """Both drivers' DatabaseError, for except clauses that must catch either."""
    from sqlcipher3 import dbapi2 as sqlcipher

    return (sqlite3.DatabaseError, sqlcipher.DatabaseError)
