"""Budget tables as the member reads them: figures at their cells, with the number checks beside.

Every table becomes the same plain shape (rows × columns of cells with a unit),
so one Qt model and one export serve them all. A number check from the import
is attached to the cell it concerns, so a disagreement shows where it is, not
only in a list somewhere else.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.periods import parse_period, period_sort_key
from ..fileio import write_atomically
from . import catalog
from .catalog import BudgetInfo, CheckInfo

SCENARIO_LABELS = {"budget": "Budget", "plan": "Plan", "outcome": "Utfall", "forecast": "Prognos"}


@dataclass(frozen=True)
class Cell:
    value: Decimal | None = None
    text: str | None = None  # for non-numeric cells (status, kind)
    is_total: bool = False
    computed: bool = False  # a sum this application made, not a figure from the document
    checks: tuple[CheckInfo, ...] = ()
    deviation: bool = False  # a figure to read as over/under budget

    @property
    def disagrees(self) -> bool:
        return any(not c.agrees for c in self.checks)


@dataclass(frozen=True)
class RowView:
    label: str
    cells: tuple[Cell, ...]
    is_total: bool = False
    unit: str | None = None  # when rows differ in unit (financial goals)


@dataclass(frozen=True)
class TableView:
    key: str
    title: str
    unit: str
    head: str  # the label column's heading
    columns: tuple[str, ...]
    rows: tuple[RowView, ...]
    checks: tuple[CheckInfo, ...] = ()
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _concerns(check: CheckInfo, table: str) -> bool:
    return table in [p.strip() for p in check.table.split("/")]


def _row_key(area: str) -> str:
    """A row as both tables name it: "Varav tjänstemannabudget", "Summa tjänstemannabudget" → "tjänstemannabudget"."""
    return re.sub(r"^(varav|summa)\s+", "", area.casefold()).strip()


def _attach(checks: list[CheckInfo], table: str, area: str, category: str, year: int | None,
            row_total: bool) -> tuple[CheckInfo, ...]:
    """Checks on this cell: by column name, or by year on the row's total (or only) cell.

    A check between two tables sits on its figure in both, where the tables name the row alike.
    """
    found = []
    for c in checks:
        if not _concerns(c, table) or _row_key(c.row) != _row_key(area):
            continue
        if c.column == category or (year is not None and c.column == str(year) and row_total):
            found.append(c)
    return tuple(found)


def pivot(lines: list[BudgetInfo], checks: list[CheckInfo], table: str, *, by_year: bool) -> TableView:
    """Rows = areas in document order; columns = years (with scenario) or categories."""
    rows_order: dict[str, None] = {}
    cols: dict[str, None] = {}
    cells: dict[tuple[str, str], BudgetInfo] = {}
    for b in lines:
        col = f"{SCENARIO_LABELS.get(b.scenario, b.scenario)} {b.year}" if by_year else b.category
        rows_order.setdefault(b.area)
        cols.setdefault(col)
        cells[(b.area, col)] = b
    last: dict[str, str] = {}  # the row's total: its last figure stated as a sum, else its only figure
    count: dict[str, int] = defaultdict(int)
    for (area, col), b in cells.items():
        count[area] += 1
        if b.is_total or count[area] == 1:
            last[area] = col
    rows = []
    for area in rows_order:
        row_cells = []
        for col in cols:
            b = cells.get((area, col))
            if b is None:
                row_cells.append(Cell())
                continue
            row_total = by_year or (last[area] == col and (b.is_total or count[area] == 1))
            attached = _attach(checks, table, area, b.category, b.year, row_total)
            row_cells.append(Cell(b.amount, is_total=b.is_total, checks=attached))
        is_total_row = all(c.is_total or c.value is None for c in row_cells) and any(c.is_total for c in row_cells)
        rows.append(RowView(area, tuple(row_cells), is_total=is_total_row))
    if not any(b.is_total for b in lines):
        sums = tuple(Cell(sum((r.cells[i].value or Decimal(0) for r in rows), Decimal(0)), is_total=True,
                          computed=True) for i in range(len(cols)))
        rows.append(RowView(COMPUTED_SUM, sums))
    unit = lines[0].unit if lines else ""
    return TableView(table, table, unit, "Område", tuple(cols), tuple(rows),
                     tuple(c for c in checks if _concerns(c, table)))


def listing(lines: list[BudgetInfo], checks: list[CheckInfo], table: str) -> TableView:
    """A one-column table (financing): one row per figure, labelled by its category."""
    years = sorted({b.year for b in lines})
    labels = [f"{SCENARIO_LABELS.get(s, s)} {y}" for y in years for s in sorted({b.scenario for b in lines if b.year == y})]
    rows = []
    seen: dict[tuple[str, str], list[BudgetInfo]] = defaultdict(list)
    for b in lines:
        seen[(b.area, b.category)].append(b)
    for (area, category), bs in seen.items():
        by_label = {f"{SCENARIO_LABELS.get(b.scenario, b.scenario)} {b.year}": b for b in bs}
        row_cells = tuple(
            Cell(b.amount, is_total=b.is_total, checks=_attach(checks, table, area, category, b.year, True))
            if (b := by_label.get(label)) else Cell()
            for label in labels
        )
        rows.append(RowView(category, row_cells, is_total=any(b.is_total for b in bs)))
    return TableView(table, table, lines[0].unit if lines else "", "Post", tuple(labels), tuple(rows),
                     tuple(c for c in checks if _concerns(c, table)))


COMPUTED_SUM = "Summa av raderna (beräknad)"  # a sum this application made: shown beside a stated one, never for it
MEASURE_TABLE = "Åtgärdsplan för ekonomi i balans"
INVESTMENT_TABLE = "Planerade investeringar"


def _stated_and_computed(stated: list[BudgetInfo], checks: list[CheckInfo], table: str, keys: list[str],
                         key_of: Callable[[BudgetInfo], str], sums: dict[str, Decimal],
                         pad: tuple[Cell, ...] = ()) -> list[RowView]:
    """The document's total row(s) as stated, with their checks; the computed sum beside them when it differs."""
    rows = []
    by_area: dict[str, dict[str, BudgetInfo]] = defaultdict(dict)
    for b in stated:
        by_area[b.area][key_of(b)] = b
    for area, found in by_area.items():
        cells = tuple(Cell(b.amount, is_total=True, checks=tuple(
            c for c in checks if _concerns(c, table) and c.row == area and c.column in (k, b.category)))
            if (b := found.get(k)) else Cell() for k in keys)
        rows.append(RowView(area, pad + cells, is_total=True))
    differs = any(found.get(k) is None or found[k].amount != sums[k] for found in by_area.values() for k in keys)
    if not by_area or differs:
        rows.append(RowView(COMPUTED_SUM, pad + tuple(Cell(sums[k], computed=True) for k in keys)))
    return rows


