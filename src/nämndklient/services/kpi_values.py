"""KPIs with their outcome values: overview rows, the member's notes, imports, the template.

The overview is built from two queries whatever the number of KPIs (KPIs with
their goal areas, then every value), so a hundred KPIs with ten years each cost
the same round trips as one. Imports parse first and write in one transaction:
a flaw anywhere leaves the database as it was.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import kpi_status as ks
from ..domain.numbers import json_number
from ..domain.periods import period_sort_key
from ..domain.records import ImportFailure, ImportReport, Skipped
from ..fileio import write_atomically
from ..persistence.database import Database
from ..persistence.models import (
    BudgetLine,
    GoalArea,
    KoladaMapping,
    Kpi,
    KpiCommentary,
    KpiValue,
    Note,
    utcnow,
)
from ..persistence.writer import Source, guard_personal, record_source


@dataclass(frozen=True)
class ValueInfo:
    period: str
    value: Decimal | None
    gender: str
    scope: str
    kind: str
    source: str


@dataclass(frozen=True)
class KpiRow:
    id: int
    name: str
    goal_area: str
    horizon: str
    decided_by: str
    target: Decimal | None
    unit: str | None
    direction: str  # resolved: increase / decrease
    direction_assumed: bool
    baseline: str | None
    latest_period: str | None
    latest_value: Decimal | None
    status: ks.Status
    trend: ks.Trend
    forecast: Decimal | None  # the latest full-year forecast, when one is given
    sparkline: tuple[float, ...]  # region totals, outcomes, in period order
    sources: tuple[str, ...]
    values: tuple[ValueInfo, ...]

    @property
    def status_label(self) -> str:
        return ks.STATUS_LABELS[self.status]


@dataclass(frozen=True)
class Commentary:
    period: str
    explanation: str
    measures: str
    source: str


def _main_series(values: list[ValueInfo], kind: str = "outcome") -> list[ValueInfo]:
    """Region totals of one kind, in period order: what status and trend are read from."""
    rows = [v for v in values if v.gender == "T" and v.scope == "region" and v.kind == kind]
    return sorted(rows, key=lambda v: period_sort_key(v.period))


def build_row(kpi: Kpi, area: str, values: list[ValueInfo], tolerance: Decimal = ks.DEFAULT_TOLERANCE) -> KpiRow:
    resolved = ks.resolve_direction(kpi.direction, kpi.name)
    series = _main_series(values)
    known = [v for v in series if v.value is not None]
    latest = known[-1] if known else None
    forecasts = [v for v in _main_series(values, "forecast") if v.value is not None]
    return KpiRow(
        id=kpi.id,
        name=kpi.name,
        goal_area=area,
        horizon=kpi.horizon,
        decided_by=kpi.decided_by,
        target=kpi.target,
        unit=kpi.unit,
        direction=resolved.direction.value,
        direction_assumed=resolved.assumed,
        baseline=kpi.baseline,
        latest_period=latest.period if latest else None,
        latest_value=latest.value if latest else None,
        status=ks.evaluate(kpi.target, latest.value if latest else None, resolved.direction, tolerance),
        trend=ks.trend([v.value for v in series], resolved.direction),
        forecast=forecasts[-1].value if forecasts else None,
        sparkline=tuple(float(v.value) for v in known),
        sources=tuple(sorted({v.source for v in values if v.source})),
        values=tuple(sorted(values, key=lambda v: (period_sort_key(v.period), v.scope, v.gender, v.kind))),
    )


def kpi_overview(session: Session, tolerance: Decimal = ks.DEFAULT_TOLERANCE) -> list[KpiRow]:
    kpis = session.execute(
        select(Kpi, GoalArea.name).join(Kpi.goal_area).order_by(GoalArea.order, Kpi.order, Kpi.id)
    ).all()
    by_kpi: dict[int, list[ValueInfo]] = defaultdict(list)
    # Columns, not entities: ten years of monthly values are tens of thousands of rows, and loading
    # them as ORM objects (identity map, instance state) took most of this function's time.
    columns = (KpiValue.kpi_id, KpiValue.period, KpiValue.value, KpiValue.gender, KpiValue.scope, KpiValue.kind,
               KpiValue.source)
    for kpi_id, *fields in session.execute(select(*columns)):
        by_kpi[kpi_id].append(ValueInfo(*fields))
    return [build_row(k, area, by_kpi.get(k.id, []), tolerance) for k, area in kpis]


def kpi_rows_for_json(session: Session) -> list[dict[str, Any]]:
    """The `list kpis --format json` shape: numbers as numbers, missing as null."""

    out = []
    for r in kpi_overview(session):
        out.append({
            "name": r.name, "goal_area": r.goal_area, "horizon": r.horizon, "decided_by": r.decided_by,
            "target": json_number(r.target), "unit": r.unit, "direction": r.direction, "baseline": r.baseline,
            "status": r.status.value,
            "values": [{**asdict(v), "value": json_number(v.value)} for v in r.values],
        })
    return out


def commentary(session: Session, kpi_id: int) -> Commentary | None:
    rows = list(session.scalars(select(KpiCommentary).where(KpiCommentary.kpi_id == kpi_id)))
    if not rows:
        return None
    c = max(rows, key=lambda c: period_sort_key(c.period))
    return Commentary(c.period, c.explanation, c.measures, c.source)


# --- the member's own notes on a KPI ---------------------------------------------


def kpi_note(session: Session, kpi_name: str) -> str:
    note = session.scalar(select(Note).where(Note.target_kind == "kpi", Note.target_key == kpi_name))
    return note.text if note else ""


def save_kpi_note(session: Session, kpi_name: str, text: str) -> None:
    """Keyed by the KPI's name, like the Kolada mapping: survives a re-import of the plan."""
    note = session.scalar(select(Note).where(Note.target_kind == "kpi", Note.target_key == kpi_name))
    if note is None:
        if not text:
            return
        note = Note(target_kind="kpi", target_key=kpi_name)
        session.add(note)
    note.text, note.updated_at = text, utcnow()


