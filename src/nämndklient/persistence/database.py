"""Open the member's database: check it, back it up, migrate it, hand out sessions.

Every check that can refuse a file runs on a read-only connection before
anything writes, so a file that is not ours, comes from a newer version or sits
where we may not write is left byte-for-byte as it was. Alembic is imported only
when a migration is actually due, which keeps it out of a normal start.

An encrypted file (see `cipher`) goes through the same checks with its key;
without a key, with a wrong one, or damaged, it is refused untouched with a
message that says which of the three it is, and for damage, which backup to use.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import cipher
from .cipher import SQLITE_MAGIC, DatabaseKey
from .migrations import HEAD, KNOWN_REVISIONS

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A database the application cannot use; the message is for the member."""


class DatabaseTooNew(DatabaseError):
    pass


class DiskFull(DatabaseError):
    pass


class PassphraseRequired(DatabaseError):
    """The file is encrypted and no key was given: ask the member for the passphrase."""


class WrongPassphrase(DatabaseError):
    """The key does not open the file; the file was not changed."""


class DatabaseDamaged(DatabaseError):
    """The file cannot be read as it stands; `backup` is the newest copy to restore from, if any."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


@dataclass
class Database:
    engine: Engine
    url: str
    path: Path | None  # None for a server database
    created: bool  # made just now: the caller may fill it with the demo material
    backup: Path | None = None  # the copy taken before a migration
    key: DatabaseKey | None = None  # set when the file is encrypted

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._sessions() as s:
            try:
                with s.begin():
                    yield s
            except SADatabaseError as exc:
                raise translate_operational_error(exc, self.path) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def translate_operational_error(exc: SADatabaseError, path: Path | None) -> DatabaseError | SADatabaseError:
    text = str(exc.orig).lower()
    where = str(path) if path else "databasen"
    if path is not None and ("malformed" in text or "not a database" in text):
        return damaged(path)
    if "full" in text:
        return DiskFull(f"Disken är full: {where} kunde inte skrivas. Inget ändrades; frigör utrymme och försök igen.")
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"{where} är skrivskyddad: inget kunde sparas.")
    return exc


def resolve_url(db: str | os.PathLike[str]) -> str:
    text = os.fspath(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def open_database(
    db: str | os.PathLike[str], *, key: DatabaseKey | None = None, migrate: bool = True
) -> Database:
    """Open (or create) the database; with `key`, an encrypted one, or a new file encrypted with it.

    A key given for a file that is not encrypted is ignored: the result's `key`
    says what the file really is.
    """
    url = resolve_url(db)
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        engine = create_engine(url, pool_pre_ping=True)
        if migrate:
            _upgrade(engine)
        return Database(engine, url, None, created=False)

    path = Path(parsed.database or "")
    created = not path.exists() or path.stat().st_size == 0
    if created:
        _check_can_create(path)
        revision = None
        for stale in (_sidecar(path, "-wal"), _sidecar(path, "-shm")):
            # A journal left beside an empty file would be applied to the new database.
            stale.unlink(missing_ok=True)
    else:
        if not _is_plain_sqlite(path):
            _require_key(path, key)
        else:
            key = None
        revision = _inspect_existing(path, key)
    engine = _sqlite_engine(url, path, key)
    backup = None
    if revision != HEAD and migrate:
        if revision is not None:
            backup = backup_sqlite(path, f"före-uppgradering-{revision}", key=key)
            log.info("Säkerhetskopia före uppgradering: %s", backup)
        try:
            _upgrade(engine)
        except OperationalError as exc:
            engine.dispose()
            raise translate_operational_error(exc, path) from exc
    return Database(engine, url, path, created=created, backup=backup, key=key)


def _check_can_create(path: Path) -> None:
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Kan inte skapa mappen {parent}: {exc.strerror}.") from exc
    if not os.access(parent, os.W_OK):
        raise DatabaseError(f"Kan inte skapa databasen {path}: mappen {parent} är skrivskyddad.")


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _read_head(path: Path) -> tuple[bytes, int]:
    if path.is_dir():
        raise DatabaseError(f"{path} är en mapp, inte en databasfil.")
    try:
        with path.open("rb") as fh:
            return fh.read(cipher.PAGE_SIZE), path.stat().st_size
    except OSError as exc:
        raise DatabaseError(f"Kan inte läsa {path}: {exc.strerror}.") from exc


def _is_plain_sqlite(path: Path) -> bool:
    head, _ = _read_head(path)
    return head.startswith(SQLITE_MAGIC)


def _require_key(path: Path, key: DatabaseKey | None) -> None:
    """Refuse, untouched, a file that is neither SQLite nor encrypted, or encrypted and no key given."""
    head, size = _read_head(path)
    if not cipher.looks_encrypted(head, size):
        raise DatabaseError(
            f"{path} är inte en databas (filen är varken en SQLite-fil eller en krypterad databas). "
            "Filen lämnades orörd."
        )
    if key is None:
        raise PassphraseRequired(
            f"{path} är krypterad (eller en fil som inte går att skilja från en krypterad databas): "
            "ange lösenfrasen för att öppna den."
        )


def newest_backup(path: Path) -> Path | None:
    """The most recent `.bak` copy beside the database, the one to restore from."""
    backups = [p for p in path.parent.glob(path.name + ".*.bak") if p.is_file()]
    return max(backups, key=lambda p: p.stat().st_mtime, default=None)


def damaged(path: Path) -> DatabaseDamaged:
    backup = newest_backup(path)
    advice = (
        f"Återställ från säkerhetskopian {backup} (byt namn på den till {path.name} när programmet är stängt)."
        if backup
        else "Det finns ingen säkerhetskopia bredvid den; importera materialet på nytt i en ny databas."
    )
    return DatabaseDamaged(f"{path} är skadad och kan inte läsas. Filen lämnades orörd. {advice}", backup)


def _inspect_existing(path: Path, key: DatabaseKey | None = None) -> str | None:
    """Return the schema revision of an existing file, refusing anything we must not touch."""
    head, _ = _read_head(path)
    if key is None and head[:16] != SQLITE_MAGIC:
        raise DatabaseError(f"{path} är inte en databas (filen är inte en SQLite-fil). Filen lämnades orörd.")
    if key is not None and key.salt != head[: cipher.SALT_SIZE]:
        raise _wrong_passphrase(path)
    try:
        # immutable: read without creating -wal/-shm files or taking locks, so nothing changes on disk.
        con = cipher.connect(path, key, immutable=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} kan inte läsas som databas ({exc}). Filen lämnades orörd.") from exc
    except cipher.database_errors() as exc:  # only SQLCipher's are left here
        if cipher.is_wrong_key_error(exc):
            failed, total = cipher.failing_pages(path, key)  # type: ignore[arg-type]
            if failed >= total:
                raise _wrong_passphrase(path) from exc
        raise damaged(path) from exc
    if revision is None and tables - {"sqlite_sequence"}:
        raise DatabaseError(f"{path} är en SQLite-databas men inte Nämndklients. Filen lämnades orörd.")
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            f"{path} kommer från en nyare version av Nämndklient (schema {revision}). "
            "Uppdatera programmet; filen lämnades orörd."
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError(f"{path} ligger på en skrivskyddad plats: Nämndklient behöver kunna spara anteckningar.")
    return revision


def _wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(f"Lösenfrasen stämmer inte för {path}. Filen lämnades orörd; försök igen.")


def _sqlite_engine(url: str, path: Path | None = None, key: DatabaseKey | None = None) -> Engine:
    if key is None:
        engine = create_engine(url)
    else:
        # The sqlite URL keeps SQLAlchemy's file-database pool and dialect; the creator adds the key.
        engine = create_engine(url, creator=lambda: cipher.connect(path, key, check_same_thread=False))  # type: ignore[arg-type]

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_con: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_con.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        # Deleted content (expired confidential items, a wipe) is overwritten, not left in free pages.
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        for pragma in extra_pragmas:
            cur.execute(pragma)
        cur.close()

    return engine


extra_pragmas: list[str] = []
"""Further PRAGMAs for every new connection; tests use it to simulate a full disk."""


def backup_sqlite(path: Path, label: str, *, key: DatabaseKey | None = None) -> Path:
    """A consistent copy beside the database; an encrypted database gets an encrypted copy, same key."""
    if key is None and not _is_plain_sqlite(path):
        _require_key(path, key)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    src = cipher.connect(path, key, readonly=True)
    dst = cipher.connect(tmp, key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    os.replace(tmp, target)
    return target


def _upgrade(engine: Engine) -> None:
    from .migrations.runner import upgrade_to_head

    upgrade_to_head(engine)
