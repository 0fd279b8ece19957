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
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import cipher, integrity, recovery
from .cipher import SQLITE_MAGIC, DatabaseKey
from .migrations import HEAD, KNOWN_REVISIONS

log = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_TIMEOUT_MS = 5000  # how long one statement waits for another connection's lock
WRITE_WAIT = 15.0  # how long `Database.write` keeps retrying before it says the database is busy


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


class DatabaseBusy(DatabaseError):
    """Another program holds the write lock and did not let go in time; nothing was written."""


class DatabaseDamaged(DatabaseError):
    """The file cannot be read as it stands; `backup` is the newest copy to restore from, if any."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class DatabaseTampered(DatabaseDamaged):
    """Pages of an encrypted file fail SQLCipher's HMAC with the right key: changed outside the program."""


class HeaderDamaged(DatabaseDamaged):
    """The salt in the first 16 bytes was changed: the key is right, the header is not (not a wrong passphrase)."""


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
            except _driver_errors() as exc:
                raise translate_operational_error(exc, self.path) from exc

    def write(self, work: Callable[[Session], T], *, wait: float | None = None) -> T:
        """`work(session)` in one write transaction that waits its turn behind another writer.

        The transaction starts with BEGIN IMMEDIATE, so the write lock is taken
        (and waited for) before anything is read, and a busy database never
        fails half-way. It is retried until `wait` seconds (default WRITE_WAIT)
        have passed; then DatabaseBusy, one sentence, nothing written.
        """
        wait = WRITE_WAIT if wait is None else wait
        deadline = time.monotonic() + wait
        pause = 0.05
        while True:
            remaining = max(0.0, deadline - time.monotonic())
            try:
                with self._sessions() as s, s.begin():
                    if self.url.startswith("sqlite"):
                        _begin_immediate(s, min(remaining, BUSY_TIMEOUT_MS / 1000))
                    return work(s)
            except _driver_errors() as exc:
                if not is_busy_error(exc) or time.monotonic() + pause >= deadline:
                    raise translate_operational_error(exc, self.path) from exc
            time.sleep(pause)
            pause = min(pause * 2, 1.0)

    def dispose(self) -> None:
        self.engine.dispose()


def _begin_immediate(s: Session, wait: float) -> None:
    con = s.connection()
    con.exec_driver_sql(f"PRAGMA busy_timeout={int(wait * 1000)}")
    try:
        con.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        con.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _driver_errors() -> tuple[type[BaseException], ...]:
    """SQLAlchemy's errors, and SQLCipher's: with a custom creator SQLAlchemy passes those on unwrapped."""
    return (SADatabaseError, *cipher.database_errors())


def _orig(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc)


def is_busy_error(exc: BaseException) -> bool:
    text = _orig(exc).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def busy(path: Path | None) -> DatabaseBusy:
    where = str(path) if path else "Databasen"
    return DatabaseBusy(
        f"{where} är upptagen av ett annat program eller Nämndklient-fönster som skriver i den, "
        "så inget sparades: försök igen om en stund."
    )


def translate_operational_error(exc: BaseException, path: Path | None) -> BaseException:
    text = _orig(exc).lower()
    where = str(path) if path else "databasen"
    if is_busy_error(exc):
        return busy(path)
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
    _recover(path)
    created = not path.exists() or path.stat().st_size == 0
    if created:
        _check_can_create(path)
        revision = None
        _refuse_orphan_wal(path)
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
            _drop_superseded_upgrade_backups(path, revision, backup)
        try:
            _upgrade(engine)
        except Exception as exc:
            engine.dispose()
            if backup is not None:
                _drop_unused_backup(path, key, revision, backup)
            if isinstance(exc, OperationalError):
                raise translate_operational_error(exc, path) from exc
            raise
    return Database(engine, url, path, created=created, backup=backup, key=key)


def _recover(path: Path) -> None:
    """Finish an interrupted re-key and remove our own leftovers, before the file is judged."""
    try:
        recovery.recover(path)
    except recovery.RecoveryError as exc:
        raise DatabaseError(str(exc)) from exc


def _refuse_orphan_wal(path: Path) -> None:
    """A -wal with content beside an empty or missing file may hold the whole database: never delete it."""
    wal, shm = _sidecar(path, "-wal"), _sidecar(path, "-shm")
    converted = recovery.temp_for(path)
    if converted.is_file() and converted.stat().st_size > 0:
        raise DatabaseError(
            f"{path} saknas eller är tom, men {converted.name} bredvid den kan vara den enda kopian av databasen "
            "(en avbruten kryptering): ingenting ändrades; byt namn på den till "
            f"{path.name} om den är din databas, eller flytta den."
        )
    if wal.is_file() and wal.stat().st_size > 0:
        state = "tom" if path.exists() else "borta"
        raise DatabaseDamaged(
            f"{path} är {state} men {wal.name} bredvid den har innehåll, så databasen är ofullständig eller "
            f"skadad: ingenting ändrades eller togs bort; flytta filerna till en säker plats och fråga IT-stödet, "
            f"eller välj en annan databasfil.",
            newest_backup(path) if path.parent.is_dir() else None,
        )
    for empty in (wal, shm):
        if empty.is_file():  # an empty -wal holds nothing; a -shm is only an index of the -wal
            empty.unlink()
            log.info("Tog bort den tomma %s bredvid en ny databas", empty.name)


