"""Calendar: every meeting by month or as a list, filtered by body, exportable to .ics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.reading import MeetingSummary, all_meetings, bodies
from ..context import AppContext
from ..delegates import MonthDelegate
from ..i18n import month_title
from ..icons import icon
from ..models.base import ROW_ROLE
from ..models.meetings import MEETINGS_ROLE, MeetingsModel, MonthModel, kind_label, meeting_heading
from ..widgets.common import button, heading, muted, tree

translate = QCoreApplication.translate


def export_meetings(parent: QWidget, ctx: AppContext, meeting: str | None = None) -> Path | None:
    """Ask where to save, then write .ics; one meeting or all of them."""
    from ...services.calendar_export import export_ics

    name = f"sammantrade-{meeting.replace(':', '-')}.ics" if meeting else "sammantraden.ics"
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Calendar", "Exportera till kalender"), str(Path.home() / name), translate("Calendar", "iCalendar (*.ics)"))
    if not path:
        return None
    out = Path(path if path.endswith(".ics") else path + ".ics")
    try:
        count = export_ics(ctx.db, out, meeting=meeting)
    except Exception as exc:
        QMessageBox.warning(parent, translate("Calendar", "Exporten misslyckades"), str(exc))
        return None
    QMessageBox.information(parent, translate("Calendar", "Exporterat"),
                            translate("Calendar", "%1 sammanträden sparades i %2.").replace("%1", str(count)).replace("%2", str(out)))
    return out


class CalendarPage(QWidget):
    open_meeting = Signal(str)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: Any = None, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ctx, self._today = ctx, today
        self._meetings: list[MeetingSummary] = []
        self._positioned = False
        self.month_model = MonthModel(self)
        self.list_model = MeetingsModel(self)

        self.prev_button = QToolButton(self)
        self.prev_button.setIcon(icon("prev"))
        self.prev_button.setAccessibleName(self.tr("Föregående månad"))
        self.prev_button.setToolTip(self.tr("Föregående månad (Page Up)"))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(icon("next"))
        self.next_button.setAccessibleName(self.tr("Nästa månad"))
        self.next_button.setToolTip(self.tr("Nästa månad (Page Down)"))
        self.month_label = heading("", 2)
        self.month_label.setWordWrap(False)
        self.month_label.setMinimumWidth(self.month_label.fontMetrics().horizontalAdvance("September 2024") * 3 // 2)
        self.body_filter = QComboBox(self)
        self.body_filter.setAccessibleName(self.tr("Visa organ"))
        self.export_all_button = button(self.tr("Exportera alla…"), self.tr("Exportera alla sammanträden"),
                                        icon_name="export",
                                        description=self.tr("Spara alla sammanträden som en .ics-fil för din kalender"))
        self.legend = muted(self.tr("● sammanträde   ◆ gemensam dag (budgetdag, planeringsdag)"))

        self.month = QTableView(self)
        self.month.setAccessibleName(self.tr("Månadskalender"))
        self.month.setAccessibleDescription(self.tr("Pilarna flyttar mellan dagarna, Enter öppnar dagens sammanträde."))
        self.month.setModel(self.month_model)
        self.month.setItemDelegate(MonthDelegate(self.month))
        self.month.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month.activated.connect(self._day_activated)

        self.list = tree(self.tr("Sammanträden i listform"), self.tr("Enter öppnar sammanträdet."), self, sortable=True)
        self.list.setModel(self.list_model)
        self.list.activated.connect(self._list_activated)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Kalendervy"))
        self.tabs.addTab(self.month, self.tr("&Månad"))
        self.tabs.addTab(self.list, self.tr("&Lista"))
        self.tabs.currentChanged.connect(lambda _i: self._update_controls())

        self.back_button = button(self.tr("‹ Kommande"), self.tr("Tillbaka till kommande sammanträden"))
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.back_button)
        bar.addSpacing(12)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.month_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Organ:"), self))
        bar.addWidget(self.body_filter)
        bar.addWidget(self.export_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Kalender")))
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.legend)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.back_button.clicked.connect(self.back_requested)
        self.body_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.export_all_button.clicked.connect(lambda: export_meetings(self, self.ctx))
        for key, delta in ((Qt.Key.Key_PageUp, -1), (Qt.Key.Key_PageDown, 1)):
            from PySide6.QtGui import QShortcut

            QShortcut(key, self.month, lambda d=delta: self.step(d), context=Qt.ShortcutContext.WidgetShortcut)
        ctx.events.personal_changed.connect(lambda _k: self.refresh())

    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            self._meetings = all_meetings(s, self.ctx.followed_bodies)
            known = bodies(s)
        chosen = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("Alla organ"), None)
        present = {m.body for m in self._meetings}
        for code, name in known:
            if code in present:
                self.body_filter.addItem(name, code)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(chosen)))
        self.body_filter.blockSignals(False)
        if not self._positioned:
            self._positioned = True
            self._go_to_relevant_month()
        self._apply_filter()

    def _go_to_relevant_month(self) -> None:
        today = self._today()
        upcoming = [m for m in self._meetings if m.end >= today]
        target = upcoming[0].start if upcoming else (self._meetings[-1].start if self._meetings else today)
        self.month_model.set_month(target.year, target.month)

    def _apply_filter(self) -> None:
        code = self.body_filter.currentData()
        shown = [m for m in self._meetings if code is None or m.body == code]
        self.month_model.set_meetings(shown)
        self.list_model.set_rows(shown)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self._update_controls()

    def step(self, months: int) -> None:
        self.month_model.step(months)
        self._update_controls()

    def show_month(self, year: int, month: int) -> None:
        self.month_model.set_month(year, month)
        self._update_controls()

    def _update_controls(self) -> None:
        month_view = self.tabs.currentIndex() == 0
        for w in (self.prev_button, self.next_button, self.month_label):
            w.setVisible(month_view)
        title = month_title(self.month_model.year, self.month_model.month)
        self.month_label.setText(f"<h2 style='margin:0;'>{title}</h2>")
        self.month_label.setAccessibleName(title)
        first = self.month_model.index_of(dt.date(self.month_model.year, self.month_model.month, 1))
        if not self.month.currentIndex().isValid() or not self.month.currentIndex().data(MEETINGS_ROLE):
            days = [self.month_model.index_of(d) for m in self.month_model.meetings_on_month() for d in m.days]
            self.month.setCurrentIndex(next((i for i in days if i.isValid()), first))

    def _day_activated(self, index: QModelIndex) -> None:
        found: list[MeetingSummary] = index.data(MEETINGS_ROLE) or []
        if len(found) == 1:
            self.open_meeting.emit(found[0].key)
        elif found:
            menu = QMenu(self)
            menu.setAccessibleName(self.tr("Välj sammanträde"))
            for m in found:
                menu.addAction(f"{kind_label(m.kind)}: {meeting_heading(m)}", lambda k=m.key: self.open_meeting.emit(k))
            menu.exec(self.month.viewport().mapToGlobal(self.month.visualRect(index).center()))

    def _list_activated(self, index: QModelIndex) -> None:
        m = index.data(ROW_ROLE)
        if isinstance(m, MeetingSummary):
            self.open_meeting.emit(m.key)

    def show_list(self) -> None:
        self.tabs.setCurrentIndex(1)