def action_plan(session: Session, checks: list[CheckInfo], lines: list[BudgetInfo] | None = None) -> TableView:
    """The measures and the plan's own "Totalt" row as stated; the sum of the rows beside it, labelled."""
    measures = catalog.measures(session)
    stated = [b for b in (lines if lines is not None else catalog.budget(session))
              if b.table == MEASURE_TABLE and b.is_total]
    years = sorted({y for m in measures for y in m.effects} | {b.year for b in stated})
    rows = [RowView(f"{m.measure_type}: {m.description}", tuple(Cell(m.effects.get(y)) for y in years))
            for m in measures]
    sums = {str(y): sum((m.effects.get(y, Decimal(0)) for m in measures), Decimal(0)) for y in years}
    rows += _stated_and_computed(stated, checks, MEASURE_TABLE, [str(y) for y in years], lambda b: str(b.year), sums)
    unit = measures[0].unit if measures else stated[0].unit if stated else "Mkr"
    return TableView("åtgärdsplan", "Åtgärdsplan (effekt per år)", unit, "Åtgärd", tuple(str(y) for y in years),
                     tuple(rows), tuple(c for c in checks if _concerns(c, MEASURE_TABLE)))


def investments(session: Session, checks: list[CheckInfo], kind: str | None = None, text: str = "",
                lines: list[BudgetInfo] | None = None) -> TableView:
    """Investments, optionally filtered by kind and by text in unit or object.

    Unfiltered, the plan's "Summa" row is shown as stated (with the computed sum
    beside it if that differs); a filtered list gets only the sum of what it shows, labelled computed.
    """
    items = [i for i in catalog.investments(session)
             if (kind is None or i.kind == kind)
             and (not text or text.casefold() in f"{i.unit_name} {i.object_name}".casefold())]
    rows = [RowView(i.object_name, (Cell(text=i.unit_name), Cell(text=i.kind), Cell(i.amount))) for i in items]
    filtered = kind is not None or bool(text)
    total = sum((i.amount for i in items), Decimal(0))
    if filtered:
        rows.append(RowView("Summa av urvalet (beräknad)", (Cell(), Cell(), Cell(total, computed=True))))
    else:
        stated = [b for b in (lines if lines is not None else catalog.budget(session))
                  if b.table == INVESTMENT_TABLE and b.is_total]
        rows += _stated_and_computed(stated, checks, INVESTMENT_TABLE, ["Belopp"], lambda b: b.category,
                                     {"Belopp": total}, pad=(Cell(), Cell()))
    unit = items[0].unit if items else "tkr"
    return TableView("investeringar", "Investeringar", unit, "Objekt", ("Enhet", "Typ", "Belopp"), tuple(rows),
                     tuple(c for c in checks if _concerns(c, INVESTMENT_TABLE)))


