"""The budget section offscreen: checks at their cells and beside the table, charts, copy."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from nämndklient.gui.budget.models import BudgetTableModel
from nämndklient.gui.budget.view import BudgetSection
from nämndklient.gui.context import AppContext
from nämndklient.services import kpi_values as kv

pytestmark = pytest.mark.gui


@pytest.fixture
def section(ctx: AppContext, qtbot: Any) -> BudgetSection:
    widget = BudgetSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_table_passes_the_model_tester(section: BudgetSection, qtmodeltester: Any) -> None:
    for view in section.views:
        model = BudgetTableModel()
        model.set_view(view)
        qtmodeltester.check(model)
    qtmodeltester.check(BudgetTableModel())


def test_disagreeing_check_is_marked_at_its_cell_and_listed(section: BudgetSection, tmp_path: Path) -> None:
    section.show_table("Nettobudgetram")
    model = section.model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Budget 2024 (Mkr)"
    r = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == "Förtroendemannabudget")
    bad = model.index(r, 2)
    assert bad.data() == "\u22124,3"
    assert bad.data(Qt.ItemDataRole.DecorationRole) is not None
    tip = bad.data(Qt.ItemDataRole.ToolTipRole)
    # the other table's figure with its sign and unit, and the table it comes from; not "beräknat"
    assert "Liten avvikelse, troligen avrundning" in tip
    assert "\u22124,4\u00a0Mkr i tabellen Budgetram per område" in tip and "beräknat" not in tip
    assert model.index(r, 1).data(Qt.ItemDataRole.DecorationRole) is None
    first = section.checks.item(0)
    assert first.text().startswith("Liten avvikelse, troligen avrundning – Förtroendemannabudget 2024: "
                                   "\u22124,3\u00a0Mkr i tabellen Nettobudgetram, "
                                   "\u22124,4\u00a0Mkr i tabellen Budgetram per område")
    assert "samma belopp skiljer 0,1\u00a0Mkr" in first.toolTip()
    assert not first.icon().isNull()  # a warning icon beside the words
    section.checks.setCurrentItem(first)
    assert (section.table.currentIndex().row(), section.table.currentIndex().column()) == (r, 2)
    assert "stämmer inte eller avviker lite" in section.note.text()
    total = model.index(model.rowCount() - 1, 1)
    assert total.data() == "\u22121\u00a0730,9" and total.data(Qt.ItemDataRole.FontRole).bold()
    assert section.chart.isVisible() and len(section.chart.value_labels) == 4
    assert section.chart.value_labels[0].textItem.toPlainText() == "\u22121 730,9 Mkr"  # QTextDocument drops NBSP
    section.grab().save(str(tmp_path / "budget-net.png"))


def test_action_plan_totals_carry_the_document_checks(section: BudgetSection) -> None:
    section.show_table("åtgärdsplan")
    model = section.model
    total, computed = model.rowCount() - 2, model.rowCount() - 1
    # the plan's stated total, bold, with the checks; the computed sum beside it, in italics and labelled
    assert model.index(total, 0).data() == "Totalt"
    assert [model.index(total, c).data() for c in (1, 2, 3)] == ["17,1", "17,6", "17,7"]
    assert model.index(total, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert [model.index(total, c).data(Qt.ItemDataRole.DecorationRole) is not None for c in (1, 2, 3)] == [
        True, True, True]
    tip = model.index(total, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "⚠ Stämmer inte" in tip and "angivet 17,1\u00a0Mkr" in tip and "17,7\u00a0Mkr (beräknat)" in tip
    assert model.index(computed, 0).data() == "Summa av raderna (beräknad)"
    assert [model.index(computed, c).data() for c in (1, 2, 3)] == ["17,7", "18,3", "18,4"]
    font = model.index(computed, 1).data(Qt.ItemDataRole.FontRole)
    assert font.italic() and not font.bold()
    assert "Beräknad av Nämndklient" in model.index(computed, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "”beräknad”" in section.note.text()
    assert section.chart.value_labels[0].textItem.toPlainText().startswith("17,1")  # the stated total is charted


def test_investments_filter_and_sum(section: BudgetSection) -> None:
    section.show_table("investeringar")
    assert section.kind.isVisible()
    section.search.setText("IT-enheten")
    model = section.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2, 3)] == ["Enhet", "Typ", "Belopp (tkr)"]
    assert model.rowCount() == 3
    assert model.index(2, 0).data() == "Summa av urvalet (beräknad)"
    assert model.index(2, 3).data() == "28\u00a0780"
    section.search.clear()
    section.kind.setCurrentIndex(section.kind.findData("Nyinvestering"))
    assert all(model.index(i, 2).data() == "Nyinvestering" for i in range(model.rowCount() - 1))


def test_copy_table_is_plain_tab_separated(section: BudgetSection) -> None:
    section.show_table("Nettobudgetram")
    text = section.copy_table()
    assert QGuiApplication.clipboard().text() == text
    assert "\t-1730,9\t" in text and "\u2212" not in text


def test_outcome_deviation_is_charted(section: BudgetSection, ctx: AppContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Tabell", "Område", "Kategori", "Period", "Belopp", "Enhet", "Typ"])
    ws.append(["Budgetram per område", "Vårdval", "Interna kostnader", "2024-T2", "\u2212973", "Mkr", "utfall"])
    ws.append(["Budgetram per område", "Regionstaben", "Personalkostnader", "2024-T2", -180, "Mkr", "utfall"])
    wb.save(tmp_path / "u.xlsx")
    kv.import_outcome_template(ctx.db, tmp_path / "u.xlsx")
    ctx.events.published_changed.emit()
    section.show_table("utfall")
    model = section.model
    assert model.rowCount() == 2
    dev = model.index(1, 6)  # Vårdval: −973 against 2/3 of −730 = −486,7
    assert dev.data() == "\u2212486,3\u00a0Mkr"
    assert dev.data(Qt.ItemDataRole.ForegroundRole) is not None
    labels = [t.textItem.toPlainText() for t in section.chart.value_labels]
    assert "\u2212486,3" in labels[1]
    section.grab().save(str(tmp_path / "budget-outcome.png"))


def test_controls_are_named(section: BudgetSection) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QTableView

    for kind in (QComboBox, QLineEdit, QListWidget, QTableView, QAbstractButton):
        for w in section.findChildren(kind):
            if w.metaObject().className() in ("QTableCornerButton", "QToolButton") or isinstance(
                    w.parent(), QComboBox | QLineEdit):
                continue
            assert w.accessibleName(), w


def test_checks_are_one_line_messages_below_the_table(section: BudgetSection, qtbot: Any) -> None:
    from PySide6.QtCore import QPoint

    section.show_table("Nettobudgetram")
    checks = section.checks
    assert not checks.wordWrap()
    below = section.checks_box.mapTo(section, QPoint(0, 0)).y()
    assert below > section.table.mapTo(section, QPoint(0, 0)).y() + section.table.height() - 1  # under the table
    assert "0 stämmer inte, 1 liten avvikelse, 7 stämmer" in section.checks_label.text()
    ok = checks.item(checks.count() - 1)
    assert ok.text().startswith("Stämmer – ") and "\u00a0Mkr" in ok.text() and not ok.icon().isNull()
    assert "två standardavvikelser" in ok.toolTip()  # the rule, where the member reads the check
    # a click on the message already chosen shows its cell again
    first = checks.item(0)
    checks.setCurrentItem(first)
    section.table.setCurrentIndex(section.model.index(0, 0))
    qtbot.mouseClick(checks.viewport(), Qt.MouseButton.LeftButton, pos=checks.visualItemRect(first).center())
    assert section.table.currentIndex().column() == 2
    first.setSelected(True)
    qtbot.keyClick(checks, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # the messages copy as text
    assert QGuiApplication.clipboard().text().startswith("Liten avvikelse, troligen avrundning – "
                                                         "Förtroendemannabudget 2024: \u22124,3\u00a0Mkr")


def test_all_years_fit_at_a_laptop_width(section: BudgetSection, qtbot: Any) -> None:
    section.resize(1090, 740)  # the section's share of a 1280 px window
    section.show_table("Nettobudgetram")
    qtbot.wait(20)
    assert section.table.horizontalScrollBar().maximum() == 0
    assert section.tables.width() < 220
    first = section.table.columnWidth(0)
    assert first >= section.fontMetrics().horizontalAdvance("Förtroendemannabudget")


def test_long_headings_wrap_short_ones_stay() -> None:
    from nämndklient.gui.budget.models import wrap_heading

    assert wrap_heading("Budget 2024 (Mkr)") == "Budget 2024 (Mkr)"
    assert wrap_heading("Övriga externa omkostnader (Mkr)") == "Övriga externa\nomkostnader (Mkr)"
