"""Inställningar: language, followed bodies, text size and security, stored in QSettings.

The security section converts the database (encrypt, decrypt, new passphrase)
off the GUI thread. The application's own connections must be closed while
the file is replaced, so the caller hands in a `SecurityContext` whose
`release` closes them and whose `reopen` opens the database again with the
key the file has afterwards (also after a failure: the original is then
unchanged and opens with the old key).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from ...services import keychain
from ..forms.ui_settings_dialog import Ui_SettingsDialog
from ..i18n import LANGUAGES
from ..worker import Task

if TYPE_CHECKING:
    from ...persistence.cipher import DatabaseKey

log = logging.getLogger(__name__)

KEY_LANGUAGE = "language"
KEY_BODIES = "followed_bodies"
KEY_TEXT_SCALE = "text_scale"
KEY_IDLE_MINUTES = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 10


def idle_minutes(settings: QSettings) -> int:
    """Minutes without activity before the application locks; 0 means never."""
    try:
        return max(0, int(settings.value(KEY_IDLE_MINUTES, DEFAULT_IDLE_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


@dataclass
class SecurityContext:
    path: Path  # the database file
    key: DatabaseKey | None  # the key in use; None when the file is not encrypted
    release: Callable[[], None]  # close the application's connections before the file is replaced
    reopen: Callable[[DatabaseKey | None], None]  # open it again with the key it has now


class _Progress(QObject):
    """Carries progress sentences from the worker thread to the label."""

    message = Signal(str)


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
    converted = Signal(object)  # the Conversion, after the database was reopened

    def __init__(self, settings: QSettings, bodies: list[tuple[str, str]], parent: Any = None, *,
                 security: SecurityContext | None = None) -> None:
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
        self._setup_security(security)

    def chosen_bodies(self) -> list[str]:
        items = (self.ui.bodiesList.item(i) for i in range(self.ui.bodiesList.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.settings.setValue(KEY_LANGUAGE, self.ui.languageCombo.currentData())
        self.settings.setValue(KEY_BODIES, self.chosen_bodies())
        self.settings.setValue(KEY_TEXT_SCALE, self.ui.textSizeSpin.value())
        self.settings.setValue(KEY_IDLE_MINUTES, self.ui.idleMinutesSpin.value())
        if self.security is not None and self.ui.rememberKeyCheck.isEnabled():
            from .passphrase import remember_choice

            problem = remember_choice(self.settings, self.security.path, self.security.key,
                                      self.ui.rememberKeyCheck.isChecked())
            if problem:
                log.warning("%s", problem)
        self.settings.sync()

    # --- security ---------------------------------------------------------------------------

    def _setup_security(self, security: SecurityContext | None) -> None:
        from .passphrase import remember_in_keyring

        self.security = security
        self._task: Task | None = None
        self._progress = _Progress(self)
        self._progress.message.connect(self._say)
        self.ui.idleMinutesSpin.setValue(idle_minutes(self.settings))
        ui = self.ui
        ui.encryptButton.clicked.connect(self._toggle_encryption)
        ui.changePassphraseButton.clicked.connect(self._change_passphrase)
        status = keychain.keyring_status()
        ui.rememberKeyCheck.setChecked(status is None and remember_in_keyring(self.settings))
        if status is not None:
            ui.rememberKeyCheck.setEnabled(False)
            ui.rememberKeyCheck.setAccessibleDescription(status)
            ui.rememberKeyCheck.setToolTip(status)
        if security is None:
            for w in (ui.encryptButton, ui.changePassphraseButton, ui.rememberKeyCheck):
                w.setEnabled(False)
            ui.encryptionStateLabel.setText(self.tr("Kryptering gäller en lokal databasfil; den här databasen är inte en."))
            return
        self._show_state()

    def _show_state(self) -> None:
        assert self.security is not None
        ui, encrypted = self.ui, self.security.key is not None
        ui.encryptionStateLabel.setText(
            self.tr("Databasen %1 är krypterad.") if encrypted else self.tr("Databasen %1 är inte krypterad."))
        ui.encryptionStateLabel.setText(ui.encryptionStateLabel.text().replace("%1", self.security.path.name))
        ui.encryptButton.setText(self.tr("&Ta bort krypteringen…") if encrypted else self.tr("&Kryptera databasen…"))
        ui.encryptButton.setAccessibleName(
            self.tr("Ta bort krypteringen") if encrypted else self.tr("Kryptera databasen"))
        ui.changePassphraseButton.setEnabled(encrypted)
        ui.rememberKeyCheck.setEnabled(encrypted and keychain.keyring_status() is None)

    def _ask(self, intro: str, *, confirm: bool = False, check_current: bool = False) -> tuple[str, DatabaseKey | None] | None:
        """Ask for a passphrase; with `check_current`, one that opens the database now (the key it gives)."""
        from ...services.encryption import open_key
        from .passphrase import PassphraseDialog

        assert self.security is not None
        path = self.security.path
        dialog = PassphraseDialog(path, self, confirm=confirm, intro=intro,
                                  check=(lambda text: open_key(path, text)) if check_current else None)
        dialog.rememberBox.hide()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if dialog.error is not None:
                self._say(str(dialog.error))
            return None
        return dialog.passphrase(), dialog.key

    def _toggle_encryption(self) -> None:
        from ...services.encryption import decrypt_database, encrypt_database

        assert self.security is not None
        path = self.security.path
        if self.security.key is None:
            answer = self._ask(self.tr("Välj en lösenfras för databasen, minst 8 tecken. Utan den går databasen "
                                       "inte att öppna: skriv upp den och förvara den säkert."), confirm=True)
            if answer is not None:
                passphrase = answer[0]
                self._convert(lambda report: encrypt_database(path, passphrase, progress=report))
        else:
            answer = self._ask(self.tr("Ange den nuvarande lösenfrasen för att ta bort krypteringen. "
                                       "Databasen sparas sedan okrypterad på disken."), check_current=True)
            if answer is not None and answer[1] is not None:
                key = answer[1]
                self._convert(lambda report: decrypt_database(path, key, progress=report))

    def _change_passphrase(self) -> None:
        from ...services.encryption import change_passphrase

        assert self.security is not None
        path = self.security.path
        current = self._ask(self.tr("Ange den nuvarande lösenfrasen."), check_current=True)
        if current is None or current[1] is None:
            return
        new = self._ask(self.tr("Välj en ny lösenfras, minst 8 tecken."), confirm=True)
        if new is None:
            return
        key, passphrase = current[1], new[0]
        self._convert(lambda report: change_passphrase(path, key, passphrase, progress=report))

    def _convert(self, work: Callable[[Callable[[str], None]], Any]) -> None:
        assert self.security is not None
        self._set_busy(True)
        self.security.release()
        progress = self._progress
        self._task = Task(lambda: work(progress.message.emit), self)
        self._task.done.connect(self._converted)
        self._task.failed.connect(self._conversion_failed)
        self._task.start()

    def _converted(self, conversion: Any) -> None:
        from .passphrase import remember_choice

        assert self.security is not None
        self.security.key = conversion.key
        self.security.reopen(conversion.key)
        if self.ui.rememberKeyCheck.isChecked() or conversion.key is None:
            problem = remember_choice(self.settings, self.security.path, conversion.key,
                                      self.ui.rememberKeyCheck.isChecked() and conversion.key is not None)
            if problem:
                log.warning("%s", problem)
        done = self.tr("Klart. Databasen är krypterad.") if conversion.key else self.tr(
            "Klart. Databasen är inte längre krypterad.")
        message = done + " " + self.tr("Säkerhetskopian före ändringen: %1").replace("%1", str(conversion.backup))
        removed = getattr(conversion, "removed_backups", ())
        if removed:
            message += " " + self.tr(
                "%1 äldre säkerhetskopior var krypterade med en tidigare lösenfras (eller skadade) och togs bort, "
                "så att den gamla lösenfrasen inte längre öppnar något: %2").replace(
                "%1", str(len(removed))).replace("%2", ", ".join(p.name for p in removed))
        self._say(message)
        self._set_busy(False)
        self._show_state()
        self.converted.emit(conversion)

    def _conversion_failed(self, exc: Exception) -> None:
        assert self.security is not None
        self.security.reopen(self.security.key)
        self._say(self.tr("Inget ändrades: %1").replace("%1", str(exc)))
        self._set_busy(False)
        self._show_state()

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.securityProgress.setVisible(busy)
        for w in (ui.encryptButton, ui.changePassphraseButton, ui.buttonBox):
            w.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._task is not None and self._task.thread.is_alive()

    def reject(self) -> None:
        if self.is_busy():
            return  # the file is being replaced: closing now would reopen nothing
        super().reject()

    def _say(self, text: str) -> None:
        self.ui.securityMessage.setText(text)
        self.ui.securityMessage.setAccessibleDescription(text)
