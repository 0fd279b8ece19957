"""Write files so that a crash never leaves half a file where a whole one should be."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside `out`; it replaces `out` only if the block succeeds."""
    from .runtime.leftovers import hold, remove_stale

    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(out.parent, out.name)  # what a killed earlier write of the same file left
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    tmp = Path(name)
    try:
        hold(fd)
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        tmp.chmod(0o666 & ~_umask())  # mkstemp makes the file private; an export should not be
        os.replace(tmp, out)
    finally:
        os.close(fd)
        tmp.unlink(missing_ok=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomically(out: Path, data: bytes) -> None:
    with atomic_path(out) as tmp:
        tmp.write_bytes(data)
