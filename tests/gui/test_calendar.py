"""Calendar: two-day meetings on both days, joint days set apart, export to .ics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nämndklient.gui.models.meetings import MEETINGS_ROLE, MonthModel
from nämndklient.services.reading import all_meetings, month_days


def _keys_on(model: MonthModel, day: dt.date) -> list[str]:
    return [m.key for m in model.index_of(day).data(MEETINGS_ROLE)]


def test_two_day_meeting_shows_on_both_days(window) -> None:
    window.meetings.show_calendar()
    cal = window.meetings.calendar
    cal.show_month(2024, 3)
    assert _keys_on(cal.month_model, dt.date(2024, 3, 26)) == ["RS:2024-03-26"]
    assert _keys_on(cal.month_model, dt.date(2024, 3, 27)) == ["RS:2024-03-26"]
    assert _keys_on(cal.month_model, dt.date(2024, 3, 28)) == []


def test_joint_days_have_their_own_label_not_only_colour(window, db) -> None:
    cal = window.meetings.calendar
    cal.show_month(2024, 4)
    budget_day = cal.month_model.index_of(dt.date(2024, 4, 11))
    ordinary = cal.month_model.index_of(dt.date(2024, 4, 29))
    assert "Gemensam budgetdag" in budget_day.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Gemensam" not in ordinary.data(Qt.ItemDataRole.AccessibleTextRole)
    assert budget_day.data(MEETINGS_ROLE)[0].joint and not ordinary.data(MEETINGS_ROLE)[0].joint
    # the list view marks them with an icon as well as the type column
    cal.show_list()
    model = cal.list_model
    rows = {model.row(model.index(r, 0)).kind: r for r in range(model.rowCount())}
    assert not model.index(rows["budget_day"], 1).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(rows["planning_day"], 2).data() == "Gemensam planeringsdag"
    assert model.index(rows["meeting"], 1).data(Qt.ItemDataRole.DecorationRole) is None


def test_enter_on_a_day_opens_its_meeting(window) -> None:
    window.meetings.show_calendar()
    cal = window.meetings.calendar
    cal.show_month(2024, 1)
    cal.month.setCurrentIndex(cal.month_model.index_of(dt.date(2024, 1, 26)))
    QTest.keyClick(cal.month, Qt.Key.Key_Return)
    assert window.meetings.meeting.meeting.key == "RS:2024-01-26"


def test_page_keys_change_month(window) -> None:
    window.meetings.show_calendar()
    cal = window.meetings.calendar
    cal.show_month(2024, 5)
    cal.month.setFocus()
    QTest.keyClick(cal.month, Qt.Key.Key_PageDown)
    assert (cal.month_model.year, cal.month_model.month) == (2024, 6)
    assert cal.month_label.accessibleName() == "Juni 2024"


def test_month_days_pure() -> None:
    assert len(month_days([], 2024, 2)) == 29


def test_export_one_and_all_to_ics(window, db, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "möte.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.meetings.open_meeting("RS:2024-03-26")
    window.meetings.meeting.export_button.click()
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("dtstart") == dt.date(2024, 3, 26)
    assert events[0].decoded("dtend") == dt.date(2024, 3, 28)  # exclusive end: covers both days

    window.export_all()
    with db.session() as s:
        count = len(all_meetings(s))
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == count
