"""One agenda item: its text typeset for reading, its attachments in the PDF viewer, the notes pane.

Above the text: the item's sync state ("ändrad sedan du läste" with Visa
ändringar, or utgått) and per document its version, state and when it was
fetched, so the member always knows which version they are reading.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...services import catalog, sync_state
from ...services.catalog import ItemDetail
from ...services.document_layout import document_layout
from ..context import AppContext
from ..render import item_html
from ..theme import badge_colors
from ..widgets.common import button, muted
from ..widgets.expired_notice import ExpiredNotice
from ..widgets.notes_pane import NotesPane
from ..widgets.pdf_viewer import PdfViewer
from ..widgets.reader import ReaderView
from .item_documents import DocumentAdder, local_files
from .meeting import fetched_text


class ItemPage(QWidget):
    back_requested = Signal()
    open_prep = Signal(str)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ItemDetail | None = None
        self.back_button = button(self.tr("‹ Föredragningslistan"), self.tr("Tillbaka till föredragningslistan"),
                                  description=self.tr("Tillbaka (Esc)"))
        self.where = muted()
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Ärendets läge"))
        self.diff_button = button(self.tr("Visa ä&ndringar"), self.tr("Visa ändringar sedan du läste"),
                                  description=self.tr("Ord för ord: vad som ändrats i handlingarna sedan du läste"))
        self.documents_label = muted()
        self.documents_label.setAccessibleName(self.tr("Handlingarnas versioner"))
        self.documents_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_state: sync_state.ItemState | None = None
        self.reader = ReaderView(self)
        self.reader.setAccessibleName(self.tr("Ärendets text"))
        self.reader.setAccessibleDescription(self.tr("Ärendet med handlingar, förslag till beslut och uppgifter."))
        self.attachment_combo = QComboBox(self)
        self.attachment_combo.setAccessibleName(self.tr("Välj bilaga"))
        self.pdf = PdfViewer(self)
        self.no_attachments = muted(self.tr("Ärendet har inga bilagor."))
        self.no_attachments.setAlignment(Qt.AlignmentFlag.AlignCenter)
        attachments = QWidget(self)
        box = QVBoxLayout(attachments)
        box.setContentsMargins(8, 8, 8, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Bilaga:"), attachments))
        row.addWidget(self.attachment_combo, 1)
        box.addLayout(row)
        box.addWidget(self.pdf, 1)
        box.addWidget(self.no_attachments, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Ärende och bilagor"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reader, self.tr("&Text"))
        self.tabs.addTab(attachments, self.tr("&Bilagor"))
        self.notes = NotesPane(ctx, self)
        self.notes.setMinimumWidth(260)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tabs)
        split.addWidget(self.notes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([800, 320])
        self.adder = DocumentAdder(ctx, self)  # Lägg till handling…, and files dropped on the item
        self.setAcceptDrops(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.where, 1)
        top.addWidget(self.adder.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label)
        state_row.addWidget(self.diff_button)
        state_row.addStretch(1)
        layout.addLayout(state_row)
        layout.addWidget(self.documents_label)
        layout.addWidget(self.adder.status)
        self.expired_notice = ExpiredNotice(self)
        layout.addWidget(self.expired_notice)
        layout.addWidget(split, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.diff_button.clicked.connect(self.show_changes)
        ctx.events.personal_changed.connect(self._personal_changed)
        ctx.events.published_changed.connect(self._published_changed)
        self.notes.prep_requested.connect(self.open_prep)
        self.attachment_combo.currentIndexChanged.connect(self._attachment_chosen)
        self.setTabOrder(self.back_button, self.diff_button)
        self.setTabOrder(self.diff_button, self.tabs)
        self.setTabOrder(self.diff_button, self.adder.button)  # back, Visa ändringar, Lägg till handling…, tabs

    def show_item(self, key: str) -> None:
        with self.ctx.db.session() as s:
            self.detail = detail = catalog.item_detail(s, key)
            layouts = {d.key: layout for d in detail.documents if (layout := document_layout(s, d.key))}
        m = detail.meeting
        self.where.setText(f"{m.title} · § {detail.item.number}")
        self.reader.show_html(item_html(detail, self.palette(), layouts))
        self.notes.set_item(key, m.key, read=detail.item.read)
        count = len(detail.attachments)
        self.tabs.setTabText(1, self.tr("&Bilagor (%1)").replace("%1", str(count)))
        self.attachment_combo.blockSignals(True)
        self.attachment_combo.clear()
        for a in detail.attachments:
            pages = self.tr(", %1 sidor").replace("%1", str(a.page_count)) if a.page_count else ""
            self.attachment_combo.addItem(f"{a.title}{pages}", a.key)
        self.attachment_combo.blockSignals(False)
        self.attachment_combo.setEnabled(count > 1)
        expired = detail.item.state == "expired"
        self.adder.set_item(key, enabled=not expired)
        self.expired_notice.set_item(detail.item)
        self.no_attachments.setText(self.tr("Bilagorna togs bort när sekretesstiden gick ut.") if expired
                                    else self.tr("Ärendet har inga bilagor."))
        self.pdf.setVisible(count > 0 and not expired)
        self.no_attachments.setVisible(count == 0 or expired)
        self.tabs.setCurrentIndex(0)
        if count and not expired:
            self._attachment_chosen(0)
        self.show_sync_state()

    def show_sync_state(self) -> None:
        """The item's state and its documents' versions; cheap, so it follows every read mark."""
        if self.detail is None:
            return
        with self.ctx.db.session() as s:
            self.sync_state = state = sync_state.item_state(s, self.detail.item.key)
        words = {"changed": self.tr("ändrad sedan du läste"), "withdrawn": self.tr("utgått"),
                 "current": self.tr("aktuell"), "expired": self.tr("sekretesstiden har gått ut, innehållet borttaget")}
        if state.state in ("changed", "withdrawn"):
            bg, fg = badge_colors(state.state, self.palette())
            self.state_label.setStyleSheet(f"QLabel {{ background: {bg.name()}; color: {fg.name()}; "
                                           "border-radius: 4px; padding: 4px 8px; font-weight: bold; }}")
            text = (self.tr("Ändrad sedan du läste") if state.state == "changed"
                    else self.tr("Utgått: ärendet finns inte längre på föredragningslistan"))
            self.state_label.setText(text)
            self.state_label.show()
        else:
            self.state_label.hide()
        self.diff_button.setVisible(state.state == "changed")
        lines = [
            self.tr("%1 · version %2 · %3 · %4").replace("%1", d.title).replace("%2", str(d.version))
            .replace("%3", words.get(d.state, d.state)).replace("%4", fetched_text(d.fetched_at))
            for d in state.documents
        ]
        self.documents_label.setText("\n".join(lines))
        self.documents_label.setVisible(bool(lines))

    def show_changes(self) -> None:
        if self.detail is None:
            return
        from .diff import open_diff_dialog

        self.flush()
        open_diff_dialog(self, self.ctx, self.detail.item.key)

    def _personal_changed(self, key: str) -> None:
        if self.detail is not None and key == self.detail.item.key:
            self.show_sync_state()

    def _published_changed(self) -> None:
        if self.detail is None:
            return
        try:
            self.show_item(self.detail.item.key)
        except LookupError:  # pragma: no cover - items are marked withdrawn, never deleted
            self.detail = None

    def _attachment_chosen(self, index: int) -> None:
        key = self.attachment_combo.itemData(index)
        if not key:
            return
        with self.ctx.db.session() as s:
            data = catalog.document_content(s, key)
        if data:
            self.pdf.load_bytes(data)

    def show_attachments(self) -> None:
        self.tabs.setCurrentIndex(1)

    def show_attachment_page(self, document_key: str, page: int, highlight: str = "") -> bool:
        """The attachment in the viewer at `page` (1-based), with `highlight`'s words marked on it."""
        index = self.attachment_combo.findData(document_key)
        if self.detail is None or index < 0 or self.detail.item.state == "expired":
            return False
        with self.ctx.db.session() as s:
            data = catalog.document_content(s, document_key)
        if not data:
            return False
        self.attachment_combo.blockSignals(True)
        self.attachment_combo.setCurrentIndex(index)
        self.attachment_combo.blockSignals(False)
        self.tabs.setCurrentIndex(1)
        self.pdf.load_bytes(data, page=page - 1, highlight=highlight)
        self.pdf.view.setFocus()
        return True

    # files dropped on the item: attached as "Lägg till handling…" does
    def dragEnterEvent(self, event: Any) -> None:
        if self.adder.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if self.adder.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        if self.adder.accepts(event.mimeData()):
            event.acceptProposedAction()
            self.adder.add(local_files(event.mimeData()))

    def flush(self) -> None:
        self.notes.flush()
