"""The passphrase dialog and obtain_key: keyring first, then asked, wrong tries slowed down and shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from nämndklient.gui.dialogs.passphrase import KEY_REMEMBER, PassphraseDialog, obtain_key
from nämndklient.persistence import cipher
from nämndklient.persistence.database import DatabaseDamaged, open_database
from nämndklient.services import keychain
from nämndklient.services.encryption import Throttle, open_key
from tests.helpers.keyrings import MemoryKeyring, none, using_keyring

PASS = "korrekt häst batteri"


pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def enc_path(tmp_path: Path) -> Path:
    path = tmp_path / "enc.sqlite"
    open_database(path, key=cipher.new_key(PASS)).dispose()
    return path


def when_dialog(qtbot, act: Callable[[PassphraseDialog], bool]) -> None:  # type: ignore[no-untyped-def]
    """Poll for the modal passphrase dialog and run `act` on it until it returns True."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and dialog.okButton.isEnabled() and act(dialog):
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_the_dialog_is_accessible_and_hides_what_is_typed(qtbot, enc_path: Path, ring: MemoryKeyring) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(enc_path, confirm=True)
    qtbot.addWidget(dialog)
    assert dialog.passphraseEdit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.repeatEdit is not None and dialog.repeatEdit.echoMode() == QLineEdit.EchoMode.Password
    for w in (dialog.passphraseEdit, dialog.repeatEdit, dialog.rememberBox, dialog.okButton):
        assert w.accessibleName()
    assert dialog.rememberBox.isEnabled()
    dialog.passphraseEdit.setText("kort")
    dialog.repeatEdit.setText("kort")
    dialog.okButton.click()
    assert "minst 8 tecken" in dialog.statusLabel.text() and dialog.result() == 0
    dialog.passphraseEdit.setText("en lång lösenfras")
    dialog.repeatEdit.setText("en annan lösenfras")
    dialog.okButton.click()
    assert "inte lika" in dialog.statusLabel.text() and dialog.result() == 0
    dialog.repeatEdit.setText("en lång lösenfras")
    dialog.okButton.click()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted and dialog.passphrase() == "en lång lösenfras"


def test_without_a_keyring_the_checkbox_says_why(qtbot, enc_path: Path) -> None:  # type: ignore[no-untyped-def]
    with using_keyring(none()):
        dialog = PassphraseDialog(enc_path)
        qtbot.addWidget(dialog)
    assert not dialog.rememberBox.isEnabled() and not dialog.remember()
    assert "ingen nyckelring" in dialog.rememberBox.accessibleDescription()


def test_a_wrong_passphrase_waits_and_shows_the_delay(qtbot, enc_path: Path, ring: MemoryKeyring, type_text) -> None:  # type: ignore[no-untyped-def]
    now = [0.0]
    throttle = Throttle(base=1.0, cap=8.0, sleep=lambda _s: None, clock=lambda: now[0])
    dialog = PassphraseDialog(enc_path, check=lambda text: open_key(enc_path, text), throttle=throttle)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.passphraseEdit, "fel lösenfras")
    dialog.okButton.click()
    qtbot.waitUntil(lambda: throttle.failures == 1)
    assert "om 1 s" in dialog.statusLabel.text()
    assert not dialog.okButton.isEnabled() and not dialog.passphraseEdit.isEnabled()
    now[0] += 1.0
    dialog.countdown.timeout.emit()
    assert dialog.okButton.isEnabled() and "Försök igen" in dialog.statusLabel.text()
    dialog.okButton.click()
    qtbot.waitUntil(lambda: throttle.failures == 2)
    assert "om 2 s" in dialog.statusLabel.text()
    now[0] += 2.0
    dialog.countdown.timeout.emit()
    dialog.passphraseEdit.clear()
    type_text(dialog.passphraseEdit, PASS)
    dialog.okButton.click()
    qtbot.waitUntil(lambda: dialog.key is not None)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted and throttle.failures == 0
    assert dialog.passphraseEdit.text() == ""  # not kept in the widget once used


def test_obtain_key_asks_remembers_and_then_uses_the_keyring(qtbot, enc_path: Path, ring: MemoryKeyring, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tries: list[str] = []

    def act(dialog: PassphraseDialog) -> bool:
        attempt = "fel lösenfras" if not tries else PASS
        tries.append(attempt)
        dialog.passphraseEdit.setText(attempt)
        dialog.rememberBox.setChecked(True)
        dialog.okButton.click()
        return attempt == PASS

    when_dialog(qtbot, act)
    key = obtain_key(None, enc_path, settings, throttle=Throttle(base=0.0, sleep=lambda _s: None))
    assert key is not None and tries == ["fel lösenfras", PASS]
    assert keychain.fetch_key(enc_path) == key and settings.value(KEY_REMEMBER) in (True, "true")
    assert obtain_key(None, enc_path, settings) == key  # no dialog this time: a dialog would block the test


def test_a_stale_keyring_entry_is_forgotten_and_cancel_gives_none(qtbot, enc_path: Path, ring: MemoryKeyring, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    keychain.store_key(enc_path, cipher.new_key("en gammal lösenfras"))
    when_dialog(qtbot, lambda d: (d.reject(), True)[1])
    assert obtain_key(None, enc_path, settings) is None
    assert keychain.fetch_key(enc_path) is None


def test_a_damaged_file_is_raised_with_its_backup(qtbot, enc_path: Path, ring: MemoryKeyring, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    raw = bytearray(enc_path.read_bytes())
    raw[300:340] = bytes(40)
    enc_path.write_bytes(raw)

    def act(dialog: PassphraseDialog) -> bool:
        dialog.passphraseEdit.setText(PASS)
        dialog.okButton.click()
        return True

    when_dialog(qtbot, act)
    with pytest.raises(DatabaseDamaged, match="skadad"):
        obtain_key(None, enc_path, settings)
