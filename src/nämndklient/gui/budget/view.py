"""The budget section: every budget table, its checks as one-line messages below it, and a chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
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

from ...domain.kpi_status import Status
from ...services import budget_views as bv
from ..charts.bar_chart import BarChart
from ..charts.icons import status_icon, warning_icon
from ..context import AppContext
from .models import BudgetTableModel, outcome_text

CHECK_CELL_ROLE = Qt.ItemDataRole.UserRole + 5


class BudgetTable(QTableView):
    """Says when its width changes, so the first column can take what the figures leave."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


class ChecksList(QListWidget):
    """One line per check; Ctrl+C copies the chosen messages as text."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selected_text())
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        return "\n".join(i.text() for i in self.selectedItems())


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
    if view.key == "åtgärdsplan" and view.rows:
        total = next((r for r in view.rows if r.is_total), view.rows[-1])  # the plan's stated total first
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
        self.tables.setWordWrap(True)  # a long table name takes two lines rather than the table's width
        self.tables.setSpacing(3)
        self.tables.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 15)
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
        self.table = BudgetTable(self)
        self.table.resized.connect(self._table_resized)
        self.table.setAccessibleName(self.tr("Budgettabell"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(self.fontMetrics().lineSpacing() + 14)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(120)

        self.checks_label = QLabel(self)
        self.checks_label.setAccessibleName(self.tr("Kontrollsummor, sammanfattning"))
        self.checks = ChecksList(self)
        self.checks.setAccessibleName(self.tr("Kontroller av summor i tabellen"))
        self.checks.setToolTip(self.tr("Klicka på en kontroll för att visa cellen i tabellen. Ctrl+C kopierar."))
        self.checks.setWordWrap(False)
        self.checks.setUniformItemSizes(True)
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elided; tooltip is whole
        self.checks.setSpacing(1)
        self.checks.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 16)  # four messages and a bit
        self.checks.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.checks.currentItemChanged.connect(self._go_to_check)
        self.checks.itemClicked.connect(self._go_to_check)
        self.checks_label.setBuddy(self.checks)
        self.checks_box = QWidget(self)
        checks_layout = QVBoxLayout(self.checks_box)
        checks_layout.setContentsMargins(0, 4, 0, 0)
        checks_layout.setSpacing(4)
        checks_layout.addWidget(self.checks_label)
        checks_layout.addWidget(self.checks, 1)
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
        below = QSplitter(Qt.Orientation.Vertical, self)
        below.setAccessibleName(self.tr("Tabell, kontroller och diagram"))
        below.addWidget(self.table)
        below.addWidget(self.checks_box)
        below.addWidget(self.chart)
        below.setStretchFactor(0, 5)
        below.setStretchFactor(1, 1)
        below.setStretchFactor(2, 3)
        below.setChildrenCollapsible(False)
        self.below = below
        right = QVBoxLayout()
        right.addLayout(head)
        right.addWidget(self.note)
        right.addWidget(below, 1)
        right.setSpacing(8)
        layout = QHBoxLayout(self)
        layout.setSpacing(12)
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
                item.setToolTip(self.tr("Minst en kontroll stämmer inte eller avviker lite"))
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
            note = (note + " " if note else "") + self.tr("⚠ %1 av %2 kontroller stämmer inte eller avviker lite: se "
                                                          "markerade celler och listan under tabellen.") \
                .replace("%1", str(len(bad))).replace("%2", str(len(view.checks)))
        if any(c.computed for r in view.rows for c in r.cells):
            note = (note + " " if note else "") + self.tr("Rader märkta ”beräknad” är summor som Nämndklient har "
                                                          "räknat fram, inte siffror ur dokumentet.")
        if not view.rows:
            note = (note + " " if note else "") + self.tr("Inga värden inlästa ännu.")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._size_columns()
        self._fill_checks(view)
        labels, values, chart_unit = chart_data(view)
        self.chart.setVisible(bool(values))
        self.chart.set_bars(labels, values, chart_unit, signal_negative=view.key == "utfall")

    def _size_columns(self) -> None:
        """Figures as wide as their widest value or heading; the first column gets the rest, wrapping if it must."""
        self.table.resizeColumnsToContents()
        columns = self.model.columnCount()
        if not columns:
            return
        for col in range(1, columns):
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 70), 240))
        figures = sum(self.table.columnWidth(c) for c in range(1, columns))
        room = self.table.viewport().width() - figures
        em = self.fontMetrics().horizontalAdvance("M")
        self.table.setColumnWidth(0, max(12 * em, min(self.table.columnWidth(0), max(room, 22 * em))))

    def _table_resized(self) -> None:
        if self.model.view is not None:
            self._size_columns()

    def _fill_checks(self, view: bv.TableView) -> None:
        self.checks.clear()
        self._check_cells: list[tuple[int, int] | None] = []
        self.checks_box.setVisible(bool(view.checks))
        count = {o: sum(c.outcome == o for c in view.checks) for o in ("disagrees", "small_deviation", "agrees")}
        self.checks_label.setText(self.tr("&Kontroller: %1 stämmer inte, %2 liten avvikelse, %3 stämmer")
                                  .replace("%1", str(count["disagrees"])).replace("%2", str(count["small_deviation"]))
                                  .replace("%3", str(count["agrees"])))
        cells = {}
        for r, row in enumerate(view.rows):
            for c, cell in enumerate(row.cells):
                for ch in cell.checks:
                    cells.setdefault(id(ch), (r, c + 1))
        severity = {"disagrees": 0, "small_deviation": 1}
        for ch in sorted(view.checks, key=lambda ch: severity.get(ch.outcome, 2)):
            # the outcome, then the import's message up to its reason (the table's units and signs, and which
            # table a compared figure comes from); the whole message and the rule in the tooltip
            head = ch.message.removeprefix(f"{ch.table}, ").split(" – ")[0]
            text = f"{outcome_text(ch)} – {head}"
            item = QListWidgetItem(text)
            item.setToolTip(outcome_text(ch) + ": " + ch.message + "\n" + self.tr(
                "Regeln: en summa stämmer när skillnaden ryms i en halv enhet i summans sista siffra plus två "
                "standardavvikelser för radernas avrundning; upp till tre är liten avvikelse. Samma belopp i två "
                "tabeller stämmer när det ena avrundat ger det andra."))
            item.setIcon(status_icon(Status.MET) if ch.agrees else warning_icon())
            item.setData(CHECK_CELL_ROLE, cells.get(id(ch)))
            self._check_cells.append(cells.get(id(ch)))
            self.checks.addItem(item)

    def _go_to_check(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None = None) -> None:
        # kept on the Python side: reading an empty item role back from Qt costs a reference to None (PySide6 6.12)
        row = self.checks.row(item) if item is not None else -1
        where = self._check_cells[row] if 0 <= row < len(self._check_cells) else None
        if where:
            index = self.model.index(*where)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)  # with the rows around it

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