# --- Kolada mapping ---------------------------------------------------------------


def set_kolada_mapping(session: Session, kolada_id: str, kpi_name: str) -> None:
    kolada_id = kolada_id.strip().upper()
    if session.scalar(select(Kpi.id).where(Kpi.name == kpi_name).limit(1)) is None:
        raise LookupError(f"Nyckeltalet {kpi_name!r} finns inte i planen: ange namnet som i 'list kpis'.")
    row = session.scalar(select(KoladaMapping).where(KoladaMapping.kolada_id == kolada_id))
    if row is None:
        session.add(KoladaMapping(kolada_id=kolada_id, kpi_name=kpi_name))
    else:
        row.kpi_name = kpi_name


def kolada_mappings(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(KoladaMapping).order_by(KoladaMapping.kolada_id))
    return [{"kolada_id": m.kolada_id, "kpi_name": m.kpi_name} for m in rows]


# --- imports ---------------------------------------------------------------------


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc


def _store_value(
    session: Session, existing: dict[tuple[int, str, str, str, str], KpiValue], kpi_id: int,
    v: ValueInfo, report: ImportReport,
) -> None:
    key = (kpi_id, v.period, v.gender, v.scope, v.kind)
    row = existing.get(key)
    if row is None:
        row = KpiValue(kpi_id=kpi_id, period=v.period, gender=v.gender, scope=v.scope, kind=v.kind)
        session.add(row)
        existing[key] = row
        report.count("created", "nyckeltalsvärden")
    elif v.value is None and row.value is not None:
        return  # an empty value never erases a known one
    elif row.value == v.value and row.source == v.source:
        report.unchanged += 1
        return
    else:
        report.count("updated", "nyckeltalsvärden")
    row.value, row.source = v.value, v.source


