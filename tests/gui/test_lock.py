"""The lock: idle and on request, nothing of the material visible, unlocking with and without a passphrase."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from nämndklient.gui.lock import KEY_IDLE_MINUTES, LockController, idle_minutes

PASSPHRASE = "korrekt häst batteri häftklammer"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _lock(window, settings, verify=None, clock=None):  # type: ignore[no-untyped-def]
    cleared: list[int] = []
    lock = LockController(window, settings, verify, check_interval_ms=5, clock=clock or Clock(),
                          on_lock=lambda: cleared.append(1))
    lock.cleared = cleared  # type: ignore[attr-defined]
    return lock


def _visible_text_widgets(window: QWidget, lock: LockController) -> list[QWidget]:
    """Every widget that could show material: labels, text fields and views, outside the lock screen."""
    kinds = (QLabel, QLineEdit, QTextEdit, QAbstractItemView)
    return [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()
            and not lock.screen.isAncestorOf(w)]


def test_idle_minutes_setting_default_never_and_garbage(settings) -> None:  # type: ignore[no-untyped-def]
    assert idle_minutes(settings) == 10
    settings.setValue(KEY_IDLE_MINUTES, 0)
    assert idle_minutes(settings) == 0
    settings.setValue(KEY_IDLE_MINUTES, "x")
    assert idle_minutes(settings) == 10


def test_locks_after_the_idle_time_and_input_postpones_it(qtbot, window, settings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(KEY_IDLE_MINUTES, 2)
    clock = Clock()
    lock = _lock(window, settings, clock=clock)
    clock.now += 119
    lock.check_idle()  # what the timer does
    assert not lock.is_locked
    QApplication.sendEvent(window.nav, QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                                                   Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                   Qt.KeyboardModifier.NoModifier))
    clock.now += 119  # 238 s since start, but only 119 s since the mouse moved
    lock.check_idle()
    assert not lock.is_locked
    clock.now += 2
    with qtbot.waitSignal(lock.locked, timeout=2000):  # the timer's own check locks
        pass
    assert lock.is_locked and lock.cleared == [1]  # the pack cache is emptied on locking
    lock.stop()


def test_never_locks_by_itself_when_the_setting_is_zero(qtbot, window, settings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(KEY_IDLE_MINUTES, 0)
    clock = Clock()
    lock = _lock(window, settings, clock=clock)
    clock.now += 10 * 24 * 3600
    lock.check_idle()
    assert not lock.is_locked
    lock.lock()  # on request it still locks
    assert lock.is_locked
    lock.stop()


def test_locked_window_shows_no_content_title_actions_or_dialogs(qtbot, window, settings) -> None:  # type: ignore[no-untyped-def]
    window.setWindowTitle("Nämndklient – Regionstyrelsens sammanträde 26 januari 2024")
    dialog = QDialog(window)
    dialog.setWindowTitle("Personalärende")
    dialog.show()
    qtbot.waitExposed(dialog)
    lock = _lock(window, settings)
    assert _visible_text_widgets(window, lock), "the test needs content on screen before locking"
    enabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
    assert enabled

    lock.lock()
    assert lock.is_locked
    assert _visible_text_widgets(window, lock) == []
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert not dialog.isVisible()
    assert window.windowTitle() == "Nämndklient – låst"
    assert not any(a.isEnabled() for a in window.findChildren(QAction))
    # The picture of the window (what a thumbnail shows) is the lock screen and nothing else.
    shot = window.grab().toImage()
    assert shot.size() == lock.screen.size()
    assert shot == lock.screen.grab().toImage()
    # A window opened while locked is hidden too, and comes back on unlocking.
    late = QDialog(window)
    late.setWindowTitle("Import klar")
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible(), timeout=2000)
    # The window is minimised while locked: still nothing but the lock screen.
    window.showMinimized()
    assert _visible_text_widgets(window, lock) == []
    window.showNormal()

    qtbot.keyClick(lock.screen.button, Qt.Key.Key_Space)  # no encryption: one button, from the keyboard
    assert not lock.is_locked
    assert window.windowTitle() == "Nämndklient – Regionstyrelsens sammanträde 26 januari 2024"
    assert window.centralWidget().isVisible() and dialog.isVisible() and late.isVisible()
    assert [a for a in window.findChildren(QAction) if a.isEnabled()] == enabled
    lock.stop()


def test_without_encryption_the_lock_screen_says_it_only_hides_the_screen(qtbot, window, settings) -> None:  # type: ignore[no-untyped-def]
    lock = _lock(window, settings)
    lock.lock()
    assert lock.screen.passphrase is None
    assert "inte krypterad" in lock.screen.explain.text() and "döljer bara skärmen" in lock.screen.explain.text()
    assert lock.screen.button.accessibleName() == "Lås upp" and lock.screen.button.hasFocus()
    lock.stop()


def test_unlocking_asks_for_the_passphrase_and_refuses_a_wrong_one(qtbot, window, settings, type_text) -> None:  # type: ignore[no-untyped-def]
    tried: list[str] = []

    def verify(text: str) -> bool:
        tried.append(text)
        return text == PASSPHRASE

    lock = _lock(window, settings, verify=verify)
    lock.lock()
    field = lock.screen.passphrase
    assert field is not None and field.accessibleName() == "Lösenfras"
    assert field.echoMode() == QLineEdit.EchoMode.Password and field.hasFocus()
    assert "krypterad" in lock.screen.explain.text()

    type_text(field, "fel lösenfras")
    with qtbot.waitSignal(lock.refused, timeout=5000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert lock.is_locked and field.text() == "" and "Fel lösenfras" in lock.screen.message.text()
    assert _visible_text_widgets(window, lock) == []

    type_text(field, PASSPHRASE)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not lock.is_locked and tried == ["fel lösenfras", PASSPHRASE]
    assert window.centralWidget().isVisible() and field.text() == ""

    lock.lock()  # the programmatic path checks the passphrase too
    assert not lock.unlock("nej") and lock.is_locked
    assert lock.unlock(PASSPHRASE) and not lock.is_locked
    lock.stop()


def test_a_failing_verification_keeps_the_lock(qtbot, window, settings, type_text) -> None:  # type: ignore[no-untyped-def]
    def broken(_text: str) -> bool:
        raise OSError("keyring unavailable")

    lock = _lock(window, settings, verify=broken)
    lock.lock()
    type_text(lock.screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(lock.refused, timeout=5000):
        lock.screen.button.click()
    assert lock.is_locked
    lock.stop()
