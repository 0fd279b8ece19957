"""The member's own data: notes, read marks and flags ("Fråga på mötet").

Each function is one short transaction, so a note typed in the GUI is on disk
(WAL, synchronous=NORMAL) as soon as the call returns, and a crash or a killed
process loses at most the keystrokes of the last autosave interval.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..persistence import search_index
from ..persistence.models import AgendaItem, Flag, Meeting, Note, ReadMark, utcnow
from .catalog import item_fingerprint


@dataclass(frozen=True)
class NoteInfo:
    id: int
    target_kind: str
    target_key: str
    text: str
    quote: str | None
    updated_at: dt.datetime


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
        session.add(note)
    note.text, note.updated_at = text, utcnow()
    session.flush()
    _index_note(session, note, f"Anteckning: {item.title}", item.meeting)
    return _note_info(note)


def add_item_note(session: Session, item_key: str, text: str, *, quote: str | None = None) -> NoteInfo:
    item = _item(session, item_key)
    note = Note(target_kind="item", target_key=item_key, text=text, quote=quote)
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
    return NoteInfo(n.id, n.target_kind, n.target_key, n.text, n.quote, n.updated_at)


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
