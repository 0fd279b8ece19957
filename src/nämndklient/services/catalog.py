"""Read published material as plain data: what the command line prints and the GUI shows.

Each function takes a session and returns frozen dataclasses; nothing live from
the ORM leaves this module. The dataclasses' field names are the command line's
documented JSON shape (see README, "JSON-format").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.agreement import Outcome, outcome_of
from ..domain.details import clean_details
from ..persistence.models import (
    AgendaItem,
    Assignment,
    Body,
    BudgetLine,
    Case,
    Document,
    Flag,
    GoalArea,
    Investment,
    ItemDocument,
    Kpi,
    Measure,
    Meeting,
    MeetingDocument,
    Note,
    NumberCheck,
    ReadMark,
)


@dataclass(frozen=True)
class ItemInfo:
    key: str
    number: str
    order: int
    title: str
    category: str | None
    presenters: tuple[str, ...]
    dnr: str | None
    confidential: bool
    withdrawn: bool
    meeting: str  # meeting key
    version: int  # of the item's main document, 0 when it has none
    state: str  # current, changed, withdrawn, expired
    read: bool
    flagged: bool
    notes: int
    # The day a confidential item's content was removed (services.confidential); None while it is kept.
    expired_on: dt.date | None = None


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    key: str
    body: str
    body_name: str
    start: dt.date
    end: dt.date
    start_time: dt.time | None
    place: str | None
    title: str
    kind: str
    participants: str | None
    items: tuple[ItemInfo, ...]
    # Added for OParl (#17): the stated end time, a cancelled meeting ("inställt"), the meeting's own files.
    end_time: dt.time | None = None
    cancelled: bool = False
    documents: tuple[MeetingDocumentInfo, ...] = ()


@dataclass(frozen=True)
class MeetingDocumentInfo:
    key: str  # document key
    title: str
    role: str  # invitation, resultsProtocol, verbatimProtocol, auxiliaryFile
    file_name: str
    media_type: str
    version: int


@dataclass(frozen=True)
class KpiInfo:
    """A KPI row as stored; `direction` is only the document's. What members see (a person's direction,
    suggestions, status) comes from `kpi_values.kpi_overview`, which `list kpis` prints."""

    name: str
    goal_area: str
    horizon: str
    decided_by: str
    target: Decimal | None
    unit: str | None
    direction: str | None
    baseline: str | None


@dataclass(frozen=True)
class GoalAreaInfo:
    name: str
    goal: str
    political_direction: str | None
    kpis: int
    assignments: int


@dataclass(frozen=True)
class AssignmentInfo:
    text: str
    goal_area: str
    decided_by: str
    responsible: tuple[str, ...]
    status: str | None


@dataclass(frozen=True)
class BudgetInfo:
    table: str
    area: str
    category: str
    year: int
    scenario: str
    amount: Decimal
    unit: str
    is_total: bool


@dataclass(frozen=True)
class MeasureInfo:
    measure_type: str
    description: str
    consequence: str
    unit: str
    effects: dict[int, Decimal]


@dataclass(frozen=True)
class InvestmentInfo:
    unit_name: str
    object_name: str
    kind: str
    amount: Decimal
    unit: str


@dataclass(frozen=True)
class CheckInfo:
    """A number check; `agrees` is true only for the outcome "agrees" (domain.agreement has the rule)."""

    table: str
    row: str
    column: str
    stated: Decimal
    computed: Decimal  # what `stated` is compared with, in its unit and sign: a sum, or another table's figure
    agrees: bool
    message: str
    outcome: str = "agrees"  # agrees, small_deviation, disagrees
    unit: str = ""  # of `stated` and `computed`: the unit of the (first) table named

    @property
    def outcome_label(self) -> str:
        return Outcome(self.outcome).label


@dataclass(frozen=True)
class DocumentInfo:
    key: str
    kind: str
    title: str
    dnr: str | None
    body: str | None
    date: dt.date | None
    version: int
    file_name: str
    details: dict[str, Any]
    text: str


def _personal_sets(session: Session) -> tuple[dict[str, str], set[str], dict[str, int]]:
    reads = {
        key: fp
        for key, fp in session.execute(
            select(ReadMark.target_key, ReadMark.fingerprint).where(ReadMark.target_kind == "item")
        ).all()
    }
    flags = set(session.scalars(select(Flag.target_key).where(Flag.target_kind == "item")))
    notes = {
        key: n
        for key, n in session.execute(
            select(Note.target_key, func.count()).where(Note.target_kind == "item").group_by(Note.target_key)
        ).all()
    }
    return reads, flags, notes


def fingerprint(title: str, attachments: Iterable[str], case_documents: Iterable[str]) -> str:
    """What 'having read this item' refers to: its title and its documents' versions (key@sha256)."""
    return "|".join([title, *attachments, *case_documents])


