"""KPIs with their outcome values: overview rows, the member's notes, imports, the template.

The overview is built from two queries whatever the number of KPIs (KPIs with
their goal areas, then every value), so a hundred KPIs with ten years each cost
the same round trips as one. Imports parse first and write in one transaction:
a flaw anywhere leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import kpi_status as ks
from ..domain.numbers import json_number
from ..domain.periods import period_sort_key
from ..domain.records import Direction, DirectionSource, ImportReport, Skipped, StatedRefusal
from ..fileio import write_atomically
from ..persistence.database import Database
from ..persistence.models import (
    BudgetLine,
    GoalArea,
    KoladaMapping,
    Kpi,
    KpiCommentary,
    KpiDirectionChoice,
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
    # The effective direction, from the document or a person, else None; where it comes from beside it.
    direction: str | None
    direction_source: DirectionSource
    direction_phrase: str | None  # the document's words, when the document states a direction
    document_direction: str | None  # what the document says, also when a person has set another
    direction_set_by: str | None
    direction_set_at: dt.datetime | None
    suggestion: str | None  # the application's guess, "förslag, ej planens": never in `direction`
    suggestion_word: str | None  # the word of the name the guess was read from
    comparison: str | None  # how the target is held against the outcome: at_least, at_most, None (unknown)
    comparison_stated: bool  # True when the target cell itself says "minst"/"högst"
    baseline: str | None
    # With no target value but "jämfört med riket": the nation's outcome for the same period, which the
    # status compares with (None when not imported). A figure from Kolada or the template, not the plan.
    baseline_value: Decimal | None
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

    @property
    def direction_text(self) -> str:
        """One line for a reader: the direction and where it comes from, or that it is unknown."""
        return direction_text(self)


def direction_text(r: KpiRow) -> str:
    """Swedish, Qt-free: the CLI's table and the pack use it; the GUI builds its own translatable one."""
    if r.direction_source is DirectionSource.DOCUMENT:
        words = f": {r.direction_phrase}" if r.direction_phrase else ""
        return f"{ks.DIRECTION_LABELS[Direction(r.direction)]} (planen{words})"
    if r.direction_source is DirectionSource.PERSON:
        when = f" {r.direction_set_at:%Y-%m-%d}" if r.direction_set_at else ""
        return f"{ks.DIRECTION_LABELS[Direction(r.direction)]} (satt av {r.direction_set_by}{when})"
    if r.suggestion:
        return (f"riktning okänd; {ks.SUGGESTION_MARK}: {ks.DIRECTION_LABELS[Direction(r.suggestion)]}"
                f" (av ordet \"{r.suggestion_word}\")")
    return "riktning okänd"


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


def build_row(kpi: Kpi, area: str, values: list[ValueInfo], tolerance: Decimal = ks.DEFAULT_TOLERANCE,
              person: ks.PersonDirection | None = None) -> KpiRow:
    resolved = ks.resolve_direction(kpi.direction, kpi.name, phrase=kpi.direction_phrase, person=person)
    comparison = ks.comparison_for(resolved.direction, kpi.target_comparison)
    series = _main_series(values)
    known = [v for v in series if v.value is not None]
    latest = known[-1] if known else None
    forecasts = [v for v in _main_series(values, "forecast") if v.value is not None]
    suggestion = resolved.suggestion
    target, baseline_value = kpi.target, None
    if target is None and latest is not None and (kpi.baseline or "").casefold() == "riket":
        nation = {v.period: v.value for v in values
                  if v.scope == "nation" and v.gender == "T" and v.kind == "outcome" and v.value is not None}
        baseline_value = nation.get(latest.period)
        target = baseline_value  # "lägre kostnadsutveckling än riket": the nation's figure is the mark
    return KpiRow(
        id=kpi.id,
        name=kpi.name,
        goal_area=area,
        horizon=kpi.horizon,
        decided_by=kpi.decided_by,
        target=kpi.target,
        unit=kpi.unit,
        direction=resolved.direction.value if resolved.direction else None,
        direction_source=resolved.source,
        direction_phrase=resolved.phrase,
        document_direction=resolved.document.value if resolved.document else None,
        direction_set_by=person.set_by if person else None,
        direction_set_at=person.set_at if person else None,
        suggestion=suggestion.direction.value if suggestion else None,
        suggestion_word=suggestion.word if suggestion else None,
        comparison=comparison.value if comparison else None,
        comparison_stated=kpi.target_comparison is not None,
        baseline=kpi.baseline,
        baseline_value=baseline_value,
        latest_period=latest.period if latest else None,
        latest_value=latest.value if latest else None,
        status=ks.evaluate(target, latest.value if latest else None, comparison, tolerance),
        trend=ks.trend([v.value for v in series], resolved.direction),
        forecast=forecasts[-1].value if forecasts else None,
        sparkline=tuple(float(v.value) for v in known),
        sources=tuple(sorted({v.source for v in values if v.source})),
        values=tuple(sorted(values, key=lambda v: (period_sort_key(v.period), v.scope, v.gender, v.kind))),
    )


