"""Start-up: the start view fills from the quick query, then the full sections take over without losing
the member's choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from nämndklient import app
from nämndklient.gui.main_window import MainWindow
from nämndklient.gui.views.start import StartPage
from nämndklient.persistence.database import open_database
from nämndklient.services import reading
from tests.gui.conftest import TODAY


def _start(qtbot, settings: QSettings, db_path: Path, monkeypatch) -> tuple[MainWindow, list]:  # type: ignore[no-untyped-def]
    """A window with the quick start view shown and the full open held back until the test lets it go."""
    held: list = []
    monkeypatch.setattr(app, "_open_database", lambda *args: held.append(args))
    window = MainWindow(settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    app.open_in_background(window, str(db_path), today=lambda: TODAY)
    qtbot.waitUntil(lambda: bool(held))
    monkeypatch.undo()
    return window, held[0]


def test_the_quick_start_view_shows_what_the_full_one_will(qtbot, settings, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, held = _start(qtbot, settings, db_path, monkeypatch)
    quick = window.stack.currentWidget()
    assert isinstance(quick, StartPage) and quick.ctx is None and window.ctx is None
    db = open_database(db_path)
    with db.session() as s:
        expected = reading.start_list(s, TODAY)
    db.dispose()
    assert tuple(quick.model.rows()) == expected.meetings
    assert quick.title.accessibleName() == "Senaste sammanträden"

    quick.list.setCurrentIndex(quick.model.index(3, 0))
    app._open_database(*held)
    qtbot.waitUntil(lambda: window.ctx is not None)
    start = window.meetings.start
    assert window.meetings.current_page() is start and window.stack.currentWidget() is window.meetings
    assert start.list.currentIndex().row() == 3  # the row the member had chosen
    assert not any(isinstance(window.stack.widget(n), StartPage) for n in range(window.stack.count()))


def test_a_meeting_opened_on_the_quick_start_view_opens_when_the_sections_are_ready(  # type: ignore[no-untyped-def]
        qtbot, settings, db_path, monkeypatch) -> None:
    window, held = _start(qtbot, settings, db_path, monkeypatch)
    quick = window.stack.currentWidget()
    assert isinstance(quick, StartPage)
    quick.list.setFocus()
    quick.list.setCurrentIndex(quick.model.index(2, 0))  # 5–6 November, a two-day meeting
    QTest.keyClick(quick.list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.loading
    app._open_database(*held)
    qtbot.waitUntil(lambda: window.ctx is not None)
    assert window.meetings.current_page() is window.meetings.meeting
    assert window.meetings.meeting.meeting.key == "RS:2024-11-05"


def test_without_a_usable_file_the_full_open_decides(qtbot, settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "inte-en-databas.sqlite"
    bad.write_bytes(b"inte en databas" * 100)
    window, held = _start(qtbot, settings, bad, monkeypatch)
    assert window.stack.currentWidget() is window.loading  # no quick page for a file it cannot read
    app._open_database(*held)
    qtbot.waitUntil(lambda: "kunde inte öppnas" in window.loading_label.text())
    assert str(bad) in window.loading_label.text()


def test_an_encrypted_database_opens_with_the_keyrings_key_and_fills_the_quick_view(  # type: ignore[no-untyped-def]
    qtbot, settings, db_path, monkeypatch
) -> None:
    from nämndklient.persistence import cipher
    from nämndklient.services import keychain
    from nämndklient.services.encryption import encrypt_database
    from tests.helpers.keyrings import MemoryKeyring, using_keyring

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)
    converted = encrypt_database(db_path, "en lång lösenfras")
    with using_keyring(MemoryKeyring()):
        keychain.store_key(db_path, converted.key)
        window, held = _start(qtbot, settings, db_path, monkeypatch)
        quick = window.stack.currentWidget()
        assert isinstance(quick, StartPage) and quick.model.rowCount() > 0  # read through SQLCipher
        assert held[3] == converted.key
        app._open_database(*held)
        qtbot.waitUntil(lambda: window.ctx is not None)
    assert window.ctx.db.encrypted and window.lock.verify is not None


def test_cancelling_the_passphrase_closes_the_window_and_leaves_the_file(  # type: ignore[no-untyped-def]
    qtbot, settings, db_path, monkeypatch
) -> None:
    from nämndklient.gui.dialogs import passphrase
    from nämndklient.persistence import cipher
    from nämndklient.services.encryption import encrypt_database
    from tests.helpers.files import digest
    from tests.helpers.keyrings import MemoryKeyring, using_keyring

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)
    encrypt_database(db_path, "en lång lösenfras")
    before = digest(db_path)
    monkeypatch.setattr(passphrase.PassphraseDialog, "exec", lambda self: 0)  # the member presses Avbryt
    window = MainWindow(settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    with using_keyring(MemoryKeyring()):
        app.open_in_background(window, str(db_path), today=lambda: TODAY)
    assert not window.isVisible() and window.ctx is None
    assert digest(db_path) == before
