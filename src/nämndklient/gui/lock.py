"""Lock the application: on request and after a while without keyboard or mouse.

While locked nothing of the material is on screen, not even in the window
thumbnail the desktop shows in its task switcher: the central widget, docks,
tool and status bars and every other window of the application are hidden, the
window title loses any meeting name, every action and shortcut is disabled,
and a lock screen fills the window. Windows the application opens while locked
(a finished import's message, say) are hidden as they appear and shown again
on unlocking. A dialog that was running its own event loop (`exec()`) returns
as cancelled when it is hidden; the member starts that action again.

With an encrypted database unlocking asks for the passphrase, checked by
`verify` on a worker thread (it derives a key and waits after a wrong one).
Without encryption the lock only hides the screen, and the lock screen says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStatusBar,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .worker import Task

KEY_IDLE_MINUTES = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
CHECK_INTERVAL_MS = 15_000  # how often idleness is checked: a lock comes at most this late
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


def idle_minutes(settings: QSettings) -> int:
    """The member's setting; 0 means never lock by itself. Anything unreadable falls back to the default."""
    try:
        value = int(settings.value(KEY_IDLE_MINUTES, DEFAULT_IDLE_MINUTES))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return max(0, value)


class LockScreen(QFrame):
    """What the window shows while locked: who it belongs to (nothing), and how to get back in."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget, *, with_passphrase: bool) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Nämndklient är låst"))
        self.title = QLabel(f"<h1>{self.tr('Nämndklient är låst')}</h1>", self)
        self.title.setAccessibleName(self.tr("Nämndklient är låst"))
        if with_passphrase:
            explain = self.tr("Skriv din lösenfras för att låsa upp. Databasen är krypterad.")
        else:
            explain = self.tr("Databasen är inte krypterad: låset döljer bara skärmen. Den som har datorn kan "
                              "ändå läsa filen. Slå på kryptering under Inställningar för att skydda innehållet "
                              "med en lösenfras.")
        self.explain = QLabel(explain, self)
        self.explain.setWordWrap(True)
        self.explain.setAccessibleName(explain)
        self.passphrase: QLineEdit | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.button = QPushButton(self.tr("&Lås upp"), self)
        self.button.setAccessibleName(self.tr("Lås upp"))
        self.button.setDefault(True)
        box = QVBoxLayout(self)
        box.addStretch(1)
        for w in (self.title, self.explain):
            box.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        if with_passphrase:
            self.passphrase = QLineEdit(self)
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
            self.passphrase.setAccessibleName(self.tr("Lösenfras"))
            self.passphrase.setPlaceholderText(self.tr("Lösenfras"))
            self.passphrase.setMinimumWidth(280)
            self.passphrase.returnPressed.connect(self._submit)
            box.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        # A word-wrapped label centred in a layout gets squeezed to its shortest line: give the text a column.
        for label in (self.explain, self.message):
            label.setFixedWidth(520)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.explain.setMinimumHeight(self.explain.heightForWidth(520))  # every line, at any font size
        self.button.clicked.connect(self._submit)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text() if self.passphrase is not None else "")

    def set_checking(self, checking: bool) -> None:
        for w in (self.passphrase, self.button):
            if w is not None:
                w.setEnabled(not checking)
        self.message.setText(self.tr("Kontrollerar lösenfrasen…") if checking else "")

    def reset(self) -> None:
        self.message.clear()
        if self.passphrase is not None:
            self.passphrase.clear()
            self.passphrase.setFocus()
        else:
            self.button.setFocus()


class LockController(QObject):
    """Locks `window` on request (`lock()`) and after `lock/idle_minutes` without input."""

    locked = Signal()
    unlocked = Signal()
    refused = Signal()  # a wrong passphrase

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        verify: Callable[[str], bool] | None = None,
        *,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        clock: Callable[[], float] = time.monotonic,
        on_lock: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self.verify = window, settings, verify
        self._clock, self._on_lock = clock, on_lock
        self._last_input = clock()
        self._locked = False
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction | QShortcut] = []
        self._title = ""
        self._task: Task | None = None
        self.screen = LockScreen(window, with_passphrase=verify is not None)
        self.screen.hide()
        self.screen.unlock_requested.connect(self._unlock_requested)
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.installEventFilter(self)

    # state
    @property
    def is_locked(self) -> bool:
        return self._locked

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    @Slot()
    def check_idle(self) -> None:
        minutes = idle_minutes(self.settings)
        if not self._locked and minutes and self.idle_seconds() >= minutes * 60:
            self.lock()

    # locking
    def lock(self) -> None:
        """Hide every piece of content now; nothing happens when already locked."""
        if self._locked:
            return
        self._locked = True
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self._title = self.window.windowTitle()
        self.window.setWindowTitle(self.tr("Nämndklient – låst"))
        self._hidden = [w for w in self._content_widgets() if w.isVisible()]
        self._hidden += [w for w in QApplication.topLevelWidgets()
                         if w.isVisible() and w is not self.window and not self._is_ours(w)]
        for w in self._hidden:
            w.hide()
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        self._disabled += [s for s in self.window.findChildren(QShortcut) if s.isEnabled()]
        for a in self._disabled:
            a.setEnabled(False)
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.reset()
        if self._on_lock is not None:
            self._on_lock()
        self.locked.emit()

    def _content_widgets(self) -> list[QWidget]:
        w = self.window
        found: list[QWidget] = [c for c in (w.centralWidget(), w.menuWidget()) if c is not None]
        found += [c for c in w.findChildren(QWidget) if isinstance(c, QDockWidget | QToolBar | QStatusBar)
                  and c.parent() is w]
        return found

    def _is_ours(self, widget: QWidget) -> bool:
        return widget is self.screen or self.screen.isAncestorOf(widget)

    # unlocking
    def unlock(self, passphrase: str = "") -> bool:
        """Unlock at once: with `verify`, only for the right passphrase (checked on this thread)."""
        if not self._locked:
            return True
        if self.verify is not None and not self.verify(passphrase):
            self._refuse()
            return False
        self._reveal()
        return True

    @Slot(str)
    def _unlock_requested(self, passphrase: str) -> None:
        if self.verify is None:
            self._reveal()
            return
        if self._task is not None:
            return
        self.screen.set_checking(True)
        verify = self.verify
        self._task = Task(lambda: verify(passphrase), self)
        self._task.done.connect(self._checked)
        self._task.failed.connect(lambda _exc: self._checked(False))
        self._task.start()

    @Slot(object)
    def _checked(self, ok: object) -> None:
        self._task = None
        self.screen.set_checking(False)
        if ok is True:
            self._reveal()
        else:
            self._refuse()

    def _refuse(self) -> None:
        self.screen.reset()
        self.screen.message.setText(self.tr("Fel lösenfras. Försök igen."))
        self.refused.emit()

    def _reveal(self) -> None:
        if not self._locked:
            return
        self.screen.hide()
        if self.screen.passphrase is not None:
            self.screen.passphrase.clear()
        for a in self._disabled:
            a.setEnabled(True)
        for w in self._hidden:
            w.show()
        self._hidden, self._disabled = [], []
        self.window.setWindowTitle(self._title)
        self._locked = False
        self._last_input = self._clock()
        self.unlocked.emit()

    # events
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            self._last_input = self._clock()
        elif obj is self.window and kind == QEvent.Type.Resize and self._locked:
            self.screen.setGeometry(self.window.rect())
        elif obj is self.window and kind == QEvent.Type.WindowStateChange and self._locked:
            self.screen.reset()  # minimised while locked: no half-typed passphrase left in the field
        elif self._locked and kind == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and obj is not self.window and not self._is_ours(obj) and obj not in self._hidden:
            self._hidden.append(obj)  # opened while locked: shown again on unlocking
            QTimer.singleShot(0, obj.hide)
        return False

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def __repr__(self) -> str:  # never the window title: it can name a meeting
        return f"<LockController locked={self._locked}>"


def make_lock(window: QMainWindow, settings: QSettings, verify: Callable[[str], bool] | None,
              **kwargs: Any) -> LockController:
    """The lock the application uses: also empties the pack cache each time it locks."""
    from .dialogs.pack_dialog import clear_pack_cache

    return LockController(window, settings, verify, on_lock=clear_pack_cache, **kwargs)
