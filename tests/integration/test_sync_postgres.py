"""The central store on a real PostgreSQL server: publish, revise, republish, and members pull what changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import Meeting, Note, SyncState
from nämndklient.publishing.sync import pull, push
from nämndklient.services import catalog, personal
from tests.helpers.postgres import PostgresServer, postgres_server  # noqa: F401 - the fixture
from tests.unit.test_publish_support import (
    ITEM_DIRECTIVE,
    ITEM_INFO,
    ITEM_TS,
    MEETING,
    QUOTE_GONE,
    QUOTE_MOVED,
    revise,
    secretariat_db,
)

pytestmark = pytest.mark.slow


def _items(db) -> dict[str, catalog.ItemInfo]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return {i.key: i for i in catalog.items(s) if i.meeting == MEETING}


def test_a_revised_meeting_reaches_the_member_through_postgresql(
    postgres_server: PostgresServer, tmp_path: Path  # noqa: F811
) -> None:
    url = postgres_server.create_database()
    sec = secretariat_db(tmp_path / "sec.sqlite")
    member = open_database(tmp_path / "member.sqlite")

    first_push = push(sec, MEETING, url)
    assert first_push.meeting_changed
    first = pull(member, url)
    assert [m.meeting for m in first.meetings] == [MEETING]
    assert set(_items(member)) == {ITEM_TS, ITEM_DIRECTIVE, ITEM_INFO}
    with member.session() as s:
        personal.add_item_note(s, ITEM_TS, "Passagen", quote=QUOTE_MOVED)
        personal.add_item_note(s, ITEM_TS, "Försvinner", quote=QUOTE_GONE)
        personal.add_item_note(s, ITEM_DIRECTIVE, "På det återkallade")
        for key in (ITEM_TS, ITEM_DIRECTIVE, ITEM_INFO):
            personal.mark_read(s, key)

    # Nothing new centrally: a pull changes nothing for the member.
    idle = pull(member, url)
    assert not any(m.meeting_changed for m in idle.meetings)

    revise(sec, tmp_path / "revised")
    assert push(sec, MEETING, url).meeting_changed
    # Pushing the same again leaves the central meeting's modification time alone.
    central = open_database(url, migrate=False)
    with central.session() as cs:
        stamp = cs.scalar(select(Meeting.modified_at).where(Meeting.key == MEETING))
    assert not push(sec, MEETING, url).meeting_changed
    with central.session() as cs:
        assert cs.scalar(select(Meeting.modified_at).where(Meeting.key == MEETING)) == stamp
    central.dispose()

    second = pull(member, url)
    [report] = [m for m in second.meetings if m.meeting == MEETING]
    assert report.meeting_changed and report.withdrawn_items == [ITEM_DIRECTIVE]
    items = _items(member)
    assert items[ITEM_TS].state == "changed" and items[ITEM_TS].version == 2
    assert items[ITEM_DIRECTIVE].state == "withdrawn" and items[ITEM_DIRECTIVE].notes == 1
    with member.session() as s:
        assert s.scalar(select(Note).where(Note.quote == QUOTE_GONE)).orphaned
        assert not s.scalar(select(Note).where(Note.quote == QUOTE_MOVED)).orphaned
        assert len(list(s.scalars(select(Note)))) == 3
        assert [c.read_version for c in personal.diff_since_read(s, ITEM_TS)] == [1]
        state = s.scalar(select(SyncState))
        assert state is not None and state.watermark is not None and "postgresql" in state.source


def test_the_command_line_publishes_to_and_syncs_from_postgresql(
    postgres_server: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    url = postgres_server.create_database().replace("postgresql+psycopg://", "postgresql://")
    sec = secretariat_db(tmp_path / "sec.sqlite")
    sec.dispose()
    assert main(["--db", str(tmp_path / "sec.sqlite"), "publish", MEETING, "--to", url]) == 0
    member = tmp_path / "member.sqlite"
    assert main(["--db", str(member), "sync", "--from", url]) == 0
    assert "1 ändrade" in capsys.readouterr().out
    assert main(["--db", str(member), "sync", "--from", url]) == 0
    assert "0 ändrade" in capsys.readouterr().out