def item_fingerprint(item: AgendaItem) -> str:
    docs = item.case.documents if item.case is not None else []
    return fingerprint(item.title, (f"{a.document.key}@{a.document.sha256}" for a in item.attachments),
                       (f"{d.key}@{d.sha256}" for d in docs))


def fingerprints(session: Session, item_ids: Collection[int]) -> dict[int, str]:
    """item_fingerprint for many items at once, reading only titles, keys and hashes."""
    if not item_ids:
        return {}
    ids = list(item_ids)
    heads = session.execute(select(AgendaItem.id, AgendaItem.title, AgendaItem.case_id)
                            .where(AgendaItem.id.in_(ids))).all()
    attachments: dict[int, list[str]] = {}
    for item_id, key, sha in session.execute(
        select(ItemDocument.item_id, Document.key, Document.sha256).join(ItemDocument.document)
        .where(ItemDocument.item_id.in_(ids)).order_by(ItemDocument.item_id, ItemDocument.order)
    ):
        attachments.setdefault(item_id, []).append(f"{key}@{sha}")
    case_ids = {case_id for _, _, case_id in heads if case_id is not None}
    case_docs: dict[int, list[str]] = {}
    for case_id, key, sha in session.execute(
        select(Document.case_id, Document.key, Document.sha256).where(Document.case_id.in_(case_ids))
        .order_by(Document.case_id, Document.date, Document.id)
    ):
        case_docs.setdefault(case_id, []).append(f"{key}@{sha}")
    return {
        item_id: fingerprint(title, attachments.get(item_id, ()), case_docs.get(case_id, ()) if case_id else ())
        for item_id, title, case_id in heads
    }


def _item_info(item: AgendaItem, meeting_key: str, personal: tuple[dict[str, str], set[str], dict[str, int]]) -> ItemInfo:
    reads, flags, notes = personal
    fingerprint = item_fingerprint(item)
    read_fp = reads.get(item.key)
    docs = list(item.case.documents) if item.case else []
    if item.expired_at is not None:  # first: it explains why there is nothing to read
        state = "expired"
    elif item.withdrawn:
        state = "withdrawn"
    elif read_fp is not None and read_fp != fingerprint:
        state = "changed"
    else:
        state = "current"
    return ItemInfo(
        key=item.key,
        number=item.number,
        order=item.order,
        title=item.title,
        category=item.category,
        presenters=tuple(item.presenters or ()),
        dnr=item.case.dnr if item.case else None,
        confidential=item.confidential,
        withdrawn=item.withdrawn,
        meeting=meeting_key,
        version=max((d.version for d in docs), default=0),
        state=state,
        read=read_fp is not None,
        flagged=item.key in flags,
        notes=notes.get(item.key, 0),
        expired_on=item.expired_at,
    )


def _meeting_query():  # type: ignore[no-untyped-def]
    return select(Meeting).options(
        selectinload(Meeting.body),
        selectinload(Meeting.items).selectinload(AgendaItem.case).selectinload(Case.documents),
        selectinload(Meeting.items).selectinload(AgendaItem.attachments),
        selectinload(Meeting.documents).selectinload(MeetingDocument.document),
    )


def meetings(
    session: Session, *, body: str | None = None, since: dt.date | None = None, limit: int | None = None
) -> list[MeetingInfo]:
    query = _meeting_query().order_by(Meeting.start, Meeting.id)
    if body:
        query = query.join(Meeting.body).where(Body.code == body)
    if since:
        query = query.where(Meeting.end >= since)
    if limit:
        query = query.limit(limit)
    personal = _personal_sets(session)
    return [_meeting_info(m, personal) for m in session.scalars(query)]


def _meeting_info(m: Meeting, personal: tuple[dict[str, str], set[str], dict[str, int]]) -> MeetingInfo:
    return MeetingInfo(
        id=m.id,
        key=m.key,
        body=m.body.code,
        body_name=m.body.name,
        start=m.start,
        end=m.end,
        start_time=m.start_time,
        place=m.place,
        title=m.title,
        kind=m.kind,
        participants=m.participants,
        items=tuple(_item_info(i, m.key, personal) for i in m.items),
        end_time=m.end_time,
        cancelled=m.cancelled,
        documents=tuple(
            MeetingDocumentInfo(d.document.key, d.document.title, d.role, d.document.file_name,
                                d.document.media_type, d.document.version)
            for d in m.documents
        ),
    )


