"""One KPI in detail: chart, figures, the report's explanation and the member's own note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.kpi_status import STATUS_LABELS
from ...services.kpi_values import Commentary, KpiRow, export_values
from ..charts.fmt import format_number, status_colour
from ..charts.icons import status_icon
from ..charts.series_chart import SeriesChart
from .models import HORIZONS
from .series import build_series


class KpiDetail(QWidget):
    note_edited = Signal(str, str)  # KPI name, text: the section saves it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: KpiRow | None = None
        self.title = QLabel(self.tr("Välj ett nyckeltal i listan"), self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Nyckeltalets namn"))
        self.status_icon = QLabel(self)
        self.status_text = QLabel(self)
        self.status_text.setAccessibleName(self.tr("Status"))
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Mål, utfall och källa"))
        self.chart = SeriesChart(self)
        self.no_data = QLabel(self)
        self.no_data.setWordWrap(True)
        self.no_data.setAccessibleName(self.tr("Inga värden att visa"))
        self.no_data.hide()

        self.explanation = QTextBrowser(self)
        self.explanation.setAccessibleName(self.tr("Förklaring av utvecklingen och föreslagna åtgärder"))
        self.explanation.setMaximumHeight(110)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Egen anteckning om nyckeltalet"))
        self.note.setPlaceholderText(self.tr("Egen anteckning: förklaring av utvecklingen, åtgärder att föreslå…"))
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self.flush_note)
        self.note.textChanged.connect(self._save_timer.start)

        buttons = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label in (("png", self.tr("Diagram som &PNG…")), ("svg", self.tr("Diagram som &SVG…")),
                           ("csv", self.tr("Data som &CSV…")), ("xlsx", self.tr("Data som &XLSX…"))):
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _=False, f=fmt: self._ask_export(f))
            buttons.addWidget(button)
            self.export_buttons[fmt] = button
        buttons.addStretch(1)

        head = QHBoxLayout()
        head.addWidget(self.status_icon)
        head.addWidget(self.status_text)
        head.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Förklaring och åtgärder (uppföljning):"), self.explanation)
        form.addRow(self.tr("Egen anteckning:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.no_data)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for b in self.export_buttons.values():
            b.setEnabled(on)
        self.note.setEnabled(on)

    def show_kpi(self, row: KpiRow | None, commentary: Commentary | None = None, note: str = "") -> None:
        self.flush_note()
        self.row = row
        self._set_enabled(row is not None)
        if row is None:
            self.title.setText(self.tr("Välj ett nyckeltal i listan"))
            self.status_text.clear()
            self.status_icon.clear()
            self.facts.clear()
            self.chart.set_series([])
            self.chart.hide()
            self.no_data.hide()
            self.explanation.clear()
            self.note.blockSignals(True)
            self.note.clear()
            self.note.blockSignals(False)
            return
        self.title.setText(row.name)
        self.status_icon.setPixmap(status_icon(row.status).pixmap(16, 16))
        self.status_text.setText(self.tr(STATUS_LABELS[row.status]))
        self.status_text.setStyleSheet(f"color: {status_colour(row.status).name()}; font-weight: bold;")
        self.facts.setText(self._facts(row))
        series = build_series(row.values)
        self.chart.set_series(series, float(row.target) if row.target is not None else None, row.unit or "")
        self.chart.setVisible(bool(series))
        self.no_data.setVisible(not series)
        self.no_data.setText(self.tr("Inga utfall är inlästa för nyckeltalet. Läs in en Kolada-fil eller en ifylld "
                                     "utfallsmall med knappen överst; mallen exporteras med knappen bredvid."))
        parts = []
        if commentary and commentary.explanation:
            parts.append(f"<p><b>{self.tr('Förklaring')} ({commentary.period}):</b> {commentary.explanation}</p>")
        if commentary and commentary.measures:
            parts.append(f"<p><b>{self.tr('Föreslagna åtgärder')}:</b> {commentary.measures}</p>")
        self.explanation.setHtml("".join(parts) or f"<p><i>{self.tr('Ingen uppföljning med förklaring är inläst.')}"
                                 "</i></p>")
        self.note.blockSignals(True)
        self.note.setPlainText(note)
        self.note.document().setModified(False)
        self.note.blockSignals(False)

    def _facts(self, row: KpiRow) -> str:
        bits = [self.tr(HORIZONS.get(row.horizon, row.horizon)), self.tr("beslutat av %1").replace("%1", row.decided_by),
                row.goal_area]
        if row.target is not None:
            way = self.tr("lägre är bättre") if row.direction == "decrease" else self.tr("högre är bättre")
            if row.direction_assumed:
                way += self.tr(", antaget")
            base = self.tr(" jämfört med %1").replace("%1", row.baseline) if row.baseline else ""
            bits.append(self.tr("Mål: %1%2 (%3)").replace("%1", format_number(row.target, row.unit))
                        .replace("%2", base).replace("%3", way))
        else:
            bits.append(self.tr("Mål: saknas i planen"))
        if row.latest_value is not None:
            bits.append(self.tr("Senaste utfall: %1 (%2)").replace("%1", format_number(row.latest_value, row.unit))
                        .replace("%2", row.latest_period or ""))
        else:
            bits.append(self.tr("Inget utfall inläst"))
        if row.forecast is not None:
            bits.append(self.tr("Prognos helår: %1").replace("%1", format_number(row.forecast, row.unit)))
        if row.sources:
            bits.append(self.tr("Källa: %1").replace("%1", ", ".join(row.sources)))
        return " · ".join(bits)

    def flush_note(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
        if self.row is not None and self.note.document().isModified():
            self.note_edited.emit(self.row.name, self.note.toPlainText())
            self.note.document().setModified(False)

    def export(self, fmt: str, path: Path) -> None:
        """Write the chart (png, svg) or the figures (csv, xlsx) to `path`."""
        if self.row is None:
            return
        if fmt == "png":
            self.chart.export_png(path)
        elif fmt == "svg":
            self.chart.export_svg(path)
        else:
            export_values(self.row, path)

    def _ask_export(self, fmt: str) -> None:
        if self.row is None:
            return
        filters = {"png": "PNG (*.png)", "svg": "SVG (*.svg)", "csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera"), f"{self.row.name[:60]}.{fmt}",
                                              filters[fmt])
        if name:
            self.export(fmt, Path(name))
