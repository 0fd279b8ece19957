"""Open the member's database: check it, back it up, migrate it, hand out sessions.

Every check that can refuse a file runs on a read-only connection before
anything writes, so a file that is not ours, comes from a newer version or sits
where we may not write is left byte-for-byte as it was. Alembic is imported only
when a migration is actually due, which keeps it out of a normal start.
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
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .migrations import HEAD, KNOWN_REVISIONS

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database the application cannot use; the message is for the member."""


class DatabaseTooNew(DatabaseError):
    pass


class DiskFull(DatabaseError):
    pass


@dataclass
class Database:
    engine: Engine
    url: str
    path: Path | None  # None for a server database
    created: bool  # made just now: the caller may fill it with the demo material
    backup: Path | None = None  # the copy taken before a migration

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._sessions() as s:
            try:
                with s.begin():
                    yield s
            except OperationalError as exc:
                raise translate_operational_error(exc, self.path) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def translate_operational_error(exc: OperationalError, path: Path | None) -> DatabaseError | OperationalError:
    text = str(exc.orig).lower()
    where = str(path) if path else "databasen"
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


def open_database(db: str | os.PathLike[str], *, migrate: bool = True) -> Database:
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
    else:
        revision = _inspect_existing(path)
    engine = _sqlite_engine(url)
    backup = None
    if revision != HEAD and migrate:
        if revision is not None:
            backup = backup_sqlite(path, f"före-uppgradering-{revision}")
            log.info("Säkerhetskopia före uppgradering: %s", backup)
        try:
            _upgrade(engine)
        except OperationalError as exc:
            engine.dispose()
            raise translate_operational_error(exc, path) from exc
    return Database(engine, url, path, created=created, backup=backup)


def _check_can_create(path: Path) -> None:
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Kan inte skapa mappen {parent}: {exc.strerror}.") from exc
    if not os.access(parent, os.W_OK):
        raise DatabaseError(f"Kan inte skapa databasen {path}: mappen {parent} är skrivskyddad.")


def _inspect_existing(path: Path) -> str | None:
    """Return the schema revision of an existing file, refusing anything we must not touch."""
    if path.is_dir():
        raise DatabaseError(f"{path} är en mapp, inte en databasfil.")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"Kan inte läsa {path}: {exc.strerror}.") from exc
    if head != SQLITE_MAGIC:
        raise DatabaseError(f"{path} är inte en databas (filen är inte en SQLite-fil). Filen lämnades orörd.")
    try:
        # immutable: read without creating -wal/-shm files or taking locks, so nothing changes on disk.
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
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


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_con: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_con.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        for pragma in extra_pragmas:
            cur.execute(pragma)
        cur.close()

    return engine


extra_pragmas: list[str] = []
"""Further PRAGMAs for every new connection; tests use it to simulate a full disk."""


def backup_sqlite(path: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    tmp = target.with_suffix(".tmp")
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)
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
