"""Turn encryption on or off, change the passphrase, and check a passphrase for the lock screen.

Every conversion follows one path: a backup first, then `sqlcipher_export`
into a temporary file beside the database, a check of that file (integrity,
the row count of every table, the search index answering as before), and only
then an atomic rename over the original. Until the rename the original is
never written, so a failure at any step leaves it as it was.

Backups and plaintext: the backup taken before encrypting is itself encrypted
with the new key, and every older plaintext backup beside the database
(`*.bak`, e.g. from a schema upgrade) is encrypted too. A plaintext backup would
keep everything the member just asked to protect in a file next to it, and
removing it would take away the way back if the rename went wrong; an encrypted
backup keeps both. After a change of passphrase the backups are re-encrypted
with the new key as well, so one passphrase opens the database and all its
backups, and an old, perhaps compromised, passphrase opens nothing. Decrypting
keeps the backups encrypted: the member asked for the database in plaintext,
not for copies.

The caller closes its own connections first (`Database.dispose()`): the rename
replaces the file under any connection still open, and that connection would
keep writing to the old one.
"""

from __future__ import annotations

import hmac
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..persistence import cipher
from ..persistence.cipher import DatabaseKey
from ..persistence.database import (
    Database,
    DatabaseError,
    WrongPassphrase,
    _inspect_existing,
    _is_plain_sqlite,
    _require_key,
    _sidecar,
    backup_sqlite,
)

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 8
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Conversion:
    path: Path
    key: DatabaseKey | None  # the key the file has now; None when it is plaintext
    backup: Path  # taken before the conversion
    rekeyed_backups: tuple[Path, ...] = ()  # older backups given the new key
    rows: int = 0  # rows checked in the converted file


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse a passphrase too short to survive a guessing attack on a stolen laptop."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValueError(f"Lösenfrasen måste ha minst {MIN_PASSPHRASE_LENGTH} tecken.")
    if repeated is not None and passphrase != repeated:
        raise ValueError("De två lösenfraserna är inte lika.")


def encrypt_database(path: Path, passphrase: str, *, progress: Progress | None = None) -> Conversion:
    path = Path(path)
    if not _is_plain_sqlite(path):
        raise DatabaseError(f"{path} är redan krypterad (eller ingen SQLite-fil); inget ändrades.")
    check_new_passphrase(passphrase)
    _inspect_existing(path)  # refuse foreign or newer files before anything is written
    report = progress or (lambda _s: None)
    _checkpoint(path, None)
    report("Härleder nyckeln ur lösenfrasen…")
    key = cipher.new_key(passphrase)
    report("Tar en krypterad säkerhetskopia…")
    backup = _export_verified(path, None, path.with_name(f"{path.name}.före-kryptering-{_stamp()}.bak"), key)
    report("Krypterar databasen…")
    rows = _replace(path, None, key)
    report("Krypterar äldre säkerhetskopior…")
    rekeyed = _rekey_backups(path, None, key, skip=backup)
    return Conversion(path, key, backup, rekeyed, rows)


def decrypt_database(path: Path, key: DatabaseKey, *, progress: Progress | None = None) -> Conversion:
    path = Path(path)
    _check_key(path, key)
    report = progress or (lambda _s: None)
    report("Tar en säkerhetskopia (krypterad)…")
    backup = backup_sqlite(path, "före-dekryptering", key=key)
    report("Dekrypterar databasen…")
    rows = _replace(path, key, None)
    return Conversion(path, None, backup, (), rows)


def change_passphrase(path: Path, key: DatabaseKey, new_passphrase: str, *,
                      progress: Progress | None = None) -> Conversion:
    path = Path(path)
    _check_key(path, key)
    check_new_passphrase(new_passphrase)
    report = progress or (lambda _s: None)
    report("Härleder den nya nyckeln…")
    new = cipher.new_key(new_passphrase)
    report("Tar en säkerhetskopia…")
    backup = backup_sqlite(path, "före-ny-lösenfras", key=key)
    report("Krypterar om databasen…")
    rows = _replace(path, key, new)
    report("Krypterar om säkerhetskopiorna…")
    rekeyed = _rekey_backups(path, key, new)
    return Conversion(path, new, backup, rekeyed, rows)


