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
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import bindparam, text
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


def remove_many(session: Session, refs: list[str]) -> None:
    """Remove entries by ref; the triggers take their words out of both FTS5 indexes."""
    for start in range(0, len(refs), 500):  # stay under SQLite's variable limit
        session.execute(text("DELETE FROM search_entry WHERE ref IN :refs").bindparams(
            bindparam("refs", expanding=True)), {"refs": refs[start:start + 500]})


def page_refs(session: Session, doc_keys: Collection[str]) -> list[str]:
    """The refs of every page entry of the documents (`page:KEY#N`), found by a range on the ref index."""
    found: list[str] = []
    for key in doc_keys:
        found += session.scalars(text("SELECT ref FROM search_entry WHERE ref >= :lo AND ref < :hi"),
                                 {"lo": f"page:{key}#", "hi": f"page:{key}$"}).all()  # '$' follows '#'
    return found


def remove_pages(session: Session, doc_keys: Collection[str]) -> int:
    """Remove the page entries of the documents; returns how many went."""
    refs = page_refs(session, doc_keys)
    remove_many(session, refs)
    return len(refs)


def count_refs(session: Session, refs: list[str]) -> int:
    found = 0
    for start in range(0, len(refs), 500):
        found += session.scalar(text("SELECT count(*) FROM search_entry WHERE ref IN :refs").bindparams(
            bindparam("refs", expanding=True)), {"refs": refs[start:start + 500]}) or 0
    return found


def optimize(session: Session) -> None:
    """Merge the FTS5 segments so that removed words leave the index's pages, not just its lookups.

    FTS5 records a deletion as a tombstone in a new segment; the old segment with the words stays
    on disk until a merge. `optimize` rewrites every index as one segment without them.
    """
    if session.get_bind().dialect.name != "sqlite":
        return
    for index in ("search_folded", "search_exact"):
        session.execute(text(f"INSERT INTO {index}({index}) VALUES ('optimize')"))


def clear(session: Session, *, keep_kinds: Collection[str] = ()) -> None:
    """Empty the index but for the kinds named (the member's notes, say), and merge what is left."""
    if keep_kinds:
        session.execute(text("DELETE FROM search_entry WHERE kind NOT IN :kinds").bindparams(
            bindparam("kinds", expanding=True)), {"kinds": list(keep_kinds)})
    else:
        session.execute(text("DELETE FROM search_entry"))
    optimize(session)


def has_diacritics(query: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", query))


MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
"""A search is a few words: a longer query costs the index and the snippet matcher dearly (a
10 000-character query took 54 s) and finds nothing a shorter one would not."""


class QueryTooLong(ValueError):
    """The query is longer, or has more words, than a search takes; the message is for the member."""


def check_query(query: str) -> None:
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"Sökfrågan är {len(query)} tecken lång; skriv högst {MAX_QUERY_CHARS} tecken.")
    words = len(_WORD.findall(query[:MAX_QUERY_CHARS]))
    if words > MAX_QUERY_TERMS:
        raise QueryTooLong(f"Sökfrågan har {words} ord; sök på högst {MAX_QUERY_TERMS} ord åt gången.")


def fts_query(query: str) -> str | None:
    """Quote every word and let each match as a prefix, so typing feels instant."""
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


RANK_LIMIT = 1000
"""Above this many hits a query is too broad to rank usefully: the newest come first instead."""


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    broad: bool  # more than RANK_LIMIT hits: shown newest first, not ranked


def search(
    session: Session,
    query: str,
    *,
    body_code: str | None = None,
    year: int | None = None,
    kind: str | None = None,
    limit: int = 50,
) -> list[Hit]:
    return search_ranked(session, query, body_code=body_code, year=year, kind=kind, limit=limit).hits


