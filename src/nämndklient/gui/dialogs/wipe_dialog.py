"""Rensa allt: the confirmation that says exactly what goes and what stays, then the wipe off the GUI thread.

A wipe cannot be undone, so the destructive button is never the default, stays
disabled until the member types the word shown, and the dialog names the
backups by number because they are the part members forget. The work itself
(`services.wipe.wipe_published`) runs on a worker thread; the dialog reports
the outcome and emits `wiped` so the window can reload its views.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...persistence.database import DatabaseError
from ..context import AppContext
from ..worker import Task
from .working import WorkingDialog


class WipeDialog(WorkingDialog):
    wiped = Signal(object)  # the services.wipe.WipeReport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, pack_cache: Path | None = None) -> None:
        super().__init__(parent)
        from ...services.wipe import backups_of

        self.ctx = ctx
        self.pack_cache = pack_cache
        self.task: Task | None = None
        self.report: Any = None
        self.confirm_word = self.tr("RENSA")
        self.setWindowTitle(self.tr("Rensa allt"))
        self.setAccessibleName(self.tr("Rensa allt"))
        backups = len(backups_of(ctx.db.path)) if ctx.db.path is not None else 0

        self.intro = QLabel(self.intro_text(backups), self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setAccessibleName(self.tr("Vad som tas bort och vad som finns kvar"))
        self.intro.setAccessibleDescription(self.intro.text())
        self.keep_notes = QCheckBox(self.tr("&Behåll mina anteckningar"), self)
        self.keep_notes.setChecked(True)
        self.keep_notes.setAccessibleName(self.tr("Behåll mina anteckningar"))
        self.keep_notes.setAccessibleDescription(self.tr(
            "Anteckningar, flaggade frågor och läsmarkeringar finns kvar när rutan är ikryssad."))
        self.keep_notes.setToolTip(self.keep_notes.accessibleDescription())
        self.confirm_label = QLabel(self.tr("Skriv %1 för att bekräfta:").replace("%1", self.confirm_word), self)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setAccessibleName(self.tr("Bekräftelse"))
        self.confirm_edit.setAccessibleDescription(self.confirm_label.text())
        self.confirm_label.setBuddy(self.confirm_edit)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Rensar"))
        self.progress.hide()

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Avbryt"))
        self.cancel_button.setAccessibleName(self.tr("Avbryt"))
        self.wipe_button = QPushButton(self.tr("&Rensa allt"), self)
        self.wipe_button.setAccessibleName(self.tr("Rensa allt, går inte att ångra"))
        self.buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wipe_button.setAutoDefault(False)
        self.wipe_button.setDefault(False)
        self.cancel_button.setDefault(True)
        self.wipe_button.setEnabled(False)

        layout = QVBoxLayout(self)
        for w in (self.intro, self.keep_notes, self.confirm_label, self.confirm_edit, self.progress, self.status,
                  self.buttons):
            layout.addWidget(w)
        self.keep_notes.toggled.connect(self._keep_notes_toggled)
        self.confirm_edit.textChanged.connect(self._update_button)
        self.wipe_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.setTabOrder(self.keep_notes, self.confirm_edit)
        self.setTabOrder(self.confirm_edit, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.wipe_button)
        self.keep_notes.setFocus()

    def intro_text(self, backups: int) -> str:
        goes = [
            self.tr("alla sammanträden, ärenden, handlingar och bilagor som har hämtats eller importerats, "
                    "också sekretessärenden"),
            self.tr("nyckeltal, budget och andra uppgifter från planer och rapporter"),
            self.tr("sökindexet"),
            self.tr("möteshandlingar som har öppnats i PDF-läsaren eller skrivits ut (de ligger i programmets cache)"),
        ]
        if backups:
            goes.append(self.tr("databasens säkerhetskopior (%1 st.): de innehåller samma handlingar")
                        .replace("%1", str(backups)))
        stays = [
            self.tr("dina anteckningar, flaggade frågor och läsmarkeringar, om du låter rutan nedan vara ikryssad"),
            self.tr("dina inställningar och listan över betrodda utgivare"),
            self.tr("möteshandlingar som du själv har sparat någon annanstans, till exempel i Dokument"),
        ]
        items = "".join(f"<li>{t}</li>" for t in goes)
        kept = "".join(f"<li>{t}</li>" for t in stays)
        return (
            "<p>" + self.tr("<b>Rensa allt</b> tar bort allt publicerat material från den här datorn i ett steg. "
                            "Det går inte att ångra; materialet kan hämtas igen från paket eller den centrala "
                            "databasen.") + "</p>"
            + "<p>" + self.tr("Det här tas bort:") + f"</p><ul>{items}</ul>"
            + "<p>" + self.tr("Det här finns kvar:") + f"</p><ul>{kept}</ul>"
        )

    def _keep_notes_toggled(self, keep: bool) -> None:
        self.status.setText("" if keep else self.tr(
            "Dina anteckningar, frågor och läsmarkeringar tas också bort."))

    def _update_button(self) -> None:
        self.wipe_button.setEnabled(self.confirmed() and not self.busy)

    def confirmed(self) -> bool:
        return self.confirm_edit.text().strip().casefold() == self.confirm_word.casefold()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        """Wipe on a worker thread; the dialog stays open and shows progress until it is done."""
        from ...services.wipe import wipe_published

        if self.busy or not self.confirmed():
            return
        db, keep, cache = self.ctx.db, self.keep_notes.isChecked(), self.pack_cache
        for w in (self.keep_notes, self.confirm_edit, self.wipe_button, self.cancel_button):
            w.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Rensar…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.task = Task(lambda: wipe_published(db, keep_notes=keep, pack_cache=cache), self)
        self.task.done.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.start()

    @Slot(object)
    def _done(self, report: Any) -> None:
        self.task, self.report = None, report
        self.progress.hide()
        self.unsetCursor()
        lines = [self.tr("Klart. Allt publicerat material är borttaget.")]
        if report.personal_rows:
            lines.append(self.tr("Dina anteckningar är också borttagna."))
        if not report.compacted:
            lines.append(self.tr("Databasfilen kunde inte komprimeras nu; det görs nästa gång du rensar. "
                                 "Stäng gärna andra program som använder filen."))
        if report.backups_left:
            lines.append(self.tr("Följande säkerhetskopior kunde inte tas bort; ta bort dem själv: %1")
                         .replace("%1", ", ".join(str(p) for p in report.backups_left)))
        self.status.setText(" ".join(lines))
        self.cancel_button.setText(self.tr("&Stäng"))
        self.cancel_button.setAccessibleName(self.tr("Stäng"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        self.wiped.emit(report)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.hide()
        self.unsetCursor()
        for w in (self.keep_notes, self.confirm_edit, self.cancel_button):
            w.setEnabled(True)
        self._update_button()
        reason = str(exc) if isinstance(exc, DatabaseError) else self.tr(
            "Ett oväntat fel inträffade. Detaljer finns i loggfilen.")
        self.status.setText(self.tr("Inget togs bort."))
        QMessageBox.warning(self, self.tr("Rensningen misslyckades"),
                            self.tr("Ingenting togs bort ur databasen. %1").replace("%1", reason))