def _name_key(name: str) -> str:
    return " ".join(name.split())


def person_directions(session: Session) -> dict[str, ks.PersonDirection]:
    return {_name_key(c.kpi_name): ks.PersonDirection(Direction(c.direction), c.set_by, c.set_at)
            for c in session.scalars(select(KpiDirectionChoice))}


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
    people = person_directions(session)
    return [build_row(k, area, by_kpi.get(k.id, []), tolerance, people.get(_name_key(k.name))) for k, area in kpis]


def kpi_dict(r: KpiRow, number: Callable[[Decimal | None], Any] = json_number) -> dict[str, Any]:
    """One KPI in the `list kpis` contract; the table form prints the same dicts with Decimal figures."""
    return {
        "id": r.id, "name": r.name, "goal_area": r.goal_area, "horizon": r.horizon, "decided_by": r.decided_by,
        "target": number(r.target), "unit": r.unit, "direction": r.direction,
        "direction_source": r.direction_source.value, "direction_phrase": r.direction_phrase,
        "document_direction": r.document_direction, "direction_set_by": r.direction_set_by,
        "direction_set_at": _utc(r.direction_set_at),
        "direction_suggestion": r.suggestion, "direction_suggestion_word": r.suggestion_word,
        "target_comparison": r.comparison, "target_comparison_stated": r.comparison_stated,
        "baseline": r.baseline, "baseline_value": number(r.baseline_value), "status": r.status.value,
        "trend": r.trend.value,
        "values": [{**asdict(v), "value": number(v.value)} for v in r.values],
    }


def _utc(when: dt.datetime | None) -> str | None:
    return when.replace(tzinfo=dt.UTC).isoformat(timespec="seconds") if when else None


def kpi_rows_for_json(session: Session) -> list[dict[str, Any]]:
    """The `list kpis --format json` shape: numbers as numbers, missing as null."""
    return [kpi_dict(r) for r in kpi_overview(session)]


def kpi_rows_for_table(session: Session) -> list[dict[str, Any]]:
    """The same rows as the JSON, figures kept as Decimal so the table prints them in sv-SE."""
    return [kpi_dict(r, lambda d: d) for r in kpi_overview(session)]


class KpiNotFound(LookupError):
    pass


def find_kpi(session: Session, ref: str) -> Kpi:
    """By id (as in `list kpis`), by the exact name, or by the start of one name; else a sentence naming it."""
    ref = ref.strip()
    if ref.isdigit():
        found = session.get(Kpi, int(ref))
        if found is None:
            raise KpiNotFound(f"Det finns inget nyckeltal med id {ref}: se 'list kpis'.")
        return found
    wanted = _name_key(ref).casefold()
    kpis = list(session.scalars(select(Kpi).order_by(Kpi.id)))
    exact = [k for k in kpis if _name_key(k.name).casefold() == wanted]
    starting = [k for k in kpis if wanted and _name_key(k.name).casefold().startswith(wanted)]
    matches = exact or starting
    names = list(dict.fromkeys(k.name for k in matches))
    if len(names) == 1:
        return matches[0]
    if not names:
        raise KpiNotFound(f"Nyckeltalet {ref!r} finns inte i planen: ange id eller namnet som i 'list kpis'.")
    shown = "; ".join(names[:3]) + (" …" if len(names) > 3 else "")
    raise KpiNotFound(f"{ref!r} passar flera nyckeltal ({shown}): ange id eller hela namnet.")


def set_direction(session: Session, kpi_name: str, direction: Direction | str | None, set_by: str,
                  when: dt.datetime | None = None) -> None:
    """The secretariat's or the member's direction for a KPI; None ("unknown") removes it again.

    Stored in a personal table keyed by the name: imports never touch it and a re-imported plan finds it.
    """
    key = _name_key(kpi_name)
    row = session.scalar(select(KpiDirectionChoice).where(KpiDirectionChoice.kpi_name == key))
    if direction is None:
        if row is not None:
            session.delete(row)
        return
    by = " ".join(set_by.split())
    if not by:
        raise ValueError("Ange vem som sätter riktningen (--by \"Namn\").")
    if row is None:
        row = KpiDirectionChoice(kpi_name=key)
        session.add(row)
    row.direction, row.set_by, row.set_at = Direction(direction).value, by[:200], when or utcnow()


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
        raise StatedRefusal(str(path), 0, "en läsbar fil", exc.strerror) from exc


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
                raise StatedRefusal(v.where, v.line, f"ett nyckeltal som finns i planen i {column_label(KPI_HEADERS, 0)}"
                                    " (och målområdet i kolumn B)", v.kpi)
            other = next((unit for _kid, unit in found if unit and unit != "%"), None)
            if v.percent and other:  # "85 %" typed for a KPI counted in days or kronor: no reading is right
                raise StatedRefusal(v.where, v.line, f"ett värde i {other} i {column_label(KPI_HEADERS, 3)} "
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
