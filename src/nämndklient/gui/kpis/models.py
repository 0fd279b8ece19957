"""Qt item models over the rows the services hand out: display text via QLocale, raw values for sorting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.kpi_status import STATUS_LABELS, TREND_LABELS, Status
from ...services.assignments import AssignmentRow
from ...services.kpi_values import KpiRow
from ..charts.fmt import format_number, locale, status_colour
from ..charts.icons import status_icon
from ..charts.sparkline import SPARK_ROLE

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex

HORIZONS = {"long_term": "Långsiktigt", "short_term": "Kortsiktigt", "financial": "Finansiellt"}
_STATUS_ORDER = {Status.NOT_MET: 0, Status.NEAR: 1, Status.MET: 2, Status.MISSING: 3}


class KpiOverviewModel(QAbstractTableModel):
    NAME, AREA, HORIZON, DECIDED, TARGET, LATEST, PERIOD, STATUS, TREND, SPARK, FORECAST, SOURCE = range(12)
    HEADERS = ("Nyckeltal", "Målområde", "Horisont", "Beslutat av", "Mål", "Senaste utfall", "Period", "Status",
               "Trend", "Utveckling", "Prognos helår", "Källa")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[KpiRow] = []

    def set_rows(self, rows: list[KpiRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> KpiRow:
        return self._rows[row]

    def rows(self) -> list[KpiRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort(r, col)
        if role == SPARK_ROLE and col == self.SPARK:
            return r.sparkline
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return status_icon(r.status)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return status_colour(r.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.SPARK:
            return ", ".join(format_number(v) for v in r.sparkline) or self.tr("inga värden")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.TARGET, self.LATEST, self.FORECAST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: KpiRow, col: int) -> str | None:
        if col == self.NAME:
            return r.name
        if col == self.AREA:
            return r.goal_area
        if col == self.HORIZON:
            return self.tr(HORIZONS.get(r.horizon, r.horizon))
        if col == self.DECIDED:
            return r.decided_by
        if col == self.TARGET:
            if r.target is None:
                return self.tr("saknas")
            arrow = "≤ " if r.direction == "decrease" else "≥ "
            return arrow + format_number(r.target, r.unit)
        if col == self.LATEST:
            return format_number(r.latest_value, r.unit) if r.latest_value is not None else "–"
        if col == self.PERIOD:
            return r.latest_period or ""
        if col == self.STATUS:
            return self.tr(STATUS_LABELS[r.status])
        if col == self.TREND:
            return self.tr(TREND_LABELS[r.trend])
        if col == self.FORECAST:
            return format_number(r.forecast, r.unit) if r.forecast is not None else ""
        if col == self.SOURCE:
            return ", ".join(r.sources)
        return None

    def _sort(self, r: KpiRow, col: int) -> Any:
        if col == self.TARGET:
            return float(r.target) if r.target is not None else float("-inf")
        if col == self.LATEST:
            return float(r.latest_value) if r.latest_value is not None else float("-inf")
        if col == self.FORECAST:
            return float(r.forecast) if r.forecast is not None else float("-inf")
        if col == self.STATUS:
            return _STATUS_ORDER[r.status]
        if col == self.SPARK:
            return len(r.sparkline)
        text = self._display(r, col) or ""
        return locale().toLower(text)

    def _tooltip(self, r: KpiRow, col: int) -> str | None:
        if col == self.TARGET and r.target is not None:
            way = self.tr("lägre är bättre") if r.direction == "decrease" else self.tr("högre är bättre")
            if r.direction_assumed:
                way += self.tr(" (antaget: planen anger ingen riktning)")
            base = self.tr(", jämfört med %1").replace("%1", r.baseline) if r.baseline else ""
            return f"{way}{base}"
        if col == self.NAME:
            return r.name
        return None


_SOURCES = {"egen": "Egen uppföljning", "uppföljning": "Uppföljningsrapport", "": "Ingen rapport än"}


class AssignmentModel(QAbstractTableModel):
    TEXT, AREA, DECIDED, RESPONSIBLE, STATUS, DATE, COMMENT, SOURCE = range(8)
    HEADERS = ("Uppdrag", "Målområde", "Beslutat av", "Ansvariga", "Status", "Datum", "Kommentar", "Statuskälla")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssignmentRow] = []

    def set_rows(self, rows: list[AssignmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AssignmentRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == self.DATE and role == SORT_ROLE:
                return r.status_date.isoformat() if r.status_date else ""
            values = (r.text, r.goal_area, r.decided_by, ", ".join(r.responsible) or "–", self.tr(r.status),
                      locale().toString(r.status_date, "yyyy-MM-dd") if r.status_date else "", r.comment,
                      self.tr(_SOURCES.get(r.status_source, r.status_source)))
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TEXT:
            return r.text
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and r.not_started:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
