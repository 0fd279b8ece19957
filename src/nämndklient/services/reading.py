"""Read-side queries the desktop views need, as plain data.

The catalog answers "what is published"; this module answers the reader's
questions on top of it: which meetings come next and how much is left to read,
which meetings fall on which day of a month, what a diarienummer's history is,
and which search hits belong together. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from ..persistence import search_index
from ..persistence.models import AgendaItem, Body, Case, Document, Flag, ItemDocument, Meeting, Note, ReadMark

# The rows the start view shows live beside the quick start query, which must not import SQLAlchemy.
from ..persistence.start_query import JOINT_KINDS as JOINT_KINDS
from ..persistence.start_query import MeetingSummary as MeetingSummary
from ..persistence.start_query import StartList as StartList
from ..persistence.start_query import month_days as month_days
from . import catalog
from .catalog import DocumentInfo, MeetingInfo


@dataclass(frozen=True)
class HistoryEntry:
    date: dt.date | None
    kind: str  # item, document
    title: str
    ref: str  # "item:KEY" or "document:KEY": what activating the row opens


@dataclass(frozen=True)
class SearchRow:
    ref: str  # the indexed thing: item:, document: or note:
    open_ref: str  # what to open: item:KEY or document:KEY
    kind: str
    title: str  # with HIGHLIGHT_START/END around the query's words, like the snippet
    snippet: str  # HIGHLIGHT_START/END around the hits
    date: str | None
    document_key: str | None = None  # a page hit: the attachment to open, at `page`
    page: int | None = None  # 1-based


@dataclass(frozen=True)
class SearchGroup:
    meeting_key: str | None
    heading: str  # "Regionstyrelsens sammanträde", or "Dokument utan sammanträde"
    date: dt.date | None
    kind: str
    rows: tuple[SearchRow, ...]
    item_key: str | None = None  # page hits are grouped under their item
    item_heading: str | None = None  # "§ 4 Uppföljning av åtgärdsplanen"


@dataclass(frozen=True)
class PageOwner:
    """The item an attachment page belongs to, as a page hit shows it."""

    item_key: str
    item_heading: str
    item_order: int
    document_title: str


def summarize(m: MeetingInfo) -> MeetingSummary:
    live = [i for i in m.items if not i.withdrawn]
    return MeetingSummary(
        key=m.key,
        body=m.body,
        body_name=m.body_name,
        start=m.start,
        end=m.end,
        start_time=m.start_time,
        place=m.place,
        title=m.title,
        kind=m.kind,
        items=len(live),
        unread=sum(1 for i in live if not i.read),
        changed=sum(1 for i in live if i.state == "changed"),
        flagged=sum(1 for i in live if i.flagged),
        cancelled=m.cancelled,
    )


def meeting_summaries(
    session: Session,
    bodies: Sequence[str] = (),
    *,
    since: dt.date | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[MeetingSummary]:
    """Meetings with their counts, computed in SQL: ten years of material costs no more than the demo.

    Only "changed since read" needs each read item's documents, and only their keys and hashes.
    """
    live = (AgendaItem.meeting_id == Meeting.id) & AgendaItem.withdrawn.is_(False)
    read = exists().where(ReadMark.target_kind == "item", ReadMark.target_key == AgendaItem.key)
    flag = exists().where(Flag.target_kind == "item", Flag.target_key == AgendaItem.key)
    items = select(func.count(AgendaItem.id)).where(live).scalar_subquery()
    unread = select(func.count(AgendaItem.id)).where(live, ~read).scalar_subquery()
    flagged = select(func.count(AgendaItem.id)).where(live, flag).scalar_subquery()
    query = select(Meeting, Body.code, Body.name, items, unread, flagged).join(Meeting.body)
    if bodies:
        query = query.where(Body.code.in_(list(bodies)))
    if since is not None:
        query = query.where(Meeting.end >= since)
    order = (Meeting.start.desc(), Meeting.id.desc()) if newest_first else (Meeting.start, Meeting.id)
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    rows = session.execute(query).all()
    changed = _changed_counts(session, [r[0].id for r in rows])
    return [
        MeetingSummary(
            key=m.key, body=code, body_name=name, start=m.start, end=m.end, start_time=m.start_time,
            place=m.place, title=m.title, kind=m.kind, items=n_items, unread=n_unread,
            changed=changed.get(m.id, 0), flagged=n_flagged, cancelled=m.cancelled,
        )
        for m, code, name, n_items, n_unread, n_flagged in rows
    ]


def _changed_counts(session: Session, meeting_ids: list[int]) -> dict[int, int]:
    """Per meeting, the read items whose documents changed since they were read."""
    if not meeting_ids:
        return {}
    read_items = session.execute(
        select(AgendaItem.id, AgendaItem.meeting_id, ReadMark.fingerprint)
        .join(ReadMark, (ReadMark.target_kind == "item") & (ReadMark.target_key == AgendaItem.key))
        .where(AgendaItem.meeting_id.in_(meeting_ids), AgendaItem.withdrawn.is_(False))
    ).all()
    now = catalog.fingerprints(session, [item_id for item_id, _, _ in read_items])
    counts: dict[int, int] = {}
    for item_id, meeting_id, seen in read_items:
        if now.get(item_id) != seen:
            counts[meeting_id] = counts.get(meeting_id, 0) + 1
    return counts


def all_meetings(session: Session, bodies: Sequence[str] = ()) -> list[MeetingSummary]:
    """Every meeting of the followed bodies (all bodies when none are chosen), oldest first."""
    return meeting_summaries(session, bodies)


def start_list(session: Session, today: dt.date, bodies: Sequence[str] = (), limit: int = 6) -> StartList:
    """The next meetings from today; when none are planned, the most recent ones, newest first."""
    upcoming = meeting_summaries(session, bodies, since=today, limit=limit)
    if upcoming:
        return StartList(True, tuple(upcoming))
    return StartList(False, tuple(meeting_summaries(session, bodies, newest_first=True, limit=limit)))


def bodies(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every body that has meetings or cases."""
    return [(b.code, b.name) for b in session.scalars(select(Body).order_by(Body.name))]


