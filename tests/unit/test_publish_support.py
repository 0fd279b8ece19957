"""Shared helpers for the publishing tests (kept in a test_publish_* module, like the pack tests' support)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from nämndklient.domain import records as r
from nämndklient.persistence.database import Database, open_database
from nämndklient.persistence.models import AgendaItem, ItemDocument
from nämndklient.persistence.writer import Source, store_document, store_meeting
from nämndklient.publishing.signing import TrustStore, generate_keypair, load_public_key
from nämndklient.services.importing import import_paths
from tests.conftest import SEEDS
from tests.helpers.pack_sample import make_pdf

MEETING = "RS:2024-09-10"
TS_FILE = "000_ff8657e5c647dc6e.txt"  # tjänsteskrivelse RS/454/2023
DIRECTIVE_FILE = "002_82814d268af5d26e.txt"  # tjänsteskrivelse RS/342/2022
ITEM_TS = f"{MEETING}/RS/454/2023"
ITEM_DIRECTIVE = f"{MEETING}/RS/342/2022"
ITEM_INFO = f"{MEETING}/information-om-lokalförsörjning"

QUOTE_FUZZY = "Initiativärendet behandlades vid regionstyrelsens sammanträde den 20 juni 2023 §126 där ärendet lämnades för beredning"
QUOTE_MOVED = "Han föreslår att regionstyrelsen och hälso- och sjukvårdsnämnden ges tillräcklig med tid"
QUOTE_GONE = 'Därför blir det också felaktigt att nu göra en bedömning om vilka prioriteringar som är att "föredra".'


def _items(with_directive: bool = True) -> tuple[r.AgendaItemRecord, ...]:
    items = [r.AgendaItemRecord(1, "Svar på initiativärende om hälso- och sjukvårdsnämnden", "Beslutsärenden",
                                ("Sara Lewerentz",), dnr="RS/454/2023")]
    if with_directive:
        items.append(r.AgendaItemRecord(2, "Direktiv för översyn av styrmodellen", "Beslutsärenden", dnr="RS/342/2022"))
    items.append(r.AgendaItemRecord(3, "Information om lokalförsörjning", "Information", confidential=True))
    return tuple(items)


def meeting_record(with_directive: bool = True) -> r.MeetingRecord:
    return r.MeetingRecord("RS", dt.date(2024, 9, 10), dt.date(2024, 9, 10), r.MeetingKind.MEETING,
                           "Regionstyrelsens sammanträde", _items(with_directive), place="Regionens hus",
                           start_time=dt.time(9, 0))


def secretariat_db(path: Path) -> Database:
    """A secretariat's database: two tjänsteskrivelser, one meeting with three items and a PDF attachment."""
    db = open_database(path)
    import_paths(db, [SEEDS / TS_FILE, SEEDS / DIRECTIVE_FILE])
    report = r.ImportReport()
    with db.session() as s:
        meeting = store_meeting(s, meeting_record(), report)
        info = next(i for i in meeting.items if i.order == 3)
        info.confidential_days = 30
        attach(s, info, "Lokalplan.pdf", make_pdf(2, "Lokalplan"))
    return db


def attach(session, item: AgendaItem, name: str, data: bytes) -> None:  # type: ignore[no-untyped-def]
    doc = store_document(
        session, key=f"attachment:file:{item.key}/{name}", kind=r.DocumentKind.ATTACHMENT, title=name[:-4],
        source=Source(name, "pdf", data, "application/pdf"), text="", details={}, case=None,
        date=item.meeting.start, report=r.ImportReport(), page_count=2,
    )
    if not any(a.document_id == doc.id for a in item.attachments):
        item.attachments.append(ItemDocument(document=doc, order=len(item.attachments)))


def revised_text() -> str:
    text = (SEEDS / TS_FILE).read_text(encoding="utf-8")
    replacements = [
        ("### Ärendebeskrivning\n\n", "### Ärendebeskrivning\n\nÄrendet har kompletterats efter synpunkter från presidiet.\n\n"),
        ("§126 där ärendet lämnades för beredning", "§126 och ärendet lämnades då för beredning hos regiondirektören"),
        (QUOTE_GONE + " ", ""),
        ("Initiativärendet anses besvarat.", "Initiativärendet anses besvarat med hänvisning till pågående dialog."),
    ]
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return text


def revise(db: Database, folder: Path) -> None:
    """The secretariat revises the tjänsteskrivelse, withdraws item 2 and replaces the PDF."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / TS_FILE).write_text(revised_text(), encoding="utf-8")
    import_paths(db, [folder / TS_FILE])
    with db.session() as s:
        meeting = store_meeting(s, meeting_record(with_directive=False), r.ImportReport())
        info = next(i for i in meeting.items if i.key == ITEM_INFO)
        attach(s, info, "Lokalplan.pdf", make_pdf(3, "Lokalplan reviderad"))


@dataclass
class Publisher:
    key: Path
    public: Path
    fingerprint: str


def publisher(folder: Path, trust: TrustStore | None = None) -> Publisher:
    folder.mkdir(parents=True, exist_ok=True)
    private, public, fp = generate_keypair(folder / "sekretariatet")
    if trust is not None:
        trust.add(load_public_key(public), "Sekretariatet")
    return Publisher(private, public, fp)


def member_copy(folder: Path) -> Path:
    """A member's database holding the signed package of the meeting, fetched without the command line
    (so nothing has expired yet): the confidential item lapses 30 days after 10 September 2024."""
    from nämndklient.publishing.fetch import fetch_file
    from nämndklient.publishing.package_writer import publish

    trust = TrustStore(folder / "trusted.json")
    sec = secretariat_db(folder / "sec.sqlite")
    package = folder / "v1.zip"
    publish(sec, MEETING, package, publisher(folder / "keys", trust).key)
    sec.dispose()
    db = open_database(folder / "member.sqlite")
    fetch_file(db, package, trust_store=trust)
    db.dispose()
    return folder / "member.sqlite"
