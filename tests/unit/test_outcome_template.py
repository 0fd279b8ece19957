"""The outcome template: export, fill in, import; any flaw names file, row and column and writes nothing."""

from __future__ import annotations

import hashlib
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from nämndklient.domain.records import ImportFailure
from nämndklient.importers.outcome_template import (
    BUDGET_HEADERS,
    KPI_HEADERS,
    looks_like_outcome_template,
    parse_template,
)
from nämndklient.persistence.models import BudgetLine, KpiValue
from nämndklient.services import kpi_values as kv

FRISK = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"
CO2 = "Regionens koldioxidutsläpp från tjänsteresor och interna transporter"


def export(db: Any, path: Path) -> Path:
    with db.session() as s:
        kv.export_outcome_template(s, path)
    return path


def fill(path: Path, kpi_rows: dict[str, list[Any]], budget_rows: list[list[Any]] = ()) -> Path:  # type: ignore[assignment]
    """Fill the rows whose KPI name starts with a key; budget rows are matched on area and category."""
    wb = load_workbook(path)
    ws = wb["Nyckeltal"]
    for row in ws.iter_rows(min_row=2):
        for prefix, values in kpi_rows.items():
            if str(row[0].value).startswith(prefix):
                for cell, v in zip(row[2:], values, strict=False):
                    if v is not None:
                        cell.value = v
    extra = [r for r in kpi_rows.get("__append__", [])]
    for r in extra:
        ws.append(r)
    wb["Budget"].append(list(budget_rows[0])) if budget_rows else None
    for r in budget_rows[1:]:
        wb["Budget"].append(list(r))
    wb.save(path)
    return path


def db_state(db: Any) -> str:
    with db.session() as s:
        rows = [(v.kpi_id, v.period, v.value, v.gender, v.scope, v.kind) for v in s.scalars(select(KpiValue))]
        rows += [(b.table, b.area, b.year, b.period, b.amount) for b in s.scalars(select(BudgetLine))]
    return hashlib.sha256(repr(sorted(map(str, rows))).encode()).hexdigest()


def test_template_lists_every_kpi_and_budget_area(demo_db: Any, tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "mall.xlsx")
    wb = load_workbook(path)
    assert [c.value for c in wb["Nyckeltal"][1]] == list(KPI_HEADERS)
    assert [c.value for c in wb["Budget"][1]] == list(BUDGET_HEADERS)
    names = [r[0] for r in wb["Nyckeltal"].iter_rows(min_row=2, values_only=True)]
    assert len(names) == 36 and FRISK in names
    budget = list(wb["Budget"].iter_rows(min_row=2, values_only=True))
    assert ("Budgetram per område", "Regionstaben", "Personalkostnader", None, None, "Mkr", "utfall") in budget
    assert looks_like_outcome_template(path.read_bytes(), path.name)
    # an untouched template imports nothing and fails nothing
    report = kv.import_outcome_template(demo_db, path)
    assert not report.created


def test_xlsx_round_trip_puts_values_in_the_database(demo_db: Any, tmp_path: Path) -> None:
    path = fill(export(demo_db, tmp_path / "mall.xlsx"),
                {FRISK: ["2024-T1", "71,5", "T", "region", "utfall", "HR-systemet"],
                 "Regionens koldioxid": [2023, -52, None, None, None, None],
                 "__append__": [[FRISK, "Stödverksamhet", "2024", 72, "K", "riket", "prognos", ""],
                                [FRISK, "", "2023", "\u22121\u00a0754,5", "M", "", "", ""]]},
                [["Budgetram per område", "Regionstaben", "Personalkostnader", "2024-T1", "\u221297,4", "Mkr",
                  "utfall"]])
    report = kv.import_outcome_template(demo_db, path)
    assert report.created == {"nyckeltalsvärden": 4, "budgetutfall": 1}
    with demo_db.session() as s:
        rows = {r.name: r for r in kv.kpi_overview(s)}
        frisk = rows[FRISK]
        assert frisk.latest_value == D("71.5") and frisk.latest_period == "2024-T1"
        assert frisk.status.value == "direction_unknown"  # 71,5 against "70 %": the plan gives no side
        assert ("2024", D(72), "K", "nation", "forecast") in [(v.period, v.value, v.gender, v.scope, v.kind)
                                                               for v in frisk.values]
        assert D("-1754.5") in [v.value for v in frisk.values]
        co2 = next(r for r in rows.values() if r.name.startswith("Regionens koldioxid"))
        assert co2.latest_value == D(-52) and co2.status.value == "met"  # −52 ≤ −48: a decrease KPI
        line = s.scalar(select(BudgetLine).where(BudgetLine.scenario == "outcome"))
        assert (line.period, line.year, line.amount, line.unit) == ("2024-T1", 2024, D("-97.4"), "Mkr")


