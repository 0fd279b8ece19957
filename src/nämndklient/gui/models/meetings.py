"""Models over meetings: the list (start view, calendar list) and the month grid.

The start view shows before SQLAlchemy is imported, so this module takes its rows
from `persistence.start_query`, never from the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...persistence.start_query import MeetingSummary, month_days
from ..i18n import format_range, locale
from .base import ACCESSIBLE_ROLE, ROW_ROLE, Column, Index, RowTableModel

translate = QCoreApplication.translate
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
MEETINGS_ROLE = Qt.ItemDataRole.UserRole + 3
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 4


def kind_label(kind: str) -> str:
    if kind == "budget_day":
        return translate("Meetings", "Gemensam budgetdag")
    if kind == "planning_day":
        return translate("Meetings", "Gemensam planeringsdag")
    return translate("Meetings", "Sammanträde")


def count_text(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%1", locale().toString(n))


def items_text(m: MeetingSummary) -> str:
    if not m.items:
        return translate("Meetings", "Ingen föredragningslista")
    return count_text(m.items, translate("Meetings", "%1 ärende"), translate("Meetings", "%1 ärenden"))


def reading_status(m: MeetingSummary) -> str:
    """'3 olästa · 1 ändrad sedan läst', or 'Allt läst'."""
    parts = []
    if m.unread:
        parts.append(count_text(m.unread, translate("Meetings", "%1 oläst"), translate("Meetings", "%1 olästa")))
    if m.changed:
        parts.append(count_text(m.changed, translate("Meetings", "%1 ändrad sedan läst"),
                                translate("Meetings", "%1 ändrade sedan läst")))
    if m.flagged:
        parts.append(count_text(m.flagged, translate("Meetings", "%1 fråga"), translate("Meetings", "%1 frågor")))
    if not parts:
        return translate("Meetings", "Allt läst") if m.items else ""
    return " · ".join(parts)


def meeting_heading(m: MeetingSummary) -> str:
    if m.joint and m.title == kind_label(m.kind):
        return m.title
    return m.title if m.body_name.casefold()[:6] in m.title.casefold() else f"{m.body_name}: {m.title}"


def describe(m: MeetingSummary) -> str:
    """One sentence for screen readers."""
    where = m.place or translate("Meetings", "plats ej angiven")
    if m.cancelled:
        where = translate("Meetings", "inställt") + ", " + where
    return f"{meeting_heading(m)}, {format_range(m.start, m.end, weekday=True)}, {where}, {items_text(m)}, {reading_status(m)}"


class MeetingsModel(RowTableModel[MeetingSummary]):
    def __init__(self, parent: Any = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(
            [
                Column(translate("Meetings", "Datum"), lambda m: format_range(m.start, m.end), lambda m: m.start),
                Column(translate("Meetings", "Sammanträde"), meeting_heading),
                Column(translate("Meetings", "Typ"),
                       lambda m: kind_label(m.kind) + (" · " + translate("Meetings", "inställt") if m.cancelled else "")),
                Column(translate("Meetings", "Plats"), lambda m: m.place or "–", lambda m: m.place),
                Column(translate("Meetings", "Ärenden"), lambda m: locale().toString(m.items), lambda m: m.items, right),
                Column(translate("Meetings", "Olästa"), lambda m: locale().toString(m.unread), lambda m: m.unread, right),
                Column(translate("Meetings", "Ändrade"), lambda m: locale().toString(m.changed), lambda m: m.changed,
                       right),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index)
        if row is not None and role == ACCESSIBLE_ROLE and index.column() == 0:
            return describe(row)
        if row is not None and role == Qt.ItemDataRole.DecorationRole and index.column() == 1 and row.joint:
            from ..icons import icon

            return icon("joint-day")
        return super().data(index, role)


class MonthModel(QAbstractTableModel):
    """Six weeks of seven days (Monday first), each cell a day with its meetings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._meetings: list[MeetingSummary] = []
        self.year, self.month = 2024, 1
        self._cells: list[dt.date] = []
        self._by_day: dict[dt.date, list[MeetingSummary]] = {}
        self._layout()

    def set_meetings(self, meetings: Sequence[MeetingSummary]) -> None:
        self.beginResetModel()
        self._meetings = list(meetings)
        self._layout()
        self.endResetModel()

    def set_month(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        self._layout()
        self.endResetModel()

    def step(self, months: int) -> None:
        total = self.year * 12 + self.month - 1 + months
        self.set_month(total // 12, total % 12 + 1)

    def _layout(self) -> None:
        first = dt.date(self.year, self.month, 1)
        start = first - dt.timedelta(days=first.weekday())
        self._cells = [start + dt.timedelta(days=n) for n in range(42)]
        self._by_day = {}
        months = {(d.year, d.month) for d in self._cells}
        for y, mo in months:
            for day, found in month_days(self._meetings, y, mo).items():
                if found:
                    self._by_day[day] = found

    def date_at(self, index: Index) -> dt.date | None:
        return self._cells[index.row() * 7 + index.column()] if index.isValid() else None

    def index_of(self, day: dt.date) -> QModelIndex:
        if day in self._cells:
            n = self._cells.index(day)
            return self.index(n // 7, n % 7)
        return QModelIndex()

    def meetings_on_month(self) -> list[MeetingSummary]:
        """The meetings with a day in the shown month, in date order."""
        seen: dict[str, MeetingSummary] = {}
        for day in sorted(self._by_day):
            if day.month == self.month:
                for m in self._by_day[day]:
                    seen.setdefault(m.key, m)
        return list(seen.values())

    def meetings_on(self, day: dt.date) -> list[MeetingSummary]:
        return list(self._by_day.get(day, []))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self._cells[index.row() * 7 + index.column()]
        found = self._by_day.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return locale().toString(day.day)
        if role in (ACCESSIBLE_ROLE, Qt.ItemDataRole.ToolTipRole):
            from ..i18n import format_date

            text = format_date(day, weekday=True)
            return "; ".join([text] + [f"{kind_label(m.kind)}: {meeting_heading(m)}" for m in found])
        if role == DAY_ROLE:
            return day
        if role == MEETINGS_ROLE:
            return list(found)
        if role == IN_MONTH_ROLE:
            return day.month == self.month
        if role == ROW_ROLE:
            return found[0] if found else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            name = locale().dayName(section + 1, locale().FormatType.LongFormat)
            return name[:1].upper() + name[1:]
        if orientation == Qt.Orientation.Vertical and 0 <= section < 6:
            day = self._cells[section * 7]
            week = day.isocalendar().week
            return translate("Meetings", "v. %1").replace("%1", str(week))
        return None

