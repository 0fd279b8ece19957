"""The database schema: published material, and the member's own data beside it.

Published rows (bodies, meetings, items, cases, documents, KPIs, budget figures)
are replaced by imports. The member's rows (notes, read marks, flags) live in
`personal_*` tables that refer to published material only by stable text keys,
never by foreign key: no import, cascade or migration can reach them, and a
note outlives the row it was written on.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import ExactDecimal

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Amount = ExactDecimal()  # exact on SQLite too; see persistence.types


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class Published(Base):
    """Material that imports own and may replace."""

    __abstract__ = True


class Personal(Base):
    """The member's own data. Only the member's actions write it."""

    __abstract__ = True


# --- published -----------------------------------------------------------------


class Body(Published):
    __tablename__ = "body"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32), default="nämnd")  # styrelse, nämnd, utskott, fullmäktige
    oparl_id: Mapped[str | None] = mapped_column(String(500), unique=True, index=True)  # the OParl Body's id

    meetings: Mapped[list[Meeting]] = relationship(back_populates="body")


class SourceFile(Published):
    """A file an import read, so that reading it again is recognised as no change."""

    __tablename__ = "source_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # the same bytes under another name
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Meeting(Published):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)  # "RS:2024-03-26"
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date, index=True)
    end: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)  # as the material states it; None: not stated
    place: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))  # MeetingKind
    title: Mapped[str] = mapped_column(String(300))
    participants: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), default="planerat")  # "inställt" when cancelled
    oparl_id: Mapped[str | None] = mapped_column(String(500), unique=True, index=True)  # an OParl Meeting's id
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source_file.id"))
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, index=True)
    fetched_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # last package or sync that brought it

    body: Mapped[Body] = relationship(back_populates="meetings")
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.order", cascade="all, delete-orphan"
    )
    documents: Mapped[list[MeetingDocument]] = relationship(
        order_by="MeetingDocument.order", cascade="all, delete-orphan"
    )

    @property
    def cancelled(self) -> bool:
        return self.status == MEETING_CANCELLED


class Case(Published):
    """An ärende, followed by its diarienummer across meetings and bodies."""

    __tablename__ = "case"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # the dnr, or "file:NAME" without one
    dnr: Mapped[str | None] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(500))
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))

    body: Mapped[Body | None] = relationship()
    documents: Mapped[list[Document]] = relationship(
        back_populates="case", order_by=lambda: [Document.date, Document.id]
    )


class AgendaItem(Published):
    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "order"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    order: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(500))
    category: Mapped[str | None] = mapped_column(String(100))
    presenters: Mapped[list[Any]] = mapped_column(default=list)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    # Days after the meeting when the confidentiality lapses; None: no stated expiry.
    confidential_days: Mapped[int | None] = mapped_column(Integer)
    # The day the confidentiality lapsed and the content was removed (services.confidential); the row stays.
    expired_at: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    dnr: Mapped[str | None] = mapped_column(String(64), index=True)  # as the agenda states it
    case_link: Mapped[str | None] = mapped_column(String(16))  # domain.linking.CaseLink: how case was found

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    case: Mapped[Case | None] = relationship()
    attachments: Mapped[list[ItemDocument]] = relationship(
        order_by="ItemDocument.order", cascade="all, delete-orphan"
    )


class Document(Published):
    """A document; its content lives in versions, the newest being current."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # DocumentKind
    title: Mapped[str] = mapped_column(String(500))
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    date: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    sha256: Mapped[str] = mapped_column(String(64))
    page_count: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)  # sections, signatories, contact…
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, index=True)
    fetched_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    case: Mapped[Case | None] = relationship(back_populates="documents")
    versions: Mapped[list[DocumentVersion]] = relationship(
        order_by="DocumentVersion.version", cascade="all, delete-orphan"
    )