def case_documents(session: Session) -> list[DocumentInfo]:
    """Published documents other than attachments, newest first (undated last), for a list.

    Only the listed columns are read: text and details stay empty (`catalog.document` gives the
    whole document), so ten years of reports list as fast as the demo's five.
    """
    query = (
        select(Document.key, Document.kind, Document.title, Document.date, Document.version, Document.file_name,
               Case.dnr, Body.code)
        .outerjoin(Document.case).outerjoin(Case.body)
        .where(Document.kind != "attachment")
    )
    docs = [DocumentInfo(key=key, kind=kind, title=title, dnr=dnr, body=code, date=date, version=version,
                         file_name=file_name, details={}, text="")
            for key, kind, title, date, version, file_name, dnr, code in session.execute(query)]
    return sorted(docs, key=lambda d: (d.date is not None, d.date or dt.date.min), reverse=True)


def case_history(session: Session, dnr: str) -> list[HistoryEntry]:
    """Every item and document sharing a diarienummer, oldest first, each with what to open."""
    rows: list[HistoryEntry] = []
    cases = session.scalars(select(Case).where(Case.dnr == dnr).options(selectinload(Case.documents)))
    for case in cases:
        rows += [HistoryEntry(d.date, "document", d.title, f"document:{d.key}") for d in case.documents
                 if d.kind != "attachment"]
        query = select(AgendaItem).where(AgendaItem.case_id == case.id).options(selectinload(AgendaItem.meeting))
        for item in session.scalars(query):
            rows.append(HistoryEntry(item.meeting.start, "item", f"§ {item.number} {item.title}", f"item:{item.key}"))
    return sorted(rows, key=lambda r: (r.date or dt.date.min, r.kind, r.title))


