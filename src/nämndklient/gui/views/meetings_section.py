"""Sammanträden: start view, calendar, meeting, item and preparation sheet, with Esc to go back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ..context import AppContext
from .calendar import CalendarPage
from .item import ItemPage
from .meeting import MeetingPage
from .prep import PrepPage
from .start import StartPage


class MeetingsSection(QWidget):
    leave_to = Signal(str)  # Esc on a page another section opened (a search hit): back to that section

    def __init__(self, ctx: AppContext, parent: Any = None, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget(self)
        self.start = StartPage(ctx, self, today=today)
        self.calendar = CalendarPage(ctx, self, today=today)
        self.meeting = MeetingPage(ctx, self)
        self.item = ItemPage(ctx, self)
        self.prep = PrepPage(ctx, self)
        for page in (self.start, self.calendar, self.meeting, self.item, self.prep):
            self.stack.addWidget(page)
        self._history: list[tuple[QWidget, str | None]] = []
        self._return_to: tuple[int, str] | None = None  # (history depth, section) of a page opened from outside
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.start.open_meeting.connect(self.open_meeting)
        self.start.show_calendar.connect(self.show_calendar)
        self.calendar.open_meeting.connect(self.open_meeting)
        self.calendar.back_requested.connect(self.back)
        self.meeting.open_item.connect(self.open_item)
        self.meeting.open_prep.connect(self.open_prep)
        self.meeting.back_requested.connect(self.back)
        self.item.back_requested.connect(self.back)
        self.item.open_prep.connect(self.open_prep)
        self.prep.open_item.connect(self.open_item)
        self.prep.back_requested.connect(self.back)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def refresh(self) -> None:
        self.start.refresh()
        self.calendar.refresh()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _go(self, here: tuple[QWidget, str | None], page: QWidget, ref: str | None) -> None:
        """Show `page`, remembering where we came from (captured before the page was reloaded)."""
        if here[0] is self.item and page is not self.item:
            self.item.flush()
        if here != (page, ref):
            self._history.append(here)
        self.stack.setCurrentWidget(page)

    def _here(self) -> tuple[QWidget, str | None]:
        return self.stack.currentWidget(), self._current_ref()

    def _current_ref(self) -> str | None:
        page = self.stack.currentWidget()
        if page is self.meeting and self.meeting.meeting:
            return self.meeting.meeting.key
        if page is self.item and self.item.detail:
            return self.item.detail.item.key
        if page is self.prep:
            return self.prep.meeting_key
        return None

    def return_to(self, section: str) -> None:
        """The page just opened came from `section` (Sök): Esc on it goes back there."""
        self._return_to = (len(self._history), section)

    def open_item_at(self, key: str, document_key: str, page: int, highlight: str = "") -> None:
        """Open an item with one of its attachments at `page` (1-based), `highlight`'s words marked."""
        self.open_item(key)
        self.item.show_attachment_page(document_key, page, highlight)

    def show_start(self) -> None:
        self._return_to = None
        self._history.clear()
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self.start.focus_list()

    def show_calendar(self, *, as_list: bool = False) -> None:
        self._go(self._here(), self.calendar, None)
        if as_list:
            self.calendar.show_list()
        (self.calendar.list if as_list else self.calendar.month).setFocus()

    def open_meeting(self, ref: str) -> None:
        here = self._here()
        if here[0] is self.item:
            self.item.flush()
        self.meeting.show_meeting(ref)
        self._go(here, self.meeting, ref)
        self.meeting.focus_agenda()

    def open_item(self, key: str) -> None:
        here = self._here()
        if here[0] is self.item:
            self.item.flush()
        self.item.show_item(key)
        self._go(here, self.item, key)
        self.item.reader.setFocus()

    def open_prep(self, meeting_key: str) -> None:
        here = self._here()
        if here[0] is self.item:
            self.item.flush()
        self.prep.show_meeting(meeting_key)
        self._go(here, self.prep, meeting_key)
        self.prep.list.setFocus()

    def back(self) -> None:
        """Esc: one step back, and from the meeting always to the page that opened it."""
        if self.stack.currentWidget() is self.item:
            self.item.flush()
        if self._return_to is not None and self._return_to[0] == len(self._history):
            section, self._return_to = self._return_to[1], None
            self.leave_to.emit(section)
            return
        while self._history:
            page, ref = self._history.pop()
            if page is self.stack.currentWidget() and ref == self._current_ref():
                continue
            if page is self.meeting and ref:
                self.meeting.show_meeting(ref)
            elif page is self.item and ref:
                self.item.show_item(ref)
            elif page is self.prep and ref:
                self.prep.show_meeting(ref)
            elif page is self.start:
                self.start.refresh()
            self.stack.setCurrentWidget(page)
            page.setFocus()
            focus = {self.start: self.start.list, self.meeting: self.meeting.agenda, self.calendar: self.calendar.month,
                     self.prep: self.prep.list, self.item: self.item.reader}.get(page)
            if focus is not None:
                focus.setFocus()
            return
        if self.stack.currentWidget() is not self.start:
            self.show_start()

    def flush(self) -> None:
        self.item.flush()
