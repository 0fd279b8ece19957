"""The outcome template: a spreadsheet the member fills in with outcome values.

Two sections, each starting at its header row: KPI values (Nyckeltal …) and
budget outcomes (Tabell …). In XLSX they are two sheets; in CSV (semicolon, as
Swedish Excel writes it) they follow each other with a blank row between. Rows
without a value are the template's own placeholders and are passed over; any
other flaw refuses the whole file, naming sheet, row and column.

The file may come back as XLSX, ODS or CSV, as the member's spreadsheet program
saved it. A value typed as "85 %" is stored by Excel and LibreOffice as 0,85
with a percent format: it is read as 85 and marked `percent`, so the import can
refuse it for a KPI measured in something other than per cent. Texts from the
plan (KPI names) are written as text, never as formulas.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.cells import csv_text
from ..domain.numbers import parse_quantity
from ..domain.periods import PeriodError, parse_period
from ..domain.records import ImportFailure, StatedRefusal
from .spreadsheet import Percent, Rows, append_row, sheets

KPI_HEADERS = ("Nyckeltal", "Målområde", "Period", "Värde", "Kön (T/K/M)", "Omfattning", "Typ", "Källa")
BUDGET_HEADERS = ("Tabell", "Område", "Kategori", "Period", "Belopp", "Enhet", "Typ")
KPI_SHEET, BUDGET_SHEET, HELP_SHEET = "Nyckeltal", "Budget", "Instruktioner"

_KINDS = {"utfall": "outcome", "outcome": "outcome", "prognos": "forecast", "forecast": "forecast"}
_GENDERS = {"t": "T", "totalt": "T", "k": "K", "kvinnor": "K", "m": "M", "män": "M"}
_SCOPES = {"region": "region", "regionen": "region", "riket": "nation", "nation": "nation"}
_UNITS = ("Mkr", "tkr", "kr", "%")
HELP = (
    "Fyll i Värde (nyckeltal) eller Belopp (budget) och Period: år 2024, tertial 2024-T1 eller månad 2024-03.",
    "Tal skrivs som i Excel eller på svenska: 1 754,5 och −973 går bra.",
    "Kön: T totalt, K kvinnor, M män. Omfattning: region, riket eller en jämförelseregions id (t.ex. 0064).",
    "Typ: utfall eller prognos. Rader utan värde hoppas över. Ett fel någonstans: inget läses in.",
)


@dataclass(frozen=True)
class TemplateKpiValue:
    kpi: str
    goal_area: str
    period: str
    value: Decimal
    gender: str
    scope: str
    kind: str
    source: str
    where: str  # "fil.xlsx, blad Nyckeltal": for messages
    line: int
    percent: bool = False  # typed as a percentage ("85 %", or 0,85 in a percent-formatted cell)


@dataclass(frozen=True)
class TemplateBudgetValue:
    table: str
    area: str
    category: str
    period: str
    year: int
    amount: Decimal
    unit: str
    scenario: str
    where: str
    line: int


@dataclass(frozen=True)
class TemplateContent:
    kpi_values: tuple[TemplateKpiValue, ...]
    budget_values: tuple[TemplateBudgetValue, ...]


def column_label(headers: Sequence[str], index: int) -> str:
    return f"kolumn {chr(ord('A') + index)} ({headers[index]})"


# --- writing ---------------------------------------------------------------------


def template_rows(kpis: Iterable[tuple[str, str]], budget: Iterable[tuple[str, str, str, str]]) -> tuple[
    list[list[str]], list[list[str]]
]:
    """Placeholder rows: one per KPI (name, goal area) and per budget cell (table, area, category, unit)."""
    kpi_rows = [[name, area, "", "", "T", "region", "utfall", ""] for name, area in kpis]
    budget_rows = [[t, a, c, "", "", unit, "utfall"] for t, a, c, unit in budget]
    return kpi_rows, budget_rows


def build_xlsx(kpi_rows: list[list[str]], budget_rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = KPI_SHEET
    for title, headers, rows in ((KPI_SHEET, KPI_HEADERS, kpi_rows), (BUDGET_SHEET, BUDGET_HEADERS, budget_rows)):
        ws = wb[title] if title in wb.sheetnames else wb.create_sheet(title)
        ws.append(list(headers))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            append_row(ws, row)  # names come from documents: "=HYPERLINK(…)" must stay text
        ws.freeze_panes = "A2"
        ws.column_dimensions["A"].width = 60
        ws.column_dimensions["B"].width = 30
    help_ws = wb.create_sheet(HELP_SHEET)
    for line in HELP:
        help_ws.append([line])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def build_csv(kpi_rows: list[list[str]], budget_rows: list[list[str]]) -> bytes:
    """Semicolon-separated with a BOM, so Swedish Excel opens it with å, ä, ö intact; no cell is a formula."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(KPI_HEADERS)
    w.writerows([csv_text(c) for c in row] for row in kpi_rows)
    w.writerow([])
    w.writerow(BUDGET_HEADERS)
    w.writerows([csv_text(c) for c in row] for row in budget_rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


# --- reading ---------------------------------------------------------------------


def looks_like_outcome_template(data: bytes, name: str = "") -> bool:
    """True when the file's first rows carry the template's KPI or budget header."""
    try:
        for _where, rows in _sheets(data, name):
            for _n, row in rows:
                if _header_kind(row):
                    return True
    except (ImportFailure, csv.Error):  # a PDF or a long line is no template: say no, never crash (#15)
        return False
    return False


def parse_template(data: bytes, name: str) -> TemplateContent:
    kpis: list[TemplateKpiValue] = []
    budget: list[TemplateBudgetValue] = []
    for where, rows in _sheets(data, name):
        section: str | None = None
        for n, row in rows:
            kind = _header_kind(row)
            if kind:
                section = kind
                continue
            if not any(_text(c) for c in row):
                continue
            if section == "kpi":
                rec = _kpi_row(row, where, n)
                if rec:
                    kpis.append(rec)
            elif section == "budget":
                brec = _budget_row(row, where, n)
                if brec:
                    budget.append(brec)
    return TemplateContent(tuple(kpis), tuple(budget))


def _sheets(data: bytes, name: str) -> Iterator[tuple[str, Rows]]:
    return sheets(data, name)


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    return str(cell).replace("\u00a0", " ").strip()


def _header_kind(row: Sequence[Any]) -> str | None:
    cells = [_text(c).casefold() for c in row[:3]]
    if cells[:2] == [h.casefold() for h in KPI_HEADERS[:2]]:
        return "kpi"
    if cells[:3] == [h.casefold() for h in BUDGET_HEADERS[:3]]:
        return "budget"
    return None


def _cell(row: Sequence[Any], i: int) -> Any:
    return row[i] if i < len(row) else None


MAX_DIGITS = 40  # far beyond any outcome; a longer "number" is a mistake, and would not fit the database


def _number(cell: Any, headers: Sequence[str], i: int, where: str, n: int) -> tuple[Decimal, bool] | None:
    """The cell's number, and whether it was typed as a percentage (then 85 for "85 %", whatever is stored)."""
    found = _read_number(cell, headers, i, where, n)
    if found is not None and (not found[0].is_finite() or len(format(found[0], "f")) > MAX_DIGITS):
        raise StatedRefusal(where, n, f"ett tal med högst {MAX_DIGITS} siffror i {column_label(headers, i)}",
                            str(cell)[:40])
    return found


def _read_number(cell: Any, headers: Sequence[str], i: int, where: str, n: int) -> tuple[Decimal, bool] | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, Percent):
        return cell.percent, True
    if isinstance(cell, bool):
        raise StatedRefusal(where, n, f"ett tal i {column_label(headers, i)}", str(cell))
    if isinstance(cell, Decimal):
        return cell, False
    if isinstance(cell, int | float):
        try:
            return (Decimal(repr(cell)) if isinstance(cell, float) else Decimal(cell)), False
        except InvalidOperation as exc:  # pragma: no cover - nan/inf from a formula
            raise StatedRefusal(where, n, f"ett tal i {column_label(headers, i)}", str(cell)) from exc
    q = parse_quantity(str(cell))
    if q is None:
        raise StatedRefusal(
            where, n, f"ett tal i {column_label(headers, i)}, t.ex. 1 754,5 eller −973", str(cell)
        )
    return q.value, q.unit == "%"


