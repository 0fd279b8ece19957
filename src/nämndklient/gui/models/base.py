"""A table model over a list of plain rows, with display values apart from sort values.

Each column says how to show a row (through QLocale, by the caller's function)
and what raw value to sort by; strings sort with the Swedish collator. The row
object itself is available under `ROW_ROLE`, so views never reach back into a
database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..i18n import sort_key

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Roles the delegates read; here rather than in their models so the start view's delegate needs no services.
BADGES_ROLE = Qt.ItemDataRole.UserRole + 5
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 6
HTML_ROLE = Qt.ItemDataRole.UserRole + 7
ACCESSIBLE_ROLE = Qt.ItemDataRole.AccessibleTextRole

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None  # raw value; defaults to the display text
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[T], str] | None = None


class PlainRowsModel(QAbstractTableModel, Generic[T]):
    """A flat table over the plain rows a service handed over; subclasses say what each column shows."""

    # Column titles marked with QT_TRANSLATE_NOOP in the subclass's own name as context.
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row(self, index: Index) -> T | None:
        return self._rows[index.row()] if index.isValid() and 0 <= index.row() < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)


class RowTableModel(PlainRowsModel[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row, col = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, ACCESSIBLE_ROLE):
            return col.display(row)
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else col.display(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align.value)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title if 0 <= section < len(self._columns) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        col = self._columns[column]

        def key(row: T) -> tuple[int, Any]:
            value = col.sort(row) if col.sort else col.display(row)
            if value is None:
                return (1, 0)  # missing values last whichever the order
            return (0, sort_key(value) if isinstance(value, str) else value)

        numbered = list(enumerate(self._rows))
        present = [(i, r) for i, r in numbered if key(r)[0] == 0]
        missing = [(i, r) for i, r in numbered if key(r)[0] == 1]
        present.sort(key=lambda p: key(p[1])[1], reverse=order == Qt.SortOrder.DescendingOrder)
        ordered = present + missing
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, (old, _) in enumerate(ordered)}
        self._rows = [r for _, r in ordered]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes, [self.index(new_row[i.row()], i.column()) for i in old_indexes]
        )
        self.layoutChanged.emit()
