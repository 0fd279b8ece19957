"""A text browser set for long reading: a column of comfortable width, centred, calm margins."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QTextBrowser

READING_COLUMNS = 78  # characters per line: long enough for tables, short enough to read


class ReaderView(QTextBrowser):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.document().setDocumentMargin(24)
        # Never break a word or a figure in two (Qt's default breaks anywhere, and then lays tables out
        # as if every column could be one letter wide); the plan's tables break their headers where the
        # export did (soft hyphens), and a table wider than a very narrow reader scrolls sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_column()
        super().resizeEvent(event)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        column = QFontMetrics(self.font()).averageCharWidth() * READING_COLUMNS + 48
        side = max(0, (self.width() - column) // 2)
        self.setViewportMargins(side, 0, side, 0)

    def show_html(self, html: str) -> None:
        self.setHtml(html)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def reveal(self, words: str) -> bool:
        """Scroll to the first occurrence of the first of `words` and select it."""
        self.moveCursor(QTextCursor.MoveOperation.Start)
        for word in words.split():
            if self.find(word.strip("*\"'"), QTextDocument.FindFlag(0)):
                self.ensureCursorVisible()
                return True
        return False
