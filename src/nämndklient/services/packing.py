"""Make a meeting pack: gather one meeting's material from the database for the pack builder.

The builder (`nämndklient.packs`) sees only plain data. This module decides
what goes in: every item that is not withdrawn, its case's tjänsteskrivelse
typeset, its PDF attachments in full, and, on request, the member's notes and
flagged questions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.details import clean_details
from ..domain.layout import LayoutBlock
from ..domain.numbers import format_number
from ..domain.records import Block, BlockKind, DocumentKind, Section
from ..domain.sections import DocumentSections, split_sections
from ..packs.spec import (
    AppendixChart,
    AppendixTable,
    ChartLine,
    NotesMode,
    PackAttachment,
    PackItem,
    PackMeeting,
    PackOptions,
    PackResult,
)
from ..persistence.database import Database
from ..persistence.models import AgendaItem, Body, Case, Document, DocumentVersion, ItemDocument, Meeting
from . import catalog, personal
from .document_layout import document_layout

if TYPE_CHECKING:
    from .kpi_values import KpiRow

def pack_date() -> dt.datetime:
    """Today, or SOURCE_DATE_EPOCH when set: the same database and options give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime.combine(dt.date.today(), dt.time())


def _sections(details: dict[str, Any]) -> tuple[Section, ...]:
    return tuple(
        Section(s["heading"], tuple(Block(BlockKind(b["kind"]), b["text"]) for b in s["blocks"]))
        for s in details.get("sections", [])
    )


def _item_text(item: AgendaItem) -> tuple[str, DocumentSections]:
    """The item's main document: its kind, and its sections sorted by role (domain.sections)."""
    docs = [d for d in (item.case.documents if item.case else []) if d.kind != DocumentKind.PLAN_OCH_BUDGET]
    if not docs:
        return "", split_sections((), None)
    main = max(docs, key=lambda d: (d.kind == DocumentKind.TJANSTESKRIVELSE, d.date or dt.date.min))
    split = split_sections(_sections(clean_details(main.details)), main.kind)  # a package's details may have any shape
    if main.sha256 in {a.document.sha256 for a in item.attachments}:
        # read from the item's own attached pages (a kallelse): those pages follow, printed once
        split = dataclasses.replace(split, rest=())
    return main.kind, split


def _plan_layout(session: Session, item: AgendaItem) -> tuple[LayoutBlock, ...]:
    """A plan that is the item's only document is typeset in full, as the reader shows it."""
    docs = item.case.documents if item.case else []
    if any(d.kind != DocumentKind.PLAN_OCH_BUDGET for d in docs):
        return ()
    plan = next((d for d in docs if d.kind == DocumentKind.PLAN_OCH_BUDGET), None)
    return (document_layout(session, plan.key) or ()) if plan is not None else ()


def _attachments(session: Session, item: AgendaItem) -> tuple[PackAttachment, ...]:
    found = []
    for link in sorted(item.attachments, key=lambda a: a.order):
        doc = link.document
        data = session.scalar(
            select(DocumentVersion.content).where(
                DocumentVersion.document_id == doc.id, DocumentVersion.version == doc.version
            )
        )
        found.append(PackAttachment(doc.title, doc.file_name, data or b""))
    return tuple(found)


def _notes(session: Session, key: str) -> tuple[str, ...]:
    out = []
    for note in personal.notes_for(session, key):
        if not note.text.strip():
            continue
        out.append(f"»{note.quote}« {note.text}" if note.quote else note.text)
    return tuple(out)


def pack_meeting(session: Session, ref: str) -> PackMeeting:
    info = catalog.find_meeting(session, ref)
    meeting = session.scalar(
        select(Meeting)
        .where(Meeting.id == info.id)
        .options(
            selectinload(Meeting.body),
            selectinload(Meeting.items).selectinload(AgendaItem.case).selectinload(Case.documents),
            selectinload(Meeting.items).selectinload(AgendaItem.attachments).selectinload(ItemDocument.document),
        )
    )
    assert meeting is not None
    items = []
    for item in meeting.items:
        if item.withdrawn:
            continue
        kind, roles = _item_text(item)
        items.append(
            PackItem(
                number=item.number,
                title=item.title,
                category=item.category,
                dnr=item.case.dnr if item.case else None,
                presenters=tuple(item.presenters or ()),
                proposed_decision=roles.proposal.blocks if roles.proposal else (),
                sections=tuple(section for section, _role in roles.rest),
                attachments=_attachments(session, item),
                notes=_notes(session, item.key),
                question=personal.flag_question(session, item.key),
                confidential=item.confidential,
                key=item.key,
                document_kind=kind,
                proposal_heading=roles.proposal.heading if roles.proposal else "",
                decision=roles.decision.blocks if roles.decision else (),
                decision_heading=roles.decision.heading if roles.decision else "",
                decided_by=roles.decided_by,
                layout=_plan_layout(session, item),
            )
        )
    return PackMeeting(
        body_name=meeting.body.name,
        body_code=meeting.body.code,
        title=meeting.title,
        start=meeting.start,
        end=meeting.end,
        start_time=meeting.start_time,
        place=meeting.place,
        items=tuple(items),
    )


