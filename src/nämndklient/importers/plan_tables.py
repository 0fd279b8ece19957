"""Budget tables of a *Plan och budget* document, and the checks of their stated sums.

The export flattens Word tables into tab-separated rows, breaks words in headers
("Perso-nal-kost-nader"), repeats headers after page breaks and leaves empty
cells. Everything here reads the table by its header row, not by position in
the file, so a table that grows a row or is split differently still parses.
Stated totals are never trusted or recomputed into the data: they are kept as
figures (``is_total``) and compared with their parts in :class:`CheckRecord`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from nämndklient.domain.agreement import amount as shown
from nämndklient.domain.agreement import explain, judge_same, judge_sum
from nämndklient.domain.numbers import parse_quantity, strip_markup
from nämndklient.domain.records import (
    BudgetLineRecord,
    CheckRecord,
    ImportFailure,
    InvestmentRecord,
    MeasureRecord,
    Scenario,
    Skipped,
)

# --------------------------------------------------------------------------- shared helpers

_BROKEN_WORD = re.compile(
    r"(?<=[a-zåäöéü])-(?:\s(?!(?:och|eller|samt|respektive|till)\b))?(?=[a-zåäöéü])"
)
_EMPHASIS = re.compile(r"(?<![\\*])\*(?!\s)([^*]+?)(?<!\s)\*(?!\*)")


def clean(text: str) -> str:
    """Markup-free text of one cell or line, with whitespace collapsed."""
    text = strip_markup(text)
    text = _EMPHASIS.sub(r"\1", text).replace("\\*", "*")
    return " ".join(text.split())


def join_broken_words(text: str) -> str:
    """Undo the exporter's hyphenation in labels: "Regiondi- rektör", "Perso-nal-kost-nader".

    Only a hyphen between two lowercase letters is removed, and never before a
    conjunction ("Ekonomi- och HR"), so "HR-direktör" and "HOSPA-chef" survive.
    """
    return _BROKEN_WORD.sub("", text)


def mark_broken_words(text: str, mark: str) -> str:
    """Like `join_broken_words`, but put `mark` where the exporter broke a word (a soft hyphen for the reader)."""
    return _BROKEN_WORD.sub(mark, text)


def label(text: str) -> str:
    return join_broken_words(clean(text))


def split_cells(line: str) -> list[str]:
    return line.split("\t")


@dataclass
class Reporter:
    """Raises in strict mode; records what it passed over in lenient mode."""

    file: str
    lenient: bool = False
    skipped: list[Skipped] | None = None

    def fail(self, line: int, expected: str, found: str | None = None) -> None:
        if not self.lenient:
            raise ImportFailure(self.file, line, expected, _short(found))
        if self.skipped is not None:
            reason = f"förväntade {expected}" + (f", fann {_short(found)!r}" if found else "")
            self.skipped.append(Skipped(self.file, line, reason))


def _short(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.replace("\t", " ⇥ ")
    return text if len(text) <= 160 else text[:157] + "…"


@dataclass
class Row:
    line: int
    raw: str

    @property
    def cells(self) -> list[str]:
        return split_cells(self.raw)


@dataclass
class TableBlock:
    """One logical table: its header and every row until the next heading."""

    kind: str
    header: list[str]
    line: int
    rows: list[Row] = field(default_factory=list)
    goal_area: str = ""
    section: str = ""


@dataclass
class Budget:
    """What the budget part of the document yields."""

    lines: list[BudgetLineRecord] = field(default_factory=list)
    measures: list[MeasureRecord] = field(default_factory=list)
    investments: list[InvestmentRecord] = field(default_factory=list)
    checks: list[CheckRecord] = field(default_factory=list)


def is_total_label(text: str) -> bool:
    t = clean(text).casefold()
    return t in {"total", "totalt", "summa"} or t.startswith(("total ", "summa ", "totalt "))


def sum_check(
    table: str,
    column: str,
    row: str,
    stated: Decimal,
    parts: Sequence[Decimal],
    unit: str,
    line: int,
) -> CheckRecord:
    """Compare a stated sum with its parts by the one rule of `domain.agreement`."""
    computed = sum(parts, Decimal(0))
    judgement = judge_sum(stated, parts)
    message = (f"{table}, {row or 'summa'}, {column}: angivet {shown(stated, unit)}, "
               f"summan av delarna är {shown(computed, unit)} (beräknat) – {explain(judgement, unit)}")
    return CheckRecord(table, column, stated, computed, judgement, message, row=row, line=line)


# --------------------------------------------------------------------------- header recognition

_YEAR_COLUMN = re.compile(r"^(budgetram|budget|plan|utfall|prognos)\s+(\d{4})$", re.IGNORECASE)
_SCENARIOS = {
    "budgetram": Scenario.BUDGET,
    "budget": Scenario.BUDGET,
    "plan": Scenario.PLAN,
    "utfall": Scenario.OUTCOME,
    "prognos": Scenario.FORECAST,
}
_UNIT_CELL = re.compile(r"^\(?\s*(mkr|tkr)\s*\)?$", re.IGNORECASE)


def budget_table_kind(cells: Sequence[str]) -> str | None:
    """Which budget table a header row opens, if it is one."""
    labels = [label(c).casefold() for c in cells]
    if not labels:
        return None
    if _UNIT_CELL.match(labels[0]):
        if any(_YEAR_COLUMN.match(c) for c in labels[1:]):
            return "frame"
        filled = [c for c in labels[1:] if c]
        if filled and filled[-1].startswith(("nettobudget", "summa", "total")):
            return "matrix"
        return None
    if labels[0].startswith("planerad åtgärd") or any(c.startswith("ekonomisk effekt") for c in labels):
        return "measures"
    if any(c.startswith("belopp") for c in labels) and any("objekt" in c or "investering" in c for c in labels):
        return "investments"
    return None


def _unit_of(cells: Iterable[str], default: str) -> str:
    for c in cells:
        m = re.search(r"\b(mkr|tkr)\b", clean(c), re.IGNORECASE)
        if m:
            return "Mkr" if m[1].casefold() == "mkr" else "tkr"
    return default


def _number(cell: str) -> Decimal | None:
    q = parse_quantity(clean(cell))
    return q.value if q else None


def _number_or_fail(rep: Reporter, row: Row, cell: str, expected: str) -> tuple[bool, Decimal | None]:
    """(ok, value): an empty cell is ok and None; text where a figure belongs is a failure."""
    if not clean(cell):
        return True, None
    value = _number(cell)
    if value is None:
        rep.fail(row.line, expected, row.raw)
        return False, None
    return True, value


# --------------------------------------------------------------------------- Nettobudgetramar (text)

_AMOUNT = r"(\d{1,3}(?:[  \u202f]\d{3})+|\d+)(?:,(\d+))?"
_TEXT_PART = re.compile(
    rf"^(?P<label>.+?):?\s+(?P<amount>{_AMOUNT})\s*tkr"
    rf"(?:\s+varav\s+(?P<of_which>{_AMOUNT})\s*tkr\s*(?:avser\s+)?(?P<purpose>.*?))?\.?$",
    re.IGNORECASE,
)
TEXT_TABLE = "Nettobudgetram per verksamhet"


def parse_frame_text(rows: Sequence[Row], year: int, rep: Reporter, budget: Budget) -> None:
    """Read "Regionstaben 552 249 tkr" lines; "samt" separates areas, "varav" a part of one."""
    parts: list[BudgetLineRecord] = []
    for row in rows:
        text = clean(row.raw)
        if not re.search(r"\d\s*tkr\b", text, re.IGNORECASE):
            continue
        for piece in re.split(r"\s+samt\s+(?=[A-ZÅÄÖ])", text):
            m = _TEXT_PART.match(piece.strip())
            if not m:
                rep.fail(row.line, "en rad 'område belopp tkr' (t.ex. 'Regionstaben 552 249 tkr')", row.raw)
                continue
            area = m["label"].strip()
            total = bool(re.match(r"^total\b", area, re.IGNORECASE))
            if total:
                area = re.sub(r"^total\s+nettobudgetram\s*", "", area, flags=re.IGNORECASE) or area
            amount = _number(m["amount"])
            if amount is None:  # pragma: no cover - the pattern admits only figures
                continue
            rec = BudgetLineRecord(TEXT_TABLE, area, "Nettobudgetram", year, Scenario.BUDGET, amount, "tkr",
                                   is_total=total, line=row.line)
            budget.lines.append(rec)
            if total:
                if parts:
                    budget.checks.append(sum_check(TEXT_TABLE, "Nettobudgetram", area, amount,
                                                   [p.amount for p in parts], "tkr", row.line))
                parts = []
                continue
            parts.append(rec)
            of_which = _number(m["of_which"]) if m["of_which"] else None
            if of_which is not None:
                purpose = (m["purpose"] or "").strip() or "del"
                budget.lines.append(BudgetLineRecord(TEXT_TABLE, area, f"varav {purpose}", year, Scenario.BUDGET,
                                                     of_which, "tkr", line=row.line))


# --------------------------------------------------------------------------- the net frame per year

FRAME_TABLE = "Nettobudgetram"


def parse_frame_table(block: TableBlock, rep: Reporter, budget: Budget) -> None:
    """"(Mkr) | Budgetram 2023 | … | Plan 2026": columns give year and scenario."""
    unit = _unit_of(block.header[:1], "Mkr")
    columns: dict[int, tuple[int, Scenario]] = {}
    for i, c in enumerate(block.header):
        m = _YEAR_COLUMN.match(label(c))
        if m:
            columns[i] = (int(m[2]), _SCENARIOS[m[1].casefold()])
    parts: dict[int, list[Decimal]] = {i: [] for i in columns}
    for row in block.rows:
        cells = row.cells
        name = label(cells[0])
        if budget_table_kind(cells) == "frame" or not name:
            continue
        total = is_total_label(name)
        area = re.sub(r"^varav\s+", "", name, flags=re.IGNORECASE)
        area = area[:1].upper() + area[1:]
        for i, (year, scenario) in columns.items():
            ok, value = _number_or_fail(rep, row, cells[i] if i < len(cells) else "",
                                        f"ett belopp i kolumnen '{clean(block.header[i])}'")
            if not ok:
                break
            if value is None:
                continue
            budget.lines.append(BudgetLineRecord(FRAME_TABLE, area, "Nettobudgetram", year, scenario, value, unit,
                                                 is_total=total, line=row.line))
            if total:
                if parts[i]:
                    budget.checks.append(sum_check(FRAME_TABLE, str(year), area, value, parts[i], unit, row.line))
                parts[i] = []
            else:
                parts[i].append(value)


# --------------------------------------------------------------------------- area and financing matrices


@dataclass
class MatrixState:
    """Row-total figures of the matrices read so far, for the closing "Total" row."""

    top_level_totals: list[Decimal] = field(default_factory=list)


def matrix_table_name(header: Sequence[str]) -> str:
    last = [label(c).casefold() for c in header if clean(c)][-1]
    return "Finansiering" if "finansiering" in last else "Budgetram per område"


def parse_matrix(block: TableBlock, year: int, rep: Reporter, budget: Budget, state: MatrixState) -> None:
    """Rows × categories with a row-total column; "Summa" rows total the rows above them."""
    header = [label(c) for c in block.header]
    table = matrix_table_name(block.header)
    unit = _unit_of(block.header[:1], "Mkr")
    total_col = max(i for i, c in enumerate(header) if c)
    ordinary: list[tuple[Row, dict[int, Decimal]]] = []
    top_level: list[Decimal] = []
    summa_seen = False
    for row in block.rows:
        cells = row.cells
        name = label(cells[0])
        texts = [c for c in cells[1:] if clean(c)]
        if not name and texts and all(_number(c) is None for c in texts):
            _relabel(header, cells)
            continue
        values: dict[int, Decimal] = {}
        bad = False
        for i in range(1, min(len(cells), len(header))):
            ok, value = _number_or_fail(rep, row, cells[i], f"ett belopp i kolumnen '{header[i] or i + 1}'")
            if not ok:
                bad = True
                break
            if value is not None:
                values[i] = value
        if bad:
            continue
        if not values:
            continue
        if not name:
            rep.fail(row.line, "en radrubrik i första kolumnen", row.raw)
            continue
        if set(values) == {total_col} and is_total_label(name) and not ordinary and not top_level:
            earlier = state.top_level_totals
        elif set(values) == {total_col} and is_total_label(name) and header[total_col].casefold().startswith("total"):
            earlier = state.top_level_totals + (top_level if summa_seen else [v[total_col] for _, v in ordinary])
        else:
            earlier = []
        if earlier:
            _grand_total(table, header[total_col], name, values[total_col], year, unit, row, budget, earlier)
            continue
        total = is_total_label(name)
        for i, value in values.items():
            budget.lines.append(BudgetLineRecord(table, name, header[i] or f"kolumn {i + 1}", year, Scenario.BUDGET,
                                                 value, unit, is_total=total or i == total_col, line=row.line))
        parts = [v for i, v in values.items() if i != total_col]
        if total_col in values and parts:
            budget.checks.append(sum_check(table, header[total_col], name, values[total_col], parts, unit, row.line))
        if total:
            summa_seen = True
            if total_col in values:
                top_level.append(values[total_col])
            if ordinary:
                _column_checks(table, header, name, values, ordinary, unit, row, budget)
            ordinary = []
        else:
            ordinary.append((row, values))
    if not summa_seen:
        top_level = [v[total_col] for _, v in ordinary if total_col in v]
    state.top_level_totals.extend(top_level)


def _relabel(header: list[str], cells: Sequence[str]) -> None:
    """A row of column names only ("Total netto-budget") renames the columns below it."""
    for i, c in enumerate(cells[: len(header)]):
        if label(c):
            header[i] = label(c)


def _column_checks(table: str, header: Sequence[str], name: str, values: dict[int, Decimal],
                   ordinary: Sequence[tuple[Row, dict[int, Decimal]]], unit: str, row: Row,
                   budget: Budget) -> None:
    for i, stated in values.items():
        parts = [v[i] for _, v in ordinary if i in v]
        if parts:
            budget.checks.append(sum_check(table, header[i], name, stated, parts, unit, row.line))


def _grand_total(table: str, column: str, name: str, stated: Decimal, year: int, unit: str, row: Row,
                 budget: Budget, parts: Sequence[Decimal]) -> None:
    budget.lines.append(BudgetLineRecord(table, name, column, year, Scenario.BUDGET, stated, unit,
                                         is_total=True, line=row.line))
    budget.checks.append(sum_check(table, column, name, stated, parts, unit, row.line))


# --------------------------------------------------------------------------- action plan

MEASURE_TABLE = "Åtgärdsplan för ekonomi i balans"
MEASURE_CATEGORY = "Ekonomisk effekt"  # the stated "Totalt" row is kept as budget lines of this category


def parse_measures(block: TableBlock, rep: Reporter, budget: Budget) -> None:
    """Measure type, description, consequence, then one effect column per year."""
    unit = _unit_of(block.header, "Mkr")
    years: dict[int, int] = {}
    totals_parts: dict[int, list[Decimal]] = {}
    for row in block.rows:
        cells = row.cells
        if budget_table_kind(cells) == "measures":
            continue
        found_years = _year_row(cells)
        if found_years:
            years = found_years
            continue
        if not years:
            rep.fail(row.line, "en rad med årtal för kolumnerna 'Ekonomisk effekt' (t.ex. 2024, 2025, 2026)", row.raw)
            continue
        effects: list[tuple[int, Decimal]] = []
        bad = False
        for i, year in years.items():
            ok, value = _number_or_fail(rep, row, cells[i] if i < len(cells) else "", f"en ekonomisk effekt {year} (tal)")
            if not ok:
                bad = True
                break
            if value is not None:
                effects.append((year, value))
        if bad:
            continue
        name = label(cells[0])
        if is_total_label(name):
            for year, value in effects:
                budget.lines.append(BudgetLineRecord(MEASURE_TABLE, name, MEASURE_CATEGORY, year, Scenario.PLAN,
                                                     value, unit, is_total=True, line=row.line))
                parts = totals_parts.get(year, [])
                budget.checks.append(sum_check(MEASURE_TABLE, str(year), name, value, parts, unit, row.line))
            totals_parts = {}
            continue
        first_year_col = min(years)
        texts = [clean(c) for c in cells[:first_year_col]] + ["", "", ""]
        if not any(texts[:3]):
            rep.fail(row.line, "en åtgärd (typ, beskrivning, konsekvens)", row.raw)
            continue
        budget.measures.append(MeasureRecord(join_broken_words(texts[0]), texts[1], texts[2], tuple(effects), unit,
                                             line=row.line))
        for year, value in effects:
            totals_parts.setdefault(year, []).append(value)


def _year_row(cells: Sequence[str]) -> dict[int, int]:
    filled = {i: clean(c) for i, c in enumerate(cells) if clean(c)}
    if filled and all(re.fullmatch(r"(19|20)\d\d", c) for c in filled.values()) and not clean(cells[0]):
        return {i: int(c) for i, c in filled.items()}
    return {}


# --------------------------------------------------------------------------- planned investments

INVESTMENT_TABLE = "Planerade investeringar"


def parse_investments(block: TableBlock, rep: Reporter, budget: Budget, year: int = 0) -> None:
    """Unit, object, new or re-investment, amount; a "Summa" row states the total, kept as a budget line of `year`."""
    header = [label(c).casefold() for c in block.header]
    unit = _unit_of(block.header, "tkr")
    amount_col = next(i for i, c in enumerate(header) if c.startswith("belopp"))
    kind_col = next((i for i, c in enumerate(header) if "investering" in c and i != amount_col), 2)
    object_col = next((i for i, c in enumerate(header) if "objekt" in c or "benämning" in c), 1)
    parts: list[Decimal] = []
    for row in block.rows:
        cells = row.cells
        if budget_table_kind(cells) == "investments":
            continue
        if amount_col >= len(cells):
            rep.fail(row.line, f"en tabellrad med {amount_col + 1} kolumner (enhet, objekt, typ, belopp)", row.raw)
            continue
        ok, amount = _number_or_fail(rep, row, cells[amount_col], "ett belopp i kolumnen 'Belopp'")
        if not ok:
            continue
        name = clean(cells[0])
        if is_total_label(name):
            if amount is not None:
                budget.lines.append(BudgetLineRecord(INVESTMENT_TABLE, name, "Belopp", year, Scenario.BUDGET, amount,
                                                     unit, is_total=True, line=row.line))
                budget.checks.append(sum_check(INVESTMENT_TABLE, "Belopp", name, amount, parts, unit, row.line))
            parts = []
            continue
        if amount is None:
            rep.fail(row.line, "ett belopp i kolumnen 'Belopp'", row.raw)
            continue
        budget.investments.append(InvestmentRecord(name, _cell(cells, object_col), _cell(cells, kind_col), amount,
                                                   unit, line=row.line))
        parts.append(amount)


def _cell(cells: Sequence[str], i: int) -> str:
    return clean(cells[i]) if i < len(cells) else ""


# --------------------------------------------------------------------------- cross-checks between tables


def cross_checks(lines: Sequence[BudgetLineRecord], year: int) -> list[CheckRecord]:
    """The same figure stated in two places; the frame's total against the area table's sums.

    Costs are negative in the tables and positive in the text, so magnitudes
    are compared and the other figure is reported in the stated one's unit and
    sign (`computed`); the message gives both as the document states them.
    """
    frame = {_budget_key(b.area): b for b in lines
             if b.table == FRAME_TABLE and b.year == year and b.scenario == Scenario.BUDGET}
    areas = {_budget_key(b.area): b for b in lines
             if b.table == AREA_TABLE and b.category.casefold().startswith("nettobudget")}
    text_total = next((b for b in lines if b.table == TEXT_TABLE and b.is_total), None)
    checks: list[CheckRecord] = []
    for key in ("tjänstemannabudget", "förtroendemannabudget"):
        if key in frame and key in areas:
            checks.append(_same_figure(frame[key], areas[key], str(year)))
    if text_total is not None:
        for other in (frame.get("tjänstemannabudget"), areas.get("tjänstemannabudget")):
            if other is not None:
                checks.append(_same_figure(other, text_total, str(year)))
    total = next((b for b in frame.values() if b.is_total), None)
    area_totals = [areas[k] for k in ("tjänstemannabudget", "förtroendemannabudget") if k in areas]
    if total is not None and len(area_totals) > 1:
        parts = [_aligned(b, total) for b in area_totals]
        computed = sum(parts, Decimal(0))
        judgement = judge_sum(total.amount, parts)
        names = " och ".join(f"{b.area} ({shown(b.amount, b.unit)})" for b in area_totals)
        message = (f"{total.area} {year}: angivet {shown(total.amount, total.unit)} i tabellen {FRAME_TABLE}, "
                   f"summan av {names} i tabellen {AREA_TABLE} är {shown(computed, total.unit)} (beräknat)"
                   f"{_sign_note(total, area_totals)} – {explain(judgement, total.unit)}")
        checks.append(CheckRecord(f"{FRAME_TABLE} / {AREA_TABLE}", str(year), total.amount, computed, judgement,
                                  message, row=total.area, line=total.line))
    return checks


AREA_TABLE = "Budgetram per område"


def _budget_key(area: str) -> str:
    return re.sub(r"^(varav|summa)\s+", "", area.casefold()).strip()


def _in_unit(b: BudgetLineRecord, unit: str) -> Decimal:
    if b.unit == unit:
        return b.amount
    if b.unit == "tkr" and unit == "Mkr":
        return b.amount / 1000
    if b.unit == "Mkr" and unit == "tkr":
        return b.amount * 1000
    return b.amount


def _aligned(other: BudgetLineRecord, stated: BudgetLineRecord) -> Decimal:
    """The other figure in the stated one's unit, with the stated one's sign."""
    return _in_unit(other, stated.unit).copy_sign(stated.amount) if stated.amount else _in_unit(other, stated.unit)


def _where(table: str) -> str:
    return f"i texten {table}" if table == TEXT_TABLE else f"i tabellen {table}"


def _sign_note(stated: BudgetLineRecord, others: Sequence[BudgetLineRecord]) -> str:
    if all((o.amount < 0) == (stated.amount < 0) for o in others):
        return ""
    return " (kostnader är negativa i tabellerna och positiva i texten: beloppen jämförs utan tecken)"


def _same_figure(stated: BudgetLineRecord, other: BudgetLineRecord, column: str) -> CheckRecord:
    compared = _aligned(other, stated)
    judgement = judge_same(stated.amount, compared)
    message = (f"{stated.area} {column}: {shown(stated.amount, stated.unit)} {_where(stated.table)}, "
               f"{shown(other.amount, other.unit)} {_where(other.table)} ({other.area})"
               f"{_sign_note(stated, [other])} – {explain(judgement, stated.unit)}")
    return CheckRecord(f"{stated.table} / {other.table}", column, stated.amount, compared, judgement, message,
                       row=stated.area, line=stated.line)
