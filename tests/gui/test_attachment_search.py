"""A word that stands only on page 17 of an attachment is found there, and opens there, marked.

The kallelse is made by python-docx and exported to PDF by LibreOffice (not by our own pack
writer); importing it gives item 4 an attachment of 17 pages, each indexed on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest

from nämndklient.gui.models.base import HTML_ROLE
from nämndklient.services.importing import import_paths
from tests.helpers.kallelse_sample import LONG_ITEM_TITLE, MEETING, ONLY_ON_PAGE_17, kallelse_pdf
from tests.helpers.office_documents import soffice

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is installed by make test")
ITEM = f"{MEETING}/uppföljning-av-åtgärdsplanen"


@pytest.fixture(scope="module")
def kallelse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return kallelse_pdf(tmp_path_factory.mktemp("kallelse"))


@pytest.fixture
def imported(db, kallelse: Path) -> None:  # type: ignore[no-untyped-def]
    import_paths(db, [kallelse])


def _groups(search) -> list[tuple[str, list]]:  # type: ignore[no-untyped-def]
    model = search.model
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out.append((group.data(), [model.index(r, 0, group) for r in range(model.rowCount(group))]))
    return out


def test_a_page_hit_is_grouped_under_its_item_and_names_the_page(imported, window) -> None:  # type: ignore[no-untyped-def]
    search = window.sections["search"]
    search.set_query(ONLY_ON_PAGE_17)
    groups = _groups(search)
    assert len(groups) == 1, [g for g, _ in groups]  # the whole-document hit gives way to the page
    title, rows = groups[0]
    assert f"§ 4 {LONG_ITEM_TITLE}" in title and "Bilagor (1)" in title
    assert "26 januari 2024" in title
    (row,) = rows
    assert row.data().startswith(f"Bilaga: 4. {LONG_ITEM_TITLE}, sida 17: ")
    assert f"<b>{ONLY_ON_PAGE_17}</b>" in row.data(HTML_ROLE)
    hit = search.model.hit(row)
    assert (hit.kind, hit.page, hit.open_ref) == ("page", 17, f"item:{ITEM}")
    # the kind filter has the pages too
    search.kind.setCurrentIndex(search.kind.findData("page"))
    assert search.model.hit_count() == 1
    search.kind.setCurrentIndex(search.kind.findData("item"))
    assert search.model.hit_count() == 0


def test_enter_opens_the_attachment_at_page_17_with_the_word_marked_and_esc_returns(
    imported, window, qtbot  # type: ignore[no-untyped-def]
) -> None:
    window.focus_search()
    search = window.sections["search"]
    search.set_query(ONLY_ON_PAGE_17)
    search.results.setFocus()
    search.results.setCurrentIndex(search.model.first_hit())
    QTest.keyClick(search.results, Qt.Key.Key_Return)

    assert window.current_section() == "meetings"
    item = window.meetings.item
    assert window.meetings.current_page() is item and item.detail.item.key == ITEM
    assert item.tabs.currentIndex() == 1  # Bilagor
    pdf = item.pdf
    qtbot.waitUntil(lambda: pdf.document.status() == QPdfDocument.Status.Ready, timeout=5000)
    assert pdf.page_count() == 17
    qtbot.waitUntil(lambda: pdf.view.currentSearchResultIndex() >= 0, timeout=5000)
    assert pdf.current_page() == 16 and pdf.page_spin.value() == 17
    current = pdf.search_model.resultAtIndex(pdf.view.currentSearchResultIndex())
    assert current.page() == 16
    assert pdf.marked_words() == [ONLY_ON_PAGE_17]  # the word itself is marked, on that page
    assert pdf.search_edit.text() == ONLY_ON_PAGE_17
    assert "1" in pdf.result_label.text()

    QTest.keyClick(pdf.view, Qt.Key.Key_Escape)
    assert window.current_section() == "search"
    assert search.results.hasFocus()
    assert search.model.hit(search.results.currentIndex()).page == 17
    # the item's own Esc history is untouched: opened again from Sammanträden, Esc goes back as before
    window.show_section("meetings")
    assert window.meetings.current_page() is item


def test_a_second_attachment_opens_at_its_page_not_the_first_one(imported, window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The page hit names the document: the item's other attachment does not take its place."""
    from nämndklient.services.attachments import attach_files
    from tests.helpers.pdfs import make_pdf

    extra = tmp_path / "Bilaga_till_uppföljningen.pdf"
    extra.write_bytes(make_pdf(["Första sidan", "Andra sidan", f"Tredje sidan om {ONLY_ON_PAGE_17}lunden"]))
    attach_files(window.ctx.db, ITEM, [extra])
    search = window.sections["search"]
    search.set_query(ONLY_ON_PAGE_17)
    ((_, rows),) = _groups(search)
    hits = [search.model.hit(r) for r in rows]
    assert [(h.title.replace("\x02", "").replace("\x03", ""), h.page) for h in hits] == [
        (f"4. {LONG_ITEM_TITLE}, sida 17", 17), ("Bilaga till uppföljningen, sida 3", 3)]
    search.results.setCurrentIndex(rows[1])
    search._activated(rows[1])
    pdf = window.meetings.item.pdf
    qtbot.waitUntil(lambda: pdf.document.status() == QPdfDocument.Status.Ready and pdf.page_count() == 3,
                    timeout=5000)
    qtbot.waitUntil(lambda: pdf.current_page() == 2, timeout=5000)
    assert window.meetings.item.attachment_combo.currentText().startswith("Bilaga till uppföljningen")


def test_the_search_model_with_page_groups_passes_the_model_tester(imported, window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    search = window.sections["search"]
    search.set_query("uppföljningen")  # item texts and many pages of item 4's attachment
    kinds = {search.model.hit(search.model.index(r, 0, search.model.index(g, 0))).kind
             for g in range(search.model.rowCount()) for r in range(search.model.rowCount(search.model.index(g, 0)))}
    assert "page" in kinds
    pages = [search.model.hit(i).page for _, rows in _groups(search) for i in rows
             if search.model.hit(i).kind == "page"]
    assert pages == sorted(pages)  # in page order under their item
    qtmodeltester.check(search.model)


def test_typed_without_diacritics_the_page_opens_with_the_word_as_the_page_spells_it(
    imported, window, qtbot  # type: ignore[no-untyped-def]
) -> None:
    search = window.sections["search"]
    search.set_query("fjallbjorkskogen")  # å, ä, ö left out, as the field allows
    hit = search.model.hit(search.model.first_hit())
    assert hit.kind == "page" and hit.page == 17
    search._activated(search.model.first_hit())
    pdf = window.meetings.item.pdf
    qtbot.waitUntil(lambda: pdf.view.currentSearchResultIndex() >= 0, timeout=5000)
    assert pdf.current_page() == 16
    assert pdf.search_edit.text() == ONLY_ON_PAGE_17
    assert pdf.marked_words() == [ONLY_ON_PAGE_17]