def _quantity(value: Decimal | None, unit: str | None) -> str:
    if value is None:
        return "–"
    return f"{format_number(value)}\u00a0{unit}" if unit else format_number(value)  # never split 14,5 %


def plan_appendix(session: Session, body_code: str) -> tuple[AppendixTable, ...]:
    """The KPIs and budget tables of the body's own plan, as plain tables for the pack.

    A meeting's goal areas are those of its body's *Plan och budget*; a body
    without an imported plan gets no appendix rather than another body's figures.
    """
    from .budget_appendix import appendix_tables
    from .budget_views import budget_tables
    from .kpi_values import kpi_overview

    has_plan = session.scalar(
        select(Document.id)
        .join(Document.case)
        .join(Case.body)
        .where(Document.kind == DocumentKind.PLAN_OCH_BUDGET, Body.code == body_code)
        .limit(1)
    )
    if has_plan is None:
        return ()
    tables: list[AppendixTable] = []
    by_area: dict[str, list[tuple[str, ...]]] = {}
    charts: dict[str, list[AppendixChart]] = {}
    for k in kpi_overview(session):
        if any(v.value is not None for v in k.values):
            charts.setdefault(k.goal_area, []).append(kpi_chart(k))
        latest = _quantity(k.latest_value, k.unit) + (f" ({k.latest_period})" if k.latest_period else "")
        by_area.setdefault(k.goal_area, []).append(
            (k.name, HORIZON_LABELS.get(k.horizon, k.horizon), _quantity(k.target, k.unit), latest, k.status_label)
        )
    for area, rows in by_area.items():
        tables.append(AppendixTable(f"Nyckeltal – {area}", ("Nyckeltal", "Horisont", "Mål", "Senaste utfall",
                                                            "Status"), tuple(rows), tuple(charts.get(area, ()))))
    tables += appendix_tables(budget_tables(session))  # stated totals as stated, checks below each table
    return tuple(tables)


SERIES = (  # (scope, gender, kind, label, dashed), in the order a reader compares them
    ("region", "T", "outcome", "Regionen, totalt", False),
    ("region", "K", "outcome", "Regionen, kvinnor", False),
    ("region", "M", "outcome", "Regionen, män", False),
    ("nation", "T", "outcome", "Riket", False),
    ("region", "T", "forecast", "Prognos", True),
)


def kpi_chart(k: KpiRow) -> AppendixChart:
    """The KPI's time series as the detail view draws it: total, women, men, the nation, the forecast."""
    from ..domain.periods import period_sort_key

    periods = sorted({v.period for v in k.values if v.value is not None}, key=period_sort_key)
    lines = []
    for scope, gender, kind, label, dashed in SERIES:
        found = {v.period: v.value for v in k.values if (v.scope, v.gender, v.kind) == (scope, gender, kind)}
        values = tuple(float(found[p]) if found.get(p) is not None else None for p in periods)
        if any(x is not None for x in values):
            lines.append(ChartLine(label, values, dashed))
    sources = ", ".join(k.sources)
    title = f"{k.name}" + (f" (källa: {sources})" if sources else "")
    return AppendixChart(title, k.unit, tuple(periods), tuple(lines),
                         float(k.target) if k.target is not None else None)


HORIZON_LABELS = {"long_term": "Långsiktigt", "short_term": "Kortsiktigt", "financial": "Finansiellt mål"}


def make_pack(
    db: Database,
    meeting: str,
    out: Path,
    *,
    items: list[str] | None = None,
    notes: NotesMode = "none",
    member: str | None = None,
    draft: bool = False,
    include_confidential: bool = False,
    duplex: bool = False,
    appendix: bool = False,
    created: dt.datetime | None = None,
) -> PackResult:
    """Build the pack for `meeting` (id, date or BODY:date) into `out`, atomically."""
    from ..packs.builder import build_pack

    with db.session() as s:
        spec = pack_meeting(s, meeting)
        tables = plan_appendix(s, spec.body_code) if appendix else ()
    keys = None
    if items:
        by_number = {i.number: i.key for i in spec.items}
        unknown = [n for n in items if n not in by_number and n not in by_number.values()]
        if unknown:
            raise LookupError(f"Sammanträdet har ingen punkt {', '.join(unknown)} (finns: {', '.join(by_number)}).")
        keys = tuple(by_number.get(n, n) for n in items)
    options = PackOptions(
        created=created or pack_date(),
        member_name=member,
        draft=draft,
        notes=notes,
        include_confidential=include_confidential,
        duplex=duplex,
        item_keys=keys,
        extra_appendix=tables,
    )
    return build_pack(spec, options, out)
