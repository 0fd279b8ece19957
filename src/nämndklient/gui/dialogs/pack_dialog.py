"""Skriv ut möteshandlingar: choose what goes into the meeting pack, then save, open or print it.

The pack is built by `services.packing.make_pack` on a worker thread with its
own database session; the dialog stays responsive and shows the page count and
any warnings (broken attachments) when it is done. Printing renders each page
of the finished PDF with QtPdf onto the printer.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QRect, QSettings, QSize, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from ...persistence.database import DatabaseError
from ...runtime.paths import clear_pack_cache as clear_cache_folder
from ...runtime.paths import pack_cache_dir
from ...services import catalog
from ...services.catalog import MeetingInfo
from ..context import AppContext
from ..forms.ui_pack_dialog import Ui_PackDialog
from ..i18n import format_range
from ..theme import badge_colors
from ..worker import Task
from .working import WorkingDialog

log = logging.getLogger(__name__)

KEY_MEMBER = "member/name"
NOTES_MODES = ("none", "appendix", "after_item")
PRINT_DPI = 300  # enough for text; a 1200 dpi A4 page would be a 550 MB image


class PrintError(Exception):
    """Printing failed; the message is for the member."""


def pack_file_name(meeting: MeetingInfo) -> str:
    """`RS_2024-01-26_kallelse.pdf`."""
    return f"{meeting.body}_{meeting.start.isoformat()}_kallelse.pdf"


def pdf_viewer() -> str | None:
    """The application the desktop opens PDF files with; "" when it has none; None when that cannot be asked.

    On Linux `QDesktopServices.openUrl` only reports that xdg-open started, not that
    anything opened the file, so the desktop's PDF handler is asked first.
    """
    import shutil
    import subprocess
    import sys

    if not sys.platform.startswith("linux"):
        return None
    tool = shutil.which("xdg-mime")
    if tool is None:
        return None
    try:
        answer = subprocess.run([tool, "query", "default", "application/pdf"], capture_output=True, text=True,
                                timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return answer.stdout.strip() if answer.returncode == 0 else None


def cache_dir() -> Path:
    path = pack_cache_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def clear_pack_cache() -> int:
    """Remove the packs "Öppna i PDF-läsare" left for the PDF reader (call on quit, lock and wipe)."""
    return clear_cache_folder(pack_cache_dir())


class PackDialog(WorkingDialog):
    def __init__(self, ctx: AppContext, meeting_ref: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings: QSettings = ctx.settings
        self.ui = Ui_PackDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.result: Any = None  # the last PackResult
        self._then: Callable[[Any], None] | None = None
        self._focus_after: QWidget | None = None
        with ctx.db.session() as s:
            self.meeting = m = catalog.find_meeting(s, meeting_ref)

        when = format_range(m.start, m.end, weekday=True)
        self.ui.meetingLabel.setText(f"<h3 style='margin:0'>{html.escape(m.title)}</h3>"
                                     f"{html.escape(m.body_name)} · {when}")
        self.ui.meetingLabel.setAccessibleName(f"{m.title}, {format_range(m.start, m.end)}")
        for text in (self.tr("Ta inte med"), self.tr("Som bilaga sist"), self.tr("Efter varje ärende")):
            self.ui.notesCombo.addItem(text)
        for item in m.items:
            if item.withdrawn:
                continue
            text = f"{item.number}. {item.title}"
            if item.confidential:
                text += " – " + self.tr("sekretess")
            row = QListWidgetItem(text, self.ui.itemsList)
            row.setData(Qt.ItemDataRole.UserRole, item.number)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            if item.confidential:
                row.setToolTip(self.tr("Sekretessärende: tas bara med om sekretessärenden tas med."))
        self.ui.itemsList.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        if self.ui.itemsList.count():
            self.ui.itemsList.setCurrentRow(0)

        name = str(self.settings.value(KEY_MEMBER, "") or "")
        self.ui.memberEdit.setText(name)
        self.ui.memberCheck.setChecked(bool(name))
        bg, fg = badge_colors("changed", self.palette())
        self.ui.confidentialWarning.setStyleSheet(
            f"QLabel {{ background: {bg.name()}; color: {fg.name()}; border-radius: 4px; padding: 8px 10px; }}")
        self.ui.confidentialWarning.setText(self.tr(
            "<b>Varje sida märks SEKRETESS.</b> Handlingarna innehåller uppgifter som omfattas av sekretess: "
            "skriv ut på en skrivare där ingen obehörig kan ta dem och förvara dem inlåsta."))
        self.ui.confidentialWarning.hide()
        self.ui.progressBar.hide()

        self.ui.chosenRadio.toggled.connect(self.ui.itemsList.setEnabled)
        self.ui.confidentialCheck.toggled.connect(self.ui.confidentialWarning.setVisible)
        self.ui.memberEdit.textEdited.connect(lambda text: self.ui.memberCheck.setChecked(bool(text.strip())))
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.openButton.clicked.connect(self.open_in_reader)
        self.ui.printButton.clicked.connect(self.print_pack)
        self.ui.wholeRadio.setFocus()

    # options
    def chosen_items(self) -> list[str] | None:
        """Item numbers to include, or None for the whole meeting."""
        if not self.ui.chosenRadio.isChecked():
            return None
        rows = (self.ui.itemsList.item(i) for i in range(self.ui.itemsList.count()))
        return [str(r.data(Qt.ItemDataRole.UserRole)) for r in rows if r.checkState() == Qt.CheckState.Checked]

    def member_name(self) -> str | None:
        name = self.ui.memberEdit.text().strip()
        return name if self.ui.memberCheck.isChecked() and name else None

    def options(self) -> dict[str, Any]:
        return {
            "items": self.chosen_items(),
            "notes": NOTES_MODES[max(0, self.ui.notesCombo.currentIndex())],
            "member": self.member_name(),
            "draft": self.ui.draftCheck.isChecked(),
            "include_confidential": self.ui.confidentialCheck.isChecked(),
            "duplex": self.ui.duplexCheck.isChecked(),
            "appendix": self.ui.appendixCheck.isChecked(),
        }

    def _check_options(self) -> bool:
        if self.chosen_items() == []:
            QMessageBox.information(self, self.tr("Inga ärenden valda"),
                                    self.tr("Kryssa i minst ett ärende, eller välj hela sammanträdet."))
            self.ui.itemsList.setFocus()
            return False
        if self.ui.memberCheck.isChecked() and not self.ui.memberEdit.text().strip():
            QMessageBox.information(self, self.tr("Namn saknas"),
                                    self.tr("Skriv ditt namn för det personliga exemplaret."))
            self.ui.memberEdit.setFocus()
            return False
        if self.member_name():
            self.settings.setValue(KEY_MEMBER, self.member_name())
        return True

    # the three ways out
    def save_as(self) -> None:
        if not self._check_options():
            return
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara möteshandlingar"),
                                              str(Path(documents) / pack_file_name(self.meeting)),
                                              self.tr("PDF-filer (*.pdf)"))
        if not path:
            return
        out = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        self.build(out, lambda result: self._show_done(
            self.tr("Sparat i %1.").replace("%1", str(result.path))), self.ui.saveButton)

    def open_in_reader(self) -> None:
        if not self._check_options():
            return
        try:
            out = cache_dir() / pack_file_name(self.meeting)
        except OSError as exc:
            self._error(exc)
            return
        self.build(out, self._open_file, self.ui.openButton)

    def print_pack(self) -> None:
        if not self._check_options():
            return
        try:
            out = cache_dir() / f"utskrift-{pack_file_name(self.meeting)}"
        except OSError as exc:
            self._error(exc)
            return
        self.build(out, self._print, self.ui.printButton)

    # building
    @property
    def busy(self) -> bool:
        return self.task is not None

    def build(self, out: Path, then: Callable[[Any], None], origin: QWidget | None = None) -> None:
        """Make the pack into `out` on a worker thread; call `then(result)` on the GUI thread."""
        from ...services.packing import make_pack

        if self.busy:
            return
        db, ref, options = self.ctx.db, self.meeting.key, self.options()
        self._then, self._focus_after = then, origin
        self._set_busy(self.tr("Skapar möteshandlingar…"))
        self.task = Task(lambda: make_pack(db, ref, out, **options), self)
        self.task.done.connect(self._built)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _set_busy(self, text: str) -> None:
        for b in self._buttons():
            b.setEnabled(False)
        self.ui.progressBar.show()
        self.ui.statusLabel.setText(text)
        self.setCursor(Qt.CursorShape.BusyCursor)

    def _set_idle(self) -> None:
        self.task = None
        for b in self._buttons():
            b.setEnabled(True)
        self.ui.progressBar.hide()
        self.unsetCursor()
        if self._focus_after is not None:
            self._focus_after.setFocus()

    def _buttons(self) -> tuple[QWidget, ...]:
        return self.ui.saveButton, self.ui.openButton, self.ui.printButton, self.ui.closeButton

    @Slot(object)
    def _built(self, result: Any) -> None:
        self._set_idle()
        self.result = result
        self._show_done("")
        if self._then is not None:
            try:
                self._then(result)
            except Exception as exc:
                log.exception("Möteshandlingarna kunde inte visas eller skrivas ut")
                self._error(exc)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._set_idle()
        self.ui.statusLabel.setText(self.tr("Möteshandlingarna kunde inte skapas."))
        self._error(exc)

    def _show_done(self, first: str) -> None:
        result = self.result
        lines = [self.tr("Klart: %1.").replace("%1", self.pages_text(result.pages))]
        if first:
            lines.append(first)
        if result and result.warnings:
            lines.append(self.tr("Varningar:"))
            lines.extend(f"• {w}" for w in result.warnings)
        self.ui.statusLabel.setText("\n".join(lines))

    def pages_text(self, count: int) -> str:
        return self.tr("1 sida") if count == 1 else self.tr("%1 sidor").replace("%1", str(count))

    def _error(self, exc: BaseException) -> None:
        title = self.tr("Möteshandlingarna kunde inte skapas")
        if isinstance(exc, PrintError):
            title, reason = self.tr("Utskriften misslyckades"), str(exc)
        elif isinstance(exc, (DatabaseError, LookupError)):
            reason = str(exc)
        elif isinstance(exc, PermissionError):
            reason = self.tr("Du saknar behörighet att skriva filen %1.").replace("%1", str(exc.filename or ""))
        elif isinstance(exc, OSError):
            reason = self.tr("Filen kunde inte skrivas: %1").replace("%1", exc.strerror or str(exc))
        else:
            reason = self.tr("Ett oväntat fel inträffade. Detaljer finns i loggfilen.")
        QMessageBox.warning(self, title, reason)

    # after building
    def _open_file(self, result: Any) -> None:
        viewer = pdf_viewer()
        if viewer == "" or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path))):
            QMessageBox.information(self, self.tr("Ingen PDF-läsare"), self.tr(
                "Det finns ingen PDF-läsare som kunde öppna filen. Den ligger i %1.").replace("%1", str(result.path)))
            self._show_done(self.tr("Ingen PDF-läsare öppnade filen. Den ligger i %1.").replace("%1", str(result.path)))
            return
        if viewer is None:  # the system took the file, but cannot tell whether a reader opened it
            self._show_done(self.tr("Filen lämnades till systemet för att öppnas i en PDF-läsare. Den ligger i %1.")
                            .replace("%1", str(result.path)))
            return
        self._show_done(self.tr("Öppnad i PDF-läsaren."))

    def _print(self, result: Any) -> None:
        path = Path(result.path)
        try:
            printed = self.print_file(path, result.pages)
        finally:
            path.unlink(missing_ok=True)
        if printed:
            self._show_done(self.tr("Skickat till skrivaren: %1.").replace("%1", self.pages_text(printed)))

    def print_file(self, path: Path, pages: int) -> int:
        """Ask for a printer, then print the PDF page by page; the number of pages printed (0: cancelled)."""
        from PySide6.QtPdf import QPdfDocument

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the pack's page is the paper: 1:1 on A4, its own margins stay
        printer.setDocName(pack_file_name(self.meeting).removesuffix(".pdf"))
        if self.ui.duplexCheck.isChecked():
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Skriv ut möteshandlingar"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, pages))
        if not dialog.exec():
            self.ui.statusLabel.setText(self.tr("Utskriften avbröts."))
            return 0

        document = QPdfDocument(self)
        document.load(str(path))
        count = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or count == 0:
            raise PrintError(self.tr("PDF-filen kunde inte läsas för utskrift."))
        numbers = list(range(1, count + 1))
        ranges = printer.pageRanges()
        if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
            numbers = [n for n in numbers if ranges.contains(n)]
        elif printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            numbers = [n for n in numbers if printer.fromPage() <= n <= (printer.toPage() or count)]
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            numbers.reverse()
        if not numbers:
            self.ui.statusLabel.setText(self.tr("Inga sidor i det valda intervallet."))
            return 0

        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(self.tr("Skrivaren kunde inte startas. Kontrollera att den är ansluten och påslagen."))
        self._set_busy("")
        try:
            area = painter.window()
            dpi = min(printer.resolution(), PRINT_DPI)
            for done, number in enumerate(numbers):
                self.ui.statusLabel.setText(self.tr("Skriver ut sida %1 av %2…")
                                            .replace("%1", str(done + 1)).replace("%2", str(len(numbers))))
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                if done:
                    printer.newPage()
                points = document.pagePointSize(number - 1)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = white_page(document.render(number - 1, size))
                target = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = area.x() + (area.width() - target.width()) // 2
                y = area.y() + (area.height() - target.height()) // 2
                painter.drawImage(QRect(x, y, target.width(), target.height()), image)
        finally:
            painter.end()
            document.close()
            self._set_idle()
        return len(numbers)



def white_page(image: QImage) -> QImage:
    """QPdfDocument.render() leaves the background transparent: put white under it, in place."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), QColor("white"))
    painter.end()
    return image


def open_pack_dialog(parent: QWidget, ctx: AppContext, meeting_ref: str) -> PackDialog:
    """Show the dialog (window-modal, not blocking); an open one is brought forward instead."""
    for existing in parent.window().findChildren(PackDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = PackDialog(ctx, meeting_ref, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
