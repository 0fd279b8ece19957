"""Confidential items expire: after the publisher's stated time their content leaves the laptop.

A package marks an item `public: false` with `confidentialDays`; the item's
confidentiality lapses that many days after the meeting. A lost laptop should
then carry as little as possible, so the documents' bytes, text and extracted
details go (every version), and so do the search entries that would quote them (the
document's own and one per page of an attachment).
The item row stays with number, title and dnr and the day it expired, so the
agenda shows that something was there and why it is gone. The member's own
notes are personal rows and are never touched here.

Deleting a row is not enough on its own: SQLite keeps freed pages and FTS5
keeps old index segments until they are merged. `expire_due` therefore turns
on `secure_delete` (freed space is overwritten with zeros) and merges the FTS5
indexes; `run_expiry` commits, rebuilds the file (VACUUM) and truncates the
write-ahead log, which can still hold copies of the pages just cleared.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select, text, update
from sqlalchemy.orm import Session, selectinload

from ..persistence import search_index
from ..persistence.database import Database
from ..persistence.models import AgendaItem, Document, DocumentVersion, ItemDocument, Meeting, Note

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExpiredItem:
    """What the agenda keeps of an item whose content was removed (no content, only the record)."""

    key: str
    meeting: str
    number: str
    title: str
    dnr: str | None
    lapsed_on: dt.date  # the last day of confidentiality
    expired_on: dt.date  # the day the content was removed
    documents: int  # documents whose content was removed


def lapse_date(meeting_day: dt.date, days: int) -> dt.date:
    """The last day the content is kept: `days` after the (last) meeting day."""
    return meeting_day + dt.timedelta(days=days)


def is_due(meeting_day: dt.date, days: int | None, today: dt.date) -> bool:
    return days is not None and today > lapse_date(meeting_day, days)


def _due_items(session: Session, today: dt.date) -> list[AgendaItem]:
    query = (
        select(AgendaItem)
        .join(AgendaItem.meeting)
        .where(AgendaItem.confidential.is_(True), AgendaItem.confidential_days.is_not(None))
        .options(selectinload(AgendaItem.meeting), selectinload(AgendaItem.case),
                 selectinload(AgendaItem.attachments).selectinload(ItemDocument.document))
        .order_by(Meeting.start, AgendaItem.order)
    )
    return [i for i in session.scalars(query) if is_due(i.meeting.end, i.confidential_days, today)]


def _documents_of(session: Session, items: list[AgendaItem]) -> dict[int, Document]:
    """The items' attachments and their cases' documents, minus any that a live item also shows.

    A document reached from a public item, or from a confidential item that has not lapsed yet,
    is still material the member may read: it stays until nothing live points to it.
    """
    ids = {i.id for i in items}
    docs: dict[int, Document] = {a.document.id: a.document for i in items for a in i.attachments}
    case_ids = {i.case_id for i in items if i.case_id is not None}
    if case_ids:
        for d in session.scalars(select(Document).where(Document.case_id.in_(case_ids))):
            docs[d.id] = d
    if not docs:
        return docs
    live_items = select(AgendaItem.id).where(AgendaItem.id.not_in(ids))
    shared = set(session.scalars(
        select(ItemDocument.document_id).where(ItemDocument.item_id.in_(live_items),
                                               ItemDocument.document_id.in_(docs))))
    live_cases = select(AgendaItem.case_id).where(AgendaItem.id.not_in(ids), AgendaItem.case_id.is_not(None))
    shared |= set(session.scalars(
        select(Document.id).where(Document.id.in_(docs), Document.case_id.in_(live_cases))))
    return {k: d for k, d in docs.items() if k not in shared}


def _has_content(session: Session, doc_ids: list[int]) -> bool:
    if not doc_ids:
        return False
    left = session.scalar(
        select(DocumentVersion.id).where(
            DocumentVersion.document_id.in_(doc_ids),
            or_(DocumentVersion.content.is_not(None), DocumentVersion.text != ""),
        ).limit(1)
    )
    return left is not None or session.scalar(
        select(Document.id).where(Document.id.in_(doc_ids), Document.text != "").limit(1)) is not None


def _has_search_entries(session: Session, refs: list[str]) -> bool:
    return bool(refs) and search_index.count_refs(session, refs) > 0


def secure_delete(session: Session) -> None:
    """Overwrite freed space with zeros for the rest of this connection's life (SQLite only)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete=ON"))


