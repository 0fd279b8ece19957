"""What the meeting-pack builder is given and what it returns, as plain data.

The caller (the GUI, the CLI) builds these from the database; the builder never
sees SQLAlchemy or Qt, so it can be tested and timed on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Literal

from nämndklient.domain.layout import LayoutBlock
from nämndklient.domain.records import Block, Section

NotesMode = Literal["none", "appendix", "after_item"]


@dataclass(frozen=True)
class PackAttachment:
    """One file attached to an item; `data` may be anything, not only a good PDF."""

    title: str
    filename: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class PackItem:
    number: str
    title: str
    category: str | None
    dnr: str | None
    presenters: tuple[str, ...]
    proposed_decision: tuple[Block, ...]
    sections: tuple[Section, ...]
    attachments: tuple[PackAttachment, ...]
    notes: tuple[str, ...] = ()
    question: str | None = None
    confidential: bool = False
    key: str = ""
    # What the sections are comes from domain.sections, the reader's rule too.
    document_kind: str = ""  # the main document's kind: a protocol's "Beslut" is a decision
    proposal_heading: str = ""  # the document's own heading for the proposal ("Regiondirektörens förslag")
    decision: tuple[Block, ...] = ()  # a protocol excerpt's decision, never shown as a proposal
    decision_heading: str = ""
    decided_by: str | None = None  # the body that decided, as the decision names it
    layout: tuple[LayoutBlock, ...] = ()  # a plan as the item's document: its headings and tables


@dataclass(frozen=True)
class PackMeeting:
    body_name: str
    body_code: str
    title: str
    start: date
    end: date
    start_time: time | None
    place: str | None
    items: tuple[PackItem, ...]


@dataclass(frozen=True)
class ChartLine:
    name: str  # "Regionen, totalt", "Riket", "Prognos"
    values: tuple[float | None, ...]  # one per period; None where there is no value
    dashed: bool = False  # forecasts and the target are drawn dashed


@dataclass(frozen=True)
class AppendixChart:
    """A KPI's time series for the appendix, drawn under its goal area's table."""

    title: str
    unit: str | None
    periods: tuple[str, ...]
    lines: tuple[ChartLine, ...]
    target: float | None = None


@dataclass(frozen=True)
class AppendixTable:
    """A plain table for the appendix (KPIs, budget lines): already formatted text."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    charts: tuple[AppendixChart, ...] = ()
    # per row: "" plain, "total" a total the document states (bold), "computed" a sum the application made (italic)
    row_styles: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # lines under the table: the number checks, what "beräknad" means


@dataclass(frozen=True)
class PackOptions:
    created: datetime  # required: the pack carries it, and identical input must give identical bytes
    member_name: str | None = None
    draft: bool = False
    notes: NotesMode = "none"
    include_confidential: bool = False
    duplex: bool = False
    item_keys: tuple[str, ...] | None = None  # None = every item
    extra_appendix: tuple[AppendixTable, ...] = ()


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int
    warnings: tuple[str, ...]
    outline: tuple[tuple[int, str], ...]  # (level, title), in document order
