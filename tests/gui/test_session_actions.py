"""The main window's session actions: Lås, Rensa allt, expiry while open, and encryption switched on from settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from nämndklient.gui.context import AppContext
from nämndklient.persistence import cipher
from nämndklient.persistence.database import open_database
from nämndklient.services.encryption import encrypt_database
from tests.gui.conftest import TODAY
from tests.unit.test_publish_support import MEETING, member_copy

CONFIDENTIAL = f"{MEETING}/information-om-lokalförsörjning"


def test_ctrl_l_locks_the_window_and_hides_the_sections(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.lock is not None and window.lock_action.isEnabled()
    window.lock_action.trigger()
    assert window.lock.is_locked
    assert not window.centralWidget().isVisible() and window.lock.screen.isVisible()
    assert "låst" in window.windowTitle()
    assert window.lock.unlock()  # no encryption: the lock only hides the screen
    assert window.centralWidget().isVisible() and not window.lock.screen.isVisible()


def test_rensa_allt_opens_its_confirmation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.gui.dialogs.wipe_dialog import WipeDialog

    window.wipe_action.trigger()
    dialog = window.findChild(WipeDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


@pytest.fixture
def member_ctx(tmp_path: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    """A member's database with a confidential item whose 30 days after 10 September 2024 are over by TODAY."""
    db = open_database(member_copy(tmp_path))
    yield AppContext(db, settings)
    db.dispose()


def test_the_window_removes_lapsed_confidential_content_and_shows_the_record(  # type: ignore[no-untyped-def]
    qtbot, member_ctx: AppContext, settings: QSettings
) -> None:
    from nämndklient.gui.main_window import MainWindow

    win = MainWindow(settings, None, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(member_ctx.events.published_changed, timeout=20_000):
        win.set_context(member_ctx)  # the expiry runs on a worker and reports back
    qtbot.waitUntil(lambda: win._expiry_task is None)
    assert "Sekretesstiden har gått ut för 1 ärende" in win.statusBar().currentMessage()
    win.open_item(CONFIDENTIAL)
    page = win.meetings.item
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.item.key == CONFIDENTIAL)
    assert page.expired_notice.isVisible() and "har gått ut" in page.expired_notice.text()
    assert not page.pdf.isVisible()
    assert page.no_attachments.text() == "Bilagorna togs bort när sekretesstiden gick ut."


def test_encryption_switched_on_in_settings_gives_the_lock_a_passphrase(  # type: ignore[no-untyped-def]
    window, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)
    assert window.lock.verify is None
    path = ctx.db.path
    window._release_database()
    converted = encrypt_database(path, "en lång lösenfras")
    window._reopen_database(converted.key)
    assert ctx.db.encrypted and window.lock.verify is not None
    assert window.lock.screen.passphrase is not None  # the lock screen now asks for it
    window.lock.lock()
    assert not window.lock.unlock("fel lösenfras") and window.lock.is_locked
    assert window.lock.unlock("en lång lösenfras") and not window.lock.is_locked
    window.show_section("cases")  # the views read through the reopened database
    assert window.sections["cases"].list.model().rowCount() > 0
