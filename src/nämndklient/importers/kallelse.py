"""A published "kallelse och handlingar" PDF as one meeting, its items and each item's papers.

Meeting systems (Meetings+, Netpublicator, Ciceron) publish one PDF: a cover that
names the body, the day, the time and the place; a föredragningslista with each
item's number, title, dnr and föredragande; then the papers of each item in turn.
This module reads that structure, not one system's layout:

- the cover from the first page: a body the region has, a date, "kl. 09.00",
  "Plats:";
- the föredragningslista from the table (or numbered lines) under its heading,
  its columns told by their header words;
- where each item's papers start: at the PDF's bookmark for the item when there is
  one, else at the first heading after the agenda that names the item.

Only `ImportFailure` leaves `parse_kallelse`, naming the file and the page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from nämndklient.domain import records as r
from nämndklient.domain.bodies import body_name, code_for_name
from nämndklient.domain.dates import MONTH_NAMES
from nämndklient.domain.linking import normalise_title
from nämndklient.domain.records import ImportFailure
from nämndklient.importers.pdf_text import PdfText

__all__ = ["KallelseItem", "KallelseRecord", "looks_like_kallelse", "parse_kallelse"]

_MONTHS = MONTH_NAMES
_SV_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (\d{4})\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_TIME = re.compile(r"\bkl(?:ockan)?\.?\s*(\d{1,2})[.:](\d{2})", re.IGNORECASE)
_PLACE = re.compile(r"^(?:Plats|Lokal)\s*:\s*(.+)$", re.IGNORECASE)
_AGENDA_HEADINGS = ("föredragningslista", "ärendelista", "dagordning")
_DNR = re.compile(r"\b[A-ZÅÄÖ]{1,6}/\d{1,6}(?::\d{1,6})?/(?:19|20)\d\d\b")
_NUMBERED = re.compile(r"^(?:§\s*)?(\d{1,3})[.)]?\s+(.+)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


@dataclass(frozen=True)
class KallelseItem:
    number: str
    title: str
    dnr: str | None
    presenters: tuple[str, ...]
    first_page: int | None  # where the item's papers start in the PDF; None when it has none
    last_page: int | None


@dataclass(frozen=True)
class KallelseRecord:
    meeting: r.MeetingRecord
    body_name: str
    items: tuple[KallelseItem, ...]
    page_count: int


def looks_like_kallelse(pdf: PdfText) -> bool:
    """A first page that says "Kallelse" and a föredragningslista somewhere in the first pages."""
    if not pdf.pages:
        return False
    first = pdf.pages[0].text.casefold()
    early = " ".join(p.text.casefold() for p in pdf.pages[:3])
    return "kallelse" in first and any(h in early for h in _AGENDA_HEADINGS)


def _lines(pdf: PdfText) -> list[tuple[str, int]]:
    return [(line, pdf.line_pages[i] if i < len(pdf.line_pages) else 0)
            for i, line in enumerate(pdf.text.splitlines())]


def _cover(pdf: PdfText, file: str) -> tuple[str, str, dt.date, dt.time | None, str | None]:
    lines = [ln.strip().lstrip("#").strip() for ln in pdf.pages[0].text.splitlines() if ln.strip()]
    code = name = None
    for ln in lines:
        found = code_for_name(ln)
        if found is not None:
            code, name = found, ln
            break
    if code is None or name is None:
        raise ImportFailure(f"{file}, sida 1", 0, "en kallelse som namnger nämnden (t.ex. Regionstyrelsen)")
    date = None
    start_time = None
    place = None
    for ln in lines:
        if date is None and (m := _SV_DATE.search(ln)):
            date = dt.date(int(m[3]), _MONTHS.index(m[2].casefold()) + 1, int(m[1]))
        elif date is None and (m := _ISO_DATE.search(ln)):
            date = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if start_time is None and (t := _TIME.search(ln)) and int(t[1]) < 24 and int(t[2]) < 60:
            start_time = dt.time(int(t[1]), int(t[2]))
        if place is None and (p := _PLACE.match(ln)):
            place = p[1].strip()
    if date is None:
        raise ImportFailure(f"{file}, sida 1", 0, "en kallelse med sammanträdets datum (t.ex. 26 januari 2024)")
    return code, body_name(code) if code else name, date, start_time, place


def _agenda(pdf: PdfText, file: str) -> tuple[list[tuple[str, str, str | None, tuple[str, ...]]], int]:
    """(number, title, dnr, presenters) per item, and the page the agenda ends on."""
    lines = _lines(pdf)
    start = next((i for i, (ln, _) in enumerate(lines)
                  if (m := _HEADING.match(ln)) and m[2].strip().casefold().rstrip(":") in _AGENDA_HEADINGS), None)
    if start is None:
        raise ImportFailure(file, 0, "en föredragningslista under rubriken Föredragningslista")
    level = len(_HEADING.match(lines[start][0])[1])  # type: ignore[index]
    columns: dict[str, int] | None = None
    items: list[tuple[str, str, str | None, tuple[str, ...]]] = []
    end_page = lines[start][1]
    for ln, page in lines[start + 1:]:
        heading = _HEADING.match(ln)
        if heading and len(heading[1]) <= level:
            break
        if not ln.strip():
            continue
        end_page = page
        if "\t" in ln:
            cells = [c.strip() for c in ln.split("\t")]
            folded = [c.casefold() for c in cells]
            if columns is None and any(f in ("ärende", "rubrik", "ärenderubrik") for f in folded):
                columns = {f: k for k, f in enumerate(folded)}
                continue
            col = columns or {}
            title_at = next((col[k] for k in ("ärende", "rubrik", "ärenderubrik") if k in col), 1)
            number = cells[col.get("nr", col.get("§", 0))] if cells else ""
            title = cells[title_at] if title_at < len(cells) else ""
            dnr_cell = cells[col["dnr"]] if "dnr" in col and col["dnr"] < len(cells) else ""
            dnr_match = _DNR.search(dnr_cell) or _DNR.search(ln)
            who_at = next((col[k] for k in ("föredragande", "föredragare") if k in col), None)
            who = cells[who_at] if who_at is not None and who_at < len(cells) else ""
            if title and number.strip("§ .").isdigit():
                items.append((number.strip("§ ."), title, dnr_match[0] if dnr_match else None,
                              tuple(p.strip() for p in re.split(r",| och ", who) if p.strip())))
            continue
        m = _NUMBERED.match(ln)
        if m:
            dnr = _DNR.search(m[2])
            title = _DNR.sub("", m[2]).strip(" ,–-") if dnr else m[2].strip()
            items.append((m[1], title, dnr[0] if dnr else None, ()))
        elif items and (dnr := _DNR.search(ln)) and items[-1][2] is None:
            number, title, _, who = items[-1]
            items[-1] = (number, title, dnr[0], who)
    if not items:
        raise ImportFailure(file, 0, "minst en punkt i föredragningslistan (nummer och ärende)")
    return items, end_page


def _starts(pdf: PdfText, items: list[tuple[str, str, str | None, tuple[str, ...]]], after_page: int) -> list[int | None]:
    """The page where each item's papers start: its bookmark, else the first heading that names it."""
    def names(text: str, number: str, title: str) -> bool:
        folded = normalise_title(text)
        wanted = normalise_title(title)
        return folded in (wanted, normalise_title(f"{number} {title}")) or (
            folded.startswith(normalise_title(number) + " ") and folded.endswith(wanted))

    starts: list[int | None] = []
    headings = [(m[2], page) for ln, page in _lines(pdf) if (m := _HEADING.match(ln)) and page > 0]
    for number, title, _, _ in items:
        page = next((e.page for e in pdf.outline if e.page >= after_page and names(e.title, number, title)), None)
        if page is None:
            page = next((pg for text, pg in headings if pg > after_page or (pg == after_page and pdf.outline == [])
                         if names(text, number, title)), None)
        starts.append(page)
    return starts


