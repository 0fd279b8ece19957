"""Small building blocks shared by the views: headings, buttons and trees with accessible names."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTreeView, QWidget

from ..icons import icon


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A heading as rich text (<h1>…), so it grows with the application font."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    set_heading(label, text, level)
    return label


def set_heading(label: QLabel, text: str, level: int = 1) -> None:
    label.setText(f"<h{level} style='margin:0;'>{html.escape(text)}</h{level}>")
    label.setAccessibleName(text)


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(label.foregroundRole().PlaceholderText)
    return label


def button(text: str, name: str | None = None, *, icon_name: str | None = None,
           description: str = "", parent: QWidget | None = None) -> QPushButton:
    b = QPushButton(text, parent)
    b.setAccessibleName(name or text.replace("&", ""))
    if description:
        b.setAccessibleDescription(description)
        b.setToolTip(description)
    if icon_name:
        b.setIcon(icon(icon_name))
    return b


def tree(name: str, description: str = "", parent: Any = None, *, sortable: bool = False) -> QTreeView:
    view = QTreeView(parent)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(sortable)
    view.setWordWrap(True)
    view.setAllColumnsShowFocus(True)
    return view
