"""Import of a board's *Plan och budget* from the region's text export.

The export is Markdown-ish: headings with varying levels, paragraphs, and Word
tables flattened to tab-separated rows with leftover HTML. The parser walks
the lines once, tracking the current goal area and section from the headings,
and hands each table to a reader chosen by its header row – never by where it
sits in the file – so edited copies of a plan still parse. Figures are read,
never invented: a missing value stays None, and stated sums become checks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from nämndklient.domain.bodies import code_for_name
from nämndklient.domain.numbers import parse_quantity
from nämndklient.domain.records import (
    AssignmentRecord,
    Comparison,
    Direction,
    GoalAreaRecord,
    Horizon,
    ImportFailure,
    KpiRecord,
    MeetingRecord,
    PlanRecord,
    Skipped,
)

from .plan_calendar import parse_calendar
from .plan_tables import (
    Budget,
    MatrixState,
    Reporter,
    Row,
    TableBlock,
    budget_table_kind,
    clean,
    cross_checks,
    label,
    parse_frame_table,
    parse_frame_text,
    parse_investments,
    parse_matrix,
    parse_measures,
    split_cells,
)

__all__ = ["body_code_for", "looks_like_plan", "parse_plan"]

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_TITLE = re.compile(r"plan och budget\s+(\d{4})\b", re.IGNORECASE)
_DNR = re.compile(r"\bDnr\.?:?\s*([A-ZÅÄÖ]{1,6}/[\d:]+/\d{4})", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\b")
_GOAL_AREA = re.compile(r"^målområde\s+(.+)$", re.IGNORECASE)
_CALENDAR = re.compile(r"^sammanträdesplanering\s+(.*?)\s*(\d{4})?$", re.IGNORECASE)
_SUBSECTIONS = {"politisk viljeinriktning", "långsiktiga nyckeltal", "kortsiktiga nyckeltal", "uppdrag",
                "finansiella mål"}
_KPI_HEADERS = {
    "långsiktiga nyckeltal": Horizon.LONG_TERM,
    "kortsiktiga nyckeltal": Horizon.SHORT_TERM,
    "finansiella mål": Horizon.FINANCIAL,
}
_INTERNAL = "ett dokument som går att tolka (internt fel"


def looks_like_plan(text: str) -> bool:
    """Cheap sniff: a "Plan och budget ÅÅÅÅ" heading, or goal-area and KPI tables."""
    head = text[:20000]
    if re.search(r"^\s{0,3}#{1,6}\s+.*plan och budget\s+\d{4}", head, re.IGNORECASE | re.MULTILINE):
        return True
    return "Målområde" in text and re.search(r"nyckeltal\tBeslutad av", text, re.IGNORECASE) is not None


def parse_plan(text: str, file: str, *, lenient: bool = False, skipped: list[Skipped] | None = None) -> PlanRecord:
    """Read a whole plan; structural breakage raises ImportFailure (or is skipped when lenient)."""
    try:
        return _parse(text, file, Reporter(file, lenient, skipped))
    except ImportFailure:
        raise
    except Exception as exc:  # a bug must not crash an import run; name it instead
        raise ImportFailure(file, 0, f"{_INTERNAL}: {type(exc).__name__})", str(exc)[:160]) from exc


def body_code_for(name: str) -> str:
    """"Regionstyrelsen" → "RS"; unknown bodies get their initials ("Kulturnämnden" → "KN")."""
    known = code_for_name(name)
    if known:
        return known
    letters = []
    for word in re.findall(r"[A-Za-zÅÄÖåäö]+", name):
        if word.casefold() in {"och", "för", "i"}:
            continue
        letters.append(word[0].upper())
        m = re.search(r"(nämnd|styrelse|fullmäktige)(en|n)?$", word.casefold())
        if m and m.start() > 0:
            letters.append(m[1][0].upper())
    return "".join(letters) or name[:3].upper()


# --------------------------------------------------------------------------- the document head


@dataclass(frozen=True)
class _Head:
    title: str
    title_line: int
    year: int
    body_name: str
    dnr: str | None
    date: dt.date | None


def _read_head(lines: Sequence[str], file: str) -> _Head:
    title_at = next((i for i, line in enumerate(lines) if _is_title(line)), None)
    if title_at is None:
        first = next(((i, line) for i, line in enumerate(lines) if line.strip()), (0, ""))
        raise ImportFailure(file, first[0] + 1 if first[1] else 0,
                            "ett dokument 'Plan och budget' (rubriken '# Plan och budget ÅÅÅÅ')",
                            first[1][:160] or None)
    title = clean(_heading_text(lines[title_at]) or "")
    m = _TITLE.search(title)
    assert m is not None  # _is_title matched it
    body_at = next((i for i in range(title_at + 1, len(lines)) if lines[i].strip()), None)
    if body_at is None or _heading_text(lines[body_at]) is not None or "\t" in lines[body_at]:
        found = lines[body_at] if body_at is not None else None
        raise ImportFailure(file, (body_at or title_at) + 1,
                            "organets namn på raden efter rubriken (t.ex. 'Regionstyrelsen')", found)
    return _Head(title, title_at + 1, int(m[1]), clean(lines[body_at]), _find_dnr(lines), _find_date(lines, title_at))


def _is_title(line: str) -> bool:
    h = _heading_text(line)
    return h is not None and _TITLE.search(clean(h)) is not None


def _find_dnr(lines: Sequence[str]) -> str | None:
    for line in lines:
        m = _DNR.search(line)
        if m:
            return m[1].upper()
    return None


def _find_date(lines: Sequence[str], start: int) -> dt.date | None:
    for line in lines[start:]:
        if _heading_text(line) is not None and _GOAL_AREA.match(clean(_heading_text(line) or "")):
            return None
        m = _ISO_DATE.match(clean(line))
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def _heading_text(line: str) -> str | None:
    m = _HEADING.match(line)
    return m[2] if m else None


# --------------------------------------------------------------------------- walking the lines


@dataclass
class _Calendar:
    body_name: str
    year: int
    rows: list[Row] = field(default_factory=list)


@dataclass
class _Walk:
    """What the walk knows at each line: goal area, section, open table."""

    rep: Reporter
    goal_areas: list[GoalAreaRecord] = field(default_factory=list)
    area: str | None = None
    goal_pending: int = 0  # line of "Målområde X" while its goal heading is still to come
    section: str = ""
    direction: list[str] = field(default_factory=list)
    tables: list[TableBlock] = field(default_factory=list)
    table: TableBlock | None = None
    frame_text: list[Row] | None = None
    calendars: list[_Calendar] = field(default_factory=list)
    calendar: _Calendar | None = None

    def heading(self, n: int, text: str, plan_year: int) -> None:
        self._close_direction()
        self.table, self.frame_text, self.calendar = None, None, None
        folded = text.casefold()
        cal = _CALENDAR.match(text)
        area = _GOAL_AREA.match(text)
        if cal:
            self.calendar = _Calendar(cal[1] or "", int(cal[2]) if cal[2] else plan_year)
            self.calendars.append(self.calendar)
        if area and not folded.startswith("målområden"):
            self._close_goal_pending(n)
            self.area, self.goal_pending, self.section = area[1].strip(), n, ""
        elif self.goal_pending and folded not in _SUBSECTIONS:
            self.goal_areas.append(GoalAreaRecord(self.area or "", text, order=len(self.goal_areas) + 1))
            self.goal_pending = 0
        elif self.area and folded in _SUBSECTIONS:
            self._close_goal_pending(n)
            self.section = folded
        else:
            self._close_goal_pending(n)
            self.area, self.section = None, ""
        if "nettobudgetram" in folded:
            self.frame_text = []
            self.tables.append(TableBlock("frame_text", [], n, self.frame_text))

    def _close_goal_pending(self, n: int) -> None:
        if self.goal_pending:
            self.rep.fail(n, f"en rubrik med det övergripande målet för målområde {self.area}", None)
            self.goal_areas.append(GoalAreaRecord(self.area or "", "", order=len(self.goal_areas) + 1))
            self.goal_pending = 0

    def paragraph(self, n: int, line: str) -> None:
        if self.section == "politisk viljeinriktning" and self.area:
            self.direction.append(clean(line))
        if self.frame_text is not None:
            self.frame_text.append(Row(n, line))

    def table_row(self, n: int, line: str) -> None:
        if self.calendar is not None:
            self.calendar.rows.append(Row(n, line))
            return
        cells = split_cells(line)
        kind = _table_kind(cells)
        if kind is None:
            if self.table is not None:
                self.table.rows.append(Row(n, line))
            return
        header = [label(c).casefold() for c in cells]
        if self.table is not None and self.table.kind == kind and [label(c).casefold() for c in self.table.header] == header:
            return  # the header repeated after a page break
        self.table = TableBlock(kind, cells, n, goal_area=self.area or "", section=self.section)
        self.tables.append(self.table)

    def _close_direction(self) -> None:
        if self.direction and self.goal_areas and self.area:
            last = self.goal_areas[-1]
            text = join_paragraphs(self.direction)
            joined = f"{last.political_direction}\n\n{text}" if last.political_direction else text
            self.goal_areas[-1] = GoalAreaRecord(last.name, last.goal, joined, last.order)
        self.direction = []

    def finish(self, n: int) -> None:
        self._close_direction()
        self._close_goal_pending(n)


def _table_kind(cells: Sequence[str]) -> str | None:
    first = label(cells[0]).casefold()
    second = label(cells[1]).casefold() if len(cells) > 1 else ""
    if second == "beslutad av":
        if first in _KPI_HEADERS:
            return f"kpi:{_KPI_HEADERS[first].value}"
        if first == "uppdrag":
            return "assignments"
    return budget_table_kind(cells)


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    """Blank-line-separated paragraphs, re-joining one the page break cut in two."""
    out: list[str] = []
    for p in paragraphs:
        if out and not re.search(r"[.!?:;)”\"]$", out[-1]) and p[:1].islower():
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return "\n\n".join(out)


# --------------------------------------------------------------------------- KPIs

_DIRECTION = re.compile(r"\((öka|ökning|minska|minskning)(?:\s+jämfört med\s+([^)]+?))?\)", re.IGNORECASE)
_COMPARED_AIM = re.compile(r"jämfört med\s+(\S+)\s*(\(målet är att ha en (lägre|högre|mindre|större)[^)]*\))",
                           re.IGNORECASE)
# A name that opens with the aim itself: "Hög återvinningsgrad (% av avfallet …)", "Minskad sjukfrånvaro".
_AIM_FIRST = re.compile(r"^(hög|högre|låg|lägre|ökad|ökat|ökade|minskad|minskat|minskade|sänkt|sänkta)\s+\w+",
                        re.IGNORECASE)
_UP_WORDS = ("ök", "hög", "stör")
_TARGET_COMPARISON = re.compile(r"^\s*(minst|lägst|högst|max(?:imalt)?|≥|>=|≤|<=)\s*", re.IGNORECASE)


def stated_direction(name: str) -> tuple[Direction | None, str | None, str | None]:
    """What the KPI's own words say about which way is good: (direction, compared with, the words).

    Only the KPI's text counts. A name that says nothing gets None, never a guess: the
    application's guesses are suggestions (`domain.kpi_status.suggest_direction`), kept apart.
    """
    m = _DIRECTION.search(name)
    if m:
        up = m[1].casefold().startswith("ök")
        return (Direction.INCREASE if up else Direction.DECREASE), (m[2].strip() if m[2] else None), m[0]
    m = _COMPARED_AIM.search(name)
    if m:
        up = m[3].casefold() in {"högre", "större"}
        return (Direction.INCREASE if up else Direction.DECREASE), m[1].strip(), m[2]
    m = _AIM_FIRST.match(name)
    if m:
        up = m[1].casefold().startswith(_UP_WORDS)
        return (Direction.INCREASE if up else Direction.DECREASE), None, m[0]
    return None, None, None


def kpi_direction(name: str) -> tuple[Direction | None, str | None]:
    """What the name says about which way is good, and what it is compared with."""
    direction, baseline, _phrase = stated_direction(name)
    return direction, baseline


def target_comparison(cell: str) -> tuple[Comparison | None, str]:
    """'minst 80 %' → (at least, '80 %'); a bare number states no comparison."""
    m = _TARGET_COMPARISON.match(cell)
    if not m:
        return None, cell
    word = m[1].casefold()
    at_least = word in {"minst", "lägst", "≥", ">="}
    return (Comparison.AT_LEAST if at_least else Comparison.AT_MOST), cell[m.end():]


def parse_kpis(block: TableBlock, rep: Reporter) -> list[KpiRecord]:
    horizon = Horizon(block.kind.split(":", 1)[1])
    header = [label(c).casefold() for c in block.header]
    target_col = next((i for i, c in enumerate(header) if c.startswith("målvärde")), None)
    width = max(2, (target_col or 0) + 1)
    columns = "nyckeltal, beslutad av" + (", målvärde" if target_col is not None else "")
    rows: list[dict] = []
    for row in block.rows:
        cells = row.cells
        name, decided = clean(cells[0]), clean(cells[1]) if len(cells) > 1 else ""
        extra = [c for c in cells[width:] if clean(c)]
        if not name or extra:
            rep.fail(row.line, f"en tabellrad med {width} kolumner ({columns})", row.raw)
            continue
        if not decided and all(not clean(c) for c in cells[1:]) and rows:
            rows[-1]["name"] += " " + name  # the name continued after a page break
            continue
        if not decided:
            rep.fail(row.line, f"en tabellrad med {width} kolumner ({columns})", row.raw)
            continue
        target, unit = None, None
        raw_target = clean(cells[target_col]) if target_col is not None and target_col < len(cells) else ""
        comparison, raw_target = target_comparison(raw_target)
        if raw_target:
            q = parse_quantity(raw_target)
            if q is None:
                rep.fail(row.line, "ett målvärde som tal (t.ex. 4,5 eller 14,5 %)", row.raw)
                continue
            target, unit = q.value, q.unit
        elif comparison is not None:
            rep.fail(row.line, "ett målvärde efter 'minst'/'högst' (t.ex. minst 80 %)", row.raw)
            continue
        rows.append({"name": name, "decided": decided, "target": target, "unit": unit, "line": row.line,
                     "comparison": comparison})
    return [_kpi(r, block.goal_area, horizon) for r in rows]


def _kpi(r: dict, goal_area: str, horizon: Horizon) -> KpiRecord:
    name = r["name"].rstrip(".").rstrip() if r["name"].endswith(".") else r["name"]
    direction, baseline, phrase = stated_direction(name)
    return KpiRecord(name, goal_area, horizon, r["decided"], r["target"], r["unit"], direction, baseline, r["line"],
                     direction_phrase=phrase, target_comparison=r["comparison"])


# --------------------------------------------------------------------------- assignments

_FOOTNOTE = re.compile(r"<sup>.*?</sup>", re.IGNORECASE)
_RESPONSIBLE = re.compile(r"\s*\(([^()]+)\)\s*\.?\s*$")
_BODY_TOKEN = re.compile(r"^[A-ZÅÄÖ]{2,6}$")


def responsible_bodies(text: str) -> tuple[str, tuple[str, ...]]:
    """"… (RS+nämnder)" → ("…", ("RS", "Nämnder")); a parenthesis of other words stays in the text."""
    m = _RESPONSIBLE.search(text)
    if not m:
        return text, ()
    tokens = [t.strip() for t in re.split(r"\s*(?:,|\+|&|\boch\b)\s*", m[1]) if t.strip()]
    bodies = ["Nämnder" if t.casefold() == "nämnder" else t for t in tokens]
    if not bodies or not all(b == "Nämnder" or _BODY_TOKEN.match(b) for b in bodies):
        return text, ()
    return text[: m.start()].rstrip(), tuple(bodies)


def parse_assignments(block: TableBlock, rep: Reporter) -> list[AssignmentRecord]:
    rows: list[list] = []  # [raw text, decided_by, line]
    for row in block.rows:
        cells = row.cells
        text, decided = cells[0].strip(), clean(cells[1]) if len(cells) > 1 else ""
        if not clean(text) or any(clean(c) for c in cells[2:]):
            rep.fail(row.line, "en tabellrad med 2 kolumner (uppdrag, beslutad av)", row.raw)
            continue
        if not decided:
            if rows:
                rows[-1][0] += " " + text  # the cell continued after a page break
            else:
                rep.fail(row.line, "en tabellrad med 2 kolumner (uppdrag, beslutad av)", row.raw)
            continue
        rows.append([text, decided, row.line])
    records = []
    for raw, decided, line in rows:
        text, bodies = responsible_bodies(clean(_FOOTNOTE.sub("", raw)))
        records.append(AssignmentRecord(text, block.goal_area, decided, bodies, line))
    return records


# --------------------------------------------------------------------------- putting it together


_TOC_LINE = re.compile(r"\.{4,}\s*(<b>)?\s*\d+\s*(</b>)?\s*$")


def plain_text(lines: Sequence[str]) -> str:
    """The document's words for full-text search, without markup, table tabs or the table of contents."""
    out = []
    for line in lines:
        if _TOC_LINE.search(line):  # "Uppdrag.....	7": a search hit there leads nowhere
            continue
        line = re.sub(r"</li>\s*<li[^>]*>", "\n", line)
        heading = _heading_text(line)
        text = " ".join(clean(c) for c in split_cells(heading if heading is not None else line) if clean(c))
        text = "\n".join(t.strip().lstrip("• ").strip() for t in text.split("\n"))
        if text.strip():
            out.append(text.strip())
    return "\n".join(out)


