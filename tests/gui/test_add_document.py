"""Lägg till handling…: a Word tjänsteskrivelse, a PDF dropped on the item, a refused file, a scanned page.

The work runs on the worker thread; the tests wait for the task's signals, never sleep.
A Word file made by python-docx is the kind of file a secretariat drops in.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from nämndklient.persistence import search_index
from tests.helpers.files import db_digest
from tests.helpers.office_documents import STYRMODELL, tjansteskrivelse_docx
from tests.helpers.pdfs import make_pdf

ITEM = "RS:2024-01-26/läkemedel"  # no attachments, no case in the demo
SCANNED_WORD = "Kvastfening"


def _open(window):  # type: ignore[no-untyped-def]
    window.meetings.open_item(ITEM)
    page = window.meetings.item
    assert page.detail.item.key == ITEM
    return page


def _wait_done(qtbot, adder) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not adder.busy(), timeout=60_000)


def test_the_file_dialog_adds_a_word_tjansteskrivelse_to_the_item(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _open(window)
    assert not page.detail.documents
    word = tjansteskrivelse_docx(STYRMODELL, tmp_path / "Tjänsteskrivelse styrmodell.docx")
    page.adder.button.click()
    dialog = page.adder.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Lägg till handling"
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, in Swedish
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "Lägg till"
    assert dialog.nameFilters()[0] == "Handlingar (*.docx *.pdf *.txt)"
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(word.name)
    dialog.accept()
    assert page.adder.busy() and not page.adder.progress.isHidden()  # on the worker, with a busy bar
    _wait_done(qtbot, page.adder)
    assert page.adder.message.text() == "Handlingen lades till."
    assert page.adder.progress.isHidden() and page.adder.button.isEnabled()
    # the item was refreshed: it now has its case, and the text shows it
    assert [d.title for d in page.detail.documents] == [STYRMODELL.title]
    assert "Direktiv för översyn av styrmodell fastställs" in page.reader.toPlainText()


def test_a_pdf_dropped_on_the_item_becomes_its_attachment_and_is_searchable(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _open(window)
    pdf = tmp_path / "Läkemedelsuppföljning.pdf"
    pdf.write_bytes(make_pdf(["Kostnader per månad", "Prognos för helåret med Glimmerprognosen"]))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    enter = QDragEnterEvent(QPointF(page.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(page.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)
    assert drop.isAccepted()
    _wait_done(qtbot, page.adder)
    assert [a.title for a in page.detail.attachments] == ["Läkemedelsuppföljning"]
    assert page.tabs.tabText(1) == "&Bilagor (1)"
    with window.ctx.db.session() as s:
        refs = {h.ref for h in search_index.search(s, "Glimmerprognosen")}
    assert refs == {f"page:{page.detail.attachments[0].key}#2"}


def test_text_that_is_not_a_document_is_refused_in_one_sentence_and_nothing_is_written(
    window, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    page = _open(window)
    bad = tmp_path / "anteckningar.txt"
    bad.write_text("Inköpslista: mjölk, bröd\n", encoding="utf-8")
    db = window.ctx.db
    before = db_digest(db.path)
    page.adder.add([bad])
    _wait_done(qtbot, page.adder)
    text = page.adder.message.text()
    assert text == (f"Handlingen lades inte till: {bad}, rad 1: förväntade ett känt dokument: Plan och budget, "
                    "tjänsteskrivelse, protokollsutdrag eller kallelse.")
    assert page.adder.message.property("refusal") is True
    assert page.adder.message.accessibleName() == "Besked om handlingen"
    assert page.adder.message.accessibleDescription() == text  # what a screen reader announces
    assert not page.adder.status.isHidden()
    assert db_digest(db.path) == before
    assert not page.detail.documents and not page.detail.attachments


def test_a_protected_pdf_is_refused_naming_the_file(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader, PdfWriter

    page = _open(window)
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(["Hemligt"]))))
    writer.encrypt("lösen")
    locked = tmp_path / "Låst.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    before = db_digest(window.ctx.db.path)
    page.adder.add([locked])
    _wait_done(qtbot, page.adder)
    assert f"{locked}: förväntade en PDF utan lösenord" in page.adder.message.text()
    assert db_digest(window.ctx.db.path) == before


def _scanned_pdf(path: Path, words: str) -> Path:
    """Page 1 with a text layer, page 2 only a picture of printed words (a scan)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from nämndklient.resources import resource_root

    font = ImageFont.truetype(str(resource_root() / "fonts" / "DejaVuSans.ttf"), 48)
    image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    ImageDraw.Draw(image).text((160, 300), words, font=font, fill=0)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    canvas.drawString(72, 750, "Sida ett med textlager")
    canvas.showPage()
    canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    canvas.showPage()
    canvas.save()
    path.write_bytes(buf.getvalue())
    return path


def test_a_scanned_page_is_read_by_tesseract_on_the_worker_with_progress(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.importers.ocr import available_ocr

    if available_ocr() is None:
        pytest.skip("Tesseract is installed by make test")
    page = _open(window)
    scan = _scanned_pdf(tmp_path / "Inskannat yttrande.pdf", f"Yttrande om {SCANNED_WORD}")
    task = page.adder.add([scan])
    assert task is not None
    with qtbot.waitSignal(task.progress, timeout=60_000) as progress:
        pass
    assert progress.args == [2, 2, "Inskannat yttrande.pdf"]  # Tesseract reads page 2 of 2
    assert page.adder.progress.maximum() == 2 and page.adder.progress.value() == 2
    assert "Textigenkänning i Inskannat yttrande.pdf: sida 2 av 2" in page.adder.message.text()
    _wait_done(qtbot, page.adder)
    assert page.adder.message.text() == "Handlingen lades till."
    with window.ctx.db.session() as s:
        refs = {h.ref for h in search_index.search(s, SCANNED_WORD)}
    assert refs == {f"page:{page.detail.attachments[0].key}#2"}


def test_without_tesseract_the_item_says_which_pages_cannot_be_searched(window, qtbot, tmp_path: Path,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.importers import ocr

    monkeypatch.setattr(ocr, "available_ocr", lambda: None)
    page = _open(window)
    scan = _scanned_pdf(tmp_path / "Inskannat yttrande.pdf", f"Yttrande om {SCANNED_WORD}")
    page.adder.add([scan])
    _wait_done(qtbot, page.adder)
    assert page.adder.message.text() == (
        "Sidan 2 i Inskannat yttrande.pdf har ingen text och går inte att söka i: "
        "textigenkänning (Tesseract) är inte installerad på datorn.")
    assert page.adder.message.property("refusal") is False  # attached all the same
    assert [a.title for a in page.detail.attachments] == ["Inskannat yttrande"]
