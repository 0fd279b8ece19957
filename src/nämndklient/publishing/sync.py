"""The central store: the secretariat pushes meetings to PostgreSQL, members pull what changed.

The central database has the same schema as the member's (same models, same
migrations, no search index). Pushing writes a meeting exactly as a package
import would; pulling reads every meeting modified since the last pull back out
as package content and applies it locally, so both paths share one writer and
one set of rules (new versions, withdrawn items as marks, re-anchored notes).
Timestamps come from the publishers' clocks, so each pull re-reads a few
minutes before its watermark; re-applying an unchanged meeting changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..persistence.database import Database, DatabaseError, open_database
from ..persistence.models import AgendaItem, Case, Document, ItemDocument, Meeting, SyncState, utcnow
from ..persistence.writer import guard_personal
from .package_reader import Checkpoint, PackageReport, apply_content
from .package_writer import build_content

OVERLAP = dt.timedelta(minutes=10)


def central_url(url: str) -> str:
    """`postgresql://…` means psycopg 3 here (psycopg2 is not a dependency)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def display_url(url: str) -> str:
    """The URL as stored and shown: never with its password."""
    return make_url(url).render_as_string(hide_password=True)


def url_without_password(url: str) -> str:
    """The URL to remember between sessions: the password left out entirely, not masked."""
    u = make_url(url)  # URL.set(password=None) would keep it: None there means "unchanged"
    return URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query).render_as_string(
        hide_password=False)


def url_has_password(url: str) -> bool:
    return make_url(url).password is not None


def open_central(url: str, *, migrate: bool) -> Database:
    try:
        return open_database(central_url(url), migrate=migrate)
    except DatabaseError:
        raise
    except Exception as exc:  # driver errors carry the URL; keep the password out of messages
        raise DatabaseError(f"Kan inte ansluta till den centrala databasen {display_url(url)}: {type(exc).__name__}.") from exc


def push(source: Database, meeting_ref: str, target_url: str) -> PackageReport:
    """Publish one meeting from the secretariat's database to the central store, in one transaction there."""
    from ..services.catalog import find_meeting

    with source.session() as s:
        content = build_content(s, find_meeting(s, meeting_ref).key)
    central = open_central(target_url, migrate=True)
    try:
        with central.session() as cs:
            return apply_content(cs, content, mark_fetched=False, source_name="central")
    finally:
        central.dispose()


@dataclass
class SyncReport:
    source: str
    meetings: list[PackageReport] = field(default_factory=list)
    watermark: dt.datetime | None = None


def _changed_meeting_keys(session: Session, since: dt.datetime | None) -> list[tuple[str, dt.datetime]]:
    """Meetings modified since `since`, or whose documents were: (key, newest modification)."""
    query = select(Meeting.key, Meeting.modified_at)
    if since is None:
        return [(key, modified) for key, modified in session.execute(query)]
    found = {key: modified for key, modified in session.execute(query.where(Meeting.modified_at > since))}
    via_case = (
        select(Meeting.key, Document.modified_at)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .join(Case, Case.id == AgendaItem.case_id)
        .join(Document, Document.case_id == Case.id)
        .where(Document.modified_at > since)
    )
    via_attachment = (
        select(Meeting.key, Document.modified_at)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .join(ItemDocument, ItemDocument.item_id == AgendaItem.id)
        .join(Document, Document.id == ItemDocument.document_id)
        .where(Document.modified_at > since)
    )
    for query_ in (via_case, via_attachment):
        for key, modified in session.execute(query_):
            found[key] = max(modified, found.get(key, modified))
    return sorted(found.items())


def pull(local: Database, url: str, *, checkpoint: Checkpoint | None = None,
         progress: Callable[[int, int], None] | None = None) -> SyncReport:
    """Bring the member's database up to date with the central store; one local transaction.

    `checkpoint` may raise to cancel: the local transaction rolls back and the
    watermark stays, so the next pull fetches the same again. `progress(done,
    total)` is called per meeting.
    """
    source = display_url(url)
    with local.session() as s:
        state = s.scalar(select(SyncState).where(SyncState.source == source))
        watermark = state.watermark if state else None
    central = open_central(url, migrate=False)
    try:
        with central.session() as cs:
            changed = _changed_meeting_keys(cs, watermark - OVERLAP if watermark else None)
            contents = [build_content(cs, key) for key, _ in changed]
    except DBAPIError as exc:  # the driver's text names host and port, never the password; keep it short anyway
        raise DatabaseError(f"Kan inte ansluta till den centrala databasen {source}: "
                            f"{type(exc.orig).__name__}. Kontrollera adressen och nätverket.") from exc
    finally:
        central.dispose()
    result = SyncReport(source, watermark=max([watermark, *(m for _, m in changed)], key=_sort_key))
    with local.session() as s:
        guard_personal(s, allow_anchors=True)
        for done, content in enumerate(contents):
            if progress is not None:
                progress(done, len(contents))
            result.meetings.append(apply_content(s, content, source_name=source, checkpoint=checkpoint))
        if checkpoint is not None:
            checkpoint()
        state = s.scalar(select(SyncState).where(SyncState.source == source))
        if state is None:
            state = SyncState(source=source)
            s.add(state)
        state.watermark, state.synced_at = result.watermark, utcnow()
    return result


def _sort_key(value: dt.datetime | None) -> dt.datetime:
    return value or dt.datetime.min


@dataclass(frozen=True)
class DocumentSync:
    key: str
    title: str
    version: int
    fetched_at: dt.datetime | None


@dataclass(frozen=True)
class MeetingSync:
    key: str
    title: str
    fetched_at: dt.datetime | None
    items: dict[str, str]  # item key -> current, changed, withdrawn
    documents: tuple[DocumentSync, ...]


def sync_status(session: Session) -> list[MeetingSync]:
    """Per meeting and document: its state for the member and when it was last fetched."""
    from ..services.catalog import meetings

    out = []
    for info in meetings(session):
        meeting = session.scalar(select(Meeting).where(Meeting.key == info.key))
        docs: dict[str, Document] = {}
        for item in meeting.items:
            for d in (item.case.documents if item.case else []):
                docs[d.key] = d
            for a in item.attachments:
                docs[a.document.key] = a.document
        out.append(
            MeetingSync(
                info.key,
                info.title,
                meeting.fetched_at,
                {i.key: i.state for i in info.items},
                tuple(DocumentSync(d.key, d.title, d.version, d.fetched_at) for d in docs.values()),
            )
        )
    return out
