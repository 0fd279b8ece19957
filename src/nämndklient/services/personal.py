"""The member's own data: notes, read marks and flags ("Fråga på mötet").

Each function is one short transaction, so a note typed in the GUI is on disk
(WAL, synchronous=NORMAL) as soon as the call returns, and a crash or a killed
process loses at most the keystrokes of the last autosave interval.

When another process holds the write lock, a save cannot happen yet: the
`NoteQueue` keeps it (the newest text per item) until the lock frees, so a
note is never dropped because the database was busy.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..persistence import search_index
from ..persistence.models import AgendaItem, Document, DocumentVersion, Flag, Meeting, Note, ReadMark, utcnow
from ..publishing import anchoring
from .catalog import item_fingerprint

if TYPE_CHECKING:
    from ..persistence.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NoteInfo:
    id: int
    target_kind: str
    target_key: str
    text: str
    quote: str | None
    updated_at: dt.datetime
    orphaned: bool = False  # the quoted passage is gone from the current document
    anchor_document: str | None = None  # document key where the passage was found


@dataclass(frozen=True)
class FlagInfo:
    item_key: str
    number: str
    title: str
    question: str


class UnknownItem(LookupError):
    pass


def _item(session: Session, key: str) -> AgendaItem:
    item = session.scalar(select(AgendaItem).where(AgendaItem.key == key))
    if item is None:
        raise UnknownItem(f"Ärendet {key!r} finns inte i databasen.")
    return item


def _index_note(session: Session, note: Note, title: str, meeting: Meeting | None) -> None:
    search_index.upsert(
        session,
        search_index.SearchEntry(
            ref=f"note:{note.id}",
            kind="note",
            title=title,
            body="\n".join(filter(None, [note.quote, note.text])),
            meeting_key=meeting.key if meeting else None,
            body_code=meeting.body.code if meeting else None,
            year=meeting.start.year if meeting else None,
            date=meeting.start.isoformat() if meeting else None,
        ),
    )


def save_item_note(session: Session, item_key: str, text: str, *, quote: str | None = None) -> NoteInfo:
    """Save the item's main note (the notes pane), creating it on the first keystroke."""
    item = _item(session, item_key)
    note = session.scalar(
        select(Note).where(Note.target_kind == "item", Note.target_key == item_key, Note.quote.is_(None))
    ) if quote is None else None
    if note is None:
        note = Note(target_kind="item", target_key=item_key, quote=quote)
        _anchor_new(note, item)
        session.add(note)
    note.text, note.updated_at = text, utcnow()
    session.flush()
    _index_note(session, note, f"Anteckning: {item.title}", item.meeting)
    return _note_info(note)


@dataclass
class PendingSave:
    item_key: str
    text: str | None = None  # the item's main note, when it changed
    question: str | None = None  # the meeting question, when it changed (and the flag is set)


class NoteQueue:
    """Saves of notes and questions waiting for the database's write lock, oldest item first.

    The newest text for an item replaces an older one still waiting; an entry
    leaves the queue only once its transaction has committed.
    """

    def __init__(self) -> None:
        self._pending: dict[str, PendingSave] = {}

    def put(self, item_key: str, *, text: str | None = None, question: str | None = None) -> None:
        entry = self._pending.setdefault(item_key, PendingSave(item_key))
        if text is not None:
            entry.text = text
        if question is not None:
            entry.question = question

    def pending(self, item_key: str) -> PendingSave | None:
        return self._pending.get(item_key)

    def __len__(self) -> int:
        return len(self._pending)

    def save(self, db: Database, *, wait: float) -> list[str]:
        """Write what waits, one transaction per item; returns the items saved.

        DatabaseBusy when the lock does not free within `wait` seconds: what was
        not saved stays queued. Any other failure keeps its entry too (and the
        rest are still tried); the first such error is raised at the end.
        """
        from ..persistence.database import DatabaseBusy

        saved: list[str] = []
        failure: Exception | None = None
        for key in list(self._pending):
            entry = self._pending[key]
            try:
                db.write(lambda s, e=entry: _save_pending(s, e), wait=wait)  # type: ignore[misc]
            except DatabaseBusy:
                raise
            except Exception as exc:
                log.warning("En anteckning kunde inte sparas än; den väntar kvar (%s)", type(exc).__name__)
                failure = failure or exc
                continue
            if self._pending.get(key) is entry:
                del self._pending[key]
            saved.append(key)
        if failure is not None:
            raise failure
        return saved


def _save_pending(session: Session, entry: PendingSave) -> None:
    if entry.text is not None:
        save_item_note(session, entry.item_key, entry.text)
    if entry.question is not None:
        set_flag(session, entry.item_key, entry.question)


def add_item_note(session: Session, item_key: str, text: str, *, quote: str | None = None) -> NoteInfo:
    item = _item(session, item_key)
    note = Note(target_kind="item", target_key=item_key, text=text, quote=quote)
    _anchor_new(note, item)
    session.add(note)
    session.flush()
    _index_note(session, note, f"Anteckning: {item.title}", item.meeting)
    return _note_info(note)


def notes_for(session: Session, item_key: str) -> list[NoteInfo]:
    query = select(Note).where(Note.target_kind == "item", Note.target_key == item_key).order_by(Note.id)
    return [_note_info(n) for n in session.scalars(query)]


def main_note(session: Session, item_key: str) -> str:
    note = session.scalar(
        select(Note).where(Note.target_kind == "item", Note.target_key == item_key, Note.quote.is_(None))
    )
    return note.text if note else ""


def _note_info(n: Note) -> NoteInfo:
    return NoteInfo(
        n.id, n.target_kind, n.target_key, n.text, n.quote, n.updated_at, bool(n.orphaned), n.anchor_document
    )


