"""Skriv ut möteshandlingar: options, building off the GUI thread, save, print, keyboard and names."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from nämndklient.gui.dialogs import pack_dialog
from nämndklient.gui.dialogs.pack_dialog import KEY_MEMBER, PackDialog

MEETING = "RS:2024-01-26"


@pytest.fixture
def dialog(qtbot, ctx) -> PackDialog:  # type: ignore[no-untyped-def]
    d = PackDialog(ctx, MEETING)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _item_texts(d: PackDialog) -> list[str]:
    return [d.ui.itemsList.item(i).text() for i in range(d.ui.itemsList.count())]


def _wait_built(qtbot, d: PackDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not d.busy and d.ui.saveButton.isEnabled() and d.result is not None, timeout=60_000)


def test_save_as_pdf_with_chosen_items_notes_and_member(dialog, qtbot, type_text, settings, tmp_path,
                                                        monkeypatch) -> None:
    from pypdf import PdfReader

    d = dialog
    assert d.ui.wholeRadio.isChecked() and not d.ui.itemsList.isEnabled()
    assert len(_item_texts(d)) == 5
    assert all(d.ui.itemsList.item(i).checkState() == Qt.CheckState.Checked for i in range(5))
    d.ui.chosenRadio.click()
    assert d.ui.itemsList.isEnabled()
    d.ui.itemsList.item(1).setCheckState(Qt.CheckState.Unchecked)  # 2. Läkemedel
    d.ui.notesCombo.setCurrentIndex(1)
    d.ui.memberEdit.setFocus()
    type_text(d.ui.memberEdit, "Åsa Öberg")
    assert d.ui.memberCheck.isChecked()  # typing a name turns the personal copy on

    out = tmp_path / "ut" / "handlingar.pdf"
    out.parent.mkdir()
    asked: list[str] = []

    def fake_save(parent, caption, directory, filter_text):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(out.with_suffix("")), filter_text  # no suffix: the dialog adds .pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    qtbot.mouseClick(d.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not d.ui.saveButton.isEnabled() and not d.ui.closeButton.isEnabled()  # building on the worker
    assert "Skapar möteshandlingar" in d.ui.statusLabel.text() and d.ui.progressBar.isVisible()
    _wait_built(qtbot, d)

    assert Path(asked[0]).name == "RS_2024-01-26_kallelse.pdf"
    assert out.exists() and d.result.path == out
    reader = PdfReader(out)
    assert len(reader.pages) == d.result.pages
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert "1. Ekonomisk rapport" in titles and not any("Läkemedel" in t for t in titles)
    assert f"{d.result.pages} sidor" in d.ui.statusLabel.text() and str(out) in d.ui.statusLabel.text()
    assert not d.ui.progressBar.isVisible()
    assert settings.value(KEY_MEMBER) == "Åsa Öberg"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Personligt exemplar – Åsa Öberg" in text


def test_member_name_is_prefilled_from_settings(qtbot, ctx, settings) -> None:
    settings.setValue(KEY_MEMBER, "Bo Berg")
    d = PackDialog(ctx, MEETING)
    qtbot.addWidget(d)
    assert d.ui.memberEdit.text() == "Bo Berg" and d.ui.memberCheck.isChecked()
    assert d.options()["member"] == "Bo Berg"


class FakePrintDialog:
    """Stands in for QPrintDialog: 'accepts' with the printer writing a PDF into tmp."""

    output: Path = Path("utskrift.pdf")
    page_range: tuple[int, int] | None = None
    seen: ClassVar[list[dict[str, object]]] = []

    def __init__(self, printer, parent=None) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter

        FakePrintDialog.seen.append({"duplex": printer.duplex(), "page": printer.pageLayout().pageSize().id()})
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.output))
        if self.page_range:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*self.page_range)

    def setWindowTitle(self, _title: str) -> None: ...
    def setOption(self, *_args: object) -> None: ...
    def setMinMax(self, *_args: object) -> None: ...

    def exec(self) -> int:
        return 1


def test_print_renders_every_page_onto_the_printer(dialog, qtbot, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    monkeypatch.setattr(pack_dialog, "cache_dir", lambda: tmp_path)
    monkeypatch.setattr(FakePrintDialog, "output", tmp_path / "utskrift.pdf")
    monkeypatch.setattr(FakePrintDialog, "seen", [])
    monkeypatch.setattr(pack_dialog, "QPrintDialog", FakePrintDialog)
    duplex_asked: list[object] = []

    class RecordingPrinter(QPrinter):  # a printer without duplex (like PDF output) ignores the request
        def setDuplex(self, mode: QPrinter.DuplexMode) -> None:
            duplex_asked.append(mode)
            super().setDuplex(mode)

    monkeypatch.setattr(pack_dialog, "QPrinter", RecordingPrinter)
    dialog.ui.duplexCheck.setChecked(True)
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    _wait_built(qtbot, dialog)

    printed = PdfReader(tmp_path / "utskrift.pdf")
    assert len(printed.pages) == dialog.result.pages > 1
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    assert duplex_asked == [QPrinter.DuplexMode.DuplexLongSide]
    assert [seen["page"] for seen in FakePrintDialog.seen] == [QPageSize.PageSizeId.A4]
    assert not dialog.result.path.exists()  # the temporary pack is removed after printing
    assert "Skickat till skrivaren" in dialog.ui.statusLabel.text()


def test_print_honours_the_page_range(dialog, qtbot, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader

    monkeypatch.setattr(pack_dialog, "cache_dir", lambda: tmp_path)
    monkeypatch.setattr(FakePrintDialog, "output", tmp_path / "del.pdf")
    monkeypatch.setattr(FakePrintDialog, "page_range", (2, 3))
    monkeypatch.setattr(pack_dialog, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    _wait_built(qtbot, dialog)
    assert len(PdfReader(tmp_path / "del.pdf").pages) == 2


def test_printed_page_is_white_not_transparent(dialog, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    monkeypatch.setattr(pack_dialog, "cache_dir", lambda: tmp_path)
    monkeypatch.setattr(FakePrintDialog, "output", tmp_path / "vit.pdf")
    monkeypatch.setattr(FakePrintDialog, "page_range", (1, 1))
    monkeypatch.setattr(pack_dialog, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    _wait_built(qtbot, dialog)
    doc = QPdfDocument()
    doc.load(str(tmp_path / "vit.pdf"))
    image = doc.render(0, doc.pagePointSize(0).toSize()).convertToFormat(QImage.Format.Format_ARGB32)
    corner = image.pixelColor(image.width() - 3, image.height() // 2)
    assert corner.alpha() == 255 and corner.lightness() == 255  # the page image itself carries white paper


def test_confidential_checkbox_shows_the_warning(dialog) -> None:
    assert not dialog.ui.confidentialCheck.isChecked() and not dialog.ui.confidentialWarning.isVisible()
    dialog.ui.confidentialCheck.setChecked(True)
    assert dialog.ui.confidentialWarning.isVisible()
    assert "SEKRETESS" in dialog.ui.confidentialWarning.text()
    assert dialog.options()["include_confidential"] is True
    dialog.ui.confidentialCheck.setChecked(False)
    assert not dialog.ui.confidentialWarning.isVisible()


def test_withdrawn_items_are_not_offered_and_confidential_ones_are_marked(qtbot, ctx, db) -> None:
    from sqlalchemy import select

    from nämndklient.persistence.models import AgendaItem

    with db.session() as s:
        items = {i.number: i for i in s.scalars(select(AgendaItem).where(AgendaItem.key.like(f"{MEETING}/%")))}
        items["5"].withdrawn = True
        items["4"].confidential = True
    d = PackDialog(ctx, MEETING)
    qtbot.addWidget(d)
    texts = _item_texts(d)
    assert len(texts) == 4 and not any(t.startswith("5.") for t in texts)
    assert texts[3].startswith("4.") and texts[3].endswith("sekretess")


def test_no_item_chosen_asks_instead_of_building(dialog, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, title, _text: shown.append(title)))
    dialog.ui.chosenRadio.setChecked(True)
    for i in range(dialog.ui.itemsList.count()):
        dialog.ui.itemsList.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.ui.saveButton.click()
    assert shown == ["Inga ärenden valda"] and not dialog.busy


def test_failure_is_a_swedish_message_not_a_traceback(dialog, qtbot, monkeypatch, tmp_path) -> None:
    import nämndklient.services.packing as packing

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("Traceback: intern detalj")

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(packing, "make_pack", broken)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: shown.append((title, text))))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(tmp_path / "x.pdf"), "")))
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    title, text = shown[0]
    assert title == "Möteshandlingarna kunde inte skapas"
    assert "oväntat fel" in text and "Traceback" not in text
    assert dialog.ui.saveButton.isEnabled() and not dialog.busy


def test_ctrl_p_from_the_meeting_view_opens_the_dialog(window, qtbot) -> None:
    window.meetings.open_meeting(MEETING)
    page = window.meetings.meeting
    assert page.print_button.accessibleName() == "Skriv ut möteshandlingar"
    QTest.keyClick(page.agenda, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PackDialog)))
    d = next(d for d in window.findChildren(PackDialog) if d.isVisible())
    assert d.meeting.key == MEETING and d.isModal()
    QTest.keyClick(d, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(PackDialog)))


def test_ctrl_p_elsewhere_uses_the_selected_or_next_meeting(window, qtbot) -> None:
    assert window.print_action.isEnabled()
    window.show_section("search", focus=True)
    expected = window.meeting_for_pack()
    assert expected is not None
    QTest.keyClick(window.sections["search"].field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PackDialog)))
    d = next(d for d in window.findChildren(PackDialog) if d.isVisible())
    assert d.meeting.key == expected
    d.reject()


def test_every_focusable_widget_is_named_and_tab_reaches_them(dialog, qtbot) -> None:
    dialog.ui.chosenRadio.setChecked(True)  # enables the item list
    focusable = [w for w in dialog.findChildren(QWidget)
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(dialog) and w.isEnabled()
                 and not w.objectName().startswith("qt_")]
    assert len(focusable) >= 12
    assert [w.objectName() for w in focusable if not w.accessibleName().strip()] == []

    dialog.activateWindow()
    dialog.ui.wholeRadio.setFocus()
    qtbot.waitUntil(lambda: dialog.ui.wholeRadio.hasFocus())
    reached = set()
    for _ in range(len(focusable) + 2):
        reached.add(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # Radio buttons in one group are one tab stop (arrows move within it).
    assert {w for w in focusable if w is not dialog.ui.chosenRadio} <= reached


def test_mnemonics_are_unique(dialog) -> None:
    texts = [w.text() for w in dialog.findChildren(QAbstractButton)] + [w.text() for w in dialog.findChildren(QLabel)]
    keys = [m.group(1).lower() for t in texts for m in re.finditer(r"&([^&\s])", t)]
    assert len(keys) >= 10 and len(keys) == len(set(keys)), keys


def test_screenshot(dialog, qtbot) -> None:
    dialog.ui.chosenRadio.setChecked(True)
    dialog.ui.confidentialCheck.setChecked(True)
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
    qtbot.wait(50)
    assert dialog.grab().save("/tmp/pack-dialog.png")


def test_broken_attachment_is_a_warning_in_the_dialog(attached_pdf, dialog, db, qtbot, tmp_path,
                                                      monkeypatch) -> None:
    from sqlalchemy import select

    from nämndklient.persistence.models import Document, DocumentVersion

    with db.session() as s:  # the stored file went bad after it was attached
        doc = s.scalar(select(Document).where(Document.file_name == "Ekonomisk_rapport_bilaga.pdf"))
        for version in s.scalars(select(DocumentVersion).where(DocumentVersion.document_id == doc.id)):
            version.content = b"%PDF-1.4 trasig"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(tmp_path / "p.pdf"), "")))
    dialog.ui.saveButton.click()
    _wait_built(qtbot, dialog)
    assert dialog.result.warnings
    status = dialog.ui.statusLabel.text()
    assert "Varningar:" in status and dialog.result.warnings[0] in status
    dialog.resize(dialog.sizeHint())
    assert dialog.grab().save("/tmp/pack-dialog-done.png")