def _period(cell: Any, headers: Sequence[str], i: int, where: str, n: int) -> str:
    if isinstance(cell, dt.datetime | dt.date):  # Excel turns 2024-03 into a date
        return f"{cell.year}-{cell.month:02d}"
    if isinstance(cell, float | Decimal) and cell == int(cell):
        cell = int(cell)
    text = _text(cell)
    try:
        return parse_period(text).text
    except PeriodError as exc:
        raise StatedRefusal(
            where, n, f"en period i {column_label(headers, i)}: 2024, 2024-T1 eller 2024-03", text
        ) from exc


def _choice(cell: Any, table: dict[str, str], default: str, what: str, headers: Sequence[str], i: int,
            where: str, n: int) -> str:
    text = _text(cell).casefold()
    if not text:
        return default
    if text not in table:
        raise StatedRefusal(where, n, f"{what} i {column_label(headers, i)}", _text(cell))
    return table[text]


def _kpi_row(row: Sequence[Any], where: str, n: int) -> TemplateKpiValue | None:
    h = KPI_HEADERS
    number = _number(_cell(row, 3), h, 3, where, n)
    if number is None:
        return None
    value, percent = number
    name = _text(_cell(row, 0))
    if not name:
        raise StatedRefusal(where, n, f"nyckeltalets namn i {column_label(h, 0)}", "")
    scope_text = _text(_cell(row, 5))
    scope = _SCOPES.get(scope_text.casefold(), scope_text) or "region"
    return TemplateKpiValue(
        kpi=name,
        goal_area=_text(_cell(row, 1)),
        period=_period(_cell(row, 2), h, 2, where, n),
        value=value,
        gender=_choice(_cell(row, 4), _GENDERS, "T", "kön T, K eller M", h, 4, where, n),
        scope=scope,
        kind=_choice(_cell(row, 6), _KINDS, "outcome", "utfall eller prognos", h, 6, where, n),
        source=_text(_cell(row, 7)) or "Egen inmatning",
        where=where,
        line=n,
        percent=percent,
    )


