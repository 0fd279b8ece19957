"""Assignments (uppdrag): what the plan asked for, who answers for it, and how far it has come."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.assignments import (
    DEFAULT_BODY,
    STATUSES,
    AssignmentRow,
    StatusSource,
    filter_rows,
    status_counts,
    with_status_per_area,
)
from .models import ROW_ROLE, SORT_ROLE, AssignmentModel, assignment_status_label


class AssignmentsView(QWidget):
    tracking_set = Signal(str, str, object, str)  # key, status, date, comment
    tracking_cleared = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssignmentRow] = []
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("Uppdragens status, och per målområde hur många som har status"))
        self.only_not_started = QCheckBox(self.tr("Endast &ej påbörjade"), self)
        self.only_not_started.setAccessibleName(self.tr("Visa endast ej påbörjade uppdrag"))
        self.only_ours = QCheckBox(self.tr("Endast &våra"), self)
        self.only_ours.setAccessibleName(self.tr("Visa endast uppdrag där vårt organ är ansvarigt"))
        self.body = QLineEdit(DEFAULT_BODY, self)
        self.body.setAccessibleName(self.tr("Vårt organ (förkortning)"))
        self.body.setMaximumWidth(80)
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Målområde"))
        for w in (self.only_not_started, self.only_ours):
            w.toggled.connect(self._apply)
        self.body.textChanged.connect(self._apply)
        self.area.currentIndexChanged.connect(self._apply)

        self.model = AssignmentModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Uppdrag"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the plan's own order until the member sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 420)
        status_width = self.fontMetrics().horizontalAdvance(assignment_status_label(None)) + 28
        self.table.horizontalHeader().resizeSection(AssignmentModel.STATUS, status_width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Egen status för uppdraget"))
        for s in STATUSES:
            self.status.addItem(assignment_status_label(s), s)
        self.status.setPlaceholderText(assignment_status_label(None))  # shown while nothing is chosen
        self.status.setCurrentIndex(-1)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Datum för status"))
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("Kommentar till status"))
        self.comment.setPlaceholderText(self.tr("Kommentar"))
        self.save = QPushButton(self.tr("&Spara egen status"), self)
        self.save.setAccessibleName(self.tr("Spara egen status"))
        self.save.clicked.connect(self._save)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.clear = QPushButton(self.tr("&Ta bort egen status"), self)
        self.clear.setAccessibleName(self.tr("Ta bort egen status"))
        self.clear.clicked.connect(self._clear)

        filters = QHBoxLayout()
        filters.addWidget(self.area)
        filters.addWidget(self.only_not_started)
        filters.addWidget(self.only_ours)
        body_label = QLabel(self.tr("&Organ:"), self)
        body_label.setBuddy(self.body)
        filters.addWidget(body_label)
        filters.addWidget(self.body)
        filters.addStretch(1)
        edit = QHBoxLayout()
        status_label = QLabel(self.tr("Egen uppföljning:"), self)
        status_label.setBuddy(self.status)
        for w in (status_label, self.status, self.date, self.comment, self.save, self.clear):
            edit.addWidget(w, 1 if w is self.comment else 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        self._set_editable(False)

    def set_rows(self, rows: list[AssignmentRow]) -> None:
        current = self.current()
        self._rows = rows
        keep = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("Alla målområden"), None)
        for name in dict.fromkeys(r.goal_area for r in rows):
            self.area.addItem(name, name)
        self.area.setCurrentIndex(max(self.area.findData(keep), 0))
        self.area.blockSignals(False)
        self.counts.setText(self.summary(rows))
        self._apply()
        if current is not None:
            self.select(current.key)

    def summary(self, rows: list[AssignmentRow]) -> str:
        """Counts of what was given: how many have no status, then each status given, then per goal area."""
        counts = status_counts(rows)
        given = [f"{assignment_status_label(s)}: {n}" for s, n in counts.items() if s is not None and n]
        head = self.tr("%1 uppdrag · ingen status angiven: %2").replace("%1", str(len(rows))) \
            .replace("%2", str(counts[None]))
        of = self.tr("%1: %2 av %3 med status")
        parts = [of.replace("%1", area).replace("%2", str(g)).replace("%3", str(n))
                 for area, (g, n) in with_status_per_area(rows).items()]
        return " · ".join([head, *given]) + " — " + " · ".join(parts)

    def _apply(self) -> None:
        shown = filter_rows(self._rows, not_started=self.only_not_started.isChecked(),
                            ours=self.only_ours.isChecked(), body=self.body.text().strip() or DEFAULT_BODY,
                            goal_area=self.area.currentData())
        self.model.set_rows(shown)
        self._set_editable(False)

    def current(self) -> AssignmentRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, key: str) -> None:
        for i in range(self.proxy.rowCount()):
            if self.proxy.index(i, 0).data(ROW_ROLE).key == key:
                self.table.setCurrentIndex(self.proxy.index(i, 0))
                return

    def _set_editable(self, on: bool) -> None:
        for w in (self.status, self.date, self.comment, self.save, self.clear):
            w.setEnabled(on)
        if not on:
            self.status.setCurrentIndex(-1)  # no row chosen: no status shown as if it were one

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: AssignmentRow | None = current.data(ROW_ROLE) if current.isValid() else None
        self._set_editable(row is not None)
        if row is None:
            return
        self.status.setCurrentIndex(self.status.findData(row.status) if row.status else -1)
        day = row.status_date or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.comment.setText(row.comment)
        self.clear.setEnabled(row.status_source is StatusSource.MEMBER)
        self._status_chosen()

    def _status_chosen(self) -> None:
        self.save.setEnabled(self.current() is not None and self.status.currentIndex() >= 0)

    def _save(self) -> None:
        row = self.current()
        if row is not None and self.status.currentIndex() >= 0:
            d = self.date.date()
            self.tracking_set.emit(row.key, self.status.currentData(), dt.date(d.year(), d.month(), d.day()),
                                   self.comment.text())

    def _clear(self) -> None:
        row = self.current()
        if row is not None:
            self.tracking_cleared.emit(row.key)
