"""Keyboard only: Ctrl+1…5 and Ctrl+F/K reach every section; every focusable control has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from nämndklient.gui.main_window import SECTIONS


def _unnamed_focusables(root: QWidget) -> list[str]:
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root) and w.isEnabled():
            if w.metaObject().className() in ("QScrollBar", "QSplitterHandle") or w.objectName().startswith("qt_"):
                continue
            if w.parent() is not None and w.parent().metaObject().className() == "QTabBar":
                continue
            if not w.accessibleName().strip():
                missing.append(f"{w.metaObject().className()} {w.objectName()!r} in {w.parent().metaObject().className()}")
    return missing


def test_ctrl_numbers_switch_sections(window, qtbot) -> None:
    for n, key in enumerate(SECTIONS, start=1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == key
        assert window.nav.currentRow() == n - 1
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "search" and window.sections["search"].field.hasFocus()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sections["search"].field.hasFocus()


def test_missing_kpi_and_budget_sections_show_the_reason(window, monkeypatch) -> None:
    import nämndklient.gui.main_window as mw

    monkeypatch.setitem(mw.LAZY, "kpis", ("nämndklient.gui.saknas", "KpiSection"))
    window.show_section("kpis")
    text = window.stack.currentWidget().findChildren(type(window.loading_label))[0].text()
    assert "kunde inte öppnas" in text and "ModuleNotFoundError" in text


def test_tab_lands_on_named_controls(window, qtbot) -> None:
    window.show_section("meetings", focus=True)
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.accessibleName(), focused


def test_every_focusable_widget_is_named(window) -> None:
    meetings = window.meetings
    pages = [("start", meetings.show_start), ("calendar", meetings.show_calendar),
             ("meeting", lambda: meetings.open_meeting("RS:2024-01-26")),
             ("item", lambda: meetings.open_item("RS:2024-01-26/läkemedel")),
             ("prep", lambda: meetings.open_prep("RS:2024-01-26"))]
    for name, show in pages:
        window.show_section("meetings")
        show()
        assert _unnamed_focusables(meetings.current_page()) == [], name
    meetings.item.show_attachments()
    assert _unnamed_focusables(meetings.item) == []
    for key in ("cases", "search"):
        window.show_section(key)
        assert _unnamed_focusables(window.sections[key]) == [], key
    assert _unnamed_focusables(window.nav) == []


def test_settings_dialog_controls_are_named_and_saved(window, settings) -> None:
    from nämndklient.gui.dialogs.settings import SettingsDialog, followed_bodies

    dialog = SettingsDialog(settings, [("HSN", "Hälso- och sjukvårdsnämnden"), ("RS", "Regionstyrelsen")], window)
    assert _unnamed_focusables(dialog) == []
    dialog.ui.bodiesList.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.save()
    assert followed_bodies(settings) == ("RS",)
    assert settings.value("language") == "en"


def test_text_zoom_and_last_section_are_remembered(window, settings, ctx, qtbot) -> None:
    from nämndklient.gui.main_window import MainWindow

    before = QApplication.font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > before
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == before
    window.show_section("cases")
    window.close()
    again = MainWindow(settings, ctx)
    qtbot.addWidget(again)
    assert again.current_section() == "cases"
