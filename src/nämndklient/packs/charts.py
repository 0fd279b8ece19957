"""KPI charts for the pack's appendix, drawn with reportlab's graphics in the pack's own fonts.

reportlab's charts label everything in Helvetica unless told otherwise, which would put a
non-embedded font in the pack; every label here names the embedded DejaVu.
"""

from __future__ import annotations

from reportlab.graphics import shapes
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors as rl_colors

from nämndklient.domain.numbers import format_number
from nämndklient.packs import fonts
from nämndklient.packs.spec import AppendixChart, ChartLine

# Distinguishable in print and for colour-blind readers; forecasts and the target are also dashed.
PALETTE = ("#1f5fa8", "#c0392b", "#2e8b57", "#7d3c98", "#b9770e", "#555555")


def _number(value: float) -> str:
    return format_number(round(value, 2))


def chart_drawing(chart: AppendixChart, width: float, height: float = 150) -> Drawing:
    fonts.register_fonts()
    # The renderer opens every drawing in its default state font, Helvetica, which would then sit
    # non-embedded in the pack; the pack is this process's only user of reportlab's graphics.
    shapes.STATE_DEFAULTS["fontName"] = fonts.SANS
    lines: list[ChartLine] = list(chart.lines)
    if chart.target is not None:
        lines.append(ChartLine(f"Mål: {_number(chart.target)}{' ' + chart.unit if chart.unit else ''}",
                               tuple(chart.target for _ in chart.periods), dashed=True))
    drawing = Drawing(width, height)
    plot = HorizontalLineChart()
    plot.x, plot.y, plot.width, plot.height = 38, 34, width - 190, height - 50
    plot.data = [tuple(v for v in line.values) for line in lines]
    plot.categoryAxis.categoryNames = list(chart.periods)
    for axis in (plot.categoryAxis, plot.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.SANS, 7
    plot.valueAxis.labelTextFormat = _number
    values = [v for line in lines for v in line.values if v is not None]
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 or abs(high) * 0.1 or 1
    plot.valueAxis.valueMin, plot.valueAxis.valueMax = low - pad, high + pad
    plot.joinedLines = 1
    for n, line in enumerate(lines):
        colour = rl_colors.HexColor(PALETTE[n % len(PALETTE)])
        plot.lines[n].strokeColor = colour
        plot.lines[n].strokeWidth = 1.4
        is_target = chart.target is not None and n == len(lines) - 1
        if not is_target:  # a marker on every value: a lone forecast point would otherwise not show
            marker = makeMarker("Square" if line.dashed else "Circle")
            marker.size, marker.fillColor, marker.strokeColor = 4, colour, colour
            plot.lines[n].symbol = marker
        if line.dashed:
            plot.lines[n].strokeDashArray = (3, 2)
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y = width - 145, height - 16
    legend.fontName, legend.fontSize = fonts.SANS, 7
    legend.alignment = "right"
    legend.columnMaximum = 8
    legend.colorNamePairs = [(rl_colors.HexColor(PALETTE[n % len(PALETTE)]), line.name)
                             for n, line in enumerate(lines)]
    drawing.add(legend)
    if chart.unit:
        drawing.add(String(2, height - 10, chart.unit, fontName=fonts.SANS, fontSize=7))
    return drawing
