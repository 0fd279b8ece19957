"""The budget section: every budget table with its checks beside it and a chart below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import budget_views as bv
from ..charts.bar_chart import BarChart
from ..charts.fmt import format_number
from ..charts.icons import warning_icon
from ..context import AppContext
from .models import BudgetTableModel

CHECK_CELL_ROLE = Qt.ItemDataRole.UserRole + 5


def chart_data(view: bv.TableView) -> tuple[list[str], list[float], str]:
    """What the chart under a table shows: the total over years, the net per area, or the deviations."""
    if view.key == "Nettobudgetram":
        rows = [r for r in view.rows if r.is_total] or list(view.rows[-1:])
        if rows:
            pairs = [(col, c.value) for col, c in zip(view.columns, rows[0].cells, strict=True) if c.value is not None]
            return [p[0] for p in pairs], [float(p[1]) for p in pairs], view.unit
    if view.key == "utfall":
        pairs = [(f"{r.label} {r.cells[0].text}", r.cells[5].value) for r in view.rows if r.cells[5].value is not None]
        return [p[0] for p in pairs], [float(p[1]) for p in pairs], (view.rows[0].unit or "") if view.rows else ""
    if view.key == "åtgärdsplan":
        total = view.rows[-1]
        return list(view.columns), [float(c.value or 0) for c in total.cells], view.unit
    if view.key == "Budgetram per område" and view.columns:
        col = len(view.columns) - 1  # the net column, the document's row total
        pairs = [(r.label, r.cells[col].value) for r in view.rows if not r.is_total and r.cells[col].value is not None]
        return [p[0] for p in pairs], [float(p[1]) for p in pairs], view.unit
    return [], [], ""


class BudgetSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Budget"))
        self.views: list[bv.TableView] = []

        self.tables = QListWidget(self)
        self.tables.setAccessibleName(self.tr("Budgettabeller"))
        self.tables.setMaximumWidth(260)
        self.tables.currentRowChanged.connect(self._show)

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Tabellens namn"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Förklaring till tabellen"))

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Investeringstyp"))
        self.kind.addItem(self.tr("Alla investeringar"), None)
        self.kind.addItem(self.tr("Nyinvesteringar"), "Nyinvestering")
        self.kind.addItem(self.tr("Reinvesteringar"), "Reinvestering")
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Sök investering"))
        self.search.setPlaceholderText(self.tr("Sök enhet eller objekt…"))
        self.kind.currentIndexChanged.connect(self._filter_investments)
        self.search.textChanged.connect(self._filter_investments)

        self.model = BudgetTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Budgettabell"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(120)

        self.checks = QListWidget(self)
        self.checks.setAccessibleName(self.tr("Kontroller av summor i tabellen"))
        self.checks.setWordWrap(True)
        self.checks.setMaximumWidth(320)
        self.checks.currentItemChanged.connect(self._go_to_check)
        self.chart = BarChart(self, self.tr("Diagram för tabellen"))

        self.copy_button = QPushButton(self.tr("&Kopiera tabell"), self)
        self.copy_button.setAccessibleName(self.tr("Kopiera tabellen som tabbseparerad text"))
        self.copy_button.setToolTip(self.tr("Klistras in i Excel som tal: minustecken och decimalkomma, "
                                            "utan tusentalsavgränsare."))
        self.copy_button.clicked.connect(self.copy_table)
        self.export_button = QPushButton(self.tr("&Exportera alla tabeller (XLSX)…"), self)
        self.export_button.setAccessibleName(self.tr("Exportera budgettabellerna som Excel-fil"))
        self.export_button.clicked.connect(self._ask_export)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.kind)
        head.addWidget(self.search)
        head.addWidget(self.copy_button)
        head.addWidget(self.export_button)
        beside = QSplitter(Qt.Orientation.Horizontal, self)
        beside.addWidget(self.table)
        beside.addWidget(self.checks)
        beside.setStretchFactor(0, 4)
        beside.setStretchFactor(1, 1)
        below = QSplitter(Qt.Orientation.Vertical, self)
        below.addWidget(beside)
        below.addWidget(self.chart)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        right = QVBoxLayout()
        right.addLayout(head)
        right.addWidget(self.note)
        right.addWidget(below, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tables)
        layout.addLayout(right, 1)

        ctx.events.published_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            self.views = bv.budget_tables(s)
        keep = self.tables.currentRow()
        self.tables.blockSignals(True)
        self.tables.clear()
        for v in self.views:
            item = QListWidgetItem(v.title)
            if any(not c.agrees for c in v.checks):
                item.setIcon(warning_icon())
                item.setToolTip(self.tr("Minst en kontrollsumma stämmer inte"))
            self.tables.addItem(item)
        self.tables.blockSignals(False)
        self.tables.setCurrentRow(keep if 0 <= keep < len(self.views) else 0)
        self._show(self.tables.currentRow())

    def current_view(self) -> bv.TableView | None:
        return self.model.view

    def show_table(self, key: str) -> None:
        for i, v in enumerate(self.views):
            if v.key == key:
                self.tables.setCurrentRow(i)
                return

    def _show(self, i: int) -> None:
        if not 0 <= i < len(self.views):
            self.model.set_view(None)
            return
        view = self.views[i]
        is_investments = view.key == "investeringar"
        self.kind.setVisible(is_investments)
        self.search.setVisible(is_investments)
        if is_investments:
            self._filter_investments()
            return
        self._present(view)

    def _present(self, view: bv.TableView) -> None:
        self.model.set_view(view)
        unit = self.tr(" · Belopp i %1").replace("%1", view.unit) if view.unit else ""
        self.title.setText(view.title + unit)
        bad = [c for c in view.checks if not c.agrees]
        note = view.note
        if bad:
            note = (note + " " if note else "") + self.tr("⚠ %1 av %2 kontrollsummor stämmer inte: se markerade celler "
                                                          "och listan till höger.").replace("%1", str(len(bad))) \
                .replace("%2", str(len(view.checks)))
        if not view.rows:
            note = (note + " " if note else "") + self.tr("Inga värden inlästa ännu.")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 380))
        for col in range(1, self.model.columnCount()):
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 90), 220))
        self._fill_checks(view)
        labels, values, chart_unit = chart_data(view)
        self.chart.setVisible(bool(values))
        self.chart.set_bars(labels, values, chart_unit, signal_negative=view.key == "utfall")

    def _fill_checks(self, view: bv.TableView) -> None:
        self.checks.clear()
        self.checks.setVisible(bool(view.checks))
        cells = {}
        for r, row in enumerate(view.rows):
            for c, cell in enumerate(row.cells):
                for ch in cell.checks:
                    cells.setdefault(id(ch), (r, c + 1))
        for ch in sorted(view.checks, key=lambda ch: ch.agrees):
            mark = "✔" if ch.agrees else "⚠"
            text = f"{mark} {ch.row} / {ch.column}: " + self.tr("angivet %1, beräknat %2").replace(
                "%1", format_number(ch.stated)).replace("%2", format_number(ch.computed))
            item = QListWidgetItem(text)
            item.setToolTip(ch.message)
            if not ch.agrees:
                item.setIcon(warning_icon())
            item.setData(CHECK_CELL_ROLE, cells.get(id(ch)))
            self.checks.addItem(item)

    def _go_to_check(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None = None) -> None:
        where = item.data(CHECK_CELL_ROLE) if item else None
        if where:
            index = self.model.index(*where)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _filter_investments(self) -> None:
        if not self.views or self.views[self.tables.currentRow()].key != "investeringar":
            return
        with self.ctx.db.session() as s:
            checks = bv.catalog.checks(s)
            view = bv.investments(s, checks, self.kind.currentData(), self.search.text().strip())
        self._present(view)

    def copy_table(self) -> str:
        view = self.model.view
        text = bv.clipboard_text(view) if view else ""
        QGuiApplication.clipboard().setText(text)
        return text

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera budget"), "budget.xlsx",
                                              self.tr("Excel (*.xlsx)"))
        if name:
            bv.export_xlsx(self.views, Path(name))