def _existing_values(session: Session) -> dict[tuple[int, str, str, str, str], KpiValue]:
    return {(v.kpi_id, v.period, v.gender, v.scope, v.kind): v for v in session.scalars(select(KpiValue))}


def import_kolada(db: Database, path: Path) -> ImportReport:
    """Values for mapped Kolada ids; unmapped ids are listed in `skipped`, never guessed."""
    from ..importers.kolada import parse_kolada

    data = _read(path)
    values = parse_kolada(data, str(path))
    return import_kolada_values(db, values, Source(Path(path).name, "kolada", data, "application/json"), str(path))


RETRACTED = "nyckeltalsvärden som Kolada återkallat"


def import_kolada_values(db: Database, values: list[Any], source: Source, where: str) -> ImportReport:
    """Store parsed Kolada values in one transaction; a retracted (`isdeleted`) value removes Kolada's own."""
    from ..importers.kolada import SOURCE

    report = ImportReport()
    with db.session() as session:
        guard_personal(session)
        mapping = {m.kolada_id: m.kpi_name for m in session.scalars(select(KoladaMapping))}
        # The same file read under another mapping is new work: ids skipped before may be mapped now.
        signature = json.dumps(sorted(mapping.items()), ensure_ascii=False).encode()
        if record_source(session, replace(source, data=source.data + b"\n" + signature), report) is None:
            return report
        kpi_ids: dict[str, list[int]] = defaultdict(list)
        for kid, name in session.execute(select(Kpi.id, Kpi.name)):
            kpi_ids[name].append(kid)
        existing = _existing_values(session)
        reported: set[str] = set()
        for v in values:
            ids = kpi_ids.get(mapping.get(v.kolada_id, ""), [])
            if not ids:
                if v.kolada_id not in reported:
                    reported.add(v.kolada_id)
                    why = ("saknar koppling till ett nyckeltal i planen" if v.kolada_id not in mapping
                           else f"är kopplat till {mapping[v.kolada_id]!r}, som inte finns i planen")
                    report.skipped.append(Skipped(where, v.line, f"Kolada-id {v.kolada_id} {why}: koppla "
                                                  f"med: nämndklient kolada-map {v.kolada_id} \"nyckeltalets namn\""))
                continue
            for kid in ids:
                key = (kid, v.period, v.gender, v.scope, "outcome")
                if v.deleted:
                    row = existing.get(key)
                    if row is not None and row.source == SOURCE:  # a figure from the plan or the member stays
                        session.delete(row)
                        del existing[key]
                        report.count("removed", RETRACTED)
                    continue
                _store_value(session, existing, kid, ValueInfo(v.period, v.value, v.gender, v.scope, "outcome",
                                                               SOURCE), report)
    return report


def import_outcome_template(db: Database, path: Path) -> ImportReport:
    from ..importers.outcome_template import KPI_HEADERS, column_label, parse_template

    data = _read(path)
    content = parse_template(data, str(path))
    report = ImportReport()
    with db.session() as session:
        guard_personal(session)
        src = record_source(session, Source(Path(path).name, "outcome_template", data), report)
        if src is None:
            return report
        kpis = session.execute(select(Kpi.id, Kpi.name, GoalArea.name, Kpi.unit).join(Kpi.goal_area)).all()
        existing = _existing_values(session)
        for v in content.kpi_values:
            wanted = " ".join(v.kpi.split()).casefold()
            found = [(kid, unit) for kid, name, area, unit in kpis if " ".join(name.split()).casefold() == wanted
                     and (not v.goal_area or area.casefold() == v.goal_area.casefold())]
            ids = [kid for kid, _unit in found]
            if not ids:
                raise ImportFailure(v.where, v.line, f"ett nyckeltal som finns i planen i {column_label(KPI_HEADERS, 0)}"
                                    " (och målområdet i kolumn B)", v.kpi)
            other = next((unit for _kid, unit in found if unit and unit != "%"), None)
            if v.percent and other:  # "85 %" typed for a KPI counted in days or kronor: no reading is right
                raise ImportFailure(v.where, v.line, f"ett värde i {other} i {column_label(KPI_HEADERS, 3)} "
                                    f"(nyckeltalet mäts inte i procent)", f"{format(v.value, 'f')} %")
            for kid in ids:
                _store_value(session, existing, kid, ValueInfo(v.period, v.value, v.gender, v.scope, v.kind, v.source),
                             report)
        for b in content.budget_values:
            row = session.scalar(select(BudgetLine).where(
                BudgetLine.table == b.table, BudgetLine.area == b.area, BudgetLine.category == b.category,
                BudgetLine.year == b.year, BudgetLine.period == b.period, BudgetLine.scenario == b.scenario))
            if row is None:
                row = BudgetLine(table=b.table, area=b.area, category=b.category, year=b.year, period=b.period,
                                 scenario=b.scenario, order=10_000 + b.line, source_id=src.id)
                session.add(row)
                report.count("created", "budgetutfall")
            else:
                report.count("updated", "budgetutfall")
            row.amount, row.unit = b.amount, b.unit
    return report