class DocumentVersion(Published):
    """Every version a document has had, so an earlier one stays readable."""

    __tablename__ = "document_version"
    __table_args__ = (UniqueConstraint("document_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ItemDocument(Published):
    """A document as an agenda item's attachment (beslutsunderlag)."""

    __tablename__ = "item_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    order: Mapped[int] = mapped_column(Integer, default=0)

    document: Mapped[Document] = relationship()


MEETING_CANCELLED = "inställt"


class MeetingDocument(Published):
    """A meeting's own file: invitation, results or verbatim protocol, auxiliary file (OParl names)."""

    __tablename__ = "meeting_document"
    __table_args__ = (UniqueConstraint("meeting_id", "document_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(40))  # invitation, resultsProtocol, verbatimProtocol, auxiliaryFile
    order: Mapped[int] = mapped_column(Integer, default=0)

    document: Mapped[Document] = relationship()


class CalendarState(Published):
    """What the last iCalendar export said about a meeting, so a change raises its SEQUENCE (RFC 5545)."""

    __tablename__ = "calendar_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_key: Mapped[str] = mapped_column(String(100), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(64))


class GoalArea(Published):
    __tablename__ = "goal_area"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    goal: Mapped[str] = mapped_column(Text)
    political_direction: Mapped[str | None] = mapped_column(Text)
    order: Mapped[int] = mapped_column(Integer, default=0)

    kpis: Mapped[list[Kpi]] = relationship(back_populates="goal_area", order_by="Kpi.order")
    assignments: Mapped[list[Assignment]] = relationship(back_populates="goal_area", order_by="Assignment.order")


class Kpi(Published):
    __tablename__ = "kpi"
    __table_args__ = (UniqueConstraint("goal_area_id", "horizon", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_area_id: Mapped[int] = mapped_column(ForeignKey("goal_area.id"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    horizon: Mapped[str] = mapped_column(String(20))  # Horizon
    decided_by: Mapped[str] = mapped_column(String(100))
    target: Mapped[Decimal | None] = mapped_column(Amount)
    unit: Mapped[str | None] = mapped_column(String(20))
    direction: Mapped[str | None] = mapped_column(String(20))  # only as the document states it
    baseline: Mapped[str | None] = mapped_column(String(40))
    order: Mapped[int] = mapped_column(Integer, default=0)
    direction_phrase: Mapped[str | None] = mapped_column(String(200))  # the document's words: "(öka)"
    target_comparison: Mapped[str | None] = mapped_column(String(20))  # Comparison, when the target cell states it

    goal_area: Mapped[GoalArea] = relationship(back_populates="kpis")
    values: Mapped[list[KpiValue]] = relationship(back_populates="kpi", order_by="KpiValue.period")


class KpiValue(Published):
    __tablename__ = "kpi_value"
    __table_args__ = (UniqueConstraint("kpi_id", "period", "gender", "scope", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(16))  # "2024", "2024-T1", "2024-03"
    value: Mapped[Decimal | None] = mapped_column(Amount)  # exact: Kolada gives up to 8 decimals
    gender: Mapped[str] = mapped_column(String(1), default="T")  # T total, K women, M men
    scope: Mapped[str] = mapped_column(String(40), default="region")  # region, nation, peer id, unit
    kind: Mapped[str] = mapped_column(String(10), default="outcome")  # outcome, forecast
    source: Mapped[str] = mapped_column(String(100), default="")

    kpi: Mapped[Kpi] = relationship(back_populates="values")


class Assignment(Published):
    __tablename__ = "assignment"
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_area_id: Mapped[int] = mapped_column(ForeignKey("goal_area.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(100))
    responsible: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str | None] = mapped_column(String(32))  # from follow-up reports
    status_date: Mapped[dt.date | None] = mapped_column(Date)
    status_comment: Mapped[str | None] = mapped_column(Text)
    order: Mapped[int] = mapped_column(Integer, default=0)

    goal_area: Mapped[GoalArea] = relationship(back_populates="assignments")


class BudgetLine(Published):
    __tablename__ = "budget_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    table: Mapped[str] = mapped_column(String(200), index=True)
    area: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    period: Mapped[str | None] = mapped_column(String(16))  # "2024-03", "2024-T1"; None for the whole year
    scenario: Mapped[str] = mapped_column(String(16))  # Scenario
    amount: Mapped[Decimal] = mapped_column(Amount)
    unit: Mapped[str] = mapped_column(String(10))
    is_total: Mapped[bool] = mapped_column(Boolean, default=False)
    order: Mapped[int] = mapped_column(Integer, default=0)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source_file.id"))


class Measure(Published):
    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_type: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    consequence: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(10))
    order: Mapped[int] = mapped_column(Integer, default=0)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source_file.id"))

    effects: Mapped[list[MeasureEffect]] = relationship(
        order_by="MeasureEffect.year", cascade="all, delete-orphan"
    )


class MeasureEffect(Published):
    __tablename__ = "measure_effect"
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Amount)


class Investment(Published):
    __tablename__ = "investment"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_name: Mapped[str] = mapped_column(String(300))
    object_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    amount: Mapped[Decimal] = mapped_column(Amount)
    unit: Mapped[str] = mapped_column(String(10))
    order: Mapped[int] = mapped_column(Integer, default=0)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source_file.id"))


class NumberCheck(Published):
    """A stated total set against the sum of its parts."""

    __tablename__ = "number_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    table: Mapped[str] = mapped_column(String(200))
    row: Mapped[str] = mapped_column(String(300), default="")
    column: Mapped[str] = mapped_column(String(200))
    stated: Mapped[Decimal] = mapped_column(Amount)
    computed: Mapped[Decimal] = mapped_column(Amount)
    tolerance: Mapped[Decimal] = mapped_column(Amount)
    agrees: Mapped[bool] = mapped_column(Boolean)
    message: Mapped[str] = mapped_column(Text)
    line: Mapped[int] = mapped_column(Integer, default=0)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source_file.id"))


class KpiCommentary(Published):
    """Explanation of the development and proposed measures, from a follow-up report."""

    __tablename__ = "kpi_commentary"
    __table_args__ = (UniqueConstraint("kpi_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    explanation: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(100), default="")


class KoladaMapping(Published):
    """Which plan KPI a Kolada KPI id feeds; edited by the member, kept across imports."""

    __tablename__ = "kolada_mapping"
    id: Mapped[int] = mapped_column(primary_key=True)
    kolada_id: Mapped[str] = mapped_column(String(20), unique=True)
    kpi_name: Mapped[str] = mapped_column(String(500))  # matched by name: survives a re-import of the plan
    invert: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncState(Published):
    """How far the member's copy has pulled from a central store (its URL without password)."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(300), unique=True)
    watermark: Mapped[dt.datetime | None] = mapped_column(DateTime)  # newest modified_at pulled
    synced_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Publication(Published):
    """How fresh a meeting's published material is: a version per meeting and publisher.

    On a member's copy (`role="seen"`) the highest version read from each publisher
    (a key's fingerprint, `unsigned`, or `central:URL`) with the digest of what it
    held and the items it marked confidential, so an older or a forged equal version
    is refused. Where material is published from (`role="issued"`: the
    secretariat's database, the central store) the last version handed out.
    """

    __tablename__ = "publication"
    __table_args__ = (UniqueConstraint("meeting_key", "publisher", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_key: Mapped[str] = mapped_column(String(100))
    publisher: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(10))  # seen, issued
    version: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    signed: Mapped[bool] = mapped_column(Boolean, default=False)  # a trusted key or the central store vouched
    confidential: Mapped[list[Any]] = mapped_column(default=list)  # item keys this version kept confidential
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --- personal ------------------------------------------------------------------


class Note(Personal):
    __tablename__ = "personal_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(20))  # item, case, document, kpi
    target_key: Mapped[str] = mapped_column(String(400), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Where the quoted passage sits: the only columns an import may move (see `ANCHOR_COLUMNS`).
    anchor_document: Mapped[str | None] = mapped_column(String(300))  # document key
    anchor_version: Mapped[int | None] = mapped_column(Integer)
    anchor_start: Mapped[int | None] = mapped_column(Integer)
    prefix: Mapped[str | None] = mapped_column(Text)  # text just before the passage, to find it again
    suffix: Mapped[str | None] = mapped_column(Text)
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


ANCHOR_COLUMNS = frozenset({"anchor_document", "anchor_version", "anchor_start", "prefix", "suffix", "orphaned"})


class ReadMark(Personal):
    __tablename__ = "personal_read_mark"
    __table_args__ = (UniqueConstraint("target_kind", "target_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_key: Mapped[str] = mapped_column(String(400))
    read_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")  # what was read; a change shows


class Flag(Personal):
    __tablename__ = "personal_flag"
    __table_args__ = (UniqueConstraint("target_kind", "target_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_key: Mapped[str] = mapped_column(String(400))
    question: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AssignmentTracking(Personal):
    """The member's own status for an assignment (uppdrag), keyed by its text."""

    __tablename__ = "personal_assignment_status"
    __table_args__ = (UniqueConstraint("assignment_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_key: Mapped[str] = mapped_column(String(400))
    status: Mapped[str] = mapped_column(String(32))  # ej påbörjad, pågående, genomförd, ej genomförd
    date: Mapped[dt.date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")


class KpiDirectionChoice(Personal):
    """A KPI's direction as the secretariat or the member set it, where the plan states none (or to correct it).

    Personal, so no import, re-import, migration or "Rensa allt" that keeps notes can reach it;
    keyed by the KPI's name like notes and the Kolada mapping, so a re-imported plan finds it again.
    """

    __tablename__ = "personal_kpi_direction"
    __table_args__ = (UniqueConstraint("kpi_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_name: Mapped[str] = mapped_column(String(500))
    direction: Mapped[str] = mapped_column(String(20))  # Direction
    set_by: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TrustDecision(Personal):
    """The member accepted a package that was unsigned or signed by a key not in the trust list."""

    __tablename__ = "personal_trust_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_fingerprint: Mapped[str] = mapped_column(String(64), default="")  # "" for an unsigned package
    decision: Mapped[str] = mapped_column(String(20))  # accepted-untrusted, accepted-unsigned
    package: Mapped[str] = mapped_column(String(300))
    meeting_key: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CaseLinkChoice(Personal):
    """The member put a case's documents on an agenda item; kept when the meeting is published again."""

    __tablename__ = "personal_case_link"
    __table_args__ = (UniqueConstraint("item_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_key: Mapped[str] = mapped_column(String(400))
    case_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


PERSONAL_TABLES = frozenset(
    {
        Note.__tablename__,
        ReadMark.__tablename__,
        Flag.__tablename__,
        AssignmentTracking.__tablename__,
        KpiDirectionChoice.__tablename__,
        TrustDecision.__tablename__,
        CaseLinkChoice.__tablename__,
    }
)
