"""Sync state as the member sees it: per meeting and per document, current, changed or withdrawn, and when fetched.

A document is "changed" when the member marked its item read and the document's
content differs from what the read mark recorded (or the document arrived
after the mark); "withdrawn" when its item was withdrawn; "expired" when its item's
confidentiality lapsed and the content was removed. The meeting's counts
are its items' states, the same ones `list items` and the agenda badges show.
These dataclasses' field names are the documented JSON of `sync --status`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..persistence.models import AgendaItem, Case, Meeting, ReadMark, SyncState
from . import catalog

STATES = ("current", "changed", "withdrawn", "expired")


@dataclass(frozen=True)
class DocumentState:
    key: str
    title: str
    kind: str
    version: int
    state: str  # current, changed, withdrawn, expired
    fetched_at: dt.datetime | None  # None: never fetched (read in from a local file)


@dataclass(frozen=True)
class ItemState:
    key: str
    number: str
    title: str
    state: str
    documents: tuple[DocumentState, ...]


@dataclass(frozen=True)
class MeetingState:
    key: str
    title: str
    fetched_at: dt.datetime | None
    counts: dict[str, int]  # current, changed, withdrawn, expired -> number of items
    items: tuple[ItemState, ...]


@dataclass(frozen=True)
class SourceState:
    source: str  # the central store's address, without password
    synced_at: dt.datetime | None
    watermark: dt.datetime | None


def _read_shas(fingerprint: str) -> dict[str, str]:
    """Document key -> sha256 as recorded by the read mark (see catalog.fingerprint)."""
    out = {}
    for part in fingerprint.split("|")[1:]:
        key, _, sha = part.rpartition("@")
        out[key] = sha
    return out


def _item_state(item: AgendaItem, info: catalog.ItemInfo, read_fp: str | None) -> ItemState:
    read = _read_shas(read_fp) if read_fp is not None else None
    docs = list(item.case.documents) if item.case else []
    docs += [a.document for a in item.attachments if a.document not in docs]
    states = []
    for d in docs:
        if item.expired_at is not None:
            state = "expired"  # confidentiality lapsed: the content was removed
        elif item.withdrawn:
            state = "withdrawn"
        elif read is not None and read.get(d.key) != d.sha256:
            state = "changed"
        else:
            state = "current"
        states.append(DocumentState(d.key, d.title, d.kind, d.version, state, d.fetched_at))
    return ItemState(item.key, item.number, item.title, info.state, tuple(states))


def _meeting_query():  # type: ignore[no-untyped-def]
    return select(Meeting).options(
        selectinload(Meeting.items).selectinload(AgendaItem.case).selectinload(Case.documents),
        selectinload(Meeting.items).selectinload(AgendaItem.attachments),
    )


def _state(session: Session, meeting: Meeting, info: catalog.MeetingInfo, reads: dict[str, str]) -> MeetingState:
    infos = {i.key: i for i in info.items}
    items = tuple(_item_state(i, infos[i.key], reads.get(i.key)) for i in meeting.items if i.key in infos)
    counts = {s: sum(1 for i in items if i.state == s) for s in STATES}
    return MeetingState(meeting.key, meeting.title, meeting.fetched_at, counts, items)


def _reads(session: Session) -> dict[str, str]:
    return dict(session.execute(select(ReadMark.target_key, ReadMark.fingerprint)
                                .where(ReadMark.target_kind == "item")).all())


def meeting_state(session: Session, meeting_key: str) -> MeetingState:
    """One meeting's sync state: what the meeting view shows under its heading."""
    meeting = session.scalar(_meeting_query().where(Meeting.key == meeting_key))
    if meeting is None:
        raise catalog.MeetingNotFound(f"Det finns inget sammanträde {meeting_key!r} i databasen.")
    return _state(session, meeting, catalog.find_meeting(session, str(meeting.id)), _reads(session))


def item_state(session: Session, item_key: str) -> ItemState:
    """One item's documents with version, state and when fetched: what the item view lists."""
    item = session.scalar(select(AgendaItem).where(AgendaItem.key == item_key))
    if item is None:
        raise LookupError(f"Ärendet {item_key!r} finns inte i databasen.")
    state = meeting_state(session, item.meeting.key)
    return next(i for i in state.items if i.key == item_key)


def all_states(session: Session) -> list[MeetingState]:
    """Every meeting, in date order: `sync --status`."""
    reads = _reads(session)
    infos = {m.key: m for m in catalog.meetings(session)}
    found = {m.key: m for m in session.scalars(_meeting_query().where(Meeting.key.in_(infos)))}
    return [_state(session, found[key], info, reads) for key, info in infos.items() if key in found]


def sources(session: Session) -> list[SourceState]:
    """The central stores this database has pulled from, and when."""
    return [SourceState(s.source, s.synced_at, s.watermark)
            for s in session.scalars(select(SyncState).order_by(SyncState.source))]
