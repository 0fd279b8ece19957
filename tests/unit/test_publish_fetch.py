"""Hämta nya handlingar without the GUI: a folder of packages, a safe cancel, sync state, and the two commands."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import update

from nämndklient.cli.main import main
from nämndklient.persistence.database import Database, open_database
from nämndklient.persistence.models import Meeting
from nämndklient.publishing.fetch import CancelToken, fetch_file, fetch_folder, newest_per_meeting
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore
from nämndklient.services import personal, sync_state
from tests.helpers.files import db_digest
from tests.unit.test_publish_support import (
    ITEM_DIRECTIVE,
    ITEM_INFO,
    ITEM_TS,
    MEETING,
    publisher,
    revise,
    secretariat_db,
)

TS_DOC = "tjansteskrivelse:RS/454/2023"


@pytest.fixture
def trust(tmp_path: Path) -> TrustStore:
    return TrustStore(tmp_path / "config" / "trusted.json")


def _stamp(db: Database, when: dt.datetime) -> None:
    with db.session() as s:
        s.execute(update(Meeting).where(Meeting.key == MEETING).values(modified_at=when))


@pytest.fixture
def published(tmp_path: Path, trust: TrustStore) -> tuple[Path, Path, Database]:
    """Version 1 and version 2 (revised, item 2 withdrawn) of the same meeting, signed by a trusted key."""
    pub = publisher(tmp_path / "keys", trust)
    sec = secretariat_db(tmp_path / "sec.sqlite")
    v1 = tmp_path / "out" / "v1.zip"
    v1.parent.mkdir()
    _stamp(sec, dt.datetime(2024, 9, 1, 8, 0))  # the first version a week before the meeting
    publish(sec, MEETING, v1, pub.key)
    revise(sec, tmp_path / "revised")
    _stamp(sec, dt.datetime(2024, 9, 6, 15, 30))  # the revision some days later
    v2 = tmp_path / "out" / "v2.zip"
    publish(sec, MEETING, v2, pub.key)
    sec.dispose()
    return v1, v2, open_database(tmp_path / "member.sqlite")


def test_a_folder_gives_the_newest_package_per_meeting_and_skips_what_is_already_there(
    tmp_path: Path, trust: TrustStore, published: tuple[Path, Path, Database]
) -> None:
    v1, v2, member = published
    share = tmp_path / "share"
    share.mkdir()
    # Names sort the wrong way round on purpose: the manifest's modification time decides, not the name.
    shutil.copy(v2, share / "a-senaste.zip")
    shutil.copy(v1, share / "b-forsta.zip")
    (share / "anteckningar.txt").write_text("inte ett paket")
    newest, older, broken = newest_per_meeting(share.glob("*.zip"))
    assert [p.name for p in newest] == ["a-senaste.zip"] and [p.name for p in older] == ["b-forsta.zip"]
    assert broken == []

    result = fetch_folder(member, share, trust_store=trust)
    assert result.superseded == ["b-forsta.zip"] and not result.refused and not result.skipped
    [outcome] = result.outcomes
    assert outcome.meeting == MEETING and outcome.trusted
    assert {i.key for i in outcome.new_items} == {ITEM_TS, ITEM_INFO}  # the directive was withdrawn before we came
    with member.session() as s:
        assert sync_state.meeting_state(s, MEETING).fetched_at is not None

    before = db_digest(tmp_path / "member.sqlite")
    again = fetch_folder(member, share, trust_store=trust)
    assert again.skipped == ["a-senaste.zip"] and again.outcomes == []
    assert db_digest(tmp_path / "member.sqlite") == before  # skipped without a write


def test_a_cancel_during_the_write_keeps_nothing_of_that_package(
    tmp_path: Path, trust: TrustStore, published: tuple[Path, Path, Database]
) -> None:
    v1, _, member = published
    before = db_digest(tmp_path / "member.sqlite")

    class CancelMidway(CancelToken):
        """Avbryt pressed after the cases and the first documents were written, before the commit."""

        checks = 0

        def check(self) -> None:
            self.checks += 1
            if self.checks == 4:
                self.cancel()
            super().check()

    token = CancelMidway()
    result = fetch_file(member, v1, trust_store=trust, cancel=token)
    assert result.cancelled and result.outcomes == [] and token.checks == 4
    assert db_digest(tmp_path / "member.sqlite") == before
    assert not fetch_file(member, v1, trust_store=trust).cancelled  # and the next try goes through


def test_sync_state_per_meeting_and_document_after_a_revision(
    tmp_path: Path, trust: TrustStore, published: tuple[Path, Path, Database]
) -> None:
    v1, v2, member = published
    fetch_file(member, v1, trust_store=trust)
    with member.session() as s:
        for key in (ITEM_TS, ITEM_DIRECTIVE):
            personal.mark_read(s, key)
        first = sync_state.meeting_state(s, MEETING)
    assert first.counts == {"current": 3, "changed": 0, "withdrawn": 0, "expired": 0}
    result = fetch_file(member, v2, trust_store=trust)
    [outcome] = result.outcomes
    assert [i.key for i in outcome.changed_items] == [ITEM_TS, ITEM_INFO]
    assert [i.key for i in outcome.withdrawn_items] == [ITEM_DIRECTIVE]
    assert outcome.notes_orphaned == 0 and outcome.new_items == ()
    with member.session() as s:
        state = sync_state.meeting_state(s, MEETING)
        item = sync_state.item_state(s, ITEM_TS)
        info = sync_state.item_state(s, ITEM_INFO)
    # ITEM_INFO was never marked read: its new attachment is new to the member, not "changed since read".
    assert state.counts == {"current": 1, "changed": 1, "withdrawn": 1, "expired": 0}
    assert state.fetched_at is not None and state.fetched_at > first.fetched_at  # type: ignore[operator]
    [doc] = item.documents
    assert (doc.key, doc.version, doc.state) == (TS_DOC, 2, "changed") and doc.fetched_at == state.fetched_at
    assert [d.state for d in info.documents] == ["current"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_status_command_prints_states_as_table_and_json(
    tmp_path: Path, trust: TrustStore, published: tuple[Path, Path, Database], capsys: pytest.CaptureFixture[str]
) -> None:
    v1, v2, member = published
    fetch_file(member, v1, trust_store=trust)
    with member.session() as s:
        personal.mark_read(s, ITEM_TS)
    fetch_file(member, v2, trust_store=trust)
    member.dispose()
    db = str(tmp_path / "member.sqlite")
    code, out, _ = run(capsys, "--db", db, "sync", "--status", "--format", "json")
    assert code == 0
    [meeting] = json.loads(out)
    assert set(meeting) == {"key", "title", "fetched_at", "counts", "items"}
    # the confidential item's 30 days after the 2024 meeting have passed: opening the database removed it
    assert meeting["key"] == MEETING
    assert meeting["counts"] == {"current": 0, "changed": 1, "withdrawn": 1, "expired": 1}
    items = {i["key"]: i for i in meeting["items"]}
    assert set(items[ITEM_TS]) == {"key", "number", "title", "state", "documents"}
    [doc] = items[ITEM_TS]["documents"]
    assert set(doc) == {"key", "title", "kind", "version", "state", "fetched_at"}
    assert (doc["key"], doc["version"], doc["state"]) == (TS_DOC, 2, "changed")
    assert doc["fetched_at"].startswith(meeting["fetched_at"][:10])
    assert items[ITEM_DIRECTIVE]["state"] == "withdrawn"

    code, out, _ = run(capsys, "--db", db, "sync", "--status")
    assert code == 0
    assert f"{MEETING}  Regionstyrelsens sammanträde: hämtat " in out
    assert "0 aktuell, 1 ändrad, 1 utgått, 1 sekretesstid ute" in out
    assert f"  {TS_DOC}  version 2  ändrad  hämtat 20" in out
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "sync"])  # neither --from nor --status
    assert exc.value.code == 2


def test_untrust_by_key_file_or_fingerprint(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    store = TrustStore()
    assert str(store.path).startswith(str(tmp_path))
    prefix = tmp_path / "utgivare"
    assert run(capsys, "keygen", "-o", str(prefix))[0] == 0
    public = f"{prefix}.pub"
    code, out, _ = run(capsys, "trust", public, "--name", "Sekretariatet")
    assert code == 0 and len(store.keys()) == 1
    fp = store.keys()[0].fingerprint

    code, out, _ = run(capsys, "untrust", public)
    assert code == 0 and "Litar inte längre på Sekretariatet" in out and store.keys() == []
    code, _, err = run(capsys, "untrust", public)
    assert code == 2 and "finns inte bland dem du litar på" in err

    run(capsys, "trust", public)
    short = ":".join(fp[i:i + 4] for i in range(0, 16, 4))
    code, out, _ = run(capsys, "untrust", short)
    assert code == 0 and store.keys() == []
    code, _, err = run(capsys, "untrust", "abcd")
    assert code == 2 and "för kort" in err
    if os.name == "posix":
        assert oct(store.path.stat().st_mode & 0o777) == "0o600"


def test_collapse_keeps_context_around_changes_and_counts_what_it_folds() -> None:
    from nämndklient.publishing.anchoring import collapse, word_diff

    old = " ".join(f"ord{i}" for i in range(100))
    ops = collapse(word_diff(old, old.replace("ord50", "nytt50")), context=5)
    assert ops[0] == ("gap", "45") and ops[-1] == ("gap", "44")
    assert ("delete", "ord50") in ops and ("insert", "nytt50") in ops
    assert ops[1] == ("equal", "ord45 ord46 ord47 ord48 ord49 ")
    short = word_diff("a b c", "a x c")
    assert collapse(short, context=5) == short  # nothing worth folding
