"""Search results as a tree: one group per meeting and kind, hits below with their context."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt

from ...persistence.search_index import HIGHLIGHT_END, HIGHLIGHT_START
from ...services.reading import SearchGroup, SearchRow
from ..i18n import format_date
from .base import ACCESSIBLE_ROLE, HTML_ROLE, ROW_ROLE, SORT_ROLE, Index

translate = QCoreApplication.translate
_GROUP = 0xFFFFFFFF


def kind_name(kind: str) -> str:
    return {
        "item": translate("Search", "Ärenden på föredragningslistan"),
        "document": translate("Search", "Handlingar"),
        "note": translate("Search", "Mina anteckningar"),
        "page": translate("Search", "Bilagor"),
    }.get(kind, kind)


def snippet_html(snippet: str) -> str:
    """Escape the text, then make the highlighted words bold."""
    text = html.escape(snippet.replace("\n", " "))
    return text.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def snippet_plain(snippet: str) -> str:
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").replace("\n", " ")


def group_title(g: SearchGroup) -> str:
    if g.meeting_key is None:
        where = translate("Search", "Utan sammanträde")
    else:
        where = f"{g.heading}, {format_date(g.date)}" if g.date else g.meeting_key
    if g.item_heading:  # attachment pages, under their item
        return f"{where} — {g.item_heading} — {kind_name(g.kind)} ({len(g.rows)})"
    return f"{where} — {kind_name(g.kind)} ({len(g.rows)})"


def row_title(row: SearchRow) -> str:
    """The hit's title as shown; a page hit names its attachment and page ("Bilaga: 4. …, sida 17")."""
    if row.kind == "page":
        return translate("Search", "Bilaga: %1").replace("%1", row.title)
    return row.title


class SearchModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[SearchGroup] = []

    def set_groups(self, groups: Sequence[SearchGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(g.rows) for g in self._groups)

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() if parent.isValid() else _GROUP)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def hit(self, index: Index) -> SearchRow | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[int(index.internalId())].rows[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, ACCESSIBLE_ROLE):
                return group_title(group)
            if role == HTML_ROLE:
                return f"<b>{html.escape(group_title(group))}</b>"
            if role == SORT_ROLE:
                return group.date or dt.date.min
            return None
        row = self.hit(index)
        assert row is not None
        title = row_title(row)
        if role in (Qt.ItemDataRole.DisplayRole, ACCESSIBLE_ROLE):
            return f"{snippet_plain(title)}: {snippet_plain(row.snippet)}"
        if role == HTML_ROLE:
            return f"{snippet_html(title)}<br><span>{snippet_html(row.snippet)}</span>"
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return snippet_plain(row.title)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return translate("Search", "Träffar")
        return None
