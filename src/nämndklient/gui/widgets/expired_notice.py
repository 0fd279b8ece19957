"""The record an expired confidential item leaves: what happened, when, and that the notes stay.

The item view shows it above the tabs instead of the documents, which are empty after
expiry (`services.confidential`); the badge in the agenda says the same in two words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from ...services.catalog import ItemInfo
from ..i18n import format_date
from ..theme import badge_colors

translate = QCoreApplication.translate


def expired_message(item: ItemInfo) -> str:
    """Plain text: the member reads it on screen, a screen reader reads it as the label's name."""
    if item.expired_on is None:
        return ""
    dnr = translate("Expired", " (dnr %1)").replace("%1", item.dnr) if item.dnr else ""
    return translate(
        "Expired",
        "Sekretesstiden för punkt %1%2 har gått ut. Handlingarna och deras text togs bort från den här datorn "
        "%3, enligt utgivarens regler. Rubriken finns kvar så att du ser att ärendet behandlades; dina egna "
        "anteckningar finns kvar tills du själv tar bort dem.",
    ).replace("%1", item.number).replace("%2", dnr).replace("%3", format_date(item.expired_on))


class ExpiredNotice(QLabel):
    """A framed notice; hidden for every item that has not expired."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags, which reset it: reachable with Tab
        bg, fg = badge_colors("expired", self.palette())
        self.setStyleSheet(f"QLabel {{ background: {bg.name()}; color: {fg.name()}; border-radius: 4px; "
                           "padding: 8px 10px; }")
        self.hide()

    def set_item(self, item: ItemInfo) -> None:
        text = expired_message(item)
        self.setText(text)
        self.setAccessibleName(translate("Expired", "Sekretess upphört"))
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