class MeetingNotFound(LookupError):
    pass


def find_meeting(session: Session, ref: str) -> MeetingInfo:
    """A meeting by id, by date (`2024-01-26`) or by body and date (`RS:2024-01-26`)."""
    query = _meeting_query()
    exact = session.scalar(query.where(Meeting.key == ref))
    if exact is not None:  # a key as `list meetings` shows it (OParl: "Gemeinde-Hurtgenwald:2007-03-01:333")
        return _meeting_info(exact, _personal_sets(session))
    body, _, date_text = ref.rpartition(":")
    if ref.isdigit():
        query = query.where(Meeting.id == int(ref))
    else:
        try:
            day = dt.date.fromisoformat(date_text)
        except ValueError as exc:
            raise MeetingNotFound(
                f"Sammanträdet {ref!r} känns inte igen: ange id, datum (2024-01-26) eller organ:datum (RS:2024-01-26)."
            ) from exc
        query = query.where(Meeting.start <= day, Meeting.end >= day)
        if body:
            query = query.join(Meeting.body).where(func.upper(Body.code) == body.upper())
    found = list(session.scalars(query.order_by(Meeting.start)))
    if not found:
        raise MeetingNotFound(f"Det finns inget sammanträde {ref!r} i databasen.")
    if len(found) > 1:
        options = ", ".join(m.key for m in found)
        raise MeetingNotFound(f"{ref!r} passar flera sammanträden ({options}): ange organ, t.ex. RS:{date_text}.")
    return _meeting_info(found[0], _personal_sets(session))


def items(session: Session) -> list[ItemInfo]:
    return [i for m in meetings(session) for i in m.items]


def kpis(session: Session) -> list[KpiInfo]:
    query = select(Kpi).join(Kpi.goal_area).options(selectinload(Kpi.goal_area)).order_by(GoalArea.order, Kpi.order)
    return [
        KpiInfo(
            name=k.name,
            goal_area=k.goal_area.name,
            horizon=k.horizon,
            decided_by=k.decided_by,
            target=k.target,
            unit=k.unit,
            direction=k.direction,
            baseline=k.baseline,
        )
        for k in session.scalars(query)
    ]


def goal_areas(session: Session) -> list[GoalAreaInfo]:
    query = select(GoalArea).options(selectinload(GoalArea.kpis), selectinload(GoalArea.assignments))
    return [
        GoalAreaInfo(a.name, a.goal, a.political_direction, len(a.kpis), len(a.assignments))
        for a in session.scalars(query.order_by(GoalArea.order))
    ]


def assignments(session: Session) -> list[AssignmentInfo]:
    query = select(Assignment).join(Assignment.goal_area).options(selectinload(Assignment.goal_area))
    return [
        AssignmentInfo(a.text, a.goal_area.name, a.decided_by, tuple(a.responsible or ()), a.status)
        for a in session.scalars(query.order_by(GoalArea.order, Assignment.order))
    ]


def budget(session: Session) -> list[BudgetInfo]:
    return [
        BudgetInfo(b.table, b.area, b.category, b.year, b.scenario, b.amount, b.unit, b.is_total)
        for b in session.scalars(select(BudgetLine).order_by(BudgetLine.source_id, BudgetLine.order))
    ]


def measures(session: Session) -> list[MeasureInfo]:
    query = select(Measure).options(selectinload(Measure.effects)).order_by(Measure.source_id, Measure.order)
    return [
        MeasureInfo(m.measure_type, m.description, m.consequence, m.unit, {e.year: e.amount for e in m.effects})
        for m in session.scalars(query)
    ]


def investments(session: Session) -> list[InvestmentInfo]:
    query = select(Investment).order_by(Investment.source_id, Investment.order)
    return [InvestmentInfo(i.unit_name, i.object_name, i.kind, i.amount, i.unit) for i in session.scalars(query)]


def checks(session: Session) -> list[CheckInfo]:
    """Every number check; the outcome from what is stored (`tolerance` is the limit of "liten avvikelse")."""
    units = _table_units(session)
    query = select(NumberCheck).order_by(NumberCheck.source_id, NumberCheck.id)
    return [
        CheckInfo(c.table, c.row, c.column, c.stated, c.computed, c.agrees, c.message,
                  outcome_of(c.stated, c.computed, c.agrees, c.tolerance).value,
                  units.get((c.source_id, c.table.split(" / ")[0]), ""))
        for c in session.scalars(query)
    ]


