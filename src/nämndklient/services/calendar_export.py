"""Export meetings to iCalendar (RFC 5545) that Outlook and Thunderbird accept.

A meeting without a start time becomes an all-day event whose DTEND is the day
after its last day (RFC 5545 §3.6.1: DTEND is exclusive), so a two-day meeting
covers both days. UIDs are derived from the meeting key, so exporting again
updates the same calendar entries instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..fileio import write_atomically
from ..persistence.database import Database
from . import catalog
from .catalog import MeetingInfo

KIND_LABELS = {"meeting": "Sammanträde", "budget_day": "Gemensam budgetdag", "planning_day": "Gemensam planeringsdag"}


def meeting_event(m: MeetingInfo, stamp: dt.datetime):  # type: ignore[no-untyped-def]
    from icalendar import Event

    ev = Event()
    ev.add("uid", f"{m.key}@namndklient")
    ev.add("dtstamp", stamp)
    ev.add("summary", f"{m.body_name}: {m.title}" if m.kind == "meeting" else m.title)
    if m.start_time:
        ev.add("dtstart", dt.datetime.combine(m.start, m.start_time))
        ev.add("dtend", dt.datetime.combine(m.end, dt.time(17, 0)))
    else:
        ev.add("dtstart", m.start)
        ev.add("dtend", m.end + dt.timedelta(days=1))
    if m.place:
        ev.add("location", m.place)
    lines = [KIND_LABELS.get(m.kind, m.kind)]
    if m.participants:
        lines.append(f"Deltagare: {m.participants}")
    lines += [f"{i.number}. {i.title}" for i in m.items if not i.withdrawn]
    ev.add("description", "\n".join(lines))
    ev.add("categories", [KIND_LABELS.get(m.kind, m.kind)])
    ev.add("transp", "OPAQUE")
    return ev


def calendar_bytes(meetings: list[MeetingInfo], stamp: dt.datetime) -> bytes:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//Nämndklient//Sammanträden//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Sammanträden")
    for m in meetings:
        cal.add_component(meeting_event(m, stamp))
    return cal.to_ical()


def export_ics(db: Database, out: Path, *, meeting: str | None = None, stamp: dt.datetime | None = None) -> int:
    with db.session() as s:
        chosen = [catalog.find_meeting(s, meeting)] if meeting else catalog.meetings(s)
    data = calendar_bytes(chosen, stamp or dt.datetime.now(dt.UTC).replace(microsecond=0))
    write_atomically(out, data)
    return len(chosen)
