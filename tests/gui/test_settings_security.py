"""The settings dialog's Säkerhet section: encrypt, change passphrase, decrypt, keyring, idle lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from nämndklient.gui.dialogs.passphrase import PassphraseDialog
from nämndklient.gui.dialogs.settings import KEY_IDLE_MINUTES, SecurityContext, SettingsDialog, idle_minutes
from nämndklient.persistence import cipher
from nämndklient.persistence.cipher import DatabaseKey
from nämndklient.persistence.database import Database, open_database
from nämndklient.services import keychain
from nämndklient.services.personal import main_note, save_item_note
from tests.helpers.keyrings import MemoryKeyring, none, using_keyring

ITEM = "RS:2024-01-26/ekonomisk-rapport"
BODIES = [("RS", "Regionstyrelsen")]


pytestmark = pytest.mark.usefixtures("fast_kdf")


class App:
    """Stands in for the main window: owns the open database, closes and reopens it when asked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: Database | None = open_database(path)
        self.events: list[str] = []

    def release(self) -> None:
        assert self.db is not None
        self.db.dispose()
        self.db = None
        self.events.append("release")

    def reopen(self, key: DatabaseKey | None) -> None:
        self.db = open_database(self.path, key=key)
        self.events.append("reopen")

    def context(self) -> SecurityContext:
        assert self.db is not None
        return SecurityContext(self.path, self.db.key, self.release, self.reopen)


