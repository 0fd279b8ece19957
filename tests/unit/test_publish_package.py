"""A meeting published, revised and republished reaches a member through a signed package."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import Note, TrustDecision
from nämndklient.publishing.manifest import PackageRefused
from nämndklient.publishing.package_reader import fetch_package
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore
from nämndklient.publishing.sync import sync_status
from nämndklient.services import catalog, personal
from tests.unit.test_publish_support import (
    ITEM_DIRECTIVE,
    ITEM_INFO,
    ITEM_TS,
    MEETING,
    QUOTE_FUZZY,
    QUOTE_GONE,
    QUOTE_MOVED,
    publisher,
    revise,
    secretariat_db,
)


@pytest.fixture
def trust(tmp_path: Path) -> TrustStore:
    return TrustStore(tmp_path / "config" / "trusted.json")


def _items(db) -> dict[str, catalog.ItemInfo]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return {i.key: i for i in catalog.items(s) if i.meeting == MEETING}


def test_published_revised_and_republished_meeting_reaches_the_member(tmp_path: Path, trust: TrustStore) -> None:
    pub = publisher(tmp_path / "keys", trust)
    sec = secretariat_db(tmp_path / "sec.sqlite")
    member = open_database(tmp_path / "member.sqlite")

    first = tmp_path / "v1.zip"
    publish(sec, MEETING, first, pub.key)
    report = fetch_package(member, first, trust_store=trust)
    assert report.trusted and report.signer == pub.fingerprint
    items = _items(member)
    assert set(items) == {ITEM_TS, ITEM_DIRECTIVE, ITEM_INFO}
    assert items[ITEM_TS].dnr == "RS/454/2023" and items[ITEM_TS].version == 1
    assert items[ITEM_INFO].confidential

    # The member reads, writes notes (three on passages, one on the item) and marks the items read.
    with member.session() as s:
        for quote in (QUOTE_FUZZY, QUOTE_MOVED, QUOTE_GONE):
            personal.add_item_note(s, ITEM_TS, f"Fråga om: {quote[:20]}", quote=quote)
        personal.save_item_note(s, ITEM_TS, "Huvudanteckning")
        personal.add_item_note(s, ITEM_DIRECTIVE, "Notering om direktivet")
        for key in (ITEM_TS, ITEM_DIRECTIVE, ITEM_INFO):
            personal.mark_read(s, key)
        before = {n.id: (n.text, n.quote) for n in s.scalars(select(Note))}
        assert all(n.anchor_document == "tjansteskrivelse:RS/454/2023" for n in personal.notes_for(s, ITEM_TS) if n.quote)

    # Importing the same package again changes nothing.
    again = fetch_package(member, first, trust_store=trust)
    assert not again.meeting_changed and again.unchanged_documents == 3 and not again.changed_documents

    revise(sec, tmp_path / "revised")
    second = tmp_path / "v2.zip"
    publish(sec, MEETING, second, pub.key)
    report = fetch_package(member, second, trust_store=trust)
    assert report.meeting_changed
    assert sorted(report.changed_documents) == ["attachment:file:RS:2024-09-10/information-om-lokalförsörjning/Lokalplan.pdf",
                                                "tjansteskrivelse:RS/454/2023"]
    assert report.withdrawn_items == [ITEM_DIRECTIVE]
    assert (report.notes_moved, report.notes_orphaned) == (2, 1)

    items = _items(member)
    assert items[ITEM_TS].state == "changed" and items[ITEM_TS].version == 2
    assert items[ITEM_INFO].state == "changed"
    assert items[ITEM_DIRECTIVE].state == "withdrawn" and items[ITEM_DIRECTIVE].notes == 1
    with member.session() as s:
        # Every note is still there, word for word.
        assert {n.id: (n.text, n.quote) for n in s.scalars(select(Note))} == before
        notes = {n.quote: n for n in personal.notes_for(s, ITEM_TS)}
        assert notes[QUOTE_GONE].orphaned
        assert not notes[QUOTE_FUZZY].orphaned and not notes[QUOTE_MOVED].orphaned
        moved = s.scalar(select(Note).where(Note.quote == QUOTE_MOVED))
        doc = catalog.document(s, "tjansteskrivelse:RS/454/2023")
        assert doc is not None and doc.text[moved.anchor_start:].startswith(QUOTE_MOVED)
        fuzzy = s.scalar(select(Note).where(Note.quote == QUOTE_FUZZY))
        assert doc.text[fuzzy.anchor_start:].startswith("Initiativärendet behandlades")
        # The old version stays readable; the diff shows exactly the words that changed.
        assert b"20 juni 2023 \xc2\xa7126 d\xc3\xa4r" in catalog.document_content(s, "tjansteskrivelse:RS/454/2023", 1)
        changes = {c.key: c for c in personal.diff_since_read(s, ITEM_TS)}
        ts = changes["tjansteskrivelse:RS/454/2023"]
        assert (ts.read_version, ts.current_version) == (1, 2)
        inserted = " ".join(t for op, t in ts.diff if op == "insert")
        deleted = " ".join(t for op, t in ts.diff if op == "delete")
        assert "kompletterats" in inserted and "hänvisning till pågående dialog" in inserted
        assert "föredra" in deleted and "där" in deleted
        assert "Robert Hamberg" not in inserted + deleted
        # Reading again clears "ändrad sedan du läste".
        personal.mark_read(s, ITEM_TS)
        status = {m.key: m for m in sync_status(s)}[MEETING]
        assert status.fetched_at is not None
        assert status.items[ITEM_TS] == "current" and status.items[ITEM_DIRECTIVE] == "withdrawn"
        assert all(d.fetched_at is not None for d in status.documents)


def test_an_unsigned_or_untrusted_package_is_refused_unless_accepted_and_the_choice_is_recorded(
    tmp_path: Path, trust: TrustStore
) -> None:
    pub = publisher(tmp_path / "keys")  # not in the trust list
    sec = secretariat_db(tmp_path / "sec.sqlite")
    member = open_database(tmp_path / "member.sqlite")
    package = tmp_path / "p.zip"
    publish(sec, MEETING, package, pub.key)
    with pytest.raises(PackageRefused, match="nyckel du inte litar på"):
        fetch_package(member, package, trust_store=trust)
    assert _items(member) == {}
    report = fetch_package(member, package, accept_untrusted=True, trust_store=trust)
    assert not report.trusted
    with member.session() as s:
        decision = s.scalar(select(TrustDecision))
        assert decision is not None and decision.key_fingerprint == pub.fingerprint
        assert decision.decision == "accepted-untrusted" and decision.meeting_key == MEETING

    unsigned = tmp_path / "unsigned.zip"
    publish(sec, MEETING, unsigned, None)
    assert "manifest.sig" not in zipfile.ZipFile(unsigned).namelist()
    with pytest.raises(PackageRefused, match="inte signerat"):
        fetch_package(member, unsigned, trust_store=trust)


def test_the_package_names_oparl_objects_and_carries_confidentiality(tmp_path: Path) -> None:
    pub = publisher(tmp_path / "keys")
    sec = secretariat_db(tmp_path / "sec.sqlite")
    package = tmp_path / "p.zip"
    publish(sec, MEETING, package, pub.key)
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = zf.namelist()
    assert manifest["schemaVersion"] == 1
    items = {i["id"]: i for i in manifest["meeting"]["agendaItem"]}
    assert items[ITEM_INFO]["public"] is False and items[ITEM_INFO]["confidentialDays"] == 30
    assert [i["order"] for i in manifest["meeting"]["agendaItem"]] == [1, 2, 3]
    assert {p["reference"] for p in manifest["paper"]} == {"RS/454/2023", "RS/342/2022"}
    assert all(len(f["sha512Checksum"]) == 128 and f["accessUrl"] in names for f in manifest["file"])
