"""Trust what is published: versions per meeting and publisher, a package's scope, key scopes, unsigned sources.

Every refusal goes through the command line: one sentence, exit code 2, and the
member's database (with its -wal/-shm) byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from nämndklient.cli.main import main
from nämndklient.persistence.database import Database
from nämndklient.persistence.models import AgendaItem, Publication
from nämndklient.publishing import manifest as mf
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore, load_private_key, sign
from tests.conftest import SEEDS
from tests.helpers.files import db_digest, digest_tree
from tests.unit.test_publish_support import (
    ITEM_DIRECTIVE,
    ITEM_INFO,
    ITEM_TS,
    MEETING,
    TS_FILE,
    Publisher,
    publisher,
    revise,
    revised_text,
    secretariat_db,
)

Edit = Callable[[dict[str, Any], dict[str, bytes]], None]


def forge(src: Path, out: Path, key: Path, edit: Edit) -> Path:
    """The package `src`, changed by `edit` and signed again with `key`: only the change can cause a refusal."""
    with zipfile.ZipFile(src) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members["manifest.json"])
    files = {f["id"]: members[f["accessUrl"]] for f in manifest["file"]}
    edit(manifest, files)
    for f in manifest["file"]:
        f["size"], f["sha512Checksum"] = len(files[f["id"]]), hashlib.sha512(files[f["id"]]).hexdigest()
    data = mf.encode(manifest)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", data)
        zf.writestr("manifest.sig", sign(load_private_key(key), data).to_json())
        for f in manifest["file"]:
            zf.writestr(f["accessUrl"], files[f["id"]])
    return out


class World:
    """A secretariat with a trusted key, versions 1 and 2 of RS:2024-09-10, and a member's empty database."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.pub: Publisher = publisher(tmp / "keys", TrustStore())
        self.sec: Database = secretariat_db(tmp / "sec.sqlite")
        with self.sec.session() as s:  # no expiry: these tests are about who may lift confidentiality
            s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential_days=None))
        self.v1 = tmp / "v1.zip"
        publish(self.sec, MEETING, self.v1, self.pub.key)
        revise(self.sec, tmp / "revised")
        self.v2 = tmp / "v2.zip"
        publish(self.sec, MEETING, self.v2, self.pub.key)
        self.member = tmp / "member.sqlite"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # the command line's trust list, this test's
    w = World(tmp_path)
    yield w
    w.sec.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def files_of(db: Path) -> dict[str, str]:
    """The database file byte for byte, and its -wal if it holds anything (-shm is SQLite's index of the
    WAL, rewritten by every reader; an empty -wal is removed when the last connection closes)."""
    return {k: v for k, v in digest_tree(db).items()
            if not k.endswith("-shm") and not (k.endswith("-wal") and v == hashlib.sha256(b"").hexdigest())}


def refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> str:
    """Run an import that must be refused; return its one-line message."""
    content = db_digest(db)  # everything committed is in the file now
    before = files_of(db)
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err and "SQL" not in err
    assert files_of(db) == before  # not a byte written to the file or its log
    assert db_digest(db) == content
    return err


