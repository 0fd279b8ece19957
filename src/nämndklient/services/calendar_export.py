"""Export meetings to iCalendar (RFC 5545) that Outlook, Thunderbird and khal accept.

- Timed events carry `TZID=Europe/Stockholm` with its VTIMEZONE; Outlook keeps
  floating times only for all-day events.
- An end is never invented. A meeting without a start time is an all-day event
  whose DTEND is the day after its last day (DTEND is exclusive, §3.6.1). A
  stated end time is used as stated. A joint budget or planning day is a whole
  day by its kind, so without a stated end it is an all-day event over its
  dates. A timed meeting with no stated end gets `DURATION:PT0S`: exactly what
  RFC 5545 §3.6.1 says a DATE-TIME start without an end means ("ends on the same
  calendar date and time of day"), written out because Exchange and Outlook
  refuse events that have neither DTEND nor DURATION ([MS-STANXICAL] §2.2.67);
  the description says that no end is stated.
- `METHOD:PUBLISH`; UIDs from the meeting key, so a new export updates the same
  entries; `SEQUENCE` is raised whenever what the export says about a meeting
  changed since the last export (kept in `calendar_state`).
- `X-WR-CALNAME` names only a whole calendar: on a single meeting it would make
  Outlook open a new calendar.
- A cancelled meeting is `STATUS:CANCELLED`, its summary begins "Inställt".
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..fileio import write_atomically
from ..persistence.database import Database
from ..persistence.models import CalendarState
from . import catalog
from .catalog import MeetingInfo

KIND_LABELS = {"meeting": "Sammanträde", "budget_day": "Gemensam budgetdag", "planning_day": "Gemensam planeringsdag"}
WHOLE_DAY_KINDS = frozenset({"budget_day", "planning_day"})  # the kind says how long: the whole day
STOCKHOLM = ZoneInfo("Europe/Stockholm")
NO_END_STATED = "Sluttid anges inte i handlingarna."


def event_times(m: MeetingInfo) -> dict[str, Any]:
    """DTSTART and DTEND or DURATION for a meeting, from what the material states and nothing else."""
    if m.start_time is None or (m.end_time is None and m.kind in WHOLE_DAY_KINDS):
        return {"dtstart": m.start, "dtend": m.end + dt.timedelta(days=1)}
    start = dt.datetime.combine(m.start, m.start_time, tzinfo=STOCKHOLM)
    if m.end_time is not None:
        end = dt.datetime.combine(m.end, m.end_time, tzinfo=STOCKHOLM)
        if end >= start:
            return {"dtstart": start, "dtend": end}
    return {"dtstart": start, "duration": dt.timedelta(0)}


def meeting_event(m: MeetingInfo, stamp: dt.datetime, sequence: int = 0):  # type: ignore[no-untyped-def]
    from icalendar import Event

    ev = Event()
    ev.add("uid", f"{m.key}@namndklient")
    ev.add("dtstamp", stamp)
    ev.add("sequence", sequence)
    summary = f"{m.body_name}: {m.title}" if m.kind == "meeting" else m.title
    ev.add("summary", f"Inställt: {summary}" if m.cancelled else summary)
    times = event_times(m)
    for name, value in times.items():
        ev.add(name, value)
    if m.place:
        ev.add("location", m.place)
    lines = [KIND_LABELS.get(m.kind, m.kind)]
    if m.cancelled:
        lines.append("Sammanträdet är inställt.")
    if "duration" in times:
        lines.append(NO_END_STATED)
    if m.participants:
        lines.append(f"Deltagare: {m.participants}")
    lines += [f"{i.number}. {i.title}" for i in m.items if not i.withdrawn]
    ev.add("description", "\n".join(lines))
    ev.add("categories", [KIND_LABELS.get(m.kind, m.kind)])
    ev.add("status", "CANCELLED" if m.cancelled else "CONFIRMED")
    ev.add("transp", "TRANSPARENT" if m.cancelled else "OPAQUE")
    return ev


def _digest(m: MeetingInfo) -> str:
    """What the event says, apart from DTSTAMP and SEQUENCE: a change here raises the SEQUENCE."""
    ev = meeting_event(m, dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    return hashlib.sha256(ev.to_ical()).hexdigest()


def sequences(session: Session, meetings: list[MeetingInfo]) -> dict[str, int]:
    """The SEQUENCE of each meeting's event: 0 at first, one more each time the event changed."""
    states = {s.meeting_key: s for s in session.scalars(
        select(CalendarState).where(CalendarState.meeting_key.in_([m.key for m in meetings])))}
    found: dict[str, int] = {}
    for m in meetings:
        digest = _digest(m)
        state = states.get(m.key)
        if state is None:
            state = CalendarState(meeting_key=m.key, sequence=0, digest=digest)
            session.add(state)
        elif state.digest != digest:
            state.sequence, state.digest = state.sequence + 1, digest
        found[m.key] = state.sequence
    return found


def calendar_bytes(meetings: list[MeetingInfo], stamp: dt.datetime, *, whole: bool = True,
                   sequence: dict[str, int] | None = None) -> bytes:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//Nämndklient//Sammanträden//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if whole:
        cal.add("x-wr-calname", "Sammanträden")
        cal.add("x-wr-timezone", "Europe/Stockholm")
    events = [meeting_event(m, stamp, (sequence or {}).get(m.key, 0)) for m in meetings]
    if any(isinstance(ev.decoded("dtstart"), dt.datetime) for ev in events):
        cal.add_component(stockholm_vtimezone())
    for ev in events:
        cal.add_component(ev)
    return cal.to_ical()


def stockholm_vtimezone():  # type: ignore[no-untyped-def]
    """Europe/Stockholm as yearly rules (EU summer time, in force since 1996), as Outlook and Thunderbird write it.

    icalendar's own VTIMEZONE lists every change as RDATE values; ical.js reads only the first of
    them and puts summer meetings an hour off, so the rules are written out instead.
    """
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    tz = Timezone()
    tz.add("tzid", "Europe/Stockholm")
    tz.add("x-lic-location", "Europe/Stockholm")
    for part, start, month, before, after, name in (
        (TimezoneDaylight(), dt.datetime(1970, 3, 29, 2, 0), 3, 1, 2, "CEST"),
        (TimezoneStandard(), dt.datetime(1970, 10, 25, 3, 0), 10, 2, 1, "CET"),
    ):
        part.add("tzname", name)
        part.add("tzoffsetfrom", dt.timedelta(hours=before))
        part.add("tzoffsetto", dt.timedelta(hours=after))
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        tz.add_component(part)
    return tz


def export_ics(db: Database, out: Path, *, meeting: str | None = None, stamp: dt.datetime | None = None) -> int:
    """Write the calendar (or one meeting); the sequences are kept only when the file was written."""
    with db.session() as s:
        chosen = [catalog.find_meeting(s, meeting)] if meeting else catalog.meetings(s)
        numbers = sequences(s, chosen)
        data = calendar_bytes(chosen, stamp or dt.datetime.now(dt.UTC).replace(microsecond=0),
                              whole=meeting is None, sequence=numbers)
        write_atomically(out, data)
    return len(chosen)
