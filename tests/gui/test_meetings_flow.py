"""Start view → meeting → item, by keyboard; read marks, flags and the preparation sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nämndklient.gui.models.agenda import BADGES_ROLE


def test_start_view_shows_most_recent_meetings_when_none_upcoming(window) -> None:
    start = window.meetings.start
    assert start.title.accessibleName() == "Senaste sammanträden"
    first = start.model.row(start.model.index(0, 0))
    assert first.key == "RS:2024-12-10"
    assert first.items == 7 and first.unread == 7


def test_enter_on_start_view_opens_the_meeting(window, qtbot) -> None:
    start = window.meetings.start
    start.list.setFocus()
    start.list.setCurrentIndex(start.model.index(2, 0))  # 5–6 November, a two-day meeting
    QTest.keyClick(start.list, Qt.Key.Key_Return)
    assert window.meetings.current_page() is window.meetings.meeting
    assert window.meetings.meeting.meeting.key == "RS:2024-11-05"
    assert "tisdag 5 november – onsdag 6 november 2024" in window.meetings.meeting.facts.text()
    QTest.keyClick(window.meetings.meeting.agenda, Qt.Key.Key_Escape)
    assert window.meetings.current_page() is window.meetings.start


def test_agenda_is_grouped_by_category_and_enter_opens_an_item(window) -> None:
    window.meetings.open_meeting("RS:2024-01-26")
    page = window.meetings.meeting
    model = page.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Återkommande ärenden", "Uppföljning och fördjupning"]
    presenters = model.index(0, 2, model.index(0, 0)).data()
    assert "Ekonomidirektör" in presenters
    page.agenda.setFocus()
    page.agenda.setCurrentIndex(model.item_index("RS:2024-01-26/läkemedel"))
    QTest.keyClick(page.agenda, Qt.Key.Key_Return)
    item_page = window.meetings.item
    assert window.meetings.current_page() is item_page
    assert item_page.detail.item.title == "Läkemedel"
    assert "Läkemedel" in item_page.reader.toPlainText()


def test_mark_read_changes_the_badge(window, qtbot) -> None:
    key = "RS:2024-01-26/läkemedel"
    window.meetings.open_meeting("RS:2024-01-26")
    badge = window.meetings.meeting.model.item_index(key, 4).data(BADGES_ROLE)
    assert badge == [("unread", "oläst")]
    window.meetings.open_item(key)
    qtbot.mouseClick(window.meetings.item.notes.ui.markReadButton, Qt.MouseButton.LeftButton)
    window.meetings.back()
    assert window.meetings.current_page() is window.meetings.meeting
    badge = window.meetings.meeting.model.item_index(key, 4).data(BADGES_ROLE)
    assert badge == [("read", "läst")]
    assert "1 oläst" not in window.meetings.meeting.status.text()
    assert "4 olästa" in window.meetings.meeting.status.text()


def test_flagged_item_appears_on_preparation_sheet(window, qtbot) -> None:
    key = "RS:2024-01-26/sjukresor-studiebesök"
    window.meetings.open_item(key)
    notes = window.meetings.item.notes
    notes.ui.flagCheck.setChecked(True)
    QTest.keyClicks(notes.ui.questionEdit, "Hur många resor gjordes 2023?")
    notes.flush()
    qtbot.mouseClick(notes.ui.prepButton, Qt.MouseButton.LeftButton)
    prep = window.meetings.prep
    assert window.meetings.current_page() is prep
    rows = prep.model.rows()
    assert [(r.item_key, r.question) for r in rows] == [(key, "Hur många resor gjordes 2023?")]
    assert "Hur många resor gjordes 2023?" in prep.as_text()
    QTest.keyClick(prep.list, Qt.Key.Key_Return)
    assert window.meetings.current_page() is window.meetings.item
    window.meetings.open_meeting("RS:2024-01-26")
    assert ("flagged", "flaggad") in window.meetings.meeting.model.item_index(key, 4).data(BADGES_ROLE)