def _table_units(session: Session) -> dict[tuple[int | None, str], str]:
    """The unit of each table of each source: a check's figures are in the unit of the table it names first."""
    units: dict[tuple[int | None, str], str] = {}
    for source, table, unit in session.execute(select(BudgetLine.source_id, BudgetLine.table, BudgetLine.unit)
                                               .where(BudgetLine.scenario.in_(("budget", "plan")))
                                               .order_by(BudgetLine.order)):
        units.setdefault((source, table), unit)
    for source, unit in session.execute(select(Measure.source_id, Measure.unit)):
        units.setdefault((source, "Åtgärdsplan för ekonomi i balans"), unit)
    for source, unit in session.execute(select(Investment.source_id, Investment.unit)):
        units.setdefault((source, "Planerade investeringar"), unit)
    return units


def documents(session: Session) -> list[DocumentInfo]:
    query = select(Document).options(selectinload(Document.case).selectinload(Case.body)).order_by(
        Document.date, Document.id
    )
    return [_document_info(d) for d in session.scalars(query)]


def document(session: Session, key: str) -> DocumentInfo | None:
    doc = session.scalar(select(Document).where(Document.key == key))
    return _document_info(doc) if doc else None


def _document_info(d: Document) -> DocumentInfo:
    case = d.case
    return DocumentInfo(
        key=d.key,
        kind=d.kind,
        title=d.title,
        dnr=case.dnr if case else None,
        body=case.body.code if case and case.body else None,
        date=d.date,
        version=d.version,
        file_name=d.file_name,
        details=clean_details(d.details),  # a package's details may have any shape
        text=d.text,
    )


def case_history(session: Session, dnr: str) -> list[tuple[dt.date | None, str, str]]:
    """Every item and document that shares a diarienummer, in date order: (date, kind, title)."""
    rows: list[tuple[dt.date | None, str, str]] = []
    for case in session.scalars(select(Case).where(Case.dnr == dnr).options(selectinload(Case.documents))):
        rows += [(d.date, "document", d.title) for d in case.documents]
        for item in session.scalars(
            select(AgendaItem).where(AgendaItem.case_id == case.id).options(selectinload(AgendaItem.meeting))
        ):
            rows.append((item.meeting.start, "item", f"{item.meeting.key} §{item.number} {item.title}"))
    return sorted(rows, key=lambda r: (r[0] or dt.date.min, r[1]))


@dataclass(frozen=True)
class AttachmentInfo:
    key: str  # document key
    title: str
    file_name: str
    media_type: str
    page_count: int | None
    version: int


@dataclass(frozen=True)
class ItemDetail:
    item: ItemInfo
    meeting: MeetingInfo
    documents: tuple[DocumentInfo, ...]  # the case's documents (tjänsteskrivelse, protokollsutdrag…)
    attachments: tuple[AttachmentInfo, ...]  # files to show in the PDF viewer


def item_detail(session: Session, key: str) -> ItemDetail:
    item = session.scalar(
        select(AgendaItem)
        .where(AgendaItem.key == key)
        .options(selectinload(AgendaItem.attachments), selectinload(AgendaItem.case).selectinload(Case.documents))
    )
    if item is None:
        raise LookupError(f"Ärendet {key!r} finns inte i databasen.")
    meeting = find_meeting(session, str(item.meeting_id))
    info = next(i for i in meeting.items if i.key == key)
    docs = tuple(_document_info(d) for d in (item.case.documents if item.case else []))
    attachments = tuple(
        AttachmentInfo(
            a.document.key, a.document.title, a.document.file_name, a.document.media_type,
            a.document.page_count, a.document.version,
        )
        for a in item.attachments
    )
    return ItemDetail(info, meeting, docs, attachments)


def document_content(session: Session, key: str, version: int | None = None) -> bytes | None:
    """The stored bytes of a document: the current version unless another is asked for."""
    from ..persistence.models import DocumentVersion

    doc = session.scalar(select(Document).where(Document.key == key))
    if doc is None:
        return None
    wanted = version or doc.version
    return session.scalar(
        select(DocumentVersion.content).where(
            DocumentVersion.document_id == doc.id, DocumentVersion.version == wanted
        )
    )
