"""A note typed while another program holds the database's write lock waits in a queue and is never lost."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from nämndklient.gui.widgets import notes_pane
from nämndklient.services import personal

KEY = "RS:2024-01-26/läkemedel"
OTHER = "RS:2024-01-26/ekonomisk-rapport"

HOLDER = r"""
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE alembic_version SET version_num = version_num")
print("locked", flush=True)
sys.stdin.readline()  # holds the lock until the test says so
con.execute("COMMIT")
"""


class Holder:
    """Another process in the middle of a write transaction, until `release()`."""

    def __init__(self, path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
        self.proc.wait(timeout=10)


@pytest.fixture
def holder(db_path: Path) -> Iterator[Holder]:
    h = Holder(db_path)
    yield h
    if h.proc.poll() is None:
        h.proc.kill()
        h.proc.wait()


def saved_note(db, key: str = KEY) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return personal.main_note(s, key)


def test_a_note_waits_for_the_lock_then_saves_itself(window, qtbot, db, holder: Holder,
                                                     type_text) -> None:  # type: ignore[no-untyped-def]
    window.meetings.open_item(KEY)
    pane = window.meetings.item.notes
    type_text(pane.ui.notesEdit, "Skrivet medan databasen var upptagen")
    began = time.monotonic()
    pane.flush()
    assert time.monotonic() - began < 1.5  # the window did not freeze behind the other writer
    assert "Väntar på att databasen blir ledig" in pane.ui.saveStatusLabel.text()
    assert saved_note(db) == "" and pane.has_unsaved()

    window.meetings.open_item(OTHER)  # away and back: the queued text is what the member sees
    window.meetings.open_item(KEY)
    pane = window.meetings.item.notes
    assert pane.ui.notesEdit.toPlainText() == "Skrivet medan databasen var upptagen"
    assert "Väntar" in pane.ui.saveStatusLabel.text()
    pane.ui.notesEdit.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(pane.ui.notesEdit, ", och mer")

    holder.release()
    qtbot.waitUntil(lambda: saved_note(db) == "Skrivet medan databasen var upptagen, och mer",
                    timeout=notes_pane.RETRY_MS * 6)
    qtbot.waitUntil(lambda: pane.ui.saveStatusLabel.text().startswith("Sparat"), timeout=notes_pane.RETRY_MS * 3)
    assert not pane.has_unsaved()


def test_closing_with_a_queued_note_asks_and_keeps_the_window(window, qtbot, db, holder: Holder, type_text,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(notes_pane, "CLOSE_WAIT", 0.3)
    asked: list[bool] = []
    monkeypatch.setattr(window, "confirm_close_unsaved", lambda: asked.append(True) or False)
    window.meetings.open_item(KEY)
    type_text(window.meetings.item.notes.ui.notesEdit, "Får inte försvinna")
    window.close()
    assert asked == [True] and window.isVisible()  # the member chose to wait: nothing lost
    holder.release()
    qtbot.waitUntil(lambda: saved_note(db) == "Får inte försvinna", timeout=notes_pane.RETRY_MS * 6)
    window.close()
    assert asked == [True] and not window.isVisible()


def test_the_queue_keeps_the_newest_text_and_only_drops_what_committed(db, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.persistence.database import DatabaseBusy

    queue = personal.NoteQueue()
    queue.put(KEY, text="första")
    queue.put(KEY, text="andra")
    queue.put(OTHER, question="Varför?")
    h = Holder(db_path)
    try:
        with pytest.raises(DatabaseBusy):
            queue.save(db, wait=0.2)
        assert len(queue) == 2 and queue.pending(KEY).text == "andra"  # type: ignore[union-attr]
    finally:
        h.release()
    assert queue.save(db, wait=2.0) == [KEY, OTHER] and len(queue) == 0
    assert saved_note(db) == "andra"
    with db.session() as s:
        assert personal.flag_question(s, OTHER) == "Varför?"


def test_a_flag_clicked_while_the_database_is_busy_is_undone_and_said(window, qtbot, db, holder: Holder) -> None:  # type: ignore[no-untyped-def]
    window.meetings.open_item(KEY)
    pane = window.meetings.item.notes
    began = time.monotonic()
    pane.ui.flagCheck.click()
    assert time.monotonic() - began < 1.5
    assert not pane.ui.flagCheck.isChecked()  # what the box shows is what is on disk
    assert "används av ett annat program" in pane.ui.saveStatusLabel.text()
    with db.session() as s:
        assert personal.flag_question(s, KEY) is None
    holder.release()
    pane.ui.flagCheck.click()
    assert pane.ui.flagCheck.isChecked()
    with db.session() as s:
        assert personal.flag_question(s, KEY) == ""
