"""Budget tables: stated totals, checks at the cells they concern, deviations, copy and export."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from nämndklient.services import budget_views as bv
from nämndklient.services import kpi_values as kv


def tables(db: Any) -> dict[str, bv.TableView]:
    with db.session() as s:
        return {t.key: t for t in bv.budget_tables(s)}


def row(view: bv.TableView, label: str) -> bv.RowView:
    return next(r for r in view.rows if r.label == label)


def test_net_frame_over_the_years_with_checks_at_cells(demo_db: Any) -> None:
    net = tables(demo_db)["Nettobudgetram"]
    assert net.unit == "Mkr"
    assert net.columns == ("Budget 2023", "Budget 2024", "Plan 2025", "Plan 2026")
    total = row(net, "Total nettobudgetram enligt Regionplan och budget")
    assert total.is_total and [c.value for c in total.cells] == [D("-1730.9"), D("-1758.5"), D("-1762.2"),
                                                                  D("-1699.5")]
    assert all(c.checks and not c.disagrees for c in total.cells)
    # the cross-table check that does not agree sits on its cell: Förtroendemannabudget, 2024
    trust = row(net, "Förtroendemannabudget")
    assert [c.disagrees for c in trust.cells] == [False, True, False, False]
    check = trust.cells[1].checks[0]
    assert (check.stated, check.computed, check.unit, check.outcome) == (D("-4.3"), D("-4.4"), "Mkr",
                                                                         "small_deviation")
    assert "\u22124,4\u00a0Mkr i tabellen Budgetram per område" in check.message


def test_area_by_category_keeps_document_totals(demo_db: Any) -> None:
    area = tables(demo_db)["Budgetram per område"]
    assert area.columns[0] == "Externa intäkter" and area.columns[-1] == "Nettobudget"
    staff = row(area, "Regionstaben")
    assert staff.cells[-1].is_total and staff.cells[-1].value == D(-553) and staff.cells[-1].checks
    assert row(area, "Summa tjänstemannabudget").is_total
    # the check between the two tables sits on its figure in both: −4,4 here, −4,3 in Nettobudgetram
    trust = row(area, "Summa förtroendemannabudget")
    assert [c.disagrees for c in trust.cells] == [False] * 7 + [True]
    assert any(ch.table == "Nettobudgetram / Budgetram per område" for ch in trust.cells[-1].checks)
    # a year's check on a row sits on the row's total, not on each of its cells
    staff = row(area, "Summa tjänstemannabudget")
    assert [sum(ch.column == "2024" for ch in c.checks) for c in staff.cells] == [0] * 7 + [2]


def test_financing_action_plan_and_investments(demo_db: Any) -> None:
    t = tables(demo_db)
    fin = t["Finansiering"]
    assert row(fin, "Skatteintäkter").cells[0].value == D(3739)
    assert row(fin, "Summa finansiering").cells[0].checks
    plan = t["åtgärdsplan"]
    assert plan.columns == ("2024", "2025", "2026")
    # the plan's "Totalt" as stated, bold, with its checks; never replaced by the sum of the rows
    total = row(plan, "Totalt")
    assert total.is_total and [c.value for c in total.cells] == [D("17.1"), D("17.6"), D("17.7")]
    assert not any(c.computed for c in total.cells)
    assert [c.disagrees for c in total.cells] == [True, True, True]
    assert [c.checks[0].outcome for c in total.cells] == ["disagrees"] * 3
    # the sum of the rows beside it, labelled computed, not bold
    computed = row(plan, bv.COMPUTED_SUM)
    assert "beräknad" in computed.label and not computed.is_total
    assert [c.value for c in computed.cells] == [D("17.7"), D("18.3"), D("18.4")]
    assert all(c.computed and not c.checks for c in computed.cells)
    assert plan.rows.index(computed) == plan.rows.index(total) + 1
    inv = t["investeringar"]
    summa = row(inv, "Summa")
    assert summa.is_total and summa.cells[2].value == D(59025) and summa.cells[2].checks
    assert not summa.cells[2].computed
    assert not any(r.label == bv.COMPUTED_SUM for r in inv.rows)  # the rows add up to the stated sum exactly
    with demo_db.session() as s:
        checks = bv.catalog.checks(s)
        only_it = bv.investments(s, checks, text="IT-enheten")
        renew = bv.investments(s, checks, kind="Reinvestering")
    picked = row(only_it, "Summa av urvalet (beräknad)").cells[2]
    assert picked.value == D(7050 + 21730) and picked.computed
    assert not picked.checks  # the document's check is for the whole list
    assert not any(r.label == "Summa" for r in only_it.rows)  # the stated sum is for the whole list
    assert all(r.cells[1].text == "Reinvestering" for r in renew.rows[:-1])


def test_financial_goals_show_target_and_missing_outcome(demo_db: Any) -> None:
    goals = tables(demo_db)["finansiella mål"]
    assert len(goals.rows) == 7
    r = row(goals, "Kassalikviditet inkl. pensionsplaceringar (RJH totalt)")
    assert r.cells[0].value == D(100) and r.cells[1].value is None and r.cells[2].text == "Saknar värde"
    assert r.unit == "%"


def test_outcome_against_budget_per_tertial(demo_db: Any, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append(["Tabell", "Område", "Kategori", "Period", "Belopp", "Enhet", "Typ"])
    ws.append(["Budgetram per område", "Regionstaben", "Personalkostnader", "2024-T1", -110, "Mkr", "utfall"])
    ws.append(["Budgetram per område", "Regionstaben", "Personalkostnader", "2024", -300, "Mkr", "prognos"])
    path = tmp_path / "utfall.xlsx"
    wb.save(path)
    kv.import_outcome_template(demo_db, path)
    follow = tables(demo_db)["utfall"]
    t1, forecast = follow.rows
    assert t1.cells[0].text == "2024-T1" and t1.cells[2].value == D(-291)
    assert t1.cells[3].value == D("-97.0")  # a third of the year's budget
    assert t1.cells[5].value == D("-13.0") and t1.cells[5].deviation
    assert forecast.cells[1].text == "Prognos" and forecast.cells[5].value == D(-9)
    assert "positivt är bättre" in follow.note


def test_clipboard_is_plain_for_spreadsheets(demo_db: Any) -> None:
    text = bv.clipboard_text(tables(demo_db)["Nettobudgetram"])
    lines = text.split("\r\n")
    assert lines[0] == "Område\tBudget 2023 (Mkr)\tBudget 2024 (Mkr)\tPlan 2025 (Mkr)\tPlan 2026 (Mkr)"
    assert "Total nettobudgetram enligt Regionplan och budget\t-1730,9\t-1758,5\t-1762,2\t-1699,5" in lines
    assert "\u2212" not in text and "\u00a0" not in text


def test_export_xlsx_writes_numbers(demo_db: Any, tmp_path: Path) -> None:
    views = list(tables(demo_db).values())
    bv.export_xlsx(views, tmp_path / "b.xlsx")
    wb = load_workbook(tmp_path / "b.xlsx")
    ws = wb["Nettobudgetram över åren"]
    assert ws["A1"].value == "Område" and ws["B1"].value == "Budget 2023 (Mkr)"
    values = [c.value for c in ws[4]]
    assert values[0].startswith("Total") and values[1] == -1730.9 and isinstance(values[1], float)
    assert ws["C3"].comment is not None  # Förtroendemannabudget 2024: the disagreeing check travels along


def test_exports_keep_the_stated_total_and_label_the_computed_sum(demo_db: Any, tmp_path: Path) -> None:
    views = tables(demo_db)
    plan = views["åtgärdsplan"]
    lines = bv.clipboard_text(plan).split("\r\n")
    assert "Totalt\t17,1\t17,6\t17,7" in lines
    assert "Summa av raderna (beräknad)\t17,7\t18,3\t18,4" in lines
    bv.export_xlsx(list(views.values()), tmp_path / "b.xlsx")
    ws = load_workbook(tmp_path / "b.xlsx")["Åtgärdsplan (effekt per år)"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    stated, computed = rows["Totalt"], rows["Summa av raderna (beräknad)"]
    assert [c.value for c in stated[1:]] == [17.1, 17.6, 17.7] and stated[1].font.bold
    assert "stämmer inte" in stated[1].comment.text and "17,7\u00a0Mkr (beräknat)" in stated[1].comment.text
    assert [c.value for c in computed[1:]] == [17.7, 18.3, 18.4]
    assert computed[1].font.italic and not computed[1].font.bold
    assert "Beräknad av Nämndklient" in computed[1].comment.text
