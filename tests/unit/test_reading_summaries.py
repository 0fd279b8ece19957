"""The start view's counts, computed in SQL, agree with counting the full agenda."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nämndklient.services import catalog, reading
from tests.helpers.reading_state import read_flag_and_change


def test_sql_summaries_match_the_agenda_counts_including_changes(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    read_flag_and_change(demo_db, tmp_path)
    with demo_db.session() as s:
        from_sql = reading.meeting_summaries(s)
        counted = [reading.summarize(m) for m in catalog.meetings(s)]
    assert from_sql == counted
    january = next(m for m in from_sql if m.key == "RS:2024-01-26")
    assert (january.items, january.unread, january.changed, january.flagged) == (5, 3, 1, 1)


def test_start_list_takes_the_next_meetings_or_else_the_latest(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session() as s:
        upcoming = reading.start_list(s, dt.date(2024, 8, 1), limit=3)
        later = reading.start_list(s, dt.date(2026, 11, 23), limit=2)
    assert upcoming.upcoming and [m.start for m in upcoming.meetings] == [
        dt.date(2024, 8, 27), dt.date(2024, 10, 1), dt.date(2024, 11, 5)]
    assert not later.upcoming and [m.start for m in later.meetings] == [dt.date(2024, 12, 10), dt.date(2024, 11, 27)]