def _drop_unused_backup(path: Path, key: DatabaseKey | None, revision: str, backup: Path) -> None:
    """A migration that failed rolled back: its backup is a second copy of an unchanged file."""
    try:
        still = _read_revision(path, key)
    except Exception:
        log.warning("Kunde inte kontrollera %s efter en misslyckad uppgradering; kopian behålls", path.name)
        return
    if still == revision:
        backup.unlink(missing_ok=True)
        log.info("Uppgraderingen misslyckades och ångrades; säkerhetskopian %s behövs inte", backup.name)


def _drop_superseded_upgrade_backups(path: Path, revision: str, keep: Path) -> None:
    """Copies from earlier attempts at this same upgrade that never finished (killed): `keep` replaces them."""
    for old in path.parent.glob(f"{path.name}.före-uppgradering-{revision}-*.bak"):
        if old != keep and old.is_file():
            old.unlink()
            log.info("Tog bort %s från ett avbrutet uppgraderingsförsök (ersatt av %s)", old.name, keep.name)


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


def _restore_advice(path: Path) -> tuple[str, Path | None]:
    backup = newest_backup(path)
    advice = (
        f"Återställ från säkerhetskopian {backup} (byt namn på den till {path.name} när programmet är stängt)."
        if backup
        else "Det finns ingen säkerhetskopia bredvid den; importera materialet på nytt i en ny databas."
    )
    return advice, backup


def damaged(path: Path) -> DatabaseDamaged:
    advice, backup = _restore_advice(path)
    return DatabaseDamaged(f"{path} är skadad och kan inte läsas. Filen lämnades orörd. {advice}", backup)


def tampered(path: Path, pages: list[int]) -> DatabaseTampered:
    advice, backup = _restore_advice(path)
    where = f"sidan {pages[0]}" if len(pages) == 1 else f"{len(pages)} sidor (först sidan {pages[0]})"
    return DatabaseTampered(
        f"{path} har ändrats utanför Nämndklient: {where} klarar inte krypteringens kontroll (HMAC), så filen är "
        f"skadad eller manipulerad och ingenting skrevs i den. {advice}",
        backup,
    )


def header_damaged(path: Path) -> HeaderDamaged:
    advice, backup = _restore_advice(path)
    return HeaderDamaged(
        f"{path} har ett skadat huvud (saltet i filens första 16 byte har ändrats), men nyckeln stämmer: det är "
        f"inte fel lösenfras. Filen lämnades orörd. {advice}",
        backup,
    )


MAX_SALT_DAMAGE = 4  # bytes: another file's salt differs in about 16 of them


def _inspect_existing(path: Path, key: DatabaseKey | None = None) -> str | None:
    """Return the schema revision of an existing file, refusing anything we must not touch.

    Reads only (see `integrity`: WAL-aware, nothing created). An encrypted file
    must pass SQLCipher's HMAC check on every page: a page changed outside the
    program is refused as tampering before anything can write to the file.
    """
    head, _ = _read_head(path)
    if key is None and head[:16] != SQLITE_MAGIC:
        raise DatabaseError(f"{path} är inte en databas (filen är inte en SQLite-fil). Filen lämnades orörd.")
    if key is not None and key.salt != head[: cipher.SALT_SIZE]:
        # A key carries its own salt (from the keyring or a backup): if it opens page 1 anyway and the
        # file's salt differs in a byte or two, the header was damaged; a wrong passphrase opens nothing.
        near = integrity.salt_distance(key.salt, head[: cipher.SALT_SIZE]) <= MAX_SALT_DAMAGE
        if near and integrity.opens_with(path, key):
            raise header_damaged(path)
        raise _wrong_passphrase(path)
    try:
        tables, revision = integrity.read_catalog(path, key)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} kan inte läsas som databas ({exc}). Filen lämnades orörd.") from exc
    except cipher.database_errors() as exc:  # only SQLCipher's are left here
        pages = _hmac_failures(path, key)  # type: ignore[arg-type]
        total = max(1, path.stat().st_size // cipher.PAGE_SIZE)
        if cipher.is_wrong_key_error(exc) and len(pages) >= total:
            raise _wrong_passphrase(path) from exc  # a wrong key fails every page; damage only some
        raise (tampered(path, pages) if pages else damaged(path)) from exc
    if key is not None and not integrity.passed_before(path, key):
        pages = _hmac_failures(path, key)
        if pages:
            raise tampered(path, pages)
        integrity.remember_passed(path, key)
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


def _hmac_failures(path: Path, key: DatabaseKey) -> list[int]:
    try:
        return integrity.hmac_failures(path, key)
    except cipher.database_errors() as exc:
        raise damaged(path) from exc


def _read_revision(path: Path, key: DatabaseKey | None) -> str | None:
    return integrity.read_catalog(path, key)[1]


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
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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
    try:
        src = cipher.connect(path, key, readonly=True)
        dst = cipher.connect(tmp, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        recovery.fsync_file(tmp)
        os.replace(tmp, target)  # a killed backup leaves only the .tmp, removed at the next start
        recovery.fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _upgrade(engine: Engine) -> None:
    from .migrations.runner import upgrade_to_head

    upgrade_to_head(engine)
