"""Read-only looks at a database file that change nothing on disk and see what a writer has committed.

Two ways to read a file without writing to it:

- `immutable=1` takes no locks and creates no -wal/-shm files, but ignores the
  WAL and assumes nobody writes. While another process checkpoints (copies its
  WAL into the file) the file is half old, half new, and such a read calls a
  healthy database "malformed".
- `mode=ro` takes the shared locks and reads the WAL, so it sees the last
  commit and never a half-copied checkpoint; but on a database nobody has open
  it would create the -wal/-shm files.

So: when the -wal and -shm are there (somebody has the database open, or had
it when killed) we read through the WAL with `mode=ro`, which creates nothing
since they exist; otherwise immutably. A writer can start between the look at
the directory and the read, so a failed immutable read is tried once more
through the WAL before the file is called damaged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from pathlib import Path
from typing import Any

from . import cipher
from .cipher import DatabaseKey

BUSY_MS = 5000  # a checkpoint in progress holds its lock this long at most before we give up


def _sidecars_present(path: Path) -> bool:
    return all(path.with_name(path.name + s).exists() for s in ("-wal", "-shm"))


def connect(path: Path, key: DatabaseKey | None, *, through_wal: bool | None = None) -> Any:
    """A read-only connection: through the WAL when it is live (see the module's text), else immutable."""
    if through_wal is None:
        through_wal = _sidecars_present(path)
    if not through_wal:
        return cipher.connect(path, key, immutable=True)
    con = cipher.connect(path, key, readonly=True)
    con.execute(f"PRAGMA busy_timeout={BUSY_MS}")
    return con


def read_catalog(path: Path, key: DatabaseKey | None) -> tuple[set[str], str | None]:
    """The table names and the Alembic revision; errors are the drivers' own."""
    try:
        return _catalog(path, key, None)
    except cipher.database_errors():
        if not _sidecars_present(path):
            raise
        return _catalog(path, key, True)  # a writer appeared while we read: once more, through its WAL


def _catalog(path: Path, key: DatabaseKey | None, through_wal: bool | None) -> tuple[set[str], str | None]:
    con = connect(path, key, through_wal=through_wal)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        con.close()
    return tables, revision


_PAGE = re.compile(r"page (\d+)")


def hmac_failures(path: Path, key: DatabaseKey) -> list[int]:
    """Page numbers whose HMAC fails with this key, by SQLCipher's own check of every page."""
    con = connect(path, key)
    try:
        rows = con.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        con.close()
    pages = []
    for (message,) in rows:
        text = str(message).lower()
        if "hmac" in text:
            found = _PAGE.search(text)
            pages.append(int(found.group(1)) if found else 0)
    return pages


def opens_with(path: Path, key: DatabaseKey) -> bool:
    """Does the key (with its own salt, whatever the file's first bytes say) decrypt page 1?"""
    try:
        con = connect(path, key)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except cipher.database_errors():
        return False
    return True


def salt_distance(a: bytes, b: bytes) -> int:
    """How many of the 16 salt bytes differ: 1 or 2 is a damaged byte, about 16 is another salt."""
    return sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))


# --- the full HMAC check, once per state of the file ------------------------------------------
#
# SQLCipher checks a page's HMAC when it reads the page, so a page nobody reads is never checked:
# `hmac_failures` reads them all (about 70 MB/s here). To pay that once per state of the file, not
# at every start, a file that passed is remembered by its inode, size, mtime and ctime (and its
# -wal's), MACed with the database key: a change made by anything else moves the ctime, and
# without the key nobody can write a record that matches. Only a record made after a full check
# counts; a file our own process wrote to is checked in full again at the next start.

MAX_REMEMBERED = 20
_passed: set[str] = set()


def _file_state(path: Path) -> str:
    parts = []
    for f in (path, path.with_name(path.name + "-wal")):
        try:
            st = f.stat()
        except FileNotFoundError:
            parts.append("-")
            continue
        parts.append(f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}")
    return "|".join(parts)


def _record(path: Path, key: DatabaseKey) -> tuple[str, str]:
    where = str(Path(path).resolve())
    mac = hmac.new(key.pragma_value().encode(), f"{where}|{_file_state(path)}".encode(), hashlib.sha256)
    return where, mac.hexdigest()


def _records_file() -> Path:
    from ..runtime.paths import data_dir

    return data_dir() / "kontrollerade-filer.json"


def _load() -> dict[str, str]:
    try:
        data = json.loads(_records_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def passed_before(path: Path, key: DatabaseKey) -> bool:
    """Did this very state of the file pass the full check already (this process, or an earlier start)?"""
    where, mac = _record(path, key)
    if mac in _passed:
        return True
    return hmac.compare_digest(_load().get(where, ""), mac)


def remember_passed(path: Path, key: DatabaseKey) -> None:
    where, mac = _record(path, key)
    _passed.add(mac)
    records = _load()
    records.pop(where, None)
    records[where] = mac
    target = _records_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        kept = dict(list(records.items())[-MAX_REMEMBERED:])
        tmp.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only home: the check simply runs again next time
