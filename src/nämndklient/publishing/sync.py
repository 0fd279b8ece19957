"""The central store: the secretariat pushes meetings to PostgreSQL, members pull what changed.

The central database has the same schema as the member's (same models, same
migrations, no search index). Pushing writes a meeting exactly as a package
import would; pulling reads every meeting modified since the last pull back out
as package content and applies it locally, so both paths share one writer and
one set of rules (new versions, withdrawn items as marks, re-anchored notes).
Timestamps come from the publishers' clocks, so each pull re-reads a few
minutes before its watermark; re-applying an unchanged meeting changes nothing.

The central store is verified like a package: every document's bytes against
its declared checksum, every meeting against the package schema, the store's
version of each meeting against the highest the member has seen from it (an
older one, or the same version with other content, is refused: a `confidential`
flipped on the server does not declassify anything), and the package scope
rules. A meeting that fails is skipped and named; the rest is synced. The
watermark never passes the server's own clock, so one row dated in the future
cannot stop later changes from being pulled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..persistence.database import Database, DatabaseError, open_database
from ..persistence.models import (
    AgendaItem,
    Case,
    Document,
    DocumentVersion,
    ItemDocument,
    Meeting,
    SyncState,
    utcnow,
)
from ..persistence.writer import guard_personal
from . import freshness
from . import manifest as mf
from .package_reader import Checkpoint, Origin, PackageReport, apply_content
from .package_writer import PackageContent, StoredContentMismatch, build_content

OVERLAP = dt.timedelta(minutes=10)
log = logging.getLogger(__name__)


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
            _mend_damaged(cs, content)
            result = apply_content(cs, content, mark_fetched=False, source_name="central")
            # The store's own version of the meeting: one more whenever what members would read changed.
            try:
                result.version = freshness.issue_version(cs, build_content(cs, content.meeting_key).manifest)
            except StoredContentMismatch as exc:  # a document of the meeting the push does not carry
                raise DatabaseError(f"Den centrala databasen {display_url(target_url)}: {exc}; "
                                    "inget publicerades.") from exc
            return result
    finally:
        central.dispose()


def _mend_damaged(session: Session, content: PackageContent) -> None:
    """A stored document whose bytes no longer match its checksum gets the pushed bytes as a new version.

    Without this the writer would take the damaged copy for the same content (its
    declared checksum still agrees) and members would refuse the meeting for good.
    """
    for f in content.manifest["file"]:
        doc = session.scalar(select(Document).where(Document.key == f["id"]))
        if doc is None:
            continue
        row = session.execute(select(DocumentVersion.content, DocumentVersion.sha256).where(
            DocumentVersion.document_id == doc.id, DocumentVersion.version == doc.version)).first()
        stored = bytes(row[0]) if row is not None and row[0] is not None else b""
        if row is None or row[1] != doc.sha256 or hashlib.sha256(stored).hexdigest() != doc.sha256:
            log.warning("Dokumentet %s i den centrala databasen var skadat; det ersätts av det publicerade", doc.key)
            doc.sha256 = ""  # differs from any content: the push stores a new version
    session.flush()


@dataclass
class SyncReport:
    source: str
    meetings: list[PackageReport] = field(default_factory=list)
    watermark: dt.datetime | None = None
    refused: list[str] = field(default_factory=list)  # one sentence per meeting skipped, naming it


def server_now(session: Session) -> dt.datetime:
    """The central server's clock in UTC (naive, like every stored time): the watermark never passes it."""
    if session.get_bind().dialect.name == "postgresql":
        value = session.execute(text("SELECT timezone('UTC', now())")).scalar_one()
    else:
        value = session.execute(text("SELECT CURRENT_TIMESTAMP")).scalar_one()
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=None)


def _read_meeting(session: Session, key: str, source: str) -> PackageContent:
    """One meeting of the central store as package content, checked as a package's manifest would be."""
    content = build_content(session, key, version=freshness.issued_version(session, key))
    mf.parse(mf.encode(content.manifest), f"{source} ({key})")
    return content


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
    refused: list[str] = []
    bad: set[str] = set()  # meetings skipped: the watermark stays below them, so the next pull reports them again
    contents: list[PackageContent] = []
    try:
        with central.session() as cs:
            now = server_now(cs)
            since = min(watermark, now) if watermark else None  # a watermark from before the clamp, too
            changed = _changed_meeting_keys(cs, since - OVERLAP if since else None)
            for key, _ in changed:
                try:
                    contents.append(_read_meeting(cs, key, source))
                except mf.PackageRefused as exc:
                    bad.add(key)
                    refused.append(f"{source}: {key}: {exc.reason} Sammanträdet hoppades över.")
                except DBAPIError:
                    raise
                except Exception as exc:  # a damaged row (a bad kind, a wrong checksum): skipped, named
                    bad.add(key)
                    log.warning("Sammanträdet %s i den centrala databasen kunde inte läsas", key, exc_info=True)
                    refused.append(f"{source}: {key}: sammanträdet kan inte läsas ({_row_problem(exc)}). "
                                   "Det hoppades över.")
    except DBAPIError as exc:  # the driver's text names host and port, never the password; keep it short anyway
        raise DatabaseError(f"Kan inte ansluta till den centrala databasen {source}: "
                            f"{type(exc.orig).__name__}. Kontrollera adressen och nätverket.") from exc
    finally:
        central.dispose()
    result = SyncReport(source, refused=refused)
    origin_for = freshness.central_publisher(source)
    with local.session() as s:
        guard_personal(s, allow_anchors=True)
        for done, content in enumerate(contents):
            if progress is not None:
                progress(done, len(contents))
            origin = Origin(origin_for, True, f"{source} ({content.meeting_key})")
            try:
                report = apply_content(s, content, source_name=source, checkpoint=checkpoint, origin=origin)
            except mf.PackageRefused as exc:  # raised before the meeting's first write: the others go on
                bad.add(content.meeting_key)
                result.refused.append(f"{source}: {content.meeting_key}: {exc.reason} Sammanträdet hoppades över.")
                continue
            result.meetings.append(report)
        if checkpoint is not None:
            checkpoint()
        result.watermark = _watermark(watermark, changed, bad, now)
        state = s.scalar(select(SyncState).where(SyncState.source == source))
        if state is None:
            state = SyncState(source=source)
            s.add(state)
        state.watermark, state.synced_at = result.watermark, utcnow()
    return result


def _sort_key(value: dt.datetime | None) -> dt.datetime:
    return value or dt.datetime.min


def _watermark(previous: dt.datetime | None, changed: list[tuple[str, dt.datetime]], bad: set[str],
               now: dt.datetime) -> dt.datetime | None:
    """How far the next pull may skip: never past the server's clock, and not past a meeting that was skipped."""
    floor = min(previous, now) if previous is not None else None
    mark = max([floor, *(min(m, now) for k, m in changed if k not in bad and m is not None)], key=_sort_key)
    held = [min(m, now) for k, m in changed if k in bad and m is not None]
    if held and mark is not None:
        mark = min(mark, min(held) - dt.timedelta(microseconds=1))
    return max([floor, mark], key=_sort_key)


def _row_problem(exc: Exception) -> str:
    if isinstance(exc, StoredContentMismatch):
        return str(exc)
    return f"ett fält har ett oväntat värde, {type(exc).__name__}"


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
