"""Temporary files a killed run left behind, removed when the next run starts.

A pack or an export is written to a hidden temporary file beside its target
(`.pack.pdf.x1y2.part`, `.cal.ics.x1y2.tmp`) and renamed when whole, so a kill
leaves no half file under the real name, but it does leave the temporary one.
The writer holds an exclusive lock on its temporary file while it writes
(`hold`); a file nobody holds a lock on belongs to a run that is gone, and is
removed (`remove_stale`). Where locks do not exist (Windows), a file another
process still has open cannot be deleted anyway, and is left alone.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def hold(fd: int) -> None:
    """Mark an open temporary file as in use by this process, until it is closed."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _in_use(path: Path) -> bool:
    if fcntl is None:  # pragma: no cover - Windows: deleting an open file fails by itself
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True  # cannot look: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing releases the lock just taken
    return False


def remove_stale(folder: Path, target_name: str, suffixes: tuple[str, ...] = (".part", ".tmp")) -> list[Path]:
    """Remove the leftover temporary files of `target_name` in `folder`; the paths removed."""
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(f".{_glob_escape(target_name)}.*"))
    except OSError:
        return removed
    for path in candidates:
        if path.suffix not in suffixes or path.is_symlink() or not path.is_file() or _in_use(path):
            continue
        try:
            path.unlink()
            removed.append(path)
            log.info("Tog bort en kvarlämnad tillfällig fil: %s", path)
        except OSError:
            continue
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
