"""Inställningar: language, followed bodies and text size, stored in QSettings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from ..forms.ui_settings_dialog import Ui_SettingsDialog
from ..i18n import LANGUAGES

KEY_LANGUAGE = "language"
KEY_BODIES = "followed_bodies"
KEY_TEXT_SCALE = "text_scale"


def followed_bodies(settings: QSettings) -> tuple[str, ...]:
    value = settings.value(KEY_BODIES, [])
    if isinstance(value, str):
        value = [value] if value else []
    return tuple(str(v) for v in value or [])


def text_scale(settings: QSettings) -> int:
    try:
        return int(settings.value(KEY_TEXT_SCALE, 100))
    except (TypeError, ValueError):
        return 100


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, bodies: list[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Spara inställningarna"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Avbryt utan att spara"))
        current = str(settings.value(KEY_LANGUAGE, "sv"))
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(current)))
        self.ui.textSizeSpin.setValue(text_scale(settings))
        chosen = set(followed_bodies(settings))
        for code, name in bodies:
            item = QListWidgetItem(name, self.ui.bodiesList)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        if self.ui.bodiesList.count():
            self.ui.bodiesList.setCurrentRow(0)

    def chosen_bodies(self) -> list[str]:
        items = (self.ui.bodiesList.item(i) for i in range(self.ui.bodiesList.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.settings.setValue(KEY_LANGUAGE, self.ui.languageCombo.currentData())
        self.settings.setValue(KEY_BODIES, self.chosen_bodies())
        self.settings.setValue(KEY_TEXT_SCALE, self.ui.textSizeSpin.value())
        self.settings.sync()
