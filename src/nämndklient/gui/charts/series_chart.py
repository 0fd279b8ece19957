"""A time-series chart for one KPI: outcomes, forecasts (dashed), comparisons and the target.

Hovering shows the exact figure of the nearest point in Swedish format, since
a reader of a follow-up wants `14,5 %`, not a guess between two grid lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ...fileio import write_atomically
from .fmt import SERIES_COLOURS, format_number

_SYMBOLS = ("o", "s", "t", "d", "star", "p", "h")


@dataclass(frozen=True)
class ChartSeries:
    name: str
    points: tuple[tuple[float, float, str], ...]  # (x position in years, value, period text)
    role: str = "outcome"  # outcome, forecast, comparison


class NumberAxis(pg.AxisItem):
    """Tick labels in Swedish format, with the unit on the axis label."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        decimals = 0 if spacing >= 1 else (1 if spacing >= 0.1 else 2)
        return [format_number(v * scale, decimals=decimals) for v in values]


class YearAxis(pg.AxisItem):
    """Whole years only: a tertial's position between two years has no label of its own."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        first, last = int(minVal) - 1, int(maxVal) + 1
        years = [float(y) for y in range(first, last + 1) if minVal - 1e-6 <= y <= maxVal + 1e-6]
        step = max(1, len(years) // 10 + 1)
        return [(float(step), years[::step])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) for v in values]


def _palette_colours(widget: QWidget) -> tuple[Any, Any]:
    pal = widget.palette() if widget is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)


class SeriesChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"left": NumberAxis("left"), "bottom": YearAxis("bottom")})
        self.setAccessibleName(self.tr("Diagram över nyckeltalets utveckling"))
        base, text = _palette_colours(self)
        self.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self.getPlotItem().showGrid(x=False, y=True, alpha=0.2)
        veil = pg.mkColor(base)
        veil.setAlpha(215)
        self.legend = self.getPlotItem().addLegend(offset=(-10, -10), labelTextColor=text, brush=pg.mkBrush(veil),
                                                   pen=pg.mkPen(text, width=0.5))
        self._text_colour = text
        self.unit = ""
        self._series: list[ChartSeries] = []
        self._hover = pg.TextItem(color=text, anchor=(0, 1), fill=pg.mkBrush(base))
        self._hover.setZValue(100)
        self._hover.hide()
        self.addItem(self._hover, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.setMinimumHeight(220)

    def set_series(self, series: Sequence[ChartSeries], target: float | None = None, unit: str = "") -> None:
        plot = self.getPlotItem()
        for item in list(plot.listDataItems()):
            plot.removeItem(item)
        self.legend.clear()
        self._series = [s for s in series if s.points]
        self.unit = unit
        plot.setLabel("left", unit or "")
        xs = [p[0] for s in self._series for p in s.points]
        for i, s in enumerate(self._series):
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            style = Qt.PenStyle.DashLine if s.role == "forecast" else Qt.PenStyle.SolidLine
            width = 1.5 if s.role == "comparison" else 2.5
            item = pg.PlotDataItem(
                [p[0] for p in s.points], [p[1] for p in s.points], name=s.name,
                pen=pg.mkPen(colour, width=width, style=style),
                symbol=_SYMBOLS[i % len(_SYMBOLS)], symbolSize=7, symbolBrush=colour, symbolPen=colour,
            )
            plot.addItem(item)
        if target is not None:
            lo, hi = (min(xs), max(xs)) if xs else (0.0, 1.0)
            if lo == hi:
                lo, hi = lo - 0.5, hi + 0.5
            line = pg.PlotDataItem([lo, hi], [target, target], name=self.tr("Mål: %1").replace(
                "%1", format_number(target, unit)), pen=pg.mkPen(self._text_colour, width=1.5,
                                                                 style=Qt.PenStyle.DotLine))
            plot.addItem(line)
        plot.enableAutoRange()
        self._hover.hide()

    def nearest(self, x: float, y: float, max_px: float = 14.0) -> tuple[ChartSeries, tuple[float, float, str]] | None:
        """The point nearest to (x, y) in data coordinates, within `max_px` pixels on screen."""
        vb = self.getPlotItem().getViewBox()
        here = vb.mapViewToScene(QPointF(x, y))
        best, best_d = None, max_px
        for s in self._series:
            for p in s.points:
                there = vb.mapViewToScene(QPointF(p[0], p[1]))
                d = ((here.x() - there.x()) ** 2 + (here.y() - there.y()) ** 2) ** 0.5
                if d <= best_d:
                    best, best_d = (s, p), d
        return best

    def hover_text(self, series: ChartSeries, point: tuple[float, float, str]) -> str:
        return f"{series.name}\n{point[2]}: {format_number(point[1], self.unit or None, decimals=_decimals(point[1]))}"

    def _on_mouse_moved(self, pos: QPointF) -> None:
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            self._hover.hide()
            return
        at = vb.mapSceneToView(pos)
        hit = self.nearest(at.x(), at.y())
        if hit is None:
            self._hover.hide()
            return
        self._hover.setText(self.hover_text(*hit))
        self._hover.setPos(hit[1][0], hit[1][1])
        self._hover.show()

    def export_png(self, path: Any) -> None:
        export_png(self.getPlotItem(), path)

    def export_svg(self, path: Any) -> None:
        export_svg(self.getPlotItem(), path)


def _decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return min(len(text.split(".")[1]), 2) if "." in text else 0


def export_png(item: Any, path: Any) -> None:
    from pathlib import Path

    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(item)
    exporter.parameters()["width"] = max(800, int(item.sceneBoundingRect().width()))
    image = exporter.export(toBytes=True)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    write_atomically(Path(path), bytes(data.data()))


def export_svg(item: Any, path: Any) -> None:
    """Through QSvgGenerator: pyqtgraph's own SVGExporter fails on the paths Qt 6 writes for symbols."""
    from pathlib import Path

    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    scene = item.scene()
    rect = item.sceneBoundingRect()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QSize(int(rect.width()), int(rect.height())))
    gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    gen.setTitle("Nämndklient")
    painter = QPainter(gen)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    buf.close()
    write_atomically(Path(path), bytes(data.data()))
