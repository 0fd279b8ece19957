"""The embedded PDF viewer shows an attached PDF: pages, navigation, thumbnails, search."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument


def test_item_shows_attached_pdf(window, qtbot, attached_pdf: str) -> None:
    window.meetings.open_item(attached_pdf)
    page = window.meetings.item
    assert page.tabs.tabText(1) == "&Bilagor (1)"
    page.show_attachments()
    pdf = page.pdf
    qtbot.waitUntil(lambda: pdf.document.status() == QPdfDocument.Status.Ready, timeout=5000)
    assert pdf.page_count() == 3
    assert pdf.page_label.text() == "av 3"
    assert pdf.pages.count() == 3
    qtbot.waitUntil(lambda: not pdf.pages.item(2).icon().isNull(), timeout=5000)  # thumbnails rendered

    pdf.next_button.click()
    assert pdf.current_page() == 1 and pdf.page_spin.value() == 2
    pdf.pages.setCurrentRow(2)
    assert pdf.current_page() == 2
    assert not pdf.next_button.isEnabled()

    pdf.search("likviditet")
    qtbot.waitUntil(lambda: pdf.result_count() > 0, timeout=5000)
    assert pdf.search_model.resultAtIndex(0).page() == 2
    assert "1" in pdf.result_label.text()

    pdf.zoom_step(1)
    assert not pdf.fit_button.isChecked() and pdf.view.zoomFactor() > 0


def test_item_without_attachments_says_so(window) -> None:
    window.meetings.open_item("RS:2024-01-26/läkemedel")
    page = window.meetings.item
    assert not page.no_attachments.isHidden()
    assert page.pdf.isHidden()
    assert page.tabs.tabText(1) == "&Bilagor (0)"