def expire_due(session: Session, today: dt.date) -> list[ExpiredItem]:
    """Remove the content of every confidential item whose confidentiality lapsed before `today`.

    Runs inside the caller's transaction. Idempotent: an item already expired is checked again
    (a re-import may have brought a revised document back) but is not reported twice.
    Returns the items expired now.
    """
    items = _due_items(session, today)
    if not items:
        return []
    secure_delete(session)
    docs = _documents_of(session, items)
    doc_ids = sorted(docs)
    refs = [f"item:{i.key}" for i in items] + [f"document:{d.key}" for d in docs.values()]
    refs += search_index.page_refs(session, [d.key for d in docs.values()])  # each page of an attachment
    fresh = [i for i in items if i.expired_at is None]
    if not fresh and not _has_content(session, doc_ids) and not _has_search_entries(session, refs):
        return []

    if doc_ids:
        session.execute(update(DocumentVersion).where(DocumentVersion.document_id.in_(doc_ids))
                        .values(content=None, text="", details={}))
        session.execute(update(Document).where(Document.id.in_(doc_ids)).values(text="", details={}))
    search_index.remove_many(session, refs)
    _drop_anchor_context(session, items)
    removed_per_item = _count_per_item(items, docs)
    out = []
    for item in fresh:
        item.expired_at = today
        out.append(ExpiredItem(
            key=item.key, meeting=item.meeting.key, number=item.number, title=item.title,
            dnr=item.case.dnr if item.case else None,
            lapsed_on=lapse_date(item.meeting.end, item.confidential_days or 0), expired_on=today,
            documents=removed_per_item.get(item.id, 0),
        ))
    session.flush()
    search_index.optimize(session)
    log.info("Sekretesstiden har gått ut: innehållet i %d ärendepunkter och %d dokument togs bort",
             len(out), len(doc_ids))  # counts only: never a title
    return out


def _drop_anchor_context(session: Session, items: list[AgendaItem]) -> None:
    """A quoted note keeps its text and quote, but not the document's words around the quote.

    `prefix` and `suffix` are copied from the document to find the passage again, not written by
    the member; with the document gone they are the last copy of its text. Only anchor columns
    change, as on any re-import (see `models.ANCHOR_COLUMNS`), and the note is marked as no longer
    found in the documents.
    """
    keys = [i.key for i in items]
    session.execute(update(Note).where(Note.target_kind == "item", Note.target_key.in_(keys),
                                       or_(Note.prefix.is_not(None), Note.suffix.is_not(None)))
                    .values(prefix=None, suffix=None, orphaned=True))


def _count_per_item(items: list[AgendaItem], docs: dict[int, Document]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for item in items:
        ids = {a.document.id for a in item.attachments}
        ids |= {d.id for d in docs.values() if item.case_id is not None and d.case_id == item.case_id}
        counts[item.id] = len(ids & set(docs))
    return counts


def compact(db: Database) -> None:
    """Rewrite the database file without free pages, then truncate the write-ahead log (SQLite only).

    `secure_delete` zeroes what is freed from now on, but pages freed earlier (an import that
    rewrote a row, before the pragma was on) can still hold old copies of the text. VACUUM
    rebuilds the file from the live rows only; the WAL it writes is then checkpointed and
    truncated to zero bytes. It costs a full copy of the file, so it runs only when something
    was removed.
    """
    if db.path is None:
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as con:
        con.exec_driver_sql("PRAGMA secure_delete=ON")
        con.exec_driver_sql("VACUUM")
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def run_expiry(db: Database, today: dt.date | None = None, *, pack_cache: Path | None = None) -> list[ExpiredItem]:
    """Expire what is due in one transaction, then leave no copy behind: WAL and pack cache.

    Call it when the database has been opened, once a day while the application runs, and from
    the command line. `pack_cache` defaults to the application's cache of built packs, which may
    hold an expired item's pages.
    """
    from ..runtime.paths import clear_pack_cache

    with db.session() as s:
        expired = expire_due(s, today or dt.date.today())
    if expired:
        compact(db)
        clear_pack_cache(pack_cache)
    return expired

