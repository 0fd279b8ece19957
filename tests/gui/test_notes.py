"""Notes are saved as you type and survive closing the window and a killed process."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtTest import QTest

from nämndklient.gui.main_window import MainWindow
from nämndklient.gui.widgets.notes_pane import SAVE_DELAY_MS
from nämndklient.persistence.database import open_database
from nämndklient.services import personal

KEY = "RS:2024-01-26/läkemedel"


def test_note_is_saved_after_the_debounce_without_closing(window, qtbot, db) -> None:
    window.meetings.open_item(KEY)
    edit = window.meetings.item.notes.ui.notesEdit
    QTest.keyClicks(edit, "Fråga om kostnaderna")
    with db.session() as s:
        assert personal.main_note(s, KEY) == ""  # not yet: the save waits for a pause in typing
    qtbot.waitUntil(lambda: _note(db) == "Fråga om kostnaderna", timeout=SAVE_DELAY_MS * 5)
    assert window.meetings.item.notes.ui.saveStatusLabel.text().startswith("Sparat")


def _note(db) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return personal.main_note(s, KEY)


def test_note_survives_closing_and_reopening_the_window(window, qtbot, settings, db_path: Path, type_text) -> None:
    window.meetings.open_item(KEY)
    type_text(window.meetings.item.notes.ui.notesEdit, "Läkemedelskostnaderna ökar, varför?")
    window.close()  # before the debounce: closing must save
    from nämndklient.gui.context import AppContext

    db2 = open_database(db_path)
    try:
        again = MainWindow(settings, AppContext(db2, settings))
        qtbot.addWidget(again)
        again.meetings.open_item(KEY)
        assert again.meetings.item.notes.ui.notesEdit.toPlainText() == "Läkemedelskostnaderna ökar, varför?"
    finally:
        db2.dispose()


def test_note_survives_sigkill(db_path: Path, tmp_path: Path) -> None:
    script = tmp_path / "type_and_die.py"
    script.write_text(textwrap.dedent(f"""
        import os, signal, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from nämndklient.gui.context import AppContext
        from nämndklient.gui.main_window import MainWindow
        from nämndklient.persistence.database import open_database
        settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
        win = MainWindow(settings, AppContext(open_database({str(db_path)!r}), settings))
        win.show()
        win.meetings.open_item({KEY!r})
        edit = win.meetings.item.notes.ui.notesEdit
        edit.setFocus()
        QTest.keyClicks(edit, "Skrivet strax innan kraschen, sparat av timern")
        deadline = time.monotonic() + {SAVE_DELAY_MS / 1000 + 0.6}
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        os.kill(os.getpid(), signal.SIGKILL)
    """), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()
    db = open_database(db_path)
    try:
        with db.session() as s:
            assert personal.main_note(s, KEY) == "Skrivet strax innan kraschen, sparat av timern"
    finally:
        db.dispose()


def test_switching_items_saves_the_previous_note(window, db, type_text) -> None:
    window.meetings.open_item(KEY)
    type_text(window.meetings.item.notes.ui.notesEdit, "Första")
    window.meetings.open_item("RS:2024-01-26/ekonomisk-rapport")
    assert _note(db) == "Första"
    assert window.meetings.item.notes.ui.notesEdit.toPlainText() == ""