def parse_kallelse(pdf: PdfText, file: str) -> KallelseRecord:
    code, name, date, start_time, place = _cover(pdf, file)
    agenda, agenda_end = _agenda(pdf, file)
    starts = _starts(pdf, agenda, agenda_end)
    if not any(starts):
        raise ImportFailure(file, 0, "handlingar efter föredragningslistan under rubriker som namnger punkterna")
    known = sorted(p for p in starts if p is not None)
    if known != sorted(set(known)) or [p for p in starts if p is not None] != known:
        raise ImportFailure(file, 0, "punkternas handlingar i föredragningslistans ordning")
    total = len(pdf.pages)
    items: list[KallelseItem] = []
    for i, (number, title, dnr, who) in enumerate(agenda):
        first = starts[i]
        later = [p for p in starts[i + 1:] if p is not None]
        last = (later[0] - 1 if later else total) if first is not None else None
        items.append(KallelseItem(number, title, dnr, who, first, last))
    meeting = r.MeetingRecord(
        body_code=code,
        start=date,
        end=date,
        kind=r.MeetingKind.MEETING,
        title=f"{name.removesuffix('en')}ens sammanträde" if name.endswith("en") else f"{name}, sammanträde",
        items=tuple(r.AgendaItemRecord(order=i, title=it.title, category="", presenters=it.presenters,
                                       dnr=it.dnr) for i, it in enumerate(items, 1)),
        place=place,
        start_time=start_time,
    )
    return KallelseRecord(meeting=meeting, body_name=name, items=tuple(items), page_count=total)