def financial_goals(session: Session) -> TableView:
    from .kpi_values import kpi_overview

    rows = []
    for r in kpi_overview(session):
        if r.horizon != "financial":
            continue
        rows.append(RowView(r.name, (Cell(r.target), Cell(r.latest_value), Cell(text=r.status_label)),
                            unit=r.unit or ""))
    return TableView("finansiella mål", "Finansiella mål", "", "Mål", ("Målvärde", "Utfall", "Status"), tuple(rows))


@dataclass(frozen=True)
class FollowUp:
    """An outcome or forecast figure: BudgetLine with its period, which catalog.BudgetInfo leaves out."""

    table: str
    area: str
    category: str
    year: int
    period: str
    scenario: str
    amount: Decimal
    unit: str


def follow_ups(session: Session) -> list[FollowUp]:
    from sqlalchemy import select

    from ..persistence.models import BudgetLine

    query = select(BudgetLine).where(BudgetLine.scenario.in_(("outcome", "forecast"))).order_by(BudgetLine.order)
    return [FollowUp(b.table, b.area, b.category, b.year, b.period or str(b.year), b.scenario, b.amount, b.unit)
            for b in session.scalars(query)]


def outcome_vs_budget(lines: list[BudgetInfo], follow: list[FollowUp]) -> TableView:
    """Outcome and forecast against the budget, period by period.

    A tertial or month is compared with the year's budget spread evenly up to
    that period (a linear periodisation: the region's own may differ by season);
    a forecast is for the full year. A positive deviation is better than budget
    (more income or less cost, as costs are negative); the view says so.
    """
    budget = {(b.table, b.area, b.category, b.year): b for b in lines if b.scenario == "budget"}
    rows = []
    for f in follow:
        base = budget.get((f.table, f.area, f.category, f.year))
        share = Decimal(parse_period(f.period).end_month) / 12 if f.scenario == "outcome" else Decimal(1)
        to_date = (base.amount * share).quantize(Decimal("0.1")) if base else None
        deviation = f.amount - to_date if to_date is not None else None
        rows.append((period_sort_key(f.period), RowView(
            f"{f.area}: {f.category}",
            (Cell(text=f.period), Cell(text=SCENARIO_LABELS[f.scenario]), Cell(base.amount if base else None),
             Cell(to_date), Cell(f.amount), Cell(deviation, deviation=True)),
            unit=f.unit)))
    rows.sort(key=lambda r: (r[1].label, r[0]))
    return TableView("utfall", "Utfall och prognos mot budget", "", "Område: kategori",
                     ("Period", "Typ", "Budget helår", "Budget t.o.m. perioden", "Utfall/prognos", "Avvikelse"),
                     tuple(r for _, r in rows),
                     note="Avvikelse = utfall − periodiserad budget (jämnt fördelad över året); "
                          "positivt är bättre än budget, negativt sämre.")


