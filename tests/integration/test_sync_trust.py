"""The central store is verified like a package: checksums, versions, the server's clock, bad rows skipped by id."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from nämndklient.cli.main import main
from nämndklient.domain import records as r
from nämndklient.persistence.database import Database, open_database
from nämndklient.persistence.models import AgendaItem, SyncState
from nämndklient.persistence.writer import store_meeting
from nämndklient.publishing.sync import push
from tests.helpers.postgres import PostgresServer, postgres_server  # noqa: F401 - the fixture
from tests.unit.test_publish_support import ITEM_INFO, ITEM_TS, MEETING, revise, secretariat_db

pytestmark = pytest.mark.slow

OTHER = "RS:2024-10-15"
TS_DOC = "tjansteskrivelse:RS/454/2023"


class Store:
    """A secretariat pushing two meetings to a fresh central database, and a member's file."""

    def __init__(self, server: PostgresServer, tmp: Path) -> None:
        self.url = server.create_database()
        self.tmp = tmp
        self.sec: Database = secretariat_db(tmp / "sec.sqlite")
        with self.sec.session() as s:
            s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential_days=None))
            store_meeting(s, other_meeting(), r.ImportReport())
        push(self.sec, MEETING, self.url)
        push(self.sec, OTHER, self.url)
        self.member = tmp / "member.sqlite"

    def central(self, sql: str, **params: Any) -> None:
        db = open_database(self.url, migrate=False)
        try:
            with db.engine.begin() as con:
                con.execute(text(sql), params)
        finally:
            db.dispose()

    def touch(self, key: str) -> None:
        self.central("UPDATE meeting SET modified_at = timezone('UTC', now()) WHERE key = :k", k=key)


def other_meeting(extra: bool = False) -> r.MeetingRecord:
    items = [r.AgendaItemRecord(1, "Anmälningsärenden", "Information")]
    if extra:
        items.append(r.AgendaItemRecord(2, "Övriga frågor", "Information"))
    return r.MeetingRecord("RS", dt.date(2024, 10, 15), dt.date(2024, 10, 15), r.MeetingKind.MEETING,
                           "Regionstyrelsens sammanträde", tuple(items))


@pytest.fixture
def store(postgres_server: PostgresServer, tmp_path: Path) -> Iterator[Store]:  # noqa: F811
    s = Store(postgres_server, tmp_path)
    yield s
    s.sec.dispose()


def sync(capsys: pytest.CaptureFixture[str], store: Store) -> tuple[str, str]:
    code = main(["--db", str(store.member), "sync", "--from", store.url])
    out, err = capsys.readouterr()
    assert code == 0, err  # a bad row never fails the whole sync
    return out, err


def listing(capsys: pytest.CaptureFixture[str], store: Store, what: str) -> dict[str, dict[str, Any]]:
    assert main(["--db", str(store.member), "list", what, "--format", "json"]) == 0
    return {row["key"]: row for row in json.loads(capsys.readouterr().out)}


