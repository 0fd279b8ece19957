"""Search as you type: grouped hits with the words in bold; activating a hit opens the right thing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nämndklient.gui.models.search import HTML_ROLE
from nämndklient.gui.views.search import DEBOUNCE_MS
from nämndklient.services import personal


def test_typing_searches_after_a_pause_and_groups_by_meeting(window, qtbot) -> None:
    window.focus_search()
    search = window.sections["search"]
    assert search.field.hasFocus()
    QTest.keyClicks(search.field, "sjukresor")
    assert search.model.hit_count() == 0  # debounced: nothing yet
    qtbot.waitUntil(lambda: search.model.hit_count() > 0, timeout=DEBOUNCE_MS * 10)
    group = search.model.index(0, 0)
    assert "Regionstyrelsens sammanträde" in group.data()
    hit = search.model.index(0, 0, group)
    assert "<b>Sjukresor</b>" in hit.data(HTML_ROLE)


def test_enter_on_a_hit_opens_the_item(window) -> None:
    search = window.sections["search"]
    search.set_query("dygnsvila")
    search.results.setFocus()
    search.results.setCurrentIndex(search.model.first_hit())
    QTest.keyClick(search.results, Qt.Key.Key_Return)
    assert window.current_section() == "meetings"
    item = window.meetings.item
    assert window.meetings.current_page() is item
    assert item.detail.item.key == "RS:2024-01-26/uppföljning-av-implementering-av-regler-för-dygnsvila"


def test_document_hit_opens_the_reader_at_the_word(window) -> None:
    search = window.sections["search"]
    search.kind.setCurrentIndex(search.kind.findData("document"))
    search.set_query("styrmodell")
    hit = search.model.hit(search.model.first_hit())
    assert hit is not None and hit.open_ref.startswith("document:")
    window.open_ref(hit.open_ref, "styrmodell")
    cases = window.sections["cases"]
    assert window.current_section() == "cases"
    assert cases.current.key == hit.open_ref.split(":", 1)[1]
    assert cases.reader.textCursor().selectedText().lower().startswith("styrmodell")


def test_notes_are_found_and_open_their_item(window, db) -> None:
    key = "RS:2024-03-26/patientsäkerhet"
    with db.session() as s:
        personal.save_item_note(s, key, "Kolla avvikelserapporteringen")
    search = window.sections["search"]
    search.set_query("avvikelserapporteringen")
    hit = search.model.hit(search.model.first_hit())
    assert hit.kind == "note" and hit.open_ref == f"item:{key}"
    window.open_ref(hit.open_ref)
    assert window.meetings.item.detail.item.key == key


def test_filters_narrow_the_hits(window) -> None:
    search = window.sections["search"]
    search.set_query("hälso")
    everything = search.model.hit_count()
    search.year.setCurrentIndex(search.year.findData(2024))  # documents have no meeting year
    assert 0 < search.model.hit_count() < everything
    search.year.setCurrentIndex(0)
    search.set_query("ekonomisk rapport")
    search.kind.setCurrentIndex(search.kind.findData("item"))
    kinds = {search.model.hit(search.model.index(r, 0, search.model.index(g, 0))).kind
             for g in range(search.model.rowCount()) for r in range(search.model.rowCount(search.model.index(g, 0)))}
    assert kinds == {"item"}
