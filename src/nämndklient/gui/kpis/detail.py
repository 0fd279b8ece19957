"""One KPI in detail: chart, figures, the report's explanation and the member's own note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import DirectionSource
from ...services.kpi_values import Commentary, KpiRow, export_values
from ..charts.fmt import format_number, status_colour
from ..charts.icons import status_icon
from ..charts.series_chart import SeriesChart
from .models import direction_label, direction_sentence, horizon_label, status_label, target_text
from .series import build_series


class KpiDetail(QWidget):
    note_edited = Signal(str, str)  # KPI name, text: the section saves it
    direction_set = Signal(str, object, str)  # KPI name, "increase"/"decrease" or None (unknown), set by

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
        self.direction_text = QLabel(self)
        self.direction_text.setWordWrap(True)
        self.direction_text.setAccessibleName(self.tr("Riktning och varifrån den kommer"))
        self.direction_box = QComboBox(self)
        self.direction_box.setAccessibleName(self.tr("Riktning för nyckeltalet"))
        self.direction_box.addItem(self.tr("okänd"), None)
        self.direction_box.addItem(direction_label("increase"), "increase")
        self.direction_box.addItem(direction_label("decrease"), "decrease")
        self.direction_by = QLineEdit(self)
        self.direction_by.setAccessibleName(self.tr("Vem som sätter riktningen"))
        self.direction_by.setPlaceholderText(self.tr("Ditt namn"))
        self.direction_save = QPushButton(self.tr("Spara &riktning"), self)
        self.direction_save.setAccessibleName(self.tr("Spara riktning"))
        self.direction_save.clicked.connect(self._save_direction)
        self.use_suggestion = QPushButton(self.tr("Använd &förslaget"), self)
        self.use_suggestion.setAccessibleName(self.tr("Välj den föreslagna riktningen"))
        self.use_suggestion.clicked.connect(self._take_suggestion)
        self.direction_by.textChanged.connect(self._direction_changed)
        self.direction_box.currentIndexChanged.connect(self._direction_changed)
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

        self.buttons = QWidget(self)
        buttons = QGridLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.export_buttons: dict[str, QPushButton] = {}
        for n, (fmt, label) in enumerate((("png", self.tr("Diagram som &PNG…")), ("svg", self.tr("Diagram som &SVG…")),
                                          ("csv", self.tr("Data som &CSV…")), ("xlsx", self.tr("Data som &XLSX…")))):
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _=False, f=fmt: self._ask_export(f))
            buttons.addWidget(button, n // 2, n % 2)
            self.export_buttons[fmt] = button
        buttons.setColumnStretch(2, 1)
        buttons.setRowStretch(2, 1)

        self.head = QWidget(self)
        head = QVBoxLayout(self.head)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        status = QHBoxLayout()
        status.addWidget(self.status_icon)
        status.addWidget(self.status_text)
        status.addStretch(1)
        head.addLayout(status)
        head.addWidget(self.facts)
        head.addWidget(self.direction_text)
        self.direction_edit = QWidget(self)
        edit = QGridLayout(self.direction_edit)
        edit.setContentsMargins(0, 0, 0, 0)
        direction_label_ = QLabel(self.tr("Sätt ri&ktning:"), self)
        direction_label_.setBuddy(self.direction_box)
        by_label = QLabel(self.tr("Satt a&v:"), self)
        by_label.setBuddy(self.direction_by)
        edit.addWidget(direction_label_, 0, 0)
        edit.addWidget(self.direction_box, 0, 1)
        edit.addWidget(self.use_suggestion, 0, 2)
        edit.addWidget(by_label, 1, 0)
        edit.addWidget(self.direction_by, 1, 1)
        edit.addWidget(self.direction_save, 1, 2)
        edit.setColumnStretch(1, 1)
        head.addWidget(self.direction_edit)
        self.plot = QWidget(self)
        plot = QVBoxLayout(self.plot)
        plot.setContentsMargins(0, 0, 0, 0)
        plot.addWidget(self.chart, 1)
        plot.addWidget(self.no_data)
        self.texts = QWidget(self)
        form = QFormLayout(self.texts)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: they stay whole when narrow
        explanation_label = QLabel(self.tr("Förklaring och åtgärder (uppföljning):"), self)
        explanation_label.setBuddy(self.explanation)
        note_label = QLabel(self.tr("&Egen anteckning:"), self)
        note_label.setBuddy(self.note)
        form.addRow(explanation_label, self.explanation)
        form.addRow(note_label, self.note)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(16)
        self.beside = True
        self.set_beside(False)
        self.set_beside(True)
        self._set_enabled(False)

    def set_beside(self, beside: bool) -> None:
        """Beside the list: one column, chart in the middle. Below the list: chart | facts and export | texts."""
        if beside == self.beside:
            return
        self.beside = beside
        for w in (self.head, self.plot, self.buttons, self.texts):
            self.grid.removeWidget(w)
        for i in range(4):
            self.grid.setRowStretch(i, 0)
        if beside:
            self.grid.addWidget(self.head, 0, 0)
            self.grid.addWidget(self.plot, 1, 0)
            self.grid.addWidget(self.buttons, 2, 0)
            self.grid.addWidget(self.texts, 3, 0)
            self.grid.setRowStretch(1, 1)
        else:
            self.grid.addWidget(self.plot, 0, 0, 2, 1)
            self.grid.addWidget(self.head, 0, 1)
            self.grid.addWidget(self.buttons, 1, 1)
            self.grid.addWidget(self.texts, 0, 2, 2, 1)
            self.grid.setRowStretch(1, 1)
        self._stretch()
        self.head.setSizePolicy(QSizePolicy.Policy.Preferred,
                                QSizePolicy.Policy.Maximum if beside else QSizePolicy.Policy.Preferred)

    def _stretch(self) -> None:
        """Below the list: chart, facts and texts share the width; with nothing chosen the hint keeps left."""
        chosen = self.row is not None
        stretches = (0, 0, 0, 1) if not chosen else (1, 0, 0, 0) if self.beside else (4, 3, 3, 0)
        for col, stretch in enumerate(stretches):
            self.grid.setColumnStretch(col, stretch)

    def _set_enabled(self, on: bool) -> None:
        for b in self.export_buttons.values():
            b.setEnabled(on)
        self.note.setEnabled(on)
        # nothing chosen: only the hint, so the empty pane does not look like a broken form
        for w in (self.plot, self.buttons, self.texts, self.direction_edit, self.direction_text):
            w.setVisible(on)
        self._stretch()

    def show_kpi(self, row: KpiRow | None, commentary: Commentary | None = None, note: str = "") -> None:
        self.flush_note()
        self.row = row
        self._set_enabled(row is not None)
        if row is None:
            self.title.setText(self.tr("Välj ett nyckeltal i listan"))
            self.status_text.setText(self.tr("Diagram, förklaring och egen anteckning visas här."))
            self.status_text.setStyleSheet("")
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
        self.status_text.setText(status_label(row.status))
        self.status_text.setStyleSheet(f"color: {status_colour(row.status).name()}; font-weight: bold;")
        self.facts.setText(self._facts(row))
        self.direction_text.setText(direction_sentence(row))
        self.direction_box.blockSignals(True)
        # the first choice removes a set direction: back to the plan's, or to unknown where it gives none
        self.direction_box.setItemText(0, self.tr("som planen") if row.document_direction else self.tr("okänd"))
        self.direction_box.setCurrentIndex(max(self.direction_box.findData(
            row.direction if row.direction_source is DirectionSource.PERSON else None), 0))
        self.direction_box.blockSignals(False)
        self.use_suggestion.setVisible(row.suggestion is not None and row.direction is None)
        self._direction_changed()
        series = build_series(row.values)
        self.chart.set_series(series, float(row.target) if row.target is not None else None, row.unit or "")
        self.chart.setVisible(bool(series))
        self.no_data.setVisible(not series)
        self.no_data.setText(self.tr("Inga utfall är inlästa för nyckeltalet. Läs in en Kolada-fil eller en ifylld "
                                     "utfallsmall med knappen överst; mallen exporteras med knappen bredvid."))
        parts = []
        # tr() outside the f-strings: lupdate cannot see calls inside them
        explanation_label, measures_label = self.tr("Förklaring"), self.tr("Föreslagna åtgärder")
        nothing = self.tr("Ingen uppföljning med förklaring är inläst.")
        if commentary and commentary.explanation:
            parts.append(f"<p><b>{explanation_label} ({commentary.period}):</b> {commentary.explanation}</p>")
        if commentary and commentary.measures:
            parts.append(f"<p><b>{measures_label}:</b> {commentary.measures}</p>")
        self.explanation.setHtml("".join(parts) or f"<p><i>{nothing}</i></p>")
        self.note.blockSignals(True)
        self.note.setPlainText(note)
        self.note.document().setModified(False)
        self.note.blockSignals(False)

    def _facts(self, row: KpiRow) -> str:
        bits = [horizon_label(row.horizon), self.tr("beslutat av %1").replace("%1", row.decided_by),
                row.goal_area]
        base = self.tr(" jämfört med %1").replace("%1", row.baseline) if row.baseline else ""
        if row.target is not None:
            bits.append(self.tr("Mål: %1%2").replace("%1", target_text(row)).replace("%2", base))
            if row.comparison is None:
                bits.append(self.tr("om målet nås kan inte avgöras utan riktning"))
        elif row.baseline and row.baseline_value is not None:
            bits.append(self.tr("Mål: inget målvärde; jämförs med %1 (%2, %3)").replace("%1", row.baseline)
                        .replace("%2", format_number(row.baseline_value, row.unit))
                        .replace("%3", row.latest_period or ""))
        elif row.baseline:
            bits.append(self.tr("Mål: inget målvärde; jämförs med %1").replace("%1", row.baseline))
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

    def _direction_changed(self) -> None:
        """Saving needs a name, except to set the direction back to unknown."""
        chosen = self.direction_box.currentData()
        self.direction_save.setEnabled(self.row is not None and (chosen is None or bool(self.direction_by.text().strip())))

    def _take_suggestion(self) -> None:
        if self.row is not None and self.row.suggestion:
            self.direction_box.setCurrentIndex(self.direction_box.findData(self.row.suggestion))
            self.direction_by.setFocus()

    def _save_direction(self) -> None:
        if self.row is not None:
            self.direction_set.emit(self.row.name, self.direction_box.currentData(),
                                    " ".join(self.direction_by.text().split()))

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
