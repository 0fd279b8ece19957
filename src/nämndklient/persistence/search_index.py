"""Full-text search over item texts, document texts and notes.

The application keeps one row per searchable thing in `search_entry`; SQLite
triggers mirror it into two FTS5 indexes (see the initial migration). A query
typed without diacritics searches the folded index, so `sjukvard` finds
`sjukvård`, and hits that also match exactly rank first; a query typed with
å, ä or ö searches only the exact index, because in Swedish `får` is not `far`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchEntry:
    ref: str  # "item:RS:2024-01-26/ekonomisk-rapport", "document:…", "note:12"
    kind: str  # item, document, note, kpi
    title: str
    body: str
    meeting_key: str | None = None
    body_code: str | None = None
    year: int | None = None
    date: str | None = None


@dataclass(frozen=True)
class Hit:
    ref: str
    kind: str
    title: str
    snippet: str  # highlighted with HIGHLIGHT_START/END around each hit
    meeting_key: str | None
    body_code: str | None
    year: int | None
    date: str | None
    exact: bool


def upsert(session: Session, entry: SearchEntry) -> None:
    params = entry.__dict__
    session.execute(
        text(
            "INSERT INTO search_entry(ref, kind, title, body, meeting_key, body_code, year, date) "
            "VALUES (:ref, :kind, :title, :body, :meeting_key, :body_code, :year, :date) "
            "ON CONFLICT(ref) DO UPDATE SET kind=excluded.kind, title=excluded.title, body=excluded.body, "
            "meeting_key=excluded.meeting_key, body_code=excluded.body_code, year=excluded.year, "
            "date=excluded.date "
            "WHERE title IS NOT excluded.title OR body IS NOT excluded.body "
            "OR meeting_key IS NOT excluded.meeting_key OR date IS NOT excluded.date"
        ),
        params,
    )


def remove(session: Session, ref: str) -> None:
    session.execute(text("DELETE FROM search_entry WHERE ref = :ref"), {"ref": ref})


def has_diacritics(query: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", query))


def fts_query(query: str) -> str | None:
    """Quote every word and let each match as a prefix, so typing feels instant."""
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search(
    session: Session,
    query: str,
    *,
    body_code: str | None = None,
    year: int | None = None,
    kind: str | None = None,
    limit: int = 50,
) -> list[Hit]:
    match = fts_query(query)
    if match is None:
        return []
    exact_only = has_diacritics(query)
    index = "search_exact" if exact_only else "search_folded"
    filters = []
    params: dict[str, object] = {"q": match, "limit": limit}
    for column, value in (("body_code", body_code), ("year", year), ("kind", kind)):
        if value is not None:
            filters.append(f"e.{column} = :{column}")
            params[column] = value
    where = "".join(f" AND {f}" for f in filters)
    exact_expr = (
        "1" if exact_only else "e.id IN (SELECT rowid FROM search_exact WHERE search_exact MATCH :q)"
    )
    sql = (
        f"SELECT e.ref, e.kind, e.title, "
        f"snippet({index}, 1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 14) AS snip, "
        f"e.meeting_key, e.body_code, e.year, e.date, {exact_expr} AS exact "
        f"FROM {index} JOIN search_entry e ON e.id = {index}.rowid "
        f"WHERE {index} MATCH :q{where} "
        f"ORDER BY exact DESC, bm25({index}, 5.0, 1.0) LIMIT :limit"
    )
    rows = session.execute(text(sql), params).all()
    return [
        Hit(
            ref=r.ref,
            kind=r.kind,
            title=r.title,
            snippet=r.snip if HIGHLIGHT_START in (r.snip or "") else _title_snippet(r.title, r.snip),
            meeting_key=r.meeting_key,
            body_code=r.body_code,
            year=r.year,
            date=r.date,
            exact=bool(r.exact),
        )
        for r in rows
    ]


def _title_snippet(title: str, snip: str | None) -> str:
    """A hit in the title only: show the start of the body as context."""
    return snip or title


def rebuild(session: Session) -> None:
    for index in ("search_folded", "search_exact"):
        session.execute(text(f"INSERT INTO {index}({index}) VALUES ('rebuild')"))
