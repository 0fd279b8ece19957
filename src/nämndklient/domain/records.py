"""What importers read out of a document, as plain data.

Every importer produces these records and nothing else; persistence maps them to
rows, and tests assert on them directly. Keeping them free of SQLAlchemy and Qt
lets the parsers run and be tested on their own, and lets one record type be fed
from several sources (the region's Word exports, OParl, a signed package).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from .agreement import Judgement, Outcome


class Horizon(StrEnum):
    LONG_TERM = "long_term"
    SHORT_TERM = "short_term"
    FINANCIAL = "financial"


class Direction(StrEnum):
    """Which way a KPI should move to be good."""

    INCREASE = "increase"
    DECREASE = "decrease"


class DirectionSource(StrEnum):
    """Where a KPI's direction comes from: only the first two make it the KPI's direction."""

    DOCUMENT = "document"  # the plan's own words ("(öka)", "lägre … än riket")
    PERSON = "person"  # set by the secretariat or the member, with their name
    SUGGESTION = "suggestion"  # the application's guess from the wording: shown as such, never used
    UNKNOWN = "unknown"


class Comparison(StrEnum):
    """How an outcome is held against its target: reached at or above it, or at or below it."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class MeetingKind(StrEnum):
    MEETING = "meeting"
    BUDGET_DAY = "budget_day"
    PLANNING_DAY = "planning_day"


class DocumentKind(StrEnum):
    TJANSTESKRIVELSE = "tjansteskrivelse"
    PROTOKOLLSUTDRAG = "protokollsutdrag"
    PLAN_OCH_BUDGET = "plan_och_budget"
    ATTACHMENT = "attachment"


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"


