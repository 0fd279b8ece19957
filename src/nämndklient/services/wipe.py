"""Rensa allt: every piece of published material leaves this computer in one step.

Portals wipe a lost laptop from the server; an offline laptop has to be wiped by
its member before it goes, say, to repair. Everything the publisher sent goes:
every `Published` table, the search index, the built packs in the cache and the
database's backups (`*.bak`, copies taken before an upgrade or encryption, which
hold the same material). The member's own rows stay unless the member says
otherwise. The database part is one transaction: it all goes or nothing does.
Afterwards the file is rebuilt (VACUUM) and its write-ahead log truncated, so no
freed page or log frame keeps a copy.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..persistence import search_index
from ..persistence.database import Database
from ..persistence.models import Base, Personal, Published
from .confidential import compact, secure_delete

log = logging.getLogger(__name__)


@dataclass
class WipeReport:
    published_rows: int = 0
    personal_rows: int = 0  # deleted: 0 when the notes were kept
    backups: list[Path] = field(default_factory=list)  # removed
    backups_left: list[Path] = field(default_factory=list)  # could not be removed (named to the member)
    cache_files: int = 0
    compacted: bool = True  # False: the rows are gone, but VACUUM failed (busy, disk full) and should be redone


def _tables(kind: type[Base]) -> list[type[Base]]:
    """Mapped classes of one kind, children before parents, so foreign keys never block a delete."""
    order = {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}
    classes = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, kind)]
    return sorted(classes, key=lambda c: order[c.__tablename__], reverse=True)  # type: ignore[attr-defined]


def published_tables() -> list[str]:
    return [c.__tablename__ for c in _tables(Published)]  # type: ignore[attr-defined]


def wipe_rows(session: Session, *, keep_notes: bool) -> WipeReport:
    """The database part, in the caller's transaction: published rows, search index, and personal rows if asked."""
    report = WipeReport()
    secure_delete(session)
    kinds: list[type[Base]] = [Published] if keep_notes else [Published, Personal]
    for kind in kinds:
        for cls in _tables(kind):
            count = session.scalar(select(func.count()).select_from(cls)) or 0
            session.execute(delete(cls))
            if kind is Published:
                report.published_rows += count
            else:
                report.personal_rows += count
    search_index.clear(session, keep_kinds=("note",) if keep_notes else ())
    session.flush()
    return report


def backups_of(path: Path) -> list[Path]:
    """The database's own backups: `NAME.<label>-<stamp>.bak` beside it (upgrade, encryption)."""
    return sorted(p for p in path.parent.glob(path.name + ".*.bak") if p.is_file())


def wipe_published(target: Database | Session, *, keep_notes: bool, pack_cache: Path | None = None) -> WipeReport:
    """Delete all published material; with `keep_notes=False` the member's own rows too.

    Given a session, only the rows go, inside the caller's transaction (the caller compacts).
    Given the database, the whole step: rows in one transaction, then VACUUM and a truncated
    WAL, the database's `*.bak` backups and the pack cache (`pack_cache`, default the
    application's).
    """
    if isinstance(target, Session):
        return wipe_rows(target, keep_notes=keep_notes)
    from ..runtime.paths import clear_pack_cache

    with target.session() as s:
        report = wipe_rows(s, keep_notes=keep_notes)
    try:
        compact(target)
    except Exception:  # the rows are gone and committed: say so rather than report a failed wipe
        log.warning("Databasen kunde inte komprimeras efter rensningen", exc_info=True)
        report.compacted = False
    if target.path is not None:
        for bak in backups_of(target.path):
            try:
                bak.unlink()
                report.backups.append(bak)
            except OSError:
                log.warning("Säkerhetskopian %s kunde inte tas bort", bak, exc_info=True)
                report.backups_left.append(bak)
    report.cache_files = clear_pack_cache(pack_cache)
    log.info("Rensa allt: %d publicerade rader, %d egna rader, %d säkerhetskopior, %d filer i cachen borttagna",
             report.published_rows, report.personal_rows, len(report.backups), report.cache_files)
    return report