def answer_dialogs(answers: list[Callable[[PassphraseDialog], None]]) -> None:
    """Answer each modal passphrase dialog, in order, as it appears."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and dialog.okButton.isEnabled() and dialog.isVisible():
            answers.pop(0)(dialog)
        if answers:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def typed(text: str, repeat: str | None = None) -> Callable[[PassphraseDialog], None]:
    def act(dialog: PassphraseDialog) -> None:
        dialog.passphraseEdit.setText(text)
        if dialog.repeatEdit is not None:
            dialog.repeatEdit.setText(text if repeat is None else repeat)
        dialog.okButton.click()
    return act


@pytest.fixture
def app(demo_db_path: Path) -> Iterator[App]:
    a = App(demo_db_path)
    assert a.db is not None
    with a.db.session() as s:
        save_item_note(s, ITEM, "Min anteckning")
    yield a
    if a.db is not None:
        a.db.dispose()


def test_idle_minutes_are_stored_and_every_control_is_named(qtbot, settings: QSettings, app: App, ring) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.test_navigation_a11y import _unnamed_focusables

    assert idle_minutes(settings) == 10
    dialog = SettingsDialog(settings, BODIES, security=app.context())
    qtbot.addWidget(dialog)
    assert _unnamed_focusables(dialog) == []
    assert dialog.ui.idleMinutesSpin.value() == 10
    dialog.ui.idleMinutesSpin.setValue(0)
    assert dialog.ui.idleMinutesSpin.text() == "Aldrig"
    dialog.save()
    assert settings.value(KEY_IDLE_MINUTES) in (0, "0") and idle_minutes(settings) == 0
    assert "inte krypterad" in dialog.ui.encryptionStateLabel.text()
    assert not dialog.ui.changePassphraseButton.isEnabled()


def test_encrypt_change_and_decrypt_from_the_dialog(qtbot, settings: QSettings, app: App, ring: MemoryKeyring) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings, BODIES, security=app.context())
    qtbot.addWidget(dialog)
    dialog.show()

    answer_dialogs([typed("en lösenfras som duger")])
    with qtbot.waitSignal(dialog.converted, timeout=20_000) as blocker:
        dialog.ui.encryptButton.click()
    conv = blocker.args[0]
    assert app.events == ["release", "reopen"] and app.db is not None and app.db.encrypted
    assert cipher.is_encrypted(app.path)
    assert str(conv.backup) in dialog.ui.securityMessage.text()
    assert "är krypterad" in dialog.ui.encryptionStateLabel.text()
    assert dialog.ui.changePassphraseButton.isEnabled() and dialog.ui.buttonBox.isEnabled()
    with app.db.session() as s:
        assert main_note(s, ITEM) == "Min anteckning"

    dialog.ui.rememberKeyCheck.setChecked(True)
    answer_dialogs([typed("fel lösenfras"), typed("en lösenfras som duger"), typed("ännu en ny lösenfras")])
    with qtbot.waitSignal(dialog.converted, timeout=20_000) as blocker:
        dialog.ui.changePassphraseButton.click()
    new_key = blocker.args[0].key
    assert app.db.key == new_key and keychain.fetch_key(app.path) == new_key

    answer_dialogs([typed("ännu en ny lösenfras")])
    with qtbot.waitSignal(dialog.converted, timeout=20_000):
        dialog.ui.encryptButton.click()
    assert not cipher.is_encrypted(app.path) and app.db is not None and not app.db.encrypted
    assert keychain.fetch_key(app.path) is None  # nothing to remember for a plaintext file
    assert "inte krypterad" in dialog.ui.encryptionStateLabel.text()
    with app.db.session() as s:
        assert main_note(s, ITEM) == "Min anteckning"


def test_mismatched_passphrases_are_caught_before_anything_runs(qtbot, settings: QSettings, app: App, ring) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings, BODIES, security=app.context())
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def mismatch(d: PassphraseDialog) -> None:
        typed("en lösenfras som duger", "en annan lösenfras")(d)
        seen.append(d.statusLabel.text())
        d.reject()

    answer_dialogs([mismatch])
    dialog.ui.encryptButton.click()
    assert seen == ["De två lösenfraserna är inte lika."]
    assert app.events == [] and not cipher.is_encrypted(app.path)


def test_a_failed_conversion_reopens_the_unchanged_database(qtbot, settings: QSettings, app: App, ring, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.persistence.database import DatabaseError
    from nämndklient.services import encryption

    def broken(*_a: object) -> int:
        raise DatabaseError("kontrollen misslyckades; originalet är orört.")

    monkeypatch.setattr(encryption, "_verify", broken)
    dialog = SettingsDialog(settings, BODIES, security=app.context())
    qtbot.addWidget(dialog)
    answer_dialogs([typed("en lösenfras som duger")])
    dialog.ui.encryptButton.click()
    qtbot.waitUntil(lambda: app.events == ["release", "reopen"], timeout=20_000)
    assert "Inget ändrades" in dialog.ui.securityMessage.text()
    assert app.db is not None and not app.db.encrypted and not cipher.is_encrypted(app.path)


def test_without_a_keyring_or_a_local_file_the_section_says_so(qtbot, settings: QSettings, app: App) -> None:  # type: ignore[no-untyped-def]
    with using_keyring(none()):
        dialog = SettingsDialog(settings, BODIES, security=app.context())
        qtbot.addWidget(dialog)
        assert not dialog.ui.rememberKeyCheck.isEnabled()
        assert "ingen nyckelring" in dialog.ui.rememberKeyCheck.accessibleDescription()
        plain = SettingsDialog(settings, BODIES)
        qtbot.addWidget(plain)
    assert not plain.ui.encryptButton.isEnabled() and "lokal databasfil" in plain.ui.encryptionStateLabel.text()


def test_encrypting_again_says_which_backups_of_an_earlier_passphrase_were_removed(  # type: ignore[no-untyped-def]
        qtbot, settings: QSettings, app: App, ring) -> None:
    from nämndklient.services.encryption import decrypt_database, encrypt_database

    app.release()
    first = encrypt_database(app.path, "den första lösenfrasen")
    assert first.key is not None
    decrypt_database(app.path, first.key)
    app.reopen(None)
    old = sorted(app.path.parent.glob(app.path.name + ".*.bak"))
    assert len(old) == 2
    dialog = SettingsDialog(settings, BODIES, security=app.context())
    qtbot.addWidget(dialog)
    dialog.show()
    answer_dialogs([typed("en annan lösenfras nu")])
    with qtbot.waitSignal(dialog.converted, timeout=20_000):
        dialog.ui.encryptButton.click()
    message = dialog.ui.securityMessage.text()
    assert "2 äldre säkerhetskopior" in message and "togs bort" in message
    assert all(b.name in message and not b.exists() for b in old)
