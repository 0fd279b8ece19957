"""The KPI overview: every KPI of the plan with target, latest outcome, status and a sparkline, per goal area."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.kpi_status import DEFAULT_TOLERANCE, Status
from ...services.kpi_values import KpiRow
from ..charts.sparkline import SPARK_ROLE, SparklineDelegate
from .models import ROW_ROLE, SORT_ROLE, KpiOverviewModel, direction_short_widest, horizon_label, status_label

ALL = ""
GROUP_ROLE = Qt.ItemDataRole.UserRole + 20
"""On a goal-area heading row: the goal area's name; None on a KPI row."""
Index = QModelIndex | QPersistentModelIndex


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


class GroupedKpis(QAbstractProxyModel):
    """The filtered, sorted KPIs under one heading row per goal area, the areas in the plan's order.

    Sorting happens inside each goal area; the heading rows are neither selectable nor reachable with the
    arrow keys. With grouping off the proxy passes the rows through unchanged.
    """

    def __init__(self, base: KpiOverviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.grouped = True
        self._rows: list[tuple[int, str, int]] = []  # (source row or -1 for a heading, goal area, KPIs in area)
        self._proxy_row: dict[int, int] = {}
        self._saved: list[tuple[QModelIndex, QPersistentModelIndex | str]] = []

    def setSourceModel(self, model: Any) -> None:
        self.beginResetModel()
        super().setSourceModel(model)
        self._rebuild()
        self.endResetModel()
        # a reset upstream (new figures) is passed on as a layout change: a reset would also throw away the
        # column widths of the table showing this model
        model.modelAboutToBeReset.connect(self._about_to_change)
        model.modelReset.connect(self._changed)
        model.dataChanged.connect(self._data_changed)
        for about, done in ((model.layoutAboutToBeChanged, model.layoutChanged),
                            (model.rowsAboutToBeInserted, model.rowsInserted),
                            (model.rowsAboutToBeRemoved, model.rowsRemoved),
                            (model.rowsAboutToBeMoved, model.rowsMoved)):
            about.connect(self._about_to_change)
            done.connect(self._changed)

    def set_grouped(self, on: bool) -> None:
        if on != self.grouped:
            self._about_to_change()
            self.grouped = on
            self._changed()

    def _rebuild(self) -> None:
        src = self.sourceModel()
        rows = [src.index(i, 0).data(ROW_ROLE) for i in range(src.rowCount())] if src is not None else []
        if not self.grouped:
            self._rows = [(i, r.goal_area, 0) for i, r in enumerate(rows)]
        else:
            order = {a: n for n, a in enumerate(dict.fromkeys(r.goal_area for r in self.base.rows()))}
            buckets: dict[str, list[int]] = {}
            for i, r in enumerate(rows):
                buckets.setdefault(r.goal_area, []).append(i)
            self._rows = []
            for area in sorted(buckets, key=lambda a: order.get(a, len(order))):
                self._rows.append((-1, area, len(buckets[area])))
                self._rows.extend((i, area, 0) for i in buckets[area])
        self._proxy_row = {s: p for p, (s, _, _) in enumerate(self._rows) if s >= 0}

    def _about_to_change(self, *_args: Any) -> None:
        self.layoutAboutToBeChanged.emit()
        self._saved = []
        for p in self.persistentIndexList():
            s, area, _ = self._rows[p.row()] if 0 <= p.row() < len(self._rows) else (-1, "", 0)
            key: QPersistentModelIndex | str = QPersistentModelIndex(self.mapToSource(p)) if s >= 0 else area
            self._saved.append((QModelIndex(p), key))

    def _changed(self, *_args: Any) -> None:
        self._rebuild()
        heads = {area: n for n, (s, area, _) in enumerate(self._rows) if s < 0}
        for old, key in self._saved:
            if isinstance(key, str):
                new = self.index(heads[key], old.column()) if key in heads else QModelIndex()
            else:
                new = self.mapFromSource(QModelIndex(key))
            self.changePersistentIndex(old, new)
        self._saved = []
        self.layoutChanged.emit()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int] | None = None) -> None:
        for row in range(top.row(), bottom.row() + 1):
            if row in self._proxy_row:
                p = self._proxy_row[row]
                self.dataChanged.emit(self.index(p, top.column()), self.index(p, bottom.column()), roles or [])

    # --- the proxy's mapping -------------------------------------------------------------------------

    def heading_rows(self) -> list[int]:
        return [n for n, (s, _, _) in enumerate(self._rows) if s < 0]

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row][0] < 0

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid() or not 0 <= proxy.row() < len(self._rows) or self.sourceModel() is None:
            return QModelIndex()
        s = self._rows[proxy.row()][0]
        return self.sourceModel().index(s, proxy.column()) if s >= 0 else QModelIndex()

    def mapFromSource(self, source: Index) -> QModelIndex:
        if not source.isValid() or source.row() not in self._proxy_row:
            return QModelIndex()
        return self.index(self._proxy_row[source.row()], source.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent(), not the model's
            return QObject.parent(self)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        src = self.sourceModel()
        return 0 if parent.isValid() or src is None else src.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and self.sourceModel() is not None:
            return self.sourceModel().headerData(section, orientation, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.is_heading(index.row()):
            return Qt.ItemFlag.NoItemFlags  # not selectable, skipped by the arrow keys
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s, area, count = self._rows[index.row()]
        if s >= 0:
            # straight to the Python model: QModelIndex.data() from Python drops a reference to None each
            # time it returns None (PySide6 6.12 on Python 3.11), and a table asks for many empty roles
            source = self.sourceModel()
            return self.base.data(source.mapToSource(source.index(s, index.column())), role)
        if role == GROUP_ROLE:
            return area
        if role == SPARK_ROLE:
            return ()
        first = index.column() == KpiOverviewModel.NAME
        text = QCoreApplication.translate("KpiOverview", "%1 · %2 nyckeltal").replace("%1", area) \
            .replace("%2", str(count))
        if role == Qt.ItemDataRole.DisplayRole and first:
            return text
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole) and first:
            return QCoreApplication.translate("KpiOverview", "Målområde: %1").replace("%1", text)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            from PySide6.QtWidgets import QApplication

            return QBrush(QApplication.palette().color(QPalette.ColorRole.Button))
        if role == Qt.ItemDataRole.ForegroundRole:
            from PySide6.QtWidgets import QApplication

            return QBrush(QApplication.palette().color(QPalette.ColorRole.ButtonText))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.sourceModel() is not None:
            self.sourceModel().sort(column, order)


class RoomyDelegate(QStyledItemDelegate):
    """Rows with air above and below the text, also when a long name wraps onto two lines."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 10)


class KpiTable(QTableView):
    """The overview's table: the name column takes whatever the other columns leave, never less than 18 em."""

    def name_minimum(self) -> int:
        return self.fontMetrics().horizontalAdvance("M") * 18

    def fit_name(self) -> None:
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != KpiOverviewModel.NAME and not header.isSectionHidden(c))
        width = max(self.name_minimum(), self.viewport().width() - others)
        if header.sectionSize(KpiOverviewModel.NAME) != width:
            header.resizeSection(KpiOverviewModel.NAME, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_name()

    def fit_rows(self) -> None:
        """Row heights from the name column alone, the only one that wraps.

        The vertical header's ResizeToContents asked every cell of every row for its size hint on
        each layout pass: on 100 KPIs some ten thousand Python data() calls a pass, most of the
        overview's time (profiled with pyinstrument, see `make bench`).
        """
        model, rows = self.model(), self.verticalHeader()
        if model is None:
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        if self.wordWrap():
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        minimum = rows.minimumSectionSize()
        option.rect = QRect(0, 0, self.columnWidth(KpiOverviewModel.NAME), minimum)  # a valid rect: wrap to its width
        for row in range(model.rowCount()):
            index = model.index(row, KpiOverviewModel.NAME)
            delegate = self.itemDelegateForIndex(index)
            height = max(minimum, delegate.sizeHint(option, index).height())
            if rows.sectionSize(row) != height:
                rows.resizeSection(row, height)


def _labelled(label: QLabel, field: QWidget, parent: QWidget) -> QWidget:
    """A label and its field kept together when the filter bar rearranges."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field, 1)
    return box


class KpiOverview(QWidget):
    kpi_selected = Signal(object)  # KpiRow or None
    tolerance_changed = Signal(object)  # Decimal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = KpiOverviewModel(self)
        self.proxy = KpiFilter(self)
        self.proxy.setSourceModel(self.model)
        self.grouped = GroupedKpis(self.model, self)
        self.grouped.setSourceModel(self.proxy)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Sammanfattning av status"))
        self.summary.setWordWrap(True)

        self.area_box = self._combo(self.tr("Målområde"))
        self.horizon_box = self._combo(self.tr("Horisont"))
        self.decided_box = self._combo(self.tr("Beslutat av"))
        self.status_box = self._combo(self.tr("Status"))
        self.status_box.addItem(self.tr("Alla statusar"), ALL)
        for status in Status:
            self.status_box.addItem(status_label(status), status.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök nyckeltal"))
        self.search.setAccessibleName(self.tr("Sök nyckeltal"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
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
        self.group_box = QCheckBox(self.tr("&Gruppera per målområde"), self)
        self.group_box.setAccessibleName(self.tr("Visa nyckeltalen grupperade per målområde"))
        self.group_box.setChecked(True)
        self.group_box.toggled.connect(self.set_grouped)

        # the four filters on one line when there is room, two by two when not; search and options below
        self._filter_boxes = [
            _labelled(QLabel(self.tr("Mål&område:"), self), self.area_box, self),
            _labelled(QLabel(self.tr("&Horisont:"), self), self.horizon_box, self),
            _labelled(QLabel(self.tr("&Beslutad av:"), self), self.decided_box, self),
            _labelled(QLabel(self.tr("S&tatus:"), self), self.status_box, self),
        ]
        self.filters = QGridLayout()
        self.filters.setHorizontalSpacing(18)
        self._filters_per_row = 0
        self._arrange_filters(4)
        search_label = QLabel(self.tr("Sö&k:"), self)
        search_label.setBuddy(self.search)
        tol_label = QLabel(self.tr("&Nära = inom"), self)
        tol_label.setBuddy(self.tolerance)
        options = QHBoxLayout()
        options.setSpacing(6)
        options.addWidget(search_label)
        options.addWidget(self.search, 1)
        options.addSpacing(12)
        options.addWidget(tol_label)
        options.addWidget(self.tolerance)
        options.addWidget(QLabel(self.tr("av målet"), self))
        options.addSpacing(12)
        options.addWidget(self.group_box)

        self.table = KpiTable(self)
        self.table.setAccessibleName(self.tr("Nyckeltal"))
        self.table.setModel(self.grouped)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setItemDelegate(RoomyDelegate(self.table))
        self.table.setItemDelegateForColumn(KpiOverviewModel.SPARK, SparklineDelegate(self.table))
        rows = self.table.verticalHeader()
        rows.hide()
        line = self.fontMetrics().lineSpacing()
        rows.setMinimumSectionSize(line + 14)
        rows.setDefaultSectionSize(line + 14)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # a long name wraps onto a 2nd line: fit_rows
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        m = KpiOverviewModel
        header.setMinimumSectionSize(48)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        # the context the detail pane shows anyway; a right click on the headings brings them back
        for col in (m.HORIZON, m.DECIDED, m.SOURCE):
            self.table.setColumnHidden(col, True)
        self._size_columns()
        header.sectionResized.connect(self._column_resized)
        self.grouped.layoutChanged.connect(self._update_spans)
        self.grouped.modelReset.connect(self._update_spans)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.set_grouped(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.filters)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def _arrange_filters(self, per_row: int) -> None:
        if per_row == self._filters_per_row:
            return
        self._filters_per_row = per_row
        for box in self._filter_boxes:
            self.filters.removeWidget(box)
        for n, box in enumerate(self._filter_boxes):
            self.filters.addWidget(box, n // per_row, n % per_row, Qt.AlignmentFlag.AlignLeft)
        for col in range(5):
            self.filters.setColumnStretch(col, 1 if col == per_row else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = sum(b.sizeHint().width() for b in self._filter_boxes) + 18 * 3
        self._arrange_filters(4 if event.size().width() >= wanted else 2)

    def _size_columns(self) -> None:
        """Fixed columns as wide as their header or their widest likely content; the name takes the rest."""
        m = KpiOverviewModel
        fm = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        pad = 28  # cell margins, the sort arrow

        def width(*texts: str) -> int:
            return max(fm.horizontalAdvance(t) for t in texts) + pad

        header = self.table.horizontalHeader()
        head = lambda c: str(self.model.headerData(c, Qt.Orientation.Horizontal))  # noqa: E731
        header.resizeSection(m.STATUS, max(width(head(m.STATUS)), max(width(status_label(s)) for s in Status) + 22))
        header.resizeSection(m.TARGET, width(head(m.TARGET), "≥ 1\u00a0000,0\u00a0%"))
        header.resizeSection(m.DIRECTION, width(head(m.DIRECTION), direction_short_widest()))
        header.resizeSection(m.LATEST, width(head(m.LATEST), "−1\u00a0000,0\u00a0%"))
        header.resizeSection(m.PERIOD, width(head(m.PERIOD), "2024-T2"))
        header.resizeSection(m.SPARK, max(width(head(m.SPARK)), 96))
        header.resizeSection(m.TREND, width(head(m.TREND), "Förbättras"))
        header.resizeSection(m.FORECAST, width(head(m.FORECAST)))
        header.resizeSection(m.AREA, width(head(m.AREA), "Hälso- och sjukvård"))
        header.resizeSection(m.HORIZON, width(head(m.HORIZON), horizon_label("long_term")))
        header.resizeSection(m.DECIDED, width(head(m.DECIDED), "Regionfullmäktige"))
        header.resizeSection(m.SOURCE, width(head(m.SOURCE), "Delårsrapport, Kolada"))
        self.table.setMinimumWidth(self.name_minimum() + sum(
            header.sectionSize(c) for c in (m.STATUS, m.TARGET, m.LATEST, m.SPARK)) + 24)

    def name_minimum(self) -> int:
        return self.table.name_minimum()

    def _update_spans(self) -> None:
        """A goal-area heading runs across the whole row; the rows, shown anew, get their heights."""
        self.table.clearSpans()
        columns = self.grouped.columnCount()
        for row in self.grouped.heading_rows():
            self.table.setSpan(row, 0, 1, columns)
        self.table.fit_rows()

    def _column_resized(self, logical: int, _old: int, _new: int) -> None:
        if logical == KpiOverviewModel.NAME:
            self.table.fit_rows()
        else:
            self.table.fit_name()

    def _column_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        m = KpiOverviewModel
        for col in range(m.STATUS, self.model.columnCount()):
            if col == m.AREA and self.grouped.grouped:
                continue
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.show_column(c, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def show_column(self, column: int, on: bool = True) -> None:
        self.table.setColumnHidden(column, not on)
        self.table.fit_name()

    def set_grouped(self, on: bool) -> None:
        """One heading row per goal area (the goal-area column is then redundant and hidden), or a flat list."""
        current = self.current()
        self.grouped.set_grouped(on)
        self.table.setColumnHidden(KpiOverviewModel.AREA, on)
        self.table.fit_name()
        if self.group_box.isChecked() != on:
            self.group_box.setChecked(on)
        if current is not None:
            self.select(current.name)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.currentIndexChanged.connect(self._on_filter)
        return box

    def set_rows(self, rows: list[KpiRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self._fill(self.area_box, self.tr("Alla målområden"), [(r.goal_area, r.goal_area) for r in rows])
        self._fill(self.horizon_box, self.tr("Alla horisonter"),
                   [(horizon_label(r.horizon), r.horizon) for r in rows])
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
        parts = [f"{status_label(s)}: {counts.get(s, 0)}" for s in Status]
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
                self.table.setCurrentIndex(self.grouped.mapFromSource(index))
                return True
        return False
