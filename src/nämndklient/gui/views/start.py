"""Start view: the member's next meetings and how much is left to read before each.

It is the first view a member sees, so it can be shown before the database layer
is loaded: built without a context and handed the quick query's rows
(`persistence.start_query`, see `app.py`). This module therefore imports
neither SQLAlchemy nor the services at the top.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QVBoxLayout, QWidget

from ...persistence.start_query import MeetingSummary, StartList
from ..delegates import CardDelegate
from ..models.base import ROW_ROLE
from ..models.meetings import MeetingsModel
from ..widgets.common import button, heading, muted, set_heading

if TYPE_CHECKING:
    from ..context import AppContext


class StartPage(QWidget):
    open_meeting = Signal(str)
    show_calendar = Signal()

    def __init__(self, ctx: AppContext | None, parent: Any = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        """Without `ctx`, a page that only shows what `show_list` is given (the quick start)."""
        super().__init__(parent)
        self.ctx, self._today = ctx, today
        self.title = heading(self.tr("Kommande sammanträden"))
        self.subtitle = muted()
        self.calendar_button = button(self.tr("Visa &kalendern"), self.tr("Visa kalendern"), icon_name="meetings",
                                      description=self.tr("Alla sammanträden per månad eller som lista"))
        self.model = MeetingsModel(self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Sammanträden"))
        self.list.setAccessibleDescription(self.tr("Pilarna väljer, Enter öppnar sammanträdet."))
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        self.list.activated.connect(self._activated)
        self.calendar_button.clicked.connect(self.show_calendar)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.list, 1)
        if ctx is not None:
            ctx.events.personal_changed.connect(lambda _key: self.refresh())
            ctx.events.published_changed.connect(self.refresh)

    def refresh(self) -> None:
        if self.ctx is None:
            return
        from ...services.reading import start_list  # loaded by the time there is a context

        with self.ctx.db.session() as s:
            found = start_list(s, self._today(), self.ctx.followed_bodies)
        self.show_list(found)

    def show_list(self, found: StartList) -> None:
        """Show these meetings, keeping the selected row where it was."""
        current = self.list.currentIndex().row()
        self.model.set_rows(found.meetings)
        if found.upcoming:
            set_heading(self.title, self.tr("Kommande sammanträden"))
            self.subtitle.setText(self.tr("Dina nästa sammanträden och hur mycket som återstår att läsa."))
        else:
            set_heading(self.title, self.tr("Senaste sammanträden"))
            self.subtitle.setText(self.tr("Inga sammanträden är planerade från i dag. Här är de senaste, "
                                          "det nyaste först."))
        if not found.meetings:
            self.subtitle.setText(self.tr("Det finns inga sammanträden för de organ du följer. "
                                          "Välj organ under Inställningar."))
        row = current if 0 <= current < self.model.rowCount() else 0
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        m = index.data(ROW_ROLE)
        if isinstance(m, MeetingSummary):
            self.open_meeting.emit(m.key)

    def focus_list(self) -> None:
        self.list.setFocus()
