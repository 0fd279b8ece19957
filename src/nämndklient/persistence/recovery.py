"""Changes to several files at once (a database and its backups), and what an interrupted one leaves.

A re-key, an encryption or a decryption writes a new version of the database
and of every backup beside it. Each new version is first written in full to a
temporary file (`<name>.omkryptering.tmp`), checked and synced; only then is a
journal (`<database>.omkryptering.json`) written, atomically, listing every
rename and removal still to do. The journal is the commit point:

- killed before it exists, every original is untouched and the temporary files
  are leftovers, removed at the next start;
- killed after it exists, the next start finishes the renames (`roll_forward`),
  so the database and all its backups end under the new key together.

Either way one key opens the database and every backup, never a mix. Nothing
here needs the key: finishing is renaming files that were checked before the
journal was written.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".omkryptering.json"
TMP_SUFFIX = ".omkryptering.tmp"


class RecoveryError(Exception):
    """An interrupted change that cannot be finished safely; the message is for the member."""


def journal_path(db: Path) -> Path:
    return db.with_name(db.name + JOURNAL_SUFFIX)


def temp_for(target: Path) -> Path:
    """Where the new version of `target` is written before the commit."""
    return target.with_name(target.name + TMP_SUFFIX)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit(db: Path, replace: Iterable[Path], remove: Iterable[Path] = ()) -> None:
    """Make the change: each `temp_for(target)` becomes `target`, each of `remove` goes.

    Every temporary file must already be complete, checked and synced.
    """
    folder = db.parent
    entries = {"replace": [p.name for p in replace], "remove": [p.name for p in remove]}
    for name in entries["replace"]:
        if not temp_for(folder / name).is_file():
            raise RecoveryError(f"{temp_for(folder / name)} saknas; inget ändrades.")
    journal = journal_path(db)
    pending = journal.with_name(journal.name + ".tmp")
    pending.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    fsync_file(pending)
    os.replace(pending, journal)  # the commit point
    fsync_dir(folder)
    roll_forward(db)


def roll_forward(db: Path) -> bool:
    """Finish a committed change left by a killed process; True when there was one.

    Safe to run again after being killed itself: a rename already done has no
    temporary file left, a removal already done has no file left.
    """
    journal = journal_path(db)
    if not journal.is_file():
        return False
    try:
        entries = json.loads(journal.read_text(encoding="utf-8"))
        replace, remove = list(entries["replace"]), list(entries["remove"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RecoveryError(
            f"{journal} kan inte läsas: en avbruten omkryptering kan inte slutföras. "
            "Inget ändrades; flytta filen och försök igen."
        ) from exc
    folder = db.parent
    for name in replace:
        target = folder / Path(name).name  # a bare name: never a path outside the folder
        tmp = temp_for(target)
        if not tmp.exists():
            continue  # renamed before the kill
        if target == db:
            _drop_empty_journals(db)
        os.replace(tmp, target)
    for name in remove:
        (folder / Path(name).name).unlink(missing_ok=True)
    fsync_dir(folder)
    journal.unlink()
    fsync_dir(folder)
    log.info("En avbruten omkryptering av %s slutfördes (%d filer)", db.name, len(replace))
    return True


def _drop_empty_journals(db: Path) -> None:
    """The old file's -wal/-shm must not be applied to the new one; one with content is never deleted."""
    for suffix in ("-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if suffix == "-wal" and side.exists() and side.stat().st_size:
            raise RecoveryError(
                f"{side} har innehåll som inte förts in i databasen: en avbruten omkryptering kan inte "
                "slutföras. Inget ändrades; stäng Nämndklient i andra fönster och försök igen."
            )
        side.unlink(missing_ok=True)


def leftovers(db: Path) -> list[Path]:
    """Our own temporary files beside the database: conversions and backups that were killed.

    Each is a copy of the database or of a backup still there, never the only
    copy: only listed when the database itself is there and no journal waits.
    """
    if journal_path(db).exists() or not db.is_file() or db.stat().st_size == 0:
        return []
    found = []
    for pattern in (".*.tmp", ".*.tmp-journal", JOURNAL_SUFFIX + ".tmp"):
        found += [p for p in db.parent.glob(db.name + pattern) if p.is_file()]
    return sorted(set(found))


def recover(db: Path) -> list[Path]:
    """At start: finish a committed change, then remove leftovers; returns what was removed."""
    db = Path(db)
    roll_forward(db)
    removed = []
    for path in leftovers(db):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("Den kvarlämnade temporära filen %s kunde inte tas bort", path.name)
            continue
        removed.append(path)
        log.info("Tog bort en kvarlämnad temporär fil: %s", path.name)
    return removed
