"""The KPI section of the main window: Nyckeltal (overview + detail) and Uppdrag."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.kpi_status import DEFAULT_TOLERANCE
from ...domain.records import ImportFailure, ImportReport
from ...services import assignments as asg
from ...services import kpi_values as kv
from ..context import AppContext
from .assignments_view import AssignmentsView
from .detail import KpiDetail
from .overview import KpiOverview

DIRECTION_BY_KEY = "kpi/direction_by"
"""The name last given when setting a KPI's direction, offered again next time."""


class UnknownFileKind(ValueError):
    pass


def import_outcome_file(ctx: AppContext, path: Path) -> ImportReport:
    """Kolada JSON or the filled-in template, told apart by content, not by the file name."""
    from ...importers.kolada import looks_like_kolada
    from ...importers.outcome_template import looks_like_outcome_template

    data = Path(path).read_bytes()
    if looks_like_kolada(data, path.name):
        return kv.import_kolada(ctx.db, path)
    if looks_like_outcome_template(data, path.name):
        return kv.import_outcome_template(ctx.db, path)
    raise UnknownFileKind(f"{path.name}: varken en Kolada-fil (JSON) eller en ifylld utfallsmall (XLSX/ODS/CSV).")


class ListAndDetail(QSplitter):
    """Says when its width changes: the detail pane moves beside or below the list by the splitter's own size."""

    resized = Signal(int)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(event.size().width())


class KpiSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tolerance = DEFAULT_TOLERANCE
        self.setAccessibleName(self.tr("Nyckeltal och uppdrag"))

        self.overview = KpiOverview(self)
        self.detail = KpiDetail(self)
        self.assignments = AssignmentsView(self)
        # the list gets the room; the detail sits beside it on a wide window and below it on a narrower one
        self.split = split = ListAndDetail(Qt.Orientation.Vertical, self)
        split.setAccessibleName(self.tr("Lista och detaljer"))
        split.addWidget(self.overview)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.detail.set_beside(False)
        self._placed = False
        split.resized.connect(self._place_detail)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Nyckeltal eller uppdrag"))
        self.tabs.addTab(split, self.tr("&Nyckeltal"))
        self.tabs.addTab(self.assignments, self.tr("&Uppdrag"))

        self.import_button = QPushButton(self.tr("&Läs in utfall (Kolada eller mall)…"), self)
        self.import_button.setAccessibleName(self.tr("Läs in utfall från Kolada-fil eller ifylld mall"))
        self.import_button.clicked.connect(self._ask_import)
        self.template_button = QPushButton(self.tr("Exportera utfalls&mall…"), self)
        self.template_button.setAccessibleName(self.tr("Exportera mall för utfall"))
        self.template_button.clicked.connect(self._ask_template)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.template_button)
        bar.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.overview.kpi_selected.connect(self._show_detail)
        self.overview.tolerance_changed.connect(self._set_tolerance)
        self.detail.note_edited.connect(self._save_note)
        self.detail.direction_set.connect(self._set_direction)
        self.detail.direction_by.setText(str(ctx.settings.value(DIRECTION_BY_KEY, "") or
                                             ctx.settings.value("member/name", "") or ""))
        self.assignments.tracking_set.connect(self._set_tracking)
        self.assignments.tracking_cleared.connect(self._clear_tracking)
        ctx.events.published_changed.connect(self.refresh)
        self.refresh()

    BESIDE_FROM = 1680
    """List-and-detail width in pixels from which the detail pane goes beside the list instead of below it."""


    def _place_detail(self, width: int) -> None:
        beside = width >= self.BESIDE_FROM
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.split.orientation() == orientation and self._placed:
            return
        self._placed = True
        self.split.setOrientation(orientation)
        self.detail.set_beside(beside)
        total = self.split.width() if beside else self.split.height()
        share = 0.64 if beside else 0.58
        self.split.setSizes([int(total * share), total - int(total * share)])
        if not beside:
            self._fit_detail(self.detail.row is not None)

    def refresh(self) -> None:
        with self.ctx.db.session() as s:
            rows = kv.kpi_overview(s, self.tolerance)
            assignment_rows = asg.assignment_rows(s)
        self.overview.set_rows(rows)
        self.assignments.set_rows(assignment_rows)
        if self.overview.current() is None:
            self.detail.show_kpi(None)

    def _set_tolerance(self, tolerance: Decimal) -> None:
        self.tolerance = tolerance
        self.refresh()

    def _fit_detail(self, chosen: bool) -> None:
        """Below the list, an empty detail pane keeps to its one-line hint; choosing a KPI opens it."""
        self.split.setStretchFactor(1, 2 if chosen else 0)  # a growing window widens the list while empty
        if self.split.orientation() != Qt.Orientation.Vertical:
            return
        total = sum(self.split.sizes())
        if total <= 0:
            return
        detail = int(total * 0.42) if chosen else self.detail.minimumSizeHint().height()
        if chosen and self.split.sizes()[1] >= detail:
            return
        self.split.setSizes([total - detail, detail])

    def _show_detail(self, row: kv.KpiRow | None) -> None:
        if (row is None) != (self.detail.row is None):
            self._fit_detail(row is not None)
            table = self.overview.table
            if row is not None:  # the pane opened below the list: keep the chosen row in sight
                table.scrollTo(table.currentIndex())
        if row is None:
            self.detail.show_kpi(None)
            return
        with self.ctx.db.session() as s:
            commentary = kv.commentary(s, row.id)
            note = kv.kpi_note(s, row.name)
        self.detail.show_kpi(row, commentary, note)

    def _save_note(self, name: str, text: str) -> None:
        with self.ctx.db.session() as s:
            kv.save_kpi_note(s, name, text)
        self.ctx.events.personal_changed.emit(f"kpi:{name}")

    def _set_direction(self, name: str, direction: str | None, by: str) -> None:
        with self.ctx.db.session() as s:
            kv.set_direction(s, name, direction, by)
        if by:
            self.ctx.settings.setValue(DIRECTION_BY_KEY, by)
        self.ctx.events.personal_changed.emit(f"kpi:{name}")
        self.refresh()
        self.overview.select(name)
        current = self.overview.current()
        if current is not None and current.name == name:
            self._show_detail(current)

    def _set_tracking(self, key: str, status: str, date: dt.date, comment: str) -> None:
        with self.ctx.db.session() as s:
            asg.set_tracking(s, key, status, date, comment)
        self.ctx.events.personal_changed.emit(f"assignment:{key}")
        self._reload_assignments()

    def _clear_tracking(self, key: str) -> None:
        with self.ctx.db.session() as s:
            asg.clear_tracking(s, key)
        self.ctx.events.personal_changed.emit(f"assignment:{key}")
        self._reload_assignments()

    def _reload_assignments(self) -> None:
        with self.ctx.db.session() as s:
            self.assignments.set_rows(asg.assignment_rows(s))

    def import_file(self, path: Path) -> ImportReport | None:
        """Import one file and say what happened in the message line; errors are shown, not raised."""
        try:
            report = import_outcome_file(self.ctx, Path(path))
        except (ImportFailure, UnknownFileKind) as exc:
            self.message.setText(self.tr("Inget lästes in. %1").replace("%1", str(exc)))
            return None
        created = sum(report.created.values())
        updated = sum(report.updated.values())
        text = self.tr("%1: %2 nya och %3 ändrade värden.").replace("%1", Path(path).name) \
            .replace("%2", str(created)).replace("%3", str(updated))
        if report.removed:
            text += " " + self.tr("%1 värden togs bort eftersom Kolada har återkallat dem.").replace(
                "%1", str(sum(report.removed.values())))
        if report.skipped:
            text += " " + self.tr("Hoppade över: %1").replace("%1", "; ".join(s.reason for s in report.skipped))
        self.message.setText(text)
        self.ctx.events.published_changed.emit()
        return report

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Läs in utfall"), "",
                                              self.tr("Kolada eller mall (*.json *.xlsx *.ods *.csv)"))
        if name:
            self.import_file(Path(name))

    def _ask_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exportera utfallsmall"), "utfallsmall.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if name:
            with self.ctx.db.session() as s:
                kv.export_outcome_template(s, Path(name))
            self.message.setText(self.tr("Mallen sparades: %1").replace("%1", name))
