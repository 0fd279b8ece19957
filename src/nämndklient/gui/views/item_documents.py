"""Lägg till handling…: a tjänsteskrivelse or an attachment added to an item, from a file dialog or a drop.

The files are read and written off the GUI thread (`services.attachments.attach_documents`);
while Tesseract reads a scanned page the bar shows which page of how many. A refused file
leaves the database untouched and its one-sentence reason in a label that is announced to
screen readers; pages that stay without text are named, so the member knows search will not
find them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...domain.records import ImportFailure
from ..context import AppContext
from ..widgets.common import button
from ..worker import Task

SUFFIXES = (".docx", ".pdf", ".txt")


def page_ranges(pages: tuple[int, ...] | list[int]) -> str:
    """1, 2, 3, 5 as "1–3, 5"."""
    out: list[str] = []
    start = prev = None
    for p in [*sorted(pages), None]:
        if p is not None and prev is not None and p == prev + 1:
            prev = p
            continue
        if start is not None:
            out.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = p
    return ", ".join(out)


def local_files(mime: QMimeData) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class DocumentAdder(QObject):
    """The button, the progress bar and the message of "Lägg till handling…" for one item page."""

    added = Signal(str)  # the item key, after the files were written

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.item_key: str | None = None
        self.task: Task | None = None
        self.dialog: QFileDialog | None = None
        self.button: QPushButton = button(
            self.tr("Lägg till han&dling…"), self.tr("Lägg till handling"),
            description=self.tr("Lägg till en tjänsteskrivelse eller bilaga (Word, PDF eller text). "
                                "Du kan också släppa filer på ärendet."), parent=page)
        self.status = QWidget(page)
        self.progress = QProgressBar(self.status)
        self.progress.setAccessibleName(self.tr("Läser handlingen"))
        self.progress.setMaximumWidth(240)
        self.message = QLabel(self.status)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked om handlingen"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self.status)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress)
        row.addWidget(self.message, 1)
        self.status.hide()
        self.progress.hide()
        self.button.clicked.connect(self.choose)

    def set_item(self, key: str, *, enabled: bool = True) -> None:
        if key != self.item_key:
            self.status.hide()
        self.item_key = key
        self.button.setEnabled(enabled and self.task is None)

    def busy(self) -> bool:
        return self.task is not None

    # choosing
    def choose(self) -> QFileDialog:
        """Qt's own file dialog (the same in every desktop, and in Swedish), for Word, PDF and text files."""
        parent = self.button.window()
        dialog = QFileDialog(parent, self.tr("Lägg till handling"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilters([self.tr("Handlingar (*.docx *.pdf *.txt)"), self.tr("Alla filer (*)")])
        for label, text in ((QFileDialog.DialogLabel.LookIn, self.tr("Leta i:")),
                            (QFileDialog.DialogLabel.FileName, self.tr("Filnamn:")),
                            (QFileDialog.DialogLabel.FileType, self.tr("Filtyp:")),
                            (QFileDialog.DialogLabel.Accept, self.tr("Lägg till")),
                            (QFileDialog.DialogLabel.Reject, self.tr("Avbryt"))):
            dialog.setLabelText(label, text)
        dialog.filesSelected.connect(lambda files: self.add([Path(f) for f in files]))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def accepts(self, mime: QMimeData) -> bool:
        return self.item_key is not None and self.button.isEnabled() and bool(local_files(mime))

    # working
    def add(self, paths: list[Path]) -> Task | None:
        """Attach the files on the worker; nothing is written when one of them is refused."""
        if self.item_key is None or self.task is not None or not paths:
            return None
        from ...services.attachments import attach_documents

        db, key = self.ctx.db, self.item_key

        def work() -> object:
            return attach_documents(db, key, paths, progress=task.report)

        task = Task(work, self)
        task.progress.connect(self._progress)
        task.done.connect(lambda outcome: self._done(key, outcome))
        task.failed.connect(self._failed)
        self.task = task
        self.button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until Tesseract reports a page
        self.progress.show()
        names = ", ".join(p.name for p in paths)
        self._say(self.tr("Läser %1 …").replace("%1", names), error=False, announce=False)
        task.start()
        return task

    def _progress(self, page: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, page, 1))
        self.progress.setValue(page)
        text = self.tr("Textigenkänning i %1: sida %2 av %3 …").replace("%1", name).replace(
            "%2", str(page)).replace("%3", str(total))
        self.progress.setFormat(f"{page}/{total}")
        self.message.setText(text)

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.button.setEnabled(True)

    def _done(self, key: str, outcome: Any) -> None:
        self._finish()
        lines = []
        for u in outcome.unsearchable:
            pages = page_ranges(u.pages)
            where = (self.tr("Sidan %1 i %2") if len(u.pages) == 1 else self.tr("Sidorna %1 i %2")).replace(
                "%1", pages).replace("%2", u.file)
            why = (self.tr("textigenkänning (Tesseract) är inte installerad på datorn") if u.ocr_missing
                   else self.tr("textigenkänningen hittade ingen text där"))
            lines.append(self.tr("%1 har ingen text och går inte att söka i: %2.").replace("%1", where)
                         .replace("%2", why))
        self._say(" ".join(lines) or self.tr("Handlingen lades till."), error=False, announce=True)
        self.added.emit(key)
        self.ctx.events.published_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, ImportFailure | LookupError):
            text = str(exc).rstrip(".")
            text = self.tr("Handlingen lades inte till: %1.").replace("%1", text)  # the importer's one sentence
        else:
            text = self.tr("Handlingen kunde inte läggas till (%1); inget har ändrats, och loggfilen säger mer.")\
                .replace("%1", type(exc).__name__)
        self._say(text, error=True, announce=True)

    def _say(self, text: str, *, error: bool, announce: bool) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setStyleSheet("QLabel { font-weight: bold; }" if error else "")
        self.message.setProperty("refusal", error)
        self.status.show()
        if announce:
            event = QAccessibleAnnouncementEvent(self.message, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if error
                                else QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
