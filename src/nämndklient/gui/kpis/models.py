"""Qt item models over the rows the services hand out: display text via QLocale, raw values for sorting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.kpi_status import Status, Trend
from ...services.assignments import AssignmentRow
from ...services.kpi_values import KpiRow
from ..charts.fmt import format_number, locale, status_colour
from ..charts.icons import status_icon
from ..charts.sparkline import SPARK_ROLE
from ..models.base import PlainRowsModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex

# Every word shown from a table is a literal here, so pyside6-lupdate finds it; looked up at display time.
HORIZONS = {"long_term": QT_TRANSLATE_NOOP("KpiLabels", "Långsiktigt"),
            "short_term": QT_TRANSLATE_NOOP("KpiLabels", "Kortsiktigt"),
            "financial": QT_TRANSLATE_NOOP("KpiLabels", "Finansiellt")}
STATUS_TEXT = {
    Status.MET: QT_TRANSLATE_NOOP("KpiLabels", "Uppnått"),
    Status.NEAR: QT_TRANSLATE_NOOP("KpiLabels", "Nära"),
    Status.NOT_MET: QT_TRANSLATE_NOOP("KpiLabels", "Ej uppnått"),
    Status.MISSING: QT_TRANSLATE_NOOP("KpiLabels", "Saknar värde"),
}
TREND_TEXT = {
    Trend.BETTER: QT_TRANSLATE_NOOP("KpiLabels", "Förbättras"),
    Trend.WORSE: QT_TRANSLATE_NOOP("KpiLabels", "Försämras"),
    Trend.UNCHANGED: QT_TRANSLATE_NOOP("KpiLabels", "Oförändrad"),
    Trend.UNKNOWN: "–",
}
ASSIGNMENT_STATUS_TEXT = {
    "ej påbörjad": QT_TRANSLATE_NOOP("KpiLabels", "ej påbörjad"),
    "pågående": QT_TRANSLATE_NOOP("KpiLabels", "pågående"),
    "genomförd": QT_TRANSLATE_NOOP("KpiLabels", "genomförd"),
    "ej genomförd": QT_TRANSLATE_NOOP("KpiLabels", "ej genomförd"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("KpiLabels", text)


def status_label(status: Status) -> str:
    return _t(STATUS_TEXT[status])


def trend_label(trend: Trend) -> str:
    return _t(TREND_TEXT[trend])


def horizon_label(horizon: str) -> str:
    return _t(HORIZONS[horizon]) if horizon in HORIZONS else horizon


def assignment_status_label(status: str) -> str:
    return _t(ASSIGNMENT_STATUS_TEXT[status]) if status in ASSIGNMENT_STATUS_TEXT else status


_STATUS_ORDER = {Status.NOT_MET: 0, Status.NEAR: 1, Status.MET: 2, Status.MISSING: 3}


class KpiOverviewModel(PlainRowsModel[KpiRow]):
    # the judgement first: name, status, target, outcome, development; the context after
    NAME, STATUS, TARGET, LATEST, PERIOD, SPARK, TREND, FORECAST, AREA, HORIZON, DECIDED, SOURCE = range(12)
    HEADERS = (QT_TRANSLATE_NOOP("KpiOverviewModel", "Nyckeltal"), QT_TRANSLATE_NOOP("KpiOverviewModel", "Status"),
               QT_TRANSLATE_NOOP("KpiOverviewModel", "Mål"), QT_TRANSLATE_NOOP("KpiOverviewModel", "Senaste utfall"),
               QT_TRANSLATE_NOOP("KpiOverviewModel", "Period"), QT_TRANSLATE_NOOP("KpiOverviewModel", "Utveckling"),
               QT_TRANSLATE_NOOP("KpiOverviewModel", "Trend"), QT_TRANSLATE_NOOP("KpiOverviewModel", "Prognos helår"),
               QT_TRANSLATE_NOOP("KpiOverviewModel", "Målområde"), QT_TRANSLATE_NOOP("KpiOverviewModel", "Horisont"),
               QT_TRANSLATE_NOOP("KpiOverviewModel", "Beslutat av"), QT_TRANSLATE_NOOP("KpiOverviewModel", "Källa"))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            numbers = section in (self.TARGET, self.LATEST, self.FORECAST)
            return int((Qt.AlignmentFlag.AlignRight if numbers else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.STATUS:
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
            return horizon_label(r.horizon)
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
            return status_label(r.status)
        if col == self.TREND:
            return trend_label(r.trend)
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


_SOURCES = {"egen": QT_TRANSLATE_NOOP("AssignmentModel", "Egen uppföljning"),
            "uppföljning": QT_TRANSLATE_NOOP("AssignmentModel", "Uppföljningsrapport"),
            "": QT_TRANSLATE_NOOP("AssignmentModel", "Ingen rapport än")}


class AssignmentModel(PlainRowsModel[AssignmentRow]):
    TEXT, AREA, DECIDED, RESPONSIBLE, STATUS, DATE, COMMENT, SOURCE = range(8)
    HEADERS = (QT_TRANSLATE_NOOP("AssignmentModel", "Uppdrag"), QT_TRANSLATE_NOOP("AssignmentModel", "Målområde"),
               QT_TRANSLATE_NOOP("AssignmentModel", "Beslutat av"), QT_TRANSLATE_NOOP("AssignmentModel", "Ansvariga"),
               QT_TRANSLATE_NOOP("AssignmentModel", "Status"), QT_TRANSLATE_NOOP("AssignmentModel", "Datum"),
               QT_TRANSLATE_NOOP("AssignmentModel", "Kommentar"), QT_TRANSLATE_NOOP("AssignmentModel", "Statuskälla"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == self.DATE and role == SORT_ROLE:
                return r.status_date.isoformat() if r.status_date else ""
            values = (r.text, r.goal_area, r.decided_by, ", ".join(r.responsible) or "–", assignment_status_label(r.status),
                      locale().toString(r.status_date, "yyyy-MM-dd") if r.status_date else "", r.comment,
                      QCoreApplication.translate("AssignmentModel", _SOURCES[r.status_source])
                      if r.status_source in _SOURCES else r.status_source)
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TEXT:
            return r.text
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and r.not_started:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
