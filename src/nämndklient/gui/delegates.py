"""Painting for the lists: meeting cards, status badges, highlighted search context, month days.

Every size comes from the font metrics of the current font, so Ctrl++ and the
system's font size enlarge the rows instead of clipping them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..persistence.start_query import MeetingSummary
from .i18n import format_range, format_time
from .models.base import BADGES_ROLE, CATEGORY_ROLE, HTML_ROLE, ROW_ROLE
from .models.meetings import (
    IN_MONTH_ROLE,
    MEETINGS_ROLE,
    items_text,
    kind_label,
    meeting_heading,
    reading_status,
)
from .theme import badge_colors, subtle_text

Index = QModelIndex | QPersistentModelIndex


def _background(painter: QPainter, option: QStyleOptionViewItem, widget: Any) -> None:
    style = widget.style() if widget else QApplication.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)


def _text_color(option: QStyleOptionViewItem) -> Any:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return option.palette.color(role)


def draw_badge(painter: QPainter, rect: QRect, kind: str, text: str, font: QFont) -> int:
    """Draw one pill at rect's left; return its width."""
    fm = QFontMetrics(font)
    pad = fm.height() // 2
    width = fm.horizontalAdvance(text) + 2 * pad
    height = fm.height() + 4
    pill = QRectF(rect.left(), rect.center().y() - height / 2 + 1, width, height)
    bg, fg = badge_colors(kind)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(bg)
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(fg)
    painter.setFont(font)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return width


class BadgeDelegate(QStyledItemDelegate):
    """Status pills in the agenda, and category rows set as small headings."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(CATEGORY_ROLE):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.font.setBold(True)
            opt.font.setPointSizeF(opt.font.pointSizeF() * 1.08)
            super().paint(painter, opt, index)
            return
        found = index.data(BADGES_ROLE)
        if not found:
            super().paint(painter, option, index)
            return
        _background(painter, option, self.parent())
        x = option.rect.left() + 6
        for kind, text in found:
            x += draw_badge(painter, QRect(x, option.rect.top(), 0, option.rect.height()), kind, text, option.font) + 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        fm = QFontMetrics(option.font)
        found = index.data(BADGES_ROLE) or []
        width = sum(fm.horizontalAdvance(t) + fm.height() + 6 for _, t in found) + 12
        return QSize(max(base.width(), width), max(base.height(), int(fm.height() * 2.1)))


class CardDelegate(QStyledItemDelegate):
    """A meeting as a card: the date large, then the title, place and reading status."""

    def _lines(self, m: MeetingSummary) -> tuple[str, str, str]:
        when = format_range(m.start, m.end, weekday=True)
        if m.start_time:
            when += f", {format_time(m.start_time)}"
        kind = "" if m.kind == "meeting" else f"{kind_label(m.kind)} · "
        if m.cancelled:
            kind = QApplication.translate("Cards", "Inställt") + " · " + kind
        place = m.place or QApplication.translate("Cards", "Plats meddelas senare")
        detail = " · ".join(filter(None, [place, items_text(m), reading_status(m)]))
        return when, f"{kind}{meeting_heading(m)}", detail

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        m = index.data(ROW_ROLE)
        if not isinstance(m, MeetingSummary):
            super().paint(painter, option, index)
            return
        _background(painter, option, self.parent())
        when, title, detail = self._lines(m)
        fm = QFontMetrics(option.font)
        pad = fm.height()
        rect = option.rect.adjusted(pad, pad // 2, -pad, -pad // 2)
        painter.save()
        big = QFont(option.font)
        big.setPointSizeF(option.font.pointSizeF() * 1.25)
        big.setBold(True)
        color = _text_color(option)
        painter.setPen(color)
        painter.setFont(big)
        bfm = QFontMetrics(big)
        y = rect.top()
        painter.drawText(QRect(rect.left(), y, rect.width(), bfm.height()), Qt.AlignmentFlag.AlignLeft, when)
        y += bfm.height() + 2
        painter.setFont(option.font)
        if m.joint:
            y_mid = QRect(rect.left(), y, 0, fm.height() + 4)
            w = draw_badge(painter, y_mid, "joint", kind_label(m.kind), option.font)
            title = m.body_name if meeting_heading(m) == kind_label(m.kind) else meeting_heading(m)
            painter.setPen(color)
            painter.drawText(QRect(rect.left() + w + 8, y, rect.width() - w - 8, fm.height() + 4),
                             Qt.AlignmentFlag.AlignVCenter, title)
        else:
            painter.drawText(QRect(rect.left(), y, rect.width(), fm.height() + 4), Qt.AlignmentFlag.AlignVCenter, title)
        y += fm.height() + 6
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(color if selected else subtle_text(option.palette))
        painter.drawText(QRect(rect.left(), y, rect.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.left() + pad, option.rect.bottom(), option.rect.right() - pad, option.rect.bottom())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance("x") * 60, int(fm.height() * 5.2))


class HtmlDelegate(QStyledItemDelegate):
    """Rich text from HTML_ROLE: the search context with the matching words in bold."""

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(width, 100))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        _background(painter, opt, self.parent())
        doc = self._document(option, index, option.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, _text_color(option))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRect(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        width = view.viewport().width() - 40 if view is not None and hasattr(view, "viewport") else 600
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 6)


class MonthDelegate(QStyledItemDelegate):
    """A day in the month grid: the number, then one line per meeting; joint days get an icon and a label."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        _background(painter, option, self.parent())
        fm = QFontMetrics(option.font)
        rect = option.rect.adjusted(6, 4, -6, -4)
        color = _text_color(option)
        in_month = bool(index.data(IN_MONTH_ROLE))
        painter.save()
        painter.setPen(color if in_month else subtle_text(option.palette))
        day_font = QFont(option.font)
        day_font.setBold(in_month)
        painter.setFont(day_font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(index.data() or ""))
        y = rect.top() + fm.height() + 4
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        sfm = QFontMetrics(small)
        meeting_word = QApplication.translate("Cards", "sammanträde")
        for m in index.data(MEETINGS_ROLE) or []:
            if y + sfm.height() > rect.bottom() + 2:
                break
            kind = "joint" if m.joint else "unread"
            text = kind_label(m.kind) if m.joint else f"{m.body} {meeting_word}"
            text = ("◆ " if m.joint else "● ") + text
            w = min(sfm.horizontalAdvance(text) + sfm.height(), rect.width())
            text = sfm.elidedText(text, Qt.TextElideMode.ElideRight, w - sfm.height() // 2)
            bg, fg = badge_colors(kind)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            box = QRectF(rect.left(), y, w, sfm.height() + 4)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(fg)
            painter.setFont(small)
            painter.drawText(box.adjusted(sfm.height() / 4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
            y += sfm.height() + 7
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance("x") * 16, fm.height() * 4 + 16)
