"""Mina frågor inför mötet: every item the member flagged for one meeting, with the question."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ...services import catalog, personal
from ...services.personal import FlagInfo
from ..context import AppContext
from ..i18n import format_range
from ..models.base import ROW_ROLE
from ..models.documents import PreparationModel
from ..widgets.common import button, heading, muted, tree


class PrepPage(QWidget):
    open_item = Signal(str)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_key: str | None = None
        self.back_button = button(self.tr("‹ Tillbaka"), self.tr("Tillbaka"), description=self.tr("Tillbaka (Esc)"))
        self.copy_button = button(self.tr("&Kopiera som text"), self.tr("Kopiera frågorna som text"),
                                  description=self.tr("Kopierar frågorna så att du kan klistra in dem i ett mejl"))
        self.title = heading(self.tr("Mina frågor inför mötet"))
        self.subtitle = muted()
        self.empty = muted(self.tr("Du har inte flaggat något ärende ännu. Öppna ett ärende och kryssa i "
                                   "”Fråga på mötet” för att samla dina frågor här."))
        self.model = PreparationModel(self)
        self.list = tree(self.tr("Mina frågor"), self.tr("Enter öppnar ärendet."), self, sortable=False)
        self.list.setModel(self.model)
        self.list.activated.connect(self._activated)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 20)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.copy_button.clicked.connect(self.copy_text)
        ctx.events.personal_changed.connect(lambda _k: self.meeting_key and self.show_meeting(self.meeting_key))

    def show_meeting(self, meeting_key: str) -> None:
        self.meeting_key = meeting_key
        with self.ctx.db.session() as s:
            meeting = catalog.find_meeting(s, meeting_key)
            flags = personal.preparation_sheet(s, meeting_key)
        self.subtitle.setText(f"{meeting.title}, {format_range(meeting.start, meeting.end, weekday=True)}")
        self.model.set_rows(flags)
        self.list.resizeColumnToContents(0)
        self.list.setColumnWidth(1, max(240, self.width() // 3))
        self.empty.setVisible(not flags)
        self.list.setVisible(bool(flags))
        self.copy_button.setEnabled(bool(flags))
        if flags:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def as_text(self) -> str:
        lines = [self.title.accessibleName(), self.subtitle.text(), ""]
        for f in self.model.rows():
            lines += [f"§ {f.number} {f.title}", f"  {f.question}", ""]
        return "\n".join(lines)

    def copy_text(self) -> None:
        QApplication.clipboard().setText(self.as_text())

    def _activated(self, index: QModelIndex) -> None:
        flag = index.data(ROW_ROLE)
        if isinstance(flag, FlagInfo):
            self.open_item.emit(flag.item_key)
