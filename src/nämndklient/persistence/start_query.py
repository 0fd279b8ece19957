"""The start view's next meetings, read with the DB-API alone, before SQLAlchemy is imported.

The start view is the first thing a member sees, and SQLAlchemy's ORM takes
about half a second to import. This module answers the same question as
`services.reading.start_list` in plain SQL over any open DB-API connection
(the standard library's `sqlite3`, or an SQLCipher connection for an encrypted
file), so the start view fills while the ORM-backed views load behind it.

It also holds the plain rows the start view and the calendar show
(`MeetingSummary`, `StartList`), so that the start view and its model import
neither SQLAlchemy nor the services. The SQL mirrors
`reading.meeting_summaries`; a test keeps the two in agreement.
Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from . import cipher
from .cipher import DatabaseKey
from .migrations import HEAD

JOINT_KINDS = frozenset({"budget_day", "planning_day"})


class Connection(Protocol):
    """What is used of a DB-API 2.0 connection (sqlite3 and SQLCipher's binding both fit)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


@dataclass(frozen=True)
class MeetingSummary:
    key: str
    body: str
    body_name: str
    start: dt.date
    end: dt.date
    start_time: dt.time | None
    place: str | None
    title: str
    kind: str
    items: int
    unread: int
    changed: int
    flagged: int
    cancelled: bool = False  # "inställt" (OParl `cancelled`)

    @property
    def joint(self) -> bool:
        return self.kind in JOINT_KINDS

    @property
    def days(self) -> list[dt.date]:
        count = (self.end - self.start).days + 1
        return [self.start + dt.timedelta(days=n) for n in range(max(count, 1))]


@dataclass(frozen=True)
class StartList:
    upcoming: bool  # False: nothing planned from today, so these are the most recent ones
    meetings: tuple[MeetingSummary, ...]


def month_days(meetings: Iterable[MeetingSummary], year: int, month: int) -> dict[dt.date, list[MeetingSummary]]:
    """Each day of the month with the meetings on it; a two-day meeting is on both days."""
    last = calendar.monthrange(year, month)[1]
    days: dict[dt.date, list[MeetingSummary]] = {dt.date(year, month, d): [] for d in range(1, last + 1)}
    for m in meetings:
        for day in m.days:
            if day in days:
                days[day].append(m)
    return days


def open_read_only(path: Path, key: DatabaseKey | None = None) -> Any:
    """A read-only connection to the file at the current schema; None when the quick path cannot help.

    None for a missing file (the first start builds it), a damaged file, an
    encrypted one without its key, or a schema that is not this version's:
    `open_database` decides what to do then, and with its messages. Read-only,
    so the quick path can never change the file.
    """
    if not path.is_file():
        return None
    try:
        con = cipher.connect(path, key, readonly=True, check_same_thread=False)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except Exception:  # sqlite3.Error, or SQLCipher's own for a wrong key
            con.close()
            return None
    except Exception:
        return None
    if row is None or row[0] != HEAD:
        con.close()
        return None
    return con


def start_list(con: Connection, today: dt.date, bodies: Sequence[str] = (), limit: int = 6) -> StartList:
    """The next meetings from today; when none are planned, the most recent ones, newest first."""
    upcoming = meeting_summaries(con, bodies, since=today, limit=limit)
    if upcoming:
        return StartList(True, tuple(upcoming))
    return StartList(False, tuple(meeting_summaries(con, bodies, newest_first=True, limit=limit)))


_LIVE = "a.meeting_id = m.id AND a.withdrawn = 0"
_READ = "EXISTS (SELECT 1 FROM personal_read_mark r WHERE r.target_kind = 'item' AND r.target_key = a.key)"
_FLAGGED = "EXISTS (SELECT 1 FROM personal_flag f WHERE f.target_kind = 'item' AND f.target_key = a.key)"


def meeting_summaries(
    con: Connection,
    bodies: Sequence[str] = (),
    *,
    since: dt.date | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[MeetingSummary]:
    """Meetings with their counts, as `reading.meeting_summaries` computes them."""
    where, params = [], []
    if bodies:
        where.append(f"b.code IN ({', '.join('?' * len(bodies))})")
        params += list(bodies)
    if since is not None:
        where.append('m."end" >= ?')
        params.append(since.isoformat())
    direction = "DESC" if newest_first else "ASC"
    sql = (
        'SELECT m.id, m.key, b.code, b.name, m.start, m."end", m.start_time, m.place, m.title, m.kind, '
        f"(SELECT count(*) FROM agenda_item a WHERE {_LIVE}), "
        f"(SELECT count(*) FROM agenda_item a WHERE {_LIVE} AND NOT {_READ}), "
        f"(SELECT count(*) FROM agenda_item a WHERE {_LIVE} AND {_FLAGGED}), m.status "
        "FROM meeting m JOIN body b ON b.id = m.body_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY m.start {direction}, m.id {direction}"
        + (" LIMIT ?" if limit is not None else "")
    )
    if limit is not None:
        params.append(limit)
    rows = con.execute(sql, params).fetchall()
    changed = _changed_counts(con, [r[0] for r in rows])
    return [
        MeetingSummary(
            key=key, body=code, body_name=name, start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end),
            start_time=dt.time.fromisoformat(start_time) if start_time else None, place=place, title=title,
            kind=kind, items=items, unread=unread, changed=changed.get(meeting_id, 0), flagged=flagged,
            cancelled=status == "inställt",
        )
        for meeting_id, key, code, name, start, end, start_time, place, title, kind, items, unread, flagged, status
        in rows
    ]


def _placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _changed_counts(con: Connection, meeting_ids: list[int]) -> dict[int, int]:
    """Per meeting, the read items whose title or documents changed since they were read.

    The fingerprint is `catalog.fingerprint`'s: the title, then each attachment's
    key@sha256 in agenda order, then the case's documents by date.
    """
    if not meeting_ids:
        return {}
    read_items = con.execute(
        "SELECT a.id, a.meeting_id, r.fingerprint, a.title, a.case_id FROM agenda_item a "
        "JOIN personal_read_mark r ON r.target_kind = 'item' AND r.target_key = a.key "
        f"WHERE a.meeting_id IN ({_placeholders(meeting_ids)}) AND a.withdrawn = 0",
        meeting_ids,
    ).fetchall()
    if not read_items:
        return {}
    item_ids = [row[0] for row in read_items]
    attachments: dict[int, list[str]] = {}
    for item_id, key, sha in con.execute(
        'SELECT i.item_id, d.key, d.sha256 FROM item_document i JOIN document d ON d.id = i.document_id '
        f'WHERE i.item_id IN ({_placeholders(item_ids)}) ORDER BY i.item_id, i."order"',
        item_ids,
    ):
        attachments.setdefault(item_id, []).append(f"{key}@{sha}")
    case_ids = sorted({row[4] for row in read_items if row[4] is not None})
    case_docs: dict[int, list[str]] = {}
    if case_ids:
        for case_id, key, sha in con.execute(
            f"SELECT case_id, key, sha256 FROM document WHERE case_id IN ({_placeholders(case_ids)}) "
            "ORDER BY case_id, date, id",
            case_ids,
        ):
            case_docs.setdefault(case_id, []).append(f"{key}@{sha}")
    counts: dict[int, int] = {}
    for item_id, meeting_id, seen, title, case_id in read_items:
        now = "|".join([title, *attachments.get(item_id, ()), *(case_docs.get(case_id, ()) if case_id else ())])
        if now != seen:
            counts[meeting_id] = counts.get(meeting_id, 0) + 1
    return counts
