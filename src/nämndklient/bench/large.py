"""A large database: ten years of meetings for six bodies, written through the real import path.

About 600 meetings and 15 000 items, each item with an officer's report
(tjänsteskrivelse) of Swedish-looking prose, plus a few thousand notes. It
measures start-up and search against a member's ten years, not the demo's
five documents. PDF attachments are left to the scale benchmark.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from ..domain.bodies import body_name
from ..domain.records import (
    AgendaItemRecord,
    Block,
    BlockKind,
    CaseDocumentRecord,
    DocumentKind,
    ImportReport,
    MeetingKind,
    MeetingRecord,
    Person,
    Section,
)
from ..persistence.database import open_database
from ..persistence.writer import Source, store_case_document, store_meeting
from ..services import personal
from .generate import BODIES, item_title, paragraph

CATEGORIES = ("Beslutsärenden", "Informationsärenden", "Återkommande ärenden", "Uppföljning och fördjupning")


def build_large_database(path: Path, *, seed: int = 10, years: int = 10, meetings_per_year: int = 10,
                         items_per_meeting: int = 25, notes: int = 3000) -> Path:
    """Write the database at `path` (replacing it); deterministic from `seed`."""
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    rng = random.Random(seed)
    db = open_database(path)
    report = ImportReport()
    keys: list[str] = []
    first_year = 2025 - years + 1
    for year in range(first_year, 2026):
        serial = 0
        with db.session() as s:
            for body in BODIES:
                days = sorted(rng.sample(range(15, 340), meetings_per_year))
                for day in days:
                    start = dt.date(year, 1, 1) + dt.timedelta(days=day)
                    items = []
                    for n in range(1, items_per_meeting + 1):
                        serial += 1
                        dnr = f"{body}/{serial}/{year}"
                        title = item_title(rng)
                        record = CaseDocumentRecord(
                            kind=DocumentKind.TJANSTESKRIVELSE, title=title, dnr=dnr, body_code=body,
                            body_name=body_name(body), date=start - dt.timedelta(days=14),
                            sections=(
                                Section("Ärendebeskrivning", tuple(Block(BlockKind.PARAGRAPH, paragraph(rng, 5))
                                                                   for _ in range(rng.randint(2, 5)))),
                                Section("Förslag till beslut", (Block(BlockKind.NUMBERED, "Rapporten godkänns."),)),
                            ),
                            signatories=(Person("Sara Lewerentz", "Regiondirektör"),),
                        )
                        store_case_document(s, record, Source(f"{dnr}.txt", "case_document",
                                                              f"{dnr}:{title}".encode()), report)
                        items.append(AgendaItemRecord(n, title, rng.choice(CATEGORIES),
                                                      ("Regiondirektör",), dnr=dnr))
                    meeting = store_meeting(s, MeetingRecord(body, start, start, MeetingKind.MEETING,
                                                             f"{body_name(body)}s sammanträde", tuple(items)),
                                            report)
                    keys += [i.key for i in meeting.items]
    with db.session() as s:
        for key in rng.sample(keys, min(notes, len(keys))):
            personal.save_item_note(s, key, paragraph(rng, 2))
    with db.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path
