"""The main window: five sections reachable by Ctrl+1…Ctrl+5, built once the database is open.

The window paints before anything heavy is imported: the database, the views
and the services load on the next turn of the event loop (see `app.py`), and
the Nyckeltal and Budget sections (pyqtgraph) only when first shown.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .dialogs.settings import KEY_BODIES, followed_bodies, text_scale
from .icons import app_icon, icon
from .theme import TextScale
from .worker import Task

if TYPE_CHECKING:
    from .context import AppContext
    from .lock import LockController

log = logging.getLogger(__name__)
SECTIONS = ("meetings", "cases", "kpis", "budget", "search")
LAZY = {"kpis": ("nämndklient.gui.kpis.view", "KpiSection"), "budget": ("nämndklient.gui.budget.view", "BudgetSection")}
KEY_SECTION, KEY_GEOMETRY = "ui/last_section", "ui/geometry"


class Sections(dict[str, QWidget]):
    """The built sections; asking for one not yet built builds it (only what is shown costs start-up time)."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        return self._build(key)


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, ctx: AppContext | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.settings, self.ctx, self._today = settings, None, today
        self.sections: Sections = Sections(self._load_lazy)
        self.lock: LockController | None = None
        # Confidential items whose time runs out while the application stays open: checked hourly.
        self._expiry_timer = QTimer(self)
        self._expiry_timer.setInterval(3_600_000)
        self._expiry_timer.timeout.connect(self.expire_confidential)
        self._expiry_task: Task | None = None
        self.text_scale = TextScale()
        self.setWindowTitle(self.tr("Nämndklient"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(820, 560))
        # Roomier rows in every list; no colours, so light and dark palettes both keep working.
        self.setStyleSheet("QTreeView::item { padding: 5px 3px; }")

        names = [self.tr("Sammanträden"), self.tr("Ärenden"), self.tr("Nyckeltal"), self.tr("Budget"), self.tr("Sök")]
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Avsnitt"))
        self.nav.setAccessibleDescription(self.tr("Välj avsnitt med pilarna eller Ctrl+1 till Ctrl+5."))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        for n, (key, name) in enumerate(zip(SECTIONS, names, strict=True)):
            item = QListWidgetItem(icon(key), name, self.nav)
            item.setToolTip(f"{name} (Ctrl+{n + 1})")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, f"Ctrl+{n + 1}")
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() * 2 + 8))
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 40, 180))
        self.stack = QStackedWidget(self)
        self.loading = self._loading_page()
        self.stack.addWidget(self.loading)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus(names)
        self.nav.currentRowChanged.connect(lambda row: self.show_section(SECTIONS[row]) if row >= 0 else None)
        self.restoreGeometry(self.settings.value(KEY_GEOMETRY, b""))  # type: ignore[arg-type]
        self.text_scale.apply(text_scale(settings))
        if ctx is not None:
            self.set_context(ctx)

    # building
    def _loading_page(self) -> QWidget:
        page = QWidget(self)
        self.loading_label = QLabel(self.tr("Öppnar dina handlingar…"), page)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setWordWrap(True)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Förlopp"))
        self.progress.setMaximumWidth(360)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self.loading_label)
        box.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return page

    def _action(self, menu: Any, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self, names: list[str]) -> None:
        bar = self.menuBar()
        # Arkiv in groups: getting material, putting it out, the program; the last group before Avsluta
        # (`self.session_separator`) is where actions on the member's session (lock, clear) belong.
        self.file_menu = arkiv = bar.addMenu(self.tr("&Arkiv"))
        self.fetch_action = self._action(arkiv, self.tr("&Hämta nya handlingar…"), "Ctrl+Shift+H", self.fetch)
        self.fetch_action.setEnabled(False)
        arkiv.addSeparator()
        self._action(arkiv, self.tr("&Exportera alla sammanträden…"), "Ctrl+E", self.export_all)
        self.print_action = self._action(arkiv, self.tr("Skriv &ut möteshandlingar…"), QKeySequence.StandardKey.Print,
                                         self.print_pack)
        self.print_action.setEnabled(False)
        arkiv.addSeparator()
        self._action(arkiv, self.tr("&Inställningar…"), "Ctrl+,", self.open_settings)
        self.session_separator = arkiv.addSeparator()
        self.lock_action = self._action(arkiv, self.tr("&Lås"), "Ctrl+L", self.lock_now)
        self.wipe_action = self._action(arkiv, self.tr("&Rensa allt…"), None, self.wipe_all)
        for action in (self.lock_action, self.wipe_action):
            action.setEnabled(False)
        arkiv.addSeparator()
        self.quit_action = self._action(arkiv, self.tr("&Avsluta"), QKeySequence.StandardKey.Quit, self.close)
        visa = bar.addMenu(self.tr("&Visa"))
        for n, (key, name) in enumerate(zip(SECTIONS, names, strict=True)):
            self._action(visa, name, f"Ctrl+{n + 1}", lambda k=key: self.show_section(k, focus=True))
        self._action(visa, self.tr("&Kalender"), "Ctrl+Shift+K", self.show_calendar)
        self._action(visa, self.tr("&Sök…"), ["Ctrl+F", "Ctrl+K"], self.focus_search)
        visa.addSeparator()
        self._action(visa, self.tr("Större text"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                     lambda: self._scale(self.text_scale.bigger))
        self._action(visa, self.tr("Mindre text"), QKeySequence.StandardKey.ZoomOut,
                     lambda: self._scale(self.text_scale.smaller))
        self._action(visa, self.tr("Normal textstorlek"), "Ctrl+0", lambda: self._scale(self.text_scale.reset))
        hjalp = bar.addMenu(self.tr("&Hjälp"))
        self._action(hjalp, self.tr("&Kortkommandon"), QKeySequence.StandardKey.HelpContents, self.show_shortcuts)
        self._action(hjalp, self.tr("&Om Nämndklient"), None, self.show_about)

    def set_context(self, ctx: AppContext) -> None:
        """Build the sections over an open database and restore the last section."""
        from .views.cases import CasesSection
        from .views.meetings_section import MeetingsSection
        from .views.search import SearchSection

        ctx.followed_bodies = followed_bodies(self.settings) or ctx.followed_bodies
        self.ctx = ctx
        meetings = MeetingsSection(ctx, self, today=self._today)
        cases = CasesSection(ctx, self)
        search = SearchSection(ctx, self)
        cases.open_item.connect(self.open_item)
        search.open_ref.connect(self.open_from_search)
        search.open_page.connect(self.open_page)
        meetings.leave_to.connect(self._back_to_section)
        self.sections.update(meetings=meetings, cases=cases, search=search)
        for action in (self.print_action, self.fetch_action, self.lock_action, self.wipe_action):
            action.setEnabled(True)
        self._install_lock()
        self.expire_confidential()
        self._expiry_timer.start()
        for section in (meetings, cases, search):
            self.stack.addWidget(section)
            section.refresh()
        last = str(self.settings.value(KEY_SECTION, "meetings"))
        self.show_section(last if last in SECTIONS else "meetings", focus=True)

    def show_loading(self, text: str) -> None:
        self.loading_label.setText(text)
        self.stack.setCurrentWidget(self.loading)

    def show_error(self, text: str) -> None:
        self.loading_label.setText(text)
        self.progress.hide()
        self.stack.setCurrentWidget(self.loading)

    # sections
    @property
    def meetings(self) -> Any:
        return self.sections["meetings"]

    def current_section(self) -> str | None:
        for key, widget in self.sections.items():
            if widget is self.stack.currentWidget():
                return key
        return None

    def show_section(self, key: str, *, focus: bool = False) -> QWidget | None:
        if self.ctx is None:
            return None
        widget = self.sections.get(key) or self._load_lazy(key)
        if self.current_section() == "meetings" and key != "meetings":
            self.meetings.flush()
        self.stack.setCurrentWidget(widget)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(SECTIONS.index(key))
        self.nav.blockSignals(False)
        self.settings.setValue(KEY_SECTION, key)
        if focus:
            self._focus_section(key)
        return widget

    def _focus_section(self, key: str) -> None:
        widget = self.sections[key]
        if key == "search":
            widget.focus_field()  # type: ignore[attr-defined]
        elif key == "meetings":
            page = widget.current_page()  # type: ignore[attr-defined]
            focus = {widget.start: widget.start.list, widget.meeting: widget.meeting.agenda}.get(page)  # type: ignore[attr-defined]
            (focus or page).setFocus()
        elif key == "cases":
            widget.list.setFocus()  # type: ignore[attr-defined]
        else:
            widget.setFocus()
            widget.focusNextChild()

    def _load_lazy(self, key: str) -> QWidget:
        """Build a section the first time it is shown; Nyckeltal/Budget on failure show why, in Swedish."""
        if key in ("cases", "search"):
            return self._build_reading_section(key)
        module_name, class_name = LAZY[key]
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
            widget: QWidget = cls(self.ctx, self)
            widget.refresh()  # type: ignore[attr-defined]
        except Exception as exc:
            log.exception("Avsnittet %s kunde inte laddas", key)
            widget = self._error_page(key, exc)
        self.sections[key] = widget
        self.stack.addWidget(widget)
        return widget

    def _build_reading_section(self, key: str) -> QWidget:
        if key == "cases":
            from .views.cases import CasesSection

            section: Any = CasesSection(self.ctx, self)
            section.open_item.connect(self.open_item)
        else:
            from .views.search import SearchSection

            section = SearchSection(self.ctx, self)
            section.open_ref.connect(self.open_from_search)
            section.open_page.connect(self.open_page)
        self.sections[key] = section
        self.stack.addWidget(section)
        section.refresh()
        return section

    def _error_page(self, key: str, exc: BaseException) -> QWidget:
        name = self.tr("Nyckeltal") if key == "kpis" else self.tr("Budget")
        page = QWidget(self)
        label = QLabel(page)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        text = self.tr("Avsnittet %1 kunde inte öppnas.").replace("%1", name)
        reason = self.tr("Orsak: %1").replace("%1", f"{type(exc).__name__}: {exc}")
        label.setText(f"<h2>{text}</h2><p>{reason}</p><p>"
                      + self.tr("Övriga delar av programmet fungerar. Detaljer finns i loggfilen.") + "</p>")
        label.setAccessibleName(text)
        label.setAccessibleDescription(reason)
        box = QVBoxLayout(page)
        box.setContentsMargins(32, 24, 32, 24)
        box.addWidget(label)
        box.addStretch(1)
        return page

    # actions
    def open_item(self, key: str) -> None:
        self.show_section("meetings")
        self.meetings.open_item(key)

    def open_ref(self, ref: str, query: str = "") -> None:
        kind, _, key = ref.partition(":")
        if kind == "item":
            self.open_item(key)
        elif kind == "document":
            self.show_section("cases")
            self.sections["cases"].open_document(key, highlight=query)  # type: ignore[attr-defined]

    def open_from_search(self, ref: str, query: str = "") -> None:
        """A search hit: as `open_ref`, and Esc on the item it opens returns to the results."""
        self.open_ref(ref, query)
        if ref.startswith("item:"):
            self.meetings.return_to("search")

    def open_page(self, item_key: str, document_key: str, page: int, query: str = "") -> None:
        """A hit on an attachment's page: the item, that attachment at that page, the words marked."""
        self.show_section("meetings")
        self.meetings.open_item_at(item_key, document_key, page, query)
        self.meetings.return_to("search")

    def _back_to_section(self, key: str) -> None:
        self.show_section(key)
        if key == "search":
            self.sections["search"].focus_results()  # type: ignore[attr-defined]

    def show_calendar(self) -> None:
        if self.show_section("meetings"):
            self.meetings.show_calendar()

    def focus_search(self) -> None:
        if self.show_section("search"):
            self.sections["search"].focus_field()  # type: ignore[attr-defined]

    def _scale(self, change: Callable[[], int]) -> None:
        self.settings.setValue("text_scale", change())

    def export_all(self) -> None:
        if self.ctx is not None:
            from .views.calendar import export_meetings

            export_meetings(self, self.ctx)

    def fetch(self) -> Any:
        """Ctrl+Shift+H, Hämta nya handlingar: the dialog; choosing an item in its summary opens it here."""
        if self.ctx is None:
            return None
        from .dialogs.fetch_dialog import FetchDialog, open_fetch_dialog

        self.flush()  # a note typed a moment ago is saved before notes are re-anchored
        dialog = open_fetch_dialog(self, self.ctx)
        if isinstance(dialog, FetchDialog) and not dialog.property("wired"):
            dialog.open_item.connect(self.open_item)
            dialog.setProperty("wired", True)
        return dialog

    def print_pack(self) -> None:
        """Ctrl+P: the meeting shown or selected, otherwise the current or next one."""
        if self.ctx is None:
            return
        ref = self.meeting_for_pack()
        if ref is None:
            QMessageBox.information(self, self.tr("Skriv ut möteshandlingar"),
                                    self.tr("Det finns inget sammanträde att skriva ut."))
            return
        from .dialogs.pack_dialog import open_pack_dialog

        self.flush()  # notes typed a moment ago belong in the pack
        open_pack_dialog(self, self.ctx, ref)

    def meeting_for_pack(self) -> str | None:
        from ..services.reading import MeetingSummary, start_list
        from .models.base import ROW_ROLE

        if self.current_section() == "meetings":
            m = self.meetings
            page = m.current_page()
            if page is m.meeting and m.meeting.meeting:
                return str(m.meeting.meeting.key)
            if page is m.item and m.item.detail:
                return str(m.item.detail.item.meeting)
            if page is m.prep and m.prep.meeting_key:
                return str(m.prep.meeting_key)
            view = {m.start: m.start.list, m.calendar: m.calendar.list}.get(page)
            chosen = view.currentIndex().data(ROW_ROLE) if view is not None else None
            if isinstance(chosen, MeetingSummary):
                return chosen.key
        assert self.ctx is not None
        with self.ctx.db.session() as s:
            found = start_list(s, self._today(), self.ctx.followed_bodies, limit=1).meetings
        return found[0].key if found else None

    def open_settings(self) -> None:
        if self.ctx is None:
            return
        from ..services.reading import bodies
        from .dialogs.settings import SecurityContext, SettingsDialog

        with self.ctx.db.session() as s:
            known = bodies(s)
        db = self.ctx.db
        security = SecurityContext(db.path, db.key, self._release_database, self._reopen_database) \
            if db.path is not None else None
        dialog = SettingsDialog(self.settings, known, self, security=security)
        if dialog.exec():
            dialog.save()
            self.text_scale.apply(text_scale(self.settings))
            self.ctx.followed_bodies = followed_bodies(self.settings)
            self.settings.setValue(KEY_BODIES, list(self.ctx.followed_bodies))
            self.meetings.refresh()

    # the member's session: lock, clear, expiry, encryption
    def _install_lock(self) -> None:
        """The lock asks for the passphrase when the database is encrypted, else it only hides the screen."""
        from .lock import make_lock

        if self.lock is not None:  # encryption was switched on or off: the lock screen changes with it
            self.lock.stop()
            self.lock.screen.deleteLater()
            self.lock.deleteLater()
        assert self.ctx is not None
        db = self.ctx.db
        verify = None
        if db.key is not None:
            from ..services.encryption import Throttle, verify_passphrase

            throttle = Throttle()
            verify = lambda passphrase: verify_passphrase(db, passphrase, throttle=throttle)  # noqa: E731
        self.lock = make_lock(self, self.settings, verify)

    def lock_now(self) -> None:
        """Ctrl+L: hide everything until the member comes back."""
        if self.lock is not None:
            self.flush()
            self.lock.lock()

    def wipe_all(self) -> None:
        """Rensa allt: every published document goes; the member chooses whether the notes stay."""
        if self.ctx is None:
            return
        from .dialogs.wipe_dialog import WipeDialog

        self.flush()
        dialog = WipeDialog(self.ctx, self)
        dialog.wiped.connect(lambda _report: self.ctx and self.ctx.events.published_changed.emit())
        dialog.open()

    def expire_confidential(self) -> None:
        """Remove confidential content whose time has run out, off the GUI thread (it may compact the file)."""
        if self.ctx is None or self.ctx.db.path is None or self._expiry_task is not None:
            return
        from ..services.confidential import run_expiry

        db, today = self.ctx.db, self._today()
        task = Task(lambda: run_expiry(db, today), self)
        task.done.connect(self._expired)
        task.failed.connect(lambda _exc: setattr(self, "_expiry_task", None))
        self._expiry_task = task
        task.start()

    def _expired(self, expired: object) -> None:
        self._expiry_task = None
        if expired and self.ctx is not None:
            self.ctx.events.published_changed.emit()
            self.statusBar().showMessage(
                self.tr("Sekretesstiden har gått ut för %n ärende(n): innehållet togs bort.", "",
                        len(expired)), 15_000)  # type: ignore[arg-type]

    def _release_database(self) -> None:
        """Before the settings replace the database file (encrypt, decrypt, new passphrase)."""
        assert self.ctx is not None
        self.flush()
        self.ctx.db.dispose()

    def _reopen_database(self, key: object) -> None:
        from ..persistence.database import open_database

        assert self.ctx is not None and self.ctx.db.path is not None
        self.ctx.db = open_database(self.ctx.db.path, key=key)  # type: ignore[arg-type]
        self._install_lock()
        self.ctx.events.published_changed.emit()

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+1 … Ctrl+5", self.tr("Sammanträden, Ärenden, Nyckeltal, Budget, Sök")),
            ("Ctrl+F, Ctrl+K", self.tr("Sök")),
            ("Ctrl+Shift+K", self.tr("Kalender")),
            ("Enter", self.tr("Öppna det markerade")),
            (self.tr("Esc, Alt+Vänsterpil"), self.tr("Tillbaka")),
            ("Tab, Shift+Tab", self.tr("Nästa eller föregående kontroll")),
            ("Page Up, Page Down", self.tr("Föregående eller nästa månad eller PDF-sida")),
            ("Ctrl++, Ctrl+−, Ctrl+0", self.tr("Större, mindre eller normal text")),
            ("Ctrl+,", self.tr("Inställningar")),
            ("Ctrl+Shift+H", self.tr("Hämta nya handlingar")),
            (self.tr("F8, Skift+F8"), self.tr("Nästa eller föregående ändring (i Visa ändringar)")),
            ("Ctrl+E", self.tr("Exportera alla sammanträden till kalender")),
            ("Ctrl+P", self.tr("Skriv ut möteshandlingar")),
            ("Ctrl+L", self.tr("Lås")),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        QMessageBox.information(self, self.tr("Kortkommandon"), f"<table cellpadding='4'>{table}</table>")

    def show_about(self) -> None:
        from .dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def flush(self) -> None:
        if "meetings" in self.sections:
            self.meetings.flush()

    def _notes_saved_before_close(self) -> bool:
        """A note waiting for the database's lock gets CLOSE_WAIT seconds; then the member decides."""
        if "meetings" not in self.sections:
            return True
        from .widgets.notes_pane import flush_all, unsaved_panes

        if not unsaved_panes():
            return True
        flush_all()
        if not unsaved_panes():
            return True
        return self.confirm_close_unsaved()

    def confirm_close_unsaved(self) -> bool:
        """Asked only when a note could not be saved because another program keeps the database busy."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self, self.tr("Anteckningen är inte sparad"),
            self.tr("Databasen används av ett annat program, så din senaste anteckning är inte sparad än. "
                    "Låt fönstret vara öppet så sparas den så snart databasen blir ledig."),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        from .dialogs.pack_dialog import clear_pack_cache

        self.flush()
        if not self._notes_saved_before_close():
            event.ignore()
            return
        self._expiry_timer.stop()
        if self.lock is not None:
            self.lock.stop()
        clear_pack_cache()  # a pack opened in the PDF reader may hold confidential pages
        self.settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