def search_ranked(
    session: Session,
    query: str,
    *,
    body_code: str | None = None,
    year: int | None = None,
    kind: str | None = None,
    limit: int = 50,
) -> SearchResult:
    """Rank with bm25 when the hits are few enough; snippets only for the rows shown.

    Ranking every hit of a common word costs tens of milliseconds, and so does a
    snippet computed before the sort; both are done here only for what is shown.
    """
    check_query(query)
    match = fts_query(query)
    if match is None:
        return SearchResult([], broad=False)
    exact_only = has_diacritics(query)
    index = "search_exact" if exact_only else "search_folded"
    joins, filters = "", ""
    params: dict[str, object] = {"q": match, "limit": limit, "cap": RANK_LIMIT + 1}
    for column, value in (("body_code", body_code), ("year", year), ("kind", kind)):
        if value is not None:
            joins = f" JOIN search_entry e ON e.id = {index}.rowid"
            filters += f" AND e.{column} = :{column}"
            params[column] = value
    base = f"FROM {index}{joins} WHERE {index} MATCH :q{filters}"
    # One pass gives both the count (up to the cap) and, for a broad query, the newest hits.
    newest = [r[0] for r in session.execute(
        text(f"SELECT {index}.rowid {base} ORDER BY {index}.rowid DESC LIMIT :cap"), params)]
    broad = len(newest) > RANK_LIMIT
    if broad or len(newest) < 2:  # nothing to rank
        ids = newest[:limit]
    else:
        order = f"bm25({index}, 5.0, 1.0)"
        ids = [r[0] for r in session.execute(
            text(f"SELECT {index}.rowid {base} ORDER BY {order} LIMIT :limit"), params)]
    if not ids:
        return SearchResult([], broad)
    id_list = ",".join(str(int(i)) for i in ids)
    rows = {
        r.id: r
        for r in session.execute(
            text(f"SELECT id, ref, kind, title, body, meeting_key, body_code, year, date FROM search_entry "
                 f"WHERE id IN ({id_list})")
        )
    }
    matcher = Matcher.for_words(_WORD.findall(query.casefold()), folded=not exact_only)
    hits = [_hit(rows[i], matcher, exact_only) for i in ids if i in rows]
    hits.sort(key=lambda h: not h.exact)  # stable: exact hits first, rank order kept within each group
    return SearchResult(hits, broad)


# What FTS5's remove_diacritics folds, seen from the letter typed without its diacritic.
_VARIANTS = {
    "a": "aåäàáâãā", "e": "eéèêëē", "i": "iíìîïī", "o": "oöóòôõøō", "u": "uüúùûū", "y": "yýÿ",
    "c": "cçč", "n": "nñń", "s": "sšś", "z": "zžź", "r": "rř", "d": "dď", "t": "tť", "l": "lł",
}


@dataclass(frozen=True)
class Matcher:
    """The query's words as regular expressions, compiled once per search, not once per row."""

    any_word: re.Pattern[str]  # finds a hit (diacritics optional when the query had none)
    exact_words: tuple[re.Pattern[str], ...]  # each word as typed

    @classmethod
    def for_words(cls, words: list[str], *, folded: bool) -> Matcher:
        def loose(word: str) -> str:
            if not folded:
                return re.escape(word)
            return "".join(f"[{_VARIANTS[c]}]" if c in _VARIANTS else re.escape(c) for c in word)

        return cls(
            re.compile("|".join(rf"(?<!\w){loose(w)}\w*" for w in words), re.IGNORECASE),
            tuple(re.compile(rf"(?<!\w){re.escape(w)}", re.IGNORECASE) for w in words),
        )

    def exact_in(self, *texts: str) -> bool:
        return any(all(p.search(t) for p in self.exact_words) for t in texts)


def make_snippet(body: str, matcher: Matcher, width: int = 220) -> str:
    """A window of `body` around the first hit, with every hit in it highlighted.

    FTS5's own snippet() walks each term's whole index even for one row, which costs as much
    as ranking every hit; the few rows shown are cheaper to mark up here.
    """
    first = matcher.any_word.search(body)
    if first is None:
        return ""
    start = max(0, first.start() - width // 3)
    end = min(len(body), start + width)
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    while end < len(body) and not body[end].isspace() and end - start < width + 30:
        end += 1
    out, pos = [], start
    for m in matcher.any_word.finditer(body, start, end):
        out.append(body[pos : m.start()])
        out.append(f"{HIGHLIGHT_START}{m.group()}{HIGHLIGHT_END}")
        pos = m.end()
    out.append(body[pos:end])
    text_ = " ".join("".join(out).split())
    return ("…" if start > 0 else "") + text_ + ("…" if end < len(body) else "")


def _hit(row: object, matcher: Matcher, exact_only: bool) -> Hit:
    r = row
    return Hit(
        ref=r.ref,  # type: ignore[attr-defined]
        kind=r.kind,  # type: ignore[attr-defined]
        title=r.title,  # type: ignore[attr-defined]
        snippet=make_snippet(r.body, matcher) or _title_snippet(r.title, r.body),  # type: ignore[attr-defined]
        meeting_key=r.meeting_key,  # type: ignore[attr-defined]
        body_code=r.body_code,  # type: ignore[attr-defined]
        year=r.year,  # type: ignore[attr-defined]
        date=r.date,  # type: ignore[attr-defined]
        exact=exact_only or matcher.exact_in(r.title, r.body),  # type: ignore[attr-defined]
    )


def _title_snippet(title: str, body: str) -> str:
    """A hit in the title only: show the start of the body as context."""
    start = " ".join(body.split()[:30])
    return start + ("…" if len(body) > len(start) else "") if start else title


def rebuild(session: Session) -> None:
    for index in ("search_folded", "search_exact"):
        session.execute(text(f"INSERT INTO {index}({index}) VALUES ('rebuild')"))