def mark_read(session: Session, item_key: str, read: bool = True) -> None:
    item = _item(session, item_key)
    mark = session.scalar(select(ReadMark).where(ReadMark.target_kind == "item", ReadMark.target_key == item_key))
    if not read:
        if mark is not None:
            session.delete(mark)
        return
    if mark is None:
        mark = ReadMark(target_kind="item", target_key=item_key)
        session.add(mark)
    mark.read_at, mark.fingerprint = utcnow(), item_fingerprint(item)


def set_flag(session: Session, item_key: str, question: str) -> None:
    _item(session, item_key)
    flag = session.scalar(select(Flag).where(Flag.target_kind == "item", Flag.target_key == item_key))
    if flag is None:
        flag = Flag(target_kind="item", target_key=item_key)
        session.add(flag)
    flag.question = question


def clear_flag(session: Session, item_key: str) -> None:
    session.execute(delete(Flag).where(Flag.target_kind == "item", Flag.target_key == item_key))


def flag_question(session: Session, item_key: str) -> str | None:
    flag = session.scalar(select(Flag).where(Flag.target_kind == "item", Flag.target_key == item_key))
    return flag.question if flag else None


def preparation_sheet(session: Session, meeting_key: str) -> list[FlagInfo]:
    """Every flagged question for one meeting, in agenda order."""
    query = (
        select(AgendaItem, Flag)
        .join(Flag, (Flag.target_key == AgendaItem.key) & (Flag.target_kind == "item"))
        .join(AgendaItem.meeting)
        .where(Meeting.key == meeting_key)
        .order_by(AgendaItem.order)
    )
    return [FlagInfo(item.key, item.number, item.title, flag.question) for item, flag in session.execute(query)]


# --- anchors: a quoted note follows its passage through document revisions ----------------


def item_documents(item: AgendaItem) -> list[Document]:
    """The item's documents that have text: its case's (tjänsteskrivelse…) and its attachments."""
    docs = list(item.case.documents) if item.case else []
    docs += [a.document for a in item.attachments if a.document not in docs]
    return [d for d in docs if d.text]


def _set_anchor(note: Note, doc: Document, found: anchoring.Anchor) -> None:
    note.anchor_document, note.anchor_version, note.anchor_start = doc.key, doc.version, found.start
    note.prefix, note.suffix, note.orphaned = found.prefix, found.suffix, False


def _anchor_new(note: Note, item: AgendaItem) -> None:
    if not note.quote:
        return
    for doc in item_documents(item):
        found = anchoring.locate(doc.text, note.quote)
        if found is not None:
            _set_anchor(note, doc, found)
            return


def reanchor_note(note: Note, docs: list[Document]) -> str:
    """Find the note's passage in the current documents: 'same', 'moved' or 'orphaned' (kept, marked)."""
    if not note.quote or (note.anchor_document is None and not docs):
        return "same"
    by_key = {d.key: d for d in docs}
    home = by_key.get(note.anchor_document or "")
    if home is not None and home.version == note.anchor_version and not note.orphaned:
        return "same"
    candidates = ([home] if home is not None else []) + [d for d in docs if d is not home]
    for doc in candidates:
        hint = note.anchor_start if doc is home else None
        found = anchoring.locate(doc.text, note.quote, prefix=note.prefix or "", suffix=note.suffix or "", hint=hint)
        if found is not None:
            _set_anchor(note, doc, found)
            return "moved"
    if note.anchor_document is None:
        return "same"  # never found, even when written: nothing to lose track of
    if not note.orphaned:
        note.orphaned = True
        return "orphaned"
    return "same"


def reanchor_meeting_notes(session: Session, meeting: Meeting) -> tuple[int, int]:
    """Re-anchor every quoted note on the meeting's items; returns (moved, newly orphaned)."""
    items = {i.key: i for i in meeting.items}
    if not items:
        return 0, 0
    notes = session.scalars(
        select(Note).where(Note.target_kind == "item", Note.target_key.in_(items), Note.quote.is_not(None))
    )
    moved = orphaned = 0
    for note in notes:
        outcome = reanchor_note(note, item_documents(items[note.target_key]))
        moved += outcome == "moved"
        orphaned += outcome == "orphaned"
    return moved, orphaned


@dataclass(frozen=True)
class DocumentChange:
    key: str
    title: str
    kind: str
    read_version: int | None  # None: the document is new since the member read the item
    current_version: int
    diff: tuple[tuple[str, str], ...]  # (equal | insert | delete, text)


def diff_since_read(session: Session, item_key: str) -> list[DocumentChange]:
    """Each of the item's documents that changed since the member marked it read, with a word diff."""
    item = _item(session, item_key)
    mark = session.scalar(select(ReadMark).where(ReadMark.target_kind == "item", ReadMark.target_key == item_key))
    if mark is None:
        return []
    read_shas: dict[str, str] = {}
    for part in mark.fingerprint.split("|")[1:]:
        key, _, sha = part.rpartition("@")
        read_shas[key] = sha
    docs = list(item.case.documents) if item.case else []
    docs += [a.document for a in item.attachments if a.document not in docs]
    changes = []
    for doc in docs:
        old_sha = read_shas.get(doc.key)
        if old_sha == doc.sha256:
            continue
        old = session.scalar(
            select(DocumentVersion)
            .where(DocumentVersion.document_id == doc.id, DocumentVersion.sha256 == old_sha)
            .order_by(DocumentVersion.version.desc())
        ) if old_sha else None
        diff = anchoring.word_diff(old.text if old else "", doc.text) if doc.text or (old and old.text) else []
        changes.append(
            DocumentChange(doc.key, doc.title, doc.kind, old.version if old else None, doc.version, tuple(diff))
        )
    return changes
