"""An embedded PDF viewer for attachments: pages, zoom, thumbnails and search in the document.

Documents come from the database as bytes and are read through a QBuffer that
lives as long as the document does. Thumbnails are rendered a few at a time on
the event loop so that a 300-page appendix does not freeze the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import locale
from ..icons import icon

THUMB_WIDTH = 96
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


def _button(parent: QWidget, icon_name: str, name: str, tip: str) -> QToolButton:
    b = QToolButton(parent)
    b.setIcon(icon(icon_name))
    b.setAccessibleName(name)
    b.setToolTip(tip)
    b.setAutoRaise(True)
    return b


class PdfViewer(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self._buffer: QBuffer | None = None
        self._target: tuple[int, str] | None = None  # (0-based page, words) to show once loaded
        self._result_page: int | None = None  # show the first search result on this page when found
        self._next_thumb = 0
        self._thumb_timer = QTimer(self, interval=0)
        self._thumb_timer.timeout.connect(self._render_next_thumbnail)

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("PDF-dokument"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.pages = QListWidget(self)
        self.pages.setAccessibleName(self.tr("Sidor"))
        self.pages.setAccessibleDescription(self.tr("Miniatyrer av dokumentets sidor. Enter visar sidan."))
        self.pages.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setFlow(QListView.Flow.TopToBottom)
        self.pages.setWrapping(False)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setGridSize(QSize(THUMB_WIDTH + 16, int(THUMB_WIDTH * 1.42) + self.fontMetrics().height() + 16))
        self.pages.setFixedWidth(THUMB_WIDTH + 40)
        self.pages.currentRowChanged.connect(self._page_chosen)

        self.prev_button = _button(self, "prev", self.tr("Föregående sida"), self.tr("Föregående sida (Page Up)"))
        self.next_button = _button(self, "next", self.tr("Nästa sida"), self.tr("Nästa sida (Page Down)"))
        self.page_spin = QSpinBox(self)
        self.page_spin.setAccessibleName(self.tr("Sidnummer"))
        self.page_spin.setMinimum(1)
        self.page_label = QLabel(self)
        self.zoom_out_button = _button(self, "zoom-out", self.tr("Zooma ut"), self.tr("Zooma ut"))
        self.zoom_in_button = _button(self, "zoom-in", self.tr("Zooma in"), self.tr("Zooma in"))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Anpassa bredd"))
        self.fit_button.setAccessibleName(self.tr("Anpassa till fönstrets bredd"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Sök i dokumentet"))
        self.search_edit.setAccessibleName(self.tr("Sök i dokumentet"))
        self.search_edit.setClearButtonEnabled(True)
        self.result_label = QLabel(self)
        self.result_label.setAccessibleName(self.tr("Sökträffar i dokumentet"))

        bar = QHBoxLayout()
        bar.setSpacing(6)
        for w in (self.prev_button, self.page_spin, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.result_label)
        split = QSplitter(self)
        split.addWidget(self.pages)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        nav = self.view.pageNavigator()
        nav.currentPageChanged.connect(self._page_changed)
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin.editingFinished.connect(lambda: self.go_to_page(self.page_spin.value() - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self.fit_button.toggled.connect(self._fit_toggled)
        self.view.zoomFactorChanged.connect(lambda _z: self._show_zoom())
        self.search_edit.textChanged.connect(self.search_model.setSearchString)
        self.search_edit.returnPressed.connect(lambda: self.show_result(self.view.currentSearchResultIndex() + 1))
        self.search_model.countChanged.connect(self._results_changed)
        self.document.statusChanged.connect(self._status_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, lambda: self.go_to_page(
            self.current_page() + 1), context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, lambda: self.go_to_page(
            self.current_page() - 1), context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_zoom()

    # loading
    def load_bytes(self, data: bytes, *, page: int = 0, highlight: str = "") -> None:
        """Show a PDF; at `page` (0-based) with `highlight`'s words marked there, once it is loaded."""
        self._target = (page, highlight) if page or highlight else None
        self._result_page = None
        self.document.close()
        self.pages.clear()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def page_count(self) -> int:
        return self.document.pageCount()

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status != QPdfDocument.Status.Ready:
            return
        count = self.document.pageCount()
        self.page_spin.setMaximum(max(count, 1))
        self.page_label.setText(self.tr("av %1").replace("%1", locale().toString(count)))
        self.pages.blockSignals(True)
        for n in range(count):
            item = QListWidgetItem(self.tr("Sida %1").replace("%1", locale().toString(n + 1)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addItem(item)
        self.pages.setCurrentRow(0)
        self.pages.blockSignals(False)
        self._next_thumb = 0
        self._thumb_timer.start()
        self._page_changed(0)
        target, self._target = self._target, None
        if target is not None:
            self.open_at(*target)

    def open_at(self, page: int, highlight: str = "") -> None:
        """Go to `page` (0-based) and mark `highlight` there: the current result is the first on that page."""
        self.go_to_page(page)
        if highlight:
            self._result_page = page
            self.search_edit.blockSignals(True)
            self.search_edit.setText(highlight)
            self.search_edit.blockSignals(False)
            self.search_model.setSearchString("")  # the same words on a new document: search again
            self.search_model.setSearchString(highlight)
            self._results_changed()

    def _render_next_thumbnail(self) -> None:
        n = self._next_thumb
        if n >= self.document.pageCount():
            self._thumb_timer.stop()
            self._keep_thumbnail_in_sight()  # the thumbnails made the rows taller
            return
        size = self.document.pagePointSize(n)
        height = int(THUMB_WIDTH * size.height() / size.width()) if size.width() else int(THUMB_WIDTH * 1.42)
        image = self.document.render(n, QSize(THUMB_WIDTH, height))
        page = QImage(image.size(), QImage.Format.Format_ARGB32)
        page.fill(QColor("white"))  # render() leaves the background transparent
        painter = QPainter(page)
        painter.drawImage(0, 0, image)
        painter.end()
        self.pages.item(n).setIcon(QIcon(QPixmap.fromImage(page)))
        self._next_thumb += 1

    # navigation
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(page)
        self.pages.blockSignals(False)
        self._keep_thumbnail_in_sight()
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < self.document.pageCount())

    def _keep_thumbnail_in_sight(self) -> None:
        current = self.pages.currentItem()
        if current is not None:
            self.pages.scrollToItem(current, QListWidget.ScrollHint.EnsureVisible)

    def _page_chosen(self, row: int) -> None:
        if row >= 0:
            self.go_to_page(row)

    # zoom
    def zoom_step(self, direction: int) -> None:
        current = self.view.zoomFactor()
        steps = [z for z in ZOOM_STEPS if (z > current + 0.01 if direction > 0 else z < current - 0.01)]
        if steps:
            self.fit_button.setChecked(False)
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(steps[0] if direction > 0 else steps[-1])

    def _fit_toggled(self, on: bool) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth if on else QPdfView.ZoomMode.Custom)
        self._show_zoom()

    def _show_zoom(self) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Sidbredd"))
        else:
            self.zoom_label.setText(f"{locale().toString(round(self.view.zoomFactor() * 100))} %")

    # search
    def search(self, text: str) -> None:
        self.search_edit.setText(text)

    def result_count(self) -> int:
        return self.search_model.count()

    def _results_changed(self) -> None:
        count = self.search_model.count()
        if not self.search_edit.text():
            self.result_label.setText("")
        elif count == 0:
            self.result_label.setText(self.tr("Inga träffar"))
        else:
            self.result_label.setText(self.tr("%1 träffar").replace("%1", locale().toString(count)))
            if self._result_page is not None:
                found = next((n for n in range(count) if self.search_model.resultAtIndex(n).page() == self._result_page),
                             None)
                if found is not None:
                    self._result_page = None
                    self.show_result(found)
            elif self.view.currentSearchResultIndex() < 0:
                self.show_result(0)

    def marked_words(self, page: int | None = None) -> list[str]:
        """The text under each search result on `page` (default: the page shown), as the document has it."""
        page = self.current_page() if page is None else page
        words = []
        for n in range(self.search_model.count()):
            link = self.search_model.resultAtIndex(n)
            if link.page() != page:
                continue
            for rect in link.rectangles():
                words.append(self.document.getSelection(page, rect.topLeft(), rect.bottomRight()).text().strip())
        return words

    def show_result(self, n: int) -> None:
        count = self.search_model.count()
        if count == 0:
            return
        n %= count
        self.view.setCurrentSearchResultIndex(n)
        link = self.search_model.resultAtIndex(n)
        # jump(page, location) rather than jump(link): QPdfView 6.12 crashed painting after jump(link)
        nav = self.view.pageNavigator()
        nav.jump(link.page(), link.location(), nav.currentZoom())
        self.result_label.setText(self.tr("Träff %1 av %2").replace("%1", locale().toString(n + 1)).replace(
            "%2", locale().toString(count)))
