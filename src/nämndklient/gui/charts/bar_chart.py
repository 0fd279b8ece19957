"""Bars with their figure written on them: a deviation of −973 Mkr must read at a glance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from .fmt import SERIES_COLOURS, format_number, negative_colour
from .series_chart import NumberAxis, _palette_colours, export_png, export_svg


class LabelAxis(pg.AxisItem):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.labels: list[str] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        return [(1.0, [float(i) for i in range(len(self.labels)) if minVal - 0.5 <= i <= maxVal + 0.5])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            i = round(v)
            text = self.labels[i] if 0 <= i < len(self.labels) else ""
            out.append(text if len(text) <= 22 else text[:20] + "…")
        return out


class BarChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None, accessible_name: str = "") -> None:
        self.axis = LabelAxis("bottom")
        super().__init__(parent, axisItems={"left": NumberAxis("left"), "bottom": self.axis})
        self.setAccessibleName(accessible_name or self.tr("Stapeldiagram"))
        base, text = _palette_colours(self)
        self.setBackground(base)
        for name in ("left", "bottom"):
            ax = self.getPlotItem().getAxis(name)
            ax.setPen(pg.mkPen(text))
            ax.setTextPen(pg.mkPen(text))
        self._text = text
        self.bars: pg.BarGraphItem | None = None
        self.value_labels: list[pg.TextItem] = []
        self.setMinimumHeight(200)
        self.getPlotItem().setMouseEnabled(x=False, y=False)

    def set_bars(self, labels: Sequence[str], values: Sequence[float], unit: str = "",
                 signal_negative: bool = False) -> None:
        """`signal_negative` colours bars below zero as a warning: for deviations, not for costs."""
        plot = self.getPlotItem()
        plot.clear()
        self.value_labels = []
        self.axis.labels = list(labels)
        plot.setLabel("left", unit)
        if not values:
            self.bars = None
            return
        neg = negative_colour()
        brushes = [pg.mkBrush(neg if v < 0 and signal_negative else SERIES_COLOURS[0]) for v in values]
        self.bars = pg.BarGraphItem(x=list(range(len(values))), height=list(values), width=0.6, brushes=brushes)
        plot.addItem(self.bars)
        plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(self._text, width=1)))
        for i, v in enumerate(values):
            label = pg.TextItem(format_number(v, unit or None), color=self._text, anchor=(0.5, 0 if v < 0 else 1))
            label.setPos(i, v)
            plot.addItem(label)
            self.value_labels.append(label)
        span = max(abs(v) for v in values) or 1.0
        low = min(0.0, min(values)) - span * 0.12
        high = max(0.0, max(values)) + span * 0.12
        plot.setYRange(low, high)
        plot.setXRange(-0.6, len(values) - 0.4)

    def export_png(self, path: Any) -> None:
        export_png(self.getPlotItem(), path)

    def export_svg(self, path: Any) -> None:
        export_svg(self.getPlotItem(), path)
