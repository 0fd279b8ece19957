"""Fetch outcome values from the Kolada API: an explicit action, never done by itself.

The application works fully offline; this is the one command that goes to the
network, and only when the member asks. It speaks v3 as the API serves it: at
most 25 ids in one path segment (v3 refuses more), so many KPIs or years become
several requests; every answer is followed through its `next_url` to the last
page. What comes back goes through the same parser and the same single
transaction as a Kolada file, so a bad answer is refused exactly as a bad file
is, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from typing import Any

from ..domain.records import ImportReport, StatedRefusal
from ..persistence.database import Database
from ..persistence.writer import Source
from .kpi_values import import_kolada_values, kolada_mappings

DEFAULT_URL = "https://api.kolada.se/v3"
REGION, NATION = "0023", "0000"
MAX_IDS = 25  # per path segment: v3 answers more with an error
MAX_PAGES = 1000  # per request; at v3's 5 000 values a page, far beyond any plan
MAX_ANSWER = 64 * 1024 * 1024
SOURCE_NAME = "kolada-api.json"


def chunks(ids: Sequence[str], size: int = MAX_IDS) -> list[list[str]]:
    return [list(ids[i:i + size]) for i in range(0, len(ids), size)]


def data_url(base: str, kpis: Sequence[str], municipalities: Sequence[str], years: Sequence[int | str]) -> str:
    return (f"{base.rstrip('/')}/data/kpi/{','.join(kpis)}/municipality/{','.join(municipalities)}"
            f"/year/{','.join(str(y) for y in years)}")


def data_urls(base: str, kpis: Sequence[str], municipalities: Sequence[str], years: Sequence[int],
              since: dt.date | None = None) -> list[str]:
    """One URL per combination of 25-id chunks, so no path segment holds more than v3 accepts."""
    query = f"?from_date={since.isoformat()}" if since else ""
    return [data_url(base, k, m, y) + query for k in chunks(kpis) for m in chunks(municipalities)
            for y in chunks([str(y) for y in years])]


def _detail(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(65536).decode("utf-8", errors="replace")
    except OSError:
        return ""
    try:
        doc = json.loads(body)
    except ValueError:
        return body.strip()[:200]
    if isinstance(doc, dict):
        for key in ("detail", "message", "error"):
            if isinstance(doc.get(key), str):
                return str(doc[key])[:200]
    return body.strip()[:200]


def _get(url: str, timeout: float) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            data: bytes = answer.read(MAX_ANSWER + 1)
    except urllib.error.HTTPError as exc:
        detail = _detail(exc)
        raise StatedRefusal(url, 0, "ett svar med värden från Kolada",
                            f"HTTP {exc.code}" + (f": {detail}" if detail else "")) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise StatedRefusal(url, 0, "ett svar från Kolada (programmet fungerar offline utan det)",
                            str(getattr(exc, "reason", exc))) from exc
    if len(data) > MAX_ANSWER:
        raise StatedRefusal(url, 0, f"ett svar från Kolada på högst {MAX_ANSWER // (1024 * 1024)} MB")
    return data


def _next(page: Any, url: str, base: str) -> str | None:
    """The v3 `next_url` (v2's `next_page` too), only on Kolada's own server."""
    link = page.get("next_url", page.get("next_page")) if isinstance(page, dict) else None
    if link is None:
        return None
    if not isinstance(link, str) or not link:
        raise StatedRefusal(url, 0, 'en adress eller null i "next_url"', repr(link)[:80])
    link = urllib.parse.urljoin(url, link)
    if urllib.parse.urlsplit(link)[:2] != urllib.parse.urlsplit(base)[:2]:
        raise StatedRefusal(url, 0, f'en "next_url" på {base}', link[:120])
    return link


def pages(url: str, base: str, timeout: float) -> Iterator[tuple[str, bytes]]:
    """Every page of one request, in order; a loop or an endless chain is refused, never cut short."""
    from ..importers.kolada import load_json

    seen: set[str] = set()
    next_url: str | None = url
    while next_url is not None:
        if next_url in seen:
            raise StatedRefusal(next_url, 0, "en ny sida i Kolada-svarets next_url", "samma sida igen")
        if len(seen) >= MAX_PAGES:
            raise StatedRefusal(url, 0, f"högst {MAX_PAGES} sidor i Kolada-svaret")
        seen.add(next_url)
        data = _get(next_url, timeout)
        try:
            page = load_json(data)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise StatedRefusal(next_url, 0, "JSON från Kolada", str(exc)[:80]) from exc
        yield next_url, data
        next_url = _next(page, next_url, base)


def fetch_kolada(db: Database, years: list[int], *, base_url: str = DEFAULT_URL,
                 municipalities: tuple[str, ...] = (REGION, NATION), timeout: float = 30,
                 since: dt.date | None = None) -> ImportReport:
    """Fetch every mapped Kolada KPI for the region and the nation, then import it as one file.

    With `since`, only what changed from that day (v3's `from_date`), retractions included.
    """
    from ..importers.kolada import parse_kolada

    with db.session() as s:
        kpis = [m["kolada_id"] for m in kolada_mappings(s)]
    if not kpis:
        raise LookupError("Inga Kolada-nyckeltal är kopplade: koppla först med 'kolada-map ID \"Nyckeltal\"'.")
    values = []
    raw: list[bytes] = []
    for url in data_urls(base_url, kpis, municipalities, years, since):
        for page_url, data in pages(url, base_url, timeout):
            values += parse_kolada(data, page_url)
            raw.append(data)
    source = Source(SOURCE_NAME, "kolada", b"\n".join(raw), "application/json")
    return import_kolada_values(db, values, source, base_url)
