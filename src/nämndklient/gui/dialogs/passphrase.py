"""Ask for the database passphrase, check it off the GUI thread, and slow down wrong guesses.

`obtain_key` is what start-up calls for an encrypted file: the keyring first,
then this dialog until the passphrase is right or the member cancels.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ...services import keychain
from ..worker import Task

if TYPE_CHECKING:  # the settings dialog imports this module at start-up: no SQLAlchemy then
    from ...persistence.cipher import DatabaseKey
    from ...services.encryption import Throttle

log = logging.getLogger(__name__)

KEY_REMEMBER = "security/remember_in_keyring"


def remember_in_keyring(settings: QSettings) -> bool:
    return str(settings.value(KEY_REMEMBER, "false")).lower() in ("true", "1")


class PassphraseDialog(QDialog):
    """One field (two with `confirm`), the keyring choice, and a line saying what went wrong.

    With `check`, OK runs it off the GUI thread and the dialog closes only when
    it returns a key; a wrong passphrase keeps the dialog open, disabled for the
    throttle's growing delay, with the remaining seconds shown.
    """

    def __init__(self, path: Path, parent: Any = None, *, check: Callable[[str], DatabaseKey] | None = None,
                 confirm: bool = False, remember: bool = False, throttle: Throttle | None = None,
                 intro: str | None = None) -> None:
        from ...services.encryption import Throttle

        super().__init__(parent)
        self.path = Path(path)
        self._check = check
        self.throttle = throttle or Throttle(sleep=lambda _s: None)
        self.key: DatabaseKey | None = None
        self.error: Exception | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Lösenfras"))
        self.setAccessibleName(self.tr("Ange lösenfras"))

        layout = QVBoxLayout(self)
        text = intro or self.tr("Databasen %1 är krypterad. Ange lösenfrasen för att öppna den.").replace(
            "%1", self.path.name)
        self.intro = QLabel(text, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.passphraseEdit = QLineEdit(self)
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setAccessibleName(self.tr("Lösenfras"))
        self.passphraseEdit.setAccessibleDescription(self.tr("Lösenfrasen som databasen krypterades med."))
        label = QLabel(self.tr("&Lösenfras:"), self)
        label.setBuddy(self.passphraseEdit)
        form.addRow(label, self.passphraseEdit)
        self.repeatEdit: QLineEdit | None = None
        if confirm:
            self.repeatEdit = QLineEdit(self)
            self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
            self.repeatEdit.setAccessibleName(self.tr("Upprepa lösenfrasen"))
            self.repeatEdit.setAccessibleDescription(self.tr("Samma lösenfras en gång till, så att ett skrivfel märks."))
            again = QLabel(self.tr("&Upprepa:"), self)
            again.setBuddy(self.repeatEdit)
            form.addRow(again, self.repeatEdit)
        layout.addLayout(form)

        self.rememberBox = QCheckBox(self.tr("&Kom ihåg i nyckelringen"), self)
        self.rememberBox.setAccessibleName(self.tr("Kom ihåg i nyckelringen"))
        status = keychain.keyring_status()
        if status is None:
            self.rememberBox.setChecked(remember)
            self.rememberBox.setAccessibleDescription(self.tr(
                "Sparar den härledda nyckeln i operativsystemets nyckelring, så att du inte behöver skriva "
                "lösenfrasen vid varje start. Den som kan logga in som du kan då också öppna databasen."))
        else:
            self.rememberBox.setEnabled(False)
            self.rememberBox.setAccessibleDescription(self.tr(
                "Det finns ingen nyckelring i operativsystemet; lösenfrasen får anges vid varje start."))
            self.rememberBox.setToolTip(self.rememberBox.accessibleDescription())
        layout.addWidget(self.rememberBox)

        self.statusLabel = QLabel("", self)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setAccessibleName(self.tr("Meddelande"))
        layout.addWidget(self.statusLabel)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(self.tr("&Öppna") if check else self.tr("OK"))
        self.okButton.setAccessibleName(self.tr("Öppna med lösenfrasen") if check else self.tr("Bekräfta lösenfrasen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Avbryt"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.passphraseEdit.setFocus()

    def passphrase(self) -> str:
        return self.passphraseEdit.text()

    def remember(self) -> bool:
        return self.rememberBox.isEnabled() and self.rememberBox.isChecked()

    def _set_busy(self, busy: bool) -> None:
        for w in (self.passphraseEdit, self.repeatEdit, self.okButton):
            if w is not None:
                w.setEnabled(not busy)

    def _submit(self) -> None:
        if self.throttle.remaining() > 0:
            return
        text = self.passphrase()
        if not text:
            self._say(self.tr("Skriv lösenfrasen först."))
            return
        if self.repeatEdit is not None:
            from ...services.encryption import check_new_passphrase

            try:
                check_new_passphrase(text, self.repeatEdit.text())
            except ValueError:
                if text != self.repeatEdit.text():
                    self._say(self.tr("De två lösenfraserna är inte lika."))
                else:
                    self._say(self.tr("Lösenfrasen måste ha minst 8 tecken."))
                return
        if self._check is None:
            self.accept()
            return
        self._set_busy(True)
        self._say(self.tr("Kontrollerar lösenfrasen…"))
        check = self._check
        self._task = Task(lambda: check(text), self)
        self._task.done.connect(self._checked)
        self._task.failed.connect(self._check_failed)
        self._task.start()

    def _checked(self, key: DatabaseKey) -> None:
        self.throttle.succeeded()
        self.key = key
        self.passphraseEdit.clear()
        self.accept()

    def _check_failed(self, exc: Exception) -> None:
        from ...persistence.database import WrongPassphrase

        if isinstance(exc, WrongPassphrase):
            self.throttle.failed()
            self.passphraseEdit.selectAll()
            self._tick()
            if self.throttle.remaining() > 0:
                self.countdown.start()
            return
        self.error = exc
        self.reject()

    def _tick(self) -> None:
        left = math.ceil(self.throttle.remaining())
        if left > 0:
            self._set_busy(True)
            self._say(self.tr("Fel lösenfras. Försök igen om %n s.", "", left))
            return
        self.countdown.stop()
        self._set_busy(False)
        self.passphraseEdit.setFocus()
        if self.throttle.failures:
            self._say(self.tr("Fel lösenfras. Försök igen."))

    def _say(self, text: str) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setAccessibleDescription(text)


def obtain_key(parent: Any, path: Path, settings: QSettings, *, throttle: Throttle | None = None) -> DatabaseKey | None:
    """The key for an encrypted file: from the keyring if it still opens the file, else asked for.

    Returns None when the member cancels. A damaged file raises DatabaseDamaged
    (with the backup path) for the caller to show.
    """
    from ...services.encryption import key_opens, open_key

    path = Path(path)
    stored = keychain.fetch_key(path)
    if stored is not None:
        if key_opens(path, stored):
            return stored
        log.info("Nyckeln i nyckelringen öppnar inte %s längre (ny lösenfras?); den glöms", path)
        keychain.forget_key(path)
    dialog = PassphraseDialog(path, parent, check=lambda text: open_key(path, text),
                              remember=remember_in_keyring(settings), throttle=throttle)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.error is not None:
        raise dialog.error
    if not accepted or dialog.key is None:
        return None
    remember_choice(settings, path, dialog.key, dialog.remember())
    return dialog.key


def remember_choice(settings: QSettings, path: Path, key: DatabaseKey | None, remember: bool) -> str | None:
    """Store or forget the key as the member chose; returns a sentence if the keyring refused."""
    settings.setValue(KEY_REMEMBER, remember)
    if not remember or key is None:
        keychain.forget_key(path)
        return None
    try:
        keychain.store_key(path, key)
    except keychain.KeyringUnavailable as exc:
        return str(exc)
    return None