def _check_key(path: Path, key: DatabaseKey) -> None:
    if _is_plain_sqlite(path):
        raise DatabaseError(f"{path} är inte krypterad; inget ändrades.")
    _require_key(path, key)
    _inspect_existing(path, key)  # WrongPassphrase or DatabaseDamaged, the file untouched


def _stamp() -> str:
    import datetime as dt

    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _replace(path: Path, old: DatabaseKey | None, new: DatabaseKey | None) -> int:
    """Convert into a temporary file, check it, then rename it over the original."""
    _checkpoint(path, old)
    tmp = path.with_name(f"{path.name}.konvertering.tmp")
    rows = 0
    try:
        rows = _export(path, old, tmp, new)
        _fsync(tmp)
        for suffix in ("-wal", "-shm"):
            # A journal of the old file beside the new one would be applied to it: refuse, not corrupt.
            side = _sidecar(path, suffix)
            if side.exists() and side.stat().st_size:
                raise DatabaseError(f"{side} finns kvar: stäng Nämndklient i andra fönster och försök igen.")
            side.unlink(missing_ok=True)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)
        _sidecar(tmp, "-journal").unlink(missing_ok=True)
    return rows


def _export_verified(src: Path, src_key: DatabaseKey | None, target: Path, key: DatabaseKey | None) -> Path:
    tmp = target.with_suffix(".tmp")
    try:
        _export(src, src_key, tmp, key)
        _fsync(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _checkpoint(path: Path, key: DatabaseKey | None) -> None:
    """Move any committed WAL content into the file, so nothing is left in a -wal beside it."""
    con = cipher.connect(path, key)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _export(src: Path, src_key: DatabaseKey | None, dst: Path, dst_key: DatabaseKey | None) -> int:
    """`sqlcipher_export` from src into a new file dst, then verify dst against src; returns rows checked."""
    from sqlcipher3 import dbapi2 as sqlcipher

    dst.unlink(missing_ok=True)
    # Read-write although only read: a read-only connection to a WAL database leaves -wal/-shm
    # behind on close, and those must be gone before the rename.
    con = sqlcipher.connect(f"file:{_quote(src)}?mode=rw", uri=True)
    try:
        if src_key is not None:
            con.execute(f'PRAGMA key = "{src_key.pragma_value()}"')
        con.execute("PRAGMA cipher_log_level = NONE")
        target_key = dst_key.pragma_value() if dst_key else ""
        con.execute("ATTACH DATABASE ? AS target KEY ?", (str(dst), target_key))
        con.execute("SELECT sqlcipher_export('target')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA target.user_version = {int(version)}")
        con.commit()
        con.execute("DETACH DATABASE target")
        return _verify(con, dst, dst_key)
    finally:
        con.close()


def _verify(src: Any, dst: Path, key: DatabaseKey | None) -> int:
    """The converted file passes SQLite's checks and holds exactly what the source held."""
    out = cipher.connect(dst, key, readonly=True)
    try:
        if key is not None and out.execute("PRAGMA cipher_integrity_check").fetchall():
            raise DatabaseError(f"{dst}: den krypterade filen klarade inte kontrollen; originalet är orört.")
        result = out.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise DatabaseError(f"{dst}: kontrollen av den nya filen misslyckades ({result}); originalet är orört.")
        tables = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        total = 0
        for table in tables:
            q = f'SELECT count(*) FROM "{table}"'
            before, after = src.execute(q).fetchone()[0], out.execute(q).fetchone()[0]
            if before != after:
                raise DatabaseError(
                    f"{dst}: tabellen {table} har {after} rader i stället för {before}; originalet är orört."
                )
            total += after
        for fts in _fts_tables(src):
            word = _some_word(src, fts)
            if word is None:
                continue
            q = f'SELECT count(*) FROM "{fts}" WHERE "{fts}" MATCH ?'
            if src.execute(q, (word,)).fetchone()[0] != out.execute(q, (word,)).fetchone()[0]:
                raise DatabaseError(f"{dst}: sökindexet {fts} svarar inte som förut; originalet är orört.")
        return total
    finally:
        out.close()


def _fts_tables(con: Any) -> list[str]:
    rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND sql LIKE '%USING fts5%'")
    return [name for name, _sql in rows]


def _some_word(con: Any, fts: str) -> str | None:
    row = con.execute(f'SELECT * FROM "{fts}" LIMIT 1').fetchone()
    for value in row or ():
        words = re.findall(r"\w{3,}", str(value or ""))
        if words:
            return '"' + words[0] + '"'
    return None


def _rekey_backups(path: Path, old: DatabaseKey | None, new: DatabaseKey, *, skip: Path | None = None) -> tuple[Path, ...]:
    """Give every backup that `old` opens the key `new`; backups `old` does not open are left alone."""
    done = []
    for bak in sorted(path.parent.glob(path.name + ".*.bak")):
        if bak == skip:
            continue
        plain = _is_plain_sqlite(bak)
        if (old is None) != plain:
            continue
        if old is not None and cipher.read_salt(bak) != old.salt:
            continue
        try:
            _export_verified(bak, old, bak, new)
        except Exception:
            log.warning("Säkerhetskopian %s kunde inte krypteras om", bak, exc_info=True)
            continue
        done.append(bak)
    return tuple(done)


def _quote(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Throttle:
    """A growing wait after each wrong passphrase (1 s, 2 s, 4 s … up to `cap`), reset by a right one.

    `sleep` and `clock` are injectable so that tests stay fast; the GUI passes a
    no-op sleep and shows the wait itself instead of freezing.
    """

    def __init__(self, *, base: float = 1.0, cap: float = 30.0, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.base, self.cap, self.sleep, self.clock = base, cap, sleep, clock
        self.failures = 0
        self.until = 0.0

    def delay(self) -> float:
        return 0.0 if self.failures == 0 else min(self.cap, self.base * 2 ** (self.failures - 1))

    def failed(self) -> float:
        self.failures += 1
        wait = self.delay()
        self.until = self.clock() + wait
        self.sleep(wait)
        return wait

    def remaining(self) -> float:
        return max(0.0, self.until - self.clock())

    def succeeded(self) -> None:
        self.failures = 0
        self.until = 0.0


def verify_passphrase(target: Database | Path, passphrase: str, *, throttle: Throttle | None = None) -> bool:
    """Does the passphrase open this database? For the lock screen; a wrong answer is slowed down.

    With an open `Database` the derived key is compared in constant time with
    the key in use; with a path, the file is opened read-only with it.
    """
    ok = _passphrase_matches(target, passphrase)
    if throttle is not None:
        if ok:
            throttle.succeeded()
        else:
            throttle.failed()
    return ok


def _passphrase_matches(target: Database | Path, passphrase: str) -> bool:
    if not passphrase:
        return False
    if isinstance(target, Database):
        if target.key is None or target.path is None:
            return False
        candidate = cipher.derive_key(passphrase, target.key.salt)
        return hmac.compare_digest(candidate.pragma_value(), target.key.pragma_value())
    path = Path(target)
    candidate = cipher.key_for_file(path, passphrase)
    try:
        _inspect_existing(path, candidate)
    except WrongPassphrase:
        return False
    return True


def open_key(path: Path, passphrase: str) -> DatabaseKey:
    """The key for an existing encrypted file, or WrongPassphrase (the file untouched)."""
    key = cipher.key_for_file(path, passphrase)
    _inspect_existing(path, key)
    return key


def key_opens(path: Path, key: DatabaseKey) -> bool:
    """Does this key (say, from the keyring) still open the file? A damaged file raises DatabaseDamaged."""
    try:
        _inspect_existing(Path(path), key)
    except WrongPassphrase:
        return False
    return True