def export_outcome_template(session: Session, path: Path) -> None:
    """Write the template for the KPIs and budget areas now in the database (XLSX or CSV by suffix)."""
    from ..importers.outcome_template import build_csv, build_xlsx, template_rows

    kpis = [(r.name, r.goal_area) for r in kpi_overview(session)]
    seen: dict[tuple[str, str, str, str], None] = {}
    for b in session.scalars(select(BudgetLine).where(BudgetLine.scenario.in_(("budget", "plan")))
                             .order_by(BudgetLine.source_id, BudgetLine.order)):
        if b.table == "Budgetram per område" and not b.is_total:
            seen[(b.table, b.area, b.category, b.unit)] = None
    kpi_rows, budget_rows = template_rows(kpis, seen)
    path = Path(path)
    data = build_csv(kpi_rows, budget_rows) if path.suffix.lower() == ".csv" else build_xlsx(kpi_rows, budget_rows)
    write_atomically(path, data)


# --- exporting one KPI's data ------------------------------------------------------

_EXPORT_HEADERS = ("Nyckeltal", "Period", "Värde", "Enhet", "Kön", "Omfattning", "Typ", "Källa")
_KIND_TEXT = {"outcome": "utfall", "forecast": "prognos"}


def _export_rows(row: KpiRow) -> list[list[Any]]:
    return [[row.name, v.period, v.value, row.unit or "", v.gender, "riket" if v.scope == "nation" else v.scope,
             _KIND_TEXT.get(v.kind, v.kind), v.source] for v in row.values]


def export_values(row: KpiRow, path: Path) -> None:
    """CSV (semicolon, decimal comma, ASCII minus: Swedish Excel reads it as numbers) or XLSX (real numbers).

    Texts (the KPI's name, its source) come from documents; none is ever written as a formula.
    """
    import csv
    import io

    from ..domain.cells import csv_text
    from ..importers.spreadsheet import append_row

    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "Nyckeltal"
        ws.append(list(_EXPORT_HEADERS))
        for r in _export_rows(row):
            append_row(ws, r)
            if r[2] is not None:
                ws.cell(ws.max_row, 3).number_format = "#,##0.0##"
        buf = io.BytesIO()
        wb.save(buf)
        write_atomically(path, buf.getvalue())
        return
    text = io.StringIO()
    w = csv.writer(text, delimiter=";", lineterminator="\r\n")
    w.writerow(_EXPORT_HEADERS)
    for r in _export_rows(row):
        value = "" if r[2] is None else format(r[2].normalize(), "f").replace(".", ",")
        w.writerow([value if i == 2 else csv_text(str(c)) for i, c in enumerate(r)])
    write_atomically(path, ("\ufeff" + text.getvalue()).encode("utf-8"))