@dataclass(frozen=True)
class Block:
    """One paragraph or one list entry of a section, with inline markup removed."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class CaseDocumentRecord:
    """A tjänsteskrivelse or a protocol excerpt."""

    kind: DocumentKind
    title: str
    dnr: str | None  # "RS/454/2023"; None for e.g. a protocol excerpt
    body_code: str | None  # "RS", "HSN" – from the dnr, or from the letterhead
    body_name: str | None  # "Regionstyrelsen" as written in the letterhead
    date: dt.date | None
    sections: tuple[Section, ...]
    signatories: tuple[Person, ...] = ()
    contact: Person | None = None
    distribution: tuple[str, ...] = ()

    @property
    def proposed_decision(self) -> Section | None:
        """The proposal (a tjänsteskrivelse's "…förslag"); a protocol's "Beslut" is a decision, not this."""
        from .sections import split_sections

        return split_sections(self.sections, self.kind).proposal

    @property
    def decision(self) -> Section | None:
        """A protocol excerpt's "Beslut": what the body decided."""
        from .sections import split_sections

        return split_sections(self.sections, self.kind).decision

    def plain_text(self) -> str:
        parts = [self.title]
        for s in self.sections:
            parts.append(s.heading)
            parts.extend(b.text for b in s.blocks)
        return "\n\n".join(parts)


@dataclass(frozen=True)
class GoalAreaRecord:
    name: str  # "Stödverksamhet"
    goal: str  # "Ändamålsenlig kompetens för effektivt stöd till verksamhet och utveckling"
    political_direction: str | None = None
    order: int = 0


@dataclass(frozen=True)
class KpiRecord:
    name: str
    goal_area: str
    horizon: Horizon
    decided_by: str  # "Regionfullmäktige" / "Regionstyrelsen"
    target: Decimal | None = None
    unit: str | None = None  # "%" or None for a plain number
    direction: Direction | None = None  # only what the document says; None when it says nothing
    baseline: str | None = None  # "2019", "riket": what the target is compared with
    line: int = 0
    direction_phrase: str | None = None  # the document's words that state the direction: "(öka)"
    target_comparison: Comparison | None = None  # stated in the target cell: "minst 80 %", "högst 5"


@dataclass(frozen=True)
class AssignmentRecord:
    text: str
    goal_area: str
    decided_by: str
    responsible: tuple[str, ...] = ()  # ("HSN", "RS"), ("RS", "Nämnder")
    line: int = 0


class Scenario(StrEnum):
    BUDGET = "budget"
    PLAN = "plan"
    OUTCOME = "outcome"
    FORECAST = "forecast"


@dataclass(frozen=True)
class BudgetLineRecord:
    """One figure of a budget table: table × row (area) × column (category, year)."""

    table: str  # "Nettobudgetram", "Budgetram per område", "Finansiering"
    area: str  # row label as the author meant it ("Regiondirektör")
    category: str  # column label ("Personalkostnader", "Nettobudgetram")
    year: int
    scenario: Scenario
    amount: Decimal
    unit: str  # "Mkr" / "tkr"
    is_total: bool = False  # a figure the document states as a sum of others
    line: int = 0


@dataclass(frozen=True)
class MeasureRecord:
    """A row of the action plan for a balanced economy."""

    measure_type: str
    description: str
    consequence: str
    effects: tuple[tuple[int, Decimal], ...]  # (year, amount)
    unit: str = "Mkr"
    line: int = 0


@dataclass(frozen=True)
class InvestmentRecord:
    unit_name: str  # Område/Avdelning/Enhet
    object_name: str
    kind: str  # "Nyinvestering" / "Reinvestering"
    amount: Decimal
    unit: str = "tkr"
    line: int = 0


@dataclass(frozen=True)
class CheckRecord:
    """A stated figure compared with the sum of its parts, or with the same figure in another table.

    `computed` is what the stated figure is compared with, in its unit and sign;
    the outcome follows the one rule of `domain.agreement`.
    """

    table: str
    column: str
    stated: Decimal
    computed: Decimal
    judgement: Judgement
    message: str
    row: str = ""
    line: int = 0

    @property
    def outcome(self) -> Outcome:
        return self.judgement.outcome

    @property
    def agrees(self) -> bool:
        return self.judgement.outcome is Outcome.AGREES

    @property
    def tolerance(self) -> Decimal:
        """The largest difference that is still "liten avvikelse"; what the database keeps as `tolerance`.

        A computed band (square roots) to six decimals, rounded up: figures are stored exactly
        (persistence.types), and a band's seventh decimal says nothing a reader needs.
        """
        return self.judgement.limit.quantize(Decimal("0.000001"), rounding=ROUND_CEILING)


@dataclass(frozen=True)
class AgendaItemRecord:
    order: int
    title: str
    category: str  # "Återkommande ärenden", "Uppföljning och fördjupning", …
    presenters: tuple[str, ...] = ()
    dnr: str | None = None
    confidential: bool = False
    key: str | None = None  # a key fixed by the source (OParl: from the item's id); else from dnr or title
    number: str | None = None  # the number as the source writes it ("1.", "A"); else the order


@dataclass(frozen=True)
class MeetingRecord:
    body_code: str
    start: dt.date
    end: dt.date
    kind: MeetingKind
    title: str
    items: tuple[AgendaItemRecord, ...] = ()
    participants: str | None = None
    place: str | None = None
    start_time: dt.time | None = None
    line: int = 0
    key: str | None = None  # a key fixed by the source (OParl: from the meeting's id); else body and date
    end_time: dt.time | None = None  # only when the material states it
    cancelled: bool = False


@dataclass(frozen=True)
class PlanRecord:
    """Everything read out of one *Plan och budget* document."""

    title: str
    body_code: str
    body_name: str
    dnr: str | None
    date: dt.date | None
    year: int
    goal_areas: tuple[GoalAreaRecord, ...] = ()
    kpis: tuple[KpiRecord, ...] = ()
    assignments: tuple[AssignmentRecord, ...] = ()
    budget_lines: tuple[BudgetLineRecord, ...] = ()
    measures: tuple[MeasureRecord, ...] = ()
    investments: tuple[InvestmentRecord, ...] = ()
    checks: tuple[CheckRecord, ...] = ()
    meetings: tuple[MeetingRecord, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Skipped:
    """What a lenient import passed over, and why."""

    file: str
    line: int
    reason: str


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)  # e.g. values their publisher retracted

    def count(self, bucket: str, what: str, n: int = 1) -> None:
        target = {"created": self.created, "removed": self.removed}.get(bucket, self.updated)
        target[what] = target.get(what, 0) + n


class ImportFailure(Exception):
    """A document that is not of a known kind or breaks its structure.

    Carries the file, the line and what was expected, so the message can name
    all three; nothing is written when it is raised.

    The message names the position (file, line, column) and never quotes what
    was found there: it reaches the log, which is neither encrypted nor expired,
    and a refused row may be a confidential document's text. `found` keeps the
    text for code that shows it to the member on purpose.
    """

    def __init__(self, file: str, line: int, expected: str, found: str | None = None, *,
                 column: int | str | None = None) -> None:
        self.file = file
        self.line = line
        self.expected = expected
        self.found = found
        self.column = column
        where = f"{file}, rad {line}" if line else file
        if column is not None:
            where += f", kolumn {column}"
        super().__init__(f"{where}: förväntade {expected}")


class StatedRefusal(ImportFailure):
    """A refusal whose `found` is the program's own words or what a server or the member's spreadsheet
    said (HTTP 400, a next_url, a cell's "85 %"), never a document's text: it is part of the sentence."""

    def __init__(self, file: str, line: int, expected: str, found: str | None = None, *,
                 column: int | str | None = None) -> None:
        super().__init__(file, line, expected, found, column=column)
        if found:
            self.args = (f"{self.args[0]}, fann {found!r}",)
