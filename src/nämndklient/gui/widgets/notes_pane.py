"""The notes pane beside an item: notes saved as you type, the read mark and the meeting question.

Saving is debounced (400 ms after the last keystroke), and also happens when the
field loses focus, when another item is opened and when the window closes. Each
save is its own committed transaction, so a killed process loses at most the
last fraction of a second of typing.

When another program holds the database's write lock, the save waits in a
queue (`personal.NoteQueue`), the pane says "Väntar på att databasen blir
ledig…", and it is tried again every second until it is on disk; a save never
blocks the window for more than a fraction of a second. Opening another item
meanwhile keeps the queued text, and shows it when the member comes back.
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ...persistence.database import DatabaseBusy
from ...services import personal
from ..context import AppContext
from ..forms.ui_notes_pane import Ui_NotesPane
from ..i18n import locale

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 400
RETRY_MS = 1000  # how often a queued save is tried again while the database is busy
WRITE_WAIT = 0.25  # seconds one save may wait for the lock: the window must not freeze
CLOSE_WAIT = 5.0  # seconds `flush(final=True)` keeps trying when the window closes
_open_panes: weakref.WeakSet[NotesPane] = weakref.WeakSet()


def flush_all() -> None:
    """Save whatever any pane still holds: the crash handler's last act."""
    for pane in list(_open_panes):
        try:
            pane.flush(final=True)
        except Exception:  # the crash handler must go on
            log.exception("Kunde inte spara anteckningen vid kraschen")


def unsaved_panes() -> list[NotesPane]:
    return [pane for pane in list(_open_panes) if pane.has_unsaved()]


class NotesPane(QWidget):
    prep_requested = Signal(str)  # meeting key

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_NotesPane()
        self.ui.setupUi(self)
        self.item_key: str | None = None
        self.meeting_key: str | None = None
        self._note_dirty = False
        self._question_dirty = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.queue = personal.NoteQueue()
        self.ui.saveStatusLabel.setWordWrap(True)  # "väntar på att databasen blir ledig" must be read whole
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self.ui.notesEdit.textChanged.connect(self._note_edited)
        self.ui.questionEdit.textChanged.connect(self._question_edited)
        self.ui.flagCheck.toggled.connect(self._flag_toggled)
        self.ui.markReadButton.toggled.connect(self._read_toggled)
        self.ui.prepButton.clicked.connect(lambda: self.meeting_key and self.prep_requested.emit(self.meeting_key))
        for edit in (self.ui.notesEdit, self.ui.questionEdit):
            edit.installEventFilter(self)
        _open_panes.add(self)

    def set_item(self, item_key: str, meeting_key: str, *, read: bool) -> None:
        self.flush()
        self.item_key, self.meeting_key = item_key, meeting_key
        with self.ctx.db.session() as s:
            text = personal.main_note(s, item_key)
            question = personal.flag_question(s, item_key)
        waiting = self.queue.pending(item_key)
        if waiting is not None:  # typed earlier and not on disk yet: the member's newest text
            text = waiting.text if waiting.text is not None else text
            question = waiting.question if waiting.question is not None else question
        widgets = (self.ui.notesEdit, self.ui.questionEdit, self.ui.flagCheck, self.ui.markReadButton)
        for w in widgets:
            w.blockSignals(True)
        self.ui.notesEdit.setPlainText(text)
        self.ui.questionEdit.setPlainText(question or "")
        self.ui.flagCheck.setChecked(question is not None)
        self.ui.markReadButton.setChecked(read)
        for w in widgets:
            w.blockSignals(False)
        self._show_read(read)
        self.ui.questionEdit.setEnabled(question is not None)
        self._note_dirty = self._question_dirty = False
        self.ui.saveStatusLabel.setText(self._waiting_text() if waiting is not None else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _note_edited(self) -> None:
        self._note_dirty = True
        self.ui.saveStatusLabel.setText(self.tr("Sparar…"))
        self._timer.start()

    def _question_edited(self) -> None:
        self._question_dirty = True
        self._timer.start()

    def flush(self, *, final: bool = False) -> None:
        """Write pending changes now; cheap when nothing is pending.

        What cannot be written because another program holds the lock stays
        queued and is tried again by a timer. With `final` (the window closing,
        a crash) it keeps trying for up to CLOSE_WAIT seconds.
        """
        self._timer.stop()
        if self.item_key and (self._note_dirty or self._question_dirty):
            self.queue.put(
                self.item_key,
                text=self.ui.notesEdit.toPlainText() if self._note_dirty else None,
                question=self.ui.questionEdit.toPlainText()
                if self._question_dirty and self.ui.flagCheck.isChecked() else None,
            )
            self._note_dirty = self._question_dirty = False
        if not len(self.queue):
            return
        self._retry.stop()
        try:
            saved = self.queue.save(self.ctx.db, wait=CLOSE_WAIT if final else WRITE_WAIT)
        except DatabaseBusy:
            self.ui.saveStatusLabel.setText(self._waiting_text())
            self._retry.start()
            return
        except Exception as exc:
            log.exception("Anteckningen kunde inte sparas")
            self.ui.saveStatusLabel.setText(self.tr("Kunde inte spara: %1").replace("%1", str(exc)))
            self._retry.start()
            return
        now = locale().toString(QTime.currentTime(), "HH:mm")
        self.ui.saveStatusLabel.setToolTip("")
        self.ui.saveStatusLabel.setText(self.tr("Sparat %1").replace("%1", now))
        for key in saved:
            self.ctx.events.personal_changed.emit(key)

    def has_unsaved(self) -> bool:
        """Typed text not yet on disk (waiting for the lock, or the debounce)."""
        return bool(len(self.queue)) or self._note_dirty or self._question_dirty

    def _waiting_text(self) -> str:
        self.ui.saveStatusLabel.setToolTip(self.tr(
            "Ett annat program skriver i databasen. Anteckningen sparas så snart databasen är ledig; "
            "stäng inte Nämndklient förrän det står Sparat."))
        return self.tr("Väntar på att databasen blir ledig…")

    def _flag_toggled(self, on: bool) -> None:
        if not self.item_key:
            return
        key, question = self.item_key, self.ui.questionEdit.toPlainText()
        if not self._write(lambda s: personal.set_flag(s, key, question) if on else personal.clear_flag(s, key)):
            self._undo(self.ui.flagCheck, not on)
            return
        self._question_dirty = False
        self.ui.questionEdit.setEnabled(on)
        if on:
            self.ui.questionEdit.setFocus()
        self.ctx.events.personal_changed.emit(key)

    def _read_toggled(self, on: bool) -> None:
        if not self.item_key:
            return
        key = self.item_key
        if not self._write(lambda s: personal.mark_read(s, key, on)):
            self._undo(self.ui.markReadButton, not on)
            return
        self._show_read(on)
        self.ctx.events.personal_changed.emit(key)

    def _write(self, work: Any) -> bool:
        """A click's write; when another program holds the lock the click is undone and the member told."""
        try:
            self.ctx.db.write(work, wait=WRITE_WAIT)
        except DatabaseBusy:
            self.ui.saveStatusLabel.setText(
                self.tr("Databasen används av ett annat program just nu; försök igen om en stund."))
            return False
        return True

    @staticmethod
    def _undo(button: Any, checked: bool) -> None:
        button.blockSignals(True)
        button.setChecked(checked)
        button.blockSignals(False)

    def _show_read(self, read: bool) -> None:
        text = self.tr("Läst ✓ (tryck för att ångra)") if read else self.tr("Markera som läst")
        self.ui.markReadButton.setText(text)