def _budget_row(row: Sequence[Any], where: str, n: int) -> TemplateBudgetValue | None:
    h = BUDGET_HEADERS
    number = _number(_cell(row, 4), h, 4, where, n)
    if number is None:
        return None
    amount, percent = number
    for i in range(3):
        if not _text(_cell(row, i)):
            raise StatedRefusal(where, n, f"text i {column_label(h, i)}", "")
    period = _period(_cell(row, 3), h, 3, where, n)
    unit = next((u for u in _UNITS if u.casefold() == _text(_cell(row, 5)).casefold()), None)
    if unit is None:
        raise StatedRefusal(where, n, f"enhet Mkr, tkr, kr eller % i {column_label(h, 5)}", _text(_cell(row, 5)))
    if percent and unit != "%":
        raise StatedRefusal(where, n, f"ett belopp i {unit} i {column_label(h, 4)}, inte en procentsats",
                            _text(_cell(row, 4)))
    return TemplateBudgetValue(
        table=_text(_cell(row, 0)),
        area=_text(_cell(row, 1)),
        category=_text(_cell(row, 2)),
        period=period,
        year=parse_period(period).year,
        amount=amount,
        unit=unit,
        scenario=_choice(_cell(row, 6), _KINDS, "outcome", "utfall eller prognos", h, 6, where, n),
        where=where,
        line=n,
    )
