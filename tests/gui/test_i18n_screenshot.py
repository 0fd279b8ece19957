"""English translation, Swedish dates, the screenshot command, the crash report, and a light start-up."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from nämndklient.gui import i18n


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    translator = i18n.install_translator(app, "en")
    yield translator
    if translator is not None:
        app.removeTranslator(translator)
    i18n.install_translator(app, "sv")


def test_swedish_dates_by_default() -> None:
    assert i18n.format_date(dt.date(2024, 1, 26)) == "26 januari 2024"
    assert i18n.format_date(dt.date(2024, 1, 26), weekday=True) == "fredag 26 januari 2024"
    assert i18n.format_range(dt.date(2024, 3, 26), dt.date(2024, 3, 27)) == "26–27 mars 2024"


def test_english_translation_changes_visible_strings(english, ctx, settings, qtbot) -> None:
    from nämndklient.gui.main_window import MainWindow

    assert english is not None
    win = MainWindow(settings, ctx, today=lambda: dt.date(2026, 1, 1))
    qtbot.addWidget(win)
    assert win.nav.item(0).text() == "Meetings"
    assert win.meetings.start.title.accessibleName() == "Recent meetings"
    win.meetings.open_item("RS:2024-01-26/läkemedel")
    assert win.meetings.item.notes.ui.markReadButton.text() == "Mark as read"


VIEWS = ["start", "calendar", "calendar-list", "meeting", "meeting:RS:2024-03-26", "item",
         "item:RS:2024-01-26/ekonomisk-rapport", "case", "case:tjansteskrivelse:RS/342/2022", "search:sjukvård",
         "prep"]


def test_screenshot_writes_a_png_of_each_view(db, attached_pdf: str, tmp_path: Path) -> None:
    from nämndklient.gui.screenshot import take_screenshot

    for view in VIEWS:
        out = tmp_path / f"{view.replace(':', '_').replace('/', '_')}.png"
        take_screenshot(db, view, out, size=(1000, 700))
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1000, 700), view
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, nothing left behind


def test_screenshot_refuses_unknown_view(db, tmp_path: Path) -> None:
    from nämndklient.gui.screenshot import UnknownView, take_screenshot

    with pytest.raises(UnknownView):
        take_screenshot(db, "nonsense", tmp_path / "x.png")


def test_crash_hook_writes_report_and_flushes(tmp_path: Path, monkeypatch) -> None:
    from nämndklient.gui import crash

    flushed = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install(lambda: flushed.append(True), directory=tmp_path, show_dialog=False)
    try:
        raise RuntimeError("provfel")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    reports = list(tmp_path.glob("krasch-*.txt"))
    assert flushed == [True] and len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError: provfel" in text and "Nämndklient" in text


def test_app_module_keeps_heavy_imports_out_of_first_paint() -> None:
    code = ("import sys, nämndklient.app, nämndklient.gui.main_window; "
            "print(','.join(m for m in ('sqlalchemy', 'pyqtgraph', 'reportlab', 'pypdf') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""
