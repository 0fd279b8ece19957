"""Status and warning icons drawn in code: a distinct shape per status, so colour is never the only signal."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ...domain.kpi_status import Status
from .fmt import is_dark, status_colour


@cache
def _status_icon(status: Status, dark: bool) -> QIcon:
    size = 16
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = status_colour(status)
    pen = QPen(colour, 2.2)
    p.setPen(pen)
    if status is Status.MET:  # a tick
        path = QPainterPath(QPointF(3, 8.5))
        path.lineTo(6.5, 12)
        path.lineTo(13, 4)
        p.drawPath(path)
    elif status is Status.NEAR:  # an open circle with a dot: close, not there
        p.drawEllipse(QRectF(3, 3, 10, 10))
        p.setBrush(colour)
        p.drawEllipse(QRectF(7, 7, 2, 2))
    elif status is Status.NOT_MET:  # a cross
        p.drawLine(QPointF(4, 4), QPointF(12, 12))
        p.drawLine(QPointF(12, 4), QPointF(4, 12))
    else:  # a dash: nothing to judge
        p.drawLine(QPointF(4, 8), QPointF(12, 8))
    p.end()
    return QIcon(pm)


def status_icon(status: Status) -> QIcon:
    return _status_icon(status, is_dark())


@cache
def _warning_icon(dark: bool) -> QIcon:
    pm = QPixmap(16, 16)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor("#f5c05a" if dark else "#8a5a00")
    p.setPen(QPen(fill, 1.5))
    p.setBrush(fill)
    p.drawPolygon(QPolygonF([QPointF(8, 1.5), QPointF(15, 14.5), QPointF(1, 14.5)]))
    p.setPen(QPen(QColor("#000000" if dark else "#ffffff"), 2))
    p.drawLine(QPointF(8, 6), QPointF(8, 10))
    p.drawPoint(QPointF(8, 12.5))
    p.end()
    return QIcon(pm)


def warning_icon() -> QIcon:
    return _warning_icon(is_dark())
