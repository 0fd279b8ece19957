"""Start the desktop application: window first, then the database.

First paint matters (the start-up benchmark compares it with a bare
QMainWindow), so this module imports only Qt at the top: the database,
SQLAlchemy and the views load on the next turn of the event loop, and
pyqtgraph, reportlab and pypdf only when a section needs them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from .gui.main_window import MainWindow
    from .persistence.database import Database

ORGANIZATION = APPLICATION = "namndklient"


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def main() -> int:
    return run_gui(None)


def run_gui(db_arg: str | None) -> int:
    app, _window = start_gui(db_arg)
    return app.exec()


def start_gui(db_arg: str | None) -> tuple[QApplication, MainWindow]:
    """Show the window, and on the next turn of the event loop open the database."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Nämndklient")
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("namndklient")
    settings = make_settings()

    from .gui import i18n
    from .gui.icons import app_icon
    from .gui.main_window import MainWindow

    i18n.install_translator(app, str(settings.value("language", "sv")))
    app.setWindowIcon(app_icon())
    window = MainWindow(settings)
    window.show()
    _when_painted(window, lambda: _after_first_paint(window, db_arg))
    return app, window


def _when_painted(window: MainWindow, then: Callable[[], None]) -> None:
    """Run `then` once the window has painted: opening the database imports SQLAlchemy on a
    worker thread, which holds the GIL and would otherwise delay the first paint."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        fired = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.fired:
                self.fired = True
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    watch = FirstPaint(window)
    window.installEventFilter(watch)
    QTimer.singleShot(500, lambda: None if watch.fired else watch.eventFilter(window, QEvent(QEvent.Type.Paint)))


def measure_first_paint(db_arg: str | None, t0: float) -> str:
    """For `make bench`: seconds from `t0` to the first painted window and to a filled start view."""
    import time

    from PySide6.QtCore import QEvent, QObject

    marks: dict[str, float] = {}

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                marks["paint"] = time.perf_counter() - t0
            return False

    app, window = start_gui(db_arg)
    watch = PaintWatch()
    window.installEventFilter(watch)

    def poll() -> None:
        if window.ctx is not None and "paint" in marks:
            window.repaint()  # the start view, painted with its meetings
            marks["filled"] = time.perf_counter() - t0
            app.quit()
        else:
            QTimer.singleShot(2, poll)

    QTimer.singleShot(0, poll)
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    return f"{marks.get('paint', float('nan')):.4f} {marks.get('filled', float('nan')):.4f}"


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


def open_in_background(window: MainWindow, db_arg: str | None) -> None:
    """Open (and on first start, build) the database off the GUI thread, then show the sections."""
    from .gui.context import AppContext
    from .gui.worker import Task
    from .persistence.database import open_database
    from .runtime.paths import default_database

    def work() -> Database:
        db = open_database(db_arg or default_database())
        if db.created:
            task.done.emit(None)  # a signal to the window: the demo database is being built
            from .services.importing import import_seed_documents

            import_seed_documents(db)
        return db

    def done(db: Database | None) -> None:
        if db is None:
            window.show_loading(QCoreApplication.translate("MainWindow", "Första start: bygger databasen från regionens handlingar…"))
            return
        window.set_context(AppContext(db, window.settings))

    def failed(exc: BaseException) -> None:
        window.show_error(QCoreApplication.translate("MainWindow", "Databasen kunde inte öppnas: %1").replace("%1", str(exc)))

    task = Task(work, window)
    task.done.connect(done)
    task.failed.connect(failed)
    window._open_task = task  # type: ignore[attr-defined]  # keep it alive until it reports
    task.start()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
