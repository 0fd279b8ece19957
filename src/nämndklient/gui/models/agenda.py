"""The agenda as a tree: categories in agenda order, their items below, a badge per item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt

from ...services.catalog import ItemInfo
from ..i18n import format_date
from .base import ACCESSIBLE_ROLE, BADGES_ROLE, CATEGORY_ROLE, ROW_ROLE, SORT_ROLE, Index

translate = QCoreApplication.translate
_NO_PARENT = 0xFFFFFFFF  # internalId of a category row


def badges(item: ItemInfo) -> list[tuple[str, str]]:
    """(kind, word) per badge: the reading state first, then the flag."""
    if item.state == "expired":
        found = [("expired", translate("Agenda", "sekretess upphört – innehållet borttaget"))]
    elif item.withdrawn:
        found = [("withdrawn", translate("Agenda", "utgått"))]
    elif item.state == "changed":
        found = [("changed", translate("Agenda", "ändrad sedan läst"))]
    elif item.read:
        found = [("read", translate("Agenda", "läst"))]
    else:
        found = [("unread", translate("Agenda", "oläst"))]
    if item.flagged:
        found.append(("flagged", translate("Agenda", "flaggad")))
    return found


def expired_text(day: dt.date) -> str:
    """The sentence that says what happened to an expired item's content, and when."""
    return translate("Agenda", "Sekretesstiden har gått ut. Handlingarna och deras text togs bort från datorn %1; "
                     "dina egna anteckningar finns kvar.").replace("%1", format_date(day))


class AgendaModel(QAbstractItemModel):
    COLUMNS = ("§", "Ärende", "Föredragande", "Dnr", "Status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[ItemInfo]]] = []
        self._titles = [
            translate("Agenda", "§"),
            translate("Agenda", "Ärende"),
            translate("Agenda", "Föredragande"),
            translate("Agenda", "Dnr"),
            translate("Agenda", "Status"),
        ]

    def set_items(self, items: Sequence[ItemInfo]) -> None:
        self.beginResetModel()
        groups: dict[str, list[ItemInfo]] = {}
        for item in sorted(items, key=lambda i: i.order):
            groups.setdefault(item.category or translate("Agenda", "Övriga ärenden"), []).append(item)
        self._groups = list(groups.items())
        self.endResetModel()

    def items(self) -> list[ItemInfo]:
        return [i for _, items in self._groups for i in items]

    def item_index(self, key: str, column: int = 0) -> QModelIndex:
        for g, (_, items) in enumerate(self._groups):
            for r, item in enumerate(items):
                if item.key == key:
                    return self.index(r, column, self.index(g, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._titles)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _item(self, index: Index) -> ItemInfo | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[int(index.internalId())][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            name = self._groups[index.row()][0]
            if role in (Qt.ItemDataRole.DisplayRole, ACCESSIBLE_ROLE) and index.column() == 0:
                return name
            if role == CATEGORY_ROLE:
                return True
            if role == SORT_ROLE:
                return index.row()
            return None
        item = self._item(index)
        assert item is not None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [item.number, item.title, ", ".join(item.presenters), item.dnr or "–",
                    " · ".join(w for _, w in badges(item))][col]
        if role == ACCESSIBLE_ROLE:
            state = ", ".join(w for _, w in badges(item))
            presenters = ", ".join(item.presenters) or translate("Agenda", "ingen föredragande")
            return translate("Agenda", "Punkt %1: %2. Föredragande: %3. Status: %4").replace(
                "%1", item.number).replace("%2", item.title).replace("%3", presenters).replace("%4", state)
        if role == SORT_ROLE:
            return [item.order, item.title, ", ".join(item.presenters), item.dnr or "",
                    badges(item)[0][0]][col]
        if role == ROW_ROLE:
            return item
        if role == BADGES_ROLE and col == 4:
            return badges(item)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and item.expired_on is not None:
            return expired_text(item.expired_on)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self._titles[section]
        return None

