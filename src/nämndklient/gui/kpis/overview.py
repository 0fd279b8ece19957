"""The KPI overview: every KPI of the plan with target, latest outcome, status and a sparkline."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.kpi_status import DEFAULT_TOLERANCE, STATUS_LABELS, Status
from ...services.kpi_values import KpiRow
from ..charts.sparkline import SparklineDelegate
from .models import HORIZONS, ROW_ROLE, SORT_ROLE, KpiOverviewModel

ALL = ""


class KpiFilter(QSortFilterProxyModel):
    """Filters on the row objects, not on display text, so translations cannot break them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_area = ALL
        self.horizon = ALL
        self.decided_by = ALL
        self.status = ALL
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set(self, **criteria: str) -> None:
        self.beginFilterChange()
        for key, value in criteria.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        r: KpiRow = self.sourceModel().index(source_row, 0, parent).data(ROW_ROLE)
        return (
            (not self.goal_area or r.goal_area == self.goal_area)
            and (not self.horizon or r.horizon == self.horizon)
            and (not self.decided_by or r.decided_by == self.decided_by)
            and (not self.status or r.status.value == self.status)
            and (not self.text or self.text.casefold() in r.name.casefold())
        )


class KpiOverview(QWidget):
    kpi_selected = Signal(object)  # KpiRow or None
    tolerance_changed = Signal(object)  # Decimal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = KpiOverviewModel(self)
        self.proxy = KpiFilter(self)
        self.proxy.setSourceModel(self.model)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Sammanfattning av status"))
        self.summary.setWordWrap(True)

        self.area_box = self._combo(self.tr("Målområde"))
        self.horizon_box = self._combo(self.tr("Horisont"))
        self.decided_box = self._combo(self.tr("Beslutat av"))
        self.status_box = self._combo(self.tr("Status"))
        self.status_box.addItem(self.tr("Alla statusar"), ALL)
        for status in Status:
            self.status_box.addItem(self.tr(STATUS_LABELS[status]), status.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök nyckeltal…"))
        self.search.setAccessibleName(self.tr("Sök nyckeltal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set(text=t.strip()))

        self.tolerance = QDoubleSpinBox(self)
        self.tolerance.setRange(0, 50)
        self.tolerance.setDecimals(0)
        self.tolerance.setSuffix(" %")
        self.tolerance.setValue(float(DEFAULT_TOLERANCE * 100))
        self.tolerance.setAccessibleName(self.tr("Gräns för Nära, procent av målet"))
        self.tolerance.setToolTip(self.tr("Ett utfall som missar målet med högst så här många procent av målvärdet "
                                          "räknas som Nära."))
        self.tolerance.valueChanged.connect(lambda v: self.tolerance_changed.emit(Decimal(str(v)) / 100))
        tol_label = QLabel(self.tr("&Nära = inom"), self)
        tol_label.setBuddy(self.tolerance)

        filters = QHBoxLayout()
        for w in (self.area_box, self.horizon_box, self.decided_box, self.status_box):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        filters.addWidget(tol_label)
        filters.addWidget(self.tolerance)
        filters.addWidget(QLabel(self.tr("av målet"), self))

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Nyckeltal"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(KpiOverviewModel.SPARK, SparklineDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the judgement first: name, status, target, outcome, development; the context after
        m = KpiOverviewModel
        for visual, logical in enumerate((m.NAME, m.STATUS, m.TARGET, m.LATEST, m.PERIOD, m.SPARK, m.TREND,
                                          m.FORECAST, m.AREA, m.HORIZON, m.DECIDED, m.SOURCE)):
            header.moveSection(header.visualIndex(logical), visual)
        header.resizeSection(KpiOverviewModel.NAME, 300)
        header.resizeSection(KpiOverviewModel.TARGET, 80)
        header.resizeSection(KpiOverviewModel.LATEST, 95)
        header.resizeSection(KpiOverviewModel.PERIOD, 65)
        header.resizeSection(KpiOverviewModel.TREND, 95)
        header.resizeSection(KpiOverviewModel.AREA, 140)
        header.resizeSection(KpiOverviewModel.SPARK, 90)
        header.resizeSection(KpiOverviewModel.STATUS, 120)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.currentIndexChanged.connect(self._on_filter)
        return box

    def set_rows(self, rows: list[KpiRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self._fill(self.area_box, self.tr("Alla målområden"), [(r.goal_area, r.goal_area) for r in rows])
        self._fill(self.horizon_box, self.tr("Alla horisonter"),
                   [(self.tr(HORIZONS.get(r.horizon, r.horizon)), r.horizon) for r in rows])
        self._fill(self.decided_box, self.tr("Alla beslutsfattare"), [(r.decided_by, r.decided_by) for r in rows])
        self._update_summary()
        if current is not None:
            self.select(current.name)

    def _fill(self, box: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        keep = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(all_text, ALL)
        for text, data in dict.fromkeys(items):
            if data:
                box.addItem(text, data)
        i = box.findData(keep)
        box.setCurrentIndex(max(i, 0))
        box.blockSignals(False)
        self._on_filter()

    def _on_filter(self) -> None:
        self.proxy.set(goal_area=self.area_box.currentData() or ALL, horizon=self.horizon_box.currentData() or ALL,
                       decided_by=self.decided_box.currentData() or ALL, status=self.status_box.currentData() or ALL)
        self._update_summary()

    def _update_summary(self) -> None:
        shown = [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]
        counts = Counter(r.status for r in shown)
        parts = [f"{self.tr(STATUS_LABELS[s])}: {counts.get(s, 0)}" for s in Status]
        self.summary.setText(self.tr("%1 nyckeltal visas · ").replace("%1", str(len(shown))) + " · ".join(parts))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.kpi_selected.emit(current.data(ROW_ROLE) if current.isValid() else None)

    def current(self) -> KpiRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, name: str) -> bool:
        for i in range(self.proxy.rowCount()):
            index = self.proxy.index(i, 0)
            if index.data(ROW_ROLE).name == name:
                self.table.setCurrentIndex(index)
                return True
        return False