def test_csv_template_round_trip(demo_db: Any, tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "mall.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert text.startswith("Nyckeltal;Målområde;Period")
    lines = text.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith(FRISK))
    lines[i] = f"{FRISK};Stödverksamhet;2024-03;68,5;T;region;utfall;"
    path.write_text("\n".join(lines), encoding="utf-8")
    report = kv.import_outcome_template(demo_db, path)
    assert report.created == {"nyckeltalsvärden": 1}
    with demo_db.session() as s:
        frisk = next(r for r in kv.kpi_overview(s) if r.name == FRISK)
    assert (frisk.latest_period, frisk.latest_value, frisk.status.value) == ("2024-03", D("68.5"),
                                                                             "direction_unknown")


@pytest.mark.parametrize(("values", "row_hint", "column"), [
    ({FRISK: ["2024", "sjuttio"]}, "Nyckeltal", "kolumn D (Värde)"),
    ({FRISK: ["2024-T4", "70"]}, "Nyckeltal", "kolumn C (Period)"),
    ({FRISK: ["2024", "70", "X"]}, "Nyckeltal", "kolumn E (Kön (T/K/M))"),
    ({"__append__": [["Okänt nyckeltal", "", "2024", 5]]}, "Nyckeltal", "kolumn A (Nyckeltal)"),
])
def test_errors_name_row_and_column_and_write_nothing(
    demo_db: Any, tmp_path: Path, values: dict[str, list[Any]], row_hint: str, column: str
) -> None:
    path = export(demo_db, tmp_path / "mall.xlsx")
    # one good row before the bad one: it must not be written either
    fill(path, {"Hälsofrämjandeindex (inom": ["2024", "4,7"], **values})
    before = db_state(demo_db)
    with pytest.raises(ImportFailure) as err:
        kv.import_outcome_template(demo_db, path)
    failure = err.value
    assert failure.file.startswith(str(path)) and f"blad {row_hint}" in failure.file
    assert failure.line >= 2 and column in failure.expected
    assert db_state(demo_db) == before


def test_bad_budget_unit_is_refused(demo_db: Any, tmp_path: Path) -> None:
    path = fill(export(demo_db, tmp_path / "mall.xlsx"), {},
                [["Budgetram per område", "Vårdval", "Läkemedel", "2024-T1", "−10", "miljoner", "utfall"]])
    with pytest.raises(ImportFailure) as err:
        kv.import_outcome_template(demo_db, path)
    assert "kolumn F (Enhet)" in str(err.value) and "blad Budget" in str(err.value)


def test_parse_accepts_excel_dates_and_numbers(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(list(KPI_HEADERS))
    ws.append(["A", "", dt.datetime(2024, 3, 1), 12.25, None, None, None, None])
    ws.append(["B", "", 2024.0, "1\u202f754,5", "k", "0064", "Prognos", "X"])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    content = parse_template(path.read_bytes(), "t.xlsx")
    a, b = content.kpi_values
    assert (a.period, a.value, a.gender, a.scope, a.kind, a.line) == ("2024-03", D("12.25"), "T", "region",
                                                                       "outcome", 2)
    assert (b.period, b.value, b.gender, b.scope, b.kind, b.source) == ("2024", D("1754.5"), "K", "0064",
                                                                         "forecast", "X")


def test_a_percent_formatted_budget_amount_counts_only_for_a_percent_unit(demo_db: Any, tmp_path: Path) -> None:
    """0,85 shown as "85 %" is 85 for a row in %; for a row in Mkr no reading is right, so the file is refused."""
    for unit, expected in (("%", D(85)), ("Mkr", None)):
        path = export(demo_db, tmp_path / f"mall-{unit.strip('%') or 'pct'}.xlsx")
        wb = load_workbook(path)
        ws = wb["Budget"]
        ws.append(["Budgetram per område", "Regionstaben", "Personalkostnader", "2024", 0.85, unit, "utfall"])
        ws.cell(ws.max_row, 5).number_format = "0 %"
        wb.save(path)
        if expected is None:
            with pytest.raises(ImportFailure) as err:
                parse_template(path.read_bytes(), path.name)
            assert "blad Budget" in str(err.value) and "kolumn E (Belopp)" in str(err.value)
            assert "Mkr" in str(err.value) and "'85 %'" in str(err.value)
        else:
            [value] = parse_template(path.read_bytes(), path.name).budget_values
            assert value.amount == expected and value.unit == "%"


@pytest.mark.parametrize("value", [1e300, "1" * 60])
def test_a_number_too_long_for_any_outcome_is_refused_by_row_and_column(demo_db: Any, tmp_path: Path,
                                                                        value: Any) -> None:
    path = fill(export(demo_db, tmp_path / "mall.xlsx"), {FRISK: ["2024", value]})
    before = db_state(demo_db)
    with pytest.raises(ImportFailure) as err:
        kv.import_outcome_template(demo_db, path)
    assert "blad Nyckeltal" in str(err.value) and "kolumn D (Värde)" in str(err.value) and "högst 40" in str(err.value)
    assert db_state(demo_db) == before
