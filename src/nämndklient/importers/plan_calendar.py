"""The meeting calendar ("Sammanträdesplanering …") of a *Plan och budget* document.

Each date row opens a meeting; the rows under it are agenda groups
("Återkommande ärenden" with a `<ul>` of items and a cell of presenters) or a
joint day ("Gemensam budgetdag") with its participants. A row with an empty
first cell continues the previous group across a page break.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from nämndklient.domain.dates import MONTH_NUMBERS
from nämndklient.domain.records import AgendaItemRecord, MeetingKind, MeetingRecord

from .plan_tables import Reporter, Row, clean, join_broken_words

MONTHS = MONTH_NUMBERS

_MONTH = "(" + "|".join(MONTHS) + ")"
_DATE = re.compile(
    rf"^(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}))?(?:\s*[-–—]\s*(?P<d2>\d{{1,2}}))?\s+(?P<m2>{_MONTH})$",
    re.IGNORECASE,
)
_ITEM = re.compile(r"<li[^>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)
_JOINT_DAYS = {"budgetdag": MeetingKind.BUDGET_DAY, "planeringsdag": MeetingKind.PLANNING_DAY}


@dataclass
class _Meeting:
    start: dt.date
    end: dt.date
    line: int
    kind: MeetingKind = MeetingKind.MEETING
    title: str | None = None
    participants: str | None = None
    items: list[AgendaItemRecord] = field(default_factory=list)


def parse_meeting_dates(text: str, year: int) -> tuple[dt.date, dt.date] | None:
    """"26 januari", "26-27 mars", "1–2 oktober", "30 april–2 maj" → (start, end); else None."""
    m = _DATE.match(clean(text))
    if not m:
        return None
    end_month = MONTHS[m["m2"].casefold()]
    start_month = MONTHS[m["m1"].casefold()] if m["m1"] else end_month
    try:
        end = dt.date(year, end_month, int(m["d2"] or m["d1"]))
        start = dt.date(year, start_month, int(m["d1"]))
    except ValueError:
        return None
    return (start, end) if start <= end else None


def split_presenters(text: str) -> tuple[str, ...]:
    """Role titles run together with spaces: a capitalised word starts a new one, except after "Chef"."""
    presenters: list[list[str]] = []
    for word in join_broken_words(clean(text)).split():
        starts_new = word[:1].isupper() and not (presenters and presenters[-1][-1].casefold() == "chef")
        if starts_new or not presenters:
            presenters.append([word])
        else:
            presenters[-1].append(word)
    return tuple(" ".join(p) for p in presenters)


def agenda_items(cell: str) -> list[str]:
    """The `<li>` entries of a cell without their bullets; a plain cell is one item."""
    found = _ITEM.findall(cell)
    raw = found if found else ([cell] if clean(cell) else [])
    return [t for t in (clean(i).lstrip("•·-–* ").strip() for i in raw) if t]


def meeting_title(body_name: str) -> str:
    name = body_name[:1].upper() + body_name[1:]
    return f"{name if name.endswith('s') else name + 's'} sammanträde"


def parse_calendar(rows: Sequence[Row], year: int, body_code: str, body_name: str,
                   rep: Reporter) -> list[MeetingRecord]:
    """Meetings in the order written; agenda order runs 1..n within each meeting."""
    meetings: list[_Meeting] = []
    category: str | None = None
    for row in rows:
        cells = [*row.cells, "", ""]
        first = clean(cells[0])
        dates = parse_meeting_dates(first, year) if first else None
        if dates:
            meetings.append(_Meeting(dates[0], dates[1], row.line))
            category = None
            continue
        if first and _DATE.match(first):
            rep.fail(row.line, f"ett giltigt datum år {year}", row.raw)
            continue
        if not meetings:
            rep.fail(row.line, "en datumrad som inleder ett sammanträde (t.ex. '26 januari')", row.raw)
            continue
        meeting = meetings[-1]
        joint = next((k for w, k in _JOINT_DAYS.items() if w in first.casefold()), None)
        if joint is not None:
            meeting.kind, meeting.title = joint, first
            meeting.participants = clean(cells[2]) or None
            continue
        if first:
            category = first
        elif category is None:
            rep.fail(row.line, "en kategori i första kolumnen (t.ex. 'Återkommande ärenden')", row.raw)
            continue
        _add_group(meeting, category, agenda_items(cells[1]), split_presenters(cells[2]))
    return [_record(m, body_code, body_name) for m in meetings]


def _add_group(meeting: _Meeting, category: str, items: list[str], presenters: tuple[str, ...]) -> None:
    paired = len(presenters) == len(items)
    for i, title in enumerate(items):
        who = (presenters[i],) if paired else presenters
        meeting.items.append(AgendaItemRecord(len(meeting.items) + 1, title, category, who))


def _record(m: _Meeting, body_code: str, body_name: str) -> MeetingRecord:
    return MeetingRecord(body_code, m.start, m.end, m.kind, m.title or meeting_title(body_name), tuple(m.items),
                         participants=m.participants, line=m.line)
