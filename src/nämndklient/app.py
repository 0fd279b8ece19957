"""Start the desktop application: window first, then the database.

First paint matters (the start-up benchmark compares it with a bare
QMainWindow), so this module imports only Qt at the top: the database,
SQLAlchemy and the views load on the next turn of the event loop, and
pyqtgraph, reportlab and pypdf only when a section needs them.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from pathlib import Path

    from .gui.main_window import MainWindow
    from .gui.views.start import StartPage
    from .persistence.cipher import DatabaseKey
    from .persistence.database import Database
    from .persistence.start_query import StartList

ORGANIZATION = APPLICATION = "namndklient"


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def main() -> int:
    return run_gui(None)


def run_gui(db_arg: str | None) -> int:
    app, _window = start_gui(db_arg)
    return app.exec()


def start_gui(db_arg: str | None, *, painted: Callable[[], None] | None = None) -> tuple[QApplication, MainWindow]:
    """Show the window, and on the next turn of the event loop open the database.

    `painted` is called at the first paint (the start-up benchmark's mark).
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Nämndklient")
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("se.regionjh.Namndklient")  # Wayland app id = the .desktop file, for its icon and name
    settings = make_settings()

    from .gui import i18n
    from .gui.icons import app_icon
    from .gui.main_window import MainWindow

    i18n.install_translator(app, str(settings.value("language", "sv")))
    app.setWindowIcon(app_icon())
    window = MainWindow(settings)
    window.show()
    _when_painted(window, lambda: _after_first_paint(window, db_arg), painted)
    return app, window


def _when_painted(window: MainWindow, then: Callable[[], None], painted: Callable[[], None] | None = None) -> None:
    """Run `then` once the window has painted: opening the database imports SQLAlchemy on a
    worker thread, which holds the GIL and would otherwise delay the first paint."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        fired = False

        def fire(self) -> None:
            if not self.fired:
                self.fired = True
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.fired:
                if painted is not None:
                    painted()
                self.fire()
            return False

    watch = FirstPaint(window)
    window.installEventFilter(watch)
    QTimer.singleShot(500, watch.fire)  # no paint (a minimised window): open the database anyway


def measure_first_paint(db_arg: str | None, t0: float) -> str:
    """For `make bench`: seconds from `t0` to the first painted window, to the start view painted
    with its meetings, and to every section ready (the database layer loaded)."""
    import time

    marks: dict[str, float] = {}
    app, window = start_gui(db_arg, painted=lambda: marks.setdefault("paint", time.perf_counter() - t0))

    def poll() -> None:
        if "paint" in marks and "filled" not in marks and _start_view_filled(window):
            window.repaint()  # the start view, painted with its meetings
            marks["filled"] = time.perf_counter() - t0
        if "filled" in marks and window.ctx is not None:
            window.repaint()
            marks["ready"] = time.perf_counter() - t0
            app.quit()
        else:
            QTimer.singleShot(2, poll)

    QTimer.singleShot(0, poll)
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    return " ".join(f"{marks.get(k, float('nan')):.4f}" for k in ("paint", "filled", "ready"))


def _start_view_filled(window: MainWindow) -> bool:
    """The quick start view shows meetings, or the sections are built (whichever came first)."""
    from .gui.views.start import StartPage

    page = window.stack.currentWidget()
    return window.ctx is not None or (isinstance(page, StartPage) and page.model.rowCount() > 0)


def _after_first_paint(window: MainWindow, db_arg: str | None) -> None:
    from .gui import crash
    from .runtime.logging_setup import configure_logging

    configure_logging()
    crash.install(_flush_notes)
    open_in_background(window, db_arg)


def _flush_notes() -> None:
    """Save any note being typed; imported only when a crash happens (it pulls in the database layer)."""
    from .gui.widgets.notes_pane import flush_all

    flush_all()


def open_in_background(window: MainWindow, db_arg: str | None, *,
                       today: Callable[[], dt.date] = dt.date.today) -> None:
    """Open (and on first start, build) the database off the GUI thread, then show the sections.

    When the start view is what opens, it is filled first from a plain `sqlite3`
    query (`persistence.start_query`), before SQLAlchemy's ORM is imported; the
    full sections replace it once the database is open, keeping the selected
    row and doing whatever the member asked of it in the meantime.
    """
    from pathlib import Path

    from .gui.dialogs.settings import followed_bodies
    from .gui.main_window import KEY_SECTION
    from .gui.worker import Task
    from .runtime.paths import default_database

    target = db_arg or default_database()
    quick = QuickStart(window)
    key = None
    if "://" not in target:
        found, key = _key_for(window, Path(target).expanduser())
        if not found:
            return
    if "://" in target or str(window.settings.value(KEY_SECTION, "meetings")) != "meetings":
        _open_database(window, target, quick, key)
        return
    path, day, bodies = Path(target).expanduser(), today(), followed_bodies(window.settings)

    def work() -> StartList | None:
        from .persistence.start_query import open_read_only, start_list

        con = open_read_only(path, key)
        if con is None:
            return None
        try:
            return start_list(con, day, bodies)
        finally:
            con.close()

    def done(found: StartList | None) -> None:
        if found is not None:
            quick.show(found)
        _open_database(window, target, quick, key)

    task = Task(work, window)
    task.done.connect(done)
    task.failed.connect(lambda _exc: _open_database(window, target, quick, key))  # the full open says what is wrong
    window._quick_task = task  # type: ignore[attr-defined]  # keep it alive until it reports
    task.start()


def _key_for(window: MainWindow, path: Path) -> tuple[bool, DatabaseKey | None]:
    """(go on, key): an encrypted database is opened with the keyring's key or the member's passphrase.

    Cancelling the passphrase closes the window; a damaged file is shown with its backup.
    """
    from .persistence import cipher, recovery  # neither imports SQLAlchemy: this runs on the GUI thread

    try:
        recovery.recover(path)  # a conversion killed after its commit may change what the file is
    except recovery.RecoveryError as exc:
        window.show_error(QCoreApplication.translate("MainWindow", "Databasen kunde inte öppnas: %1")
                          .replace("%1", str(exc)))
        return False, None
    if not (path.is_file() and cipher.is_encrypted(path)):
        return True, None
    from .gui.dialogs.passphrase import obtain_key

    try:
        key = obtain_key(window, path, window.settings)
    except Exception as exc:  # DatabaseDamaged: its message names the newest backup
        window.show_error(QCoreApplication.translate("MainWindow", "Databasen kunde inte öppnas: %1")
                          .replace("%1", str(exc)))
        return False, None
    if key is None:
        window.close()
        return False, None
    return True, key


def _open_database(window: MainWindow, target: str, quick: QuickStart, key: DatabaseKey | None = None) -> None:
    from .gui.worker import Task

    def work() -> Database | None:
        from .persistence.database import open_database  # SQLAlchemy: imported here, off the GUI thread

        db = open_database(target, key=key)
        if db.created:
            task.done.emit(None)  # a signal to the window: the demo database is being built
            from .services.importing import import_seed_documents

            import_seed_documents(db)
        return db

    def done(db: Database | None) -> None:
        if db is None:
            quick.discard()
            window.show_loading(QCoreApplication.translate("MainWindow", "Första start: bygger databasen från regionens handlingar…"))
            return
        from .gui.context import AppContext

        window.set_context(AppContext(db, window.settings))
        quick.hand_over()

    def failed(exc: BaseException) -> None:
        quick.discard()
        window.show_error(QCoreApplication.translate("MainWindow", "Databasen kunde inte öppnas: %1").replace("%1", str(exc)))

    task = Task(work, window)
    task.done.connect(done)
    task.failed.connect(failed)
    window._open_task = task  # type: ignore[attr-defined]  # keep it alive until it reports
    task.start()


class QuickStart(QObject):
    """The start view shown from the quick query until the sections are built, and what the
    member did with it meanwhile (the row chosen, a meeting opened, the calendar asked for)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: StartPage | None = None
        self.pending: Callable[[], None] | None = None

    def show(self, found: StartList) -> None:
        if self.window.ctx is not None:
            return
        from .gui.views.start import StartPage

        page = StartPage(None, self.window.stack)
        page.show_list(found)
        page.open_meeting.connect(lambda key: self._later(lambda: self.window.meetings.open_meeting(key)))
        page.show_calendar.connect(lambda: self._later(self.window.show_calendar))
        self.window.stack.addWidget(page)
        self.window.stack.setCurrentWidget(page)
        page.focus_list()
        self.page = page

    def _later(self, action: Callable[[], None]) -> None:
        self.pending = action
        self.window.show_loading(QCoreApplication.translate("MainWindow", "Öppnar dina handlingar…"))

    def hand_over(self) -> None:
        """The sections are built: carry over the selected row, do what was asked, drop the quick page."""
        page, self.page = self.page, None
        if page is None:
            return
        start = self.window.meetings.start
        row = page.list.currentIndex().row()
        if self.window.meetings.current_page() is start and 0 <= row < start.model.rowCount():
            start.list.setCurrentIndex(start.model.index(row, 0))
        if self.pending is not None:
            self.pending()
        self._remove(page)

    def discard(self) -> None:
        page, self.page = self.page, None
        if page is not None:
            self._remove(page)

    def _remove(self, page: StartPage) -> None:
        self.window.stack.removeWidget(page)
        page.deleteLater()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
