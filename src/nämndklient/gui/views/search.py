"""Sök: one field over item texts, documents, attachment pages and notes, grouped by meeting and kind.

A hit on an attachment's page opens the item with that attachment at that page, the words marked.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...persistence.search_index import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    QueryTooLong,
    check_query,
)
from ...services.reading import SearchRow, all_meetings, bodies, search_grouped
from ..context import AppContext
from ..delegates import HtmlDelegate
from ..i18n import locale
from ..models.search import SearchModel
from ..widgets.common import heading, muted, tree

DEBOUNCE_MS = 150
_MARKED = re.compile(f"{HIGHLIGHT_START}(.*?){HIGHLIGHT_END}")


def marked_word(snippet: str) -> str | None:
    """The first word the index matched, as the page spells it: `sjukvard` typed, `sjukvård` found.

    The PDF viewer's own search matches letters exactly, so it is given the word the page has.
    """
    found = _MARKED.search(snippet)
    return found.group(1) if found else None


class SearchSection(QWidget):
    open_ref = Signal(str, str)  # "item:KEY" or "document:KEY", the query
    open_page = Signal(str, str, int, str)  # item key, attachment key, page (1-based), the query

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Sök i ärenden, handlingar och dina anteckningar"))
        self.field.setAccessibleName(self.tr("Sök"))
        self.field.setAccessibleDescription(self.tr("Resultaten visas medan du skriver. Pil ned går till träffarna."))
        self.field.setClearButtonEnabled(True)
        self.body = QComboBox(self)
        self.body.setAccessibleName(self.tr("Filtrera på organ"))
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Filtrera på år"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Filtrera på typ"))
        for text, data in ((self.tr("Allt"), None), (self.tr("Ärenden"), "item"), (self.tr("Handlingar"), "document"),
                           (self.tr("Bilagor"), "page"), (self.tr("Anteckningar"), "note")):
            self.kind.addItem(text, data)
        self.status = muted()
        self.status.setAccessibleName(self.tr("Antal träffar"))
        self.model = SearchModel(self)
        self.results = tree(self.tr("Sökträffar"), self.tr("Grupperade efter sammanträde och typ. Enter öppnar."), self)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setHeaderHidden(True)
        self.results.setAlternatingRowColors(False)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.activated.connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._open_first)
        for combo in (self.body, self.year, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.run())

        filters = QHBoxLayout()
        filters.setSpacing(8)
        for label, combo in ((self.tr("&Organ:"), self.body), (self.tr("&År:"), self.year), (self.tr("T&yp:"), self.kind)):
            lab = QLabel(label, self)
            lab.setBuddy(combo)
            filters.addWidget(lab)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Sök")))
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setTabOrder(self.field, self.body)
        self.setTabOrder(self.body, self.year)
        self.setTabOrder(self.year, self.kind)
        self.setTabOrder(self.kind, self.results)

    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            known = bodies(s)
            years = sorted({m.start.year for m in all_meetings(s)}, reverse=True)
        self._fill(self.body, [(self.tr("Alla organ"), None)] + [(name, code) for code, name in known])
        self._fill(self.year, [(self.tr("Alla år"), None)] + [(str(y), y) for y in years])
        self.run()

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_query(self, text: str) -> None:
        self.field.setText(text)
        self.run()

    def run(self) -> None:
        self._timer.stop()
        query = self.field.text().strip()
        if not query:
            self.model.set_groups([])
            self.status.setText(self.tr("Skriv ett eller flera ord. Du kan skriva utan å, ä och ö."))
            return
        try:
            check_query(query)
        except QueryTooLong:
            self.model.set_groups([])
            self.status.setText(self.tr("Sökfrågan är för lång: skriv högst %1 tecken och %2 ord.")
                                .replace("%1", str(MAX_QUERY_CHARS)).replace("%2", str(MAX_QUERY_TERMS)))
            return
        with self.ctx.db.session() as s:
            groups = search_grouped(s, query, body_code=self.body.currentData(), year=self.year.currentData(),
                                    kind=self.kind.currentData())
        self.model.set_groups(groups)
        self.results.expandAll()
        for row in range(self.model.rowCount()):
            self.results.setFirstColumnSpanned(row, QModelIndex(), True)
        count = self.model.hit_count()
        if count == 0:
            self.status.setText(self.tr("Inga träffar på ”%1”.").replace("%1", query))
        elif count == 1:
            self.status.setText(self.tr("1 träff."))
        else:
            self.status.setText(self.tr("%1 träffar.").replace("%1", locale().toString(count)))
        if count:
            self.results.setCurrentIndex(self.model.first_hit())

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Down and self.field.hasFocus() and self.model.hit_count():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.first_hit())
            return
        super().keyPressEvent(event)

    def focus_results(self) -> None:
        """Back from a hit: the results as they were, the hit that was opened still current."""
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.results.currentIndex().isValid() and self.model.hit_count():
            self.results.setCurrentIndex(self.model.first_hit())

    def _open_first(self) -> None:
        self.run()
        self._open(self.model.hit(self.model.first_hit()))

    def _activated(self, index: QModelIndex) -> None:
        self._open(self.model.hit(index))

    def _open(self, hit: SearchRow | None) -> None:
        if not isinstance(hit, SearchRow):
            return
        if hit.kind == "page" and hit.document_key and hit.page:
            self.open_page.emit(hit.open_ref.removeprefix("item:"), hit.document_key, hit.page,
                                marked_word(hit.snippet) or self.field.text())
        else:
            self.open_ref.emit(hit.open_ref, self.field.text())
