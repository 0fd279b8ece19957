"""One meeting: its facts and the agenda in order, grouped by category, with a badge per item.

Under the facts: when the meeting was last fetched (package or central store)
and how many items are current, changed since the member read them, or withdrawn.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QModelIndex, QTimeZone, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ...services import catalog, sync_state
from ...services.catalog import ItemInfo, MeetingInfo
from ...services.reading import summarize
from ..context import AppContext
from ..delegates import BadgeDelegate
from ..i18n import format_range, format_time, locale
from ..models.agenda import AgendaModel
from ..models.base import ROW_ROLE
from ..models.meetings import items_text, kind_label, meeting_heading, reading_status
from ..widgets.common import button, heading, muted, set_heading, tree
from .calendar import export_meetings


def fetched_text(value: dt.datetime | None) -> str:
    """'hämtad 6 september 2024 14:30' in the member's time zone; the database keeps UTC."""
    if value is None:
        return QCoreApplication.translate("MeetingPage", "inte hämtad (inläst från fil)")
    moment = QDateTime(value.date(), value.time(), QTimeZone.utc()).toLocalTime()
    return QCoreApplication.translate("MeetingPage", "hämtad %1").replace(
        "%1", locale().toString(moment, "d MMMM yyyy HH:mm"))


def sync_text(state: sync_state.MeetingState) -> str:
    """'Hämtad … · 1 aktuella, 1 ändrade sedan du läste, 1 utgått'; material read from local files just says so."""
    c = state.counts
    translate = QCoreApplication.translate  # named `tr`, lupdate would take ("MeetingPage", text) for self.tr
    if state.fetched_at is None and not (c["changed"] or c["withdrawn"] or c.get("expired")):
        return translate("MeetingPage", "Inläst från fil, inte hämtad från utgivaren")  # nothing to compare with
    counts = translate("MeetingPage", "%1 aktuella, %2 ändrade sedan du läste, %3 utgått") \
        .replace("%1", str(c["current"])).replace("%2", str(c["changed"])).replace("%3", str(c["withdrawn"]))
    if c.get("expired"):
        counts += translate("MeetingPage", ", %1 med sekretesstid som gått ut").replace("%1", str(c["expired"]))
    when = fetched_text(state.fetched_at)
    return f"{when[:1].upper()}{when[1:]} · {counts}"


class MeetingPage(QWidget):
    open_item = Signal(str)
    open_prep = Signal(str)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingInfo | None = None
        self.back_button = button(self.tr("‹ Tillbaka"), self.tr("Tillbaka"), description=self.tr("Tillbaka (Esc)"))
        self.kind_label = muted()
        self.title = heading("")
        self.facts = muted()
        self.status = muted()
        self.documents = muted()
        self.documents.setWordWrap(True)
        self.documents.setAccessibleName(self.tr("Mötets egna handlingar"))
        self.sync_label = muted()
        self.sync_label.setAccessibleName(self.tr("Synkläge"))
        self.prep_button = button(self.tr("Mina &frågor inför mötet"), self.tr("Mina frågor inför mötet"),
                                  icon_name="flag", description=self.tr("Alla ärenden du flaggat med en fråga"))
        self.export_button = button(self.tr("&Exportera till kalender…"), self.tr("Exportera sammanträdet till kalender"),
                                    icon_name="export", description=self.tr("Spara sammanträdet som .ics-fil"))
        self.print_button = button(self.tr("Skriv &ut…"), self.tr("Skriv ut möteshandlingar"),
                                   icon_name="print", description=self.tr("Skriv ut eller spara möteshandlingarna som PDF (Ctrl+P)"))
        self.model = AgendaModel(self)
        self.agenda = tree(self.tr("Föredragningslista"),
                           self.tr("Ärendena i ordning, grupperade efter kategori. Enter öppnar ärendet."), self)
        self.agenda.setRootIsDecorated(False)
        self.agenda.setItemsExpandable(False)
        self.agenda.setModel(self.model)
        self.agenda.setItemDelegate(BadgeDelegate(self.agenda))
        self.agenda.activated.connect(self._activated)
        header = self.agenda.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.prep_button)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 20)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.status)
        layout.addWidget(self.documents)
        layout.addWidget(self.sync_label)
        layout.addSpacing(10)
        layout.addWidget(self.agenda, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.prep_button.clicked.connect(lambda: self.meeting and self.open_prep.emit(self.meeting.key))
        self.export_button.clicked.connect(lambda: self.meeting and export_meetings(self, self.ctx, self.meeting.key))
        self.print_button.clicked.connect(self.print_pack)
        ctx.events.personal_changed.connect(lambda _k: self.meeting and self.show_meeting(self.meeting.key))
        ctx.events.published_changed.connect(lambda: self.meeting and self.show_meeting(self.meeting.key))

    def show_meeting(self, ref: str) -> None:
        with self.ctx.db.session() as s:
            self.meeting = m = catalog.find_meeting(s, ref)
            state = sync_state.meeting_state(s, m.key)
        summary = summarize(m)
        current = self.agenda.currentIndex().data(ROW_ROLE)
        cancelled = self.tr("Inställt") + " · " if m.cancelled else ""
        self.kind_label.setText(f"{cancelled}{kind_label(m.kind)} · {m.body_name}".upper())
        set_heading(self.title, meeting_heading(summary))
        when = format_range(m.start, m.end, weekday=True)
        if m.start_time and m.end_time and m.start == m.end:
            when += self.tr(", klockan %1–%2").replace("%1", format_time(m.start_time)).replace(
                "%2", format_time(m.end_time))
        elif m.start_time:
            when += self.tr(", klockan %1").replace("%1", format_time(m.start_time))
        place = m.place or self.tr("plats meddelas senare")
        facts = [when, place]
        if m.cancelled:
            facts.insert(0, self.tr("Sammanträdet är inställt"))
        self.facts.setText(" · ".join(facts))
        roles = {"invitation": self.tr("Kallelse"), "resultsProtocol": self.tr("Protokoll"),
                 "verbatimProtocol": self.tr("Ordagrant protokoll"), "auxiliaryFile": self.tr("Bilaga")}
        self.documents.setText(self.tr("Mötets handlingar: %1").replace("%1", "; ".join(
            f"{roles.get(d.role, d.role)} ({d.title})" for d in m.documents)) if m.documents else "")
        self.documents.setVisible(bool(m.documents))
        self.status.setText(f"{items_text(summary)} · {reading_status(summary)}")
        self.sync_label.setText(sync_text(state))
        self.model.set_items(m.items)
        self.agenda.expandAll()
        for row in range(self.model.rowCount()):
            self.agenda.setFirstColumnSpanned(row, QModelIndex(), True)
        key = current.key if isinstance(current, ItemInfo) else None
        target = self.model.item_index(key) if key else QModelIndex()
        if not target.isValid() and self.model.items():
            target = self.model.item_index(self.model.items()[0].key)
        self.agenda.setCurrentIndex(target)

    def print_pack(self) -> None:
        if self.meeting:
            from ..dialogs.pack_dialog import open_pack_dialog

            open_pack_dialog(self, self.ctx, self.meeting.key)

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if isinstance(item, ItemInfo):
            self.open_item.emit(item.key)

    def focus_agenda(self) -> None:
        self.agenda.setFocus()
