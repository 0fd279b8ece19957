"""Where the application keeps its files, per platform (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP = "namndklient"
ENV_DB = "NAMNDKLIENT_DB"


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False, ensure_exists=False)


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP, appauthor=False, ensure_exists=False)


def default_database() -> str:
    """`--db` wins, then NAMNDKLIENT_DB, then the platform's user data directory."""
    return os.environ.get(ENV_DB) or str(data_dir() / "namndklient.sqlite")


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP, appauthor=False, ensure_exists=False)


def pack_cache_dir() -> Path:
    """Where "Öppna i PDF-läsare" and printing put a built pack: the PDF reader needs a file."""
    return cache_dir() / "möteshandlingar"


def clear_pack_cache(directory: Path | None = None) -> int:
    """Delete every built pack in the cache; the number of files removed.

    A pack may hold confidential pages, and the cache is neither encrypted nor expired with the
    database: it is emptied when the application quits, locks, wipes or expires an item. A file a
    PDF reader still holds open on Windows is left for the next call.
    """
    folder = directory or pack_cache_dir()
    if not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.rglob("*"), reverse=True):  # files before their folders
        try:
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
