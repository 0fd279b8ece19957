"""Sparklines painted by a delegate: a hundred tiny charts cost one paint call each, no widgets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

SPARK_ROLE = Qt.ItemDataRole.UserRole + 10


class SparklineDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        values = index.data(SPARK_ROLE) or ()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        if len(values) < 1:
            return
        rect = option.rect.adjusted(4, 4, -4, -4)
        lo, hi = min(values), max(values)
        span = (hi - lo) or 1.0
        n = len(values)
        step = rect.width() / max(n - 1, 1)
        points = [QPointF(rect.left() + i * step, rect.bottom() - (v - lo) / span * rect.height())
                  for i, v in enumerate(values)]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1.5))
        if n > 1:
            painter.drawPolyline(QPolygonF(points))
        painter.setBrush(colour)
        painter.drawEllipse(points[-1], 2.5, 2.5)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(90, 24)
