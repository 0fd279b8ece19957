"""Hämta nya handlingar: from a package file, a shared folder or the central store, then what it meant.

The fetch runs on a worker thread (`publishing.fetch`), each package verified
completely before its one transaction, so Avbryt is always safe: the package
being written is rolled back. A refused package shows why; one refused only for
want of a trusted signature can be accepted with "Godta ändå", which the
service records. The central store's address is remembered without its
password: a password typed into the address lives only as long as the program.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...persistence.database import DatabaseError
from ...publishing.fetch import CancelToken, FetchResult, ItemRef, MeetingOutcome, Refusal
from ...publishing.manifest import PackageRefused
from ..context import AppContext
from ..worker import Task

log = logging.getLogger(__name__)

KEY_SOURCE, KEY_FILE, KEY_FOLDER, KEY_URL = "fetch/source", "fetch/file", "fetch/folder", "fetch/central_url"
SOURCES = ("file", "folder", "central")
_session_urls: dict[str, str] = {}  # remembered address -> the address with its password, this session only


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (a queued connection)."""

    progress = Signal(int, int, str)


class FetchDialog(QDialog):
    open_item = Signal(str)  # the member chose an item in the summary
    fetched = Signal(object)  # the FetchResult, once shown

    def __init__(self, ctx: AppContext, parent: Any = None, *, trust_store: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.trust_store = trust_store  # None: the member's own trust list
        self.task: Task | None = None
        self.token: CancelToken | None = None
        self.result: FetchResult | None = None
        self._untrusted: list[Refusal] = []
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self.setWindowTitle(self.tr("Hämta nya handlingar"))
        self.setMinimumWidth(620)

        intro = QLabel(self.tr("Varifrån vill du hämta? Paketen kontrolleras (signatur och kontrollsummor) "
                               "innan något sparas."), self)
        intro.setWordWrap(True)
        self.file_radio = QRadioButton(self.tr("Ett &paket (.zip) eller en OParl-fil (.json)"), self)
        self.folder_radio = QRadioButton(self.tr("En &mapp, till exempel en delad enhet (alla paket i den)"), self)
        self.central_radio = QRadioButton(self.tr("Den &centrala databasen"), self)
        self.group = QButtonGroup(self)
        for n, radio in enumerate((self.file_radio, self.folder_radio, self.central_radio)):
            self.group.addButton(radio, n)
        self.file_edit = self._edit(self.tr("Paketfil"), self.tr("Sökväg till paketet eller OParl-filen"))
        self.folder_edit = self._edit(self.tr("Mapp"), self.tr("Sökväg till mappen med paket"))
        self.url_edit = self._edit(self.tr("Adress till den centrala databasen"),
                                   self.tr("Till exempel postgresql://namn@server/nämnd. Ett lösenord i adressen "
                                           "sparas inte, det gäller bara tills du stänger programmet."))
        self.url_edit.setPlaceholderText("postgresql://namn@server/nämnd")
        self.file_browse = self._button(self.tr("Välj &fil…"), self.tr("Välj paketfil"), self._browse_file)
        self.folder_browse = self._button(self.tr("Välj m&app…"), self.tr("Välj mapp"), self._browse_folder)

        grid = QGridLayout()
        grid.setColumnMinimumWidth(0, 20)
        grid.addWidget(self.file_radio, 0, 0, 1, 3)
        grid.addWidget(self.file_edit, 1, 1)
        grid.addWidget(self.file_browse, 1, 2)
        grid.addWidget(self.folder_radio, 2, 0, 1, 3)
        grid.addWidget(self.folder_edit, 3, 1)
        grid.addWidget(self.folder_browse, 3, 2)
        grid.addWidget(self.central_radio, 4, 0, 1, 3)
        grid.addWidget(self.url_edit, 5, 1, 1, 2)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Förlopp"))
        self.progress_bar.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status.setAccessibleName(self.tr("Läge"))
        self.accept_button = self._button(self.tr("&Godta ändå"), self.tr("Godta paketet ändå"), self.accept_untrusted)
        self.accept_button.setAccessibleDescription(self.tr(
            "Läs in paketet fast det inte är signerat av en utgivare du litar på. Valet sparas."))
        self.accept_button.hide()
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName(self.tr("Sammanfattning"))
        self.summary.setOpenLinks(False)
        self.summary.hide()
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Ärenden att läsa"))
        self.items.setAccessibleDescription(self.tr("Nya och ändrade ärenden. Enter öppnar ärendet."))
        self.items.itemActivated.connect(self._item_activated)
        self.items.hide()
        self.items_label = QLabel(self.tr("Ä&renden att läsa:"), self)
        self.items_label.setBuddy(self.items)
        self.items_label.hide()

        self.fetch_button = self._button(self.tr("&Hämta"), self.tr("Hämta"), self.start_fetch)
        self.fetch_button.setDefault(True)
        self.open_button = self._button(self.tr("&Visa ärendet"), self.tr("Visa det valda ärendet"), self._open_chosen)
        self.open_button.hide()
        self.cancel_button = self._button(self.tr("Av&bryt"), self.tr("Avbryt hämtningen"), self.cancel)
        self.cancel_button.hide()
        self.close_button = self._button(self.tr("&Stäng"), self.tr("Stäng"), self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.fetch_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.progress_bar)
        layout.addLayout(row)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items)
        layout.addWidget(buttons)

        settings = ctx.settings
        self.file_edit.setText(str(settings.value(KEY_FILE, "") or ""))
        self.folder_edit.setText(str(settings.value(KEY_FOLDER, "") or ""))
        remembered = str(settings.value(KEY_URL, "") or "")
        self.url_edit.setText(_session_urls.get(remembered, remembered))
        source = str(settings.value(KEY_SOURCE, "file") or "file")
        self.set_source(source if source in SOURCES else "file")
        self.group.idToggled.connect(lambda _id, on: on and self._sync_enabled())
        for edit, radio in ((self.file_edit, self.file_radio), (self.folder_edit, self.folder_radio),
                            (self.url_edit, self.central_radio)):
            edit.textEdited.connect(lambda _t, r=radio: r.setChecked(True))

    # building blocks
    def _edit(self, name: str, description: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        edit.setToolTip(description)
        edit.setClearButtonEnabled(True)
        return edit

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _checked=False: slot())
        return b

    # the source
    def source(self) -> str:
        return SOURCES[max(0, self.group.checkedId())]

    def set_source(self, source: str) -> None:
        {"file": self.file_radio, "folder": self.folder_radio, "central": self.central_radio}[source].setChecked(True)
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        source = self.source()
        self.file_edit.setEnabled(source == "file")
        self.file_browse.setEnabled(source == "file")
        self.folder_edit.setEnabled(source == "folder")
        self.folder_browse.setEnabled(source == "folder")
        self.url_edit.setEnabled(source == "central")

    def _browse_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Välj mötespaket"), self.file_edit.text(),
                                              self.tr("Mötespaket och OParl (*.zip *.json)"))
        if path:
            self.file_edit.setText(path)
            self.file_radio.setChecked(True)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp med mötespaket"), self.folder_edit.text())
        if path:
            self.folder_edit.setText(path)
            self.folder_radio.setChecked(True)

    # fetching
    @property
    def busy(self) -> bool:
        return self.task is not None

    def start_fetch(self, *, accept: bool = False) -> None:
        """Start the fetch from the chosen source; `accept` re-reads the untrusted packages just refused."""
        from ...publishing import fetch

        if self.busy:
            return
        source = self.source()
        db, trust, token = self.ctx.db, self.trust_store, CancelToken()
        report = self._relay.progress.emit
        if source == "file":
            text = self.file_edit.text().strip()
            if not text:
                return self._ask(self.file_edit, self.tr("Välj paketfilen du vill hämta."))
            path = Path(text)
            if not path.is_file():
                return self._ask(self.file_edit, self.tr("Filen %1 finns inte.").replace("%1", text))
            self.ctx.settings.setValue(KEY_FILE, str(path))

            def work() -> FetchResult:
                return fetch.fetch_file(db, path, accept_untrusted=accept, trust_store=trust, cancel=token,
                                        progress=report)
        elif source == "folder":
            text = self.folder_edit.text().strip()
            if not text or not Path(text).is_dir():
                message = (self.tr("Välj mappen med mötespaket.") if not text
                           else self.tr("Mappen %1 finns inte.").replace("%1", text))
                return self._ask(self.folder_edit, message)
            folder = Path(text)
            self.ctx.settings.setValue(KEY_FOLDER, str(folder))
            accepted = {r.file for r in self._untrusted} if accept else set()

            def work() -> FetchResult:
                return fetch.fetch_folder(db, folder, accept_untrusted=accepted, trust_store=trust, cancel=token,
                                          progress=report)
        else:
            url = self.url_edit.text().strip()
            if not url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
                return self._ask(self.url_edit, self.tr(
                    "Adressen ska börja med postgresql://, till exempel postgresql://namn@server/nämnd."))
            if not self._remember_url(url):
                return None

            def work() -> FetchResult:
                return fetch.fetch_central(db, url, cancel=token, progress=report)

        self.ctx.settings.setValue(KEY_SOURCE, source)
        self.token = token
        self._set_busy()
        self.task = Task(work, self)
        self.task.done.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.start()
        return None

    def _remember_url(self, url: str) -> bool:
        from sqlalchemy.exc import ArgumentError

        from ...publishing.sync import url_has_password, url_without_password

        try:
            stored = url_without_password(url)
            has_password = url_has_password(url)
        except (ArgumentError, ValueError):
            self._ask(self.url_edit, self.tr("Adressen %1 kan inte tolkas.").replace("%1", url))
            return False
        self.ctx.settings.setValue(KEY_URL, stored)  # never the password
        if has_password:
            _session_urls[stored] = url
        return True

    def _ask(self, field: QWidget, message: str) -> None:
        self.status.setText(message)
        field.setFocus()

    def accept_untrusted(self) -> None:
        """Godta ändå: the member's explicit choice, recorded by the import."""
        if self._untrusted:
            self.start_fetch(accept=True)

    def cancel(self) -> None:
        if self.token is not None and self.busy:
            self.token.cancel()
            self.status.setText(self.tr("Avbryter… det som redan skrivits av paketet sparas inte."))

    def _set_busy(self) -> None:
        for w in (self.fetch_button, self.close_button, self.accept_button, self.open_button):
            w.setEnabled(False)
        self.accept_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.status.setText(self.tr("Hämtar och kontrollerar…"))
        self.setCursor(Qt.CursorShape.BusyCursor)

    def _set_idle(self) -> None:
        self.task = None
        for w in (self.fetch_button, self.close_button, self.accept_button, self.open_button):
            w.setEnabled(True)
        self.cancel_button.hide()
        self.progress_bar.hide()
        self.unsetCursor()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, name: str) -> None:
        if not self.busy:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if name:
            self.status.setText(self.tr("Läser %1 (%2 av %3)…").replace("%1", name)
                                .replace("%2", str(min(done + 1, total))).replace("%3", str(total)))

    @Slot(object)
    def _done(self, result: FetchResult) -> None:
        self._set_idle()
        self.result = result
        self._untrusted = [r for r in result.refused if r.untrusted]
        self._show(result)
        if result.outcomes or result.other:
            self.ctx.events.published_changed.emit()
        self.fetched.emit(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._set_idle()
        if isinstance(exc, PackageRefused | DatabaseError | LookupError):
            reason = str(exc)
        elif isinstance(exc, OSError):
            reason = self.tr("Filen kunde inte läsas: %1").replace("%1", exc.strerror or str(exc))
        else:
            reason = self.tr("Ett oväntat fel inträffade; inget ändrades. Detaljer finns i loggfilen.")
        self.status.setText(self.tr("Hämtningen misslyckades. %1").replace("%1", reason))
        self.fetched.emit(None)

    # the summary
    def _show(self, result: FetchResult) -> None:
        lines = []
        if result.cancelled:
            lines.append(self.tr("Hämtningen avbröts. Paketet som lästes in när du avbröt sparades inte."))
        for refusal in result.refused:
            lines.append(self.tr("Lästes inte in: %1").replace("%1", refusal.reason))
        if self._untrusted:
            lines.append(self.tr("Välj Godta ändå bara om du vet att paketet kommer från sekretariatet."))
        if not lines:
            lines.append(self.tr("Klart.") if result.outcomes or result.other else self.tr("Inget nytt att hämta."))
        self.status.setText("\n".join(lines))
        self.accept_button.setVisible(bool(self._untrusted))
        parts = [self._meeting_html(o) for o in result.outcomes]
        parts += [f"<p>{html.escape(line)}</p>" for line in result.other]
        if result.skipped:
            parts.append("<p>" + html.escape(self.tr("Redan inläst och oförändrat: %1.")
                                             .replace("%1", ", ".join(result.skipped))) + "</p>")
        if result.superseded:
            parts.append("<p>" + html.escape(self.tr("Äldre versioner som hoppades över: %1.")
                                             .replace("%1", ", ".join(result.superseded))) + "</p>")
        self.summary.setHtml("".join(parts))
        self.summary.setVisible(bool(parts))
        self.items.clear()
        for o in result.outcomes:
            lifted = {r.key for r in o.declassified}
            rows = [(r, self.tr("ändrat")) for r in o.changed_items] + [(r, self.tr("nytt")) for r in o.new_items]
            rows += [(r, "") for r in o.declassified if r not in o.changed_items and r not in o.new_items]
            for ref, what in rows:
                if ref.key in lifted:
                    what = ", ".join(filter(None, [what, self.tr("sekretessen hävd")]))
                row = QListWidgetItem(f"§ {ref.number} {ref.title} – {what}", self.items)
                row.setData(Qt.ItemDataRole.UserRole, ref.key)
        has_items = self.items.count() > 0
        for w in (self.items, self.items_label, self.open_button):
            w.setVisible(has_items)
        if has_items:
            self.items.setCurrentRow(0)
            self.items.setFocus()
        elif self._untrusted:
            self.accept_button.setFocus()
        else:
            self.close_button.setFocus()

    def _meeting_html(self, o: MeetingOutcome) -> str:
        def refs(items: tuple[ItemRef, ...]) -> str:
            return "; ".join(f"§ {i.number} {i.title}" for i in items)

        def line(n: int, one: str, many: str, items: tuple[ItemRef, ...]) -> str:
            head = one if n == 1 else many.replace("%1", str(n))
            return f"<li>{html.escape(head)}: {html.escape(refs(items))}</li>"

        rows = []
        if o.new_items:
            rows.append(line(len(o.new_items), self.tr("1 nytt ärende"), self.tr("%1 nya ärenden"), o.new_items))
        if o.changed_items:
            rows.append(line(len(o.changed_items), self.tr("1 ändrat ärende"), self.tr("%1 ändrade ärenden"),
                             o.changed_items))
        if o.withdrawn_items:
            rows.append(line(len(o.withdrawn_items), self.tr("1 utgånget ärende"),
                             self.tr("%1 utgångna ärenden"), o.withdrawn_items))
        if o.declassified:
            rows.append(line(len(o.declassified), self.tr("Sekretessen hävd av utgivaren för 1 ärende"),
                             self.tr("Sekretessen hävd av utgivaren för %1 ärenden"), o.declassified))
        if o.notes_orphaned:
            text = (self.tr("1 anteckning gäller text som inte längre finns; den är kvar och märkt.")
                    if o.notes_orphaned == 1 else
                    self.tr("%1 anteckningar gäller text som inte längre finns; de är kvar och märkta.")
                    .replace("%1", str(o.notes_orphaned)))
            rows.append(f"<li>{html.escape(text)}</li>")
        if not rows:
            nothing = self.tr("Inget nytt i sammanträdet.")  # outside the f-string, where lupdate sees it
            rows.append(f"<li>{html.escape(nothing)}</li>")
        if o.trusted:
            origin = self.tr("Från %1, signerat av en utgivare du litar på.")
        elif o.signer:
            origin = self.tr("Från %1, signerat av en okänd utgivare; du valde att godta det.")
        else:
            origin = self.tr("Från %1, osignerat; du valde att godta det.")
        if o.version is not None:
            version = (self.tr("Version %1.").replace("%1", str(o.version)) if o.previous_version is None else
                       self.tr("Version %1 (du hade version %2).").replace("%1", str(o.version))
                       .replace("%2", str(o.previous_version)))
            origin = f"{origin} {version}"
        return (f"<h3>{html.escape(o.title)} ({html.escape(o.meeting)})</h3>"
                f"<p>{html.escape(origin.replace('%1', o.source))}</p><ul>{''.join(rows)}</ul>")

    def _item_activated(self, row: QListWidgetItem) -> None:
        key = row.data(Qt.ItemDataRole.UserRole)
        if key:
            self.open_item.emit(str(key))
            self.accept()

    def _open_chosen(self) -> None:
        row = self.items.currentItem()
        if row is not None:
            self._item_activated(row)

    # closing
    def reject(self) -> None:
        if self.busy:  # Esc while fetching cancels the fetch; the dialog closes when it has stopped
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self.cancel()
            event.ignore()
        else:
            super().closeEvent(event)


def open_fetch_dialog(parent: QWidget, ctx: AppContext) -> FetchDialog:
    """Show the dialog (window-modal, not blocking); an open one is brought forward instead."""
    for existing in parent.window().findChildren(FetchDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = FetchDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
