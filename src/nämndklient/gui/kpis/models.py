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
from ...domain.records import DirectionSource
from ...services.assignments import AssignmentRow, StatusSource
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
    Status.DIRECTION_UNKNOWN: QT_TRANSLATE_NOOP("KpiLabels", "Riktning okänd"),
    Status.NO_TARGET: QT_TRANSLATE_NOOP("KpiLabels", "Mål saknas"),
    Status.MISSING: QT_TRANSLATE_NOOP("KpiLabels", "Saknar värde"),
}
TREND_TEXT = {
    Trend.BETTER: QT_TRANSLATE_NOOP("KpiLabels", "Förbättras"),
    Trend.WORSE: QT_TRANSLATE_NOOP("KpiLabels", "Försämras"),
    Trend.UNCHANGED: QT_TRANSLATE_NOOP("KpiLabels", "Oförändrad"),
    Trend.RISING: QT_TRANSLATE_NOOP("KpiLabels", "Ökar"),
    Trend.FALLING: QT_TRANSLATE_NOOP("KpiLabels", "Minskar"),
    Trend.UNKNOWN: "–",
}
DIRECTION_TEXT = {"increase": QT_TRANSLATE_NOOP("KpiLabels", "högre är bättre"),
                  "decrease": QT_TRANSLATE_NOOP("KpiLabels", "lägre är bättre")}
NO_STATUS_TEXT = QT_TRANSLATE_NOOP("KpiLabels", "ingen status angiven")
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


def assignment_status_label(status: str | None) -> str:
    if status is None:
        return _t(NO_STATUS_TEXT)
    return _t(ASSIGNMENT_STATUS_TEXT[status]) if status in ASSIGNMENT_STATUS_TEXT else status


def direction_label(direction: str) -> str:
    return _t(DIRECTION_TEXT[direction])


def direction_short(r: KpiRow) -> str:
    """The overview's cell: the arrow and whose word it is; a suggestion only in parentheses, marked."""
    arrow = {"increase": "↑", "decrease": "↓"}
    if r.direction_source is DirectionSource.DOCUMENT and r.direction:
        return QCoreApplication.translate("KpiLabels", "%1 planen").replace("%1", arrow[r.direction])
    if r.direction_source is DirectionSource.PERSON and r.direction:
        return QCoreApplication.translate("KpiLabels", "%1 satt").replace("%1", arrow[r.direction])
    if r.suggestion:
        return QCoreApplication.translate("KpiLabels", "okänd (förslag %1)").replace("%1", arrow[r.suggestion])
    return QCoreApplication.translate("KpiLabels", "okänd")


def direction_short_widest() -> str:
    return QCoreApplication.translate("KpiLabels", "okänd (förslag %1)").replace("%1", "↓")


def direction_sentence(r: KpiRow) -> str:
    """Where the direction comes from, in a sentence: the plan's words, the person, or that nobody said."""
    if r.direction_source is DirectionSource.DOCUMENT and r.direction:
        words = (QCoreApplication.translate("KpiLabels", "planen: ”%1”").replace("%1", r.direction_phrase)
                 if r.direction_phrase else QCoreApplication.translate("KpiLabels", "planen"))
        return (QCoreApplication.translate("KpiLabels", "Riktning: %1 (%2)")
                .replace("%1", direction_label(r.direction)).replace("%2", words))
    if r.direction_source is DirectionSource.PERSON and r.direction:
        when = locale().toString(r.direction_set_at.date(), "d MMMM yyyy") if r.direction_set_at else ""
        text = (QCoreApplication.translate("KpiLabels", "Riktning: %1 (satt av %2, %3)")
                .replace("%1", direction_label(r.direction)).replace("%2", r.direction_set_by or "")
                .replace("%3", when))
        if r.document_direction and r.document_direction != r.direction:
            text += " " + (QCoreApplication.translate("KpiLabels", "– planen säger %1")
                           .replace("%1", direction_label(r.document_direction)))
        return text
    text = QCoreApplication.translate("KpiLabels", "Riktning: okänd – planen anger inte om högre eller lägre är bättre")
    if r.suggestion:
        text += ". " + (QCoreApplication.translate("KpiLabels", "Förslag, ej planens: %1 (av ordet ”%2”)")
                        .replace("%1", direction_label(r.suggestion)).replace("%2", r.suggestion_word or ""))
    return text


def target_text(r: KpiRow) -> str:
    """The target as stated, with ≥/≤ only when the plan or a person has said which side is good."""
    from ..charts.fmt import format_number

    sign = {"at_least": "≥ ", "at_most": "≤ "}.get(r.comparison or "", "")
    if r.target is None and sign and (r.baseline or "").casefold() == "riket":
        return sign + QCoreApplication.translate("KpiLabels", "riket")  # "lägre kostnadsutveckling än riket"
    if r.target is None:
        return QCoreApplication.translate("KpiLabels", "saknas")
    return sign + format_number(r.target, r.unit)


_STATUS_ORDER = {Status.NOT_MET: 0, Status.NEAR: 1, Status.MET: 2, Status.DIRECTION_UNKNOWN: 3,
                 Status.NO_TARGET: 4, Status.MISSING: 5}


class KpiOverviewModel(PlainRowsModel[KpiRow]):
    # the judgement first: name, status, target, outcome, development; the context after
    NAME, STATUS, TARGET, DIRECTION, LATEST, PERIOD, SPARK, TREND, FORECAST, AREA, HORIZON, DECIDED, SOURCE = range(13)
    HEADERS = (QT_TRANSLATE_NOOP("KpiOverviewModel", "Nyckeltal"), QT_TRANSLATE_NOOP("KpiOverviewModel", "Status"),
               QT_TRANSLATE_NOOP("KpiOverviewModel", "Mål"), QT_TRANSLATE_NOOP("KpiOverviewModel", "Riktning"),
               QT_TRANSLATE_NOOP("KpiOverviewModel", "Senaste utfall"),
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
            return target_text(r)
        if col == self.DIRECTION:
            return direction_short(r)
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
        if col in (self.TARGET, self.DIRECTION, self.STATUS, self.TREND):
            base = self.tr(", jämfört med %1").replace("%1", r.baseline) if r.baseline and col == self.TARGET else ""
            return direction_sentence(r) + base
        if col == self.NAME:
            return r.name
        return None


_SOURCES = {StatusSource.MEMBER: QT_TRANSLATE_NOOP("AssignmentModel", "Egen uppföljning"),
            StatusSource.REPORT: QT_TRANSLATE_NOOP("AssignmentModel", "Uppföljningsrapport"),
            None: QT_TRANSLATE_NOOP("AssignmentModel", "Ingen rapport än")}


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
                      QCoreApplication.translate("AssignmentModel", _SOURCES[r.status_source]))
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TEXT:
            return r.text
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and r.not_started:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and r.status is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)  # no status is not a status: set apart from the ones given
            return font
        return None
