"""Line icons from resources/icons, drawn in the palette's text colour so they suit dark mode too."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QPalette, QPixmap

from ..resources import resource_root


@cache
def _svg(name: str) -> str:
    path = resource_root() / "icons" / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def icon(name: str, color: str | None = None) -> QIcon:
    """`icon('search')`; `currentColor` becomes the palette's text colour unless one is given."""
    svg = _svg(name)
    if not svg:
        return QIcon()
    fill = color or QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    data = QByteArray(svg.replace("currentColor", fill).encode())
    result = QIcon()
    for size in (16, 20, 24, 32, 48, 64):
        buffer = QBuffer(data)
        reader = QImageReader(buffer, QByteArray(b"svg"))
        reader.setScaledSize(QSize(size, size))
        result.addPixmap(QPixmap.fromImage(reader.read()))
    return result


def app_icon() -> QIcon:
    path = resource_root() / "icons" / "namndklient.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