def test_content_that_does_not_match_its_checksum_is_skipped_and_named(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    sync(capsys, store)
    before = listing(capsys, store, "documents")[TS_DOC]
    store.central("UPDATE document_version SET content = :c WHERE version = 1 AND document_id = "
                  "(SELECT id FROM document WHERE key = :k)", c="Förfalskad text".encode(), k=TS_DOC)
    store.touch(MEETING)
    out, err = sync(capsys, store)
    assert f"Hoppade över {store_display(store)}: {MEETING}: sammanträdet kan inte läsas" in err
    assert f"'{TS_DOC}' har inte den kontrollsumma som anges" in err and err.count("\n") == 1
    assert "0 ändrade" in out
    assert listing(capsys, store, "documents")[TS_DOC] == before

    # A declared checksum made to match the forgery: then it is the same version with other content.
    store.central("UPDATE document_version SET sha256 = encode(sha256(content), 'hex') WHERE version = 1 AND "
                  "document_id = (SELECT id FROM document WHERE key = :k)", k=TS_DOC)
    store.central("UPDATE document SET sha256 = encode(sha256('Förfalskad text'::bytea), 'hex') WHERE key = :k",
                  k=TS_DOC)
    store.touch(MEETING)
    _, err = sync(capsys, store)
    assert f"{MEETING}: paketet har samma version (1)" in err and "Sammanträdet hoppades över" in err
    assert listing(capsys, store, "documents")[TS_DOC] == before

    # The secretariat publishes again: the store's damaged copy is replaced, and members get it.
    revise(store.sec, store.tmp / "revised")
    assert push(store.sec, MEETING, store.url).version == 2
    out, err = sync(capsys, store)
    assert err == "" and f"{MEETING} version 2" in out
    assert "kompletterats efter synpunkter" in listing(capsys, store, "documents")[TS_DOC]["text"]


def store_display(store: Store) -> str:
    from nämndklient.publishing.sync import display_url

    return display_url(store.url)


def test_confidential_false_on_the_server_does_not_declassify_without_a_newer_version(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    sync(capsys, store)
    assert listing(capsys, store, "items")[ITEM_INFO]["confidential"] is True
    store.central("UPDATE agenda_item SET confidential = false WHERE key = :k", k=ITEM_INFO)
    store.touch(MEETING)
    _, err = sync(capsys, store)
    assert f"{MEETING}: paketet har samma version (1)" in err
    assert listing(capsys, store, "items")[ITEM_INFO]["confidential"] is True

    # The secretariat lifts it and publishes: the store's next version, and the member is told.
    with store.sec.session() as s:
        s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential=False))
    assert push(store.sec, MEETING, store.url).version == 2
    out, err = sync(capsys, store)
    assert f"sekretessen hävd i den centrala databasens version 2: {ITEM_INFO}" in out and err == ""
    assert listing(capsys, store, "items")[ITEM_INFO]["confidential"] is False


def test_a_row_dated_9999_does_not_move_the_watermark_past_the_servers_clock(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.central("UPDATE meeting SET modified_at = '9999-12-31 00:00:00' WHERE key = :k", k=MEETING)
    sync(capsys, store)
    member = open_database(store.member)
    with member.session() as s:
        watermark = s.scalar(select(SyncState.watermark))
    member.dispose()
    assert watermark is not None and watermark < dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)

    with store.sec.session() as s:  # a later change to the other meeting still reaches the member
        store_meeting(s, other_meeting(extra=True), r.ImportReport())
    push(store.sec, OTHER, store.url)
    out, _ = sync(capsys, store)
    assert f"{OTHER} version 2" in out
    assert listing(capsys, store, "items")[f"{OTHER}/övriga-frågor"]["withdrawn"] is False


def test_an_invalid_kind_skips_that_meeting_only_and_names_it(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.central("UPDATE meeting SET kind = 'bogus' WHERE key = :k", k=OTHER)
    out, err = sync(capsys, store)
    assert f"{OTHER}: manifest.json följer inte schemat vid meeting/kind" in err and err.count("\n") == 1
    assert "1 sammanträden lästa, 1 ändrade" in out
    meetings = listing(capsys, store, "meetings")
    assert MEETING in meetings and OTHER not in meetings
    assert listing(capsys, store, "items")[ITEM_TS]["version"] == 1
    out, err = sync(capsys, store)  # the watermark stayed below it: reported again until it is mended
    assert f"{OTHER}: manifest.json följer inte schemat vid meeting/kind" in err
    store.central("UPDATE meeting SET kind = 'meeting' WHERE key = :k", k=OTHER)
    out, err = sync(capsys, store)
    assert err == "" and OTHER in listing(capsys, store, "meetings")


def test_a_revision_in_the_store_is_a_newer_version_for_the_member(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    sync(capsys, store)
    revise(store.sec, store.tmp / "revised")
    assert push(store.sec, MEETING, store.url).version == 2
    assert push(store.sec, MEETING, store.url).version == 2  # nothing new: the same version
    out, _ = sync(capsys, store)
    assert f"{MEETING} version 2" in out
    assert listing(capsys, store, "items")[ITEM_TS]["version"] == 2