def _parse(text: str, file: str, rep: Reporter) -> PlanRecord:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head = _read_head(lines, file)
    walk = _Walk(rep)
    for n, line in enumerate(lines, start=1):
        if n <= head.title_line:
            continue
        heading = _heading_text(line)
        if heading is not None:
            walk.heading(n, clean(heading), head.year)
        elif not line.strip():
            continue
        elif "\t" in line:
            walk.table_row(n, line)
        else:
            walk.paragraph(n, line)
    walk.finish(len(lines))
    return _assemble(head, walk, lines, rep)


def _assemble(head: _Head, walk: _Walk, lines: Sequence[str], rep: Reporter) -> PlanRecord:
    kpis: list[KpiRecord] = []
    assignments: list[AssignmentRecord] = []
    budget = Budget()
    matrices = MatrixState()
    for block in walk.tables:
        if block.kind.startswith("kpi:"):
            kpis.extend(parse_kpis(block, rep))
        elif block.kind == "assignments":
            assignments.extend(parse_assignments(block, rep))
        elif block.kind == "frame_text":
            parse_frame_text(block.rows, head.year, rep, budget)
        elif block.kind == "frame":
            parse_frame_table(block, rep, budget)
        elif block.kind == "matrix":
            parse_matrix(block, head.year, rep, budget, matrices)
        elif block.kind == "measures":
            parse_measures(block, rep, budget)
        elif block.kind == "investments":
            parse_investments(block, rep, budget, head.year)
    budget.checks.extend(cross_checks(budget.lines, head.year))
    meetings: list[MeetingRecord] = []
    for cal in walk.calendars:
        body_name = cal.body_name or head.body_name
        meetings.extend(parse_calendar(cal.rows, cal.year, body_code_for(body_name), body_name, rep))
    return PlanRecord(
        title=head.title,
        body_code=body_code_for(head.body_name),
        body_name=head.body_name,
        dnr=head.dnr,
        date=head.date,
        year=head.year,
        goal_areas=tuple(walk.goal_areas),
        kpis=tuple(kpis),
        assignments=tuple(assignments),
        budget_lines=tuple(budget.lines),
        measures=tuple(budget.measures),
        investments=tuple(budget.investments),
        checks=tuple(budget.checks),
        meetings=tuple(meetings),
        text=plain_text(lines),
    )
