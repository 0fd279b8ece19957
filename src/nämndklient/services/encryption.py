"""Turn encryption on or off, change the passphrase, and check a passphrase for the lock screen.

Every conversion follows one path: the new version of the database, and of
every backup beside it, is written with `sqlcipher_export` into a temporary
file, checked (integrity, the row count of every table, the search index
answering as before) and synced; then one journal commits them all at once
(`persistence.recovery`): the renames happen together, and a process killed at
any point leaves either every original, or, once the next start has finished
the journal, every new file. Until the journal is written no original is
touched, so a failure at any step leaves everything as it was.

Backups follow the key: one key opens the database and all its backups, and a
passphrase the member has replaced opens nothing.

- Encrypting: the backup taken before (`före-kryptering`) is a copy of the new
  encrypted file; every older plaintext backup is encrypted with the new key; a
  backup still encrypted with an earlier passphrase (from before a decryption)
  is given the new key when the new passphrase happens to open it, and is
  otherwise removed, and the member is told which.
- Changing the passphrase: every backup is re-encrypted with the new key; one
  the old key does not open (damaged, or from an earlier passphrase) is removed,
  and the member is told.
- Decrypting keeps the backups encrypted: the member asked for the database in
  plaintext, not for copies.

The caller closes its own connections first (`Database.dispose()`): the rename
replaces the file under any connection still open, and that connection would
keep writing to the old one.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..persistence import cipher, integrity, recovery
from ..persistence.cipher import DatabaseKey
from ..persistence.database import (
    MAX_SALT_DAMAGE,
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
    removed_backups: tuple[Path, ...] = ()  # older backups the new key could not be given: removed


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Refuse a passphrase too short to survive a guessing attack on a stolen laptop."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValueError(f"Lösenfrasen måste ha minst {MIN_PASSPHRASE_LENGTH} tecken.")
    if repeated is not None and passphrase != repeated:
        raise ValueError("De två lösenfraserna är inte lika.")


def encrypt_database(path: Path, passphrase: str, *, progress: Progress | None = None) -> Conversion:
    path = Path(path)
    _recover(path)
    if not _is_plain_sqlite(path):
        raise DatabaseError(f"{path} är redan krypterad (eller ingen SQLite-fil); inget ändrades.")
    check_new_passphrase(passphrase)
    _inspect_existing(path)  # refuse foreign or newer files before anything is written
    report = progress or (lambda _s: None)
    report("Härleder nyckeln ur lösenfrasen…")
    key = cipher.new_key(passphrase)
    return _convert(path, None, key, "före-kryptering", report, passphrase=passphrase)


def decrypt_database(path: Path, key: DatabaseKey, *, progress: Progress | None = None) -> Conversion:
    path = Path(path)
    _recover(path)
    _check_key(path, key)
    report = progress or (lambda _s: None)
    report("Tar en säkerhetskopia (krypterad)…")
    backup = backup_sqlite(path, "före-dekryptering", key=key)
    report("Dekrypterar databasen…")
    tmp = recovery.temp_for(path)
    try:
        rows = _prepare(path, key, None)
        _commit(path, [path])
    finally:
        if not recovery.journal_path(path).exists():
            _discard(tmp)
    return Conversion(path, None, backup, (), rows)


def change_passphrase(path: Path, key: DatabaseKey, new_passphrase: str, *,
                      progress: Progress | None = None) -> Conversion:
    path = Path(path)
    _recover(path)
    _check_key(path, key)
    check_new_passphrase(new_passphrase)
    report = progress or (lambda _s: None)
    report("Härleder den nya nyckeln…")
    new = cipher.new_key(new_passphrase)
    return _convert(path, key, new, "före-ny-lösenfras", report, passphrase=new_passphrase)


def _convert(path: Path, old: DatabaseKey | None, new: DatabaseKey, label: str, report: Progress, *,
             passphrase: str) -> Conversion:
    """The database and every backup under `new`, committed together (see the module's text)."""
    backups = sorted(p for p in path.parent.glob(path.name + ".*.bak") if p.is_file())
    backup = path.with_name(f"{path.name}.{label}-{_stamp()}.bak")
    prepared: list[Path] = []
    try:
        report("Krypterar databasen…" if old is None else "Krypterar om databasen…")
        rows = _prepare(path, old, new)
        prepared.append(path)
        report("Tar en krypterad säkerhetskopia…")
        shutil.copyfile(recovery.temp_for(path), recovery.temp_for(backup))  # the new file, checked above
        recovery.fsync_file(recovery.temp_for(backup))
        prepared.append(backup)
        report("Krypterar säkerhetskopiorna…")
        rekeyed, removed = _prepare_backups(backups, old, new, passphrase)
        prepared += rekeyed
        _commit(path, prepared, removed)
    finally:
        if not recovery.journal_path(path).exists():  # once committed, the temporary files are the change
            for target in [path, backup, *backups]:
                _discard(recovery.temp_for(target))
    for gone in removed:
        log.warning("Säkerhetskopian %s kunde inte få den nya nyckeln och togs bort", gone.name)
    return Conversion(path, new, backup, tuple(rekeyed), rows, tuple(removed))


def _prepare_backups(backups: list[Path], old: DatabaseKey | None, new: DatabaseKey,
                     passphrase: str) -> tuple[list[Path], list[Path]]:
    """(backups written anew under `new`, backups to remove because nothing we hold opens them)."""
    rekeyed, removed = [], []
    tried: dict[bytes, DatabaseKey] = {}
    for bak in backups:
        source = _key_for_backup(bak, old, passphrase, tried)
        if source is False:
            removed.append(bak)
            continue
        try:
            _prepare(bak, source, new, checkpoint=False)
        except Exception:
            log.warning("Säkerhetskopian %s kunde inte krypteras om", bak.name, exc_info=True)
            _discard(recovery.temp_for(bak))
            removed.append(bak)
            continue
        rekeyed.append(bak)
    return rekeyed, removed


def _key_for_backup(bak: Path, old: DatabaseKey | None, passphrase: str,
                    tried: dict[bytes, DatabaseKey]) -> DatabaseKey | bool | None:
    """The key that opens this backup (None: plaintext), or False when none we hold does."""
    if _is_plain_sqlite(bak):
        return None
    salt = cipher.read_salt(bak)
    if old is not None and salt == old.salt:
        return old
    if salt not in tried:  # from an earlier passphrase: perhaps the member chose the same one again
        tried[salt] = cipher.derive_key(passphrase, salt)
    candidate = tried[salt]
    return candidate if integrity.opens_with(bak, candidate) else False


def _check_key(path: Path, key: DatabaseKey) -> None:
    if _is_plain_sqlite(path):
        raise DatabaseError(f"{path} är inte krypterad; inget ändrades.")
    _require_key(path, key)
    _inspect_existing(path, key)  # WrongPassphrase or DatabaseDamaged, the file untouched


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _prepare(target: Path, old: DatabaseKey | None, new: DatabaseKey | None, *, checkpoint: bool = True) -> int:
    """Write and check the new version of `target` in its temporary file; the original is not touched."""
    if checkpoint:
        _checkpoint(target, old)
    tmp = recovery.temp_for(target)
    rows = _export(target, old, tmp, new)
    recovery.fsync_file(tmp)
    return rows


def _commit(path: Path, replace: list[Path], remove: list[Path] | tuple[Path, ...] = ()) -> None:
    for suffix in ("-wal", "-shm"):
        # A journal of the old file beside the new one would be applied to it: refuse, not corrupt.
        side = _sidecar(path, suffix)
        if side.exists() and side.stat().st_size:
            raise DatabaseError(f"{side} finns kvar: stäng Nämndklient i andra fönster och försök igen.")
    try:
        recovery.commit(path, replace, remove)
    except recovery.RecoveryError as exc:
        raise DatabaseError(str(exc)) from exc


def _discard(tmp: Path) -> None:
    tmp.unlink(missing_ok=True)
    _sidecar(tmp, "-journal").unlink(missing_ok=True)


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


def _quote(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path))


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
    """The key for an existing encrypted file, or WrongPassphrase (the file untouched).

    A passphrase that opens nothing with the file's own salt is tried once more
    with the salt of its backups and of the key in the keyring, when one of those
    differs from the file's in a byte or two: if it opens the file then, its header
    was damaged (HeaderDamaged), and the member is not told to retype a right passphrase.
    """
    path = Path(path)
    _recover(path)  # a re-key killed after its commit is finished first: the salt may change
    key = cipher.key_for_file(path, passphrase)
    try:
        _inspect_existing(path, key)
    except WrongPassphrase:
        for salt in _near_salts(path):
            _inspect_existing(path, cipher.derive_key(passphrase, salt))  # HeaderDamaged when it opens
        raise
    return key


def _near_salts(path: Path) -> list[bytes]:
    """Salts the file probably had: its backups' and the keyring key's, when close to the one it has."""
    from . import keychain

    own = cipher.read_salt(path)
    found: list[bytes] = []
    stored = keychain.fetch_key(path)
    candidates = [stored.salt] if stored is not None else []
    for bak in sorted(path.parent.glob(path.name + ".*.bak")):
        if bak.is_file() and not _is_plain_sqlite(bak):
            candidates.append(cipher.read_salt(bak))
    for salt in candidates:
        if salt != own and salt not in found and integrity.salt_distance(salt, own) <= MAX_SALT_DAMAGE:
            found.append(salt)
    return found


def key_opens(path: Path, key: DatabaseKey) -> bool:
    """Does this key (say, from the keyring) still open the file? A damaged file raises DatabaseDamaged."""
    _recover(Path(path))
    try:
        _inspect_existing(Path(path), key)
    except WrongPassphrase:
        return False
    return True


def _recover(path: Path) -> None:
    try:
        recovery.recover(path)
    except recovery.RecoveryError as exc:
        raise DatabaseError(str(exc)) from exc