def imported(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> str:
    code, out, err = run(capsys, "--db", str(db), "import", *argv)
    assert code == 0, err
    return out


def item_rows(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict[str, Any]]:
    assert main(["--db", str(db), "list", "items", "--format", "json"]) == 0
    return {r["key"]: r for r in json.loads(capsys.readouterr().out)}


# --- versions ----------------------------------------------------------------------------


def test_publish_hands_out_a_higher_version_for_new_content_and_the_same_for_the_same(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    versions = [json.loads(zipfile.ZipFile(p).read("manifest.json"))["version"] for p in (world.v1, world.v2)]
    assert versions == [1, 2]
    again, _ = publish(world.sec, MEETING, world.tmp / "v2-again.zip", world.pub.key)
    assert again.manifest["version"] == 2  # nothing changed: the same version, a member skips it
    world.sec.dispose()
    sec = str(world.tmp / "sec.sqlite")
    before = db_digest(Path(sec))
    code, _, err = run(capsys, "--db", sec, "publish", MEETING, "-o", str(world.tmp / "old.zip"),
                       "--key", str(world.pub.key), "--version", "1")
    assert code == 2 and "--version 1" in err and "version 2" in err and err.count("\n") == 1
    assert not (world.tmp / "old.zip").exists() and not list(world.tmp.glob(".old.zip*"))
    assert db_digest(Path(sec)) == before
    code, out, _ = run(capsys, "--db", sec, "publish", MEETING, "-o", str(world.tmp / "v7.zip"),
                       "--key", str(world.pub.key), "--version", "7")
    assert code == 0 and f"{MEETING} version 7" in out


def test_an_older_version_is_refused_after_a_newer_one(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    imported(capsys, world.member, str(world.v1))
    out = imported(capsys, world.member, str(world.v2))
    assert f"sammanträde {MEETING} version 2" in out
    err = refused(capsys, world.member, "import", str(world.v1))
    assert "version 1 av RS:2024-09-10" in err and "version 2 från samma utgivare är redan inläst" in err
    assert "inget ändrades" in err
    rows = item_rows(capsys, world.member)
    assert rows[ITEM_DIRECTIVE]["state"] == "withdrawn"  # the withdrawn item did not come back
    assert rows[ITEM_TS]["version"] == 2


def test_the_same_version_again_is_skipped_without_a_write(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    imported(capsys, world.member, str(world.v1))
    db_digest(world.member)
    before = files_of(world.member)
    out = imported(capsys, world.member, str(world.v1))
    assert "version 1 av RS:2024-09-10 är redan inläst; inget ändrades." in out
    assert files_of(world.member) == before


def test_the_same_version_with_other_content_is_refused(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    imported(capsys, world.member, str(world.v1))

    def rename(manifest: dict[str, Any], files: dict[str, bytes]) -> None:
        manifest["meeting"]["name"] = "Ett annat sammanträde"  # version stays 1

    forged = forge(world.v1, world.tmp / "forged.zip", world.pub.key, rename)
    err = refused(capsys, world.member, "import", str(forged))
    assert "samma version (1)" in err and "annat innehåll" in err


def test_a_folder_never_brings_back_an_older_version(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from nämndklient.persistence.database import open_database
    from nämndklient.publishing.fetch import fetch_folder

    imported(capsys, world.member, str(world.v2))
    share = world.tmp / "share"
    share.mkdir()
    shutil.copy(world.v1, share / "rs-2024-09-10.zip")  # only the old one lies in the folder
    db = open_database(world.member)
    before = db_digest(world.member)
    result = fetch_folder(db, share)
    db.dispose()
    [refusal] = result.refused
    assert "en äldre version ersätter aldrig en nyare" in refusal.reason and not refusal.untrusted
    assert result.outcomes == [] and db_digest(world.member) == before


def test_a_stray_package_with_a_high_version_cannot_hold_back_the_real_one(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from nämndklient.persistence.database import open_database
    from nämndklient.publishing.fetch import fetch_folder

    share = world.tmp / "share"
    share.mkdir()
    shutil.copy(world.v2, share / "rs-riktig.zip")
    publish(world.sec, MEETING, share / "rs-falsk.zip", None, version=99)  # unsigned, "version 99"
    db = open_database(world.member)
    result = fetch_folder(db, share)
    db.dispose()
    [refusal] = result.refused
    assert refusal.untrusted and refusal.file.endswith("rs-falsk.zip")
    [outcome] = result.outcomes
    assert outcome.source == "rs-riktig.zip" and outcome.version == 2 and outcome.trusted
    assert result.superseded == []


# --- scope: a package writes only its own meeting ------------------------------------------------


@pytest.fixture
def demo_package(world: World, demo_db_file: Path) -> Path:
    """RS:2024-01-26 published by the trusted key from a secretariat holding the demo material."""
    from nämndklient.persistence.database import open_database

    shutil.copy(demo_db_file, world.tmp / "demo-sec.sqlite")
    sec = open_database(world.tmp / "demo-sec.sqlite")
    publish(sec, "RS:2024-01-26", world.tmp / "rs-2024-01-26.zip", world.pub.key)
    sec.dispose()
    return world.tmp / "rs-2024-01-26.zip"


def _add_file(manifest: dict[str, Any], files: dict[str, bytes], fid: str, data: bytes, item: int = 0) -> None:
    manifest["file"].append({
        "type": mf.OPARL + "File", "id": fid, "name": "Plan och budget 2024", "fileName": "plan.txt",
        "mimeType": "text/plain", "date": None, "size": 0, "sha512Checksum": "0" * 128,
        "accessUrl": "files/9999-plan.txt", "documentKind": "plan_och_budget", "version": 1,
        "pageCount": None, "text": data.decode(), "details": {},
    })
    files[fid] = data
    manifest["meeting"]["agendaItem"][item].setdefault("auxiliaryFile", []).append(fid)


def test_a_package_may_not_replace_the_plan_through_its_file_id(
    world: World, demo_package: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def plant(manifest: dict[str, Any], files: dict[str, bytes]) -> None:
        manifest["version"] = 2  # a newer version: only the scope can refuse it
        _add_file(manifest, files, "plan_och_budget:RS/595/2023", "Förfalskade ord om budgeten".encode())

    forged = forge(demo_package, world.tmp / "forged.zip", world.pub.key, plant)
    assert main(["--db", str(demo_db_path), "import", str(demo_package)]) == 0  # the meeting itself is fine
    capsys.readouterr()
    err = refused(capsys, demo_db_path, "import", str(forged))
    assert "'plan_och_budget:RS/595/2023' finns redan utanför RS:2024-01-26 med annat innehåll" in err
    assert main(["--db", str(demo_db_path), "search", "Förfalskade", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_package_may_not_put_another_meetings_case_on_its_confidential_item(
    world: World, demo_package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(capsys, world.member, str(world.v1))  # RS/454/2023 is an item of RS:2024-09-10

    def steal(manifest: dict[str, Any], files: dict[str, bytes]) -> None:
        manifest["paper"].append({"type": mf.OPARL + "Paper", "id": "RS/454/2023", "reference": "RS/454/2023",
                                  "name": "Stulet ärende", "mainFile": None, "auxiliaryFile": []})
        item = manifest["meeting"]["agendaItem"][0]
        item.update(paper="RS/454/2023", public=False, confidentialDays=0)

    forged = forge(demo_package, world.tmp / "forged.zip", world.pub.key, steal)
    err = refused(capsys, world.member, "import", str(forged))
    assert "ärendet 'RS/454/2023' hör till ett annat sammanträde (RS:2024-09-10)" in err
    assert main(["--db", str(world.member), "expire", "--today", "2030-01-01"]) == 0
    capsys.readouterr()
    assert main(["--db", str(world.member), "list", "documents", "--format", "json"]) == 0
    docs = {d["key"]: d for d in json.loads(capsys.readouterr().out)}
    assert "Robert Hamberg" in docs["tjansteskrivelse:RS/454/2023"]["text"]  # nothing erased it


def test_a_case_read_from_a_file_may_not_become_a_confidential_item(
    world: World, demo_package: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "Svar på initiativärende från Robert Hamberg (M) om att stärka förutsättningarna för hälso- och " \
            "sjukvårdsnämnden"

    def adopt(manifest: dict[str, Any], files: dict[str, bytes]) -> None:
        manifest["paper"].append({"type": mf.OPARL + "Paper", "id": "RS/454/2023", "reference": "RS/454/2023",
                                  "name": title, "mainFile": None, "auxiliaryFile": []})
        manifest["meeting"]["agendaItem"][0].update(paper="RS/454/2023", public=False, confidentialDays=0)

    forged = forge(demo_package, world.tmp / "forged.zip", world.pub.key, adopt)
    err = refused(capsys, demo_db_path, "import", str(forged))
    assert "ärendet 'RS/454/2023' finns redan utanför RS:2024-01-26" in err and "sekretesspunkt" in err


# --- confidentiality -----------------------------------------------------------------------------


def _make_public(db: Database) -> None:
    with db.session() as s:
        s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential=False))


def test_only_a_newer_version_from_the_same_publisher_lifts_confidentiality_and_the_member_is_told(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(capsys, world.member, str(world.v1))
    assert item_rows(capsys, world.member)[ITEM_INFO]["confidential"] is True

    # Another trusted publisher's package of the same meeting, with the item public: refused.
    other = publisher(world.tmp / "other-keys", TrustStore())
    _make_public(world.sec)
    publish(world.sec, MEETING, world.tmp / "other.zip", other.key)
    err = refused(capsys, world.member, "import", str(world.tmp / "other.zip"))
    assert "'Information om lokalförsörjning' är sekretessmarkerad" in err
    assert "bara en nyare version från den utgivaren får häva den" in err

    # The same publisher's next version: accepted, and said.
    publish(world.sec, MEETING, world.tmp / "v3.zip", world.pub.key)
    out = imported(capsys, world.member, str(world.tmp / "v3.zip"))
    assert f"sekretessen hävd av utgivaren (version 3): {ITEM_INFO}" in out
    assert item_rows(capsys, world.member)[ITEM_INFO]["confidential"] is False
    code, out, _ = run(capsys, "--db", str(world.member), "import", str(world.tmp / "v3.zip"), "--format", "json")
    assert code == 0 and json.loads(out)[0]["skipped"] is True


def test_moving_a_confidential_items_documents_onto_a_public_item_is_lifting_it_too(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(capsys, world.member, str(world.v1))
    other = publisher(world.tmp / "other-keys", TrustStore())

    def rename_public(manifest: dict[str, Any], files: dict[str, bytes]) -> None:
        item = next(i for i in manifest["meeting"]["agendaItem"] if i["id"] == ITEM_INFO)
        item.update(name="Information om lokalförsörjning, öppen", public=True)  # a new item, the old one gone

    forged = forge(world.v1, world.tmp / "moved.zip", other.key, rename_public)
    err = refused(capsys, world.member, "import", str(forged))
    assert "'Information om lokalförsörjning' är sekretessmarkerad och paketet visar dess handlingar under en " \
           "offentlig punkt" in err


# --- key scopes ---------------------------------------------------------------------------------------


def test_a_key_trusted_for_one_body_cannot_publish_for_another(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "trust", str(world.pub.public), "--name", "HSN-sekretariatet", "--body", "HSN")
    assert code == 0 and "för HSN" in out
    assert TrustStore().bodies(world.pub.fingerprint) == ("HSN",)
    run(capsys, "--db", str(world.member), "list", "meetings")  # the database exists before the refusal
    err = refused(capsys, world.member, "import", str(world.v1))
    assert "paketet gäller RS" in err and "betrodd bara för HSN" in err and "--body HSN RS" in err
    err = refused(capsys, world.member, "import", str(world.v1), "--accept-untrusted")
    assert "betrodd bara för HSN" in err  # a scope is not a missing signature: it cannot be waved through
    code, out, _ = run(capsys, "trust", str(world.pub.public), "--body", "HSN", "RS")
    assert code == 0 and "för HSN, RS" in out
    imported(capsys, world.member, str(world.v1))
    code, out, _ = run(capsys, "trust", str(world.pub.public), "--name", "Sekretariatet")
    assert code == 0 and "för HSN, RS" in out  # renaming a key never widens what it may sign
    code, _, err = run(capsys, "trust", str(world.pub.public), "--body", "R S")
    assert code == 2 and "kortnamn" in err


# --- unsigned sources add, never undo -------------------------------------------------------------


def _oparl(tmp: Path, items: list[dict[str, Any]], papers: list[dict[str, Any]] = (),  # type: ignore[assignment]
           **meeting: Any) -> Path:
    t = "https://schema.oparl.org/1.1/"
    doc = {"type": t + "System", "data": [
        {"type": t + "Body", "id": "b", "name": "Regionstyrelsen", "shortName": "RS"},
        {"type": t + "Meeting", "id": "m", "name": "Regionstyrelsens sammanträde", "start": "2024-09-10T09:00:00",
         "end": "2024-09-10T09:00:00", "location": {"description": "Regionens hus"}, "agendaItem": items,
         **meeting},
        *papers,
    ]}
    path = tmp / "oparl.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


ALL_ITEMS = [
    {"id": "i1", "order": 1, "name": "Svar på initiativärende om hälso- och sjukvårdsnämnden"},
    {"id": "i2", "order": 2, "name": "Direktiv för översyn av styrmodellen"},
    {"id": "i3", "order": 3, "name": "Information om lokalförsörjning", "public": False},
]
PAPERS = [
    {"type": "https://schema.oparl.org/1.1/Paper", "id": "p1", "name": "Svar", "reference": "RS/454/2023",
     "consultation": [{"id": "c1", "agendaItem": "i1"}]},
    {"type": "https://schema.oparl.org/1.1/Paper", "id": "p2", "name": "Direktiv", "reference": "RS/342/2022",
     "consultation": [{"id": "c2", "agendaItem": "i2"}]},
]


def test_an_unsigned_oparl_file_never_withdraws_or_declassifies_a_signed_meeting(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """OParl meetings are known by their OParl id (#17): one for the same body and day is a meeting of its own,
    so an unsigned file reaches nothing the signed package delivered."""
    imported(capsys, world.member, str(world.v1))
    before = item_rows(capsys, world.member)
    only_one = _oparl(world.tmp, ALL_ITEMS[:1], PAPERS)
    imported(capsys, world.member, str(only_one))
    public = _oparl(world.tmp, [*ALL_ITEMS[:2], {**ALL_ITEMS[2], "public": True}], PAPERS)
    imported(capsys, world.member, str(public))
    rows = item_rows(capsys, world.member)
    for key, row in before.items():  # the signed meeting's items: none withdrawn, none made public
        assert rows[key]["withdrawn"] == row["withdrawn"] and rows[key]["confidential"] == row["confidential"]
    assert rows[ITEM_INFO]["confidential"] is True and rows[ITEM_DIRECTIVE]["withdrawn"] is False
    assert {r["meeting"] for k, r in rows.items() if k not in before} != {MEETING}  # its own meeting


def test_an_oparl_meeting_older_than_the_one_read_from_the_same_source_is_refused(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = _oparl(world.tmp, ALL_ITEMS[:1], modified="2024-09-05T12:00:00+02:00", start="2024-11-12T09:00:00",
                   end="2024-11-12T12:00:00")
    imported(capsys, world.member, str(newer))
    before = files_of(world.member)
    imported(capsys, world.member, str(newer))  # the same again: nothing written
    assert files_of(world.member) == before
    older = _oparl(world.tmp, ALL_ITEMS[:2], modified="2024-09-01T08:00:00+02:00", start="2024-11-12T09:00:00",
                   end="2024-11-12T12:00:00")
    err = refused(capsys, world.member, "import", str(older))
    # OParl meetings are keyed by body, day and OParl id (#17): "RS:2024-11-12:m1"
    assert "sammanträdet RS:2024-11-12:" in err and "är ändrat 2024-09-01 06:00 UTC enligt filen" in err
    assert "äldre version" in err
    same_time = _oparl(world.tmp, ALL_ITEMS[:2], modified="2024-09-05T12:00:00+02:00", start="2024-11-12T09:00:00",
                       end="2024-11-12T12:00:00")
    err = refused(capsys, world.member, "import", str(same_time))
    assert "samma ändringstid (2024-09-05 10:00 UTC)" in err


def test_a_document_file_may_not_replace_what_a_signed_package_delivered(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(capsys, world.member, str(world.v1))
    revised = world.tmp / "mina" / TS_FILE
    revised.parent.mkdir()
    revised.write_text(revised_text(), encoding="utf-8")
    err = refused(capsys, world.member, "import", str(revised))
    assert "'tjansteskrivelse:RS/454/2023' kom från en betrodd utgivare (RS:2024-09-10)" in err
    imported(capsys, world.member, str(SEEDS / TS_FILE))  # the very same text: nothing to replace


def test_a_package_accepted_without_trust_may_not_undo_a_trusted_one(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(capsys, world.member, str(world.v1))
    stranger = publisher(world.tmp / "stranger")  # not trusted
    publish(world.sec, MEETING, world.tmp / "stranger.zip", stranger.key)  # the revision: item 2 withdrawn
    err = refused(capsys, world.member, "import", str(world.tmp / "stranger.zip"), "--accept-untrusted")
    assert "får inte dra tillbaka den" in err or "får inte ersätta den" in err


def test_what_the_member_has_seen_is_recorded_per_meeting_and_publisher(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from nämndklient.persistence.database import open_database

    imported(capsys, world.member, str(world.v1))
    imported(capsys, world.member, str(world.v2))
    db = open_database(world.member)
    with db.session() as s:
        [row] = s.scalars(select(Publication))
        assert (row.meeting_key, row.publisher, row.role, row.version, row.signed) == (
            MEETING, world.pub.fingerprint, "seen", 2, True)
        assert row.confidential == [ITEM_INFO]
    db.dispose()


# --- bounded work: package limits -------------------------------------------------------------------


def _zip_of(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_a_package_of_300_members_of_a_mebibyte_each_is_refused_at_once(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    import time

    with zipfile.ZipFile(world.v1) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members.update({f"files/{n:04d}-noll.txt": b"\0" * (1024 * 1024) for n in range(300)})
    bomb = _zip_of(world.tmp / "bomb.zip", members)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    run(capsys, "--db", str(world.member), "list", "meetings")
    started = time.monotonic()
    err = refused(capsys, world.member, "import", str(bomb))
    assert time.monotonic() - started < 10
    assert "files/0000-noll.txt packas upp till 1048576 byte" in err and "1:200" in err


def test_too_many_members_and_too_much_in_total_are_refused(
    world: World, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from nämndklient.publishing import package_reader

    run(capsys, "--db", str(world.member), "list", "meetings")
    many = _zip_of(world.tmp / "many.zip", {f"files/{n:05d}.txt": b"x" for n in range(5002)})
    err = refused(capsys, world.member, "import", str(many))
    assert "5002 filer, fler än de 5001" in err
    monkeypatch.setattr(package_reader, "MAX_TOTAL", 10_000)
    err = refused(capsys, world.member, "import", str(world.v1))
    assert "packas upp till" in err and "mer än de 10000 som tillåts" in err


def test_what_is_not_a_package_is_named_for_what_it_is(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.helpers.pack_sample import make_pdf

    run(capsys, "--db", str(world.member), "list", "meetings")
    pdf = world.tmp / "handling.zip"
    pdf.write_bytes(make_pdf(1, "Handling"))
    err = refused(capsys, world.member, "import", str(pdf))
    assert "fann en PDF-fil" in err and "mötespaket" in err and "trasig" not in err  # named by its content
    empty_zip = _zip_of(world.tmp / "tom.zip", {"läsmig.txt": b"hej"})
    err = refused(capsys, world.member, "import", str(empty_zip))
    assert "saknar manifest.json" in err


def test_the_plans_calendar_leaves_a_trusted_publishers_meeting_as_it_is_and_says_so(
    world: World, demo_db_file: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nämndklient.persistence.database import open_database

    shutil.copy(demo_db_file, world.tmp / "demo-sec.sqlite")
    sec = open_database(world.tmp / "demo-sec.sqlite")
    with sec.session() as s:  # the secretariat renames the first item of 26 January before publishing
        from nämndklient.services.catalog import find_meeting

        first = find_meeting(s, "RS:2024-01-26").items[0]
        s.execute(update(AgendaItem).where(AgendaItem.key == first.key).values(title="Läkemedel, reviderad"))
    publish(sec, "RS:2024-01-26", world.tmp / "jan.zip", world.pub.key)
    sec.dispose()
    imported(capsys, demo_db_path, str(world.tmp / "jan.zip"))
    live = {k for k, r in item_rows(capsys, demo_db_path).items() if r["meeting"] == "RS:2024-01-26"
            and not r["withdrawn"]}
    plan = world.tmp / "plan" / "001_cfd44e3ece793d5a.txt"
    plan.parent.mkdir()
    plan.write_text((SEEDS / plan.name).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(demo_db_path), "import", str(plan))
    assert code == 0, err
    assert "RS:2024-01-26 kom från en betrodd utgivare" in err and "Sammanträdet lämnades som det var." in err
    assert {k for k, r in item_rows(capsys, demo_db_path).items() if r["meeting"] == "RS:2024-01-26"
            and not r["withdrawn"]} == live
