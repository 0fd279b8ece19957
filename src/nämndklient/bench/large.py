"""A large database: ten years of meetings for six bodies, written through the real import path.

About 600 meetings and 15 000 items, each item with an officer's report
(tjänsteskrivelse) of Swedish-looking prose and three PDF attachments of 1–30
pages stored as the application stores attached files (a document version with
the bytes, linked to the item in agenda order); a plan per year with 100 KPIs
and budget tables, monthly KPI values over the ten years; a few thousand
personal notes. Plus one Regionstyrelsen meeting of 40 items whose attachments
have 400 pages (the first item's has 30), for the meeting, item and pack
benchmarks. The KPI values and budget figures are synthetic, clearly marked as
such in their source, and only for measuring.

Deterministic from the seed. `GENERATOR_VERSION` is part of the cached file's
name in bench-out/: change it whenever the output changes.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.bodies import body_name
from ..domain.records import (
    AgendaItemRecord,
    Block,
    BlockKind,
    BudgetLineRecord,
    CaseDocumentRecord,
    Direction,
    DocumentKind,
    GoalAreaRecord,
    Horizon,
    ImportReport,
    KpiRecord,
    MeetingKind,
    MeetingRecord,
    Person,
    PlanRecord,
    Scenario,
    Section,
)
from ..persistence import keys
from ..persistence.database import open_database
from ..persistence.models import ItemDocument, Kpi, KpiValue
from ..persistence.writer import Source, store_case_document, store_document, store_meeting, store_plan
from ..services import personal
from .generate import BODIES, SUBJECTS, item_title, paragraph
from .pdfgen import attachment_pdf

GENERATOR_VERSION = 3
CATEGORIES = ("Beslutsärenden", "Informationsärenden", "Återkommande ärenden", "Uppföljning och fördjupning")
ATTACHMENT_NAMES = ("Bilaga 1 Underlag", "Bilaga 2 Ekonomisk sammanställning", "Bilaga 3 Remissvar")
PACK_MEETING = ("RS", dt.date(2025, 12, 16))  # the 40-item meeting; after every other meeting, so the start view shows it
PACK_ITEMS, PACK_PAGES, LONG_ATTACHMENT_PAGES = 40, 400, 30
GOAL_AREAS = ("Invånare och samhälle", "Verksamhet och kvalitet", "Medarbetare", "Ekonomi", "Hållbar utveckling")
KPI_STEMS = (
    "Andel patienter som fått besök inom 90 dagar i {s}", "Antal vårdplatser per 1 000 invånare inom {s}",
    "Sjukfrånvaro bland medarbetarna inom {s}", "Andel nöjda invånare med {s}", "Nettokostnadsutveckling för {s}",
    "Kostnad för inhyrd personal inom {s}", "Andel digitala besök inom {s}",
)
BUDGET_AREAS = ("Regiondirektör", "Hälso- och sjukvård", "Tandvård", "Kollektivtrafik", "Kultur och bildning",
                "Regionfastigheter", "Service och IT", "Ekonomi och styrning")
BUDGET_COLUMNS = ("Intäkter", "Personalkostnader", "Övriga kostnader", "Nettobudgetram")
SYNTHETIC = "Syntetiska värden (make bench)"


def build_large_database(path: Path, *, seed: int = 10, years: int = 10, meetings_per_year: int = 10,
                         items_per_meeting: int = 25, notes: int = 3000, attachments: bool = True,
                         kpis: int = 100) -> Path:
    """Write the database at `path` (replacing it); deterministic from `seed`."""
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    rng = random.Random(seed)
    db = open_database(path)
    report = ImportReport()
    item_keys: list[str] = []
    first_year = 2025 - years + 1
    for year in range(first_year, 2026):
        serial = 0
        with db.session() as s:
            for body in BODIES:
                days = sorted(rng.sample(range(15, 340), meetings_per_year))
                for day in days:
                    start = dt.date(year, 1, 1) + dt.timedelta(days=day)
                    pages = [[rng.randint(1, 30) for _ in ATTACHMENT_NAMES] for _ in range(items_per_meeting)]
                    material = make_meeting(rng, body, start, items_per_meeting, pages if attachments else None,
                                            serial)
                    item_keys += store_material(s, material, report)
                    serial += items_per_meeting
            store_plan(s, _plan(rng, year, kpis), Source(f"plan-och-budget-{year}.txt", "plan_och_budget",
                                                         f"bench plan {seed} {year}".encode()), report)
    with db.session() as s:
        per_item = [LONG_ATTACHMENT_PAGES, *_spread(PACK_PAGES - LONG_ATTACHMENT_PAGES, PACK_ITEMS - 1)]
        pack = make_meeting(rng, *PACK_MEETING, PACK_ITEMS, [[n] for n in per_item] if attachments else None, 10_000)
        store_material(s, pack, report)
        _kpi_values(s, rng, first_year)
    with db.session() as s:
        for key in rng.sample(item_keys, min(notes, len(item_keys))):
            personal.save_item_note(s, key, paragraph(rng, 2))
    with db.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def pack_meeting_key() -> str:
    return keys.meeting_key(*PACK_MEETING)


def _spread(total: int, parts: int) -> list[int]:
    """`total` pages over `parts` attachments, as evenly as whole pages allow."""
    return [total // parts + (1 if n < total % parts else 0) for n in range(parts)]


@dataclass(frozen=True)
class MeetingMaterial:
    """One meeting as an importer would have read it: the reports, the agenda, the attached PDFs."""

    reports: tuple[tuple[CaseDocumentRecord, Source], ...]
    meeting: MeetingRecord
    attachments: tuple[tuple[Source, int], ...]  # per item in agenda order, ATTACHMENT_NAMES' files; with pages


def make_meeting(rng: random.Random, body: str, start: dt.date, count: int, pages: list[list[int]] | None,
                 serial: int) -> MeetingMaterial:
    """A meeting of `count` items, each with a report and, when `pages` is given, attachments of those sizes."""
    reports, items, files = [], [], []
    for n in range(1, count + 1):
        dnr = f"{body}/{serial + n}/{start.year}"
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
        reports.append((record, Source(f"{dnr}.txt", "case_document", f"{dnr}:{title}".encode())))
        items.append(AgendaItemRecord(n, title, rng.choice(CATEGORIES), ("Regiondirektör",), dnr=dnr))
        for name, size in zip(ATTACHMENT_NAMES, pages[n - 1] if pages else [], strict=False):
            data = attachment_pdf(rng, size, f"{title} – {name}", dnr)
            files.append((Source(f"{name.replace(' ', '_')}.pdf", "pdf", data, "application/pdf"), size))
    meeting = MeetingRecord(body, start, start, MeetingKind.MEETING, f"{body_name(body)}s sammanträde", tuple(items))
    return MeetingMaterial(tuple(reports), meeting, tuple(files))


def store_material(s: Session, material: MeetingMaterial, report: ImportReport) -> list[str]:
    """Write a meeting through the writer, attachments as `services.attachments.attach_files` stores a PDF
    (without reading it back for its page count); the item keys."""
    for record, source in material.reports:
        store_case_document(s, record, source, report)
    meeting = store_meeting(s, material.meeting, report)
    per_item = len(material.attachments) // max(len(meeting.items), 1)
    for n, item in enumerate(meeting.items):
        for order, (source, pages) in enumerate(material.attachments[n * per_item:(n + 1) * per_item]):
            doc = store_document(
                s, key=keys.document_key(DocumentKind.ATTACHMENT, None, f"{item.key}/{source.name}"),
                kind=DocumentKind.ATTACHMENT, title=source.name.removesuffix(".pdf").replace("_", " "), source=source,
                text="", details={}, case=item.case, date=item.meeting.start, report=report, page_count=pages,
            )
            item.attachments.append(ItemDocument(document=doc, order=order))
    return [i.key for i in meeting.items]


def _plan(rng: random.Random, year: int, kpis: int) -> PlanRecord:
    """The year's plan: goal areas, the KPIs (the same each year) and budget tables for three years."""
    names = [stem.format(s=subject) for subject in SUBJECTS for stem in KPI_STEMS][:kpis]
    kpi_records = tuple(
        KpiRecord(name, GOAL_AREAS[n % len(GOAL_AREAS)], Horizon.SHORT_TERM if n % 4 else Horizon.LONG_TERM,
                  "Regionfullmäktige", Decimal(50 + n % 40), "%",
                  Direction.DECREASE if n % 3 == 0 else Direction.INCREASE, str(year - 1))
        for n, name in enumerate(names)
    )
    lines = []
    for offset, scenario in ((0, Scenario.BUDGET), (1, Scenario.PLAN), (2, Scenario.PLAN)):
        for area in BUDGET_AREAS:
            parts = [Decimal(rng.randint(20, 900)) for _ in BUDGET_COLUMNS[:-1]]
            net = parts[1] + parts[2] - parts[0]
            for column, amount in zip(BUDGET_COLUMNS, [*parts, net], strict=True):
                lines.append(BudgetLineRecord("Nettobudgetram per område", area, column, year + offset, scenario,
                                              amount, "Mkr", is_total=column == BUDGET_COLUMNS[-1]))
    return PlanRecord(
        title=f"Regionplan med budget {year}", body_code="RF", body_name=body_name("RF"), dnr=f"RS/{year}/plan",
        date=dt.date(year - 1, 11, 20), year=year,
        goal_areas=tuple(GoalAreaRecord(name, f"Målet för {name.lower()}", order=n) for n, name in enumerate(GOAL_AREAS)),
        kpis=kpi_records, budget_lines=tuple(lines),
    )


def _kpi_values(s: Session, rng: random.Random, first_year: int) -> None:
    """Monthly values and a yearly value per KPI, for women, men and in total, over every year."""
    for kpi in s.scalars(select(Kpi).order_by(Kpi.id)):
        level = Decimal(rng.randint(30, 70))
        rows = []
        for year in range(first_year, 2026):
            for month in range(1, 13):
                for gender, shift in (("T", 0), ("K", 2), ("M", -2)):
                    value = level + shift + Decimal(rng.randint(-50, 50)) / 10
                    rows.append(KpiValue(kpi_id=kpi.id, period=f"{year}-{month:02d}", value=value, gender=gender,
                                         source=SYNTHETIC))
            for gender, shift in (("T", 0), ("K", 2), ("M", -2)):
                rows.append(KpiValue(kpi_id=kpi.id, period=str(year), value=level + shift, gender=gender,
                                     source=SYNTHETIC))
            level += Decimal(rng.randint(-3, 3))
        s.add_all(rows)
