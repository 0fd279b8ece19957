"""Ärenden: every case document by date, a reader that typesets it, and the diarienummer's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSplitter, QVBoxLayout, QWidget

from ...services import catalog
from ...services.catalog import DocumentInfo
from ...services.document_layout import document_layout
from ...services.reading import HistoryEntry, case_documents, case_history
from ..context import AppContext
from ..models.base import ROW_ROLE
from ..models.documents import DocumentsModel, HistoryModel
from ..render import document_html, page
from ..widgets.common import heading, muted, tree
from ..widgets.reader import ReaderView


class CasesSection(QWidget):
    open_item = Signal(str)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: DocumentInfo | None = None
        self.model = DocumentsModel(self)
        self.list = tree(self.tr("Ärenden och handlingar"), self.tr("Sorterade efter datum. Enter öppnar handlingen."),
                         self, sortable=True)
        self.list.setModel(self.model)
        header = self.list.header()
        header.setStretchLastSection(False)
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.activated.connect(self._activated)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reader = ReaderView(self)
        self.reader.setAccessibleName(self.tr("Handlingens text"))
        self.history_title = heading(self.tr("Ärendets historik"), 3)
        self.history_hint = muted()
        self.history_model = HistoryModel(self)
        self.history = tree(self.tr("Ärendets historik"),
                            self.tr("Allt med samma diarienummer, i datumordning. Enter öppnar."), self)
        self.history.setModel(self.history_model)
        hh = self.history.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.activated.connect(self._history_activated)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(24, 20, 8, 16)
        lv.setSpacing(8)
        lv.addWidget(heading(self.tr("Ärenden")))
        lv.addWidget(muted(self.tr("Tjänsteskrivelser, protokollsutdrag och planer, det nyaste först.")))
        lv.addWidget(self.list, 3)
        lv.addWidget(self.history_title)
        lv.addWidget(self.history_hint)
        lv.addWidget(self.history, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.reader)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([480, 720])  # the reader gets the room: the plan's tables are wide
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        ctx.events.published_changed.connect(self.refresh)

    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            docs = case_documents(s)
        self.model.set_rows(docs)
        if self.current is None and docs:
            self.list.setCurrentIndex(self.model.index(0, 0))
        elif self.current is not None:
            self._select(self.current.key)

    def _select(self, key: str) -> None:
        for row, d in enumerate(self.model.rows()):
            if d.key == key:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        doc = self.list.currentIndex().data(ROW_ROLE)
        if isinstance(doc, DocumentInfo) and (self.current is None or doc.key != self.current.key):
            self.show_document(doc)

    def _activated(self, index: QModelIndex) -> None:
        doc = index.data(ROW_ROLE)
        if isinstance(doc, DocumentInfo):
            self.show_document(doc)
            self.reader.setFocus()

    def open_document(self, key: str, highlight: str | None = None) -> None:
        """Open a document by key; scroll to the first hit of `highlight` when given."""
        with self.ctx.db.session() as s:
            doc = catalog.document(s, key)
        if doc is None:
            return
        if not self.model.rowCount():
            self.refresh()
        self.show_document(doc)
        self._select(key)
        if highlight:
            self.reader.reveal(highlight)
        self.reader.setFocus()

    def show_document(self, doc: DocumentInfo) -> None:
        if not doc.text and not doc.details:  # a row of the list: read the whole document now
            with self.ctx.db.session() as s:
                doc = catalog.document(s, doc.key) or doc
        self.current = doc
        with self.ctx.db.session() as s:
            layout = document_layout(s, doc.key)  # a plan: its headings and tables
        self.reader.show_html(page(document_html(doc, self.palette(), layout=layout)))
        rows: list[HistoryEntry] = []
        if doc.dnr:
            with self.ctx.db.session() as s:
                rows = case_history(s, doc.dnr)
            self.history_hint.setText(self.tr("Allt med diarienummer %1, i datumordning.").replace("%1", doc.dnr))
        else:
            self.history_hint.setText(self.tr("Handlingen saknar diarienummer, så den har ingen historik."))
        self.history_model.set_rows(rows)

    def _history_activated(self, index: QModelIndex) -> None:
        entry = index.data(ROW_ROLE)
        if not isinstance(entry, HistoryEntry):
            return
        kind, _, key = entry.ref.partition(":")
        if kind == "item":
            self.open_item.emit(key)
        else:
            self.open_document(key)
