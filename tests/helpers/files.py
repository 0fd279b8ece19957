"""Small helpers for tests that must prove a file was left exactly as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digest_tree(path: Path) -> dict[str, str]:
    """Hash of every file of a database: the file itself and any -wal/-shm beside it."""
    return {p.name: digest(p) for p in sorted(path.parent.glob(path.name + "*")) if p.is_file()}


def db_digest(path: Path) -> str:
    """Hash of a database's content: any committed change in the WAL is moved into the file first.

    The -shm file is SQLite's shared-memory index, rewritten by every connection, and an
    uncommitted WAL tail is not data; after a TRUNCATE checkpoint the main file holds
    everything that was ever committed.
    """
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return digest(path)
