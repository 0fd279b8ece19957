"""One table model for every budget table: figures formatted by QLocale, checks at their cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...services.budget_views import Cell, TableView, column_heading
from ...services.catalog import CheckInfo
from ..charts.fmt import format_number, negative_colour
from ..charts.icons import warning_icon

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def wrap_heading(text: str, longest: int = 18) -> str:
    """A long column heading on two lines, broken at the space nearest the middle, so the figures stay narrow."""
    if len(text) <= longest or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"


class BudgetTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: TableView | None = None

    def set_view(self, view: TableView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else len(self.view.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.view is None else len(self.view.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.view is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section <= len(self.view.columns):
            if section == 0:
                return self.view.head
            return wrap_heading(column_heading(self.view, section - 1))
        return None

    def cell(self, row: int, column: int) -> Cell | None:
        if self.view is None or column == 0:
            return None
        return self.view.rows[row].cells[column - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.view is None or not index.isValid() or not 0 <= index.row() < len(self.view.rows):
            return None
        r = self.view.rows[index.row()]
        col = index.column()
        c = self.cell(index.row(), col) if col else None
        if role == Qt.ItemDataRole.DisplayRole:
            if c is None:
                return r.label + (f" ({r.unit})" if r.unit else "")
            if c.value is None:
                return c.text or ""
            return format_number(c.value, r.unit or None)
        if role == SORT_ROLE:
            if c is None:
                return r.label
            return float(c.value) if c.value is not None else (c.text or "")
        if role == CELL_ROLE:
            return c
        if role == Qt.ItemDataRole.FontRole and (r.is_total or (c is not None and (c.is_total or c.computed))):
            font = QFont()
            font.setBold(r.is_total or (c is not None and c.is_total))
            font.setItalic(c is not None and c.computed)
            return font
        if c is None:
            return r.label if role == Qt.ItemDataRole.ToolTipRole else None
        if role == Qt.ItemDataRole.DecorationRole and c.disagrees:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(c)
        if role == Qt.ItemDataRole.ForegroundRole and c.deviation and c.value is not None and c.value < 0:
            return negative_colour()
        if role == Qt.ItemDataRole.TextAlignmentRole and c.value is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and (c.disagrees or c.computed):
            return self._tooltip(c)
        return None

    def _tooltip(self, c: Cell) -> str | None:
        """What the cell is: computed by the application, and the checks on it in the import's own words."""
        lines = []
        if c.computed:
            lines.append(self.tr("Beräknad av Nämndklient som summan av raderna; ingen siffra ur dokumentet."))
        for ch in c.checks:
            lines.append(("" if ch.agrees else "⚠ ") + outcome_text(ch) + ": " + ch.message)
        return "\n".join(lines) or None


def outcome_text(check: CheckInfo) -> str:
    """A check's outcome in the member's language."""
    return {
        "agrees": QCoreApplication.translate("Budget", "Stämmer"),
        "small_deviation": QCoreApplication.translate("Budget", "Liten avvikelse, troligen avrundning"),
    }.get(check.outcome, QCoreApplication.translate("Budget", "Stämmer inte"))
