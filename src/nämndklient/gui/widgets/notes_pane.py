"""The notes pane beside an item: notes saved as you type, the read mark and the meeting question.

Saving is debounced (400 ms after the last keystroke), and also happens when the
field loses focus, when another item is opened and when the window closes. Each
save is its own committed transaction, so a killed process loses at most the
last fraction of a second of typing.
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ...services import personal
from ..context import AppContext
from ..forms.ui_notes_pane import Ui_NotesPane
from ..i18n import locale

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 400
_open_panes: weakref.WeakSet[NotesPane] = weakref.WeakSet()


def flush_all() -> None:
    """Save whatever any pane still holds: the crash handler's last act."""
    for pane in list(_open_panes):
        try:
            pane.flush()
        except Exception:  # the crash handler must go on
            log.exception("Kunde inte spara anteckningen vid kraschen")


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
        self.ui.saveStatusLabel.setText("")

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

    def flush(self) -> None:
        """Write pending changes now; cheap when nothing is pending."""
        self._timer.stop()
        if not self.item_key or not (self._note_dirty or self._question_dirty):
            return
        key = self.item_key
        try:
            with self.ctx.db.session() as s:
                if self._note_dirty:
                    personal.save_item_note(s, key, self.ui.notesEdit.toPlainText())
                if self._question_dirty and self.ui.flagCheck.isChecked():
                    personal.set_flag(s, key, self.ui.questionEdit.toPlainText())
        except Exception as exc:
            log.exception("Anteckningen kunde inte sparas")
            self.ui.saveStatusLabel.setText(self.tr("Kunde inte spara: %1").replace("%1", str(exc)))
            return
        self._note_dirty = self._question_dirty = False
        now = locale().toString(QTime.currentTime(), "HH:mm")
        self.ui.saveStatusLabel.setText(self.tr("Sparat %1").replace("%1", now))
        self.ctx.events.personal_changed.emit(key)

    def _flag_toggled(self, on: bool) -> None:
        if not self.item_key:
            return
        with self.ctx.db.session() as s:
            if on:
                personal.set_flag(s, self.item_key, self.ui.questionEdit.toPlainText())
            else:
                personal.clear_flag(s, self.item_key)
        self._question_dirty = False
        self.ui.questionEdit.setEnabled(on)
        if on:
            self.ui.questionEdit.setFocus()
        self.ctx.events.personal_changed.emit(self.item_key)

    def _read_toggled(self, on: bool) -> None:
        if not self.item_key:
            return
        with self.ctx.db.session() as s:
            personal.mark_read(s, self.item_key, on)
        self._show_read(on)
        self.ctx.events.personal_changed.emit(self.item_key)

    def _show_read(self, read: bool) -> None:
        text = self.tr("Läst ✓ (tryck för att ångra)") if read else self.tr("Markera som läst")
        self.ui.markReadButton.setText(text)