def search_grouped(
    session: Session,
    query: str,
    *,
    body_code: str | None = None,
    year: int | None = None,
    kind: str | None = None,
    limit: int = 100,
) -> list[SearchGroup]:
    """Hits grouped by meeting and kind; meetings newest first, documents without a meeting last.

    Hits on attachment pages are grouped under their item, ordered by document and page; where
    a document's pages are among the hits, its whole-document hit is left out (the pages say more).
    """
    hits = search_index.search(session, query, body_code=body_code, year=year, kind=kind, limit=limit)
    note_targets = _note_targets(session, [h.ref for h in hits if h.kind == "note"])
    meeting_heads = _meeting_heads(session, {h.meeting_key for h in hits if h.meeting_key})
    pages = {h.ref: split_page_ref(h.ref) for h in hits if h.kind == "page"}
    owners = page_owners(session, {doc for doc, _ in pages.values()},
                         {h.meeting_key for h in hits if h.kind == "page" and h.meeting_key})
    paged = {f"document:{doc}" for doc, _ in pages.values() if doc in owners}
    groups: dict[tuple[str | None, str, str | None], list[SearchRow]] = {}
    for h in hits:
        if h.ref in paged:
            continue
        if h.kind == "page":
            doc_key, page = pages[h.ref]
            owner = owners.get(doc_key)
            if owner is None:
                continue  # a page of a document no item shows: nothing to open
            row = SearchRow(h.ref, f"item:{owner.item_key}", h.kind, mark_words(h.title, query), h.snippet, h.date,
                            document_key=doc_key, page=page)
            groups.setdefault((h.meeting_key, h.kind, owner.item_key), []).append(row)
            continue
        open_ref = note_targets.get(h.ref, h.ref) if h.kind == "note" else h.ref
        if open_ref.startswith("note:"):
            continue  # a note whose item is gone: nothing to open
        row = SearchRow(h.ref, open_ref, h.kind, mark_words(h.title, query), h.snippet, h.date)
        groups.setdefault((h.meeting_key, h.kind, None), []).append(row)
    result = []
    by_item = {o.item_key: o for o in owners.values()}
    for (meeting_key, kind_, item_key), rows in groups.items():
        heading, date = meeting_heads.get(meeting_key or "", ("", None))
        owner = by_item.get(item_key or "")
        if owner is not None:
            rows.sort(key=lambda r: (owners[r.document_key or ""].document_title, r.page or 0))
        result.append(SearchGroup(meeting_key, heading, date, kind_, tuple(rows), item_key,
                                  owner.item_heading if owner else None))
    kind_order = {"item": 0, "note": 1, "document": 2, "page": 3}
    result.sort(key=lambda g: (g.meeting_key is None, -(g.date.toordinal() if g.date else 0),
                               kind_order.get(g.kind, 9), by_item[g.item_key].item_order if g.item_key else 0))
    return result


def split_page_ref(ref: str) -> tuple[str, int]:
    """`page:KEY#17` as (KEY, 17)."""
    key, _, page = ref.removeprefix("page:").rpartition("#")
    return key, int(page)


def page_owners(session: Session, doc_keys: set[str], meeting_keys: set[str]) -> dict[str, PageOwner]:
    """Per attachment, the item that shows it: the one in the hit's meeting when several do."""
    if not doc_keys:
        return {}
    rows = session.execute(
        select(Document.key, Document.title, AgendaItem.key, AgendaItem.number, AgendaItem.title, AgendaItem.order,
               Meeting.key)
        .join(ItemDocument, ItemDocument.document_id == Document.id)
        .join(AgendaItem, AgendaItem.id == ItemDocument.item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Document.key.in_(doc_keys))
        .order_by(Meeting.start.desc(), AgendaItem.order)
    ).all()
    owners: dict[str, PageOwner] = {}
    in_meeting: set[str] = set()
    for doc_key, doc_title, item_key, number, title, order, meeting_key in rows:
        if doc_key in in_meeting or (doc_key in owners and meeting_key not in meeting_keys):
            continue
        owners[doc_key] = PageOwner(item_key, f"§ {number} {title}", order, doc_title)
        if meeting_key in meeting_keys:
            in_meeting.add(doc_key)
    return owners


def _fold(text: str) -> str:
    """Strip diacritics character by character, so positions in the folded text match the original."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


def mark_words(text: str, query: str) -> str:
    """Mark the words of `text` that the query's words begin, folding å/ä/ö only when the query has none."""
    words = [w for w in re.findall(r"\w+", query) if w]
    if not words:
        return text
    fold = not search_index.has_diacritics(query)
    haystack = _fold(text) if fold else text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(_fold(w) if fold else w) for w in words) + r")\w*",
                         re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(haystack):
        out += [text[last:m.start()], search_index.HIGHLIGHT_START, text[m.start():m.end()], search_index.HIGHLIGHT_END]
        last = m.end()
    return "".join([*out, text[last:]])


def _note_targets(session: Session, refs: list[str]) -> dict[str, str]:
    ids = [int(r.split(":", 1)[1]) for r in refs]
    if not ids:
        return {}
    notes = session.execute(select(Note.id, Note.target_kind, Note.target_key).where(Note.id.in_(ids))).all()
    return {f"note:{n.id}": f"{n.target_kind}:{n.target_key}" for n in notes}


def _meeting_heads(session: Session, keys: set[str]) -> dict[str, tuple[str, dt.date | None]]:
    if not keys:
        return {}
    query = select(Meeting).where(Meeting.key.in_(keys)).options(selectinload(Meeting.body))
    return {m.key: (m.title, m.start) for m in session.scalars(query)}