def budget_tables(session: Session) -> list[TableView]:
    """All budget views in the plan's order; tables absent from the database are left out."""
    lines = catalog.budget(session)
    checks = catalog.checks(session)
    by_table: dict[str, list[BudgetInfo]] = defaultdict(list)
    for b in lines:
        if b.scenario in ("budget", "plan"):
            by_table[b.table].append(b)
    out = []
    if by_table.get("Nettobudgetram"):
        out.append(replace(pivot(by_table["Nettobudgetram"], checks, "Nettobudgetram", by_year=True),
                           title="Nettobudgetram över åren"))
    for name in ("Budgetram per område", "Nettobudgetram per verksamhet"):
        if by_table.get(name):
            out.append(pivot(by_table[name], checks, name, by_year=False))
    if by_table.get("Finansiering"):
        out.append(listing(by_table["Finansiering"], checks, "Finansiering"))
    for name, rows in by_table.items():
        if name not in ("Nettobudgetram", "Budgetram per område", "Nettobudgetram per verksamhet", "Finansiering",
                        MEASURE_TABLE, INVESTMENT_TABLE):
            out.append(pivot(rows, checks, name, by_year=False))
    out.append(action_plan(session, checks, lines))
    out.append(investments(session, checks, lines=lines))
    out.append(financial_goals(session))
    out.append(outcome_vs_budget(lines, follow_ups(session)))
    return out


def column_heading(view: TableView, i: int) -> str:
    """Column i's heading, with the table's unit when the column holds figures ("Belopp (tkr)", not "Typ (tkr)")."""
    holds_figures = any(i < len(r.cells) and r.cells[i].value is not None for r in view.rows)
    return f"{view.columns[i]} ({view.unit})" if view.unit and holds_figures else view.columns[i]


def clipboard_text(view: TableView) -> str:
    """Tab-separated for pasting into a spreadsheet.

    Plain ASCII minus, no thousands separator and a decimal comma: Swedish
    Excel and LibreOffice read `-1754,2` as a number, while `−1 754,2` (U+2212,
    U+00A0) would land as text. The unit goes into the header, never the cells.
    """
    from ..domain.cells import csv_text

    def fmt(c: Cell) -> str:
        if c.value is None:
            return csv_text(c.text or "")  # a text from a document never arrives as a formula
        return format(c.value.normalize(), "f").replace(".", ",")

    lines = ["\t".join([csv_text(view.head), *(csv_text(h) for h in column_headers(view))])]
    for r in view.rows:
        lines.append("\t".join([csv_text(r.label), *(fmt(c) for c in r.cells)]))
    return "\r\n".join(lines) + "\r\n"


def column_headers(view: TableView) -> list[str]:
    """Every column's heading for an export, by the one rule in `column_heading`."""
    return [column_heading(view, i) for i in range(len(view.columns))]


def export_xlsx(views: list[TableView], path: Path) -> None:
    """One sheet per table; figures as numbers with the unit in the header, totals in bold."""
    import io

    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    from ..importers.spreadsheet import append_row

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for view in views:
        title = "".join(ch for ch in view.title if ch not in "[]:*?/\\")[:31] or "Tabell"
        while title in used:
            title = title[:28] + f"_{len(used)}"
        used.add(title)
        ws = wb.create_sheet(title)
        append_row(ws, [view.head, *column_headers(view)])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r in view.rows:
            append_row(ws, [r.label + (f" ({r.unit})" if r.unit else ""),
                            *(c.value if c.value is not None else c.text for c in r.cells)])
            for i, c in enumerate(r.cells, start=2):
                xl = ws.cell(ws.max_row, i)
                if c.value is not None:
                    xl.number_format = "#,##0.0##"
                if c.is_total or r.is_total:
                    xl.font = Font(bold=True)
                if c.computed:  # a sum this application made: italic, and saying so
                    xl.font = Font(italic=True)
                    xl.comment = Comment("Beräknad av Nämndklient som summan av raderna; ingen siffra ur dokumentet.",
                                         "Nämndklient")
                if c.checks:
                    xl.comment = Comment("\n".join(ch.message for ch in c.checks), "Nämndklient")
        ws.column_dimensions["A"].width = 50
    buf = io.BytesIO()
    wb.save(buf)
    write_atomically(Path(path), buf.getvalue())
